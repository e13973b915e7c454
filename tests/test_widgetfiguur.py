"""Tests voor het gedeelde bijwerkmechanisme van de widgets (klantlib.verkennen.WidgetFiguur).

Het mechanisme moet: dezelfde figuur en dezelfde onderdelen houden en alleen
hun waarden veranderen; een plaatje maken dat gelijk is aan een nieuw
getekende figuur met dezelfde gegevens; helemaal opnieuw tekenen als de vorm
van de gegevens verandert; en de hele figuur opnieuw tekenen als ``werk_bij``
zegt dat er buiten de bewegende delen iets veranderde. Daarna: elke widget van
00–08 gebruikt het, en zijn plaatje klopt met een verse figuur.
"""

from __future__ import annotations

import io

import ipywidgets as widgets
import matplotlib
import numpy as np
import pandas as pd
import pytest
from PIL import Image

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from klantlib import grafieken, verkennen  # noqa: E402
from klantlib.data import laad  # noqa: E402
from klantlib.verkennen import WidgetFiguur  # noqa: E402


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def _deel_anders(a: bytes, b: bytes) -> float:
    """Welk deel van de pixels verschilt tussen twee PNG's van dezelfde grootte."""
    pa, pb = _pixels(a), _pixels(b)
    assert pa.shape == pb.shape
    return float(np.any(pa != pb, axis=-1).mean())


# Een kleine staafgrafiek: staven, een tekst per staaf, een titel en een bewegende y-as.
def _teken(ax, hoogtes: pd.Series):
    staven = ax.bar(list(hoogtes.index), hoogtes.to_numpy(), color="tab:blue")
    teksten = [ax.text(i, h, f"{h:.0f}", ha="center", va="bottom") for i, h in enumerate(hoogtes)]
    ax.set_ylim(0, max(hoogtes.max(), 1) * 1.2)
    ax.set_title(f"Totaal {hoogtes.sum():.0f}")
    return {"staven": staven, "teksten": teksten, "titel": ax.title, "y-as": ax.yaxis}


def _werk_bij(delen, hoogtes: pd.Series) -> None:
    for staaf, tekst, h in zip(delen["staven"], delen["teksten"], hoogtes):
        staaf.set_height(h)
        tekst.set_y(h)
        tekst.set_text(f"{h:.0f}")
    delen["titel"].axes.set_ylim(0, max(hoogtes.max(), 1) * 1.2)
    delen["titel"].set_text(f"Totaal {hoogtes.sum():.0f}")


def _figuur(**extra) -> WidgetFiguur:
    return WidgetFiguur(_teken, _werk_bij, breedte=4, hoogte=2.5, dpi=60,
                        marges=dict(left=0.15, right=0.97, top=0.85, bottom=0.12),
                        vorm=lambda h: tuple(h.index), **extra)


def test_werkt_bij_in_dezelfde_figuur_met_dezelfde_onderdelen():
    open_voor = set(plt.get_fignums())
    f = _figuur()
    eerste = f.toon(pd.Series({"a": 3, "b": 5}))
    figuur, ax, staven = f.figuur, f.ax, list(f.delen["staven"])
    tweede = f.toon(pd.Series({"a": 8, "b": 1}))
    # dezelfde figuur, assen en staven; alleen de waarden zijn anders
    assert f.figuur is figuur and f.ax is ax and list(f.delen["staven"]) == staven
    assert [s.get_height() for s in staven] == [8, 1]
    assert [t.get_text() for t in f.delen["teksten"]] == ["8", "1"]
    assert f.delen["titel"].get_text() == "Totaal 9"
    assert ax.get_ylim() == pytest.approx((0, 9.6))
    assert f.tellers == {"getekend": 1, "achtergrond": 0, "bijgewerkt": 1}
    # er is een nieuw plaatje, en het staat in de widget
    assert tweede[:8] == b"\x89PNG\r\n\x1a\n" and tweede != eerste
    assert f.beeld.value == tweede
    assert isinstance(f.beeld, widgets.Image) and "klantlib-grafiek" in f.beeld._dom_classes
    # geen pyplot-figuur: niets blijft open, niets verschijnt vanzelf in het notebook
    assert set(plt.get_fignums()) == open_voor


def test_bijgewerkt_plaatje_is_gelijk_aan_een_verse_figuur():
    f = _figuur()
    f.toon(pd.Series({"a": 3, "b": 5}))
    for hoogtes in ({"a": 8, "b": 1}, {"a": 0, "b": 12}, {"a": 4, "b": 4}):
        gegevens = pd.Series(hoogtes)
        png = f.toon(gegevens)
        # Alleen waar een tick over de rand van de as valt, kan de tekenvolgorde een paar pixels schelen.
        assert _deel_anders(png, f.vers_png(gegevens)) < 0.001


def test_andere_vorm_tekent_helemaal_opnieuw():
    f = _figuur()
    f.toon(pd.Series({"a": 3, "b": 5}))
    oude_staven = list(f.delen["staven"])
    gegevens = pd.Series({"a": 1, "b": 2, "c": 7})
    png = f.toon(gegevens)
    assert f.tellers["getekend"] == 2
    assert len(f.delen["staven"]) == 3 and not set(f.delen["staven"]) & set(oude_staven)
    assert [t.get_text() for t in f.ax.get_xticklabels()] == ["a", "b", "c"]
    assert len(f.ax.patches) == 3  # de oude staven zijn echt weg
    assert _deel_anders(png, f.vers_png(gegevens)) < 0.001
    # terug naar de oude vorm: weer opnieuw tekenen, daarna weer bijwerken
    f.toon(pd.Series({"a": 3, "b": 5}))
    f.toon(pd.Series({"a": 4, "b": 5}))
    assert f.tellers == {"getekend": 3, "achtergrond": 0, "bijgewerkt": 1}


def test_werk_bij_true_tekent_de_achtergrond_opnieuw():
    """Een vaste tekst (niet bewegend) verandert: met True komt hij in het plaatje, zonder niet."""

    def teken(ax, g):
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel(g["label"])  # hoort bij de (vaste) x-as
        return ax.bar([0.5], [g["h"]], width=0.3)

    def werk_bij(staven, g, *, zeg_het: bool):
        staven[0].set_height(g["h"])
        ax = staven[0].axes
        anders = ax.get_xlabel() != g["label"]
        ax.set_xlabel(g["label"])
        return anders and zeg_het

    marges = dict(left=0.1, right=0.95, top=0.95, bottom=0.3)  # ruimte voor het label
    eerlijk = WidgetFiguur(teken, lambda s, g: werk_bij(s, g, zeg_het=True), breedte=3, hoogte=2, dpi=60,
                           marges=marges)
    zwijgt = WidgetFiguur(teken, lambda s, g: werk_bij(s, g, zeg_het=False), breedte=3, hoogte=2, dpi=60,
                          marges=marges)
    for f in (eerlijk, zwijgt):
        f.toon({"h": 0.5, "label": "oud"})
        f.toon({"h": 0.7, "label": "nieuw label"})
    verwacht = eerlijk.vers_png({"h": 0.7, "label": "nieuw label"})
    assert eerlijk.tellers == {"getekend": 1, "achtergrond": 1, "bijgewerkt": 0}
    assert _deel_anders(eerlijk.beeld.value, verwacht) == 0
    # Wie het niet zegt, houdt de oude achtergrond: daarom staat de regel in de docstring.
    assert zwijgt.tellers == {"getekend": 1, "achtergrond": 0, "bijgewerkt": 1}
    assert _deel_anders(zwijgt.beeld.value, verwacht) > 0


def test_zonder_werk_bij_elke_keer_opnieuw_tekenen():
    f = WidgetFiguur(lambda ax, h: ax.bar(["a"], [h]), breedte=3, hoogte=2, dpi=60)
    f.toon(1)
    f.toon(2)
    assert f.tellers["getekend"] == 2 and len(f.ax.patches) == 1 and f.ax.patches[0].get_height() == 2


def test_meer_assen():
    def teken(assen, g):
        links, rechts = assen
        return [links.bar(["x"], [g[0]]), rechts.bar(["y"], [g[1]])]

    def werk_bij(delen, g):
        delen[0][0].set_height(g[0])
        delen[1][0].set_height(g[1])

    f = WidgetFiguur(teken, werk_bij, breedte=4, hoogte=2, dpi=60, assen=(1, 2))
    f.toon((1, 2))
    for ax in f.ax:
        ax.set_ylim(0, 10)
    f.render(achtergrond=True)
    png = f.toon((5, 7))
    assert [ax.patches[0].get_height() for ax in f.ax] == [5, 7]
    assert png == f.beeld.value and f.tellers["bijgewerkt"] == 1


def test_teken_moet_onderdelen_teruggeven():
    f = WidgetFiguur(lambda ax, g: "staven", lambda d, g: None, breedte=3, hoogte=2)
    with pytest.raises(TypeError, match="geen matplotlib-onderdeel"):
        f.toon(1)
    f = WidgetFiguur(lambda ax, g: {"getal": 3}, lambda d, g: None, breedte=3, hoogte=2)
    with pytest.raises(TypeError, match="int is geen matplotlib-onderdeel"):
        f.toon(1)


def test_bewegende_delen_zijn_geanimeerd_maar_savefig_toont_alles():
    f = _figuur()
    f.toon(pd.Series({"a": 3, "b": 5}))
    assert all(s.get_animated() for s in f.delen["staven"])
    # wie de figuur zelf opslaat (bijvoorbeeld om te exporteren), krijgt ook de bewegende delen
    buffer = io.BytesIO()
    f.figuur.savefig(buffer, format="png", dpi=60)
    assert _deel_anders(buffer.getvalue(), f.vers_png(pd.Series({"a": 3, "b": 5}))) < 0.001


# ---------------------------------------------------------------- de widgets van 00–08


def _alle(w):
    yield w
    for kind in getattr(w, "children", ()):
        yield from _alle(kind)


def _control(box, beschrijving):
    return next(c for c in _alle(box) if getattr(c, "description", None) == beschrijving)


@pytest.fixture
def figuren(monkeypatch):
    """Houd bij welke WidgetFiguur welke gegevens toonde (om met een verse figuur te vergelijken)."""
    gezien: list = []
    toon = WidgetFiguur.toon

    def volg(self, gegevens):
        png = toon(self, gegevens)
        gezien.append((self, gegevens, png))
        return png

    monkeypatch.setattr(WidgetFiguur, "toon", volg)
    return gezien


WIDGETS = {
    "omzetverkenner": (lambda: verkennen.omzet_verkenner(laad("facturen")),
                       [("Jaar", 2023), ("Business unit", "ICT-werkplek"), ("Jaar", 2024),
                        ("Business unit", verkennen.ALLE)]),
    "funnelcalculator": (verkennen.funnelcalculator,
                         [("Doel (klanten)", 23), ("offerte → klant (%)", 80), ("gebeld → prospect (%)", 5)]),
    "nps-speeltuin": (verkennen.nps_speeltuin, [("Promotors (%)", 60), ("Criticasters (%)", 3)]),
    "verwachtingsschuif": (verkennen.verwachtingsschuif, [("Dagen later beloven", 3), ("Soort", "levering"),
                                                          ("Dagen later beloven", -2)]),
    "klantenteller": (verkennen.klantenteller, [("Basis", "netto"), ("Periode", 36), ("Per business unit", True),
                                                ("Niveau", "concern")]),
}


@pytest.mark.parametrize("naam", list(WIDGETS))
def test_elke_widget_werkt_zijn_figuur_bij(naam, figuren):
    maak, stappen = WIDGETS[naam]
    open_voor = set(plt.get_fignums())
    box = maak()
    assert f"klantlib-{naam}" in box._dom_classes
    beelden = [c for c in _alle(box) if isinstance(c, widgets.Image)]
    assert len(beelden) == 1 and "klantlib-grafiek" in beelden[0]._dom_classes
    assert not [c for c in _alle(box) if isinstance(c, widgets.Output)]  # geen Output met nieuwe figuren meer
    figuur = figuren[-1][0]
    assert figuur.beeld is beelden[0]
    for label, waarde in stappen:
        voor = len(figuren)
        _control(box, label).value = waarde
        assert len(figuren) == voor + 1, f"{naam}: één wijziging moet één keer renderen"
        f, gegevens, png = figuren[-1]
        assert f is figuur and beelden[0].value == png
        assert _deel_anders(png, f.vers_png(gegevens)) < 0.001, f"{naam}: plaatje wijkt af na {label}={waarde!r}"
    # de vorm bleef gelijk: na de eerste tekening is alles bijgewerkt, niet opnieuw getekend
    assert figuur.tellers["getekend"] == 1
    assert figuur.tellers["bijgewerkt"] >= 1
    assert set(plt.get_fignums()) == open_voor  # geen pyplot-figuren die open blijven
