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
plan_naam = dekking[dekking["beslisser_bekend"] == False]["naam"].iloc[0]
"""

PLAN_GOED_ANDERS = """
## Markt
{naam}: een groothandel met 5 bedrijven in het noorden en zuiden van het land.
## Uitdagingen
Ze willen minder leveranciers en betere informatie over leveringen.
## Concurrenten
Zes andere leveranciers, vooral in ICT; daar zijn we pas derde.
## Klachten
Drie klachten in een jaar, snel opgelost, geen escalaties nodig.
## DMU
Veel inkopers bekend, geen beslisser: dat pakken we als eerste aan via de directie.
## Doel
Binnen 24 maanden een derde van hun besteding en een raamovereenkomst.
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
        ['kandidaten_kvk = grote_accounts(facturen, bedrijven=bedrijven, drempel=0.03)["klant"].tolist()',
         'kandidaten_kvk = omzet[omzet["aandeel"] >= 0.03]["klant"]'],
        [('kandidaten_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, drempel=0.03)["naam"])',
          "Je gaf de namen"),
         ('kandidaten_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", drempel=0.03)'
          '["klant"])', "losse bedrijven"),
         ('kandidaten_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, maanden=12, drempel=0.03)["klant"])',
          "12 maanden"),
         ('kandidaten_kvk = [int(k) for k in omzet[omzet["aandeel"] >= 0.03]["klant"]]', "is een getal"),
         ('kandidaten_kvk = grote', "Kies de kolom met de KvK-nummers"),
         ('kandidaten_kvk = set(grote["klant"])', "minstens 5 %"),
         ('kandidaten_kvk = omzet["klant"].head(5).tolist()', "minstens 5 %")],
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
         'groot_factuuradres = set(adres[adres["aandeel"] >= 0.05]["naam"])'],
        [('groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven)["naam"].tolist()', "concerns"),
         ('groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf")["naam"].tolist()',
          "via wie bestelde"),
         ('groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="vestiging", '
          'via="factuuradres")["naam"].tolist()', "per vestiging"),
         ('groot_factuuradres = len(grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", '
          'via="factuuradres"))', "Je gaf één getal")],
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
         'accounts_zonder_unit = [n.upper() + "  " for n in unit["naam"]]',
         'accounts_zonder_unit = set(vlekken[vlekken["aandeel_vermeer"] == 0]["naam"])'],
        [('accounts_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["wat"].tolist()', "business units"),
         ('accounts_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["klant"].tolist()', "KvK-nummers"),
         ('accounts_zonder_unit = vlekken[vlekken["kans"] == "groter aandeel"]["naam"].tolist()',
          "groter aandeel"),
         ('accounts_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["naam"].iloc[0]', "één tekst")],
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
        [f"accountplan = '''{PLAN_GOED_ANDERS}'''.format(naam=plan_naam)"],
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
    model = _modelantwoord(oefening)
    if oefening.id == "7.18" and omgeving[0] is not None:
        # Het voorbeeldplan gaat over Karels Groep (standaarddataset). Met een eigen dataset is het
        # klakkeloos overnemen niet goed; met de naam van het eigen account wel.
        uitslag = _controle(omgeving, oefening, model)
        assert uitslag.status == "fout" and "noemt het account niet" in uitslag.tekst, uitslag.tekst
        model = f"{model}.replace('Karels Groep', plan_naam)"
    uitslag = _controle(omgeving, oefening, model)
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


# ---------------------------------------------------------------------------
# De studentproef (PROEF_h07.md): elke poging precies zoals de student hem typte, met het verdict dat hij
# moet krijgen en een stukje van de uitleg. Anders dan het corpus hierboven wordt een fout antwoord hier
# nooit overgeslagen omdat het "toevallig goed" is: dat was juist wat de proef vond (een foute methode die
# goed werd gerekend). Op de standaarddataset, op de seed van de proef en op nog een eigen seed.
# ---------------------------------------------------------------------------

PROEF_SEEDS = [None, 20261204, 424242]

PROEF_VOORAF = VOORAF + """
twintig = share_of_wallet(omzet.head(20), wallet)
sow_groot = share_of_wallet(grote, wallet)
bediening = wie_bedient(omzet, bedrijven)
unit = vlekken[(vlekken["soort"] == "business unit") & (vlekken["kans"] == "witte vlek")]
x4 = omzet["aandeel"].head(4).sum()
xb = bediening[bediening["bediening"] == "binnendienst"]["aandeel"].sum()
r1 = share_of_wallet(omzet.head(1), wallet)["ruimte"].iloc[0]
"""


def _plan(regels: dict[str, str], scheiding: str = "\n") -> str:
    """Code voor een accountplan: ``regels`` kop → tekst; ``{naam}`` wordt de naam van het account."""
    tekst = scheiding.join(f"{kop}: {zin}" for kop, zin in regels.items())
    return f"accountplan = '''\n{tekst}\n'''.format(naam=plan_naam)"


_KOPPEN = ["Markt", "Uitdagingen", "Concurrenten", "Klachten", "DMU", "Doel", "Aanpak"]
PLAN_WEET_NIET = _plan({k: "dat weet ik echt niet, want dat staat niet in de kaart en ik heb geen idee."
                        for k in _KOPPEN})
PLAN_ALGEMEEN = _plan({
    "Markt": "de markt van deze klant is groot en heel belangrijk voor ons bedrijf.",
    "Uitdagingen": "er zijn veel uitdagingen voor de klant in de komende jaren.",
    "Concurrenten": "er zijn veel concurrenten in de markt die ook willen verkopen.",
    "Klachten": "er zijn een paar klachten geweest die we moeten oplossen.",
    "DMU": "de DMU is heel belangrijk voor ons en we moeten ze leren kennen.",
    "Doel": "ons doel is meer omzet maken bij deze klant.",
    "Aanpak": "we gaan de klant vaker bellen en bezoeken."})
PLAN_LES = _plan({
    "Markt": "Overdijk Groep zit in de logistiek met veel vestigingen en een groot netwerk.",
    "Uitdagingen": "De omzet bij ons groeit maar de NPS is -20 bij de contactpersonen.",
    "Concurrenten": "Wij zijn nummer 1 met 23 procent share of wallet bij deze klant.",
    "Klachten": "Een beschadigd product duurde 26 uur voordat het opgelost was.",
    "DMU": "We kennen 21 contactpersonen en alle rollen zijn bekend.",
    "Doel": "Meer ICT-werkplek verkopen bij Overdijk in de komende twee jaar.",
    "Aanpak": "Specialist ICT meenemen naar de IT-manager van de klant."})
_GOED = {
    "Markt": "{naam} zit in de handel, met 7 bedrijven en 15 vestigingen.",
    "Uitdagingen": "De omzet bij ons daalde in het laatste jaar met 5 %.",
    "Concurrenten": "Wij zijn nummer 1 van 8 leveranciers met 29,6 % share of wallet.",
    "Klachten": "Twee klachten in 12 maanden, beide binnen 5 uur opgelost.",
    "DMU": "We kennen 22 contactpersonen maar geen enkele beslisser.",
    "Doel": "Over 24 maanden 35 % share of wallet, vooral in kantoorinrichting.",
    "Aanpak": "Via de inkopers een gesprek met de directie regelen en kantoorinrichting uitbreiden."}
PLAN_GOED = _plan(_GOED)
PLAN_EEN_REGEL = _plan(_GOED, scheiding=" ")
PLAN_BLA = _plan({k: "bla bla bla bla bla bla bla bla bla bla" for k in _KOPPEN})
PLAN_KLEINE_LETTERS = PLAN_GOED.replace("Markt:", "markt:").replace("DMU:", "dmu:")

# (oefening, code, verdict, moet in de uitleg staan, mag er niet in staan)
# verdict "les": het antwoord uit de les (standaarddataset). Op de standaarddataset goed, met een eigen
# dataset nog niet goed, met de uitleg dat het het antwoord van de les is. "les-fout": een fout antwoord
# uit de les; op de standaarddataset de uitleg van die fout, met een eigen dataset "uit de les".
PROEF = [
    # 7.1
    ("7.1", 'top5_omzet = omzet.head(5)', "fout", "Maak er een Series van", None),
    ("7.1", 'top5_omzet = omzet.head(5)["omzet"]', "fout", "nummers 0, 1, 2", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5)', "goed", None, None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).round(0)', "goed", None, None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).astype(int)', "goed", None, None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).to_dict()', "goed", None, None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).sort_values()', "goed", None, None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).round(-3)', "fout", "op duizenden", None),
    ("7.1", 'top5_omzet = omzet.set_index("klant")["omzet"].head(5)', "fout", "KvK-nummers", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(6)', "fout", "6 waarden", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["aandeel"].head(5)', "fout", "delen van de omzet", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam").head(5)["omzet"] / 1000', "fout", "in duizenden", None),
    ("7.1", 'top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, producten=producten)'
            '.set_index("naam")["bruto_marge"].head(5)', "fout", "bruto marge", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].head(5).tolist()', "fout", "zonder namen", " list"),
    ("7.1", 'top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf").set_index("naam")'
            '["omzet"].head(5)', "fout", "per bedrijf", None),
    ("7.1", 'top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, maanden=12).set_index("naam")'
            '["omzet"].head(5)', "fout", "12 maanden", None),
    ("7.1", 'top5_omzet = omzet_per_klant(facturen, bedrijven=bedrijven, maanden=36).set_index("naam")'
            '["omzet"].head(5)', "fout", "36 maanden", None),
    ("7.1", 'top5_omzet = facturen.groupby("klantnaam")["bedrag"].sum().nlargest(5)', "fout", None, None),
    ("7.1", 'top5_omzet = facturen[facturen["factuurdatum"] >= "2024-01-01"].groupby("klantnaam")["bedrag"]'
            '.sum().nlargest(5)', "fout", "klantnaam", None),
    ("7.1", 'top5_omzet = omzet.set_index("naam")["omzet"].tail(5)', "fout", "hoort er niet bij", None),
    ("7.1", 'top5_omzet = omzet.head(5).set_index("naam")["omzet"].rename(lambda n: n.replace(" Groep", ""))',
     "fout", "Bedoel je", None),
    # 7.2 (drempel 3 %)
    ("7.2", 'kandidaten_kvk = omzet.head(5)["klant"].tolist()', "fout", "minstens 5 %", None),
    ("7.2", 'kandidaten_kvk = grote_accounts(facturen, bedrijven=bedrijven)["klant"].tolist()', "fout",
     "minstens 5 %", None),
    ("7.2", 'kandidaten_kvk = omzet[omzet["aandeel"] >= 3]["klant"].tolist()', "fout", "`0.03`", None),
    ("7.2", 'kandidaten_kvk = omzet[omzet["aandeel"] >= 0.03]["klant"].tolist()', "goed", None, None),
    ("7.2", 'kandidaten_kvk = omzet[omzet["aandeel"] > 0.03]["klant"].tolist()', "goed", None, None),
    ("7.2", 'kandidaten_kvk = set(grote_accounts(facturen, bedrijven=bedrijven, drempel=0.03)["klant"])', "goed",
     None, None),
    ("7.2", 'kandidaten_kvk = omzet[omzet["aandeel"] >= 0.03]["naam"].tolist()', "fout", "Je gaf de namen", None),
    ("7.2", 'kandidaten_kvk = [int(k) for k in omzet[omzet["aandeel"] >= 0.03]["klant"]]', "fout", "is een getal",
     None),
    ("7.2", 'kandidaten_kvk = ", ".join(omzet[omzet["aandeel"] >= 0.03]["klant"])', "fout",
     "lijst met KvK-nummers", None),
    ("7.2", 'kandidaten_kvk = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres", '
            'drempel=0.03)["klant"].tolist()', "fout", "per factuuradres", None),
    ("7.2", 'kandidaten_kvk = grote_accounts(facturen, bedrijven=bedrijven, maanden=12, drempel=0.03)["klant"]'
            '.tolist()', "fout", "12 maanden", None),
    ("7.2", "kandidaten_kvk = ['17565194', '21588775', '39929353', '47323316', '58518080', '73471757', "
            "'95586102']", "les", None, None),
    # De vijf KvK-nummers die de les toont (bij 5 %): op de standaarddataset de 5 %-fout, anders "uit de les".
    ("7.2", "kandidaten_kvk = ['17565194', '21588775', '39929353', '47323316', '73471757']", "les-fout",
     "minstens 5 %", None),
    # 7.3
    ("7.3", 'top4_aandeel = omzet["aandeel"].head(4).sum()', "goed", None, None),
    ("7.3", 'top4_aandeel = round(omzet["aandeel"].head(4).sum(), 3)', "goed", None, None),
    ("7.3", 'top4_aandeel = omzet.head(4)["aandeel"].round(3).sum()', "goed", None, None),
    ("7.3", 'top4_aandeel = omzet["cumulatief_aandeel"].iloc[3]', "goed", None, None),
    ("7.3", 'top4_aandeel = concentratie(omzet).top4_aandeel', "goed", None, None),
    ("7.3", 'top4_aandeel = omzet["aandeel"].head(4).sum() * 100', "fout", "100 keer te groot", None),
    ("7.3", 'top4_aandeel = str(round(x4, 3))', "fout", f"bijvoorbeeld `0.", "duizendtallen"),
    ("7.3", 'top4_aandeel = str(round(100 * x4, 1)).replace(".", ",")', "fout", "als deel", None),
    ("7.3", 'top4_aandeel = f"{100 * x4:.1f}%"', "fout", "als deel", None),
    ("7.3", 'top4_aandeel = round(x4, 1)', "fout", "te grof afgerond", None),
    ("7.3", 'top4_aandeel = omzet["aandeel"].head(5).sum()', "fout", "vijf klanten", None),
    ("7.3", 'top4_aandeel = omzet["cumulatief_aandeel"].iloc[4]', "fout", "vijf klanten", None),
    ("7.3", 'top4_aandeel = omzet["aandeel"].head(4)', "fout", "4 waarden", None),
    ("7.3", 'top4_aandeel = concentratie(omzet)', "fout", "Verwacht wordt een getal", None),
    ("7.3", 'top4_aandeel = omzet["omzet"].head(4).sum()', "fout", "Je gaf euro's", None),
    ("7.3", 'o = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres")\n'
            'top4_aandeel = o["aandeel"].head(4).sum()', "fout", "per factuuradres", None),
    ("7.3", 'top4_aandeel = omzet["omzet"].head(4).sum() / facturen["bedrag"].sum()', "fout", None, None),
    ("7.3", 'top4_aandeel = 0,404', "fout", "komma", None),
    # 7.4 (namen per factuuradres)
    ("7.4", 'groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", '
            'via="factuuradres")["naam"].tolist()', "goed", None, None),
    ("7.4", 'groot_factuuradres = len(grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", '
            'via="factuuradres"))', "fout", "Je gaf één getal", None),
    ("7.4", 'groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, via="factuuradres")["naam"]'
            '.tolist()', "fout", "concerns", None),
    ("7.4", 'groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf")["naam"].tolist()',
     "fout", "via wie bestelde", None),
    ("7.4", 'groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", '
            'via="factuuradres", maanden=12)["naam"].tolist()', "fout", None, None),
    ("7.4", 'l = facturen[facturen["factuurdatum"] >= "2024-01-01"].groupby("klantnaam")["bedrag"].sum()\n'
            'groot_factuuradres = l[l / l.sum() >= 0.05].index.tolist()', "fout", None, None),
    ("7.4", 'groot_factuuradres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", '
            'via="factuuradres")["klant"].tolist()', "fout", "KvK-nummers", None),
    ("7.4", 'groot_factuuradres = "4"', "fout", "één tekst", None),
    # 7.5
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return omzet / totale_besteding', "goed", None, None),
    ("7.5", 'def aandeel_wallet(omzet, besteding):\n    return omzet / besteding', "goed", None, None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return min(omzet / totale_besteding, 1)', "goed",
     None, None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    if totale_besteding == 0:\n        return 0\n'
            '    return omzet / totale_besteding', "goed", None, None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return round(omzet / totale_besteding, 4)', "goed",
     "Je rondt wel af", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return round(omzet / totale_besteding, 5)', "goed",
     "Je rondt wel af", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return round(omzet / totale_besteding, 3)', "fout",
     "drie decimalen", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return round(omzet / totale_besteding, 2)', "fout",
     "twee decimalen", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return totale_besteding / omzet', "fout", "andersom",
     None),
    ("7.5", 'def aandeel_wallet(totale_besteding, omzet):\n    return omzet / totale_besteding', "fout", "andersom",
     None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return omzet / totale_besteding * 100', "fout",
     "percentage", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return totale_besteding - omzet', "fout", "ruimte",
     None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return omzet / (totale_besteding + omzet)', "fout",
     "maar dat moet", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    print(omzet / totale_besteding)', "fout", "return",
     None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return 0.25', "fout", "maar dat moet", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return omzet // totale_besteding', "fout", "`//`",
     None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return wallet["aandeel_vermeer"]', "fout",
     "Series", "dtype"),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return f"{omzet / totale_besteding:.0%}"', "fout",
     "verwacht wordt een getal", None),
    ("7.5", 'def aandeel_wallet(omzet, totale_besteding):\n    return omzet / totale_besteding\n'
            'aandeel_wallet = aandeel_wallet(250000, 1000000)', "fout", "geen functie", None),
    # 7.6
    ("7.6", 'buiten_top3 = twintig[twintig["top3"] == False]["naam"].tolist()', "goed", None, None),
    ("7.6", 'buiten_top3 = twintig[twintig["rang_leverancier"] > 3]["naam"].tolist()', "goed", None, None),
    ("7.6", 'buiten_top3 = twintig[~twintig["top3"]]["naam"].tolist()', "goed", None, None),
    ("7.6", 'buiten_top3 = twintig[twintig["top3"] == False]["naam"]', "goed", None, None),
    ("7.6", 'buiten_top3 = twintig[twintig["rang_leverancier"] >= 3]["naam"].tolist()', "fout", "Rang 3", None),
    ("7.6", 'buiten_top3 = twintig[twintig["top3"]]["naam"].tolist()', "fout", "wél in de top 3", None),
    ("7.6", 's = share_of_wallet(omzet, wallet)\nbuiten_top3 = s[s["top3"] == False]["naam"].tolist()', "fout",
     None, None),
    ("7.6", 'buiten_top3 = twintig[twintig["top3"] == False]["klant"].tolist()', "fout", "KvK-nummers", None),
    ("7.6", 'buiten_top3 = twintig[twintig["top3"] == False]', "fout", "hele tabel", None),
    ("7.6", 'buiten_top3 = twintig[twintig["rang_leverancier"] != 1]["naam"].tolist()', "fout", "wel in de top 3",
     None),
    # 7.7
    ("7.7", 'ruimte_grootste = sow_groot["ruimte"].iloc[0]', "goed", None, None),
    ("7.7", 'ruimte_grootste = round(sow_groot["ruimte"].iloc[0])', "goed", None, None),
    ("7.7", 'ruimte_grootste = sow_groot.loc[sow_groot["omzet"].idxmax(), "ruimte"]', "goed", None, None),
    ("7.7", 'ruimte_grootste = sow_groot["totale_besteding_24m"].iloc[0] * (1 - sow_groot["aandeel_vermeer"]'
            '.iloc[0])', "goed", None, None),
    ("7.7", 'ruimte_grootste = share_of_wallet(omzet.head(1), wallet)["ruimte"].iloc[0]', "goed", None, None),
    ("7.7", 'ruimte_grootste = sow_groot["totale_besteding_24m"].iloc[0]', "fout", "hele besteding", None),
    ("7.7", 'ruimte_grootste = sow_groot["ruimte"].head(1)', "fout", "Series met één waarde", None),
    ("7.7", 'ruimte_grootste = f"{round(r1):,}".replace(",", ".")', "fout", "zonder punten tussen de duizendtallen",
     None),
    ("7.7", 'ruimte_grootste = sow_groot["ruimte"].iloc[0] / 1e6', "fout", "miljoenen", None),
    ("7.7", 'ruimte_grootste = round(sow_groot["ruimte"].iloc[0], -3)', "fout", "op duizenden", None),
    ("7.7", 'ruimte_grootste = -sow_groot["ruimte"].iloc[0]', "fout", "negatief", None),
    ("7.7", 'ruimte_grootste = sow_groot["omzet"].iloc[0] - sow_groot["totale_besteding_24m"].iloc[0]', "fout",
     "negatief", None),
    ("7.7", 'ruimte_grootste = sow_groot["ruimte"].sum()', "fout", "samen", None),
    ("7.7", 'ruimte_grootste = 20491600 - 4734864', "les", None, None),
    ("7.7", 'ruimte_grootste = 4608536,5', "fout", "komma", None),
    # 7.8
    ("7.8", 'klanten_voor_80 = (omzet["cumulatief_aandeel"] < 0.8).sum() + 1', "goed", None, None),
    ("7.8", 'klanten_voor_80 = concentratie(omzet).klanten_voor_80', "goed", None, None),
    ("7.8", 'klanten_voor_80 = concentratie(omzet).als_tabel().loc["klanten voor 80 % van de omzet"]', "goed", None,
     None),
    ("7.8", 'klanten_voor_80 = omzet[omzet["cumulatief_aandeel"] >= 0.8].index[0] + 1', "goed", None, None),
    ("7.8", 'klanten_voor_80 = (omzet["cumulatief_aandeel"] < 0.8).sum()', "fout", "over de 80 %", None),
    ("7.8", 'klanten_voor_80 = (omzet["cumulatief_aandeel"] <= 0.8).sum()', "fout", "over de 80 %", None),
    ("7.8", 'klanten_voor_80 = omzet[omzet["cumulatief_aandeel"] >= 0.8].index[0]', "fout", "over de 80 %", None),
    ("7.8", 'klanten_voor_80 = concentratie(omzet).als_tabel().loc["deel van de klanten voor 80 %"]', "fout",
     "deel van alle klanten", None),
    ("7.8", 'o = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf")\n'
            'klanten_voor_80 = (o["cumulatief_aandeel"] < 0.8).sum() + 1', "fout", "per bedrijf", None),
    ("7.8", 'klanten_voor_80 = (omzet["aandeel"] < 0.8).sum()', "fout", "alle klanten", None),
    ("7.8", 'klanten_voor_80 = int(0.2 * len(omzet))', "fout", None, None),
    ("7.8", 'klanten_voor_80 = str(concentratie(omzet).klanten_voor_80)', "fout", "zonder aanhalingstekens", None),
    ("7.8", 'klanten_voor_80 = 66', "les", None, None),
    # 7.9 (nu een lijst)
    ("7.9", 'accounts_zonder_unit = unit["naam"].tolist()', "goed", None, None),
    ("7.9", 'accounts_zonder_unit = vlekken[vlekken["aandeel_vermeer"] == 0]["naam"].tolist()', "goed", None, None),
    ("7.9", 'v = witte_vlekken(facturen, bedrijven=bedrijven, accounts=grote)\n'
            'accounts_zonder_unit = v[(v["kans"] == "witte vlek") & (v["soort"] == "business unit")]["naam"]'
            '.tolist()', "goed", None, None),
    ("7.9", 'accounts_zonder_unit = unit["naam"].iloc[0]', "fout", "één tekst", None),
    ("7.9", 'accounts_zonder_unit = vlekken["naam"].iloc[0]', "fout", "één tekst", None),
    ("7.9", 'accounts_zonder_unit = vlekken[vlekken["kans"] == "groter aandeel"]["naam"].iloc[0]', "fout",
     "één tekst", None),
    ("7.9", 'accounts_zonder_unit = vlekken[vlekken["kans"] == "groter aandeel"]["naam"].tolist()', "fout",
     "groter aandeel", None),
    ("7.9", 'accounts_zonder_unit = vlekken[vlekken["soort"] == "business unit"]["naam"].tolist()', "fout",
     "groter aandeel", None),
    ("7.9", 'accounts_zonder_unit = vlekken["naam"].tolist()', "fout", None, None),
    ("7.9", 'accounts_zonder_unit = unit["wat"].tolist()', "fout", "business units", None),
    ("7.9", 'accounts_zonder_unit = unit["klant"].tolist()', "fout", "KvK-nummers", None),
    ("7.9", 'accounts_zonder_unit = [n.replace(" Groep", "") for n in unit["naam"]]', "fout", "Bedoel je", None),
    ("7.9", 'accounts_zonder_unit = ["Neuzerling Groep"]', "les", None, None),
    # 7.10, 7.11, 7.14, 7.15, 7.16
    ("7.10", 'antwoord_7_10 = "B"', "goed", None, None),
    ("7.10", 'antwoord_7_10 = "b)"', "goed", None, None),
    ("7.10", 'antwoord_7_10 = " b "', "goed", None, None),
    ("7.10", 'antwoord_7_10 = "Sell deep"', "fout", "geen keuze", None),
    ("7.10", 'antwoord_7_10 = "weet ik niet"', "fout", "geen keuze", None),
    ("7.10", 'antwoord_7_10 = 2', "fout", "getal", None),
    ("7.10", 'antwoord_7_10 = ["b"]', "fout", "lijst", None),
    ("7.10", 'antwoord_7_10 = "c"', "fout", "risico wordt groter", None),
    ("7.11", 'antwoord_7_11 = "b"', "goed", None, None),
    ("7.11", 'antwoord_7_11 = "c"', "fout", "Langer is niet beter", None),
    ("7.14", 'antwoord_7_14 = "d"', "goed", None, None),
    ("7.14", 'antwoord_7_14 = "b"', "fout", "groot én complex", None),
    ("7.15", 'antwoord_7_15 = "c"', "goed", None, None),
    ("7.15", 'antwoord_7_15 = "b"', "fout", "denkt hij vooruit", None),
    ("7.16", 'antwoord_7_16 = "b"', "goed", None, None),
    ("7.16", 'antwoord_7_16 = "a"', "fout", "telt niets dubbel", None),
    # 7.12
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["naam"].tolist()', "goed", None, None),
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser"] == 0]["naam"].tolist()', "goed", None, None),
    ("7.12", 'zonder_beslisser = dekking[dekking["ontbreekt"] == "beslisser"]["naam"].tolist()', "goed", None, None),
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["naam"].iloc[0]', "fout",
     "één tekst", None),
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["klant"].tolist()', "fout",
     "KvK-nummers", None),
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser_bekend"] == True]["naam"].tolist()', "fout", "wél",
     None),
    ("7.12", 'zonder_beslisser = dekking[dekking["beslisser_bekend"] == "False"]["naam"].tolist()', "fout",
     "ontbreekt", None),
    ("7.12", 'zonder_beslisser = ["Karels Groep"]', "les", None, None),
    # 7.13
    ("7.13", 'laagste_marge = grote_marge.loc[grote_marge["margepercentage"].idxmin(), "naam"]', "goed", None, None),
    ("7.13", 'laagste_marge = grote_marge.sort_values("margepercentage")["naam"].iloc[0]', "goed", None, None),
    ("7.13", 'm5 = omzet_per_klant(facturen, bedrijven=bedrijven, producten=producten).head(5)\n'
             'laagste_marge = m5.loc[m5["margepercentage"].idxmin(), "naam"]', "goed", None, None),
    ("7.13", 'laagste_marge = grote_marge.loc[grote_marge["bruto_marge"].idxmin(), "naam"]', "fout",
     "bruto marge in euro's", "in plaats van `.idxmax()`"),
    ("7.13", 'laagste_marge = grote_marge.loc[grote_marge["margepercentage"].idxmax(), "naam"]', "fout",
     "hoogste margepercentage", None),
    ("7.13", 'alle = omzet_per_klant(facturen, bedrijven=bedrijven, producten=producten)\n'
             'laagste_marge = alle.loc[alle["margepercentage"].idxmin(), "naam"]', "fout", "alle klanten", None),
    ("7.13", 'laagste_marge = grote_marge["margepercentage"].min()', "fout", "naam", None),
    ("7.13", 'laagste_marge = grote_marge["margepercentage"].idxmin()', "fout", "rijlabel", None),
    ("7.13", 'laagste_marge = grote_marge.loc[grote_marge["margepercentage"].idxmin()]', "fout", "meer waarden",
     None),
    ("7.13", 'laagste_marge = grote_marge.sort_values("margepercentage")["naam"].head(1)', "fout", "één naam", None),
    ("7.13", 'laagste_marge = grote_marge.loc[grote_marge["margepercentage"].idxmin(), "klant"]', "fout",
     "KvK-nummer", None),
    # 7.17
    ("7.17", 'deel_binnendienst = xb', "goed", None, None),
    ("7.17", 'deel_binnendienst = bediening[bediening["bediening"] == "binnendienst"]["omzet"].sum() / '
             'bediening["omzet"].sum()', "goed", None, None),
    ("7.17", 'deel_binnendienst = round(xb, 3)', "goed", None, None),
    ("7.17", 'deel_binnendienst = bediening[bediening["bediening"] == "binnendienst"]["omzet"].sum()', "fout",
     "in euro's", None),
    ("7.17", 'deel_binnendienst = bediening[bediening["bediening"] == "accountmanager"]["aandeel"].sum()', "fout",
     "mét een accountmanager", None),
    ("7.17", 'deel_binnendienst = (bediening["bediening"] == "binnendienst").mean()', "fout", "deel van de klanten",
     None),
    ("7.17", 'deel_binnendienst = round(xb, 2)', "fout", "te grof afgerond", None),
    ("7.17", 'deel_binnendienst = xb * 100', "fout", "100 keer te groot", None),
    ("7.17", 'deel_binnendienst = bediening.groupby("bediening")["aandeel"].sum()', "fout",
     "Het goede getal staat in je Series", None),
    ("7.17", 'deel_binnendienst = 1 - omzet["aandeel"].head(5).sum()', "fout", "veertig concerns", None),
    ("7.17", 'deel_binnendienst = f"{100 * xb:.1f}%".replace(".", ",")', "fout", "als deel", None),
    ("7.17", 'deel_binnendienst = 9811779 / 37109846', "les", None, None),
    # 7.18
    ("7.18", 'accountplan = "weet ik niet"', "fout", "ontbreekt", None),
    ("7.18", 'accountplan = """\nMarkt\nUitdagingen\nConcurrenten\nKlachten\nDMU\nDoel\nAanpak\n"""', "fout",
     "(bijna) niets", None),
    ("7.18", 'accountplan = """\nMarkt: handel\nUitdagingen: groei\nConcurrenten: veel\nKlachten: weinig\n'
             'DMU: geen beslisser\nDoel: meer omzet\nAanpak: bellen\n"""', "fout", "(bijna) niets", None),
    ("7.18", 'accountplan = """\nMarkt: ...\nUitdagingen: ...\nConcurrenten: ...\nKlachten: ...\nDMU: ...\n'
             'Doel: ...\nAanpak: ...\n"""', "fout", "(bijna) niets", None),
    ("7.18", PLAN_WEET_NIET, "fout", "geen antwoord", None),
    ("7.18", PLAN_ALGEMEEN, "fout", "getallen", None),
    ("7.18", PLAN_LES, "fout", "noemt het account niet", None),
    ("7.18", PLAN_EEN_REGEL, "fout", "niet aan het begin van een regel", None),
    ("7.18", PLAN_BLA, "fout", "dezelfde tekst", None),
    ("7.18", PLAN_GOED, "goed", None, None),
    ("7.18", PLAN_KLEINE_LETTERS, "goed", None, None),
    ("7.18", PLAN_GOED.replace("Markt:", "**Markt:**").replace("Doel:", "- Doel:"), "goed", None, None),
]

# Bekende grens (PROEF_h07.md #10): met de vijf grote accounts in plaats van de twintig grootste klanten is
# het antwoord op seed 20261204 toevallig precies goed (op 1 van 31 seeds). Dat is uit de waarde niet te zien;
# op de andere datasets moet het wel nog niet goed zijn.
PROEF_TOEVAL = [
    ("7.6", 'buiten_top3 = sow_groot[sow_groot["top3"] == False]["naam"].tolist()', {20261204}),
]


@pytest.fixture(scope="module", params=PROEF_SEEDS, ids=lambda s: "standaard" if s is None else f"seed{s}")
def proefomgeving(request):
    kies_dataset(request.param)
    try:
        basis = {naam: laad(naam) for naam in TABELLEN}
        basis.update({naam: getattr(accounts, naam) for naam in accounts.__all__})
        basis["pd"] = pd
        exec(PROEF_VOORAF, basis)
        yield request.param, basis, {}
    finally:
        kies_dataset(None)


def _proefuitslag(omgeving, oefening_id, code):
    oefening = PER_ID[oefening_id]
    try:
        return _controle(omgeving, oefening, code)
    finally:
        kies_dataset(omgeving[0])


def test_studentproef_elke_poging_krijgt_het_juiste_verdict(proefomgeving):
    seed = proefomgeving[0]
    mis = []
    for oefening_id, code, verdict, moet, mag_niet in PROEF:
        uitslag = _proefuitslag(proefomgeving, oefening_id, code)
        verwacht = verdict
        if verdict in ("les", "les-fout"):
            verwacht = "goed" if seed is None and verdict == "les" else "fout"
            if seed is not None:
                moet = "standaarddataset uit de les"
        if uitslag.status != verwacht:
            mis.append((oefening_id, code, f"verwacht {verwacht}", uitslag.status, uitslag.tekst))
            continue
        if moet and moet not in uitslag.tekst:
            mis.append((oefening_id, code, f"verwacht '{moet}' in de uitleg", uitslag.tekst))
        if mag_niet and mag_niet in uitslag.tekst:
            mis.append((oefening_id, code, f"'{mag_niet}' hoort niet in de uitleg", uitslag.tekst))
        if re.search(r"np\.(float|int|bool|str)|dtype|Traceback|Error:", uitslag.tekst):
            mis.append((oefening_id, code, "numpy-weergave of Engelse fout in de uitleg", uitslag.tekst))
    assert not mis, "\n".join(map(str, mis))


def test_studentproef_bekende_grens_alleen_op_de_seed_van_de_proef(proefomgeving):
    seed = proefomgeving[0]
    for oefening_id, code, toeval in PROEF_TOEVAL:
        uitslag = _proefuitslag(proefomgeving, oefening_id, code)
        assert uitslag.status == ("goed" if seed in toeval else "fout"), (seed, code, uitslag.tekst)
