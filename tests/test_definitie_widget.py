"""Tests voor de widget "Hoeveel klanten hebben we?" (hoofdstuk 01) en zijn grafiek."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from klantlib import grafieken, verkennen  # noqa: E402
from klantlib.definitie import BASISSEN, tel_klanten  # noqa: E402
from klantlib._compat import TEKST

PEIL = "2025-12-31"


def _bedrijven():
    return pd.DataFrame({
        "vestigingsnummer": ["000000000001", "000000000002", "000000000003"],
        "kvk_nummer": ["10000001", "10000002", "20000001"],
        "bedrijfsnaam": ["Alfa Groep Holding B.V.", "Alfa Bouw B.V.", "Beta Techniek V.O.F."],
        "concern_kvk": ["10000001", "10000001", "20000001"],
        "concernnaam": ["Alfa Groep", "Alfa Groep", "Beta Techniek"],
    })


def _facturen():
    f = pd.DataFrame({
        "factuurnummer": ["F1", "F2", "F3", "F4", "F5"],
        "factuurdatum": pd.to_datetime(["2025-03-01", "2025-04-01", "2025-06-01", "2025-06-10", "2024-05-01"]),
        "betaaldatum": pd.to_datetime(["2025-03-20", None, "2025-06-30", None, "2024-06-01"]),
        "klantnaam": ["Alfa Groep Holding B.V.", "Alfa Bouw B.V.", "Beta Techniek", "Beta Techniek",
                      "Alfa Bouw"],
        "vestigingsnummer": ["000000000001", "000000000002", "000000000003", "000000000003", "000000000002"],
        "soort": ["factuur", "factuur", "factuur", "retour", "factuur"],
        "bedrag": [100.0, 200.0, 300.0, -300.0, 50.0],
        "business_unit": ["A", "B", "A", "A", "A"],
    })
    f["vestigingsnummer"] = f["vestigingsnummer"].astype(TEKST)
    return f


def _contracten():
    return pd.DataFrame({
        "vestigingsnummer": ["000000000003"],
        "business_unit": ["C"],
        "getekend_op": pd.to_datetime(["2025-10-01"]),
        "ingangsdatum": pd.to_datetime(["2026-01-01"]),
        "einddatum": pd.to_datetime([None]),
    })


def test_tekst_met_de_hand():
    # Laatste factuur 10-06-2025 -> peildatum 30-06-2025; 12 maanden: F1-F4 (F5 valt erbuiten)
    # vestigingen 1, 2 en 3 -> bedrijven 10000001, 10000002, 20000001
    tekst = verkennen.klantenteller_tekst(_facturen(), bedrijven=_bedrijven())
    assert tekst == (
        "<b>3 klanten</b><br>Basis: gefactureerd (bruto) · periode: 12 maanden tot en met 30-06-2025 · "
        "niveau: bedrijf (KvK-nummer) · per business unit: nee"
    )


def test_tekst_enkelvoud_en_per_business_unit():
    # netto, concern: Alfa Groep 300, Beta 0 -> 1 klant
    tekst = verkennen.klantenteller_tekst(_facturen(), basis="netto", niveau="concern", bedrijven=_bedrijven())
    assert tekst.startswith("<b>1 klant</b><br>Basis: netto gefactureerd")
    # factuur, concern, per business unit: Alfa A, Alfa B, Beta A -> 3
    tekst = verkennen.klantenteller_tekst(_facturen(), niveau="concern", per_business_unit=True,
                                          bedrijven=_bedrijven())
    assert tekst.startswith("<b>3 klanten (per business unit geteld)</b>")
    assert tekst.endswith("per business unit: ja")
    # 24 maanden en een eigen peildatum
    tekst = verkennen.klantenteller_tekst(_facturen(), periode_maanden=24, peildatum="2025-06-30",
                                          niveau="vestiging")
    assert "24 maanden tot en met 30-06-2025" in tekst and tekst.startswith("<b>3 klanten</b>")


def test_tekst_geeft_nederlandse_fout_door():
    with pytest.raises(ValueError, match="basis='omzet' is onbekend"):
        verkennen.klantenteller_tekst(_facturen(), basis="omzet", bedrijven=_bedrijven())


def test_aantallen_per_basis_gelijk_aan_tel_klanten():
    teller = verkennen._Klantenteller(_facturen(), _contracten(), _bedrijven(), peildatum=PEIL)
    aantallen = teller.aantallen(periode_maanden=12, niveau="bedrijf", per_business_unit=False)
    assert list(aantallen.index) == list(BASISSEN)
    for basis in BASISSEN:
        assert aantallen[basis] == tel_klanten(_facturen(), basis=basis, periode_maanden=12, peildatum=PEIL,
                                               niveau="bedrijf", contracten=_contracten(), bedrijven=_bedrijven())
    # getekend: Beta (C, getekend 1-10-2025); ingang: niemand (start 2026);
    # factuur: 3 bedrijven; netto: Beta valt af (300 - 300); betaald: F1 en F3
    assert aantallen.tolist() == [1, 0, 3, 2, 2]


def test_widget_dom_en_bijwerken():
    plt.close("all")
    w = verkennen.klantenteller(_facturen(), contracten=_contracten(), bedrijven=_bedrijven())
    assert "klantlib-widget" in w._dom_classes and "klantlib-klantenteller" in w._dom_classes
    basis, rij, niveau, resultaat, uitvoer = w.children
    periode, per_bu = rij.children
    assert "klantlib-resultaat" in resultaat._dom_classes
    assert [basis.description, periode.description, niveau.description, per_bu.description] == [
        "Basis", "Periode", "Niveau", "Per business unit"]
    args = {"contracten": _contracten(), "bedrijven": _bedrijven()}
    assert resultaat.value == verkennen.klantenteller_tekst(_facturen(), **args)
    basis.value = "netto"
    niveau.value = "concern"
    assert resultaat.value == verkennen.klantenteller_tekst(_facturen(), basis="netto", niveau="concern", **args)
    per_bu.value = True
    periode.value = 24
    assert resultaat.value == verkennen.klantenteller_tekst(
        _facturen(), basis="netto", niveau="concern", per_business_unit=True, periode_maanden=24, **args)
    assert type(uitvoer).__name__ == "Image" and uitvoer.value[:4] == b"\x89PNG"  # de grafiek als PNG
    assert plt.get_fignums() == []  # figuren zijn gesloten


def test_widget_zonder_contracten_biedt_geen_contractbases():
    w = verkennen.klantenteller(_facturen(), bedrijven=_bedrijven())
    assert list(w.children[0].options) == ["factuur", "netto", "betaald"]


def test_klanten_per_definitie_staven_en_kleur():
    ax = grafieken.klanten_per_definitie(pd.Series({"netto": 2, "factuur": 3}), gekozen="factuur")
    hoogtes = [p.get_height() for p in ax.patches]
    assert hoogtes == [2, 3]
    assert ax.patches[0].get_facecolor() != ax.patches[1].get_facecolor()
    assert ax.get_ylabel() == "Aantal klanten"
    plt.close(ax.figure)


def test_definitiematrix_grafiek_groepen():
    m = pd.DataFrame({(12, "bedrijf"): [5, 4], (24, "bedrijf"): [7, 6]}, index=["factuur", "netto"])
    ax = grafieken.definitiematrix_grafiek(m)
    assert sorted(p.get_height() for p in ax.patches) == [4, 5, 6, 7]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["factuur", "netto"]
    plt.close(ax.figure)
