"""De controles van werkboek 05 (klantlib.oefeningen.h05) op zichzelf, met eigen kleine oefeningen.

Het oefeningencorpus van het werkboek zelf staat in ``test_bigdata_oefeningen.py``.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from klantlib.oefeningen.h05 import (
    Fout,
    FunctieMetFouten,
    Getal,
    Keuze,
    Namen,
    OpenVraag,
    Tabelkolommen,
    toon,
)
from klantlib.oefeningen.kern import ____

NUMPY_WEERGAVE = re.compile(r"np\.(float|int)\d*\(|array\(|dtype")


def _controle(oefening, waarde):
    ns = {getattr(oefening, "variabele", None) or oefening.functie: waarde}
    uitslag = oefening.controleer(ns)
    assert not NUMPY_WEERGAVE.search(uitslag.tekst), uitslag.tekst
    return uitslag


DEEL = Getal("t.1", "deel", "Welk deel? Op 0,01 nauwkeurig.", lambda: 0.4862, precisie=0.01,
             fouten=[Fout("Je deelt door alle orders.", waarde=lambda: 0.2)])


@pytest.mark.parametrize("antwoord", [0.4862, 0.49, 0.48, np.float64(0.486), 0.4862 + 0.0099])
def test_getal_binnen_de_precisie_is_goed(antwoord):
    assert _controle(DEEL, antwoord).goed


@pytest.mark.parametrize("antwoord, stukje", [
    ((0, 486), "punt als decimaalteken: `0.486`"),          # 0,486 met een komma
    ("48,6%", "Gevraagd is een deel, geen percentage en zonder aanhalingstekens: 48.6 % schrijf je als `0.486`"),
    ("0.486", "zonder aanhalingstekens"),
    (48.62, "100 keer te groot"),
    (0.5, "te grof afgerond"),
    (0.2, "Je deelt door alle orders."),
    (0.7, "te hoog"),
    (True, "waar/onwaar"),
    (None, "None"),
    ([0.4862], "lijst"),
    (pd.Series([0.4862]), "`.iloc[0]`"),
    (pd.DataFrame({"a": [0.4862]}), "`.iloc[0, 0]`"),
    (pd.Series({"Laptop": 0.4862, "Monitor": 0.1}), "bij label 'Laptop'"),
    (float("nan"), "NaN"),
])
def test_getal_diagnose(antwoord, stukje):
    uitslag = _controle(DEEL, antwoord)
    assert uitslag.status == "fout" and stukje in uitslag.tekst, uitslag.tekst


def test_getal_leeg_en_ontbrekend():
    assert _controle(DEEL, ____).status == "leeg"
    assert DEEL.controleer({}).status == "leeg"


def test_getal_duizendtalpunt_en_geheel():
    aantal = Getal("t.2", "n", "Hoeveel?", lambda: 19958, precisie=0)
    assert _controle(aantal, 19958).goed and _controle(aantal, np.int64(19958)).goed
    assert "duizendtallen" in _controle(aantal, 19.958).tekst
    assert "zonder punten tussen de duizendtallen" in _controle(aantal, "19.958").tekst
    assert "te laag" in _controle(aantal, 19957).tekst


def test_getal_schatting_binnen_factor():
    schatting = Getal("t.3", "mb", "Schat.", lambda: 200.0, factor=2.0,
                      fouten=[Fout("Dat is in bytes.", waarde=lambda: 200e6)])
    assert _controle(schatting, 110).goed and _controle(schatting, 390).goed
    assert "factor 2 te laag" in _controle(schatting, 90).tekst
    assert "in bytes" in _controle(schatting, 2.2e8).tekst


def test_getal_fout_in_de_referentie_is_niet_de_schuld_van_de_leerling():
    kapot = Getal("t.4", "x", "?", lambda: 1 / 0)
    assert "Dit ligt niet aan jou" in _controle(kapot, 3).tekst


NAMEN = Namen("t.5", "namen", "Welke?", lambda: {"a", "b"},
              uitleg_te_veel={"c": "c is dynamisch."}, uitleg_ontbreekt={"b": "b verandert zelden."})


@pytest.mark.parametrize("antwoord", [["a", "b"], ("b", "a"), {"a", "b"}, pd.Series(["b", "a"]),
                                      pd.Index(["a", "b"]), np.array(["a", "b"])])
def test_namen_in_elke_vorm_en_volgorde(antwoord):
    assert _controle(NAMEN, antwoord).goed


@pytest.mark.parametrize("antwoord, stukje", [
    (["a", "b", "c"], "c is dynamisch."),
    (["a"], "b verandert zelden."),
    (["a", "b", "d"], "'d' hoort er niet bij."),
    (["A", "b "], "hoofdletters"),
    (["a", "a", "b"], "dubbel"),
    ("a, b", "één tekst"),
    ([1, 2], "tussen aanhalingstekens"),
])
def test_namen_diagnose(antwoord, stukje):
    uitslag = _controle(NAMEN, antwoord)
    assert uitslag.status == "fout" and stukje in uitslag.tekst, uitslag.tekst


def test_namen_zonder_eigen_uitleg():
    n = Namen("t.6", "namen", "?", lambda: {"a", "b", "c"})
    assert "Er ontbreken nog 2 namen" in _controle(n, ["a"]).tekst
    assert "Er ontbreekt nog één naam" in _controle(n, ["a", "b"]).tekst


TABEL = pd.DataFrame({"id": ["E1", "E2"], "kvk_nummer": ["K1", "K2"], "score": pd.array([9, None], dtype="Int64"),
                      "contact_id": ["C1", "C2"]})
KOLOMMEN = Tabelkolommen("t.7", "minimaal", "?", lambda: TABEL[["kvk_nummer", "score"]],
                         uitleg_te_veel={"contact_id": "contact_id is niet nodig."},
                         uitleg_ontbreekt={"score": "Zonder score geen NPS."})


def test_tabelkolommen():
    assert _controle(KOLOMMEN, TABEL[["score", "kvk_nummer"]]).goed  # volgorde maakt niet uit
    assert "contact_id is niet nodig." in _controle(KOLOMMEN, TABEL[["kvk_nummer", "score", "contact_id"]]).tekst
    assert "Zonder score geen NPS." in _controle(KOLOMMEN, TABEL[["kvk_nummer"]]).tekst
    assert "De kolom 'id' is niet nodig." in _controle(KOLOMMEN, TABEL[["id", "kvk_nummer", "score"]]).tekst
    assert "alle rijen" in _controle(KOLOMMEN, TABEL[["kvk_nummer", "score"]].head(1)).tekst
    assert "dubbele haken" in _controle(KOLOMMEN, TABEL["score"]).tekst
    veranderd = TABEL[["kvk_nummer", "score"]].assign(score=[1, 2])
    assert "veranderd" in _controle(KOLOMMEN, veranderd).tekst


def _lift(b, a, d):
    return b / (a * d)


LIFT = FunctieMetFouten("t.8", "lift", "?", [(0.2, 0.4, 0.3), (0.05, 0.1, 0.5)], _lift,
                        fouten=[Fout("Dat is de confidence.", waarde=lambda b, a, d: b / a)])


def test_functie_met_fouten():
    assert _controle(LIFT, lambda b, a, d: b / a / d).goed
    assert "Dat is de confidence." in _controle(LIFT, lambda b, a, d: b / a).tekst
    assert "zet `return`" in _controle(LIFT, lambda b, a, d: None).tekst.lower()
    assert "foutmelding" in _controle(LIFT, lambda b, a: b).tekst
    assert "geeft geen getal" in _controle(LIFT, lambda b, a, d: "hoog").tekst
    assert _controle(LIFT, ____).status == "leeg"
    uitslag = _controle(LIFT, lambda b, a, d: np.float64(1.5))
    assert "lift(0.2, 0.4, 0.3)` geeft 1.5;" in uitslag.tekst


KEUZE = Keuze("t.9", "keuze", "?", {"a": "A", "b": "B", "c": "C"}, "b",
              waarom={"a": "a is te duur.", "c": "c gaat over iets anders."})


def test_keuze_legt_elke_foute_letter_uit():
    assert _controle(KEUZE, "b").goed and _controle(KEUZE, " B) ").goed
    assert _controle(KEUZE, "a").tekst == "Antwoord a is het niet: a is te duur."
    assert "geen keuze" in _controle(KEUZE, "e").tekst


def test_keuze_zonder_uitleg_bij_een_optie_is_een_fout_in_de_oefening():
    with pytest.raises(ValueError, match="geen uitleg bij optie"):
        Keuze("t.10", "k", "?", {"a": "A", "b": "B"}, "a", waarom={})


OPEN = OpenVraag("t.11", "uitleg", "?", "model", min_woorden=8,
                 kern=[(("toeval", "kans"), "toeval"), (("controle", "nieuwe data"), "hoe je het controleert")])


@pytest.mark.parametrize("antwoord, status, stukje", [
    ("weet ik niet", "fout", "een paar zinnen"),
    ("x", "fout", "een paar zinnen"),
    ("Het is toeval denk ik", "fout", "nog kort"),
    ("Het kan best zo zijn dat dit allemaal toeval is bij zoveel paren", "fout", "hoe je het controleert"),
    ("Bij zoveel paren is het toevallig; ik zou het controleren in nieuwe data van volgend jaar.", "goed", "modelantwoord"),
    (____, "leeg", ""),
])
def test_open_vraag_minimale_inhoud(antwoord, status, stukje):
    uitslag = _controle(OPEN, antwoord)
    assert uitslag.status == status and stukje in uitslag.tekst, uitslag.tekst


def test_toon_geen_numpy():
    assert [toon(np.float64(0.5)), toon(np.int64(7)), toon(2.0), toon(float("nan"))] == ["0.5", "7", "2",
                                                                                          "NaN (geen getal)"]
