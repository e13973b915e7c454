"""Werkboek 04: het foutencorpus (issue 21), op de standaarddataset en twee persoonlijke datasets.

Per oefening:

- de modeloplossing is goed;
- minstens één goed antwoord dat anders is opgeschreven, is ook goed;
- minstens twee typische foute antwoorden zijn "nog niet goed", met de specifieke feedback die erbij hoort.

Alle antwoorden zijn code zoals een leerling die in het werkboek typt; ze draaien in een namespace waarin de
eerste cel van het werkboek en de modeloplossingen van de eerdere oefeningen al zijn uitgevoerd.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from klantlib import data
from klantlib.oefeningen import h04
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, Werkboek

REPO = Path(__file__).resolve().parent.parent
SEEDS = [None, 123456, 987]
VERMEER = "Vermeer Werkplek B.V."
CRIT = 'c = enquetes[enquetes["score"] <= 6]\nt = thema_per_strategie(c["verbeterpunt"])\n'
KI = ('k = keten[keten["business_unit"] == "Kantoorinrichting"]\n'
      'omzet_ki = omzet_per_business_unit(facturen, 2025)["Kantoorinrichting"]\n')


def _functie(regel: str) -> str:
    return f"def voldoet(scores, drempel, uitblinken):\n    return {regel}\n"


CORPUS = {
    "4.1": {
        "goed": [
            'profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="score")',
            'profiel = waardeprofiel(waardeprofielen).sort_index().round(1)',
        ],
        "fout": [
            ("profiel = waardeprofielen", "Je tabel is nog lang"),
            ("profiel = waardeprofiel(waardeprofielen).T", "Je tabel staat gekanteld"),
            ('profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="respondenten")',
             "het aantal respondenten"),
        ],
    },
    "4.2": {
        "goed": ['antwoord_4_2 = "B"', 'antwoord_4_2 = " b) "'],
        "fout": [('antwoord_4_2 = "a"', "gemiddeld rapportcijfer"), ('antwoord_4_2 = "c"', "geen objectieve meting"),
                 ('antwoord_4_2 = "d"', "kolom `bron`")],
    },
    "4.3": {
        "goed": [
            _functie("all(s >= drempel for s in scores) and any(s >= uitblinken for s in scores)"),
            "def voldoet(scores, drempel, uitblinken):\n    if min(scores) < drempel:\n        return False\n"
            "    if max(scores) < uitblinken:\n        return False\n    return True\n",
        ],
        "fout": [
            (_functie("min(scores) > drempel and max(scores) > uitblinken"), "gebruik `>=` in plaats van `>`"),
            (_functie("max(scores) >= uitblinken"), "De eerste voorwaarde ontbreekt"),
            (_functie("min(scores) >= drempel"), "De tweede voorwaarde ontbreekt"),
            (_functie("min(scores) >= uitblinken"), "in alle drie uitblinkt"),
            (_functie("min(scores) >= drempel or max(scores) >= uitblinken"), "gebruik `and`, niet `or`"),
            (_functie("min(scores) >= 6 and max(scores) >= 8"), "vaste getallen"),
            (_functie('"ja" if min(scores) >= drempel and max(scores) >= uitblinken else "nee"'),
             "Verwacht wordt True of False"),
        ],
    },
    "4.4": {
        "goed": [
            't = toets_waardestrategie(profiel)\nbeide = list(t[t["beide_voorwaarden"]].index)',
            't = toets_waardestrategie(profiel)\nbeide = set(t.index[t["beide_voorwaarden"] == True])',
            't = toets_waardestrategie(profiel)\nbeide = t.index[t["beide_voorwaarden"]][0]',  # één naam als tekst
        ],
        "fout": [
            ('t = toets_waardestrategie(profiel)\nbeide = t.index[t["blinkt_uit_in"] != ""].tolist()',
             "Uitblinken alleen is niet genoeg"),
            ('t = toets_waardestrategie(profiel)\nbeide = t.index[t["voldoet_drempel"]].tolist()',
             "ook leveranciers die nergens uitblinken"),
            ('beide = toets_waardestrategie(profiel)["beide_voorwaarden"]', "kolom met True en False"),
            ('beide = ["OfficeDirect"]', "'OfficeDirect' staat niet in het profiel"),
        ],
    },
    "4.5": {
        "goed": [
            f'kloof = profiel.drop(index="{VERMEER}").max() - profiel.loc["{VERMEER}"]',
            f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].round(1).iloc[::-1]',
        ],
        "fout": [
            (f'kloof = profiel.loc["{VERMEER}"] - profiel.drop(index="{VERMEER}").max()', "teken omgedraaid"),
            (f'kloof = profiel.drop(index="{VERMEER}").mean() - profiel.loc["{VERMEER}"]',
             "gemiddelde van de concurrenten"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")', "Pak alleen de kolom"),
            ("kloof = 2.2", "niet één getal"),
            (f'kloof = profiel.max() - profiel.loc["{VERMEER}"]', "Vermeer zelf meegeteld"),
        ],
    },
    "4.6": {
        "goed": ['antwoord_4_6 = "B"', "antwoord_4_6 = 'b '"],
        "fout": [('antwoord_4_6 = "a"', "Sneller en goedkoper orders verwerken"),
                 ('antwoord_4_6 = "c"', "standaard webshop")],
    },
    "4.7": {
        "goed": [
            'strategie_van = {"A": "PL", "B": "oe", "C": "Customer Intimacy"}',
            'strategie_van = {"c": "customer intimacy", "a": "product leadership", "b": "Operational Excellence "}',
        ],
        "fout": [
            ('strategie_van = {"A": "product leadership", "B": "customer intimacy", "C": "customer intimacy"}',
             "Vriendelijk zijn is nog geen customer intimacy"),
            ('strategie_van = {"A": "operational excellence", "B": "operational excellence", "C": "customer intimacy"}',
             "niet op prijs"),
            ('strategie_van = {"A": "product leadership", "B": "klantvriendelijk", "C": "customer intimacy"}',
             "'klantvriendelijk' is geen waardestrategie"),
            ('strategie_van = {"A": "product leadership", "B": "operational excellence"}', "'C' ontbreekt"),
        ],
    },
    "4.8": {
        "goed": [
            f'beste_sector = gewogen_score(profiel, gewichten).T["{VERMEER}"].idxmax()',
            f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].sort_values().index[-1].upper()',
        ],
        "fout": [
            (f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].idxmin()', "het slechtst past"),
            # de beste sector van een concurrent (een die niet ook de beste of slechtste van Vermeer is)
            (f'_g = gewogen_score(profiel, gewichten)\n_v = _g.loc["{VERMEER}"]\n'
             f'beste_sector = next(_g.loc[l].idxmax() for l in _g.index if l != "{VERMEER}" '
             f'and _g.loc[l].idxmax() not in (_v.idxmax(), _v.idxmin()))',
             "beste sector van een concurrent"),
            (f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"]', "hele rij getallen"),
        ],
    },
    "4.9": {
        "goed": [
            CRIT + 'met_tekst = t[t["thema"] != "geen opmerking"]\n'
                   'aandeel_oe = (met_tekst["thema"] == "operational excellence").mean()',
            CRIT + 'aandeel_oe = round(thema_aandelen(t).loc["operational excellence", "aandeel"], 3)',
        ],
        "fout": [
            (CRIT + 'aandeel_oe = (t["thema"] == "operational excellence").sum() / len(c)', "ook die niets invulden"),
            (CRIT + 'h = t[~t["thema"].isin(["geen opmerking", "onbekend"])]\n'
                    'aandeel_oe = (h["thema"] == "operational excellence").mean()', "herkend thema"),
            ('t = thema_per_strategie(enquetes["verbeterpunt"])\n'
             'aandeel_oe = thema_aandelen(t).loc["operational excellence", "aandeel"]', "alle klanten"),
            (CRIT + 'aandeel_oe = 100 * thema_aandelen(t).loc["operational excellence", "aandeel"]',
             "Dit is een percentage"),
            (CRIT + 'aandeel_oe = thema_aandelen(t)', "operational excellence\\\", \\\"aandeel"),
            ("aandeel_oe = 0,37", "komma als decimaalteken"),
            ('aandeel_oe = "37 %"', "%-teken"),
        ],
    },
    "4.10": {
        "goed": [
            'soort = {"inkoop": "Ondersteunend", "service": "primair", "marketing en sales": "primaire",\n'
            '         "human resource management": "secundair", "uitgaande logistiek": "primair",\n'
            '         "technologieontwikkeling": "ondersteunende"}',
            'soort = {a: soort_activiteit(a) for a in ["Inkoop", "Service", "Marketing en sales",\n'
            '         "Human resource management", "Uitgaande logistiek", "Technologieontwikkeling"]}',
        ],
        "fout": [
            ('soort = {"Inkoop": "primair", "Service": "primair", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "ondersteunend"}', "Inkoop koopt in voor de primaire activiteiten"),
            ('soort = {"Inkoop": "ondersteunend", "Service": "ondersteunend", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "ondersteunend"}', "Service na verkoop en levering"),
            ('soort = {"Inkoop": "ondersteunend", "Service": "primair", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "steun"}', "'steun' is geen soort"),
        ],
    },
    "4.11": {
        "goed": [
            KI + 'marge_na = round(omzet_ki - k["kosten"].sum() + 0.15 * k.loc[k["activiteit"] == "Service", '
                 '"kosten"].sum())',
            KI + 'marge_na = float(waardeketen(k, omzet_ki, verlaging={"service": 0.15})["bedrag"].iloc[-1])',
        ],
        "fout": [
            (KI + 'marge_na = 0.15 * k.loc[k["activiteit"] == "Service", "kosten"].sum()', "alleen de besparing"),
            (KI + 'marge_na = waardeketen(k, omzet_ki).loc["Marge", "bedrag"]', "de marge van nu"),
            (KI + 'marge_na = omzet_ki - 0.85 * k["kosten"].sum()', "alle kosten met 15 %"),
            ('omzet = omzet_per_business_unit(facturen, 2025).sum()\n'
             'marge_na = waardeketen(keten, omzet, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "het hele bedrijf"),
            (KI + 'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "aandeel"]',
             "als deel van de omzet"),
            (KI + 'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15})', "Pak de marge uit de tabel"),
            (KI + 'marge_na = waardeketen(keten, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "kosten van alle business units"),
        ],
    },
    "4.12": {
        "goed": ['antwoord_4_12 = "B"', 'antwoord_4_12 = "b)"'],
        "fout": [('antwoord_4_12 = "a"', "wel kosten"), ('antwoord_4_12 = "c"', "Ook een dienstverlener heeft inkoop")],
    },
    "4.13": {
        "goed": [
            'advies = """Mijn advies: kies CI. Vermeer haalt overal de drempel maar blinkt nergens in uit. Op customer '
            "intimacy is de achterstand op Facilis het kleinst en in de zorg past dat profiel goed. Investeer dus in "
            'een CRM en vaste accountmanagers, en houd levertijden en facturen op orde."""',
        ],
        "fout": [
            ('advies = "weet ik niet"', "Schrijf er minstens 40"),
            ('advies = """Ik vind dat de directie goed moet nadenken over wat het bedrijf wil zijn. Het is belangrijk '
             "dat iedereen in het bedrijf weet waar het heen gaat en dat de klant tevreden is. Dan kunnen de "
             'verkopers beter hun werk doen en komen klanten vaker terug bij ons."""', "noemt nog geen waardestrategie"),
            ('advies = """Kies customer intimacy want dat is een goede strategie voor een bedrijf als dit, dat vind ik '
             "zelf het beste en het mooiste en dat past bij mij. Het is namelijk belangrijk dat het bedrijf een "
             'keuze maakt en daar dan ook echt voor gaat met alle mensen."""', "noemt nog geen onderbouwing"),
        ],
    },
}


# --- Studentproef (PROEF_h04.md): elke poging uit de proef, precies zoals de student hem typte ----------------
# De "goed"-regels zijn goede antwoorden die eerst als fout werden afgewezen of anders zijn opgeschreven; de
# "fout"-regels zijn de foute antwoorden met een zinsdeel uit de feedback die erbij hoort (niet de algemene zin
# "Je getal is te hoog", maar de uitleg die zegt wát er mis is). Ze komen bij CORPUS, zodat ze op alle drie de
# seeds draaien.

PIVOT = 'waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="score")'
AFGEROND = f"profiel = {PIVOT}.round()\n"
ADVIES_ALLE_DRIE = (
    'advies = """Vermeer moet in alle drie de strategieen uitblinken: operational excellence, product leadership en '
    "customer intimacy. De scores zijn nu 6,5 en 6,1 en 7,7 en dat is te laag, want de concurrenten scoren hoger "
    'dan 8. Dus moet Vermeer overal beter worden dan de concurrenten om klanten te winnen."""')
ADVIES_NIET_KIEZEN = (
    'advies = """Vermeer moet niet kiezen en gewoon overal een beetje goed blijven, dat is veilig. De scores zijn 6,5 '
    "voor operational excellence, 6,1 voor product leadership en 7,7 voor customer intimacy en die zijn allemaal "
    'boven de drempel van 6, dus er is eigenlijk geen probleem en de klanten zijn tevreden genoeg."""')

PROEF_H04 = {
    "4.1": {
        "goed": [
            'profiel = waardeprofielen.pivot_table(index="leverancier", columns="waardestrategie", values="score")',
            f"profiel = {PIVOT}.round(1)",
            'profiel = waardeprofiel(laad("waardeprofielen"))',
        ],
        "fout": [
            ('profiel = waardeprofielen.groupby("leverancier")["score"].mean()',
             "de drie strategieën zijn samengevoegd"),
            ('profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie")',
             "twee rijen kolomkoppen"),
            ('profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="jaar")',
             "bevat het jaar"),
            (AFGEROND, "afgerond op hele getallen"),
            ("profiel = waardeprofiel(waardeprofielen).reset_index()", "laat `.reset_index()` weg"),
            (f"profiel = {PIVOT}.reset_index()", "laat `.reset_index()` weg"),
            ('profiel = waardeprofielen.pivot(index="waardestrategie", columns="leverancier", values="score")',
             "gekanteld"),
            ("profiel = waardeprofiel", "een functie"),
            ('profiel = waardeprofiel(waardeprofielen)["customer intimacy"]', "de scores op één strategie"),
        ],
    },
    "4.2": {
        "goed": ['antwoord_4_2 = "B."', 'antwoord_4_2 = "(b)"', 'antwoord_4_2 = "antwoord b"'],
        "fout": [('antwoord_4_2 = "weet ik niet"', "geen keuze"), ('antwoord_4_2 = "b en c"', "geen keuze"),
                 ("antwoord_4_2 = 2", "Schrijf een letter")],
    },
    "4.3": {
        "goed": [
            _functie("(min(scores) >= drempel) & (max(scores) >= uitblinken)"),
            _functie("scores[0] >= drempel and scores[1] >= drempel and scores[2] >= drempel "
                     "and max(scores) >= uitblinken"),
        ],
        "fout": [
            (_functie("sum(scores)/3 >= drempel and max(scores) >= uitblinken"), "Je toetst het gemiddelde"),
            (_functie("int(min(scores)) >= drempel and int(max(scores)) >= uitblinken"), "Je kapt de scores af"),
            (_functie("round(min(scores)) >= drempel and round(max(scores)) >= uitblinken"),
             "Je rondt de scores af"),
            (_functie("min(scores) >= drempel and sum(s >= uitblinken for s in scores) == 1"), "*minstens* één"),
            (_functie("min(scores) >= drempel and max(scores) >= uitblinken and min(scores) < uitblinken"),
             "drie keer uitblinken is ook minstens één"),
            (_functie("min(scores) >= drempel and scores[2] >= uitblinken"), "`max(scores)`"),
            (_functie("min(scores) >= drempel & max(scores) >= uitblinken"), "Schrijf `and`"),
            (_functie("min(scores) >= drempel, max(scores) >= uitblinken"), "twee waarden"),
            ("def voldoet(scores, drempel, uitblinken):\n    print(min(scores) >= drempel and max(scores) >= uitblinken)\n",
             "Vergeet je `return`"),
        ],
    },
    "4.4": {
        "goed": ["toets = toets_waardestrategie(profiel)\nbeide = toets.index[toets[\"beide_voorwaarden\"]]",
                 # .unique() geeft in pandas 3 een Arrow-array (gevonden door de beginnersproef van issue 21)
                 't = toets_waardestrategie(profiel).reset_index()\n'
                 'beide = t.loc[t["beide_voorwaarden"], "leverancier"].unique()'],
        "fout": [
            (AFGEROND + 'toets = toets_waardestrategie(profiel)\nbeide = toets.index[toets["beide_voorwaarden"]].tolist()',
             "Je `profiel` uit oefening 4.1 klopt nog niet"),
            ('toets = toets_waardestrategie(profiel)\nbeide = toets[toets["beide_voorwaarden"]]', "een hele tabel"),
            ('toets = toets_waardestrategie(profiel)\nbeide = toets[toets["beide_voorwaarden"]]["oordeel"].tolist()',
             "staat niet in het profiel"),
        ],
    },
    "4.5": {
        "goed": [f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].to_dict()'],
        "fout": [
            (f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].tolist()', "Laat `.tolist()`"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")["score_concurrent"]', "scores van de beste concurrenten"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")["eigen_score"]', "scores van Vermeer zelf"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].round(0)', "afgerond op hele punten"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].idxmin()', "één naam"),
            (AFGEROND + f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"]',
             "Je `profiel` uit oefening 4.1 klopt nog niet"),
        ],
    },
    "4.6": {
        "goed": ['antwoord_4_6 = "B."'],
        "fout": [('antwoord_4_6 = "d"', "verlaagt de kosten"), ('antwoord_4_6 = "antwoord c"', "standaard webshop")],
    },
    "4.7": {
        "goed": [
            'strategie_van = {"A": "productleiderschap", "B": "operationele excellentie", "C": "klantintimiteit"}',
            'strategie_van = {"A": "product-leadership", "B": "operational-excellence", "C": "customer-intimacy"}',
            'strategie_van = {"A": "P.L.", "B": "O.E.", "C": "C.I."}',
            'strategie_van = {"a": "Product Leadership", "b": "Operational Excellence", "c": "Customer Intimacy"}',
        ],
        "fout": [
            ('strategie_van = {"A": "product leadership", "B": "operational excelence", "C": "customer intimacy"}',
             "Bedoel je 'operational excellence'?"),
            ('strategie_van = {"A": "PL", "B": "weet ik niet", "C": "CI"}', "'weet ik niet' is geen waardestrategie"),
            ('strategie_van = {"A": "customer intimacy", "B": "operational excellence", "C": "product leadership"}',
             "1 van de 3 is goed"),
        ],
    },
    "4.8": {
        # de student typte de sector met de hand, in kleine letters of met een spatie erachter
        "goed": [f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].idxmax().lower()',
                 f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].idxmax() + " "'],
        "fout": [
            (f'gewogen = gewogen_score(profiel, gewichten)\nbeste_sector = gewogen.loc["{VERMEER}"].idxmin()',
             "het slechtst past. Zoek de hoogste"),
            (f'gewogen = gewogen_score(profiel, gewichten)\nbeste_sector = gewogen.loc["{VERMEER}"].idxmax',
             "de haakjes ontbreken"),
            (f'gewogen = gewogen_score(profiel, gewichten)\nbeste_sector = gewogen.loc["{VERMEER}"].max()',
             "als tekst"),
            ('beste_sector = "de zorg"', "geen sector in de gewichten"),
        ],
    },
    "4.9": {
        "goed": [
            'criticasters = enquetes[enquetes["score"] < 7]\nthemas = thema_per_strategie(criticasters["verbeterpunt"])\n'
            'aandeel_oe = thema_aandelen(themas).loc["operational excellence", "aandeel"]',
        ],
        "fout": [
            ('criticasters = enquetes[enquetes["score"] < 6]\nthemas = thema_per_strategie(criticasters["verbeterpunt"])\n'
             'aandeel_oe = thema_aandelen(themas).loc["operational excellence", "aandeel"]', "de 6 hoort erbij"),
            ('criticasters = enquetes[enquetes["score"] <= 7]\nthemas = thema_per_strategie(criticasters["verbeterpunt"])\n'
             'aandeel_oe = thema_aandelen(themas).loc["operational excellence", "aandeel"]', "Een 7 is een passive"),
            (CRIT + 'aandeel_oe = thema_aandelen(t).loc["operational excellence", "aantal"]', "Dit is het aantal"),
            (CRIT + 'aandeel_oe = thema_aandelen(t).loc["customer intimacy", "aandeel"]',
             "ander thema: customer intimacy"),
            (CRIT + 'aandeel_oe = t["thema"].value_counts(normalize=True)["operational excellence"]',
             "ook die niets invulden"),
            (CRIT + 'aandeel_oe = round(thema_aandelen(t).loc["operational excellence", "aandeel"], 1)',
             "te grof afgerond"),
        ],
    },
    "4.10": {
        "goed": [
            'soort = {"Inkoop": "ondersteunend", "Service": "primair", "Marketing & sales": "primair", '
            '"HRM": "ondersteunend", "Uitgaande logistiek": "primair", "Technologie ontwikkeling": "ondersteunend"}',
        ],
        "fout": [
            ('soort = {"Inkoop": "primair", "Service": "ondersteunend", "Marketing en sales": "primair", '
             '"Human resource management": "ondersteunend", "Uitgaande logistiek": "primair", '
             '"Technologieontwikkeling": "ondersteunend"}', "4 van de 6 zijn goed"),
            ('soort = {"Inkoop": "ondersteunend", "Service": "primair", "Marketing en sales": "primair", '
             '"Personeelszaken": "ondersteunend", "Uitgaande logistiek": "primair", '
             '"Technologieontwikkeling": "ondersteunend"}', "'Personeelszaken' herken ik niet"),
        ],
    },
    "4.11": {
        "goed": [KI + 'wat_als = waardeketen(k, omzet_ki, verlaging={"Service": 0.15})\n'
                      'marge_na = round(wat_als.loc["Marge", "bedrag"])'],
        "fout": [
            (KI + 'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.85}).loc["Marge", "bedrag"]',
             "15 % goedkoper is `0.15`"),
            ('k = keten[keten["business_unit"] == "Kantoorinrichting"]\n'
             'omzet_ki = omzet_per_business_unit(facturen, 2024)["Kantoorinrichting"]\n'
             'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "omzet van een ander jaar"),
            ('k = keten[keten["business_unit"] == "ICT-werkplek"]\n'
             'omzet_ki = omzet_per_business_unit(facturen, 2025)["ICT-werkplek"]\n'
             'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "andere business unit"),
            (KI + 'marge_na = round(waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"], -3)',
             "te grof afgerond"),
            (KI + 'marge = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]\n'
                  'marge_na = f"{round(marge):,}".replace(",", ".")',
             "punten voor duizendtallen)"),
        ],
    },
    "4.12": {
        "goed": ['antwoord_4_12 = "b."'],
        "fout": [('antwoord_4_12 = "d"', "Juist een dienstverlener heeft service")],
    },
    "4.13": {
        "goed": [
            'advies = """Ik adviseer klantintimiteit. Vermeer scoort daar het hoogst met een 7,7 en de kloof met de beste '
            "concurrent is het kleinst. Het profiel past het best bij de zorg. De criticasters klagen wel over levertijd "
            'en facturen, dus de basis moet wel boven de drempel blijven. Dan kan Vermeer uitblinken."""',
            'advies = """Ik kies voor operational excellence. Bijna 35 procent van de criticasters klaagt over '
            "levertijden, facturen en prijs. Dat is de grootste groep klachten. Als Vermeer de levering en facturen "
            "strak regelt, zijn klanten minder ontevreden. Kantoorgigant scoort daar wel 8,7, dus de kloof is groot, "
            'maar de basis moet eerst op orde."""',
            'advies = """Uitblinken in alle drie de strategieen lukt niet, dus Vermeer moet kiezen. Ik kies customer '
            "intimacy: daar is de score het hoogst en de kloof met Facilis het kleinst. Als Vermeer in alle drie wil "
            "uitblinken, wordt het te duur. Vermeer moet niet kiezen voor product leadership, want daar is de "
            'achterstand op OfficeDirect groot. De drempel moet overal gehaald blijven."""',
        ],
        "fout": [
            (ADVIES_ALLE_DRIE, "in alle drie de strategieën uitblinken"),
            (ADVIES_NIET_KIEZEN, "stuck in the middle"),
        ],
    },
}

for _id, _regels in PROEF_H04.items():
    CORPUS[_id]["goed"] += _regels.get("goed", [])
    CORPUS[_id]["fout"] += _regels.get("fout", [])


def _startcel() -> str:
    """De eerste codecel van het werkboek (zoals de leerling hem draait)."""
    nb = nbformat.read(REPO / "solutions" / "04_waardestrategieen_werkboek.ipynb", as_version=4)
    return next(c.source for c in nb.cells if c.cell_type == "code")


def _modeloplossing(o) -> str:
    if isinstance(o, Meerkeuze):
        return f"{o.variabele} = {o.juist!r}"
    if isinstance(o, Open):
        return f"{o.variabele} = {o.modelantwoord!r}"
    return o.oplossing


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: f"seed={s}")
def omgeving(request):
    seed = request.param
    ns: dict = {}
    startcel = _startcel().replace('Werkboek("h04", globals())', f'Werkboek("h04", globals(), seed={seed!r})')
    exec(startcel, ns)
    for o in h04.OEFENINGEN:
        exec(_modeloplossing(o), ns)
    yield seed, ns
    data.kies_dataset(None)


def _controleer(ns: dict, seed, id: str, code: str | None = None):
    werk = dict(ns)
    data.kies_dataset(seed)  # de code van de leerling laadt zelf ook tabellen (`laad(...)`)
    if code is not None:
        werk["In"] = ["", code]  # zoals IPython: de code staat in de invoergeschiedenis
        exec(code, werk)
    data.kies_dataset(seed)
    oefening = next(o for o in h04.OEFENINGEN if o.id == id)
    return oefening.controleer(werk, werk["wb"]._cache)


def test_corpus_dekt_elke_oefening():
    assert set(CORPUS) == {o.id for o in h04.OEFENINGEN}
    for id, regels in CORPUS.items():
        assert len(regels["goed"]) >= 1 and len(regels["fout"]) >= 2, id


def test_minstens_acht_gemengde_oefeningen():
    soorten = {k for o in h04.OEFENINGEN for k in (Waarde, Functie, Meerkeuze, Open) if isinstance(o, k)}
    assert len(h04.OEFENINGEN) >= 8
    assert {Waarde, Functie, Meerkeuze, Open} <= soorten


def test_modeloplossingen_zijn_goed(omgeving):
    seed, ns = omgeving
    uitslagen = ns["wb"].uitslagen()
    assert {id: u.status for id, u in uitslagen.items()} == {o.id: "goed" for o in h04.OEFENINGEN}


@pytest.mark.parametrize("id", list(CORPUS))
def test_anders_opgeschreven_goede_antwoorden(omgeving, id):
    seed, ns = omgeving
    for code in CORPUS[id]["goed"]:
        uitslag = _controleer(ns, seed, id, code)
        assert uitslag.goed, (id, seed, code, uitslag.tekst)


@pytest.mark.parametrize("id", list(CORPUS))
def test_typische_foute_antwoorden_krijgen_hun_eigen_feedback(omgeving, id):
    seed, ns = omgeving
    for code, verwacht in CORPUS[id]["fout"]:
        uitslag = _controleer(ns, seed, id, code)
        assert uitslag.status == "fout", (id, seed, code, uitslag.tekst)
        verwacht = verwacht.replace('\\"', '"')
        assert verwacht in uitslag.tekst, (id, seed, code, uitslag.tekst)
        # geen numpy-weergave, geen interne namen, geen Engels standaardzinnetje
        assert not re.search(r"np\.(float|int|bool)|\bdf\b|Traceback|An exception", uitslag.tekst), uitslag.tekst


def test_lege_werkboek_is_nog_niet_geprobeerd():
    nb = nbformat.read(REPO / "exercises" / "04_waardestrategieen_werkboek.ipynb", as_version=4)
    ns: dict = {}
    for cel in nb.cells:
        if cel.cell_type == "code" and "wb." not in cel.source:
            exec(cel.source, ns)
    statussen = {id: u.status for id, u in ns["wb"].uitslagen().items()}
    assert set(statussen.values()) == {"leeg"}, statussen
    data.kies_dataset(None)


# --- Les en werkboek sluiten op elkaar aan (issue 21) -----------------------------------------------

#: Elke les-sectie met de oefening(en) die erover gaan.
SECTIES = {
    "Drie manieren om waarde te leveren": ["4.7"],
    "Twee voorwaarden: de drempel en uitblinken": ["4.3"],
    "Een score is een waarneming": ["4.2"],
    "Het profiel van Vermeer en drie concurrenten": ["4.1"],
    "Wie blinkt waar uit?": ["4.4"],
    "De kloof met de beste concurrent": ["4.5"],
    "Welke klanten passen bij Vermeer?": ["4.8"],
    "De keuze is aan de directie": ["4.6"],
    "Zelf kiezen: verdeel de punten": ["4.13"],
    "Wat zeggen ontevreden klanten?": ["4.9"],
    "De waardeketen van Porter": ["4.10"],
    "Marge: wat overblijft van de omzet": ["4.11"],
    "Wat als? Goedkoper werken of uitbesteden": ["4.11"],
    "Past de keten ook bij een dienstverlener?": ["4.12"],
}


def _les() -> nbformat.NotebookNode:
    return nbformat.read(REPO / "notebooks" / "04_waardestrategieen.ipynb", as_version=4)


def test_elke_lessectie_heeft_een_oefening():
    koppen = [regel[3:].strip() for c in _les().cells if c.cell_type == "markdown"
              for regel in c.source.splitlines() if regel.startswith("## ")]
    assert [k for k in koppen if k != "Samenvatting"] == list(SECTIES)
    ids = {o.id for o in h04.OEFENINGEN}
    assert {i for lijst in SECTIES.values() for i in lijst} == ids, "elke oefening hoort bij een sectie"


def test_wat_een_modeloplossing_gebruikt_staat_in_de_les():
    """Functies, methoden en argumenten uit de modeloplossingen komen in de code van de les voor."""
    lescode = "\n".join(c.source for c in _les().cells if c.cell_type == "code")
    gebruikt_in_les = set(re.findall(r"\.?(\w+)\s*[(=\[]", lescode)) | set(re.findall(r"\.(\w+)", lescode))
    for o in h04.OEFENINGEN:
        oplossing = getattr(o, "oplossing", "")
        namen = set(re.findall(r"\.(\w+)", oplossing)) | set(re.findall(r"(\w+)\(", oplossing)) \
            | set(re.findall(r"(\w+)=", oplossing))
        namen = {n for n in namen if not n[0].isdigit()}  # 0.15 is geen naam
        namen -= {"def", "return", "voldoet"}  # de functie die de leerling zelf schrijft
        # Ook de Python-woorden die voorwaarden verbinden (de proef vond `and` in 4.3, maar nergens in de les).
        namen |= set(re.findall(r"\b(and|or|not|in)\b", oplossing))
        gebruikt_in_les |= set(re.findall(r"\b(and|or|not|in)\b", lescode))
        ontbreekt = sorted(n for n in namen if n not in gebruikt_in_les)
        assert not ontbreekt, f"oefening {o.id} gebruikt {ontbreekt}, maar de les laat dat niet zien"


# --- Studentproef (PROEF_h04.md): gevallen die meer vragen dan een vaste zin ----------------------------------


def test_bedrag_als_tekst_met_punten_krijgt_het_hele_getal_terug(omgeving):
    """'505.600' als tekst: de feedback noemt 505600, niet 505.6 (de controle las de punt eerst als decimaalteken)."""
    seed, ns = omgeving
    code = (KI + 'marge = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]\n'
                 'marge_na = f"{round(marge):,}".replace(",", ".")')
    uitslag = _controleer(ns, seed, "4.11", code)
    heel = round(h04._marge_na())
    assert uitslag.status == "fout" and f"`{heel}`" in uitslag.tekst, uitslag.tekst


def test_afgekapt_aandeel_krijgt_eigen_uitleg(omgeving):
    """0.346 bij 0.34667: afkappen is niet afronden; de leerling hoort dat, niet alleen 'te laag'."""
    seed, ns = omgeving
    code = CRIT + 'aandeel_oe = int(1000 * thema_aandelen(t).loc["operational excellence", "aandeel"]) / 1000'
    uitslag = _controleer(ns, seed, "4.9", code)
    waarde = h04._aandeel_oe()
    if round(waarde, 3) == int(1000 * waarde) / 1000:
        assert uitslag.goed, uitslag.tekst  # afkappen en afronden geven hier hetzelfde
    else:
        assert uitslag.status == "fout" and "afgekapt in plaats van afgerond" in uitslag.tekst, uitslag.tekst


def test_hint_411_noemt_de_tabel_en_niet_de_functie():
    """Wie hint 1 letterlijk volgde, schreef `waardeketen[...]` en kreeg een TypeError: de tabel heet `keten`."""
    oefening = next(o for o in h04.OEFENINGEN if o.id == "4.11")
    assert "`keten`" in oefening.hints[0] and "tabel `waardeketen`" not in oefening.hints[0]


def test_lege_plek_in_een_functie_uit_de_les_noemt_geen_interne_naam():
    from klantlib.oefeningen import ____
    from klantlib.strategie import toets_waardestrategie, waardekloof

    for aanroep in (lambda: toets_waardestrategie(____), lambda: waardekloof(____, VERMEER)):
        with pytest.raises(ValueError) as fout:
            aanroep()
        assert "_Plaatshouder" not in str(fout.value) and "nog niet ingevuld" in str(fout.value)


def test_werkboek_legt_de_lege_plek_in_de_eerste_cel_uit():
    nb = nbformat.read(REPO / "exercises" / "04_waardestrategieen_werkboek.ipynb", as_version=4)
    inleiding = nb.cells[0].source
    assert "from klantlib.oefeningen import Werkboek, ____" in inleiding and "daar vul je niets in" in inleiding


def test_kloof_met_vermeer_zelf_als_beste_is_niet_goed(omgeving):
    """PROEF_h04: 'de beste leverancier' (Vermeer meegeteld) geeft op deze data toevallig dezelfde kloof.

    De waarde kan het verschil niet zien; de code van de cel wel.
    """
    seed, ns = omgeving
    uitslag = _controleer(ns, seed, "4.5", f'kloof = profiel.max() - profiel.loc["{VERMEER}"]')
    assert uitslag.status == "fout" and "Vermeer zelf meegeteld" in uitslag.tekst
    # Wie Vermeer eerst weglaat (ook in een eerdere cel), of waardekloof gebruikt, is goed.
    for code in (f'kloof = profiel.drop("{VERMEER}").max() - profiel.loc["{VERMEER}"]',
                 f'concurrenten = profiel.drop("{VERMEER}")\nkloof = concurrenten.max() - profiel.loc["{VERMEER}"]',
                 f'kloof = profiel[profiel.index != "{VERMEER}"].max() - profiel.loc["{VERMEER}"]',
                 f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"]'):
        assert _controleer(ns, seed, "4.5", code).status == "goed", code


_ONDERBOUWING = (" Vermeer scoort 7,7 op customer intimacy en de kloof met Facilis Partners is het kleinst. Criticasters "
                 "klagen vooral over levertijd en facturen, dus de drempel van 6 moet bij operational excellence gehaald "
                 "blijven.")
ADVIES_MAG_WEL = [
    "Ik kies customer intimacy. Vermeer moet overal voldoende zijn en uitblinken in customer intimacy.",
    "Ik kies customer intimacy. Vermeer moet overal boven de drempel blijven en in customer intimacy uitblinken.",
    "Ik kies customer intimacy. Uitblinken in alle drie lukt niet, dus kies er een.",
    "Ik kies customer intimacy. Niemand kan in alle drie de strategieen tegelijk uitblinken.",
    "Ik kies customer intimacy. Een bedrijf dat overal een beetje goed is, is stuck in the middle.",
    "Ik kies customer intimacy. Als Vermeer niet kiest, blijft het overal een beetje goed en nergens de beste.",
    "Ik kies customer intimacy. Vermeer moet kiezen, want overal uitblinken is te duur en kan dus niet.",
    "Ik kies customer intimacy. Vermeer hoeft niet te kiezen voor de laagste prijs.",
    "Ik kies customer intimacy. Vermeer is in alle drie de strategieen voldoende en moet in een ervan uitblinken.",
]
ADVIES_MAG_NIET = [
    ("Vermeer moet in alle drie de strategieen uitblinken.", "in alle drie de strategieën uitblinken"),
    ("Vermeer moet overal uitblinken, dan wint hij alle klanten.", "in alle drie de strategieën uitblinken"),
    ("Mijn advies: uitblinken in alle drie, want dan wint Vermeer.", "in alle drie de strategieën uitblinken"),
    ("Vermeer moet op alle strategieen de beste worden.", "in alle drie de strategieën uitblinken"),
    ("Vermeer hoeft geen keuze te maken, want de drempel wordt overal gehaald.", "stuck in the middle"),
    ("De directie moet gewoon overal een beetje goed blijven.", "stuck in the middle"),
]


@pytest.mark.parametrize("zin", ADVIES_MAG_WEL)
def test_advies_met_een_goede_redenering_is_goed(zin):
    oefening = next(o for o in h04.OEFENINGEN if o.id == "4.13")
    uitslag = oefening.controleer({"advies": zin + _ONDERBOUWING})
    assert uitslag.goed, (zin, uitslag.tekst)


@pytest.mark.parametrize("zin, feedback", ADVIES_MAG_NIET)
def test_advies_dat_de_kern_tegenspreekt_is_niet_goed(zin, feedback):
    oefening = next(o for o in h04.OEFENINGEN if o.id == "4.13")
    uitslag = oefening.controleer({"advies": "Ik kies customer intimacy. " + zin + _ONDERBOUWING})
    assert uitslag.status == "fout" and feedback in uitslag.tekst, (zin, uitslag.tekst)
