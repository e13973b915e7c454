"""De widget "Kies je waardestrategie" (hoofdstuk 04): de pure tekstfunctie en de widget zelf."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from klantlib import verkennen  # noqa: E402
from klantlib.strategie import STRATEGIEEN  # noqa: E402

OE, PL, CI = STRATEGIEEN
PROFIEL = pd.DataFrame([[6.4, 6.2, 7.6], [8.6, 5.3, 5.0], [7.1, 8.4, 6.5], [5.4, 6.6, 8.7]],
                       index=["Vermeer Werkplek B.V.", "Kantoorgigant", "OfficeDirect NL", "Facilis Partners"],
                       columns=list(STRATEGIEEN))


def _delen(tekst: str) -> list[str]:
    return tekst.replace("<b>", "").replace("</b>", "").split("<br>")


def test_tekst_met_de_hand():
    regels = _delen(verkennen.strategiekeuze_tekst({OE: 6.4, PL: 6.2, CI: 7.6}, PROFIEL, "Facilis Partners"))
    assert regels[0] == ("Vermeer Werkplek B.V.: haalt overal de drempel, maar blinkt nergens in uit "
                         "(stuck in the middle)")
    assert regels[1] == "Punten: 6,4 + 6,2 + 7,6 = 20,2 (het budget blijft gelijk)"
    assert regels[2].startswith("Facilis Partners: blinkt uit in customer intimacy (8,7), maar zit onder de drempel")
    assert regels[3] == "Tegen Facilis Partners: voor op operational excellence; achter op product leadership en customer intimacy."


def test_tekst_met_andere_drempel_en_gelijke_score():
    regels = _delen(verkennen.strategiekeuze_tekst({OE: 7.1, PL: 5.0, CI: 8.1}, PROFIEL, "OfficeDirect NL",
                                                   drempel=5))
    assert regels[0].startswith("Vermeer Werkplek B.V.: blinkt uit in customer intimacy (8,1) en haalt overal")
    assert regels[3] == "Tegen OfficeDirect NL: voor op customer intimacy; achter op product leadership; gelijk op operational excellence."


def test_tekst_onbekende_concurrent():
    with pytest.raises(ValueError, match="'Gigant' staat niet in het profiel"):
        verkennen.strategiekeuze_tekst({OE: 6, PL: 6, CI: 8}, PROFIEL, "Gigant")


def _onderdelen(box):
    schuiven = {k.description: k for k in box.children if k.__class__.__name__ == "FloatSlider"}
    keuze = next(k for k in box.children if k.__class__.__name__ == "Dropdown")
    resultaat = next(k for k in box.children if "klantlib-resultaat" in k._dom_classes)
    plaatje = next(k for k in box.children if k.__class__.__name__ == "Image")
    assert "klantlib-grafiek" in plaatje._dom_classes  # het gedeelde WidgetFiguur-beeld
    return schuiven, keuze, resultaat, plaatje


def test_widget_houdt_het_budget_en_volgt_de_pure_functie():
    box = verkennen.kies_waardestrategie(PROFIEL)
    assert {"klantlib-widget", "klantlib-strategiekeuze"} <= set(box._dom_classes)
    schuiven, keuze, resultaat, plaatje = _onderdelen(box)
    assert keuze.value == "Kantoorgigant"
    eerste_png = bytes(plaatje.value)
    assert eerste_png.startswith(b"\x89PNG")
    schuiven["Customer intimacy"].value = 8.6
    scores = {OE: schuiven["Operational excellence"].value, PL: schuiven["Product leadership"].value,
              CI: schuiven["Customer intimacy"].value}
    assert scores == {OE: 5.8, PL: 5.8, CI: 8.6}
    assert resultaat.value == verkennen.strategiekeuze_tekst(scores, PROFIEL, "Kantoorgigant")
    assert bytes(plaatje.value) != eerste_png
    schuiven["Drempel"].value = 5.5
    keuze.value = "Facilis Partners"
    assert resultaat.value == verkennen.strategiekeuze_tekst(scores, PROFIEL, "Facilis Partners", drempel=5.5)


def _pixels_anders(a: bytes, b: bytes) -> float:
    import io

    import numpy as np
    from PIL import Image

    pa = np.asarray(Image.open(io.BytesIO(bytes(a))).convert("RGB"))
    pb = np.asarray(Image.open(io.BytesIO(bytes(b))).convert("RGB"))
    assert pa.shape == pb.shape
    return float(np.any(pa != pb, axis=-1).mean())


def test_radar_wordt_bijgewerkt_met_widgetfiguur_en_lijkt_op_een_verse_figuur():
    import matplotlib.pyplot as plt

    figuur = verkennen._strategiekeuze_figuur(PROFIEL, "Vermeer Werkplek B.V.", 8)
    figuur.toon({"scores": {OE: 6.4, PL: 6.2, CI: 7.6}, "concurrent": "Kantoorgigant", "drempel": 6.0})
    for g in ({"scores": {OE: 5.8, PL: 5.8, CI: 8.6}, "concurrent": "Kantoorgigant", "drempel": 6.0},
              {"scores": {OE: 5.8, PL: 5.8, CI: 8.6}, "concurrent": "OfficeDirect NL", "drempel": 6.5},
              {"scores": {OE: 9.0, PL: 5.0, CI: 6.2}, "concurrent": "Facilis Partners", "drempel": 4.5}):
        png = figuur.toon(g)
        assert _pixels_anders(png, figuur.vers_png(g)) < 0.001, g
    # één keer getekend; een andere concurrent of drempel is ook alleen bijwerken
    assert figuur.tellers == {"getekend": 1, "achtergrond": 0, "bijgewerkt": 3}
    assert list(figuur.delen["eigen"].get_ydata()) == [9.0, 5.0, 6.2, 9.0]
    assert list(figuur.delen["ander"].get_ydata()) == [5.4, 6.6, 8.7, 5.4]
    assert list(figuur.delen["drempel"].get_ydata()) == [4.5] * 4
    assert [t.get_text() for t in figuur.figuur.axes[0].get_legend().get_texts()] == [
        "Vermeer Werkplek B.V.", "gekozen concurrent", "drempel (schuif)", "uitblinken (8)"]
    assert plt.get_fignums() == []


def test_zelfde_schuif_hangt_niet_af_van_tussenstappen_en_terugschuiven_herstelt():
    from klantlib.strategie import verdeel_punten

    box = verkennen.kies_waardestrategie(PROFIEL)
    schuiven, keuze, resultaat, plaatje = _onderdelen(box)
    ci = schuiven["Customer intimacy"]
    for waarde in (7.7, 7.8, 8.3, 8.1):  # de browser kan stappen overslaan of samenvoegen
        ci.value = waarde
    stand = {s: schuiven[s.capitalize()].value for s in STRATEGIEEN}
    assert stand == verdeel_punten({OE: 6.4, PL: 6.2, CI: 7.6}, CI, 8.1)
    ci.value = 7.6
    assert {s: schuiven[s.capitalize()].value for s in STRATEGIEEN} == {OE: 6.4, PL: 6.2, CI: 7.6}
    # daarna een andere schuif: vanaf de stand van dat moment
    schuiven["Operational excellence"].value = 7.0
    assert round(sum(schuiven[s.capitalize()].value for s in STRATEGIEEN), 1) == 20.2
