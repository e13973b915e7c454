"""Werkboek 05: het foutencorpus, op de standaarddataset en op twee persoonlijke datasets.

Voor elke oefening: de modeloplossing is goed, minstens één goed antwoord dat
anders is opgeschreven is ook goed, en minstens twee typische foute antwoorden
zijn fout en krijgen precies de uitleg die erbij hoort. Geen melding bevat een
numpy-weergave of een interne naam.
"""

from __future__ import annotations

import re

import pytest

from klantlib import data
from klantlib.oefeningen import h05
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, Werkboek

SETUP = """
from klantlib.bigdata import (associatieregels, koppelgraad, kruisverkoop, maak_warehouse, persoonsgegevens,
                              regelmaten, rfm, schaalproef, voorspel, winkelmandjes)
from klantlib.data import laad
facturen = laad("facturen")
bedrijven = laad("bedrijven")
contactpersonen = laad("contactpersonen")
enquetes = laad("enquetes")
"""

ONGEWENST = re.compile(r"np\.(float|int)\d*\(|array\(|dtype|\bdf\b|Traceback|_verwachte|referentie")
GOED, FOUT = "goed", "fout"

# Per oefening: (code die de variabele zet, verwachte status, stukje tekst dat in de feedback moet staan).
# De code draait na de modeloplossingen van alle oefeningen, dus hulpvariabelen als `dw`, `proef`,
# `regels` en `rfm_tabel` bestaan al.
CORPUS = {
    "5.1": [
        ("factor_cbs = 18.62", GOED, ""),
        ("factor_cbs = round(540000 / 29000, 3)", GOED, ""),
        ("factor_cbs = 29_000 / 540_000", FOUT, "Je deelt andersom"),
        ("factor_cbs = 540000 - 29000", FOUT, "Dat is het verschil"),
        ("factor_cbs = 540000 / 29000 - 1", FOUT, "Dat is de groei"),
        ("factor_cbs = 18", FOUT, "ruim achttien keer"),
        ("factor_cbs = 18.6", FOUT, "te grof afgerond"),
        ("factor_cbs = 18,62", FOUT, "punt als decimaalteken: `18.62`"),
        ("factor_cbs = '18,62'", FOUT, "zonder aanhalingstekens, met een punt als decimaalteken"),
        ("factor_cbs = 1862.07", FOUT, "100 keer te groot"),
    ],
    "5.2": [
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb'] * 10", GOED, ""),
        ("geheugen_miljoen = round(proef['geheugen_mb'].max() * 10)", GOED, ""),
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb']", FOUT, "geheugen van 100.000 rijen"),
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb'] * 10 * 1_000_000", FOUT, "in bytes"),
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb'] * 10 / 1000", FOUT, "in GB"),
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb'] * 100", FOUT, "10 miljoen rijen"),
        ("geheugen_miljoen = proef.loc[100_000, 'geheugen_mb'] * 40", FOUT, "factor 2 te hoog"),
    ],
    "5.3": [
        ("aantal_concerns = int(dw.sql('SELECT count(*) FROM (SELECT DISTINCT b.concern_kvk FROM transacties t "
         "JOIN bedrijven b ON b.vestigingsnummer = t.besteld_door)').df().iloc[0, 0])", GOED, ""),
        ("aantal_concerns = laad('bedrijven').set_index('vestigingsnummer').loc[dw.sql('SELECT besteld_door FROM "
         "transacties').df()['besteld_door'], 'concern_kvk'].nunique()", GOED, ""),
        ("aantal_concerns = dw.sql('SELECT count(*) FROM transacties').df().iloc[0, 0]", FOUT, "Je telt rijen"),
        ("aantal_concerns = dw.sql('SELECT count(DISTINCT besteld_door) FROM transacties').df().iloc[0, 0]", FOUT,
         "Je telt vestigingen"),
        ("aantal_concerns = dw.sql('SELECT count(DISTINCT b.kvk_nummer) FROM transacties t JOIN bedrijven b ON "
         "t.besteld_door = b.vestigingsnummer').df().iloc[0, 0]", FOUT, "Je telt bedrijven (KvK-nummers)"),
        ("aantal_concerns = dw.sql('SELECT count(DISTINCT b.concern_kvk) FROM transacties t JOIN bedrijven b ON "
         "t.besteld_door = b.vestigingsnummer').df()", FOUT, "`.iloc[0, 0]`"),
    ],
    "5.4": [
        ("statisch = ('sector', 'rechtsvorm', 'oprichtingsjaar', 'kvk_nummer')", GOED, ""),
        ("statisch = {'kvk_nummer', 'oprichtingsjaar', 'rechtsvorm', 'sector'}", GOED, ""),
        ("statisch = ['kvk_nummer', 'oprichtingsjaar', 'rechtsvorm', 'sector', 'omzet_dit_jaar']", FOUT,
         "Omzet verandert met elke factuur"),
        ("statisch = ['kvk_nummer', 'oprichtingsjaar', 'rechtsvorm']", FOUT, "wisselt bijna nooit van sector"),
        ("statisch = ['kvk_nummer', 'oprichtingsjaar', 'rechtsvorm', 'sector', 'laatste_nps']", FOUT,
         "Na elke enquête"),
        ("statisch = 'kvk_nummer, oprichtingsjaar, rechtsvorm, sector'", FOUT, "één tekst"),
    ],
    "5.5": [
        ("mand = winkelmandjes(facturen)\n"
         "confidence_laptop = (mand['Laptop'] & mand['Docking station']).sum() / mand['Laptop'].sum()", GOED, ""),
        ("confidence_laptop = round(regelmaten(facturen, 'Laptop', 'Docking station')['confidence'], 2)", GOED, ""),
        ("confidence_laptop = regelmaten(facturen, 'Laptop', 'Docking station')['support']", FOUT,
         "Dat is de support"),
        ("confidence_laptop = regelmaten(facturen, 'Docking station', 'Laptop')['confidence']", FOUT,
         "Je rekent de regel andersom"),
        ("confidence_laptop = regelmaten(facturen, 'Laptop', 'Docking station')['lift']", FOUT, "Dat is de lift"),
        ("m = regelmaten(facturen, 'Laptop', 'Docking station')\n"
         "confidence_laptop = m['orders_met_dan'] / m['orders_met_als']", FOUT, "alleen de orders met allebei"),
        ("confidence_laptop = 100 * regelmaten(facturen, 'Laptop', 'Docking station')['confidence']", FOUT,
         "100 keer te groot"),
        ("confidence_laptop = regelmaten(facturen, 'Laptop', 'Docking station')[['confidence']]", FOUT,
         "`.iloc[0]`"),
    ],
    "5.6": [
        ("def lift(support_beide, support_als, support_dan):\n"
         "    return support_beide / support_als / support_dan", GOED, ""),
        ("def lift(b, a, d):\n    confidence = b / a\n    return confidence / d", GOED, ""),
        ("def lift(support_beide, support_als, support_dan):\n    return support_beide / support_als", FOUT,
         "Dat is de confidence"),
        ("def lift(support_beide, support_als, support_dan):\n"
         "    return support_beide / support_als * support_dan", FOUT, "Let op de haakjes"),
        ("def lift(support_beide, support_als, support_dan):\n"
         "    return support_als * support_dan / support_beide", FOUT, "Je deelt andersom"),
        ("def lift(support_beide, support_als, support_dan):\n"
         "    support_beide / (support_als * support_dan)", FOUT, "Zet `return`"),
    ],
    "5.7": [
        ("aanbod = set(kruisverkoop(['Laptop', 'Bureaustoel'], regels)['product'])", GOED, ""),
        ("aanbod = kruisverkoop(['Bureaustoel', 'Laptop'], regels)['product']", GOED, ""),
        ("aanbod = kruisverkoop(['Bureaustoel', 'Laptop'], regels)['product'].tolist() + ['Laptop']", FOUT,
         "'Laptop' heeft de klant al gekocht"),
        ("aanbod = kruisverkoop(['Bureaustoel', 'Laptop'], regels)['product'].tolist()[1:]", FOUT,
         "Er ontbreekt nog één naam"),
        ("aanbod = kruisverkoop(['Bureaustoel', 'Laptop'], associatieregels(facturen, min_support=0.001, "
         "min_confidence=0.05))['product'].tolist()", FOUT, "haalt de drempels niet"),
        ("aanbod = kruisverkoop(['Bureaustoel', 'Laptop'], regels)", FOUT, "Geef alleen de namen"),
    ],
    "5.8": [
        ("aantal_slapers = len(rfm_tabel[rfm_tabel['recentheid'] > 365])", GOED, ""),
        ("aantal_slapers = int((rfm(facturen, bedrijven=bedrijven)['recentheid'] >= 366).sum())", GOED, ""),
        ("aantal_slapers = (rfm_tabel['recentheid'] <= 365).sum()", FOUT, "wél in het laatste jaar"),
        ("aantal_slapers = (rfm(facturen)['recentheid'] > 365).sum()", FOUT, "Je telt per vestiging"),
        ("aantal_slapers = len(rfm_tabel)", FOUT, "alle bedrijven in de RFM-tabel"),
        ("aantal_slapers = rfm_tabel['recentheid'] > 365", FOUT, "Series met"),
    ],
    "5.9": [
        ("aandeel_op_naam = facturen['klantnaam'].isin(bedrijven['bedrijfsnaam']).mean()", GOED, ""),
        ("aandeel_op_naam = round(koppelgraad({'facturen': facturen}, bedrijven, via={'facturen': 'klantnaam'})"
         ".loc['facturen', 'aandeel'], 3)", GOED, ""),
        ("aandeel_op_naam = koppelgraad({'facturen': facturen}, bedrijven, via={'facturen': 'vestigingsnummer'})"
         ".loc['facturen', 'aandeel']", FOUT, "via het vestigingsnummer"),
        ("aandeel_op_naam = koppelgraad({'facturen': facturen}, bedrijven).loc['facturen', 'aandeel']", FOUT,
         "koppeling via besteld_door"),
        ("aandeel_op_naam = 1 - facturen['klantnaam'].isin(bedrijven['bedrijfsnaam']).mean()", FOUT,
         "níet kunt koppelen"),
        ("namen = facturen['klantnaam'].drop_duplicates()\n"
         "aandeel_op_naam = namen.isin(bedrijven['bedrijfsnaam']).mean()", FOUT, "elke naam één keer"),
        ("aandeel_op_naam = 100 * facturen['klantnaam'].isin(bedrijven['bedrijfsnaam']).mean()", FOUT,
         "100 keer te groot"),
    ],
    "5.10": [
        ("persoonskolommen = ['voornaam', 'achternaam', 'email', 'telefoon', 'contact_id']", GOED, ""),
        ("oordeel = persoonsgegevens(contactpersonen)\n"
         "persoonskolommen = oordeel.index[oordeel['persoonsgegeven'] == 'ja']", GOED, ""),
        ("persoonskolommen = ['voornaam', 'achternaam', 'email', 'telefoon']", FOUT, "pseudoniem"),
        ("persoonskolommen = ['contact_id', 'voornaam', 'achternaam', 'email', 'telefoon', 'kvk_nummer']", FOUT,
         "wijst een bedrijf aan"),
        ("persoonskolommen = ['contact_id', 'voornaam', 'achternaam', 'email', 'telefoon', 'functie']", FOUT,
         "Een functie alleen"),
    ],
    "5.11": [
        ("voor_analist = enquetes[['score', 'kvk_nummer', 'business_unit']]", GOED, ""),
        ("voor_analist = enquetes.drop(columns=['enquete_id', 'datum', 'contact_id', 'verbeterpunt'])", GOED, ""),
        ("voor_analist = enquetes[['contact_id', 'kvk_nummer', 'business_unit', 'score']]", FOUT,
         "contact_id heeft de analist niet nodig"),
        ("voor_analist = enquetes[['business_unit', 'score']]", FOUT, "sector niet opzoeken"),
        ("voor_analist = enquetes[['kvk_nummer', 'business_unit', 'score', 'verbeterpunt']]", FOUT, "open tekst"),
        ("voor_analist = enquetes[['kvk_nummer', 'business_unit', 'score']].dropna()", FOUT, "alle rijen"),
        ("voor_analist = enquetes['score']", FOUT, "dubbele haken"),
    ],
    "5.12": [
        ("antwoord_5_12 = 'B'", GOED, ""),
        ("antwoord_5_12 = ' b) '", GOED, ""),
        ("antwoord_5_12 = 'a'", FOUT, "hangt af van de kosten over meer jaren"),
        ("antwoord_5_12 = 'c'", FOUT, "verwerkersovereenkomst"),
        ("antwoord_5_12 = 'd'", FOUT, "ook de analisten"),
    ],
    "5.13": [
        ("antwoord_5_13 = 'B'", GOED, ""),
        ("antwoord_5_13 = 'a'", FOUT, "het nieuwe doel"),
        ("antwoord_5_13 = 'c'", FOUT, "beveiliging"),
        ("antwoord_5_13 = 'd'", FOUT, "inzage"),
    ],
    "5.15": [
        ("antwoord_5_15 = 'b'", GOED, ""),
        ("antwoord_5_15 = 'B)'", GOED, ""),
        ("antwoord_5_15 = 'a'", FOUT, "marketing automation"),
        ("antwoord_5_15 = 'c'", FOUT, "hele sector"),
        ("antwoord_5_15 = 'd'", FOUT, "iedereen hetzelfde"),
    ],
    "5.14": [
        ("toeval_of_echt = ('Drie orders is veel te weinig; met zoveel paren is een hoge lift vaak toeval. Ik "
         "zou eerst controleren of de regel ook in het hele jaar en in de data van volgend jaar terugkomt.')", GOED,
         ""),
        ("toeval_of_echt = 'weet ik niet'", FOUT, "een paar zinnen"),
        ("toeval_of_echt = 'Dat is toeval.'", FOUT, "nog kort"),
        ("toeval_of_echt = 'De regel steunt op maar drie orders, dus het is waarschijnlijk toeval en niet echt.'",
         FOUT, "nog kort"),
        ("toeval_of_echt = ('De regel steunt op maar drie orders en bij zoveel mogelijke paren van producten vind "
         "je altijd wel iets wat toevallig hoog uitkomt, dus zo bijzonder is die lift helemaal niet.')", FOUT,
         "hoe je het nagaat"),
    ],
}

SEEDS = [None, 4242, 777_777]


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: "standaard" if s is None else f"seed{s}")
def werkboek(request, tmp_path_factory):
    """Een werkboek waarin alle modeloplossingen zijn uitgevoerd (per seed één keer)."""
    import os

    oud = os.environ.get("KLANTLIB_WAREHOUSE")
    os.environ["KLANTLIB_WAREHOUSE"] = str(tmp_path_factory.mktemp("warehouse"))
    ns: dict = {}
    wb = Werkboek("h05", ns, seed=request.param)
    exec(SETUP, ns)
    for o in h05.OEFENINGEN:
        if isinstance(o, Meerkeuze):
            ns[o.variabele] = o.juist
        elif isinstance(o, Open):
            ns[o.variabele] = o.modelantwoord
        else:
            exec(o.oplossing, ns)
    ns["rfm_tabel"] = ns["rfm"](ns["facturen"], bedrijven=ns["bedrijven"])
    ns["regels"] = ns["associatieregels"](ns["facturen"], min_support=0.01, min_confidence=0.2)
    yield wb, ns
    data.kies_dataset(None)
    if oud is None:
        os.environ.pop("KLANTLIB_WAREHOUSE", None)
    else:
        os.environ["KLANTLIB_WAREHOUSE"] = oud


def test_minstens_acht_gemengde_oefeningen():
    assert len(h05.OEFENINGEN) >= 8
    for soort in (Waarde, Functie, Meerkeuze, Open):
        assert any(isinstance(o, soort) for o in h05.OEFENINGEN), soort.__name__
    assert set(CORPUS) == {o.id for o in h05.OEFENINGEN}


def test_elke_getaloefening_noemt_de_precisie():
    for o in h05.OEFENINGEN:
        if isinstance(o, h05.Getal):
            assert re.search(r"nauwkeurig|geheel getal|de helft en het dubbele", o.vraag), o.id


def test_modeloplossingen_zijn_goed(werkboek):
    wb, ns = werkboek
    for o in h05.OEFENINGEN:
        uitslag = wb.controleer(o.id)
        assert uitslag.goed, (o.id, uitslag)


@pytest.mark.parametrize("id", list(CORPUS))
def test_foutencorpus(werkboek, id):
    wb, ns = werkboek
    oefening = next(o for o in h05.OEFENINGEN if o.id == id)
    naam = getattr(oefening, "variabele", None) or oefening.functie
    bewaard = ns.get(naam)
    goede = sum(1 for _, status, _ in CORPUS[id] if status == GOED)
    foute = sum(1 for _, status, _ in CORPUS[id] if status == FOUT)
    assert goede >= 1 and foute >= 2, id
    try:
        for code, status, stukje in CORPUS[id]:
            exec(code, ns)
            uitslag = wb.controleer(id)
            assert uitslag.status == status, (id, code, uitslag)
            assert stukje in uitslag.tekst, (id, code, uitslag.tekst)
            assert not ONGEWENST.search(uitslag.tekst), (id, code, uitslag.tekst)
    finally:
        ns[naam] = bewaard


def test_les_en_werkboek_zonder_zichtbare_testmarkeringen():
    from pathlib import Path

    import nbformat

    repo = Path(__file__).resolve().parent.parent
    for pad in ("notebooks/05_big_data.ipynb", "solutions/05_big_data_werkboek.ipynb",
                "exercises/05_big_data_werkboek.ipynb"):
        nb = nbformat.read(repo / pad, as_version=4)
        assert not any("NBVAL" in c.source for c in nb.cells), pad
    les = nbformat.read(repo / "notebooks/05_big_data.ipynb", as_version=4)
    assert sum("nbval-check-output" in c.metadata.get("tags", []) for c in les.cells) >= 15


def test_hoofdstuk_leert_wat_de_oefeningen_vragen():
    """Elke functie, methode en SQL-woord die een modeloplossing gebruikt, staat ook in de les."""
    from pathlib import Path

    import nbformat

    repo = Path(__file__).resolve().parent.parent
    les = "\n".join(c.source for c in nbformat.read(repo / "notebooks/05_big_data.ipynb", as_version=4).cells)
    nodig = set()
    for o in h05.OEFENINGEN:
        bron = getattr(o, "oplossing", "")
        nodig |= set(re.findall(r"\b([a-z_]+)\(", bron)) | set(re.findall(r"\.([a-z_]+)\b", bron))
        nodig |= {w for w in ("JOIN", "DISTINCT", "count(") if w in bron}
    nodig -= {"lift", "wb"}  # de functie die de leerling zelf schrijft; het werkboek zelf
    ontbreekt = sorted(w for w in nodig if w not in les)
    assert not ontbreekt, f"niet in de les: {ontbreekt}"


def test_feedback_volgt_de_actieve_dataset():
    """Een antwoord dat goed is voor de standaarddataset, is niet vanzelf goed voor een persoonlijke."""
    ns: dict = {}
    wb = Werkboek("h05", ns, seed=4242)
    data.kies_dataset(None)
    goed_standaard = h05._aantal_slapers()
    data.kies_dataset(4242)
    ns["aantal_slapers"] = goed_standaard
    assert goed_standaard != h05._aantal_slapers()
    assert not wb.controleer("5.8").goed
    data.kies_dataset(None)


# --- Studentproef h05 (PROEF_h05.md): wat het foutencorpus niet kan laten zien ---------------------------------


@pytest.fixture(scope="module")
def klein_warehouse(tmp_path_factory):
    from klantlib.bigdata import maak_warehouse

    return maak_warehouse(tmp_path_factory.mktemp("dw"), n_rijen=2_000, seed=11)


@pytest.mark.parametrize("vraag, stukje", [
    ("SELECT ... FROM transacties t JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer", "`...`"),
    ("SELECT count(DISTINCT concern_kvk) FROM transactie", "Bedoel je 'transacties'?"),
    ("SELECT count(DISTINCT concern_kvk) FROM transacties", "koppel die dan met JOIN"),
    ("SELECT count(*) FROM transacties WHERE soort = factuur", "enkele aanhalingstekens: 'factuur'"),
    ("SELECT b.sector, count(*) FROM transacties t JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer",
     "GROUP BY"),
    ("SELECT count(DISTINCT concern_kvk FROM bedrijven", "begrijpt je SQL-vraag niet"),
])
def test_sql_fout_geeft_nederlandse_uitleg(klein_warehouse, vraag, stukje):
    """Een tikfout in SQL gaf een lange Engelse DuckDB-traceback; nu een Nederlandse ValueError uit klantlib."""
    from klantlib.bigdata import SQLFout

    with pytest.raises(SQLFout) as fout:
        klein_warehouse.sql(vraag)
    assert isinstance(fout.value, ValueError)
    assert stukje in str(fout.value)
    assert fout.value.__cause__ is None and fout.value.__suppress_context__
    assert not re.search(r"Error:|does not exist|not found|Candidate", str(fout.value))


def test_warehouse_doet_verder_wat_duckdb_doet(klein_warehouse):
    assert klein_warehouse.sql("SELECT count(*) FROM transacties").fetchall()[0][0] == 2_000
    assert klein_warehouse.execute("SELECT 1").fetchall() == [(1,)]
    assert "transacties" in repr(klein_warehouse)


@pytest.mark.parametrize("cel, waarschuwing", [
    ("factor_cbs = 540.000 / 29.000", True),
    ("factor_cbs = 540_000 / 29_000", False),
    ("factor_cbs = 540000 / 29000", False),
    ("factor_cbs = round(540_000 / 29_000, 2)", False),
])
def test_5_1_duizendpunt_is_goed_met_waarschuwing(cel, waarschuwing):
    """540.000 / 29.000 klopt toevallig (beide 1000 keer te klein): goed, maar met uitleg over de punt."""
    ns = {"In": ["", "wb = Werkboek('h05', globals())", cel]}
    exec(cel, ns)
    oefening = next(o for o in h05.OEFENINGEN if o.id == "5.1")
    uitslag = oefening.controleer(ns)
    assert uitslag.status == GOED
    assert ("`29.000` het getal 29,0" in uitslag.tekst) is waarschuwing


def test_warehouse_kent_ook_pandas_tabellen_uit_het_notebook(klein_warehouse):
    """Zoals duckdb.sql: een DataFrame in de cel mag je bij naam gebruiken; de views van het warehouse gaan voor."""
    import pandas as pd

    mijn_lijst = pd.DataFrame({"x": [1, 2, 3]})
    assert klein_warehouse.sql("SELECT count(*) FROM mijn_lijst").fetchall()[0][0] == len(mijn_lijst)
    mijn_lijst = pd.DataFrame({"x": [1, 2, 3, 4]})
    assert klein_warehouse.sql("SELECT count(*) FROM mijn_lijst").fetchall()[0][0] == 4
    transacties = pd.DataFrame({"x": [1]})  # noqa: F841 - dezelfde naam als de view
    assert klein_warehouse.sql("SELECT count(*) FROM transacties").fetchall()[0][0] == 2_000
