"""Benchmark van de widget "Waar staan onze klanten?" (hoofdstuk 02): tijd per wijziging.

Draai: ``.venv/bin/python benchmarks/bench_cyclus.py``

Eén wijziging = één control van de widget een andere waarde geven (jaar,
venster of niveau). De widget rekent dan de fasen en de overgangen opnieuw
uit, werkt de bestaande figuur bij (``WidgetFiguur``: alleen de bewegende
delen op een bewaarde achtergrond) en maakt er een PNG van, zoals in JupyterLab. Doel (issue "snelheid"): p95 ≤ 100 ms per wijziging. Omdat deze
machine van run tot run 2–3× kan verschillen, meten we in dezelfde run ook
een referentie: dezelfde grafiek in een **nieuwe** figuur tekenen en als PNG
opslaan (``WidgetFiguur.vers_png``). De verhouding (widget / verse figuur) is minder gevoelig
voor de drukte op de machine.

De laatste regel is ``SAMENVATTING {json}`` met figuur, doel, gemeten,
verhouding en gehaald.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import statistics
import time


def _p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[94]


def main(rondes: int = 20) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import ipywidgets as widgets
    from klantlib.data import laad
    from klantlib.verkennen import waar_staan_klanten

    facturen, bedrijven = laad("facturen"), laad("bedrijven")
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        w = waar_staan_klanten(facturen, bedrijven=bedrijven)
    opbouw = (time.perf_counter() - start) * 1000
    rekenaar = w._rekenaar
    controls = [c for kind in w.children for c in (kind.children if isinstance(kind, widgets.HBox) else [kind])
                if isinstance(c, (widgets.IntSlider, widgets.Dropdown, widgets.ToggleButtons))]
    jaar, venster, niveau = controls
    # Eerst elk niveau één keer kiezen: de voorbereiding per niveau hoort bij het openen, niet bij elke wijziging.
    for n in niveau.options:
        niveau.value = n
    niveau.value = "bedrijf"

    tijden: dict[str, list[float]] = {"jaar": [], "venster": [], "niveau": []}
    cpu: list[float] = []
    referentie: list[float] = []
    jaren = list(range(jaar.min, jaar.max + 1))
    vensters = [v for _, v in venster.options] if isinstance(venster.options[0], tuple) else list(venster.options)
    for i in range(rondes):
        for naam, control, waarden in (("jaar", jaar, jaren), ("venster", venster, [12, 24, 18, 24]),
                                       ("niveau", niveau, ["vestiging", "concern", "bedrijf"])):
            nieuw = waarden[(waarden.index(control.value) + 1 + i) % len(waarden)] if control.value in waarden \
                else waarden[0]
            if nieuw == control.value:
                nieuw = waarden[(waarden.index(nieuw) + 1) % len(waarden)]
            begin, begin_cpu = time.perf_counter(), time.process_time()
            control.value = nieuw
            tijden[naam].append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        # Referentie in dezelfde ronde: dezelfde gegevens in een NIEUWE figuur van dezelfde grootte, als PNG
        # (WidgetFiguur.vers_png: zo tekende een widget die bij elke wijziging een nieuwe figuur maakt).
        tekst, aantallen, overgangen = rekenaar.bereken(jaar.value, venster.value, niveau.value)
        gegevens = rekenaar.gegevens(jaar.value, aantallen, overgangen)
        begin = time.perf_counter()
        rekenaar.figuur.vers_png(gegevens)
        referentie.append((time.perf_counter() - begin) * 1000)
    alle = [t for lijst in tijden.values() for t in lijst]
    p95, ref = _p95(alle), statistics.median(referentie)
    print(f"== widget 'Waar staan onze klanten?' (belasting {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen) ==")
    print(f"openen (3 niveaus voorbereiden bij eerste keuze niet meegeteld): {opbouw:.0f} ms")
    for naam, lijst in tijden.items():
        print(f"  {naam:<8} mediaan {statistics.median(lijst):6.1f} ms  p95 {_p95(lijst):6.1f} ms  (n={len(lijst)})")
    print(f"  {'alles':<8} mediaan {statistics.median(alle):6.1f} ms  p95 {p95:6.1f} ms  (n={len(alle)})")
    print(f"  CPU-tijd per wijziging: mediaan {statistics.median(cpu):6.1f} ms  p95 {_p95(cpu):6.1f} ms "
          "(minder gevoelig voor andere processen)")
    print(f"  referentie: nieuwe figuur met dezelfde grafiek als PNG, mediaan {ref:6.1f} ms")
    print(f"  verhouding p95 widget / mediaan verse figuur: {p95 / ref:.2f}")
    gehaald = p95 <= 100
    print("SAMENVATTING " + json.dumps({
        "figuur": "widget 'Waar staan onze klanten?': p95 per wijziging (jaar, venster, niveau), met PNG",
        "doel": "p95 ≤ 100 ms per wijziging",
        "gemeten": f"{p95:.1f} ms (mediaan {statistics.median(alle):.1f} ms, n={len(alle)})",
        "verhouding": f"{p95 / ref:.2f}× een verse figuur ({ref:.1f} ms)",
        "gehaald": gehaald,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
