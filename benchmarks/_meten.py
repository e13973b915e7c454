"""Gedeelde hulp voor de benchmarks: meten op een drukke machine en één samenvattende tabel.

Deze machines verschillen van run tot run 2–3× in snelheid. Daarom print elke
benchmark naast zijn seconden ook een verhouding tegen een referentie uit
DEZELFDE run (CSV laden, een verse figuur, DuckDB, read_csv, ...) en de
belasting van de machine (load average). Koude starten meet je in een vers
proces (:func:`vers_proces`), niet als minimum van warme runs.

Protocol voor ``make benchmark`` (``benchmarks/run_all.py``): een benchmark
print per doel één regel::

    SAMENVATTING {"figuur": "...", "doel": "...", "gemeten": "...", "verhouding": "...", "gehaald": true}

(JSON na het woord SAMENVATTING en één spatie; gebruik :func:`samenvatting`).
``run_all.py`` verzamelt die regels uit de uitvoer van elk script en sluit af
met één tabel: figuur, doel, gemeten, verhouding, gehaald of niet.

Een widget meet je met :func:`meet_widget`: een volledige wijziging (waarde
van een control zetten → callback → PNG klaar), om en om met dezelfde figuur
vers getekend als referentie. Voorbeeld (een nieuw hoofdstuk)::

    from _meten import meet_widget
    from klantlib.verkennen import mijn_widget
    meet_widget("mijn-widget", mijn_widget, ["Jaar", "Business unit"])
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
from typing import Any, Callable, Iterable

#: Zo begint een samenvattende regel; daarna één spatie en JSON.
MERK = "SAMENVATTING"
_SLEUTELS = ("figuur", "doel", "gemeten", "verhouding", "gehaald")

#: Doelen voor widgets (issue 13): p95 per wijziging en verhouding tegen een verse figuur.
WIDGET_DOEL_MS = 100.0
WIDGET_DOEL_VERHOUDING = 0.6


# ---------------------------------------------------------------- protocol


def samenvatting(figuur: str, doel: str, gemeten: str, verhouding: str, gehaald: bool) -> str:
    """Print (en geef) één samenvattende regel voor ``run_all.py``.

    >>> regel = samenvatting("x laden", "≤ 2× CSV", "0.40 s", "1.3× CSV", True)
    SAMENVATTING {"figuur": "x laden", "doel": "≤ 2× CSV", "gemeten": "0.40 s", "verhouding": "1.3× CSV", "gehaald": true}
    """
    regel = f"{MERK} " + json.dumps({"figuur": str(figuur), "doel": str(doel), "gemeten": str(gemeten),
                                      "verhouding": str(verhouding), "gehaald": bool(gehaald)}, ensure_ascii=False)
    print(regel, flush=True)
    return regel


def lees_samenvattingen(uitvoer: str, bron: str = "") -> tuple[list[dict], list[str]]:
    """Alle samenvattende regels uit de uitvoer van een script, en meldingen over kapotte regels.

    >>> regels, fouten = lees_samenvattingen('iets\\nSAMENVATTING {"figuur": "a", "doel": "b", "gemeten": "1 s", '
    ...     '"verhouding": "2×", "gehaald": false}\\nSAMENVATTING {kapot', "bench_x.py")
    >>> regels[0]["figuur"], regels[0]["gehaald"], regels[0]["bron"]
    ('a', False, 'bench_x.py')
    >>> fouten
    ['bench_x.py: SAMENVATTING-regel is geen geldige JSON: SAMENVATTING {kapot']
    """
    regels, fouten = [], []
    for lijn in uitvoer.splitlines():
        if not lijn.startswith(MERK + " "):
            continue
        try:
            regel = json.loads(lijn[len(MERK) + 1:])
        except json.JSONDecodeError:
            fouten.append(f"{bron}: SAMENVATTING-regel is geen geldige JSON: {lijn[:120]}")
            continue
        ontbreekt = [k for k in _SLEUTELS if k not in regel]
        if ontbreekt or not isinstance(regel.get("gehaald"), bool):
            fouten.append(f"{bron}: SAMENVATTING-regel mist {', '.join(ontbreekt) or 'een true/false bij gehaald'}: "
                          f"{lijn[:120]}")
            continue
        regel["bron"] = bron
        regels.append(regel)
    return regels, fouten


def tabel(regels: list[dict]) -> str:
    """De slottabel van ``make benchmark``: figuur, doel, gemeten, verhouding, gehaald.

    >>> print(tabel([{"figuur": "a", "doel": "≤ 1 s", "gemeten": "0.5 s", "verhouding": "0.5×", "gehaald": True}]))
    figuur | doel  | gemeten | verhouding | gehaald
    -------+-------+---------+------------+--------
    a      | ≤ 1 s | 0.5 s   | 0.5×       | ja     
    """
    kop = ["figuur", "doel", "gemeten", "verhouding", "gehaald"]
    rijen = [[str(r["figuur"]), str(r["doel"]), str(r["gemeten"]), str(r["verhouding"]),
              "ja" if r["gehaald"] else "NEE"] for r in regels]
    breedtes = [max(len(x) for x in kolom) for kolom in zip(kop, *rijen)]
    def regel(cellen: list[str]) -> str:
        return " | ".join(c.ljust(b) for c, b in zip(cellen, breedtes))

    return "\n".join([regel(kop), "-+-".join("-" * b for b in breedtes)] + [regel(r) for r in rijen])


# ---------------------------------------------------------------- meten


def belasting() -> str:
    """Load average over 1, 5 en 15 minuten, met het aantal kernen (hoe druk is de machine nu?)."""
    een, vijf, vijftien = os.getloadavg()
    return f"{een:.2f}/{vijf:.2f}/{vijftien:.2f} op {os.cpu_count()} kernen"


def mediaan_p95(tijden: Iterable[float]) -> tuple[float, float]:
    """Mediaan en 95e percentiel (lineair tussen de waarnemingen, zoals numpy).

    >>> mediaan_p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
    (11, 20.0)
    """
    lijst = sorted(tijden)
    if not lijst:
        raise ValueError("mediaan_p95: geen metingen.")
    positie = 0.95 * (len(lijst) - 1)
    laag = int(positie)
    hoog = min(laag + 1, len(lijst) - 1)
    return statistics.median(lijst), lijst[laag] + (lijst[hoog] - lijst[laag]) * (positie - laag)


def vers_proces(code: str, *, omgeving: dict | None = None) -> float:
    """Seconden die ``code`` kost in een NIEUW Python-proces (imports inbegrepen), gemeten in dat proces.

    Zo meet je een koude start zoals een student hem betaalt (een nieuwe kernel).
    """
    meet = f"import time as _t\n_s = _t.perf_counter()\n{code}\nprint('\\n', _t.perf_counter() - _s)"
    uit = subprocess.run([sys.executable, "-c", meet], capture_output=True, text=True,
                         env=None if omgeving is None else {**os.environ, **omgeving})
    if uit.returncode != 0:
        raise RuntimeError(f"vers_proces: de code faalde (code {uit.returncode}):\n{uit.stderr[-2000:]}")
    return float(uit.stdout.strip().splitlines()[-1])


def om_en_om(metingen: dict[str, Callable[[], Any]], herhaal: int) -> dict[str, list[float]]:
    """Seconden per functie, ``herhaal`` keer om en om gemeten (drukte treft ze allemaal evenveel)."""
    tijden: dict[str, list[float]] = {naam: [] for naam in metingen}
    for _ in range(herhaal):
        for naam, functie in metingen.items():
            start = time.perf_counter()
            functie()
            tijden[naam].append(time.perf_counter() - start)
    return tijden


# ---------------------------------------------------------------- widgets


def _alle(w):
    yield w
    for kind in getattr(w, "children", ()):
        yield from _alle(kind)


def _control(box, label: str):
    for c in _alle(box):
        if getattr(c, "description", None) == label:
            return c
    raise KeyError(f"geen control met description {label!r} in de widget")


def _nieuwe_waarde(control, kans: random.Random):
    """Een andere geldige waarde voor een schuif, keuzelijst, knoppen of vinkje."""
    import ipywidgets as widgets

    if isinstance(control, widgets.Checkbox):
        return not control.value
    if isinstance(control, (widgets.IntSlider, widgets.FloatSlider)):
        stap = control.step or 1
        aantal = int(round((control.max - control.min) / stap))
        waarden = [control.min + i * stap for i in range(aantal + 1)]
    else:  # Dropdown, ToggleButtons, RadioButtons, ...
        waarden = list(control._options_values)
    anders = [w for w in waarden if w != control.value]
    return kans.choice(anders)


def meet_widget(naam: str, maak: Callable[[], Any], labels: list[str], *, wijzigingen: int = 80,
                opwarmen: int = 3, seed: int = 13) -> dict:
    """Meet hoe snel een widget één wijziging verwerkt, en print de cijfers en een SAMENVATTING-regel.

    Een wijziging = de waarde van een control zetten → de callback rekent (pure
    functie), zet de tekst en werkt de figuur bij → de PNG staat in de
    ``widgets.Image``. ``labels``: de descriptions van de controls die we
    willekeurig (maar vast, ``seed``) veranderen. Referentie, om en om in
    dezelfde run: dezelfde figuur met dezelfde gegevens VERS getekend
    (:meth:`klantlib.verkennen.WidgetFiguur.vers_png`; zo deden de widgets
    het vroeger bij elke wijziging). De eerste ``opwarmen`` wijzigingen
    (lettertypen laden e.d.) tellen niet mee. Zonder kernel: het versturen
    van de PNG naar de browser zit er niet in; dat meet de browsertest.
    """
    import matplotlib

    matplotlib.use("Agg")
    from klantlib.verkennen import WidgetFiguur

    gezien: list = []
    toon = WidgetFiguur.toon

    def volg(self, gegevens):
        png = toon(self, gegevens)
        gezien.append((self, gegevens))
        return png

    WidgetFiguur.toon = volg
    try:
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            box = maak()
        aanmaken = time.perf_counter() - start
        controls = [_control(box, label) for label in labels]
        kans = random.Random(seed)
        wijziging, wijziging_cpu, vers, vers_cpu, namen = [], [], [], [], []
        for i in range(opwarmen + wijzigingen):
            control = kans.choice(controls)
            waarde = _nieuwe_waarde(control, kans)
            voor = len(gezien)
            s, c = time.perf_counter(), time.process_time()
            control.value = waarde
            t, tc = time.perf_counter() - s, time.process_time() - c
            if len(gezien) != voor + 1:
                raise RuntimeError(f"{naam}: de wijziging {control.description}={waarde!r} gaf {len(gezien) - voor} "
                                   "nieuwe plaatjes in plaats van één.")
            figuur, gegevens = gezien[-1]
            s, c = time.perf_counter(), time.process_time()
            figuur.vers_png(gegevens)
            v, vc = time.perf_counter() - s, time.process_time() - c
            if i >= opwarmen:
                wijziging.append(t * 1000)
                wijziging_cpu.append(tc * 1000)
                vers.append(v * 1000)
                vers_cpu.append(vc * 1000)
                namen.append(control.description)
    finally:
        WidgetFiguur.toon = toon
    med, p95 = mediaan_p95(wijziging)
    med_cpu, p95_cpu = mediaan_p95(wijziging_cpu)
    vmed, vp95 = mediaan_p95(vers)
    vmed_cpu, _ = mediaan_p95(vers_cpu)
    verhouding = med / vmed
    gehaald = p95 <= WIDGET_DOEL_MS and verhouding <= WIDGET_DOEL_VERHOUDING
    print(f"widget {naam}: {wijzigingen} wijzigingen ({', '.join(labels)}), aanmaken {aanmaken * 1000:.0f} ms; "
          f"belasting {belasting()}")
    print(f"  volledige wijziging     mediaan {med:6.1f} ms  p95 {p95:6.1f} ms  max {max(wijziging):6.1f} ms"
          f"   (CPU-tijd: mediaan {med_cpu:5.1f} ms, p95 {p95_cpu:5.1f} ms)")
    print(f"  verse figuur (referentie) mediaan {vmed:6.1f} ms  p95 {vp95:6.1f} ms"
          f"   (CPU-tijd: mediaan {vmed_cpu:5.1f} ms)")
    print(f"  verhouding wijziging / verse figuur: mediaan {verhouding:.2f}×, p95 {p95 / vp95:.2f}×, "
          f"CPU-mediaan {med_cpu / vmed_cpu:.2f}×")
    for label in labels:
        deel = [t for t, n in zip(wijziging, namen) if n == label]
        if deel:
            m, p = mediaan_p95(deel)
            print(f"    {label:<28} n={len(deel):3d}  mediaan {m:6.1f} ms  p95 {p:6.1f} ms")
    samenvatting(f"widget {naam}: tijd per wijziging",
                 f"p95 ≤ {WIDGET_DOEL_MS:.0f} ms en ≤ {WIDGET_DOEL_VERHOUDING}× verse figuur",
                 f"p95 {p95:.0f} ms (mediaan {med:.0f} ms)",
                 f"{verhouding:.2f}× verse figuur ({vmed:.0f} ms); belasting {os.getloadavg()[0]:.1f}",
                 gehaald)
    return {"mediaan": med, "p95": p95, "vers_mediaan": vmed, "vers_p95": vp95, "verhouding": verhouding,
            "cpu_mediaan": med_cpu, "cpu_p95": p95_cpu, "aanmaken": aanmaken, "gehaald": gehaald}
