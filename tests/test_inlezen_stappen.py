"""Tests per stap van de importer (klantlib/inlezen/): elk bestand van het pakket apart.

De proefbestanden (tests/test_inlezen.py) testen lees_export als geheel; hier
staat per stap wat die stap zelf moet doen, met kleine invoer die met de hand
is na te rekenen.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from klantlib.inlezen import InleesFout
from klantlib.inlezen.bestand import herken_codering, kies_scheidingsteken, lees_bestand
from klantlib.inlezen.controle import controleer_totaal, lege_rijen, zet_apart
from klantlib.inlezen.datums import bekijk_datums, datums_omzetten, kies_volgorde
from klantlib.inlezen.getallen import bedragen, naar_geheel, score_zonder_label
from klantlib.inlezen.kolommen import controleer_kolommen, controleer_verplicht, koppel, koppel_naam
from klantlib.inlezen.kopregel import combineer_kopregels, zoek_kop
from klantlib.inlezen.schema import SCHEMA, naamsleutel
from klantlib.inlezen.tekst import tekstwaarden, vul_voorloopnullen
from klantlib.inlezen.verslag import euro, rijlijst


def _tekstkolom(*waarden):
    return pd.Series(list(waarden), dtype=object).astype(pd.StringDtype("python", na_value=np.nan))


# ---------------------------------------------------------------------------
# Stap 1: codering en scheidingsteken (bestand.py)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("ruw, codec", [
    (b"\xef\xbb\xbfKlant;Bedrag", "utf-8-sig"),
    (b"\xff\xfeK\x00", "utf-16"),
    ("Café;1,00".encode("utf-8"), "utf-8"),
    ("Café;1,00".encode("cp1252"), "cp1252"),  # é is 0xE9: geen geldige UTF-8
    (b"\x81\x8d;1", "latin-1"),  # 0x81 en 0x8D bestaan niet in Windows-1252
])
def test_codering(ruw, codec):
    assert herken_codering(ruw)[0] == codec


@pytest.mark.parametrize("regels, teken", [
    (["a;b;c", "1;2,5;3", "4;5,5;6"], ";"),  # komma's in bedragen maken er geen kommabestand van
    (["a,b,c", '1,"2,5",3'], ","),
    (["a\tb", "1\t2"], "\t"),
    (["a|b|c", "1|2|3"], "|"),
])
def test_scheidingsteken(regels, teken):
    assert kies_scheidingsteken(regels, "x.csv") == teken


def test_een_kolom_is_een_fout():
    with pytest.raises(InleesFout, match="'x.csv': ik vind maar één kolom"):
        kies_scheidingsteken(["Factuurnummer", "R1", "R2"], "x.csv")


def test_lees_bestand_geeft_kop_en_info(tmp_path):
    pad = tmp_path / "f.csv"
    pad.write_bytes("Export\r\n\r\nFactuurnummer;Factuurdatum;Klant;Bedrag\r\nA;13-03-2024;Zon;1,00\r\n".encode("cp1252"))
    data, kop, koprij, info = lees_bestand(pad, "facturen", set(), None)
    assert kop == ["Factuurnummer", "Factuurdatum", "Klant", "Bedrag"]
    assert koprij == 3 and info["scheidingsteken"] == ";" and info["blad"] is None
    assert data.iloc[0].tolist() == ["A", "13-03-2024", "Zon", "1,00"]
    with pytest.raises(InleesFout, match="geen Excel-bestand; blad="):
        lees_bestand(pad, "facturen", set(), "Blad1")


# ---------------------------------------------------------------------------
# Stap 2: de kopregel (kopregel.py)
# ---------------------------------------------------------------------------

def test_kopregel_onder_een_titel():
    rijen = [["Verkoopfacturen 2024", "", ""], ["", "", ""], ["Factuurnummer", "Klant", "Bedrag"], ["A", "Zon", "1"]]
    assert zoek_kop(rijen, "facturen", set(), "x.csv") == (2, ["Factuurnummer", "Klant", "Bedrag"], 1)


def test_kopregel_over_twee_regels():
    # 'Factuur' staat boven 'nummer' en 'datum' (samengevoegde cel over kolom 0 en 1).
    rijen = [["Factuur", None, "Klant"], ["nummer", "datum", None], ["A", "x", "Zon"]]
    i, namen, hoogte = zoek_kop(rijen, "facturen", set(), "x.xlsx", samengevoegd={0: {0, 1}})
    assert (i, hoogte) == (1, 2) and namen == ["Factuur nummer", "Factuur datum", "Klant"]


def test_kopregels_combineren_zonder_samenvoegen_vult_niet_aan():
    assert combineer_kopregels(["Bedrag", None], ["excl. btw", "btw"], set()) == ["Bedrag excl. btw", "btw"]
    assert combineer_kopregels(["Bedrag", None], ["excl. btw", "btw"], None) == ["Bedrag excl. btw", "Bedrag btw"]


def test_kopregel_zonder_bekende_namen_is_de_eerste_volle_regel():
    rijen = [["titel", ""], ["Nr.", "Omschr."], ["1", "x"]]
    assert zoek_kop(rijen, "facturen", set(), "x.csv") == (1, ["Nr.", "Omschr."], 1)
    # Met een eigen koppeling telt 'Nr.' wel als bekende naam.
    assert zoek_kop(rijen, "facturen", {naamsleutel("Nr.")}, "x.csv")[0] == 1


# ---------------------------------------------------------------------------
# Stap 3: kolommen koppelen (kolommen.py, schema.py)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("kop, doel", [
    ("Factuurnummer", "factuurnummer"), ("FACTUUR NR.", "factuurnummer"), ("Bedrag excl. btw", "bedrag"),
    ("Enquête ID", "enquete_id"), ("invoice_date", "factuurdatum"), ("Memo", None),
])
def test_naam_koppelen(kop, doel):
    gevonden = koppel_naam(kop, "facturen" if doel != "enquete_id" else "enquetes")
    assert (gevonden[0] if gevonden else None) == doel


def test_lange_vraag_als_kolomkop():
    assert koppel_naam("Hoe waarschijnlijk is het dat u ons aanbeveelt?", "enquetes")[0] == "score"


def test_koppelen_twee_kandidaten_en_eigen_keuze():
    w: list[str] = []
    koppeling, hulp, niet, genegeerd = koppel(["Datum", "Factuurdatum", "Klant", "Bedrag", "Memo", ""], "facturen",
                                              {}, "x.csv", w)
    assert hulp == {} and genegeerd == {}
    # 'Factuurdatum' staat eerder in de lijst met namen dan 'Datum', dus die wint.
    assert koppeling == {"Factuurdatum": "factuurdatum", "Klant": "klantnaam", "Bedrag": "bedrag"}
    assert "factuurdatum: meer kolommen passen" in w[0] and "kolommen={'Datum': 'factuurdatum'}" in w[0]
    assert niet == ["Datum", "Memo", "1 kolom(men) zonder naam"]
    w = []
    koppeling, *_ = koppel(["Datum", "Factuurdatum"], "facturen", {"datum": "factuurdatum"}, "x.csv", w)
    assert koppeling == {"Datum": "factuurdatum"} and not w  # eigen koppeling, hoofdletters tellen niet


def test_eigen_koppeling_controleren():
    assert controleer_kolommen({"bedrag": "Netto"}, SCHEMA["facturen"], "facturen") == {"Netto": "bedrag"}
    with pytest.raises(InleesFout, match="meer dan één kolom gekoppeld aan 'bedrag'"):
        controleer_kolommen({"A": "bedrag", "B": "bedrag"}, SCHEMA["facturen"], "facturen")


def test_verplichte_kolom_ontbreekt():
    with pytest.raises(InleesFout, match=r"verplichte kolom niet gevonden voor facturen: 'bedrag'.*'Memo'"):
        controleer_verplicht("x.csv", "facturen", SCHEMA["facturen"],
                             {"Nr": "factuurnummer", "D": "factuurdatum", "K": "klantnaam"}, ["Nr", "D", "K", "Memo"])


# ---------------------------------------------------------------------------
# Stap 4a: getallen (getallen.py)
# ---------------------------------------------------------------------------

def test_bedragkolom_kiest_het_decimaalteken_uit_de_kolom():
    # '1.234' alleen is dubbelzinnig, maar '99,95' in dezelfde kolom bewijst de decimale komma.
    waarden, leeg, onleesbaar, dec = bedragen(_tekstkolom("1.234", "99,95", "", "abc", "1.234,50-"), None)
    assert dec == ","
    assert waarden[[0, 1, 4]].tolist() == [1234.0, 99.95, -1234.5]
    assert leeg.tolist() == [False, False, True, False, False]
    assert onleesbaar.tolist() == [False, False, False, True, False]


def test_bedragkolom_twee_notaties_of_dubbelzinnig():
    _, _, _, keuze = bedragen(_tekstkolom("1,5", "2.5"), None)
    assert keuze == ("gemengd", 0, 1)
    _, _, _, keuze = bedragen(_tekstkolom("7", "1.234", "2,500"), None)
    assert keuze[0] == "dubbelzinnig" and keuze[1] == 1


def test_bedragen_uit_excel_blijven_getallen():
    kol = pd.Series([1234.5, "1.000,00", None], dtype=object)
    waarden, leeg, _, dec = bedragen(kol, None)
    assert waarden[:2].tolist() == [1234.5, 1000.0] and leeg.tolist() == [False, False, True] and dec == ","


def test_geheel_getal_en_score_met_label():
    geheel, niet_geheel = naar_geheel(np.array([3.0, 2.5, np.nan]))
    assert geheel[0] == 3 and pd.isna(geheel[1]) and pd.isna(geheel[2]) and niet_geheel.tolist() == [False, True, False]
    w: list[str] = []
    s = score_zonder_label(_tekstkolom("10 - Zeer waarschijnlijk", "7", None), "Score", w)
    assert s.tolist()[:2] == ["10", "7"] and "'10 - Zeer waarschijnlijk'" in w[0]


# ---------------------------------------------------------------------------
# Stap 4b: datums (datums.py)
# ---------------------------------------------------------------------------

def test_datumkolom_bewijs_en_omzetten():
    info = bekijk_datums(_tekstkolom("05-03-2024", "25-03-2024", "", "2024-04-01 10:30"))
    assert info["bewijs"] == {"dmj": 1, "mdj": None, "dubbel": 0}
    assert info["notaties"] == {"d-m-j", "j-m-d of tekst"}
    waarden, leeg, onleesbaar, tijd = datums_omzetten(info, "dmj")
    assert [str(x)[:10] for x in waarden[[0, 1, 3]]] == ["2024-03-05", "2024-03-25", "2024-04-01"]
    assert leeg.tolist() == [False, False, True, False] and not onleesbaar.any() and tijd


def test_volgorde_kiezen():
    rijen = np.array([2, 3])
    s = _tekstkolom("05-03-2024", "06-04-2024")
    w: list[str] = []
    with pytest.raises(InleesFout, match="alle datums kunnen twee kanten op"):
        kies_volgorde({"dmj": None, "mdj": None, "dubbel": 0}, s, "x.csv", "Datum", "factuurdatum", rijen,
                      None, {}, w)
    # Een andere kolom in hetzelfde bestand bewijst dag-maand-jaar: dat nemen we over, met een melding.
    volgorde = kies_volgorde({"dmj": None, "mdj": None, "dubbel": 0}, s, "x.csv", "Betaald", "betaaldatum", rijen,
                             "factuurdatum", {"Datum": "factuurdatum", "Betaald": "betaaldatum"}, w)
    assert volgorde == "dmj" and "kolom 'Datum' in hetzelfde bestand" in w[0]
    with pytest.raises(InleesFout, match="rij 3 .*'06-04-2024'.* alleen maand-dag-jaar"):
        kies_volgorde({"dmj": None, "mdj": 1, "dubbel": None}, s, "x.csv", "Datum", "factuurdatum", rijen,
                      None, {}, w)


# ---------------------------------------------------------------------------
# Stap 5: controleren en melden (controle.py, tekst.py, verslag.py)
# ---------------------------------------------------------------------------

def test_lege_rijen_en_lege_rijen_onderaan():
    data = pd.DataFrame({0: ["A", " ", "B", "", ""], 1: ["1", "", "2", " ", ""]}).astype(
        pd.StringDtype("python", na_value=np.nan))
    kort, rijnummers, leeg, cache = lege_rijen(data, 1, "x.csv")
    assert len(kort) == 3 and rijnummers.tolist() == [2, 3, 4] and leeg.tolist() == [False, True, False]
    tekst, gestript = cache[0]  # de tekst van kolom 0 is al gemaakt, en geteld waar spaties af gingen
    assert tekst.tolist() == ["A", "", "B", "", ""] and gestript == 1
    with pytest.raises(InleesFout, match="kopregel \\(rij 1\\) maar geen rijen"):
        lege_rijen(data.iloc[[1, 3]].reset_index(drop=True), 1, "x.csv")


def test_apart_zetten_een_reden_per_rij_en_totaalregels():
    data = pd.DataFrame({0: ["A", "Totaal", "C", ""], 1: ["1", "3", "", ""]})
    leeg = np.array([False, False, False, True])
    redenen = [(np.array([False, True, True, False]), "factuurnummer ontbreekt"),
               (np.array([False, False, True, False]), "bedrag ontbreekt")]
    apart, totaal, tabel = zet_apart(data, leeg, redenen, np.array([2, 3, 4, 5]))
    assert apart.tolist() == [False, True, True, True] and totaal.tolist() == [False, True, False, False]
    assert list(zip(tabel["rij"], tabel["reden"])) == [
        (3, "totaalregel (telt de rijen erboven op)"), (4, "factuurnummer ontbreekt"), (5, "lege rij")]


def test_totaalregel_vergelijken():
    w: list[str] = []
    uit = {"bedrag": np.array([100.0, 250.5, 350.5, 1.0])}
    totaal = np.array([False, False, True, False])
    apart = totaal.copy()
    controleer_totaal(totaal, {"Bedrag": "bedrag"}, SCHEMA["facturen"], uit, apart, w, np.array([2, 3, 4, 5]))
    # De totaalregel telt de rijen erboven op: 100 + 250,50 = 350,50. Rij 5 staat eronder en hoort er niet bij.
    assert w == ["Totaalregel in rij 4 niet meegeteld: bedrag € 350,50; som van de gebruikte rijen erboven "
                 "€ 350,50 (klopt)."]


def test_subtotalen_vergelijken_met_de_rijen_die_ze_optellen():
    w: list[str] = []
    # Rij 2-3: 100 + 200; rij 4 subtotaal 300 (klopt); rij 5-6: 50 + 25; rij 7 subtotaal 80 (fout: 75);
    # rij 8 eindtotaal 375 = alle gebruikte rijen erboven (klopt); rij 9 staat onder de totalen.
    uit = {"bedrag": np.array([100.0, 200.0, 300.0, 50.0, 25.0, 80.0, 375.0, 1.0])}
    totaal = np.array([False, False, True, False, False, True, True, False])
    controleer_totaal(totaal, {"Bedrag": "bedrag"}, SCHEMA["facturen"], uit, totaal.copy(), w, np.arange(2, 10))
    assert w == [
        "Totaalregel in rij 4 niet meegeteld: bedrag € 300,00; som van de gebruikte rijen erboven € 300,00 (klopt).",
        "Totaalregel in rij 7 niet meegeteld: bedrag € 80,00; som van de gebruikte rijen 5 t/m 6: € 75,00, van alle "
        "gebruikte rijen erboven: € 375,00 (wijkt af).",
        "Totaalregel in rij 8 niet meegeteld: bedrag € 375,00; som van alle gebruikte rijen erboven € 375,00 (klopt).",
    ]


def test_voorloopnullen_en_tekstwaarden():
    w: list[str] = []
    t = vul_voorloopnullen(np.array(["12345678", "012345678901", "", "ABC"], dtype=object), "vestigingsnummer",
                           "Vestiging", w)
    assert t.tolist() == ["000012345678", "012345678901", "", "ABC"] and "1 nummer(s)" in w[0]
    assert tekstwaarden(_tekstkolom(" a ", None, "b")).tolist() == ["a", "", "b"]


def test_rijlijst_en_euro():
    assert rijlijst([4]) == "rij 4"
    assert rijlijst([4, 7, 9]) == "rijen 4, 7 en 9"
    assert rijlijst(range(1, 13)) == "rijen 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 en nog 2 andere"
    assert euro(-1234.5) == "-€ 1.234,50" and euro(0.004) == "€ 0,00"
