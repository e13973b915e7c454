"""Tests voor de widget "Waar staan onze klanten?" (hoofdstuk 02): de pure tekstfunctie en de widgetlogica."""

from __future__ import annotations

import re

import ipywidgets as widgets
import matplotlib
import pytest

matplotlib.use("Agg")

from klantlib.data import laad  # noqa: E402
from klantlib.verkennen import _WaarStaanFiguur, waar_staan_klanten, waar_staan_klanten_tekst  # noqa: E402
from tests.test_cyclus import _bedrijven, _facturen  # noqa: E402


def _tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_tekst_op_de_handwereld():
    # Zie tests/test_cyclus.py: eind 2025 (24/12) 4 potentieel, 5 nieuw, 4 loyaal, 1 ex-klant.
    # Van eind 2024 naar eind 2025: gewonnen = potentieel/nog onbekend -> klant = 3 + 1, teruggewonnen = 1 (Eta),
    # behouden = nieuw/loyaal -> nieuw/loyaal = 2 + 2, verloren = 1 (Kappa).
    t = _tekst(waar_staan_klanten_tekst(_facturen(), bedrijven=_bedrijven(), jaar=2025))
    assert t == ("Eind 2025: 9 klanten (bedrijf, ex-klant na 24 maanden zonder aankoop) potentieel 4 · nieuw 5 · "
                 "loyaal 4 · ex-klant 1 Van eind 2024 naar eind 2025: gewonnen 4 · teruggewonnen 1 · behouden 4 · "
                 "verloren 1")


def test_tekst_eerste_jaar_zonder_stromen():
    t = _tekst(waar_staan_klanten_tekst(_facturen(), bedrijven=_bedrijven(), jaar=2022))
    assert "Eind 2022" in t and "niet te zien" in t


def test_tekst_foute_invoer():
    with pytest.raises(ValueError, match="jaar"):
        waar_staan_klanten_tekst(_facturen(), bedrijven=_bedrijven(), jaar=2026)
    with pytest.raises(ValueError, match="ex_na_maanden"):
        waar_staan_klanten_tekst(_facturen(), bedrijven=_bedrijven(), ex_na_maanden=0)
    with pytest.raises(ValueError, match="niveau"):
        waar_staan_klanten_tekst(_facturen(), bedrijven=_bedrijven(), niveau="klant")


def _zoek(box, soort):
    gevonden = []
    for kind in getattr(box, "children", ()):
        if isinstance(kind, soort):
            gevonden.append(kind)
        gevonden += _zoek(kind, soort)
    return gevonden


def test_widget_volgt_de_pure_functie():
    f, b = laad("facturen"), laad("bedrijven")
    w = waar_staan_klanten()
    assert "klantlib-widget" in w._dom_classes and "klantlib-waar-staan-klanten" in w._dom_classes
    resultaat = [h for h in _zoek(w, widgets.HTML) if "klantlib-resultaat" in h._dom_classes]
    assert len(resultaat) == 1
    assert resultaat[0].value == waar_staan_klanten_tekst(f, bedrijven=b)
    jaar = _zoek(w, widgets.IntSlider)[0]
    venster = _zoek(w, widgets.Dropdown)[0]
    niveau = _zoek(w, widgets.ToggleButtons)[0]
    assert (jaar.description, venster.description, niveau.description) == ("Eind van het jaar", "Ex-klant na",
                                                                           "Niveau")
    plaatje = _zoek(w, widgets.Image)[0]
    voor = plaatje.value
    jaar.value = 2024
    assert resultaat[0].value == waar_staan_klanten_tekst(f, bedrijven=b, jaar=2024)
    assert plaatje.value != voor and plaatje.value[:4] == b"\x89PNG"
    venster.value = 12
    niveau.value = "concern"
    assert resultaat[0].value == waar_staan_klanten_tekst(f, bedrijven=b, jaar=2024, ex_na_maanden=12,
                                                          niveau="concern")


def test_widget_geeft_melding_in_plaats_van_fout():
    w = waar_staan_klanten(_facturen(), bedrijven=_bedrijven())
    resultaat = [h for h in _zoek(w, widgets.HTML) if "klantlib-resultaat" in h._dom_classes][0]
    _zoek(w, widgets.Dropdown)[0].value = 36
    _zoek(w, widgets.IntSlider)[0].value = 2022
    assert "Dit kan niet" in resultaat.value and "vóór" in resultaat.value  # venster valt voor de data
    assert "Traceback" not in resultaat.value


def test_figuur_wordt_hergebruikt():
    figuur = _WaarStaanFiguur()
    import pandas as pd

    aantallen = pd.Series({"potentieel": 3, "nieuw": 1, "loyaal": 5, "ex-klant": 2})
    overgangen = pd.DataFrame([[2, 1, 0, 0], [0, 0, 1, 0], [0, 0, 4, 1], [1, 0, 0, 1]],
                              index=["potentieel", "nieuw", "loyaal", "ex-klant"],
                              columns=["potentieel", "nieuw", "loyaal", "ex-klant"])
    een = figuur.werk_bij(2025, aantallen, overgangen)
    assert len(figuur.banden.get_paths()) == 7  # elk vak > 0 is één band
    assert figuur.teksten_rechts["loyaal"].get_text() == "loyaal (5)"
    assert figuur.teksten_links["ex-klant"].get_text() == "ex-klant (2)"
    twee = figuur.werk_bij(2024, aantallen, None, "geen stromen")
    assert een != twee and len(figuur.banden.get_paths()) == 0
    assert figuur.melding.get_text() == "geen stromen"
