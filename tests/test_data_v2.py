"""Dataset v2: de eigenschappen die de hoofdstukken 02, 04, 05 en 07 nodig hebben.

Elke eigenschap geldt voor de standaarddata én voor persoonlijke seeds: de
controles in de werkboeken rekenen met de actieve dataset van de student.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from klantlib import data
from klantlib.data import EINDDATUM, laad

SEEDS = [None, 77, 123456]


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: f"seed={s}")
def t(request):
    seed = request.param
    return {naam: laad(naam, seed=seed) for naam in data.TABELLEN}


def _kvk_van(b: pd.DataFrame) -> pd.Series:
    return b.set_index("vestigingsnummer")["kvk_nummer"]


def _aandelen(f: pd.DataFrame, b: pd.DataFrame, maanden: int) -> pd.Series:
    venster = f[f["factuurdatum"] > EINDDATUM - pd.DateOffset(months=maanden)]
    concern = venster["besteld_door"].map(b.set_index("vestigingsnummer")["concern_kvk"])
    omzet = venster.groupby(concern)["bedrag"].sum()
    return (omzet / omzet.sum()).sort_values(ascending=False)


# --- Eigen toevalsstromen per tabel ---------------------------------------------------------


def test_elke_tabel_heeft_een_eigen_stroom():
    a = data._stroom(5, "facturen").random(3)
    b = data._stroom(5, "leads").random(3)
    assert not np.allclose(a, b)
    assert np.allclose(a, data._stroom(5, "facturen").random(3))  # zelfde naam, zelfde getallen


def test_een_andere_stroom_verandert_geen_andere_tabel(monkeypatch):
    """Trekt één tabel meer (of andere) getallen, dan blijven de andere tabellen gelijk."""
    origineel = data.genereer(seed=31)
    echte = data._waardeprofielen

    def anders(seed):
        data._stroom(seed, "waardeprofielen").random(1000)  # verbruikt extra getallen uit de eigen stroom
        profielen, gewichten = echte(seed + 1)
        return profielen, gewichten

    monkeypatch.setattr(data, "_waardeprofielen", anders)
    nieuw = data.genereer(seed=31)
    assert not nieuw["waardeprofielen"].equals(origineel["waardeprofielen"])
    for naam in data.TABELLEN:
        if naam not in ("waardeprofielen", "waardeprofiel_gewichten"):
            pd.testing.assert_frame_equal(nieuw[naam], origineel[naam], obj=naam)


# --- Concerns --------------------------------------------------------------------------------


def test_concernnamen_uniek_en_heel(t):
    b = t["bedrijven"]
    assert b.groupby("concern_kvk")["concernnaam"].nunique().max() == 1
    namen = b.drop_duplicates("concern_kvk")["concernnaam"]
    assert namen.is_unique
    assert b.drop_duplicates("kvk_nummer")["bedrijfsnaam"].is_unique
    for naam in pd.concat([namen, b["bedrijfsnaam"]]).unique():
        woorden = naam.lower().split()
        assert not any(w1 == w2 for w1, w2 in zip(woorden, woorden[1:])), naam  # geen "Zorggroep Zorggroep"
        assert not naam.startswith(("van ", "de ", "der ", "den ", "ter ")), naam  # tussenvoegsel met hoofdletter
    # Achternamen met een tussenvoegsel blijven heel: "Van Beek Groep", niet "van Groep".
    assert not namen.str.fullmatch(r"(Van|De|Ter|Den|Van der|Van de|Van den) Groep").any()


def test_accountmanager_per_concern(t):
    b = t["bedrijven"]
    per_concern = b.groupby("concern_kvk")["accountmanager"].nunique(dropna=False)
    assert per_concern.max() == 1
    met = b.dropna(subset=["accountmanager"])["concern_kvk"].nunique()
    assert 30 <= met <= 45
    assert b["accountmanager"].isna().sum() > len(b) / 2  # de rest: binnendienst
    psu = t["psu"]
    assert set(psu["concern_kvk"]) == set(b.dropna(subset=["accountmanager"])["concern_kvk"])
    assert set(psu["rol"]) == {"accountmanager", "binnendienst", "servicemanager", "specialist"}
    am = psu[psu["rol"] == "accountmanager"].set_index("concern_kvk")["naam"]
    assert (am == b.drop_duplicates("concern_kvk").set_index("concern_kvk")["accountmanager"].reindex(am.index)).all()
    assert psu.loc[psu["rol"] == "specialist", "business_unit"].notna().all()
    assert psu.loc[psu["rol"] != "specialist", "business_unit"].isna().all()
    # Accountmanagers zijn andere mensen dan de verkopers van nieuwe klanten.
    assert not set(psu["naam"]) & set(t["leads"]["verkoper"])


# --- Wallet ------------------------------------------------------------------------------------


def test_wallet_consistent_met_facturen_en_rang(t):
    w, f, b = t["wallet"], t["facturen"], t["bedrijven"]
    assert len(w) == 30 and w["concern_kvk"].is_unique
    venster = f[f["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24)]
    omzet = venster.groupby(venster["besteld_door"].map(b.set_index("vestigingsnummer")["concern_kvk"]))["bedrag"].sum()
    eigen = omzet.reindex(w["concern_kvk"]).to_numpy()
    np.testing.assert_allclose(w["aandeel_vermeer"], eigen / w["totale_besteding_24m"], atol=6e-5)
    assert (w["rang_leverancier"] * w["aandeel_vermeer"] <= 1 + 1e-9).all()
    assert (w["rang_leverancier"] <= w["aantal_leveranciers"]).all()
    assert (w["rang_leverancier"] == 1).sum() >= 2
    assert (w["rang_leverancier"] > 3).sum() >= 3
    # De 30 grootste concerns van de laatste 24 maanden.
    assert set(w["concern_kvk"]) == set(omzet.sort_values(ascending=False).index[:30])
    assert w["bron"].notna().all() and w["geschat_op"].between("2025-01-01", EINDDATUM).all()


def test_wallet_per_bu_telt_op_en_is_consistent(t):
    w, pb = t["wallet"], t["wallet_per_bu"]
    assert len(pb) == 3 * len(w)
    som = pb.groupby("concern_kvk")["totale_besteding_24m"].sum()
    np.testing.assert_allclose(som.reindex(w["concern_kvk"]), w["totale_besteding_24m"], atol=1.0)
    leverancier = pb["aandeel_vermeer"] > 0
    assert pb.loc[~leverancier, "rang_leverancier"].isna().all()
    assert (pb.loc[leverancier, "rang_leverancier"] * pb.loc[leverancier, "aandeel_vermeer"] <= 1 + 1e-9).all()
    assert (~leverancier).any()  # witte vlekken: units waar we niets verkopen


# --- Leads en bedrijven ------------------------------------------------------------------------


def test_gewonnen_leads_worden_gefactureerde_klanten(t):
    l, b, f = t["leads"], t["bedrijven"], t["facturen"]
    gewonnen = l[l["gewonnen_op"].notna()]
    assert len(gewonnen) >= 30
    assert gewonnen["kvk_nummer"].notna().all()
    assert gewonnen["kvk_nummer"].isin(b["kvk_nummer"]).all()
    kvk = f["besteld_door"].map(_kvk_van(b))
    vertraging = []
    for rij in gewonnen.itertuples():
        na = f.loc[(kvk == rij.kvk_nummer) & (f["soort"] == "factuur") & (f["factuurdatum"] > rij.gewonnen_op),
                   "factuurdatum"]
        assert len(na), rij.lead_id
        vertraging.append((na.min() - rij.gewonnen_op).days)
    assert np.mean(np.array(vertraging) <= 90) >= 0.85  # bijna allemaal binnen een paar maanden


def test_leads_van_potentiele_en_oud_klanten(t):
    l, b, f = t["leads"], t["bedrijven"], t["facturen"]
    gekocht = set(f["besteld_door"].map(_kvk_van(b)))
    met_kvk = l[l["kvk_nummer"].notna()]
    nooit_gekocht = met_kvk[~met_kvk["kvk_nummer"].isin(gekocht)]
    assert len(nooit_gekocht) >= 20  # potentiële klanten die in ons bestand staan
    assert nooit_gekocht["gewonnen_op"].isna().all()
    # Terugwinnen: een gewonnen lead bij een bedrijf dat al eerder kocht.
    kvk = f["besteld_door"].map(_kvk_van(b))
    terug = 0
    for rij in l[l["gewonnen_op"].notna()].itertuples():
        if ((kvk == rij.kvk_nummer) & (f["factuurdatum"] < rij.gewonnen_op - pd.Timedelta(days=90))).any():
            terug += 1
    assert terug >= 1
    # Leads zonder KvK-nummer hebben een naam die niet in ons bestand staat.
    kaal = b["bedrijfsnaam"].str.replace(r" (B\.V\.|N\.V\.|V\.O\.F\.)$", "", regex=True).str.replace("^Stichting ", "", regex=True)
    assert not l.loc[l["kvk_nummer"].isna(), "bedrijfsnaam"].isin(kaal).any()


def test_niet_elke_nieuwe_klant_komt_uit_een_lead(t):
    b, f, l = t["bedrijven"], t["facturen"], t["leads"]
    kvk = f["besteld_door"].map(_kvk_van(b))
    eerste = f.groupby(kvk)["factuurdatum"].min()
    nieuw = set(eerste[eerste > pd.Timestamp("2021-06-30")].index)
    uit_lead = set(l.loc[l["gewonnen_op"].notna(), "kvk_nummer"])
    overname = set(t["waarheid_overnames"]["nieuwe_kvk"])
    assert nieuw - uit_lead - overname  # direct besteld, zonder lead (valkuil)


# --- Opzeggingen --------------------------------------------------------------------------------


def test_opzeggingen_kloppen_met_facturen_en_contracten(t):
    o, f, b, c, l = t["opzeggingen"], t["facturen"], t["bedrijven"], t["contracten"], t["leads"]
    assert len(o) >= 60
    assert set(o["door"]) == {"klant", "leverancier"}
    assert o["reden"].isin(data._REDENEN_KLANT + data._REDENEN_LEVERANCIER).all()
    assert o["business_unit"].isin(data._BU_NAMEN).all()
    assert o["datum"].between(data.BEGINDATUM, EINDDATUM).all()
    kvk = f["besteld_door"].map(_kvk_van(b))
    for rij in o.itertuples():
        grens = rij.datum + pd.Timedelta(days=62)
        later = f.loc[(kvk == rij.kvk_nummer) & (f["soort"] == "factuur") & (f["factuurdatum"] > grens), "factuurdatum"]
        terug = l.loc[(l["kvk_nummer"] == rij.kvk_nummer) & (l["gewonnen_op"] > rij.datum), "gewonnen_op"]
        if len(later):
            assert len(terug) and later.min() > terug.min(), rij.opzegging_id
        eigen = c[(c["kvk_nummer"] == rij.kvk_nummer) & (c["ingangsdatum"] <= rij.datum)]
        if len(terug) == 0:
            assert (eigen["einddatum"].notna() & (eigen["einddatum"] <= grens)).all(), rij.opzegging_id
    # Stille vertrekkers: oud-klanten zonder opzegging bestaan ook.
    laatste = f[f["soort"] == "factuur"].groupby(kvk)["factuurdatum"].max()
    weg = set(laatste[laatste < EINDDATUM - pd.DateOffset(months=24)].index)
    assert weg - set(o["kvk_nummer"])


def test_overname_en_fusie_in_waarheid(t):
    w, b, o = t["waarheid_overnames"], t["bedrijven"], t["opzeggingen"]
    assert list(w["soort"]) == ["overname", "fusie"]
    overname = w.iloc[0]
    assert overname["nieuwe_kvk"] in set(b.loc[b["vorige_kvk_nummer"] == overname["oude_kvk"], "kvk_nummer"])
    assert overname["oude_kvk"] not in set(o["kvk_nummer"])  # geen opzegging: het is dezelfde klant
    fusie = w.iloc[1]
    holding = b[b["kvk_nummer"] == fusie["oude_kvk"]]
    assert (holding["concern_kvk"] == fusie["nieuwe_kvk"]).all()
    assert (holding["moeder_kvk"] == fusie["nieuwe_kvk"]).all()


# --- Koopritme en grote accounts ----------------------------------------------------------------


def test_12_24_36_maanden_geven_andere_grote_accounts(t):
    f, b = t["facturen"], t["bedrijven"]
    lijsten = {n: set(_aandelen(f, b, n).loc[lambda s: s >= 0.05].index) for n in (12, 24, 36)}
    assert lijsten[12] != lijsten[24] != lijsten[36] != lijsten[12]
    a24 = _aandelen(f, b, 24)
    assert (a24 >= 0.05).sum() == 5
    assert 0.37 <= a24.head(4).sum() <= 0.43


def test_seizoen_rustige_zomer_druk_december(t):
    f = t["facturen"]
    gewoon = f[(f["soort"] == "factuur") & f["contractnummer"].isna()]
    per_maand = gewoon.groupby(gewoon["factuurdatum"].dt.month)["ordernummer"].nunique()
    assert per_maand[[7, 8]].mean() < 0.85 * per_maand[[3, 4, 5, 9, 10]].mean()
    assert per_maand[12] > per_maand[[3, 4, 5, 9, 10]].mean()


# --- Producten, orders en datamining -------------------------------------------------------------


def test_producten_tabel_en_gebruik(t):
    p, f = t["producten"], t["facturen"]
    assert p["product"].is_unique and len(p) == 15
    assert set(f["product"]) == set(p["product"])
    assert (p["bruto_marge"].between(0, 1)).all() and (p["retourkans"].between(0, 1)).all()
    bu = f.drop_duplicates("product").set_index("product")["business_unit"]
    assert (bu == p.set_index("product")["business_unit"].reindex(bu.index)).all()


def test_orders_houden_regels_bij_elkaar(t):
    f = t["facturen"]
    assert f["ordernummer"].notna().all()
    regels = f[f["soort"] == "factuur"].drop_duplicates()
    per_order = regels.groupby("ordernummer")
    assert (per_order["factuurdatum"].nunique() == 1).all()
    assert (per_order["besteld_door"].nunique() == 1).all()
    assert (per_order["klantnaam"].nunique() == 1).all()
    grootte = per_order.size()
    assert grootte.max() >= 4 and (grootte >= 2).mean() > 0.25
    # Een retour hoort bij de order van de factuur die hij corrigeert.
    retour = f[f["soort"] != "factuur"]
    orig = f.drop_duplicates("factuurnummer").set_index("factuurnummer")["ordernummer"]
    assert (retour["ordernummer"].to_numpy() == orig.reindex(retour["origineel_factuurnummer"]).to_numpy()).all()


def _lifts(regels: pd.DataFrame, min_samen: int = 20) -> dict[tuple[str, str], float]:
    o = regels[regels["soort"] == "factuur"].drop_duplicates(["ordernummer", "product"])
    mand = pd.crosstab(o["ordernummer"], o["product"]).astype(bool)
    x = mand.to_numpy(dtype=float)
    steun = x.mean(axis=0)
    samen = x.T @ x / len(x)
    lift = samen / np.outer(steun, steun)
    namen = list(mand.columns)
    return {(a, b): lift[i, j] for i, a in enumerate(namen) for j, b in enumerate(namen)
            if i != j and samen[i, j] * len(x) >= min_samen}


def _controleer_associaties(regels: pd.DataFrame, waarheid: pd.DataFrame) -> None:
    lifts = _lifts(regels)
    geplant = {frozenset((r.als, r.dan)) for r in waarheid.itertuples()}
    for r in waarheid.itertuples():
        assert lifts[(r.als, r.dan)] >= 2, (r.als, r.dan, lifts[(r.als, r.dan)])
    andere = [v for k, v in lifts.items() if frozenset(k) not in geplant]
    assert 0.8 <= np.median(andere) <= 1.25, np.median(andere)


def test_geplante_associaties_in_facturen(t):
    w = t["waarheid_associaties"]
    assert set(zip(w["als"], w["dan"])) == {(a, d) for a, d, _k, _t in data._ASSOCIATIES}
    assert (w["bedoelde_lift"] >= 2).all()
    _controleer_associaties(t["facturen"], w)


@pytest.mark.parametrize("seed", [data.STANDAARD_SEED, 123456])
def test_geplante_associaties_in_transacties(seed):
    transacties = data.genereer_transacties(60_000, seed=seed)
    _controleer_associaties(transacties, laad("waarheid_associaties", seed=None if seed == data.STANDAARD_SEED else seed))


def test_segmenten_verschillen_in_koopgedrag(t):
    s, f, b = t["waarheid_segmenten"], t["facturen"], t["bedrijven"]
    assert set(s["segment"]) == {"grootafnemer", "vaste klant", "incidentele klant"}
    kvk = f["besteld_door"].map(_kvk_van(b))
    gewoon = f[(f["soort"] == "factuur") & f["contractnummer"].isna()]
    per = gewoon.groupby(kvk.loc[gewoon.index]).agg(orders=("ordernummer", "nunique"), omzet=("bedrag", "sum"))
    per = per.join(s.set_index("kvk_nummer"))
    mediaan = per.groupby("segment").median()
    assert mediaan.loc["grootafnemer", "orders"] > mediaan.loc["vaste klant", "orders"] > mediaan.loc["incidentele klant", "orders"]
    assert mediaan.loc["grootafnemer", "omzet"] > mediaan.loc["incidentele klant", "omzet"]
    assert set(s["kvk_nummer"]) == set(kvk.dropna())


def test_transactie_segmenten_en_schema():
    s = data.transactie_segmenten(123456)
    assert s["vestigingsnummer"].is_unique
    t = data.genereer_transacties(20_000, seed=123456)
    assert len(t) == 20_000 and t["factuurnummer"].is_unique and t["factuurdatum"].is_monotonic_increasing
    assert set(t["besteld_door"]) <= set(s["vestigingsnummer"])
    assert list(t.columns) == list(laad("facturen").columns)
    per_order = t.groupby("ordernummer")["factuurdatum"].nunique()
    assert (per_order == 1).all()
    assert len(data.genereer_transacties(0)) == 0


# --- Waardestrategieën en waardeketen -------------------------------------------------------------


def test_waardeprofielen_met_herkomst_en_verhaal(t):
    w = t["waardeprofielen"]
    assert set(w["leverancier"]) == {"Vermeer Werkplek B.V.", "Kantoorgigant", "OfficeDirect NL", "Facilis Partners"}
    assert w["score"].between(1, 10).all() and (w["score"] * 10 % 1 == 0).all()
    assert (w["jaar"] == 2025).all() and (w["respondenten"] >= 100).all() and w["bron"].notna().all()
    s = w.pivot(index="leverancier", columns="waardestrategie", values="score")
    # Niemand precies op een grens, zodat het oordeel niet van afronden afhangt.
    assert not s.isin([6.0, 8.0]).any().any()
    vermeer = s.loc["Vermeer Werkplek B.V."]
    assert (vermeer >= 6).all() and (vermeer < 8).all()  # overal voldoende, nergens uitblinker
    # Precies één concurrent haalt beide voorwaarden (overal voldoende, ergens uitblinker).
    beide = [l for l in s.index if (s.loc[l] >= 6).all() and (s.loc[l] >= 8).any()]
    assert len(beide) == 1 and beide[0] != "Vermeer Werkplek B.V."
    g = t["waardeprofiel_gewichten"]
    np.testing.assert_allclose(g.groupby("sector")["gewicht"].sum(), 1.0, atol=1e-9)


def test_waardeketen_porter_en_marge(t):
    k, f = t["waardeketen"], t["facturen"]
    assert k.groupby("business_unit").size().eq(9).all()
    assert set(k.loc[k["soort"] == "primair", "activiteit"]) == {
        "Inkomende logistiek", "Operationele activiteiten", "Uitgaande logistiek", "Marketing en sales", "Service"}
    assert set(k.loc[k["soort"] == "ondersteunend", "activiteit"]) == {
        "Inkoop", "Technologieontwikkeling", "Human resource management", "Infrastructuur"}
    omzet = f[f["factuurdatum"].dt.year == 2025].groupby("business_unit")["bedrag"].sum()
    marge = (omzet - k.groupby("business_unit")["kosten"].sum()) / omzet
    assert marge.between(0.01, 0.15).all()
    logistiek = k[k["activiteit"].str.contains("logistiek")].groupby("business_unit")["kosten"].sum() / k.groupby("business_unit")["kosten"].sum()
    assert logistiek["Facilitaire diensten"] < logistiek["Kantoorinrichting"]  # een dienstverlener heeft weinig logistiek


def test_contactpersonen_zonder_beslisser_bij_een_groot_account(t):
    c, b, f = t["contactpersonen"], t["bedrijven"], t["facturen"]
    top5 = _aandelen(f, b, 24).index[:5]
    concern = c["kvk_nummer"].map(b.drop_duplicates("kvk_nummer").set_index("kvk_nummer")["concern_kvk"])
    rollen = c.groupby(concern)["dmu_rol"].agg(set)
    assert any("beslisser" not in rollen.get(k, set()) for k in top5)
    assert (c["dmu_rol"] == "beslisser").mean() < (c.groupby("kvk_nummer").ngroups / len(c))


def test_verbeterpunten_gevarieerd(t):
    tekst = t["enquetes"]["verbeterpunt"].fillna("").str.lower()
    for woord in ("levertijd", "factu", "prijs", "kwaliteit", "nieuw", "aanspreekpunt", "meedenk", "maatwerk"):
        assert tekst.str.contains(woord).any(), woord
    assert (tekst == "").any()


def test_persoonlijke_seed_raakt_datasets_niet_en_alle_tabellen_bestaan(tmp_path):
    voor = {p.name: p.stat().st_mtime_ns for p in data.datamap().glob("*.csv")}
    tabellen = data.genereer(seed=99)
    assert set(tabellen) == set(data.TABELLEN)
    assert all(len(df) for df in tabellen.values())
    assert {p.name: p.stat().st_mtime_ns for p in data.datamap().glob("*.csv")} == voor
    assert {p.stem for p in data.datamap().glob("*.csv")} == set(data.TABELLEN)
