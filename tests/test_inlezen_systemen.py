"""De profielen van systemen (klantlib/inlezen/systemen/) op exports in de stijl van elk systeem.

De bestanden staan in tests/data/systemen/ en komen uit tests/data/maak_exports.py
(maak_systemen). Per bestand staat hieronder wat eruit moet komen, met de hand uitgerekend
uit de inhoud: het herkende systeem, de rijen, de som van de bedragen, datums, nummers en
uitkomsten, en wat het verslag moet melden. Alles zonder opties: zo leest een
zelfstudent zijn export in.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from klantlib.inlezen import SCHEMA, InleesFout, lees_export
from klantlib.inlezen.profielen import kies_profiel, lees_profiel, profielen

SYSTEMEN = Path(__file__).resolve().parent / "data" / "systemen"
PEIL = "2025-12-31"
d = pd.Timestamp
NaT = pd.NaT


def _lees(naam, soort, **kw):
    return lees_export(SYSTEMEN / naam, soort, peildatum=PEIL, **kw)


# Verwachting: systeem (None = geen profiel), gelezen, gebruikt, apart [(rij, stukje reden)],
# som {kolom: som}, kolommen {kolom: waarden}, let_op [stukjes tekst in de waarschuwingen],
# klanten (facturen: tel_klanten op niveau bedrijf), funnel (leads), nps (enquetes).
GOED = [
    # --- boekhouding ---
    ("exact_online_verkoopfacturen.csv", "facturen", {
        "systeem": "Exact Online", "gelezen": 5, "gebruikt": 4, "apart": [(6, "conceptfactuur")],
        "som": {"bedrag": 2810.10},
        "kolommen": {"factuurnummer": ["25000101", "25000102", "25000103", "25000104"],
                     "klantnummer": ["1001", "1002", "1003", "1001"],
                     "soort": ["factuur", "factuur", "factuur", "creditnota"],
                     "bedrag": [1250.0, 800.0, 1010.10, -250.0],
                     "factuurdatum": [d("2025-01-06"), d("2025-01-13"), d("2025-02-03"), d("2025-02-10")]},
        "let_op": ["kolom 'Currency' noemt ook USD (rij 4)", "kolom 'AmountDC' zijn al omgerekend naar euro",
                   "spaties voor of na de tekst weggehaald in 5 waarde(n) van kolom 'AccountCode'",
                   "soort: 4 waarde(n) vertaald naar de woorden van de cursus ('Verkoopfactuur' -> factuur",
                   "1 creditnota('s)/retour(en) met samen -€ 250,00"],
        "klanten": 3}),
    ("twinfield_openstaande_posten.csv", "facturen", {
        "systeem": "Twinfield", "gelezen": 5, "gebruikt": 4, "apart": [(6, "totaalregel")],
        "som": {"bedrag": 3363.20},
        "kolommen": {"klantnummer": ["1000", "1001", "1002", "1000"],
                     "klantnaam": ["Bakkerij Van Dam B.V.", "Groen Advies V.O.F.", "Harbour Logistics Ltd",
                                   "Bakkerij Van Dam B.V."],
                     "bedrag": [1512.50, 968.0, 1185.20, -302.50],
                     "soort": ["factuur", "factuur", "factuur", "creditnota"]},
        "let_op": ["kolom 'Valuta' noemt ook GBP (rij 4)", "'Basisbedrag' zijn al omgerekend",
                   "hebben al een teken dat past bij kolom 'D/C'", "Totaalregel in rij 6", "€ 3.363,20 (klopt)"],
        "klanten": 3}),
    ("afas_financiele_mutaties.csv", "facturen", {
        "systeem": "AFAS Profit", "gelezen": 5, "gebruikt": 4, "apart": [(6, "totaalregel")],
        "som": {"bedrag": 3993.0},
        "kolommen": {"factuurnummer": ["F25-0001", "F25-0002", "F25-0003", "F25-0004"],
                     "klantnummer": ["00412", "00415", "00412", "00420"],
                     "klantnaam": ["Totaalbouw Nederland B.V.", "Kantoorhuis Delta B.V.", "Totaalbouw Nederland B.V.",
                                   "Zorggroep Eemland"],
                     "bedrag": [2420.0, 605.0, -242.0, 1210.0]},
        "let_op": ["bedrag = debet min credit", "1 regel(s) op credit tellen negatief, rij 4",
                   "1 keer een streepje zonder getal", "in kolom 'Bedrag debet', gelezen als € 0,00: rij 4",
                   "3 keer een streepje zonder getal", "€ 3.993,00 (klopt)"],
        "klanten": 3}),
    ("moneybird_facturen.csv", "facturen", {
        "systeem": "Moneybird", "gelezen": 5, "gebruikt": 4, "apart": [(6, "conceptfactuur")],
        "som": {"bedrag": 3785.36},
        "kolommen": {"klantnummer": ["0042", "0043", "0042", "0044"],
                     "kvk_nummer": ["01234567", np.nan, "01234567", "34123456"],
                     "bedrag": [1500.0, 1834.86, -300.0, 750.5],
                     "origineel_factuurnummer": [np.nan, np.nan, "2025-0001", np.nan],
                     "betaaldatum": [d("2025-01-20"), d("2025-02-01"), NaT, NaT]},
        "let_op": ["kolom 'currency' noemt ook USD (rij 3)", "'total_price_excl_tax_base' zijn al omgerekend",
                   "'3412 3456' -> '34123456'"],
        "klanten": 3}),
    ("snelstart_verkoopfacturen.csv", "facturen", {
        "systeem": "SnelStart", "gelezen": 4, "gebruikt": 3, "apart": [(4, "factuurdatum ontbreekt")],
        "som": {"bedrag": 1350.0},
        "kolommen": {"klantnaam": ["Totaalbouw Nederland B.V.", "Bakkerij Van Dam B.V.", "Groen Advies V.O.F."],
                     "klantnummer": ["1001", "1002", "1003"], "kvk_nummer": ["12345678", "01234567", "34123456"]},
        # Groen Advies heeft alleen een creditnota: geen klant op basis 'factuur'.
        "klanten": 2}),
    # --- CRM ---
    ("hubspot_deals_nl.csv", "leads", {
        "systeem": "HubSpot", "gebruikt": 5, "som": {"waarde": 30500.0},
        "kolommen": {"klantfase": ["gewonnen", "offerte", "verloren", "prospect", "gewonnen"],
                     "gewonnen_op": [d("2025-02-03"), NaT, NaT, NaT, d("2025-02-10")],
                     "verloren_op": [NaT, NaT, d("2025-02-20"), NaT, NaT]},
        "let_op": ["1 gewonnen deal(s) zonder gewonnen_op en zonder sluitdatum, rij 6",
                   "gewonnen_op = aanmaakdatum"],
        "funnel": [5, 5, 3, 2]}),
    ("hubspot_deals_valuta.csv", "leads", {
        "systeem": "HubSpot", "gebruikt": 3, "som": {"waarde": 16544.71},
        "kolommen": {"waarde": [9174.31, 5000.0, 2370.40]},
        "let_op": ["kolom 'Deal currency code' noemt ook GBP, USD", "'Amount in company currency' zijn al omgerekend"],
        "funnel": [3, 3, 2, 2]}),
    ("salesforce_opportunities.csv", "leads", {
        "systeem": "Salesforce", "gebruikt": 4, "som": {"waarde": 28000.0},
        "kolommen": {"aangemaakt_op": [d("2025-01-06"), d("2025-01-08"), d("2025-01-15"), d("2025-02-01")],
                     "sluitdatum": [d("2025-02-03"), d("2025-03-31"), d("2025-02-20"), d("2025-04-30")],
                     "klantfase": ["gewonnen", "offerte", "verloren", "prospect"],
                     "bron": ["Web", "Beurs", "Web", "Partner"]},
        "let_op": ["gelezen als maand-dag-jaar, zoals Salesforce exporteert",
                   "uitkomst komt uit kolom 'Won' en 'Closed': 1 gewonnen, 1 verloren, 2 open"],
        "funnel": [4, 4, 2, 1]}),
    ("salesforce_nl_verkoopkansen.csv", "leads", {
        "systeem": "Salesforce (Nederlands)", "gebruikt": 3, "som": {"waarde": 25000.0},
        "kolommen": {"klantfase": ["gewonnen", "offerte", "verloren"],
                     "sluitdatum": [d("2025-02-03"), d("2025-03-31"), d("2025-02-20")]},
        "funnel": [3, 3, 2, 1]}),
    ("pipedrive_deals.csv", "leads", {
        "systeem": "Pipedrive", "gelezen": 6, "gebruikt": 5, "apart": [(7, "verwijderde deal")],
        "som": {"waarde": 30500.0},
        "kolommen": {"klantfase": ["gewonnen", "gewonnen", "gewonnen", "verloren", "prospect"],
                     "gewonnen_op": [d("2025-02-03"), d("2025-02-14"), d("2025-01-31"), NaT, NaT],
                     "verloren_op": [NaT, NaT, NaT, d("2025-02-20"), NaT]},
        "let_op": ["uitkomst komt uit kolom 'Deal - Status': 3 gewonnen, 1 verloren, 1 open",
                   "Bij 4 deal(s) stond de fase nog ergens anders (rijen 2, 3, 4 en 5)",
                   "Uit het bestand: gewonnen_op, verloren_op"],
        "funnel": [5, 5, 3, 3]}),
    ("teamleader_deals.csv", "leads", {
        "systeem": "Teamleader Focus", "gebruikt": 4, "som": {"waarde": 28000.0},
        "kolommen": {"klantfase": ["gewonnen", "offerte", "verloren", "lead"],
                     "gewonnen_op": [d("2025-02-03"), NaT, NaT, NaT],
                     "verloren_op": [NaT, NaT, d("2025-02-20"), NaT],
                     "verkoper": ["Anna de Vries", "Bram Smit", "Anna de Vries", "Bram Smit"]},
        "let_op": ["uitkomst komt uit kolom 'Status': 1 gewonnen, 1 verloren, 2 open"],
        "funnel": [4, 3, 2, 1]}),
    # --- enquêtes ---
    ("google_formulieren.csv", "enquetes", {
        "systeem": "Google Formulieren", "gebruikt": 4,
        "kolommen": {"datum": [d("2025-03-13"), d("2025-03-14"), d("2025-03-15"), d("2025-04-02")],
                     "score": [10, 6, 8, 9],
                     "verbeterpunt": ["Snelle levering", "Factuur klopte niet", np.nan, "Vast aanspreekpunt"]},
        "nps": 25.0}),
    ("microsoft_forms.xlsx", "enquetes", {
        "systeem": "Microsoft Forms", "gebruikt": 3,
        "kolommen": {"enquete_id": ["1", "2", "3"], "datum": [d("2025-03-13"), d("2025-03-14"), d("2025-04-01")],
                     "score": [10, 3, 7]},
        "nps": 0.0}),
    ("surveymonkey_antwoorden.csv", "enquetes", {
        "systeem": "SurveyMonkey", "gelezen": 3, "gebruikt": 3, "kopregel": 2,
        "kolommen": {"enquete_id": ["114000000001", "114000000002", "114000000003"],
                     "datum": [d("2025-03-13"), d("2025-03-14"), d("2025-04-02")], "score": [10, 5, 9],
                     "verbeterpunt": ["Fast delivery", "Invoice was wrong", np.nan]},
        "let_op": ["Rij 2 is een tweede kopregel", "gelezen als maand-dag-jaar, zoals SurveyMonkey exporteert"],
        "nps": 100 / 3}),
    ("typeform_antwoorden.csv", "enquetes", {
        "systeem": "Typeform", "gebruikt": 3,
        "kolommen": {"enquete_id": ["a1b2c3", "d4e5f6", "g7h8i9"],
                     "datum": [d("2025-03-13"), d("2025-03-15"), d("2025-04-02")], "score": [9, 2, 8],
                     "verbeterpunt": ["Goede service", "Slechte levering", np.nan]},
        "nps": 0.0}),
    # --- algemene valkuilen ---
    ("creditnota_in_soort.csv", "facturen", {
        "systeem": None, "gebruikt": 3, "som": {"bedrag": 1150.0},
        "kolommen": {"bedrag": [1000.0, -250.0, 400.0], "soort": ["factuur", "creditnota", "factuur"]},
        "let_op": ["het teken staat in de soort", "negatief gemaakt (samen -€ 250,00), rij 3",
                   "1 creditnota('s)/retour(en) met samen -€ 250,00"]}),
    ("creditnota_in_omschrijving.csv", "facturen", {
        "systeem": None, "gebruikt": 3, "som": {"bedrag": 1650.0},
        "let_op": ["Kolom 'Omschrijving' noemt een creditnota of retour", "rij 3", "tellen als factuur",
                   "kolommen={'Omschrijving': 'soort'}"]}),
    ("debiteurnummer_en_dc.csv", "facturen", {
        "systeem": None, "gebruikt": 3, "som": {"bedrag": 1130.0},
        "kolommen": {"klantnummer": ["1000", "1001", "1000"],
                     "klantnaam": ["Bakkerij Van Dam B.V.", "Groen Advies V.O.F.", "Bakkerij Van Dam B.V."],
                     "bedrag": [500.0, 750.0, -120.0]},
        "let_op": ["kolom 'Debiteur' bevat nummers (zoals '1000'), geen namen: gebruikt als klantnummer",
                   "1 bedrag(en) met credit in kolom 'D/C' negatief gemaakt"],
        "klanten": 2}),
    ("kwartaal_subtotalen.csv", "facturen", {
        "systeem": None, "gelezen": 7, "gebruikt": 4,
        "apart": [(4, "totaalregel"), (7, "totaalregel"), (8, "totaalregel")], "som": {"bedrag": 2000.0},
        "kolommen": {"klantnaam": ["Atelier Zon B.V.", "Totaalbouw Nederland B.V.", "Groen Advies V.O.F.",
                                   "Totaalbouw Nederland B.V."]},
        "let_op": ["rij 4 niet meegeteld: bedrag € 1.500,00; som van de gebruikte rijen erboven € 1.500,00 (klopt)",
                   "rij 7 niet meegeteld: bedrag € 500,00; som van de gebruikte rijen 5 t/m 6: € 500,00 (klopt)",
                   "rij 8 niet meegeteld: bedrag € 2.000,00; som van alle gebruikte rijen erboven € 2.000,00 (klopt)"],
        "geen": ["wijkt af"]}),
    ("datums_jjjjmmdd.csv", "facturen", {
        "systeem": None, "gebruikt": 2,
        "kolommen": {"factuurdatum": [d("2025-01-06"), d("2025-02-13")], "betaaldatum": [d("2025-01-20"), NaT]},
        "let_op": ["datums als JJJJMMDD (zoals '20250106')"]}),
    ("datums_ampm.csv", "facturen", {
        "systeem": None, "gebruikt": 2, "kolommen": {"factuurdatum": [d("2025-03-13"), d("2025-03-14")]},
        "let_op": ["Tijdstippen weggelaten"]}),
    ("deals_zonder_sluitdatum.csv", "leads", {
        "systeem": None, "gebruikt": 3,
        "kolommen": {"gewonnen_op": [d("2025-01-06"), NaT, NaT], "verloren_op": [NaT, NaT, d("2025-01-20")]},
        "let_op": ["gewonnen_op: 1 gewonnen deal(s) zonder gewonnen_op en zonder sluitdatum, rij 2",
                   "verloren_op: 1 verloren deal(s) zonder verloren_op en zonder sluitdatum, rij 4",
                   "waar die ontbreekt: de aanmaakdatum"],
        "funnel": [3, 3, 2, 1]}),
    ("leads_alleen_status.csv", "leads", {
        "systeem": None, "gebruikt": 3,
        "kolommen": {"klantfase": ["gewonnen", "prospect", "verloren"],
                     "gewonnen_op": [d("2025-02-03"), NaT, NaT], "verloren_op": [NaT, NaT, d("2025-02-24")]},
        "let_op": ["1 open deal(s) zonder fase tellen als prospect"],
        "funnel": [3, 3, 1, 1]}),
]

FOUT = [
    ("valuta_zonder_euro.csv", "facturen", {}, ["'valuta_zonder_euro.csv'", "kolom 'Valuta'", "GBP, USD",
                                               "rijen 3 en 4", "Kolom 'Bedrag'", "omgerekend naar euro"]),
    ("dollarteken_in_bedrag.csv", "facturen", {}, ["kolom 'Amount'", "rij 2 ('$1,200.00')",
                                                  "andere valuta dan de euro"]),
    # Zelf de bedragkolom in dollars kiezen: dan wisselen we niet stil naar de kolom in euro, maar stoppen.
    ("moneybird_facturen.csv", "facturen", {"kolommen": {"total_price_excl_tax": "bedrag"}},
     ["kolom 'currency' noemt bedragen in USD", "Kolom 'total_price_excl_tax'"]),
]


def _id(geval):
    return geval[0]


@pytest.mark.parametrize("geval", GOED, ids=[_id(g) for g in GOED])
def test_systeemexport_zonder_opties(geval):
    bestand, soort, verwacht = geval
    df, verslag = _lees(bestand, soort)
    assert list(df.columns) == list(SCHEMA[soort])
    assert verslag.systeem == verwacht["systeem"], verslag.herkend
    if verwacht["systeem"] is not None:
        assert verslag.herkend.startswith(f"Herkend als export van {verwacht['systeem']}")
        assert str(verslag).splitlines()[1] == verslag.herkend
    assert verslag.rijen_gelezen == verslag.rijen_gebruikt + verslag.rijen_apart  # niets stil weg
    for sleutel in ("gelezen", "gebruikt", "kopregel"):
        if sleutel in verwacht:
            werkelijk = {"gelezen": verslag.rijen_gelezen, "gebruikt": verslag.rijen_gebruikt,
                         "kopregel": verslag.kopregel}[sleutel]
            assert werkelijk == verwacht[sleutel], sleutel
    apart = list(zip(verslag.apart_gezet["rij"], verslag.apart_gezet["reden"]))
    assert len(apart) == len(verwacht.get("apart", [])), apart
    for (rij, reden), (rij_v, stukje) in zip(apart, verwacht.get("apart", [])):
        assert rij == rij_v and stukje in reden, (rij, reden)
    for kolom, som in verwacht.get("som", {}).items():
        assert df[kolom].sum() == pytest.approx(som), kolom
    for kolom, waarden in verwacht.get("kolommen", {}).items():
        werkelijk = df[kolom].tolist()
        assert len(werkelijk) == len(waarden), (kolom, werkelijk)
        for w, v in zip(werkelijk, waarden):
            if pd.isna(v):
                assert pd.isna(w), (kolom, werkelijk)
            elif isinstance(v, float):
                assert w == pytest.approx(v), (kolom, werkelijk)
            else:
                assert w == v, (kolom, werkelijk)
    tekst = "\n".join(verslag.waarschuwingen)
    for stukje in verwacht.get("let_op", []):
        assert stukje in tekst, (stukje, tekst)
    for stukje in verwacht.get("geen", []):
        assert stukje not in tekst, (stukje, tekst)
    if "klanten" in verwacht:
        from klantlib.definitie import tel_klanten
        assert tel_klanten(df, niveau="bedrijf", basis="factuur", periode_maanden=12, peildatum=PEIL) == \
            verwacht["klanten"]
    if "funnel" in verwacht:
        from klantlib.funnel import funnel_uit_leads
        assert funnel_uit_leads(df)["aantal"].tolist() == verwacht["funnel"]
    if "nps" in verwacht:
        from klantlib.nps import nps
        assert float(nps(df["score"])) == pytest.approx(verwacht["nps"])


@pytest.mark.parametrize("geval", FOUT, ids=[g[0] + ("-" + "-".join(g[2]) if g[2] else "") for g in FOUT])
def test_systeemexport_stopt_met_uitleg(geval):
    bestand, soort, kw, stukjes = geval
    with pytest.raises(InleesFout) as fout:
        _lees(bestand, soort, **kw)
    for stukje in stukjes:
        assert stukje in str(fout.value), (stukje, str(fout.value))


def test_elk_bestand_getest_en_elk_systeem_heeft_een_export():
    bestanden = {p.name for p in SYSTEMEN.iterdir()}
    getest = {g[0] for g in GOED} | {g[0] for g in FOUT}
    assert bestanden == getest, bestanden ^ getest
    herkend = {v["systeem"] for _, _, v in GOED if v["systeem"]}
    assert herkend == {p.naam for p in profielen()}, {p.naam for p in profielen()} - herkend


def test_generator_maakt_dezelfde_systeembestanden(tmp_path):
    spec = importlib.util.spec_from_file_location("maak_exports", SYSTEMEN.parent / "maak_exports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    namen = module.maak_systemen(tmp_path)
    assert namen == sorted(p.name for p in SYSTEMEN.iterdir())
    for naam in namen:
        assert (tmp_path / naam).read_bytes() == (SYSTEMEN / naam).read_bytes(), naam


# ---------------------------------------------------------------------------
# Profielen: herkennen, opgeven, uitzetten, zelf maken
# ---------------------------------------------------------------------------

def test_profielen_zijn_geldig_en_herkenbaar():
    from klantlib.inlezen.schema import SYNONIEMEN_INDEX

    namen = [p.naam for p in profielen()]
    assert len(namen) == len(set(namen)) >= 14
    for p in profielen():
        eigen = [k for k in p.herken if k not in SYNONIEMEN_INDEX[p.soort]]
        assert eigen, f"{p.bestand}: geen enkele kolom om het systeem aan te herkennen die niet algemeen is"
        assert p.minimaal <= len(p.herken)


def test_geen_profiel_op_algemene_koppen():
    # Alleen namen die elke export heeft, zijn geen bewijs voor een systeem.
    profiel, tekst = kies_profiel(["Factuurnummer", "Factuurdatum", "Klant", "Bedrag", "Vervaldatum", "Status"],
                                  "facturen", None, "x.csv")
    assert profiel is None and tekst is None


def test_systeem_uitzetten_geeft_hetzelfde_bedrag_via_de_algemene_regels():
    met, v1 = _lees("twinfield_openstaande_posten.csv", "facturen")
    zonder, v2 = _lees("twinfield_openstaande_posten.csv", "facturen", systeem=False)
    assert v2.systeem is None and v2.herkend is None
    # Zonder profiel: 'Bedrag' (in de valuta van de boeking) is eerst de bedragkolom, maar de kolom Valuta
    # noemt GBP: dan telt het bedrag in euro uit 'Basisbedrag'. De klantnaam komt uit 'Naam' ('Debiteur' = nummer).
    assert zonder["bedrag"].tolist() == met["bedrag"].tolist()
    assert zonder["klantnaam"].tolist() == met["klantnaam"].tolist()
    assert any("telt het bedrag in euro uit kolom 'Basisbedrag', niet kolom 'Bedrag'" in w for w in v2.waarschuwingen)
    assert any("kolom 'Debiteur' bevat nummers" in w for w in v2.waarschuwingen)


def test_systeem_opgeven_en_fouten():
    df, v = _lees("debiteurnummer_en_dc.csv", "facturen", systeem="twinfield")
    assert v.systeem == "Twinfield" and v.herkend.startswith("Gelezen als export van Twinfield (systeem='twinfield')")
    assert df["klantnummer"].tolist() == ["1000", "1001", "1000"]
    with pytest.raises(InleesFout, match="systeem='Boekhoudsoft' ken ik niet. Bekende systemen: AFAS Profit"):
        _lees("debiteurnummer_en_dc.csv", "facturen", systeem="Boekhoudsoft")
    with pytest.raises(InleesFout, match="systeem='HubSpot' heeft geen profiel voor soort='facturen'"):
        _lees("debiteurnummer_en_dc.csv", "facturen", systeem="HubSpot")


def test_eigen_opties_gaan_voor_het_profiel():
    df, _ = _lees("hubspot_deals_nl.csv", "leads", fasen={"Contract verzonden": "prospect"})
    assert df["klantfase"].tolist()[1] == "prospect"  # het profiel zegt offerte
    df, v = _lees("exact_online_verkoopfacturen.csv", "facturen", kolommen={"Description": "product"})
    assert df["product"].tolist() == ["Werkplekken", "Monitoren", "Laptops", "Retour stoel"]  # profiel: niet gebruiken
    df, v = _lees("exact_online_verkoopfacturen.csv", "facturen", kolommen={"StatusDescription": None})
    assert v.rijen_gebruikt == 5  # zonder statuskolom telt het concept wel mee


def test_eigen_profiel_van_een_docent(tmp_path):
    profiel = tmp_path / "mijnpakket.ini"
    profiel.write_text(
        "; Een eigen pakket\n[systeem]\nnaam = Mijn Pakket\nsoort = facturen\nherken = Docnr | Relnr | Netto\n"
        "minimaal = 2\n\n[kolommen]\nDocnr = factuurnummer\nDocdatum = factuurdatum\nRelnr = klantnummer\n"
        "Relnaam = klantnaam\nNetto = bedrag\nTeken = debet_credit\n\n[debet_credit]\nplus = debet\nmin = credit\n",
        encoding="utf-8")
    bestand = tmp_path / "export.csv"
    bestand.write_text("Docnr;Docdatum;Relnr;Relnaam;Netto;Teken\nD1;13-01-2025;007;Atelier Zon;100,00;plus\n"
                       "D2;14-01-2025;007;Atelier Zon;40,00;min\n", encoding="utf-8")
    df, v = lees_export(bestand, "facturen", systeem=profiel, peildatum=PEIL)
    assert v.systeem == "Mijn Pakket"
    assert df["bedrag"].tolist() == [100.0, -40.0] and df["klantnummer"].tolist() == ["007", "007"]


def test_voorbeeld_in_de_leesmij_is_een_geldig_profiel(tmp_path):
    import re

    from klantlib.inlezen.profielen import MAP

    leesmij = (MAP / "LEESMIJ.md").read_text(encoding="utf-8")
    voorbeeld = re.search(r"```ini\n(.*?)```", leesmij, re.S)[1]
    pad = tmp_path / "mijn_pakket.ini"
    pad.write_text(voorbeeld, encoding="utf-8")
    profiel = lees_profiel(pad)
    assert profiel.naam == "Mijn Pakket" and profiel.kolommen["memo"] == (None, 6)
    assert profiel.waarden["debet_credit"] == {"plus": "debet", "min": "credit"}


def test_bekende_systemen():
    from klantlib.inlezen import bekende_systemen

    tabel = bekende_systemen()
    assert set(tabel["naam"]) >= {"Exact Online", "Twinfield", "AFAS Profit", "Moneybird", "SnelStart", "HubSpot",
                                  "Salesforce", "Pipedrive", "Teamleader Focus", "Google Formulieren",
                                  "Microsoft Forms", "SurveyMonkey", "Typeform"}
    assert tabel["soort"].tolist() == sorted(tabel["soort"], key=["facturen", "leads", "enquetes"].index)


@pytest.mark.parametrize("inhoud, stukje", [
    ("[systeem]\nnaam = X\nsoort = klanten\nherken = A\n", "soort 'klanten' bestaat niet"),
    ("[systeem]\nnaam = X\nsoort = facturen\nherken = A\n[kolommen]\nA = omzet\n", "'omzet' is geen kolom"),
    ("[systeem]\nnaam = X\nsoort = leads\nherken = A\n[fasen]\nDemo = bijna\n", "[fasen] Demo = bijna"),
    ("[kolommen]\nA = bedrag\n", "de sectie [systeem] ontbreekt"),
])
def test_fout_in_een_profiel_noemt_bestand_en_regel(tmp_path, inhoud, stukje):
    pad = tmp_path / "fout.ini"
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(InleesFout) as fout:
        lees_profiel(pad)
    assert "'fout.ini'" in str(fout.value) and stukje in str(fout.value)


# ---------------------------------------------------------------------------
# Losse regels die de profielen gebruiken
# ---------------------------------------------------------------------------

def test_dc_kolom_die_alles_op_credit_zet_geeft_een_fout(tmp_path):
    pad = tmp_path / "omzetrekening.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag;D/C\nA;13-01-2025;X;100,00;C\nB;14-01-2025;Y;50,00;C\n",
                   encoding="utf-8")
    with pytest.raises(InleesFout, match="alle regels staan op credit.*omzetrekening"):
        lees_export(pad, peildatum=PEIL)


def test_dc_kolom_die_het_teken_tegenspreekt_geeft_een_fout(tmp_path):
    pad = tmp_path / "tegenspraak.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag;D/C\nA;13-01-2025;X;100,00;D\nB;14-01-2025;Y;-50,00;D\n"
                   "C;15-01-2025;Y;-20,00;C\n", encoding="utf-8")
    with pytest.raises(InleesFout, match="rij 3: -50 met 'D'"):
        lees_export(pad, peildatum=PEIL)


def test_onbekende_dc_waarden_geven_een_fout(tmp_path):
    pad = tmp_path / "dc.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag;D/C\nA;13-01-2025;X;100,00;J\n", encoding="utf-8")
    with pytest.raises(InleesFout, match="de waarden 'J' ken ik niet als debet of credit"):
        lees_export(pad, peildatum=PEIL)


def test_streepje_als_nul_alleen_bij_bedragen(tmp_path):
    pad = tmp_path / "nps.csv"
    pad.write_text("Respons ID;Score\nR1;9\nR2;-\nR3;7\nR4;8\n", encoding="utf-8")
    # Een streepje in een scorekolom is geen 0 (dat zou een criticaster zijn), maar geen getal: rij apart.
    df, v = lees_export(pad, "enquetes", peildatum=PEIL)
    assert df["score"].tolist() == [9, 7, 8]
    assert v.apart_gezet["rij"].tolist() == [3] and "geen getal in kolom 'Score'" in v.apart_gezet["reden"].iloc[0]


def test_belangrijke_kolom_niet_gebruikt_geeft_een_waarschuwing(tmp_path):
    pad = tmp_path / "leads.csv"
    pad.write_text("Lead ID;Aangemaakt op;Bedrijfsnaam;Munteenheid;Gewonnen/verloren\nL1;13-01-2025;X;EUR;ja\n",
                   encoding="utf-8")
    _, v = lees_export(pad, "leads", peildatum=PEIL)
    tekst = "\n".join(v.waarschuwingen)
    assert "Kolom 'Munteenheid' is niet gebruikt, maar lijkt de valuta te bevatten" in tekst
    assert "Kolom 'Gewonnen/verloren' is niet gebruikt, maar lijkt de uitkomst van de deal te bevatten" in tekst
    _, v = lees_export(pad, "leads", peildatum=PEIL, kolommen={"Gewonnen/verloren": None, "Munteenheid": None})
    assert "lijkt" not in "\n".join(v.waarschuwingen)


def test_klant_die_totaal_heet_is_geen_totaalregel(tmp_path):
    pad = tmp_path / "totaal.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag\nT1;13-01-2025;Totaal Installatie B.V.;\n"
                   "T2;14-01-2025;Totaalbouw B.V.;50,00\n;;Totaal;50,00\n", encoding="utf-8")
    df, v = lees_export(pad, peildatum=PEIL)
    redenen = dict(zip(v.apart_gezet["rij"], v.apart_gezet["reden"]))
    # Rij 2 is een klant zonder bedrag (met factuurnummer), rij 4 de totaalregel (zonder factuurnummer).
    assert "bedrag ontbreekt" in redenen[2] and "totaalregel" in redenen[4]
    assert df["klantnaam"].tolist() == ["Totaalbouw B.V."]


def test_nummers_in_de_naamkolom_van_leads(tmp_path):
    pad = tmp_path / "leads.csv"
    pad.write_text("Lead ID;Aangemaakt op;Klant;Naam\nL1;13-01-2025;10023;Atelier Zon\nL2;14-01-2025;10024;Delta\n",
                   encoding="utf-8")
    df, v = lees_export(pad, "leads", peildatum=PEIL)
    assert df["bedrijfsnaam"].tolist() == ["Atelier Zon", "Delta"]
    assert "Klant" in v.niet_gebruikt  # de kolom met nummers doet niet mee, en dat staat in het verslag
    assert any("kolom 'Klant' bevat nummers (zoals '10023'), geen namen: niet gebruikt" in w for w in v.waarschuwingen)


def test_ontbrekende_profielen_staan_in_het_verslag(monkeypatch, tmp_path):
    from klantlib.inlezen import profielen as module

    monkeypatch.setattr(module, "_ingebouwd", lambda: ())
    _, v = _lees("exact_online_verkoopfacturen.csv", "facturen")
    assert v.systeem is None and "de profielen van systemen ontbreken" in v.tekst()
