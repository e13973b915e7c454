"""Browsertest: elke les opent in JupyterLab in headless Chromium (issue 7).

nbval bewijst dat de Python draait; deze test kijkt naar de pagina zoals een
student hem ziet. Start::

    make browsertest                                # of:
    .venv/bin/python -m tests.browser.run           # alle lessen + zelftest
    .venv/bin/python -m tests.browser.run --zelftest            # alleen de zelftest
    .venv/bin/python -m tests.browser.run notebooks/00_welkom.ipynb   # één notebook
    .venv/bin/python -m tests.browser.run --zonder-zelftest

Wat hij doet:

1. Zoekt een Chromium (:mod:`tests.browser.browser`): ``KLANT_BROWSER``, een Chromium,
   Chrome of Edge die al op de computer staat (Linux, macOS, Windows), de browser van
   Playwright, en op Debian als root de Debian-pakketten ``chromium`` en
   ``chromium-driver`` (apt-get). Lukt dat niet, dan stopt hij met een Nederlandse
   melding en het ene commando dat het oplost (``python -m playwright install chromium``).
2. Kopieert ``notebooks/`` en het eerste werkboek uit ``exercises/`` naar een
   tijdelijke map. In de kopie worden de opgeslagen uitvoer en
   uitvoeringsnummers gewist (zo komt alles wat we zien uit deze run) en krijgt
   een notebook zonder kernelspec ``python3``. De repo wordt niet aangeraakt.
3. Start de JupyterLab van het project (``.venv/bin/jupyter lab``) op
   127.0.0.1, een vrije poort en een willekeurig token, met
   ``root_dir`` = de kopie. Instellingen: de projectinstellingen uit
   ``.venv/etc/jupyter/labconfig`` (``pip install ./jupyter``: geen nieuws, geen
   update-check, autosave AAN voor studenten) plus een eigen testlaag in een
   tijdelijke ``JUPYTER_CONFIG_DIR`` die voorgaat. Verschillen met de
   studentinstellingen, alleen in de test:

   * ``autosave`` UIT, zodat niets wordt teruggeschreven;
   * notebook ``windowingMode`` = ``"none"``: alle cellen staan in de DOM, zodat
     de test elke uitvoer kan zien en de schermafdruk het hele notebook toont
     (studenten houden de standaard ``contentVisibility``).

   Gebruikersinstellingen, werkruimtes en runtime-bestanden staan ook in de
   tijdelijke map; ``?reset`` in de URL begint elke keer met een lege werkruimte.
4. Per notebook: openen, wachten op een kernel die ``idle`` is, in het menu
   *Run* -> *Run All Cells* klikken (``runmenu:run-all``), wachten tot de kernel
   idle is en geen cel ``[*]`` toont. Dan controleren:

   * geen foutuitvoer (``application/vnd.jupyter.error``, of stderr met een
     traceback/Error);
   * geen "Error displaying widget" / "Failed to load model class";
   * geen widget die als platte tekst (``VBox(children=...)``) verschijnt;
   * minstens zoveel getekende widgets als in het opgeslagen notebook;
   * elke ``.klantlib-widget`` zichtbaar;
   * minstens één zichtbaar, geladen plaatje als het opgeslagen notebook een
     plot heeft.

   Daarna voor elke regel uit ``widgetspec.WIDGETS`` voor dit notebook één
   handeling (schuif, keuzelijst, ...) en de controle dat de tekst van
   ``.klantlib-resultaat`` gelijk wordt aan de pure functie.

   Latentie: elke ``.klantlib-widget`` met een plaatje wordt daarna
   ``KLANT_BROWSERTEST_METINGEN`` keer (standaard 10) bediend, om de beurt
   met elk van zijn controls (schuif naar het andere uiteinde met Home/End,
   keuzelijst naar de volgende optie, een andere knop, het vinkje). De
   pagina meet zelf (``performance.now()``) de tijd van de handeling
   (keydown/mousedown/change) tot het nieuwe plaatje geladen is (``load`` na
   een nieuwe ``src``). Komt er binnen 8 s geen nieuw plaatje, dan is dat een
   fout: de widget werkt zijn grafiek niet bij. De tijden zelf worden alleen
   geprint (mediaan en p95 per widget, aan het eind), nooit getoetst.
5. Een schermafdruk van het hele notebook in ``build/screenshots/`` en één
   regel per notebook met de tijd. Aan het eind de latentietabel en
   ``N passed, M failed``.
6. Zelftest (standaard mee, kost een paar seconden): een notebook met een
   kapotte callback en een widget met een verkeerde versie moet falen met
   meldingen die notebook en widget noemen; zie ``zelftest.py``.
7. Voor docenten (issue 19; standaard mee, alleen les 00 en het klasoverzicht: ``--docent``):
   les 00 als RISE-diavoorstelling (volledig scherm, bladeren, hoogte meten, widget op een dia
   bedienen, terug naar het notebook), elke andere les als diavoorstelling (openen, bladeren tot
   de eerste widget, die bedienen; les 08 zonder widget: bladeren), ``klasoverzicht.html`` van
   een kleine, nagekeken klas en de begrippenlijst (opent als opgemaakte tekst); zie ``docent.py``.

De Jupyter-server wordt altijd gestopt via zijn eigen procesgroep (PID), ook
als een test faalt. Exitcode 0 = alles goed, 1 = een test faalde, 2 = de
opzet lukte niet (server start niet, browser ontbreekt).

Standaard draaien twee browsers naast elkaar (``--werkers 2``, of
``KLANT_BROWSERTEST_WERKERS``), elk met een eigen profiel en eigen
JupyterLab-werkruimte, tegen dezelfde server; elke werker stopt alleen de
kernel van zijn eigen notebook.

Omgevingsvariabelen: ``KLANT_BROWSERTEST_TIMEOUT`` (seconden per notebook voor
Run All, standaard 180), ``KLANT_BROWSERTEST_TRAAG_MS`` (vertraging per
Playwright-handeling, om mee te kijken; standaard 0), ``KLANT_BROWSERTEST_DEBUG=1``
(tijd per fase en tracebacks).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import queue
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "build" / "screenshots"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
TIMEOUT_RUN = float(os.environ.get("KLANT_BROWSERTEST_TIMEOUT", "180"))
TIMEOUT_WIDGET = 30.0  # wacht alleen zo lang als een widget niet verschijnt
METINGEN = int(os.environ.get("KLANT_BROWSERTEST_METINGEN", "10"))  # latentiemetingen per widget met plaatje
TIMEOUT_PLAATJE = 8.0  # zo lang mag een nieuw plaatje duren voor het een fout is

# Instellingen die alleen in de test gelden (zie docstring, punt 3).
TEST_INSTELLINGEN = {
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}

# Tekst in de pagina die betekent dat een widget niet getekend kon worden.
WIDGET_FOUTTEKSTEN = (
    "Error displaying widget",
    "Failed to load model class",
    "Failed to create view",
    "Could not render",
    "Click to show javascript error",  # zo toont Lab 4 een widget met een onbekende versie
)
# Zo ziet een widget eruit als JupyterLab geen widget-manager heeft.
WIDGET_ALS_TEKST = re.compile(
    r"^\s*(VBox|HBox|Box|GridBox|Tab|Accordion|Stack|HTML|Output|Dropdown|Button|"
    r"\w*Slider|\w*Text|Checkbox|ToggleButtons|RadioButtons|SelectMultiple|Select|Label)"
    r"\((children|value|description|options|layout|outputs)="
)


# ---------------------------------------------------------------- hulpjes


class _Tekst(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.delen: list[str] = []

    def handle_data(self, data: str) -> None:
        self.delen.append(data)

    # Blok- en tabel-elementen: de browser zet er een regel of tab tussen.
    BLOK = frozenset("br p div li ul ol tr td th table thead tbody tfoot caption "
                     "h1 h2 h3 h4 h5 h6 section article header footer pre blockquote dl dt dd hr".split())

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOK:
            self.delen.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOK:
            self.delen.append(" ")


def html_naar_tekst(waarde: Any) -> str:
    """Zichtbare tekst van een HTML-string, witruimte samengevoegd.

    >>> html_naar_tekst("<b>12</b> klanten&nbsp;in <i>2024</i>\\n")
    '12 klanten in 2024'
    >>> html_naar_tekst("<table><tr><th>Fase</th><th>Nodig</th></tr><tr><td>gebeld</td><td>440</td></tr></table>")
    'Fase Nodig gebeld 440'
    >>> html_naar_tekst(42)
    '42'
    """
    parser = _Tekst()
    parser.feed(str(waarde))
    parser.close()
    return normaliseer("".join(parser.delen))


def normaliseer(tekst: str) -> str:
    """Witruimte (ook harde spaties) samenvoegen tot één spatie.

    >>> normaliseer("  a\\u00a0 b\\n c ")
    'a b c'
    """
    return " ".join(html.unescape(tekst).replace("\u00a0", " ").split())


def beschrijf_actie(actie: tuple) -> str:
    """Korte Nederlandse beschrijving van een widgetspec-actie.

    >>> beschrijf_actie(("slider", "Jaar", "ArrowRight", 2))
    "schuif 'Jaar' 2x ArrowRight"
    >>> beschrijf_actie(("dropdown", "Business unit", "ICT-werkplek"))
    "keuzelijst 'Business unit' = 'ICT-werkplek'"
    """
    soort = actie[0]
    if soort == "slider":
        n = actie[3] if len(actie) > 3 else 1
        return f"schuif {actie[1]!r} {n}x {actie[2]}"
    if soort == "dropdown":
        return f"keuzelijst {actie[1]!r} = {actie[2]!r}"
    if soort == "knoppen":
        return f"knop {actie[2]!r} in {actie[1]!r}"
    if soort == "vinkje":
        return f"vinkje {actie[1]!r}"
    if soort == "tekst":
        return f"tekstveld {actie[1]!r} = {actie[2]!r}"
    return repr(actie)


def widgetnaam_uit_bron(bron: str) -> str | None:
    """Raad de widgetnaam uit de bron van een cel (voor foutmeldingen).

    >>> widgetnaam_uit_bron('w.add_class("klantlib-klantenteller")')
    'klantenteller'
    >>> widgetnaam_uit_bron("verkennen.nps_verkenner(enquetes)")
    'nps_verkenner'
    >>> widgetnaam_uit_bron("data = laad('facturen')\\nklantenteller(data)")
    'klantenteller'
    >>> widgetnaam_uit_bron("x = 1") is None
    True
    """
    m = re.search(r"klantlib-(?!widget\b|resultaat\b)([\w-]+)", bron)
    if m:
        return m.group(1)
    m = re.search(r"verkennen\.(\w+)\(", bron)
    if m:
        return m.group(1)
    regels = [r.strip() for r in bron.splitlines() if r.strip() and not r.strip().startswith("#")]
    m = re.match(r"^(?:\w+\s*=\s*)?(?:\w+\.)*(\w+)\(", regels[-1]) if regels else None
    return m.group(1) if m else None


@dataclass
class Verwachting:
    """Wat het opgeslagen (uitgevoerde) notebook ons vertelt."""

    widgets: int = 0
    plaatjes: int = 0
    heeft_uitvoer: bool = False
    bronnen: list[str] = field(default_factory=list)


def lees_verwachting(pad: Path) -> Verwachting:
    """Tel widgets en plaatjes in de opgeslagen uitvoer van een notebook."""
    nb = json.loads(pad.read_text(encoding="utf-8"))
    v = Verwachting()
    for cel in nb.get("cells", []):
        bron = cel.get("source", "")
        v.bronnen.append("".join(bron) if isinstance(bron, list) else bron)
        for uit in cel.get("outputs", []) or []:
            v.heeft_uitvoer = True
            data = uit.get("data", {})
            if WIDGET_MIME in data:
                v.widgets += 1
            if "image/png" in data or "image/svg+xml" in data:
                v.plaatjes += 1
    return v


def maak_schoon(pad: Path) -> None:
    """Wis uitvoer en nummers in de KOPIE; geef een kernelspec als die ontbreekt."""
    nb = json.loads(pad.read_text(encoding="utf-8"))
    for cel in nb.get("cells", []):
        if cel.get("cell_type") == "code":
            cel["outputs"] = []
            cel["execution_count"] = None
    nb.setdefault("metadata", {}).setdefault(
        "kernelspec", {"name": "python3", "display_name": "Python 3", "language": "python"}
    )
    nb["metadata"].get("widgets", {}).pop("application/vnd.jupyter.widget-state+json", None)
    pad.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------------------------------------------------------------- opzet


def zorg_voor_chromium() -> str | None:
    """Zoek een Chromium (zie :mod:`tests.browser.browser`). Geeft None of de reden dat het niet kan."""
    global CHROMIUM
    from .browser import zoek_browser

    pad, herkomst = zoek_browser()
    if pad is None:
        return herkomst
    CHROMIUM = pad
    print(f"browsertest: browser {pad} ({herkomst})", flush=True)
    return None


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_bin() -> Path:
    kandidaat = REPO / ".venv" / "bin" / "jupyter"
    if kandidaat.exists():
        return kandidaat
    return Path(sys.executable).parent / "jupyter"


def kies_notebooks(argumenten: list[str]) -> list[Path]:
    """Notebooks uit de argumenten, anders alle lessen + het eerste werkboek."""
    if argumenten:
        return [Path(a).resolve() for a in argumenten]
    lessen = sorted((REPO / "notebooks").glob("*.ipynb"))
    werkboeken = sorted((REPO / "exercises").glob("*.ipynb"))
    return lessen + werkboeken[:1]


def maak_werkmap(tmp: Path, notebooks: list[Path]) -> tuple[Path, list[tuple[str, Verwachting]]]:
    """Kopieer de notebooks (met hun map, voor relatieve links) naar tmp/root."""
    root = tmp / "root"
    root.mkdir()
    uit: list[tuple[str, Verwachting]] = []
    for nb in notebooks:
        try:
            rel = nb.relative_to(REPO)
        except ValueError:
            rel = Path(nb.parent.name) / nb.name
        doel = root / rel
        if not doel.parent.exists():
            # de hele map mee (plaatjes/data die de les via een relatief pad toont)
            if nb.parent.is_relative_to(REPO) and nb.parent != REPO:
                shutil.copytree(nb.parent, doel.parent, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
            else:
                doel.parent.mkdir(parents=True)
        shutil.copy2(nb, doel)
        uit.append((rel.as_posix(), lees_verwachting(nb)))
        maak_schoon(doel)
    return root, uit


def maak_omgeving(tmp: Path) -> dict[str, str]:
    """Een eigen JUPYTER_CONFIG_DIR met de testlaag; studentinstellingen blijven ongemoeid."""
    config = tmp / "jupyter-config"
    (config / "labconfig").mkdir(parents=True)
    # Gebruikerslaag (JUPYTER_CONFIG_DIR) gaat voor op .venv/etc/jupyter/labconfig
    # (dankzij JUPYTER_PREFER_ENV_PATH=0 hieronder); de projectlaag blijft verder gelden.
    (config / "labconfig" / "default_setting_overrides.json").write_text(
        json.dumps(TEST_INSTELLINGEN, indent=2), encoding="utf-8"
    )
    env = dict(os.environ)
    env.update(
        # In een venv zet jupyter_core standaard de env-map (.venv/etc/jupyter) vóór
        # JUPYTER_CONFIG_DIR; met 0 gaat onze testlaag voor. JUPYTER_DATA_DIR wijst naar
        # een lege map, zodat kernels/extensies uit ~/.local niet meedoen.
        JUPYTER_PREFER_ENV_PATH="0",
        JUPYTER_DATA_DIR=str(tmp / "jupyter-data"),
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTERLAB_SETTINGS_DIR=str(config / "lab" / "user-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(config / "lab" / "workspaces"),
        JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        IPYTHONDIR=str(tmp / "ipython"),
        PYTHONUNBUFFERED="1",
    )
    # Met MPLBACKEND=Agg zouden er geen plots in de notebooks komen.
    env.pop("MPLBACKEND", None)
    return env


class Server:
    """JupyterLab als subprocess in een eigen procesgroep."""

    def __init__(self, root: Path, env: dict[str, str], log: Path) -> None:
        self.poort = vrije_poort()
        self.token = secrets.token_hex(24)
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.log = log
        self.runtime = Path(env["JUPYTER_RUNTIME_DIR"])
        self._log = open(log, "wb")
        cmd = [
            str(jupyter_bin()),
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.poort}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={root}",
        ]
        if os.geteuid() == 0:
            cmd.append("--allow-root")  # CI en deze machine draaien als root
        self.proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def api(self, pad: str, methode: str = "GET") -> Any:
        req = urllib.request.Request(
            self.basis + pad, method=methode, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def wacht_tot_klaar(self, timeout: float = 90) -> None:
        eind = time.monotonic() + timeout
        while time.monotonic() < eind:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab stopte meteen (code {self.proc.returncode}).")
            try:
                self.api("/api/status")
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError(f"JupyterLab antwoordde niet binnen {timeout:.0f} s op /api/status.")

    def staart(self, n: int = 3000) -> str:
        try:
            return self.log.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def _eigen_kernels(self) -> list[int]:
        """PID's van kernels van DEZE server: hun verbindingsbestand staat in onze runtime-map."""
        merk = str(self.runtime).encode()
        pids = []
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                if merk in (d / "cmdline").read_bytes():
                    pids.append(int(d.name))
            except OSError:
                continue
        return pids

    def stop(self) -> None:
        """Stop de server via zijn eigen procesgroep, daarna eventuele eigen kernels.

        jupyter_client start kernels in een eigen sessie, dus ze zitten niet in de
        procesgroep van de server. Normaal sluit de server ze zelf af bij SIGTERM;
        wat dan nog leeft en bij deze server hoort, stoppen we per PID.
        """
        kernels = self._eigen_kernels()
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        for pid in kernels:
            if pid in self._eigen_kernels():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self._log.close()


# ---------------------------------------------------------------- browser

_JS_STATUS = """() => {
  const cellen = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')];
  let bezig = 0, niet_gedraaid = 0;
  for (const c of cellen) {
    const p = c.querySelector('.jp-InputArea-prompt');
    const t = p ? p.textContent.trim() : '';
    const ed = c.querySelector('.jp-InputArea-editor .cm-content');
    const bron = ed ? ed.textContent.trim() : '';
    if (t.includes('*')) bezig++;
    else if (!/\\[\\d+\\]/.test(t) && bron !== '') niet_gedraaid++;
  }
  const fouten = document.querySelectorAll(
    '.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]').length;
  return {cellen: cellen.length, bezig, niet_gedraaid, fouten};
}"""

_JS_WIDGETS_KLAAR = """() => {
  // Widget-uitvoer heeft (anders dan gewone uitvoer) geen data-mime-type: de
  // WidgetRenderer van jupyterlab_widgets is geen RenderedCommon.
  const uit = [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output:not([data-mime-type])')];
  return uit.every(o => !/^\\s*Loading widget/.test(o.textContent) &&
                        (o.querySelector('.jupyter-widgets') || /error|failed|could not/i.test(o.textContent)));
}"""

_JS_CONTROLE = """([mime, foutteksten]) => {
  const cellen = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  const res = {fouten: [], widgetfouten: [], tekstwidgets: [], widgets: 0, plaatjes: 0, stderr: []};
  cellen.forEach((cel, i) => {
    for (const o of cel.querySelectorAll('.jp-OutputArea-output')) {
      const m = o.getAttribute('data-mime-type') || '';
      const tekst = o.innerText || '';
      if (m === 'application/vnd.jupyter.error') res.fouten.push([i, tekst]);
      else if (m === 'application/vnd.jupyter.stderr') {
        if (/Traceback|Error|Exception/.test(tekst)) res.fouten.push([i, tekst]);
        else res.stderr.push([i, tekst]);
      }
      if (!m) {
        res.widgets++;
        if (/^\\s*Loading widget/.test(tekst)) res.widgetfouten.push([i, tekst + ' (bleef laden)']);
      }
      for (const e of o.querySelectorAll('.jupyter-widgets-error-widget')) {
        const w = e.closest('[class*="klantlib-"]');
        const naam = w ? [...w.classList].find(k => k.startsWith('klantlib-') && k !== 'klantlib-widget') : '';
        res.widgetfouten.push([i, (naam ? `widget '${naam.slice(9)}': ` : '') + (e.innerText || 'foutwidget van ipywidgets')]);
      }
      if (m === 'text/plain') res.tekstwidgets.push([i, tekst]);
      if (!o.querySelector('.jupyter-widgets-error-widget'))
        for (const f of foutteksten) if (tekst.includes(f)) { res.widgetfouten.push([i, tekst]); break; }
      for (const img of o.querySelectorAll('img')) {
        const r = img.getBoundingClientRect();
        if (img.complete && img.naturalWidth > 0 && r.width > 0 && r.height > 0) res.plaatjes++;
      }
    }
  });
  return res;
}"""


@dataclass
class Uitslag:
    notebook: str
    geslaagd: int = 0
    fouten: list[str] = field(default_factory=list)
    notities: list[str] = field(default_factory=list)
    seconden: float = 0.0
    widgets: int = 0
    bediend: int = 0
    plaatjes: int = 0
    #: latentie (ms) van bediening tot nieuw plaatje, per widget ("naam" of "naam nr. 2")
    latenties: dict[str, list[float]] = field(default_factory=dict)


def _kort(tekst: str, n: int = 400) -> str:
    tekst = normaliseer(tekst)
    return tekst if len(tekst) <= n else tekst[: n - 3] + "..."


def _celnaam(v: Verwachting, i: int) -> str:
    bron = v.bronnen[i] if i < len(v.bronnen) else ""
    naam = widgetnaam_uit_bron(bron)
    eerste = next((r for r in bron.splitlines() if r.strip()), "")
    return f"cel {i + 1}" + (f", widget {naam!r}" if naam else "") + f" (`{_kort(eerste, 80)}`)"


def _kernel_status(server: Server, rel: str) -> str | None:
    try:
        for s in server.api("/api/sessions"):
            if s.get("path") == rel and s.get("kernel"):
                return s["kernel"].get("execution_state")
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        return None
    return None


def _sluit_sessie(server: Server, rel: str) -> None:
    """Stop de kernel van dit notebook (niet die van een andere werker)."""
    try:
        for s in server.api("/api/sessions"):
            if s.get("path") == rel:
                server.api(f"/api/sessions/{s['id']}", methode="DELETE")
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        pass


def draai_veilig(ctx: Any, server: Server, rel: str, v: Verwachting, regels: list[dict], werkruimte: str) -> Uitslag:
    """draai_notebook in een eigen tabblad; een vastgelopen test wordt een fout, geen crash."""
    page = ctx.new_page()
    try:
        return draai_notebook(page, server, rel, v, regels, werkruimte)
    except Exception as e:  # noqa: BLE001 - melden en doorgaan met het volgende notebook
        if os.environ.get("KLANT_BROWSERTEST_DEBUG"):
            import traceback

            traceback.print_exc()
        try:
            schermafdruk(page, rel)
        except Exception:  # noqa: BLE001
            pass
        return Uitslag(rel, fouten=[f"{rel}: de test liep vast: {type(e).__name__}: {_kort(str(e), 300)}"])
    finally:
        page.close()
        _sluit_sessie(server, rel)


def open_en_voer_uit(page: Any, server: Server, rel: str, werkruimte: str,
                     fase: Any = lambda naam: None) -> tuple[bool, str | None]:
    """Open het notebook, wacht op een idle kernel en doe Run -> Run All Cells, zoals een student.

    Geeft (doorgaan, foutmelding): (False, ...) als de kernel nooit idle werd, (True, ...) als
    Run All niet op tijd klaar was, (True, None) als alles gedraaid heeft.
    """
    # eigen, lege werkruimte per werker: geen notebooks van een vorige run erbij
    page.goto(f"{server.basis}/lab/workspaces/{werkruimte}/tree/{rel}?reset&token={server.token}",
              wait_until="domcontentloaded")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(state="visible", timeout=60_000)

    fase("pagina geladen")
    # 1. wachten op een idle kernel
    eind = time.monotonic() + 60
    while _kernel_status(server, rel) != "idle":
        if time.monotonic() > eind:
            return False, f"{rel}: de kernel werd niet idle binnen 60 s (status {_kernel_status(server, rel)!r})."
        # een eventuele dialoog (kernel kiezen) accepteren
        knop = page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept")
        if knop.count():
            knop.first.click()
        time.sleep(0.25)

    fase("kernel idle")
    # 2. Run -> Run All Cells via het menu, zoals een student
    page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').first.click()

    # 3. wachten tot alles gedraaid heeft (of een fout het stopte) en de kernel idle is
    eind = time.monotonic() + TIMEOUT_RUN
    stabiel = 0
    status: dict[str, int] = {}
    while True:
        status = page.evaluate(_JS_STATUS)
        klaar = status["bezig"] == 0 and (status["niet_gedraaid"] == 0 or status["fouten"] > 0)
        if klaar and _kernel_status(server, rel) == "idle":
            stabiel += 1
            if stabiel >= 3:
                break
        else:
            stabiel = 0
        if time.monotonic() > eind:
            return True, (f"{rel}: Run All was niet klaar binnen {TIMEOUT_RUN:.0f} s "
                          f"({status.get('bezig')} cellen [*], {status.get('niet_gedraaid')} niet gedraaid).")
        time.sleep(0.2)
    return True, None


def draai_notebook(
    page: Any, server: Server, rel: str, v: Verwachting, regels: list[dict], werkruimte: str = "browsertest"
) -> Uitslag:
    """Open één notebook, Run All, controleer, bedien widgets, maak een schermafdruk."""
    u = Uitslag(rel)
    start = time.monotonic()

    def fase(naam: str) -> None:
        if os.environ.get("KLANT_BROWSERTEST_DEBUG"):
            print(f"     {time.monotonic() - start:6.1f} s  {naam}", flush=True)
    doorgaan, fout = open_en_voer_uit(page, server, rel, werkruimte, fase)
    if fout:
        u.fouten.append(fout)
    if not doorgaan:
        return u

    fase("Run All klaar")
    # 4. wachten tot widgets getekend zijn
    try:
        page.wait_for_function(_JS_WIDGETS_KLAAR, timeout=TIMEOUT_WIDGET * 1000)
    except Exception:  # noqa: BLE001 - de controles hieronder melden wat er mis is
        pass
    page.wait_for_timeout(300)

    fase("widgets getekend")
    # 5. controles op de hele pagina
    c = page.evaluate(_JS_CONTROLE, [WIDGET_MIME, list(WIDGET_FOUTTEKSTEN)])
    fouten_voor = len(u.fouten)
    for i, tekst in c["fouten"]:
        # de laatste regel van een traceback is de foutmelding zelf
        lijnen = [r for r in tekst.splitlines() if r.strip()]
        u.fouten.append(f"{rel}: foutuitvoer in {_celnaam(v, i)}: {_kort(lijnen[-1] if lijnen else tekst)}")
    for i, tekst in c["widgetfouten"]:
        u.fouten.append(f"{rel}: widget niet getekend in {_celnaam(v, i)}: {_kort(tekst)}")
    for i, tekst in c["tekstwidgets"]:
        if WIDGET_ALS_TEKST.match(tekst):
            u.fouten.append(
                f"{rel}: widget als platte tekst in {_celnaam(v, i)} (geen widget-manager?): {_kort(tekst, 120)}"
            )
    for i, tekst in c["stderr"]:
        u.notities.append(f"stderr in {_celnaam(v, i)}: {_kort(tekst, 160)}")
    u.widgets = c["widgets"]
    u.plaatjes = c["plaatjes"]
    if c["widgets"] < v.widgets:
        u.fouten.append(
            f"{rel}: {c['widgets']} widget(s) in de browser, maar {v.widgets} in het opgeslagen notebook."
        )
    if v.plaatjes and c["plaatjes"] == 0:
        u.fouten.append(
            f"{rel}: geen zichtbaar plaatje, maar het opgeslagen notebook heeft er {v.plaatjes}."
        )
    klantwidgets = page.locator(".jp-Notebook .klantlib-widget")
    bediend = {r["widget"] for r in regels}
    for n in range(klantwidgets.count()):
        w = klantwidgets.nth(n)
        klassen = (w.get_attribute("class") or "").split()
        naam = next((k[9:] for k in klassen if k.startswith("klantlib-") and k != "klantlib-widget"), "?")
        if not w.is_visible():
            u.fouten.append(f"{rel}: widget {naam!r} (nr. {n + 1}) is niet zichtbaar.")
        if naam not in bediend:
            u.notities.append(f"widget {naam!r} heeft geen regel in tests/browser/widgetspec.py: niet bediend")
            bediend.add(naam)
    if len(u.fouten) == fouten_voor:
        u.geslaagd += 1

    # 6. widgets bedienen volgens widgetspec
    for regel in regels:
        fout = bedien_widget(page, rel, regel)
        if fout:
            u.fouten.append(fout)
        else:
            u.geslaagd += 1
            u.bediend += 1

    fase("widgets bediend")
    # 6b. latentie: bediening -> nieuw plaatje in de pagina (meten en printen; een widget zonder nieuw plaatje faalt)
    for n in range(klantwidgets.count()):
        w = klantwidgets.nth(n)
        if w.locator("img").count() == 0:
            continue
        klassen = (w.get_attribute("class") or "").split()
        naam = next((k[9:] for k in klassen if k.startswith("klantlib-") and k != "klantlib-widget"), "?")
        sleutel = naam if naam not in u.latenties else f"{naam} nr. {n + 1}"
        tijden, fout = meet_latentie(page, w, METINGEN)
        u.latenties[sleutel] = tijden
        if fout:
            u.fouten.append(f"{rel}: widget {naam!r}: {fout}")
        else:
            u.geslaagd += 1

    fase("latentie gemeten")
    # 7. schermafdruk van het hele notebook
    u.seconden = time.monotonic() - start
    schermafdruk(page, rel)
    return u


def schermafdruk(page: Any, rel: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    naam = rel.replace("/", "__").removesuffix(".ipynb") + ".png"
    oud = page.viewport_size
    hoogte = page.evaluate(
        """() => { const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                   return s ? s.scrollHeight - s.clientHeight : 0; }"""
    )
    page.evaluate(
        """() => { const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                   if (s) s.scrollTop = 0; }"""
    )
    try:
        page.set_viewport_size({"width": oud["width"], "height": int(min(oud["height"] + hoogte + 40, 16000))})
        page.wait_for_timeout(400)
        page.screenshot(path=str(SCREENSHOTS / naam), full_page=True)
    finally:
        page.set_viewport_size(oud)


def _control(widget: Any, label: str) -> Any:
    """Het ipywidgets-control binnen ``widget`` met deze description."""
    exact = re.compile(r"^\s*" + re.escape(label) + r"\s*$")
    lab = widget.locator(".widget-label, .widget-label-basic", has_text=exact)
    if lab.count() == 0:
        return None
    return lab.first.locator("xpath=..")


def bedien_widget(page: Any, rel: str, regel: dict, muis: Any = None) -> str | None:
    """Voer één widgetspec-actie uit. Geeft None of een foutmelding.

    ``page`` mag ook een frame zijn (de diavoorstelling). Met ``muis`` (``page.mouse`` van de
    hoofdpagina) sleept hij een schuif met de muis in plaats van met de pijltjestoetsen: in een
    diavoorstelling bladeren die toetsen door de dia's.
    """
    from .widgetspec import controleer_regel

    naam = regel["widget"]
    actie = regel["actie"]
    wat = f"{rel}: widget {naam!r} ({beschrijf_actie(actie)})"
    try:
        controleer_regel(regel)
    except ValueError as e:
        return f"{wat}: {e}"
    widgets = page.locator(f".jp-Notebook .klantlib-{naam}")
    nummer = regel.get("nummer", 0)
    if widgets.count() <= nummer:
        return f"{wat}: widget niet gevonden (.klantlib-{naam} nr. {nummer + 1}; er zijn er {widgets.count()})."
    widget = widgets.nth(nummer)
    resultaat = widget.locator(".klantlib-resultaat").first
    if resultaat.count() == 0:
        return f"{wat}: geen .klantlib-resultaat in de widget."
    try:
        verwacht = html_naar_tekst(regel["verwacht"]())
    except Exception as e:  # noqa: BLE001 - fout in de verwacht-functie zelf melden
        return f"{wat}: de functie 'verwacht' gaf een fout: {type(e).__name__}: {e}"
    voor = normaliseer(resultaat.inner_text())
    if voor.replace(" ", "") == verwacht.replace(" ", ""):
        return f"{wat}: het resultaat is vóór de actie al {verwacht!r}; kies een actie die het verandert."

    control = _control(widget, actie[1])
    if control is None:
        return f"{wat}: geen control met description {actie[1]!r}."
    widget.scroll_into_view_if_needed()
    try:
        soort = actie[0]
        if soort == "dropdown":
            control.locator("select").first.select_option(label=actie[2])
        elif soort == "slider" and muis is not None:
            sleep_schuif(muis, control.locator(".noUi-handle").first, actie[2], actie[3] if len(actie) > 3 else 1)
        elif soort == "slider":
            handvat = control.locator(".noUi-handle").first
            handvat.focus()
            for _ in range(actie[3] if len(actie) > 3 else 1):
                handvat.press(actie[2])
        elif soort == "knoppen":
            control.locator("button, label", has_text=re.compile(r"^\s*" + re.escape(actie[2]) + r"\s*$")).first.click()
        elif soort == "vinkje":
            control.locator("input[type=checkbox]").first.click()
        elif soort == "tekst":
            veld = control.locator("input, textarea").first
            veld.fill(actie[2])
            veld.press("Enter")
    except Exception as e:  # noqa: BLE001
        return f"{wat}: de actie lukte niet: {type(e).__name__}: {_kort(str(e), 200)}"

    # Een callback hoort ruim binnen 100 ms klaar te zijn (p95-doel); 8 s is ruim,
    # ook als twee werkers de machine bezighouden.
    eind = time.monotonic() + 8
    nu = voor
    while time.monotonic() < eind:
        nu = normaliseer(resultaat.inner_text())
        # Ook goed als alleen witruimte verschilt (innerText hangt van CSS af).
        if nu == verwacht or nu.replace(" ", "") == verwacht.replace(" ", ""):
            return None
        time.sleep(0.1)
    return f"{wat}: resultaat bleef {_kort(nu, 160)!r}, verwacht {_kort(verwacht, 160)!r} (vóór de actie: {_kort(voor, 80)!r})."


def sleep_schuif(muis: Any, handvat: Any, toets: str, stappen: int = 1) -> None:
    """Sleep een schuif met de muis zoveel stappen als ``stappen`` keer ``toets`` (ArrowRight/ArrowLeft).

    Schuift in kleine stukjes en laat los zodra de waarde ``stappen`` keer veranderd is.
    """
    if toets not in ("ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"):
        raise ValueError(f"met de muis kan alleen ArrowRight/ArrowLeft, niet {toets!r}")
    richting = 1 if toets in ("ArrowRight", "ArrowUp") else -1
    handvat.scroll_into_view_if_needed()
    vak = handvat.bounding_box()
    x, y = vak["x"] + vak["width"] / 2, vak["y"] + vak["height"] / 2
    waarde = handvat.get_attribute("aria-valuenow")
    veranderd = 0
    muis.move(x, y)
    muis.down()
    try:
        for _ in range(400):
            x += richting
            muis.move(x, y)
            nu = handvat.get_attribute("aria-valuenow")
            if nu != waarde:
                waarde, veranderd = nu, veranderd + 1
                if veranderd >= stappen:
                    break
    finally:
        muis.up()


# ---------------------------------------------------------------- latentie

# Zet de meting klaar: de eerste handeling (toets, muis, keuze) daarna is het begin; het eind is
# het moment dat in de widget een plaatje met een NIEUWE src geladen is. Dat werkt voor een
# widgets.Image (zelfde <img>, nieuwe src) en voor een Output met display() (een nieuw <img>).
# Alles in de klok van de pagina (performance.now()), dus zonder de vertraging van Playwright.
_JS_WAPEN = """(w) => {
  if (!w.querySelector('img')) return false;
  const oud = new Set([...w.querySelectorAll('img')].map(i => i.getAttribute('src')));
  const m = window.__klantMeting = {start: null, eind: null};
  if (!window.__klantLuistert) {
    window.__klantLuistert = true;
    const begin = () => { const n = window.__klantMeting; if (n && n.start === null) n.start = performance.now(); };
    for (const soort of ['keydown', 'mousedown', 'change']) document.addEventListener(soort, begin, true);
  }
  const klaar = (img) => {
    if (m.start !== null && m.eind === null && !oud.has(img.getAttribute('src'))
        && img.complete && img.naturalWidth > 0) m.eind = performance.now();
  };
  const volg = () => {
    for (const img of w.querySelectorAll('img')) {
      if (img.__klantMeting !== m) { img.__klantMeting = m; img.addEventListener('load', () => klaar(img)); }
      klaar(img);
    }
  };
  if (window.__klantKijker) window.__klantKijker.disconnect();
  window.__klantKijker = new MutationObserver(volg);
  window.__klantKijker.observe(w, {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
  volg();
  return true;
}"""


def _latentie_acties(widget: Any) -> list[tuple[str, Any]]:
    """Eén handeling per control van de widget, die de waarde zeker verandert."""
    acties: list[tuple[str, Any]] = []
    for i in range(widget.locator(".widget-slider .noUi-handle").count()):
        handvat = widget.locator(".widget-slider .noUi-handle").nth(i)

        def schuif(h=handvat) -> None:
            # naar het andere uiteinde: één toets, een grote verandering (1% erbij kan na afronden niets doen)
            aan_het_eind = float(h.get_attribute("aria-valuenow") or 0) >= float(h.get_attribute("aria-valuemax") or 0)
            h.focus()
            h.press("Home" if aan_het_eind else "End")

        acties.append(("schuif", schuif))
    for i in range(widget.locator(".widget-dropdown select").count()):
        keuze = widget.locator(".widget-dropdown select").nth(i)

        def kies(k=keuze) -> None:
            n = k.locator("option").count()
            k.select_option(index=(k.evaluate("s => s.selectedIndex") + 1) % n)

        acties.append(("keuzelijst", kies))
    for i in range(widget.locator(".widget-toggle-buttons").count()):
        groep = widget.locator(".widget-toggle-buttons").nth(i)
        acties.append(("knoppen", lambda g=groep: g.locator("button:not(.mod-active)").first.click()))
    for i in range(widget.locator(".widget-checkbox input[type=checkbox]").count()):
        vinkje = widget.locator(".widget-checkbox input[type=checkbox]").nth(i)
        acties.append(("vinkje", lambda v=vinkje: v.click()))
    return acties


def meet_latentie(page: Any, widget: Any, aantal: int) -> tuple[list[float], str | None]:
    """Bedien de widget ``aantal`` keer en meet telkens de tijd tot het nieuwe plaatje (ms).

    Geeft (tijden, None) of (tijden tot dan toe, foutmelding) als een plaatje niet veranderde.
    """
    acties = _latentie_acties(widget)
    if not acties:
        return [], None
    widget.scroll_into_view_if_needed()
    tijden: list[float] = []
    for i in range(aantal):
        soort, actie = acties[i % len(acties)]
        if not widget.evaluate(_JS_WAPEN):
            return tijden, "het plaatje is verdwenen."
        try:
            actie()
        except Exception as e:  # noqa: BLE001
            return tijden, f"latentiemeting: de handeling ({soort}) lukte niet: {type(e).__name__}: {_kort(str(e), 160)}"
        eind = time.monotonic() + TIMEOUT_PLAATJE
        meting: dict = {}
        while time.monotonic() < eind:
            meting = page.evaluate("() => window.__klantMeting") or {}
            if meting.get("eind") is not None:
                break
            time.sleep(0.02)
        if meting.get("start") is None:
            return tijden, f"latentiemeting: de handeling ({soort}) kwam niet aan in de pagina."
        if meting.get("eind") is None:
            return tijden, (f"na een handeling ({soort}, meting {i + 1}) verscheen binnen {TIMEOUT_PLAATJE:.0f} s "
                            "geen nieuw plaatje: de grafiek wordt niet bijgewerkt.")
        tijden.append(float(meting["eind"]) - float(meting["start"]))
    return tijden, None


def latentie_tabel(uitslagen: list[Uitslag]) -> str:
    """De tabel aan het eind: per widget mediaan en p95 (ms) van bediening tot nieuw plaatje.

    >>> u = Uitslag("notebooks/x.ipynb", latenties={"teller": [100.0, 120.0, 90.0, 300.0]})
    >>> print(latentie_tabel([u]))
    Latentie: bediening -> nieuw plaatje in de pagina (ms; alleen ter informatie, geen toets)
      notebooks/x.ipynb  teller                    n=  4  mediaan   110  p95   273
    """
    regels = ["Latentie: bediening -> nieuw plaatje in de pagina (ms; alleen ter informatie, geen toets)"]
    for u in uitslagen:
        for naam, tijden in u.latenties.items():
            if not tijden:
                regels.append(f"  {u.notebook}  {naam:<24}  geen metingen")
                continue
            lijst = sorted(tijden)
            positie = 0.95 * (len(lijst) - 1)
            laag = int(positie)
            p95 = lijst[laag] + (lijst[min(laag + 1, len(lijst) - 1)] - lijst[laag]) * (positie - laag)
            mediaan = (lijst[(len(lijst) - 1) // 2] + lijst[len(lijst) // 2]) / 2
            regels.append(f"  {u.notebook}  {naam:<24}  n={len(lijst):3d}  mediaan {mediaan:5.0f}  p95 {p95:5.0f}")
    return "\n".join(regels)


# ---------------------------------------------------------------- zelftest


def beoordeel_zelftest(u: Uitslag) -> list[str]:
    """Fouten in de zelftest zelf: de kapotte widgets moeten gevonden zijn, de hele niet."""
    from . import zelftest

    problemen = []
    for naam in zelftest.MOET_FALEN:
        if not any(zelftest.NOTEBOOK in f and repr(naam) in f for f in u.fouten):
            problemen.append(f"zelftest: de kapotte widget {naam!r} werd NIET als fout gemeld.")
    for naam in zelftest.MOET_SLAGEN:
        for f in u.fouten:
            if f"widget {naam!r}" in f:
                problemen.append(f"zelftest: de goede widget {naam!r} werd ten onrechte afgekeurd: {f}")
    if u.bediend < 2:
        problemen.append(f"zelftest: {u.bediend} van de 2 acties op de goede widget slaagden.")
    if u.plaatjes == 0:
        problemen.append("zelftest: het plaatje in het zelftest-notebook werd niet gezien.")
    for naam in zelftest.MOET_SLAGEN:
        if not u.latenties.get(naam):
            problemen.append(f"zelftest: geen latentiemetingen voor de goede widget {naam!r}.")
    if not any(repr(zelftest.STIL_PLAATJE) in f and "geen nieuw plaatje" in f for f in u.fouten):
        problemen.append(f"zelftest: de widget {zelftest.STIL_PLAATJE!r} (tekst werkt, plaatje niet) werd NIET "
                         "als fout gemeld.")
    if not any("foutuitvoer" in f and "ValueError" in f for f in u.fouten):
        problemen.append("zelftest: de cel met een ValueError werd NIET als foutuitvoer gemeld.")
    return problemen


# ---------------------------------------------------------------- hoofdprogramma


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.browser.run", description=__doc__.splitlines()[0])
    p.add_argument("notebooks", nargs="*", help="alleen deze notebooks (standaard: notebooks/*.ipynb + 1 werkboek)")
    groep = p.add_mutually_exclusive_group()
    groep.add_argument("--zelftest", action="store_true", help="alleen de zelftest met een kapotte widget")
    groep.add_argument("--zonder-zelftest", action="store_true", help="de zelftest overslaan")
    p.add_argument("--docent", action="store_true",
                   help="alleen de docententests: diavoorstelling en klasoverzicht (zie docent.py)")
    p.add_argument("--dias", action="store_true",
                   help="alleen elke les als diavoorstelling (na het aanpassen van een les)")
    p.add_argument("--werkers", type=int, default=int(os.environ.get("KLANT_BROWSERTEST_WERKERS", "2")),
                   help="aantal browsers naast elkaar (standaard 2: deze machine heeft twee kernen)")
    args = p.parse_args(argv)

    from . import docent, widgetspec, zelftest

    begin = time.monotonic()
    reden = zorg_voor_chromium()
    if reden:
        # Overslaan mag alleen als iemand dat uitdrukkelijk vraagt; anders faalt de run,
        # zodat een CI zonder browser niet stilletjes groen wordt.
        if os.environ.get("KLANT_BROWSERTEST_OVERSLAAN") == "1":
            print(f"browsertest OVERGESLAGEN (KLANT_BROWSERTEST_OVERSLAAN=1): {reden}")
            return 0
        print(f"browsertest MISLUKT: {reden}", file=sys.stderr)
        return 2
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browsertest: het Python-pakket 'playwright' ontbreekt; installeer de test-extra's: "
              "pip install -e '.[test]'", file=sys.stderr)
        return 2

    notebooks = [] if args.zelftest else kies_notebooks(args.notebooks)
    met_zelftest = not args.zonder_zelftest and (args.zelftest or not args.notebooks)
    met_docent = args.docent or args.dias or (not args.zelftest and not args.notebooks)
    if args.docent:
        notebooks, met_zelftest = [REPO / docent.DIA_LES], False
    if args.dias:
        notebooks = kies_notebooks(args.notebooks) if args.notebooks else sorted((REPO / "notebooks").glob("*.ipynb"))
        met_zelftest = False
    alleen_docent = args.docent or args.dias
    if not notebooks and not met_zelftest:
        print("browsertest: geen notebooks gevonden in notebooks/ of exercises/.")
        return 0

    if not args.notebooks:
        # volledige run: oude schermafdrukken weg, zodat de map precies deze run toont
        for oud in SCREENSHOTS.glob("*.png"):
            oud.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="klant_browsertest_"))
    server: Server | None = None
    klas: Any = None
    uitslagen: list[Uitslag] = []
    zelftest_problemen: list[str] = []
    try:
        if met_docent and not args.dias:
            klas = docent.start_nakijken(tmp)  # loopt in een eigen proces naast de browsers
        root, lijst = maak_werkmap(tmp, notebooks)
        dia_lessen = sorted(rel for rel, _ in lijst if rel.startswith("notebooks/")) if met_docent else []
        if met_docent:
            docent.maak_kopie(root)
            for les in dia_lessen:
                if les != docent.DIA_LES:
                    docent.maak_kopie(root, les)
        if met_zelftest:
            pad = zelftest.schrijf_notebook(root)
            lijst.append((zelftest.NOTEBOOK, lees_verwachting(pad)))
        env = maak_omgeving(tmp)
        server = Server(root, env, tmp / "jupyter.log")
        server.wacht_tot_klaar()
        instelling = server.api("/lab/api/settings/@jupyterlab/docmanager-extension:plugin")
        # De overrides veranderen de standaardwaarde in het schema.
        autosave = instelling.get("settings", {}).get(
            "autosave", instelling["schema"]["properties"]["autosave"].get("default"))
        if autosave is not False:
            raise RuntimeError("de testlaag zet autosave niet uit; de test zou notebooks kunnen bewaren.")
        print(f"browsertest: JupyterLab op {server.basis} (pid {server.proc.pid}), "
              f"{len(lijst)} notebook(s), autosave uit in de testlaag", flush=True)

        alle_regels = list(widgetspec.WIDGETS) + list(zelftest.WIDGETS)
        bekend = {rel for rel, _ in lijst}
        for regel in widgetspec.WIDGETS:
            if not args.notebooks and not args.zelftest and not alleen_docent and regel.get("notebook") not in bekend:
                uitslagen.append(Uitslag(str(regel.get("notebook")), fouten=[
                    f"widgetspec: notebook {regel.get('notebook')!r} van widget {regel.get('widget')!r} bestaat niet."]))

        taken: queue.Queue = queue.Queue()
        for i, (rel, verwachting) in enumerate([] if alleen_docent else lijst):
            taken.put((i, rel, verwachting))
        if met_docent:
            # een taak is hier een functie (ctx, server) -> Uitslag
            dia_regels = [r for r in widgetspec.WIDGETS if r.get("notebook") == docent.DIA_LES]
            taken.put((len(lijst), "diavoorstelling",
                       lambda ctx, srv: docent.draai_diavoorstelling(ctx, srv, dia_regels)))
            if klas is not None:
                taken.put((len(lijst) + 1, "klasoverzicht", lambda ctx, srv: docent.draai_klasoverzicht(ctx, *klas)))
                taken.put((len(lijst) + 100, "begrippenlijst", lambda ctx, srv: docent.draai_begrippenlijst(ctx, srv)))
            # elke andere les ook als diavoorstelling: openen, bladeren tot de widget, die bedienen
            for j, les in enumerate(l for l in dia_lessen if l != docent.DIA_LES):
                regels_les = [r for r in widgetspec.WIDGETS if r.get("notebook") == les]
                taken.put((len(lijst) + 2 + j, f"diavoorstelling {les}",
                           lambda ctx, srv, les=les, regels_les=regels_les:
                           docent.draai_diavoorstelling(ctx, srv, regels_les, les, volledig=False)))
        slot = threading.Lock()
        opzetfouten: list[BaseException] = []
        gevonden: list[tuple[int, Uitslag]] = []

        def meld(u: Uitslag) -> None:
            nonlocal zelftest_problemen
            with slot:
                if u.notebook == zelftest.NOTEBOOK:
                    zelftest_problemen = beoordeel_zelftest(u)
                    status = "OK  " if not zelftest_problemen else "FOUT"
                    print(f"{status} {u.notebook}  {u.seconden:5.1f} s  zelftest: "
                          f"{len(u.fouten)} verwachte fout(en) gemeld", flush=True)
                    for f in u.fouten:
                        print(f"     gezien: {f}")
                else:
                    status = "OK  " if not u.fouten else "FOUT"
                    print(f"{status} {u.notebook}  {u.seconden:5.1f} s  ({u.widgets} widgets, "
                          f"{u.bediend} bediend, {u.plaatjes} plaatjes)", flush=True)
                    for n in u.notities:
                        print(f"     let op: {n}")

        def werker(nr: int) -> None:
            # Eén playwright-instantie en één browser per thread (de sync-API is niet
            # thread-safe); alle werkers delen de ene Jupyter-server.
            try:
                with sync_playwright() as pw:
                    ctx = pw.chromium.launch_persistent_context(
                        user_data_dir=str(tmp / f"chromium-profiel-{nr}"),
                        executable_path=CHROMIUM,
                        headless=True,
                        args=CHROMIUM_ARGS,
                        viewport={"width": 1280, "height": 900},
                        slow_mo=float(os.environ.get("KLANT_BROWSERTEST_TRAAG_MS", "0")),
                    )
                    try:
                        while True:
                            try:
                                i, rel, verwachting = taken.get_nowait()
                            except queue.Empty:
                                return
                            if callable(verwachting):
                                u = verwachting(ctx, server)
                            else:
                                u = draai_veilig(ctx, server, rel, verwachting,
                                                 [r for r in alle_regels if r.get("notebook") == rel], f"w{nr}")
                            with slot:
                                gevonden.append((i, u))
                            meld(u)
                    finally:
                        ctx.close()
            except BaseException as e:  # noqa: BLE001 - doorgeven aan de hoofdthread
                opzetfouten.append(e)

        werkers = [threading.Thread(target=werker, args=(n,), daemon=True)
                   for n in range(max(1, min(args.werkers, taken.qsize())))]
        for t in werkers:
            t.start()
        for t in werkers:
            t.join()
        if opzetfouten:
            raise opzetfouten[0]
        uitslagen += [u for _, u in sorted(gevonden, key=lambda x: x[0])]
    except Exception as e:  # noqa: BLE001
        print(f"browsertest: opzet mislukt: {type(e).__name__}: {e}", file=sys.stderr)
        if server is not None:
            print("--- laatste regels van het JupyterLab-log ---\n" + server.staart(), file=sys.stderr)
        return 2
    finally:
        if server is not None:
            server.stop()
        if klas is not None:
            docent.stop_nakijken(klas[0])
        shutil.rmtree(tmp, ignore_errors=True)

    # samenvatting
    geslaagd = gefaald = 0
    meldingen: list[str] = []
    for u in uitslagen:
        if u.notebook == zelftest.NOTEBOOK:
            if zelftest_problemen:
                gefaald += 1
                meldingen += zelftest_problemen + [f"  (gemeld: {f})" for f in u.fouten]
            else:
                geslaagd += 1
            continue
        geslaagd += u.geslaagd
        gefaald += len(u.fouten)
        meldingen += u.fouten
    gemeten = [u for u in uitslagen if u.latenties and u.notebook != zelftest.NOTEBOOK]
    if gemeten:
        print("\n" + latentie_tabel(gemeten))
    if meldingen:
        print("\nFOUTEN:")
        for m in meldingen:
            print(f"  {m}")
    print(f"\nschermafdrukken: {SCREENSHOTS.relative_to(REPO)}/")
    print(f"{geslaagd} passed, {gefaald} failed in {time.monotonic() - begin:.1f}s")
    return 1 if gefaald else 0


if __name__ == "__main__":
    sys.exit(main())
