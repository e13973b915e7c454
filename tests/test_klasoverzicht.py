"""Het klasoverzicht (issue 19): per oefening deel goed, meest gegeven terugkoppeling, wat niet draaide."""

from __future__ import annotations

import pandas as pd

from klantlib import klasoverzicht


def _nb(bestand, *regels, status="ok", log=()):
    return {"bestand": bestand, "status": status, "log": list(log),
            "controles": [{"soort": "start", "seed": None}, *regels]}


def _r(id_, status, tekst="", soort="eind"):
    return {"soort": soort, "id": id_, "status": status, "tekst": tekst}


def test_persoonlijke_getallen_tellen_als_dezelfde_fout():
    klas = [
        _nb("a.ipynb", _r("3.5", "fout", "Je antwoord **0,52** is te hoog. Tel je de lege antwoorden mee?")),
        _nb("b.ipynb", _r("3.5", "fout", "Je antwoord **0,47** is te hoog. Tel je de lege antwoorden mee?")),
        _nb("c.ipynb", _r("3.5", "fout", "Verwacht wordt een getal, maar je antwoord is een tekst.")),
        _nb("d.ipynb", _r("3.5", "goed")),
    ]
    t = klasoverzicht.per_oefening(klas, ["3.5"]).iloc[0]
    assert (t["notebooks"], t["goed"], t["nog_niet_goed"], t["niet_geprobeerd"]) == (4, 1, 3, 0)
    assert t["aandeel_goed"] == 0.25
    assert t["meest_gegeven_terugkoppeling"] == "Je antwoord … is te hoog. Tel je de lege antwoorden mee?"
    assert t["hoe_vaak"] == 2


def test_eerder_goed_telt_en_volgorde_moeilijkste_eerst():
    klas = [
        # goed in het notebook zelf, daarna overschreven: telt als goed (zoals in de cijferlijst)
        _nb("a.ipynb", _r("1", "goed", soort="controle"), _r("1", "fout", "x"), _r("2", "goed")),
        _nb("b.ipynb", _r("1", "goed"), _r("2", "leeg")),
        _nb("c.ipynb", _r("1", "fout", "Nog niet"), _r("2", "leeg")),
    ]
    t = klasoverzicht.per_oefening(klas, ["1", "2"])
    assert t["oefening"].tolist() == ["2", "1"]  # 2: 1 van 3 goed; 1: 2 van 3
    assert t.set_index("oefening").loc["2", "niet_geprobeerd"] == 2
    assert t.set_index("oefening").loc["1", "meest_gegeven_terugkoppeling"] == "Nog niet"


def test_kapot_notebook_telt_niet_mee_maar_staat_bij_niet_uitgevoerd():
    klas = [_nb("goed.ipynb", _r("1", "goed")),
            {"bestand": "kapot.ipynb", "status": "geen notebook", "controles": [],
             "log": ["Dit bestand is geen leesbaar notebook (ValueError); niet nagekeken."]}]
    t = klasoverzicht.per_oefening(klas, ["1"])
    assert t.loc[0, "notebooks"] == 1 and t.loc[0, "aandeel_goed"] == 1.0
    m = klasoverzicht.niet_uitgevoerd(klas)
    assert m["bestand"].tolist() == ["kapot.ipynb"] and "geen leesbaar notebook" in m.loc[0, "reden"]


def test_html_is_een_zelfstandige_pagina():
    klas = [_nb("a.ipynb", _r("1", "fout", "Kijk naar de <b>afronding</b>.")), _nb("b.ipynb", _r("1", "goed"))]
    cijfers = pd.DataFrame({"bestand": ["a.ipynb", "b.ipynb"], "seed": [None, 5], "1": [0, 1], "totaal": [0, 1],
                            "status": ["ok", "ok"]})
    pagina = klasoverzicht.maak_html(cijfers, klasoverzicht.per_oefening(klas, ["1"]),
                                     klasoverzicht.niet_uitgevoerd(klas))
    assert pagina.startswith("<!DOCTYPE html>") and 'lang="nl"' in pagina
    assert "&lt;b&gt;afronding&lt;/b&gt;" in pagina  # tekst van studenten wordt nooit HTML
    assert "data:image/png;base64," in pagina and "http" not in pagina
    assert "Alle notebooks konden draaien." in pagina


def test_lege_klas():
    leeg = pd.DataFrame(columns=["bestand", "seed", "totaal", "status"])
    assert klasoverzicht.verdeling_totalen(leeg).empty
    pagina = klasoverzicht.maak_html(leeg, klasoverzicht.per_oefening([], []), klasoverzicht.niet_uitgevoerd([]))
    assert "0 notebook(s) nagekeken" in pagina
