"""Benchmark: persoonlijke datasets uit de cache (issue 13).

Wat een student betaalt, elke keer in een NIEUW proces (zoals een nieuwe kernel
of een herstart):

- koud: lege cache, de dataset wordt gemaakt en bewaard;
- warm: een tweede nieuw proces laadt dezelfde seed uit de cache;
- referentie: dezelfde tabel(len) uit de meegeleverde CSV (``laad(naam)``
  zonder seed), in dezelfde run, afwisselend met de warme metingen.

Gemeten wordt de tijd van de ``laad``-aanroepen in het nieuwe proces (na
``import klantlib.data``; eerste imports binnen ``laad``, zoals pyarrow.parquet,
tellen mee), en ter informatie de hele procestijd. Doel: warm ≤ 2× CSV, voor één
tabel (facturen, de grootste) en voor alle tabellen.

De cache staat tijdens de meting in een nieuwe tijdelijke map (``KLANTLIB_CACHE``),
nooit in je eigen cache. Let op: de koude tijd hangt vooral af van de generator
(zie bench_data.py); de warme tijd niet.

Draaien: .venv/bin/python benchmarks/bench_cache.py [herhalingen]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAP = Path(__file__).resolve().parent.parent
EEN = "facturen"

_KIND = r"""
import json, sys, time
t0 = time.perf_counter()
from klantlib import data
t1 = time.perf_counter()
seed = None if sys.argv[1] == "-" else int(sys.argv[1])
namen = data.TABELLEN if sys.argv[2] == "*" else sys.argv[2].split(",")
maken = []
_origineel = data._genereer_getypt
def _gemeten(s):  # hoeveel van laad() is de generator zelf (de rest: cache lezen/bewaren)
    m = time.perf_counter()
    uit = _origineel(s)
    maken.append(time.perf_counter() - m)
    return uit
data._genereer_getypt = _gemeten
for naam in namen:
    data.laad(naam, seed=seed)
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "laad": t2 - t1, "maken": sum(maken)}))
"""


def _proces(seed: int | None, namen: str, env: dict) -> dict:
    start = time.perf_counter()
    uit = subprocess.run([sys.executable, "-c", _KIND, "-" if seed is None else str(seed), namen],
                         capture_output=True, text=True, env=env, cwd=MAP, check=True)
    meting = json.loads(uit.stdout.strip().splitlines()[-1])
    meting["proces"] = time.perf_counter() - start
    if "Waarschuwing" in uit.stderr:
        print(uit.stderr, file=sys.stderr)
    return meting


def _mediaan(metingen: list[dict], sleutel: str) -> float:
    return statistics.median(m[sleutel] for m in metingen)


def samenvatting(figuur: str, doel: str, gemeten: str, verhouding: str, gehaald: bool) -> str:
    return "SAMENVATTING " + json.dumps({"figuur": figuur, "doel": doel, "gemeten": gemeten,
                                         "verhouding": verhouding, "gehaald": bool(gehaald)}, ensure_ascii=False)


def main(herhalingen: int = 5) -> None:
    print("== persoonlijke datasets: cache (nieuwe processen) ==")
    last_voor = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        env = dict(os.environ, KLANTLIB_CACHE=tmp, PYTHONDONTWRITEBYTECODE="1")
        assert all(m["maken"] == 0 for m in [_proces(None, EEN, env)])  # warmdraaien (bestanden in de schijfcache van het OS)

        # koud: elke meting een nieuwe seed, dus een lege cache voor die seed
        nieuwe_seeds = iter(range(900_001, 901_000))
        koud = {EEN: [], "*": []}
        for _ in range(3):
            for namen in (EEN, "*"):
                koud[namen].append(_proces(next(nieuwe_seeds), namen, env))

        # warm en CSV door elkaar, zodat drukte op de machine beide gelijk raakt
        seed = 900_001  # al in de cache (eerste koude meting hierboven)
        _proces(seed, "*", env)  # zeker weten dat alle tabellen van deze seed er staan
        warm = {EEN: [], "*": []}
        csv = {EEN: [], "*": []}
        for _ in range(herhalingen):
            for namen in (EEN, "*"):
                csv[namen].append(_proces(None, namen, env))
                warm[namen].append(_proces(seed, namen, env))
        seedmappen = list(Path(tmp).glob("persoonlijke-datasets/*/seed-*"))
        grootte = sum(p.stat().st_size for p in seedmappen[0].iterdir()) if seedmappen else 0
    last_na = os.getloadavg()

    regels = []
    print(f"load average voor/na: {last_voor[0]:.2f} / {last_na[0]:.2f} (2 kernen)")
    print(f"cache per seed op schijf: {grootte / 1e6:.2f} MB")
    print(f"{'':44s} {'laad()':>8s} {'× CSV':>7s} {'proces':>8s} {'× CSV':>7s}")
    for namen, label in ((EEN, f"één tabel ({EEN})"), ("*", "alle tabellen")):
        c_laad, c_proc = _mediaan(csv[namen], "laad"), _mediaan(csv[namen], "proces")
        for naam, metingen in ((f"CSV, {label}", csv[namen]), (f"koud (maken + bewaren), {label}", koud[namen]),
                               (f"warm (tweede proces), {label}", warm[namen])):
            m_laad, m_proc = _mediaan(metingen, "laad"), _mediaan(metingen, "proces")
            print(f"{naam:44s} {m_laad:7.3f}s {m_laad / c_laad:6.1f}× {m_proc:7.2f}s {m_proc / c_proc:6.2f}×")
        w = _mediaan(warm[namen], "laad")
        regels.append(samenvatting(
            f"persoonlijke seed uit de cache, {label}, nieuw proces",
            "≤ 2× dezelfde tabel(len) uit de CSV (laad zonder seed)",
            f"{w:.3f} s (CSV {c_laad:.3f} s; hele proces {_mediaan(warm[namen], 'proces'):.2f} s)",
            f"{w / c_laad:.2f}× CSV", w / c_laad <= 2))
    for namen, label in ((EEN, f"één tabel ({EEN})"), ("*", "alle tabellen")):
        extra = [m["laad"] - m["maken"] for m in koud[namen]]
        deel = [(m["laad"] - m["maken"]) / m["maken"] for m in koud[namen]]
        print(f"koud, {label}: daarvan de generator {_mediaan(koud[namen], 'maken'):.2f} s, cache (bewaren) "
              f"{statistics.median(extra):.2f} s = {100 * statistics.median(deel):.0f}% extra (zelfde proces)")
    print("let op: de koude tijd hangt vooral af van de generator (zie bench_data.py), de warme niet.")
    for regel in regels:
        print(regel)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
