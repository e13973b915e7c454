"""Benchmark hoofdstuk 03: hoe snel reageren de NPS-widgets op één wijziging?

Gebruik: ``.venv/bin/python benchmarks/bench_nps.py``

Meet per widget de tijd van één wijziging (schuif of keuzelijst), inclusief
de nieuwe tekst en het opnieuw tekenen van de grafiek, op het standaard-
dataset. Doel: p95 onder 100 ms. Drukt mediaan, p95 en maximum af.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import matplotlib

matplotlib.use("Agg")

import klantlib.verkennen as verkennen  # noqa: E402
from klantlib.data import laad  # noqa: E402
from klantlib.verkennen import nps_speeltuin, verwachtingsschuif  # noqa: E402


def _toon(obj, *args, **kwargs):
    """Wat JupyterLab met de uitvoer doet: een figuur wordt een (bijgesneden) PNG."""
    if hasattr(obj, "savefig"):
        obj.savefig(io.BytesIO(), format="png", dpi=100, bbox_inches="tight")


# Zonder kernel zou display() alleen tekst printen. De widgets maken hun PNG
# zelf (die tijd zit dus in de meting); een losse figuur tekenen we hier.
verkennen.display = _toon

DOEL_MS = 100.0


def _control(box, beschrijving):
    def alle(w):
        yield w
        for kind in getattr(w, "children", ()):
            yield from alle(kind)

    return next(c for c in alle(box) if getattr(c, "description", None) == beschrijving)


def _meet(wijzigingen) -> list[float]:
    tijden = []
    for wijzig in wijzigingen:
        begin = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            wijzig()
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def _p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20, method="inclusive")[-1]


def main() -> int:
    ervaringen = laad("ervaringen")
    with contextlib.redirect_stdout(io.StringIO()):
        speeltuin = nps_speeltuin()
        schuif = verwachtingsschuif(ervaringen)
    prom = _control(speeltuin, "Promotors (%)")
    crit = _control(speeltuin, "Criticasters (%)")
    pas = _control(speeltuin, "Passief (%)")
    stappen = []
    for i in range(60):
        control = (prom, crit, pas)[i % 3]
        waarde = (7 * i + 13) % 101
        stappen.append(lambda c=control, w=waarde: setattr(c, "value", w))
    dagen = _control(schuif, "Dagen later beloven")
    soort = _control(schuif, "Soort")
    stappen2 = []
    for i in range(60):
        if i % 10 == 9:
            stappen2.append(lambda i=i: setattr(soort, "value", ("offerte", "levering")[(i // 10) % 2]))
        else:
            stappen2.append(lambda i=i: setattr(dagen, "value", (i % 8) - 2))
    uitslag = {
        "nps_speeltuin (schuif)": _meet(stappen),
        "verwachtingsschuif (schuif/keuze)": _meet(stappen2),
    }
    belasting = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Hoofdstuk 03 – tijd per widgetwijziging (doel p95 < {DOEL_MS:.0f} ms); "
          f"load average {belasting} op {os.cpu_count()} kernen")
    te_traag = 0
    for naam, tijden in uitslag.items():
        p95 = _p95(tijden)
        oordeel = "ok" if p95 < DOEL_MS else "TE TRAAG"
        te_traag += p95 >= DOEL_MS
        print(f"  {naam:36s} n={len(tijden):3d}  mediaan {statistics.median(tijden):6.1f} ms  "
              f"p95 {p95:6.1f} ms  max {max(tijden):6.1f} ms  {oordeel}")
    return 1 if te_traag else 0


if __name__ == "__main__":
    raise SystemExit(main())
