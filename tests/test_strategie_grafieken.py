"""De grafieken van hoofdstuk 04: radar, waardeketen zoals Porter hem tekent, thema-staven."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from klantlib import grafieken  # noqa: E402
from klantlib.strategie import ACTIVITEITEN, STRATEGIEEN, thema_aandelen, thema_per_strategie, waardeketen  # noqa: E402

PROFIEL = pd.DataFrame([[6.4, 6.2, 7.6], [8.6, 5.3, 5.0]], index=["Wij", "Zij"], columns=list(STRATEGIEEN))


def teardown_function():
    plt.close("all")


def test_radar_tekent_elke_leverancier_en_de_grenzen_als_gesloten_driehoek():
    ax = grafieken.radar(PROFIEL, drempel=6.5)
    lijnen = {l.get_gid(): l for l in ax.get_lines()}
    assert {"radar:Wij", "radar:Zij", "radar:drempel", "radar:uitblinken"} <= set(lijnen)
    assert list(lijnen["radar:Wij"].get_ydata()) == [6.4, 6.2, 7.6, 6.4]  # gesloten: eerste punt achteraan
    assert list(lijnen["radar:drempel"].get_ydata()) == [6.5] * 4
    assert lijnen["radar:Wij"].get_linewidth() > lijnen["radar:Zij"].get_linewidth()  # nadruk op de eerste
    assert [t.get_text() for t in ax.get_xticklabels()] == [s.replace(" ", "\n") for s in STRATEGIEEN]


def test_radar_weigert_een_gewone_as_en_een_onbekende_leverancier():
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match="polaire as"):
        grafieken.radar(PROFIEL, ax=ax)
    with pytest.raises(ValueError, match="'Gigant' staat niet in het profiel"):
        grafieken.radar(PROFIEL, leveranciers=["Wij", "Gigant"])


def test_waardeketen_grafiek_heeft_negen_vakken_en_de_marge_in_de_punt():
    kosten = pd.DataFrame({"activiteit": list(ACTIVITEITEN), "kosten": [10.0] * 9})
    ax = grafieken.waardeketen_grafiek(waardeketen(kosten, 100.0))
    teksten = " ".join(t.get_text() for t in ax.texts).replace("\n", " ")
    for activiteit in ACTIVITEITEN:
        assert activiteit.split()[0] in teksten
    assert teksten.count("10,0 %") == 10  # negen activiteiten en de marge, elk 10 %
    punt = [p for p in ax.patches if p.__class__.__name__ == "Polygon"]
    assert len(punt) == 1 and len(ax.patches) == 10


def test_waardeketen_grafiek_negatieve_marge_is_rood():
    kosten = pd.DataFrame({"activiteit": ["Service"], "kosten": [150.0]})
    ax = grafieken.waardeketen_grafiek(waardeketen(kosten, 100.0))
    punt = next(p for p in ax.patches if p.__class__.__name__ == "Polygon")
    assert punt.get_facecolor()[0] > 0.7 and punt.get_facecolor()[1] < 0.3  # rood
    assert any(t.get_text().split() == ["Marge", "-50,0", "%"] for t in ax.texts)
    with pytest.raises(ValueError, match="uitkomst van waardeketen"):
        grafieken.waardeketen_grafiek(kosten)


def test_thema_staven_zonder_lege_opmerkingen():
    a = thema_aandelen(thema_per_strategie(["levertijd", "prijs", "maatwerk", "", ""]))
    ax = grafieken.thema_staven(a)
    assert [t.get_text() for t in ax.get_yticklabels()] == [*STRATEGIEEN, "onbekend"]
    assert [round(p.get_width(), 1) for p in ax.patches] == [66.7, 0.0, 33.3, 0.0]
    assert "2 zonder opmerking" in ax.get_title()
