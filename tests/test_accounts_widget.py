"""De widget "Wie zijn onze grote accounts?": de tekstfunctie met de hand nagerekend, en de widget zelf."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from klantlib.data import laad
from klantlib.verkennen import GROTE_ACCOUNTS_STANDAARD, grote_accounts_tekst, grote_accounts_verkenner


@pytest.fixture
def wereld():
    b = pd.DataFrame({
        "vestigingsnummer": ["h", "d1", "d2", "z"], "kvk_nummer": ["1", "2", "3", "4"],
        "concern_kvk": ["1", "1", "1", "4"], "bedrijfsnaam": ["Groep Holding B.V.", "Dochter Een B.V.",
                                                              "Dochter Twee B.V.", "Zelf B.V."],
        "concernnaam": ["Groep", "Groep", "Groep", "Zelf"]})
    f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-02-01", "2025-03-01", "2024-05-01", "2025-06-01"]),
                      "vestigingsnummer": ["h", "h", "h", "z"], "besteld_door": ["d1", "d2", "d1", "z"],
                      "bedrag": [300.0, 300.0, 100.0, 300.0]})
    w = pd.DataFrame({"concern_kvk": ["1"], "totale_besteding_24m": [2800.0], "rang_leverancier": [4],
                      "aantal_leveranciers": [6]})
    return f, b, w


def _tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_tekst_per_concern_met_share_of_wallet(wereld):
    f, b, w = wereld
    # Groep: 300 + 300 + 100 = 700 van 1000 (0.7); Zelf 300 (0.3).
    t = _tekst(grote_accounts_tekst(f, b, w, drempel=0.35, peildatum="2025-12-31"))
    assert t.startswith("1 grote account met minstens 35 % van de omzet (24 maanden, per concern, via wie bestelde)")
    assert "samen 70 % van de omzet" in t and "1 van de 2 concerns maken samen 80 %" not in t
    assert "2 van de 2 concerns maken samen 80 %" in t
    # Share of wallet 700 / 2800 = 25 %, rang 4 van 6: buiten de top 3.
    assert "Groep 70 % 25 % 4 van 6 (buiten top 3)" in t


def test_tekst_per_bedrijf_via_factuuradres_en_12_maanden(wereld):
    f, b, w = wereld
    t = _tekst(grote_accounts_tekst(f, b, w, drempel=0.05, niveau="bedrijf", via="factuuradres", maanden=12,
                                    peildatum="2025-12-31"))
    # 12 maanden: 2025 alleen; per factuuradres: holding 600 (0.667), Zelf 300 (0.333).
    assert t.startswith("2 grote accounts met minstens 5 % van de omzet (12 maanden, per bedrijf, via factuuradres)")
    assert "Groep Holding B.V. 66,7 %" in t
    assert "Share of wallet is per concern geschat" in t


def test_tekst_drempel_te_hoog_en_fout(wereld):
    f, b, w = wereld
    assert "Geen enkele klant haalt de drempel" in grote_accounts_tekst(f, b, w, drempel=0.9, peildatum="2025-12-31")
    with pytest.raises(ValueError, match="deel tussen 0 en 1"):
        grote_accounts_tekst(f, b, w, drempel=5)


def test_widget_volgt_de_tekstfunctie():
    f, b, w = laad("facturen"), laad("bedrijven"), laad("wallet")
    box = grote_accounts_verkenner(f, b, w)
    assert "klantlib-widget" in box._dom_classes and "klantlib-grote-accounts" in box._dom_classes
    controls = {}
    stapel = list(box.children)
    while stapel:
        kind = stapel.pop()
        stapel.extend(getattr(kind, "children", ()))
        if getattr(kind, "description", ""):
            controls[kind.description] = kind
    resultaat = next(k for k in box.children if "klantlib-resultaat" in getattr(k, "_dom_classes", ()))
    assert resultaat.value == grote_accounts_tekst(f, b, w, **GROTE_ACCOUNTS_STANDAARD)
    controls["Drempel (%)"].value = 3.0
    controls["Periode"].value = 36
    controls["Niveau"].value = "bedrijf"
    controls["Tel via"].value = "factuuradres"
    assert resultaat.value == grote_accounts_tekst(f, b, w, drempel=0.03, maanden=36, niveau="bedrijf",
                                                   via="factuuradres")


def test_snelle_omzet_gelijk_aan_omzet_per_klant():
    """De widget rekent sneller (sleutels één keer per niveau), maar moet precies omzet_per_klant geven."""
    from klantlib.accounts import omzet_per_klant
    from klantlib.verkennen import _GroteAccounts

    f, b = laad("facturen"), laad("bedrijven")
    rekenaar = _GroteAccounts(f, b)
    for maanden in (12, 24, 36):
        for niveau in ("vestiging", "bedrijf", "concern"):
            for via in ("besteld_door", "factuuradres"):
                snel = rekenaar.omzet(maanden, niveau, via)
                echt = omzet_per_klant(f, bedrijven=b, maanden=maanden, niveau=niveau, via=via)
                pd.testing.assert_frame_equal(snel, echt, check_exact=False, rtol=1e-12)


def test_widget_werkt_de_figuur_bij_op_het_gedeelde_mechanisme(monkeypatch):
    """Eén figuur (WidgetFiguur), één render per wijziging, en het plaatje is gelijk aan een verse figuur."""
    import io

    import ipywidgets as widgets
    import matplotlib.pyplot as plt
    import numpy as np
    from PIL import Image

    from klantlib.verkennen import WidgetFiguur

    gezien = []
    toon = WidgetFiguur.toon

    def volg(self, gegevens):
        png = toon(self, gegevens)
        gezien.append((self, gegevens, png))
        return png

    monkeypatch.setattr(WidgetFiguur, "toon", volg)
    box = grote_accounts_verkenner()
    beelden = []
    stapel = [box]
    controls = {}
    while stapel:
        kind = stapel.pop()
        stapel.extend(getattr(kind, "children", ()))
        if isinstance(kind, widgets.Image):
            beelden.append(kind)
        if getattr(kind, "description", ""):
            controls[kind.description] = kind
    assert len(beelden) == 1 and "klantlib-grafiek" in beelden[0]._dom_classes
    figuur = gezien[-1][0]

    def pixels(png):
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))

    for label, waarde in [("Drempel (%)", 3.0), ("Niveau", "vestiging"), ("Periode", 12), ("Tel via", "factuuradres"),
                          ("Niveau", "concern"), ("Drempel (%)", 9.5)]:
        voor = len(gezien)
        controls[label].value = waarde
        assert len(gezien) == voor + 1, "één wijziging moet één keer renderen"
        f, gegevens, png = gezien[-1]
        assert f is figuur and beelden[0].value == png
        verschil = np.any(pixels(png) != pixels(f.vers_png(gegevens)), axis=-1).mean()
        assert verschil < 0.001, f"plaatje wijkt af na {label}={waarde!r}"
    assert figuur.tellers["getekend"] == 1 and figuur.tellers["bijgewerkt"] == 6
    assert plt.get_fignums() == []
