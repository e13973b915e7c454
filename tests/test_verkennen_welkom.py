"""De omzetverkenner van les 00: de tekst klopt met een eigen berekening."""

from __future__ import annotations

import pandas as pd

from klantlib import verkennen
from klantlib.data import laad


def test_omzet_tekst_op_de_echte_data():
    f = laad("facturen")
    jaar = f[f["factuurdatum"].dt.year == 2023]
    verwacht = round(jaar.loc[jaar["business_unit"] == "ICT-werkplek", "bedrag"].sum())
    tekst = verkennen.omzet_tekst(f, 2023, "ICT-werkplek")
    getal = int(tekst.split("€ ")[1].split("<")[0].replace(".", ""))
    assert getal == verwacht


def test_omzet_verkenner_reageert_op_de_schuif():
    f = laad("facturen")
    w = verkennen.omzet_verkenner(f)
    assert "klantlib-widget" in w._dom_classes and "klantlib-omzetverkenner" in w._dom_classes
    schuif = w.children[0].children[0]
    resultaat = w.children[1]
    assert "klantlib-resultaat" in resultaat._dom_classes
    assert "2021" in resultaat.value
    schuif.value = 2024
    assert resultaat.value == verkennen.omzet_tekst(f, 2024)


def test_lege_selectie_geeft_nul():
    f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2020-01-01"]), "business_unit": ["A"], "bedrag": [5.0]})
    assert verkennen.omzet_tekst(f, 2024) == "<b>Omzet in 2024 (Alle business units): € 0</b>"
