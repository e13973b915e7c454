"""klantlib.strategie op kleine tabellen met de hand uitgerekend (hoofdstuk 04)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantlib.strategie import (
    ACTIVITEITEN,
    ONDERSTEUNENDE_ACTIVITEITEN,
    PRIMAIRE_ACTIVITEITEN,
    STRATEGIEEN,
    gewogen_score,
    omzet_per_business_unit,
    oordeel,
    soort_activiteit,
    strategie_naam,
    thema_aandelen,
    thema_per_strategie,
    toets_waardestrategie,
    verdeel_punten,
    waardeketen,
    waardekloof,
    waardeprofiel,
)

OE, PL, CI = STRATEGIEEN


def _lang(profielen: dict, **extra) -> pd.DataFrame:
    rijen = [dict(leverancier=lev, waardestrategie=s, score=v, **extra)
             for lev, scores in profielen.items() for s, v in zip(STRATEGIEEN, scores)]
    return pd.DataFrame(rijen)


def _profiel(profielen: dict) -> pd.DataFrame:
    return pd.DataFrame(profielen, index=list(STRATEGIEEN)).T


# --- waardeprofiel ---------------------------------------------------------------------------------


def test_waardeprofiel_zet_de_lange_tabel_breed():
    lang = _lang({"Wij": [6.4, 6.2, 7.6], "Zij": [8.6, 5.3, 5.0]})
    p = waardeprofiel(lang.iloc[::-1])  # volgorde van de rijen maakt niet uit voor de kolommen
    assert list(p.columns) == list(STRATEGIEEN)
    assert list(p.index) == ["Zij", "Wij"]  # volgorde van voorkomen
    assert p.loc["Wij", CI] == 7.6 and p.loc["Zij", OE] == 8.6


def test_waardeprofiel_hoofdletters_en_spaties_mogen():
    lang = _lang({"Wij": [6, 6, 8]})
    lang["waardestrategie"] = ["Operational Excellence", " product leadership", "CUSTOMER INTIMACY "]
    assert waardeprofiel(lang).loc["Wij"].tolist() == [6.0, 6.0, 8.0]


def test_waardeprofiel_onbekende_strategie_noemt_rij_en_suggestie():
    lang = _lang({"Wij": [6, 6, 8]})
    lang.loc[2, "waardestrategie"] = "customer intimicy"
    with pytest.raises(ValueError, match=r"rij 2.*onbekende waardestrategie 'customer intimicy'.*Bedoel je 'customer intimacy'"):
        waardeprofiel(lang)


@pytest.mark.parametrize("score", [11, -1, 10.5])
def test_waardeprofiel_score_buiten_0_10(score):
    lang = _lang({"Wij": [6, score, 8]})
    with pytest.raises(ValueError, match=r"rij 1 .*Wij, product leadership.*buiten 0–10"):
        waardeprofiel(lang)


def test_waardeprofiel_score_is_tekst_of_leeg():
    lang = _lang({"Wij": [6, "zes", 8]})
    with pytest.raises(ValueError, match="geen getal"):
        waardeprofiel(lang)
    lang = _lang({"Wij": [6, np.nan, 8]})
    with pytest.raises(ValueError, match="score ontbreekt"):
        waardeprofiel(lang)


def test_waardeprofiel_ontbrekende_strategie_van_een_leverancier():
    lang = _lang({"Wij": [6, 6, 8], "Zij": [7, 7, 7]}).drop(index=4)  # Zij zonder product leadership
    with pytest.raises(ValueError, match="Zij heeft geen score voor product leadership"):
        waardeprofiel(lang)


def test_waardeprofiel_dubbele_score():
    lang = pd.concat([_lang({"Wij": [6, 6, 8]}), _lang({"Wij": [6, 6, 8]}).iloc[[0]]], ignore_index=True)
    with pytest.raises(ValueError, match="rij 3.*twee scores voor operational excellence"):
        waardeprofiel(lang)


def test_waardeprofiel_meer_jaren_kies_er_een():
    lang = pd.concat([_lang({"Wij": [6, 6, 8]}, jaar=2024), _lang({"Wij": [7, 6, 8]}, jaar=2025)],
                     ignore_index=True)
    with pytest.raises(ValueError, match=r"meer jaren \(2024, 2025\).*jaar=2025"):
        waardeprofiel(lang)
    assert waardeprofiel(lang, jaar=2025).loc["Wij", OE] == 7.0
    with pytest.raises(ValueError, match="geen scores uit 2023"):
        waardeprofiel(lang, jaar=2023)


def test_waardeprofiel_verkeerde_invoer():
    with pytest.raises(ValueError, match="moet een tabel"):
        waardeprofiel([1, 2, 3])
    with pytest.raises(ValueError, match="kolom 'score' ontbreekt"):
        waardeprofiel(pd.DataFrame({"leverancier": ["A"], "waardestrategie": [OE]}))


# --- toetsen: drempel en uitblinken ----------------------------------------------------------------


def test_precies_op_de_drempel_en_precies_op_uitblinken_telt_mee():
    t = toets_waardestrategie(_profiel({"A": [6.0, 6.0, 8.0]}))
    assert bool(t.loc["A", "voldoet_drempel"]) is True
    assert t.loc["A", "blinkt_uit_in"] == CI
    assert bool(t.loc["A", "beide_voorwaarden"]) is True
    assert t.loc["A", "oordeel"] == "blinkt uit in customer intimacy (8,0) en haalt overal de drempel"


def test_net_onder_de_drempel_op_een_strategie():
    t = toets_waardestrategie(_profiel({"B": [5.9, 7.0, 8.7]}))
    assert bool(t.loc["B", "voldoet_drempel"]) is False
    assert t.loc["B", "onder_drempel"] == OE
    assert t.loc["B", "blinkt_uit_in"] == CI
    assert bool(t.loc["B", "beide_voorwaarden"]) is False
    assert t.loc["B", "oordeel"] == ("blinkt uit in customer intimacy (8,7), maar zit onder de drempel op "
                                     "operational excellence (5,9)")


def test_twee_strategieen_gelijk_aan_de_top():
    t = toets_waardestrategie(_profiel({"C": [8.5, 8.5, 6.0]}))
    assert t.loc["C", "blinkt_uit_in"] == "operational excellence en product leadership"
    assert bool(t.loc["C", "beide_voorwaarden"]) is True
    assert "kies" in t.loc["C", "oordeel"]
    # gelijk aan de top, maar onder de grens voor uitblinken: stuck in the middle
    t = toets_waardestrategie(_profiel({"D": [7.5, 7.5, 6.5]}))
    assert t.loc["D", "blinkt_uit_in"] == ""
    assert t.loc["D", "oordeel"] == "haalt overal de drempel, maar blinkt nergens in uit (stuck in the middle)"


def test_onder_de_drempel_en_nergens_uitblinken():
    t = toets_waardestrategie(_profiel({"E": [5.0, 4.0, 7.9]}))
    assert t.loc["E", "onder_drempel"] == "operational excellence en product leadership"
    assert t.loc["E", "oordeel"] == ("zit onder de drempel op operational excellence (5,0) en product "
                                     "leadership (4,0) en blinkt nergens in uit")


def test_andere_drempel_en_grens():
    p = _profiel({"A": [6.4, 6.2, 7.6]})
    assert toets_waardestrategie(p, drempel=6.3).loc["A", "onder_drempel"] == PL
    assert toets_waardestrategie(p, uitblinken=7.5).loc["A", "blinkt_uit_in"] == CI
    with pytest.raises(ValueError, match="uitblinken .* moet hoger zijn dan de drempel"):
        toets_waardestrategie(p, drempel=8, uitblinken=8)
    with pytest.raises(ValueError, match="drempel moet een cijfer van 0 tot en met 10"):
        toets_waardestrategie(p, drempel=60)


def test_toets_met_een_lange_tabel_geeft_een_tip():
    with pytest.raises(ValueError, match=r"nog een lange tabel.*waardeprofiel\(profiel\)"):
        toets_waardestrategie(_lang({"A": [6, 6, 8]}))


def test_toets_met_onbekende_of_ontbrekende_kolom():
    p = _profiel({"A": [6, 6, 8]}).rename(columns={CI: "klantvriendelijkheid"})
    with pytest.raises(ValueError, match="'klantvriendelijkheid' is geen waardestrategie"):
        toets_waardestrategie(p)
    with pytest.raises(ValueError, match="'customer intimacy' ontbreekt"):
        toets_waardestrategie(_profiel({"A": [6, 6, 8]}).drop(columns=CI))
    with pytest.raises(ValueError, match="buiten 0–10"):
        toets_waardestrategie(_profiel({"A": [6, 6, 12]}))


def test_oordeel_los():
    assert oordeel({"oe": 8.6, "pl": 5.3, "ci": 5.0}) == (
        "blinkt uit in operational excellence (8,6), maar zit onder de drempel op product leadership (5,3) "
        "en customer intimacy (5,0)")
    with pytest.raises(ValueError, match="customer intimacy ontbreekt"):
        oordeel({"oe": 8, "pl": 6})


# --- kloof en gewogen score ------------------------------------------------------------------------


def test_waardekloof_met_de_hand():
    p = _profiel({"Wij": [6.4, 6.2, 7.6], "K": [8.6, 5.3, 5.0], "O": [7.1, 8.4, 6.5], "F": [5.4, 6.6, 8.7]})
    k = waardekloof(p, "Wij")
    assert k["beste_concurrent"].tolist() == ["K", "O", "F"]
    assert k["score_concurrent"].tolist() == [8.6, 8.4, 8.7]
    np.testing.assert_allclose(k["kloof"], [2.2, 2.2, 1.1])
    assert k.loc[OE, "eigen_score"] == 6.4


def test_waardekloof_gelijke_concurrenten_en_voorsprong():
    p = _profiel({"Wij": [9.0, 6.0, 6.0], "K": [7.0, 7.0, 7.0], "O": [7.0, 6.5, 7.0]})
    k = waardekloof(p, "Wij")
    assert k.loc[OE, "beste_concurrent"] == "K en O"
    assert k.loc[OE, "kloof"] == pytest.approx(-2.0)  # wij zijn de beste: negatieve kloof
    assert k.loc[PL, "beste_concurrent"] == "K"


def test_waardekloof_onbekende_leverancier_en_zonder_concurrent():
    p = _profiel({"Vermeer Werkplek B.V.": [6, 6, 8], "K": [7, 7, 7]})
    with pytest.raises(ValueError, match="'Vermeer' staat niet in het profiel.*Kies uit"):
        waardekloof(p, "Vermeer")
    with pytest.raises(ValueError, match="geen concurrent"):
        waardekloof(_profiel({"A": [6, 6, 8]}), "A")


def test_gewogen_score_met_de_hand():
    p = _profiel({"A": [8.0, 6.0, 5.0], "B": [5.0, 6.0, 9.0]})
    g = pd.DataFrame({"sector": ["Zorg"] * 3 + ["Logistiek"] * 3, "waardestrategie": list(STRATEGIEEN) * 2,
                      "gewicht": [0.25, 0.25, 0.5, 0.5, 0.3, 0.2]})
    w = gewogen_score(p, g)
    # A in de zorg: 0,25·8 + 0,25·6 + 0,5·5 = 6,0; B: 0,25·5 + 0,25·6 + 0,5·9 = 7,25
    assert w.loc["A", "Zorg"] == pytest.approx(6.0) and w.loc["B", "Zorg"] == pytest.approx(7.25)
    # Logistiek: A 0,5·8 + 0,3·6 + 0,2·5 = 6,8; B 0,5·5 + 0,3·6 + 0,2·9 = 6,1
    assert w.loc["A", "Logistiek"] == pytest.approx(6.8) and w.loc["B", "Logistiek"] == pytest.approx(6.1)


def test_gewogen_score_gewichten_die_niet_op_1_uitkomen():
    p = _profiel({"A": [8.0, 6.0, 5.0]})
    g = pd.DataFrame({"sector": ["Zorg"] * 3, "waardestrategie": list(STRATEGIEEN), "gewicht": [0.5, 0.5, 0.5]})
    with pytest.raises(ValueError, match="tellen op tot 1.500"):
        gewogen_score(p, g)


# --- opmerkingen indelen ---------------------------------------------------------------------------


OPMERKINGEN = pd.Series([
    "De levertijd was veel langer dan beloofd.",        # OE
    "Facturen kloppen vaak niet.",                      # OE (factu…)
    "Weinig nieuwe producten.",                         # PL (nieuw…)
    "Jullie denken niet mee met onze situatie.",        # CI
    "Geen maatwerk mogelijk.",                          # CI
    "Slecht bereikbaar als er iets misgaat.",           # geen trefwoord
    "",                                                 # leeg
    None,                                               # ontbreekt
    "Snelle levering en goede kwaliteit.",              # OE eerst, ook PL
    "Die prijzen zijn hoog",                            # OE: trefwoord 'prijz'
], index=[10, 11, 12, 13, 14, 15, 16, 17, 18, 19])


def test_thema_per_strategie_met_de_hand():
    t = thema_per_strategie(OPMERKINGEN)
    assert list(t.index) == list(OPMERKINGEN.index), "er valt niets weg en de index blijft"
    assert t["thema"].tolist() == [OE, OE, PL, CI, CI, "onbekend", "geen opmerking", "geen opmerking", OE, OE]
    assert t["trefwoord"].tolist()[:5] == ["levertijd", "factu", "nieuw", "denken niet mee", "maatwerk"]
    assert t.loc[18, "meerdere"] and not t.loc[10, "meerdere"]
    assert t.loc[17, "tekst"] == ""


def test_trefwoord_telt_alleen_aan_het_begin_van_een_woord():
    t = thema_per_strategie(["vernieuwing graag", "onnieuw", "Kwaliteit!"])
    assert t["thema"].tolist() == [PL, "onbekend", PL]
    assert t["trefwoord"].tolist() == ["vernieuw", "", "kwaliteit"]


def test_eigen_woordenlijst_en_foute_woordenlijst():
    eigen = {"operational excellence": ["storing"], "Product Leadership": ["beschadigd"]}
    t = thema_per_strategie(["storing", "beschadigd product", "levering te laat"], woordenlijst=eigen)
    assert t["thema"].tolist() == [OE, PL, "onbekend"]
    with pytest.raises(ValueError, match="onbekende waardestrategie 'service'"):
        thema_per_strategie(["x"], {"service": ["snel"]})
    with pytest.raises(ValueError, match="'prijs' staat bij operational excellence en bij customer intimacy"):
        thema_per_strategie(["x"], {"oe": ["prijs"], "ci": ["Prijs"]})
    with pytest.raises(ValueError, match="hoort een lijst trefwoorden"):
        thema_per_strategie(["x"], {"oe": "prijs"})


def test_thema_verkeerde_invoer():
    with pytest.raises(ValueError, match="hele tabel"):
        thema_per_strategie(pd.DataFrame({"a": ["x"]}))
    with pytest.raises(ValueError, match="niet één tekst"):
        thema_per_strategie("levertijd")
    with pytest.raises(ValueError, match="rij 1: 5 is geen tekst"):
        thema_per_strategie(["x", 5])


def test_thema_aandelen_tellen_lege_opmerkingen_niet_in_de_noemer():
    a = thema_aandelen(thema_per_strategie(OPMERKINGEN))
    assert a["aantal"].tolist() == [4, 1, 2, 1, 2]
    # 8 opmerkingen met tekst: OE 4/8, PL 1/8, CI 2/8, onbekend 1/8
    np.testing.assert_allclose(a["aandeel"].iloc[:4], [4 / 8, 1 / 8, 2 / 8, 1 / 8])
    assert math.isnan(a.loc["geen opmerking", "aandeel"])


# --- waardeketen -----------------------------------------------------------------------------------


def _kosten() -> pd.DataFrame:
    return pd.DataFrame({
        "business_unit": ["X"] * 9,
        "activiteit": list(ACTIVITEITEN),
        "soort": ["primair"] * 5 + ["ondersteunend"] * 4,
        "kosten": [50.0, 500.0, 60.0, 80.0, 40.0, 70.0, 30.0, 20.0, 100.0],
    })


def test_marge_is_omzet_min_alle_kosten():
    k = waardeketen(_kosten(), 1000)
    assert list(k.index) == [*PRIMAIRE_ACTIVITEITEN, *ONDERSTEUNENDE_ACTIVITEITEN, "Marge"]
    assert k.loc["Marge", "bedrag"] == pytest.approx(1000 - 950)
    assert k.loc["Marge", "aandeel"] == pytest.approx(0.05)
    assert k["bedrag"].sum() == pytest.approx(1000), "kosten plus marge is de omzet"
    assert k.loc["Inkoop", "soort"] == "ondersteunend" and k.loc["Service", "soort"] == "primair"


def test_wat_als_een_activiteit_goedkoper_wordt():
    k = waardeketen(_kosten(), 1000, verlaging={"uitgaande logistiek": 0.5})
    assert k.loc["Uitgaande logistiek", "bedrag"] == pytest.approx(30.0)
    assert k.loc["Uitgaande logistiek", "bedrag_nu"] == pytest.approx(60.0)
    assert k.loc["Marge", "bedrag"] == pytest.approx(80.0) and k.loc["Marge", "bedrag_nu"] == pytest.approx(50.0)


def test_kosten_van_meer_business_units_tellen_op():
    twee = pd.concat([_kosten(), _kosten().assign(business_unit="Y")], ignore_index=True)
    k = waardeketen(twee, 2000)
    assert k.loc["Operationele activiteiten", "bedrag"] == pytest.approx(1000.0)
    assert k.loc["Marge", "bedrag"] == pytest.approx(100.0)


def test_waardeketen_fouten():
    k = _kosten()
    k.loc[8, "soort"] = "primair"  # Inkoop als primair: fout bij Porter
    with pytest.raises(ValueError, match="rij 8: Inkoop staat als 'primair', maar is bij Porter ondersteunend"):
        waardeketen(k, 1000)
    k = _kosten()
    k.loc[0, "activiteit"] = "Logistiek"
    with pytest.raises(ValueError, match="rij 0.*onbekende activiteit 'Logistiek'"):
        waardeketen(k, 1000)
    with pytest.raises(ValueError, match="omzet moet een bedrag"):
        waardeketen(_kosten(), 0)
    with pytest.raises(ValueError, match="geen reeks"):
        waardeketen(_kosten(), pd.Series([1000.0]))
    with pytest.raises(ValueError, match=r"0.10 voor 10 %. Bedoel je 0.1\?"):
        waardeketen(_kosten(), 1000, verlaging={"Service": 10})
    with pytest.raises(ValueError, match="twee keer in bij X"):
        waardeketen(pd.concat([_kosten(), _kosten().iloc[[0]]], ignore_index=True), 1000)
    k = _kosten()
    k.loc[3, "kosten"] = -5
    with pytest.raises(ValueError, match="rij 3: de kosten -5"):
        waardeketen(k, 1000)


def test_soort_activiteit():
    assert soort_activiteit("Inkoop") == "ondersteunend"
    assert soort_activiteit("Service") == "primair"
    assert soort_activiteit("marketing en sales") == "primair"
    with pytest.raises(ValueError, match="onbekende activiteit 'Verkoop'"):
        soort_activiteit("Verkoop")


def test_omzet_per_business_unit_telt_creditnotas_mee_en_weigert_lege_unit():
    f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-03", "2025-06-01", "2025-12-31", "2024-12-31"]),
                      "business_unit": ["A", "A", "B", "B"], "bedrag": [1000.0, -200.0, 300.0, 50.0]})
    assert omzet_per_business_unit(f, 2025).to_dict() == {"A": 800.0, "B": 300.0}
    f.loc[1, "business_unit"] = None
    with pytest.raises(ValueError, match="rij 1: de business unit is leeg"):
        omzet_per_business_unit(f, 2025)


# --- punten verdelen (widget) ----------------------------------------------------------------------


def test_verdeel_punten_met_de_hand():
    # 6,4 / 6,2 / 7,6: CI naar 8,6 kost 1,0 punt (10 tienden), naar de ruimte boven 1 (54 : 52):
    # 10·54/106 = 5,09 → 5 en 10·52/106 = 4,9 → 4 tienden; de laatste tiende gaat af van de hoogste (OE 5,9).
    uit = verdeel_punten({OE: 6.4, PL: 6.2, CI: 7.6}, CI, 8.6)
    assert uit == {OE: 5.8, PL: 5.8, CI: 8.6}
    # terug naar 7,6: de anderen stijgen naar hun ruimte onder 10 (42 : 42): elk 5 tienden
    assert verdeel_punten(uit, CI, 7.6) == {OE: 6.3, PL: 6.3, CI: 7.6}
    # alles naar OE: de andere twee gaan naar het minimum, OE kan niet boven 10
    uit = verdeel_punten({OE: 6.4, PL: 6.2, CI: 7.6}, OE, 10)
    assert uit[OE] == 10.0 and sum(uit.values()) == pytest.approx(20.2)
    uit = verdeel_punten({OE: 9.0, PL: 9.0, CI: 9.0}, OE, 1.0)  # 27 punten: OE kan niet onder 7
    assert uit == {OE: 7.0, PL: 10.0, CI: 10.0}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(10, 100), min_size=3, max_size=3), st.sampled_from(STRATEGIEEN),
       st.integers(0, 100))
def test_verdeel_punten_houdt_het_totaal_en_de_grenzen(tienden, welke, nieuw):
    scores = dict(zip(STRATEGIEEN, [t / 10 for t in tienden]))
    uit = verdeel_punten(scores, welke, nieuw / 10)
    assert round(sum(uit.values()) * 10) == sum(tienden)
    assert all(1.0 <= v <= 10.0 for v in uit.values())
    assert all(round(v * 10) == v * 10 for v in uit.values())


def test_heen_en_weer_schuiven_loopt_niet_weg():
    scores = {OE: 6.3, PL: 6.3, CI: 7.5}
    for stap in [0.1] * 15 + [-0.1] * 15:
        scores = verdeel_punten(scores, CI, scores[CI] + stap)
    assert scores == {OE: 6.3, PL: 6.3, CI: 7.5}


def test_strategie_naam_afkortingen_en_fout():
    assert strategie_naam("pl") == PL
    with pytest.raises(ValueError, match="is een tekst"):
        strategie_naam(3)
