"""Dezelfde uitkomst, hoe de tekst ook is opgeslagen.

definitie.py rekent met Arrow als een tekstkolom Arrow-tekst is (pandas 3 met
pyarrow) en anders met Python-objecten. Beide wegen moeten precies hetzelfde
antwoord en dezelfde foutmeldingen geven.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from klantlib import definitie as d
from klantlib._compat import PANDAS_3, TEKST_PYTHON
from klantlib.data import laad

pa = pytest.importorskip("pyarrow") if PANDAS_3 else None
OPSLAG = ["object", "python"] + (["pyarrow"] if PANDAS_3 else [])


def _als(df: pd.DataFrame, opslag: str) -> pd.DataFrame:
    uit = df.copy()
    for kolom in uit.columns:
        if uit[kolom].dtype == object or isinstance(uit[kolom].dtype, pd.StringDtype):
            if opslag == "object":
                uit[kolom] = uit[kolom].astype(object)
            elif opslag == "python":
                uit[kolom] = uit[kolom].astype(TEKST_PYTHON)
            else:
                uit[kolom] = uit[kolom].astype(pd.StringDtype("pyarrow", na_value=np.nan))
    return uit


@pytest.fixture(scope="module")
def cursusdata():
    facturen = laad("facturen")
    # Een paar rijen zonder vestigingsnummer: die worden op naam gekoppeld.
    facturen.loc[facturen.index[:40], "vestigingsnummer"] = np.nan
    return facturen, laad("contracten"), laad("bedrijven")


@pytest.mark.parametrize("opslag", OPSLAG)
def test_zelfde_aantallen_en_klanten(cursusdata, opslag):
    facturen, contracten, bedrijven = cursusdata
    verwacht = d.definitiematrix(_als(facturen, "object"), periodes=(12, 36), per_business_unit=True,
                                 contracten=_als(contracten, "object"), bedrijven=_als(bedrijven, "object"))
    uit = d.definitiematrix(_als(facturen, opslag), periodes=(12, 36), per_business_unit=True,
                            contracten=_als(contracten, opslag), bedrijven=_als(bedrijven, opslag))
    pd.testing.assert_frame_equal(uit, verwacht)
    k_verwacht = d.klanten(_als(facturen, "object"), basis="netto", periode_maanden=24, niveau="concern",
                           per_business_unit=True, bedrijven=_als(bedrijven, "object"))
    k = d.klanten(_als(facturen, opslag), basis="netto", periode_maanden=24, niveau="concern",
                  per_business_unit=True, bedrijven=_als(bedrijven, opslag))
    pd.testing.assert_frame_equal(k, k_verwacht)
    assert k.attrs["niet_gekoppeld"] == k_verwacht.attrs["niet_gekoppeld"]


@pytest.mark.parametrize("opslag", OPSLAG)
def test_zelfde_meldingen(opslag):
    f = pd.DataFrame({
        "factuurnummer": ["F1", "F2", "F3"],
        "factuurdatum": pd.to_datetime(["2025-03-01"] * 3),
        "klantnaam": ["A B.V.", "B B.V.", "C B.V."],
        "soort": ["factuur", None, "retour"],
        "bedrag": [1.0, -2.0, -1.0],
    })
    with pytest.raises(ValueError, match=r"Kolom 'soort' in facturen is leeg \(factuurnummer 'F2'\)"):
        d.tel_klanten(_als(f, opslag))
    f["soort"] = ["factuur", "korting", "retour"]
    with pytest.raises(ValueError, match=r"bevat 'korting' \(factuurnummer 'F2'\)"):
        d.tel_klanten(_als(f, opslag))
    f["soort"] = ["factuur", "creditnota", "retour"]
    assert d.tel_klanten(_als(f, opslag), niveau="vestiging") == 1
    assert d.tel_klanten(_als(f, opslag), basis="netto", niveau="vestiging") == 1
