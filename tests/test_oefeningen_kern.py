"""Tests voor klantlib.oefeningen.kern: vergelijken, oefeningsoorten, Werkboek."""

from __future__ import annotations

import json
import sys
import types
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

import klantlib
from klantlib import data
from klantlib.oefeningen import Functie, Meerkeuze, Open, Waarde, Werkboek, ____
from klantlib.oefeningen.kern import (
    FOUT,
    GOED,
    LEEG,
    NAKIJK_VARIABELE,
    Uitslag,
    VersieWaarschuwing,
    eindcontrole,
    is_leeg,
    vergelijk,
)

# ---------------------------------------------------------------------------
# vergelijk
# ---------------------------------------------------------------------------


def test_getallen_met_tolerantie_en_richting():
    assert vergelijk(0.1 + 0.2, 0.3) is None
    assert vergelijk(10, 10.0) is None
    assert vergelijk(np.int64(7), 7) is None
    assert vergelijk(12, 10) == "Je getal is te hoog."
    assert vergelijk(8, 10) == "Je getal is te laag."
    assert vergelijk(10.004, 10.0, tolerantie=0.01) is None
    assert vergelijk(10.02, 10.0, tolerantie=0.01) is not None
    assert "factor 100" in vergelijk(25.0, 0.25)
    assert "tekst" in vergelijk("10", 10)
    assert ".iloc[0]" in vergelijk(pd.Series([10]), 10)
    assert "NaN" in vergelijk(float("nan"), 3.0)
    assert vergelijk(float("nan"), float("nan")) is None
    assert "True of False" in vergelijk(1, True)


def test_tekst():
    assert vergelijk("Utrecht", "Utrecht") is None
    assert "hoofdletters" in vergelijk("utrecht", "Utrecht")
    assert vergelijk("Amsterdam", "Utrecht") == "Die tekst klopt nog niet."
    assert "tekst" in vergelijk(3, "Utrecht")


def test_lijst_lengte_volgorde_element():
    assert vergelijk([1, 2, 3], [1, 2, 3]) is None
    assert vergelijk((1, 2, 3), [1, 2, 3]) is None
    assert vergelijk(np.array([1, 2, 3]), [1, 2, 3]) is None
    assert "te weinig" in vergelijk([1, 2], [1, 2, 3])
    assert "te veel" in vergelijk([1, 2, 3, 4], [1, 2, 3])
    assert "andere volgorde" in vergelijk([3, 2, 1], [1, 2, 3])
    assert vergelijk([3, 2, 1], [1, 2, 3], volgorde=False) is None
    assert vergelijk(["b", "a"], ["a", "b"], volgorde=False) is None
    melding = vergelijk([1, 5, 3], [1, 2, 3])
    assert melding.startswith("Element 2") and "5" in melding
    assert "lijst" in vergelijk(5, [1, 2])


def test_verzameling_en_dict():
    assert vergelijk(["a", "b"], {"a", "b"}) is None
    assert "dubbele" in vergelijk(["a", "a", "b"], {"a", "b"})
    assert '"c"' in vergelijk({"a", "c"}, {"a", "b"})
    assert "ontbreken nog 1" in vergelijk({"a"}, {"a", "b"})
    assert vergelijk({"x": 1.0, "y": 2}, {"x": 1, "y": 2}) is None
    assert '"y" ontbreekt' in vergelijk({"x": 1}, {"x": 1, "y": 2})
    assert '"z" hoort er niet bij' in vergelijk({"x": 1, "y": 2, "z": 3}, {"x": 1, "y": 2})
    assert vergelijk({"x": 2, "y": 2}, {"x": 1, "y": 2}).startswith('Bij sleutel "x"')


def test_series():
    verwacht = pd.Series([10.0, 20.0, 30.0], index=["a", "b", "c"])
    assert vergelijk(verwacht.copy(), verwacht) is None
    assert vergelijk(verwacht.to_frame("omzet"), verwacht) is None  # één kolom mag
    assert "te weinig" in vergelijk(verwacht.iloc[:2], verwacht)
    assert 'label dat er niet hoort: "x"' in vergelijk(pd.Series([10.0, 20, 30], index=["a", "b", "x"]), verwacht)
    assert "andere volgorde" in vergelijk(verwacht.iloc[::-1], verwacht)
    assert vergelijk(verwacht.iloc[::-1], verwacht, volgorde=False) is None
    melding = vergelijk(pd.Series([10.0, 21.0, 30.0], index=["a", "b", "c"]), verwacht)
    assert 'label "b"' in melding and "(21.0)" in melding and "20" not in melding
    assert "Series" in vergelijk([10, 20, 30], verwacht)


def test_dataframe_zegt_eerst_wat_verschilt_zonder_antwoord():
    verwacht = pd.DataFrame({"klant": ["A", "B", "C"], "omzet": [100.0, 250.5, 80.0]})
    assert vergelijk(verwacht.copy(), verwacht) is None
    assert vergelijk(verwacht.drop(columns="omzet"), verwacht) == "In je tabel ontbreekt de kolom 'omzet'."
    assert "'extra'" in vergelijk(verwacht.assign(extra=1), verwacht)
    assert "2 rijen" in vergelijk(verwacht.iloc[:2], verwacht) and "te weinig" in vergelijk(verwacht.iloc[:2], verwacht)
    fout = verwacht.copy()
    fout.loc[1, "omzet"] = 999.0
    melding = vergelijk(fout, verwacht)
    assert "kolom 'omzet'" in melding and "rij 2" in melding and "999" in melding
    assert "250.5" not in melding  # het juiste antwoord wordt niet verklapt
    assert "andere volgorde" in vergelijk(verwacht.iloc[::-1].reset_index(drop=True), verwacht)
    assert vergelijk(verwacht.iloc[::-1].reset_index(drop=True), verwacht, volgorde=False) is None
    assert "Series" in vergelijk(verwacht["omzet"], verwacht)
    assert "tabel" in vergelijk(3, verwacht)
    # ontbrekende waarden op dezelfde plek tellen als gelijk
    met_na = pd.DataFrame({"x": [1.0, np.nan], "y": pd.array([1, None], dtype="Int64")})
    assert vergelijk(met_na.copy(), met_na) is None


def test_dataframe_met_index():
    verwacht = pd.DataFrame({"omzet": [1.0, 2.0]}, index=pd.Index(["noord", "zuid"], name="rayon"))
    assert vergelijk(verwacht.copy(), verwacht) is None
    melding = vergelijk(verwacht.reset_index(drop=True), verwacht)
    assert "index" in melding


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
                max_size=20))
def test_eigenschap_gelijk_is_goed(waarden):
    assert vergelijk(list(waarden), list(waarden)) is None
    assert vergelijk(pd.Series(waarden, dtype="float64"), pd.Series(waarden, dtype="float64")) is None
    df = pd.DataFrame({"w": pd.Series(waarden, dtype="float64")})
    assert vergelijk(df.copy(), df) is None


@given(st.floats(min_value=-1e6, max_value=1e6), st.floats(min_value=0.01, max_value=1e6))
def test_eigenschap_verschil_wordt_gezien(x, delta):
    assert vergelijk(x + delta, x) is not None
    assert vergelijk([x + delta], [x]) is not None


def test_plaatshouder():
    assert repr(____) == "____"
    assert is_leeg(____) and is_leeg(...) and is_leeg([1, ____]) and is_leeg({"a": ...})
    assert not is_leeg(0) and not is_leeg("") and not is_leeg(None)
    import copy
    import pickle
    assert copy.deepcopy(____) is ____ and pickle.loads(pickle.dumps(____)) is ____


# ---------------------------------------------------------------------------
# Oefeningsoorten
# ---------------------------------------------------------------------------

WAARDE = Waarde(id="9.1", variabele="totaal", vraag="Tel op.", referentie=lambda: 42,
                hints=["Gebruik sum.", "Tel 40 en 2 op."], oplossing="totaal = 40 + 2")


@pytest.mark.parametrize("ns, status", [
    ({}, LEEG),
    ({"totaal": ____}, LEEG),
    ({"totaal": ...}, LEEG),
    ({"totaal": 42}, GOED),
    ({"totaal": 42 + 1e-12}, GOED),
    ({"totaal": 42.001}, FOUT),
    ({"totaal": 41}, FOUT),
    ({"totaal": "42"}, FOUT),
])
def test_waarde_drie_uitkomsten(ns, status):
    assert WAARDE.controleer(ns).status == status


def test_waarde_fout_geeft_aanwijzing_en_hintverwijzing():
    uitslag = WAARDE.controleer({"totaal": 41})
    assert "te laag" in uitslag.tekst and 'wb.hint("9.1")' in uitslag.tekst
    assert "42" not in uitslag.tekst


def test_waarde_referentiefout_geeft_nette_melding():
    kapot = Waarde(id="9.2", variabele="x", vraag="?", referentie=lambda: 1 / 0)
    uitslag = kapot.controleer({"x": 1})
    assert uitslag.status == FOUT
    assert "klantlib" in uitslag.tekst and "Traceback" not in uitslag.tekst


def test_waarde_vergelijking_die_crasht_wordt_uitgelegd():
    class Raar:
        def __eq__(self, ander):
            raise RuntimeError("kapot")

        def __repr__(self):
            raise RuntimeError("ook kapot")

    oef = Waarde(id="9.3", variabele="x", vraag="?", referentie=lambda: object())
    uitslag = oef.controleer({"x": Raar()})
    assert uitslag.status == FOUT and "Traceback" not in repr(uitslag)


FUNCTIE = Functie(id="9.4", functie="dubbel", vraag="Verdubbel.", gevallen=[(1,), (0,), 2.5, (-3,)],
                  referentie=lambda x: 2 * x, hints=["Keer twee."], oplossing="def dubbel(x):\n    return 2 * x")


def _functie(bron: str):
    ns: dict = {"____": ____}
    exec(bron, ns)
    return ns


def test_functie_goed_en_leeg():
    assert FUNCTIE.controleer(_functie("def dubbel(x):\n    return x + x")).status == GOED
    assert FUNCTIE.controleer({}).status == LEEG
    assert FUNCTIE.controleer({"dubbel": ____}).status == LEEG
    assert FUNCTIE.controleer(_functie("def dubbel(x):\n    return ____")).status == LEEG


def test_functie_zegt_welke_invoer_faalt():
    uitslag = FUNCTIE.controleer(_functie("def dubbel(x):\n    return 2 / x * x * x"))
    assert uitslag.status == FOUT
    assert "dubbel(0)" in uitslag.tekst and "ZeroDivisionError" in uitslag.tekst
    assert "Traceback" not in uitslag.tekst
    uitslag = FUNCTIE.controleer(_functie("def dubbel(x):\n    return 2 if x == 1 else 3 * x"))
    assert "dubbel(0)" not in uitslag.tekst and "dubbel(2.5)" in uitslag.tekst and "7.5" in uitslag.tekst


def test_functie_zonder_return_of_geen_functie():
    assert "return" in FUNCTIE.controleer(_functie("def dubbel(x):\n    y = 2 * x")).tekst
    uitslag = FUNCTIE.controleer({"dubbel": 4})
    assert uitslag.status == FOUT and "def dubbel" in uitslag.tekst


def test_functie_krijgt_kopie_van_invoer():
    oef = Functie(id="9.5", functie="f", vraag="?", gevallen=[([1, 2],)], referentie=lambda l: len(l))
    ns = _functie("def f(l):\n    l.append(3)\n    return len(l) - 1")
    assert oef.controleer(ns).status == GOED
    assert oef.gevallen == [([1, 2],)]


MEERKEUZE = Meerkeuze(id="9.6", variabele="keuze", vraag="Welke?", opties={"a": "A", "b": "B", "c": "C"},
                      juist="b", hints=["Niet a."], uitleg="B is juist omdat...")


@pytest.mark.parametrize("antwoord, status", [
    (____, LEEG), ("", LEEG), ("b", GOED), ("B", GOED), (" b) ", GOED), ("a", FOUT), ("z", FOUT), (2, FOUT),
])
def test_meerkeuze(antwoord, status):
    assert MEERKEUZE.controleer({"keuze": antwoord}).status == status


def test_meerkeuze_meldingen_en_ongeldige_definitie():
    assert "a, b, c" in MEERKEUZE.controleer({"keuze": "z"}).tekst
    assert MEERKEUZE.controleer({"keuze": "b"}).tekst == "B is juist omdat..."
    assert "juist is" not in MEERKEUZE.controleer({"keuze": "a"}).tekst
    with pytest.raises(ValueError, match="juist='d'"):
        Meerkeuze(id="x", variabele="k", vraag="?", opties={"a": "A"}, juist="d")


def test_open():
    oef = Open(id="9.7", variabele="uitleg", vraag="Waarom?", modelantwoord="Daarom.")
    assert oef.nakijkbaar is False
    assert oef.controleer({}).status == LEEG
    assert oef.controleer({"uitleg": "____"}).status == LEEG
    assert oef.controleer({"uitleg": "  "}).status == LEEG
    assert oef.controleer({"uitleg": 5}).status == FOUT
    assert oef.controleer({"uitleg": "Omdat het kan."}).status == FOUT  # te kort: minstens 8 woorden
    assert oef.controleer({"uitleg": "Omdat het kan en omdat iedereen dan andere getallen heeft."}).status == GOED
    assert "Daarom." in oef.oplossingstekst()


def test_uitslag_markdown_en_tekst():
    uitslag = Uitslag(GOED, "Oefening 1: goed", "`x` klopt.")
    assert uitslag._repr_markdown_() == "✅ **Oefening 1: goed**\n\n`x` klopt."
    assert repr(uitslag) == "[goed] Oefening 1: goed\n`x` klopt."
    assert repr(Uitslag(LEEG, "t")) == "[nog niet geprobeerd] t"
    assert repr(Uitslag(FOUT, "t")) == "[nog niet goed] t"
    assert "<b>t</b>" in Uitslag(FOUT, "t", "a<b").als_html() and "a&lt;b" in Uitslag(FOUT, "t", "a<b").als_html()


# ---------------------------------------------------------------------------
# Werkboek (met een nephoofdstuk)
# ---------------------------------------------------------------------------


@pytest.fixture
def hoofdstuk(monkeypatch):
    module = types.ModuleType("klantlib.oefeningen.htest")
    module.OEFENINGEN = [WAARDE, FUNCTIE, MEERKEUZE,
                         Open(id="9.7", variabele="uitleg", vraag="Waarom?", modelantwoord="Daarom.")]
    monkeypatch.setitem(sys.modules, "klantlib.oefeningen.htest", module)
    monkeypatch.delenv(NAKIJK_VARIABELE, raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    yield "htest"
    data.kies_dataset(None)


def test_werkboek_controleer_hint_oplossing(hoofdstuk):
    ns: dict = {}
    wb = Werkboek(hoofdstuk, ns)
    assert wb.controleer("9.1").status == LEEG
    ns["totaal"] = 42
    assert wb.controleer("9.1").goed
    assert "Gebruik sum." in wb.hint("9.1").tekst
    assert "Tel 40 en 2 op." in wb.hint("9.1").tekst and "2 van 2" in wb.hint("9.1", 2).titel
    assert "geen hints meer" in wb.hint("9.1").titel
    assert "Gebruik sum." in wb.hint("9.1", 1).tekst
    assert "bestaat niet" in wb.hint("9.1", 5).titel
    assert "totaal = 40 + 2" in wb.oplossing("9.1").tekst
    assert "Het juiste antwoord is **b**" in wb.oplossing("9.6").tekst
    assert "Daarom." in wb.oplossing("9.7").tekst
    onbekend = wb.controleer("1.1")
    assert "bestaat niet" in onbekend.titel and "9.1, 9.4, 9.6, 9.7" in onbekend.tekst
    assert wb.controleer(9.1).goed  # een getal als id mag ook


def test_werkboek_voortgang(hoofdstuk):
    ns: dict = {"totaal": 42, "keuze": "a"}
    wb = Werkboek(hoofdstuk, ns)
    tekst = wb.voortgang()._repr_markdown_()
    assert "| 9.1 | waarde | ✅ goed |" in tekst
    assert "| 9.4 | functie | ⬜ nog niet geprobeerd |" in tekst
    assert "| 9.6 | meerkeuze | ❌ nog niet goed |" in tekst
    assert "1 goed, 1 nog niet goed, 2 nog niet geprobeerd" in tekst


def test_werkboek_seed_kiest_dataset(hoofdstuk):
    Werkboek(hoofdstuk, {}, seed=7)
    assert data.actieve_seed() == 7
    Werkboek(hoofdstuk, {})
    assert data.actieve_seed() is None


def test_werkboek_onbekend_hoofdstuk_en_namespace():
    with pytest.raises(ValueError, match="Hoofdstuk 'h99' bestaat niet"):
        Werkboek("h99", {})
    with pytest.raises(ValueError, match="globals"):
        Werkboek("h00", None)


def test_werkboek_kies_widget(hoofdstuk):
    ns: dict = {}
    wb = Werkboek(hoofdstuk, ns)
    doos = wb.kies("9.6")
    assert "klantlib-widget" in doos._dom_classes and "klantlib-meerkeuze" in doos._dom_classes
    knoppen, resultaat = doos.children[1], doos.children[2]
    assert knoppen.value is None and resultaat.value == ""
    knoppen.value = "a"
    assert "keuze" not in ns, "de knoppen veranderen de code van de leerling niet"
    assert "nog niet goed" in resultaat.value and "Schrijf je keuze nu in de code" in resultaat.value
    knoppen.value = "b"
    assert "goed" in resultaat.value and "klantlib-resultaat" in resultaat._dom_classes
    assert resultaat.value == wb.keuze_uitslag("9.6", "b").als_html()
    # gekozen met de knoppen, maar niet in de code: niet stil goed
    uitslag = wb.controleer("9.6")
    assert uitslag.status == LEEG and uitslag.soort == "knop_niet_in_code" and 'keuze = "b"' in uitslag.tekst
    # code en knoppen verschillen: de code telt, en dat staat erbij
    ns["keuze"] = "c"
    uitslag = wb.controleer("9.6")
    assert uitslag.status == FOUT and uitslag.soort == "knop_anders_dan_code" and "koos je b)" in uitslag.tekst
    assert "in je code staat nog" in wb.keuze_uitslag("9.6", "b").tekst
    ns["keuze"] = "b"
    assert wb.controleer("9.6").goed
    assert wb.kies("9.6").children[1].value == "b"  # bestaande keuze staat al aan
    assert "geen meerkeuzevraag" in wb.kies("9.1").titel


def test_nakijkmodus_schrijft_regels(hoofdstuk, tmp_path, monkeypatch):
    pad = tmp_path / "uit.jsonl"
    monkeypatch.setenv(NAKIJK_VARIABELE, str(pad))
    ns: dict = {"totaal": 42}
    wb = Werkboek(hoofdstuk, ns, seed=5)
    wb.controleer("9.1")
    wb.controleer("9.6")
    eindcontrole(ns, hoofdstuk)
    regels = [json.loads(r) for r in pad.read_text().splitlines()]
    assert regels[0] == {"soort": "start", "hoofdstuk": "htest", "seed": 5, "versie": None,
                         "klantlib": klantlib.__version__}
    assert regels[1] == {"soort": "controle", "hoofdstuk": "htest", "id": "9.1", "status": "goed", "seed": 5,
                         "tekst": wb.controleer("9.1").tekst}
    assert regels[2]["tekst"] == wb.controleer("9.6").tekst != ""  # de terugkoppeling gaat mee (klasoverzicht)
    assert regels[2]["id"] == "9.6" and regels[2]["status"] == "leeg"
    eind = {r["id"]: r["status"] for r in regels if r["soort"] == "eind"}
    assert eind == {"9.1": "goed", "9.4": "leeg", "9.6": "leeg", "9.7": "leeg"}


def test_eindcontrole_zonder_werkboek(hoofdstuk, tmp_path, monkeypatch):
    pad = tmp_path / "uit.jsonl"
    monkeypatch.setenv(NAKIJK_VARIABELE, str(pad))
    eindcontrole({"totaal": 42}, hoofdstuk)
    eind = {json.loads(r)["id"]: json.loads(r)["status"] for r in pad.read_text().splitlines()}
    assert eind["9.1"] == "goed"


def test_versiewaarschuwing(hoofdstuk, tmp_path, monkeypatch):
    with pytest.warns(VersieWaarschuwing, match="klantlib 0.0.1"):
        wb = Werkboek(hoofdstuk, {"totaal": 42}, versie="0.0.1")
    assert "klantlib 0.0.1" in wb.controleer("9.1").tekst
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Werkboek(hoofdstuk, {}, versie=klantlib.__version__)
        Werkboek(hoofdstuk, {})
    # Jupyter geeft het pad van het notebook door via __session__
    nb = tmp_path / "werkboek.ipynb"
    nb.write_text(json.dumps({"cells": [], "metadata": {"klantlib": {"versie": "0.0.2"}}}))
    with pytest.warns(VersieWaarschuwing, match="0.0.2"):
        Werkboek(hoofdstuk, {"__session__": str(nb)})
    # een pad ten opzichte van de servermap: zoek het notebook in de werkmap
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JPY_SESSION_NAME", "ergens/anders/werkboek.ipynb")
    with pytest.warns(VersieWaarschuwing, match="0.0.2"):
        Werkboek(hoofdstuk, {})


def test_h00_op_echte_data():
    ns: dict = {}
    wb = Werkboek("h00", ns)
    assert {u.status for u in wb.uitslagen().values()} == {LEEG}
    facturen = data.laad("facturen")
    ns["aantal_facturen"] = len(facturen)
    ns["business_units"] = sorted(facturen["business_unit"].unique(), reverse=True)
    assert wb.controleer("0.1").goed and wb.controleer("0.3").goed
    ns["aantal_facturen"] = len(facturen.drop_duplicates())
    assert "te laag" in wb.controleer("0.1").tekst


def test_werkboek_vangt_vastgelopen_controle_op(hoofdstuk, monkeypatch):
    ns: dict = {"totaal": 42}
    wb = Werkboek(hoofdstuk, ns)

    def kapot(*args, **kwargs):
        raise RuntimeError("onverwacht")

    monkeypatch.setattr(Waarde, "controleer", kapot)
    uitslag = wb.controleer("9.1")
    assert uitslag.status == FOUT and "liep vast" in uitslag.tekst and "RuntimeError" in uitslag.tekst


def test_afronding_alleen_als_afronden_van_het_goede_getal_het_antwoord_geeft():
    # 10.4 is geen afronding van 10.2: gewoon te hoog (vroeger: "heel dicht bij")
    assert vergelijk(10.4, 10.2) == "Je getal is te hoog."
    assert vergelijk(10.2, 10.23).soort == "afronding"  # 10.23 afgerond op 1 decimaal is 10.2
    assert vergelijk(10.3, 10.23).soort == "te_hoog"
    assert vergelijk(19950, 19958) == "Je getal is te laag."


def test_kies_in_nakijkmodus_geen_widget(hoofdstuk, tmp_path, monkeypatch):
    monkeypatch.setenv(NAKIJK_VARIABELE, str(tmp_path / "uit.jsonl"))
    wb = Werkboek(hoofdstuk, {})
    uitslag = wb.kies("9.6")
    assert isinstance(uitslag, Uitslag) and "nakijken" in uitslag.titel
