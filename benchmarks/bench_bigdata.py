"""Benchmark hoofdstuk 05 (big data): widgets, DuckDB tegen pandas, associatieregels, schaal.

Draai: ``.venv/bin/python benchmarks/bench_bigdata.py [--rijen 10000000] [--snel]``

Alle bestanden komen in een tijdelijke map buiten de cursusmap en worden na
afloop verwijderd. Deze machines verschillen 2 tot 3 keer in snelheid van run
tot run; daarom staat naast elke tijd een verhouding tegen een referentie die in
dezelfde run is gemeten. Aan het eind één regel per doel::

    SAMENVATTING {"figuur": ..., "doel": ..., "gemeten": ..., "verhouding": ..., "gehaald": true|false}

De doelen (issue hoofdstuk 05 en issue "snelheid"):

1. Widgets "Hoe groot is big data?" en de regelverkenner: p95 per wijziging
   ≤ 100 ms én ≤ 0,6 × een nieuw getekende figuur van dezelfde grootte (zelfde run).
2. Omzet per concern per maand op 10 miljoen rijen: DuckDB op Parquet minstens
   5 keer zo snel als pandas op dezelfde data uit CSV, de hele weg (lezen,
   koppelen, optellen).
3. Associatieregels (winkelmandjes + FP-growth) op 1 miljoen rijen binnen 30 s,
   met het piekgeheugen van het proces; referentie: de tijd om die miljoen
   rijen te maken.
4. Maken en als Parquet schrijven groeit ongeveer lineair: de helling op een
   log-log-schaal over 1, 3 en 10 miljoen rijen ligt tussen 0,8 en 1,2.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import numpy as np

HIER = Path(__file__).resolve().parent
SAMENVATTING: list[dict] = []


def _regel(figuur: str, doel: str, gemeten: str, verhouding: str, gehaald: bool) -> None:
    SAMENVATTING.append({"figuur": figuur, "doel": doel, "gemeten": gemeten, "verhouding": verhouding,
                         "gehaald": bool(gehaald)})


def _n(getal: int) -> str:
    """Een aantal met een punt tussen de duizendtallen: 10.000.000."""
    return f"{getal:,}".replace(",", ".")


def _p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20)[-1]


def _belasting() -> str:
    return f"belasting van de machine: {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen"


# --------------------------------------------------------------------------- 1. widgets


def _verse_figuur_ms(teken, breedte: float, hoogte: float, herhalingen: int) -> list[float]:
    """Referentie: telkens een nieuwe figuur van dezelfde grootte tekenen en als PNG opslaan."""
    import matplotlib.pyplot as plt

    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        fig, ax = plt.subplots(figsize=(breedte, hoogte), dpi=80)
        teken(ax)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        plt.close(fig)
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def bench_widgets(herhalingen: int) -> None:
    import ipywidgets as widgets
    import matplotlib

    matplotlib.use("Agg")
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.core.pylabtools import select_figure_formats

    shell = InteractiveShell.instance()
    select_figure_formats(shell, {"png"})

    from klantlib import verkennen
    from klantlib.bigdata import associatieregels
    from klantlib.data import laad
    from klantlib.grafieken import regelgrafiek, schaalgrafiek

    print("\n1. Widgets: tijd per wijziging (ms), tekst + grafiek als PNG, zoals in JupyterLab")
    print(f"   ({_belasting()})")

    def controls(box):
        gevonden, rij = [], [box]
        while rij:
            w = rij.pop(0)
            if isinstance(w, (widgets.FloatSlider, widgets.SelectionSlider, widgets.Dropdown)):
                gevonden.append(w)
            rij.extend(getattr(w, "children", ()))
        return gevonden

    # De regelverkenner
    with contextlib.redirect_stdout(io.StringIO()):
        w = verkennen.regelverkenner()
    tijden = []
    with contextlib.redirect_stdout(io.StringIO()):
        for i in range(herhalingen):
            for c in controls(w):
                if isinstance(c, widgets.Dropdown):
                    nieuw = c.options[(list(c.options).index(c.value) + 1) % len(c.options)]
                else:
                    stappen = int(round((c.max - c.min) / c.step))
                    nieuw = c.min + ((i * 7 + 3) % (stappen + 1)) * c.step
                begin = time.perf_counter()
                c.value = nieuw
                tijden.append((time.perf_counter() - begin) * 1000)
    regels = associatieregels(laad("facturen"), min_support=0.002, min_confidence=0.0)
    vers = _verse_figuur_ms(lambda ax: regelgrafiek(regels, min_support=0.01, min_confidence=0.3, ax=ax),
                            6.4, 3.4, herhalingen)
    _widgetregel("regelverkenner", tijden, vers)

    # Hoe groot is big data? (de schuif; meten met de knop hoort er niet bij)
    with contextlib.redirect_stdout(io.StringIO()):
        w = verkennen.hoe_groot(vooraf=(1_000, 10_000, 100_000))
    schuif = next(c for c in controls(w) if isinstance(c, widgets.SelectionSlider))
    waarden = [v for _, v in schuif.options]
    tijden = []
    with contextlib.redirect_stdout(io.StringIO()):
        for i in range(herhalingen * 2):
            begin = time.perf_counter()
            schuif.value = waarden[(waarden.index(schuif.value) + 1 + i % 3) % len(waarden)]
            tijden.append((time.perf_counter() - begin) * 1000)
    from klantlib.bigdata import schaalproef

    proef = schaalproef([1_000, 10_000, 100_000])
    vers = _verse_figuur_ms(lambda ax: schaalgrafiek(proef, wat="grootte", doortrekken_tot=10_000_000, ax=ax),
                            6.4, 3.3, herhalingen)
    _widgetregel("hoe groot is big data (schuif)", tijden, vers)


def _widgetregel(naam: str, tijden: list[float], vers: list[float]) -> None:
    p95, p95_vers = _p95(tijden), _p95(vers)
    verhouding = p95 / p95_vers
    print(f"   {naam:<32} mediaan {statistics.median(tijden):6.1f}  p95 {p95:6.1f}   "
          f"nieuwe figuur p95 {p95_vers:6.1f}   verhouding {verhouding:4.2f}  (n={len(tijden)})")
    _regel(f"widget {naam}: p95 per wijziging", "≤ 100 ms en ≤ 0,6 × nieuwe figuur",
           f"{p95:.0f} ms (nieuwe figuur {p95_vers:.0f} ms)", f"{verhouding:.2f}",
           p95 <= 100 and verhouding <= 0.6)


# --------------------------------------------------------------------------- 2. DuckDB tegen pandas


def bench_duckdb_pandas(rijen: int, map_: Path) -> None:
    import duckdb
    import pandas as pd

    from klantlib.bigdata import SQL_OMZET_PER_CONCERN_MAAND, _lees_csv, omzet_per_concern_maand
    from klantlib.data import genereer_transacties, laad

    print(f"\n2. Omzet per concern per maand op {_n(rijen)} rijen: pandas uit CSV tegen DuckDB op Parquet")
    begin = time.perf_counter()
    transacties = genereer_transacties(rijen)
    maken = time.perf_counter() - begin
    bedrijven = laad("bedrijven")
    begin = time.perf_counter()
    transacties.to_csv(map_ / "transacties.csv", index=False)
    csv_schrijven = time.perf_counter() - begin
    bedrijven.to_csv(map_ / "bedrijven.csv", index=False)
    begin = time.perf_counter()
    transacties.to_parquet(map_ / "transacties.parquet", index=False)
    parquet_schrijven = time.perf_counter() - begin
    bedrijven.to_parquet(map_ / "bedrijven.parquet", index=False)
    del transacties
    mb = {s: sum((map_ / f"{t}.{s}").stat().st_size for t in ("transacties", "bedrijven")) / 1e6
          for s in ("csv", "parquet")}
    print(f"   maken {maken:.1f} s, CSV schrijven {csv_schrijven:.1f} s ({mb['csv']:.0f} MB), "
          f"Parquet schrijven {parquet_schrijven:.1f} s ({mb['parquet']:.0f} MB)")

    begin = time.perf_counter()
    t = _lees_csv(map_ / "transacties.csv", ["factuurdatum", "betaaldatum"])
    b = _lees_csv(map_ / "bedrijven.csv", ["actief_tot"])
    met_pandas = omzet_per_concern_maand(t, b)
    tijd_pandas = time.perf_counter() - begin
    del t

    con = duckdb.connect()
    for naam in ("transacties", "bedrijven"):
        con.execute(f"CREATE VIEW {naam} AS SELECT * FROM read_parquet('{map_ / (naam + '.parquet')}')")
    tijden_duckdb = []
    for _ in range(3):
        begin = time.perf_counter()
        met_duckdb = con.sql(SQL_OMZET_PER_CONCERN_MAAND).df()
        tijden_duckdb.append(time.perf_counter() - begin)
    tijd_duckdb = statistics.median(tijden_duckdb)
    con.close()
    gelijk = len(met_pandas) == len(met_duckdb) and np.allclose(
        met_pandas["omzet"].to_numpy(), met_duckdb["omzet"].to_numpy(), atol=0.011)
    verhouding = tijd_pandas / tijd_duckdb
    print(f"   pandas (read_csv + koppelen + optellen): {tijd_pandas:.1f} s")
    print(f"   DuckDB (Parquet, SQL, mediaan van 3):    {tijd_duckdb:.2f} s   → DuckDB {verhouding:.1f}× zo snel; "
          f"zelfde uitkomst: {'ja' if gelijk else 'NEE'} ({len(met_pandas)} regels)")
    _regel(f"omzet per concern per maand, {_n(rijen)} rijen",
           "DuckDB op Parquet ≥ 5× zo snel als pandas uit CSV", f"pandas {tijd_pandas:.1f} s, DuckDB {tijd_duckdb:.2f} s",
           f"{verhouding:.1f}", verhouding >= 5 and gelijk)
    for bestand in map_.iterdir():
        bestand.unlink()


# --------------------------------------------------------------------------- 3. associatieregels


_REGELS_SCRIPT = textwrap.dedent("""
    import json, resource, time
    from klantlib.bigdata import associatieregels, winkelmandjes
    from klantlib.data import genereer_transacties

    def piek_mb():
        # VmHWM (Linux) hoort bij dit proces; ru_maxrss neemt op Linux de piek van de ouder mee over execve.
        try:
            with open("/proc/self/status") as f:
                for regel in f:
                    if regel.startswith("VmHWM:"):
                        return int(regel.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    begin = time.perf_counter()
    t = genereer_transacties({rijen})
    maken = time.perf_counter() - begin
    voor = piek_mb()
    begin = time.perf_counter()
    regels = associatieregels(t, min_support=0.005, min_confidence=0.1)
    regels_s = time.perf_counter() - begin
    na = piek_mb()
    # Nog een keer, nu met tracemalloc: het geheugen dat het zoeken zelf erbij nodig heeft.
    import tracemalloc
    tracemalloc.start()
    associatieregels(t, min_support=0.005, min_confidence=0.1)
    regels_piek = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({{"maken_s": maken, "regels_s": regels_s, "piek_mb": na, "voor_mb": voor,
                      "regels_piek_mb": regels_piek / 1e6,
                      "orders": int(t["ordernummer"].nunique()), "regels": len(regels),
                      "beste": regels.head(4)[["als", "dan", "lift"]].round(2).values.tolist()}}))
""")


def bench_regels(rijen: int) -> None:
    print(f"\n3. Associatieregels op {_n(rijen)} rijen (in een eigen proces, voor het piekgeheugen)")
    uit = subprocess.run([sys.executable, "-c", _REGELS_SCRIPT.format(rijen=rijen)], capture_output=True, text=True,
                         cwd=HIER.parent)
    if uit.returncode != 0:
        print(uit.stderr[-2000:])
        _regel(f"associatieregels, {_n(rijen)} rijen", "≤ 30 s", "fout", "-", False)
        return
    m = json.loads(uit.stdout.strip().splitlines()[-1])
    verhouding = m["regels_s"] / m["maken_s"]
    print(f"   {m['orders']} orders, {m['regels']} regels; sterkste: {m['beste']}")
    print(f"   regels zoeken {m['regels_s']:.1f} s (referentie: de rijen maken {m['maken_s']:.1f} s, "
          f"verhouding {verhouding:.2f})")
    print(f"   geheugen: het zoeken zelf heeft op zijn hoogst {m['regels_piek_mb']:.0f} MB extra nodig (tracemalloc); "
          f"piek van het hele proces {m['piek_mb']:.0f} MB, waarvan {m['voor_mb']:.0f} MB al vóór het zoeken "
          "(bij het maken van de rijen)")
    _regel(f"associatieregels, {_n(rijen)} rijen", "≤ 30 s (piekgeheugen geprint)",
           f"{m['regels_s']:.1f} s, extra geheugen {m['regels_piek_mb']:.0f} MB (proces {m['piek_mb']:.0f} MB)",
           f"{verhouding:.2f}", m["regels_s"] <= 30)


# --------------------------------------------------------------------------- 4. lineaire groei


def bench_groei(groottes: list[int], map_: Path) -> None:
    from klantlib.data import genereer_transacties

    print("\n4. Maken en als Parquet schrijven: groeit het lineair?")
    tijden = []
    for n in groottes:
        begin = time.perf_counter()
        t = genereer_transacties(n)
        t.to_parquet(map_ / "groei.parquet", index=False)
        tijden.append(time.perf_counter() - begin)
        del t
        (map_ / "groei.parquet").unlink()
        print(f"   {_n(n):>12} rijen: {tijden[-1]:6.2f} s  ({tijden[-1] / n * 1e6:.2f} µs per rij)")
    helling = float(np.polyfit(np.log10(groottes), np.log10(tijden), 1)[0])
    print(f"   helling op log-log-schaal: {helling:.2f} (1 = lineair)")
    _regel("maken + Parquet schrijven: groei", "helling 0,8–1,2 (lineair)", f"helling {helling:.2f}",
           f"{tijden[-1] / tijden[0]:.1f} bij {groottes[-1] // groottes[0]}× zoveel rijen", 0.8 <= helling <= 1.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rijen", type=int, default=10_000_000, help="rijen voor DuckDB tegen pandas")
    parser.add_argument("--snel", action="store_true", help="kleinere aantallen (om het script te proberen)")
    args = parser.parse_args()
    rijen = 200_000 if args.snel else args.rijen
    with tempfile.TemporaryDirectory(prefix="klantlib-bench05-") as tijdelijk:
        map_ = Path(tijdelijk)
        bench_widgets(herhalingen=10 if args.snel else 40)
        bench_duckdb_pandas(rijen, map_)
        bench_regels(100_000 if args.snel else 1_000_000)
        bench_groei([100_000, 300_000, 1_000_000] if args.snel else [1_000_000, 3_000_000, 10_000_000], map_)
    print()
    for regel in SAMENVATTING:
        print("SAMENVATTING " + json.dumps(regel, ensure_ascii=False))


if __name__ == "__main__":
    main()
