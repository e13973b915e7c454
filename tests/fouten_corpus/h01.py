"""Foutencorpus hoofdstuk 01 (klantdefinitie)."""

from tests.fouten_corpus import Geval

HOOFDSTUK = "h01"

OMGEVING = """
import pandas as pd
from klantlib.data import laad
from klantlib.definitie import koppel_namen, namen_per_klant, normaliseer_bedrijfsnaam, tel_klanten
from klantlib.oefeningen.h01 import NAMEN_1_3
facturen = laad("facturen")
contracten = laad("contracten")
bedrijven = laad("bedrijven")
tabellen = {"contracten": contracten, "bedrijven": bedrijven}
"""

TEL = "tel_klanten(facturen, basis={b!r}, periode_maanden={p}, niveau={n!r}, **tabellen)"


def tel(b="netto", p=12, n="bedrijf"):
    return TEL.format(b=b, p=p, n=n)


GEVALLEN = [
    # 1.1 finance
    Geval("1.1", "aantal_klanten = tel_klanten(facturen, niveau='bedrijf', periode_maanden=12, basis='betaald', "
                 "bedrijven=bedrijven, contracten=contracten)", "goed", wat="argumenten in een andere volgorde"),
    Geval("1.1", "aantal_klanten = " + tel(b="factuur"), "fout", "bekende_fout", bevat="betaald"),
    Geval("1.1", "aantal_klanten = " + tel(b="betaald", n="vestiging"), "fout", "bekende_fout", bevat="bedrijven"),
    Geval("1.1", "aantal_klanten = " + tel(b="betaald", p=24), "fout", "bekende_fout", bevat="12 maanden"),
    Geval("1.1", "aantal_klanten = tel_klanten(facturen, basis='betaald', periode_maanden=12, niveau='bedrijf')",
          "fout", "verouderd", uitleg_bevat="", wat="tabellen vergeten: klantlib geeft een Nederlandse fout"),
    Geval("1.1", "aantal_klanten = tel_klanten(facturen, basis='betaald', periode=12, niveau='bedrijf', **tabellen)",
          "fout", "verouderd", uitleg_bevat="periode_maanden", wat="verkeerde argumentnaam"),
    # 1.2 bruto - netto
    Geval("1.2", "p = facturen[facturen['factuurdatum'].dt.year == 2025]\n"
                 "verschil_bruto_netto = -p.loc[p['bedrag'] < 0, 'bedrag'].sum()", "goed",
          wat="minus de negatieve bedragen"),
    Geval("1.2", "p = facturen[facturen['factuurdatum'] > '2024-12-31']\n"
                 "verschil_bruto_netto = round(p.loc[p['soort'] == 'factuur', 'bedrag'].sum() - p['bedrag'].sum())",
          "goed", wat="hele euro's"),
    Geval("1.2", "p = facturen[facturen['factuurdatum'] > '2024-12-31']\n"
                 "verschil_bruto_netto = p['bedrag'].sum() - p.loc[p['soort'] == 'factuur', 'bedrag'].sum()",
          "fout", "teken", bevat="teken", wat="netto min bruto"),
    Geval("1.2", "verschil_bruto_netto = facturen.loc[facturen['soort'] == 'factuur', 'bedrag'].sum() "
                 "- facturen['bedrag'].sum()", "fout", "bekende_fout", bevat="alle jaren"),
    Geval("1.2", "p = facturen[facturen['factuurdatum'] > '2024-12-31']\n"
                 "verschil_bruto_netto = p.loc[p['soort'] == 'factuur', 'bedrag'].sum()", "fout", "bekende_fout",
          bevat="bruto omzet zelf"),
    Geval("1.2", "verschil_bruto_netto = 1.234,56", "fout", "komma", wat="getal overgetypt met komma"),
    # 1.3 schone namen
    Geval("1.3", "schone_namen = [normaliseer_bedrijfsnaam(naam) for naam in NAMEN_1_3]", "goed",
          wat="list comprehension"),
    Geval("1.3", "schone_namen = normaliseer_bedrijfsnaam(pd.Series(NAMEN_1_3))", "goed", wat="een Series"),
    Geval("1.3", "schone_namen = sorted(normaliseer_bedrijfsnaam(pd.Series(NAMEN_1_3)))", "fout", "bekende_fout",
          bevat="volgorde"),
    Geval("1.3", "schone_namen = list(normaliseer_bedrijfsnaam(pd.Series(NAMEN_1_3)).unique())", "fout",
          "bekende_fout", bevat="dubbele"),
    Geval("1.3", "schone_namen = NAMEN_1_3", "fout", "element", bevat="element 1"),
    Geval("1.3", "schone_namen = normaliseer_bedrijfsnaam(NAMEN_1_3)", "fout", "verouderd",
          uitleg_bevat="", wat="lijst aan de functie geven: Nederlandse fout uit klantlib"),
    # 1.4 holdings met de meeste namen
    Geval("1.4", "namen = namen_per_klant(facturen, bedrijven, niveau='bedrijf')\n"
                 "holdings_met_meeste_namen = list(namen[namen['aantal_namen'] == namen['aantal_namen'].max()]['naam'])",
          "goed"),
    Geval("1.4", "namen = namen_per_klant(facturen, bedrijven, niveau='bedrijf')\n"
                 "holdings_met_meeste_namen = namen.loc[namen['aantal_namen'] == namen['aantal_namen'].max(), 'naam']",
          "goed", wat="een Series in plaats van een lijst"),
    Geval("1.4", "namen = namen_per_klant(facturen, bedrijven, niveau='bedrijf')\n"
                 "holdings_met_meeste_namen = namen['naam'].head(3).tolist()", "fout", "element",
          bevat="hoort er niet in", wat="de eerste rijen pakken"),
    Geval("1.4", "namen = namen_per_klant(facturen, bedrijven, niveau='bedrijf')\n"
                 "holdings_met_meeste_namen = namen.loc[namen['aantal_namen'] == namen['aantal_namen'].max(), "
                 "'klant'].tolist()", "fout", "bekende_fout", bevat="naam"),
    Geval("1.4", "namen = namen_per_klant(facturen, bedrijven, niveau='bedrijf')\n"
                 "holdings_met_meeste_namen = namen['aantal_namen'].max()", "fout", "vorm", bevat="lijst"),
    # 1.5 meerkeuze
    Geval("1.5", "antwoord_1_5 = 'B'", "goed"),
    Geval("1.5", "antwoord_1_5 = 'a'", "fout", "keuze", bevat="marketing"),
    Geval("1.5", "antwoord_1_5 = 'c'", "fout", "keuze", bevat="sales"),
    # 1.6 24-maandenregel
    Geval("1.6", "weg_door_24_maanden = -(" + tel("factuur", 24) + " - " + tel("factuur", 60) + ")", "goed"),
    Geval("1.6", "weg_door_24_maanden = " + tel("factuur", 24) + " - " + tel("factuur", 60), "fout", "teken"),
    Geval("1.6", "weg_door_24_maanden = " + tel("factuur", 60) + " - " + tel("factuur", 12), "fout",
          "bekende_fout", bevat="12 maanden"),
    Geval("1.6", "weg_door_24_maanden = " + tel("factuur", 24), "fout", "bekende_fout", bevat="afvallen"),
    # 1.7 is_netto_klant
    Geval("1.7", "def is_netto_klant(bedragen):\n    totaal = round(sum(bedragen), 2)\n    if totaal > 0:\n"
                 "        return True\n    else:\n        return False", "goed", wat="met if/else"),
    Geval("1.7", "def is_netto_klant(bedragen):\n    return sum(bedragen) > 0", "fout", "bekende_fout",
          bevat="round"),
    Geval("1.7", "def is_netto_klant(bedragen):\n    return round(sum(bedragen), 2) >= 0", "fout", "bekende_fout",
          bevat=">"),
    Geval("1.7", "def is_netto_klant(bedragen):\n    return round(sum(bedragen), 2)", "fout", "bekende_fout",
          bevat="True of False"),
    Geval("1.7", "def is_netto_klant(bedragen):\n    return bedragen.sum() > 0", "fout", "functie_fout",
          bevat="is_netto_klant([100.0, -60.0])", wat=".sum() op een gewone lijst"),
    # 1.8 per business unit
    Geval("1.8", "k = dict(basis='factuur', periode_maanden=12, niveau='bedrijf', **tabellen)\n"
                 "extra_door_business_units = tel_klanten(facturen, per_business_unit=True, **k) - tel_klanten(facturen, **k)",
          "goed"),
    Geval("1.8", "extra_door_business_units = tel_klanten(facturen, basis='factuur', periode_maanden=12, "
                 "niveau='bedrijf', per_business_unit=True, **tabellen)", "fout", "bekende_fout",
          bevat="bijkomen"),
    Geval("1.8", "k = dict(basis='netto', periode_maanden=12, niveau='bedrijf', **tabellen)\n"
                 "extra_door_business_units = tel_klanten(facturen, per_business_unit=True, **k) - tel_klanten(facturen, **k)",
          "fout", "bekende_fout", bevat="factuur"),
    Geval("1.8", "k = dict(basis='factuur', periode_maanden=12, niveau='bedrijf', **tabellen)\n"
                 "extra_door_business_units = tel_klanten(facturen, **k) - tel_klanten(facturen, per_business_unit=True, **k)",
          "fout", "teken"),
    # 1.9 meerkeuze
    Geval("1.9", "antwoord_1_9 = 'b)'", "goed"),
    Geval("1.9", "antwoord_1_9 = 'a'", "fout", "keuze", bevat="loyale"),
    Geval("1.9", "antwoord_1_9 = 'c'", "fout", "keuze"),
    # 1.10 concerns
    Geval("1.10", "aantal_concerns = tel_klanten(facturen, **tabellen, niveau='concern', basis='netto', "
                  "periode_maanden=24, per_business_unit=False)", "goed"),
    Geval("1.10", "aantal_concerns = " + tel("netto", 24, "bedrijf"), "fout", "bekende_fout", bevat="concern"),
    Geval("1.10", "aantal_concerns = " + tel("netto", 12, "concern"), "fout", "bekende_fout", bevat="24"),
    Geval("1.10", "aantal_concerns = tel_klanten(facturen, basis='netto', periode_maanden=24, niveau='concern', "
                  "per_business_unit=True, **tabellen)", "fout", "bekende_fout", bevat="één keer"),
    # 1.11 open
    Geval("1.11", "mijn_definitie = '''Basis netto, want retouren zijn geen echte omzet. Periode 24 maanden, "
                  "omdat sommige klanten niet elk jaar kopen. Niveau concern, want een holding is één klant. Niet "
                  "per business unit, zodat de directie elk concern één keer telt.'''", "goed"),
    Geval("1.11", "mijn_definitie = 'netto, 24 maanden, concern'", "fout", "te_kort"),
    Geval("1.11", "mijn_definitie = '''Ik kies netto omdat dat eerlijker is en 24 maanden omdat klanten niet elk "
                  "jaar kopen, en ik tel per business unit zodat elke unit haar eigen klanten kent.'''", "fout",
          "kernwoord", bevat="vestiging, bedrijf of concern", wat="keuze voor het bedrijf vergeten"),
    Geval("1.11", "mijn_definitie = 'weet ik niet'", "fout", "weet_niet"),
    # 1.12 namen koppelen
    Geval("1.12", "handmatig = facturen[facturen['vestigingsnummer'].isna()]['klantnaam']\n"
                  "koppeling = koppel_namen(handmatig, bedrijven)\n"
                  "op_gelijkenis = koppeling['methode'].value_counts()['gelijkenis']", "goed"),
    Geval("1.12", "handmatig = facturen[facturen['vestigingsnummer'].isna()]['klantnaam']\n"
                  "op_gelijkenis = len(koppel_namen(handmatig, bedrijven))", "fout", "bekende_fout",
          bevat="verschillende namen"),
    Geval("1.12", "handmatig = facturen[facturen['vestigingsnummer'].isna()]['klantnaam']\n"
                  "op_gelijkenis = len(handmatig)", "fout", "bekende_fout", bevat="methode"),
    Geval("1.12", "handmatig = facturen[facturen['vestigingsnummer'].isna()]['klantnaam']\n"
                  "koppeling = koppel_namen(handmatig, bedrijven)\n"
                  "op_gelijkenis = koppeling['methode'].value_counts()", "fout", "series_een_getal",
          bevat='.loc["gelijkenis"]'),
    Geval("1.12", "handmatig = facturen[facturen['vestigingsnummer'].isna()]['klantnaam']\n"
                  "koppeling = koppel_namen(handmatig, bedrijven)\n"
                  "op_gelijkenis = koppeling['Methode'].value_counts()['gelijkenis']", "fout", "verouderd",
          uitleg_bevat="Bedoel je 'methode'?"),
]
