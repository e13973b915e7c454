"""Tests voor klantlib.funnel: het blogvoorbeeld, kleine leads-tabellen en eigenschappen."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantlib.funnel import (
    STAPPEN,
    benodigd,
    doorlooptijd,
    funnel,
    funnel_uit_leads,
    nieuwe_business_plan,
    pijplijn_prognose,
)

BLOG = {"gebeld": 400, "prospect": 100, "offerte": 20, "klant": 10}


# ---------------------------------------------------------------- het blogvoorbeeld


def test_blog_funnel_conversie_en_slagingskans():
    f = funnel(BLOG)
    assert f.index.tolist() == ["gebeld", "prospect", "offerte", "klant"]
    assert f["aantal"].tolist() == [400, 100, 20, 10]
    assert f["conversie"].iloc[:3].tolist() == pytest.approx([0.25, 0.20, 0.50])
    assert math.isnan(f["conversie"].iloc[3])
    # 2,5 % -> 10 % -> 50 % -> 100 %
    assert f["slagingskans"].tolist() == pytest.approx([0.025, 0.10, 0.50, 1.0])


def test_blog_benodigd_terugrekenen():
    nodig = benodigd(10, [0.25, 0.20, 0.50])
    assert nodig.to_dict() == {"gebeld": 400, "prospect": 100, "offerte": 20, "klant": 10}
    assert nodig.dtype == "int64"


def test_blog_nieuwe_business_plan():
    plan = nieuwe_business_plan(10, 5000, [0.25, 0.20, 0.50], bruto_marge_dit_jaar=20000)
    assert plan.loc["gebeld", "waarde"] == 400
    assert plan.loc["prospect", "waarde"] == 100
    assert plan.loc["offerte", "waarde"] == 20
    assert plan.loc["nieuwe klanten", "waarde"] == 10
    assert plan.loc["bruto marge per klant", "waarde"] == 5000
    assert plan.loc["bruto marge 12 maanden", "waarde"] == 50000
    assert plan.loc["bruto marge dit jaar", "waarde"] == 20000
    assert plan.loc[["gebeld", "prospect", "offerte"], "soort"].eq("input").all()
    assert plan.loc[["nieuwe klanten", "bruto marge dit jaar"], "soort"].eq("output").all()


def test_plan_zonder_jaarmarge_heeft_die_rij_niet():
    plan = nieuwe_business_plan(3, 1000, {"prospect": 0.5, "offerte": 0.5})
    assert "bruto marge dit jaar" not in plan.index
    assert plan.loc["prospect", "waarde"] == 12
    assert plan.loc["bruto marge 12 maanden", "waarde"] == 3000


# ---------------------------------------------------------------- afronden


def test_benodigd_rondt_bij_elke_fase_naar_boven_af():
    # 3 klanten bij 40 %: 7,5 -> 8 offertes; 8 bij 30 %: 26,7 -> 27 prospects.
    assert benodigd(3, [0.3, 0.4]).tolist() == [27, 8, 3]
    # Eén keer aan het eind afronden zou 3 / 0.12 = 25 geven: te weinig.
    assert benodigd(3, [0.3, 0.4]).iloc[0] > 3 / (0.3 * 0.4)


def test_benodigd_doel_geen_heel_getal_naar_boven():
    assert benodigd(2.5, [0.5]).tolist() == [6, 3]


def test_benodigd_met_dict_en_overgeslagen_fase():
    nodig = benodigd(5, {"lead": 0.1, "offerte": 0.5})
    assert nodig.to_dict() == {"lead": 100, "offerte": 10, "klant": 5}


def test_benodigd_kommagetallen_geven_geen_extra():
    # 20 / 0.2 en 100 / 0.25 zijn in kommagetallen niet altijd precies.
    assert benodigd(1, [0.1, 0.1, 0.1]).tolist() == [1000, 100, 10, 1]
    assert benodigd(7, [0.7]).tolist() == [10, 7]


# ---------------------------------------------------------------- foute invoer


@pytest.mark.parametrize(
    "aantallen, woord",
    [
        ({"gebeld": 10, "bezoek": 5}, "onbekende fase"),
        ({"klant": 1, "offerte": 5}, "volgorde"),
        ({"gebeld": 10, "prospect": -1}, "aantal"),
        ({"gebeld": 10, "prospect": 2.5}, "aantal"),
        ({"gebeld": 10, "prospect": 20}, "groter"),
        ({}, "leeg"),
        ([400, 100], "dict"),
    ],
)
def test_funnel_foute_invoer(aantallen, woord):
    with pytest.raises(ValueError, match=woord):
        funnel(aantallen)


@pytest.mark.parametrize("doel", [0, -3, "tien", None, float("nan"), True])
def test_benodigd_fout_doel(doel):
    with pytest.raises(ValueError, match="doel"):
        benodigd(doel, [0.5])


@pytest.mark.parametrize(
    "conversies, woord",
    [
        ([0.25, 0, 0.5], "groter dan 0"),
        ([0.25, 1.2], "hoogstens 1"),
        ([-0.1], "conversie"),
        ([25, 20, 50], "0.25"),
        ({"bezoek": 0.5}, "onbekende fase"),
        ({"klant": 0.5}, "na de fase 'klant'"),
        ([], "leeg"),
        ([0.5] * 5, "te veel"),
        ("0.5", "lijst"),
    ],
)
def test_benodigd_foute_conversies(conversies, woord):
    with pytest.raises(ValueError, match=woord):
        benodigd(10, conversies)


def test_plan_foute_invoer():
    with pytest.raises(ValueError, match="klanten"):
        nieuwe_business_plan(0, 5000, [0.5])
    with pytest.raises(ValueError, match="bruto_marge_per_klant"):
        nieuwe_business_plan(10, -1, [0.5])
    with pytest.raises(ValueError, match="bruto_marge_dit_jaar"):
        nieuwe_business_plan(10, 5000, [0.5], bruto_marge_dit_jaar="veel")


def test_conversie_1_is_toegestaan():
    assert benodigd(4, [1.0, 1.0]).tolist() == [4, 4, 4]


def test_funnel_met_nul():
    f = funnel({"prospect": 5, "offerte": 0, "klant": 0})
    assert f.loc["prospect", "conversie"] == 0
    assert np.isnan(f.loc["offerte", "conversie"])
    assert np.isnan(f.loc["offerte", "slagingskans"])


# ---------------------------------------------------------------- eigenschappen

conversie = st.floats(min_value=0.001, max_value=1.0, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(doel=st.integers(min_value=1, max_value=500), conversies=st.lists(conversie, min_size=1, max_size=4))
def test_funnel_van_benodigd_geeft_doel_en_hoogstens_c(doel, conversies):
    nodig = benodigd(doel, conversies)
    f = funnel(nodig)
    assert f["aantal"].iloc[-1] == doel
    echt = f["conversie"].iloc[:-1].to_numpy()
    assert np.all(echt <= np.array(conversies) * (1 + 1e-12))
    # Naar boven afronden voegt hoogstens één extra per fase toe.
    volgende = nodig.to_numpy()[1:]
    assert np.all(nodig.to_numpy()[:-1] <= np.ceil(volgende / np.array(conversies) + 1e-9))


@st.composite
def dalende_aantallen(draw):
    n = draw(st.integers(min_value=1, max_value=5))
    eerste = draw(st.integers(min_value=1, max_value=10_000))
    aantallen = [eerste]
    for _ in range(n - 1):
        aantallen.append(draw(st.integers(min_value=1, max_value=aantallen[-1])))
    fasen = ["lead", "gebeld", "prospect", "offerte", "klant"][5 - n :]
    return dict(zip(fasen, aantallen))


@settings(max_examples=200, deadline=None)
@given(dalende_aantallen())
def test_slagingskans_stijgt_nooit_naar_boven(aantallen):
    kans = funnel(aantallen)["slagingskans"].to_numpy()
    # Van boven naar beneden neemt de kans toe (of blijft gelijk): naar boven nooit hoger.
    assert np.all(np.diff(kans) >= -1e-15)
    assert kans[-1] == 1.0
    assert np.all((kans > 0) & (kans <= 1))


@settings(max_examples=100, deadline=None)
@given(dalende_aantallen())
def test_slagingskans_is_product_van_conversies(aantallen):
    f = funnel(aantallen)
    conv = f["conversie"].to_numpy()[:-1]
    product = [float(np.prod(conv[i:])) for i in range(len(conv))] + [1.0]
    assert np.allclose(product, f["slagingskans"].to_numpy())


# ---------------------------------------------------------------- leads-tabellen met de hand


def maak_leads(rijen):
    """rijen: (id, aangemaakt, prospect, offerte, gewonnen, verloren, verkoper, bron, waarde, marge)."""
    kolommen = [
        "lead_id", "aangemaakt_op", "prospect_op", "offerte_op", "gewonnen_op", "verloren_op",
        "verkoper", "bron", "waarde", "bruto_marge",
    ]
    df = pd.DataFrame(rijen, columns=kolommen)
    for k in kolommen:
        if k.endswith("_op"):
            df[k] = pd.to_datetime(df[k])
    df["terug_naar_lead_op"] = pd.NaT
    return df


@pytest.fixture
def leads():
    return maak_leads(
        [
            # Anna: 4 leads, 2 prospects, 2 offertes, 1 gewonnen
            ("L1", "2025-01-01", "2025-01-11", "2025-01-31", "2025-03-01", None, "Anna", "beurs", 10000, 2000),
            ("L2", "2025-01-01", "2025-01-21", "2025-02-10", None, "2025-03-01", "Anna", "beurs", 8000, 1600),
            ("L3", "2025-04-01", None, None, None, "2025-05-01", "Anna", "website", 5000, 1000),
            ("L4", "2025-04-01", None, None, None, None, "Anna", "website", 5000, 1000),
            # Bert: 2 leads, 2 prospects, 1 offerte, 1 gewonnen
            ("L5", "2025-02-01", "2025-02-06", "2025-03-08", "2025-04-07", None, "Bert", "beurs", 20000, 5000),
            ("L6", "2025-05-01", "2025-05-03", None, None, None, "Bert", "netwerk", 6000, 1200),
        ]
    )


def test_funnel_uit_leads_totaal(leads):
    f = funnel_uit_leads(leads)
    assert f.index.tolist() == ["lead", "prospect", "offerte", "klant"]
    assert f["aantal"].tolist() == [6, 4, 3, 2]
    assert f["conversie"].iloc[:3].tolist() == pytest.approx([4 / 6, 3 / 4, 2 / 3])
    assert f["slagingskans"].tolist() == pytest.approx([2 / 6, 2 / 4, 2 / 3, 1.0])


def test_funnel_uit_leads_per_verkoper(leads):
    f = funnel_uit_leads(leads, per="verkoper")
    assert f.index.names == ["verkoper", "fase"]
    assert f.loc["Anna", "aantal"].tolist() == [4, 2, 2, 1]
    assert f.loc["Bert", "aantal"].tolist() == [2, 2, 1, 1]
    assert f.loc[("Anna", "offerte"), "conversie"] == pytest.approx(0.5)
    assert f.loc[("Bert", "offerte"), "conversie"] == pytest.approx(1.0)


def test_funnel_uit_leads_per_bron_en_kwartaal(leads):
    f = funnel_uit_leads(leads, per="bron")
    assert f.loc["beurs", "aantal"].tolist() == [3, 3, 3, 2]
    assert f.loc["website", "aantal"].tolist() == [2, 0, 0, 0]
    k = funnel_uit_leads(leads, per="kwartaal")
    assert k.index.get_level_values(0).unique().tolist() == ["2025Q1", "2025Q2"]
    assert k.loc["2025Q1", "aantal"].tolist() == [3, 3, 3, 2]
    assert k.loc["2025Q2", "aantal"].tolist() == [3, 1, 0, 0]
    # Samen weer het totaal: er valt niets weg.
    assert k.groupby(level="fase", sort=False)["aantal"].sum().tolist() == [6, 4, 3, 2]


def test_funnel_uit_leads_alleen_afgesloten(leads):
    f = funnel_uit_leads(leads, alleen_afgesloten=True)
    # Afgesloten: L1, L2, L3, L5.
    assert f["aantal"].tolist() == [4, 3, 3, 2]


def test_funnel_uit_leads_terugval_telt_als_prospect(leads):
    leads.loc[leads["lead_id"] == "L6", "terug_naar_lead_op"] = pd.Timestamp("2025-06-01")
    assert funnel_uit_leads(leads)["aantal"].tolist() == [6, 4, 3, 2]


def test_funnel_uit_leads_fout_per(leads):
    with pytest.raises(ValueError, match="per"):
        funnel_uit_leads(leads, per="kleur")


def test_funnel_uit_leads_ontbrekende_kolom(leads):
    with pytest.raises(ValueError, match="offerte_op"):
        funnel_uit_leads(leads.drop(columns="offerte_op"))


def test_leads_inconsistent(leads):
    fout = leads.copy()
    fout.loc[fout["lead_id"] == "L4", "gewonnen_op"] = pd.Timestamp("2025-06-01")
    with pytest.raises(ValueError, match="L4"):
        funnel_uit_leads(fout)
    fout = leads.copy()
    fout.loc[fout["lead_id"] == "L1", "verloren_op"] = pd.Timestamp("2025-06-01")
    with pytest.raises(ValueError, match="zowel gewonnen als verloren"):
        funnel_uit_leads(fout)
    fout = leads.copy()
    fout.loc[fout["lead_id"] == "L5", "prospect_op"] = pd.Timestamp("2024-01-01")
    with pytest.raises(ValueError, match="vóór"):
        funnel_uit_leads(fout)


def test_doorlooptijd_met_de_hand(leads):
    d = doorlooptijd(leads)
    assert d.index.tolist() == list(STAPPEN)
    # lead -> prospect: 10, 20, 5, 2 dagen
    assert d.loc["lead → prospect", "aantal"] == 4
    assert d.loc["lead → prospect", "mediaan"] == pytest.approx(7.5)
    # prospect -> offerte: 20, 20, 30
    assert d.loc["prospect → offerte", "mediaan"] == pytest.approx(20)
    # offerte -> klant: 29 (L1: 31 jan -> 1 mrt) en 30 (L5)
    assert d.loc["offerte → klant", "aantal"] == 2
    assert d.loc["offerte → klant", "mediaan"] == pytest.approx(29.5)
    assert d.loc["offerte → klant", "interkwartielafstand"] == pytest.approx(0.5)
    rij = d.loc["lead → prospect"]
    assert rij["interkwartielafstand"] == pytest.approx(rij["kwartiel_3"] - rij["kwartiel_1"])


def test_doorlooptijd_per_verkoper(leads):
    d = doorlooptijd(leads, per="verkoper")
    assert d.loc[("Bert", "lead → prospect"), "mediaan"] == pytest.approx(3.5)
    assert d.loc[("Anna", "offerte → klant"), "aantal"] == 1


def test_pijplijn_prognose_met_de_hand(leads):
    # Op 2025-06-30: open zijn L4 (lead) en L6 (prospect).
    # Afgesloten: L1 (gewonnen), L2, L3 (verloren), L5 (gewonnen).
    # Kans lead: 2/4; prospect: 2/3; offerte: 2/3.
    p = pijplijn_prognose(leads, "2025-06-30")
    assert p.index.tolist() == ["lead", "prospect", "offerte"]
    assert p["aantal_open"].tolist() == [1, 1, 0]
    assert p["slagingskans"].tolist() == pytest.approx([0.5, 2 / 3, 2 / 3])
    assert p.loc["prospect", "verwachte_bruto_marge"] == pytest.approx(1200 * 2 / 3)
    assert p["verwachte_bruto_marge"].sum() == pytest.approx(500 + 800)


def test_pijplijn_prognose_peildatum_in_het_verleden(leads):
    # Op 2025-02-15: L1, L2 staan in offerte, L5 in prospect; nog niets afgesloten.
    p = pijplijn_prognose(leads, "2025-02-15")
    assert p["aantal_open"].tolist() == [0, 1, 2]
    assert p["slagingskans"].isna().all()
    eigen = pijplijn_prognose(leads, "2025-02-15", slagingskansen={"lead": 0.05, "prospect": 0.1, "offerte": 0.5})
    assert eigen.loc["offerte", "verwachte_deals"] == pytest.approx(1.0)
    assert eigen.loc["offerte", "verwachte_bruto_marge"] == pytest.approx((2000 + 1600) * 0.5)


def test_pijplijn_prognose_terugval_telt_als_lead(leads):
    leads.loc[leads["lead_id"] == "L6", "terug_naar_lead_op"] = pd.Timestamp("2025-06-01")
    p = pijplijn_prognose(leads, "2025-06-30")
    assert p["aantal_open"].tolist() == [2, 0, 0]


def test_pijplijn_prognose_foute_invoer(leads):
    with pytest.raises(ValueError, match="peildatum"):
        pijplijn_prognose(leads, "geen datum")
    with pytest.raises(ValueError, match="onbekende fase"):
        pijplijn_prognose(leads, "2025-06-30", slagingskansen={"klant": 1.0, "lead": 0.1})
    with pytest.raises(ValueError, match="ook een kans"):
        pijplijn_prognose(leads, "2025-06-30", slagingskansen={"lead": 0.1})
    zonder = leads.copy()
    zonder.loc[zonder["lead_id"] == "L6", "bruto_marge"] = np.nan
    with pytest.raises(ValueError, match="L6"):
        pijplijn_prognose(zonder, "2025-06-30")


def test_pijplijn_prognose_verouderde_leads_apart_geteld(leads):
    # Op 2025-06-30: L4 is 90 dagen lead, L6 is 58 dagen prospect.
    p = pijplijn_prognose(leads, "2025-06-30", max_dagen_in_fase=60)
    assert p["aantal_open"].tolist() == [0, 1, 0]
    assert p["aantal_verouderd"].tolist() == [1, 0, 0]
    assert p["verwachte_bruto_marge"].sum() == pytest.approx(800)
    # Teruggevallen prospect: de tijd als lead telt vanaf de terugval.
    leads.loc[leads["lead_id"] == "L6", "terug_naar_lead_op"] = pd.Timestamp("2025-06-20")
    p = pijplijn_prognose(leads, "2025-06-30", max_dagen_in_fase=60)
    assert p["aantal_open"].tolist() == [1, 0, 0]
    assert p["aantal_verouderd"].tolist() == [1, 0, 0]
    with pytest.raises(ValueError, match="max_dagen_in_fase"):
        pijplijn_prognose(leads, "2025-06-30", max_dagen_in_fase=-5)
