"""Benchmark: 30 ingeleverde werkboeken van één hoofdstuk nakijken.

Doel: onder een minuut op deze machine (2 kernen). Draai met
``.venv/bin/python benchmarks/bench_nakijken.py [aantal]``.
Print de tijd en controleert dat de cijferlijst klopt.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def main(aantal: int = 30) -> None:
    controletijden()
    with tempfile.TemporaryDirectory() as tmp:
        klas = Path(tmp) / "klas"
        klas.mkdir()
        for i in range(aantal):
            shutil.copy(BRON, klas / f"student_{i:02d}.ipynb")
        uit = Path(tmp) / "cijfers.csv"
        start = time.perf_counter()
        code = nakijken.main([str(klas), "--uit", str(uit), "--stil"])
        duur = time.perf_counter() - start
        tabel = pd.read_csv(uit)
        log = uit.with_suffix(".log").read_text(encoding="utf-8")
    if code != 0:
        print(log)
    assert code == 0, f"exitcode {code}"
    assert len(tabel) == aantal and (tabel["status"] == "ok").all()
    aantal_oefeningen = tabel.shape[1] - 4
    assert (tabel["totaal"] == aantal_oefeningen).all(), tabel
    print(f"nakijken: {aantal} werkboeken (h00) in {duur:.1f} s "
          f"({duur / aantal:.2f} s per werkboek; doel: 30 in < 60 s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
