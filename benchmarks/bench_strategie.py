"""Benchmark van de widget "Kies je waardestrategie" (hoofdstuk 04).

Wat een student betaalt, is één volledige wijziging: een schuif verzetten → de punten opnieuw verdelen
(de andere twee schuiven bewegen mee) → het oordeel uitrekenen → de radar bijwerken → een nieuwe PNG in de
widget. We zetten de waarde van de echte ipywidgets-schuiven, dus alle callbacks lopen mee.

De widget gebruikt het gedeelde ``WidgetFiguur``: de figuur wordt één keer getekend en daarna worden alleen de
bewegende delen (de twee lijnen, het vlak en de drempel) bijgewerkt, ook bij een andere concurrent.

Referentie in dezelfde run (deze machines schommelen 2–3×): een vers getekende figuur van dezelfde grootte
(``WidgetFiguur.vers_png``: nieuwe figuur, radar, PNG), om en om met de metingen gemeten.

Doelen (issue 13): p95 per wijziging ≤ 100 ms en ≤ 0,6× een verse figuur.

Draaien: .venv/bin/python benchmarks/bench_strategie.py
"""

from __future__ import annotations

import json
import os
import statistics
import time

import matplotlib

matplotlib.use("Agg")

from klantlib import verkennen  # noqa: E402
from klantlib.data import LEVERANCIER, laad  # noqa: E402
from klantlib.strategie import waardeprofiel  # noqa: E402


def belasting() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def samenvatting(figuur: str, doel: str, gemeten: str, verhouding: str, gehaald: bool) -> None:
    regel = dict(figuur=figuur, doel=doel, gemeten=gemeten, verhouding=verhouding, gehaald=bool(gehaald))
    print("SAMENVATTING " + json.dumps(regel, ensure_ascii=False), flush=True)


def p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20, method="inclusive")[18]


def verse_figuur(figuur, profiel, concurrent: str) -> float:
    """Dezelfde radar in een NIEUWE figuur van dezelfde grootte, tot en met de PNG (``WidgetFiguur.vers_png``)."""
    scores = {s: float(profiel.loc[LEVERANCIER["naam"], s]) for s in profiel.columns}
    start = time.perf_counter()
    figuur.vers_png({"scores": scores, "concurrent": concurrent, "drempel": 6.0})
    return time.perf_counter() - start


def main() -> None:
    print(f"== Kies je waardestrategie (belasting {belasting()}) ==")
    profiel = waardeprofiel(laad("waardeprofielen"))
    box = verkennen.kies_waardestrategie(profiel)
    schuiven = {k.description: k for k in box.children if k.__class__.__name__ == "FloatSlider"}
    keuze = next(k for k in box.children if k.__class__.__name__ == "Dropdown")
    # Een reeks wijzigingen zoals een student ze doet: vooral schuiven, soms de drempel, een paar keer een
    # andere concurrent. Heen en terug, zodat de stand niet wegloopt.
    reeks: list[tuple[str, object]] = []
    for naam in ("Customer intimacy", "Operational excellence", "Product leadership"):
        reeks += [(naam, +0.1)] * 8 + [(naam, -0.1)] * 8
    reeks += [("Drempel", +0.1)] * 5 + [("Drempel", -0.1)] * 5
    concurrenten = list(keuze.options)
    reeks += [("Concurrent", c) for c in concurrenten[1:] + concurrenten[:1]] * 2
    referentie = verkennen._strategiekeuze_figuur(profiel, LEVERANCIER["naam"], 8.0)
    for _ in range(3):  # opwarmen (eerste PNG, lettertypen)
        verse_figuur(referentie, profiel, concurrenten[0])
    schuiven["Customer intimacy"].value = round(schuiven["Customer intimacy"].value + 0.1, 1)

    wijziging, wijziging_schuif, wijziging_lijst, vers = [], [], [], []
    for ronde in range(2):
        for naam, stap in reeks:
            vers.append(verse_figuur(referentie, profiel, concurrenten[len(vers) % len(concurrenten)]))
            start = time.perf_counter()
            if naam == "Concurrent":
                keuze.value = stap
            else:
                schuif = schuiven[naam]
                schuif.value = round(schuif.value + stap, 1)
            duur = time.perf_counter() - start
            wijziging.append(duur)
            (wijziging_lijst if naam == "Concurrent" else wijziging_schuif).append(duur)
    ref = statistics.median(vers)
    alle = p95(wijziging)
    print(f"verse figuur (zelfde grootte, mediaan van {len(vers)}):   {1000 * ref:7.1f} ms")
    print(f"wijziging, alle {len(wijziging)} (p95 / mediaan):           {1000 * alle:7.1f} / "
          f"{1000 * statistics.median(wijziging):5.1f} ms   ({alle / ref:.2f}× verse figuur)")
    print(f"  alleen schuiven ({len(wijziging_schuif)}, p95):                  {1000 * p95(wijziging_schuif):7.1f} ms")
    print(f"  alleen andere concurrent ({len(wijziging_lijst)}, p95):           {1000 * p95(wijziging_lijst):7.1f} ms")
    print(f"belasting nu: {belasting()}")
    samenvatting("Kies je waardestrategie: p95 per wijziging", "≤ 100 ms en ≤ 0,6× verse figuur",
                 f"{1000 * alle:.1f} ms", f"{alle / ref:.2f}× verse figuur ({1000 * ref:.1f} ms)",
                 alle <= 0.100 and alle / ref <= 0.6)


if __name__ == "__main__":
    main()
