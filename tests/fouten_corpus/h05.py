"""Foutencorpus hoofdstuk 05 (big data): de pogingen uit de studentproef (docs/studentproeven, PROEF_h05.md).

Elk geval is een antwoord zoals een student het typte, met de uitslag die hij verdient en een stukje van de
uitleg die hij moet zien. Ze draaien op de standaarddataset en op de seeds van het corpus.
"""

from tests.fouten_corpus import Geval

HOOFDSTUK = "h05"

OMGEVING = """
from klantlib.bigdata import (associatieregels, koppelgraad, kruisverkoop, maak_warehouse, persoonsgegevens,
                              regelmaten, rfm, schaalproef, segmenteer, voorspel)
from klantlib.data import laad
facturen = laad("facturen")
bedrijven = laad("bedrijven")
contactpersonen = laad("contactpersonen")
enquetes = laad("enquetes")
"""

PROEF = "proef = schaalproef([10_000, 100_000])\n"
DW = "dw = maak_warehouse(n_rijen=100_000)\n"
JOIN = "FROM transacties t JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer"
RFM = "rfm_tabel = rfm(facturen, bedrijven=bedrijven)\n"
TABEL = "tabel = persoonsgegevens(contactpersonen)\n"
REGELS = "regels = associatieregels(facturen, min_support=0.01, min_confidence=0.2)\n"

GOED_TOEVAL = ("De regel steunt maar op 3 orders, dus het kan toeval zijn. In één maand zijn weinig orders en als je "
               "veel paren bekijkt vind je altijd wel iets. Ik zou kijken of de regel ook in andere maanden "
               "terugkomt en of er een logische reden is.")
GEEN_TOEVAL = ("Het is geen toeval, want de lift is 3,5. Ik hoef niets te controleren of na te gaan, want de lift "
               "is hoog genoeg en er zijn genoeg orders in die maand om zeker te zijn.")

GEVALLEN = [
    # 5.1 ruim achttien keer
    Geval("5.1", "factor_cbs = 540 / 29", "goed", wat="in duizenden"),
    Geval("5.1", "factor_cbs = round(540_000 / 29_000, 2)", "goed", wat="afgerond op 0,01"),
    Geval("5.1", "factor_cbs = 540.000 / 29.000", "goed",
          wat="punt als duizendtal: klopt toevallig (in een notebook volgt een waarschuwing, zie test_bigdata_oefeningen)"),
    Geval("5.1", 'factor_cbs = "18,62"', "fout", bevat="punt als decimaalteken"),
    Geval("5.1", "factor_cbs = 18,62", "fout", bevat="twee getallen"),
    Geval("5.1", "factor_cbs = 29000 / 540000", "fout", bevat="andersom"),
    Geval("5.1", "factor_cbs = 540_000 / 29_000 * 100", "fout", bevat="100 keer te groot"),
    Geval("5.1", "factor_cbs = 18.6", "fout", bevat="te grof afgerond"),
    Geval("5.1", "factor_cbs = 19", "fout", bevat="ruim achttien"),
    Geval("5.1", "factor_cbs = 540000 - 29000", "fout", bevat="verschil"),
    # 5.2 het geheugen van een miljoen rijen
    Geval("5.2", PROEF + 'geheugen_miljoen = proef.loc[100_000, "geheugen_mb"] * 10', "goed", wat="zelf keer tien"),
    Geval("5.2", 'proef = schaalproef([1_000, 10_000])\ngeheugen_miljoen = voorspel(proef, "geheugen_mb", 1_000_000)',
          "goed", wat="andere metingen"),
    Geval("5.2", PROEF + 'geheugen_miljoen = voorspel(proef, "csv_mb", 1_000_000)', "fout", bevat="csv_mb",
          wat="verkeerde kolom (was vals goed)"),
    Geval("5.2", PROEF + 'geheugen_miljoen = voorspel(proef, "parquet_mb", 1_000_000)', "fout", bevat="parquet_mb",
          wat="verkeerde kolom (uitleg zei: geheugen van 100.000 rijen)"),
    Geval("5.2", PROEF + 'geheugen_miljoen = proef["geheugen_mb"].sum() * 10', "fout", bevat="alle metingen op",
          wat="metingen opgeteld (was vals goed)"),
    Geval("5.2", PROEF + 'geheugen_miljoen = voorspel(proef, "geheugen_mb", 10_000_000)', "fout",
          bevat="10 miljoen"),
    Geval("5.2", PROEF + 'geheugen_miljoen = voorspel(proef, "geheugen_mb", 100_000)', "fout",
          bevat="100.000 rijen"),
    Geval("5.2", 'geheugen_miljoen = "213 MB"', "fout", bevat="zonder aanhalingstekens"),
    Geval("5.2", PROEF + "geheugen_miljoen = proef", "fout", bevat="één getal"),
    Geval("5.2", PROEF + 'geheugen_miljoen = voorspel(proef, "geheugen", 1_000_000)', "fout",
          bevat="foutmelding", wat="kolomnaam zonder _mb"),
    # 5.3 concerns tellen met SQL
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT count(DISTINCT b.concern_kvk) {JOIN} '
                      "WHERE soort = 'factuur'\").df().iloc[0, 0]", "goed", wat="alleen facturen"),
    Geval("5.3", DW + f'aantal_concerns = len(dw.sql("SELECT b.concern_kvk {JOIN} GROUP BY b.concern_kvk").df())',
          "goed", wat="GROUP BY en len"),
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT count(DISTINCT concern_kvk) {JOIN}").df().iloc[0, 0]',
          "goed", wat="zonder b."),
    Geval("5.3", DW + 'aantal_concerns = dw.sql("SELECT count(DISTINCT concern_kvk) FROM bedrijven").df().iloc[0, 0]',
          "fout", bevat="ook die niets bestelden"),
    Geval("5.3", 'aantal_concerns = bedrijven["concern_kvk"].nunique()', "fout", bevat="ook die niets bestelden"),
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT count(DISTINCT b.kvk_nummer) {JOIN}").df().iloc[0, 0]',
          "fout", bevat="bedrijven (KvK-nummers)"),
    Geval("5.3", DW + 'aantal_concerns = dw.sql("SELECT count(DISTINCT besteld_door) FROM transacties").df().iloc[0, 0]',
          "fout", bevat="vestigingen"),
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT count(b.concern_kvk) {JOIN}").df().iloc[0, 0]', "fout",
          bevat="count(DISTINCT"),
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT count(DISTINCT b.concern_kvk) {JOIN}").df()', "fout",
          bevat=".iloc[0, 0]"),
    Geval("5.3", f'dw = maak_warehouse(n_rijen=10_000)\naantal_concerns = dw.sql("SELECT count(DISTINCT '
                 f'b.concern_kvk) {JOIN}").df().iloc[0, 0]', "fout", bevat="100.000"),
    Geval("5.3", DW + f'aantal_concerns = dw.sql("SELECT ... {JOIN}")', "fout", bevat="foutmelding",
          wat="hint 1 letterlijk (SQL-fout, Nederlandse melding: zie test_bigdata_oefeningen)"),
    Geval("5.3", DW + 'aantal_concerns = dw.sql("SELECT count(DISTINCT concern_kvk) FROM transactie").df().iloc[0, 0]',
          "fout", bevat="foutmelding", wat="tikfout in de tabelnaam"),
    # 5.4 statisch of dynamisch?
    Geval("5.4", 'statisch = ("kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector")', "goed", wat="tuple"),
    Geval("5.4", 'statisch = ["sector", "rechtsvorm", "oprichtingsjaar", "kvk_nummer"]', "goed",
          wat="andere volgorde"),
    Geval("5.4", 'statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm"]', "fout", bevat="sector"),
    Geval("5.4", 'statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector", "laatste_nps"]', "fout",
          bevat="dynamisch"),
    Geval("5.4", 'statisch = "kvk_nummer, oprichtingsjaar, rechtsvorm, sector"', "fout", bevat="één tekst"),
    Geval("5.4", 'statisch = ["KvK-nummer", "oprichtingsjaar", "rechtsvorm", "sector"]', "fout",
          bevat="Bedoel je 'kvk_nummer'", wat="het goede veld anders geschreven (uitleg zei: hoort er niet bij)"),
    Geval("5.4", 'statisch = ["kvk nummer", "oprichtingsjaar", "rechtsvorm", "sector"]', "fout",
          bevat="Bedoel je 'kvk_nummer'"),
    Geval("5.4", 'statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sectoren"]', "fout",
          bevat="Bedoel je 'sector'"),
    Geval("5.4", 'statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector", "sector"]', "fout",
          bevat="dubbel"),
    Geval("5.4", 'statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector", "omzet"]', "fout",
          bevat="staat niet in de vraag"),
    # 5.5 de confidence van één regel
    Geval("5.5", 'm = regelmaten(facturen, "Laptop", "Docking station")\nconfidence_laptop = m.loc["confidence"]',
          "goed"),
    Geval("5.5", 'm = regelmaten(facturen, "Laptop", "Docking station")\n'
                 'confidence_laptop = m["orders_met_beide"] / m["orders_met_als"]', "goed", wat="zelf gedeeld"),
    Geval("5.5", REGELS + 'confidence_laptop = regels[(regels["als"] == "Laptop") & '
                          '(regels["dan"] == "Docking station")]["confidence"].iloc[0]', "goed", wat="uit de regels"),
    Geval("5.5", 'confidence_laptop = regelmaten(facturen, "Docking station", "Laptop")["confidence"]', "fout",
          bevat="andersom"),
    Geval("5.5", 'confidence_laptop = regelmaten(facturen, "Laptop", "Docking station")["support"]', "fout",
          bevat="support"),
    Geval("5.5", 'confidence_laptop = regelmaten(facturen, "Laptop", "Docking station")["lift"]', "fout",
          bevat="lift"),
    Geval("5.5", 'confidence_laptop = regelmaten(facturen, "Laptop", "Docking station")', "fout",
          bevat="label 'confidence'"),
    Geval("5.5", 'confidence_laptop = regelmaten(facturen, "Laptop", "Docking station")["confidence"] * 100',
          "fout", bevat="percentage"),
    Geval("5.5", 'confidence_laptop = "60%"', "fout", bevat="schrijf je als `0.6`",
          wat="'60%' (uitleg raadde eerst 60 aan)"),
    Geval("5.5", "confidence_laptop = 60", "fout", bevat="percentage"),
    Geval("5.5", 'confidence_laptop = round(regelmaten(facturen, "Laptop", "Docking station")["confidence"], 1)',
          "fout", bevat="te grof afgerond", seeds=("0654321",),
          wat="op de andere datasets is 0.6 binnen 0,01 van het antwoord"),
    Geval("5.5", REGELS + 'confidence_laptop = regels[(regels["als"] == "Laptop") & '
                          '(regels["dan"] == "Docking station")]["confidence"]', "fout", bevat=".iloc[0]"),
    # 5.6 de lift als eigen functie
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return support_beide / support_als / support_dan", "goed"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    confidence = support_beide / support_als\n    return confidence / support_dan", "goed"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return round(support_beide / support_als / support_dan, 2)", "goed",
          bevat="rondt af", wat="afgerond op 2 decimalen (was vals nog niet goed)"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return support_beide / support_als", "fout", bevat="confidence"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return support_beide / support_als * support_dan", "fout", bevat="haakjes"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    print(support_beide / support_als / support_dan)", "fout", bevat="return"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return support_beide / support_als / support_dan * 100", "fout", bevat="geen percentage"),
    Geval("5.6", "def lift(support_beide, support_als, support_dan):\n"
                 "    return confidence(support_beide, support_als) / support_dan", "fout", bevat="bestaat (nog) niet",
          wat="confidence uit de les (niet in het werkboek)"),
    # 5.7 wat bied je een nieuwe klant aan?
    Geval("5.7", REGELS + 'aanbod = kruisverkoop(["Bureaustoel", "Laptop"], regels)["product"]', "goed",
          wat="Series zonder tolist"),
    Geval("5.7", REGELS + 'aanbod = set(kruisverkoop(["Laptop", "Bureaustoel"], regels)["product"])', "goed"),
    Geval("5.7", REGELS + 'aanbod = kruisverkoop(["Bureaustoel", "Laptop"], regels)', "fout", bevat="tabel"),
    Geval("5.7", 'r = associatieregels(facturen, min_support=0.1, min_confidence=0.2)\n'
                 'aanbod = kruisverkoop(["Bureaustoel", "Laptop"], r)["product"].tolist()', "fout",
          bevat="drempels uit de vraag"),
    Geval("5.7", REGELS + 'aanbod = kruisverkoop(["Bureaustoel"], regels)["product"].tolist()', "fout",
          bevat="allebei de producten"),
    Geval("5.7", 'r = associatieregels(facturen, min_support=0.001, min_confidence=0.0)\n'
                 'aanbod = kruisverkoop(["Bureaustoel", "Laptop"], r)["product"].tolist()', "fout",
          bevat="haalt de drempels niet"),
    Geval("5.7", REGELS + 'aanbod = kruisverkoop(["bureaustoel", "laptop"], regels)["product"].tolist()', "fout",
          bevat="drempels uit de vraag"),
    Geval("5.7", 'aanbod = ["bureaulamp", "monitorarm", "docking station"]', "fout", bevat="hoofdletters"),
    Geval("5.7", 'aanbod = "Bureaulamp, Monitorarm, Docking station"', "fout", bevat="één tekst"),
    # 5.8 slapers tellen
    Geval("5.8", RFM + 'aantal_slapers = len(rfm_tabel[rfm_tabel["recentheid"] > 365])', "goed"),
    Geval("5.8", RFM + 'aantal_slapers = int((rfm_tabel["recentheid"] > 365).sum())', "goed"),
    Geval("5.8", RFM + 'aantal_slapers = rfm_tabel[rfm_tabel["recentheid"] > 365]', "fout", bevat="len(",
          wat="de goede rijen, niet geteld (uitleg zei: tabel met 450 waarden)"),
    Geval("5.8", RFM + 'aantal_slapers = rfm_tabel["recentheid"] > 365', "fout", bevat=".sum()"),
    Geval("5.8", RFM + 'aantal_slapers = (rfm_tabel["recentheid"] > 365).mean()', "fout", bevat="een deel"),
    Geval("5.8", RFM + 'aantal_slapers = (rfm_tabel["recentheid"] > 730).sum()', "fout", bevat="twee jaar"),
    Geval("5.8", RFM + 'aantal_slapers = (rfm_tabel["frequentie"] > 365).sum()', "fout", bevat="frequentie"),
    Geval("5.8", RFM + 'aantal_slapers = (rfm_tabel["recentheid"] < 365).sum()', "fout", bevat="wél"),
    Geval("5.8", 'aantal_slapers = (rfm(facturen)["recentheid"] > 365).sum()', "fout", bevat="per vestiging"),
    Geval("5.8", RFM + 'aantal_slapers = (segmenteer(rfm_tabel, k=4, seed=2024)["segmentnaam"] == "slapers").sum()',
          "fout", bevat="KMeans"),
    # 5.9 koppelen op naam
    Geval("5.9", 'aandeel_op_naam = facturen["klantnaam"].isin(bedrijven["bedrijfsnaam"]).mean()', "goed",
          wat="zelf met isin"),
    Geval("5.9", 'k = koppelgraad({"facturen": facturen}, bedrijven, via={"facturen": "klantnaam"})\n'
                 'aandeel_op_naam = round(k.loc["facturen", "aandeel"], 3)', "goed"),
    Geval("5.9", 'k = koppelgraad({"facturen": facturen}, bedrijven, via={"facturen": "vestigingsnummer"})\n'
                 'aandeel_op_naam = k.loc["facturen", "aandeel"]', "fout", bevat="vestigingsnummer"),
    Geval("5.9", 'aandeel_op_naam = 1 - facturen["klantnaam"].isin(bedrijven["bedrijfsnaam"]).mean()', "fout",
          bevat="níet"),
    Geval("5.9", 'aandeel_op_naam = facturen["klantnaam"].str.lower().isin(bedrijven["bedrijfsnaam"].str.lower())'
                 '.mean()', "fout", bevat="hoofdletters gelijk"),
    Geval("5.9", 'aandeel_op_naam = facturen["klantnaam"].isin(bedrijven["bedrijfsnaam"]).sum()', "fout",
          bevat="aantal factuurregels"),
    Geval("5.9", lambda v: f"aandeel_op_naam = {100 * v:.1f}", "fout", bevat="percentage"),
    # 5.10 welke kolommen wijzen een persoon aan?
    Geval("5.10", TABEL + 'persoonskolommen = tabel[tabel["persoonsgegeven"] == "ja"].index', "goed"),
    Geval("5.10", 'persoonskolommen = ["contact_id", "voornaam", "achternaam", "email", "telefoon"]', "goed",
          wat="met de hand overgetypt"),
    Geval("5.10", TABEL + 'persoonskolommen = tabel[tabel["persoonsgegeven"] == "Ja"].index.tolist()', "fout",
          bevat="lijst is leeg", wat="'Ja' met hoofdletter (uitleg zei: je mist contact_id)"),
    Geval("5.10", TABEL + 'persoonskolommen = tabel[tabel["persoonsgegeven"] == "nee"].index.tolist()', "fout",
          bevat="kolommen met 'nee'"),
    Geval("5.10", 'persoonskolommen = ["voornaam", "achternaam", "email", "telefoon"]', "fout", bevat="contact_id"),
    Geval("5.10", TABEL + 'persoonskolommen = tabel[tabel["persoonsgegeven"] == "ja"]', "fout", bevat="tabel"),
    # 5.11 alleen wat nodig is
    Geval("5.11", 'voor_analist = enquetes[["score", "business_unit", "kvk_nummer"]]', "goed",
          wat="andere volgorde"),
    Geval("5.11", 'voor_analist = enquetes.drop(columns=["enquete_id", "datum", "contact_id", "verbeterpunt"])',
          "goed", wat="met drop"),
    Geval("5.11", 'voor_analist = enquetes[["kvk_nummer", "score"]]', "fout", bevat="business unit"),
    Geval("5.11", 'voor_analist = enquetes[["contact_id", "kvk_nummer", "business_unit", "score"]]', "fout",
          bevat="wijst een persoon aan"),
    Geval("5.11", 'voor_analist = enquetes[["kvk_nummer", "business_unit", "score"]].head()', "fout",
          bevat="alle rijen"),
    Geval("5.11", 'voor_analist = ["kvk_nummer", "business_unit", "score"]', "fout", bevat="lijst"),
    Geval("5.11", 'voor_analist = enquetes.merge(bedrijven[["kvk_nummer", "sector"]].drop_duplicates(), '
                  'on="kvk_nummer")[["sector", "business_unit", "score"]]', "fout", bevat="al zelf op",
          wat="sector zelf opgezocht (uitleg zei: sector is niet nodig)"),
    # 5.12, 5.13, 5.15 meerkeuze
    Geval("5.12", 'antwoord_5_12 = "B"', "goed"),
    Geval("5.12", 'antwoord_5_12 = "b)"', "goed"),
    Geval("5.12", 'antwoord_5_12 = "a"', "fout", bevat="kosten over meer jaren"),
    Geval("5.12", 'antwoord_5_12 = "c"', "fout", bevat="verwerkersovereenkomst"),
    Geval("5.13", 'antwoord_5_13 = "B)"', "goed"),
    Geval("5.13", 'antwoord_5_13 = "a"', "fout", bevat="nieuwe doel"),
    Geval("5.13", 'antwoord_5_13 = "beperking"', "fout", bevat="geen keuze"),
    Geval("5.15", 'antwoord_5_15 = "B"', "goed"),
    Geval("5.15", 'antwoord_5_15 = "a"', "fout", bevat="marketing automation"),
    Geval("5.15", 'antwoord_5_15 = "ABM"', "fout", bevat="geen keuze"),
    # 5.14 open vraag
    Geval("5.14", f"toeval_of_echt = {GOED_TOEVAL!r}", "goed",
          wat="andere maanden en logische reden (was vals nog niet goed)"),
    Geval("5.14", "toeval_of_echt = 'Omdat het maar drie orders zijn is het waarschijnlijk toevallig. Ik zou de "
                  "geschudde controle doen en een minimale support eisen voordat we er geld in steken.'", "goed"),
    Geval("5.14", "toeval_of_echt = 'Om te weten of het geen toeval is, controleer je de regel in de data van een "
                  "ander jaar. Met maar 3 orders kan het makkelijk toeval zijn, dus eerst testen met de geschudde "
                  "controle.'", "goed", wat="'geen toeval' in een vraagzin"),
    Geval("5.14", f"toeval_of_echt = {GEEN_TOEVAL!r}", "fout", bevat="géén toeval",
          wat="beweert het tegendeel (was vals goed)"),
    Geval("5.14", "toeval_of_echt = 'De lift is 3,5 en dat is hoger dan 1, dus kastensystemen en monitoren worden "
                  "vaak samen gekocht. Dat is een echt verband en geen toeval, dus de campagne is een goed idee want "
                  "de klanten willen dit.'", "fout", bevat="géén toeval"),
    Geval("5.14", 'toeval_of_echt = "weet ik niet"', "fout", bevat="eigen uitleg"),
    Geval("5.14", 'toeval_of_echt = "toeval"', "fout", bevat="eigen uitleg"),
]
