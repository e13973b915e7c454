"""Tests voor de widget "Waar staan onze klanten?" (hoofdstuk 02): de pure tekstfunctie en de widgetlogica."""

from __future__ import annotations

import re

import ipywidgets as widgets
import matplotlib
import pytest

matplotlib.use("Agg")

from klantlib.data import laad  # noqa: E402
from klantlib.verkennen import waar_staan_klanten, waar_staan_klanten_tekst  # noqa: E402
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


def _pixels(png: bytes):
    import io

    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_figuur_wordt_bijgewerkt_en_is_gelijk_aan_een_verse_figuur(monkeypatch):
    import matplotlib.pyplot as plt
    import numpy as np

    from klantlib.verkennen import WidgetFiguur

    gezien = []
    toon = WidgetFiguur.toon

    def volg(self, gegevens):
        png = toon(self, gegevens)
        gezien.append((self, gegevens, png))
        return png

    monkeypatch.setattr(WidgetFiguur, "toon", volg)
    w = waar_staan_klanten(_facturen(), bedrijven=_bedrijven())
    beelden = _zoek(w, widgets.Image)
    assert len(beelden) == 1 and "klantlib-grafiek" in beelden[0]._dom_classes
    assert not _zoek(w, widgets.Output)
    figuur = gezien[-1][0]
    for control, waarde in ((_zoek(w, widgets.IntSlider)[0], 2024), (_zoek(w, widgets.Dropdown)[0], 12),
                            (_zoek(w, widgets.ToggleButtons)[0], "concern"), (_zoek(w, widgets.IntSlider)[0], 2022),
                            (_zoek(w, widgets.Dropdown)[0], 36)):
        voor = len(gezien)
        control.value = waarde
        assert len(gezien) == voor + 1, "één wijziging moet één keer renderen"
        f, gegevens, png = gezien[-1]
        assert f is figuur and beelden[0].value == png
        anders = np.any(_pixels(png) != _pixels(f.vers_png(gegevens)), axis=-1).mean()
        assert anders < 0.001, (control.description, waarde, anders)
    assert figuur.tellers["getekend"] == 1 and figuur.tellers["bijgewerkt"] >= 4
    assert plt.get_fignums() == []


def test_fasestroom_op_de_handwereld():
    import matplotlib.pyplot as plt

    from klantlib.cyclus import fase_overgangen
    from klantlib.grafieken import fasestroom, fasestroom_bijwerken

    overgangen = fase_overgangen(_facturen(), 2024, bedrijven=_bedrijven())
    ax = fasestroom(overgangen, van="eind 2024", naar="eind 2025")
    delen = ax._fasestroom
    # Zie tests/test_cyclus.py: 7 vakken > 0 (dus 7 banden), links ook "nog onbekend (1)".
    assert len(delen["banden"].get_paths()) == 7
    assert delen["links_tekst"]["nog onbekend"].get_text() == "1"
    assert delen["rechts_tekst"]["nieuw"].get_text() == "5" and delen["van"].get_text() == "eind 2024"
    assert fasestroom_bijwerken(delen, None, overgangen.sum(axis=0), melding="geen stromen") is False
    assert len(delen["banden"].get_paths()) == 0 and delen["melding"].get_text() == "geen stromen"
    assert not delen["van"].get_visible()
    assert not delen["links_tekst"]["loyaal"].get_visible()
    plt.close(ax.figure)
