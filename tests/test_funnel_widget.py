"""Tests voor de funnelcalculator: de pure tekstfunctie en de widgetlogica."""

import re

import ipywidgets as widgets
import matplotlib
import pytest

matplotlib.use("Agg")

from klantlib.verkennen import FUNNEL_STANDAARD, funnelcalculator, funnelcalculator_tekst


def tekst_zonder_tags(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_tekst_blogvoorbeeld():
    t = tekst_zonder_tags(funnelcalculator_tekst(10, [0.25, 0.2, 0.5]))
    assert "Voor 10 klanten heb je bovenaan 400 contacten nodig (fase gebeld): 40 per nieuwe klant." in t
    assert "gebeld 400 25 % 2,5 %" in t
    assert "prospect 100 20 % 10 %" in t
    assert "offerte 20 50 % 50 %" in t
    assert "klant 10 100 %" in t


def test_tekst_laat_afronden_zien():
    # 3 klanten bij 40 %: 7,5 -> 8 offertes; echte conversie 37,5 %.
    t = tekst_zonder_tags(funnelcalculator_tekst(3, {"offerte": 0.4}))
    assert "offerte 8 37,5 % 37,5 %" in t
    assert "2,7 per nieuwe klant" in t
    assert "Voor 3 klanten heb je bovenaan 8 contacten nodig (fase offerte)" in t


def test_tekst_foute_invoer():
    with pytest.raises(ValueError, match="conversie"):
        funnelcalculator_tekst(10, [0.25, 0.0])
    with pytest.raises(ValueError, match="doel"):
        funnelcalculator_tekst(-1, [0.5])


def _zoek(box, soort):
    gevonden = []
    for kind in getattr(box, "children", ()):
        if isinstance(kind, soort):
            gevonden.append(kind)
        gevonden += _zoek(kind, soort)
    return gevonden


def test_widget_dom_afspraken():
    w = funnelcalculator()
    assert "klantlib-widget" in w._dom_classes
    assert "klantlib-funnelcalculator" in w._dom_classes
    html = [h for h in _zoek(w, widgets.HTML) if "klantlib-resultaat" in h._dom_classes]
    assert len(html) == 1
    assert html[0].value == funnelcalculator_tekst(10, FUNNEL_STANDAARD["conversies"])
    labels = [s.description for s in _zoek(w, widgets.IntSlider)]
    assert labels == ["Doel (klanten)", "gebeld → prospect (%)", "prospect → offerte (%)", "offerte → klant (%)"]
    beelden = _zoek(w, widgets.Image)
    assert len(beelden) == 1 and beelden[0].value[:4] == b"\x89PNG"
    assert "klantlib-grafiek" in beelden[0]._dom_classes


def test_widget_werkt_direct_bij():
    w = funnelcalculator()
    resultaat = [h for h in _zoek(w, widgets.HTML) if "klantlib-resultaat" in h._dom_classes][0]
    doel, gebeld, prospect, offerte = _zoek(w, widgets.IntSlider)
    doel.value = 11
    assert resultaat.value == funnelcalculator_tekst(11, [0.25, 0.2, 0.5])
    offerte.value = 40
    assert resultaat.value == funnelcalculator_tekst(11, [0.25, 0.2, 0.4])
    assert "140" in resultaat.value  # 11 / 0.4 = 27,5 -> 28 offertes; 28 / 0.2 = 140 prospects
    gebeld.value = 100
    assert tekst_zonder_tags(resultaat.value).startswith("Voor 11 klanten heb je bovenaan 140 contacten")


def test_widget_eigen_startwaarden():
    w = funnelcalculator(doel=3, conversies={"lead": 0.1, "prospect": 0.5})
    labels = [s.description for s in _zoek(w, widgets.IntSlider)]
    assert labels == ["Doel (klanten)", "lead → prospect (%)", "prospect → offerte (%)"]
    with pytest.raises(ValueError):
        funnelcalculator(conversies={"lead": 2.0})
