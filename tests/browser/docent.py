"""Browsertest voor docenten (issue 19): een les als diavoorstelling en het klasoverzicht.

Draait mee in elke volledige run van ``python -m tests.browser.run`` (alleen deze twee:
``--docent``). Twee taken, elk met een eigen regel in de uitslag:

**Diavoorstelling** (:data:`DIA_LES`, op een eigen kopie met een eigen kernel, zodat hij
niet botst met de gewone test van dezelfde les):

1. Opent de les in JupyterLab (1280×720) en doet *Run All*, zoals een docent vóór de les.
2. Klikt in de titelcel en dan op de RISE-knop in de werkbalk van het notebook
   (commando ``RISE:preview``, "Render as Reveal Slideshow"). De voorstelling opent
   naast het notebook; daarna de knop "volledig scherm" van de voorstelling.
3. Bladert met de spatiebalk, zoals een docent, tot de dia met de widget. Op elke dia
   meet hij de echte hoogte van de cellen en vergelijkt die met de schatting van
   :func:`klantlib.dia.schat_hoogte`; een dia die volgens de schatting past maar echt
   hoger is dan 720 px, is een fout.
4. Bedient de widget volgens ``widgetspec.WIDGETS`` (dezelfde regels als in het
   notebook; een schuif met de muis, want de pijltjestoetsen bladeren in een
   voorstelling) en controleert dat het resultaat op de dia meeverandert.
5. Schermafdruk ``build/screenshots/diavoorstelling__<les>.png`` (1280×720).
6. Terug naar het notebook: volledig scherm uit, voorstelling sluiten; de widget in het
   notebook toont dezelfde uitkomst (zelfde kernel).

**Klasoverzicht**: maakt een kleine klas (:func:`maak_klas`: goed, twee keer dezelfde fout
met een persoonlijke dataset, leeg, geen notebook), laat ``python -m klantlib.nakijken``
hem nakijken (gestart aan het begin van de run, in een eigen proces) en opent
``klasoverzicht.html`` via ``file://`` in de browser. Controleert dat de moeilijkste
oefening bovenaan staat met de meest gegeven terugkoppeling, dat het niet-notebook bij
"niet (helemaal) konden draaien" staat en dat het plaatje geladen is. Schermafdruk
``build/screenshots/klasoverzicht.png``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DIA_LES = "notebooks/00_welkom.ipynb"
DIA_KOPIE = "diavoorstelling/00_welkom.ipynb"  # eigen pad = eigen kernel
SCHERM = {"width": 1280, "height": 720}
MAX_TOETSEN = 80  # zo vaak drukt hij hooguit op spatie om bij de widget te komen
KLAS_TIMEOUT = 300.0


# ---------------------------------------------------------------- diavoorstelling

# Hoogte van wat er op de huidige (sub)dia staat: alle zichtbare cellen (ook fragmenten die nog
# niet getoond zijn: die nemen hun plek al in), en of er een widget op staat.
_JS_DIA = """() => {
  const buiten = document.querySelector('.reveal .slides > section.present');
  if (!buiten) return null;
  const binnen = buiten.querySelector(':scope > section.present') || buiten;
  let hoogte = 0;
  for (const c of binnen.querySelectorAll('.jp-Cell')) {
    const st = getComputedStyle(c);
    if (st.display !== 'none') hoogte += c.getBoundingClientRect().height;
  }
  return {hash: location.hash, hoogte, widget: !!binnen.querySelector('.klantlib-widget'),
          kop: (binnen.innerText || '').trim().split('\\n')[0].slice(0, 60)};
}"""


def dia_nummer(hash_: str) -> str | None:
    """Van de hash van RISE naar het nummer van :func:`klantlib.dia.dias`.

    >>> dia_nummer("#/slide-6-0"), dia_nummer("#/slide-6-1"), dia_nummer("")
    ('7', '7.2', None)
    """
    m = re.search(r"slide-(\d+)-(\d+)", hash_ or "")
    if not m:
        return None
    h, v = int(m.group(1)), int(m.group(2))
    return f"{h + 1}" if v == 0 else f"{h + 1}.{v + 1}"


def kopie_van(les: str) -> str:
    """Waar de kopie van een les voor de diavoorstelling staat (eigen pad = eigen kernel)."""
    return f"diavoorstelling/{Path(les).name}"


def maak_kopie(root: Path, les: str = DIA_LES) -> None:
    """Zet een kopie van de (al schoongemaakte) les op :func:`kopie_van`."""
    doel = root / kopie_van(les)
    doel.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(root / les, doel)


def draai_diavoorstelling(ctx: Any, server: Any, regels: list[dict], les: str = DIA_LES,
                          volledig: bool = True) -> Any:
    """De les als diavoorstelling; geeft een ``Uitslag``. Vastlopen wordt een fout, geen crash.

    ``volledig`` (les 00): ook volledig scherm, de hoogte van elke dia meten en terug naar het notebook.
    Anders (de andere lessen): openen, bladeren tot de eerste dia met een widget en die widget bedienen.
    """
    from .run import Uitslag, _kort, _sluit_sessie

    page = ctx.new_page()
    u = Uitslag(f"{les} als diavoorstelling")
    start = time.monotonic()
    try:
        _diavoorstelling(page, server, regels, u, les, volledig)
    except Exception as e:  # noqa: BLE001 - melden en doorgaan
        u.fouten.append(f"{u.notebook}: de test liep vast: {type(e).__name__}: {_kort(str(e), 300)}")
        _schermafdruk(page, f"diavoorstelling__{Path(les).stem}_vastgelopen")
    finally:
        u.seconden = time.monotonic() - start
        page.close()
        _sluit_sessie(server, kopie_van(les))
    return u


def _schermafdruk(page: Any, naam: str) -> None:
    from .run import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{naam}.png"))
    except Exception:  # noqa: BLE001
        pass


def _diavoorstelling(page: Any, server: Any, regels: list[dict], u: Any, les: str = DIA_LES,
                     volledig: bool = True) -> None:
    import nbformat

    from klantlib import dia

    from .run import REPO as _REPO, _JS_WIDGETS_KLAAR, bedien_widget, normaliseer, open_en_voer_uit

    naam = u.notebook
    page.set_viewport_size(SCHERM)
    # 1. zoals een docent vóór de les: openen en alles uitvoeren
    doorgaan, fout = open_en_voer_uit(page, server, kopie_van(les), "dia")
    if fout:
        u.fouten.append(fout)
    if not doorgaan:
        return
    page.wait_for_function(_JS_WIDGETS_KLAAR, timeout=30_000)
    u.geslaagd += 1

    # 2. in de titelcel klikken (de voorstelling begint bij de gekozen cel) en de RISE-knop
    page.locator(".jp-Notebook .jp-Cell").first.click()
    page.keyboard.press("Escape")
    knop = page.locator('.jp-NotebookPanel-toolbar [data-command="RISE:preview"]')
    if knop.count() == 0:
        u.fouten.append(f"{naam}: geen RISE-knop in de werkbalk van het notebook (is jupyterlab-rise geïnstalleerd?).")
        return
    knop.first.click()
    page.locator("iframe[src*='/rise/']").first.wait_for(timeout=60_000)
    frame = page.locator("iframe[src*='/rise/']").first.element_handle().content_frame()
    frame.wait_for_selector(".reveal .slides > section.present", timeout=60_000)
    eerste = frame.evaluate(_JS_DIA)
    if dia_nummer(eerste["hash"]) != "1":
        u.fouten.append(f"{naam}: de voorstelling begon niet bij de titel maar bij {eerste['hash']!r}.")
    u.geslaagd += 1

    # 3. volledig scherm, zoals in de klas
    page.locator('jp-button[title="Open the slideshow in full screen"], '
                 'button[title="Open the slideshow in full screen"]').first.click()
    page.wait_for_timeout(500)
    if not frame.evaluate("() => !!document.fullscreenElement"):
        u.fouten.append(f"{naam}: de knop 'volledig scherm' zette de voorstelling niet op het hele scherm.")
    else:
        u.geslaagd += 1

    if not volledig:
        _blader_en_bedien(page, frame, regels, u, les, eerste)
        return

    # 4. bladeren met de spatiebalk tot de widget; onderweg de hoogte meten
    nb = nbformat.read(_REPO / les, as_version=4)
    schatting = {d.nummer: d for d in dia.dias(nb)}
    frame.locator(".reveal").first.click(position={"x": SCHERM["width"] - 60, "y": 20})
    gezien: dict[str, float] = {}
    huidig = eerste
    widget_dia = None
    for _ in range(MAX_TOETSEN):
        if huidig and huidig["widget"]:
            widget_dia = huidig
            break
        page.keyboard.press("Space")
        page.wait_for_timeout(250)
        huidig = frame.evaluate(_JS_DIA)
        if huidig:
            nummer = dia_nummer(huidig["hash"])
            if nummer:
                gezien[nummer] = max(gezien.get(nummer, 0.0), huidig["hoogte"])
    if len(gezien) < 3:
        u.fouten.append(f"{naam}: bladeren met de spatiebalk kwam maar langs {len(gezien)} dia('s).")
    else:
        u.geslaagd += 1
    if widget_dia is None:
        u.fouten.append(f"{naam}: na {MAX_TOETSEN} keer spatie nog geen dia met een widget.")
        return

    # schatting tegen de echte hoogte (widgets: hun hoogte staat niet in de tekst)
    afwijkingen = []
    for nummer, gemeten in sorted(gezien.items(), key=lambda kv: [int(x) for x in kv[0].split(".")]):
        d = schatting.get(nummer)
        if d is None:
            u.fouten.append(f"{naam}: dia {nummer} staat niet in de indeling van klantlib.dia.")
            continue
        if any(dia.heeft_widget(nb.cells[i]) for i in d.cellen):
            u.notities.append(f"dia {nummer} (widget): {gemeten:.0f} px hoog op 720")
            continue
        afwijkingen.append((gemeten - d.hoogte) / max(gemeten, 1))
        if gemeten > SCHERM["height"] and d.past:
            u.fouten.append(f"{naam}: dia {nummer} is {gemeten:.0f} px hoog (schatting {d.hoogte:.0f} px): "
                            "past niet op 720 px, maar de schatting zei van wel.")
    if afwijkingen:
        u.notities.append(f"hoogte van {len(afwijkingen)} dia's: schatting gemiddeld "
                          f"{100 * sum(map(abs, afwijkingen)) / len(afwijkingen):.1f} % naast de meting, "
                          f"grootste {100 * max(afwijkingen, key=abs):+.1f} % (meting min schatting)")

    # 5. de widget op de dia bedienen
    for regel in regels:
        fout = bedien_widget(frame, naam, regel, muis=page.mouse)
        if fout:
            u.fouten.append(f"{fout} (op de dia)")
        else:
            u.geslaagd += 1
            u.bediend += 1
    u.widgets = frame.locator(".klantlib-widget").count()
    u.plaatjes = frame.evaluate("() => [...document.querySelectorAll('.reveal section.present img')]"
                                ".filter(i => i.complete && i.naturalWidth > 0).length")
    page.wait_for_timeout(300)
    _schermafdruk(page, "diavoorstelling__00_welkom")

    # 6. terug naar het notebook: volledig scherm uit, voorstelling sluiten
    laatste = normaliseer(frame.locator(".klantlib-resultaat").first.inner_text())
    frame.evaluate("() => document.exitFullscreen && document.fullscreenElement && document.exitFullscreen()")
    page.wait_for_timeout(300)
    # het tabblad van de voorstelling sluiten (het notebook zelf blijft open)
    widget_id = page.locator("iframe[src*='/rise/']").first.evaluate("e => e.closest('.jp-MainAreaWidget').id")
    page.locator(f'.lm-TabBar-tab[data-id="{widget_id}"] .lm-TabBar-tabCloseIcon').first.click()
    page.wait_for_timeout(500)
    if page.locator("iframe[src*='/rise/']").count():
        u.fouten.append(f"{naam}: de voorstelling ging niet dicht.")
        return
    notebook_uitkomst = normaliseer(page.locator(".jp-Notebook .klantlib-resultaat").first.inner_text())
    if notebook_uitkomst.replace(" ", "") != laatste.replace(" ", ""):
        u.fouten.append(f"{naam}: terug in het notebook toont de widget {notebook_uitkomst[:80]!r}, "
                        f"op de dia stond {laatste[:80]!r}.")
    else:
        u.geslaagd += 1


def _blader_en_bedien(page: Any, frame: Any, regels: list[dict], u: Any, les: str, eerste: dict) -> None:
    """Blader met de spatiebalk tot de eerste dia met een widget en bedien die widget op de dia.

    Een les zonder widget (08): bladeren moet langs minstens drie dia's komen.
    """
    from .run import bedien_widget

    naam = u.notebook
    frame.locator(".reveal").first.click(position={"x": SCHERM["width"] - 60, "y": 20})
    gezien: set[str] = set()
    huidig = eerste
    for _ in range(MAX_TOETSEN):
        if huidig and huidig["widget"]:
            break
        page.keyboard.press("Space")
        page.wait_for_timeout(250)
        huidig = frame.evaluate(_JS_DIA)
        if huidig and dia_nummer(huidig["hash"]):
            gezien.add(dia_nummer(huidig["hash"]))
    if not regels:
        if len(gezien) < 3:
            u.fouten.append(f"{naam}: bladeren met de spatiebalk kwam maar langs {len(gezien)} dia('s).")
        else:
            u.geslaagd += 1
        _schermafdruk(page, f"diavoorstelling__{Path(les).stem}")
        return
    if not (huidig and huidig["widget"]):
        u.fouten.append(f"{naam}: na {MAX_TOETSEN} keer spatie nog geen dia met een widget.")
        return
    u.geslaagd += 1
    # de widgets op deze dia: hun klassen (klantlib-<naam>)
    op_dia = set(frame.evaluate("""() => {
      const buiten = document.querySelector('.reveal .slides > section.present');
      const binnen = buiten.querySelector(':scope > section.present') || buiten;
      return [...binnen.querySelectorAll('.klantlib-widget')].flatMap(w => [...w.classList]);
    }"""))
    bruikbaar = [r for r in regels if f"klantlib-{r['widget']}" in op_dia and r.get("nummer", 0) == 0]
    if not bruikbaar:
        u.fouten.append(f"{naam}: geen widgetspec-regel voor de widget op dia {dia_nummer(huidig['hash'])} "
                        f"({sorted(c for c in op_dia if c != 'klantlib-widget')}).")
        return
    fout = bedien_widget(frame, naam, bruikbaar[0], muis=page.mouse)
    if fout:
        u.fouten.append(f"{fout} (op de dia)")
    else:
        u.geslaagd += 1
        u.bediend += 1
    u.widgets = frame.locator(".klantlib-widget").count()
    page.wait_for_timeout(300)
    _schermafdruk(page, f"diavoorstelling__{Path(les).stem}")


# ---------------------------------------------------------------- begrippenlijst

def draai_begrippenlijst(ctx: Any, server: Any) -> Any:
    """De link naar de begrippenlijst opent opgemaakte tekst (Markdown Preview), geen bronbestand."""
    from .run import Uitslag, _kort

    u = Uitslag("notebooks/begrippen.md (de begrippenlijst)")
    start = time.monotonic()
    page = ctx.new_page()
    try:
        page.goto(f"{server.basis}/lab/workspaces/begrippen/tree/notebooks/begrippen.md?reset&token={server.token}",
                  wait_until="domcontentloaded")
        opgemaakt = page.locator(".jp-RenderedMarkdown h1")
        try:
            opgemaakt.first.wait_for(state="visible", timeout=60_000)
        except Exception:  # noqa: BLE001 - melden, niet crashen
            bron = page.locator(".jp-FileEditor").count()
            u.fouten.append(f"{u.notebook}: opent niet als opgemaakte tekst"
                            + (" maar als bronbestand in de editor" if bron else "") + ".")
            return u
        vet = page.locator(".jp-RenderedMarkdown strong", has_text="Net Promoter Score")
        if vet.count() == 0:
            u.fouten.append(f"{u.notebook}: het begrip 'Net Promoter Score' staat niet vet in de opgemaakte lijst.")
        else:
            u.geslaagd += 1
        _schermafdruk(page, "begrippenlijst")
    except Exception as e:  # noqa: BLE001
        u.fouten.append(f"{u.notebook}: de test liep vast: {type(e).__name__}: {_kort(str(e), 300)}")
    finally:
        u.seconden = time.monotonic() - start
        page.close()
    return u


# ---------------------------------------------------------------- klasoverzicht


def maak_klas(map_: Path) -> None:
    """Een kleine klas voor werkboek 00: zo verschillend dat het overzicht iets te zeggen heeft.

    * ``anna``: de uitwerking, alles goed;
    * ``bram`` (persoonlijke dataset) en ``chris`` (een andere): omzet 2025 zonder retouren en
      creditnota's (alleen positieve bedragen), de bekende fout; ``chris`` kiest bij 0.6 ook a;
    * ``dewi``: het lege werkboek;
    * ``kapot.ipynb``: geen notebook (moet bij "niet (helemaal) konden draaien" staan).
    """
    import nbformat

    uitwerking = REPO / "solutions" / "00_welkom_werkboek.ipynb"
    map_.mkdir(parents=True, exist_ok=True)

    def variant(naam: str, *wijzigingen: tuple[str, str], seed: int | None = None) -> None:
        nb = nbformat.read(uitwerking, as_version=4)

        def cel(tekst: str):
            return next(c for c in nb.cells if c.cell_type == "code" and tekst in c.source)

        if seed is not None:
            c = cel("Werkboek(")
            c.source = c.source.replace('Werkboek("h00", globals())', f'Werkboek("h00", globals(), seed={seed})')
        for tekst, nieuw in wijzigingen:
            cel(tekst).source = nieuw
        nbformat.write(nb, map_ / naam)

    alleen_positief = ("omzet_2025 = ____",
                       'facturen_2025 = facturen[facturen["factuurdatum"].dt.year == 2025]\n'
                       'omzet_2025 = facturen_2025.loc[facturen_2025["bedrag"] > 0, "bedrag"].sum()')
    variant("anna.ipynb")
    variant("bram.ipynb", alleen_positief, seed=11111)
    variant("chris.ipynb", alleen_positief, ("antwoord_0_6 = ____", 'antwoord_0_6 = "a"'), seed=22222)
    shutil.copy(REPO / "exercises" / "00_welkom_werkboek.ipynb", map_ / "dewi.ipynb")
    (map_ / "kapot.ipynb").write_text("Dit is geen notebook maar een verslag.", encoding="utf-8")


def start_nakijken(tmp: Path) -> tuple[subprocess.Popen, Path]:
    """Maak de klas en start ``python -m klantlib.nakijken`` in een eigen proces (loopt naast de rest)."""
    klas = tmp / "klas"
    maak_klas(klas)
    uit = tmp / "klasuit"
    uit.mkdir()
    log = open(uit / "nakijken.uitvoer", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "klantlib.nakijken", str(klas), "--uit", str(uit / "cijfers.csv"), "--stil"],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    return proc, uit / "klasoverzicht.html"


def stop_nakijken(proc: subprocess.Popen) -> None:
    """Stop het nakijkproces (en zijn kernels) via zijn eigen procesgroep als het nog loopt."""
    import os
    import signal

    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _nagekeken_oefeningen(hoofdstuk: str) -> list[str]:
    """De id's van de oefeningen die het klasoverzicht toont: alles behalve open vragen."""
    from klantlib.oefeningen.kern import Open, laad_hoofdstuk

    return [o.id for o in laad_hoofdstuk(hoofdstuk) if not isinstance(o, Open)]


def draai_klasoverzicht(ctx: Any, proc: subprocess.Popen, html_pad: Path) -> Any:
    """Open ``klasoverzicht.html`` uit het nakijken in de browser; geeft een ``Uitslag``."""
    from .run import Uitslag, _kort

    u = Uitslag("klasoverzicht.html (python -m klantlib.nakijken, kleine klas)")
    start = time.monotonic()
    page = None
    try:
        try:
            proc.wait(timeout=KLAS_TIMEOUT)
        except subprocess.TimeoutExpired:
            stop_nakijken(proc)
            u.fouten.append(f"{u.notebook}: nakijken was niet klaar binnen {KLAS_TIMEOUT:.0f} s.")
            return u
        uitvoer = (html_pad.parent / "nakijken.uitvoer").read_text(encoding="utf-8", errors="replace")
        if not html_pad.exists():
            u.fouten.append(f"{u.notebook}: nakijken schreef geen klasoverzicht.html (code {proc.returncode}): "
                            f"{_kort(uitvoer, 300)}")
            return u
        page = ctx.new_page()
        page.goto(html_pad.as_uri())
        page.wait_for_load_state("load")
        rijen = page.locator("table").first.locator("tbody tr")
        eerste = [normaal(t) for t in rijen.first.locator("td").all_inner_texts()]
        u.notities.append(f"bovenste rij: {' | '.join(eerste)}")
        if not eerste or eerste[0] != "0.2":
            u.fouten.append(f"{u.notebook}: de moeilijkste oefening (0.2: 3 van de 4 niet goed) staat niet "
                            f"bovenaan; bovenste rij: {eerste}")
        elif not ("te hoog" in eerste[-1] or "retouren" in eerste[-1].lower()) or "(2×)" not in eerste[-1]:
            # De controle herkent de fout (alleen positieve bedragen) en zegt dat; anders minstens "te hoog".
            u.fouten.append(f"{u.notebook}: bij 0.2 staat niet de terugkoppeling die bram en chris kregen "
                            f"('retouren' of 'te hoog', 2×): {eerste[-1]!r}")
        else:
            u.geslaagd += 1
        verwacht = _nagekeken_oefeningen("h00")
        if rijen.count() != len(verwacht):
            u.fouten.append(f"{u.notebook}: {rijen.count()} oefeningen in de tabel, verwacht {len(verwacht)} "
                            f"({', '.join(verwacht)}).")
        else:
            u.geslaagd += 1
        niet = normaal(page.locator("table").nth(1).inner_text()) if page.locator("table").count() > 1 else ""
        if "kapot.ipynb" not in niet or "geen notebook" not in niet:
            u.fouten.append(f"{u.notebook}: kapot.ipynb staat niet bij de notebooks die niet konden draaien.")
        else:
            u.geslaagd += 1
        u.plaatjes = page.evaluate("() => [...document.images].filter(i => i.complete && i.naturalWidth > 0).length")
        if u.plaatjes == 0:
            u.fouten.append(f"{u.notebook}: het plaatje met de delen goed is niet geladen.")
        else:
            u.geslaagd += 1
        from .run import SCREENSHOTS

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "klasoverzicht.png"), full_page=True)
    except Exception as e:  # noqa: BLE001
        u.fouten.append(f"{u.notebook}: de test liep vast: {type(e).__name__}: {_kort(str(e), 300)}")
    finally:
        u.seconden = time.monotonic() - start
        if page is not None:
            page.close()
    return u


def normaal(tekst: str) -> str:
    return " ".join(tekst.replace("\u00a0", " ").split())
