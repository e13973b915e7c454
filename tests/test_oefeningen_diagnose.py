"""klantlib.oefeningen.diagnose: feedback die een beginner kan vertrouwen (issue 21)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from klantlib.oefeningen.diagnose import (
    Aanwijzing,
    Fout,
    FunctieMetFouten,
    Getal,
    Indelen,
    MeerkeuzeMetUitleg,
    OpenMetInhoud,
    WaardeMetFouten,
)


def _getal(**opties) -> Getal:
    standaard = dict(id="x.1", variabele="a", vraag="?", referentie=lambda: 0.2857142857, decimalen=2, deel=True)
    standaard.update(opties)
    return Getal(**standaard)


def _tekst(o, antwoord):
    return o.controleer({o.variabele: antwoord})


def test_binnen_de_genoemde_precisie_is_goed():
    o = _getal()
    for antwoord in (0.29, 0.2857, 2 / 7, np.float64(0.286), 0.285):
        assert _tekst(o, antwoord).goed, antwoord
    assert not _tekst(o, 0.28).goed
    euro = _getal(referentie=lambda: 123456.4, decimalen=0, deel=False)
    assert _tekst(euro, 123456).goed and _tekst(euro, 123456.4).goed and not _tekst(euro, 123458).goed


def test_komma_als_decimaalteken():
    u = _tekst(_getal(), (0, 29))
    assert not u.goed and "komma als decimaalteken" in u.tekst and "`0.29`" in u.tekst


def test_tekst_met_procent_of_euro():
    u = _tekst(_getal(), "28,6%")
    assert "%-teken" in u.tekst and "`0.286`" in u.tekst
    u = _tekst(_getal(referentie=lambda: 1234.0, decimalen=0, deel=False), "€ 1.234")
    assert "zonder aanhalingstekens" in u.tekst and "`1234`" in u.tekst
    assert "Verwacht wordt één getal" in _tekst(_getal(), "veel").tekst


def test_punt_tussen_de_duizendtallen():
    o = _getal(referentie=lambda: 19958.3, decimalen=0, deel=False)
    u = _tekst(o, 19.958)
    assert "punt tussen de duizendtallen" in u.tekst and "`19958`" in u.tekst


def test_percentage_waar_een_deel_hoort():
    u = _tekst(_getal(), 28.57)
    assert "percentage" in u.tekst and "deel tussen 0 en 1" in u.tekst
    u = _tekst(_getal(), 29)  # ook afgerond percentage
    assert "percentage" in u.tekst


def test_te_grof_afgerond_alleen_als_afronden_het_antwoord_geeft():
    o = _getal(referentie=lambda: 0.2857, decimalen=3)
    assert "te grof afgerond" in _tekst(o, 0.29).tekst
    assert "te grof" not in _tekst(o, 0.31).tekst  # geen afrondingstip bij een andere waarde
    assert _tekst(o, 0.31).tekst.count("te hoog") == 1


def test_series_waar_een_getal_hoort():
    o = _getal(tabel_hint="Pak één getal met `.loc[...]`.")
    assert ".iloc[0]" in _tekst(o, pd.Series([0.29])).tekst
    assert "Pak één getal" in _tekst(o, pd.Series([0.29, 0.3])).tekst


def test_bekende_foute_methode_krijgt_eigen_feedback_maar_niet_als_die_toevallig_goed_is():
    o = _getal(fouten=[Fout("Je deelt ook door de lege.", waarde=lambda: 0.2),
                       Fout("Nooit te zien.", waarde=lambda: 0.2857)])
    assert _tekst(o, 0.2).tekst.endswith("Je deelt ook door de lege.")
    assert _tekst(o, 0.2857).goed


def test_twee_foute_methoden_met_hetzelfde_antwoord_worden_allebei_genoemd():
    o = _getal(fouten=[Fout("Fout A.", waarde=lambda: 0.2), Fout("Fout B.", waarde=lambda: 0.2001)])
    u = _tekst(o, 0.2)
    assert "meer dan één bekende fout" in u.tekst and "Fout A." in u.tekst and "Fout B." in u.tekst


def test_geen_numpy_repr_in_feedback():
    o = WaardeMetFouten("x.2", "b", "?", lambda: [1.0, 2.0])
    u = _tekst(o, [np.float64(1.0), np.float64(5.0)])
    assert "np." not in u.tekst and "5.0" in u.tekst


def test_geen_numpy_repr_uit_de_tabelvergelijking():
    o = WaardeMetFouten("x.8", "t", "?", lambda: pd.DataFrame({"a": [1.0, 2.0]}, index=["p", "q"]))
    u = _tekst(o, pd.DataFrame({"a": [1.0, 9.9]}, index=["p", "q"]))
    assert "(9.9)" in u.tekst and "np." not in u.tekst


def test_normaliseer_met_aanwijzing():
    def alleen_lijst(x):
        if not isinstance(x, list):
            raise Aanwijzing("Maak er een lijst van.")
        return x

    o = WaardeMetFouten("x.3", "c", "?", lambda: ["a"], normaliseer=alleen_lijst)
    assert _tekst(o, "a").tekst == "`c`: Maak er een lijst van."
    assert _tekst(o, ["a"]).goed


def test_functie_met_bekende_foute_uitwerking():
    o = FunctieMetFouten("x.4", "f", "?", gevallen=[(6,), (7,), (5,)], referentie=lambda x: x >= 6,
                         fouten=[Fout("Gebruik >=.", functie=lambda x: x > 6)])
    assert o.controleer({"f": lambda x: x >= 6}).goed
    u = o.controleer({"f": lambda x: x > 6})
    assert not u.goed and "`f(6)` geeft False" in u.tekst and u.tekst.endswith("Gebruik >=.")
    u = o.controleer({"f": lambda x: True})
    assert "Gebruik >=" not in u.tekst and "wb.hint" in u.tekst
    assert "return" in o.controleer({"f": lambda x: None}).tekst


def test_meerkeuze_met_uitleg_per_foute_keuze():
    o = MeerkeuzeMetUitleg("x.5", "m", "?", {"a": "ja", "b": "nee"}, "a", waarom_niet={"b": "Omdat."})
    assert o.controleer({"m": "a"}).goed
    assert o.controleer({"m": "B"}).tekst == "Antwoord b is het niet. Omdat."


def test_open_vraag_vraagt_minimale_inhoud():
    o = OpenMetInhoud("x.6", "o", "?", "model", min_woorden=8,
                      moet_noemen=[("strategie", ["customer intimacy", "ci"])])
    assert o.controleer({"o": "weet ik niet"}).status == "fout"
    assert "3 woorden" in o.controleer({"o": "weet ik niet"}).tekst
    u = o.controleer({"o": "Ik kies voor de cijfers omdat die het beste zijn"})
    assert u.status == "fout" and "strategie" in u.tekst, "'cijfers' telt niet als de afkorting 'ci'"
    assert o.controleer({"o": "Ik kies voor CI omdat Vermeer daar al het best in is"}).goed
    assert o.controleer({"o": "x"}).status == "fout"


def test_indelen_per_item_uitleg():
    o = Indelen("x.7", "d", "?", lambda: {"Inkoop": "ondersteunend", "Service": "primair"},
                groep=lambda t: t.strip().lower(), waarom={("Inkoop", "primair"): "Inkoop ondersteunt."})
    assert o.controleer({"d": {"inkoop": "Ondersteunend", "Service": "primair"}}).goed
    u = o.controleer({"d": {"Inkoop": "primair", "Service": "primair"}})
    assert u.tekst == "`d`: 1 van de 2 is goed. 'Inkoop' is niet primair. Inkoop ondersteunt."
    assert "ontbreekt" in o.controleer({"d": {"Inkoop": "primair"}}).tekst
    assert "dict" in o.controleer({"d": ["Inkoop"]}).tekst


# --- Studentproef h04 (PROEF_h04.md) -----------------------------------------------------------------


def test_punt_voor_duizendtallen_in_tekst_bij_een_groot_bedrag():
    """'505.600' is bij een marge van een half miljoen vijfhonderdvijfduizend zeshonderd, niet 505,6."""
    o = _getal(referentie=lambda: 505600.09, decimalen=0, deel=False)
    u = _tekst(o, "505.600")
    assert "`505600`" in u.tekst and "`505.6`" not in u.tekst
    assert "`0.347`" in _tekst(_getal(referentie=lambda: 0.3467, decimalen=3), "0.347").tekst


def test_afgekapt_in_plaats_van_afgerond():
    o = _getal(referentie=lambda: 0.34667, decimalen=3)
    assert not _tekst(o, 0.346).goed and "afgekapt" in _tekst(o, 0.346).tekst
    euro = _getal(referentie=lambda: 505600.7, decimalen=0, deel=False)
    assert "afgekapt" in _tekst(euro, 505600).tekst and _tekst(euro, 505601).goed


def test_te_grof_afgerond_op_duizendtallen():
    euro = _getal(referentie=lambda: 505600.09, decimalen=0, deel=False)
    for antwoord in (506000, 505000, 510000):
        u = _tekst(euro, antwoord)
        assert "te grof afgerond" in u.tekst and "hele getallen" in u.tekst, antwoord
    assert "te grof" not in _tekst(euro, 507000).tekst


def test_voorwaarde_wijst_naar_de_eerdere_stap():
    o = WaardeMetFouten("x.9", "v", "?", lambda: 3, voorwaarde=lambda ns, cache: "Eerst oefening x.1." if ns.get("basis") != 1 else None)
    assert o.controleer({"v": 3, "basis": 2}).goed, "een goed antwoord blijft goed"
    assert o.controleer({"v": 4, "basis": 2}).tekst == "Eerst oefening x.1."
    assert "Eerst" not in o.controleer({"v": 4, "basis": 1}).tekst


def test_functie_met_komma_en_met_ampersand():
    o = FunctieMetFouten("x.10", "f", "?", gevallen=[(6.5, 7.0)], referentie=lambda a, b: a >= 6 and b >= 7)
    u = o.controleer({"f": lambda a, b: (a >= 6, b >= 7)})
    assert "twee waarden" in u.tekst and "`and`" in u.tekst
    u = o.controleer({"f": lambda a, b: a >= 6 & b >= 7})
    assert "foutmelding" in u.tekst and "Schrijf `and`" in u.tekst


def test_meerkeuze_leest_de_letter_ruim_maar_niet_twee_letters():
    o = MeerkeuzeMetUitleg("x.11", "m", "?", {"a": "Het eerste antwoord op deze vraag", "b": "nee"}, "a",
                           waarom_niet={"b": "Omdat."})
    for goed in ("A.", "(a)", "antwoord a", "a) Het eerste antwoord op deze vraag", "Het eerste antwoord op deze vraag."):
        assert o.controleer({"m": goed}).goed, goed
    assert o.controleer({"m": "B."}).tekst == "Antwoord b is het niet. Omdat."
    assert "geen keuze" in o.controleer({"m": "a en b"}).tekst


def test_open_vraag_met_bewering_die_niet_mag():
    o = OpenMetInhoud("x.12", "o", "?", "model", min_woorden=5,
                      mag_niet=[(r"alle drie", "Niet alle drie."), (r"moet niet kiezen", "Wel kiezen.", False)])
    assert o.controleer({"o": "Vermeer moet in alle drie goed worden."}).tekst == "Niet alle drie."
    assert o.controleer({"o": "In alle drie uitblinken lukt niet, kies er een."}).goed, "ontkenning telt niet"
    assert o.controleer({"o": "Als je in alle drie wilt uitblinken, kom je in de knel."}).goed, "als-zin"
    assert o.controleer({"o": "Vermeer moet niet kiezen, dat is veilig."}).tekst == "Wel kiezen."


def test_indelen_herkent_andere_schrijfwijzen_en_noemt_onbekende_namen():
    o = Indelen("x.13", "d", "?", lambda: {"Human resource management": "o", "Marketing en sales": "p"},
                groep=lambda t: t.strip().lower(), aliassen={"HRM": "Human resource management"})
    assert o.controleer({"d": {"hrm": "o", "Marketing & Sales": "p"}}).goed
    u = o.controleer({"d": {"Personeel": "o", "Marketing en sales": "p"}})
    assert "'Human resource management' ontbreekt" in u.tekst and "'Personeel' herken ik niet" in u.tekst
    assert "allebei" in o.controleer({"d": {"HRM": "o", "Human resource management": "o",
                                              "Marketing en sales": "p"}}).tekst
