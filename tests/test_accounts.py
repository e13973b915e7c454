"""Tests voor klantlib.accounts: een handgemaakte wereld met uitkomsten die met de hand zijn uitgerekend,
plus eigenschappen op de echte data (standaard en een persoonlijke seed).

De handgemaakte wereld (peildatum 31-12-2025):

- Concern Hout Groep (holding H 10000001, vestiging vh) met dochters Hout Meubel (10000002, vestigingen
  vd1a en vd1b), Hout Techniek (10000003, vd2) en Hout Service (10000004, vd3, koopt nooit).
- Zelfstandig: Zelf B.V. (20000001, vz) en Ypma B.V. (30000001, vy).
- Overname: Oud B.V. (40000001, vo, tot 30-06-2023) gaat verder als Nieuw B.V. (40000002, vn).

Factuurregels (factuuradres → besteld door, bedrag):

    r1  2024-01-01  vh → vd1a  1000  Bureaustoel   (eerste dag van 24 maanden: telt mee)
    r2  2023-12-31  vh → vd2   5000  Laptop        (laatste dag vóór 24 maanden: telt niet mee)
    r3  2025-12-31  vz → vz     600  Schoonmaak    (peildatum zelf: telt mee)
    r4  2025-06-01  vh → vd2    400  Laptop        (holding krijgt de factuur, dochter bestelde)
    r5  2025-03-01  vy → vy     900  Bureaustoel
    r6  2025-04-01  vy → vy    -100  Bureaustoel   (retour)
    r7  2025-02-01  (leeg, "ZELF BV") → vz  100  Schoonmaak  (handmatig: op naam te koppelen)
    r8  2025-05-01  vn → vn     300  Laptop
    r9  2023-03-01  vo → vo     700  Laptop        (oud KvK-nummer, hoort bij Nieuw)

24 maanden, concern, via besteld_door: Hout 1000 + 400 = 1400; Ypma 900 - 100 = 800; Zelf 600 + 100 = 700;
Nieuw 300. Totaal 3200; aandelen 0.4375, 0.25, 0.21875, 0.09375.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from klantlib import accounts
from klantlib.accounts import (
    accountkaart,
    concentratie,
    dmu_dekking,
    grote_accounts,
    omzet_per_klant,
    share_of_wallet,
    verkoopfunctie,
    voor_fusie,
    witte_vlekken,
)
from klantlib.data import laad

PEIL = "2025-12-31"
H, Z, Y, O, N = "10000001", "20000001", "30000001", "40000001", "40000002"


@pytest.fixture
def bedrijven():
    rijen = [
        # vestigingsnummer, kvk, bedrijfsnaam, moeder, concern, concernnaam, hoofdvestiging, plaats, vorige, accountmanager
        ("vh", H, "Hout Groep Holding B.V.", None, H, "Hout Groep", True, "Utrecht", None, "Eva Lind"),
        ("vd1a", "10000002", "Hout Meubel B.V.", H, H, "Hout Groep", True, "Ede", None, "Eva Lind"),
        ("vd1b", "10000002", "Hout Meubel B.V.", H, H, "Hout Groep", False, "Zeist", None, "Eva Lind"),
        ("vd2", "10000003", "Hout Techniek B.V.", H, H, "Hout Groep", True, "Delft", None, "Eva Lind"),
        ("vd3", "10000004", "Hout Service B.V.", H, H, "Hout Groep", True, "Gouda", None, "Eva Lind"),
        ("vz", Z, "Zelf B.V.", None, Z, "Zelf", True, "Breda", None, None),
        ("vy", Y, "Ypma B.V.", None, Y, "Ypma", True, "Assen", None, None),
        ("vo", O, "Oud B.V.", None, O, "Oud", True, "Venlo", None, None),
        ("vn", N, "Nieuw B.V.", None, N, "Nieuw", True, "Venlo", O, None),
    ]
    kolommen = ["vestigingsnummer", "kvk_nummer", "bedrijfsnaam", "moeder_kvk", "concern_kvk", "concernnaam",
                "hoofdvestiging", "plaats", "vorige_kvk_nummer", "accountmanager"]
    b = pd.DataFrame(rijen, columns=kolommen)
    b["rayon"] = ["Midden", "Oost", "Midden", "West", "West", "Zuid", "Noord", "Zuid", "Zuid"]
    return b


@pytest.fixture
def facturen():
    rijen = [
        ("r1", "2024-01-01", "vh", "vd1a", "Hout Groep Holding B.V.", "Kantoorinrichting", "Bureaustoel", "factuur", 1000.0),
        ("r2", "2023-12-31", "vh", "vd2", "Hout Groep Holding B.V.", "ICT-werkplek", "Laptop", "factuur", 5000.0),
        ("r3", "2025-12-31", "vz", "vz", "Zelf B.V.", "Facilitaire diensten", "Schoonmaak", "factuur", 600.0),
        ("r4", "2025-06-01", "vh", "vd2", "Hout Groep Holding B.V.", "ICT-werkplek", "Laptop", "factuur", 400.0),
        ("r5", "2025-03-01", "vy", "vy", "Ypma B.V.", "Kantoorinrichting", "Bureaustoel", "factuur", 900.0),
        ("r6", "2025-04-01", "vy", "vy", "Ypma B.V.", "Kantoorinrichting", "Bureaustoel", "retour", -100.0),
        ("r7", "2025-02-01", None, "vz", "ZELF BV", "Facilitaire diensten", "Schoonmaak", "factuur", 100.0),
        ("r8", "2025-05-01", "vn", "vn", "Nieuw B.V.", "ICT-werkplek", "Laptop", "factuur", 300.0),
        ("r9", "2023-03-01", "vo", "vo", "Oud B.V.", "ICT-werkplek", "Laptop", "factuur", 700.0),
    ]
    f = pd.DataFrame(rijen, columns=["factuurnummer", "factuurdatum", "vestigingsnummer", "besteld_door",
                                     "klantnaam", "business_unit", "product", "soort", "bedrag"])
    f["factuurdatum"] = pd.to_datetime(f["factuurdatum"])
    return f


@pytest.fixture
def producten():
    return pd.DataFrame({
        "product": ["Bureaustoel", "Bureaulamp", "Laptop", "Schoonmaak"],
        "business_unit": ["Kantoorinrichting", "Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"],
        "bruto_marge": [0.4, 0.5, 0.1, 0.3],
    })


def _omzet(tabel):
    return dict(zip(tabel["naam"], tabel["omzet"]))


# --- omzet_per_klant: handgerekend ------------------------------------------------------------


def test_concern_via_besteld_door_24_maanden(facturen, bedrijven):
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL)
    assert o["klant"].tolist() == [H, Y, Z, N]
    assert o["naam"].tolist() == ["Hout Groep", "Ypma", "Zelf", "Nieuw"]
    assert o["omzet"].tolist() == [1400.0, 800.0, 700.0, 300.0]
    assert o["aandeel"].tolist() == [0.4375, 0.25, 0.21875, 0.09375]
    assert o["cumulatief_aandeel"].tolist() == [0.4375, 0.6875, 0.90625, 1.0]
    assert o.attrs["begindatum"] == pd.Timestamp("2024-01-01")
    assert o.attrs["totale_omzet"] == 3200.0


def test_venstergrens_12_en_36_maanden(facturen, bedrijven):
    # 12 maanden: 2025-01-01 t/m 2025-12-31: Hout alleen r4 (400).
    o12 = omzet_per_klant(facturen, bedrijven=bedrijven, maanden=12, peildatum=PEIL)
    assert _omzet(o12) == {"Ypma": 800.0, "Zelf": 700.0, "Hout Groep": 400.0, "Nieuw": 300.0}
    # 36 maanden: r2 (2023-12-31) en r9 (oud KvK-nummer, telt bij Nieuw) komen erbij.
    o36 = omzet_per_klant(facturen, bedrijven=bedrijven, maanden=36, peildatum=PEIL)
    assert _omzet(o36) == {"Hout Groep": 6400.0, "Nieuw": 1000.0, "Ypma": 800.0, "Zelf": 700.0}
    # Eén dag later als peildatum: r1 (1-1-2024) valt buiten 24 maanden, r3 blijft erin.
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum="2026-01-01")
    assert _omzet(o)["Hout Groep"] == 400.0


def test_bedrijf_via_besteld_door_en_via_factuuradres(facturen, bedrijven):
    besteld = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf", peildatum=PEIL)
    assert _omzet(besteld) == {"Hout Meubel B.V.": 1000.0, "Ypma B.V.": 800.0, "Zelf B.V.": 700.0,
                               "Hout Techniek B.V.": 400.0, "Nieuw B.V.": 300.0}
    adres = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres", peildatum=PEIL)
    # De holding krijgt de facturen: één grote 'klant' die zelf niets bestelde. r7 (geen nummer) gaat op naam naar Zelf.
    assert _omzet(adres) == {"Hout Groep Holding B.V.": 1400.0, "Ypma B.V.": 800.0, "Zelf B.V.": 700.0,
                             "Nieuw B.V.": 300.0}
    assert adres.attrs["niet_gekoppeld"] == []


def test_factuuradres_verandert_het_aantal_grote_accounts(facturen, bedrijven):
    # Drempel 0.33: op factuuradres is de holding (0.4375) groot, op besteld_door geen enkel bedrijf (max 0.3125).
    adres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres", peildatum=PEIL,
                           drempel=0.33)
    besteld = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", peildatum=PEIL, drempel=0.33)
    assert adres["naam"].tolist() == ["Hout Groep Holding B.V."]
    assert besteld.empty
    # Op concernniveau maakt het hier niet uit: holding en dochters horen bij hetzelfde concern.
    c1 = grote_accounts(facturen, bedrijven=bedrijven, via="factuuradres", peildatum=PEIL, drempel=0.33)
    c2 = grote_accounts(facturen, bedrijven=bedrijven, peildatum=PEIL, drempel=0.33)
    assert c1["klant"].tolist() == c2["klant"].tolist() == [H]


def test_vestigingsniveau_en_naam_met_plaats(facturen, bedrijven):
    o = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="vestiging", peildatum=PEIL)
    assert o["klant"].tolist() == ["vd1a", "vy", "vz", "vd2", "vn"]
    assert o["naam"].iloc[0] == "Hout Meubel B.V. (Ede)"


def test_niet_te_koppelen_naam_blijft_staan(facturen, bedrijven):
    f = facturen.copy()
    f.loc[f["factuurnummer"] == "r7", "klantnaam"] = "Bakkerij Smit"
    o = omzet_per_klant(f, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres", peildatum=PEIL)
    assert o.attrs["niet_gekoppeld"] == ["Bakkerij Smit"]
    assert _omzet(o)["Bakkerij Smit"] == 100.0 and _omzet(o)["Zelf B.V."] == 600.0
    assert o["omzet"].sum() == 3200.0  # er valt niets weg


def test_drempel_is_inclusief(facturen, bedrijven):
    # Ypma heeft precies 0.25.
    assert grote_accounts(facturen, bedrijven=bedrijven, peildatum=PEIL, drempel=0.25)["klant"].tolist() == [H, Y]
    assert grote_accounts(facturen, bedrijven=bedrijven, peildatum=PEIL, drempel=0.2501)["klant"].tolist() == [H]


def test_per_business_unit_en_marge(facturen, bedrijven, producten):
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL, per_business_unit=True, producten=producten)
    hout = o[o["klant"] == H].set_index("business_unit")
    assert hout["omzet"].to_dict() == {"Kantoorinrichting": 1000.0, "ICT-werkplek": 400.0}
    # Marge Hout: 1000 × 0.4 + 400 × 0.1 = 440.
    o2 = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL, producten=producten)
    rij = o2.set_index("klant").loc[H]
    assert rij["bruto_marge"] == 440.0 and rij["margepercentage"] == pytest.approx(440 / 1400)
    # Ypma: (900 - 100) × 0.4 = 320; de retour kost ook marge.
    assert o2.set_index("klant").loc[Y, "bruto_marge"] == 320.0


def test_standaard_peildatum_is_einde_maand_van_laatste_factuur(facturen, bedrijven):
    o = omzet_per_klant(facturen, bedrijven=bedrijven)
    assert o.attrs["peildatum"] == pd.Timestamp("2025-12-31")


# --- concentratie -------------------------------------------------------------------------------


def test_concentratie_handgerekend(facturen, bedrijven):
    c = concentratie(omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL))
    assert c.aantal_klanten == 4
    assert c.klanten_voor_80 == 3  # 0.4375 + 0.25 = 0.6875 < 0.8; + 0.21875 = 0.90625
    assert c.deel_klanten_voor_80 == 0.75
    assert c.top4_aandeel == 1.0
    assert c.hhi == pytest.approx(0.4375 ** 2 + 0.25 ** 2 + 0.21875 ** 2 + 0.09375 ** 2)
    assert c.hhi_punten == 3105
    assert c.gelijkwaardig_aantal == pytest.approx(1 / 0.310546875)
    assert "sterk geconcentreerd" in c.lezing and "43,8 %" in c.lezing
    assert c.pareto["cumulatief_aandeel"].tolist() == [0.4375, 0.6875, 0.90625, 1.0]


def test_concentratie_precies_80_procent():
    c = concentratie(pd.Series({"a": 60.0, "b": 20.0, "c": 20.0}))
    assert c.klanten_voor_80 == 2


# --- share of wallet ----------------------------------------------------------------------------


@pytest.fixture
def wallet():
    return pd.DataFrame({"concern_kvk": [H, Y, N], "concernnaam": ["Hout Groep", "Ypma", "Nieuw"],
                         "totale_besteding_24m": [5600.0, 1000.0, 600.0], "rang_leverancier": [2, 1, 4],
                         "aantal_leveranciers": [4, 3, 5]})


def test_share_of_wallet_handgerekend(facturen, bedrijven, wallet):
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL)
    s = share_of_wallet(o, wallet).set_index("klant")
    assert s.loc[H, "aandeel_vermeer"] == 0.25 and s.loc[H, "ruimte"] == 4200.0 and bool(s.loc[H, "top3"])
    assert s.loc[Y, "aandeel_vermeer"] == 0.8 and s.loc[Y, "ruimte"] == 200.0
    # Zelf staat niet in de wallet: de rij blijft, zonder schatting.
    assert pd.isna(s.loc[Z, "totale_besteding_24m"]) and pd.isna(s.loc[Z, "top3"])
    # Nieuw: aandeel 0.5 bij rang 4 kan niet (de drie grotere leveranciers hebben elk meer dan 0.5).
    assert not bool(s.loc[N, "top3"]) and not bool(s.loc[N, "rang_past"])
    assert bool(s.loc[H, "rang_past"])


def test_share_of_wallet_per_business_unit(facturen, bedrijven):
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL, per_business_unit=True)
    wpb = pd.DataFrame({"concern_kvk": [H] * 3,
                        "business_unit": ["Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"],
                        "totale_besteding_24m": [2000.0, 1600.0, 2000.0],
                        "rang_leverancier": pd.array([1, 3, pd.NA], dtype="Int64"), "aantal_leveranciers": [3, 4, 2]})
    s = share_of_wallet(o[o["klant"] == H], wpb).set_index("business_unit")
    assert s["aandeel_vermeer"].to_dict() == {"Kantoorinrichting": 0.5, "ICT-werkplek": 0.25,
                                              "Facilitaire diensten": 0.0}
    assert pd.isna(s.loc["Facilitaire diensten", "rang_leverancier"])
    assert s.loc["Facilitaire diensten", "ruimte"] == 2000.0


def test_share_of_wallet_wil_concern_en_24_maanden(facturen, bedrijven, wallet):
    with pytest.raises(ValueError, match="24 maanden"):
        share_of_wallet(omzet_per_klant(facturen, bedrijven=bedrijven, maanden=12, peildatum=PEIL), wallet)
    with pytest.raises(ValueError, match="per concern"):
        share_of_wallet(omzet_per_klant(facturen, bedrijven=bedrijven, niveau="bedrijf", peildatum=PEIL), wallet)


# --- witte vlekken en DMU -----------------------------------------------------------------------


def test_witte_vlekken_handgerekend(facturen, bedrijven, producten):
    wpb = pd.DataFrame({"concern_kvk": [H] * 3,
                        "business_unit": ["Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"],
                        "totale_besteding_24m": [2000.0, 1600.0, 2000.0], "rang_leverancier": [1, 3, None],
                        "aantal_leveranciers": [3, 4, 2]})
    v = witte_vlekken(facturen, bedrijven=bedrijven, accounts=[H], peildatum=PEIL, producten=producten,
                      wallet_per_bu=wpb, laag_aandeel=0.3)
    regels = set(zip(v["kans"], v["soort"], v["wat"]))
    assert regels == {
        ("witte vlek", "business unit", "Facilitaire diensten"),
        ("witte vlek", "bedrijf", "Hout Service B.V."),  # de holding telt niet mee
        ("witte vlek", "product", "Bureaulamp"),  # wel stoelen gekocht, geen lampen
        ("groter aandeel", "business unit", "ICT-werkplek"),  # 400 / 1600 = 0.25 < 0.3
    }
    ict = v[v["kans"] == "groter aandeel"].iloc[0]
    assert ict["aandeel_vermeer"] == 0.25 and ict["ruimte"] == 1200.0


def test_dmu_dekking_handgerekend(bedrijven):
    c = pd.DataFrame({"kvk_nummer": ["10000002", "10000002", "10000003", Z, O],
                      "dmu_rol": ["beslisser", "inkoper", "Inkoper ", "gebruiker", "beslisser"]})
    d = dmu_dekking(c, [H, Z, N], bedrijven=bedrijven).set_index("klant")
    assert d.loc[H, ["beslisser", "inkoper", "gebruiker"]].tolist() == [1, 2, 0]
    assert d.loc[H, "ontbreekt"] == "beïnvloeder, gebruiker, poortwachter"
    assert d.loc[Z, "ontbreekt"] == "beslisser, beïnvloeder, inkoper, poortwachter"
    assert not d.loc[Z, "beslisser_bekend"] and d.loc[H, "beslisser_bekend"]
    assert d.loc[N, "beslisser"] == 1  # de contactpersoon van het oude KvK-nummer hoort bij de opvolger


def test_dmu_onbekende_rol_geeft_rij(bedrijven):
    c = pd.DataFrame({"kvk_nummer": [Z, Z], "dmu_rol": ["inkoper", "baas"]}, index=[10, 11])
    with pytest.raises(ValueError, match=r"rij 11 .*'baas'"):
        dmu_dekking(c, [Z], bedrijven=bedrijven)


# --- fusie, bediening, escalaties, verkoopfunctie --------------------------------------------


def test_voor_fusie_zet_bedrijven_terug(bedrijven):
    b = bedrijven.copy()
    b.loc[b["kvk_nummer"] == Z, ["moeder_kvk", "concern_kvk", "concernnaam"]] = [H, H, "Hout Groep"]
    overnames = pd.DataFrame({"soort": ["fusie"], "oude_kvk": [Z], "nieuwe_kvk": [H]})
    terug = voor_fusie(b, overnames)
    rij = terug[terug["kvk_nummer"] == Z].iloc[0]
    assert rij["concern_kvk"] == Z and rij["concernnaam"] == "Zelf" and pd.isna(rij["moeder_kvk"])
    assert (terug[terug["kvk_nummer"] == "10000002"]["concern_kvk"] == H).all()


def test_wie_bedient(facturen, bedrijven):
    w = accounts.wie_bedient(omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL), bedrijven)
    w = w.set_index("klant")
    assert w.loc[H, "bediening"] == "accountmanager" and w.loc[H, "accountmanager"] == "Eva Lind"
    assert w.loc[Y, "bediening"] == "binnendienst" and w.loc[Y, "rayon"] == "Noord"
    assert w.loc[H, "rayon"] == "Midden"  # rayon van de hoofdvestiging van de holding


def test_escalaties(bedrijven):
    k = pd.DataFrame({"datum": pd.to_datetime(["2025-06-01", "2025-07-01", "2025-08-01", "2024-01-01"]),
                      "kvk_nummer": ["10000003", "10000002", Z, "10000002"],
                      "afhandeltijd_uren": [30.0, 10.0, 50.0, 40.0], "onderwerp": ["storing"] * 4})
    e = accounts.escalaties(k, bedrijven=bedrijven)
    # Alleen Hout (accountmanager), langer dan 24 uur, in de laatste 12 maanden: de eerste regel.
    assert e["afhandeltijd_uren"].tolist() == [30.0] and e["accountmanager"].tolist() == ["Eva Lind"]


@pytest.mark.parametrize("grootte, complexiteit, functie", [
    ("klein", "eenvoudig", "sales binnendienst"),
    ("klein", "gemiddeld", "junior accountmanager"),
    ("middelgroot", "gemiddeld", "accountmanager"),
    ("groot", "eenvoudig", "accountmanager"),
    ("groot", "gemiddeld", "senior accountmanager"),
    ("groot", "complex", "key accountmanager"),
])
def test_verkoopfunctie(grootte, complexiteit, functie):
    assert verkoopfunctie(grootte, complexiteit) == functie


def test_verkoopfunctie_matrix():
    m = accounts.verkoopfuncties_matrix()
    assert m.loc["complex", "groot"] == "key accountmanager" and m.loc["eenvoudig", "klein"] == "sales binnendienst"


# --- accountkaart -----------------------------------------------------------------------------


def test_accountkaart_handgemaakt(facturen, bedrijven, producten, wallet, tmp_path):
    contact = pd.DataFrame({"kvk_nummer": ["10000002"], "dmu_rol": ["inkoper"], "voornaam": ["An"],
                            "achternaam": ["Bos"], "functie": ["Inkoper"]})
    kaart = accountkaart(H, facturen=facturen, bedrijven=bedrijven, producten=producten, wallet=wallet,
                         contactpersonen=contact, peildatum=PEIL)
    md = kaart.naar_markdown()
    assert md.startswith("# Accountkaart: Hout Groep")
    assert "€ 1.400" in md and "43,8 % van onze omzet" in md and "nummer 1 van 4 klanten" in md
    assert "25,0 %" in md and "nummer 2 van 4 leveranciers" in md and "€ 4.200" in md
    assert "We kennen geen enkele beslisser" in md
    assert "Witte vlek, business unit: Facilitaire diensten" in md
    for kop in accounts.STRATEGIEKOPPEN:
        assert f"### {kop}" in md
    assert "Geen gegevens (geef de tabel klachten mee)" in md
    assert kaart.kerngetallen["omzet"] == 1400.0 and kaart.kerngetallen["bruto_marge"] == 440.0
    # Een KvK-nummer van een dochter geeft de kaart van het concern.
    assert accountkaart("10000003", facturen=facturen, bedrijven=bedrijven, peildatum=PEIL).klant == H
    pad = kaart.opslaan(tmp_path / "hout.md")
    assert open(pad, encoding="utf-8").read() == md


def test_accountkaart_verbeterpunten_alleen_uit_score_0_tot_8(facturen, bedrijven):
    """Een lege score (geen antwoord) mag de kaart niet breken; lof (9-10) is geen verbeterpunt."""
    enquetes = pd.DataFrame({
        "datum": pd.to_datetime(["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"]),
        "kvk_nummer": ["10000002"] * 4,
        "score": pd.array([10, 7, pd.NA, 3], dtype="Int64"),
        "verbeterpunt": ["alles top", "sneller leveren", "geen score", "betere facturen"],
    })
    md = accountkaart(H, facturen=facturen, bedrijven=bedrijven, enquetes=enquetes, peildatum=PEIL).naar_markdown()
    assert "uit 3 antwoorden" in md
    assert '"betere facturen" / "sneller leveren"' in md
    assert "alles top" not in md and "geen score" not in md


def test_accountkaart_met_naam_geeft_hint(facturen, bedrijven):
    with pytest.raises(ValueError, match="geef het KvK-nummer, niet de naam"):
        accountkaart("Hout Groep", facturen=facturen, bedrijven=bedrijven)


# --- foute invoer: Nederlandse meldingen die het argument noemen --------------------------------


@pytest.mark.parametrize("kwargs, tekst", [
    ({"niveau": "land"}, "niveau moet een van"),
    ({"maanden": 0}, "maanden moet een heel getal"),
    ({"maanden": "24"}, "maanden moet een heel getal"),
    ({"maanden": True}, "maanden moet een heel getal"),
    ({"via": "adres"}, "via moet een van"),
    ({"peildatum": "gisteren"}, "peildatum moet een datum zijn"),
])
def test_foute_argumenten(facturen, bedrijven, kwargs, tekst):
    with pytest.raises(ValueError, match=tekst):
        omzet_per_klant(facturen, bedrijven=bedrijven, **kwargs)


@pytest.mark.parametrize("drempel, tekst", [(5, "Bedoel je 0.05"), (0, "deel tussen 0 en 1"), ("5%", "getal")])
def test_foute_drempel(facturen, bedrijven, drempel, tekst):
    with pytest.raises(ValueError, match=tekst):
        grote_accounts(facturen, bedrijven=bedrijven, drempel=drempel)


def test_foute_tabellen(facturen, bedrijven):
    with pytest.raises(ValueError, match="facturen moet een tabel"):
        omzet_per_klant([1, 2], bedrijven=bedrijven)
    with pytest.raises(ValueError, match="bedrijven mist de kolom\\(men\\) 'concern_kvk'"):
        omzet_per_klant(facturen, bedrijven=bedrijven.drop(columns="concern_kvk"))
    f = facturen.copy()
    f.loc[4, "besteld_door"] = "onbekend"
    with pytest.raises(ValueError, match="onbekend in kolom 'besteld_door' \\(facturen, rij 4\\)"):
        omzet_per_klant(f, bedrijven=bedrijven)
    f = facturen.copy()
    f.loc[3, "bedrag"] = np.nan
    with pytest.raises(ValueError, match="'bedrag' in facturen is leeg in rij 3"):
        omzet_per_klant(f, bedrijven=bedrijven, peildatum=PEIL)
    f = facturen.drop(columns="besteld_door")
    with pytest.raises(ValueError, match="via='factuuradres'"):
        omzet_per_klant(f, bedrijven=bedrijven)
    b = bedrijven.copy()
    b.loc[2, "vestigingsnummer"] = "vd1a"
    with pytest.raises(ValueError, match="vd1a staat meer dan één keer"):
        omzet_per_klant(facturen, bedrijven=b)
    with pytest.raises(ValueError, match="is geen concern_kvk"):
        dmu_dekking(pd.DataFrame({"kvk_nummer": [], "dmu_rol": []}), ["10000002"], bedrijven=bedrijven)


def test_invoer_blijft_onveranderd(facturen, bedrijven, producten, wallet):
    f0, b0 = facturen.copy(), bedrijven.copy()
    o = omzet_per_klant(facturen, bedrijven=bedrijven, peildatum=PEIL, producten=producten)
    share_of_wallet(o, wallet)
    witte_vlekken(facturen, bedrijven=bedrijven, accounts=o, peildatum=PEIL)
    pd.testing.assert_frame_equal(facturen, f0)
    pd.testing.assert_frame_equal(bedrijven, b0)


# --- eigenschappen op de echte data -------------------------------------------------------------


@pytest.fixture(scope="module", params=[None, 424242], ids=["standaard", "seed424242"])
def echt(request):
    namen = ("facturen", "bedrijven", "wallet", "wallet_per_bu", "contactpersonen", "producten")
    return {n: laad(n, seed=request.param) for n in namen}


def test_aandelen_tellen_op_tot_1(echt):
    for niveau in accounts.NIVEAUS:
        for via in accounts.VIA:
            for m in (12, 24, 36):
                o = omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"], niveau=niveau, maanden=m, via=via)
                assert o["aandeel"].sum() == pytest.approx(1.0)
                assert o["cumulatief_aandeel"].iloc[-1] == pytest.approx(1.0)
                assert o["omzet"].is_monotonic_decreasing


def test_hogere_drempel_geeft_deelverzameling(echt):
    vorige = None
    for drempel in (0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.2):
        nu = set(grote_accounts(echt["facturen"], bedrijven=echt["bedrijven"], drempel=drempel)["klant"])
        if vorige is not None:
            assert nu <= vorige
        vorige = nu


def test_concern_nooit_meer_klanten_dan_bedrijf(echt):
    for via in accounts.VIA:
        for m in (12, 24, 36):
            n = {niveau: len(omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"], niveau=niveau,
                                             maanden=m, via=via)) for niveau in accounts.NIVEAUS}
            assert n["concern"] <= n["bedrijf"] <= n["vestiging"]


def test_data_v2_vijf_procent_regel(echt):
    grote = grote_accounts(echt["facturen"], bedrijven=echt["bedrijven"])
    assert len(grote) == 5
    assert 0.37 <= concentratie(omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"])).top4_aandeel <= 0.43
    lijsten = {m: frozenset(grote_accounts(echt["facturen"], bedrijven=echt["bedrijven"], maanden=m)["klant"])
               for m in (12, 24, 36)}
    assert len(set(lijsten.values())) == 3


def test_wallet_rang_maal_aandeel_en_consistent(echt):
    o = omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"])
    s = share_of_wallet(o[o["klant"].isin(echt["wallet"]["concern_kvk"])], echt["wallet"])
    assert len(s) == 30 and s["rang_past"].all()
    assert (s["rang_leverancier"].astype(float) * s["aandeel_vermeer"] <= 1 + 1e-9).all()
    eigen = s.set_index("klant")["aandeel_vermeer"]
    geschat = echt["wallet"].set_index("concern_kvk")["aandeel_vermeer"]
    np.testing.assert_allclose(eigen.reindex(geschat.index), geschat, atol=6e-5)
    assert ((s["rang_leverancier"] <= 3) == s["top3"]).all()
    per_bu = omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"], per_business_unit=True)
    sb = share_of_wallet(per_bu[per_bu["klant"].isin(echt["wallet"]["concern_kvk"])], echt["wallet_per_bu"])
    assert len(sb) == 90 and sb["rang_past"].dropna().all()


def test_een_van_de_grootste_vijf_zonder_beslisser(echt):
    grote = omzet_per_klant(echt["facturen"], bedrijven=echt["bedrijven"]).head(5)
    d = dmu_dekking(echt["contactpersonen"], grote, bedrijven=echt["bedrijven"])
    assert (~d["beslisser_bekend"]).sum() >= 1
