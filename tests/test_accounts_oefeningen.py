"""Het werkboek van hoofdstuk 07 en zijn foutencorpus (issue 21).

Voor elke oefening, op de standaarddataset en twee persoonlijke seeds:

- de modeloplossing is goed;
- minstens één goed antwoord dat anders is opgeschreven, is ook goed;
- minstens twee typische foute antwoorden zijn fout, en krijgen de uitleg die bij die fout hoort.

De antwoorden staan hieronder als code, zoals een student ze zou typen, en worden uitgevoerd op de
tabellen van de actieve dataset. Een fout antwoord dat op een dataset toevallig gelijk is aan het
goede antwoord, wordt op die dataset overgeslagen (het is daar niet fout); er moeten er dan nog
minstens twee overblijven.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import klantlib.accounts as accounts
from klantlib.data import kies_dataset, laad
from klantlib.oefeningen.h07 import OEFENINGEN
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde

SEEDS = [None, 123456, 424242]
PER_ID = {o.id: o for o in OEFENINGEN}
TABELLEN = ("facturen", "bedrijven", "wallet", "wallet_per_bu", "producten", "contactpersonen")

# Voorbereidende code die een student in de cel erboven al heeft (zoals in het werkboek).
VOORAF = """
omzet = omzet_per_klant(facturen, bedrijven=bedrijven)
grote = grote_accounts(facturen, bedrijven=bedrijven)
sow = share_of_wallet(omzet.head(20), wallet)
dekking = dmu_dekking(contactpersonen, grote, bedrijven=bedrijven)
vlekken = witte_vlekken(facturen, bedrijven=bedrijven, accounts=grote, producten=producten,
                        wallet_per_bu=wallet_per_bu)
grote_marge = grote_accounts(facturen, bedrijven=bedrijven, producten=producten)
"""

PLAN_GOED_ANDERS = """
## Markt
Een groothandel met vijf bedrijven in het noorden en zuiden van het land.
## Uitdagingen
Ze willen minder leveranciers en betere informatie over leveringen.
## Concurrenten
Zes andere leveranciers, vooral in ICT; daar zijn we pas derde.
## Klachten
Drie klachten in een jaar, snel opgelost, geen escalaties nodig.
## DMU
Veel inkopers bekend, geen beslisser: dat pakken we als eerste aan via de directie.
## Doel
Binnen twee jaar een derde van hun besteding en een raamovereenkomst.
## Aanpak
Groter aandeel in ICT-werkplek met de specialist erbij, en geen korting zonder extra volume.
"""

PLAN_SJABLOON = "Markt: …\nUitdagingen: …\nConcurrenten: …\nKlachten: …\nDMU: …\nDoel: …\nAanpak: …\n"
PLAN_KORT = ("Markt: groothandel in import en export.\nUitdagingen: ze willen minder leveranciers.\n"
             "Concurrenten: zes andere leveranciers, vooral ICT.\nKlachten: drie kleine klachten dit jaar.\n"
             "DMU: de beslisser is nog onbekend.\nDoel: meer ICT verkopen dan nu.\n"
             "Aanpak: de specialist ICT gaat mee.\n")

# id -> (goede antwoorden anders opgeschreven, [(fout antwoord, stukje verwachte uitleg), ...])
CORPUS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "7.1": (
        ['top5_omzet = omzet.set_index("naam")["omzet"].head(5).round(0)',
         'top5_omzet = dict(zip(omzet["naam"].head(5), omzet["omzet"].head(5)))',
         'top5_omzet = omzet.head(5).set_index("naam")["omzet"].sort_values()'],
        [('venster = facturen[facturen["factuurdatum"] >= "2024-01-01"]\n'
          'top5_omzet = venster.groupby("klantnaam")["bedrag"].sum().nlargest(5)', "Je groepeert op `klantnaam`"),
         ('top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf").head(5)'
          '.set_index("naam")["omzet"]', "per bedrijf"),
         ('top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, maanden=12).head(5)'
          '.set_index("naam")["omzet"]', "laatste 12 maanden"),
         ('top5_omzet = omzet.head(5)["omzet"]', "nummers 0, 1, 2"),
         ('top5_omzet = omzet.head(5)[["naam", "omzet"]]', "Maak er een Series van"),
         ('top5_omzet = omzet.head(5).set_index("klant")["omzet"]', "bevat KvK-nummers")],
    ),
    "7.2": (
        ['grote_kvk = grote_accounts(facturen, bedrijven=bedrijven)["klant"].tolist()',
         'grote_kvk = omzet[omzet["aandeel"] >= 0.05]["klant"]'],
        [('grote_kvk = set(grote["naam"])', "Je gaf de namen"),
         ('grote_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf")["klant"])',
          "losse bedrijven"),
         ('grote_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, maanden=12)["klant"])', "12 maanden"),
         ('grote_kvk = [int(k) for k in grote["klant"]]', "is een getal"),
         ('grote_kvk = grote', "Kies de kolom die gevraagd wordt"),
         ('grote_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, drempel=0.06)["klant"])',
          "strengere drempel")],
    ),
    "7.3": (
        ['top4_aandeel = concentratie(omzet).top4_aandeel',
         'top4_aandeel = round(omzet["cumulatief_aandeel"].iloc[3], 3)'],
        [('top4_aandeel = 100 * omzet["aandeel"].head(4).sum()', "percentage"),
         ('top4_aandeel = omzet["aandeel"].head(5).sum()', "vijf klanten"),
         ('top4_aandeel = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf")["aandeel"].head(4).sum()',
          "per bedrijf"),
         ('top4_aandeel = 0,4', "komma"),
         ('top4_aandeel = "40,8 %"', "Je antwoord is tekst"),
         ('top4_aandeel = omzet["aandeel"].head(4)', "4 waarden")],
    ),
    "7.4": (
        ['adres = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres")\n'
         'aantal_groot_factuuradres = (adres["aandeel"] >= 0.05).sum()'],
        [('aantal_groot_factuuradres = len(grote_accounts(facturen, bedrijven=bedrijven))', "per concern"),
         ('aantal_groot_factuuradres = len(grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf"))',
          "via wie bestelde"),
         ('aantal_groot_factuuradres = len(grote_accounts(facturen, bedrijven=bedrijven, niveau="vestiging", '
          'via="factuuradres"))', "per vestiging")],
    ),
    "7.5": (
        ['def aandeel_wallet(omzet, totale_besteding):\n    aandeel = omzet / totale_besteding\n    return aandeel',
         'aandeel_wallet = lambda omzet, besteding: omzet * (1 / besteding)'],
        [('def aandeel_wallet(omzet, totale_besteding):\n    return totale_besteding / omzet', "andersom"),
         ('def aandeel_wallet(omzet, totale_besteding):\n    return omzet / totale_besteding * 100', "percentage"),
         ('def aandeel_wallet(omzet, totale_besteding):\n    return totale_besteding - omzet', "ruimte"),
         ('def aandeel_wallet(omzet, totale_besteding):\n    return round(omzet / totale_besteding, 2)',
          "twee decimalen"),
         ('def aandeel_wallet(omzet, totale_besteding):\n    aandeel = omzet / totale_besteding', "return")],
    ),
    "7.6": (
        ['buiten_top3 = set(sow.loc[sow["rang_leverancier"] > 3, "naam"])',
         'buiten_top3 = sow.query("top3 == False")["naam"]'],
        [('buiten_top3 = sow[sow["rang_leverancier"] >= 3]["naam"].tolist()', "Rang 3 hoort nog bij de top 3"),
         ('buiten_top3 = sow[sow["top3"] == True]["naam"].tolist()', "wél in de top 3"),
         ('buiten_top3 = sow[sow["top3"] == False]["klant"].tolist()', "KvK-nummers"),
         ('alle = share_of_wallet(omzet[omzet["klant"].isin(wallet["concern_kvk"])], wallet)\n'
          'buiten_top3 = alle[alle["top3"] == False]["naam"].tolist()', "alle concerns in de wallet")],
    ),
    "7.7": (
        ['w = wallet.set_index("concern_kvk")\nkvk = omzet["klant"].iloc[0]\n'
         'ruimte_grootste = w.loc[kvk, "totale_besteding_24m"] - omzet["omzet"].iloc[0]',
         'ruimte_grootste = round(share_of_wallet(omzet.head(1), wallet)["ruimte"].iloc[0])'],
        [('ruimte_grootste = share_of_wallet(omzet.head(1), wallet)["totale_besteding_24m"].iloc[0]',
          "hele besteding"),
         ('ruimte_grootste = omzet["omzet"].iloc[0]', "onze eigen omzet"),
         ('w = wallet.set_index("concern_kvk")\nkvk = omzet["klant"].iloc[0]\n'
          'ruimte_grootste = w.loc[kvk, "totale_besteding_24m"] * (1 - w.loc[kvk, "aandeel_vermeer"])',
          "afgeronde aandeel"),
         ('ruimte_grootste = share_of_wallet(omzet.head(1), wallet)["ruimte"]', "Series met één waarde"),
         ('ruimte_grootste = "€ 15.756.736"', "Je antwoord is tekst")],
    ),
    "7.8": (
        ['klanten_voor_80 = (omzet["cumulatief_aandeel"] < 0.8).sum() + 1',
         'klanten_voor_80 = int((omzet["cumulatief_aandeel"] < 0.8).sum() + 1)'],
        [('klanten_voor_80 = (omzet["cumulatief_aandeel"] < 0.8).sum()', "over de 80 % heen"),
         ('klanten_voor_80 = concentratie(omzet).deel_klanten_voor_80', "deel van alle klanten"),
         ('klanten_voor_80 = concentratie(omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf"))'
          '.klanten_voor_80', "per bedrijf"),
         ('klanten_voor_80 = len(omzet)', "alle klanten")],
    ),
    "7.9": (
        ['unit = vlekken[(vlekken["soort"] == "business unit") & (vlekken["kans"] == "witte vlek")]\n'
         'account_zonder_unit = unit["naam"].iloc[0].upper() + "  "'],
        [('account_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["wat"].iloc[0]', "business unit"),
         ('account_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["klant"].iloc[0]', "KvK-nummer"),
         ('account_zonder_unit = vlekken[vlekken["kans"] == "groter aandeel"]["naam"].iloc[-1]',
          "koopt in elke business unit wel iets"),
         ('account_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["naam"]', "één naam")],
    ),
    "7.10": (['antwoord_7_10 = "B"', 'antwoord_7_10 = "b)"'],
             [('antwoord_7_10 = "a"', "spreidt juist het risico"), ('antwoord_7_10 = "c"', "risico wordt groter"),
              ('antwoord_7_10 = "d"', "niet wide maar deep")]),
    "7.11": (['antwoord_7_11 = " b "'],
             [('antwoord_7_11 = "a"', "geen wet"), ('antwoord_7_11 = "c"', "Langer is niet beter"),
              ('antwoord_7_11 = "d"', "hoofdstuk 01")]),
    "7.12": (
        ['zonder_beslisser = dekking.loc[~dekking["beslisser_bekend"], "naam"]',
         'zonder_beslisser = set(dekking[dekking["beslisser"] == 0]["naam"])'],
        [('zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["klant"].tolist()', "KvK-nummers"),
         ('zonder_beslisser = dekking[dekking["beslisser_bekend"] == True]["naam"].tolist()', "wél een beslisser"),
         ('zonder_beslisser = dekking[dekking["poortwachter"] == 0]["naam"].tolist() + ["Onbekend Concern"]',
          "geen groot account"),
         ('zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["naam"].iloc[0]', "één tekst")],
    ),
    "7.13": (
        ['laagste_marge = grote_marge.sort_values("margepercentage")["naam"].iloc[0]',
         'laagste_marge = grote_marge.set_index("naam")["margepercentage"].idxmin().lower()'],
        [('laagste_marge = grote_marge.loc[grote_marge["margepercentage"].idxmax(), "naam"]', "hoogste"),
         ('laagste_marge = grote_marge.loc[grote_marge["bruto_marge"].idxmin(), "naam"]', "marge in euro's"),
         ('alle = omzet_per_klant(facturen, bedrijven=bedrijven, producten=producten)\n'
          'laagste_marge = alle.loc[alle["margepercentage"].idxmin(), "naam"]', "alle klanten"),
         ('laagste_marge = grote_marge.sort_values("margepercentage")["naam"].head(1)', "één naam")],
    ),
    "7.14": (['antwoord_7_14 = "D"'],
             [('antwoord_7_14 = "a"', "binnendienst past bij kleine klanten"),
              ('antwoord_7_14 = "c"', "middelgrote klant"), ('antwoord_7_14 = "b"', "groot én complex")]),
    "7.17": (
        ['bediening = wie_bedient(omzet, bedrijven)\n'
         'deel_binnendienst = round(1 - bediening.groupby("bediening")["omzet"].sum()["accountmanager"] / '
         'bediening["omzet"].sum(), 3)'],
        [('bediening = wie_bedient(omzet, bedrijven)\n'
          'deel_binnendienst = (bediening["bediening"] == "binnendienst").mean()', "deel van de klanten"),
         ('bediening = wie_bedient(omzet, bedrijven)\n'
          'deel_binnendienst = bediening[bediening["bediening"] == "accountmanager"]["omzet"].sum() / '
          'bediening["omzet"].sum()', "mét een accountmanager"),
         ('bediening = wie_bedient(omzet, bedrijven)\n'
          'deel_binnendienst = bediening[bediening["bediening"] == "binnendienst"]["omzet"].sum()', "in euro's"),
         ('bediening = wie_bedient(omzet, bedrijven)\n'
          'deel_binnendienst = 100 * bediening[bediening["bediening"] == "binnendienst"]["omzet"].sum() / '
          'bediening["omzet"].sum()', "percentage")],
    ),
    "7.15": (['antwoord_7_15 = "C"'],
             [('antwoord_7_15 = "a"', "transactie"), ('antwoord_7_15 = "b"', "denkt hij vooruit"),
              ('antwoord_7_15 = "d"', "salesfunctie")]),
    "7.16": (['antwoord_7_16 = "b "'],
             [('antwoord_7_16 = "a"', "telt niets dubbel"), ('antwoord_7_16 = "c"', "wie er na de fusie"),
              ('antwoord_7_16 = "d"', "opnieuw naar alle leveranciers")]),
    "7.18": (
        [f"accountplan = '''{PLAN_GOED_ANDERS}'''"],
        [('accountplan = "x"', "ontbreekt"), ('accountplan = "weet ik niet"', "ontbreekt"),
         (f"accountplan = '''{PLAN_SJABLOON}'''", "staat nog (bijna) niets"),
         (f"accountplan = '''{PLAN_KORT}'''", "minstens 60")],
    ),
}


def _modelantwoord(o) -> str:
    if isinstance(o, (Waarde, Functie)):
        return o.oplossing
    if isinstance(o, Meerkeuze):
        return f"{o.variabele} = {o.juist!r}"
    if isinstance(o, Open):
        return f"{o.variabele} = {o.modelantwoord!r}"
    raise AssertionError(o)


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: "standaard" if s is None else f"seed{s}")
def omgeving(request):
    kies_dataset(request.param)
    try:
        basis = {naam: laad(naam) for naam in TABELLEN}
        basis.update({naam: getattr(accounts, naam) for naam in accounts.__all__})
        basis["pd"] = pd
        exec(VOORAF, basis)
        yield request.param, basis, {}
    finally:
        kies_dataset(None)


def _controle(omgeving, oefening, code):
    seed, basis, cache = omgeving
    kies_dataset(seed)
    ns = dict(basis)
    ns.pop(getattr(oefening, "variabele", None) or getattr(oefening, "functie", None), None)
    exec(code, ns)
    return oefening.controleer(ns, cache)


def test_minstens_tien_oefeningen_van_gemengde_soort():
    assert len(OEFENINGEN) >= 10
    ids = [o.id for o in OEFENINGEN]
    assert len(set(ids)) == len(ids) and all(i.startswith("7.") for i in ids)
    soorten = {type(o).__mro__[-3] if False else type(o) for o in OEFENINGEN}
    assert any(isinstance(o, Functie) for o in OEFENINGEN)
    assert any(isinstance(o, Meerkeuze) for o in OEFENINGEN)
    assert any(isinstance(o, Open) for o in OEFENINGEN)
    assert sum(isinstance(o, Waarde) for o in OEFENINGEN) >= 6 and len(soorten) >= 6
    assert set(CORPUS) == set(ids), "elke oefening hoort in het foutencorpus"


@pytest.mark.parametrize("oefening", OEFENINGEN, ids=lambda o: o.id)
def test_modeloplossing_en_andere_goede_antwoorden(omgeving, oefening):
    uitslag = _controle(omgeving, oefening, _modelantwoord(oefening))
    assert uitslag.status == "goed", (oefening.id, uitslag.tekst)
    goede, _ = CORPUS[oefening.id]
    assert goede, f"{oefening.id}: geen goed antwoord dat anders is opgeschreven"
    for code in goede:
        uitslag = _controle(omgeving, oefening, code)
        assert uitslag.status == "goed", (oefening.id, code, uitslag.tekst)


@pytest.mark.parametrize("oefening", OEFENINGEN, ids=lambda o: o.id)
def test_typische_fouten_krijgen_hun_eigen_uitleg(omgeving, oefening):
    _, foute = CORPUS[oefening.id]
    getoetst = 0
    for code, stukje in foute:
        uitslag = _controle(omgeving, oefening, code)
        if uitslag.status == "goed":
            # Toevallig gelijk aan het goede antwoord op deze dataset: dan is het hier niet fout.
            continue
        getoetst += 1
        assert uitslag.status == "fout", (oefening.id, code, uitslag.status, uitslag.tekst)
        assert stukje in uitslag.tekst, (oefening.id, code, uitslag.tekst)
        # Geen numpy-weergave, geen interne namen, geen Engels.
        assert not re.search(r"np\.(float|int|bool|str)|\bdf\b|Traceback|Error:", uitslag.tekst), uitslag.tekst
    assert getoetst >= 2, f"{oefening.id}: minder dan twee foute antwoorden getoetst op deze dataset"


def test_leeg_is_nog_niet_geprobeerd():
    from klantlib.oefeningen.kern import ____

    for o in OEFENINGEN:
        naam = getattr(o, "variabele", None) or getattr(o, "functie", None)
        assert o.controleer({naam: ____}).status == "leeg", o.id
        assert o.controleer({}).status == "leeg", o.id
    # Het sjabloon van het accountplan met nog een ____ erin telt als nog niet gedaan, met uitleg.
    plan = PER_ID["7.18"].controleer({"accountplan": "Markt: ____\nDoel: ____"})
    assert plan.status == "leeg" and "Er staat nog `____`" in plan.tekst


def test_alle_vragen_noemen_hun_precisie_of_zijn_exact():
    from klantlib.oefeningen.h07 import Getal, Reeks

    for o in OEFENINGEN:
        if isinstance(o, (Getal, Reeks)):
            assert re.search(r"nauwkeurig|heel getal|Hele euro", o.vraag), o.id
