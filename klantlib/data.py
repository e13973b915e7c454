"""De data van de cursus: laden en (opnieuw) maken.

De cursus draait op één verzonnen Nederlandse leverancier, **Vermeer Werkplek
B.V.**, met drie business units en een paar honderd zakelijke klanten. Alle
tabellen staan als CSV in ``datasets/`` en worden gemaakt door
:func:`genereer`: faker (nl_NL) levert alleen lijsten met namen, numpy's
generator met een vaste seed maakt elke rij. Dezelfde seed geeft dus altijd
dezelfde data.

Belangrijkste functies:

- :func:`laad` geeft een tabel met de juiste types (datums als datums,
  bedragen als kommagetallen, nummers als tekst zodat voorloopnullen blijven).
- :func:`kies_dataset` kiest de actieve dataset: de standaarddata of een
  persoonlijke variant met een eigen seed (bijvoorbeeld je studentnummer).
- :func:`genereer_transacties` maakt een grote factuurtabel voor big data.

Vanaf de opdrachtregel: ``python -m klantlib.data genereer --uit <map>``
schrijft precies de bestanden van ``datasets/`` (met ``--seed N`` een variant).
"""

from __future__ import annotations

import argparse
import functools
import io
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from klantlib import _cache
from klantlib._compat import TEKST

__all__ = [
    "BEGINDATUM",
    "EINDDATUM",
    "LEVERANCIER",
    "STANDAARD_SEED",
    "TABELLEN",
    "actieve_seed",
    "datamap",
    "genereer",
    "genereer_transacties",
    "kies_dataset",
    "laad",
    "schrijf",
]

STANDAARD_SEED = 2024
BEGINDATUM = pd.Timestamp("2021-01-01")
EINDDATUM = pd.Timestamp("2025-12-31")

# Producten per business unit: (product, soort, prijs per stuk of per maand, kans op retour)
_PRODUCTEN = {
    "Kantoorinrichting": [
        ("Bureaustoel", "product", 450.0, 0.05),
        ("Zit-stabureau", "product", 850.0, 0.04),
        ("Kastensysteem", "product", 1200.0, 0.02),
        ("Thuiswerkpakket", "product", 300.0, 0.70),
    ],
    "ICT-werkplek": [
        ("Laptop", "product", 1100.0, 0.03),
        ("Monitor", "product", 250.0, 0.03),
        ("Werkplekbeheer", "contract", 1800.0, 0.0),
        ("Licentiebeheer", "contract", 650.0, 0.0),
    ],
    "Facilitaire diensten": [
        ("Schoonmaak", "contract", 2400.0, 0.0),
        ("Onderhoud", "contract", 900.0, 0.0),
        ("Koffieservice", "contract", 350.0, 0.0),
    ],
}

LEVERANCIER = {
    "naam": "Vermeer Werkplek B.V.",
    "plaats": "Amersfoort",
    "business_units": {bu: [p[0] for p in lijst] for bu, lijst in _PRODUCTEN.items()},
    "concurrenten": ["Kantoorgigant", "OfficeDirect NL", "Facilis Partners"],
}

TABELLEN = (
    "bedrijven",
    "contactpersonen",
    "contracten",
    "facturen",
    "enquetes",
    "ervaringen",
    "klachten",
    "leads",
    "wallet",
    "waardeprofielen",
    "waarheid_namen",
    "waarheid_dubbel",
)

# Kolomtypes per tabel: "tekst", "datum", "bedrag", "geheel", "geheel_leeg" (met lege waarden), "janee".
_SCHEMA: dict[str, dict[str, str]] = {
    "bedrijven": {
        "vestigingsnummer": "tekst", "kvk_nummer": "tekst", "bedrijfsnaam": "tekst", "rechtsvorm": "tekst",
        "moeder_kvk": "tekst", "concern_kvk": "tekst", "concernnaam": "tekst", "hoofdvestiging": "janee",
        "sector": "tekst", "medewerkers": "geheel", "grootteklasse": "tekst", "postcode": "tekst",
        "plaats": "tekst", "provincie": "tekst", "rayon": "tekst", "vorige_kvk_nummer": "tekst",
        "actief_tot": "datum",
    },
    "contactpersonen": {
        "contact_id": "tekst", "kvk_nummer": "tekst", "vestigingsnummer": "tekst", "voornaam": "tekst",
        "achternaam": "tekst", "functie": "tekst", "dmu_rol": "tekst", "email": "tekst", "telefoon": "tekst",
    },
    "contracten": {
        "contractnummer": "tekst", "kvk_nummer": "tekst", "vestigingsnummer": "tekst", "business_unit": "tekst",
        "product": "tekst", "getekend_op": "datum", "ingangsdatum": "datum", "einddatum": "datum",
        "maandbedrag": "bedrag",
    },
    "facturen": {
        "factuurnummer": "tekst", "factuurdatum": "datum", "betaaldatum": "datum", "klantnaam": "tekst",
        "vestigingsnummer": "tekst", "besteld_door": "tekst", "business_unit": "tekst", "product": "tekst",
        "soort": "tekst", "bedrag": "bedrag", "contractnummer": "tekst", "origineel_factuurnummer": "tekst",
    },
    "enquetes": {
        "enquete_id": "tekst", "datum": "datum", "contact_id": "tekst", "kvk_nummer": "tekst",
        "business_unit": "tekst", "score": "geheel_leeg", "verbeterpunt": "tekst",
    },
    "ervaringen": {
        "ervaring_id": "tekst", "datum": "datum", "kvk_nummer": "tekst", "business_unit": "tekst",
        "soort": "tekst", "verwachte_dagen": "geheel", "werkelijke_dagen": "geheel",
    },
    "klachten": {
        "klacht_id": "tekst", "datum": "datum", "kvk_nummer": "tekst", "business_unit": "tekst",
        "onderwerp": "tekst", "afhandeltijd_uren": "bedrag", "score_voor": "geheel", "score_na": "geheel",
    },
    "leads": {
        "lead_id": "tekst", "aangemaakt_op": "datum", "bedrijfsnaam": "tekst", "sector": "tekst",
        "bron": "tekst", "verkoper": "tekst", "business_unit": "tekst", "prospect_op": "datum",
        "offerte_op": "datum", "gewonnen_op": "datum", "verloren_op": "datum", "terug_naar_lead_op": "datum",
        "waarde": "bedrag", "bruto_marge": "bedrag",
    },
    "wallet": {
        "concern_kvk": "tekst", "concernnaam": "tekst", "totale_besteding_24m": "bedrag",
        "rang_leverancier": "geheel", "aantal_leveranciers": "geheel",
    },
    "waardeprofielen": {"leverancier": "tekst", "waardestrategie": "tekst", "score": "geheel"},
    "waarheid_namen": {"klantnaam": "tekst", "kvk_nummer": "tekst", "vestigingsnummer": "tekst", "variant": "tekst"},
    "waarheid_dubbel": {"factuurnummer": "tekst", "aantal": "geheel"},
}

# Plaatsen met hun provincie en een postcodegebied (eerste twee cijfers).
_PLAATSEN = [
    ("Amsterdam", "Noord-Holland", 10), ("Haarlem", "Noord-Holland", 20), ("Alkmaar", "Noord-Holland", 18),
    ("Zaandam", "Noord-Holland", 15), ("Hilversum", "Noord-Holland", 12), ("Leiden", "Zuid-Holland", 23),
    ("Den Haag", "Zuid-Holland", 25), ("Rotterdam", "Zuid-Holland", 30), ("Dordrecht", "Zuid-Holland", 33),
    ("Delft", "Zuid-Holland", 26), ("Utrecht", "Utrecht", 35), ("Amersfoort", "Utrecht", 38),
    ("Zeist", "Utrecht", 37), ("Middelburg", "Zeeland", 43), ("Goes", "Zeeland", 44),
    ("Breda", "Noord-Brabant", 48), ("Tilburg", "Noord-Brabant", 50), ("Eindhoven", "Noord-Brabant", 56),
    ("'s-Hertogenbosch", "Noord-Brabant", 52), ("Helmond", "Noord-Brabant", 57), ("Venlo", "Limburg", 59),
    ("Maastricht", "Limburg", 62), ("Heerlen", "Limburg", 64), ("Nijmegen", "Gelderland", 65),
    ("Arnhem", "Gelderland", 68), ("Apeldoorn", "Gelderland", 73), ("Ede", "Gelderland", 67),
    ("Enschede", "Overijssel", 75), ("Zwolle", "Overijssel", 80), ("Deventer", "Overijssel", 74),
    ("Almere", "Flevoland", 13), ("Lelystad", "Flevoland", 82), ("Leeuwarden", "Friesland", 89),
    ("Sneek", "Friesland", 86), ("Groningen", "Groningen", 97), ("Assen", "Drenthe", 94),
    ("Emmen", "Drenthe", 78),
]

# Verkooprayon volgt uit het eerste cijfer van de postcode.
_RAYON_PER_CIJFER = {1: "West", 2: "West", 3: "Midden", 4: "Zuid", 5: "Zuid", 6: "Zuid", 7: "Oost", 8: "Noord", 9: "Noord"}

_SECTOREN = {
    # sector: (woorden voor de naam, verschuiving van de kans op een promotor)
    "Zorg": (["Zorggroep", "Zorg", "Thuiszorg"], 0.08),
    "Onderwijs": (["Onderwijsgroep", "College", "Scholengroep"], 0.04),
    "Logistiek": (["Logistiek", "Transport", "Distributie"], -0.10),
    "Bouw": (["Bouw", "Bouwgroep", "Installatietechniek"], -0.04),
    "Zakelijke dienstverlening": (["Advies", "Accountants", "Consultancy"], 0.06),
    "Overheid": (["Gemeentediensten", "Waterbeheer", "Uitvoeringsdienst"], 0.0),
    "Industrie": (["Techniek", "Metaal", "Kunststoffen"], -0.06),
    "Handel": (["Handelsonderneming", "Groothandel", "Import"], 0.02),
}

_DMU_ROLLEN = ["beslisser", "inkoper", "gebruiker", "beïnvloeder", "poortwachter"]
_FUNCTIES = {
    "beslisser": ["Directeur", "Algemeen directeur", "CFO"],
    "inkoper": ["Inkoper", "Hoofd inkoop"],
    "gebruiker": ["Officemanager", "Facilitair medewerker", "Teamleider"],
    "beïnvloeder": ["IT-manager", "Facilitair manager", "Adviseur arbo"],
    "poortwachter": ["Managementassistent", "Receptionist"],
}

_VERBETERPUNTEN = {
    "criticaster": [
        "De levertijd was veel langer dan beloofd.",
        "Facturen kloppen vaak niet, dat kost ons veel tijd.",
        "Slecht bereikbaar als er iets misgaat.",
        "De levertijd van bureaus moet echt korter.",
        "Te duur voor wat we krijgen.",
        "Onze accountmanager wisselt steeds, geen vast aanspreekpunt.",
        "Klachten worden traag afgehandeld.",
        "",
    ],
    "passief": [
        "Prima, maar de prijs mag scherper.",
        "Levertijd kan iets korter.",
        "Meer informatie over de status van de levering.",
        "Factuur graag digitaal en overzichtelijker.",
        "",
        "",
    ],
    "promotor": [
        "Ga zo door, de service is uitstekend.",
        "Fijne accountmanager die meedenkt.",
        "Snelle levering en goede kwaliteit.",
        "Goede service, misschien een klantendag organiseren.",
        "Kwaliteit is top.",
        "",
        "",
    ],
}

_KLACHTONDERWERPEN = ["levering te laat", "beschadigd product", "factuur onjuist", "storing", "schoonmaak niet goed"]
_BRONNEN = {"beurs": 1.0, "seminar": 1.45, "campagne": 0.75, "gekocht bestand": 0.45, "website": 1.15, "netwerk": 1.6}

# Vijf concerns met een vast aandeel in de omzet van de laatste 24 maanden: samen
# zorgen de eerste vier voor ongeveer 40 %, elk van de vijf voor minstens 5 %.
_TOPAANDELEN = [0.125, 0.105, 0.09, 0.08, 0.056]


# ---------------------------------------------------------------------------
# Actieve dataset
# ---------------------------------------------------------------------------

_actief: dict[str, int | None] = {"seed": None}


def kies_dataset(seed: int | None = None) -> None:
    """Kies de actieve dataset.

    Zonder seed (``None``) is dat de standaarddata uit ``datasets/``. Met een
    seed, bijvoorbeeld je studentnummer, krijg je een persoonlijke variant:
    dezelfde soort bedrijf, maar andere klanten en andere getallen.

    >>> kies_dataset(123)
    >>> actieve_seed()
    123
    >>> kies_dataset()
    >>> actieve_seed() is None
    True
    """
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0):
        raise ValueError(f"De seed moet een geheel getal van 0 of hoger zijn (bijvoorbeeld je studentnummer), niet {seed!r}.")
    _actief["seed"] = None if seed is None else int(seed)


def actieve_seed() -> int | None:
    """De seed van de actieve dataset, of ``None`` voor de standaarddata."""
    return _actief["seed"]


def datamap() -> Path:
    """De map ``datasets/`` van de cursus (los van de map waarin je werkt)."""
    return Path(__file__).resolve().parent.parent / "datasets"


def laad(naam: str, seed: int | None = None) -> pd.DataFrame:
    """Laad een tabel van de cursus met de juiste types.

    ``naam`` is een van de tabellen in ``TABELLEN``. Zonder ``seed`` krijg je
    de actieve dataset (zie :func:`kies_dataset`); met een seed die variant.
    Je krijgt altijd een kopie: wat je ermee doet, verandert de bron niet.

    Een persoonlijke variant wordt de eerste keer gemaakt (dat duurt een paar
    seconden) en dan bewaard in je cachemap; daarna, ook na een herstart, is hij
    er meteen. Een andere map kies je met de omgevingsvariabele ``KLANTLIB_CACHE``.

    >>> f = laad("facturen")
    >>> f["factuurdatum"].dtype.kind, f["bedrag"].dtype.kind
    ('M', 'f')
    >>> laad("bedrijven")["kvk_nummer"].str.len().eq(8).all()
    np.True_
    """
    if naam not in _SCHEMA:
        raise ValueError(f"Onbekende tabel {naam!r}. Kies uit: {', '.join(TABELLEN)}.")
    if seed is None:
        seed = actieve_seed()
    if seed is None:
        return _lees_csv(naam).copy()
    return _genereer_cached(int(seed))[naam].copy()


@functools.lru_cache(maxsize=None)
def _lees_csv(naam: str) -> pd.DataFrame:
    pad = datamap() / f"{naam}.csv"
    if not pad.exists():
        raise FileNotFoundError(
            f"Het bestand {pad} ontbreekt. Maak de data opnieuw met: python -m klantlib.data genereer --uit datasets"
        )
    schema = _SCHEMA[naam]
    ruw = pd.read_csv(pad, dtype=str, keep_default_na=False, encoding="utf-8")
    return _zet_types(ruw, schema, naam)


def _zet_types(df: pd.DataFrame, schema: dict[str, str], naam: str) -> pd.DataFrame:
    uit = {}
    for kolom, soort in schema.items():
        waarden = df[kolom]
        leeg = waarden.isna() | (waarden.astype(str) == "")  # tekst-ok: isna() vangt lege waarden al
        if soort == "tekst":
            uit[kolom] = waarden.astype(object).where(~leeg, np.nan)
        elif soort == "datum":
            uit[kolom] = pd.to_datetime(waarden.where(~leeg, None), format="%Y-%m-%d").astype("datetime64[ns]")
        elif soort == "bedrag":
            uit[kolom] = pd.to_numeric(waarden.where(~leeg, None)).astype("float64")
        elif soort == "geheel":
            uit[kolom] = pd.to_numeric(waarden).astype("int64")
        elif soort == "geheel_leeg":
            uit[kolom] = pd.to_numeric(waarden.where(~leeg, None)).astype("Int64")
        elif soort == "janee":
            uit[kolom] = waarden.astype(str).map({"True": True, "False": False}).astype(bool)  # tekst-ok: nooit leeg
        else:  # pragma: no cover - schemafout
            raise AssertionError(soort)
    resultaat = pd.DataFrame(uit)
    # Het tekst-type "str": lege waarden blijven leeg (niet de tekst "nan").
    for kolom, soort in schema.items():
        if soort == "tekst":
            resultaat[kolom] = resultaat[kolom].astype(TEKST)
    return resultaat


#: Vingerafdruk van deze generator: de bron van dit bestand, gelezen bij het importeren. Samen
#: met de versies van faker, numpy, pandas en pyarrow is dat de dataversie van de cache met
#: persoonlijke datasets (klantlib/_cache.py); verandert er iets, dan worden ze opnieuw gemaakt.
_DATABRON = _cache.bronhash(__file__)


@functools.lru_cache(maxsize=8)
def _genereer_cached(seed: int) -> Mapping[str, pd.DataFrame]:
    """De getypte tabellen van een seed: uit de cache op schijf, of gemaakt en daar bewaard."""
    return _cache.Tabellen(seed, _cache.dataversie(_DATABRON), _genereer_getypt)


def _genereer_getypt(seed: int) -> dict[str, pd.DataFrame]:
    tabellen = genereer(seed=seed)
    return {naam: _zet_types(_als_tekst(df), _SCHEMA[naam], naam) for naam, df in tabellen.items()}


def _als_tekst(df: pd.DataFrame) -> pd.DataFrame:
    """Zet een tabel om naar de tekst die in de CSV komt (zelfde route als lezen)."""
    return pd.read_csv(
        io.StringIO(_naar_csv(df)), dtype=str, keep_default_na=False, encoding="utf-8"
    )


# ---------------------------------------------------------------------------
# Genereren
# ---------------------------------------------------------------------------


def _naampools(seed: int) -> dict[str, list[str]]:
    """Lijsten met Nederlandse namen van faker; alleen de pools, niet de rijen."""
    from faker import Faker

    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    achternamen = sorted({fake.last_name().replace("'", "") for _ in range(900)})
    voornamen = sorted({fake.first_name() for _ in range(500)})
    return {"achternamen": achternamen, "voornamen": voornamen}


def _cijfers(rng: np.random.Generator, n: int, lengte: int, gebruikt: set[str]) -> list[str]:
    uit = []
    while len(uit) < n:
        kandidaat = "".join(rng.choice(list("0123456789"), size=lengte))
        if lengte == 8 and kandidaat[0] == "0":
            continue
        if kandidaat not in gebruikt:
            gebruikt.add(kandidaat)
            uit.append(kandidaat)
    return uit


def _slug(tekst: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", tekst.lower().replace("&", "en"))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


def _bedrijven(rng: np.random.Generator, pools: dict[str, list[str]]):
    """Juridische entiteiten, concerns en vestigingen."""
    achternamen = pools["achternamen"]
    sectoren = list(_SECTOREN)
    gebruikt_kvk: set[str] = set()
    gebruikt_vest: set[str] = set()
    entiteiten = []  # dicts per juridische entiteit
    gebruikte_namen: set[str] = set()

    def nieuwe_naam(sector: str) -> str:
        while True:
            woord = rng.choice(_SECTOREN[sector][0])
            achter = rng.choice(achternamen)
            if woord in ("Zorggroep", "Onderwijsgroep", "Scholengroep", "College", "Uitvoeringsdienst", "Gemeentediensten", "Waterbeheer"):
                plaats = _PLAATSEN[rng.integers(len(_PLAATSEN))][0]
                naam = f"{woord} {plaats}" if rng.random() < 0.6 else f"{achter} {woord}"
            else:
                naam = f"{achter} {woord}"
            if naam not in gebruikte_namen:
                gebruikte_namen.add(naam)
                return naam

    def rechtsvorm_voor(sector: str) -> str:
        if sector in ("Zorg", "Onderwijs", "Overheid"):
            return "Stichting"
        return str(rng.choice(["B.V.", "B.V.", "B.V.", "B.V.", "N.V.", "V.O.F."], p=[0.3, 0.25, 0.15, 0.15, 0.05, 0.1]))

    # Concerns: holding met dochters. De eerste vijf worden de grote klanten.
    n_concerns = 36
    for c in range(n_concerns):
        sector = sectoren[c % len(sectoren)] if c >= 5 else ["Logistiek", "Zorg", "Industrie", "Handel", "Bouw"][c]
        kern = nieuwe_naam(sector).split(" ")[0]
        holding_naam = f"{kern} Groep"
        hold_kvk = _cijfers(rng, 1, 8, gebruikt_kvk)[0]
        entiteiten.append(dict(kvk=hold_kvk, naam=f"{holding_naam} Holding", rechtsvorm="B.V.", moeder=None,
                               concern=hold_kvk, concernnaam=holding_naam, sector=sector, holding=True,
                               medewerkers=int(rng.integers(5, 40)), top=c))
        n_dochters = int(rng.integers(3, 7)) if c < 5 else int(rng.integers(1, 5))
        for d in range(n_dochters):
            onderdeel = rng.choice(_SECTOREN[sector][0])
            regio = ["Noord", "Zuid", "Oost", "West", "Midden", "Services", "Nederland"][d % 7]
            naam = f"{kern} {onderdeel} {regio}"
            gebruikte_namen.add(naam)
            entiteiten.append(dict(kvk=_cijfers(rng, 1, 8, gebruikt_kvk)[0], naam=naam, rechtsvorm="B.V.",
                                   moeder=hold_kvk, concern=hold_kvk, concernnaam=holding_naam, sector=sector,
                                   holding=False, medewerkers=int(rng.pareto(1.2) * 120 + 60) * (3 if c < 5 else 1),
                                   top=c))
    # Zelfstandige bedrijven.
    for _ in range(380):
        sector = sectoren[int(rng.integers(len(sectoren)))]
        naam = nieuwe_naam(sector)
        kvk = _cijfers(rng, 1, 8, gebruikt_kvk)[0]
        entiteiten.append(dict(kvk=kvk, naam=naam, rechtsvorm=rechtsvorm_voor(sector), moeder=None, concern=kvk,
                               concernnaam=naam, sector=sector, holding=False,
                               medewerkers=int(min(rng.pareto(1.3) * 25 + 5, 4000)), top=None))

    rijen = []
    for e in entiteiten:
        volledige_naam = e["naam"] if e["rechtsvorm"] == "Stichting" and e["naam"].startswith("Stichting") else (
            f"Stichting {e['naam']}" if e["rechtsvorm"] == "Stichting" else f"{e['naam']} {e['rechtsvorm']}")
        e["bedrijfsnaam"] = volledige_naam
        n_vest = 1 + min(int(rng.poisson(e["medewerkers"] / 250)), 5)
        plaatsen = rng.choice(len(_PLAATSEN), size=n_vest, replace=False)
        e["vestigingen"] = []
        for i, p in enumerate(plaatsen):
            plaats, provincie, gebied = _PLAATSEN[p]
            cijfers = gebied * 100 + int(rng.integers(0, 100))
            letters = "".join(rng.choice(list("ABCEGHJKLMNPRSTVWXZ"), size=2))
            postcode = f"{cijfers:04d} {letters}" if rng.random() < 0.75 else f"{cijfers:04d}{letters}"
            vest = _cijfers(rng, 1, 12, gebruikt_vest)[0]
            e["vestigingen"].append(vest)
            grootte = "klein" if e["medewerkers"] < 50 else ("middelgroot" if e["medewerkers"] < 250 else "groot")
            rijen.append(dict(
                vestigingsnummer=vest, kvk_nummer=e["kvk"], bedrijfsnaam=volledige_naam, rechtsvorm=e["rechtsvorm"],
                moeder_kvk=e["moeder"], concern_kvk=e["concern"], concernnaam=e["concernnaam"],
                hoofdvestiging=(i == 0), sector=e["sector"], medewerkers=e["medewerkers"], grootteklasse=grootte,
                postcode=postcode, plaats=plaats, provincie=provincie, rayon=_RAYON_PER_CIJFER[cijfers // 1000],
                vorige_kvk_nummer=None, actief_tot=pd.NaT,
            ))
    return entiteiten, rijen, gebruikt_kvk, gebruikt_vest


def _maand_starts() -> pd.DatetimeIndex:
    return pd.date_range(BEGINDATUM, EINDDATUM, freq="MS")


def _naamvarianten(rng: np.random.Generator, e: dict, holdingnaam: str | None) -> list[tuple[str, str]]:
    """Schrijfwijzen van een klantnaam zoals die op facturen opduiken."""
    officieel = e["bedrijfsnaam"]
    kaal = e["naam"] if e["rechtsvorm"] != "Stichting" else officieel
    varianten = [(officieel, "officieel")]
    if e["rechtsvorm"] == "B.V.":
        varianten += [(f"{kaal} BV", "rechtsvorm zonder punten"), (f"{kaal} bv", "rechtsvorm kleine letters")]
    varianten += [(officieel.upper(), "hoofdletters"), (kaal, "zonder rechtsvorm")]
    woorden = kaal.split(" ")
    w = woorden[-1]
    if len(w) > 4:
        i = int(rng.integers(1, len(w) - 2))
        typfout = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        varianten.append((" ".join(woorden[:-1] + [typfout]) + (f" {e['rechtsvorm']}" if e["rechtsvorm"] != "Stichting" else ""), "typfout"))
    varianten.append((f"  {officieel.replace(' ', '  ', 1)} ", "spaties"))
    if holdingnaam:
        varianten.append((f"{holdingnaam} Holding B.V. t.a.v. {kaal}", "via holding"))
    return varianten


def genereer(seed: int = STANDAARD_SEED) -> dict[str, pd.DataFrame]:
    """Maak alle tabellen van de cursus uit één seed.

    Faker (nl_NL) levert alleen lijsten met namen; elke rij komt uit numpy's
    generator met deze seed. Dezelfde seed geeft dus dezelfde tabellen.

    >>> t = genereer(seed=7)
    >>> sorted(t) == sorted(TABELLEN)
    True
    """
    rng = np.random.default_rng(seed)
    pools = _naampools(seed)
    entiteiten, bedrijf_rijen, gebruikt_kvk, gebruikt_vest = _bedrijven(rng, pools)

    # --- Overname: een middelgroot bedrijf krijgt halverwege 2023 een nieuw KvK-nummer.
    overnamedatum = pd.Timestamp("2023-07-01")
    kandidaten = [e for e in entiteiten if e["top"] is None and 80 <= e["medewerkers"] <= 400 and e["rechtsvorm"] == "B.V."]
    overgenomen = kandidaten[0] if kandidaten else next(e for e in entiteiten if e["top"] is None)
    nieuw = dict(overgenomen)
    nieuw["kvk"] = _cijfers(rng, 1, 8, gebruikt_kvk)[0]
    nieuw["naam"] = overgenomen["naam"] + " Nederland"
    nieuw["bedrijfsnaam"] = f"{nieuw['naam']} B.V."
    nieuw["concern"] = nieuw["kvk"]
    nieuw["concernnaam"] = nieuw["naam"]
    nieuw["vestigingen"] = _cijfers(rng, len(overgenomen["vestigingen"]), 12, gebruikt_vest)
    nieuw["opvolger_van"] = overgenomen["kvk"]
    overgenomen["opgevolgd_door"] = nieuw["kvk"]
    oude_rijen = [r for r in bedrijf_rijen if r["kvk_nummer"] == overgenomen["kvk"]]
    for r_oud, vest in zip(oude_rijen, nieuw["vestigingen"]):
        r_oud["actief_tot"] = overnamedatum - pd.Timedelta(days=1)
        r_nieuw = dict(r_oud, vestigingsnummer=vest, kvk_nummer=nieuw["kvk"], bedrijfsnaam=nieuw["bedrijfsnaam"],
                       concern_kvk=nieuw["kvk"], concernnaam=nieuw["concernnaam"], vorige_kvk_nummer=overgenomen["kvk"],
                       actief_tot=pd.NaT)
        bedrijf_rijen.append(r_nieuw)
    entiteiten.append(nieuw)

    bedrijven = pd.DataFrame(bedrijf_rijen)
    holdingnamen = {e["concern"]: e["concernnaam"] for e in entiteiten if e["holding"]}

    # --- Klantgedrag per entiteit: jaarlijkse besteding, start en einde van de relatie.
    maanden = _maand_starts()
    n_maanden = len(maanden)
    klanten = [e for e in entiteiten if not e["holding"]]
    # Sommige bedrijven kopen nooit: potentiële klanten.
    potentieel = rng.random(len(klanten)) < 0.12
    basis = rng.pareto(1.6, size=len(klanten)) * 9000 + 2500
    for e, pot, b in zip(klanten, potentieel, basis):
        e["potentieel"] = bool(pot) and e["top"] is None and "opvolger_van" not in e and "opgevolgd_door" not in e
        e["jaarbesteding"] = float(b) * (1 + e["medewerkers"] / 400)
        start = int(rng.integers(-24, n_maanden - 6)) if rng.random() < 0.75 else int(rng.integers(-24, 0))
        duur = int(rng.exponential(70)) + 6
        e["start"], e["einde"] = max(start, 0), min(start + duur, n_maanden)
        if e["top"] is not None:
            e["start"], e["einde"] = 0, n_maanden
        if "opgevolgd_door" in e:
            e["start"], e["einde"] = 0, int(np.searchsorted(maanden, overnamedatum))
        if "opvolger_van" in e:
            e["start"], e["einde"] = int(np.searchsorted(maanden, overnamedatum)), n_maanden

    # Grote concerns: besteding zo kiezen dat ze het vaste aandeel halen.
    gewone = [e for e in klanten if e["top"] is None and not e["potentieel"]]
    laatste24 = n_maanden - 24
    gewoon_24m = sum(e["jaarbesteding"] / 12 * max(0, e["einde"] - max(e["start"], laatste24)) for e in gewone)
    totaal_24m = gewoon_24m / (1 - sum(_TOPAANDELEN))
    for c, aandeel in enumerate(_TOPAANDELEN):
        dochters = [e for e in klanten if e["top"] == c]
        gewichten = rng.dirichlet(np.ones(len(dochters)) * 2)
        for e, g in zip(dochters, gewichten):
            e["jaarbesteding"] = aandeel * totaal_24m / 2 * g
    for e in klanten:
        if e["top"] is not None and e["top"] >= len(_TOPAANDELEN):
            e["jaarbesteding"] = min(e["jaarbesteding"], 0.02 * totaal_24m / 2 / 3)

    # --- Contracten en facturen.
    bu_namen = list(_PRODUCTEN)
    contract_rijen, factuur_rijen, waarheid_rijen = [], [], []
    contractvolgnr = 0
    for e in klanten:
        if e["potentieel"]:
            continue
        holding = holdingnamen.get(e["concern"]) if e["moeder"] else None
        varianten = _naamvarianten(rng, e, holding)
        rommelig = rng.random() < 0.45 or e["top"] is not None
        kansen = np.array([0.72] + [0.28 / (len(varianten) - 1)] * (len(varianten) - 1)) if rommelig else None
        for naam, soort in varianten:
            waarheid_rijen.append(dict(klantnaam=naam, kvk_nummer=e["kvk"], vestigingsnummer=e["vestigingen"][0], variant=soort))
        # Centrale facturatie: bij sommige concerns gaat de factuur naar de hoofdvestiging van de holding.
        centraal = e["moeder"] is not None and (_vaste_hash(e["concern"]) % 2 == 0)
        hold_vest = next((h["vestigingen"][0] for h in entiteiten if h["kvk"] == e["concern"] and h["holding"]), None)
        bu_voorkeur = rng.dirichlet(np.ones(3) * 0.8)
        actief = np.arange(e["start"], e["einde"])
        if len(actief) == 0:
            continue
        maandbudget = e["jaarbesteding"] / 12
        # Contracten: deel van de besteding loopt via een contract.
        n_contract = int(rng.random() < 0.45) + int(rng.random() < 0.15) + (2 if e["top"] is not None else 0)
        contractaandeel = 0.0
        for _ in range(n_contract):
            bu = "Facilitaire diensten" if rng.random() < 0.6 else "ICT-werkplek"
            opties = [p for p in _PRODUCTEN[bu] if p[1] == "contract"]
            product = opties[int(rng.integers(len(opties)))]
            contractvolgnr += 1
            begin_m = int(rng.integers(e["start"], max(e["start"] + 1, e["einde"] - 3)))
            getekend = maanden[begin_m] - pd.Timedelta(days=int(rng.integers(10, 60)))
            ingang = maanden[begin_m]
            looptijd = int(rng.choice([12, 24, 36, 60]))
            einde_m = min(begin_m + looptijd, e["einde"] + int(rng.integers(0, 6)))
            einddatum = maanden[einde_m] - pd.Timedelta(days=1) if einde_m < n_maanden else pd.NaT
            aandeel = float(rng.uniform(0.15, 0.4))
            contractaandeel += aandeel
            maandbedrag = round(max(product[2] * rng.uniform(0.5, 1.5), aandeel * maandbudget), -1)
            vest = e["vestigingen"][int(rng.integers(len(e["vestigingen"])))]
            nummer = f"CT{ingang.year}{contractvolgnr:05d}"
            contract_rijen.append(dict(contractnummer=nummer, kvk_nummer=e["kvk"], vestigingsnummer=vest,
                                       business_unit=bu, product=product[0], getekend_op=getekend,
                                       ingangsdatum=ingang, einddatum=einddatum, maandbedrag=maandbedrag))
            if rng.random() < 0.08:
                continue  # contract zonder gebruik: nooit gefactureerd
            laatste = einde_m if einde_m <= n_maanden else n_maanden
            for m in range(begin_m, min(laatste, n_maanden)):
                dag = maanden[m] + pd.Timedelta(days=int(rng.integers(0, 5)))
                factuur_rijen.append(_factuur(rng, dag, _kies_naam(rng, varianten, kansen), vest, centraal, hold_vest,
                                              bu, product[0], maandbedrag, nummer, kvk=e["kvk"]))
        # Losse verkoop van producten.
        rest = max(maandbudget * (1 - min(contractaandeel, 0.8)), 50.0)
        for m in actief:
            n_orders = rng.poisson(max(rest / 2200, 0.15))
            for _ in range(n_orders):
                bu = bu_namen[int(rng.choice(3, p=bu_voorkeur))]
                opties = [p for p in _PRODUCTEN[bu] if p[1] == "product"] or [p for p in _PRODUCTEN["Kantoorinrichting"]]
                if bu == "Facilitaire diensten":
                    bu = "Kantoorinrichting"
                product = opties[int(rng.integers(len(opties)))]
                aantal = max(1, int(round(rest / max(n_orders, 1) / product[2] * rng.lognormal(0, 0.4))))
                bedrag = round(aantal * product[2] * rng.uniform(0.9, 1.05), 2)
                dag = maanden[m] + pd.Timedelta(days=int(rng.integers(0, 28)))
                vest = e["vestigingen"][int(rng.integers(len(e["vestigingen"])))]
                factuur_rijen.append(_factuur(rng, dag, _kies_naam(rng, varianten, kansen), vest, centraal, hold_vest,
                                              bu, product[0], bedrag, None, retourkans=product[3], kvk=e["kvk"]))

    # Contracten die getekend zijn maar nog niet ingaan.
    nog_niet = [e for e in klanten if not e["potentieel"] and e["einde"] >= n_maanden - 1]
    for i in rng.choice(len(nog_niet), size=min(6, len(nog_niet)), replace=False):
        e = nog_niet[int(i)]
        contractvolgnr += 1
        product = _PRODUCTEN["Facilitaire diensten"][int(rng.integers(3))]
        ingang = pd.Timestamp("2026-01-01") + pd.DateOffset(months=int(rng.integers(0, 3)))
        contract_rijen.append(dict(contractnummer=f"CT{ingang.year}{contractvolgnr:05d}", kvk_nummer=e["kvk"],
                                   vestigingsnummer=e["vestigingen"][0], business_unit="Facilitaire diensten",
                                   product=product[0], getekend_op=EINDDATUM - pd.Timedelta(days=int(rng.integers(5, 50))),
                                   ingangsdatum=ingang, einddatum=pd.NaT, maandbedrag=round(product[2] * rng.uniform(0.8, 1.2), -1)))

    # Grensgevallen rond het 24-maandenvenster (peildatum 31-12-2025).
    oud = [e for e in klanten if not e["potentieel"] and 12 <= e["einde"] <= 34 and e["top"] is None]
    grens = [pd.Timestamp("2023-12-29"), pd.Timestamp("2023-12-31"), pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-02")]
    for j, i in enumerate(rng.choice(len(oud), size=min(8, len(oud)), replace=False)):
        e = oud[int(i)]
        factuur_rijen.append(_factuur(rng, grens[j % 4], e["bedrijfsnaam"], e["vestigingen"][0], False, None,
                                      "Kantoorinrichting", "Bureaustoel", round(450.0 * int(rng.integers(1, 6)), 2), None))

    _kalibreer_topaandelen(factuur_rijen, contract_rijen, klanten)
    facturen = _maak_facturen(rng, factuur_rijen)

    # Dubbele factuurregels (een export die twee keer is ingelezen).
    dubbel_idx = rng.choice(np.flatnonzero(facturen["soort"].to_numpy() == "factuur"), size=15, replace=False)
    facturen = pd.concat([facturen, facturen.iloc[np.sort(dubbel_idx)]], ignore_index=True)
    facturen = facturen.sort_values(["factuurdatum", "factuurnummer"], kind="stable").reset_index(drop=True)
    waarheid_dubbel = (facturen.loc[facturen.duplicated(keep=False), "factuurnummer"].value_counts()
                       .rename("aantal").rename_axis("factuurnummer").reset_index().sort_values("factuurnummer"))

    contracten = pd.DataFrame(contract_rijen).sort_values(["getekend_op", "contractnummer"]).reset_index(drop=True)
    waarheid_namen = (pd.DataFrame(waarheid_rijen).drop_duplicates("klantnaam")
                      .sort_values(["kvk_nummer", "klantnaam"]).reset_index(drop=True))
    waarheid_namen = waarheid_namen[waarheid_namen["klantnaam"].isin(facturen["klantnaam"])].reset_index(drop=True)

    contactpersonen = _contactpersonen(rng, pools, entiteiten)
    enquetes = _enquetes(rng, contactpersonen, bedrijven, facturen)
    ervaringen, klachten = _ervaringen_en_klachten(rng, facturen, bedrijven)
    leads = _leads(rng, pools)
    wallet = _wallet(rng, facturen, bedrijven)
    waardeprofielen = _waardeprofielen(rng)

    bedrijven = bedrijven.sort_values(["concern_kvk", "kvk_nummer", "vestigingsnummer"]).reset_index(drop=True)
    return {
        "bedrijven": bedrijven, "contactpersonen": contactpersonen, "contracten": contracten, "facturen": facturen,
        "enquetes": enquetes, "ervaringen": ervaringen, "klachten": klachten, "leads": leads, "wallet": wallet,
        "waardeprofielen": waardeprofielen, "waarheid_namen": waarheid_namen, "waarheid_dubbel": waarheid_dubbel,
    }


def _kalibreer_topaandelen(factuur_rijen: list[dict], contract_rijen: list[dict], klanten: list[dict]) -> None:
    """Schaal de bedragen van de vijf grote concerns naar hun vaste omzetaandeel.

    Het aandeel geldt voor de bruto gefactureerde omzet van de laatste 24
    maanden; contractbedragen schalen mee, zodat contract en factuur kloppen.
    """
    grens = EINDDATUM - pd.DateOffset(months=24)
    top_per_kvk = {e["kvk"]: e["top"] for e in klanten if e["top"] is not None and e["top"] < len(_TOPAANDELEN)}
    som = np.zeros(len(_TOPAANDELEN))
    overig = 0.0
    for r in factuur_rijen:
        if grens < r["datum"] <= EINDDATUM:
            t = top_per_kvk.get(r["kvk"])
            if t is None:
                overig += r["bedrag"]
            else:
                som[t] += r["bedrag"]
    totaal = overig / (1 - sum(_TOPAANDELEN))
    factor = np.array(_TOPAANDELEN) * totaal / np.maximum(som, 1.0)
    for r in factuur_rijen:
        t = top_per_kvk.get(r["kvk"])
        if t is not None:
            r["bedrag"] = round(r["bedrag"] * factor[t], 2)
    for c in contract_rijen:
        t = top_per_kvk.get(c["kvk_nummer"])
        if t is not None:
            c["maandbedrag"] = round(c["maandbedrag"] * factor[t], 2)


def _vaste_hash(tekst: str) -> int:
    """Een vaste (niet willekeurige) hash van tekst; Python's hash() verschilt per run."""
    return sum((i + 1) * ord(c) for i, c in enumerate(tekst))


def _kies_naam(rng: np.random.Generator, varianten: list[tuple[str, str]], kansen) -> str:
    if kansen is None:
        return varianten[0][0]
    return varianten[int(rng.choice(len(varianten), p=kansen))][0]


def _factuur(rng, dag, naam, vest, centraal, hold_vest, bu, product, bedrag, contract, retourkans=0.0, kvk=None) -> dict:
    return dict(kvk=kvk, datum=dag, klantnaam=naam, vestigingsnummer=hold_vest if centraal and hold_vest else vest,
                besteld_door=vest, business_unit=bu, product=product, bedrag=float(bedrag), contract=contract,
                retourkans=retourkans, r=rng.random(size=6))


def _maak_facturen(rng: np.random.Generator, rijen: list[dict]) -> pd.DataFrame:
    """Nummer de facturen, voeg retouren, creditnota's en betaaldata toe."""
    df = pd.DataFrame(rijen)
    df = df[df["datum"] <= EINDDATUM].sort_values("datum", kind="stable").reset_index(drop=True)
    r = np.vstack(df["r"].to_numpy())
    jaar = df["datum"].dt.year.to_numpy()
    volgnr = df.groupby(jaar).cumcount().to_numpy() + 1
    df["factuurnummer"] = [f"{j}{v:06d}" for j, v in zip(jaar, volgnr)]
    # Handmatig ingevoerde facturen: alleen een naam, geen vestigingsnummer.
    handmatig = r[:, 0] < 0.02
    df.loc[handmatig, "vestigingsnummer"] = None
    # Betaling: meestal 10–60 dagen later; een paar nooit; recente vaak nog niet.
    dagen = (10 + r[:, 1] * 50).astype(int)
    betaald = df["datum"] + pd.to_timedelta(dagen, unit="D")
    onbetaald = (r[:, 2] < 0.03) | (betaald > EINDDATUM)
    df["betaaldatum"] = betaald.where(~onbetaald)
    df["soort"] = "factuur"
    # Retouren (deels of helemaal) en creditnota's als eigen rijen.
    extra = []
    retour = r[:, 3] < df["retourkans"].to_numpy()
    credit = (~retour) & (r[:, 4] < 0.02)
    for i in np.flatnonzero(retour | credit):
        rij = df.iloc[i]
        if retour[i]:
            deel = 1.0 if r[i, 5] < 0.7 else 0.5
            bedrag, soort, na = -round(rij["bedrag"] * deel, 2), "retour", 7 + int(r[i, 5] * 30)
        else:
            bedrag, soort, na = -round(rij["bedrag"] * (0.05 + 0.15 * r[i, 5]), 2), "creditnota", 14 + int(r[i, 5] * 40)
        datum = rij["datum"] + pd.Timedelta(days=na)
        if datum > EINDDATUM:
            continue
        extra.append(dict(datum=datum, klantnaam=rij["klantnaam"], vestigingsnummer=rij["vestigingsnummer"],
                          besteld_door=rij["besteld_door"], business_unit=rij["business_unit"], product=rij["product"],
                          bedrag=bedrag, contract=rij["contract"], soort=soort, origineel=rij["factuurnummer"],
                          betaaldatum=datum if pd.notna(rij["betaaldatum"]) else pd.NaT))
    ex = pd.DataFrame(extra)
    ex = ex.sort_values("datum", kind="stable").reset_index(drop=True)
    jaar_ex = ex["datum"].dt.year.to_numpy()
    start = df.groupby(jaar).size()
    ex["factuurnummer"] = [f"{j}{start.get(j, 0) + v:06d}" for j, v in zip(jaar_ex, ex.groupby(jaar_ex).cumcount().to_numpy() + 1)]
    df["origineel"] = None
    alles = pd.concat([df, ex], ignore_index=True)
    uit = pd.DataFrame({
        "factuurnummer": alles["factuurnummer"], "factuurdatum": alles["datum"], "betaaldatum": alles["betaaldatum"],
        "klantnaam": alles["klantnaam"], "vestigingsnummer": alles["vestigingsnummer"],
        "besteld_door": alles["besteld_door"], "business_unit": alles["business_unit"], "product": alles["product"],
        "soort": alles["soort"], "bedrag": alles["bedrag"].round(2), "contractnummer": alles["contract"],
        "origineel_factuurnummer": alles["origineel"],
    })
    return uit.sort_values(["factuurdatum", "factuurnummer"], kind="stable").reset_index(drop=True)


def _contactpersonen(rng, pools, entiteiten) -> pd.DataFrame:
    rijen, nr = [], 0
    for e in entiteiten:
        if e["holding"]:
            continue
        domein = _slug(e["naam"].split(" ")[0] + e["naam"].split(" ")[-1]) + ".nl"
        n = int(np.clip(2 + rng.poisson(e["medewerkers"] / 300), 2, 7))
        rollen = ["beslisser", "inkoper"] + [str(x) for x in rng.choice(_DMU_ROLLEN, size=n - 2)]
        for rol in rollen:
            nr += 1
            voornaam = pools["voornamen"][int(rng.integers(len(pools["voornamen"])))]
            achternaam = pools["achternamen"][int(rng.integers(len(pools["achternamen"])))]
            functies = _FUNCTIES[rol]
            rijen.append(dict(
                contact_id=f"C{nr:05d}", kvk_nummer=e["kvk"],
                vestigingsnummer=e["vestigingen"][int(rng.integers(len(e["vestigingen"])))],
                voornaam=voornaam, achternaam=achternaam, functie=functies[int(rng.integers(len(functies)))],
                dmu_rol=rol, email=f"{_slug(voornaam)}.{_slug(achternaam)}@{domein}",
                telefoon=f"0{int(rng.integers(10, 80))}-{int(rng.integers(1000000, 9999999))}",
            ))
    return pd.DataFrame(rijen)


def _enquetes(rng, contactpersonen, bedrijven, facturen) -> pd.DataFrame:
    klant_kvk = set(bedrijven.loc[bedrijven["vestigingsnummer"].isin(facturen["besteld_door"]), "kvk_nummer"])
    cp = contactpersonen[contactpersonen["kvk_nummer"].isin(klant_kvk)].reset_index(drop=True)
    sector = bedrijven.drop_duplicates("kvk_nummer").set_index("kvk_nummer")["sector"]
    n = 1400
    idx = rng.integers(0, len(cp), size=n)
    dagen = rng.integers(0, (EINDDATUM - BEGINDATUM).days + 1, size=n)
    bu = rng.choice(list(_PRODUCTEN), size=n, p=[0.4, 0.35, 0.25])
    rijen = []
    for i in range(n):
        c = cp.iloc[int(idx[i])]
        datum = BEGINDATUM + pd.Timedelta(days=int(dagen[i]))
        verschuiving = _SECTOREN[sector[c["kvk_nummer"]]][1] + 0.02 * (datum.year - 2021)
        verschuiving += {"Kantoorinrichting": -0.03, "ICT-werkplek": 0.0, "Facilitaire diensten": 0.05}[bu[i]]
        p_pro = float(np.clip(0.36 + verschuiving, 0.05, 0.9))
        p_cri = float(np.clip(0.24 - verschuiving, 0.03, 0.9))
        cat = rng.choice(["promotor", "passief", "criticaster"], p=[p_pro, 1 - p_pro - p_cri, p_cri])
        score = {"promotor": int(rng.choice([9, 10], p=[0.6, 0.4])), "passief": int(rng.choice([7, 8])),
                 "criticaster": int(rng.choice(np.arange(7), p=[0.03, 0.03, 0.06, 0.1, 0.15, 0.28, 0.35]))}[cat]
        teksten = _VERBETERPUNTEN[cat]
        tekst = teksten[int(rng.integers(len(teksten)))]
        geen_antwoord = rng.random() < 0.03
        rijen.append(dict(enquete_id=f"E{i + 1:05d}", datum=datum, contact_id=c["contact_id"], kvk_nummer=c["kvk_nummer"],
                          business_unit=bu[i], score=None if geen_antwoord else score,
                          verbeterpunt="" if geen_antwoord else tekst))
    df = pd.DataFrame(rijen).sort_values(["datum", "enquete_id"]).reset_index(drop=True)
    df["score"] = df["score"].astype("Int64")
    return df


def _ervaringen_en_klachten(rng, facturen, bedrijven):
    kvk_per_vest = bedrijven.set_index("vestigingsnummer")["kvk_nummer"]
    basis = facturen[facturen["soort"] == "factuur"].sample(n=3000, random_state=np.random.RandomState(rng.integers(2**31)))
    basis = basis.sort_values(["factuurdatum", "factuurnummer"]).reset_index(drop=True)
    soort = np.where(rng.random(len(basis)) < 0.55, "offerte", "levering")
    verwacht = np.where(soort == "offerte", rng.choice([1, 2, 2, 2, 3], size=len(basis)), rng.choice([5, 10, 10, 14], size=len(basis)))
    afwijking = np.where(soort == "offerte", rng.choice([-1, 0, 1, 2], size=len(basis), p=[0.2, 0.35, 0.3, 0.15]),
                         np.round(rng.normal(0.8, 2.5, size=len(basis))).astype(int))
    werkelijk = np.maximum(1, verwacht + afwijking)
    ervaringen = pd.DataFrame({
        "ervaring_id": [f"X{i + 1:05d}" for i in range(len(basis))],
        # de aanvraag; nooit vóór het begin van de data
        "datum": (basis["factuurdatum"] - pd.to_timedelta(werkelijk, unit="D")).clip(lower=BEGINDATUM),
        "kvk_nummer": kvk_per_vest.reindex(basis["besteld_door"]).to_numpy(),
        "business_unit": basis["business_unit"].to_numpy(), "soort": soort,
        "verwachte_dagen": verwacht.astype(int), "werkelijke_dagen": werkelijk.astype(int),
    })
    n = 420
    k = basis.sample(n=n, random_state=np.random.RandomState(rng.integers(2**31))).sort_values("factuurdatum").reset_index(drop=True)
    uren = np.round(rng.lognormal(np.log(9), 0.9, size=n), 1)
    voor = np.clip(np.round(rng.normal(7.0, 1.4, size=n)), 0, 10).astype(int)
    snel = uren <= 24
    effect = np.where(snel, rng.normal(0.9, 0.9, size=n), rng.normal(-1.8, 1.2, size=n))
    na = np.clip(np.round(voor + effect), 0, 10).astype(int)
    klachten = pd.DataFrame({
        "klacht_id": [f"K{i + 1:04d}" for i in range(n)],
        "datum": k["factuurdatum"] + pd.to_timedelta(rng.integers(2, 20, size=n), unit="D"),
        "kvk_nummer": kvk_per_vest.reindex(k["besteld_door"]).to_numpy(),
        "business_unit": k["business_unit"].to_numpy(),
        "onderwerp": rng.choice(_KLACHTONDERWERPEN, size=n),
        "afhandeltijd_uren": uren, "score_voor": voor, "score_na": na,
    })
    klachten = klachten[klachten["datum"] <= EINDDATUM].reset_index(drop=True)
    return ervaringen, klachten


def _leads(rng, pools) -> pd.DataFrame:
    n = 2400
    verkopers = [f"{pools['voornamen'][i * 7 % len(pools['voornamen'])]} {pools['achternamen'][i * 13 % len(pools['achternamen'])]}" for i in range(1, 7)]
    talent = dict(zip(verkopers, [1.3, 1.1, 1.0, 0.95, 0.8, 0.7]))
    afsluiter = dict(zip(verkopers, [0.9, 1.25, 1.0, 1.1, 0.75, 0.95]))
    bronnen = list(_BRONNEN)
    rijen = []
    for i in range(n):
        aangemaakt = BEGINDATUM + pd.Timedelta(days=int(rng.integers(0, (EINDDATUM - BEGINDATUM).days - 10)))
        bron = bronnen[int(rng.choice(len(bronnen), p=[0.15, 0.1, 0.3, 0.2, 0.15, 0.1]))]
        verkoper = verkopers[int(rng.integers(len(verkopers)))]
        sector = list(_SECTOREN)[int(rng.integers(len(_SECTOREN)))]
        woord = _SECTOREN[sector][0][int(rng.integers(3))]
        naam = f"{pools['achternamen'][int(rng.integers(len(pools['achternamen'])))]} {woord}"
        waarde = round(float(rng.lognormal(np.log(17000), 0.5)), -2)
        marge = round(waarde * float(rng.uniform(0.2, 0.32)), 2)
        rij = dict(lead_id=f"L{i + 1:05d}", aangemaakt_op=aangemaakt, bedrijfsnaam=naam, sector=sector, bron=bron,
                   verkoper=verkoper, business_unit=str(rng.choice(list(_PRODUCTEN))), prospect_op=pd.NaT,
                   offerte_op=pd.NaT, gewonnen_op=pd.NaT, verloren_op=pd.NaT, terug_naar_lead_op=pd.NaT,
                   waarde=waarde, bruto_marge=marge)
        datum = aangemaakt
        if rng.random() < 0.25 * _BRONNEN[bron] * talent[verkoper] / 1.0:
            datum = datum + pd.Timedelta(days=int(rng.integers(5, 40)))
            if datum <= EINDDATUM:
                rij["prospect_op"] = datum
                if rng.random() < 0.2 * talent[verkoper]:
                    datum = datum + pd.Timedelta(days=int(rng.integers(10, 60)))
                    if datum <= EINDDATUM:
                        rij["offerte_op"] = datum
                        besluit = datum + pd.Timedelta(days=int(rng.integers(15, 90)))
                        if besluit <= EINDDATUM:
                            gewonnen = rng.random() < 0.5 * afsluiter[verkoper]
                            rij["gewonnen_op" if gewonnen else "verloren_op"] = besluit
                elif rng.random() < 0.12:
                    terug = datum + pd.Timedelta(days=int(rng.integers(20, 90)))
                    if terug <= EINDDATUM:
                        rij["terug_naar_lead_op"] = terug
                elif rng.random() < 0.6:
                    verloren = datum + pd.Timedelta(days=int(rng.integers(20, 120)))
                    if verloren <= EINDDATUM:
                        rij["verloren_op"] = verloren
        elif rng.random() < 0.7:
            verloren = aangemaakt + pd.Timedelta(days=int(rng.integers(10, 90)))
            if verloren <= EINDDATUM:
                rij["verloren_op"] = verloren
        rijen.append(rij)
    return pd.DataFrame(rijen).sort_values(["aangemaakt_op", "lead_id"]).reset_index(drop=True)


def _wallet(rng, facturen, bedrijven) -> pd.DataFrame:
    venster = facturen[facturen["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24)]
    concern = bedrijven.set_index("vestigingsnummer")["concern_kvk"]
    omzet = venster.groupby(concern.reindex(venster["besteld_door"]).to_numpy())["bedrag"].sum()
    top = omzet.sort_values(ascending=False).head(30)
    namen = bedrijven.drop_duplicates("concern_kvk").set_index("concern_kvk")["concernnaam"]
    aandeel = rng.uniform(0.08, 0.6, size=len(top))
    aantal = rng.integers(3, 8, size=len(top))
    rang = np.clip(np.ceil((1 - aandeel) * aantal * 0.7), 1, aantal).astype(int)
    return pd.DataFrame({
        "concern_kvk": top.index, "concernnaam": namen.reindex(top.index).to_numpy(),
        "totale_besteding_24m": np.round(top.to_numpy() / aandeel, -2), "rang_leverancier": rang,
        "aantal_leveranciers": aantal.astype(int),
    })


def _waardeprofielen(rng) -> pd.DataFrame:
    profielen = {
        LEVERANCIER["naam"]: [6, 6, 8],
        "Kantoorgigant": [9, 5, 5],
        "OfficeDirect NL": [7, 8, 5],
        "Facilis Partners": [5, 6, 9],
    }
    strategieen = ["operational excellence", "product leadership", "customer intimacy"]
    return pd.DataFrame([dict(leverancier=l, waardestrategie=s, score=int(v))
                         for l, scores in profielen.items() for s, v in zip(strategieen, scores)])


# ---------------------------------------------------------------------------
# Grote transactietabellen (big data)
# ---------------------------------------------------------------------------


def genereer_transacties(n_rijen: int, seed: int = STANDAARD_SEED) -> pd.DataFrame:
    """Maak een factuurtabel met ``n_rijen`` rijen, in het schema van ``facturen``.

    De klanten komen uit de bedrijven van dezelfde seed, met een scheve
    verdeling (een paar grote klanten kopen veel). Alles gaat in één keer met
    numpy, zodat een miljoen rijen een paar seconden kost.

    >>> t = genereer_transacties(1000, seed=1)
    >>> len(t), list(t.columns) == list(_SCHEMA["facturen"])
    (1000, True)
    """
    if isinstance(n_rijen, bool) or not isinstance(n_rijen, (int, np.integer)) or n_rijen < 0:
        raise ValueError(f"n_rijen moet een geheel getal van 0 of hoger zijn, niet {n_rijen!r}.")
    rng = np.random.default_rng(seed)
    bedrijven = laad("bedrijven", seed=None if seed == STANDAARD_SEED else seed)
    bedrijven = bedrijven[bedrijven["actief_tot"].isna()].reset_index(drop=True)
    gewicht = rng.pareto(1.2, size=len(bedrijven)) + 0.05
    gewicht /= gewicht.sum()
    klant = rng.choice(len(bedrijven), size=n_rijen, p=gewicht)
    dagen = (EINDDATUM - BEGINDATUM).days + 1
    datum = BEGINDATUM.to_datetime64() + rng.integers(0, dagen, size=n_rijen).astype("timedelta64[D]")
    datum = np.sort(datum)
    producten = [(bu, p[0], p[2], p[3]) for bu, lijst in _PRODUCTEN.items() for p in lijst]
    prod = rng.integers(0, len(producten), size=n_rijen)
    prijs = np.array([p[2] for p in producten])[prod]
    retourkans = np.array([p[3] for p in producten])[prod]
    bedrag = np.round(prijs * rng.integers(1, 8, size=n_rijen) * rng.uniform(0.9, 1.05, size=n_rijen), 2)
    # Tekstkolommen als index in een kleine lijst: elke waarde is één gedeeld object,
    # dat scheelt geheugen en maakt groeperen op tekst sneller.
    soortcode = np.where(rng.random(n_rijen) < retourkans * 0.5, 1, 0)
    soortcode = np.where((soortcode == 0) & (rng.random(n_rijen) < 0.01), 2, soortcode)
    soort = np.array(["factuur", "retour", "creditnota"], dtype=object)[soortcode]
    bedrag = np.where(soortcode == 0, bedrag, -np.round(bedrag * np.where(soortcode == 1, 1.0, 0.1), 2))
    betaal = datum + rng.integers(10, 60, size=n_rijen).astype("timedelta64[D]")
    onbetaald = (rng.random(n_rijen) < 0.03) | (betaal > EINDDATUM.to_datetime64())
    vest = bedrijven["vestigingsnummer"].to_numpy()[klant]
    jaar = datum.astype("datetime64[Y]").astype(int) + 1970
    nummers = pd.Series(jaar * 10_000_000 + np.arange(1, n_rijen + 1)).astype(str)  # tekst-ok: nooit leeg
    return pd.DataFrame({
        "factuurnummer": nummers.to_numpy(),
        "factuurdatum": pd.to_datetime(datum).astype("datetime64[ns]"),
        "betaaldatum": pd.to_datetime(np.where(onbetaald, np.datetime64("NaT", "ns"), betaal)).astype("datetime64[ns]"),
        "klantnaam": bedrijven["bedrijfsnaam"].to_numpy()[klant],
        "vestigingsnummer": vest,
        "besteld_door": vest,
        "business_unit": np.array([p[0] for p in producten], dtype=object)[prod],
        "product": np.array([p[1] for p in producten], dtype=object)[prod],
        "soort": soort,
        "bedrag": bedrag,
        "contractnummer": pd.Series([None] * n_rijen, dtype=object).to_numpy(),
        "origineel_factuurnummer": pd.Series([None] * n_rijen, dtype=object).to_numpy(),
    })


# ---------------------------------------------------------------------------
# Schrijven en opdrachtregel
# ---------------------------------------------------------------------------


def _naar_csv(df: pd.DataFrame) -> str:
    uit = df.copy()
    for kolom in uit.columns:
        if pd.api.types.is_datetime64_any_dtype(uit[kolom]):
            uit[kolom] = uit[kolom].dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_float_dtype(uit[kolom]):
            uit[kolom] = uit[kolom].map(lambda x: "" if pd.isna(x) else f"{x:.2f}")
    return uit.to_csv(index=False, lineterminator="\n")


def schrijf(tabellen: dict[str, pd.DataFrame], map_: str | Path) -> list[Path]:
    """Schrijf tabellen als CSV (UTF-8) in een map; geeft de paden terug."""
    doel = Path(map_)
    if doel.resolve() == datamap().resolve() and "PYTEST_CURRENT_TEST" in os.environ:
        raise RuntimeError("Tests schrijven nooit in datasets/.")
    doel.mkdir(parents=True, exist_ok=True)
    paden = []
    for naam in TABELLEN:
        pad = doel / f"{naam}.csv"
        pad.write_text(_naar_csv(tabellen[naam]), encoding="utf-8", newline="\n")
        paden.append(pad)
    return paden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m klantlib.data", description="De data van Klant centraal maken.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    gen = sub.add_parser("genereer", help="maak alle tabellen en schrijf ze als CSV")
    gen.add_argument("--uit", default=str(datamap()), help="map om in te schrijven (standaard: datasets/)")
    gen.add_argument("--seed", type=int, default=STANDAARD_SEED, help=f"seed (standaard {STANDAARD_SEED})")
    args = parser.parse_args(argv)
    paden = schrijf(genereer(seed=args.seed), args.uit)
    for pad in paden:
        print(f"geschreven: {pad}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
