"""Feedback die een beginner kan vertrouwen (issue 21): de diagnoses van de controle en het werkboek.

Hand-gebouwde gevallen met het antwoord uitgeschreven; het foutencorpus
(``tests/test_fouten_corpus.py``) doet hetzelfde op de echte oefeningen.
"""

from __future__ import annotations

import json
import sys
import types
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from klantlib import data
from klantlib.oefeningen import Fout, Functie, Meerkeuze, Open, Waarde, Werkboek, ____
from klantlib.oefeningen.kern import (
    FOUT,
    GOED,
    LEEG,
    NAKIJK_VARIABELE,
    _Celvolger,
    lees_seed,
    toegewezen_namen,
    vergelijk,
)


def deel(**extra):
    return Waarde(id="9.1", variabele="x", vraag="?", referentie=lambda: 0.4862, decimalen=3, eenheid="deel",
                  **extra)


# ---------------------------------------------------------------------------
# Precisie
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("antwoord, status", [
    (0.4862, GOED), (0.486, GOED), (0.4865, GOED), (np.float64(0.486), GOED),
    (0.49, FOUT), (0.487, FOUT), (0.4858, GOED), (0.4855, FOUT),
])
def test_binnen_de_genoemde_precisie_is_goed(antwoord, status):
    assert deel().controleer({"x": antwoord}).status == status


def test_hele_euros_bij_decimalen_0():
    oef = Waarde(id="9.1", variabele="x", vraag="?", referentie=lambda: 123456.78, decimalen=0, eenheid="euro")
    assert oef.controleer({"x": 123457}).goed and oef.controleer({"x": 123456.78}).goed
    assert not oef.controleer({"x": 123455}).goed


def test_een_derde_met_twee_decimalen():
    oef = Waarde(id="9.1", variabele="x", vraag="?", referentie=lambda: 1 / 3, decimalen=2)
    assert oef.controleer({"x": 0.33}).goed
    uitslag = oef.controleer({"x": 0.3})
    assert uitslag.soort == "afronding" and "2 decimalen" in uitslag.tekst


# ---------------------------------------------------------------------------
# Vormen die beginners maken
# ---------------------------------------------------------------------------


def test_decimale_komma_wordt_herkend():
    uitslag = deel().controleer({"x": (0, 486)})
    assert uitslag.soort == "komma" and "`0.486`" in uitslag.tekst and "Dan klopt het getal" in uitslag.tekst
    assert "lijst" not in uitslag.tekst  # vroeger: "je antwoord is een lijst"
    groot = Waarde(id="9.2", variabele="x", vraag="?", referentie=lambda: 1234.5, decimalen=1)
    assert "`1234.5`" in groot.controleer({"x": (1.234, 5)}).tekst  # 1.234,5


def test_procent_waar_een_deel_hoort_bij_elke_precisie():
    for antwoord in (48.62, 48.6, 49):
        uitslag = deel().controleer({"x": antwoord})
        assert uitslag.soort == "deel_procent" and "deel door 100" in uitslag.tekst, antwoord
    procent = Waarde(id="9.3", variabele="x", vraag="?", referentie=lambda: 48.62, decimalen=1, eenheid="procent")
    uitslag = procent.controleer({"x": 0.486})
    assert uitslag.soort == "deel_procent" and "`48.6`" in uitslag.tekst


@pytest.mark.parametrize("tekst, advies", [
    ("48.6%", "`0.486`"), ("48,6 %", "`0.486`"), ("0.486", "`0.486`"), ("0,486", "`0.486`"),
])
def test_tekst_met_procent_of_komma_geeft_een_geldig_python_getal(tekst, advies):
    uitslag = deel().controleer({"x": tekst})
    assert uitslag.status == FOUT and advies in uitslag.tekst
    assert "aanhalingstekens" in uitslag.tekst and "Dan klopt het getal" in uitslag.tekst
    assert eval(advies.strip("`")) == pytest.approx(0.486)  # noqa: S307 - het advies is geldige Python


def test_euro_tekst_en_duizendtallen():
    oef = Waarde(id="9.4", variabele="x", vraag="?", referentie=lambda: 19958.4, decimalen=0, eenheid="euro")
    uitslag = oef.controleer({"x": "€ 19.958,40"})
    assert "`19958.4`" in uitslag.tekst and "zonder €-teken" in uitslag.tekst and "Dan klopt" in uitslag.tekst
    uitslag = oef.controleer({"x": 19.958})
    assert uitslag.soort == "duizendpunt" and "`19958`" in uitslag.tekst  # vroeger alleen: "te laag"
    assert oef.controleer({"x": 19.958 + 0.0}).status == FOUT


def test_series_waar_een_getal_hoort():
    oef = Waarde(id="9.5", variabele="x", vraag="?", referentie=lambda: 15.6, decimalen=1)
    tabel = pd.DataFrame({"negatief": [47.5, 15.6]}, index=["nu", "wat als"])
    uitslag = oef.controleer({"x": tabel["negatief"]})
    assert uitslag.soort == "series_een_getal" and '.loc["wat als"]' in uitslag.tekst
    assert "optellen" not in uitslag.tekst and "gemiddelde" not in uitslag.tekst
    uitslag = oef.controleer({"x": tabel})
    assert '.loc["wat als", "negatief"]' in uitslag.tekst
    assert "De waarde erin klopt al" in oef.controleer({"x": pd.Series([15.6])}).tekst
    assert ".sum()" in oef.controleer({"x": pd.Series([5.6, 10.0])}).tekst


def test_functie_zonder_haakjes_en_print():
    oef = Waarde(id="9.6", variabele="x", vraag="?", referentie=lambda: "Zorg")
    reeks = pd.Series({"Zorg": 1.0, "Bouw": 2.0})
    assert oef.controleer({"x": reeks.idxmin}).soort == "haakjes"
    assert oef.controleer({"x": reeks.idxmin()}).goed
    getal = Waarde(id="9.7", variabele="x", vraag="?", referentie=lambda: 3)
    assert getal.controleer({"x": None}).soort == "none" and "print" in getal.controleer({"x": None}).tekst


def test_arrow_array_van_unique_is_een_goede_lijst():
    oef = Waarde(id="9.8", variabele="x", vraag="?", referentie=lambda: ["a", "b", "c"], volgorde=False)
    reeks = pd.Series(["b", "a", "c", "a"], dtype="str")
    assert oef.controleer({"x": reeks.unique()}).goed  # vroeger: "...maar je antwoord is een ArrowStringArray"
    assert oef.controleer({"x": reeks.drop_duplicates()}).goed


def test_lijstfeedback_volgt_de_volgorde_van_de_leerling():
    oef = Waarde(id="9.9", variabele="x", vraag="?", referentie=lambda: ["Bouw", "Zorg", "ICT"], volgorde=False)
    uitslag = oef.controleer({"x": ["Zorg", "ICT", "Horeca"]})
    assert "Het 3e element van je lijst" in uitslag.tekst and '"Horeca"' in uitslag.tekst
    assert oef.controleer({"x": ["Zorg", "ICT"]}).soort == "aantal"
    assert oef.controleer({"x": ["Zorg", "ICT", "Zorg"]}).soort == "dubbel"


def test_series_zonder_volgorde_met_labels_in_andere_volgorde():
    verwacht = pd.Series({"Bouw": 1.0, "Zorg": 2.0, "ICT": 3.0})
    oef = Waarde(id="9.10", variabele="x", vraag="?", referentie=lambda: verwacht, volgorde=False, decimalen=1)
    assert oef.controleer({"x": verwacht.sort_values(ascending=False)}).goed
    assert oef.controleer({"x": verwacht.reset_index(drop=True)}).soort == "labels"


def test_geen_numpy_weergave_in_feedback():
    oef = Waarde(id="9.11", variabele="x", vraag="?", referentie=lambda: pd.Series({"a": 1.0, "b": 2.0}))
    tekst = oef.controleer({"x": pd.Series({"a": np.float64(15.0), "b": 2.0})}).tekst
    assert "np." not in tekst and "(15.0)" in tekst
    assert "np." not in vergelijk([np.int64(5)], [4])


# ---------------------------------------------------------------------------
# Bekende fouten
# ---------------------------------------------------------------------------


def test_bekende_foute_methode_krijgt_eigen_feedback_en_nooit_goed():
    oef = Waarde(id="9.12", variabele="x", vraag="?", referentie=lambda: 17.0, decimalen=1,
                 fouten=[Fout("Lege antwoorden tellen niet mee.", waarde=lambda: 16.92)])
    assert oef.controleer({"x": 16.92}).soort == "bekende_fout"
    assert oef.controleer({"x": 16.9}).soort == "bekende_fout"  # afgerond op de precisie: nog steeds herkend
    assert oef.controleer({"x": 17.0}).goed


def test_foute_methode_die_toevallig_goed_is_telt_niet():
    oef = Waarde(id="9.13", variabele="x", vraag="?", referentie=lambda: 5, decimalen=0,
                 fouten=[Fout("Fout A.", waarde=lambda: 5), Fout("Fout B.", herken=lambda a: a == 4)])
    assert oef.controleer({"x": 5}).goed
    assert "Fout B." in oef.controleer({"x": 4}).tekst


def test_twee_bekende_fouten_met_hetzelfde_antwoord_worden_allebei_genoemd():
    oef = Waarde(id="9.14", variabele="x", vraag="?", referentie=lambda: "a",
                 fouten=[Fout("Dit is de grootste.", waarde=lambda: "b"), Fout("Dit is de oudste.", waarde=lambda: "b")])
    tekst = oef.controleer({"x": "b"}).tekst
    assert "Dit is de grootste." in tekst and "dit is de oudste." in tekst


def test_functie_met_bekende_fout_en_verwachte_uitkomst():
    oef = Functie(id="9.15", functie="f", vraag="?", gevallen=[(10, 0.3), (3, 0.4)],
                  referentie=lambda k, p: -(-k // p) if False else int(np.ceil(k / p)),
                  fouten=[Fout("Rond naar boven af.", functie=lambda k, p: round(k / p))])
    ns: dict = {}
    exec("def f(k, p):\n    return round(k / p)", ns)
    uitslag = oef.controleer(ns)
    assert uitslag.soort == "bekende_fout" and "geeft 33, maar dat moet 34 zijn" in uitslag.tekst
    exec("def f(k, p):\n    return k > 100", ns)
    tekst = oef.controleer(ns).tekst
    assert tekst.lower().count("dat klopt niet") == 0


def test_functie_die_faalt_op_pd_na_krijgt_uitleg():
    oef = Functie(id="9.16", functie="f", vraag="?", gevallen=[([1, pd.NA, 9],)],
                  referentie=lambda s: len([x for x in s if pd.notna(x) and x >= 9]))
    ns: dict = {}
    exec("def f(s):\n    return len([x for x in s if x is not None and x >= 9])", ns)
    uitslag = oef.controleer(ns)
    assert uitslag.status == FOUT and "pd.notna" in uitslag.tekst and "pd.NA" in uitslag.tekst


# ---------------------------------------------------------------------------
# Meerkeuze en open vragen
# ---------------------------------------------------------------------------


def test_meerkeuze_waarom_niet_en_optietekst():
    oef = Meerkeuze(id="9.17", variabele="k", vraag="?", opties={"a": "Appel", "b": "Peer"}, juist="b",
                    waarom_niet={"a": "Een appel is geen peer."})
    assert "Een appel is geen peer." in oef.controleer({"k": "a"}).tekst
    uitslag = oef.controleer({"k": "Peer"})
    assert uitslag.status == FOUT and 'k = "b"' in uitslag.tekst
    with pytest.raises(ValueError, match="waarom_niet"):
        Meerkeuze(id="x", variabele="k", vraag="?", opties={"a": "A"}, juist="a", waarom_niet={"z": "?"})


@pytest.mark.parametrize("antwoord, soort", [
    ("x", "te_kort"), ("weet ik niet", "weet_niet"), ("Geen idee.", "weet_niet"), ("ik snap het niet", "weet_niet"),
    ("ja ja ja ja ja ja ja ja ja ja", "te_kort"), ("bla bla bla bla bla bla bla bla bla", "weet_niet"),
    ("Iedereen heeft andere getallen, dus overschrijven heeft geen zin.", "kernwoord"),
    ("Iedereen heeft andere getallen, dus je moet de berekening zelf begrijpen.", "goed"),
])
def test_open_vraag_minimale_inhoud(antwoord, soort):
    oef = Open(id="9.18", variabele="u", vraag="?", modelantwoord="...", moet_noemen=[("berekening", ["bereken"])])
    uitslag = oef.controleer({"u": antwoord})
    assert uitslag.soort == soort, uitslag
    if soort == "goed":
        assert "ingevuld" in uitslag.titel


# ---------------------------------------------------------------------------
# Werkboek: setupcel, seed als tekst, verouderde waarden, herstart
# ---------------------------------------------------------------------------


@pytest.fixture
def hoofdstuk(monkeypatch):
    module = types.ModuleType("klantlib.oefeningen.hfeedback")
    module.OEFENINGEN = [
        Waarde(id="9.1", variabele="totaal", vraag="?", referentie=lambda: 42),
        Functie(id="9.2", functie="dubbel", vraag="?", gevallen=[(1,), (2,)], referentie=lambda x: 2 * x),
    ]
    monkeypatch.setitem(sys.modules, "klantlib.oefeningen.hfeedback", module)
    monkeypatch.delenv(NAKIJK_VARIABELE, raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    yield "hfeedback"
    data.kies_dataset(None)


def test_werkboek_zet_plaatshouder_klaar(hoofdstuk):
    ns: dict = {}
    Werkboek(hoofdstuk, ns)
    assert ns["____"] is ____  # geen `import ..., ____` meer nodig in de setupcel


def test_seed_als_tekst_met_nul_vooraan(hoofdstuk):
    Werkboek(hoofdstuk, {}, seed="0123456")
    assert data.actieve_seed() == 123456
    assert lees_seed(" 12 34 ") == 1234
    with pytest.raises(ValueError, match="studentnummer"):
        lees_seed("abc")
    with pytest.raises(ValueError, match="aanhalingstekens"):
        lees_seed(-3)


def _cel(volger, bron, fout=None, nummer=1):
    volger.na_cel(SimpleNamespace(info=SimpleNamespace(raw_cell=bron), execution_count=nummer,
                                  error_before_exec=None, error_in_exec=fout))


def test_verouderde_waarde_na_een_fout(hoofdstuk):
    ns: dict = {"totaal": 42}
    wb = Werkboek(hoofdstuk, ns)
    wb._volger = volger = _Celvolger()
    _cel(volger, "totaal = 42")
    assert wb.controleer("9.1").goed
    _cel(volger, "totaal = Totaal + 1", NameError("name 'Totaal' is not defined"), 2)
    uitslag = wb.controleer("9.1")
    assert uitslag.status == FOUT and uitslag.soort == "verouderd" and "cel [2]" in uitslag.tekst
    _cel(volger, "totaal = 41 + 1", None, 3)
    assert wb.controleer("9.1").goed
    # een functie: geen "Vergeet je return?" over een oude versie
    exec("def dubbel(x):\n    print(x)", ns)
    _cel(volger, "def dubbel(x):\nreturn 2 * x", IndentationError("expected an indented block"), 4)
    uitslag = wb.controleer("9.2")
    assert uitslag.soort == "verouderd" and "return" not in uitslag.tekst


def test_toegewezen_namen():
    assert toegewezen_namen("import math\nfrom x import y as z\nfor i in r:\n    t = i") == {"math", "z", "i", "t"}
    assert toegewezen_namen("wb.controleer('1')") == set()
    assert toegewezen_namen("x = 0,05\n") == {"x"}  # SyntaxError: per regel
    assert toegewezen_namen("def f(a):\nreturn a") == {"f"}


def test_herstart_wordt_herkend_uit_het_opgeslagen_notebook(hoofdstuk, tmp_path):
    nb = tmp_path / "werkboek.ipynb"
    nb.write_text(json.dumps({"cells": [
        {"cell_type": "code", "source": ["totaal = 40 + 2"], "metadata": {}, "outputs": [], "execution_count": 3},
        {"cell_type": "code", "source": "def dubbel(x):\n    return ____", "metadata": {}, "outputs": [],
         "execution_count": None},
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    ns: dict = {"__session__": str(nb)}
    wb = Werkboek(hoofdstuk, ns)
    uitslag = wb.controleer("9.1")
    assert uitslag.status == LEEG and uitslag.soort == "niet_uitgevoerd" and "Run All Above" in uitslag.tekst
    assert wb.controleer("9.2").soort == "leeg"  # daar staat nog ____: gewoon nog niet geprobeerd
    voortgang = wb.voortgang()
    assert "⚠️" in voortgang.tekst and "ingevuld, maar cel nog niet uitgevoerd" in voortgang.tekst


def test_voortgang_na_herstart_zonder_notebookbestand(hoofdstuk):
    wb = Werkboek(hoofdstuk, {})
    wb._volger = _Celvolger()
    assert "nog geen enkele antwoordcel uitgevoerd" in wb.voortgang().tekst
    wb._volger = None  # buiten een notebook: geen waarschuwing
    assert "⚠️" not in wb.voortgang().tekst
