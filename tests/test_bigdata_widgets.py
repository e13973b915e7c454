"""Tests voor de widgets van hoofdstuk 05: de pure tekstfuncties en de widgetlogica."""

from __future__ import annotations

import re

import ipywidgets as widgets
import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from klantlib import verkennen  # noqa: E402
from klantlib.bigdata import associatieregels  # noqa: E402
from klantlib.verkennen import SCHAALSTAPPEN, regelverkenner_tekst, schaal_tekst  # noqa: E402


def zonder_tags(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _zoek(box, soort):
    gevonden = []
    for kind in getattr(box, "children", ()):
        if isinstance(kind, soort):
            gevonden.append(kind)
        gevonden += _zoek(kind, soort)
    return gevonden


def _resultaat(box) -> widgets.HTML:
    html = [h for h in _zoek(box, widgets.HTML) if "klantlib-resultaat" in h._dom_classes]
    assert len(html) == 1
    return html[0]


# --------------------------------------------------------------------------- Hoe groot is big data?


def test_schaal_tekst_excelgrens():
    # 1.048.576 rijen per werkblad, waarvan één kopregel: 1.048.575 rijen met gegevens
    assert "past op één Excel-werkblad: ja" in schaal_tekst(1_048_575)
    assert "nee, je hebt 2 werkbladen nodig" in schaal_tekst(1_048_576)
    assert "nee, je hebt 10 werkbladen nodig" in schaal_tekst(10_000_000)


def test_schaal_tekst_met_meting():
    meting = {"genereren_s": 0.125, "geheugen_mb": 22.44, "csv_mb": 13.4, "parquet_mb": 2.04,
              "gemiddeld_bedrag": 1234.4}
    t = zonder_tags(schaal_tekst(100_000, meting))
    assert t == ("100.000 rijen · past op één Excel-werkblad: ja maken 0,12 s · geheugen 22,4 MB · CSV 13,4 MB · "
                 "Parquet 2,0 MB · gemiddeld bedrag per factuurregel € 1.234")


def test_schaalmeter_onthoudt_metingen():
    meter = verkennen._Schaalmeter(seed=3)
    eerste = meter.meet(500)
    assert meter.meet(500) is eerste  # niet opnieuw gemeten
    meter.meet(2_000)
    assert list(meter.tabel().index) == [500, 2_000]
    assert meter.tabel().loc[2_000, "geheugen_mb"] > meter.tabel().loc[500, "geheugen_mb"]


def test_hoe_groot_widget(monkeypatch):
    w = verkennen.hoe_groot(rijen=10_000, vooraf=(1_000, 3_000), seed=3)
    assert {"klantlib-widget", "klantlib-hoe-groot"} <= set(w._dom_classes)
    schuif = _zoek(w, widgets.SelectionSlider)[0]
    assert schuif.description == "Aantal rijen" and [v for _, v in schuif.options] == list(SCHAALSTAPPEN)
    resultaat = _resultaat(w)
    assert resultaat.value == schaal_tekst(10_000)  # nog niet gemeten
    schuif.value = 3_000
    assert "maken" in resultaat.value and resultaat.value.startswith("<b>3.000 rijen</b>")
    schuif.value = 30_000
    assert resultaat.value == schaal_tekst(30_000)
    beeld = _zoek(w, widgets.Image)[0]
    voor = bytes(beeld.value)
    # de knop meet; daarna staat de meting in de tekst en in de grafiek
    knop = _zoek(w, widgets.Button)[0]
    knop.click()
    assert "geheugen" in resultaat.value and not knop.disabled
    assert bytes(beeld.value) != voor


def test_hoe_groot_voortgangsbalk_boven_een_miljoen(monkeypatch):
    gezien = []

    def nep_meet(self, rijen, voortgang=None):
        gezien.append(balk.layout.visibility)
        voortgang(1, 1)
        self.metingen[rijen] = {"genereren_s": 1.0, "geheugen_mb": 2.0, "csv_mb": 3.0, "parquet_mb": 1.0,
                                "gemiddeld_bedrag": 5.0}
        return self.metingen[rijen]

    w = verkennen.hoe_groot(rijen=3_000_000, vooraf=(), seed=3)
    balk = _zoek(w, widgets.IntProgress)[0]
    monkeypatch.setattr(verkennen._Schaalmeter, "meet", nep_meet)
    _zoek(w, widgets.Button)[0].click()
    assert gezien == ["visible"] and balk.layout.visibility == "hidden"
    assert "geheugen 2,0 MB" in _resultaat(w).value


def test_hoe_groot_foute_stand():
    with pytest.raises(ValueError, match="rijen moet een van"):
        verkennen.hoe_groot(rijen=12_345)


# --------------------------------------------------------------------------- regelverkenner


@pytest.fixture
def transacties() -> pd.DataFrame:
    orders = [["Bureaustoel", "Bureaulamp"], ["Bureaustoel", "Bureaulamp", "Monitorarm"], ["Bureaustoel"],
              ["Laptop", "Docking station"], ["Laptop", "Docking station"], ["Laptop"], ["Monitor"],
              ["Bureaustoel", "Monitorarm"], ["Laptop", "Monitor"], ["Bureaulamp"]]
    rijen = [(f"O{i}", p) for i, producten in enumerate(orders) for p in producten]
    return pd.DataFrame(rijen, columns=["ordernummer", "product"])


def test_regelverkenner_tekst_met_de_hand(transacties):
    regels = associatieregels(transacties, min_support=0.05, min_confidence=0.0)
    t = zonder_tags(regelverkenner_tekst(regels, 0.15, 0.9, gekocht="Laptop"))
    # alleen Docking station → Laptop en Monitorarm → Bureaustoel halen 15 % support en 90 % confidence
    assert t.startswith("2 regels met support ≥ 15 % en confidence ≥ 90 %")
    assert "Docking station → Laptop 20 % 100 % 2,50" in t
    assert t.endswith("Klant kocht Laptop . Geen regel haalt de drempels.")
    t = zonder_tags(regelverkenner_tekst(regels, 0.15, 0.5, gekocht="Bureaustoel"))
    assert t.endswith("Klant kocht Bureaustoel . Bied aan: Monitorarm (50 %), Bureaulamp (50 %)")


def test_regelverkenner_widget_volgt_de_schuiven(transacties):
    w = verkennen.regelverkenner(transacties, min_support=0.1, min_confidence=0.3, gekocht="Laptop")
    assert {"klantlib-widget", "klantlib-regelverkenner"} <= set(w._dom_classes)
    regels = associatieregels(transacties, min_support=0.002, min_confidence=0.0)
    resultaat = _resultaat(w)
    assert resultaat.value == regelverkenner_tekst(regels, 0.1, 0.3, "Laptop")
    support, confidence = _zoek(w, widgets.FloatSlider)
    assert (support.description, confidence.description) == ("Min. support", "Min. confidence")
    confidence.value = 0.9
    assert resultaat.value == regelverkenner_tekst(regels, 0.1, 0.9, "Laptop")
    klant = _zoek(w, widgets.Dropdown)[0]
    klant.value = "Bureaustoel"
    assert resultaat.value == regelverkenner_tekst(regels, 0.1, 0.9, "Bureaustoel")
    beeld = _zoek(w, widgets.Image)
    assert len(beeld) == 1 and "klantlib-grafiek" in beeld[0]._dom_classes
    voor = bytes(beeld[0].value)
    support.value = 0.05  # de drempellijn schuift: een ander plaatje
    assert bytes(beeld[0].value)[:4] == b"\x89PNG" and bytes(beeld[0].value) != voor
    voor = bytes(beeld[0].value)
    klant.value = "Laptop"  # andere regels krijgen een rode rand
    assert bytes(beeld[0].value) != voor


def test_regelverkenner_onbekend_product(transacties):
    with pytest.raises(ValueError, match="gekocht: 'Fiets'"):
        verkennen.regelverkenner(transacties, gekocht="Fiets")
