"""Benchmark van de funnelcalculator (hoofdstuk 06): tijd per wijziging.

Draai: ``.venv/bin/python benchmarks/bench_funnel.py``

Elke wijziging van een schuif laat de widget de tabel én de funnelgrafiek
opnieuw maken. Met een IPython-shell en de inline-backend wordt de grafiek
echt naar PNG omgezet, zoals in JupyterLab. Doel: p95 onder 100 ms.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import time

import ipywidgets as widgets
from IPython.core.interactiveshell import InteractiveShell


def main(herhalingen: int = 60) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from IPython.core.pylabtools import select_figure_formats

    shell = InteractiveShell.instance()
    select_figure_formats(shell, {"png"})  # zoals de inline-backend: elke figuur wordt een PNG

    from klantlib.verkennen import funnelcalculator

    with contextlib.redirect_stdout(io.StringIO()):
        w = funnelcalculator()
    schuiven = [c for c in w.children[0].children if isinstance(c, widgets.IntSlider)]
    tijden: dict[str, list[float]] = {s.description: [] for s in schuiven}
    cpu: list[float] = []
    with contextlib.redirect_stdout(io.StringIO()):
        for i in range(herhalingen):
            for s in schuiven:
                nieuw = s.min + (s.value - s.min + 7 + i) % (s.max - s.min + 1)
                start, start_cpu = time.perf_counter(), time.process_time()
                s.value = nieuw
                tijden[s.description].append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
    alles = [t for lijst in tijden.values() for t in lijst]
    import os

    print("funnelcalculator: tijd per wijziging (ms), inclusief PNG van de grafiek")
    print(f"  (belasting van de machine: {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen)")
    for naam, lijst in tijden.items():
        p95 = statistics.quantiles(lijst, n=20)[-1]
        print(f"  {naam:<24} mediaan {statistics.median(lijst):6.1f}  p95 {p95:6.1f}  (n={len(lijst)})")
    p95 = statistics.quantiles(alles, n=20)[-1]
    print(f"  {'alle wijzigingen':<24} mediaan {statistics.median(alles):6.1f}  p95 {p95:6.1f}  "
          f"doel < 100 ms: {'gehaald' if p95 < 100 else 'NIET gehaald'}")
    p95_cpu = statistics.quantiles(cpu, n=20)[-1]
    print(f"  {'CPU-tijd (alle)':<24} mediaan {statistics.median(cpu):6.1f}  p95 {p95_cpu:6.1f}  "
          "(minder gevoelig voor andere processen op de machine)")


if __name__ == "__main__":
    main()
