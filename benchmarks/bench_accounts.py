"""Benchmark van de widget "Wie zijn onze grote accounts?" (hoofdstuk 07): tijd per wijziging.

Draai: ``.venv/bin/python benchmarks/bench_accounts.py``

Wat een gebruiker betaalt: de widget wordt gemaakt zoals in de les (tabellen van de standaarddataset),
daarna zetten we de bediening een voor een op een nieuwe waarde, zoals een klik of een schuifstap in
JupyterLab. Gemeten per wijziging: de callback van de widget helemaal (de tekst met de lijst grote
accounts, de figuur bijwerken en de PNG maken). Ook de eerste keer dat een periode, niveau of telwijze
langskomt (dan wordt de omzet nog uitgerekend) telt mee.

De widget gebruikt het gedeelde mechanisme :class:`klantlib.verkennen.WidgetFiguur`: de figuur bestaat
één keer, bij een wijziging worden alleen de bewegende delen bijgewerkt en op een bewaarde achtergrond
getekend.

Referentie in dezelfde run (deze machines verschillen 2-3× van run tot run): voor dezelfde instellingen
elke keer een NIEUWE figuur (``WidgetFiguur.vers_png``, dezelfde tekenfunctie) plus dezelfde tekst, zoals de
widgets het vroeger deden (met de omzet al uitgerekend).

Doel: p95 ≤ 100 ms per wijziging. De laatste regel is ``SAMENVATTING {...}`` (JSON).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import statistics
import time


def _p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20)[-1]


def main(rondes: int = 3) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from klantlib.data import laad
    from klantlib.verkennen import WidgetFiguur, _GroteAccounts, grote_accounts_verkenner

    getoond: list = []  # (figuur, gegevens) per render, om de referentie met dezelfde gegevens te maken
    toon = WidgetFiguur.toon

    def volg(self, gegevens):
        getoond.append((self, gegevens))
        return toon(self, gegevens)

    WidgetFiguur.toon = volg

    facturen, bedrijven, wallet = laad("facturen"), laad("bedrijven"), laad("wallet")
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        box = grote_accounts_verkenner(facturen, bedrijven, wallet)
    opbouw = (time.perf_counter() - start) * 1000
    controls = {}
    stapel = list(box.children)
    while stapel:
        kind = stapel.pop()
        stapel.extend(getattr(kind, "children", ()))
        if getattr(kind, "description", ""):
            controls[kind.description] = kind

    # Een sessie: schuiven met de drempel, wisselen van periode, niveau en telwijze.
    stappen = []
    for ronde in range(rondes):
        for d in (4.5, 4.0, 3.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.5, 5.0):
            stappen.append(("Drempel (%)", d))
        for m in (12, 36, 24):
            stappen.append(("Periode", m))
        for n in ("bedrijf", "vestiging", "concern"):
            stappen.append(("Niveau", n))
        stappen.append(("Tel via", "factuuradres"))
        for m in (12, 36, 24):
            stappen.append(("Periode", m))
        stappen.append(("Niveau", "bedrijf"))
        stappen.append(("Tel via", "besteld_door"))
        stappen.append(("Niveau", "concern"))

    tijden: list[float] = []
    cpu: list[float] = []
    per_soort: dict[str, list[float]] = {}
    instellingen = []
    for naam, waarde in stappen:
        control = controls[naam]
        if control.value == waarde:
            continue
        begin, begin_cpu = time.perf_counter(), time.process_time()
        control.value = waarde
        ms = (time.perf_counter() - begin) * 1000
        tijden.append(ms)
        cpu.append((time.process_time() - begin_cpu) * 1000)
        per_soort.setdefault(naam, []).append(ms)
        instellingen.append((controls["Drempel (%)"].value / 100, controls["Periode"].value,
                             controls["Niveau"].value, controls["Tel via"].value))

    # Referentie: voor dezelfde instellingen elke keer een nieuwe figuur (omzet al uitgerekend).
    rekenaar = _GroteAccounts(facturen, bedrijven, wallet)
    for _, maanden, niveau, via in instellingen:
        rekenaar.omzet(maanden, niveau, via)
    figuur = getoond[-1][0]
    vers: list[float] = []
    for (drempel, maanden, niveau, via), (_, gegevens) in zip(instellingen, getoond[-len(instellingen):]):
        begin = time.perf_counter()
        rekenaar.tekst(drempel=drempel, maanden=maanden, niveau=niveau, via=via)
        figuur.vers_png(gegevens)
        vers.append((time.perf_counter() - begin) * 1000)
    WidgetFiguur.toon = toon
    assert plt.get_fignums() == []

    p95, p95_vers = _p95(tijden), _p95(vers)
    print("Wie zijn onze grote accounts?: tijd per wijziging (ms), inclusief tekst en PNG van de figuur")
    print(f"  (belasting van de machine: {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen; "
          f"widget opbouwen {opbouw:.0f} ms)")
    for naam, lijst in per_soort.items():
        print(f"  {naam:<22} mediaan {statistics.median(lijst):6.1f}  max {max(lijst):6.1f}  (n={len(lijst)})")
    print(f"  {'alle wijzigingen':<22} mediaan {statistics.median(tijden):6.1f}  p95 {p95:6.1f}  (n={len(tijden)})")
    print(f"  {'CPU-tijd (alle)':<22} mediaan {statistics.median(cpu):6.1f}  p95 {_p95(cpu):6.1f}")
    print(f"  {'nieuwe figuur (ref.)':<22} mediaan {statistics.median(vers):6.1f}  p95 {p95_vers:6.1f}")
    verhouding = p95 / p95_vers
    print(f"  verhouding p95 widget / p95 nieuwe figuur: {verhouding:.2f}")
    print(f"  figuur: {figuur.tellers['getekend']} keer helemaal getekend, {figuur.tellers['bijgewerkt']} keer "
          f"bijgewerkt, {figuur.tellers['achtergrond']} keer met nieuwe achtergrond")
    print("SAMENVATTING " + json.dumps({
        "figuur": "grote_accounts_verkenner (Wie zijn onze grote accounts?)",
        "doel": "p95 <= 100 ms per wijziging",
        "gemeten": f"p95 {p95:.0f} ms, mediaan {statistics.median(tijden):.0f} ms (n={len(tijden)}); CPU-tijd p95 "
                    f"{_p95(cpu):.0f} ms; belasting {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen",
        "verhouding": f"{verhouding:.2f} x een nieuwe figuur per wijziging (p95 {p95_vers:.0f} ms)",
        "gehaald": bool(p95 <= 100),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
