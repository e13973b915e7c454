"""Tests voor klantlib.nps: rekenwerk, foute invoer en eigenschappen."""

from __future__ import annotations

import copy
import math
import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantlib import nps as m

# ---------------------------------------------------------------- categorieën


@pytest.mark.parametrize(
    "score, verwacht",
    [(10, "promotor"), (9, "promotor"), (8, "passief tevreden"), (7, "passief tevreden"), (6, "criticaster"), (0, "criticaster"),
     (9.0, "promotor"), ("7", "passief tevreden"), (np.int64(6), "criticaster")],
)
def test_nps_categorie(score, verwacht):
    assert m.nps_categorie(score) == verwacht


def test_categorieen_houdt_index_en_ontbrekend():
    s = pd.Series([10, None, 4], index=["a", "b", "c"], dtype="Int64")
    uit = m.categorieen(s)
    assert list(uit.index) == ["a", "b", "c"]
    assert uit["a"] == "promotor" and uit["c"] == "criticaster" and pd.isna(uit["b"])


# ---------------------------------------------------------------- NPS-waarden


def test_voorbeeld_uit_het_boek():
    assert m.nps_uit_aandelen(25, 55, 20) == 5
    scores = [9] * 25 + [7] * 55 + [3] * 20
    assert m.nps(scores) == pytest.approx(5)
    assert m.nps_verdeling(scores).to_dict() == {"promotors": 25.0, "passief_tevredenen": 55.0, "criticasters": 20.0}


@pytest.mark.parametrize(
    "scores, verwacht",
    [
        ([9, 10, 10], 100.0),
        ([0, 3, 6, 6], -100.0),
        ([7, 8, 9], 100 / 3),
        ([0, 9], 0.0),
        ([7, 8], 0.0),
        ([10, 10, 10, 2], 50.0),
    ],
)
def test_nps_met_de_hand(scores, verwacht):
    assert m.nps(scores) == pytest.approx(verwacht)


def test_zeven_acht_negen_is_33_3():
    assert round(m.nps([7, 8, 9]), 1) == 33.3


def test_nps_ontbrekend_wordt_gemeld():
    uit = m.nps([10, None, float("nan"), pd.NA, 3])
    assert uit == 0
    assert uit.aantal == 2
    assert uit.weggelaten == 3
    assert m.aantal_weggelaten([10, None, float("nan"), pd.NA, 3]) == 3


def test_nps_met_nullable_kolom():
    s = pd.Series([10, pd.NA, 9, 1], dtype="Int64")
    uit = m.nps(s)
    assert uit == pytest.approx(100 / 3)
    assert (uit.aantal, uit.weggelaten) == (3, 1)
    v = m.nps_verdeling(s)
    assert v.attrs == {"aantal": 3, "weggelaten": 1}
    assert v.sum() == pytest.approx(100)


@pytest.mark.parametrize("kopieer", [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))])
def test_nps_getal_is_te_kopieren(kopieer):
    uit = kopieer(m.nps([9, None, 3]))
    assert (uit, uit.aantal, uit.weggelaten) == (0.0, 2, 1)


def test_nps_is_een_gewoon_getal():
    uit = m.nps([9, 9, 1])
    assert isinstance(uit, float)
    assert repr(uit) == repr(100 / 3)
    assert uit + 1 == pytest.approx(100 / 3 + 1)


# ---------------------------------------------------------------- foute invoer


@pytest.mark.parametrize(
    "scores, stukje",
    [
        ([9, 11], "11"),
        ([9, 8, -1], "-1"),
        ([9, 7.5], "7.5"),
        ([9, "negen"], "'negen'"),
        ([9, ""], "''"),
        ([True, 9], "True"),
        ([9, float("inf")], "inf"),
        (np.array([3.0, 10.5]), "10.5"),
        (pd.Series([3, 12], dtype="Int64"), "12"),
    ],
)
def test_foute_score_noemt_waarde_en_positie(scores, stukje):
    with pytest.raises(ValueError) as fout:
        m.nps(scores)
    tekst = str(fout.value)
    assert stukje in tekst
    assert "positie" in tekst
    positie = [i for i, w in enumerate(list(scores)) if repr(w) == stukje or str(w) == stukje.strip("'")]
    assert f"positie {positie[0]}" in tekst


def test_foute_score_noemt_ook_indexlabel():
    s = pd.Series([9, 15], index=["E001", "E002"])
    with pytest.raises(ValueError, match=r"positie 1 \(index 'E002'\)"):
        m.nps(s)


@pytest.mark.parametrize("leeg", [[], np.array([]), pd.Series([], dtype="Int64")])
def test_lege_invoer(leeg):
    with pytest.raises(ValueError, match="leeg"):
        m.nps(leeg)


def test_alleen_ontbrekende_antwoorden():
    with pytest.raises(ValueError, match="alle 2 antwoorden ontbreken"):
        m.nps([None, float("nan")])


@pytest.mark.parametrize("geen_lijst", [9, "9 10", None, pd.DataFrame({"score": [9]})])
def test_geen_lijst(geen_lijst):
    with pytest.raises(ValueError):
        m.nps(geen_lijst)


@pytest.mark.parametrize("functie", [m.nps, m.nps_verdeling, m.nps_interval, m.aantal_weggelaten])
def test_elke_functie_controleert(functie):
    with pytest.raises(ValueError, match="buiten 0–10"):
        functie([1, 2, 99])


@pytest.mark.parametrize("score", [11, -2, 6.5, "hoog", None, float("nan")])
def test_nps_categorie_foute_score(score):
    with pytest.raises(ValueError):
        m.nps_categorie(score)


@pytest.mark.parametrize(
    "aandelen, stukje",
    [((30, 55, 20), "105"), ((25, 55, 10), "90"), ((-5, 85, 20), "-5"), ((25, "veel", 20), "veel"),
     ((110, 0, -10), "110")],
)
def test_aandelen_fout(aandelen, stukje):
    with pytest.raises(ValueError, match=stukje):
        m.nps_uit_aandelen(*aandelen)


# ---------------------------------------------------------------- per segment


def test_nps_per_met_de_hand():
    t = pd.DataFrame(
        {
            "sector": ["zorg", "zorg", "zorg", "bouw", "bouw", "bouw"],
            "score": pd.array([10, 8, 2, 9, 9, pd.NA], dtype="Int64"),
        }
    )
    uit = m.nps_per(t, "sector")
    assert list(uit.index) == ["bouw", "zorg"]
    assert uit.loc["zorg", "nps"] == pytest.approx(0)
    assert uit.loc["bouw", "nps"] == pytest.approx(100)
    assert uit.loc["bouw", "aantal"] == 2 and uit.loc["bouw", "weggelaten"] == 1
    assert uit.loc["zorg", ["promotors", "passief_tevredenen", "criticasters"]].sum() == pytest.approx(100)
    assert uit.loc["zorg", "passief_tevredenen"] == pytest.approx(100 / 3)


def test_nps_per_twee_kolommen():
    t = pd.DataFrame({"a": ["x", "x", "y"], "b": [1, 2, 1], "score": [9, 1, 7]})
    uit = m.nps_per(t, ["a", "b"])
    assert uit.loc[("x", 2), "nps"] == -100


def test_nps_per_fouten():
    t = pd.DataFrame({"sector": ["zorg", None], "score": [9, 8]})
    with pytest.raises(ValueError, match="'regio'.*Beschikbare kolommen: sector, score"):
        m.nps_per(t, "regio")
    with pytest.raises(ValueError, match="rij 1"):
        m.nps_per(t, "sector")
    with pytest.raises(ValueError, match="positie 1"):
        m.nps_per(pd.DataFrame({"sector": ["a", "b"], "score": [9, 13]}), "sector")
    with pytest.raises(ValueError, match="leeg"):
        m.nps_per(pd.DataFrame({"sector": [], "score": []}), "sector")


# ---------------------------------------------------------------- interval


def test_interval_bevat_schatting_en_formule():
    scores = [10] * 25 + [8] * 55 + [4] * 20
    r = m.nps_interval(scores)
    assert r.onder < r.nps < r.boven
    # met de hand: p = 0.25, c = 0.20, var = (0.45 - 0.05²) / 100
    marge = 100 * 1.959964 * math.sqrt((0.45 - 0.0025) / 100)
    assert r.boven - r.nps == pytest.approx(marge, rel=1e-5)
    assert r.methode == "analytisch" and r.aantal == 100 and r.weggelaten == 0


def test_interval_smaller_bij_meer_antwoorden():
    basis = [10, 9, 8, 7, 3, 6, 10, 2, 9, 8]
    breedtes = [m.nps_interval(basis * k).breedte for k in (1, 4, 16, 64)]
    assert all(a > b for a, b in zip(breedtes, breedtes[1:]))
    # vier keer zoveel antwoorden: half zo breed
    assert breedtes[0] / breedtes[1] == pytest.approx(2, rel=1e-6)


def test_interval_hogere_betrouwbaarheid_is_breder():
    s = [10, 9, 8, 3, 1, 10, 7]
    assert m.nps_interval(s, 0.99).breedte > m.nps_interval(s, 0.80).breedte


def test_interval_bootstrap_vast_met_seed():
    s = [10, 9, 8, 3, 1, 10, 7] * 6
    a = m.nps_interval(s, seed=7, methode="bootstrap")
    b = m.nps_interval(s, seed=7, methode="bootstrap")
    assert a == b
    assert a.onder <= a.nps <= a.boven
    analytisch = m.nps_interval(s)
    assert a.breedte == pytest.approx(analytisch.breedte, rel=0.25)


def test_interval_blijft_binnen_grenzen():
    r = m.nps_interval([10, 10, 10, 10, 2])
    assert -100 <= r.onder and r.boven <= 100


@pytest.mark.parametrize("b", [0, 1, 95, -0.5, "95%"])
def test_interval_foute_betrouwbaarheid(b):
    with pytest.raises(ValueError, match="betrouwbaarheid"):
        m.nps_interval([9, 8], b)


def test_interval_foute_methode():
    with pytest.raises(ValueError, match="analytisch"):
        m.nps_interval([9, 8], methode="gok")


def test_interval_per_segment():
    t = pd.DataFrame({"bu": ["A"] * 40 + ["B"] * 10, "score": [10, 3, 8, 9] * 10 + [10, 3, 8, 9, 9] * 2})
    uit = m.nps_interval_per(t, "bu")
    assert list(uit.columns) == ["nps", "onder", "boven", "aantal", "weggelaten"]
    assert (uit["onder"] <= uit["nps"]).all() and (uit["nps"] <= uit["boven"]).all()
    assert (uit.loc["A", "boven"] - uit.loc["A", "onder"]) < (uit.loc["B", "boven"] - uit.loc["B", "onder"])


# ---------------------------------------------------------------- eigenschappen

scores_lijst = st.lists(st.integers(0, 10), min_size=1, max_size=200)


@given(scores_lijst)
def test_eigenschap_binnen_grenzen(scores):
    assert -100 <= m.nps(scores) <= 100


@given(scores_lijst, st.integers(9, 10))
def test_eigenschap_promotor_erbij_verlaagt_nooit(scores, extra):
    assert m.nps([*scores, extra]) >= m.nps(scores) - 1e-9


@given(scores_lijst, st.integers(0, 6))
def test_eigenschap_criticaster_erbij_verhoogt_nooit(scores, extra):
    assert m.nps([*scores, extra]) <= m.nps(scores) + 1e-9


@given(scores_lijst, st.randoms())
def test_eigenschap_volgorde_maakt_niet_uit(scores, toeval):
    gehusseld = list(scores)
    toeval.shuffle(gehusseld)
    assert m.nps(gehusseld) == pytest.approx(m.nps(scores))


@given(scores_lijst)
def test_eigenschap_verdeling_en_aandelen_kloppen(scores):
    v = m.nps_verdeling(scores)
    assert v.sum() == pytest.approx(100)
    assert v["promotors"] - v["criticasters"] == pytest.approx(m.nps(scores))


@given(scores_lijst, st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_eigenschap_interval_bevat_schatting(scores, b):
    r = m.nps_interval(scores, b)
    assert r.onder - 1e-9 <= r.nps <= r.boven + 1e-9
    assert -100 <= r.onder <= r.boven <= 100


@settings(max_examples=50)
@given(scores_lijst, st.lists(st.none(), max_size=5))
def test_eigenschap_ontbrekend_verandert_nps_niet(scores, gaten):
    uit = m.nps([*gaten, *scores])
    assert uit == pytest.approx(m.nps(scores))
    assert uit.weggelaten == len(gaten)


# --- Verschil tussen twee groepen (issue 18: overlappende intervallen) ---


def test_nps_verschil_met_de_hand():
    from klantlib.nps import nps_verschil

    a = [10] * 40 + [8] * 40 + [3] * 20  # p = 0,40, c = 0,20: NPS +20, variantie (0,6 − 0,04)/100 · 100² = 56
    b = [10] * 25 + [8] * 45 + [3] * 30  # p = 0,25, c = 0,30: NPS −5, variantie (0,55 − 0,0025)/100 · 100² = 54,75
    r = nps_verschil(a, b)
    se = (56 + 54.75) ** 0.5
    assert r.verschil == pytest.approx(25.0)
    assert r.onder == pytest.approx(25 - 1.959964 * se, abs=1e-4)
    assert r.boven == pytest.approx(25 + 1.959964 * se, abs=1e-4)
    assert r.z == pytest.approx(25 / se)
    assert r.p_waarde == pytest.approx(0.01752, abs=1e-4)
    assert r.duidelijk and (r.aantal_a, r.aantal_b) == (100, 100)
    omgekeerd = nps_verschil(b, a)
    assert omgekeerd.verschil == pytest.approx(-25.0) and omgekeerd.onder == pytest.approx(-r.boven)


def test_overlappende_intervallen_maar_duidelijk_verschil():
    from klantlib.nps import nps_interval, nps_verschil

    a = [10] * 40 + [8] * 40 + [3] * 20
    b = [10] * 25 + [8] * 45 + [3] * 30
    ia, ib = nps_interval(a), nps_interval(b)
    assert ia.onder < ib.boven  # de intervallen overlappen ...
    assert nps_verschil(a, b).duidelijk  # ... en toch is het verschil duidelijk


def test_nps_verschil_gelijke_groepen_en_lege_antwoorden():
    from klantlib.nps import nps_verschil

    r = nps_verschil([9, 7, 3, None], [9, 7, 3])
    assert r.verschil == 0 and r.onder < 0 < r.boven and not r.duidelijk
    assert r.p_waarde == pytest.approx(1.0) and r.aantal_a == 3
    with pytest.raises(ValueError, match="scores_b"):
        nps_verschil([9, 10], [])
    with pytest.raises(ValueError, match="betrouwbaarheid"):
        nps_verschil([9], [3], betrouwbaarheid=95)
