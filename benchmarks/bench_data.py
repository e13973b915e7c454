"""Benchmark van de data: genereren, grote tabellen en importtijd.

Doelen (issue 2): standaarddataset < 3 s; 1.000.000 factuurregels < 5 s en
ongeveer lineair; `import klantlib` < 1 s. Ter vergelijking: een basislijn die
per rij faker aanroept, in dezelfde run, met de verhouding.

Draaien: .venv/bin/python benchmarks/bench_data.py
"""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pandas as pd
from faker import Faker

from klantlib import data


def _tijd(functie, herhaal: int = 1) -> float:
    tijden = []
    for _ in range(herhaal):
        start = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - start)
    return min(tijden)


def faker_per_rij(n: int) -> pd.DataFrame:
    """Zoals het vaak gaat: per rij faker en random aanroepen."""
    fake = Faker("nl_NL")
    fake.seed_instance(1)
    rijen = []
    for i in range(n):
        rijen.append({
            "factuurnummer": str(2025_000_000 + i),
            "factuurdatum": fake.date_between(start_date=data.BEGINDATUM, end_date=data.EINDDATUM),
            "klantnaam": fake.company(),
            "bedrag": round(fake.pyfloat(min_value=10, max_value=5000), 2),
        })
    return pd.DataFrame(rijen)


def main() -> None:
    print("== klantlib.data ==")
    def importtijd(module: str) -> float:
        code = f"import time; s=time.perf_counter(); import {module}; print(time.perf_counter()-s)"
        return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
                   for _ in range(3))

    t_import = importtijd("klantlib")
    print(f"import klantlib:                      {t_import:6.3f} s   (doel < 1 s)")
    print(f"import klantlib.data (met pandas):    {importtijd('klantlib.data'):6.3f} s")
    t_std = _tijd(lambda: data.genereer(seed=data.STANDAARD_SEED), herhaal=2)
    print(f"standaarddataset genereren:           {t_std:6.3f} s   (doel < 3 s)")
    data.laad("bedrijven")  # bedrijven inlezen hoort niet bij de meting
    tijden = {}
    for n in (250_000, 500_000, 1_000_000):
        tijden[n] = _tijd(lambda n=n: data.genereer_transacties(n), herhaal=2)
        print(f"genereer_transacties({n:>9,}):      {tijden[n]:6.3f} s   ({tijden[n] / n * 1e6:.2f} µs per rij)")
    lineair = tijden[1_000_000] / tijden[250_000]
    print(f"verhouding 1M / 250k:                 {lineair:6.2f}     (lineair = 4)")
    n_basis = 20_000
    t_basis = _tijd(lambda: faker_per_rij(n_basis))
    basis_1m = t_basis / n_basis * 1_000_000
    print(f"faker per rij, {n_basis:,} rijen:         {t_basis:6.3f} s   (≈ {basis_1m:,.0f} s voor 1M)")
    print(f"verhouding faker-per-rij / klantlib:  {basis_1m / tijden[1_000_000]:6.0f}×")
    print(f"doelen gehaald: standaard {'ja' if t_std < 3 else 'NEE'}, 1M {'ja' if tijden[1_000_000] < 5 else 'NEE'}, "
          f"import {'ja' if t_import < 1 else 'NEE'}")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
