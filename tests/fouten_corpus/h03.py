"""Foutencorpus hoofdstuk 03 (verwachtingen en NPS)."""

from tests.fouten_corpus import Geval

HOOFDSTUK = "h03"

OMGEVING = """
import pandas as pd
from klantlib.data import laad
from klantlib.nps import (met_bedrijfskenmerken, nps, nps_interval_per, nps_per, nps_uit_aandelen, nps_verschil,
                          wat_als_belofte)
enquetes = laad("enquetes")
ervaringen = laad("ervaringen")
bedrijven = laad("bedrijven")
antwoorden = [10, 9, 9, 8, 7, 6, 3, 10, 8, 5]
"""

MET_SECTOR = "met_sector = met_bedrijfskenmerken(enquetes, bedrijven, ['sector'])\n"
HANDEL_INDUSTRIE = (MET_SECTOR + "handel = met_sector.loc[met_sector['sector'] == 'Handel', 'score']\n"
                    "industrie = met_sector.loc[met_sector['sector'] == 'Industrie', 'score']\n")
INTERVALLEN = MET_SECTOR + "iv = nps_interval_per(met_sector, 'sector')\n"
WAT_ALS = "tabel = wat_als_belofte(ervaringen, extra_dagen=1, soort='offerte')\n"

GEVALLEN = [
    # 3.1 categorie
    Geval("3.1", "def categorie(score):\n    if score <= 6:\n        return 'criticaster'\n"
                 "    if score <= 8:\n        return 'passief tevreden'\n    return 'promotor'", "goed",
          wat="van onder naar boven"),
    Geval("3.1", "def categorie(score):\n    if score > 9:\n        return 'promotor'\n    elif score > 7:\n"
                 "        return 'passief tevreden'\n    else:\n        return 'criticaster'", "fout", "bekende_fout",
          bevat=">="),
    Geval("3.1", "def categorie(score):\n    if score >= 9:\n        return 'Promotor'\n    elif score >= 7:\n"
                 "        return 'Passief tevreden'\n    else:\n        return 'Criticaster'", "fout", "functie_uitkomst",
          bevat='"promotor"', wat="hoofdletters"),
    Geval("3.1", "def categorie(score):\n    if score >= 9:\n        print('promotor')\n    elif score >= 7:\n"
                 "        print('passief tevreden')\n    else:\n        print('criticaster')", "fout", "geen_return"),
    Geval("3.1", "def categorie(score):\n    if score >= 9:\n        return 'promotor'\n    elif score >= 7\n"
                 "        return 'passief tevreden'", "fout", "verouderd", uitleg_bevat="dubbele punt",
          wat="dubbele punt vergeten"),
    Geval("3.1", "def categorie(score):\n    if score >= 9:\n        return 'promotor'\n    elif score >= 7:\n"
                 "        return 'passief'\n    else:\n        return 'criticaster'", "fout", "bekende_fout",
          bevat="passief tevreden", wat="het oude label 'passief'"),
    # 3.2 NPS van tien cijfers
    Geval("3.2", "nps_tien = 40 - 30", "goed", wat="uit het hoofd"),
    Geval("3.2", "nps_tien = float(nps(antwoorden))", "goed"),
    Geval("3.2", "nps_tien = 0.1", "fout", "deel_procent", bevat="100", wat="als deel"),
    Geval("3.2", "nps_tien = 4 - 3", "fout", "bekende_fout", bevat="percentages"),
    Geval("3.2", "nps_tien = '10%'", "fout", "procent_tekst", bevat="zonder %-teken"),
    Geval("3.2", "nps_tien = 40", "fout", "bekende_fout", bevat="criticasters"),
    # 3.3 NPS uit aandelen
    Geval("3.3", "nps_concurrent = 18 - 35", "goed"),
    Geval("3.3", "nps_concurrent = -0.17", "fout", "deel_procent", bevat="-17"),
    Geval("3.3", "nps_concurrent = 35 - 18", "fout", "teken"),
    Geval("3.3", "nps_concurrent = 18 - 47", "fout", "bekende_fout", bevat="passief tevredenen"),
    Geval("3.3", "nps_concurrent = 18% - 35%", "fout", "verouderd", uitleg_bevat="procentteken",
          wat="met procenttekens"),
    Geval("3.3", "nps_concurrent = -17%", "fout", "verouderd", uitleg_bevat="procentteken"),
    # 3.4 lege antwoorden
    Geval("3.4", "aantal_leeg = enquetes['score'].isnull().sum()", "goed"),
    Geval("3.4", "aantal_leeg = nps(enquetes['score']).weggelaten", "goed"),
    Geval("3.4", "aantal_leeg = len(enquetes) - enquetes['score'].count()", "goed"),
    Geval("3.4", "aantal_leeg = enquetes['score'].isna()", "fout", "series_een_getal", bevat=".sum()"),
    Geval("3.4", "aantal_leeg = enquetes['score'].count()", "fout", "bekende_fout", bevat="ingevulde"),
    Geval("3.4", "aantal_leeg = len(enquetes)", "fout", "bekende_fout"),
    Geval("3.4", ["aantal_leeg = enquetes['score'].isna().sum()", "aantal_leeg = enquetes['Score'].isna().sum()"],
          "fout", "verouderd", uitleg_bevat="Bedoel je 'score'?",
          wat="kolomnaam met hoofdletter na een goed antwoord: niet 'goed' op de oude waarde"),
    Geval("3.4", "aantal_leeg = enquetes['score'].isna().sum();", "goed", wat="puntkomma aan het eind"),
    # 3.5 NPS van Vermeer
    Geval("3.5", "nps_vermeer = round(nps(enquetes['score']), 1)", "goed"),
    Geval("3.5", "s = enquetes['score'].dropna()\nnps_vermeer = 100 * ((s >= 9).mean() - (s <= 6).mean())", "goed",
          wat="zelf uitgerekend"),
    Geval("3.5", "s = enquetes['score']\nnps_vermeer = 100 * ((s >= 9).sum() - (s <= 6).sum()) / len(s)", "fout",
          "bekende_fout", bevat="lege", wat="lege antwoorden in de noemer (de fout uit de proef)"),
    Geval("3.5", "s = enquetes['score']\nnps_vermeer = round(100 * ((s >= 9).sum() - (s <= 6).sum()) / len(s))",
          "fout", ("bekende_fout", "afronding"),
          wat="dezelfde foute methode, afgerond: nooit 'goed' (afgerond kan hij gelijk zijn aan het goede getal "
              "afgerond; dan zegt de controle dat de afronding te grof is)"),
    Geval("3.5", "nps_vermeer = nps(enquetes['score'].fillna(0))", "fout", "bekende_fout", bevat="als 0"),
    Geval("3.5", "nps_vermeer = nps(enquetes['score']) / 100", "fout", "deel_procent"),
    Geval("3.5", lambda v: f"nps_vermeer = {int(v)},{int(abs(v) * 10) % 10}", "fout", "komma",
          wat="decimale komma"),
    # 3.6 NPS per sector
    Geval("3.6", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps'].sort_values()", "goed",
          wat="gesorteerd (de vraag vraagt geen volgorde)"),
    Geval("3.6", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps'].round(1)", "goed"),
    Geval("3.6", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')", "fout", "kolom_kiezen",
          bevat="['nps']" .replace("'", '"')),
    Geval("3.6", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps'].tolist()", "fout", "vorm"),
    Geval("3.6", "met_kenmerken = met_bedrijfskenmerken(enquetes, bedrijven, ['grootteklasse'])\n"
                 "nps_sector = nps_per(met_kenmerken, 'grootteklasse')['nps']", "fout", ("labels", "aantal")),
    Geval("3.6", "nps_sector = nps_per(enquetes, 'sector')['nps']", "fout", "verouderd",
          wat="sector niet gekoppeld: klantlib zegt welke kolom ontbreekt"),
    # 3.7 laagste sector
    Geval("3.7", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps']\n"
                 "sector_aandacht = nps_sector.sort_values().index[0]", "goed"),
    Geval("3.7", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps']\n"
                 "sector_aandacht = nps_sector.idxmax()", "fout", "bekende_fout", bevat="hoogste"),
    Geval("3.7", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps']\n"
                 "sector_aandacht = nps_sector.min()", "fout", "vorm", bevat=".idxmin()"),
    Geval("3.7", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps']\n"
                 "sector_aandacht = nps_sector.idxmin", "fout", "haakjes"),
    Geval("3.7", MET_SECTOR + "nps_sector = nps_per(met_sector, 'sector')['nps']\n"
                 "sector_aandacht = nps_sector.idxmin().upper()", "fout", "hoofdletters"),
    # 3.8 meerkeuze
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = nps_verschil(handel, industrie).onder", "goed"),
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = round(nps_verschil(handel, industrie).onder, 1)", "goed"),
    Geval("3.8", INTERVALLEN + "ondergrens_verschil = iv.loc['Handel', 'onder'] - iv.loc['Industrie', 'boven']",
          "fout", "bekende_fout", bevat="overlapregel", wat="de overlapregel: losse intervallen vergelijken"),
    Geval("3.8", INTERVALLEN + "ondergrens_verschil = iv.loc['Handel', 'onder']", "fout", "bekende_fout",
          bevat="Handel alleen"),
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = nps_verschil(industrie, handel).onder", "fout",
          "bekende_fout", bevat="Industrie min Handel"),
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = nps_verschil(handel, industrie).boven", "fout",
          "bekende_fout", bevat="bovengrens"),
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = nps_verschil(handel, industrie).verschil", "fout",
          "bekende_fout", bevat="verschil zelf"),
    Geval("3.8", HANDEL_INDUSTRIE + "ondergrens_verschil = nps_verschil(handel, industrie)", "fout", "vorm",
          wat="het hele resultaat in plaats van .onder"),
    # 3.9 een dag later beloven
    Geval("3.9", WAT_ALS + "negatief_een_dag_later = round(tabel.loc['wat als', 'negatief'], 1)", "goed"),
    Geval("3.9", WAT_ALS + "negatief_een_dag_later = tabel['negatief']['wat als']", "goed"),
    Geval("3.9", WAT_ALS + "negatief_een_dag_later = tabel.loc['nu', 'negatief']", "fout", "bekende_fout",
          bevat="'wat als'"),
    Geval("3.9", WAT_ALS + "negatief_een_dag_later = tabel.loc['wat als', 'negatief'] / 100", "fout",
          "deel_procent", bevat="100"),
    Geval("3.9", WAT_ALS + "negatief_een_dag_later = tabel['negatief']", "fout", "series_een_getal",
          bevat="'wat als'".replace("'", '"')),
    Geval("3.9", "tabel = wat_als_belofte(ervaringen, extra_dagen=-1, soort='offerte')\n"
                 "negatief_een_dag_later = tabel.loc['wat als', 'negatief']", "fout", "bekende_fout"),
    Geval("3.9", "tabel = wat_als_belofte(ervaringen, extra_dagen=1, soort='levering')\n"
                 "negatief_een_dag_later = tabel.loc['wat als', 'negatief']", "fout", "bekende_fout",
          bevat="offertes"),
    Geval("3.9", lambda v: f"negatief_een_dag_later = '{v:.1f}%'", "fout", "procent_tekst",
          wat="'15.6%' als tekst"),
    # 3.10 nps_van
    Geval("3.10", "def nps_van(scores):\n    ingevuld = [s for s in scores if not pd.isna(s)]\n"
                  "    p = len([s for s in ingevuld if s >= 9]) / len(ingevuld)\n"
                  "    c = len([s for s in ingevuld if s <= 6]) / len(ingevuld)\n    return (p - c) * 100", "goed"),
    Geval("3.10", "def nps_van(scores):\n    ingevuld = [s for s in scores if s is not None]\n"
                  "    promotors = sum(1 for s in ingevuld if s >= 9)\n"
                  "    criticasters = sum(1 for s in ingevuld if s <= 6)\n"
                  "    return 100 * (promotors - criticasters) / len(ingevuld)", "fout", "functie_fout",
          bevat="pd.notna", wat="alleen None weglaten: faalt op pd.NA uit de kolom score"),
    Geval("3.10", "def nps_van(scores):\n    ingevuld = [s for s in scores if pd.notna(s)]\n"
                  "    promotors = len([s for s in ingevuld if s >= 9])\n"
                  "    criticasters = len([s for s in ingevuld if s <= 6])\n"
                  "    return 100 * (promotors - criticasters) / len(scores)", "fout", "bekende_fout",
          bevat="ingevulde"),
    Geval("3.10", "def nps_van(scores):\n    ingevuld = [s for s in scores if pd.notna(s)]\n"
                  "    promotors = len([s for s in ingevuld if s >= 9])\n"
                  "    criticasters = len([s for s in ingevuld if s <= 6])\n"
                  "    return (promotors - criticasters) / len(ingevuld)", "fout", "bekende_fout", bevat="100"),
    Geval("3.10", "def nps_van(scores):\n    return nps(scores)", "goed",
          wat="de functie nps gebruiken mag de controle niet zien; de uitkomst klopt"),
    # 3.11 open
    Geval("3.11", "tweede_vraag = '''Een cijfer zegt niet waarom een klant ontevreden is. Criticasters klagen over "
                  "de levertijd, dus mijn advies is: beloof een eerlijke levertijd en houd klanten op de hoogte.'''",
          "goed"),
    Geval("3.11", "tweede_vraag = 'omdat het moet'", "fout", "te_kort"),
    Geval("3.11", "tweede_vraag = '''Het is belangrijk om klanten te vragen wat ze ervan vinden want klanten "
                  "zijn belangrijk voor elk bedrijf en dat weet iedereen wel.'''", "fout", "kernwoord",
          wat="lang, maar zonder reden of advies"),
    Geval("3.11", "tweede_vraag = 'weet ik niet'", "fout", "weet_niet"),
    # 3.12 - 3.14 meerkeuze
    Geval("3.12", "antwoord_3_12 = 'B'", "goed"),
    Geval("3.12", "antwoord_3_12 = 'a'", "fout", "keuze", bevat="Andersom"),
    Geval("3.12", "antwoord_3_12 = 'c'", "fout", "keuze"),
    Geval("3.13", "antwoord_3_13 = 'b'", "goed"),
    Geval("3.13", "antwoord_3_13 = 'a'", "fout", "keuze"),
    Geval("3.13", "antwoord_3_13 = 'c'", "fout", "keuze"),
    Geval("3.14", "antwoord_3_14 = 'A'", "goed"),
    Geval("3.14", "antwoord_3_14 = 'b'", "fout", "keuze"),
    Geval("3.14", "antwoord_3_14 = 'c'", "fout", "keuze"),
    # 3.15 slechtste jaar
    Geval("3.15", "enquetes['jaar'] = enquetes['datum'].dt.year\n"
                  "slechtste_jaar = int(nps_interval_per(enquetes, 'jaar')['nps'].sort_values().index[0])", "goed"),
    Geval("3.15", "enquetes['jaar'] = enquetes['datum'].dt.year\n"
                  "slechtste_jaar = nps_interval_per(enquetes, 'jaar')['nps'].idxmax()", "fout", "bekende_fout",
          bevat="hóógste"),
    Geval("3.15", "enquetes['jaar'] = enquetes['datum'].dt.year\n"
                  "slechtste_jaar = nps_interval_per(enquetes, 'jaar')['nps'].min()", "fout", "bekende_fout",
          bevat="het jaar"),
    Geval("3.15", "enquetes['jaar'] = enquetes['datum'].dt.year\n"
                  "slechtste_jaar = str(nps_interval_per(enquetes, 'jaar')['nps'].idxmin())", "fout", "tekst",
          bevat="Dan klopt het getal", wat="het jaar als tekst"),
    Geval("3.15", "slechtste_jaar = nps_interval_per(enquetes, 'jaar')['nps'].idxmin()", "fout", "verouderd",
          wat="kolom jaar niet gemaakt: klantlib noemt de kolom die ontbreekt"),
]
