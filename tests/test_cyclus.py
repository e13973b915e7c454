"""Tests voor klantlib.cyclus: de klantrelatiecyclus door de tijd.

De kleine wereld hieronder is met de hand uitgewerkt. Standaard: peildatum
31-12-2025, ex_na_maanden=24 (venster 1-1-2024 t/m 31-12-2025),
nieuw_maanden=12 (relatie begonnen vanaf 1-1-2025).

bedrijven (vestiging -> bedrijf -> concern)
  V1  10000001 Alfa Groep B.V.        concern 10000001
  V2  10000002 Beta B.V.              concern 10000001 (dochter van Alfa)
  V3  20000001 Gamma B.V.             contract C2 zonder facturen (2022-01-01 t/m 2023-06-30)
  V4  30000001 Delta B.V.             overgenomen: gaat vanaf 1-7-2023 verder als 30000002
  V5  30000002 Delta Nederland B.V.   vorige_kvk_nummer 30000001
  V6  40000001 Epsilon B.V.           contract C1 zonder facturen, loopt vanaf 2025-03-01
  V7  50000001 Zeta B.V.              kocht nooit
  V8  60000001 Eta B.V.               kocht 2021-01-05, daarna 2025-09-01: teruggewonnen
  V9  70000001 Theta B.V.             kocht 2025-03-01 en kreeg alles terug (creditnota): netto niets
  V10 80000001 Iota B.V.              kocht 2024-01-01: precies de eerste dag van het venster
  V11 80000002 Kappa B.V.             kocht 2023-12-31: één dag vóór het venster
  V12 90000001 Lambda B.V.            eerste aankoop 2025-01-01: precies de eerste dag van "nieuw"
  V13 90000002 My B.V.                eerste aankoop 2024-12-31: één dag te vroeg voor "nieuw"
  V14 91000001 Omicron B.V.           2023-11-01 gekocht en alles terug, 2025-05-01 opnieuw
  --  "Sigma Handel"                  alleen op een handmatige factuur (2025-07-01), niet in bedrijven

Uitkomst op 31-12-2025 (bedrijf, 24/12):
  potentieel: Gamma, Epsilon, Zeta, Theta                      (4)
  nieuw:      Beta, Eta (terug), Lambda, Omicron, Sigma         (5)
  loyaal:     Alfa, Delta (met de oude Delta), Iota, My         (4)
  ex-klant:   Kappa                                             (1)
Delta: 2021-05-01 -> 2023-05-01 is precies 24 maanden: op 30-4-2023 ligt 1-5-2021 nog in het venster,
dus geen pauze; de relatie loopt sinds 2021-05-01.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantlib import cyclus as c
from klantlib._compat import TEKST

PEIL = "2025-12-31"
V = {i: f"{i:012d}" for i in range(1, 15)}
KVK = {1: "10000001", 2: "10000002", 3: "20000001", 4: "30000001", 5: "30000002", 6: "40000001", 7: "50000001",
       8: "60000001", 9: "70000001", 10: "80000001", 11: "80000002", 12: "90000001", 13: "90000002", 14: "91000001"}
NAAM = {1: "Alfa Groep B.V.", 2: "Beta B.V.", 3: "Gamma B.V.", 4: "Delta B.V.", 5: "Delta Nederland B.V.",
        6: "Epsilon B.V.", 7: "Zeta B.V.", 8: "Eta B.V.", 9: "Theta B.V.", 10: "Iota B.V.", 11: "Kappa B.V.",
        12: "Lambda B.V.", 13: "My B.V.", 14: "Omicron B.V."}


def _bedrijven() -> pd.DataFrame:
    concern = {i: KVK[i] for i in KVK}
    concern[2] = KVK[1]
    return pd.DataFrame({
        "vestigingsnummer": pd.Series([V[i] for i in V], dtype=TEKST),
        "kvk_nummer": pd.Series([KVK[i] for i in V], dtype=TEKST),
        "bedrijfsnaam": pd.Series([NAAM[i] for i in V], dtype=TEKST),
        "concern_kvk": pd.Series([concern[i] for i in V], dtype=TEKST),
        "concernnaam": pd.Series(["Alfa Groep" if i in (1, 2) else NAAM[i].removesuffix(" B.V.") for i in V],
                                 dtype=TEKST),
        "hoofdvestiging": [True] * len(V),
        "vorige_kvk_nummer": pd.Series([KVK[4] if i == 5 else None for i in V], dtype=TEKST),
    })


_F = [  # nummer, datum, vestiging (None = handmatig), klantnaam, soort, bedrag, origineel
    ("F01", "2021-01-05", 8, None, "factuur", 400.0, None),
    ("F02", "2021-05-01", 4, None, "factuur", 100.0, None),
    ("F03", "2022-03-01", 1, None, "factuur", 500.0, None),
    ("F04", "2023-05-01", 4, None, "factuur", 100.0, None),
    ("F05", "2023-08-01", 5, None, "factuur", 100.0, None),
    ("F06", "2023-09-01", 1, None, "factuur", 500.0, None),
    ("F07", "2023-11-01", 14, None, "factuur", 600.0, None),
    ("F08", "2023-12-31", 11, None, "factuur", 100.0, None),
    ("F09", "2024-01-01", 10, None, "factuur", 100.0, None),
    ("F10", "2024-02-01", 14, None, "retour", -600.0, "F07"),
    ("F11", "2024-12-31", 13, None, "factuur", 100.0, None),
    ("F12", "2025-01-01", 12, None, "factuur", 100.0, None),
    ("F13", "2025-02-01", 5, None, "factuur", 100.0, None),
    ("F14", "2025-03-01", 9, None, "factuur", 100.0, None),
    ("F15", "2025-04-01", 9, None, "creditnota", -100.0, "F14"),
    ("F16", "2025-05-01", 14, None, "factuur", 50.0, None),
    ("F17", "2025-06-01", 1, None, "factuur", 300.0, None),
    ("F18", "2025-06-01", 13, None, "factuur", 100.0, None),
    ("F19", "2025-07-01", None, "Sigma Handel", "factuur", 70.0, None),
    ("F20", "2025-09-01", 8, None, "factuur", 250.0, None),
    ("F21", "2025-12-31", 2, None, "factuur", 200.0, None),
]


def _facturen() -> pd.DataFrame:
    return pd.DataFrame({
        "factuurnummer": pd.Series([r[0] for r in _F], dtype=TEKST),
        "factuurdatum": pd.to_datetime([r[1] for r in _F]),
        "klantnaam": pd.Series([r[3] if r[3] else NAAM[r[2]] for r in _F], dtype=TEKST),
        "vestigingsnummer": pd.Series([V[r[2]] if r[2] else None for r in _F], dtype=TEKST),
        "soort": pd.Series([r[4] for r in _F], dtype=TEKST),
        "bedrag": [r[5] for r in _F],
        "origineel_factuurnummer": pd.Series([r[6] for r in _F], dtype=TEKST),
    })


def _contracten() -> pd.DataFrame:
    return pd.DataFrame({
        "contractnummer": ["C1", "C2"],
        "kvk_nummer": [KVK[6], KVK[3]],
        "vestigingsnummer": [V[6], V[3]],
        "getekend_op": pd.to_datetime(["2025-02-01", "2021-11-15"]),
        "ingangsdatum": pd.to_datetime(["2025-03-01", "2022-01-01"]),
        "einddatum": pd.to_datetime([None, "2023-06-30"]),
    })


def _opzeggingen() -> pd.DataFrame:
    return pd.DataFrame({
        "opzegging_id": ["O1", "O2", "O3", "O4"],
        "kvk_nummer": [KVK[10], KVK[11], KVK[7], KVK[8]],
        "datum": pd.to_datetime(["2024-03-01", "2024-01-15", "2025-02-01", "2021-06-01"]),
        "door": ["klant", "leverancier", "klant", "klant"],
        "reden": ["prijs", "betaalachterstand", "prijs", "service"],
        "business_unit": ["A", "B", "A", "B"],
    })


def _fasen(**keuze) -> dict:
    tabel = c.klantfasen(_facturen(), keuze.pop("peildatum", PEIL), bedrijven=_bedrijven(), **keuze)
    return dict(zip(tabel["naam"], tabel["fase"].astype(str)))


def _per_fase(fasen: dict) -> dict:
    uit: dict = {f: set() for f in c.FASEN}
    for naam, fase in fasen.items():
        uit[fase].add(naam)
    return uit


# --- met de hand uitgewerkt -------------------------------------------------


def test_fasen_op_de_peildatum():
    assert _per_fase(_fasen()) == {
        "potentieel": {"Gamma B.V.", "Epsilon B.V.", "Zeta B.V.", "Theta B.V."},
        "nieuw": {"Beta B.V.", "Eta B.V.", "Lambda B.V.", "Omicron B.V.", "Sigma Handel"},
        "loyaal": {"Alfa Groep B.V.", "Delta Nederland B.V.", "Iota B.V.", "My B.V."},
        "ex-klant": {"Kappa B.V."},
    }


def test_kolommen_en_datums():
    tabel = c.klantfasen(_facturen(), PEIL, bedrijven=_bedrijven())
    assert list(tabel.columns) == ["klant", "naam", "fase", "eerste_aankoop", "laatste_aankoop", "begin_relatie",
                                   "netto_omzet_venster", "teruggewonnen"]
    rij = tabel.set_index("naam")
    # Eta: eerste aankoop in 2021, na een pauze van ruim vier jaar teruggewonnen in 2025.
    assert rij.loc["Eta B.V.", "eerste_aankoop"] == pd.Timestamp("2021-01-05")
    assert rij.loc["Eta B.V.", "begin_relatie"] == pd.Timestamp("2025-09-01")
    assert bool(rij.loc["Eta B.V.", "teruggewonnen"])
    assert rij.loc["Eta B.V.", "netto_omzet_venster"] == 250.0
    # Delta: de oude en de nieuwe Delta samen; de relatie loopt sinds 2021.
    assert rij.loc["Delta Nederland B.V.", "klant"] == KVK[5]
    assert rij.loc["Delta Nederland B.V.", "begin_relatie"] == pd.Timestamp("2021-05-01")
    assert rij.loc["Delta Nederland B.V.", "laatste_aankoop"] == pd.Timestamp("2025-02-01")
    # Omicron: de aankoop van 2023 kwam helemaal terug en telt niet.
    assert rij.loc["Omicron B.V.", "eerste_aankoop"] == pd.Timestamp("2025-05-01")
    assert not bool(rij.loc["Omicron B.V.", "teruggewonnen"])
    # Theta kocht netto niets: potentieel, zonder aankoopdatum.
    assert pd.isna(rij.loc["Theta B.V.", "eerste_aankoop"])
    assert rij.loc["Kappa B.V.", "laatste_aankoop"] == pd.Timestamp("2023-12-31")
    assert rij.loc["Kappa B.V.", "netto_omzet_venster"] == 0.0
    assert tabel["fase"].dtype == "category" and list(tabel["fase"].cat.categories) == list(c.FASEN)
    assert tabel.attrs["peildatum"] == pd.Timestamp(PEIL)


def test_grens_van_het_venster_precies():
    fasen = _fasen()
    assert fasen["Iota B.V."] == "loyaal"  # 1-1-2024 ligt in het venster
    assert fasen["Kappa B.V."] == "ex-klant"  # 31-12-2023 niet meer
    assert fasen["Lambda B.V."] == "nieuw"  # relatie begon 1-1-2025
    assert fasen["My B.V."] == "loyaal"  # relatie begon 31-12-2024
    # Eén dag later: Iota valt uit het venster... maar dat kan niet, de data loopt tot 31-12-2025.
    fasen = _fasen(peildatum="2025-12-30")
    assert fasen["Lambda B.V."] == "nieuw" and fasen["My B.V."] == "nieuw"


def test_contract_zonder_facturen():
    zonder = _fasen()
    met = _fasen(contracten=_contracten())
    assert zonder["Epsilon B.V."] == "potentieel" and met["Epsilon B.V."] == "nieuw"
    assert zonder["Gamma B.V."] == "potentieel" and met["Gamma B.V."] == "ex-klant"
    tabel = c.klantfasen(_facturen(), PEIL, bedrijven=_bedrijven(), contracten=_contracten()).set_index("naam")
    assert bool(tabel.loc["Epsilon B.V.", "lopend_contract"]) and not bool(tabel.loc["Gamma B.V.", "lopend_contract"])
    assert pd.isna(tabel.loc["Epsilon B.V.", "eerste_aankoop"])  # geen factuur
    assert tabel.loc["Epsilon B.V.", "begin_relatie"] == pd.Timestamp("2025-03-01")
    # Gamma was klant zolang het contract liep (met een venster van 12 maanden: nog tot juni 2024).
    assert _fasen(contracten=_contracten(), peildatum="2023-12-31")["Gamma B.V."] == "loyaal"


def test_contract_dat_op_de_peildatum_eindigt_telt_nog():
    contracten = _contracten().assign(einddatum=pd.to_datetime(["2025-12-31", "2023-06-30"]))
    assert _fasen(contracten=contracten)["Epsilon B.V."] == "nieuw"
    later = _contracten().assign(ingangsdatum=pd.to_datetime(["2026-01-01", "2022-01-01"]))
    assert _fasen(contracten=later)["Epsilon B.V."] == "potentieel"


def test_netto_nul_of_minder_is_geen_aankoop():
    assert _fasen()["Theta B.V."] == "potentieel"
    # Een halve creditnota: er blijft netto 50 over, dus wel een aankoop.
    f = _facturen()
    f.loc[f["factuurnummer"] == "F15", "bedrag"] = -50.0
    tabel = c.klantfasen(f, PEIL, bedrijven=_bedrijven()).set_index("naam")
    assert tabel.loc["Theta B.V.", "fase"] == "nieuw"
    assert tabel.loc["Theta B.V.", "netto_omzet_venster"] == 50.0


def test_retour_zonder_koppeling_hoort_bij_de_laatste_aankoop():
    f = _facturen().drop(columns=["origineel_factuurnummer"])
    fasen = _fasen_van(f)
    assert fasen["Theta B.V."] == "potentieel" and fasen["Omicron B.V."] == "nieuw"


def _fasen_van(f, **keuze) -> dict:
    tabel = c.klantfasen(f, PEIL, bedrijven=_bedrijven(), **keuze)
    return dict(zip(tabel["naam"], tabel["fase"].astype(str)))


def test_overname_volgen_of_niet():
    gevolgd = _fasen()
    assert "Delta B.V." not in gevolgd and gevolgd["Delta Nederland B.V."] == "loyaal"
    naief = _fasen(volg_overnames=False)
    assert naief["Delta B.V."] == "ex-klant" and naief["Delta Nederland B.V."] == "loyaal"
    # Eind 2023: de naïeve telling ziet een loyale oude klant én een nieuwe klant.
    naief_2023 = _fasen(volg_overnames=False, peildatum="2023-12-31")
    assert naief_2023["Delta B.V."] == "loyaal" and naief_2023["Delta Nederland B.V."] == "nieuw"
    assert _fasen(peildatum="2023-12-31")["Delta Nederland B.V."] == "loyaal"


def test_korter_venster():
    assert _per_fase(_fasen(ex_na_maanden=12)) == {
        "potentieel": {"Gamma B.V.", "Epsilon B.V.", "Zeta B.V.", "Theta B.V."},
        "nieuw": {"Alfa Groep B.V.", "Beta B.V.", "Delta Nederland B.V.", "Eta B.V.", "Lambda B.V.",
                  "Omicron B.V.", "Sigma Handel"},
        "loyaal": {"My B.V."},
        "ex-klant": {"Iota B.V.", "Kappa B.V."},
    }


def test_niveaus():
    concern = _per_fase(_fasen(niveau="concern"))
    assert concern["loyaal"] == {"Alfa Groep", "Delta", "Iota", "My"}  # naam van de eerste rij (zoals h01)
    assert concern["nieuw"] == {"Eta", "Lambda", "Omicron", "Sigma Handel"}
    vestiging = c.klantfasen(_facturen(), PEIL, bedrijven=_bedrijven(), niveau="vestiging")
    fase = dict(zip(vestiging["klant"], vestiging["fase"].astype(str)))
    assert fase[V[4]] == "ex-klant" and fase[V[5]] == "loyaal"  # twee vestigingen: geen overname te volgen
    assert vestiging["fase"].value_counts()[["potentieel", "nieuw", "loyaal", "ex-klant"]].tolist() == [4, 5, 4, 2]


def test_leads_maken_potentiele_klanten_vanaf_hun_aanmaakdatum():
    leads = pd.DataFrame({
        "lead_id": ["L1", "L2", "L3"],
        "aangemaakt_op": pd.to_datetime(["2024-06-01", "2025-10-01", "2025-02-01"]),
        "bedrijfsnaam": ["Nieuw Bouw B.V.", "Later B.V.", "Zeta B.V."],
        "kvk_nummer": pd.Series([None, None, KVK[7]], dtype=TEKST),
    })
    fasen = _fasen(leads=leads)
    assert fasen["Nieuw Bouw B.V."] == "potentieel" and fasen["Later B.V."] == "potentieel"
    assert fasen["Zeta B.V."] == "potentieel" and len(fasen) == 16
    eerder = _fasen(leads=leads, peildatum="2024-12-31")
    assert "Later B.V." not in eerder and eerder["Nieuw Bouw B.V."] == "potentieel"


def test_fase_overgangen_met_de_hand():
    tabel = c.fase_overgangen(_facturen(), 2024, bedrijven=_bedrijven())
    verwacht = pd.DataFrame(
        [[4, 3, 0, 0], [0, 0, 2, 0], [0, 0, 2, 1], [0, 1, 0, 0], [0, 1, 0, 0]],
        index=["potentieel", "nieuw", "loyaal", "ex-klant", "nog onbekend"], columns=list(c.FASEN))
    pd.testing.assert_frame_equal(tabel, verwacht, check_names=False, check_dtype=False)
    assert tabel.index.name == "fase eind 2024" and tabel.columns.name == "fase eind 2025"
    assert c.fase_overgangen(_facturen(), (2024, 2025), bedrijven=_bedrijven()).equals(tabel)


def test_fasen_per_jaar_telt_de_fasen():
    tabel = c.fasen_per_jaar(_facturen(), bedrijven=_bedrijven())
    assert list(tabel.index) == [2022, 2023, 2024, 2025]
    assert tabel.loc[2025].tolist() == [4, 5, 4, 1]
    assert tabel.loc[2024].tolist() == [7, 2, 3, 1]


def test_klantbehoud_met_de_hand():
    tabel = c.klantbehoud(_facturen(), [2025], bedrijven=_bedrijven())
    rij = tabel.loc[2025]
    assert rij[["klanten_begin", "behouden", "verloren", "gewonnen", "teruggewonnen", "klanten_eind"]].tolist() == [
        2, 1, 1, 4, 3, 8]
    assert rij["behoud"] == pytest.approx(0.5) and rij["verloop"] == pytest.approx(0.5)
    alle = c.klantbehoud(_facturen(), bedrijven=_bedrijven())
    assert list(alle.index) == [2022, 2023, 2024, 2025]


def test_cohorten_met_de_hand():
    aandeel = c.cohorten(_facturen(), bedrijven=_bedrijven())
    verwacht = pd.DataFrame({1: [0.0, 1.0, 0.0, 0.5], 2: [0.5, 0.0, 0.0, np.nan], 3: [0.0, 1.0, np.nan, np.nan],
                             4: [1.0, np.nan, np.nan, np.nan]}, index=[2021, 2022, 2023, 2024])
    pd.testing.assert_frame_equal(aandeel, verwacht, check_names=False)
    aantal = c.cohorten(_facturen(), bedrijven=_bedrijven(), waarde="aantal")
    assert aantal[0].tolist() == [2, 1, 1, 2]
    assert aantal.loc[2021, 2] == 1


def test_vertrekredenen():
    tabel = c.vertrekredenen(_opzeggingen(), per="jaar")
    assert tabel[["jaar", "door", "reden", "aantal"]].values.tolist() == [
        [2021, "klant", "service", 1], [2024, "klant", "prijs", 1], [2024, "leverancier", "betaalachterstand", 1],
        [2025, "klant", "prijs", 1]]
    assert tabel.loc[tabel["jaar"] == 2024, "aandeel"].tolist() == [0.5, 0.5]
    per_bu = c.vertrekredenen(_opzeggingen(), per=["jaar", "business_unit"], jaren=2024)
    assert per_bu[["business_unit", "aantal"]].values.tolist() == [["A", 1], ["B", 1]]
    totaal = c.vertrekredenen(_opzeggingen())
    assert totaal.iloc[0][["door", "reden", "aantal"]].tolist() == ["klant", "prijs", 2]
    assert totaal["aandeel"].sum() == pytest.approx(1.0)


def test_verloren_klanten_met_reden_of_stil():
    tabel = c.verloren_klanten(_facturen(), 2024, bedrijven=_bedrijven(), opzeggingen=_opzeggingen())
    assert dict(zip(tabel["naam"], tabel["reden"])) == {
        "Alfa Groep B.V.": "stil vertrokken", "Delta Nederland B.V.": "stil vertrokken",
        "Kappa B.V.": "betaalachterstand"}
    assert tabel.set_index("naam").loc["Kappa B.V.", "door"] == "leverancier"
    tabel = c.verloren_klanten(_facturen(), 2025, bedrijven=_bedrijven(), opzeggingen=_opzeggingen())
    assert tabel[["naam", "door", "reden"]].values.tolist() == [["Iota B.V.", "klant", "prijs"]]
    zonder = c.verloren_klanten(_facturen(), 2025, bedrijven=_bedrijven())
    assert list(zonder.columns) == ["klant", "naam", "laatste_aankoop"]


# --- foute invoer: een Nederlandse melding die het argument noemt ----------


@pytest.mark.parametrize("keuze, woorden", [
    ({"niveau": "klant"}, ["niveau", "kies uit"]),
    ({"ex_na_maanden": -3}, ["ex_na_maanden", "1 of meer"]),
    ({"ex_na_maanden": 0}, ["ex_na_maanden"]),
    ({"ex_na_maanden": 2.5}, ["ex_na_maanden", "geheel"]),
    ({"ex_na_maanden": True}, ["ex_na_maanden"]),
    ({"nieuw_maanden": -1}, ["nieuw_maanden"]),
    ({"volg_overnames": "ja"}, ["volg_overnames", "True of False"]),
    ({"peildatum": "2026-06-30"}, ["peildatum", "buiten de data", "31-12-2025"]),
    ({"peildatum": "2022-06-30"}, ["peildatum", "begin van de data", "31-12-2022"]),
    ({"peildatum": "gisteren"}, ["peildatum"]),
    ({"ex_na_maanden": 61}, ["peildatum", "begin van de data", "korter venster", "ex_na_maanden"]),
])
def test_foute_invoer_klantfasen(keuze, woorden):
    peildatum = keuze.pop("peildatum", PEIL)
    with pytest.raises(ValueError) as fout:
        c.klantfasen(_facturen(), peildatum, bedrijven=_bedrijven(), **keuze)
    for woord in woorden:
        assert woord in str(fout.value), (woord, str(fout.value))


def test_foute_invoer_tabellen():
    with pytest.raises(ValueError, match="bedrijven"):
        c.klantfasen(_facturen(), PEIL, bedrijven=None)
    with pytest.raises(ValueError, match="factuurdatum"):
        c.klantfasen(_facturen().drop(columns=["factuurdatum"]), PEIL, bedrijven=_bedrijven())
    f = _facturen()
    f.loc[3, "factuurdatum"] = pd.NaT
    with pytest.raises(ValueError, match="F04"):
        c.klantfasen(f, PEIL, bedrijven=_bedrijven())
    f = _facturen()
    f.loc[2, "soort"] = "gratis"
    with pytest.raises(ValueError, match="soort"):
        c.klantfasen(f, PEIL, bedrijven=_bedrijven())
    with pytest.raises(ValueError, match="ingangsdatum"):
        c.klantfasen(_facturen(), PEIL, bedrijven=_bedrijven(), contracten=_contracten().drop(columns="ingangsdatum"))


@pytest.mark.parametrize("jaren, woord", [("2024", "jaren"), ((2025, 2024), "oplopende"), ((2024,), "twee"),
                                          (2025, "buiten de data"), (2021, "begin van de data")])
def test_foute_jaren_bij_overgangen(jaren, woord):
    with pytest.raises(ValueError, match=woord):
        c.fase_overgangen(_facturen(), jaren, bedrijven=_bedrijven())


def test_foute_invoer_overige_functies():
    with pytest.raises(ValueError, match="waarde"):
        c.cohorten(_facturen(), bedrijven=_bedrijven(), waarde="procent")
    with pytest.raises(ValueError, match="ex_na_maanden"):
        c.cohorten(_facturen(), bedrijven=_bedrijven(), ex_na_maanden=36)
    with pytest.raises(ValueError, match="per"):
        c.vertrekredenen(_opzeggingen(), per="sector")
    with pytest.raises(ValueError, match="door"):
        c.vertrekredenen(_opzeggingen().assign(door=["klant", "klant", "ik", "klant"]))
    with pytest.raises(ValueError, match="jaar"):
        c.verloren_klanten(_facturen(), "2025", bedrijven=_bedrijven())
    with pytest.raises(ValueError, match="jaren"):
        c.klantbehoud(_facturen(), [2021], bedrijven=_bedrijven())
    with pytest.raises(ValueError, match="jaren"):
        c.fasen_per_jaar(_facturen(), [2025, 2023], bedrijven=_bedrijven())


# --- eigenschappen (hypothesis) ---------------------------------------------


@st.composite
def wereld(draw):
    """Willekeurige facturen (met gekoppelde retouren) en contracten op de vestigingen van de handwereld."""
    n = draw(st.integers(0, 30))
    vest = draw(st.lists(st.sampled_from(list(range(1, 15))), min_size=n, max_size=n))
    dagen = draw(st.lists(st.integers(0, 5 * 365 - 1), min_size=n, max_size=n))
    centen = draw(st.lists(st.integers(1, 100_000), min_size=n, max_size=n))
    terug = draw(st.lists(st.one_of(st.none(), st.tuples(st.integers(1, 60), st.integers(0, 100))),
                          min_size=n, max_size=n))
    rijen = [("A0", "2021-01-01", 1, "factuur", 10.0, None), ("A1", "2025-12-31", 2, "factuur", 10.0, None)]
    for i in range(n):
        datum = pd.Timestamp("2021-01-01") + pd.Timedelta(days=dagen[i])
        rijen.append((f"F{i}", datum, vest[i], "factuur", centen[i] / 100, None))
        if terug[i] is not None:
            wacht, procent = terug[i]
            retour = min(datum + pd.Timedelta(days=wacht), pd.Timestamp("2025-12-31"))
            rijen.append((f"R{i}", retour, vest[i], "retour", -round(centen[i] * procent / 100) / 100, f"F{i}"))
    f = pd.DataFrame({
        "factuurnummer": [r[0] for r in rijen],
        "factuurdatum": pd.to_datetime([r[1] for r in rijen]),
        "vestigingsnummer": pd.Series([V[r[2]] for r in rijen], dtype=TEKST),
        "klantnaam": [NAAM[r[2]] for r in rijen],
        "soort": [r[3] for r in rijen],
        "bedrag": [r[4] for r in rijen],
        "origineel_factuurnummer": pd.Series([r[5] for r in rijen], dtype=TEKST),
    })
    m = draw(st.integers(0, 5))
    start = draw(st.lists(st.integers(0, 5 * 365), min_size=m, max_size=m))
    duur = draw(st.lists(st.one_of(st.none(), st.integers(0, 900)), min_size=m, max_size=m))
    ingang = pd.Timestamp("2021-01-01") + pd.to_timedelta(start, unit="D")
    contract_vest = draw(st.lists(st.sampled_from(list(range(1, 15))), min_size=m, max_size=m))
    k = pd.DataFrame({
        "vestigingsnummer": pd.Series([V[i] for i in contract_vest], dtype=TEKST),
        "kvk_nummer": pd.Series([KVK[i] for i in contract_vest], dtype=TEKST),
        "ingangsdatum": pd.DatetimeIndex(ingang),
        "einddatum": pd.to_datetime([i + pd.Timedelta(days=x) if x is not None else pd.NaT
                                     for i, x in zip(ingang, duur)]),
    })
    met_contracten = draw(st.booleans())
    return f, (k if met_contracten else None)


_INSTELLING = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PEILDATUMS = st.sampled_from(["2023-12-31", "2024-06-30", "2024-12-31", "2025-03-15", "2025-12-31"])


@_INSTELLING
@given(wereld(), _PEILDATUMS, st.sampled_from(c.NIVEAUS), st.integers(1, 24), st.integers(1, 24))
def test_fasen_verdelen_de_entiteiten(w, peil, niveau, m, n):
    f, k = w
    tabel = c.klantfasen(f, peil, bedrijven=_bedrijven(), niveau=niveau, ex_na_maanden=m, nieuw_maanden=n,
                         contracten=k)
    assert tabel["klant"].is_unique
    assert tabel["fase"].notna().all()
    # Elke vestiging uit bedrijven zit er (op haar niveau) in; er komt niets bij (geen naamfacturen hier).
    verwacht = {"vestiging": 14, "bedrijf": 13, "concern": 12}[niveau]
    assert len(tabel) == verwacht
    klant = tabel["fase"].isin(["nieuw", "loyaal"])
    assert (tabel.loc[tabel["fase"] == "potentieel", "eerste_aankoop"].isna()).all()
    assert (tabel.loc[klant | (tabel["fase"] == "ex-klant"), "begin_relatie"].notna()).all()


@_INSTELLING
@given(wereld(), _PEILDATUMS, st.sampled_from(c.NIVEAUS), st.integers(1, 23), st.integers(1, 12))
def test_langer_venster_nooit_meer_ex_klanten(w, peil, niveau, kort, extra):
    f, k = w
    args = dict(bedrijven=_bedrijven(), niveau=niveau, contracten=k, nieuw_maanden=1)
    a = c.klantfasen(f, peil, ex_na_maanden=kort, **args)
    b = c.klantfasen(f, peil, ex_na_maanden=kort + extra, **args)
    ex_kort = set(a.loc[a["fase"] == "ex-klant", "klant"])
    ex_lang = set(b.loc[b["fase"] == "ex-klant", "klant"])
    assert ex_lang <= ex_kort
    klant_kort = set(a.loc[a["fase"].isin(["nieuw", "loyaal"]), "klant"])
    klant_lang = set(b.loc[b["fase"].isin(["nieuw", "loyaal"]), "klant"])
    assert klant_kort <= klant_lang


@_INSTELLING
@given(wereld(), st.sampled_from([(2023, 2024), (2024, 2025), (2023, 2025)]), st.sampled_from(c.NIVEAUS),
       st.integers(1, 24))
def test_overgangen_tellen_op_tot_de_fasen(w, jaren, niveau, m):
    f, k = w
    args = dict(bedrijven=_bedrijven(), niveau=niveau, contracten=k, ex_na_maanden=m)
    tabel = c.fase_overgangen(f, jaren, **args)
    begin = c.klantfasen(f, f"{jaren[0]}-12-31", **args)["fase"].value_counts()
    eind = c.klantfasen(f, f"{jaren[1]}-12-31", **args)["fase"].value_counts()
    for fase in c.FASEN:
        assert tabel.loc[fase].sum() == begin.get(fase, 0)
        assert tabel[fase].sum() == eind.get(fase, 0)
    # Wie ooit kocht, wordt nooit meer potentieel.
    assert tabel.loc[["nieuw", "loyaal", "ex-klant"], "potentieel"].sum() == 0
    per_jaar = c.fasen_per_jaar(f, list(jaren), **args)
    assert per_jaar.loc[jaren[1]].tolist() == [eind.get(fase, 0) for fase in c.FASEN]


@_INSTELLING
@given(wereld(), st.sampled_from(c.NIVEAUS))
def test_klantbehoud_klopt_met_zichzelf(w, niveau):
    f, k = w
    tabel = c.klantbehoud(f, bedrijven=_bedrijven(), niveau=niveau, contracten=k)
    assert (tabel["klanten_begin"] == tabel["behouden"] + tabel["verloren"]).all()
    assert (tabel["klanten_eind"] == tabel["behouden"] + tabel["gewonnen"] + tabel["teruggewonnen"]).all()
    assert (tabel["klanten_eind"].iloc[:-1].to_numpy() == tabel["klanten_begin"].iloc[1:].to_numpy()).all()
    geldig = tabel["klanten_begin"] > 0
    assert np.allclose(tabel.loc[geldig, "behoud"] + tabel.loc[geldig, "verloop"], 1.0)
