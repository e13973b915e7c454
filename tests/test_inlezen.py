"""Tests voor klantlib.inlezen: de proefbestanden, losse waarden, pseudoniemen en een eigenschap.

De proefbestanden staan in tests/data/exports/ en worden gemaakt door
tests/data/maak_exports.py. Per bestand staat hieronder de verwachte
uitkomst, met de hand uitgerekend uit de inhoud van het bestand.
"""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantlib.inlezen import (
    SCHEMA,
    InleesFout,
    lees_bedrag,
    lees_datum,
    lees_export,
    pseudonimiseer,
    voorbeeldbestand,
)

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
PEIL = "2025-12-31"
d = pd.Timestamp


def _lees(naam, soort="facturen", **kw):
    return lees_export(EXPORTS / naam, soort, peildatum=PEIL, **kw)


# ---------------------------------------------------------------------------
# De proefbestanden: bestand, soort, extra argumenten, verwachting
# ---------------------------------------------------------------------------
# Verwachting bij succes: dict met
#   gebruikt, gelezen, kopregel: getallen
#   apart: lijst (rij, stukje reden)
#   kolommen: {kolom: lijst waarden}
#   codering: stukje tekst
#   let_op: stukjes tekst die in de waarschuwingen moeten staan
# Verwachting bij een fout: {"fout": [stukjes tekst]}.

GOED = [
    ("01_puntkomma_komma_cp1252.csv", "facturen", {}, {
        "gelezen": 3, "gebruikt": 3, "codering": "Windows-1252",
        "kolommen": {"bedrag": [1234.56, 99.95, 12500.0],
                     "klantnaam": ["Café De Zwaan B.V.", "Bakkerij Ölmez", "Café De Zwaan B.V."],
                     "factuurdatum": [d("2024-03-05"), d("2024-03-18"), d("2024-04-02")]},
        "let_op": ["soort: geen kolom gevonden"]}),
    ("02_bom_engelse_koppen.csv", "facturen", {}, {
        "gebruikt": 2, "codering": "UTF-8 met BOM",
        "kolommen": {"factuurnummer": ["1001", "1002"], "bedrag": [1234.5, -200.0],
                     "klantnaam": ["Zuidwest Logistiek B.V.", "Noordhaven N.V."],
                     "soort": ["factuur", "creditnota"]},
        "let_op": ["1 creditnota", "-€ 200,00", "rij 3"]}),
    ("03_excel_titelregel.xlsx", "facturen", {}, {
        "kopregel": 3, "gelezen": 4, "gebruikt": 3, "codering": "Excel",
        "apart": [(6, "bedrag ontbreekt")],
        "kolommen": {"factuurnummer": ["F-01", "F-02", "F-04"], "bedrag": [100.0, 250.5, 75.25]}}),
    ("06_totaalregel.csv", "facturen", {}, {
        "gelezen": 4, "gebruikt": 3, "apart": [(5, "totaalregel")],
        "kolommen": {"bedrag": [100.0, 250.5, 49.5]},
        "let_op": ["Totaalregel in rij 5", "€ 400,00", "(klopt)"]}),
    ("07_samengevoegde_koppen.xlsx", "facturen", {}, {
        "kopregel": 2, "gebruikt": 2,
        "kolommen": {"factuurnummer": ["2024-17", "2024-18"], "bedrag": [1000.0, 500.0],
                     "klantnaam": ["Atelier Zon", "Atelier Zon"],
                     "factuurdatum": [d("2024-05-01"), d("2024-05-02")]}}),
    ("08_gemengde_datums.csv", "facturen", {}, {
        "gebruikt": 5,
        "kolommen": {"factuurdatum": [d("2024-03-05"), d("2024-03-15"), d("2024-04-05"), d("2024-04-16"),
                                      d("2024-05-03")]},
        "let_op": ["verschillende datumnotaties"]}),
    ("09_valutatekens.csv", "facturen", {}, {
        "gebruikt": 4, "kolommen": {"bedrag": [1234.56, 250.0, -12.5, 7.0]}}),
    ("11_tab.tsv", "facturen", {}, {"gebruikt": 2, "kolommen": {"bedrag": [10.5, 20.25]}}),
    ("12_engels_duizendtallen.csv", "facturen", {}, {
        "gebruikt": 3, "kolommen": {"bedrag": [1234.56, 12000.0, 99.5]}}),
    ("13_min_achter.csv", "facturen", {}, {"kolommen": {"bedrag": [1234.56, -1234.56]}}),
    ("14_haakjes.csv", "facturen", {}, {"kolommen": {"bedrag": [1000.0, -250.0]}}),
    ("15_dubbelzinnig_bedrag.csv", "facturen", {"decimaalteken": ","}, {
        "kolommen": {"bedrag": [1234.0, 2500.0, 750.0]}}),
    ("15_dubbelzinnig_bedrag.csv", "facturen", {"decimaalteken": "."}, {
        "kolommen": {"bedrag": [1.234, 2.5, 750.0]}}),
    ("17_maand_eerst.csv", "facturen", {"datumvolgorde": "mdj"}, {
        "kolommen": {"factuurdatum": [d("2024-03-25"), d("2024-04-02")]}}),
    ("18_dubbelzinnige_datums.csv", "facturen", {"datumvolgorde": "dmj"}, {
        "kolommen": {"factuurdatum": [d("2024-03-05"), d("2024-04-06")]}}),
    ("18_dubbelzinnige_datums.csv", "facturen", {"datumvolgorde": {"factuurdatum": "mdj"}}, {
        "kolommen": {"factuurdatum": [d("2024-05-03"), d("2024-06-04")]}}),
    ("19_excel_serienummers.xlsx", "facturen", {}, {
        "kolommen": {"factuurdatum": [d("2024-03-05"), d("2024-03-06")]},
        "let_op": ["Excel-datumgetallen"]}),
    ("20_excel_getallen.xlsx", "facturen", {}, {
        "kolommen": {"factuurnummer": ["20240001", "20240002"], "bedrag": [1234.56, -99.0],
                     "factuurdatum": [d("2024-01-31"), d("2024-02-29")],
                     "betaaldatum": [d("2024-02-15"), pd.NaT]}}),
    ("21_voorloopnullen.csv", "facturen", {}, {
        "kolommen": {"factuurnummer": ["000123", "000124"],
                     "vestigingsnummer": ["000012345678", "000012345678"]}}),
    ("23_eigen_namen.csv", "facturen",
     {"kolommen": {"Nr.": "factuurnummer", "Datum doc.": "factuurdatum", "Omschr. debiteur": "klantnaam",
                   "Netto EUR": "bedrag"}}, {
        "gebruikt": 2, "kolommen": {"factuurnummer": ["Q1", "Q2"], "bedrag": [10.0, 20.0]}}),
    ("23_eigen_namen.csv", "facturen",  # andersom opgegeven mag ook
     {"kolommen": {"factuurnummer": "Nr.", "factuurdatum": "Datum doc.", "klantnaam": "Omschr. debiteur",
                   "bedrag": "Netto EUR"}}, {"gebruikt": 2}),
    ("25_dubbele_nummers.csv", "facturen", {}, {
        "gebruikt": 5, "let_op": ["precies gelijk", "rijen 2 en 3", "factuurnummer: 1 nummer(s)", "rijen 4 en 5"]}),
    ("26_creditnota.csv", "facturen", {}, {
        "kolommen": {"soort": ["factuur", "creditnota", "factuur"],
                     "origineel_factuurnummer": [np.nan, "T1", np.nan]},
        "let_op": ["1 creditnota", "-€ 500,00"]}),
    ("27_toekomst.csv", "facturen", {}, {
        "gebruikt": 2, "let_op": ["1 datum(s) na 31-12-2025", "rij 3"]}),
    ("28_lege_regels.csv", "facturen", {}, {
        "gelezen": 4, "gebruikt": 2, "apart": [(3, "lege rij"), (4, "lege rij")],
        "kolommen": {"factuurnummer": ["V1", "V2"]}}),
    ("29_onleesbare_datum.csv", "facturen", {}, {
        "gebruikt": 3, "apart": [(3, "geen datum")], "kolommen": {"factuurnummer": ["W1", "W3", "W4"]}}),
    ("31_utf16_tab.txt", "facturen", {}, {
        "codering": "UTF-16", "kolommen": {"klantnaam": ["Étoile B.V."]}}),
    ("32_meerdere_bladen.xlsx", "facturen", {}, {
        "kolommen": {"factuurnummer": ["Z1"]}, "let_op": ["2 bladen", "'Facturen'"]}),
    ("32_meerdere_bladen.xlsx", "facturen", {"blad": "Facturen"}, {"kolommen": {"factuurnummer": ["Z1"]}}),
    ("32_meerdere_bladen.xlsx", "facturen", {"blad": 1}, {"kolommen": {"factuurnummer": ["Z1"]}}),
    ("33_moneybird_achtig.csv", "facturen", {}, {
        "kolommen": {"factuurnummer": ["2024-0001", "2024-0002"], "bedrag": [100.0, 250.75]}}),
    ("34_punt_datums.csv", "facturen", {}, {
        "kolommen": {"factuurdatum": [d("2024-03-13"), d("2024-04-01")]}}),
    ("35_bedrag_leeg_en_fout.csv", "facturen", {}, {
        "gelezen": 5, "gebruikt": 3, "apart": [(3, "bedrag ontbreekt"), (4, "'tien euro'")]}),
    ("37_hubspot_deals.csv", "leads", {}, {
        "gebruikt": 4,
        "kolommen": {"lead_id": ["9001", "9002", "9003", "9004"],
                     "klantfase": ["gewonnen", "offerte", "verloren", "prospect"],
                     "aangemaakt_op": [d("2024-03-05"), d("2024-03-06"), d("2024-03-07"), d("2024-03-08")],
                     "gewonnen_op": [d("2024-04-01"), pd.NaT, pd.NaT, pd.NaT],
                     "verloren_op": [pd.NaT, pd.NaT, d("2024-03-28"), pd.NaT],
                     "waarde": [12000.0, 8000.0, 5000.0, 3000.0]},
        "let_op": ["Tijdstippen weggelaten", "Fasedatums ontbreken"]}),
    ("38_leads_nl.csv", "leads", {}, {
        "kolommen": {"prospect_op": [d("2024-01-20"), pd.NaT, d("2024-01-25")],
                     "offerte_op": [d("2024-02-01"), pd.NaT, pd.NaT],
                     "waarde": [12000.0, np.nan, 5000.0]},
        "let_op": ["kolom 'Aangemaakt op' in hetzelfde bestand zeker dag-maand-jaar"]}),
    ("39_enquete.csv", "enquetes", {}, {
        "gelezen": 5, "gebruikt": 4, "apart": [(5, "score ligt niet tussen 0 en 10")],
        "kolommen": {"score": [9, 6, pd.NA, 10], "enquete_id": ["R1", "R2", "R3", "R5"],
                     "contact_id": ["anna@atelierzon.example", "bram@groenadvies.example",
                                    "cor@noordhaven.example", "eva@delta.example"]}}),
    ("40_bedrijven_kvk.xlsx", "bedrijven", {}, {
        "kolommen": {"kvk_nummer": ["01234567", "87654321"], "medewerkers": [12, 250],
                     "hoofdvestiging": [True, False]},
        "let_op": ["voorloopnullen"]}),
    ("44_puntkomma_aan_eind.csv", "facturen", {}, {"gebruikt": 2, "kolommen": {"bedrag": [10.0, 20.0]}}),
    ("45_kvk_en_debiteurcode.csv", "facturen", {}, {
        "gelezen": 6, "gebruikt": 6,
        "kolommen": {"klantnummer": ["000123", "000123", "000456", "000457", "000789", "000789"],
                     "kvk_nummer": ["01234567", "01234567", "34123456", "34123457", np.nan, np.nan],
                     "concern_kvk": [np.nan, np.nan, "90000001", "90000001", np.nan, np.nan],
                     "klantnaam": ["Bakkerij Van Dam B.V.", "Bakkerij van Dam BV", "Groen Advies V.O.F.",
                                   "Groen Advies Noord B.V.", "Atelier Zon", "Atelier Zon Utrecht"],
                     "bedrag": [1250.0, 300.0, 800.0, 450.0, 99.95, 500.0]},
        "let_op": ["spaties of punten weggehaald uit 1 nummer(s) in kolom 'KvK-nummer'", "'3412 3456' -> '34123456'",
                   "rij 4", "geen KvK-nummer (8 cijfers) in kolom 'KvK-nummer'", "'123456789'", "rij 7: leeg gelaten"]}),
    ("46_kvk_als_getal.xlsx", "facturen", {}, {
        "kolommen": {"klantnummer": ["00042", "42"], "kvk_nummer": ["01234567", "87654321"]},
        "let_op": ["voorloopnullen"]}),
    ("41_datums_uit_ander_kolom.csv", "facturen", {}, {
        "kolommen": {"betaaldatum": [d("2024-04-05"), pd.NaT]}, "let_op": ["dag-maand-jaar aangenomen"]}),
]

FOUT = [
    ("04_leeg.csv", "facturen", {}, ["'04_leeg.csv' is leeg"]),
    ("05_alleen_kop.csv", "facturen", {}, ["'05_alleen_kop.csv'", "kopregel (rij 1)", "geen rijen met gegevens"]),
    ("10_tekst_in_bedrag.csv", "facturen", {}, ["'10_tekst_in_bedrag.csv'", "kolom 'Bedrag'", "verwacht bedragen",
                                               "'zie bijlage'", "rijen 2, 3 en 4"]),
    ("15_dubbelzinnig_bedrag.csv", "facturen", {}, ["kolom 'Bedrag'", "twee kanten op", "'1.234' in rij 2",
                                                   "decimaalteken=','"]),
    ("16_gemengde_bedragen.csv", "facturen", {}, ["twee notaties", "Rij 2 ('1.234,56')", "rij 3 ('1,234.56')"]),
    ("17_maand_eerst.csv", "facturen", {}, ["kolom 'Invoice date'", "rij 2 ('03/25/2024')", "maand-dag-jaar",
                                           "datumvolgorde"]),
    ("18_dubbelzinnige_datums.csv", "facturen", {}, ["kolom 'Factuurdatum'", "twee kanten op", "rij 2",
                                                    "datumvolgorde='dmj'"]),
    ("22_kolom_ontbreekt.csv", "facturen", {}, ["'22_kolom_ontbreekt.csv'", "'bedrag'", "Gevonden kolommen",
                                               "'Omschrijving'", "kolommen="]),
    ("23_eigen_namen.csv", "facturen", {}, ["verplichte kolommen niet gevonden", "'Netto EUR'"]),
    ("23_eigen_namen.csv", "facturen", {"kolommen": {"Bestaat niet": "bedrag"}},
     ["'Bestaat niet'", "staat niet in het bestand", "'Nr.'"]),
    ("23_eigen_namen.csv", "facturen", {"kolommen": {"Nr.": "nummer"}}, ["'nummer' is geen kolom", "factuurnummer"]),
    ("24_een_kolom.csv", "facturen", {}, ["'24_een_kolom.csv'", "maar één kolom"]),
    ("30_te_veel_velden.csv", "facturen", {}, ["rij 3 heeft 5 velden", "kopregel (rij 1) heeft er 4"]),
    ("43_eerste_rij_te_veel_velden.csv", "facturen", {}, ["rij 2 heeft meer velden dan de kopregel",
                                                         "(rij 1, 4 kolommen)", "puntkomma"]),
    ("32_meerdere_bladen.xlsx", "facturen", {"blad": "Blad9"}, ["blad 'Blad9' bestaat niet", "'Uitleg'"]),
    ("36_oud_excel.xls", "facturen", {}, ["oud Excel-bestand (.xls)", "Opslaan als"]),
    ("42_datums_twee_volgordes.csv", "facturen", {}, ["twee volgordes", "Rij 2 ('13-03-2024')",
                                                     "rij 3 ('03-25-2024')"]),
    ("01_puntkomma_komma_cp1252.csv", "klanten", {}, ["soort moet een van", "'facturen'"]),
    ("01_puntkomma_komma_cp1252.csv", "facturen", {"datumvolgorde": "jmd"}, ["datumvolgorde moet"]),
    ("bestaat_niet.csv", "facturen", {}, ["bestaat niet"]),
]


def _id(geval):
    bestand, soort, kw, _ = geval
    return f"{bestand}-{soort}" + ("-" + "-".join(kw) if kw else "")


@pytest.mark.parametrize("geval", GOED, ids=[_id(g) for g in GOED])
def test_proefbestand_goed(geval):
    bestand, soort, kw, verwacht = geval
    df, verslag = _lees(bestand, soort, **kw)
    assert list(df.columns) == list(SCHEMA[soort])
    if "gelezen" in verwacht:
        assert verslag.rijen_gelezen == verwacht["gelezen"]
    if "gebruikt" in verwacht:
        assert verslag.rijen_gebruikt == len(df) == verwacht["gebruikt"]
    assert verslag.rijen_gelezen == verslag.rijen_gebruikt + verslag.rijen_apart  # niets stil weg
    if "kopregel" in verwacht:
        assert verslag.kopregel == verwacht["kopregel"]
    if "codering" in verwacht:
        assert verwacht["codering"] in verslag.codering
    apart = list(zip(verslag.apart_gezet["rij"], verslag.apart_gezet["reden"]))
    assert len(apart) == len(verwacht.get("apart", []))
    for (rij, reden), (rij_v, stukje) in zip(apart, verwacht.get("apart", [])):
        assert rij == rij_v and stukje in reden, (rij, reden)
    for kolom, waarden in verwacht.get("kolommen", {}).items():
        werkelijk = df[kolom].tolist()
        assert len(werkelijk) == len(waarden), kolom
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
    assert str(verslag).startswith(f"Bestand: {bestand}")


@pytest.mark.parametrize("geval", FOUT, ids=[_id(g) for g in FOUT])
def test_proefbestand_fout(geval):
    bestand, soort, kw, stukjes = geval
    with pytest.raises(InleesFout) as fout:
        _lees(bestand, soort, **kw)
    assert isinstance(fout.value, ValueError)
    for stukje in stukjes:
        assert stukje in str(fout.value), (stukje, str(fout.value))


def test_corpus_is_groot_genoeg_en_elk_bestand_getest():
    bestanden = {p.name for p in EXPORTS.iterdir()}
    assert len(bestanden) >= 30
    getest = {g[0] for g in GOED} | {g[0] for g in FOUT}
    assert bestanden <= getest, bestanden - getest


def test_generator_maakt_dezelfde_bestanden(tmp_path):
    """De opgeslagen bestanden (ook de voorbeeldexports) zijn precies wat de generator maakt."""
    spec = importlib.util.spec_from_file_location("maak_exports", EXPORTS.parent / "maak_exports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    namen = module.maak(tmp_path)
    assert namen == sorted(p.name for p in EXPORTS.iterdir())
    for naam in namen:
        assert (tmp_path / naam).read_bytes() == (EXPORTS / naam).read_bytes(), naam
    map_voorbeelden = voorbeeldbestand("exact_facturen.csv").parent
    for naam in module.maak_voorbeelden(tmp_path / "voorbeelden"):
        assert (tmp_path / "voorbeelden" / naam).read_bytes() == (map_voorbeelden / naam).read_bytes(), naam


def test_rijnummers_zoals_in_excel_met_titelregel():
    # Kop in rij 3 (titel + lege regel erboven): de eerste gegevensrij is rij 4.
    df, verslag = _lees("03_excel_titelregel.xlsx")
    assert verslag.kopregel == 3
    assert verslag.apart_gezet["rij"].tolist() == [6]


def test_verslag_als_tekst():
    _, verslag = _lees("06_totaalregel.csv")
    tekst = verslag.tekst()
    assert "Rijen gelezen: 4" in tekst and "Rijen gebruikt: 3" in tekst and "Rijen apart gezet: 1" in tekst
    assert "totaalregel (telt de rijen erboven op): rij 5" in tekst
    assert "Scheidingsteken: puntkomma (;)" in tekst


def test_niet_gebruikte_kolommen_staan_in_het_verslag():
    _, verslag = _lees("07_samengevoegde_koppen.xlsx")
    assert "Bedrag btw" in verslag.niet_gebruikt
    assert verslag.koppeling["Bedrag excl. btw"] == "bedrag"


def test_zelfde_dtypes_als_de_cursustabellen():
    from klantlib.data import laad

    for soort, bestand in [("facturen", "20_excel_getallen.xlsx"), ("leads", "38_leads_nl.csv"),
                           ("enquetes", "39_enquete.csv"), ("bedrijven", "40_bedrijven_kvk.xlsx")]:
        df, _ = _lees(bestand, soort)
        cursus = laad(soort)
        for kol in cursus.columns:
            assert str(df[kol].dtype) == str(cursus[kol].dtype), (soort, kol, df[kol].dtype, cursus[kol].dtype)


def test_cursusdata_als_nederlandse_csv_komt_gelijk_terug(tmp_path):
    """De facturen van de cursus, geschreven zoals Nederlandse Excel dat doet, lezen we precies terug."""
    from klantlib.data import laad

    facturen = laad("facturen")
    pad = tmp_path / "facturen.csv"
    facturen.to_csv(pad, sep=";", decimal=",", date_format="%d-%m-%Y", index=False, encoding="cp1252")
    terug, verslag = lees_export(pad, "facturen", peildatum="2025-12-31")
    assert verslag.rijen_gelezen == verslag.rijen_gebruikt == len(facturen)
    # Enige verschil: spaties voor en na een tekst haalt lees_export weg (de cursusdata heeft er expres).
    verwacht = facturen.copy()
    verwacht["klantnaam"] = verwacht["klantnaam"].str.strip()
    pd.testing.assert_frame_equal(terug[list(facturen.columns)], verwacht, check_dtype=True)
    # De extra kolommen van een eigen export (klantnummer, KvK) staan niet in de cursusdata: leeg.
    extra = [k for k in terug.columns if k not in facturen.columns]
    assert extra == ["klantnummer", "kvk_nummer", "concern_kvk"] and terug[extra].isna().all().all()
    assert any("precies gelijk" in w for w in verslag.waarschuwingen)  # de dubbele rijen van de cursus


def test_hoofdstukfuncties_accepteren_het_resultaat():
    from klantlib.definitie import tel_klanten
    from klantlib.funnel import funnel_uit_leads
    from klantlib.nps import nps

    facturen, _ = _lees("01_puntkomma_komma_cp1252.csv")
    # Twee namen: Café De Zwaan (2 facturen) en Bakkerij Ölmez.
    # Zonder vestigingsnummers en zonder bedrijventabel telt tel_klanten op de (gelijkgemaakte) naam.
    assert tel_klanten(facturen, niveau="vestiging", periode_maanden=12, peildatum="2024-12-31") == 2
    enquetes, _ = _lees("39_enquete.csv", "enquetes")
    # scores 9, 6, (leeg), 10: 2 promotors, 1 criticaster van 3 -> (2 - 1) / 3 = 33,3
    assert float(nps(enquetes["score"])) == pytest.approx(100 / 3)
    leads, _ = _lees("37_hubspot_deals.csv", "leads")
    assert funnel_uit_leads(leads)["aantal"].tolist() == [4, 4, 2, 1]


def test_eigen_export_met_kvk_en_debiteurcode_telt_bedrijven_en_concerns():
    from klantlib.definitie import klanten, tel_klanten

    facturen, _ = _lees("45_kvk_en_debiteurcode.csv")
    keuze = dict(basis="factuur", periode_maanden=12, peildatum="2025-12-31")
    # Op naam (vestiging): vijf verschillende namen (de twee schrijfwijzen van Bakkerij Van Dam zijn gelijk).
    assert tel_klanten(facturen, niveau="vestiging", **keuze) == 5
    # Bedrijf: KvK 01234567, 34123456, 34123457; Atelier Zon en Atelier Zon Utrecht delen debiteurcode 000789
    # (de KvK van Atelier Zon Utrecht was ongeldig en is leeg gelaten).
    assert tel_klanten(facturen, niveau="bedrijf", **keuze) == 4
    # Concern: de twee Groen Advies-bedrijven vallen onder concern 90000001.
    assert tel_klanten(facturen, niveau="concern", **keuze) == 3
    omzet = klanten(facturen, niveau="bedrijf", **keuze).set_index("klant")["omzet"].to_dict()
    assert omzet == {"01234567": 1550.0, "34123456": 800.0, "34123457": 450.0, "klantnummer 000789": 599.95}


# ---------------------------------------------------------------------------
# Losse waarden
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("tekst, dec, verwacht", [
    ("1.234,56", None, 1234.56), ("1,234.56", None, 1234.56), ("€ 1.234,56", None, 1234.56),
    ("1.234,56-", None, -1234.56), ("(1.234,56)", None, -1234.56), ("-1234.5", None, -1234.5),
    ("1234", None, 1234.0), ("0,5", None, 0.5), ("12,5", None, 12.5), ("1.234.567", None, 1234567.0),
    ("1,234,567", None, 1234567.0), ("0.123", None, 0.123), ("EUR 99", None, 99.0), ("+7,25", None, 7.25),
    ("1.234", ",", 1234.0), ("1.234", ".", 1.234), ("1,234", ",", 1.234), ("− 5,00", None, -5.0),
])
def test_lees_bedrag(tekst, dec, verwacht):
    assert lees_bedrag(tekst, decimaalteken=dec) == pytest.approx(verwacht)


@pytest.mark.parametrize("tekst, stukje", [
    ("1.234", "is dubbelzinnig"), ("abc", "geen bedrag"), ("1.23.4", "geen bedrag"), ("", "geen bedrag"),
    ("1,2,3", "geen bedrag"),
])
def test_lees_bedrag_fout(tekst, stukje):
    with pytest.raises(InleesFout, match=stukje.replace(".", r"\.")):
        lees_bedrag(tekst)


@pytest.mark.parametrize("tekst, volgorde, verwacht", [
    ("25-03-2024", None, "2024-03-25"), ("5-3-2024", "dmj", "2024-03-05"), ("05.03.2024", "dmj", "2024-03-05"),
    ("2024-03-05", None, "2024-03-05"), ("13/03/24", None, "2024-03-13"), ("5 maart 2024", None, "2024-03-05"),
    ("05-mrt-2024", None, "2024-03-05"), ("March 5, 2024", None, "2024-03-05"), ("45356", None, "2024-03-05"),
    ("2024-03-05 14:30:00", None, "2024-03-05"), ("03/25/2024", "mdj", "2024-03-25"),
])
def test_lees_datum(tekst, volgorde, verwacht):
    assert lees_datum(tekst, datumvolgorde=volgorde) == pd.Timestamp(verwacht)


@pytest.mark.parametrize("tekst, stukje", [
    ("05-03-2024", "dag-maand-jaar of maand-dag-jaar"), ("03/25/2024", "maand-dag-jaar"), ("31-02-2024", "geen datum"),
    ("gisteren", "geen datum"), ("13-13-2024", "geen datum"),
])
def test_lees_datum_fout(tekst, stukje):
    with pytest.raises(InleesFout, match=stukje):
        lees_datum(tekst)


def test_datumkolom_wordt_nooit_een_getal(tmp_path):
    pad = tmp_path / "serieel.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag\nA;45356;X;1,00\nB;45357;Y;2,00\n", encoding="utf-8")
    df, verslag = lees_export(pad)
    assert str(df["factuurdatum"].dtype) == "datetime64[ns]"
    assert df["factuurdatum"].tolist() == [d("2024-03-05"), d("2024-03-06")]


def test_lege_kolommen_zijn_leeg_met_het_juiste_type():
    df, _ = _lees("11_tab.tsv")
    assert df["betaaldatum"].isna().all() and str(df["betaaldatum"].dtype) == "datetime64[ns]"
    assert df["contractnummer"].isna().all() and str(df["contractnummer"].dtype) == "str"


def test_onleesbare_optionele_datum_wordt_leeg_met_waarschuwing(tmp_path):
    pad = tmp_path / "betaald.csv"
    pad.write_text("Factuurnummer;Factuurdatum;Klant;Bedrag;Betaaldatum\n"
                   "A;13-03-2024;X;1,00;nog niet\nB;14-03-2024;Y;2,00;20-03-2024\nC;15-03-2024;Y;2,00;21-03-2024\n",
                   encoding="utf-8")
    df, verslag = lees_export(pad)
    assert len(df) == 3 and pd.isna(df["betaaldatum"].iloc[0])
    assert any("'nog niet'" in w and "rij 2" in w and "leeg gelaten" in w for w in verslag.waarschuwingen)


# ---------------------------------------------------------------------------
# Pseudonimiseren
# ---------------------------------------------------------------------------

SLEUTEL = "oefensleutel-alleen-voor-tests-123"


def test_pseudoniemen_vast_en_afhankelijk_van_de_sleutel():
    df = pd.DataFrame({"verkoper": ["Anna de Vries", "Bram Smit", "ANNA DE VRIES "],
                       "email": ["anna@zon.example", "Anna@Zon.example", None],
                       "telefoon": ["06-12345678", "+31 6 1234 5678", "0031612345678"]})
    a = pseudonimiseer(df, SLEUTEL)
    b = pseudonimiseer(df, SLEUTEL)
    c = pseudonimiseer(df, SLEUTEL + "x")
    pd.testing.assert_frame_equal(a, b)
    assert a["verkoper"].iloc[0] == a["verkoper"].iloc[2] != a["verkoper"].iloc[1]
    assert a["email"].iloc[0] == a["email"].iloc[1] and a["email"].iloc[0].endswith("@pseudoniem.invalid")
    assert pd.isna(a["email"].iloc[2])
    assert a["telefoon"].nunique() == 1 and a["telefoon"].iloc[0].startswith("tel-")
    assert (a["verkoper"] != c["verkoper"]).all()
    tekst = a.to_string()
    for echt in ["Anna", "Vries", "Bram", "zon.example", "12345678"]:
        assert echt not in tekst
    pd.testing.assert_frame_equal(df, df.copy())  # origineel niet veranderd


def test_pseudoniem_volgens_hmac_sha256():
    import hashlib
    import hmac

    uit = pseudonimiseer(pd.DataFrame({"verkoper": ["Anna de Vries"]}), SLEUTEL)
    code = hmac.new(SLEUTEL.encode(), b"naam:anna de vries", hashlib.sha256).hexdigest()[:12]
    assert uit["verkoper"].iloc[0] == f"persoon-{code}"


def test_pseudonimiseer_open_tekst_en_kolomkeuze():
    df = pd.DataFrame({"contact_id": ["anna@zon.example", "C00012"],
                       "verbeterpunt": ["Bel Anna terug op 06-12345678 of mail anna@zon.example", None]})
    uit = pseudonimiseer(df, SLEUTEL, kolommen={"contact_id": "auto"}, tekstkolommen=["verbeterpunt"])
    assert uit["contact_id"].iloc[0].endswith("@pseudoniem.invalid")
    assert uit["contact_id"].iloc[1].startswith("persoon-")
    assert "06-12345678" not in uit["verbeterpunt"].iloc[0]
    assert "anna@zon.example" not in uit["verbeterpunt"].iloc[0]
    assert uit["verbeterpunt"].iloc[0].startswith("Bel Anna terug op tel-")
    assert " of mail " in uit["verbeterpunt"].iloc[0]  # de spatie na het nummer blijft staan
    assert pd.isna(uit["verbeterpunt"].iloc[1])


def test_pseudonimiseer_namen_in_open_tekst():
    df = pd.DataFrame({"verkoper": ["Bram Smit"], "verbeterpunt": ["bram smit belde niet terug"]})
    uit = pseudonimiseer(df, SLEUTEL, kolommen=["verkoper"], tekstkolommen=["verbeterpunt"])
    assert uit["verbeterpunt"].iloc[0] == f"{uit['verkoper'].iloc[0]} belde niet terug"


@pytest.mark.parametrize("sleutel, kolommen, stukje", [
    ("kort", None, "te kort"), (123, None, "str"), (SLEUTEL, ["bestaat_niet"], "staat niet in de tabel"),
    (SLEUTEL, {"verkoper": "adres"}, "'naam', 'email'"),
])
def test_pseudonimiseer_fouten(sleutel, kolommen, stukje):
    with pytest.raises(ValueError, match=stukje):
        pseudonimiseer(pd.DataFrame({"verkoper": ["A"]}), sleutel, kolommen=kolommen)


def test_voorbeeldbestanden():
    for naam in ["exact_facturen.csv", "hubspot_deals.csv", "enquete_export.csv"]:
        assert voorbeeldbestand(naam).is_file()
    with pytest.raises(ValueError, match="Beschikbaar"):
        voorbeeldbestand("bestaat_niet.csv")


# ---------------------------------------------------------------------------
# Eigenschap: een tabel in Nederlandse CSV-stijl komt gelijk terug
# ---------------------------------------------------------------------------

_LETTERS = string.ascii_letters + string.digits + " .-&'/;\"éëïöüçñ"
_naam = st.text(alphabet=_LETTERS, min_size=1, max_size=25).map(str.strip).filter(bool)
_nummer = st.text(alphabet=string.digits + "ABF-", min_size=1, max_size=10)
_datum = st.dates(min_value=pd.Timestamp("1990-01-01").date(), max_value=pd.Timestamp("2040-12-31").date())
_bedrag = st.integers(min_value=-10**9, max_value=10**9).map(lambda c: c / 100)
_rij = st.tuples(_nummer, _datum, _naam, _bedrag)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rijen=st.lists(_rij, min_size=1, max_size=30), codering=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
       duizendtal=st.booleans())
def test_nederlandse_csv_komt_gelijk_terug(tmp_path, rijen, codering, duizendtal):
    df = pd.DataFrame(rijen, columns=["factuurnummer", "factuurdatum", "klantnaam", "bedrag"])
    df["factuurdatum"] = pd.to_datetime(df["factuurdatum"])
    uit = df.copy()
    if duizendtal:  # zoals Excel met opmaak '#.##0,00'
        uit["bedrag"] = [f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") for x in df["bedrag"]]
    pad = tmp_path / "tabel.csv"
    uit.to_csv(pad, sep=";", decimal=",", date_format="%d-%m-%Y", index=False, encoding=codering)
    terug, verslag = lees_export(pad, "facturen", datumvolgorde="dmj", peildatum="2100-01-01")
    assert verslag.rijen_gelezen == verslag.rijen_gebruikt == len(df)
    assert terug["factuurnummer"].tolist() == df["factuurnummer"].tolist()
    assert terug["klantnaam"].tolist() == df["klantnaam"].tolist()
    assert terug["factuurdatum"].tolist() == df["factuurdatum"].tolist()
    assert np.array_equal(terug["bedrag"].to_numpy(), df["bedrag"].to_numpy())


def test_eigen_fasen_bij_leads(tmp_path):
    pad = tmp_path / "deals.csv"
    pad.write_text("Deal ID,Create Date,Stage\nD1,2024-03-05,Demo gegeven\nD2,2024-03-06,Closed Won\n",
                   encoding="utf-8")
    with pytest.raises(InleesFout, match="'Demo gegeven'.*rij 2.*fasen="):
        lees_export(pad, "leads")
    leads, _ = lees_export(pad, "leads", fasen={"Demo gegeven": "prospect"})
    assert leads["klantfase"].tolist() == ["prospect", "gewonnen"]
    assert leads["prospect_op"].notna().tolist() == [True, True]
    with pytest.raises(InleesFout, match="kies per fase"):
        lees_export(pad, "leads", fasen={"Demo gegeven": "demo"})


def test_ander_spreadsheetformaat_geeft_uitleg(tmp_path):
    pad = tmp_path / "facturen.ods"
    pad.write_bytes(b"PK\x03\x04")
    with pytest.raises(InleesFout, match=r"Sla het op als Excel-werkmap \(.xlsx\) of als CSV"):
        lees_export(pad)


@pytest.mark.parametrize("bestand", ["03_excel_titelregel.xlsx", "07_samengevoegde_koppen.xlsx",
                                     "32_meerdere_bladen.xlsx"])
def test_groot_excel_alleen_lezen_geeft_hetzelfde(monkeypatch, bestand):
    from klantlib.inlezen import bestand as bestandmodule

    gewoon, v1 = _lees(bestand)
    monkeypatch.setattr(bestandmodule, "GROOT_EXCEL", 0)  # elk bestand telt nu als groot
    snel, v2 = _lees(bestand)
    pd.testing.assert_frame_equal(gewoon, snel)
    assert v1.koppeling == v2.koppeling and v1.kopregel == v2.kopregel


def test_beschadigde_utf8_geeft_uitleg(tmp_path):
    pad = tmp_path / "kapot.csv"
    pad.write_bytes(b"\xef\xbb\xbfFactuurnummer;Factuurdatum;Klant;Bedrag\nA;13-03-2024;Caf\x80;1,00\n")
    with pytest.raises(InleesFout, match="'kapot.csv'.*niet te lezen als UTF-8 met BOM.*CSV UTF-8"):
        lees_export(pad)


def test_score_met_label_uit_enquetetool(tmp_path):
    pad = tmp_path / "nps.csv"
    pad.write_text("Respons ID;Score\nR1;10 - Zeer waarschijnlijk\nR2;7\nR3;0 - Zeer onwaarschijnlijk\nR4;\n",
                   encoding="utf-8")
    df, verslag = lees_export(pad, "enquetes")
    assert df["score"].tolist()[:3] == [10, 7, 0] and pd.isna(df["score"].iloc[3])
    assert any("'10 - Zeer waarschijnlijk'" in w for w in verslag.waarschuwingen)
