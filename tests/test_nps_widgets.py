"""Tests voor de logica achter de widgets van hoofdstuk 03 (NPS-speeltuin en verwachtingsschuif)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import ipywidgets as widgets
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from klantlib import nps as m
from klantlib import verkennen as v

NAMEN = ("promotors", "passief_tevredenen", "criticasters")


# ---------------------------------------------------------------- verdeel_aandelen


@pytest.mark.parametrize(
    "oud, gewijzigd, verwacht",
    [
        ((40, 55, 20), "promotors", (40, 44, 16)),  # rest 60 in verhouding 55:20
        ((25, 55, 30), "criticasters", (25, 55, 20)),  # 75 over 25:55 -> 23,4 : 51,6 ... zie hieronder
        ((100, 0, 0), "promotors", (100, 0, 0)),
        ((0, 0, 0), "passief_tevredenen", (50, 0, 50)),
        ((25, 0, 0), "promotors", (25, 38, 37)),
    ],
)
def test_verdeel_aandelen_met_de_hand(oud, gewijzigd, verwacht):
    if oud == (25, 55, 30):
        # rest = 70, verdeeld als 25:55 -> 21,875 en 48,125 -> 22 en 48
        verwacht = (22, 48, 30)
    assert m.verdeel_aandelen(*oud, gewijzigd) == verwacht


@given(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100), st.sampled_from(NAMEN))
def test_verdeel_aandelen_altijd_100(p, pa, c, naam):
    uit = m.verdeel_aandelen(p, pa, c, naam)
    assert sum(uit) == 100
    assert all(0 <= x <= 100 for x in uit)
    assert uit[NAMEN.index(naam)] == {"promotors": p, "passief_tevredenen": pa, "criticasters": c}[naam]


@pytest.mark.parametrize("args", [(101, 0, 0, "promotors"), (20, 30, 50, "fans"), (2.5, 50, 47, "passief_tevredenen"),
                                  (True, 50, 49, "passief_tevredenen")])
def test_verdeel_aandelen_fout(args):
    with pytest.raises(ValueError):
        m.verdeel_aandelen(*args)


def test_speeltuin_tekst():
    assert m.nps_speeltuin_tekst(25, 55, 20).startswith("NPS = +5 ")
    assert m.nps_speeltuin_tekst(10, 30, 60).startswith("NPS = -50 ")
    with pytest.raises(ValueError, match="100"):
        m.nps_speeltuin_tekst(50, 50, 50)


# ---------------------------------------------------------------- wat als belofte

ERVARINGEN = pd.DataFrame(
    {
        "soort": ["offerte"] * 5 + ["levering"] * 2,
        "verwachte_dagen": [2, 2, 2, 2, 1, 10, 10],
        "werkelijke_dagen": [1, 2, 3, 4, 3, 12, 9],
    }
)


def test_wat_als_belofte_met_de_hand():
    # offertes: nu 1 pos (1<2), 1 neutraal, 3 neg -> 20/20/60
    t = m.wat_als_belofte(ERVARINGEN, extra_dagen=1)
    assert t.loc["nu"].to_dict() == {"positief": 20.0, "neutraal": 20.0, "negatief": 60.0, "aantal": 5}
    # +1: verwacht 3,3,3,3,2 vs 1,2,3,4,3 -> pos, pos, neutraal, neg, neg
    assert t.loc["wat als", ["positief", "neutraal", "negatief"]].tolist() == [40.0, 20.0, 40.0]
    # iedereen 3 dagen beloven
    t3 = m.wat_als_belofte(ERVARINGEN, beloofde_dagen=3)
    assert t3.loc["wat als", ["positief", "neutraal", "negatief"]].tolist() == [40.0, 40.0, 20.0]
    alles = m.wat_als_belofte(ERVARINGEN, soort=None)
    assert alles.loc["nu", "aantal"] == 7


def test_wat_als_belofte_later_beloven_nooit_meer_negatief():
    vorige = 101.0
    for extra in range(-2, 6):
        neg = m.wat_als_belofte(ERVARINGEN, extra_dagen=extra).loc["wat als", "negatief"]
        assert neg <= vorige
        vorige = neg


def test_wat_als_belofte_fouten():
    with pytest.raises(ValueError, match="'pakket'.*levering, offerte"):
        m.wat_als_belofte(ERVARINGEN, soort="pakket")
    with pytest.raises(ValueError, match="werkelijke_dagen"):
        m.wat_als_belofte(ERVARINGEN.drop(columns="werkelijke_dagen"))
    with pytest.raises(ValueError, match="beloofde_dagen"):
        m.wat_als_belofte(ERVARINGEN, beloofde_dagen=-1)


def test_klantervaring():
    assert m.klantervaring(2, 4) == "negatief"
    assert m.klantervaring(2, 1) == "positief"
    assert m.klantervaring(2, 2) == "neutraal"
    assert m.klantervaring(7, 8, hoger_is_beter=True) == "positief"
    s = m.klantervaring(pd.Series([2, 2], index=["a", "b"]), pd.Series([3, 1], index=["a", "b"]))
    assert s.to_dict() == {"a": "negatief", "b": "positief"}


@pytest.mark.parametrize(
    "verwachting, prestatie, stukje",
    [([2, 2], [1], "evenveel"), ([2, None], [1, 2], "positie 1"), ([2, "twee"], [1, 2], "'twee'"),
     ([], [], "leeg"), (2, [1, 2], "allebei")],
)
def test_klantervaring_fouten(verwachting, prestatie, stukje):
    with pytest.raises(ValueError, match=stukje):
        m.klantervaring(verwachting, prestatie)


# ---------------------------------------------------------------- woorden en service recovery


def test_woorden_tellen_telt_per_antwoord_en_zonder_stopwoorden():
    uit = m.woorden_tellen(["De levertijd, de LEVERTIJD!", "levertijd te lang", None, "  "], top=5)
    assert uit.iloc[0].tolist() == ["levertijd", 2]
    assert "de" not in set(uit["woord"]) and "te" not in set(uit["woord"])
    assert uit.attrs["leeg"] == 2


def test_woorden_tellen_fout():
    with pytest.raises(ValueError, match="positie 1"):
        m.woorden_tellen(["goed", 5])
    with pytest.raises(ValueError, match="één tekst"):
        m.woorden_tellen("losse tekst")


def test_service_recovery_met_de_hand():
    k = pd.DataFrame(
        {"afhandeltijd_uren": [2, 24, 30, None], "score_voor": [6, 8, 7, 5], "score_na": [9, 8, 3, 5]}
    )
    t = m.service_recovery(k)
    snel = t.loc["snel (≤ 24 u)"]
    assert snel["aantal"] == 2 and snel["score_voor"] == 7 and snel["score_na"] == 8.5
    assert snel["hoger_na"] == 50
    # tevredenheidscijfers zijn geen antwoorden op de aanbevelingsvraag: geen NPS in deze tabel
    assert not any(kolom.startswith("nps") for kolom in t.columns)
    assert t.loc["traag (> 24 u)", "verschil"] == -4
    assert t.loc["zonder afhandeltijd", "weggelaten"] == 1
    with pytest.raises(ValueError, match="score_na"):
        m.service_recovery(k.assign(score_na=[9, 8, 13, 5]))
    # Negatieve afhandeltijd: de melding noemt de rij als gewoon getal (niet np.int64(2)).
    with pytest.raises(ValueError, match=r"in rij 2 is negatief \(-3 uur\)"):
        m.service_recovery(k.assign(afhandeltijd_uren=[2, 24, -3, None]))


# ---------------------------------------------------------------- widgets


def _klassen(w):
    return set(w._dom_classes)


def _resultaat(box):
    gevonden = [c for c in _alle(box) if isinstance(c, widgets.HTML) and "klantlib-resultaat" in c._dom_classes]
    assert len(gevonden) == 1
    return gevonden[0]


def _alle(w):
    yield w
    for kind in getattr(w, "children", ()):
        yield from _alle(kind)


def _control(box, beschrijving):
    return next(c for c in _alle(box) if getattr(c, "description", None) == beschrijving)


def test_nps_speeltuin_widget():
    box = v.nps_speeltuin()
    assert {"klantlib-widget", "klantlib-nps-speeltuin"} <= _klassen(box)
    res = _resultaat(box)
    assert res.value == m.nps_speeltuin_tekst(25, 55, 20)
    _control(box, "Promotors (%)").value = 40
    waarden = [_control(box, f"{n.replace('_', ' ').capitalize()} (%)").value for n in NAMEN]
    assert waarden == [40, 44, 16] and sum(waarden) == 100
    assert res.value == m.nps_speeltuin_tekst(40, 44, 16)
    _control(box, "Criticasters (%)").value = 0
    waarden = [_control(box, f"{n.replace('_', ' ').capitalize()} (%)").value for n in NAMEN]
    assert sum(waarden) == 100 and waarden[2] == 0
    assert res.value.startswith(f"NPS = +{waarden[0]}")


def test_verwachtingsschuif_widget():
    box = v.verwachtingsschuif(ERVARINGEN)
    assert {"klantlib-widget", "klantlib-verwachtingsschuif"} <= _klassen(box)
    res = _resultaat(box)
    assert res.value == v.verwachtingsschuif_tekst(ERVARINGEN, "offerte", 0)
    _control(box, "Dagen later beloven").value = 1
    assert res.value == v.verwachtingsschuif_tekst(ERVARINGEN, "offerte", 1)
    assert "negatief 60 % → 40 %" in res.value
    _control(box, "Soort").value = "levering"
    assert res.value.startswith("Levering, 1 dag later beloven")
