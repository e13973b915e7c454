"""Tests voor klantlib.data: de dataset, de valkuilen en het opnieuw maken."""

from __future__ import annotations

import filecmp

import numpy as np
import pandas as pd
import pytest

from klantlib import data
from klantlib.data import EINDDATUM, TABELLEN, laad


@pytest.fixture(scope="module")
def f():
    return laad("facturen")


@pytest.fixture(scope="module")
def b():
    return laad("bedrijven")


def test_opnieuw_genereren_geeft_dezelfde_bestanden(tmp_path):
    assert data.main(["genereer", "--uit", str(tmp_path)]) == 0
    for naam in TABELLEN:
        assert filecmp.cmp(tmp_path / f"{naam}.csv", data.datamap() / f"{naam}.csv", shallow=False), naam


def test_seed_geeft_andere_variant_en_raakt_datasets_niet(tmp_path):
    voor = {p.name: p.stat().st_mtime_ns for p in data.datamap().glob("*.csv")}
    eigen = laad("facturen", seed=12345)
    standaard = laad("facturen")
    assert len(eigen) != len(standaard) or not eigen["bedrag"].equals(standaard["bedrag"])
    assert {p.name: p.stat().st_mtime_ns for p in data.datamap().glob("*.csv")} == voor


def test_standaardseed_gegenereerd_is_gelijk_aan_csv():
    for naam in ("facturen", "bedrijven", "enquetes", "leads"):
        pd.testing.assert_frame_equal(laad(naam, seed=data.STANDAARD_SEED), laad(naam))


def test_kies_dataset_volgt_laad():
    try:
        data.kies_dataset(777)
        assert laad("leads").equals(laad("leads", seed=777))
    finally:
        data.kies_dataset(None)
    assert laad("leads").equals(laad("leads", seed=None))


@pytest.mark.parametrize("fout", [-1, 1.5, "abc", True])
def test_kies_dataset_weigert_onzin(fout):
    with pytest.raises(ValueError, match="seed"):
        data.kies_dataset(fout)


def test_onbekende_tabel():
    with pytest.raises(ValueError, match="Kies uit"):
        laad("klanten")


def test_types(f, b):
    assert f["factuurdatum"].dtype == "datetime64[ns]"
    assert f["bedrag"].dtype == "float64"
    assert b["kvk_nummer"].str.fullmatch(r"\d{8}").all()
    assert b["vestigingsnummer"].str.fullmatch(r"\d{12}").all()
    assert b["vestigingsnummer"].is_unique
    # voorloopnullen blijven bewaard: tekst, geen getal
    assert b["vestigingsnummer"].map(type).eq(str).all()
    assert laad("enquetes")["score"].dtype == "Int64"


def test_vier_hele_jaren_tot_vaste_einddatum(f):
    assert f["factuurdatum"].min() <= pd.Timestamp("2021-01-31")
    assert f["factuurdatum"].max() <= EINDDATUM
    assert f["factuurdatum"].dt.year.nunique() >= 4


def test_grote_concerns_5_procent_en_samen_40_procent(f, b):
    venster = f[f["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24)]
    concern = venster["besteld_door"].map(b.set_index("vestigingsnummer")["concern_kvk"])
    aandeel = venster.groupby(concern)["bedrag"].sum().sort_values(ascending=False)
    aandeel = aandeel / aandeel.sum()
    assert (aandeel.head(4) >= 0.05).all()
    assert 0.35 <= aandeel.head(4).sum() <= 0.45


def test_drie_business_units_met_producten_en_contracten(f):
    assert f["business_unit"].nunique() >= 3
    assert f["contractnummer"].notna().any() and f["contractnummer"].isna().any()


def test_retouren_en_creditnotas(f):
    assert {"factuur", "retour", "creditnota"} <= set(f["soort"])
    assert (f.loc[f["soort"] != "factuur", "bedrag"] < 0).all()
    t = f[f["product"] == "Thuiswerkpakket"]
    retour = -t.loc[t["soort"] == "retour", "bedrag"].sum() / t.loc[t["soort"] == "factuur", "bedrag"].sum()
    assert 0.5 <= retour <= 0.7  # het 60%-voorbeeld


def test_contracten_zonder_facturen_en_nog_niet_ingegaan(f):
    c = laad("contracten")
    assert (~c["contractnummer"].isin(f["contractnummer"])).sum() >= 5
    assert (c["ingangsdatum"] > EINDDATUM).sum() >= 3


def test_naamvarianten_en_waarheidstabel(f, b):
    w = laad("waarheid_namen")
    assert set(f["klantnaam"]) <= set(w["klantnaam"])
    per_kvk = w.groupby("kvk_nummer")["klantnaam"].nunique()
    assert (per_kvk >= 3).sum() >= 20
    assert w["kvk_nummer"].isin(b["kvk_nummer"]).all()
    assert w["variant"].isin(["rechtsvorm zonder punten", "hoofdletters", "tikfout", "via holding"]).any()


def test_dubbele_rijen_staan_in_waarheid(f):
    dubbel = f[f.duplicated(keep="first")]
    w = laad("waarheid_dubbel")
    assert len(dubbel) >= 10
    assert set(dubbel["factuurnummer"]) == set(w["factuurnummer"])


def test_onbetaald_en_handmatig(f):
    assert f["betaaldatum"].isna().sum() > 0
    assert f["vestigingsnummer"].isna().sum() > 0
    assert f["besteld_door"].notna().all()


def test_overname_met_nieuw_kvk_nummer(b):
    nieuw = b[b["vorige_kvk_nummer"].notna()]
    assert len(nieuw) >= 1
    assert nieuw["vorige_kvk_nummer"].isin(b.loc[b["actief_tot"].notna(), "kvk_nummer"]).all()


def test_dochters_en_holdings(b):
    dochters = b[b["moeder_kvk"].notna()]
    assert dochters["moeder_kvk"].isin(b["kvk_nummer"]).all()
    assert (dochters["concern_kvk"] != dochters["kvk_nummer"]).all()


def test_postcodes_met_en_zonder_spatie_en_rayon(b):
    assert b["postcode"].str.fullmatch(r"\d{4} [A-Z]{2}").any()
    assert b["postcode"].str.fullmatch(r"\d{4}[A-Z]{2}").any()
    cijfer = b["postcode"].str[0].astype(int)
    verwacht = cijfer.map({1: "West", 2: "West", 3: "Midden", 4: "Zuid", 5: "Zuid", 6: "Zuid", 7: "Oost", 8: "Noord", 9: "Noord"})
    assert (verwacht == b["rayon"]).all()


def test_grensgevallen_24_maanden(f):
    rond = f["factuurdatum"].between("2023-12-29", "2024-01-02")
    assert rond.sum() >= 4


def test_funnelconversies_rond_25_20_50():
    l = laad("leads")
    p, o, w = l["prospect_op"].notna().sum(), l["offerte_op"].notna().sum(), l["gewonnen_op"].notna().sum()
    assert 0.2 <= p / len(l) <= 0.3
    assert 0.15 <= o / p <= 0.25
    assert 0.4 <= w / o <= 0.6
    per_verkoper = l.groupby("verkoper")["prospect_op"].apply(lambda s: s.notna().mean())
    assert per_verkoper.max() - per_verkoper.min() > 0.05


def test_nps_positief_maar_verschilt_per_sector(b):
    e = laad("enquetes").merge(b.drop_duplicates("kvk_nummer")[["kvk_nummer", "sector"]], on="kvk_nummer")
    s = e["score"].dropna().astype(int)
    nps = ((s >= 9).mean() - (s <= 6).mean()) * 100
    assert nps > 0
    per = e.dropna(subset=["score"]).groupby("sector")["score"].apply(lambda x: ((x >= 9).mean() - (x <= 6).mean()) * 100)
    assert per.max() - per.min() > 15
    assert laad("enquetes")["score"].isna().sum() > 0


def test_contactpersonen_email_op_eigen_domein():
    c = laad("contactpersonen")
    assert c["email"].str.fullmatch(r"[a-z0-9.]+@[a-z0-9]+\.nl").all()
    assert set(c["dmu_rol"]) == {"beslisser", "inkoper", "gebruiker", "beïnvloeder", "poortwachter"}


def test_genereer_transacties_schema_en_grootte():
    t = data.genereer_transacties(5000, seed=3)
    assert len(t) == 5000
    assert list(t.columns) == list(laad("facturen").columns)
    assert t["factuurnummer"].is_unique
    assert t["factuurdatum"].is_monotonic_increasing
    assert np.isclose(data.genereer_transacties(100, seed=3)["bedrag"].sum(), data.genereer_transacties(100, seed=3)["bedrag"].sum())
    with pytest.raises(ValueError):
        data.genereer_transacties(-1)


def test_alle_datums_binnen_de_periode():
    for naam, kolom in [("facturen", "factuurdatum"), ("ervaringen", "datum"), ("klachten", "datum"),
                        ("enquetes", "datum"), ("leads", "aangemaakt_op")]:
        d = laad(naam)[kolom]
        assert d.min() >= data.BEGINDATUM and d.max() <= EINDDATUM, naam


def test_seed_als_tekst_zoals_een_studentnummer():
    """Een studentnummer met een 0 vooraan werkt ook in laad() en kies_dataset(), net als in Werkboek."""
    from klantlib.data import actieve_seed, kies_dataset, laad

    assert laad("bedrijven", seed="0123456").equals(laad("bedrijven", seed=123456))
    try:
        kies_dataset(" 0654321 ")
        assert actieve_seed() == 654321
    finally:
        kies_dataset()
    for fout in ("abc", -1, 1.5, True):
        with pytest.raises(ValueError, match="studentnummer"):
            laad("bedrijven", seed=fout)
