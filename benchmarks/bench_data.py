"""Benchmark van de data: een persoonlijke dataset koud maken, grote tabellen en importtijd.

Wat een student betaalt, is de koude start: een nieuw proces (een nieuwe kernel) dat
een persoonlijke dataset maakt. Daarom meten we in verse processen, met drie
verschillende seeds, en zetten we dat naast de referentie uit dezelfde run: alle
meegeleverde tabellen uit CSV laden in een vers proces.

Doelen (issue 13): ``genereer(seed)`` in een vers proces ≤ 4× alle tabellen uit CSV
laden (zelfde run); 1.000.000 transactieregels ongeveer lineair en in een paar seconden.

Draaien: .venv/bin/python benchmarks/bench_data.py  [--groot]   (--groot: ook 10 miljoen regels)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from klantlib import data

SEEDS = [123456, 240001, 987]


def vers_proces(code: str) -> float:
    """Looptijd van ``code`` in een nieuw Python-proces (import inbegrepen), gemeten in dat proces."""
    meet = f"import time; _s = time.perf_counter()\n{code}\nprint(time.perf_counter() - _s)"
    uit = subprocess.run([sys.executable, "-c", meet], capture_output=True, text=True, check=True)
    return float(uit.stdout.strip().splitlines()[-1])


def belasting() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def samenvatting(figuur: str, doel: str, gemeten: str, verhouding: str, gehaald: bool) -> None:
    regel = dict(figuur=figuur, doel=doel, gemeten=gemeten, verhouding=verhouding, gehaald=bool(gehaald))
    print("SAMENVATTING " + json.dumps(regel, ensure_ascii=False), flush=True)


def main() -> None:
    # Een lege cache voor deze meting (verse processen erven hem): zo meten we echt koud,
    # en de meting schrijft niet in de cache van de gebruiker.
    os.environ["KLANTLIB_CACHE"] = tempfile.mkdtemp(prefix="bench-data-")
    groot = "--groot" in sys.argv
    print(f"== klantlib.data (belasting {belasting()}) ==")
    csv_code = "from klantlib import data\nfor n in data.TABELLEN: data.laad(n)"
    # Om en om meten: referentie en meting zien dezelfde drukte op de machine.
    ref, gen = [], []
    for seed in SEEDS:
        ref.append(vers_proces(csv_code))
        gen.append(vers_proces(f"from klantlib import data\ndata.genereer({seed})"))
    r, g = statistics.median(ref), statistics.median(gen)
    print(f"alle tabellen uit CSV laden (vers proces, mediaan van 3): {r:6.2f} s")
    for seed, t in zip(SEEDS, gen):
        print(f"genereer({seed}) in een vers proces:            {t:6.2f} s  ({t / r:4.1f}× CSV)")
    print(f"mediaan genereer / CSV:                               {g / r:6.2f}×  (doel ≤ 4×)")
    samenvatting("persoonlijke dataset koud maken (vers proces)", "≤ 4× alle CSV laden", f"{g:.2f} s",
                 f"{g / r:.2f}× CSV ({r:.2f} s)", g / r <= 4)
    # Het hele pad van een student: laad() met een seed in een verse kernel (genereren + types zetten +
    # in de cache bewaren; elke seed is hier nieuw, dus koud).
    laad = statistics.median(vers_proces(f"from klantlib import data\ndata.laad('facturen', seed={s})") for s in SEEDS)
    print(f"laad('facturen', seed=...) in een vers proces:        {laad:6.2f} s  ({laad / r:4.1f}× CSV)")
    print(f"belasting nu: {belasting()}")

    data.laad("bedrijven")  # de klanten inlezen hoort niet bij de meting
    data.genereer_transacties(10)
    tijden = {}
    groottes = [250_000, 500_000, 1_000_000] + ([10_000_000] if groot else [])
    for n in groottes:
        start = time.perf_counter()
        data.genereer_transacties(n)
        tijden[n] = time.perf_counter() - start
        print(f"genereer_transacties({n:>10,}):  {tijden[n]:7.2f} s   ({tijden[n] / n * 1e6:.2f} µs per regel)")
    lineair = tijden[1_000_000] / tijden[250_000]
    print(f"verhouding 1M / 250k: {lineair:5.2f}  (lineair = 4)")
    samenvatting("1 miljoen transactieregels maken", "ongeveer lineair (1M/250k ≈ 4)", f"{tijden[1_000_000]:.2f} s",
                 f"1M/250k = {lineair:.2f}", 3 <= lineair <= 5.5)
    if groot:
        tien = tijden[10_000_000] / tijden[1_000_000]
        print(f"verhouding 10M / 1M: {tien:5.2f}  (lineair = 10)")
        samenvatting("10 miljoen transactieregels maken", "ongeveer lineair (10M/1M ≈ 10)",
                     f"{tijden[10_000_000]:.1f} s", f"10M/1M = {tien:.2f}", 7 <= tien <= 14)
    imp = vers_proces("import klantlib")
    print(f"import klantlib (vers proces): {imp:.3f} s")
    samenvatting("import klantlib", "< 1 s", f"{imp:.3f} s", "-", imp < 1)


if __name__ == "__main__":
    main()
