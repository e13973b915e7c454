"""Benchmark: 30 ingeleverde werkboeken nakijken, elk met een eigen persoonlijke seed.

Doel (issue 13): 30 werkboeken met 30 VERSCHILLENDE seeds in ≤ 60 s op deze
machine (2 kernen), met een koude cache aan het begin: ``KLANTLIB_CACHE`` wijst
voor deze run naar een nieuwe, lege tijdelijke map, en de nakijk-kernels erven
die. Elke kernel maakt dus zijn eigen dataset (zoals bij een docent die een klas
voor het eerst nakijkt). Daarna, ter informatie, dezelfde 30 nog eens met een
warme cache (opnieuw nakijken na een correctie).

Naast de seconden: de verhouding tegen een referentie uit dezelfde run (alle
tabellen uit de CSV laden in een nieuw proces) en de load average.

Draaien: ``.venv/bin/python benchmarks/bench_nakijken.py [aantal]``. Controleert
ook dat de cijferlijst klopt (alles goed, de juiste seed per werkboek).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pandas as pd

from klantlib import nakijken

MAP = Path(__file__).resolve().parent.parent
BRON = MAP / "solutions" / "00_welkom_werkboek.ipynb"


def controletijden() -> None:
    """Hoe lang duurt één wb.controleer op de standaarddataset (eerste keer en daarna)?"""
    import nbformat

    from klantlib.oefeningen import Werkboek

    ns: dict = {}
    nb = nbformat.read(BRON, as_version=4)
    for cel in nb.cells:  # voer de code van de uitwerking uit, zonder de controles
        if cel.cell_type == "code" and "wb." not in cel.source:
            exec(cel.source, ns)
    wb = Werkboek("h00", ns)
    eerste, daarna = [], []
    for oefening in wb.oefeningen:
        for lijst in (eerste, daarna):
            start = time.perf_counter()
            assert wb.controleer(oefening.id).goed
            lijst.append(time.perf_counter() - start)
    print(f"controle h00: langzaamste eerste controle {max(eerste) * 1000:.0f} ms, "
          f"daarna {max(daarna) * 1000:.0f} ms (doel: ruim onder 1 s)")


def seeds(aantal: int) -> list[int]:
    """Verschillende seeds die op studentnummers lijken."""
    return [4_100_000 + 7919 * i for i in range(aantal)]


def maak_klas(klas: Path, aantal: int) -> dict[str, int]:
    """``aantal`` kopieën van de uitwerking, elk met in de eerste cel een eigen seed."""
    nb = nbformat.read(BRON, as_version=4)
    cel = next(c for c in nb.cells if c.cell_type == "code" and "Werkboek(" in c.source)
    origineel = cel.source
    assert 'Werkboek("h00", globals())' in origineel, origineel
    per_bestand = {}
    for i, seed in enumerate(seeds(aantal)):
        cel.source = origineel.replace('Werkboek("h00", globals())', f'Werkboek("h00", globals(), seed={seed})')
        naam = f"student_{i:02d}.ipynb"
        nbformat.write(nb, klas / naam)
        per_bestand[naam] = seed
    return per_bestand


def csv_referentie(herhaal: int = 3) -> float:
    """Alle meegeleverde tabellen uit de CSV laden in een nieuw proces (mediaan, s)."""
    code = "from klantlib import data\nfor n in data.TABELLEN: data.laad(n)"
    tijden = []
    for _ in range(herhaal):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=MAP)
        tijden.append(time.perf_counter() - start)
    return statistics.median(tijden)


def kijk_na(klas: Path, uit: Path, per_bestand: dict[str, int]) -> float:
    start = time.perf_counter()
    code = nakijken.main([str(klas), "--uit", str(uit), "--stil"])
    duur = time.perf_counter() - start
    tabel = pd.read_csv(uit)
    if code != 0:
        print(uit.with_suffix(".log").read_text(encoding="utf-8"))
    assert code == 0, f"exitcode {code}"
    assert len(tabel) == len(per_bestand) and (tabel["status"] == "ok").all(), tabel
    aantal_oefeningen = tabel.shape[1] - 4
    assert (tabel["totaal"] == aantal_oefeningen).all(), tabel
    assert dict(zip(tabel["bestand"], tabel["seed"])) == per_bestand, "seed in de cijferlijst klopt niet"
    return duur


def main(aantal: int = 30) -> None:
    controletijden()
    referentie = csv_referentie()
    last_voor = os.getloadavg()
    oud = os.environ.get("KLANTLIB_CACHE")
    with tempfile.TemporaryDirectory(prefix="bench-nakijken-") as tmp:
        klas = Path(tmp) / "klas"
        klas.mkdir()
        per_bestand = maak_klas(klas, aantal)
        cache = Path(tmp) / "cache"  # leeg: koude cache
        os.environ["KLANTLIB_CACHE"] = str(cache)  # de nakijk-werkers en hun kernels erven dit
        try:
            koud = kijk_na(klas, Path(tmp) / "cijfers.csv", per_bestand)
            last_koud = os.getloadavg()
            gemaakt = sorted(p.name for p in cache.glob("persoonlijke-datasets/*/seed-*"))
            warm = kijk_na(klas, Path(tmp) / "cijfers2.csv", per_bestand)
        finally:
            if oud is None:
                os.environ.pop("KLANTLIB_CACHE", None)
            else:
                os.environ["KLANTLIB_CACHE"] = oud
    last_na = os.getloadavg()
    assert gemaakt == sorted(f"seed-{s}" for s in per_bestand.values()), \
        f"de kernels gebruikten de cache van deze run niet ({len(gemaakt)} seeds in de cache)"
    print(f"load average (1 min) voor / na koud / na warm: {last_voor[0]:.2f} / {last_koud[0]:.2f} / "
          f"{last_na[0]:.2f} (2 kernen)")
    print(f"referentie: alle tabellen uit CSV laden in een nieuw proces: {referentie:.2f} s")
    print(f"nakijken: {aantal} werkboeken (h00), {aantal} verschillende seeds, koude cache: {koud:.1f} s "
          f"({koud / aantal:.2f} s per werkboek; {koud / referentie:.0f}× de referentie; doel: 30 in ≤ 60 s)")
    print(f"nakijken: dezelfde {aantal} nog eens, warme cache: {warm:.1f} s "
          f"({warm / aantal:.2f} s per werkboek; {warm / referentie:.0f}× de referentie)")
    doel = 60 * aantal / 30
    print("SAMENVATTING " + json.dumps({
        "figuur": f"nakijken: {aantal} werkboeken, {aantal} persoonlijke seeds, koude cache",
        "doel": f"≤ {doel:.0f} s", "gemeten": f"{koud:.1f} s (warm {warm:.1f} s; load {last_voor[0]:.1f})",
        "verhouding": f"{koud / referentie:.0f}× CSV-laden (alle tabellen, nieuw proces)",
        "gehaald": bool(koud <= doel)}, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
