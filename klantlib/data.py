"""De data van de cursus: laden en (opnieuw) maken.

De cursus draait op één verzonnen Nederlandse leverancier, **Vermeer Werkplek
B.V.**, met drie business units en een paar honderd zakelijke klanten. Alle
tabellen staan als CSV in ``datasets/`` en worden gemaakt door
:func:`genereer`: faker (nl_NL) levert alleen lijsten met namen, numpy maakt
elke rij. Dezelfde seed geeft dus altijd dezelfde data.

Elke tabel trekt uit een eigen stroom toevalsgetallen (een kind van
``numpy.random.SeedSequence(seed)`` met de naam van de tabel). Een nieuwe tabel
verandert dus nooit de rijen van een bestaande tabel.

Belangrijkste functies:

- :func:`laad` geeft een tabel met de juiste types (datums als datums,
  bedragen als kommagetallen, nummers als tekst zodat voorloopnullen blijven).
- :func:`kies_dataset` kiest de actieve dataset: de standaarddata of een
  persoonlijke variant met een eigen seed (bijvoorbeeld je studentnummer).
- :func:`genereer_transacties` maakt een grote factuurtabel voor big data,
  met orders, vaste koopcombinaties en klantsegmenten.

Vanaf de opdrachtregel: ``python -m klantlib.data genereer --uit <map>``
schrijft precies de bestanden van ``datasets/`` (met ``--seed N`` een variant).
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import unicodedata
import zlib
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
    "transactie_segmenten",
]

STANDAARD_SEED = 2024
BEGINDATUM = pd.Timestamp("2021-01-01")
EINDDATUM = pd.Timestamp("2025-12-31")
_N_MAANDEN = 60
_MAANDEN = pd.date_range(BEGINDATUM, EINDDATUM, freq="MS")
_MAAND_NP = _MAANDEN.to_numpy().astype("datetime64[D]")
_DAGEN_IN_MAAND = np.array([_MAANDEN[i].days_in_month for i in range(_N_MAANDEN)])

# Producten: (product, business unit, soort, prijs per stuk of per maand, bruto marge, kans op retour,
# gewicht als hoofdproduct van een order).
_PRODUCTEN_LIJST = [
    ("Bureaustoel", "Kantoorinrichting", "product", 450.0, 0.38, 0.05, 3.0),
    ("Zit-stabureau", "Kantoorinrichting", "product", 850.0, 0.32, 0.04, 2.0),
    ("Kastensysteem", "Kantoorinrichting", "product", 1200.0, 0.30, 0.02, 1.0),
    ("Thuiswerkpakket", "Kantoorinrichting", "product", 300.0, 0.25, 0.70, 1.2),
    ("Bureaulamp", "Kantoorinrichting", "product", 85.0, 0.45, 0.03, 0.5),
    ("Monitorarm", "Kantoorinrichting", "product", 140.0, 0.42, 0.03, 0.5),
    ("Laptop", "ICT-werkplek", "product", 1100.0, 0.12, 0.03, 2.5),
    ("Monitor", "ICT-werkplek", "product", 250.0, 0.18, 0.03, 2.0),
    ("Docking station", "ICT-werkplek", "product", 220.0, 0.22, 0.02, 0.5),
    ("Werkplekbeheer", "ICT-werkplek", "contract", 1800.0, 0.35, 0.0, 0.0),
    ("Licentiebeheer", "ICT-werkplek", "contract", 650.0, 0.20, 0.0, 0.0),
    ("Schoonmaak", "Facilitaire diensten", "contract", 2400.0, 0.18, 0.0, 0.0),
    ("Onderhoud", "Facilitaire diensten", "contract", 900.0, 0.28, 0.0, 0.0),
    ("Koffieservice", "Facilitaire diensten", "contract", 350.0, 0.40, 0.0, 0.0),
    ("Sanitaire middelen", "Facilitaire diensten", "product", 180.0, 0.30, 0.0, 0.6),
]
_BU_NAMEN = ["Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"]
_P_NAAM = np.array([p[0] for p in _PRODUCTEN_LIJST], dtype=object)
_P_BU = np.array([_BU_NAMEN.index(p[1]) for p in _PRODUCTEN_LIJST])
_P_PRIJS = np.array([p[3] for p in _PRODUCTEN_LIJST])
_P_RETOUR = np.array([p[5] for p in _PRODUCTEN_LIJST])
_P_GEWICHT = np.array([p[6] for p in _PRODUCTEN_LIJST])
_P_INDEX = {p[0]: i for i, p in enumerate(_PRODUCTEN_LIJST)}
_LOSSE_PRODUCTEN = np.flatnonzero(_P_GEWICHT > 0)

# Vaste koopcombinaties in één order (de 'waarheid' voor datamining): als het hoofdproduct
# 'als' is, komt 'dan' met deze kans mee. Schoonmaak: bij de maandfactuur van het contract.
_ASSOCIATIES = [
    ("Bureaustoel", "Bureaulamp", 0.45, "wie stoelen bestelt, neemt vaak lampen mee"),
    ("Bureaustoel", "Monitorarm", 0.35, "een nieuwe werkplek: stoel met monitorarm"),
    ("Laptop", "Docking station", 0.55, "een laptop op kantoor heeft een docking station nodig"),
    ("Schoonmaak", "Sanitaire middelen", 0.30, "bij het schoonmaakcontract horen zeep, papier en dergelijke"),
]

LEVERANCIER = {
    "naam": "Vermeer Werkplek B.V.",
    "plaats": "Amersfoort",
    "business_units": {bu: [p[0] for p in _PRODUCTEN_LIJST if p[1] == bu] for bu in _BU_NAMEN},
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
    "opzeggingen",
    "producten",
    "psu",
    "wallet",
    "wallet_per_bu",
    "waardeprofielen",
    "waardeprofiel_gewichten",
    "waardeketen",
    "waarheid_namen",
    "waarheid_dubbel",
    "waarheid_associaties",
    "waarheid_segmenten",
    "waarheid_overnames",
)

# Kolomtypes per tabel: "tekst", "datum", "bedrag", "geheel", "geheel_leeg" (met lege waarden), "janee".
_SCHEMA: dict[str, dict[str, str]] = {
    "bedrijven": {
        "vestigingsnummer": "tekst", "kvk_nummer": "tekst", "bedrijfsnaam": "tekst", "rechtsvorm": "tekst",
        "moeder_kvk": "tekst", "concern_kvk": "tekst", "concernnaam": "tekst", "hoofdvestiging": "janee",
        "sector": "tekst", "medewerkers": "geheel", "grootteklasse": "tekst", "postcode": "tekst",
        "plaats": "tekst", "provincie": "tekst", "rayon": "tekst", "vorige_kvk_nummer": "tekst",
        "actief_tot": "datum", "accountmanager": "tekst",
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
        "ordernummer": "tekst",
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
        "lead_id": "tekst", "aangemaakt_op": "datum", "bedrijfsnaam": "tekst", "kvk_nummer": "tekst",
        "sector": "tekst", "bron": "tekst", "verkoper": "tekst", "business_unit": "tekst", "prospect_op": "datum",
        "offerte_op": "datum", "gewonnen_op": "datum", "verloren_op": "datum", "terug_naar_lead_op": "datum",
        "waarde": "bedrag", "bruto_marge": "bedrag",
    },
    "opzeggingen": {
        "opzegging_id": "tekst", "kvk_nummer": "tekst", "datum": "datum", "door": "tekst", "reden": "tekst",
        "business_unit": "tekst",
    },
    "producten": {
        "product": "tekst", "business_unit": "tekst", "soort": "tekst", "prijs": "bedrag",
        "bruto_marge": "bedrag", "retourkans": "bedrag",
    },
    "psu": {"concern_kvk": "tekst", "rol": "tekst", "naam": "tekst", "business_unit": "tekst"},
    "wallet": {
        "concern_kvk": "tekst", "concernnaam": "tekst", "totale_besteding_24m": "bedrag",
        "aandeel_vermeer": "bedrag", "rang_leverancier": "geheel", "aantal_leveranciers": "geheel",
        "bron": "tekst", "geschat_op": "datum",
    },
    "wallet_per_bu": {
        "concern_kvk": "tekst", "business_unit": "tekst", "totale_besteding_24m": "bedrag",
        "aandeel_vermeer": "bedrag", "rang_leverancier": "geheel_leeg", "aantal_leveranciers": "geheel",
    },
    "waardeprofielen": {
        "leverancier": "tekst", "waardestrategie": "tekst", "score": "bedrag", "jaar": "geheel",
        "respondenten": "geheel", "bron": "tekst",
    },
    "waardeprofiel_gewichten": {"sector": "tekst", "waardestrategie": "tekst", "gewicht": "bedrag"},
    "waardeketen": {
        "jaar": "geheel", "business_unit": "tekst", "activiteit": "tekst", "soort": "tekst", "kosten": "bedrag",
        "toelichting": "tekst",
    },
    "waarheid_namen": {"klantnaam": "tekst", "kvk_nummer": "tekst", "vestigingsnummer": "tekst", "variant": "tekst"},
    "waarheid_dubbel": {"factuurnummer": "tekst", "aantal": "geheel"},
    "waarheid_associaties": {
        "als": "tekst", "dan": "tekst", "niveau": "tekst", "bedoelde_confidence": "bedrag",
        "bedoelde_lift": "bedrag", "toelichting": "tekst",
    },
    "waarheid_segmenten": {"kvk_nummer": "tekst", "segment": "tekst"},
    "waarheid_overnames": {
        "soort": "tekst", "datum": "datum", "oude_kvk": "tekst", "nieuwe_kvk": "tekst", "toelichting": "tekst",
    },
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
_SECTORNAMEN = list(_SECTOREN)
_PUBLIEKE_WOORDEN = {"Zorggroep", "Onderwijsgroep", "Scholengroep", "College", "Uitvoeringsdienst",
                     "Gemeentediensten", "Waterbeheer"}

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
        "Jullie denken niet mee met onze situatie.",
        "Geen maatwerk mogelijk voor onze locaties.",
        "Weinig nieuwe producten, het assortiment is verouderd.",
        "De kwaliteit van de stoelen viel tegen.",
        "",
    ],
    "passief tevreden": [
        "Prima, maar de prijs mag scherper.",
        "Levertijd kan iets korter.",
        "Meer informatie over de status van de levering.",
        "Factuur graag digitaal en overzichtelijker.",
        "Meer vernieuwing in het aanbod zou mooi zijn.",
        "Een vast aanspreekpunt zou helpen.",
        "",
        "",
    ],
    "promotor": [
        "Ga zo door, de service is uitstekend.",
        "Fijne accountmanager die meedenkt.",
        "Snelle levering en goede kwaliteit.",
        "Goede service, misschien een klantendag organiseren.",
        "Kwaliteit is top.",
        "Ze leveren altijd maatwerk voor onze locaties.",
        "Innovatieve producten, mooi nieuw assortiment.",
        "",
        "",
    ],
}

_KLACHTONDERWERPEN = ["levering te laat", "beschadigd product", "factuur onjuist", "storing", "schoonmaak niet goed"]
_BRONNEN = {"beurs": 1.0, "seminar": 1.45, "campagne": 0.75, "gekocht bestand": 0.45, "website": 1.15, "netwerk": 1.6}
_BRONKANS = [0.15, 0.1, 0.3, 0.2, 0.15, 0.1]

# Vijf concerns met een vast aandeel in de omzet van de laatste 24 maanden: samen
# zorgen de eerste vier voor ongeveer 40 %, elk van de vijf voor minstens 5 %.
_TOPAANDELEN = [0.125, 0.105, 0.09, 0.08, 0.056]
# Projectkopers (index van het concern): top 5 koopt in 2024 een groot project en heeft in
# 2025 minder dan 5 %; concern 5 doet een project in 2025 (alleen bij 12 maanden groot);
# concern 6 deed een project in 2023 (alleen bij 36 maanden groot).
_PROJECT_T4, _PROJECT_12, _PROJECT_36 = 4, 5, 6
_AANDEEL_T4_BASIS_12M = 0.028
_AANDEEL_PROJECT_12M = 0.065
_AANDEEL_PROJECT_36M = 0.058
_MAX_AANDEEL_OVERIG = 0.04
# Fusie: concern 9 gaat op in concern 2 (een van de grote klanten).
_FUSIE_VAN, _FUSIE_IN = 9, 2
_FUSIEDATUM = pd.Timestamp("2024-07-01")
_OVERNAMEDATUM = pd.Timestamp("2023-07-01")

# Seizoen: rustig in de zomer, druk aan het eind van het jaar (budgetten op).
_SEIZOEN = np.array([1.1, 1.0, 1.05, 1.0, 1.0, 0.95, 0.65, 0.7, 1.05, 1.05, 1.1, 1.3])

# Koopgedrag per segment: orders per maand en de kans op een klant in dat segment.
_SEGMENTEN = ["grootafnemer", "vaste klant", "incidentele klant"]
_ORDERS_PER_MAAND = np.array([1.2, 0.45, 0.12])

_REDENEN_KLANT = ["prijs", "service", "levertijd", "kwaliteit", "andere leverancier", "verhuizing",
                  "faillissement", "overname"]
_KANS_REDEN_KLANT = [0.24, 0.14, 0.12, 0.08, 0.16, 0.1, 0.08, 0.08]
_REDENEN_LEVERANCIER = ["past niet meer bij ons aanbod", "betaalachterstand", "niet winstgevend"]

_STRATEGIEEN = ["operational excellence", "product leadership", "customer intimacy"]
_PROFIELEN = {
    "Vermeer Werkplek B.V.": [6.4, 6.2, 7.6],
    "Kantoorgigant": [8.6, 5.3, 5.0],
    "OfficeDirect NL": [7.1, 8.4, 6.5],
    "Facilis Partners": [5.4, 6.6, 8.7],
}
_GEWICHTEN = {
    "Zorg": [0.25, 0.2, 0.55], "Onderwijs": [0.35, 0.2, 0.45], "Logistiek": [0.55, 0.25, 0.2],
    "Bouw": [0.45, 0.3, 0.25], "Zakelijke dienstverlening": [0.3, 0.35, 0.35], "Overheid": [0.5, 0.15, 0.35],
    "Industrie": [0.45, 0.35, 0.2], "Handel": [0.5, 0.3, 0.2],
}

_ACTIVITEITEN = [
    ("Inkomende logistiek", "primair", "ontvangen, controleren en opslaan van goederen van leveranciers"),
    ("Operationele activiteiten", "primair",
     "inkoopwaarde van de geleverde producten, samenstellen en installeren; bij diensten het werk op locatie"),
    ("Uitgaande logistiek", "primair", "orders verwerken, verzenden en bezorgen bij de klant"),
    ("Marketing en sales", "primair", "accountmanagers, binnendienst, campagnes en offertes"),
    ("Service", "primair", "helpdesk, reparaties, klachten en ondersteuning na de levering"),
    ("Inkoop", "ondersteunend", "leveranciers kiezen, onderhandelen en bestellen"),
    ("Technologieontwikkeling", "ondersteunend", "CRM, webshop en verbetering van het aanbod"),
    ("Human resource management", "ondersteunend", "werving, opleiding en beloning van personeel"),
    ("Infrastructuur", "ondersteunend", "financiën, juridische zaken, kwaliteitszorg en huisvesting"),
]
# Aandeel van elke activiteit in de kosten per business unit (volgorde van _ACTIVITEITEN) en de marge.
_KOSTENVERDELING = {
    "Kantoorinrichting": ([0.06, 0.62, 0.07, 0.08, 0.04, 0.02, 0.01, 0.03, 0.07], 0.07),
    "ICT-werkplek": ([0.04, 0.70, 0.04, 0.06, 0.06, 0.02, 0.02, 0.02, 0.04], 0.035),
    "Facilitaire diensten": ([0.01, 0.72, 0.01, 0.05, 0.06, 0.02, 0.01, 0.05, 0.07], 0.09),
}


# ---------------------------------------------------------------------------
# Actieve dataset
# ---------------------------------------------------------------------------

_actief: dict[str, int | None] = {"seed": None}


def kies_dataset(seed: int | None = None) -> None:
    """Kies de actieve dataset.

    Zonder seed (``None``) is dat de standaarddata uit ``datasets/``. Met een
    seed, bijvoorbeeld je studentnummer (als getal of als tekst, ook met een 0
    vooraan: ``"0123456"``), krijg je een persoonlijke variant:
    dezelfde soort bedrijf, maar andere klanten en andere getallen.

    >>> kies_dataset(123)
    >>> actieve_seed()
    123
    >>> kies_dataset()
    >>> actieve_seed() is None
    True
    """
    _actief["seed"] = lees_seed(seed)


def lees_seed(seed) -> int | None:
    """Een seed als getal of als tekst (een studentnummer met een 0 vooraan mag: ``"0123456"``).

    >>> lees_seed("0123456"), lees_seed(" 123 456 "), lees_seed(42), lees_seed(None)
    (123456, 123456, 42, None)
    """
    if seed is None:
        return None
    if isinstance(seed, str):
        kaal = seed.strip().replace(" ", "").replace(".", "")
        if not kaal.isdigit():
            raise ValueError(f"De seed moet je studentnummer zijn: alleen cijfers, bijvoorbeeld "
                             f"seed=\"0123456\" (tussen aanhalingstekens), niet {seed!r}.")
        return int(kaal)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"De seed moet je studentnummer zijn, bijvoorbeeld seed=\"0123456\" (tussen "
                         f"aanhalingstekens), niet {seed!r}.")
    return int(seed)


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
    seed = lees_seed(seed)
    if seed is None:
        seed = actieve_seed()
    if seed is None:
        return _lees_csv(naam).copy()
    return _genereer_cached(seed)[naam].copy()


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
# Hulpfuncties voor het genereren
# ---------------------------------------------------------------------------


def _stroom(seed: int, naam: str) -> np.random.Generator:
    """Een eigen stroom toevalsgetallen per tabel (of per onderdeel van het model).

    Een kind van ``SeedSequence(seed)`` met een vaste sleutel uit de naam: een
    nieuwe tabel met een nieuwe naam verandert de andere stromen niet.
    """
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(zlib.crc32(naam.encode("utf-8")),)))


def _naampools(seed: int) -> dict[str, list[str]]:
    """Lijsten met Nederlandse namen van faker; alleen de pools, niet de rijen."""
    from faker import Faker

    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    # Achternamen met een apostrof (d'Hondt) laten we weg: die breken e-mailadressen en bestandsnamen.
    achternamen = sorted({n for n in (fake.last_name() for _ in range(900)) if "'" not in n})
    voornamen = sorted({fake.first_name() for _ in range(500)})
    return {"achternamen": achternamen, "voornamen": voornamen}


def _als_begin(achternaam: str) -> str:
    """Een achternaam vooraan in een bedrijfsnaam: tussenvoegsel met hoofdletter ("Van Beek")."""
    return achternaam[:1].upper() + achternaam[1:]


def _nummers(rng: np.random.Generator, n: int, lengte: int, gebruikt: set[str]) -> list[str]:
    """``n`` nieuwe unieke nummers van ``lengte`` cijfers (KvK: niet met een 0 beginnend)."""
    laag = 10 ** (lengte - 1) if lengte == 8 else 0
    uit: list[str] = []
    while len(uit) < n:
        for getal in rng.integers(laag, 10**lengte, size=n - len(uit) + 4):
            tekst = f"{int(getal):0{lengte}d}"
            if tekst not in gebruikt and len(uit) < n:
                gebruikt.add(tekst)
                uit.append(tekst)
    return uit


def _slug(tekst: str) -> str:
    s = unicodedata.normalize("NFKD", tekst.lower().replace("&", "en"))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


def _maand_van(datum: pd.Timestamp) -> int:
    return (datum.year - BEGINDATUM.year) * 12 + datum.month - 1


def _rechtsvorm(rng: np.random.Generator, sector: str) -> str:
    if sector in ("Zorg", "Onderwijs", "Overheid"):
        return "Stichting"
    return str(rng.choice(["B.V.", "N.V.", "V.O.F."], p=[0.85, 0.05, 0.1]))


def _volledige_naam(naam: str, rechtsvorm: str) -> str:
    return f"Stichting {naam}" if rechtsvorm == "Stichting" else f"{naam} {rechtsvorm}"


def _grootteklasse(medewerkers: int) -> str:
    return "klein" if medewerkers < 50 else ("middelgroot" if medewerkers < 250 else "groot")


def _vaste_hash(tekst: str) -> int:
    """Een vaste (niet willekeurige) hash van tekst; Python's hash() verschilt per run."""
    return sum((i + 1) * ord(c) for i, c in enumerate(tekst))


def _kies_index(rng: np.random.Generator, kansen: np.ndarray) -> np.ndarray:
    """Per rij één index volgens de kansen in die rij (rijen van ``kansen`` tellen op tot 1)."""
    cum = np.cumsum(kansen, axis=1)
    u = rng.random(len(kansen))[:, None] * cum[:, -1:]
    return np.minimum((u >= cum).sum(axis=1), kansen.shape[1] - 1)


# ---------------------------------------------------------------------------
# Het model: bedrijven, hun klantrelatie en de leads
# ---------------------------------------------------------------------------


class _Namen:
    """Houdt bij welke bedrijfsnamen en nummers al gebruikt zijn (allemaal uniek)."""

    def __init__(self) -> None:
        self.namen: set[str] = set()
        self.kvk: set[str] = set()
        self.vest: set[str] = set()


def _vestigingen(rng: np.random.Generator, medewerkers: int, namen: _Namen) -> list[dict]:
    n_vest = 1 + min(int(rng.poisson(medewerkers / 250)), 5)
    plaatsen = rng.choice(len(_PLAATSEN), size=n_vest, replace=False)
    nummers = _nummers(rng, n_vest, 12, namen.vest)
    uit = []
    for p, nummer in zip(plaatsen, nummers):
        plaats, provincie, gebied = _PLAATSEN[int(p)]
        cijfers = gebied * 100 + int(rng.integers(0, 100))
        letters = "".join(rng.choice(list("ABCEGHJKLMNPRSTVWXZ"), size=2))
        postcode = f"{cijfers:04d} {letters}" if rng.random() < 0.75 else f"{cijfers:04d}{letters}"
        uit.append(dict(vestigingsnummer=nummer, postcode=postcode, plaats=plaats, provincie=provincie,
                        rayon=_RAYON_PER_CIJFER[cijfers // 1000]))
    return uit


def _entiteit(rng, namen: _Namen, *, naam, rechtsvorm, sector, medewerkers, moeder=None, concern=None,
              concernnaam=None, holding=False, top=None, soort="bestaand") -> dict:
    kvk = _nummers(rng, 1, 8, namen.kvk)[0]
    namen.namen.add(naam)
    return dict(kvk=kvk, naam=naam, rechtsvorm=rechtsvorm, bedrijfsnaam=_volledige_naam(naam, rechtsvorm),
                moeder=moeder, concern=concern or kvk, concernnaam=concernnaam or naam, sector=sector,
                holding=holding, medewerkers=int(medewerkers), top=top, soort=soort,
                vestigingen=_vestigingen(rng, medewerkers, namen), spells=[], vorige_kvk=None, actief_tot=None)


def _zelfstandige_naam(rng, sector: str, achternamen: list[str], namen: _Namen) -> str:
    while True:
        woord = str(rng.choice(_SECTOREN[sector][0]))
        achter = _als_begin(str(rng.choice(achternamen)))
        if woord in _PUBLIEKE_WOORDEN and rng.random() < 0.6:
            naam = f"{woord} {_PLAATSEN[int(rng.integers(len(_PLAATSEN)))][0]}"
        else:
            naam = f"{achter} {woord}"
        if naam not in namen.namen:
            return naam


def _bedrijven_model(seed: int, pools: dict[str, list[str]], namen: _Namen) -> list[dict]:
    """Concerns (holding met dochters) en zelfstandige bedrijven die er al zijn in 2021."""
    rng = _stroom(seed, "bedrijven")
    achternamen = pools["achternamen"]
    entiteiten: list[dict] = []
    # Elk concern een eigen achternaam: zo is elke concernnaam uniek.
    concernnamen = [_als_begin(str(a)) for a in rng.choice(achternamen, size=36, replace=False)]
    for c, kern in enumerate(concernnamen):
        sector = ["Logistiek", "Zorg", "Industrie", "Handel", "Bouw"][c] if c < 5 else _SECTORNAMEN[c % 8]
        groep = f"{kern} Groep"
        holding = _entiteit(rng, namen, naam=f"{groep} Holding", rechtsvorm="B.V.", sector=sector,
                            medewerkers=int(rng.integers(5, 40)), concernnaam=groep, holding=True, top=c,
                            soort="holding")
        entiteiten.append(holding)
        n_dochters = int(rng.integers(3, 7)) if c < 5 else int(rng.integers(1, 5))
        onderdelen = rng.permutation(_SECTOREN[sector][0])
        for d in range(n_dochters):
            regio = ["Noord", "Zuid", "Oost", "West", "Midden", "Services", "Nederland"][d % 7]
            naam = f"{kern} {onderdelen[d % 3]} {regio}"
            medewerkers = int(rng.pareto(1.2) * 120 + 60) * (3 if c < 5 else 1)
            entiteiten.append(_entiteit(rng, namen, naam=naam, rechtsvorm="B.V.", sector=sector,
                                        medewerkers=min(medewerkers, 6000), moeder=holding["kvk"],
                                        concern=holding["kvk"], concernnaam=groep, top=c, soort="dochter"))
    for _ in range(400):
        sector = _SECTORNAMEN[int(rng.integers(len(_SECTORNAMEN)))]
        naam = _zelfstandige_naam(rng, sector, achternamen, namen)
        entiteiten.append(_entiteit(rng, namen, naam=naam, rechtsvorm=_rechtsvorm(rng, sector), sector=sector,
                                    medewerkers=int(min(rng.pareto(1.3) * 25 + 5, 4000))))
    return entiteiten


def _duur(rng: np.random.Generator, gemiddeld: float) -> int:
    """Hoeveel dagen een klantrelatie duurt (exponentieel, minstens een half jaar)."""
    return int(rng.exponential(gemiddeld * 30.4)) + 180


def _klantgedrag(seed: int, entiteiten: list[dict]) -> None:
    """Per bedrijf: potentieel of klant, wanneer de relatie begint en eindigt, segment en besteding."""
    rng = _stroom(seed, "klantgedrag")
    eind = EINDDATUM + pd.Timedelta(days=1)
    for e in entiteiten:
        if e["holding"]:
            continue
        u = rng.random(6)
        e["bu_voorkeur"] = rng.dirichlet(np.ones(3) * 0.8)
        e["jaarbesteding"] = float(rng.pareto(1.6) * 9000 + 2500) * (1 + e["medewerkers"] / 400)
        if e["top"] is not None and e["top"] < 5:
            e["spells"] = [[BEGINDATUM, eind, "bestaand", False]]
            continue
        if e["soort"] == "bestaand" and u[0] < 0.12:
            e["soort"] = "potentieel"
            continue
        if e["soort"] == "bestaand" and u[1] < 0.06:
            e["soort"] = "direct"  # bestelt zonder lead, ergens in de periode
            start = BEGINDATUM + pd.Timedelta(days=int(rng.integers(60, 1750)))
        elif e["soort"] == "dochter" and u[1] < 0.15:
            start = BEGINDATUM + pd.Timedelta(days=int(rng.integers(150, 1500)))  # een nieuwe dochter gaat kopen
        else:
            start = BEGINDATUM
        gemiddeld = 220 if e["soort"] == "dochter" else 110
        einde = start + pd.Timedelta(days=_duur(rng, gemiddeld))
        failliet = bool(u[2] < 0.08)
        e["spells"] = [[start, min(einde, eind), "bestaand" if start == BEGINDATUM else "direct", failliet]]


def _witte_vlekken(seed: int, entiteiten: list[dict]) -> None:
    """Sommige concerns kopen in één business unit niets bij ons: ruimte om breder te verkopen.

    Het op één na grootste concern koopt geen facilitaire diensten; van de andere concerns heeft
    ongeveer 40 % zo'n witte vlek.
    """
    rng = _stroom(seed, "witte_vlekken")
    for holding in [e for e in entiteiten if e["holding"]]:
        c = holding["top"]
        if c == 1:
            niet = 2
        elif c >= 5 and rng.random() < 0.4:
            niet = int(rng.integers(3))
        else:
            continue
        for e in entiteiten:
            if e["concern"] == holding["kvk"] and not e["holding"] and "bu_voorkeur" in e:
                e["niet_bu"] = niet
                e["bu_voorkeur"] = np.where(np.arange(3) == niet, 0.0, e["bu_voorkeur"])
                e["bu_voorkeur"] /= e["bu_voorkeur"].sum()


def _segmenten(seed: int, entiteiten: list[dict]) -> None:
    """Koopgedrag: grootafnemer (de grote concerns en de grootste kopers), vaste of incidentele klant."""
    rng = _stroom(seed, "segmenten")
    kopers = [e for e in entiteiten if not e["holding"] and e["soort"] != "potentieel"]
    grens = np.quantile([e["jaarbesteding"] for e in kopers], 0.85) if kopers else 0.0
    for e in kopers:
        if (e["top"] is not None and e["top"] < 5) or e["jaarbesteding"] >= grens:
            e["segment"] = 0
        else:
            e["segment"] = 1 if rng.random() < 0.5 else 2


def _overname(seed: int, entiteiten: list[dict], namen: _Namen) -> dict:
    """Een middelgroot bedrijf gaat halverwege 2023 verder onder een nieuw KvK-nummer."""
    rng = _stroom(seed, "overname")
    kandidaten = [e for e in entiteiten if e["soort"] == "bestaand" and e["rechtsvorm"] == "B.V."
                  and 80 <= e["medewerkers"] <= 400 and e["spells"][0][1] > EINDDATUM]
    oud = kandidaten[int(rng.integers(len(kandidaten)))] if kandidaten else next(
        e for e in entiteiten if e["soort"] == "bestaand")
    nieuw = dict(oud)
    nieuw["kvk"] = _nummers(rng, 1, 8, namen.kvk)[0]
    nieuw["naam"] = oud["naam"] + " Nederland"
    namen.namen.add(nieuw["naam"])
    nieuw["bedrijfsnaam"] = f"{nieuw['naam']} B.V."
    nieuw["concern"], nieuw["concernnaam"] = nieuw["kvk"], nieuw["naam"]
    nieuw["vestigingen"] = [dict(v, vestigingsnummer=n) for v, n in
                            zip(oud["vestigingen"], _nummers(rng, len(oud["vestigingen"]), 12, namen.vest))]
    nieuw["vorige_kvk"] = oud["kvk"]
    nieuw["soort"] = "overname-nieuw"
    nieuw["spells"] = [[_OVERNAMEDATUM, EINDDATUM + pd.Timedelta(days=1), "overname", False]]
    oud["soort"] = "overname-oud"
    oud["actief_tot"] = _OVERNAMEDATUM - pd.Timedelta(days=1)
    oud["spells"] = [[BEGINDATUM, _OVERNAMEDATUM, "bestaand", False]]
    entiteiten.append(nieuw)
    return dict(soort="overname", datum=_OVERNAMEDATUM, oude_kvk=oud["kvk"], nieuwe_kvk=nieuw["kvk"],
                toelichting=f"{oud['bedrijfsnaam']} gaat verder als {nieuw['bedrijfsnaam']} (nieuw KvK-nummer); "
                            "het is dezelfde klant, geen verloren en geen nieuwe klant")


def _fusie(entiteiten: list[dict]) -> dict:
    """Concern 9 gaat op in concern 2: vanaf nu één concern (de huidige structuur in ``bedrijven``)."""
    van = next(e for e in entiteiten if e["holding"] and e["top"] == _FUSIE_VAN)
    naar = next(e for e in entiteiten if e["holding"] and e["top"] == _FUSIE_IN)
    oude_naam = van["concernnaam"]
    for e in entiteiten:
        if e["concern"] == van["kvk"]:
            e["concern"], e["concernnaam"] = naar["kvk"], naar["concernnaam"]
            e["gefuseerd"] = True
    van["moeder"] = naar["kvk"]
    return dict(soort="fusie", datum=_FUSIEDATUM, oude_kvk=van["kvk"], nieuwe_kvk=naar["kvk"],
                toelichting=f"{oude_naam} gaat op in {naar['concernnaam']}; in bedrijven staan de bedrijven van "
                            f"{oude_naam} nu onder concern {naar['concernnaam']}")


def _leadtrechter(seed: int, pools: dict[str, list[str]], namen: _Namen) -> pd.DataFrame:
    """De leads en hoe ver ze in de funnel kwamen (nog zonder koppeling aan bedrijven)."""
    rng = _stroom(seed, "leads")
    n = 3000
    verkopers = [f"{pools['voornamen'][i * 7 % len(pools['voornamen'])]} "
                 f"{pools['achternamen'][i * 13 % len(pools['achternamen'])]}" for i in range(1, 7)]
    talent = np.array([1.3, 1.1, 1.0, 0.95, 0.8, 0.7])
    afsluiter = np.array([0.9, 1.25, 1.0, 1.1, 0.75, 0.95])
    bronnen = list(_BRONNEN)
    bronfactor = np.array([_BRONNEN[b] for b in bronnen])
    dagen = (EINDDATUM - BEGINDATUM).days
    aangemaakt = BEGINDATUM.to_datetime64() + rng.integers(0, dagen - 10, size=n).astype("timedelta64[D]")
    bron = rng.choice(len(bronnen), size=n, p=_BRONKANS)
    verkoper = rng.integers(0, len(verkopers), size=n)
    sector = rng.integers(0, len(_SECTORNAMEN), size=n)
    bu = rng.integers(0, 3, size=n)
    waarde = np.round(rng.lognormal(np.log(17000), 0.5, size=n), -2)
    marge = np.round(waarde * rng.uniform(0.2, 0.32, size=n), 2)
    u = rng.random((n, 6))
    d = rng.random((n, 4))
    eind = EINDDATUM.to_datetime64()
    nat = np.datetime64("NaT", "ns")

    def plus(datum, laag, hoog, kolom):
        return datum + (laag + d[:, kolom] * (hoog - laag)).astype("timedelta64[D]")

    prospect = u[:, 0] < 0.25 * bronfactor[bron] * talent[verkoper]
    p_datum = plus(aangemaakt, 5, 40, 0)
    prospect &= p_datum <= eind
    offerte = prospect & (u[:, 1] < 0.2 * talent[verkoper])
    o_datum = plus(p_datum, 10, 60, 1)
    offerte &= o_datum <= eind
    besluit = plus(o_datum, 15, 90, 2)
    besloten = offerte & (besluit <= eind - np.timedelta64(1, "D"))
    gewonnen = besloten & (u[:, 2] < 0.55 * afsluiter[verkoper])
    verloren_na_offerte = besloten & ~gewonnen
    zonder_offerte = prospect & ~offerte
    terug_datum = plus(p_datum, 20, 90, 3)
    terug = zonder_offerte & (u[:, 3] < 0.12) & (terug_datum <= eind)
    v2_datum = plus(p_datum, 20, 120, 3)
    verloren_prospect = zonder_offerte & ~(u[:, 3] < 0.12) & (u[:, 4] < 0.6) & (v2_datum <= eind)
    v3_datum = plus(aangemaakt, 10, 90, 3)
    verloren_lead = ~prospect & (u[:, 5] < 0.7) & (v3_datum <= eind)
    verloren = np.where(verloren_na_offerte, besluit, np.where(verloren_prospect, v2_datum,
                                                               np.where(verloren_lead, v3_datum, nat)))
    verloren_op = np.where(verloren_na_offerte | verloren_prospect | verloren_lead, verloren, nat)
    # Namen: achternaam + woord uit de sector; nooit gelijk aan een bedrijf in ons bestand.
    achternamen = pools["achternamen"]
    namen_lijst: list[str] = []
    gezien: set[str] = set()
    for i in range(n):
        woorden = _SECTOREN[_SECTORNAMEN[sector[i]]][0]
        while True:
            naam = f"{_als_begin(achternamen[int(rng.integers(len(achternamen)))])} {woorden[int(rng.integers(3))]}"
            if naam not in namen.namen and naam not in gezien:
                break
        gezien.add(naam)
        namen_lijst.append(naam)
    return pd.DataFrame({
        "aangemaakt_op": pd.to_datetime(aangemaakt).astype("datetime64[ns]"),
        "bedrijfsnaam": namen_lijst,
        "kvk_nummer": None,
        "sector": np.array(_SECTORNAMEN, dtype=object)[sector],
        "bron": np.array(bronnen, dtype=object)[bron],
        "verkoper": np.array(verkopers, dtype=object)[verkoper],
        "business_unit": np.array(_BU_NAMEN, dtype=object)[bu],
        "prospect_op": pd.to_datetime(np.where(prospect, p_datum, nat)).astype("datetime64[ns]"),
        "offerte_op": pd.to_datetime(np.where(offerte, o_datum, nat)).astype("datetime64[ns]"),
        "gewonnen_op": pd.to_datetime(np.where(gewonnen, besluit, nat)).astype("datetime64[ns]"),
        "verloren_op": pd.to_datetime(verloren_op).astype("datetime64[ns]"),
        "terug_naar_lead_op": pd.to_datetime(np.where(terug, terug_datum, nat)).astype("datetime64[ns]"),
        "waarde": waarde,
        "bruto_marge": marge,
    })


def _koppel_leads(seed: int, leads: pd.DataFrame, entiteiten: list[dict], namen: _Namen) -> None:
    """Koppel leads aan bedrijven: gewonnen leads worden (weer) klant, andere horen bij potentiële klanten.

    - Een gewonnen lead is meestal een nieuw bedrijf (komt in ``bedrijven``), soms een oud-klant die
      terugkomt (terugwinst). De eerste factuur volgt kort na ``gewonnen_op``.
    - Potentiële klanten in ons bestand hebben een lead die (nog) niet gewonnen is.
    - Bij een deel van de oud-klanten probeerde een verkoper ze terug te winnen, zonder succes.
    """
    rng = _stroom(seed, "leads_koppeling")
    eind = EINDDATUM + pd.Timedelta(days=1)
    gekoppeld = np.zeros(len(leads), dtype=bool)
    kvk = leads["kvk_nummer"].to_numpy(dtype=object, copy=True)
    naam = leads["bedrijfsnaam"].to_numpy(dtype=object, copy=True)
    sector = leads["sector"].to_numpy(dtype=object, copy=True)

    def koppel(i: int, e: dict) -> None:
        kvk[i], naam[i], sector[i] = e["kvk"], e["naam"], e["sector"]
        gekoppeld[i] = True

    gewonnen_idx = np.flatnonzero(leads["gewonnen_op"].notna().to_numpy())
    gewonnen_idx = gewonnen_idx[np.argsort(leads["gewonnen_op"].to_numpy()[gewonnen_idx], kind="stable")]
    teruggewonnen: set[str] = set()
    # Wie kan worden teruggewonnen: oud-klanten (einde van hun laatste relatie als getal, voor snelheid).
    kandidaten = [e for e in entiteiten if e["spells"] and e["soort"] in ("bestaand", "direct")]
    einde_ns = {id(e): e["spells"][-1][1].value for e in kandidaten}
    for i in gewonnen_idx:
        gewonnen_op = leads.at[i, "gewonnen_op"]
        vertraging = int(rng.integers(7, 60)) if rng.random() < 0.9 else int(rng.integers(60, 150))
        start = gewonnen_op + pd.Timedelta(days=max(1, min(vertraging, (EINDDATUM - gewonnen_op).days)))
        grens = (gewonnen_op - pd.Timedelta(days=90)).value
        ex = [e for e in kandidaten if einde_ns[id(e)] < grens and not e["spells"][-1][3] and e["kvk"] not in teruggewonnen]
        if ex and rng.random() < 0.2:
            e = ex[int(rng.integers(len(ex)))]
            teruggewonnen.add(e["kvk"])
            soort = "terugwinst"
        else:
            lead_sector = str(sector[i])
            lead_naam = str(naam[i])
            if lead_naam in namen.namen:
                lead_naam = _zelfstandige_naam(rng, lead_sector, [lead_naam.split(" ")[0]], namen)
            e = _entiteit(rng, namen, naam=lead_naam, rechtsvorm=_rechtsvorm(rng, lead_sector), sector=lead_sector,
                          medewerkers=int(min(rng.pareto(1.3) * 25 + 8, 3000)), soort="lead")
            e["bu_voorkeur"] = rng.dirichlet(np.ones(3) * 0.8)
            e["bu_voorkeur"][_BU_NAMEN.index(leads.at[i, "business_unit"])] += 1.0
            e["bu_voorkeur"] /= e["bu_voorkeur"].sum()
            e["jaarbesteding"] = float(leads.at[i, "waarde"]) * float(rng.uniform(0.6, 1.4))
            e["segment"] = 1 if rng.random() < 0.55 else 2
            entiteiten.append(e)
            kandidaten.append(e)
            soort = "lead"
        einde = start + pd.Timedelta(days=_duur(rng, 110))
        e["spells"].append([start, min(einde, eind), soort, bool(rng.random() < 0.05)])
        einde_ns[id(e)] = e["spells"][-1][1].value
        koppel(i, e)

    open_idx = np.flatnonzero(leads["gewonnen_op"].isna().to_numpy())
    aangemaakt = leads["aangemaakt_op"].to_numpy()
    # Potentiële klanten in ons bestand: elk één lead (verloren of nog open).
    for e in entiteiten:
        if e["soort"] != "potentieel":
            continue
        vrij = open_idx[~gekoppeld[open_idx]]
        koppel(int(vrij[int(rng.integers(len(vrij)))]), e)
    # Oud-klanten: soms een mislukte poging om ze terug te winnen.
    for e in entiteiten:
        if not e["spells"] or e["spells"][-1][1] > EINDDATUM or e["kvk"] in teruggewonnen or e["spells"][-1][3]:
            continue
        if e["soort"] not in ("bestaand", "direct", "lead") or rng.random() >= 0.35:
            continue
        grens = (e["spells"][-1][1] + pd.Timedelta(days=30)).to_datetime64()
        vrij = open_idx[~gekoppeld[open_idx] & (aangemaakt[open_idx] > grens)]
        if len(vrij):
            koppel(int(vrij[int(rng.integers(len(vrij)))]), e)
    leads["kvk_nummer"] = kvk
    leads["bedrijfsnaam"] = naam
    leads["sector"] = sector


def _grensgevallen(seed: int, entiteiten: list[dict]) -> None:
    """Acht oud-klanten kopen voor het laatst vlak voor of vlak na de grens van 24 maanden (31-12-2025)."""
    rng = _stroom(seed, "grensgevallen")
    kandidaten = [e for e in entiteiten if e["soort"] in ("bestaand", "direct") and len(e["spells"]) == 1
                  and pd.Timestamp("2024-03-01") <= e["spells"][0][1] and e["spells"][0][0] < pd.Timestamp("2023-06-01")]
    if len(kandidaten) < 8:  # pragma: no cover - kan alleen bij een heel vreemde seed
        kandidaten = [e for e in entiteiten if e["soort"] == "bestaand" and len(e["spells"]) == 1]
    grens = [pd.Timestamp("2023-12-29"), pd.Timestamp("2023-12-31"), pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-02")]
    for j, i in enumerate(rng.choice(len(kandidaten), size=8, replace=False)):
        e = kandidaten[int(i)]
        e["grens"] = grens[j % 4]
        e["spells"][0][1] = e["grens"] + pd.Timedelta(days=1)
        e["spells"][0][3] = False


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
        tikfout = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        varianten.append((" ".join(woorden[:-1] + [tikfout]) + (f" {e['rechtsvorm']}" if e["rechtsvorm"] != "Stichting" else ""), "tikfout"))
    varianten.append((f"  {officieel.replace(' ', '  ', 1)} ", "spaties"))
    if holdingnaam:
        varianten.append((f"{holdingnaam} B.V. t.a.v. {kaal}", "via holding"))
    return varianten


def _maand_eind(m: int) -> pd.Timestamp:
    """De laatste dag vóór maand ``m`` (m = 0 is januari 2021)."""
    return pd.Timestamp(BEGINDATUM) + pd.DateOffset(months=m) - pd.Timedelta(days=1)


def _contracten(seed: int, kopers: list[dict], entiteiten: list[dict]) -> tuple[list[dict], list[tuple]]:
    """Contracten per klantrelatie, met verlengingen. Geeft ook de maandfacturen (maand, contract) terug."""
    rng = _stroom(seed, "contracten")
    contracten: list[dict] = []
    gebruik: list[tuple] = []  # (koper-index, contract-index, eerste maand, stop, einde relatie)
    for k, e in enumerate(kopers):
        e["contractaandeel"] = 0.0
        for start, einde, _soort, _f in e["spells"]:
            u = rng.random(3)
            n = int(u[0] < 0.45) + int(u[1] < 0.15) + (2 if e["top"] is not None and e["top"] < 5 else 0)
            if e.get("grens") is not None:
                n = 0
            start_m = _maand_van(start) + (1 if start.day > 1 else 0)
            eind_m = min(_maand_van(einde - pd.Timedelta(days=1)) + 1, _N_MAANDEN)
            if start_m >= eind_m - 1:
                continue
            for _ in range(n):
                bu = "Facilitaire diensten" if rng.random() < 0.6 else "ICT-werkplek"
                if e.get("niet_bu") is not None and bu == _BU_NAMEN[e["niet_bu"]]:
                    bu = "ICT-werkplek" if bu == "Facilitaire diensten" else "Facilitaire diensten"
                opties = [p for p in _PRODUCTEN_LIJST if p[1] == bu and p[2] == "contract"]
                product = opties[int(rng.integers(len(opties)))]
                aandeel = float(rng.uniform(0.15, 0.4))
                e["contractaandeel"] += aandeel
                bedrag = round(max(product[3] * rng.uniform(0.5, 1.5), aandeel * e["jaarbesteding"] / 12), -1)
                vest = e["vestigingen"][int(rng.integers(len(e["vestigingen"])))]["vestigingsnummer"]
                begin = int(rng.integers(start_m, max(start_m + 1, eind_m - 3)))
                while True:
                    stop = min(begin + int(rng.choice([12, 24, 36, 60])), eind_m)
                    loopt_door = stop >= _N_MAANDEN and einde > EINDDATUM
                    contracten.append(dict(
                        kvk_nummer=e["kvk"], vestigingsnummer=vest, business_unit=bu, product=product[0],
                        getekend_op=_MAANDEN[begin] - pd.Timedelta(days=int(rng.integers(10, 60))),
                        ingangsdatum=_MAANDEN[begin], einddatum=pd.NaT if loopt_door else _maand_eind(stop),
                        maandbedrag=bedrag))
                    if rng.random() >= 0.08:  # 8 %: getekend maar nooit gebruikt, dus nooit gefactureerd
                        gebruik.append((k, len(contracten) - 1, begin, stop, einde))
                    if stop < eind_m and rng.random() < 0.6:
                        begin, bedrag = stop, round(bedrag * float(rng.uniform(1.0, 1.08)), -1)
                        continue
                    break
    # Getekend, maar gaat pas in 2026 in (klanten die nu actief zijn).
    actief = [e for e in kopers if e["spells"][-1][1] > EINDDATUM and e.get("niet_bu") != 2]
    for i in rng.choice(len(actief), size=min(6, len(actief)), replace=False):
        e = actief[int(i)]
        product = _PRODUCTEN_LIJST[_P_INDEX[["Schoonmaak", "Onderhoud", "Koffieservice"][int(rng.integers(3))]]]
        contracten.append(dict(
            kvk_nummer=e["kvk"], vestigingsnummer=e["vestigingen"][0]["vestigingsnummer"],
            business_unit="Facilitaire diensten", product=product[0],
            getekend_op=EINDDATUM - pd.Timedelta(days=int(rng.integers(5, 50))),
            ingangsdatum=pd.Timestamp("2026-01-01") + pd.DateOffset(months=int(rng.integers(0, 3))),
            einddatum=pd.NaT, maandbedrag=round(product[3] * rng.uniform(0.8, 1.2), -1)))
    # Getekend en lopend, maar nooit gefactureerd, bij bedrijven die verder nooit iets kochten.
    potentieel = [e for e in entiteiten if e["soort"] == "potentieel"]
    for i in rng.choice(len(potentieel), size=min(3, len(potentieel)), replace=False):
        e = potentieel[int(i)]
        ingang = _MAANDEN[int(rng.integers(36, 58))]
        contracten.append(dict(
            kvk_nummer=e["kvk"], vestigingsnummer=e["vestigingen"][0]["vestigingsnummer"],
            business_unit="Facilitaire diensten", product="Koffieservice",
            getekend_op=ingang - pd.Timedelta(days=int(rng.integers(10, 40))), ingangsdatum=ingang,
            einddatum=pd.NaT, maandbedrag=round(350 * rng.uniform(0.8, 1.2), -1)))
    jaar = np.array([c["ingangsdatum"].year for c in contracten])
    volgorde = np.lexsort((np.arange(len(contracten)), np.array([c["getekend_op"] for c in contracten])))
    for volgnr, i in enumerate(volgorde, start=1):
        contracten[i]["contractnummer"] = f"CT{jaar[i]}{volgnr:05d}"
    return contracten, gebruik


def _dag(ts) -> np.datetime64:
    return np.datetime64(pd.Timestamp(ts).date(), "D")


def _extra_regels(deel_gewone_orders: float, samenhang: float = 1.0) -> float:
    """Het gemiddelde aantal extra regels per order waarbij losse producten onafhankelijk lijken.

    Met 1 + Poisson(λ) regels per gewone order is de lift van twee producten die niets met elkaar
    te maken hebben, gemeten over alle orders, ongeveer ``samenhang`` × (1 − 1/(1+λ)²) / f, met f het
    deel gewone orders (de rest zijn maandfacturen van één regel). Lift 1 geeft λ = 1/√(1 − f/samenhang) − 1.

    >>> round(_extra_regels(0.75), 3)
    1.0
    """
    return float(1 / np.sqrt(1 - min(deel_gewone_orders / samenhang, 0.95)) - 1)


def _orderregels(rng: np.random.Generator, orders: np.ndarray, kansen: np.ndarray, budget: np.ndarray,
                 extra: float = 1.0):
    """De regels van gewone orders: hoeveel producten, welke, hoeveel stuks, en de vaste combinaties.

    ``kansen`` is per order een rij kansen over de losse producten (of één rij voor alle orders).
    Het aantal regels is 1 + een Poisson-aantal. Samen met de orders van één regel (contracten)
    zijn producten die niets met elkaar te maken hebben dan ongeveer onafhankelijk (lift rond 1),
    gemeten over alle orders. Daarna komen de vaste combinaties
    uit ``_ASSOCIATIES`` erbij. Geeft (order, product, aantal) terug, één regel per product per order.
    """
    n = len(orders)
    k = np.minimum(1 + rng.poisson(extra, size=n), 6)
    rij = np.repeat(np.arange(n), k)
    if kansen.ndim == 1:
        prod = _LOSSE_PRODUCTEN[rng.choice(len(_LOSSE_PRODUCTEN), size=len(rij), p=kansen)]
    else:
        prod = _LOSSE_PRODUCTEN[_kies_index(rng, kansen[rij])]
    q = np.maximum(1, np.round(budget[rij] / k[rij] / _P_PRIJS[prod] * rng.lognormal(0, 0.5, len(rij))))
    delen = [(rij, prod, q)]
    for als, dan, kans, _t in _ASSOCIATIES:
        mee = (prod == _P_INDEX[als]) & (rng.random(len(rij)) < kans)
        delen.append((rij[mee], np.full(mee.sum(), _P_INDEX[dan]), np.maximum(1, np.round(q[mee] * rng.uniform(0.5, 1.0, mee.sum())))))
    rij = np.concatenate([d[0] for d in delen])
    prod = np.concatenate([d[1] for d in delen]).astype(int)
    q = np.concatenate([d[2] for d in delen])
    volg = np.lexsort((np.arange(len(rij)), rij))
    rij, prod, q = rij[volg], prod[volg], q[volg]
    _, eerst = np.unique(rij * 100 + prod, return_index=True)
    eerst.sort()
    return orders[rij[eerst]], prod[eerst], q[eerst]


def _facturen(seed: int, kopers: list[dict], contracten: list[dict], gebruik: list[tuple],
              entiteiten: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Orders met factuurregels, contractfacturen, projecten, retouren en creditnota's.

    Alles in numpy-arrays: eerst orders (wie, wanneer), dan regels (wat), dan pas één DataFrame.
    Geeft de facturen en de waarheidstabel met naamvarianten terug.
    """
    rng = _stroom(seed, "facturen")
    eind_d = _dag(EINDDATUM)
    n_k = len(kopers)
    seg = np.array([e["segment"] for e in kopers])
    freq = _ORDERS_PER_MAAND[seg]
    budget = np.array([e["jaarbesteding"] / 12 * (1 - min(e.get("contractaandeel", 0.0), 0.8)) for e in kopers]) / freq

    # --- Orders uit het gewone koopgedrag: per actieve maand een Poisson-aantal.
    sp = [(k, _dag(s), _dag(t), soort) for k, e in enumerate(kopers) for s, t, soort, _ in e["spells"]]
    sp_k = np.array([x[0] for x in sp])
    sp_start = np.array([x[1] for x in sp], dtype="datetime64[D]")
    sp_eind = np.array([x[2] for x in sp], dtype="datetime64[D]")
    m0 = np.clip((sp_start.astype("datetime64[M]") - np.datetime64("2021-01", "M")).astype(int), 0, _N_MAANDEN - 1)
    m1 = np.clip(((sp_eind - 1).astype("datetime64[M]") - np.datetime64("2021-01", "M")).astype(int), -1, _N_MAANDEN - 1)
    aantal_m = np.maximum(m1 - m0 + 1, 0)
    rij = np.repeat(np.arange(len(sp)), aantal_m)
    maand = m0[rij] + (np.arange(len(rij)) - np.repeat(np.cumsum(aantal_m) - aantal_m, aantal_m))
    n_orders = rng.poisson(freq[sp_k[rij]] * _SEIZOEN[maand % 12])
    o_sp = np.repeat(rij, n_orders)
    o_m = np.repeat(maand, n_orders)
    o_datum = _MAAND_NP[o_m] + (rng.random(len(o_m)) * _DAGEN_IN_MAAND[o_m]).astype("timedelta64[D]")
    houd = (o_datum >= sp_start[o_sp]) & (o_datum < sp_eind[o_sp]) & (o_datum <= eind_d)
    o_k, o_datum = sp_k[o_sp][houd], o_datum[houd]
    o_soort = np.zeros(len(o_k), dtype=int)  # 0 gewoon, 1 eerste order, 2 grensgeval, 3 project, 4 contract
    # Een nieuwe klant (uit een lead, direct of teruggewonnen) bestelt kort na de start.
    nieuw = np.array([x[3] in ("lead", "direct", "terugwinst") for x in sp])
    eerste = sp_start[nieuw] + rng.integers(0, 21, size=nieuw.sum()).astype("timedelta64[D]")
    eerste = np.minimum(np.minimum(eerste, sp_eind[nieuw] - 1), eind_d)
    extra_k, extra_datum, extra_soort = [sp_k[nieuw]], [eerste], [np.ones(nieuw.sum(), dtype=int)]
    # Grensgevallen: de laatste aankoop precies rond de grens van 24 maanden.
    grens = [(k, _dag(e["grens"])) for k, e in enumerate(kopers) if e.get("grens") is not None]
    extra_k.append(np.array([g[0] for g in grens], dtype=int))
    extra_datum.append(np.array([g[1] for g in grens], dtype="datetime64[D]"))
    extra_soort.append(np.full(len(grens), 2))
    # Projecten: een paar concerns kopen om de 18 tot 30 maanden een grote inrichting.
    prng = _stroom(seed, "projecten")
    project_maanden = {}
    laatste = int(prng.integers(37, 43))
    project_maanden[_PROJECT_T4] = [laatste - int(prng.integers(22, 31)), laatste]
    laatste = int(prng.integers(50, 53))
    project_maanden[_PROJECT_12] = [laatste - 29 - int(prng.integers(0, 2)), laatste]
    laatste = int(prng.integers(27, 34))
    project_maanden[_PROJECT_36] = [max(0, laatste - int(prng.integers(18, 31))), laatste]
    project_k = {}
    for c, maanden in project_maanden.items():
        dochters = [k for k, e in enumerate(kopers) if e["top"] == c and e["soort"] == "dochter"]
        k = max(dochters, key=lambda i: kopers[i]["medewerkers"])
        project_k[c] = k
        for m in maanden:
            extra_k.append(np.array([k]))
            extra_datum.append(np.array([_MAAND_NP[m] + np.timedelta64(int(prng.integers(3, 20)), "D")]))
            extra_soort.append(np.array([3]))
    # Contractfacturen: elke maand één order met de maandfactuur.
    c_k, c_c, c_datum = [], [], []
    for k, c, begin, stop, einde in gebruik:
        maanden = np.arange(begin, min(stop, _N_MAANDEN))
        datum = _MAAND_NP[maanden] + rng.integers(0, 5, size=len(maanden)).astype("timedelta64[D]")
        datum = datum[(datum < _dag(einde)) & (datum <= eind_d)]
        c_k.append(np.full(len(datum), k))
        c_c.append(np.full(len(datum), c))
        c_datum.append(datum)
    extra_k.append(np.concatenate(c_k))
    extra_datum.append(np.concatenate(c_datum))
    extra_soort.append(np.full(len(extra_k[-1]), 4))
    o_k = np.concatenate([o_k, *extra_k]).astype(int)
    o_datum = np.concatenate([o_datum, *extra_datum]).astype("datetime64[D]")
    o_soort = np.concatenate([o_soort, *extra_soort])
    o_contract = np.full(len(o_k), -1)
    o_contract[o_soort == 4] = np.concatenate(c_c)
    n_o = len(o_k)

    # --- Regels per order.
    voorkeur = np.array([e["bu_voorkeur"] for e in kopers])
    bu_gewicht = voorkeur[:, _P_BU[_LOSSE_PRODUCTEN]] * np.where(_P_BU[_LOSSE_PRODUCTEN] == 2, 0.3, 1.0)
    kansen = bu_gewicht * _P_GEWICHT[_LOSSE_PRODUCTEN]
    kansen /= kansen.sum(axis=1, keepdims=True)
    globaal = _P_GEWICHT[_LOSSE_PRODUCTEN] / _P_GEWICHT[_LOSSE_PRODUCTEN].sum()
    kansen = 0.5 * kansen + 0.5 * globaal  # eigen voorkeur, maar niet alleen die
    niet_bu = np.array([-1 if e.get("niet_bu") is None else e["niet_bu"] for e in kopers])
    kansen[_P_BU[_LOSSE_PRODUCTEN][None, :] == niet_bu[:, None]] = 0.0  # witte vlek: daar kopen ze niets
    kansen /= kansen.sum(axis=1, keepdims=True)
    gewoon = np.flatnonzero(o_soort <= 1)
    # De vaste combinaties drukken de lift van de andere paren iets; samenhang 0,95 compenseert dat.
    extra = _extra_regels(len(gewoon) / n_o, samenhang=0.95)
    r_order, r_prod, r_q = _orderregels(rng, gewoon, kansen[o_k[gewoon]], budget[o_k[gewoon]], extra)
    r_order, r_prod, r_q = [r_order], [r_prod], [r_q]
    # Grensgevallen: een paar bureaustoelen.
    g = np.flatnonzero(o_soort == 2)
    r_order.append(g)
    r_prod.append(np.full(len(g), _P_INDEX["Bureaustoel"]))
    r_q.append(rng.integers(1, 6, size=len(g)).astype(float))
    # Projecten: een grote inrichting (de bedragen worden hieronder op hun omzetaandeel gezet).
    p_orders = np.flatnonzero(o_soort == 3)
    for product, q in [("Zit-stabureau", 60), ("Bureaustoel", 60), ("Kastensysteem", 20), ("Monitorarm", 60)]:
        r_order.append(p_orders)
        r_prod.append(np.full(len(p_orders), _P_INDEX[product]))
        r_q.append(np.full(len(p_orders), float(q)))
    # Contracten: de maandfactuur, en bij schoonmaak vaak sanitaire middelen erbij.
    c_orders = np.flatnonzero(o_soort == 4)
    c_prod = np.array([_P_INDEX[contracten[c]["product"]] for c in o_contract[c_orders]], dtype=int)
    r_order.append(c_orders)
    r_prod.append(c_prod)
    r_q.append(np.ones(len(c_orders)))
    mee = (c_prod == _P_INDEX["Schoonmaak"]) & (rng.random(len(c_orders)) < _ASSOCIATIES[3][2])
    r_order.append(c_orders[mee])
    r_prod.append(np.full(mee.sum(), _P_INDEX["Sanitaire middelen"]))
    r_q.append(rng.integers(2, 13, size=mee.sum()).astype(float))

    l_order = np.concatenate(r_order)
    l_prod = np.concatenate(r_prod).astype(int)
    l_q = np.concatenate(r_q)
    # Eén regel per product per order.
    uniek = np.unique(l_order * 100 + l_prod, return_index=True)[1]
    uniek.sort()
    l_order, l_prod, l_q = l_order[uniek], l_prod[uniek], l_q[uniek]
    l_contract = np.where(np.isin(l_prod, np.flatnonzero(_P_GEWICHT == 0)), o_contract[l_order], -1)
    maandbedrag = np.array([c["maandbedrag"] for c in contracten] + [0.0])
    l_bedrag = np.where(l_contract >= 0, maandbedrag[l_contract],
                        np.round(l_q * _P_PRIJS[l_prod] * rng.uniform(0.9, 1.05, len(l_order)), 2))
    l_project = o_soort[l_order] == 3

    # --- Omzetaandelen van de grote concerns en de projectkopers vastzetten.
    concern_van = {}
    for e in entiteiten:
        concern_van[e["kvk"]] = e["concern"]
    k_concern = np.array([concern_van[e["kvk"]] for e in kopers], dtype=object)
    top_kvk = {e["top"]: e["kvk"] for e in entiteiten if e["holding"]}
    l_concern = k_concern[o_k[l_order]]
    l_datum = o_datum[l_order]
    vensters = {n: l_datum > _dag(EINDDATUM - pd.DateOffset(months=n)) for n in (12, 24, 36)}

    def zet(deel: np.ndarray, concern: np.ndarray, venster: int, doel: float) -> None:
        v = vensters[venster]
        totaal, eigen, x = l_bedrag[v].sum(), l_bedrag[v & concern].sum(), l_bedrag[v & deel].sum()
        nieuw_x = (doel * (totaal - x) - (eigen - x)) / (1 - doel)
        if x > 0 and nieuw_x > 0:
            l_bedrag[deel] *= nieuw_x / x

    vast = pd.Index([top_kvk[c] for c in range(len(_TOPAANDELEN))] + [top_kvk[_PROJECT_12], top_kvk[_PROJECT_36]])
    for _ in range(8):
        for c, doel in enumerate(_TOPAANDELEN):
            concern = l_concern == top_kvk[c]
            if c == _PROJECT_T4:
                zet(concern & ~l_project, concern, 12, _AANDEEL_T4_BASIS_12M)
                zet(concern & l_project, concern, 24, doel)
            else:
                zet(concern, concern, 24, doel)
        for c, venster, doel in [(_PROJECT_12, 12, _AANDEEL_PROJECT_12M), (_PROJECT_36, 36, _AANDEEL_PROJECT_36M)]:
            concern = l_concern == top_kvk[c]
            zet(concern & l_project, concern, venster, doel)
        # Alle andere concerns blijven onder de 4 % in elk venster (geen toevallige grote klant).
        for venster in (12, 24, 36):
            v = vensters[venster]
            per = pd.Series(l_bedrag[v]).groupby(l_concern[v]).sum()
            te_groot = per[per > _MAX_AANDEEL_OVERIG * per.sum()].index.difference(vast)
            for kvk in te_groot:
                concern = l_concern == kvk
                zet(concern, concern, venster, _MAX_AANDEEL_OVERIG)
    # Contractbedragen schalen mee, zodat contract en maandfactuur kloppen.
    for c_idx in np.unique(l_contract[l_contract >= 0]):
        regels = l_contract == c_idx
        contracten[c_idx]["maandbedrag"] = round(float(np.median(l_bedrag[regels])), 2)
        l_bedrag[regels] = contracten[c_idx]["maandbedrag"]
    l_bedrag = np.round(l_bedrag, 2)

    # --- Per order: wie bestelde, welke naam op de factuur, welk adres, betaling.
    vest_lijsten = [[v["vestigingsnummer"] for v in e["vestigingen"]] for e in kopers]
    v_start = np.cumsum([0] + [len(v) for v in vest_lijsten[:-1]])
    v_n = np.array([len(v) for v in vest_lijsten])
    v_plat = np.array([v for lijst in vest_lijsten for v in lijst], dtype=object)
    besteld = v_plat[v_start[o_k] + (rng.random(n_o) * v_n[o_k]).astype(int)]
    c_vest = np.array([c["vestigingsnummer"] for c in contracten] + [None], dtype=object)
    besteld = np.where(o_contract >= 0, c_vest[o_contract], besteld)
    besteld = np.where(o_soort == 3, v_plat[v_start[o_k]], besteld)
    nrng = _stroom(seed, "naamvarianten")
    holdingnamen = {e["kvk"]: e["naam"] for e in entiteiten if e["holding"]}
    holdingvest = {e["kvk"]: e["vestigingen"][0]["vestigingsnummer"] for e in entiteiten if e["holding"]}
    varianten, waarheid = [], []
    for e in kopers:
        moeder = e["moeder"] if e["moeder"] in holdingnamen else None
        lijst = _naamvarianten(nrng, e, holdingnamen.get(moeder) if moeder else None)
        varianten.append(lijst)
        waarheid += [dict(klantnaam=n, kvk_nummer=e["kvk"], vestigingsnummer=e["vestigingen"][0]["vestigingsnummer"],
                          variant=s) for n, s in lijst]
    rommelig = np.array([nrng.random() < 0.45 or (e["top"] is not None and e["top"] < 5) for e in kopers])
    n_var = np.array([len(v) for v in varianten])
    var_start = np.cumsum(np.concatenate([[0], n_var[:-1]]))
    var_plat = np.array([n for lijst in varianten for n, _ in lijst], dtype=object)
    u = rng.random(n_o)
    keuze = np.where(rommelig[o_k] & (u >= 0.72), 1 + ((u - 0.72) / 0.28 * (n_var[o_k] - 1)).astype(int), 0)
    klantnaam = var_plat[var_start[o_k] + np.minimum(keuze, n_var[o_k] - 1)]
    # Centrale facturatie: bij sommige concerns gaat de factuur naar de holding.
    centraal = np.array([e["moeder"] in holdingvest and _vaste_hash(e["concern"]) % 2 == 0 for e in kopers])
    hold_v = np.array([holdingvest.get(e["moeder"]) for e in kopers], dtype=object)
    adres = np.where(centraal[o_k], hold_v[o_k], besteld)
    adres = np.where(rng.random(n_o) < 0.02, None, adres)  # handmatig ingevoerd: alleen een naam
    betaal = o_datum + (10 + rng.random(n_o) * 50).astype(int).astype("timedelta64[D]")
    onbetaald = (rng.random(n_o) < 0.03) | (betaal > eind_d)

    # --- Retouren en creditnota's als eigen regels.
    r = rng.random((len(l_order), 3))
    retour = r[:, 0] < _P_RETOUR[l_prod]
    credit = ~retour & (r[:, 1] < 0.02)
    c_regel = np.flatnonzero(retour | credit)
    c_bedrag = np.where(retour[c_regel], -np.round(l_bedrag[c_regel] * np.where(r[c_regel, 2] < 0.7, 1.0, 0.5), 2),
                        -np.round(l_bedrag[c_regel] * (0.05 + 0.15 * r[c_regel, 2]), 2))
    na = np.where(retour[c_regel], 7 + (r[c_regel, 2] * 30).astype(int), 14 + (r[c_regel, 2] * 40).astype(int))
    c_datum = l_datum[c_regel] + na.astype("timedelta64[D]")
    binnen = c_datum <= eind_d
    c_regel, c_bedrag, c_datum = c_regel[binnen], c_bedrag[binnen], c_datum[binnen]
    c_soort = np.where(retour[c_regel], "retour", "creditnota")

    # --- Alles in één tabel, genummerd in volgorde van datum.
    n_l, n_c = len(l_order), len(c_regel)
    bron_regel = np.concatenate([np.arange(n_l), c_regel])
    order = l_order[bron_regel]
    datum = np.concatenate([l_datum, c_datum])
    is_correctie = np.concatenate([np.zeros(n_l, dtype=bool), np.ones(n_c, dtype=bool)])
    volgorde = np.lexsort((bron_regel, is_correctie, datum))
    jaar = datum.astype("datetime64[Y]").astype(int) + 1970
    jaar_s = jaar[volgorde]
    nr_in_jaar = np.arange(len(volgorde)) - np.searchsorted(jaar_s, jaar_s)
    factuurnummer = np.empty(len(volgorde), dtype=object)
    factuurnummer[volgorde] = [f"{j}{v + 1:06d}" for j, v in zip(jaar_s, nr_in_jaar)]
    origineel = np.concatenate([np.full(n_l, None, dtype=object), factuurnummer[:n_l][c_regel]])
    # Ordernummers in volgorde van datum.
    o_volg = np.lexsort((np.arange(n_o), o_datum))
    o_jaar = o_datum[o_volg].astype("datetime64[Y]").astype(int) + 1970
    o_nr = np.empty(n_o, dtype=object)
    o_nr[o_volg] = [f"O{j}{v + 1:05d}" for j, v in zip(o_jaar, np.arange(n_o) - np.searchsorted(o_jaar, o_jaar))]
    contractnummers = np.array([c["contractnummer"] for c in contracten] + [None], dtype=object)
    bet = np.where(onbetaald[order], np.datetime64("NaT"), betaal[order])
    bet = np.where(is_correctie, np.where(onbetaald[order], np.datetime64("NaT"), datum), bet)
    facturen = pd.DataFrame({
        "factuurnummer": factuurnummer,
        "factuurdatum": pd.to_datetime(datum).astype("datetime64[ns]"),
        "betaaldatum": pd.to_datetime(bet.astype("datetime64[D]")).astype("datetime64[ns]"),
        "klantnaam": klantnaam[order],
        "vestigingsnummer": adres[order],
        "besteld_door": besteld[order],
        "business_unit": np.array(_BU_NAMEN, dtype=object)[_P_BU[l_prod[bron_regel]]],
        "product": _P_NAAM[l_prod[bron_regel]],
        "soort": np.concatenate([np.full(n_l, "factuur", dtype=object), c_soort.astype(object)]),
        "bedrag": np.concatenate([l_bedrag, c_bedrag]),
        "contractnummer": contractnummers[l_contract[bron_regel]],
        "origineel_factuurnummer": origineel,
        "ordernummer": o_nr[order],
    }).iloc[volgorde].reset_index(drop=True)

    # Dubbele factuurregels (een export die twee keer is ingelezen).
    drng = _stroom(seed, "dubbel")
    dubbel = drng.choice(np.flatnonzero(facturen["soort"].to_numpy() == "factuur"), size=15, replace=False)
    facturen = pd.concat([facturen, facturen.iloc[np.sort(dubbel)]], ignore_index=True)
    facturen = facturen.sort_values(["factuurdatum", "factuurnummer"], kind="stable").reset_index(drop=True)
    waarheid_namen = (pd.DataFrame(waarheid).drop_duplicates("klantnaam")
                      .sort_values(["kvk_nummer", "klantnaam"]).reset_index(drop=True))
    waarheid_namen = waarheid_namen[waarheid_namen["klantnaam"].isin(set(facturen["klantnaam"]))].reset_index(drop=True)
    return facturen, waarheid_namen


def _kvk_per_vestiging(entiteiten: list[dict]) -> dict[str, str]:
    return {v["vestigingsnummer"]: e["kvk"] for e in entiteiten for v in e["vestigingen"]}


def _opzeggingen(seed: int, kopers: list[dict], facturen: pd.DataFrame, kvk_van: dict[str, str],
                 met_contract: set[str]) -> pd.DataFrame:
    """Eén rij per beëindigde klantrelatie waarvan de reden is vastgelegd."""
    rng = _stroom(seed, "opzeggingen")
    f_kvk = facturen["besteld_door"].map(kvk_van).to_numpy(dtype=object)
    f_datum = facturen["factuurdatum"].to_numpy()
    f_bu = facturen["business_unit"].map({b: i for i, b in enumerate(_BU_NAMEN)}).to_numpy()
    f_bedrag = facturen["bedrag"].to_numpy()
    codes, uniek = pd.factorize(f_kvk)
    volgorde = np.argsort(codes, kind="stable")
    grenzen = np.searchsorted(codes[volgorde], np.arange(len(uniek) + 1))
    regels_van = {k: volgorde[grenzen[i]:grenzen[i + 1]] for i, k in enumerate(uniek)}
    rijen = []
    for e in kopers:
        if e["soort"] == "overname-oud":
            continue  # een overname is geen opzegging (zie waarheid_overnames)
        for start, einde, _soort, failliet in e["spells"]:
            if einde > EINDDATUM:
                continue
            u = rng.random(4)
            if not failliet and e["kvk"] not in met_contract and u[0] >= 0.7:
                continue  # stil vertrokken: niemand heeft het vastgelegd
            datum = max(einde - pd.Timedelta(days=int(1 + u[1] * 30)), start)
            if failliet:
                door, reden = "klant", "faillissement"
            elif u[2] < 0.15:
                door, reden = "leverancier", _REDENEN_LEVERANCIER[int(u[3] * len(_REDENEN_LEVERANCIER))]
            else:
                door = "klant"
                reden = str(rng.choice([r for r in _REDENEN_KLANT], p=_KANS_REDEN_KLANT))
                if reden == "faillissement":
                    reden = "prijs"
            eigen = regels_van.get(e["kvk"], np.zeros(0, dtype=int))
            d = f_datum[eigen]
            eigen = eigen[(d > (datum - pd.DateOffset(months=24)).to_datetime64())
                          & (d <= (datum + pd.Timedelta(days=62)).to_datetime64())]
            if len(eigen):
                per_bu = np.bincount(f_bu[eigen], weights=f_bedrag[eigen], minlength=3)
                per_bu[np.bincount(f_bu[eigen], minlength=3) == 0] = -np.inf
                bu = _BU_NAMEN[int(np.argmax(per_bu))]
            else:
                bu = _BU_NAMEN[int(np.argmax(e["bu_voorkeur"]))]
            rijen.append(dict(kvk_nummer=e["kvk"], datum=datum, door=door, reden=reden, business_unit=bu))
    df = pd.DataFrame(rijen).sort_values(["datum", "kvk_nummer"]).reset_index(drop=True)
    df.insert(0, "opzegging_id", [f"O{i + 1:04d}" for i in range(len(df))])
    return df


def _contactpersonen(seed: int, pools: dict[str, list[str]], entiteiten: list[dict]) -> pd.DataFrame:
    rng = _stroom(seed, "contactpersonen")
    zonder_beslisser = next(e["kvk"] for e in entiteiten if e["holding"] and e["top"] == 3)
    rijen, nr = [], 0
    for e in entiteiten:
        if e["holding"]:
            continue
        woorden = e["naam"].split(" ")
        domein = _slug(woorden[0] + woorden[-1]) + ".nl"
        n = int(np.clip(2 + rng.poisson(e["medewerkers"] / 300), 2, 7))
        rollen = []
        if rng.random() < 0.8 and e["concern"] != zonder_beslisser:
            rollen.append("beslisser")
        if rng.random() < 0.9:
            rollen.append("inkoper")
        while len(rollen) < n:
            rollen.append(str(rng.choice(["inkoper", "gebruiker", "beïnvloeder", "poortwachter"], p=[0.15, 0.4, 0.3, 0.15])))
        for rol in rollen:
            nr += 1
            voornaam = pools["voornamen"][int(rng.integers(len(pools["voornamen"])))]
            achternaam = pools["achternamen"][int(rng.integers(len(pools["achternamen"])))]
            functies = _FUNCTIES[rol]
            rijen.append(dict(
                contact_id=f"C{nr:05d}", kvk_nummer=e["kvk"],
                vestigingsnummer=e["vestigingen"][int(rng.integers(len(e["vestigingen"])))]["vestigingsnummer"],
                voornaam=voornaam, achternaam=achternaam, functie=functies[int(rng.integers(len(functies)))],
                dmu_rol=rol, email=f"{_slug(voornaam)}.{_slug(achternaam)}@{domein}",
                telefoon=f"0{int(rng.integers(10, 80))}-{int(rng.integers(1000000, 9999999))}",
            ))
    return pd.DataFrame(rijen)


def _enquetes(seed: int, contactpersonen: pd.DataFrame, facturen: pd.DataFrame, kvk_van: dict[str, str],
              sector_van: dict[str, str]) -> pd.DataFrame:
    """NPS-antwoorden van contactpersonen van klanten, kort na een aankoop."""
    rng = _stroom(seed, "enquetes")
    n = 1400
    basis = facturen[facturen["soort"] == "factuur"]
    kvk_basis = basis["besteld_door"].map(kvk_van).to_numpy()
    heeft_contact = pd.Index(kvk_basis).isin(contactpersonen["kvk_nummer"].unique())
    kandidaten = np.flatnonzero(heeft_contact)
    # Grote kopers krijgen vaker een enquête, maar niet evenredig met hun aantal regels.
    per_kvk = pd.Series(kvk_basis[kandidaten]).map(pd.Series(kvk_basis[kandidaten]).value_counts()).to_numpy()
    gewicht = 1 / per_kvk ** 0.7
    keuze = kandidaten[rng.choice(len(kandidaten), size=n, p=gewicht / gewicht.sum())]
    kvk = kvk_basis[keuze]
    bu = basis["business_unit"].to_numpy()[keuze]
    datum = (basis["factuurdatum"].to_numpy()[keuze] + rng.integers(5, 41, size=n).astype("timedelta64[D]"))
    datum = np.minimum(datum, EINDDATUM.to_datetime64())
    jaar = datum.astype("datetime64[Y]").astype(int) + 1970
    per_kvk = contactpersonen.groupby("kvk_nummer")["contact_id"].agg(list)
    lijsten = per_kvk.reindex(kvk).to_numpy()
    u = rng.random((n, 5))
    contact = np.array([lijst[int(x * len(lijst))] for lijst, x in zip(lijsten, u[:, 0])], dtype=object)
    verschuiving = (np.array([_SECTOREN[sector_van[k]][1] for k in kvk]) + 0.02 * (jaar - 2021)
                    + np.select([bu == "Kantoorinrichting", bu == "Facilitaire diensten"], [-0.03, 0.05], 0.0))
    p_pro = np.clip(0.36 + verschuiving, 0.05, 0.9)
    p_cri = np.clip(0.24 - verschuiving, 0.03, 0.9)
    cat = np.where(u[:, 1] < p_pro, 0, np.where(u[:, 1] < 1 - p_cri, 1, 2))  # promotor, passief tevreden, criticaster
    kritisch = np.searchsorted(np.cumsum([0.03, 0.03, 0.06, 0.1, 0.15, 0.28, 0.35]), u[:, 2] * 0.99999, side="right")
    score = np.select([cat == 0, cat == 1], [np.where(u[:, 2] < 0.6, 9, 10), np.where(u[:, 2] < 0.5, 7, 8)], kritisch)
    teksten = [_VERBETERPUNTEN[k] for k in ("promotor", "passief tevreden", "criticaster")]
    tekst = np.array([teksten[c][int(x * len(teksten[c]))] for c, x in zip(cat, u[:, 3])], dtype=object)
    geen_antwoord = u[:, 4] < 0.03
    df = pd.DataFrame({
        "datum": pd.to_datetime(datum).astype("datetime64[ns]"), "contact_id": contact, "kvk_nummer": kvk,
        "business_unit": bu, "score": pd.array(np.where(geen_antwoord, -1, score), dtype="Int64"),
        "verbeterpunt": np.where(geen_antwoord, "", tekst),
    })
    df.loc[geen_antwoord, "score"] = pd.NA
    df = df.sort_values(["datum", "kvk_nummer", "contact_id"], kind="stable").reset_index(drop=True)
    df.insert(0, "enquete_id", [f"E{i + 1:05d}" for i in range(len(df))])
    return df


def _ervaringen_en_klachten(seed: int, facturen: pd.DataFrame, kvk_van: dict[str, str]):
    rng = _stroom(seed, "ervaringen")
    basis = facturen[facturen["soort"] == "factuur"]
    keuze = np.sort(rng.choice(len(basis), size=3000, replace=False))
    basis = basis.iloc[keuze].sort_values(["factuurdatum", "factuurnummer"]).reset_index(drop=True)
    m = len(basis)
    soort = np.where(rng.random(m) < 0.55, "offerte", "levering")
    verwacht = np.where(soort == "offerte", rng.choice([1, 2, 2, 2, 3], size=m), rng.choice([5, 10, 10, 14], size=m))
    afwijking = np.where(soort == "offerte", rng.choice([-1, 0, 1, 2], size=m, p=[0.2, 0.35, 0.3, 0.15]),
                         np.round(rng.normal(0.8, 2.5, size=m)).astype(int))
    werkelijk = np.maximum(1, verwacht + afwijking)
    kvk = basis["besteld_door"].map(kvk_van).to_numpy()
    ervaringen = pd.DataFrame({
        "ervaring_id": [f"X{i + 1:05d}" for i in range(m)],
        # de aanvraag; nooit vóór het begin van de data
        "datum": (basis["factuurdatum"] - pd.to_timedelta(werkelijk, unit="D")).clip(lower=BEGINDATUM),
        "kvk_nummer": kvk, "business_unit": basis["business_unit"].to_numpy(), "soort": soort,
        "verwachte_dagen": verwacht.astype(int), "werkelijke_dagen": werkelijk.astype(int),
    })
    krng = _stroom(seed, "klachten")
    n = 420
    k = basis.iloc[np.sort(krng.choice(m, size=n, replace=False))].sort_values("factuurdatum", kind="stable").reset_index(drop=True)
    uren = np.round(krng.lognormal(np.log(9), 0.9, size=n), 1)
    voor = np.clip(np.round(krng.normal(7.0, 1.4, size=n)), 0, 10).astype(int)
    snel = uren <= 24
    effect = np.where(snel, krng.normal(0.9, 0.9, size=n), krng.normal(-1.8, 1.2, size=n))
    na = np.clip(np.round(voor + effect), 0, 10).astype(int)
    klachten = pd.DataFrame({
        "klacht_id": [f"K{i + 1:04d}" for i in range(n)],
        "datum": k["factuurdatum"] + pd.to_timedelta(krng.integers(2, 20, size=n), unit="D"),
        "kvk_nummer": k["besteld_door"].map(kvk_van).to_numpy(),
        "business_unit": k["business_unit"].to_numpy(),
        "onderwerp": krng.choice(_KLACHTONDERWERPEN, size=n),
        "afhandeltijd_uren": uren, "score_voor": voor, "score_na": na,
    })
    klachten = klachten[klachten["datum"] <= EINDDATUM].reset_index(drop=True)
    return ervaringen, klachten


def _omzet_24m(facturen: pd.DataFrame, concern_van_vest: dict[str, str]) -> pd.DataFrame:
    """Netto omzet van de laatste 24 maanden per concern (via besteld_door) en business unit."""
    v = facturen[facturen["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24)]
    return v.groupby([v["besteld_door"].map(concern_van_vest).rename("concern_kvk"), "business_unit"])["bedrag"].sum()


def _wallet(seed: int, facturen: pd.DataFrame, entiteiten: list[dict], concern_van_vest: dict[str, str]):
    rng = _stroom(seed, "wallet")
    per_bu = _omzet_24m(facturen, concern_van_vest).unstack(fill_value=0.0).reindex(columns=_BU_NAMEN, fill_value=0.0)
    omzet = per_bu.sum(axis=1).sort_values(ascending=False, kind="stable")
    top = omzet.head(30)
    namen = {e["concern"]: e["concernnaam"] for e in entiteiten}
    top_kvk = {e["kvk"]: e["top"] for e in entiteiten if e["holding"]}
    vaste_rang = {0: 1, 1: 4, 2: 2, 3: 1, 4: 3}
    bronnen = ["schatting accountmanager (gesprek met inkoop)", "jaarverslag van de klant",
               "aanbesteding: opgegeven volume", "inkoopanalyse samen met de klant"]
    rijen, bu_rijen = [], []
    for concern, r in top.items():
        aantal = int(rng.integers(3, 9))
        aandelen = np.sort(rng.dirichlet(np.ones(aantal) * 1.5))[::-1]
        rang = vaste_rang.get(top_kvk.get(concern, -1))
        if rang is None:
            rang = int(min(rng.choice([1, 2, 3, 4, 5], p=[0.2, 0.25, 0.25, 0.2, 0.1]), aantal))
        rang = min(rang, aantal)
        totaal = float(np.ceil(r / aandelen[rang - 1] / 100) * 100)
        rijen.append(dict(concern_kvk=concern, concernnaam=namen[concern], totale_besteding_24m=totaal,
                          aandeel_vermeer=round(r / totaal, 4), rang_leverancier=rang, aantal_leveranciers=aantal,
                          bron=bronnen[int(rng.integers(len(bronnen)))],
                          geschat_op=pd.Timestamp("2025-10-01") + pd.Timedelta(days=int(rng.integers(0, 90)))))
        # Per business unit: wat we verkopen plus een deel van de rest van hun besteding.
        eigen = np.maximum(per_bu.loc[concern].to_numpy(), 0.0)
        rest = max(totaal - eigen.sum(), 0.0)
        bu_totaal = np.floor(eigen + rest * rng.dirichlet(np.ones(3)))
        bu_totaal[np.argmax(bu_totaal)] += totaal - bu_totaal.sum()
        for b, bu in enumerate(_BU_NAMEN):
            n_conc = int(rng.integers(2, 7))
            if eigen[b] > 0:
                s = eigen[b] / bu_totaal[b]
                anderen = rng.dirichlet(np.ones(n_conc)) * (1 - s)
                bu_rijen.append(dict(concern_kvk=concern, business_unit=bu, totale_besteding_24m=bu_totaal[b],
                                     aandeel_vermeer=round(s, 4), rang_leverancier=int(1 + (anderen > s).sum()),
                                     aantal_leveranciers=n_conc + 1))
            else:
                bu_rijen.append(dict(concern_kvk=concern, business_unit=bu, totale_besteding_24m=bu_totaal[b],
                                     aandeel_vermeer=0.0, rang_leverancier=None, aantal_leveranciers=n_conc))
    wallet = pd.DataFrame(rijen)
    per_bu_df = pd.DataFrame(bu_rijen)
    per_bu_df["rang_leverancier"] = per_bu_df["rang_leverancier"].astype("Int64")
    return wallet, per_bu_df


def _accountteams(seed: int, pools: dict[str, list[str]], facturen: pd.DataFrame, entiteiten: list[dict],
                  concern_van_vest: dict[str, str]) -> tuple[dict[str, str], pd.DataFrame]:
    """Accountmanagers voor de ±40 grootste concerns, en het team van Vermeer per account (PSU)."""
    rng = _stroom(seed, "accountteams")
    voornamen, achternamen = pools["voornamen"], pools["achternamen"]
    gebruikt: set[str] = set()

    def mensen(n: int) -> list[str]:
        uit = []
        while len(uit) < n:
            naam = f"{voornamen[int(rng.integers(len(voornamen)))]} {achternamen[int(rng.integers(len(achternamen)))]}"
            if naam not in gebruikt:
                gebruikt.add(naam)
                uit.append(naam)
        return uit

    large_accountmanagers, accountmanagers = mensen(2), mensen(4)
    binnendienst, servicemanagers, specialisten = mensen(3), mensen(2), mensen(3)
    per_bu = _omzet_24m(facturen, concern_van_vest)
    omzet = per_bu.groupby(level=0).sum().sort_values(ascending=False, kind="stable")
    contract_24m = facturen[(facturen["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24))
                            & facturen["contractnummer"].notna()]["besteld_door"].map(concern_van_vest)
    met_contract = set(contract_24m)
    toegewezen: dict[str, str] = {}
    rijen = []
    for rang, concern in enumerate(omzet.index[:40]):
        am = large_accountmanagers[rang % 2] if rang < 5 else accountmanagers[int(rng.integers(4))]
        toegewezen[concern] = am
        rijen.append(dict(concern_kvk=concern, rol="accountmanager", naam=am, business_unit=None))
        rijen.append(dict(concern_kvk=concern, rol="binnendienst", naam=binnendienst[int(rng.integers(3))],
                          business_unit=None))
        if concern in met_contract:
            rijen.append(dict(concern_kvk=concern, rol="servicemanager", naam=servicemanagers[int(rng.integers(2))],
                              business_unit=None))
        gekocht = per_bu.loc[concern]
        for b, bu in enumerate(_BU_NAMEN):
            if gekocht.get(bu, 0.0) > 0 and (rang < 10 or rng.random() < 0.5):
                rijen.append(dict(concern_kvk=concern, rol="specialist", naam=specialisten[b], business_unit=bu))
    return toegewezen, pd.DataFrame(rijen)


def _waardeprofielen(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = _stroom(seed, "waardeprofielen")
    rijen = []
    # Met een persoonlijke seed wisselen de drie concurrenten van rol: wie waarin uitblinkt,
    # staat dan niet in de les (alleen het verhaal blijft: één concurrent haalt beide voorwaarden).
    namen = list(_PROFIELEN)
    if seed != STANDAARD_SEED:
        namen = namen[:1] + [namen[1:][int(i)] for i in rng.permutation(len(namen) - 1)]
    for leverancier, scores in zip(namen, _PROFIELEN.values()):
        respondenten = int(rng.integers(120, 261))
        for s, v in zip(_STRATEGIEEN, scores):
            rijen.append(dict(leverancier=leverancier, waardestrategie=s, score=round(v + 0.1 * int(rng.integers(-1, 2)), 1),
                              jaar=2025, respondenten=respondenten,
                              bron="klantonderzoek 2025: online enquête onder inkopers van werkplekken en facilitaire diensten"))
    gewichten = []
    for sector, basis in _GEWICHTEN.items():
        w = np.array(basis) * rng.uniform(0.75, 1.25, size=3)
        w = np.round(w / w.sum(), 2)
        w[np.argmax(w)] += round(1 - w.sum(), 2)
        gewichten += [dict(sector=sector, waardestrategie=s, gewicht=round(float(x), 2)) for s, x in zip(_STRATEGIEEN, w)]
    return pd.DataFrame(rijen), pd.DataFrame(gewichten)


def _waardeketen(seed: int, facturen: pd.DataFrame) -> pd.DataFrame:
    rng = _stroom(seed, "waardeketen")
    omzet = facturen[facturen["factuurdatum"].dt.year == 2025].groupby("business_unit")["bedrag"].sum()
    rijen = []
    for bu in _BU_NAMEN:
        verdeling, marge = _KOSTENVERDELING[bu]
        aandelen = np.array(verdeling) * rng.uniform(0.9, 1.1, size=len(verdeling))
        aandelen /= aandelen.sum()
        kosten = np.round(float(omzet.get(bu, 0.0)) * (1 - marge - rng.uniform(-0.01, 0.01)) * aandelen)
        for (activiteit, soort, toelichting), k in zip(_ACTIVITEITEN, kosten):
            rijen.append(dict(jaar=2025, business_unit=bu, activiteit=activiteit, soort=soort, kosten=float(k),
                              toelichting=toelichting))
    return pd.DataFrame(rijen)


def _producten() -> pd.DataFrame:
    return pd.DataFrame([dict(product=p[0], business_unit=p[1], soort=p[2], prijs=p[3], bruto_marge=p[4],
                              retourkans=p[5]) for p in _PRODUCTEN_LIJST])


def _associatie_waarheid(facturen: pd.DataFrame) -> pd.DataFrame:
    orders = facturen[facturen["soort"] == "factuur"].drop_duplicates(["ordernummer", "product"])
    n_orders = orders["ordernummer"].nunique()
    aandeel = orders["product"].value_counts() / n_orders
    return pd.DataFrame([dict(als=als, dan=dan, niveau="order", bedoelde_confidence=kans,
                              bedoelde_lift=round(kans / float(aandeel.get(dan, np.nan)), 2), toelichting=t)
                         for als, dan, kans, t in _ASSOCIATIES])


def _bedrijven_tabel(entiteiten: list[dict], accountmanagers: dict[str, str]) -> pd.DataFrame:
    rijen = []
    for e in entiteiten:
        for i, v in enumerate(e["vestigingen"]):
            rijen.append(dict(
                vestigingsnummer=v["vestigingsnummer"], kvk_nummer=e["kvk"], bedrijfsnaam=e["bedrijfsnaam"],
                rechtsvorm=e["rechtsvorm"], moeder_kvk=e["moeder"], concern_kvk=e["concern"],
                concernnaam=e["concernnaam"], hoofdvestiging=(i == 0), sector=e["sector"],
                medewerkers=e["medewerkers"], grootteklasse=_grootteklasse(e["medewerkers"]), postcode=v["postcode"],
                plaats=v["plaats"], provincie=v["provincie"], rayon=v["rayon"], vorige_kvk_nummer=e["vorige_kvk"],
                actief_tot=e["actief_tot"] if e["actief_tot"] is not None else pd.NaT,
                accountmanager=accountmanagers.get(e["concern"]),
            ))
    df = pd.DataFrame(rijen)
    df["actief_tot"] = pd.to_datetime(df["actief_tot"]).astype("datetime64[ns]")
    return df.sort_values(["concern_kvk", "kvk_nummer", "vestigingsnummer"]).reset_index(drop=True)


def _model(seed: int) -> dict:
    """Het hele model: bedrijven met hun klantrelatie, leads, overname en fusie."""
    pools = _naampools(seed)
    namen = _Namen()
    entiteiten = _bedrijven_model(seed, pools, namen)
    _klantgedrag(seed, entiteiten)
    _witte_vlekken(seed, entiteiten)
    overname = _overname(seed, entiteiten, namen)
    _grensgevallen(seed, entiteiten)
    _segmenten(seed, entiteiten)
    leads = _leadtrechter(seed, pools, namen)
    _koppel_leads(seed, leads, entiteiten, namen)
    fusie = _fusie(entiteiten)
    kopers = [e for e in entiteiten if not e["holding"] and e["spells"]]
    return dict(pools=pools, entiteiten=entiteiten, kopers=kopers, leads=leads, overnames=[overname, fusie])


def genereer(seed: int = STANDAARD_SEED) -> dict[str, pd.DataFrame]:
    """Maak alle tabellen van de cursus uit één seed.

    Faker (nl_NL) levert alleen lijsten met namen; elke rij komt uit numpy,
    met een eigen stroom per tabel. Dezelfde seed geeft dus dezelfde tabellen.

    >>> t = genereer(seed=7)
    >>> sorted(t) == sorted(TABELLEN)
    True
    """
    model = _model(seed)
    entiteiten, kopers = model["entiteiten"], model["kopers"]
    contracten, gebruik = _contracten(seed, kopers, entiteiten)
    facturen, waarheid_namen = _facturen(seed, kopers, contracten, gebruik, entiteiten)
    kvk_van = _kvk_per_vestiging(entiteiten)
    concern_van = {e["kvk"]: e["concern"] for e in entiteiten}
    concern_van_vest = {v: concern_van[k] for v, k in kvk_van.items()}
    sector_van = {e["kvk"]: e["sector"] for e in entiteiten}
    contracten_df = (pd.DataFrame(contracten)[list(_SCHEMA["contracten"])]
                     .sort_values(["getekend_op", "contractnummer"]).reset_index(drop=True))
    opzeggingen = _opzeggingen(seed, kopers, facturen, kvk_van, set(contracten_df["kvk_nummer"]))
    contactpersonen = _contactpersonen(seed, model["pools"], entiteiten)
    enquetes = _enquetes(seed, contactpersonen, facturen, kvk_van, sector_van)
    ervaringen, klachten = _ervaringen_en_klachten(seed, facturen, kvk_van)
    wallet, wallet_per_bu = _wallet(seed, facturen, entiteiten, concern_van_vest)
    accountmanagers, psu = _accountteams(seed, model["pools"], facturen, entiteiten, concern_van_vest)
    waardeprofielen, gewichten = _waardeprofielen(seed)
    gekocht = set(facturen["besteld_door"].map(kvk_van))
    segmenten = pd.DataFrame([dict(kvk_nummer=e["kvk"], segment=_SEGMENTEN[e["segment"]]) for e in kopers
                              if e["kvk"] in gekocht]).sort_values("kvk_nummer").reset_index(drop=True)
    waarheid_dubbel = (facturen.loc[facturen.duplicated(keep=False), "factuurnummer"].value_counts()
                       .rename("aantal").rename_axis("factuurnummer").reset_index().sort_values("factuurnummer"))
    leads = model["leads"].sort_values(["aangemaakt_op", "bedrijfsnaam"], kind="stable").reset_index(drop=True)
    leads.insert(0, "lead_id", [f"L{i + 1:05d}" for i in range(len(leads))])
    tabellen = {
        "bedrijven": _bedrijven_tabel(entiteiten, accountmanagers),
        "contactpersonen": contactpersonen,
        "contracten": contracten_df,
        "facturen": facturen,
        "enquetes": enquetes,
        "ervaringen": ervaringen,
        "klachten": klachten,
        "leads": leads,
        "opzeggingen": opzeggingen,
        "producten": _producten(),
        "psu": psu,
        "wallet": wallet,
        "wallet_per_bu": wallet_per_bu,
        "waardeprofielen": waardeprofielen,
        "waardeprofiel_gewichten": gewichten,
        "waardeketen": _waardeketen(seed, facturen),
        "waarheid_namen": waarheid_namen,
        "waarheid_dubbel": waarheid_dubbel,
        "waarheid_associaties": _associatie_waarheid(facturen),
        "waarheid_segmenten": segmenten,
        "waarheid_overnames": pd.DataFrame(model["overnames"]),
    }
    return {naam: tabellen[naam][list(_SCHEMA[naam])] for naam in TABELLEN}


# ---------------------------------------------------------------------------
# Grote transactietabellen (big data)
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _transactieklanten(seed: int) -> pd.DataFrame:
    """De vestigingen die in :func:`genereer_transacties` kopen, met hun segment."""
    bedrijven = laad("bedrijven", seed=None if seed == STANDAARD_SEED else seed)
    segmenten = laad("waarheid_segmenten", seed=None if seed == STANDAARD_SEED else seed)
    klanten = bedrijven[bedrijven["actief_tot"].isna() & ~bedrijven["bedrijfsnaam"].str.contains(" Holding ")]
    segment = klanten["kvk_nummer"].map(segmenten.set_index("kvk_nummer")["segment"]).fillna("incidentele klant")
    return pd.DataFrame({"vestigingsnummer": klanten["vestigingsnummer"].to_numpy(),
                         "kvk_nummer": klanten["kvk_nummer"].to_numpy(),
                         "bedrijfsnaam": klanten["bedrijfsnaam"].to_numpy(),
                         "segment": segment.to_numpy()}).reset_index(drop=True)


def transactie_segmenten(seed: int = STANDAARD_SEED) -> pd.DataFrame:
    """Het koopsegment per vestiging dat :func:`genereer_transacties` gebruikt (de 'waarheid').

    Vestigingen van bedrijven met een segment in ``waarheid_segmenten`` krijgen dat
    segment; de andere (potentiële klanten) kopen in de grote tabel als incidentele klant.

    >>> s = transactie_segmenten()
    >>> sorted(s["segment"].unique())
    ['grootafnemer', 'incidentele klant', 'vaste klant']
    """
    return _transactieklanten(seed)[["vestigingsnummer", "kvk_nummer", "segment"]].copy()


# Contracten in de grote tabel: een deel van de orders is een maandfactuur.
_CONTRACTPRODUCTEN = np.flatnonzero(np.array([p[2] == "contract" for p in _PRODUCTEN_LIJST]))
_T_CONTRACTKANS = np.array([{"Schoonmaak": 0.3, "Werkplekbeheer": 0.2, "Licentiebeheer": 0.15, "Onderhoud": 0.2,
                             "Koffieservice": 0.15}[_P_NAAM[i]] for i in _CONTRACTPRODUCTEN])
_T_CONTRACTDEEL = 0.2
_ORDERGROOTTE = np.array([3.0, 1.5, 1.0])  # grootafnemers bestellen grotere aantallen


def genereer_transacties(n_rijen: int, seed: int = STANDAARD_SEED) -> pd.DataFrame:
    """Maak een factuurtabel met precies ``n_rijen`` regels, in het schema van ``facturen``.

    De regels horen bij orders (``ordernummer``) met een paar producten. Sommige
    producten gaan vaak samen (zie ``waarheid_associaties``), en de klanten
    verschillen per segment in hoe vaak en hoeveel ze kopen (zie
    :func:`transactie_segmenten`). Alles gaat in één keer met numpy, dus ook
    miljoenen regels zijn snel gemaakt.

    >>> t = genereer_transacties(1000, seed=1)
    >>> len(t), list(t.columns) == list(_SCHEMA["facturen"])
    (1000, True)
    """
    if isinstance(n_rijen, bool) or not isinstance(n_rijen, (int, np.integer)) or n_rijen < 0:
        raise ValueError(f"n_rijen moet een geheel getal van 0 of hoger zijn, niet {n_rijen!r}.")
    n_rijen = int(n_rijen)
    rng = _stroom(seed, "transacties")
    klanten = _transactieklanten(seed)
    seg = klanten["segment"].map({s: i for i, s in enumerate(_SEGMENTEN)}).to_numpy()
    gewicht = _ORDERS_PER_MAAND[seg] * (rng.pareto(1.5, size=len(klanten)) + 0.3)
    gewicht /= gewicht.sum()
    maandkans = _SEIZOEN[np.arange(_N_MAANDEN) % 12] * _DAGEN_IN_MAAND
    maandkans = maandkans / maandkans.sum()
    extrakans = _P_GEWICHT[_LOSSE_PRODUCTEN] / _P_GEWICHT[_LOSSE_PRODUCTEN].sum()
    r_order, r_prod, r_q = [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)], [np.zeros(0)]
    o_klant, o_datum = [np.zeros(0, dtype=int)], [np.zeros(0, dtype="datetime64[D]")]
    n_o = n_l = 0
    while n_l < n_rijen:
        n = max(16, int((n_rijen - n_l) / 1.7) + 16)
        klant = rng.choice(len(klanten), size=n, p=gewicht)
        m = rng.choice(_N_MAANDEN, size=n, p=maandkans)
        datum = _MAAND_NP[m] + (rng.random(n) * _DAGEN_IN_MAAND[m]).astype("timedelta64[D]")
        ids = n_o + np.arange(n)
        # Een deel van de orders is de maandfactuur van een contract (met soms sanitaire middelen erbij).
        is_contract = rng.random(n) < _T_CONTRACTDEEL
        c_ids = ids[is_contract]
        c_prod = _CONTRACTPRODUCTEN[rng.choice(len(_CONTRACTPRODUCTEN), size=len(c_ids), p=_T_CONTRACTKANS)]
        mee = (c_prod == _P_INDEX["Schoonmaak"]) & (rng.random(len(c_ids)) < _ASSOCIATIES[3][2])
        p_ids = ids[~is_contract]
        budget = np.exp(1.0) * _ORDERGROOTTE[seg[klant[~is_contract]]] * 450.0
        g_order, g_prod, g_q = _orderregels(rng, p_ids, extrakans, budget, _extra_regels(1 - _T_CONTRACTDEEL))
        blok_order = np.concatenate([c_ids, c_ids[mee], g_order])
        blok_prod = np.concatenate([c_prod, np.full(mee.sum(), _P_INDEX["Sanitaire middelen"]), g_prod]).astype(int)
        blok_q = np.concatenate([np.ones(len(c_ids)), rng.integers(2, 13, size=mee.sum()).astype(float), g_q])
        volg = np.lexsort((np.arange(len(blok_order)), blok_order))
        blok_order, blok_prod, blok_q = blok_order[volg], blok_prod[volg], blok_q[volg]
        r_order.append(blok_order)
        r_prod.append(blok_prod)
        r_q.append(blok_q)
        o_klant.append(klant)
        o_datum.append(datum)
        n_o += n
        n_l += len(blok_order)
    l_order = np.concatenate(r_order)[:n_rijen]
    l_prod = np.concatenate(r_prod)[:n_rijen]
    l_q = np.concatenate(r_q)[:n_rijen]
    klant_o = np.concatenate(o_klant)
    datum_o = np.concatenate(o_datum)
    datum = datum_o[l_order]
    volg = np.argsort(datum, kind="stable")
    l_order, l_prod, l_q, datum = l_order[volg], l_prod[volg], l_q[volg], datum[volg]
    klant = klant_o[l_order]
    bedrag = np.round(l_q * _P_PRIJS[l_prod] * rng.uniform(0.9, 1.05, size=n_rijen), 2)
    soortcode = np.where(rng.random(n_rijen) < _P_RETOUR[l_prod] * 0.5, 1, 0)
    soortcode = np.where((soortcode == 0) & (rng.random(n_rijen) < 0.01), 2, soortcode)
    bedrag = np.where(soortcode == 0, bedrag, -np.round(bedrag * np.where(soortcode == 1, 1.0, 0.1), 2))
    betaal = datum + rng.integers(10, 60, size=n_rijen).astype("timedelta64[D]")
    onbetaald = (rng.random(n_rijen) < 0.03) | (betaal > EINDDATUM.to_datetime64())
    jaar = datum.astype("datetime64[Y]").astype(np.int64) + 1970
    # Ordernummers op volgorde van de eerste datum van de order.
    orders, eerste = np.unique(l_order, return_index=True)
    o_rang = np.empty(len(orders), dtype=np.int64)
    o_rang[np.argsort(eerste, kind="stable")] = np.arange(1, len(orders) + 1)
    o_nr = jaar * 10_000_000 + o_rang[np.searchsorted(orders, l_order)]
    vest = klanten["vestigingsnummer"].to_numpy(dtype=object)[klant]
    leeg = pd.array([pd.NA] * n_rijen, dtype=TEKST) if n_rijen else pd.array([], dtype=TEKST)
    return pd.DataFrame({
        "factuurnummer": pd.Series(jaar * 10_000_000 + np.arange(1, n_rijen + 1)).astype(TEKST).array,
        "factuurdatum": pd.to_datetime(datum).astype("datetime64[ns]"),
        "betaaldatum": pd.to_datetime(np.where(onbetaald, np.datetime64("NaT"), betaal)).astype("datetime64[ns]"),
        "klantnaam": klanten["bedrijfsnaam"].to_numpy(dtype=object)[klant],
        "vestigingsnummer": vest,
        "besteld_door": vest,
        "business_unit": np.array(_BU_NAMEN, dtype=object)[_P_BU[l_prod]],
        "product": _P_NAAM[l_prod],
        "soort": np.array(["factuur", "retour", "creditnota"], dtype=object)[soortcode],
        "bedrag": bedrag,
        "contractnummer": leeg,
        "origineel_factuurnummer": leeg.copy(),
        "ordernummer": ("O" + pd.Series(o_nr).astype(TEKST)).array,
    })


# ---------------------------------------------------------------------------
# Schrijven en opdrachtregel
# ---------------------------------------------------------------------------


def _getal_als_tekst(x: float) -> str:
    """Bedragen met twee decimalen; fracties (0,3929) met zoveel als nodig, tot zes.

    >>> _getal_als_tekst(12.5), _getal_als_tekst(0.39294), _getal_als_tekst(float("nan"))
    ('12.50', '0.39294', '')
    """
    if pd.isna(x):
        return ""
    if round(x, 2) == x:
        return f"{x:.2f}"
    return f"{round(x, 6):.6f}".rstrip("0")


def _naar_csv(df: pd.DataFrame) -> str:
    uit = df.copy()
    for kolom in uit.columns:
        if pd.api.types.is_datetime64_any_dtype(uit[kolom]):
            uit[kolom] = uit[kolom].dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_float_dtype(uit[kolom]):
            uit[kolom] = uit[kolom].map(_getal_als_tekst)
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
