"""Foutencorpus hoofdstuk 06 (salesfunnel)."""

from tests.fouten_corpus import Geval

HOOFDSTUK = "h06"

OMGEVING = """
import math
import pandas as pd
from klantlib.data import laad
from klantlib.funnel import benodigd, doorlooptijd, funnel, funnel_uit_leads, pijplijn_prognose
leads = laad("leads")
"""

PER_VERKOPER = "per_verkoper = funnel_uit_leads(leads, per='verkoper')\n"
GEWONNEN = "gewonnen = leads[leads['gewonnen_op'].notna()]\n"

GEVALLEN = [
    # 6.1 slagingskansen
    Geval("6.1", "slagingskansen = [9 / 600, 9 / 90, 9 / 27, 9 / 9]", "goed", wat="met de hand"),
    Geval("6.1", "slagingskansen = [0.015, 0.1, 0.333, 1]", "goed", wat="afgerond op drie decimalen"),
    Geval("6.1", "slagingskansen = [90 / 600, 27 / 90, 9 / 27, 1]", "fout", "bekende_fout", bevat="conversies",
          wat="conversie en slagingskans verwisseld (de kern van 6.1)"),
    Geval("6.1", "slagingskansen = [1.5, 10, 33.3, 100]", "fout", "deel_procent"),
    Geval("6.1", "slagingskansen = [1, 9 / 27, 9 / 90, 9 / 600]", "fout", "volgorde"),
    Geval("6.1", "slagingskansen = [0,015, 0,1, 0,333, 1]", "fout", "verouderd", uitleg_bevat="0.05",
          wat="decimale komma's (0,015 geeft een SyntaxError)"),
    Geval("6.1", "slagingskansen = funnel({'gebeld': 600, 'prospect': 90, 'offerte': 27, 'klant': 9})"
                 "['slagingskans']", "goed", wat="een Series"),
    # 6.2 conversie offerte
    Geval("6.2", "conversie_offerte = leads['gewonnen_op'].notna().sum() / leads['offerte_op'].notna().sum()",
          "goed"),
    Geval("6.2", "conversie_offerte = round(funnel_uit_leads(leads)['conversie']['offerte'], 3)", "goed"),
    Geval("6.2", "conversie_offerte = 100 * funnel_uit_leads(leads).loc['offerte', 'conversie']", "fout",
          "deel_procent", bevat="deel door 100"),
    Geval("6.2", "conversie_offerte = funnel_uit_leads(leads, alleen_afgesloten=True).loc['offerte', 'conversie']",
          "fout", "bekende_fout", bevat="alle leads"),
    Geval("6.2", "conversie_offerte = leads['offerte_op'].notna().sum() / leads['gewonnen_op'].notna().sum()",
          "fout", "bekende_fout", bevat="andersom"),
    Geval("6.2", lambda v: f"conversie_offerte = '{100 * v:.1f}%'", "fout", "procent_tekst",
          bevat="deel tussen 0 en 1", wat="'45.0%' als tekst"),
    Geval("6.2", "conversie_offerte = funnel_uit_leads(leads)['conversie']", "fout", "series_een_getal",
          bevat="offerte"),
    # 6.3 benodigde offertes
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    offertes = klanten / kans\n"
                 "    return int(math.ceil(offertes))", "goed"),
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    return round(klanten / kans)", "fout",
          "bekende_fout", bevat="math.ceil"),
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    return int(klanten / kans)", "fout", "bekende_fout",
          bevat="naar beneden"),
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    return klanten / kans", "fout", "bekende_fout"),
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    return math.ceil(klanten * kans)", "fout",
          "bekende_fout", bevat="delen"),
    Geval("6.3", "def benodigde_offertes(klanten, kans):\n    return ceil(klanten / kans)", "fout",
          "functie_fout", bevat="NameError", wat="ceil zonder math."),
    # 6.4 leads nodig
    Geval("6.4", "conversies = funnel_uit_leads(leads, alleen_afgesloten=True)['conversie'].iloc[:3].tolist()\n"
                 "leads_nodig = int(benodigd(15, conversies).iloc[0])", "goed"),
    Geval("6.4", "c = funnel_uit_leads(leads, alleen_afgesloten=True)['conversie']\n"
                 "offertes = math.ceil(15 / c['offerte'])\nprospects = math.ceil(offertes / c['prospect'])\n"
                 "leads_nodig = math.ceil(prospects / c['lead'])", "goed", wat="met de hand, per fase afgerond"),
    Geval("6.4", "conversies = funnel_uit_leads(leads)['conversie'].iloc[:3].tolist()\n"
                 "leads_nodig = benodigd(15, conversies).iloc[0]", "fout", "bekende_fout", bevat="afgesloten"),
    Geval("6.4", "conversies = funnel_uit_leads(leads, alleen_afgesloten=True)['conversie'].iloc[:3].tolist()\n"
                 "leads_nodig = benodigd(15, conversies)", "fout", "series_een_getal", bevat=".loc["),
    Geval("6.4", "c = funnel_uit_leads(leads, alleen_afgesloten=True)['conversie']\n"
                 "leads_nodig = math.ceil(15 / (c['lead'] * c['prospect'] * c['offerte']))", "fout",
          ("bekende_fout", "te_laag"), wat="pas aan het eind afronden (kan toevallig gelijk zijn)"),
    Geval("6.4", "conversies = funnel_uit_leads(leads, alleen_afgesloten=True)['conversie'].tolist()\n"
                 "leads_nodig = benodigd(15, conversies).iloc[0]", "fout", "verouderd",
          wat="ook de lege conversie van de fase klant meegegeven: klantlib legt uit"),
    # 6.5 beste verkoper
    Geval("6.5", PER_VERKOPER + "beste_verkoper = per_verkoper['conversie'].unstack('fase')['offerte'].idxmax()",
          "goed", wat="met unstack, zoals in de les"),
    Geval("6.5", PER_VERKOPER + "beste_verkoper = per_verkoper.xs('offerte', level='fase')['conversie'].idxmin()",
          "fout", "bekende_fout", bevat="idxmax"),
    Geval("6.5", PER_VERKOPER + "beste_verkoper = per_verkoper.xs('offerte', level='fase')['aantal'].idxmax()",
          "fout", "bekende_fout", bevat="conversie"),
    Geval("6.5", PER_VERKOPER + "beste_verkoper = per_verkoper.xs('offerte', level='fase')['conversie'].max()",
          "fout", "vorm", bevat="idxmax"),
    # 6.6 marge per lead per bron
    Geval("6.6", GEWONNEN + "marge = gewonnen.groupby('bron')['bruto_marge'].sum()\n"
                 "aantal = leads['bron'].value_counts()\nmarge_per_lead = (marge / aantal).sort_values()", "goed",
          wat="value_counts als noemer, gesorteerd"),
    Geval("6.6", GEWONNEN + "marge_per_lead = (gewonnen.groupby('bron')['bruto_marge'].sum() / "
                 "leads.groupby('bron').size()).round()", "goed"),
    Geval("6.6", GEWONNEN + "marge_per_lead = gewonnen.groupby('bron')['bruto_marge'].sum()", "fout",
          "bekende_fout", bevat="Deel die nog"),
    Geval("6.6", GEWONNEN + "marge_per_lead = gewonnen.groupby('bron')['bruto_marge'].mean()", "fout",
          "bekende_fout", bevat="álle leads"),
    Geval("6.6", "marge_per_lead = leads.groupby('bron')['bruto_marge'].mean()", "fout", "bekende_fout",
          bevat="alleen de marge van de gewonnen"),
    Geval("6.6", GEWONNEN + "marge_per_lead = (gewonnen.groupby('bron')['bruto_marge'].sum() / "
                 "leads.groupby('bron').size()).idxmax()", "fout", "vorm", wat="alleen de naam van de beste bron"),
    # 6.7 traagste stap
    Geval("6.7", "traagste_stap_dagen = doorlooptijd(leads).loc['offerte → klant', 'mediaan']", "goed"),
    Geval("6.7", "traagste_stap_dagen = doorlooptijd(leads)['mediaan'].sort_values().iloc[-1]", "goed"),
    Geval("6.7", "traagste_stap_dagen = doorlooptijd(leads)['mediaan'].idxmax()", "fout", "bekende_fout",
          bevat="aantal dagen"),
    Geval("6.7", "traagste_stap_dagen = doorlooptijd(leads)['mediaan'].min()", "fout", "bekende_fout",
          bevat="snelste"),
    Geval("6.7", "traagste_stap_dagen = doorlooptijd(leads)['mediaan']", "fout", "series_een_getal"),
    # 6.8 meerkeuze
    Geval("6.8", "antwoord_6_8 = 'C'", "goed"),
    Geval("6.8", "antwoord_6_8 = 'a'", "fout", "keuze", bevat="outputtarget"),
    Geval("6.8", "antwoord_6_8 = 'd'", "fout", "keuze"),
    # 6.9 prognose
    Geval("6.9", "p = pijplijn_prognose(leads, '2025-09-30', max_dagen_in_fase=90)\n"
                 "prognose_marge = round(p['verwachte_bruto_marge'].sum())", "goed"),
    Geval("6.9", "p = pijplijn_prognose(leads, '2025-09-30')\nprognose_marge = p['verwachte_bruto_marge'].sum()",
          "fout", "bekende_fout", bevat="90 dagen"),
    Geval("6.9", "p = pijplijn_prognose(leads, '2025-09-30', max_dagen_in_fase=90)\n"
                 "prognose_marge = p['open_bruto_marge'].sum()", "fout", "bekende_fout", bevat="gewogen"),
    Geval("6.9", "p = pijplijn_prognose(leads, '2025-06-30', max_dagen_in_fase=90)\n"
                 "prognose_marge = p['verwachte_bruto_marge'].sum()", "fout", "bekende_fout", bevat="30 juni"),
    Geval("6.9", "p = pijplijn_prognose(leads, '2025-09-30', max_dagen_in_fase=90)\n"
                 "prognose_marge = p['verwachte_bruto_marge']", "fout", "series_een_getal", bevat=".sum()"),
    Geval("6.9", lambda v: f"prognose_marge = {v / 1000:.3f}", "fout", "duizendpunt"),
    # 6.10 open
    Geval("6.10", "luie_campagne = '''Er komen veel leads, maar minder worden prospect, dus de conversie daalt. "
                  "Verkopers moeten meer bellen voor hetzelfde aantal afspraken.'''", "goed"),
    Geval("6.10", "luie_campagne = 'meer leads'", "fout", "te_kort"),
    Geval("6.10", "luie_campagne = 'geen idee'", "fout", "weet_niet"),
    Geval("6.10", "luie_campagne = '''Een advertentie in een vakblad kost weinig geld en veel mensen lezen dat "
                  "blad elke maand dus het bereik is groot.'''", "fout", "kernwoord"),
    # 6.11 meerkeuze
    Geval("6.11", "antwoord_6_11 = 'C'", "goed"),
    Geval("6.11", "antwoord_6_11 = 'a'", "fout", "keuze", bevat="aandeelhouders"),
    Geval("6.11", "antwoord_6_11 = 'b'", "fout", "keuze"),
    # 6.12 OTE
    Geval("6.12", "inkomen_ote = 45000 + 15000 * 80 / 100", "goed"),
    Geval("6.12", "inkomen_ote = 0.8 * 60000", "fout", "bekende_fout", bevat="vaste deel"),
    Geval("6.12", "inkomen_ote = 60000", "fout", "bekende_fout", bevat="100 %"),
    Geval("6.12", "inkomen_ote = 45.000 + 0.8 * 15.000", "fout", "duizendpunt",
          wat="duizendtalpunten: Python rekent 45 + 12 = 57"),
    Geval("6.12", "inkomen_ote = '€ 57.000'", "fout", "tekst", bevat="Dan klopt het getal"),
]
