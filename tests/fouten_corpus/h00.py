"""Foutencorpus hoofdstuk 00 (welkom): de eerste stappen van een beginner."""

from klantlib.opmaak import getal
from tests.fouten_corpus import Geval

HOOFDSTUK = "h00"

OMGEVING = """
import pandas as pd
from klantlib.data import laad
facturen = laad("facturen")
"""

GOED_DEF = "def met_btw(bedrag):\n    return round(bedrag * 1.21, 2)"

GEVALLEN = [
    # 0.1 aantal facturen
    Geval("0.1", "aantal_facturen = facturen.shape[0]", "goed", wat="aantal rijen via .shape[0]"),
    Geval("0.1", "aantal_facturen = facturen['bedrag'].size", "goed", wat="size van een kolom (numpy-getal)"),
    Geval("0.1", "aantal_facturen = facturen.shape", "fout", "bekende_fout", bevat="len(facturen)",
          wat=".shape geeft (rijen, kolommen)"),
    Geval("0.1", "aantal_facturen = len(facturen.columns)", "fout", "bekende_fout", bevat="kolommen"),
    Geval("0.1", lambda v: f"aantal_facturen = {v / 1000:.3f}", "fout", "duizendpunt",
          wat="Nederlandse duizendtalpunt, zoals 30.572"),
    Geval("0.1", "aantal_facturen = print(len(facturen))", "fout", "none", bevat="print",
          wat="print in plaats van de waarde"),
    Geval("0.1", ["aantal_facturen = len(facturen)", "aantal_facturen = len(Facturen)"], "fout", "verouderd",
          uitleg_bevat="Bedoel je `facturen`?", wat="tikfout met hoofdletter na een goed antwoord"),
    Geval("0.1", "aantal_facturen = ____", "leeg", "leeg"),
    # 0.2 omzet 2025
    Geval("0.2", "omzet_2025 = facturen.loc[facturen['factuurdatum'].dt.year == 2025, 'bedrag'].sum()", "goed"),
    Geval("0.2", "omzet_2025 = round(facturen[facturen['factuurdatum'] >= '2025-01-01']['bedrag'].sum())", "goed",
          wat="op hele euro's afgerond (de vraag noemt hele euro's)"),
    Geval("0.2", "omzet_2025 = facturen['bedrag'].sum()", "fout", "bekende_fout", bevat="2025",
          wat="alle jaren"),
    Geval("0.2", "f = facturen[facturen['factuurdatum'].dt.year == 2025]\n"
                 "omzet_2025 = f.loc[f['soort'] == 'factuur', 'bedrag'].sum()", "fout", "bekende_fout",
          bevat="creditnota", wat="zonder retouren en creditnota's"),
    Geval("0.2", "omzet_2025 = facturen[facturen['factuurdatum'].dt.year == 2025]['bedrag']", "fout",
          "series_een_getal", bevat=".sum()", wat="de kolom zelf in plaats van de som"),
    Geval("0.2", lambda v: f"omzet_2025 = {int(v)},5", "fout", "komma", bevat="punt",
          wat="decimale komma"),
    Geval("0.2", lambda v: f"omzet_2025 = '€ {getal(v, 2)}'", "fout", "tekst", bevat="zonder €-teken",
          wat="bedrag als tekst, Nederlands opgemaakt"),
    Geval("0.2", lambda v: f"omzet_2025 = {v / 1000:.3f}", "fout", "duizendpunt", bevat="zonder punt"),
    Geval("0.2", "omzet_2025 = facturen_2025['bedrag'].sum()", "fout", "verouderd",
          uitleg_bevat="bestaat (nog) niet", wat="NameError: hulptabel niet gemaakt"),
    # 0.3 business units
    Geval("0.3", "business_units = facturen['business_unit'].unique()", "goed",
          wat=".unique() zonder .tolist() (pandas 3: een Arrow-array)"),
    Geval("0.3", "business_units = list(set(facturen['business_unit']))", "goed"),
    Geval("0.3", "business_units = facturen['business_unit'].drop_duplicates()", "goed", wat="een Series"),
    Geval("0.3", "business_units = sorted(facturen['business_unit'].unique(), reverse=True)", "goed"),
    Geval("0.3", "business_units = facturen['business_unit'].tolist()", "fout", "bekende_fout",
          bevat=".unique()", wat="alle regels"),
    Geval("0.3", "business_units = facturen['business_unit'].value_counts()", "fout", "bekende_fout",
          bevat="namen"),
    Geval("0.3", "business_units = facturen['business_unit'].unique", "fout", "haakjes", bevat="()"),
    Geval("0.3", "business_units = 'Kantoorinrichting, ICT-werkplek, Facilitaire diensten'", "fout", "vorm",
          bevat="lijst", wat="één tekst in plaats van een lijst"),
    Geval("0.3", "business_units = list(facturen['business_unit'].unique())[:2]", "fout", "aantal",
          bevat="ontbreken"),
    Geval("0.3", "business_units = facturen['Business_unit'].unique()", "fout", "verouderd",
          uitleg_bevat="Bedoel je 'business_unit'?", wat="kolomnaam met hoofdletter"),
    # 0.4 omzet per business unit
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].sum().sort_values()", "goed",
          wat="gesorteerd (de volgorde maakt niet uit)"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].sum().round()", "goed",
          wat="op hele euro's afgerond"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit').agg({'bedrag': 'sum'})", "goed",
          wat="een tabel met één kolom"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].mean()", "fout", "bekende_fout",
          bevat="gemiddelde"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].count()", "fout", "bekende_fout"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].sum().reset_index()", "fout",
          "labels", bevat="reset_index"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit')['bedrag'].sum().tolist()", "fout", "vorm",
          bevat="tolist"),
    Geval("0.4", "omzet_per_unit = facturen.groupby('business_unit').sum()", "fout", "verouderd",
          uitleg_bevat="Kies eerst de kolom", wat="hele tabel optellen (TypeError op datums)"),
    # 0.5 met_btw
    Geval("0.5", "def met_btw(bedrag):\n    return round(bedrag + bedrag * 0.21, 2)", "goed"),
    Geval("0.5", "def met_btw(bedrag):\n    totaal = 1.21 * bedrag\n    return round(totaal, 2)", "goed"),
    Geval("0.5", "def met_btw(bedrag):\n    return bedrag * 1.21", "fout", "bekende_fout", bevat="round"),
    Geval("0.5", "def met_btw(bedrag):\n    return round(bedrag * 0.21, 2)", "fout", "bekende_fout",
          bevat="alleen de btw"),
    Geval("0.5", "def met_btw(bedrag):\n    return bedrag * 1,21", "fout", "bekende_fout", bevat="1.21",
          wat="decimale komma in de functie"),
    Geval("0.5", "def met_btw(bedrag):\n    print(round(bedrag * 1.21, 2))", "fout", "geen_return",
          bevat="return"),
    Geval("0.5", ["def met_btw(bedrag):\n    print(bedrag)", "def met_btw(bedrag):\nreturn round(bedrag * 1.21, 2)"],
          "fout", "verouderd", uitleg_bevat="inspringen",
          wat="IndentationError na een eerdere versie: niet 'vergeet je return?'"),
    Geval("0.5", "def met_btw(bedrag):\n    return ____", "leeg", "leeg"),
    # 0.6 meerkeuze
    Geval("0.6", "antwoord_0_6 = 'B'", "goed"),
    Geval("0.6", "antwoord_0_6 = ' b) '", "goed"),
    Geval("0.6", "antwoord_0_6 = 'a'", "fout", "keuze", bevat="betaaldatum"),
    Geval("0.6", "antwoord_0_6 = 'c'", "fout", "keuze", bevat="soort"),
    Geval("0.6", "antwoord_0_6 = b", "fout", "verouderd", uitleg_bevat='"b"', wat="letter zonder aanhalingstekens"),
    Geval("0.6", "antwoord_0_6 = 2", "fout", "vorm", bevat="aanhalingstekens"),
    Geval("0.6", "antwoord_0_6 = 'Het is een retour of een creditnota: er gaat geld terug naar de klant.'",
          "fout", "vorm", bevat="alleen de letter"),
    # 0.7 open vraag
    Geval("0.7", "mijn_uitleg = 'Iedereen heeft andere getallen, dus overschrijven heeft geen zin en je moet het "
                 "zelf snappen.'", "goed"),
    Geval("0.7", "mijn_uitleg = 'x'", "fout", "te_kort", bevat="minstens"),
    Geval("0.7", "mijn_uitleg = 'weet ik niet'", "fout", "weet_niet"),
    Geval("0.7", "mijn_uitleg = 'geen idee eigenlijk'", "fout", "weet_niet"),
    Geval("0.7", "mijn_uitleg = 12", "fout", "vorm"),
    Geval("0.7", 'mijn_uitleg = """____"""', "leeg", "leeg"),
    # 0.8 meerkeuze
    Geval("0.8", "antwoord_0_8 = 'C'", "goed"),
    Geval("0.8", "antwoord_0_8 = 'a'", "fout", "keuze", bevat="Technologie"),
    Geval("0.8", "antwoord_0_8 = 'b'", "fout", "keuze"),
    Geval("0.8", "antwoord_0_8 = 'e'", "fout", "vorm", bevat="a, b, c, d"),
]
