"""Tests voor klantlib.bigdata, op kleine tabellen met de hand uitgerekend.

De winkelmandjes (10 orders, één retour die niet meetelt):

    O1  v1 2025-01-10  Bureaustoel, Bureaulamp
    O2  v2 2025-03-01  Bureaustoel, Bureaulamp, Monitorarm
    O3  v1 2025-06-15  Bureaustoel            (+ retour Bureaustoel op 2025-06-20)
    O4  v3 2025-02-01  Laptop, Docking station
    O5  v3 2025-05-20  Laptop, Docking station
    O6  v3 2025-12-01  Laptop
    O7  v2 2025-04-04  Monitor
    O8  v4 2024-11-30  Bureaustoel, Monitorarm
    O9  v3 2025-10-10  Laptop, Monitor
    O10 v4 2023-05-05  Bureaulamp

In hoeveel orders: Bureaustoel 4, Bureaulamp 3, Monitorarm 2, Laptop 4,
Docking station 2, Monitor 2 (van 10).
"""

from __future__ import annotations

import errno

import numpy as np
import pandas as pd
import pytest

from klantlib import bigdata
from klantlib.bigdata import (
    EXCEL_MAX_RIJEN,
    WarehouseFout,
    associatieregels,
    filter_regels,
    groeihelling,
    kosten_over_jaren,
    koppelgraad,
    kruisverkoop,
    maak_warehouse,
    omzet_per_concern_maand,
    open_warehouse,
    persoonsgegevens,
    regelmaten,
    rfm,
    rfm_scores,
    schaalproef,
    schrijf_warehouse,
    schud_producten,
    segmenteer,
    segmentprofiel,
    voorspel,
    winkelmandjes,
)

PRIJS = {"Bureaustoel": 450.0, "Bureaulamp": 85.0, "Monitorarm": 140.0, "Laptop": 1100.0,
         "Docking station": 220.0, "Monitor": 250.0}
ORDERS = [
    ("O1", "v1", "2025-01-10", ["Bureaustoel", "Bureaulamp"]),
    ("O2", "v2", "2025-03-01", ["Bureaustoel", "Bureaulamp", "Monitorarm"]),
    ("O3", "v1", "2025-06-15", ["Bureaustoel"]),
    ("O4", "v3", "2025-02-01", ["Laptop", "Docking station"]),
    ("O5", "v3", "2025-05-20", ["Laptop", "Docking station"]),
    ("O6", "v3", "2025-12-01", ["Laptop"]),
    ("O7", "v2", "2025-04-04", ["Monitor"]),
    ("O8", "v4", "2024-11-30", ["Bureaustoel", "Monitorarm"]),
    ("O9", "v3", "2025-10-10", ["Laptop", "Monitor"]),
    ("O10", "v4", "2023-05-05", ["Bureaulamp"]),
]


@pytest.fixture
def transacties() -> pd.DataFrame:
    rijen = [{"ordernummer": o, "besteld_door": v, "factuurdatum": d, "product": p, "soort": "factuur",
              "bedrag": PRIJS[p]} for o, v, d, producten in ORDERS for p in producten]
    rijen.append({"ordernummer": "O3", "besteld_door": "v1", "factuurdatum": "2025-06-20",
                  "product": "Bureaustoel", "soort": "retour", "bedrag": -450.0})
    t = pd.DataFrame(rijen)
    t["factuurdatum"] = pd.to_datetime(t["factuurdatum"])
    return t


@pytest.fixture
def bedrijven() -> pd.DataFrame:
    return pd.DataFrame({
        "vestigingsnummer": ["v1", "v2", "v3", "v4"],
        "kvk_nummer": ["K1", "K1", "K3", "K4"],
        "concern_kvk": ["C1", "C1", "C3", "C1"],
        "bedrijfsnaam": ["Jansen B.V.", "Jansen B.V.", "Pietersen V.O.F.", "Smit Bouw B.V."],
        "hoofdvestiging": [True, False, True, True],
        "rechtsvorm": ["B.V.", "B.V.", "V.O.F.", "B.V."],
        "sector": ["Zorg", "Zorg", "Bouw", "Bouw"],
        "plaats": ["Utrecht", "Zeist", "Ede", "Assen"],
        "vorige_kvk_nummer": [None, None, "K0", None],
    })


# --------------------------------------------------------------------------- winkelmandjes en regels


def test_winkelmandjes_een_rij_per_order_zonder_retour(transacties):
    mand = winkelmandjes(transacties)
    assert mand.shape == (10, 6)
    assert mand.sum().to_dict() == {"Bureaulamp": 3, "Bureaustoel": 4, "Docking station": 2, "Laptop": 4,
                                    "Monitor": 2, "Monitorarm": 2}
    assert mand.loc["O3"].sum() == 1  # de retour maakt er geen tweede product van


def test_winkelmandjes_lege_ordernummers_geven_fout(transacties):
    transacties.loc[3, "ordernummer"] = None
    with pytest.raises(ValueError, match=r"1 rijen hebben geen ordernummer \(rijlabels 3\)"):
        winkelmandjes(transacties)


def test_winkelmandjes_zonder_ordernummer_noemt_de_kolom(transacties):
    with pytest.raises(ValueError, match="transacties mist de kolom 'ordernummer'"):
        winkelmandjes(transacties.drop(columns="ordernummer"))


def test_regelmaten_met_de_hand(transacties):
    # Bureaustoel → Bureaulamp: samen in O1 en O2; stoel in 4 orders, lamp in 3, van 10.
    m = regelmaten(transacties, "Bureaustoel", "Bureaulamp")
    assert m["orders_met_beide"] == 2 and m["orders_met_als"] == 4 and m["orders_met_dan"] == 3
    assert m["support"] == pytest.approx(0.2)
    assert m["confidence"] == pytest.approx(0.5)
    assert m["lift"] == pytest.approx(0.5 / 0.3)
    # andersom: zelfde support en lift, andere confidence (2 van de 3 lampen)
    m2 = regelmaten(transacties, "Bureaulamp", "Bureaustoel")
    assert m2["confidence"] == pytest.approx(2 / 3) and m2["lift"] == pytest.approx(m["lift"])


def test_regelmaten_onbekend_product_met_suggestie(transacties):
    with pytest.raises(ValueError, match="Bedoel je 'Bureaulamp'"):
        regelmaten(transacties, "Bureaustoel", "bureaulamp")


def test_associatieregels_met_de_hand(transacties):
    regels = associatieregels(transacties, min_support=0.15, min_confidence=0.5)
    paren = list(zip(regels["als"], regels["dan"]))
    # lift 2,5: Docking→Laptop en Monitorarm→Bureaustoel (confidence 1), dan Bureaustoel→Monitorarm
    # en Laptop→Docking (confidence 0,5); lift 5/3: Bureaulamp→Bureaustoel (2/3), Bureaustoel→Bureaulamp (1/2).
    assert paren == [("Docking station", "Laptop"), ("Monitorarm", "Bureaustoel"), ("Bureaustoel", "Monitorarm"),
                     ("Laptop", "Docking station"), ("Bureaulamp", "Bureaustoel"), ("Bureaustoel", "Bureaulamp")]
    assert regels["lift"].round(4).tolist() == [2.5, 2.5, 2.5, 2.5, 1.6667, 1.6667]
    assert regels["confidence"].round(4).tolist() == [1.0, 1.0, 0.5, 0.5, 0.6667, 0.5]
    assert regels["support"].round(4).tolist() == [0.2] * 6
    assert regels["aantal_orders"].tolist() == [2] * 6
    assert list(regels.columns) == bigdata.REGELKOLOMMEN


def test_associatieregels_komen_overeen_met_regelmaten(transacties):
    regels = associatieregels(transacties, min_support=0.05, min_confidence=0.0)
    for _, r in regels.iterrows():
        m = regelmaten(transacties, r["als"], r["dan"])
        assert r["confidence"] == pytest.approx(m["confidence"]) and r["lift"] == pytest.approx(m["lift"])
    # Laptop → Monitor staat er nu wel in: samen in 1 order, confidence 1/4, lift 1,25
    rij = regels[(regels["als"] == "Laptop") & (regels["dan"] == "Monitor")].iloc[0]
    assert rij["support"] == pytest.approx(0.1) and rij["lift"] == pytest.approx(1.25)


def test_associatieregels_niets_gevonden_geeft_lege_tabel(transacties):
    regels = associatieregels(transacties, min_support=0.9)
    assert regels.empty and list(regels.columns) == bigdata.REGELKOLOMMEN


@pytest.mark.parametrize("argumenten, melding", [
    ({"min_support": 5}, "lijkt een percentage"),
    ({"min_support": 0}, "groter dan 0"),
    ({"min_confidence": -0.1}, "min_confidence"),
    ({"min_support": "veel"}, "min_support moet een getal zijn"),
])
def test_associatieregels_foute_drempels(transacties, argumenten, melding):
    with pytest.raises(ValueError, match=melding):
        associatieregels(transacties, **argumenten)


def test_filter_regels(transacties):
    regels = associatieregels(transacties, min_support=0.05, min_confidence=0.0)
    gefilterd = filter_regels(regels, min_support=0.15, min_confidence=0.9)
    assert set(zip(gefilterd["als"], gefilterd["dan"])) == {("Docking station", "Laptop"),
                                                              ("Monitorarm", "Bureaustoel")}
    assert len(filter_regels(regels, min_lift=2.0)) == 4


def test_kruisverkoop_voor_een_klant(transacties):
    regels = associatieregels(transacties, min_support=0.15, min_confidence=0.5)
    # v1 kocht Bureaustoel en Bureaulamp (O1, O3): alleen Monitorarm (Bureaustoel → Monitorarm, conf 0,5)
    aanbod = kruisverkoop("v1", regels, transacties)
    assert aanbod["product"].tolist() == ["Monitorarm"] and aanbod["omdat"].tolist() == ["Bureaustoel"]
    # wie alleen een stoel heeft: Monitorarm en Bureaulamp, allebei conf 0,5; de hoogste lift (2,5) eerst
    aanbod = kruisverkoop(["Bureaustoel"], regels)
    assert aanbod["product"].tolist() == ["Monitorarm", "Bureaulamp"]
    assert aanbod["omdat"].tolist() == ["Bureaustoel", "Bureaustoel"]
    # v2 kocht al stoel, lamp en arm: niets meer uit deze regels
    assert kruisverkoop("v2", regels, transacties).empty
    # met een lijst producten; top
    assert kruisverkoop(["Laptop"], regels, top=1)["product"].tolist() == ["Docking station"]


def test_kruisverkooplijst_voor_alle_klanten(transacties):
    regels = associatieregels(transacties, min_support=0.15, min_confidence=0.5)
    lijst = bigdata.kruisverkooplijst(regels, transacties)
    # v1 (stoel, lamp): Monitorarm; v2 (stoel, lamp, arm, monitor): niets uit deze regels;
    # v3 (laptop, dock, monitor): niets; v4 (stoel, arm, lamp): niets
    assert lijst[["klant", "product", "omdat"]].values.tolist() == [["v1", "Monitorarm", "Bureaustoel"]]
    # Met alle paren (confidence ≥ 0,2) komt Monitor → Laptop (1 van de 2 orders) erbij: v2 kocht een monitor
    # maar nooit een laptop. v1 krijgt de arm via Bureaustoel (0,5), niet via Bureaulamp (1/3).
    ruim = associatieregels(transacties, min_support=0.05, min_confidence=0.2)
    lijst = bigdata.kruisverkooplijst(ruim, transacties)
    assert lijst[["klant", "product", "omdat"]].values.tolist() == [["v1", "Monitorarm", "Bureaustoel"],
                                                                    ["v2", "Laptop", "Monitor"]]
    assert lijst["confidence"].tolist() == [0.5, 0.5]


def test_kruisverkoop_onbekende_klant(transacties):
    regels = associatieregels(transacties, min_support=0.15, min_confidence=0.5)
    with pytest.raises(ValueError, match="komt niet voor in de kolom 'besteld_door'"):
        kruisverkoop("v9", regels, transacties)
    with pytest.raises(ValueError, match="transacties ontbreekt"):
        kruisverkoop("v1", regels)


def test_schud_producten_houdt_aantallen_en_maakt_nieuwe_mandjes(transacties):
    geschud = schud_producten(transacties, seed=7)
    assert geschud["product"].value_counts().to_dict() == transacties["product"].value_counts().to_dict()
    assert geschud.loc[geschud["soort"] == "retour", "product"].tolist() == ["Bureaustoel"]
    assert (geschud["ordernummer"] == transacties["ordernummer"]).all()
    assert not (geschud["product"] == transacties["product"]).all()
    assert schud_producten(transacties, seed=7).equals(geschud)  # zelfde seed, zelfde uitkomst


def test_geschudde_controle_vindt_geen_sterke_regels():
    # 2000 orders met een sterk verband (A met B); na schudden ligt de lift dicht bij 1.
    rng = np.random.default_rng(1)
    rijen = []
    for i in range(2000):
        hoofd = rng.choice(["A", "C", "D", "E"])
        rijen.append((f"O{i}", hoofd))
        if hoofd == "A" and rng.random() < 0.8:
            rijen.append((f"O{i}", "B"))
        elif rng.random() < 0.3:
            rijen.append((f"O{i}", rng.choice(["C", "D", "E"])))
    t = pd.DataFrame(rijen, columns=["ordernummer", "product"])
    echt = regelmaten(t, "A", "B")["lift"]
    geschud = schud_producten(t, seed=3)
    assert echt > 3
    assert regelmaten(geschud, "A", "B")["lift"] < 1.5


# --------------------------------------------------------------------------- RFM en segmenten


def test_rfm_met_de_hand(transacties):
    tabel = rfm(transacties, "2025-12-31")
    assert tabel.index.name == "besteld_door"
    verwacht = pd.DataFrame({"recentheid": [199, 271, 30, 396], "frequentie": [2, 2, 4, 2],
                             "monetaire_waarde": [535.0, 925.0, 5090.0, 675.0]},
                            index=["v1", "v2", "v3", "v4"])
    assert tabel["recentheid"].tolist() == verwacht["recentheid"].tolist()
    assert tabel["frequentie"].tolist() == verwacht["frequentie"].tolist()
    assert tabel["monetaire_waarde"].tolist() == verwacht["monetaire_waarde"].tolist()
    assert tabel.attrs["zonder_aankoop"] == 0


def test_rfm_per_bedrijf_telt_vestigingen_samen(transacties, bedrijven):
    tabel = rfm(transacties, "2025-12-31", bedrijven=bedrijven)
    assert tabel.index.name == "kvk_nummer"
    # K1 = v1 + v2: laatste aankoop 2025-06-15 (199 dagen), 4 orders, 535 + 925
    assert tabel.loc["K1"].tolist() == [199, 4, 1460.0]
    assert tabel.loc["K4"].tolist() == [396, 2, 675.0]


def test_rfm_peildatum_laat_latere_rijen_weg(transacties):
    tabel = rfm(transacties, "2025-06-30")
    # v3: O6 (dec) en O9 (okt) tellen niet; laatste aankoop O5 op 2025-05-20 = 41 dagen
    assert tabel.loc["v3"].tolist() == [41, 2, 2640.0]


def test_rfm_klant_met_alleen_retour_telt_apart(transacties):
    extra = pd.DataFrame({"ordernummer": ["O11"], "besteld_door": ["v9"],
                          "factuurdatum": pd.to_datetime(["2025-07-01"]), "product": ["Laptop"],
                          "soort": ["creditnota"], "bedrag": [-100.0]})
    tabel = rfm(pd.concat([transacties, extra], ignore_index=True), "2025-12-31")
    assert "v9" not in tabel.index and tabel.attrs["zonder_aankoop"] == 1


def test_rfm_fouten(transacties, bedrijven):
    with pytest.raises(ValueError, match="geen besteld_door"):
        rfm(transacties.assign(besteld_door=[None] + list(transacties["besteld_door"].iloc[1:])))
    with pytest.raises(ValueError, match="niet in bedrijven"):
        rfm(transacties, bedrijven=bedrijven[bedrijven["vestigingsnummer"] != "v4"])
    with pytest.raises(ValueError, match="'factuurdatum' moet datums"):
        rfm(transacties.assign(factuurdatum=transacties["factuurdatum"].astype(str)))
    with pytest.raises(ValueError, match="peildatum 'morgen' is geen datum"):
        rfm(transacties, "morgen")


def test_rfm_scores_met_de_hand(transacties):
    scores = rfm_scores(rfm(transacties, "2025-12-31"), groepen=2)
    # R: v3 (30 d) en v1 (199 d) recent → 2; F: alleen v3 (4 orders) → 2; M: v3 en v2 → 2
    assert scores["rfm_code"].to_dict() == {"v1": "211", "v2": "112", "v3": "222", "v4": "111"}


def _drie_groepen() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    delen = [
        pd.DataFrame({"recentheid": rng.integers(1, 20, 10), "frequentie": rng.integers(40, 60, 10),
                      "monetaire_waarde": rng.uniform(80_000, 120_000, 10)}),
        pd.DataFrame({"recentheid": rng.integers(40, 90, 25), "frequentie": rng.integers(4, 9, 25),
                      "monetaire_waarde": rng.uniform(2_000, 4_000, 25)}),
        pd.DataFrame({"recentheid": rng.integers(500, 900, 15), "frequentie": rng.integers(1, 2, 15),
                      "monetaire_waarde": rng.uniform(100, 300, 15)}),
    ]
    tabel = pd.concat(delen, ignore_index=True)
    tabel.index = [f"k{i:02d}" for i in range(len(tabel))]
    return tabel


def test_segmenteer_vindt_drie_duidelijke_groepen():
    tabel = _drie_groepen()
    segmenten = segmenteer(tabel, k=3, seed=1)
    # segment 0 = hoogste omzet per klant = de eerste groep, enzovoort
    assert segmenten["segment"].tolist() == [0] * 10 + [1] * 25 + [2] * 15
    namen = segmenten.groupby("segment")["segmentnaam"].first().to_dict()
    assert namen[0] == "trouwe grootafnemers" and namen[2] == "slapers"
    assert segmenteer(tabel, k=3, seed=1).equals(segmenten)
    profiel = segmentprofiel(segmenten)
    assert profiel["aantal_klanten"].tolist() == [10, 25, 15]


@pytest.mark.parametrize("k, melding", [(1, "k moet"), (11, "te veel segmenten"), (2.5, "k moet")])
def test_segmenteer_foute_k(k, melding):
    with pytest.raises(ValueError, match=melding):
        segmenteer(_drie_groepen(), k=k)


def test_segmenteer_dubbele_namen_krijgen_een_nummer():
    segmenten = segmenteer(_drie_groepen(), k=6, seed=1)
    namen = segmenten.groupby("segment")["segmentnaam"].first()
    assert namen.is_unique and len(namen) == 6


# --------------------------------------------------------------------------- warehouse


def test_omzet_per_concern_maand_met_de_hand(transacties, bedrijven):
    uit = omzet_per_concern_maand(transacties, bedrijven)
    # C1 = v1, v2, v4; juni 2025: O3 (450) en de retour (-450) = 0
    rij = uit[(uit["concern_kvk"] == "C1") & (uit["maand"] == "2025-06-01")]
    assert rij["omzet"].tolist() == [0.0]
    rij = uit[(uit["concern_kvk"] == "C3") & (uit["maand"] == "2025-05-01")]
    assert rij["omzet"].tolist() == [1320.0]
    assert uit["omzet"].sum() == pytest.approx(535 + 925 + 5090 + 675)


def test_schrijf_en_open_warehouse_met_sql(tmp_path, transacties, bedrijven):
    paden = schrijf_warehouse(tmp_path / "dw", {"transacties": transacties, "bedrijven": bedrijven})
    assert sorted(p.name for p in paden.values()) == ["bedrijven.parquet", "transacties.parquet"]
    assert not list((tmp_path / "dw").glob("*.tmp"))
    dw = open_warehouse(tmp_path / "dw")
    assert dw.sql("SELECT count(DISTINCT ordernummer) FROM transacties").fetchall()[0][0] == 10
    sql = dw.sql(bigdata.SQL_OMZET_PER_CONCERN_MAAND).df()
    pandas = omzet_per_concern_maand(transacties, bedrijven)
    assert sql["omzet"].round(2).tolist() == pandas["omzet"].tolist()
    assert sql["concern_kvk"].tolist() == pandas["concern_kvk"].tolist()
    # aantal bedrijven (KvK) dat bestelde, met een JOIN
    n = dw.sql("SELECT count(DISTINCT b.kvk_nummer) FROM transacties t "
               "JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer").fetchall()[0][0]
    assert n == 3


def test_warehouse_nooit_in_de_cursusmap(transacties):
    from klantlib import data

    with pytest.raises(ValueError, match="hoort niet in de cursusmap"):
        schrijf_warehouse(data.datamap() / "dw", {"transacties": transacties})


def test_warehouse_volle_schijf_geeft_duidelijke_fout(tmp_path, transacties, monkeypatch):
    def vol(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", vol)
    with pytest.raises(WarehouseFout, match="De schijf is vol"):
        schrijf_warehouse(tmp_path, {"transacties": transacties})
    assert not list(tmp_path.glob("*"))  # geen halve bestanden


def test_warehouse_geen_schrijfrecht_geeft_duidelijke_fout(tmp_path, transacties, monkeypatch):
    def verboden(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", verboden)
    with pytest.raises(WarehouseFout, match="Je mag niet schrijven in"):
        schrijf_warehouse(tmp_path, {"transacties": transacties})


def test_warehouse_map_is_een_bestand(tmp_path, transacties):
    bestand = tmp_path / "bestand"
    bestand.write_text("x")
    with pytest.raises(WarehouseFout, match="geen map"):
        schrijf_warehouse(bestand, {"transacties": transacties})


def test_warehouse_tabelnaam_moet_sql_naam_zijn(tmp_path, transacties):
    with pytest.raises(ValueError, match="kleine letters"):
        schrijf_warehouse(tmp_path, {"mijn tabel": transacties})


def test_open_warehouse_lege_map(tmp_path):
    with pytest.raises(ValueError, match="geen Parquet-bestanden"):
        open_warehouse(tmp_path)


def test_maak_warehouse_is_idempotent(tmp_path):
    dw = maak_warehouse(tmp_path, n_rijen=2_000, seed=11)
    assert dw.sql("SELECT count(*) FROM transacties").fetchall()[0][0] == 2_000
    assert dw.sql("SELECT count(*) FROM producten").fetchall()[0][0] > 5
    map_ = tmp_path / "seed11_rijen2000"
    tijden = {p.name: p.stat().st_mtime_ns for p in map_.iterdir()}
    dw2 = maak_warehouse(tmp_path, n_rijen=2_000, seed=11)
    assert {p.name: p.stat().st_mtime_ns for p in map_.iterdir()} == tijden  # niets opnieuw geschreven
    assert (dw2.sql("SELECT sum(bedrag) FROM transacties").fetchall()[0][0]
            == dw.sql("SELECT sum(bedrag) FROM transacties").fetchall()[0][0])
    maak_warehouse(tmp_path, n_rijen=2_000, seed=11, opnieuw=True)
    assert {p.name: p.stat().st_mtime_ns for p in map_.iterdir()} != tijden


def test_maak_warehouse_standaardmap_uit_omgeving(tmp_path, monkeypatch):
    monkeypatch.setenv("KLANTLIB_WAREHOUSE", str(tmp_path / "eigen"))
    assert bigdata.standaard_warehousemap() == tmp_path / "eigen"
    maak_warehouse(n_rijen=500, seed=3)
    assert (tmp_path / "eigen" / "seed3_rijen500" / "transacties.parquet").is_file()


def test_warehouse_standaard_in_de_cachemap_van_klantlib(tmp_path, monkeypatch):
    monkeypatch.delenv("KLANTLIB_WAREHOUSE", raising=False)
    monkeypatch.setenv("KLANTLIB_CACHE", str(tmp_path / "cache"))
    assert bigdata.standaard_warehousemap() == tmp_path / "cache" / "warehouse"


def test_vergelijk_opslag_geeft_gelijke_uitkomst(tmp_path):
    tabel = bigdata.vergelijk_opslag(tmp_path, n_rijen=3_000, seed=5)
    assert tabel.attrs["gelijk"] is True
    assert list(tabel.index) == ["pandas op CSV", "DuckDB op Parquet"]
    assert tabel.loc["DuckDB op Parquet", "bestand_mb"] < tabel.loc["pandas op CSV", "bestand_mb"]
    assert tabel["regels_uitkomst"].nunique() == 1


# --------------------------------------------------------------------------- schaalproef


def test_schaalproef_meet_en_ruimt_op(tmp_path):
    proef = schaalproef([300, 3_000], seed=2, map_=tmp_path)
    assert list(proef.index) == [300, 3_000]
    assert (proef[["genereren_s", "geheugen_mb", "csv_mb", "parquet_mb"]] > 0).all().all()
    assert (proef["parquet_mb"] < proef["csv_mb"]).all()
    assert proef["past_in_excel"].all()
    # geheugen groeit ongeveer lineair: 10 keer zoveel rijen, ongeveer 10 keer zoveel geheugen
    assert 7 < proef.loc[3_000, "geheugen_mb"] / proef.loc[300, "geheugen_mb"] < 13
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # alles opgeruimd


def test_schaalproef_voortgang_en_zonder_opslaan():
    stappen = []
    proef = schaalproef([200, 100], seed=2, opslaan=False, voortgang=lambda i, n: stappen.append((i, n)))
    assert stappen == [(1, 2), (2, 2)]
    assert list(proef.index) == [100, 200] and proef["csv_mb"].isna().all()


@pytest.mark.parametrize("groottes, melding", [([], "lijst"), ([100, 100], "dubbel"), ([0], "groottes moet"),
                                                ("veel", "lijst")])
def test_schaalproef_foute_groottes(groottes, melding):
    with pytest.raises(ValueError, match=melding):
        schaalproef(groottes)


def test_excel_grens():
    assert EXCEL_MAX_RIJEN == 2 ** 20
    proef = pd.DataFrame({"geheugen_mb": [1.0, 2.0]}, index=[EXCEL_MAX_RIJEN - 1, EXCEL_MAX_RIJEN])
    assert (proef.index <= EXCEL_MAX_RIJEN - 1).tolist() == [True, False]


def test_groeihelling_en_voorspel():
    lineair = pd.DataFrame({"tijd": [0.1, 1.0, 10.0]}, index=[1_000, 10_000, 100_000])
    kwadratisch = pd.DataFrame({"tijd": [0.01, 1.0]}, index=[1_000, 10_000])
    assert groeihelling(lineair, "tijd") == pytest.approx(1.0)
    assert groeihelling(kwadratisch, "tijd") == pytest.approx(2.0)
    assert voorspel(lineair, "tijd", 1_000_000) == pytest.approx(100.0)
    with pytest.raises(ValueError, match="minstens twee metingen"):
        groeihelling(pd.DataFrame({"tijd": [1.0]}, index=[10]), "tijd")


# --------------------------------------------------------------------------- klantbeeld en koppelen


def test_koppelgraad_per_bron(bedrijven):
    facturen = pd.DataFrame({"vestigingsnummer": ["v1", None, "v2", "v9"], "klantnaam": ["Jansen B.V.", "JANSEN BV",
                                                                                     "Jansen B.V.", "Onbekend"]})
    klachten = pd.DataFrame({"kvk_nummer": ["K1", "K0", "K7"]})  # K0 is het vorige nummer van K3
    tabel = koppelgraad({"facturen": facturen, "klachten": klachten}, bedrijven)
    assert tabel.loc["facturen"].tolist() == ["vestigingsnummer", 4, 2, 0.5]
    assert tabel.loc["klachten", "gekoppeld"] == 2 and tabel.loc["klachten", "aandeel"] == pytest.approx(2 / 3)
    op_naam = koppelgraad({"facturen": facturen}, bedrijven, via={"facturen": "klantnaam"})
    assert op_naam.loc["facturen", "gekoppeld"] == 2  # "JANSEN BV" en "Onbekend" niet
    with pytest.raises(ValueError, match="via: de tabel 'leads'"):
        koppelgraad({"facturen": facturen}, bedrijven, via={"leads": "bedrijfsnaam"})


def test_klantbeeld_met_de_hand(transacties, bedrijven):
    contracten = pd.DataFrame({"kvk_nummer": ["K1", "K1", "K3"],
                               "ingangsdatum": pd.to_datetime(["2024-01-01", "2026-02-01", "2024-01-01"]),
                               "einddatum": pd.to_datetime([None, None, "2025-01-31"])})
    enquetes = pd.DataFrame({"kvk_nummer": ["K1"] * 4, "score": pd.array([10, 9, 3, None], dtype="Int64"),
                             "contact_id": ["C1"] * 4})
    klachten = pd.DataFrame({"kvk_nummer": ["K1", "K1"], "datum": pd.to_datetime(["2025-05-01", "2024-05-01"])})
    contactpersonen = pd.DataFrame({"kvk_nummer": ["K1", "K3"], "contact_id": ["C1", "C2"]})
    beeld = bigdata.klantbeeld("K1", bedrijven=bedrijven, facturen=transacties, contracten=contracten,
                               enquetes=enquetes, klachten=klachten, contactpersonen=contactpersonen,
                               peildatum="2025-12-31")
    p = beeld.profiel
    assert p["bedrijfsnaam"] == "Jansen B.V." and p["plaats"] == "Utrecht"  # de hoofdvestiging
    # omzet laatste 12 maanden (na 2024-12-31): v1 535 + 450 - 450, v2 675 + 250
    assert p["omzet_12m"] == pytest.approx(535 + 925)
    assert p["laatste_order"] == pd.Timestamp("2025-06-15")
    assert p["lopende_contracten"] == 1  # het tweede begint pas in 2026
    assert p["nps"] == pytest.approx(100 * (2 - 1) / 3)  # leeg antwoord telt niet
    assert p["klachten_12m"] == 1
    assert set(p.index) == set(bigdata.PROFIELVELDEN)
    assert len(beeld.contactpersonen) == 1 and beeld.omzet_per_jaar.to_dict() == {2025: 1460.0}
    assert beeld.koppeling.loc["facturen", "sleutel"] == "besteld_door"
    assert "Klantbeeld Jansen B.V." in beeld._repr_html_()
    with pytest.raises(ValueError, match="staat niet in bedrijven"):
        bigdata.klantbeeld("99999999", bedrijven=bedrijven, facturen=transacties, contracten=contracten,
                           enquetes=enquetes, klachten=klachten, contactpersonen=contactpersonen)
    with pytest.raises(ValueError, match="moet tekst zijn"):
        bigdata.klantbeeld(12345678, bedrijven=bedrijven, facturen=transacties, contracten=contracten,
                           enquetes=enquetes, klachten=klachten, contactpersonen=contactpersonen)


# --------------------------------------------------------------------------- AVG


def test_persoonsgegevens_contactpersonen():
    c = pd.DataFrame({"contact_id": ["C0001"], "kvk_nummer": ["12345678"], "vestigingsnummer": ["000000000001"],
                      "voornaam": ["Anna"], "achternaam": ["de Vries"], "functie": ["Inkoper"],
                      "dmu_rol": ["inkoper"], "email": ["a.devries@jansen.nl"], "telefoon": ["06-12345678"]})
    tabel = persoonsgegevens(c)
    ja = set(tabel.index[tabel["persoonsgegeven"] == "ja"])
    assert ja == {"contact_id", "voornaam", "achternaam", "email", "telefoon"}
    assert "pseudoniem" in tabel.loc["contact_id", "reden"]


def test_persoonsgegevens_herkent_waarden_en_open_tekst():
    t = pd.DataFrame({"adres": ["jan@x.nl", "piet@y.nl"], "nummer": ["+31 6 1234 5678", "020-1234567"],
                      "verbeterpunt": ["De levering was laat.", ""], "bedrag": [1.0, 2.0],
                      "verkoper": ["Anna", "Bram"]})
    tabel = persoonsgegevens(t)["persoonsgegeven"].to_dict()
    assert tabel == {"adres": "ja", "nummer": "ja", "verbeterpunt": "mogelijk", "bedrag": "nee", "verkoper": "ja"}


def test_persoonsgegevens_foute_invoer():
    with pytest.raises(ValueError, match="tabel moet een tabel"):
        persoonsgegevens(["email"])


# --------------------------------------------------------------------------- make or buy


def test_kosten_over_jaren_met_de_hand():
    tabel = kosten_over_jaren({"zelf maken": (40_000, 50_000), "inkopen": (5_000, 60_000)}, jaren=5)
    assert tabel.loc[5].tolist() == [290_000.0, 305_000.0]
    assert tabel.loc[1].tolist() == [90_000.0, 65_000.0]
    # omslagpunt: in jaar 3 (190.000 tegen 185.000) is inkopen nog goedkoper, in jaar 4 niet meer
    assert (tabel["inkopen"] < tabel["zelf maken"]).tolist() == [True, True, True, False, False]


@pytest.mark.parametrize("opties, melding", [({}, "dict"), ({"a": (1,)}, "twee getallen"),
                                             ({"a": (-1, 2)}, "negatief")])
def test_kosten_over_jaren_fouten(opties, melding):
    with pytest.raises(ValueError, match=melding):
        kosten_over_jaren(opties)


def test_geen_willekeur_zonder_seed_argument():
    """Elke functie met toeval heeft een seed-argument."""
    import inspect

    for naam in ("schud_producten", "segmenteer", "schaalproef", "maak_warehouse", "vergelijk_opslag"):
        assert "seed" in inspect.signature(getattr(bigdata, naam)).parameters, naam
