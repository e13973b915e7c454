"""Foutencorpus hoofdstuk 08 (eigen data: exports inlezen)."""

from tests.fouten_corpus import Geval

HOOFDSTUK = "h08"

OMGEVING = """
import pandas as pd
from klantlib.definitie import tel_klanten
from klantlib.funnel import funnel_uit_leads
from klantlib.inlezen import SCHEMA, lees_export, pseudonimiseer, voorbeeldbestand
from klantlib.nps import nps
from klantlib.oefeningen.h08 import SLEUTEL_8_5, VERKOPER_8_5
pad = voorbeeldbestand("exact_facturen.csv")
facturen, verslag = lees_export(pad, soort="facturen")
deals, deals_verslag = lees_export(voorbeeldbestand("hubspot_deals.csv"), soort="leads")
enquetes, enquete_verslag = lees_export(voorbeeldbestand("enquete_export.csv"), soort="enquetes")
"""

KOPPEL = "met_product, _ = lees_export(pad, soort='facturen', kolommen={'Omschrijving': 'product'})\n"
VEILIG = "veilige_deals = pseudonimiseer(deals, SLEUTEL_8_5, kolommen=['verkoper'])\n"

GEVALLEN = [
    # 8.1 rijen gebruikt
    Geval("8.1", "rijen_gebruikt = len(facturen)", "goed"),
    Geval("8.1", "rijen_gebruikt = verslag.rijen_gelezen - verslag.rijen_apart", "goed"),
    Geval("8.1", "rijen_gebruikt = verslag.rijen_gelezen", "fout", "bekende_fout", bevat="gelezen"),
    Geval("8.1", "rijen_gebruikt = verslag.rijen_apart", "fout", "bekende_fout"),
    Geval("8.1", "rijen_gebruikt = verslag", "fout", "bekende_fout", bevat="verslag.rijen_gebruikt"),
    Geval("8.1", "rijen_gebruikt = '322'", "fout", "tekst", bevat="aanhalingstekens"),
    # 8.2 omzet per product
    Geval("8.2", KOPPEL + "omzet_per_product = met_product.groupby('product')['bedrag'].sum().sort_values()",
          "goed"),
    Geval("8.2", "tabel, _ = lees_export(pad, soort='facturen', kolommen={'Omschrijving': 'product'})\n"
                 "omzet_per_product = tabel.pivot_table(index='product', values='bedrag', aggfunc='sum')", "goed",
          wat="draaitabel met één kolom"),
    Geval("8.2", "omzet_per_product = facturen.groupby('product')['bedrag'].sum()", "fout", "bekende_fout",
          bevat="Omschrijving", wat="zonder koppeling: een lege Series"),
    Geval("8.2", KOPPEL + "omzet_per_product = met_product.groupby('product')['bedrag'].count()", "fout",
          "bekende_fout", bevat="bedragen"),
    Geval("8.2", "met_product = lees_export(pad, soort='facturen', kolommen={'Omschrijving': 'product'})\n"
                 "omzet_per_product = met_product.groupby('product')['bedrag'].sum()", "fout", "verouderd",
          uitleg_bevat="tabel, verslag = lees_export", wat="tuple van lees_export niet uitgepakt"),
    Geval("8.2", KOPPEL + "omzet_per_product = met_product.groupby('Omschrijving')['bedrag'].sum()", "fout",
          "verouderd", uitleg_bevat="bestaat niet", wat="oude kolomnaam gebruikt"),
    # 8.3 meerkeuze
    Geval("8.3", "antwoord_8_3 = 'B'", "goed"),
    Geval("8.3", "antwoord_8_3 = 'a'", "fout", "keuze"),
    Geval("8.3", "antwoord_8_3 = 'c'", "fout", "keuze", bevat="Excel"),
    # 8.4 klanten weg
    Geval("8.4", "twee = tel_klanten(facturen, basis='factuur', niveau='vestiging', periode_maanden=24)\n"
                 "een = tel_klanten(facturen, basis='factuur', niveau='vestiging', periode_maanden=12)\n"
                 "klanten_weg = twee - een", "goed"),
    Geval("8.4", "klanten_weg = tel_klanten(facturen, basis='factuur', niveau='vestiging', periode_maanden=12) - "
                 "tel_klanten(facturen, basis='factuur', niveau='vestiging', periode_maanden=24)", "fout", "teken"),
    Geval("8.4", "klanten_weg = tel_klanten(facturen, basis='factuur', niveau='vestiging', periode_maanden=24)",
          "fout", "bekende_fout", bevat="12 maanden"),
    Geval("8.4", "klanten_weg = 24 - 12", "fout", "te_hoog", wat="de maanden afgetrokken in plaats van de klanten"),
    # 8.5 pseudoniem
    Geval("8.5", VEILIG + "pseudoniem = veilige_deals['verkoper'][deals['verkoper'] == 'Dewi Bakker'].iloc[0]",
          "goed"),
    Geval("8.5", VEILIG + "pseudoniem = veilige_deals.loc[deals['verkoper'] == VERKOPER_8_5, 'verkoper']"
                 ".unique()[0]", "goed"),
    Geval("8.5", VEILIG + "pseudoniem = veilige_deals.loc[deals['verkoper'] == VERKOPER_8_5, 'verkoper']", "fout",
          "een_waarde", bevat=".iloc[0]", wat="de Series met alle deals van Dewi"),
    Geval("8.5", "pseudoniem = deals.loc[deals['verkoper'] == VERKOPER_8_5, 'verkoper'].iloc[0]", "fout",
          "bekende_fout", bevat="echte naam"),
    Geval("8.5", "veilig = pseudonimiseer(deals, 'oefensleutel-alleen-voor-de-voorbeelden', kolommen=['verkoper'])\n"
                 "pseudoniem = veilig.loc[deals['verkoper'] == VERKOPER_8_5, 'verkoper'].iloc[0]", "fout",
          "bekende_fout", bevat="SLEUTEL_8_5"),
    # 8.6 open
    Geval("8.6", "mijn_avg_plan = '''In de export staan namen en e-mailadressen van klanten en de namen van de "
                 "verkopers. Contactgegevens laat ik weg. De verkopers krijgen een pseudoniem met pseudonimiseer. "
                 "De sleutel bewaar ik in een apart bestand buiten het notebook.'''", "goed"),
    Geval("8.6", "mijn_avg_plan = 'AVG'", "fout", "te_kort"),
    Geval("8.6", "mijn_avg_plan = '''In de export staan namen en e-mailadressen van klanten en verkopers. Ik laat "
                 "de e-mailadressen weg en ik vervang de namen door een pseudoniem, want dat moet van de AVG "
                 "en dat is veiliger.'''", "fout", "kernwoord", bevat="sleutel"),
    Geval("8.6", "mijn_avg_plan = 'ik weet het niet'", "fout", "weet_niet"),
    # 8.7 NPS van de export
    Geval("8.7", "nps_export = round(nps(enquetes['score']), 1)", "goed"),
    Geval("8.7", "s = enquetes['score'].dropna()\nnps_export = 100 * ((s >= 9).sum() - (s <= 6).sum()) / len(s)",
          "goed"),
    Geval("8.7", "nps_export = nps(enquetes['score'].fillna(0))", "fout", "bekende_fout"),
    Geval("8.7", "nps_export = nps(enquetes['score']) / 100", "fout", "deel_procent"),
    # 8.8 slagingskans deals
    Geval("8.8", "kans_deal = funnel_uit_leads(deals).loc['lead', 'slagingskans']", "goed"),
    Geval("8.8", "kans_deal = deals['gewonnen_op'].notna().sum() / len(deals)", "goed", wat="met de hand"),
    Geval("8.8", "kans_deal = funnel_uit_leads(deals)['conversie'].iloc[0]", "fout", "bekende_fout",
          bevat="slagingskans"),
    Geval("8.8", "kans_deal = 100 * funnel_uit_leads(deals)['slagingskans'].iloc[0]", "fout", "deel_procent"),
    Geval("8.8", "kans_deal = funnel_uit_leads(deals)['slagingskans']", "fout", "series_een_getal"),
    # 8.9 verplichte kolommen
    Geval("8.9", "verplicht_facturen = ['bedrag', 'klantnaam', 'factuurdatum', 'factuurnummer']", "goed",
          wat="overgetypt, in een andere volgorde"),
    Geval("8.9", "verplicht_facturen = list(SCHEMA['facturen'])", "fout", "bekende_fout", bevat="verplichte"),
    Geval("8.9", "verplicht_facturen = [k for k, (_, moet) in SCHEMA['leads'].items() if moet]", "fout",
          "bekende_fout", bevat="leads"),
    Geval("8.9", "verplicht_facturen = ['factuurnummer', 'factuurdatum', 'klantnaam']", "fout", "aantal",
          bevat="ontbreken"),
    Geval("8.9", "verplicht_facturen = 'factuurnummer, factuurdatum, klantnaam, bedrag'", "fout", "vorm",
          bevat="lijst"),
]
