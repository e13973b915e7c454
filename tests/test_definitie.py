"""Tests voor klantlib.definitie: klanten tellen onder een klantdefinitie.

De kleine wereld hieronder is met de hand uitgewerkt (peildatum 31-12-2025):

bedrijven (vestiging -> bedrijf -> concern)
  V1  10000001 Alfa Groep Holding B.V.   concern 10000001 (Alfa Groep)
  V2  10000002 Alfa Bouw B.V. (hoofd)    concern 10000001
  V3  10000002 Alfa Bouw B.V.            concern 10000001
  V4  20000001 Beta Techniek V.O.F.      concern 20000001
  V5  30000001 Gamma Zorg B.V. (overgenomen door 30000002)
  V6  30000002 Gamma Zorg Nederland B.V. concern 30000002

facturen
  F1  2025-03-01 V1 factuur 1000 A betaald 2025-03-20
  F2  2025-04-01 V2 factuur  500 B onbetaald
  F3  2025-05-01 V3 factuur  300 A betaald 2025-05-15
  F4  2025-06-01 V4 factuur  400 A betaald 2025-06-30
  F5  2025-06-10 V4 retour  -400 A
  F6  2024-06-01 V5 factuur  200 B betaald 2024-07-01
  F7  2025-02-01 V6 factuur  250 B betaald 2025-02-20
  F8  2025-09-01 --  "ALFA BOUW BV" factuur 100 B onbetaald (-> 10000002, hoofdvestiging V2)
  F9  2025-10-01 --  "Delta Schoonmaak" factuur 50 A betaald 2025-10-10 (niet te koppelen)
  F10 2023-01-15 V4 factuur  900 B betaald 2023-02-01
  F11 2025-12-20 V2 factuur   80 A betaald 2026-01-10 (na de peildatum)
  F12 2024-12-20 V3 factuur   60 B betaald 2025-01-05

contracten
  C1 V2 getekend 2024-11-01 ingang 2025-01-01 doorlopend
  C2 V4 getekend 2025-11-15 ingang 2026-02-01 doorlopend (nog niet ingegaan)
  C3 V5 getekend 2021-01-01 ingang 2021-02-01 einde 2023-12-31
  C4 V3 getekend 2024-03-01 ingang 2024-04-01 einde 2024-12-31
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantlib import definitie as d
from klantlib._compat import TEKST

PEIL = "2025-12-31"
V = {i: f"00000000000{i}" for i in range(1, 7)}


def _bedrijven() -> pd.DataFrame:
    return pd.DataFrame({
        "vestigingsnummer": [V[1], V[2], V[3], V[4], V[5], V[6]],
        "kvk_nummer": ["10000001", "10000002", "10000002", "20000001", "30000001", "30000002"],
        "bedrijfsnaam": ["Alfa Groep Holding B.V.", "Alfa Bouw B.V.", "Alfa Bouw B.V.",
                         "Beta Techniek V.O.F.", "Gamma Zorg B.V.", "Gamma Zorg Nederland B.V."],
        "concern_kvk": ["10000001", "10000001", "10000001", "20000001", "30000001", "30000002"],
        "concernnaam": ["Alfa Groep", "Alfa Groep", "Alfa Groep", "Beta Techniek", "Gamma Zorg",
                        "Gamma Zorg Nederland"],
        "hoofdvestiging": [True, True, False, True, True, True],
        "plaats": ["Utrecht", "Utrecht", "Zwolle", "Breda", "Ede", "Ede"],
        "vorige_kvk_nummer": [None, None, None, None, None, "30000001"],
    })


def _facturen() -> pd.DataFrame:
    rijen = [
        ("F1", "2025-03-01", V[1], "Alfa Groep Holding B.V.", "factuur", 1000.0, "A", "2025-03-20"),
        ("F2", "2025-04-01", V[2], "Alfa Bouw B.V.", "factuur", 500.0, "B", None),
        ("F3", "2025-05-01", V[3], "Alfa Bouw B.V.", "factuur", 300.0, "A", "2025-05-15"),
        ("F4", "2025-06-01", V[4], "Beta Techniek V.O.F.", "factuur", 400.0, "A", "2025-06-30"),
        ("F5", "2025-06-10", V[4], "Beta Techniek V.O.F.", "retour", -400.0, "A", None),
        ("F6", "2024-06-01", V[5], "Gamma Zorg B.V.", "factuur", 200.0, "B", "2024-07-01"),
        ("F7", "2025-02-01", V[6], "Gamma Zorg Nederland B.V.", "factuur", 250.0, "B", "2025-02-20"),
        ("F8", "2025-09-01", None, "ALFA BOUW BV", "factuur", 100.0, "B", None),
        ("F9", "2025-10-01", None, "Delta Schoonmaak", "factuur", 50.0, "A", "2025-10-10"),
        ("F10", "2023-01-15", V[4], "Beta Techniek", "factuur", 900.0, "B", "2023-02-01"),
        ("F11", "2025-12-20", V[2], "Alfa Bouw B.V.", "factuur", 80.0, "A", "2026-01-10"),
        ("F12", "2024-12-20", V[3], "Alfa Bouw", "factuur", 60.0, "B", "2025-01-05"),
    ]
    f = pd.DataFrame(rijen, columns=["factuurnummer", "factuurdatum", "vestigingsnummer", "klantnaam",
                                     "soort", "bedrag", "business_unit", "betaaldatum"])
    f["factuurdatum"] = pd.to_datetime(f["factuurdatum"])
    f["betaaldatum"] = pd.to_datetime(f["betaaldatum"])
    f["vestigingsnummer"] = f["vestigingsnummer"].astype(TEKST)
    return f


def _contracten() -> pd.DataFrame:
    c = pd.DataFrame({
        "contractnummer": ["C1", "C2", "C3", "C4"],
        "kvk_nummer": ["10000002", "20000001", "30000001", "10000002"],
        "vestigingsnummer": [V[2], V[4], V[5], V[3]],
        "business_unit": ["C", "C", "C", "D"],
        "getekend_op": pd.to_datetime(["2024-11-01", "2025-11-15", "2021-01-01", "2024-03-01"]),
        "ingangsdatum": pd.to_datetime(["2025-01-01", "2026-02-01", "2021-02-01", "2024-04-01"]),
        "einddatum": pd.to_datetime([None, None, "2023-12-31", "2024-12-31"]),
    })
    return c


def tel(basis, maanden, niveau, per_bu=False, **extra):
    return d.tel_klanten(_facturen(), basis=basis, periode_maanden=maanden, peildatum=PEIL, niveau=niveau,
                         per_business_unit=per_bu, contracten=_contracten(), bedrijven=_bedrijven(), **extra)


# (basis, maanden, niveau, per_bu) -> met de hand uitgewerkt aantal
HANDWERK = {
    ("factuur", 12, "vestiging", False): 6,   # V1, V2 (F2, F8, F11), V3, V4, V6, delta
    ("factuur", 12, "bedrijf", False): 5,     # 10000001, 10000002, 20000001, 30000002, delta
    ("factuur", 12, "concern", False): 4,     # Alfa Groep, Beta, Gamma NL, delta
    ("factuur", 12, "vestiging", True): 7,    # V1A, V2A, V2B, V3A, V4A, V6B, deltaA
    ("factuur", 12, "bedrijf", True): 6,      # Alfa Bouw telt in A en B
    ("factuur", 12, "concern", True): 5,      # Alfa Groep telt in A en B
    ("netto", 12, "vestiging", False): 5,     # V4 netto 400 - 400 = 0: geen klant
    ("netto", 12, "bedrijf", False): 4,
    ("netto", 12, "concern", False): 3,
    ("betaald", 12, "vestiging", False): 5,   # V1, V3 (F3 en F12), V4, V6, delta; V2 betaalt niet op tijd
    ("betaald", 12, "bedrijf", False): 5,
    ("betaald", 12, "concern", False): 4,
    ("factuur", 24, "vestiging", False): 7,   # + V5 (F6) en V3 al geteld
    ("factuur", 24, "bedrijf", False): 5,     # V5 is overgenomen: telt als 30000002
    ("factuur", 24, "concern", False): 4,
    ("netto", 24, "vestiging", False): 6,     # + V5; V4 nog steeds 0
    ("netto", 36, "vestiging", False): 7,     # F10 (900) maakt V4 netto positief
    ("getekend", 12, "vestiging", False): 2,  # C1 (V2), C2 (V4, nog niet ingegaan)
    ("getekend", 12, "bedrijf", False): 2,
    ("getekend", 12, "concern", False): 2,
    ("ingang", 12, "vestiging", False): 1,    # alleen C1
    ("ingang", 12, "bedrijf", False): 1,
    ("ingang", 12, "concern", False): 1,
    ("getekend", 24, "vestiging", False): 3,  # + C4 (V3, liep tot eind 2024)
    ("getekend", 24, "bedrijf", False): 2,
    ("getekend", 24, "concern", False): 2,
    ("ingang", 24, "vestiging", False): 2,    # C1, C4
    ("ingang", 24, "bedrijf", False): 1,
    ("getekend", 36, "vestiging", False): 4,  # + C3 (V5, liep tot eind 2023)
    ("getekend", 36, "bedrijf", False): 3,    # V5 telt via de overname als 30000002
    ("getekend", 36, "concern", False): 3,
    ("getekend", 24, "bedrijf", True): 3,     # Alfa Bouw in C en D, Beta in C
}


@pytest.mark.parametrize("definitie,verwacht", list(HANDWERK.items()), ids=lambda x: str(x))
def test_handwerk(definitie, verwacht):
    basis, maanden, niveau, per_bu = definitie
    assert tel(basis, maanden, niveau, per_bu) == verwacht


def test_klanten_tabel_netto_bedrijf():
    k = d.klanten(_facturen(), basis="netto", periode_maanden=12, peildatum=PEIL, niveau="bedrijf",
                  bedrijven=_bedrijven())
    assert list(k.columns) == ["klant", "naam", "omzet", "aantal", "alleen_naam"]
    assert k["klant"].tolist() == ["10000001", "10000002", "30000002", "delta schoonmaak"]
    assert k["omzet"].tolist() == [1000.0, 980.0, 250.0, 50.0]  # 500 + 300 + 100 + 80
    assert k["aantal"].tolist() == [1, 4, 1, 1]
    assert k["alleen_naam"].tolist() == [False, False, False, True]
    assert k.loc[1, "naam"] == "Alfa Bouw B.V."
    assert k.attrs["niet_gekoppeld"] == ["Delta Schoonmaak"]
    assert k.attrs["peildatum"] == pd.Timestamp(PEIL)


def test_klanten_per_business_unit_en_concernnaam():
    k = d.klanten(_facturen(), basis="factuur", periode_maanden=12, peildatum=PEIL, niveau="concern",
                  per_business_unit=True, bedrijven=_bedrijven())
    paren = set(zip(k["klant"], k["business_unit"]))
    assert paren == {("10000001", "A"), ("10000001", "B"), ("20000001", "A"), ("30000002", "B"),
                     ("delta schoonmaak", "A")}
    alfa_a = k[(k["klant"] == "10000001") & (k["business_unit"] == "A")].iloc[0]
    assert alfa_a["naam"] == "Alfa Groep"
    assert alfa_a["omzet"] == 1380.0  # F1 1000 + F3 300 + F11 80


def test_contract_zonder_gebruik_heeft_omzet_nul():
    k = d.klanten(_facturen(), basis="getekend", periode_maanden=12, peildatum=PEIL, niveau="bedrijf",
                  contracten=_contracten(), bedrijven=_bedrijven())
    omzet = dict(zip(k["klant"], k["omzet"]))
    assert omzet == {"10000002": 980.0, "20000001": 0.0}  # Beta: 400 - 400


def test_op_naam_gekoppelde_factuur_telt_bij_hoofdvestiging():
    k = d.klanten(_facturen(), basis="factuur", periode_maanden=12, peildatum=PEIL, niveau="vestiging",
                  bedrijven=_bedrijven())
    v2 = k[k["klant"] == V[2]].iloc[0]
    assert v2["omzet"] == 680.0 and v2["aantal"] == 3  # F2, F8 (op naam), F11
    assert v2["naam"] == "Alfa Bouw B.V. (Utrecht)"


def test_peildatum_standaard_einde_van_de_maand():
    f = _facturen()
    k = d.klanten(f, basis="factuur", periode_maanden=12, niveau="bedrijf", bedrijven=_bedrijven())
    assert k.attrs["peildatum"] == pd.Timestamp("2025-12-31")  # laatste factuur 20-12-2025
    assert d.tel_klanten(f, periode_maanden=1, niveau="bedrijf", bedrijven=_bedrijven()) == 1  # alleen F11


def test_periode_grens_is_heel_de_dag():
    f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-01 00:00", "2024-12-31 23:59",
                                                       "2025-12-31 18:00"]),
                      "klantnaam": ["A", "B", "C"], "bedrag": [1.0, 1.0, 1.0]})
    k = d.klanten(f, periode_maanden=12, peildatum="2025-12-31", niveau="bedrijf")
    assert sorted(k["klant"]) == ["a", "c"]


def test_eigen_export_zonder_nummers():
    export = pd.DataFrame({
        "factuurnummer": ["1", "2", "3", "4", "5"],
        "factuurdatum": pd.to_datetime(["2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10", "2025-05-10"]),
        "klantnaam": ["Jansen B.V.", "JANSEN BV", "jansen b.v.", "Smit & Zn V.O.F.", "Smit en Zn"],
        "bedrag": [100.0, 200.0, -50.0, 80.0, -80.0],
    })
    k = d.klanten(export, basis="factuur", periode_maanden=12, niveau="bedrijf")
    assert k["klant"].tolist() == ["jansen", "smit en zn"]
    assert k["omzet"].tolist() == [300.0, 80.0]  # zonder soort: positief = factuur
    assert d.tel_klanten(export, basis="netto", periode_maanden=12, niveau="vestiging") == 1
    with pytest.raises(ValueError, match="bedrijven"):
        d.tel_klanten(export, niveau="concern")


def test_export_met_bedrijven_koppelt_op_naam():
    export = pd.DataFrame({
        "factuurdatum": pd.to_datetime(["2025-01-10", "2025-02-10", "2025-03-10"]),
        "klantnaam": ["ALFA BOUW BV", "Alfa Groep Holding", "Gama Zorg Nederland"],
        "bedrag": [100.0, 200.0, 50.0],
    })
    assert d.tel_klanten(export, niveau="bedrijf", peildatum=PEIL, bedrijven=_bedrijven()) == 3
    assert d.tel_klanten(export, niveau="concern", peildatum=PEIL, bedrijven=_bedrijven()) == 2


def test_definitiematrix_komt_overeen_met_tel_klanten():
    m = d.definitiematrix(_facturen(), periodes=(12, 24), peildatum=PEIL, contracten=_contracten(),
                          bedrijven=_bedrijven())
    assert list(m.index) == list(d.BASISSEN)
    assert m.columns.names == ["periode_maanden", "niveau"]
    for basis in d.BASISSEN:
        for maanden in (12, 24):
            for niveau in d.NIVEAUS:
                assert m.loc[basis, (maanden, niveau)] == tel(basis, maanden, niveau)
    zonder = d.definitiematrix(_facturen(), periodes=(12,), niveaus=("vestiging",), peildatum=PEIL)
    assert list(zonder.index) == ["factuur", "netto", "betaald"]
    # Zonder bedrijven blijft F8 ("ALFA BOUW BV") een eigen klant op naam: 7, 6, 5.
    assert zonder.iloc[:, 0].tolist() == [7, 6, 5]


# --- namen ---------------------------------------------------------------


@pytest.mark.parametrize("naam", ["Jansen Transport B.V.", "JANSEN TRANSPORT BV", "jansen transport b.v.",
                                  "Jansen  Transport B. V.", "Jansen Transport", "Jansen-Transport bv",
                                  "Jansen Groep Holding B.V. t.a.v. Jansen Transport", "Jánsen Transport BV"])
def test_normaliseer_varianten(naam):
    assert d.normaliseer_bedrijfsnaam(naam) == "jansen transport"


def test_normaliseer_rechtsvormen_en_series():
    assert d.normaliseer_bedrijfsnaam("Pietersen N.V.") == "pietersen"
    assert d.normaliseer_bedrijfsnaam("De Vries & Zn V.O.F.") == "de vries en zn"
    assert d.normaliseer_bedrijfsnaam("Holding B.V.") == "holding bv"  # alleen rechtsvorm: laat staan
    s = pd.Series(["Smit BV", None, "SMIT B.V."])
    uit = d.normaliseer_bedrijfsnaam(s)
    assert uit.iloc[0] == "smit" and pd.isna(uit.iloc[1]) and uit.iloc[2] == "smit"
    with pytest.raises(ValueError, match="tekst"):
        d.normaliseer_bedrijfsnaam(pd.Series(["a", 3]))


def test_koppel_namen_exact_gelijkenis_en_ongekoppeld():
    uit = d.koppel_namen(["alfa bouw bv", "Beta Tecniek VOF", "Delta Schoonmaak", "alfa bouw bv"],
                         _bedrijven())
    assert len(uit) == 3  # unieke namen, niets weg
    rij = uit.set_index("klantnaam")
    assert rij.loc["alfa bouw bv", "methode"] == "exact" and rij.loc["alfa bouw bv", "score"] == 100.0
    assert rij.loc["Beta Tecniek VOF", "kvk_nummer"] == "20000001"
    assert rij.loc["Beta Tecniek VOF", "methode"] == "gelijkenis"
    assert 90 <= rij.loc["Beta Tecniek VOF", "score"] < 100
    assert rij.loc["Delta Schoonmaak", "methode"] == "geen"
    assert pd.isna(rij.loc["Delta Schoonmaak", "kvk_nummer"])
    streng = d.koppel_namen(["Beta Tecniek VOF"], _bedrijven(), drempel=99)
    assert streng.loc[0, "methode"] == "geen"


def test_drempel_verandert_telling():
    f = _facturen()
    f.loc[f["factuurnummer"] == "F8", "klantnaam"] = "Alfa Bouww"
    los = d.klanten(f, basis="factuur", periode_maanden=12, peildatum=PEIL, niveau="bedrijf",
                    bedrijven=_bedrijven(), drempel=100)
    assert "Alfa Bouww" in los.attrs["niet_gekoppeld"]
    assert len(los) == 6
    assert d.tel_klanten(f, periode_maanden=12, peildatum=PEIL, niveau="bedrijf", bedrijven=_bedrijven()) == 5


def test_namen_per_klant():
    uit = d.namen_per_klant(_facturen(), _bedrijven(), niveau="concern")
    alfa = uit[uit["klant"] == "10000001"].iloc[0]
    assert alfa["aantal_namen"] == 4
    assert alfa["namen"] == ["ALFA BOUW BV", "Alfa Bouw", "Alfa Bouw B.V.", "Alfa Groep Holding B.V."]
    assert uit.iloc[0]["klant"] == "10000001"


def test_klantdefinitie_kaart():
    kaart = d.klantdefinitie_kaart(basis="betaald", periode_maanden=24, niveau="concern",
                                   per_business_unit=True, aantal=7, peildatum="2025-06-30",
                                   afgesproken_met=["finance", "sales"])
    assert "| **aantal klanten** | **7** |" in kaart
    assert "30-06-2025" in kaart and "per business unit" in kaart and "finance, sales" in kaart
    with pytest.raises(ValueError, match="aantal"):
        d.klantdefinitie_kaart(basis="netto", periode_maanden=12, niveau="bedrijf",
                               per_business_unit=False, aantal=-1, peildatum=PEIL)


# --- foute invoer ----------------------------------------------------------


@pytest.mark.parametrize("extra,melding", [
    ({"basis": "omzet"}, r"basis='omzet' is onbekend; kies uit 'getekend', 'ingang', 'factuur'"),
    ({"niveau": "land"}, r"niveau='land' is onbekend"),
    ({"periode_maanden": -3}, r"periode_maanden moet 1 of meer zijn"),
    ({"periode_maanden": 0}, r"periode_maanden moet 1 of meer zijn"),
    ({"periode_maanden": 1.5}, r"periode_maanden moet een geheel aantal maanden"),
    ({"periode_maanden": True}, r"periode_maanden moet een geheel aantal maanden"),
    ({"peildatum": "gisteren"}, r"peildatum moet een datum zijn"),
    ({"peildatum": 2025}, r"peildatum moet een datum zijn"),
    ({"per_business_unit": "ja"}, r"per_business_unit moet True of False"),
    ({"drempel": 150}, r"drempel moet een getal van 0 tot en met 100"),
])
def test_foute_argumenten(extra, melding):
    argumenten = {"basis": "factuur", "periode_maanden": 12, "niveau": "bedrijf", "bedrijven": _bedrijven()}
    argumenten.update(extra)
    with pytest.raises(ValueError, match=melding):
        d.tel_klanten(_facturen(), **argumenten)


def test_foute_tabellen():
    f = _facturen()
    with pytest.raises(ValueError, match=r"mist de kolom\(men\) 'bedrag'"):
        d.tel_klanten(f.drop(columns="bedrag"))
    tekstdatum = f.assign(factuurdatum=f["factuurdatum"].dt.strftime("%Y-%m-%d"))
    with pytest.raises(ValueError, match=r"Kolom 'factuurdatum' in facturen bevat geen datums.*pd.to_datetime"):
        d.tel_klanten(tekstdatum, peildatum=PEIL)
    with pytest.raises(ValueError, match="'betaaldatum'"):
        d.tel_klanten(f.drop(columns="betaaldatum"), basis="betaald", niveau="vestiging")
    with pytest.raises(ValueError, match="'business_unit'"):
        d.tel_klanten(f.drop(columns="business_unit"), per_business_unit=True, niveau="vestiging")
    with pytest.raises(ValueError, match="contracten=..."):
        d.tel_klanten(f, basis="getekend", bedrijven=_bedrijven())
    with pytest.raises(ValueError, match="bedrijven=..."):
        d.tel_klanten(f, niveau="bedrijf")
    with pytest.raises(ValueError, match="pandas DataFrame"):
        d.tel_klanten([1, 2, 3])
    slechte_soort = f.assign(soort=f["soort"].replace({"retour": "korting"}))
    with pytest.raises(ValueError, match=r"'korting' \(factuurnummer 'F5'\).*'factuur', 'retour', 'creditnota'"):
        d.tel_klanten(slechte_soort, peildatum=PEIL, niveau="vestiging")
    positief = f.assign(bedrag=f["bedrag"].abs())
    with pytest.raises(ValueError, match="factuurnummer 'F5' heeft 400.00"):
        d.tel_klanten(positief, peildatum=PEIL, niveau="vestiging")
    leeg = f.assign(bedrag=f["bedrag"].where(f["factuurnummer"] != "F3"))
    with pytest.raises(ValueError, match="'bedrag' in facturen is leeg in 1 rij"):
        d.tel_klanten(leeg, peildatum=PEIL, niveau="vestiging")
    dubbel = pd.concat([_bedrijven(), _bedrijven().iloc[:1]])
    with pytest.raises(ValueError, match="meer dan één keer"):
        d.tel_klanten(f, bedrijven=dubbel)
    zonder_naam = f.drop(columns="klantnaam")
    with pytest.raises(ValueError, match="geen bekend vestigingsnummer"):
        d.tel_klanten(zonder_naam, peildatum=PEIL, bedrijven=_bedrijven())
    with pytest.raises(ValueError, match="geen factuurdatums"):
        d.tel_klanten(f.iloc[:0], niveau="vestiging")
    with pytest.raises(ValueError, match="lijsten"):
        d.definitiematrix(f, periodes=12)


def test_netto_langere_periode_kan_minder_geven():
    """Geen invariant voor netto: een oude retour telt mee in een langere periode."""
    f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-06-01", "2024-06-01", "2024-08-01"]),
                      "klantnaam": ["X", "X", "X"], "soort": ["factuur", "factuur", "retour"],
                      "bedrag": [100.0, 500.0, -700.0]})
    assert d.tel_klanten(f, basis="netto", periode_maanden=12, peildatum=PEIL, niveau="bedrijf") == 1
    assert d.tel_klanten(f, basis="netto", periode_maanden=24, peildatum=PEIL, niveau="bedrijf") == 0


# --- eigenschappen (hypothesis) --------------------------------------------

_NAMEN = ["Alfa Bouw B.V.", "ALFA BOUW", "Beta Techniek", "Gama Zorg BV", "Delta Schoonmaak", "Epsilon"]


@st.composite
def wereld(draw):
    n = draw(st.integers(0, 40))
    vest = draw(st.lists(st.sampled_from([V[i] for i in range(1, 7)] + [None]), min_size=n, max_size=n))
    namen = draw(st.lists(st.sampled_from(_NAMEN), min_size=n, max_size=n))
    dagen = draw(st.lists(st.integers(0, 5 * 365), min_size=n, max_size=n))
    soort = draw(st.lists(st.sampled_from(["factuur", "factuur", "retour", "creditnota"]), min_size=n, max_size=n))
    centen = draw(st.lists(st.integers(1, 100_000), min_size=n, max_size=n))
    betaald = draw(st.lists(st.one_of(st.none(), st.integers(0, 90)), min_size=n, max_size=n))
    bu = draw(st.lists(st.sampled_from(["A", "B", "C"]), min_size=n, max_size=n))
    datum = pd.Timestamp("2026-01-31") - pd.to_timedelta(dagen, unit="D")
    bedrag = np.array(centen) / 100 * np.where(np.array(soort) == "factuur", 1, -1)
    f = pd.DataFrame({
        "factuurnummer": [f"F{i}" for i in range(n)],
        "factuurdatum": pd.DatetimeIndex(datum),
        "vestigingsnummer": pd.Series(vest, dtype=TEKST),
        "klantnaam": namen,
        "soort": soort,
        "bedrag": bedrag.astype("float64"),
        "business_unit": bu,
    })
    f["betaaldatum"] = [dt + pd.Timedelta(days=b) if b is not None and s == "factuur" else pd.NaT
                        for dt, b, s in zip(f["factuurdatum"], betaald, soort)]
    f["betaaldatum"] = pd.to_datetime(f["betaaldatum"])
    m = draw(st.integers(0, 8))
    start = draw(st.lists(st.integers(0, 5 * 365), min_size=m, max_size=m))
    duur = draw(st.lists(st.one_of(st.none(), st.integers(30, 900)), min_size=m, max_size=m))
    wacht = draw(st.lists(st.integers(0, 120), min_size=m, max_size=m))
    ingang = pd.Timestamp("2026-03-31") - pd.to_timedelta(start, unit="D")
    c = pd.DataFrame({
        "vestigingsnummer": draw(st.lists(st.sampled_from([V[i] for i in range(1, 7)]), min_size=m, max_size=m)),
        "business_unit": draw(st.lists(st.sampled_from(["A", "B"]), min_size=m, max_size=m)),
        "ingangsdatum": pd.DatetimeIndex(ingang),
    })
    c["getekend_op"] = c["ingangsdatum"] - pd.to_timedelta(wacht, unit="D")
    c["einddatum"] = pd.to_datetime([i + pd.Timedelta(days=x) if x is not None else pd.NaT
                                     for i, x in zip(c["ingangsdatum"], duur)])
    return f, c


_INSTELLING = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _alles(f, c, basis, maanden, niveau, per_bu=False):
    return d.tel_klanten(f, basis=basis, periode_maanden=maanden, peildatum=PEIL, niveau=niveau,
                         per_business_unit=per_bu, contracten=c, bedrijven=_bedrijven())


@_INSTELLING
@given(wereld(), st.sampled_from(d.BASISSEN), st.integers(1, 60), st.booleans())
def test_concern_niet_meer_dan_bedrijf_niet_meer_dan_vestiging(w, basis, maanden, per_bu):
    f, c = w
    aantallen = [_alles(f, c, basis, maanden, n, per_bu) for n in ("concern", "bedrijf", "vestiging")]
    assert aantallen[0] <= aantallen[1] <= aantallen[2]


@_INSTELLING
@given(wereld(), st.integers(1, 60), st.sampled_from(d.NIVEAUS), st.booleans())
def test_netto_klanten_zijn_ook_factuurklanten(w, maanden, niveau, per_bu):
    f, c = w
    args = dict(periode_maanden=maanden, peildatum=PEIL, niveau=niveau, per_business_unit=per_bu,
                bedrijven=_bedrijven())
    netto = d.klanten(f, basis="netto", **args)
    bruto = d.klanten(f, basis="factuur", **args)
    sleutel = ["klant", "business_unit"] if per_bu else ["klant"]
    assert set(map(tuple, netto[sleutel].values)) <= set(map(tuple, bruto[sleutel].values))
    assert len(netto) <= len(bruto)


@_INSTELLING
@given(wereld(), st.sampled_from(["getekend", "ingang", "factuur", "betaald"]), st.integers(1, 59),
       st.integers(1, 24), st.sampled_from(d.NIVEAUS))
def test_langere_periode_nooit_minder(w, basis, kort, extra, niveau):
    f, c = w
    assert _alles(f, c, basis, kort, niveau) <= _alles(f, c, basis, kort + extra, niveau)


@_INSTELLING
@given(wereld(), st.sampled_from(d.BASISSEN), st.integers(1, 60), st.sampled_from(d.NIVEAUS))
def test_per_business_unit_nooit_minder(w, basis, maanden, niveau):
    f, c = w
    assert _alles(f, c, basis, maanden, niveau, False) <= _alles(f, c, basis, maanden, niveau, True)


@_INSTELLING
@given(st.lists(st.text(min_size=1, max_size=30), max_size=20))
def test_normaliseren_is_idempotent_en_koppelen_verliest_niets(namen):
    for naam in namen:
        een = d.normaliseer_bedrijfsnaam(naam)
        assert d.normaliseer_bedrijfsnaam(een) == een
    uit = d.koppel_namen(namen, _bedrijven())
    assert list(uit["klantnaam"]) == list(dict.fromkeys(namen))


def test_lege_kolom_vestigingsnummer_telt_als_afwezig():
    # Zoals een eigen export uit klantlib.inlezen: de kolom bestaat maar is helemaal leeg.
    f = pd.DataFrame({
        "factuurnummer": ["1", "2", "3"],
        "factuurdatum": pd.to_datetime(["2025-03-01", "2025-06-01", "2025-07-01"]),
        "klantnaam": ["Jansen B.V.", "JANSEN BV", "Smit V.O.F."],
        "vestigingsnummer": pd.Series([None, None, None], dtype=object),
        "bedrag": [100.0, 250.0, 80.0],
    })
    assert d.tel_klanten(f, basis="factuur", periode_maanden=12, niveau="bedrijf") == 2
    assert d.tel_klanten(f, basis="factuur", periode_maanden=12, niveau="vestiging") == 2
