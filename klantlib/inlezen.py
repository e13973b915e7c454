"""Je eigen export inlezen: CSV of Excel uit je boekhoud- of CRM-systeem.

Exports uit Exact Online, AFAS, Moneybird, HubSpot, Salesforce of een
zelfgemaakt Excel-blad zitten vol valkuilen: puntkomma's, decimale komma's,
datums met de dag voorop, een titel boven de kopregel, een totaalregel
onderaan. :func:`lees_export` leest zo'n bestand in en zet het om naar
dezelfde kolommen als de tabellen van de cursus (facturen, leads, enquetes,
bedrijven). Alles wat niet past, meldt de functie: met de bestandsnaam, de
kolom en het rijnummer zoals je het in Excel ziet (de kopregel is rij 1, of
lager als er titelregels boven staan). Niets verdwijnt stil.

Met :func:`pseudonimiseer` vervang je namen, e-mailadressen en
telefoonnummers van personen door vaste schuilnamen (AVG). Daarvoor heb je
een geheime sleutel nodig; zonder die sleutel is het niet terug te draaien.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from klantlib._compat import TEKST, TEKST_PYTHON

# Het tekst-type zoals pandas het hier echt maakt (met pyarrow: Arrow-opslag).
_TEKST_ECHT = pd.array([], dtype=TEKST).dtype

__all__ = [
    "InleesFout",
    "Inleesverslag",
    "lees_export",
    "lees_bedrag",
    "lees_datum",
    "pseudonimiseer",
    "voorbeeldbestand",
    "SCHEMA",
    "SYNONIEMEN",
    "SOORTEN",
]


class InleesFout(ValueError):
    """Een bestand kan niet (veilig) worden ingelezen. De tekst zegt waarom."""


# ---------------------------------------------------------------------------
# Schema's en synoniemen (de enige plek met kolomnamen)
# ---------------------------------------------------------------------------

#: Per soort tabel: kolom -> (type, verplicht). Volgorde = volgorde in het resultaat.
#: Types: id (tekst, voorloopnullen blijven), tekst, bedrag (float), datum,
#: score (geheel getal 0-10), geheel (geheel getal), janee (waar/onwaar).
SCHEMA: dict[str, dict[str, tuple[str, bool]]] = {
    "facturen": {
        "factuurnummer": ("id", True),
        "factuurdatum": ("datum", True),
        "betaaldatum": ("datum", False),
        "klantnaam": ("tekst", True),
        "vestigingsnummer": ("id", False),
        "besteld_door": ("id", False),
        "business_unit": ("tekst", False),
        "product": ("tekst", False),
        "soort": ("tekst", False),
        "bedrag": ("bedrag", True),
        "contractnummer": ("id", False),
        "origineel_factuurnummer": ("id", False),
        "ordernummer": ("id", False),
    },
    "leads": {
        "lead_id": ("id", True),
        "aangemaakt_op": ("datum", True),
        "bedrijfsnaam": ("tekst", False),
        "kvk_nummer": ("id", False),
        "sector": ("tekst", False),
        "bron": ("tekst", False),
        "verkoper": ("tekst", False),
        "business_unit": ("tekst", False),
        "prospect_op": ("datum", False),
        "offerte_op": ("datum", False),
        "gewonnen_op": ("datum", False),
        "verloren_op": ("datum", False),
        "terug_naar_lead_op": ("datum", False),
        "waarde": ("bedrag", False),
        "bruto_marge": ("bedrag", False),
        # Extra (niet in de cursustabel): de huidige fase en de sluitdatum,
        # zoals CRM-systemen die exporteren. Zie _leads_afronden.
        "klantfase": ("tekst", False),
        "sluitdatum": ("datum", False),
    },
    "enquetes": {
        "enquete_id": ("id", False),
        "datum": ("datum", False),
        "contact_id": ("id", False),
        "kvk_nummer": ("id", False),
        "business_unit": ("tekst", False),
        "score": ("score", True),
        "verbeterpunt": ("tekst", False),
    },
    "bedrijven": {
        "vestigingsnummer": ("id", False),
        "kvk_nummer": ("id", True),
        "bedrijfsnaam": ("tekst", True),
        "rechtsvorm": ("tekst", False),
        "moeder_kvk": ("id", False),
        "concern_kvk": ("id", False),
        "concernnaam": ("tekst", False),
        "hoofdvestiging": ("janee", False),
        "sector": ("tekst", False),
        "medewerkers": ("geheel", False),
        "grootteklasse": ("tekst", False),
        "postcode": ("tekst", False),
        "plaats": ("tekst", False),
        "provincie": ("tekst", False),
        "rayon": ("tekst", False),
        "vorige_kvk_nummer": ("id", False),
        "actief_tot": ("datum", False),
        "accountmanager": ("tekst", False),
    },
}

SOORTEN = tuple(SCHEMA)

_BU = ["Business unit", "BU", "Divisie", "Division", "Bedrijfsonderdeel", "Afdeling"]
_KVK = ["KvK-nummer", "KvK nummer", "KvK", "KvKnummer", "Kamer van Koophandel", "COC number", "Chamber of Commerce"]

#: Per soort: kolom -> namen zoals systemen ze exporteren (NL en EN). Hoofdletters,
#: spaties, punten en liggende streepjes tellen niet mee bij het vergelijken.
#: Staat een naam eerder in de lijst, dan wint die als twee kolommen passen.
SYNONIEMEN: dict[str, dict[str, list[str]]] = {
    "facturen": {
        "factuurnummer": ["Factuurnummer", "Factuurnr", "Factuur nr", "InvoiceNumber", "Invoice number",
                          "Invoice no", "Invoice ID", "Documentnummer", "Document number", "Factuur"],
        "factuurdatum": ["Factuurdatum", "InvoiceDate", "Invoice date", "Documentdatum", "Boekdatum",
                         "Issue date", "Datum", "Date"],
        "betaaldatum": ["Betaaldatum", "Betaald op", "Datum betaald", "PaymentDate", "Payment date", "Paid at",
                        "Paid on"],
        "klantnaam": ["Klantnaam", "Klant", "Debiteurnaam", "Naam debiteur", "Debiteur", "OrderedByName",
                      "OrderedBy", "Ordered by", "Customer name", "Customer", "Relatienaam", "Relatie",
                      "Associated Company", "Company name", "Company", "Bedrijfsnaam", "Bedrijf", "Account Name",
                      "Organisatie", "Contact"],
        "vestigingsnummer": ["Vestigingsnummer", "Vestigingsnr", "Branch number"],
        "besteld_door": ["Besteld door", "Besteld door vestiging", "Besteller"],
        "business_unit": _BU,
        "product": ["Product", "Productnaam", "Artikel", "Artikelomschrijving", "Item", "ItemDescription",
                    "Item description", "Product name"],
        "soort": ["Soort", "Factuursoort", "Documentsoort", "Type", "Invoice type", "Documenttype"],
        "bedrag": ["Bedrag", "Bedrag excl btw", "Bedrag exclusief btw", "Bedrag ex btw", "Totaal excl btw",
                   "Netto bedrag", "Nettobedrag", "AmountDC", "Amount DC", "total_price_excl_tax",
                   "Total excl tax", "Amount excl VAT", "Net amount", "Amount", "Omzet"],
        "contractnummer": ["Contractnummer", "Contract", "Contract number", "Abonnement", "Subscription"],
        "origineel_factuurnummer": ["Origineel factuurnummer", "Oorspronkelijk factuurnummer",
                                    "Gecrediteerde factuur", "Original invoice", "Original invoice number"],
        "ordernummer": ["Ordernummer", "Ordernr", "Order", "Order number", "Order ID", "Bestelnummer",
                        "Verkooporder", "Sales order"],
    },
    "leads": {
        "lead_id": ["Lead ID", "Leadnummer", "Record ID", "Deal ID", "Opportunity ID", "ID", "Nummer"],
        "aangemaakt_op": ["Aangemaakt op", "Aanmaakdatum", "Datum aangemaakt", "Create Date", "Created Date",
                          "CreatedDate", "Created at", "Datum"],
        "bedrijfsnaam": ["Bedrijfsnaam", "Bedrijf", "Associated Company", "Company name", "Company",
                         "Account Name", "Organisatie", "Klant", "Klantnaam"],
        "kvk_nummer": _KVK,
        "sector": ["Sector", "Branche", "Industry"],
        "bron": ["Bron", "Leadbron", "Original Source", "Lead Source", "LeadSource", "Source"],
        "verkoper": ["Verkoper", "Accountmanager", "Eigenaar", "Deal owner", "Opportunity Owner", "Owner",
                     "Sales rep"],
        "business_unit": _BU,
        "prospect_op": ["Prospect op", "Datum prospect", "Prospectdatum"],
        "offerte_op": ["Offerte op", "Datum offerte", "Offertedatum"],
        "gewonnen_op": ["Gewonnen op", "Datum gewonnen"],
        "verloren_op": ["Verloren op", "Datum verloren"],
        "terug_naar_lead_op": ["Terug naar lead op", "Datum terug naar lead"],
        "waarde": ["Waarde", "Dealwaarde", "Amount", "Deal value", "Opportunity Amount", "Bedrag"],
        "bruto_marge": ["Bruto marge", "Brutomarge", "Marge", "Gross margin", "Margin"],
        "klantfase": ["Klantfase", "Fase", "Verkoopfase", "Deal Stage", "Dealstage", "StageName", "Stage",
                      "Status"],
        "sluitdatum": ["Sluitdatum", "Datum gesloten", "Close Date", "CloseDate", "Closed at"],
    },
    "enquetes": {
        "enquete_id": ["Enquete ID", "Enquête ID", "Respons ID", "Response ID", "ResponseId", "Antwoord ID",
                       "ID", "Nummer"],
        "datum": ["Datum", "Ingevuld op", "Datum ingevuld", "Submitted at", "Submission date", "Response date",
                  "Date", "Tijdstempel", "Timestamp"],
        "contact_id": ["Contact ID", "Contactpersoon", "Contact", "Respondent", "E-mailadres", "E-mail", "Email"],
        "kvk_nummer": _KVK,
        "business_unit": _BU,
        "score": ["Score", "NPS", "NPS score", "Cijfer", "Aanbevelingsscore", "Recommend score"],
        "verbeterpunt": ["Verbeterpunt", "Verbeterpunten", "Toelichting", "Opmerking", "Opmerkingen",
                         "Comment", "Comments", "Feedback"],
    },
    "bedrijven": {
        "vestigingsnummer": ["Vestigingsnummer", "Vestigingsnr"],
        "kvk_nummer": _KVK,
        "bedrijfsnaam": ["Bedrijfsnaam", "Statutaire naam", "Handelsnaam", "Naam", "Company name", "Company",
                         "Organisatie"],
        "rechtsvorm": ["Rechtsvorm", "Legal form"],
        "moeder_kvk": ["Moeder KvK", "KvK moeder", "Parent COC"],
        "concern_kvk": ["Concern KvK", "KvK concern"],
        "concernnaam": ["Concernnaam", "Concern", "Groep"],
        "hoofdvestiging": ["Hoofdvestiging", "Is hoofdvestiging", "Headquarters"],
        "sector": ["Sector", "Branche", "Industry", "SBI omschrijving"],
        "medewerkers": ["Medewerkers", "Aantal medewerkers", "Werkzame personen", "Employees",
                        "Number of Employees"],
        "grootteklasse": ["Grootteklasse", "Grootte", "Size"],
        "postcode": ["Postcode", "Postal code", "ZIP code", "Zip"],
        "plaats": ["Plaats", "Vestigingsplaats", "Woonplaats", "City"],
        "provincie": ["Provincie", "Province", "State/Region"],
        "rayon": ["Rayon", "Regio", "Region"],
        "vorige_kvk_nummer": ["Vorige KvK", "Vorig KvK-nummer", "Oud KvK-nummer"],
        "actief_tot": ["Actief tot", "Opgeheven op", "Einddatum"],
        "accountmanager": ["Accountmanager", "Account manager", "Accounteigenaar", "Account owner"],
    },
}

#: Lange vragen als kolomkop (enquetetools): herken ze aan een stukje tekst.
_BEVAT: dict[str, dict[str, list[str]]] = {
    "enquetes": {
        "score": ["aanbevelen", "aanraden", "recommend", "howlikely", "hoewaarschijnlijk"],
        "verbeterpunt": ["verbeteren", "verbeterpunt", "improve"],
    },
}

#: Klantfasen zoals CRM-systemen ze exporteren -> fase in de cursus.
#: Een deal in HubSpot of een opportunity in Salesforce is al een prospect.
FASEN: dict[str, str] = {
    "lead": "lead", "suspect": "lead", "marketingqualifiedlead": "lead", "mql": "lead", "nieuw": "lead",
    "prospect": "prospect", "salesqualifiedlead": "prospect", "sql": "prospect",
    "appointmentscheduled": "prospect", "qualifiedtobuy": "prospect", "presentationscheduled": "prospect",
    "decisionmakerboughtin": "prospect", "prospecting": "prospect", "qualification": "prospect",
    "needsanalysis": "prospect", "valueproposition": "prospect", "iddecisionmakers": "prospect",
    "perceptionanalysis": "prospect", "afspraakgepland": "prospect", "gekwalificeerd": "prospect",
    "offerte": "offerte", "offerteverstuurd": "offerte", "contractsent": "offerte",
    "proposalpricequote": "offerte", "negotiationreview": "offerte", "onderhandeling": "offerte",
    "gewonnen": "gewonnen", "closedwon": "gewonnen", "won": "gewonnen", "klant": "gewonnen",
    "verloren": "verloren", "closedlost": "verloren", "lost": "verloren",
}

_SOORT_FACTUUR: dict[str, str] = {
    "factuur": "factuur", "verkoopfactuur": "factuur", "invoice": "factuur", "salesinvoice": "factuur",
    "creditnota": "creditnota", "creditfactuur": "creditnota", "credit": "creditnota",
    "creditnote": "creditnota", "creditinvoice": "creditnota",
    "retour": "retour", "retourfactuur": "retour", "return": "retour", "retourzending": "retour",
}


def _sleutel(naam: object) -> str:
    """Kolomnaam vergelijkbaar maken: kleine letters, zonder accenten en leestekens."""
    tekst = unicodedata.normalize("NFKD", str(naam)).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]", "", tekst.lower())


_SYN_INDEX: dict[str, dict[str, tuple[str, int]]] = {}
for _soort, _kolommen in SYNONIEMEN.items():
    _index: dict[str, tuple[str, int]] = {}
    for _kol in SCHEMA[_soort]:
        _index[_sleutel(_kol)] = (_kol, 0)
    for _kol, _namen in _kolommen.items():
        for _i, _naam in enumerate(_namen, start=1):
            _index.setdefault(_sleutel(_naam), (_kol, _i))
    _SYN_INDEX[_soort] = _index


# ---------------------------------------------------------------------------
# Het verslag
# ---------------------------------------------------------------------------


@dataclass(repr=False)
class Inleesverslag:
    """Wat :func:`lees_export` heeft gedaan: gelezen, gebruikt, apart gezet en waarom."""

    bestand: str
    soort: str
    codering: str
    scheidingsteken: str | None
    kopregel: int
    koppeling: dict[str, str]
    niet_gebruikt: list[str]
    rijen_gelezen: int
    rijen_gebruikt: int
    apart_gezet: pd.DataFrame
    waarschuwingen: list[str] = field(default_factory=list)
    blad: str | None = None

    @property
    def rijen_apart(self) -> int:
        """Aantal rijen dat niet in het resultaat zit."""
        return len(self.apart_gezet)

    def tekst(self) -> str:
        """Het verslag als leesbare tekst."""
        teken = {";": "puntkomma (;)", ",": "komma (,)", "\t": "tab", "|": "verticale streep (|)"}
        regels = [f"Bestand: {self.bestand} (soort: {self.soort})"]
        if self.blad is not None:
            regels.append(f"Excel-blad: {self.blad}")
        regels.append(f"Codering: {self.codering}")
        if self.scheidingsteken is not None:
            regels.append(f"Scheidingsteken: {teken.get(self.scheidingsteken, repr(self.scheidingsteken))}")
        regels.append(f"Kopregel: rij {self.kopregel}")
        regels.append("Kolommen:")
        for bron, doel in self.koppeling.items():
            regels.append(f"  {bron!r} -> {doel}")
        if self.niet_gebruikt:
            regels.append("Niet gebruikt: " + ", ".join(repr(k) for k in self.niet_gebruikt))
        regels.append(f"Rijen gelezen: {self.rijen_gelezen}")
        regels.append(f"Rijen gebruikt: {self.rijen_gebruikt}")
        regels.append(f"Rijen apart gezet: {self.rijen_apart}")
        if self.rijen_apart:
            for reden, groep in self.apart_gezet.groupby("reden", sort=False):
                regels.append(f"  - {reden}: {_rijlijst(groep['rij'].tolist())}")
        if self.waarschuwingen:
            regels.append("Let op:")
            regels.extend(f"  - {w}" for w in self.waarschuwingen)
        return "\n".join(regels)

    def __str__(self) -> str:
        return self.tekst()

    __repr__ = __str__


def _rijlijst(rijen, maximaal: int = 10) -> str:
    """'rij 4' of 'rijen 4, 7 en 9' (met een maximum)."""
    rijen = [int(r) for r in rijen]
    if len(rijen) == 1:
        return f"rij {rijen[0]}"
    getoond = rijen[:maximaal]
    tekst = ", ".join(str(r) for r in getoond[:-1]) + f" en {getoond[-1]}"
    if len(rijen) > maximaal:
        tekst = ", ".join(str(r) for r in getoond) + f" en nog {len(rijen) - maximaal} andere"
    return f"rijen {tekst}"


# ---------------------------------------------------------------------------
# Losse waarden: bedragen
# ---------------------------------------------------------------------------

_VALUTA = re.compile(r"(€|EUR|eur|Eur|\$|USD|£|GBP)")
_SPATIES = re.compile(r"[\s\u00a0\u202f\u2009']")
_KERN = re.compile(r"^[0-9][0-9.,]*$")
_CIJFERS = str.maketrans("0123456789", "9999999999")


def _ontleed_bedrag(tekst: str):
    """Eén bedrag-tekst -> (teken, kern) of None. Kern bevat alleen cijfers, punt en komma."""
    t = _SPATIES.sub("", _VALUTA.sub("", tekst)).replace("\u2212", "-")
    if not t:
        return None
    teken = 1
    if t.startswith("(") and t.endswith(")"):
        teken, t = -1, t[1:-1]
    if t.startswith("+"):
        t = t[1:]
    elif t.startswith("-"):
        teken, t = -teken, t[1:]
    elif t.endswith("-"):
        teken, t = -teken, t[:-1]
    t = _VALUTA.sub("", t)
    if not _KERN.match(t) or not t[-1].isdigit():
        return None
    return teken, t


def _vorm(kern: str) -> tuple[str, str | None]:
    """Soort getal: ('geheel', None), ('decimaal', teken), ('dubbelzinnig', teken) of ('fout', None).

    Bij 'decimaal' is teken het decimaalteken dat zeker is; bij 'dubbelzinnig'
    het ene scheidingsteken dat zowel duizendtal als decimaal kan zijn.
    """
    scheidingen = [c for c in kern if c in ".,"]
    if not scheidingen:
        return "geheel", None
    groepen = re.split(r"[.,]", kern)
    if any(g == "" for g in groepen):
        return "fout", None
    soorten = set(scheidingen)
    if len(soorten) == 2:
        dec = scheidingen[-1]
        if scheidingen.count(dec) != 1:
            return "fout", None
        midden = groepen[1:-1]
        if len(groepen[0]) > 3 or any(len(g) != 3 for g in midden):
            return "fout", None
        return "decimaal", dec
    sep = scheidingen[0]
    if len(scheidingen) > 1:  # 1.234.567: duizendtallen
        if len(groepen[0]) > 3 or any(len(g) != 3 for g in groepen[1:]):
            return "fout", None
        return "decimaal", ("," if sep == "." else ".")
    if len(groepen[1]) != 3 or len(groepen[0]) > 3 or groepen[0] == "0":
        return "decimaal", sep
    return "dubbelzinnig", sep


def _naar_getal(kern: str, dec: str | None) -> float:
    """Kern met bekend decimaalteken -> float."""
    if dec is None:
        return float(kern.replace(".", "").replace(",", ""))
    duizend = "." if dec == "," else ","
    return float(kern.replace(duizend, "").replace(dec, "."))


def lees_bedrag(tekst: str, decimaalteken: str | None = None) -> float:
    """Lees één bedrag in Nederlandse of Engelse notatie.

    Een bedrag als '1.234' kan duizend tweehonderdvierendertig zijn of
    één komma twee drie vier. Dan moet je ``decimaalteken`` opgeven.

    >>> lees_bedrag("€ 1.234,56")
    1234.56
    >>> lees_bedrag("1.234,56-")
    -1234.56
    >>> lees_bedrag("(1,234.56)")
    -1234.56
    >>> lees_bedrag("1.234", decimaalteken=",")
    1234.0
    >>> lees_bedrag("1.234")
    Traceback (most recent call last):
    ...
    klantlib.inlezen.InleesFout: '1.234' is dubbelzinnig: de '.' kan een duizendtal scheiden of een decimaalteken zijn. Geef decimaalteken=',' (Nederlands) of decimaalteken='.' (Engels).
    """
    _controleer_decimaalteken(decimaalteken)
    ontleed = _ontleed_bedrag(str(tekst).strip())
    if ontleed is None:
        raise InleesFout(f"{tekst!r} is geen bedrag.")
    teken, kern = ontleed
    vorm, sep = _vorm(kern)
    if vorm == "fout":
        raise InleesFout(f"{tekst!r} is geen bedrag.")
    if decimaalteken is not None:
        if vorm == "decimaal" and sep != decimaalteken:
            raise InleesFout(f"{tekst!r} past niet bij decimaalteken={decimaalteken!r}.")
        return teken * _naar_getal(kern, decimaalteken)
    if vorm == "dubbelzinnig":
        raise InleesFout(
            f"{tekst!r} is dubbelzinnig: de '{sep}' kan een duizendtal scheiden of een decimaalteken zijn. "
            "Geef decimaalteken=',' (Nederlands) of decimaalteken='.' (Engels)."
        )
    return teken * _naar_getal(kern, sep)


def _controleer_decimaalteken(decimaalteken) -> None:
    if decimaalteken not in (None, ",", "."):
        raise InleesFout(f"decimaalteken moet ',' of '.' zijn (of None), niet {decimaalteken!r}.")


# ---------------------------------------------------------------------------
# Losse waarden: datums
# ---------------------------------------------------------------------------

_MAANDEN = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mrt": 3, "maart": 3,
    "mar": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7, "aug": 8, "augustus": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_TIJD = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIJD + "$")
_DMJ = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})" + _TIJD + "$")
_TEKSTMAAND = re.compile(r"^(\d{1,2})[-. ]+([a-zA-Z]+)\.?[-. ]+(\d{4}|\d{2})" + _TIJD + "$")
_MAANDTEKST = re.compile(r"^([a-zA-Z]+)\.?[ ]+(\d{1,2}),?[ ]+(\d{4})" + _TIJD + "$")
_SERIEEL = re.compile(r"^\d{5}(?:\.\d+)?$")
#: Excel telt dagen vanaf 30-12-1899. Alleen 1950 t/m 2099 geldt als datum.
_EXCEL_NUL = pd.Timestamp("1899-12-30")
_SERIEEL_MIN, _SERIEEL_MAX = 18264, 73050


def _jaar(tekst: str) -> int:
    j = int(tekst)
    if len(tekst) == 2:
        j += 2000 if j < 70 else 1900
    return j


def _maak_datum(j: int, m: int, d: int):
    try:
        return date(j, m, d)
    except ValueError:
        return None


def _ontleed_datum(tekst: str):
    """Eén datum-tekst -> (soort, waarde).

    soort: 'zeker' (waarde = date), 'dmj' (waarde = (a, b, jaar): a-b-jaar met
    a en b dag of maand), 'serieel' (waarde = date) of 'fout'.
    """
    t = tekst.strip()
    if (m := _ISO.match(t)) is not None:
        d = _maak_datum(int(m[1]), int(m[2]), int(m[3]))
        return ("zeker", d) if d else ("fout", None)
    if (m := _DMJ.match(t)) is not None:
        return "dmj", (int(m[1]), int(m[3]), _jaar(m[4]))
    if (m := _TEKSTMAAND.match(t)) is not None and m[2].lower() in _MAANDEN:
        d = _maak_datum(_jaar(m[3]), _MAANDEN[m[2].lower()], int(m[1]))
        return ("zeker", d) if d else ("fout", None)
    if (m := _MAANDTEKST.match(t)) is not None and m[1].lower() in _MAANDEN:
        d = _maak_datum(int(m[3]), _MAANDEN[m[1].lower()], int(m[2]))
        return ("zeker", d) if d else ("fout", None)
    if _SERIEEL.match(t):
        return _serieel(float(t))
    return "fout", None


def _serieel(getal: float):
    if _SERIEEL_MIN <= getal <= _SERIEEL_MAX:
        return "serieel", (_EXCEL_NUL + pd.Timedelta(days=int(getal))).date()
    return "fout", None


_VOLGORDE = {"dmj": "dmj", "dag-maand-jaar": "dmj", "dag": "dmj", "mdj": "mdj", "maand-dag-jaar": "mdj",
             "maand": "mdj"}


def lees_datum(tekst: str, datumvolgorde: str | None = None) -> pd.Timestamp:
    """Lees één datum. De dag staat voorop (Nederlands), tenzij je iets anders zegt.

    Een datum als '05-03-2024' kan 5 maart of 3 mei zijn. Zonder
    ``datumvolgorde`` weigert de functie zo'n datum; 'dmj' = dag-maand-jaar,
    'mdj' = maand-dag-jaar.

    >>> lees_datum("25-03-2024")
    Timestamp('2024-03-25 00:00:00')
    >>> lees_datum("2024-03-05")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("5 mrt 2024")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("05-03-2024", datumvolgorde="dmj")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("03/25/2024")
    Traceback (most recent call last):
    ...
    klantlib.inlezen.InleesFout: '03/25/2024' kan alleen maand-dag-jaar zijn (Amerikaans). Geef datumvolgorde='mdj' als dat klopt.
    """
    volgorde = _controleer_volgorde(datumvolgorde)
    soort, waarde = _ontleed_datum(str(tekst))
    if soort in ("zeker", "serieel"):
        return pd.Timestamp(waarde)
    if soort == "dmj":
        a, b, j = waarde
        if volgorde is None:
            if a > 12 and b <= 12:
                volgorde = "dmj"
            elif b > 12 and a <= 12:
                raise InleesFout(
                    f"{tekst!r} kan alleen maand-dag-jaar zijn (Amerikaans). "
                    "Geef datumvolgorde='mdj' als dat klopt."
                )
            elif a <= 12 and b <= 12:
                raise InleesFout(
                    f"{tekst!r} kan dag-maand-jaar of maand-dag-jaar zijn. "
                    "Geef datumvolgorde='dmj' (Nederlands) of 'mdj'."
                )
        d = _maak_datum(j, b, a) if volgorde == "dmj" else _maak_datum(j, a, b)
        if d is not None:
            return pd.Timestamp(d)
    raise InleesFout(f"{tekst!r} is geen datum.")


def _controleer_volgorde(datumvolgorde):
    if datumvolgorde is None:
        return None
    sleutel = str(datumvolgorde).lower()
    if sleutel not in _VOLGORDE:
        raise InleesFout(
            f"datumvolgorde moet 'dmj' (dag-maand-jaar) of 'mdj' (maand-dag-jaar) zijn, niet {datumvolgorde!r}."
        )
    return _VOLGORDE[sleutel]


# ---------------------------------------------------------------------------
# Bestanden lezen: codering, scheidingsteken, kopregel
# ---------------------------------------------------------------------------

_SCHEIDINGSTEKENS = [";", ",", "\t", "|"]
_PROEF_BYTES = 256 * 1024
_PROEF_REGELS = 60
_ZOEK_KOP = 30
_GROOT_EXCEL = 5_000_000  # bytes


def _codering(ruw: bytes) -> tuple[str, str]:
    """(python-codec, naam voor het verslag)."""
    if ruw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 met BOM"
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16 (Excel 'Unicode-tekst')"
    try:
        ruw.decode("utf-8")
        return "utf-8", "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        ruw.decode("cp1252")
        return "cp1252", "Windows-1252 (Nederlandse Excel)"
    except UnicodeDecodeError:
        return "latin-1", "ISO-8859-1 (latin-1)"


def _kies_scheidingsteken(regels: list[str], naam: str) -> str:
    beste, beste_score = None, (0, 0)
    for teken in _SCHEIDINGSTEKENS:
        rijen = list(csv.reader(regels, delimiter=teken))
        breedtes = [len(r) for r in rijen if any(c.strip() for c in r)]
        if not breedtes:
            continue
        modaal = max(set(breedtes), key=breedtes.count)
        if modaal < 2:
            continue
        score = (breedtes.count(modaal), modaal)
        if score > beste_score:
            beste, beste_score = teken, score
    if beste is None:
        raise InleesFout(
            f"Bestand '{naam}': ik vind maar één kolom. Ik heb puntkomma, komma, tab en verticale streep "
            "geprobeerd als scheidingsteken. Is dit wel een CSV-export? Open het bestand in een teksteditor "
            "en kijk welk teken de kolommen scheidt."
        )
    return beste


def _kop_score(cellen: list[str], soort: str, eigen: set[str]) -> int:
    gevonden = set()
    for cel in cellen:
        doel = _koppel_naam(cel, soort)
        if doel is not None:
            gevonden.add(doel[0])
        elif _sleutel(cel) in eigen and _sleutel(cel):
            gevonden.add("eigen:" + _sleutel(cel))
    return len(gevonden)


def _koppel_naam(cel: object, soort: str):
    """Kolomnaam -> (schema-kolom, prioriteit) of None."""
    s = _sleutel(cel)
    if not s:
        return None
    if s in _SYN_INDEX[soort]:
        return _SYN_INDEX[soort][s]
    for kol, stukjes in _BEVAT.get(soort, {}).items():
        if any(stuk in s for stuk in stukjes):
            return kol, 100
    return None


def _combineer(boven: list, onder: list, samengevoegd: set[int] | None) -> list[str]:
    """Twee kopregels samenvoegen: 'Factuur' boven 'nummer' -> 'Factuur nummer'."""
    gevuld, vorige = [], ""
    for i, cel in enumerate(boven):
        tekst = "" if cel is None else str(cel).strip()
        if tekst:
            vorige = tekst
        elif samengevoegd is None or i in samengevoegd:
            tekst = vorige
        gevuld.append(tekst)
    uit = []
    for i in range(max(len(gevuld), len(onder))):
        b = gevuld[i] if i < len(gevuld) else ""
        o = "" if i >= len(onder) or onder[i] is None else str(onder[i]).strip()
        uit.append(f"{b} {o}".strip() if b != o else o)
    return uit


def _zoek_kop(rijen: list[list], soort: str, eigen: set[str], naam: str,
              samengevoegd: dict[int, set[int]] | None = None):
    """Zoek de kopregel in de eerste rijen. Geeft (index, namen, aantal kopregels)."""
    beste = None  # (score, -index, -hoogte)
    for i, rij in enumerate(rijen[:_ZOEK_KOP]):
        cellen = ["" if c is None else str(c).strip() for c in rij]
        if sum(bool(c) for c in cellen) < 2:
            continue
        kandidaten = [(cellen, 1)]
        if i > 0 and any(c not in (None, "") for c in rijen[i - 1]):
            fusie = None if samengevoegd is None else samengevoegd.get(i - 1, set())
            kandidaten.append((_combineer(rijen[i - 1], rij, fusie), 2))
        for namen, hoogte in kandidaten:
            score = _kop_score(namen, soort, eigen)
            sleutel = (score, -i, -hoogte)
            if beste is None or sleutel > beste[0]:
                beste = (sleutel, i, namen, hoogte)
    if beste is None:
        raise InleesFout(f"Bestand '{naam}': ik vind geen kopregel met kolomnamen.")
    if beste[0][0] == 0:
        # Geen enkele bekende naam: neem de eerste regel met twee of meer cellen.
        for i, rij in enumerate(rijen[:_ZOEK_KOP]):
            cellen = ["" if c is None else str(c).strip() for c in rij]
            if sum(bool(c) for c in cellen) >= 2:
                return i, cellen, 1
    _, i, namen, hoogte = beste
    return i, namen, hoogte


def _lees_csv(pad: Path, soort: str, eigen: set[str]):
    ruw = pad.read_bytes()
    naam = pad.name
    if not ruw.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InleesFout(f"Bestand '{naam}' is leeg: er staat niets in.")
    codec, coderingsnaam = _codering(ruw)
    proef = ruw[:_PROEF_BYTES].decode(codec, errors="ignore")
    if codec == "utf-8-sig":
        proef = proef.lstrip("\ufeff")
    regels = proef.splitlines()[:_PROEF_REGELS]
    if len(ruw) > _PROEF_BYTES and len(regels) > 1:
        regels = regels[:-1]  # de laatste regel kan half zijn
    teken = _kies_scheidingsteken(regels, naam)
    rijen = list(csv.reader(regels, delimiter=teken))
    kop_i, namen, hoogte = _zoek_kop(rijen, soort, eigen, naam)
    # Fysieke regel van de kop (aanhalingstekens met enters tellen we niet apart).
    breedte = len(rijen[kop_i])
    namen = (namen + [""] * breedte)[:breedte]
    try:
        # Heeft de eerste gegevensregel meer velden dan de kop, dan laat pandas de rest stil
        # vallen (met alleen een ParserWarning). Dan lezen we opnieuw met extra kolommen.
        for extra in range(0, 50):
            with warnings.catch_warnings(record=True) as meldingen:
                warnings.simplefilter("always", pd.errors.ParserWarning)
                data = pd.read_csv(
                    pad, sep=teken, encoding=codec, header=None, skiprows=kop_i + 1,
                    names=list(range(breedte + extra)), index_col=False, dtype=TEKST_PYTHON, keep_default_na=False,
                    na_filter=False, skip_blank_lines=False, engine="c",
                )
            if not any(issubclass(m.category, pd.errors.ParserWarning) for m in meldingen):
                break
        if extra:
            rest = data[list(range(breedte, breedte + extra))].to_numpy(dtype=object)
            gevuld = np.array([[isinstance(v, str) and bool(v.strip()) for v in r] for r in rest]).any(axis=1)
            if gevuld.any():
                rijen_ = np.flatnonzero(gevuld) + kop_i + 2
                raise InleesFout(
                    f"Bestand '{naam}': {_rijlijst(rijen_)} {'heeft' if len(rijen_) == 1 else 'hebben'} meer velden "
                    f"dan de kopregel (rij {kop_i + 1}, {breedte} kolommen). Staat er een "
                    f"{'puntkomma' if teken == ';' else 'scheidingsteken'} in een tekst zonder aanhalingstekens?"
                )
            data = data[list(range(breedte))]
    except UnicodeError as fout:
        raise InleesFout(
            f"Bestand '{naam}': de tekst is niet te lezen als {coderingsnaam} ({fout.reason}, bij byte "
            f"{getattr(fout, 'start', '?')}). Het bestand is misschien beschadigd. Open het in Excel en sla het "
            "opnieuw op als 'CSV UTF-8'."
        ) from None
    except pd.errors.ParserError as fout:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(fout))
        if m:
            raise InleesFout(
                f"Bestand '{naam}': rij {m[2]} heeft {m[3]} velden, de kopregel (rij {kop_i + 1}) heeft er "
                f"{m[1]}. Staat er een {'puntkomma' if teken == ';' else 'scheidingsteken'} in een tekst "
                "zonder aanhalingstekens?"
            ) from None
        raise InleesFout(f"Bestand '{naam}' is geen geldige CSV: {fout}") from None
    info = {"codering": coderingsnaam, "scheidingsteken": teken, "blad": None}
    return data, namen, kop_i + 1, info


def _lees_excel(pad: Path, soort: str, eigen: set[str], blad):
    import openpyxl

    naam = pad.name
    # Groot bestand: alleen-lezen is veel sneller; samengevoegde cellen zijn dan niet bekend,
    # maar _combineer vult een kopregel dan gewoon naar rechts aan.
    alleen_lezen = pad.stat().st_size > _GROOT_EXCEL
    try:
        boek = openpyxl.load_workbook(pad, data_only=True, read_only=alleen_lezen)
    except Exception as fout:  # noqa: BLE001 - elke fout van openpyxl wordt een InleesFout
        raise InleesFout(f"Bestand '{naam}' kan ik niet openen als Excel-bestand: {fout}") from None
    bladen = boek.sheetnames
    waarschuwingen = []
    if blad is None:
        ws = boek.worksheets[0]
        if len(bladen) > 1:
            # Kies het blad waarvan de kopregel het best past (bij gelijkspel het eerste).
            def score(blad_):
                rijen_ = [list(r) for r in blad_.iter_rows(max_row=_ZOEK_KOP, values_only=True)]
                return max((_kop_score(["" if c is None else str(c) for c in r], soort, eigen)
                            for r in rijen_), default=0)
            scores = [score(b) for b in boek.worksheets]
            ws = boek.worksheets[scores.index(max(scores))]
            waarschuwingen.append(
                f"Het bestand heeft {len(bladen)} bladen ({', '.join(repr(b) for b in bladen)}); "
                f"gelezen: {ws.title!r} (daar passen de kolomnamen het best). Kies een ander met blad=..."
            )
    elif isinstance(blad, int) and not isinstance(blad, bool):
        if not 0 <= blad < len(bladen):
            raise InleesFout(
                f"Bestand '{naam}': blad={blad} bestaat niet. Er zijn {len(bladen)} bladen, geteld vanaf 0: "
                + ", ".join(f"{i} = {b!r}" for i, b in enumerate(bladen))
            )
        ws = boek.worksheets[blad]
    else:
        if blad not in bladen:
            raise InleesFout(
                f"Bestand '{naam}': blad {blad!r} bestaat niet. Gevonden bladen: "
                + ", ".join(repr(b) for b in bladen)
            )
        ws = boek[blad]
    rijen = [list(r) for r in ws.iter_rows(values_only=True)]
    # Lege kolommen rechts weglaten.
    breedte = 0
    for r in rijen:
        for j in range(len(r) - 1, -1, -1):
            if r[j] not in (None, ""):
                breedte = max(breedte, j + 1)
                break
    rijen = [(r + [None] * breedte)[:breedte] for r in rijen]
    while rijen and all(c in (None, "") for c in rijen[-1]):
        rijen.pop()
    if not rijen or breedte == 0:
        raise InleesFout(f"Bestand '{naam}' (blad {ws.title!r}) is leeg: er staat niets in.")
    if breedte < 2:
        raise InleesFout(f"Bestand '{naam}' (blad {ws.title!r}): ik vind maar één kolom.")
    boek_titel = ws.title
    samengevoegd: dict[int, set[int]] | None = None if alleen_lezen else {}
    for bereik in ([] if alleen_lezen else ws.merged_cells.ranges):
        for rij in range(bereik.min_row, bereik.max_row + 1):
            samengevoegd.setdefault(rij - 1, set()).update(range(bereik.min_col - 1, bereik.max_col))
    kop_i, namen, hoogte = _zoek_kop(rijen, soort, eigen, naam, samengevoegd)
    data = pd.DataFrame(rijen[kop_i + 1:], columns=list(range(breedte)), dtype=object)
    if alleen_lezen:
        boek.close()
    info = {"codering": "Excel-werkmap (.xlsx)", "scheidingsteken": None, "blad": boek_titel,
            "waarschuwingen": waarschuwingen}
    return data, namen, kop_i + 1, info


# ---------------------------------------------------------------------------
# Kolommen omzetten (gevectoriseerd: werkt op numpy-arrays en grote teksten)
# ---------------------------------------------------------------------------


def _excel_tekst(v) -> str:
    """Eén Excel-cel als tekst: getallen zonder '.0', datums als dd-mm-jjjj."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.strftime("%d-%m-%Y") if v.time() == datetime.min.time() else str(v)
    return str(v)


def _strip(arr: np.ndarray) -> np.ndarray:
    """Spaties voor en na weghalen, alleen als dat nodig is (snelle test op één grote tekst)."""
    if len(arr) == 0:
        return arr
    groot = "\n".join(arr)
    if (groot[:1].isspace() or groot[-1:].isspace()
            or any(t in groot for t in ("\n ", " \n", "\n\t", "\t\n", "\u00a0", "\r"))):
        return np.array([x.strip() for x in arr], dtype=object)
    return arr


def _tekstwaarden(kol: pd.Series) -> np.ndarray:
    """Kolom -> object-array met tekst zonder spaties eromheen ('' = leeg)."""
    if kol.dtype == object:  # Excel: gemengde typen
        return _strip(np.array([_excel_tekst(v) for v in kol], dtype=object))
    arr = kol.to_numpy(dtype=object)
    try:
        return _strip(arr)
    except TypeError:  # ontbrekende velden (NaN) aan het eind van een regel
        arr = arr.copy()
        arr[pd.isna(arr)] = ""
        return _strip(arr)


def _excelgetallen(kol: pd.Series) -> np.ndarray:
    if kol.dtype != object:
        return np.zeros(len(kol), dtype=bool)
    return np.array([isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
                     and not (isinstance(v, float) and np.isnan(v)) for v in kol], dtype=bool)


def _exceldatums(kol: pd.Series) -> np.ndarray:
    if kol.dtype != object:
        return np.zeros(len(kol), dtype=bool)
    return np.array([isinstance(v, (datetime, date)) for v in kol], dtype=bool)


def _per_waarde(arr: np.ndarray, functie) -> list:
    """functie op elke waarde, via één grote tekst waar dat kan (veel sneller dan per cel)."""
    groot = "\n".join(arr)
    delen = functie(groot).split("\n")
    if len(delen) != len(arr):  # een waarde bevat zelf een enter
        delen = [functie(x) for x in arr]
    return delen


def _bedragen(kol: pd.Series, decimaalteken: str | None):
    """Kolom met bedragen -> (float-array, leeg, onleesbaar, keuze).

    keuze is het decimaalteken (',' of '.' of None als er alleen hele getallen
    staan), of een tuple ('gemengd'|'dubbelzinnig', rij-index, rij-index) als
    de kolom niet eenduidig te lezen is.
    """
    getal = _excelgetallen(kol)
    tekst = _tekstwaarden(kol)
    if getal.any():
        tekst = tekst.copy()
        tekst[getal] = ""
    leeg = (tekst == "") & ~getal
    vormen = np.array(_per_waarde(tekst, lambda t: t.translate(_CIJFERS)), dtype=object)
    codes, uniek = pd.factorize(vormen)
    uitleg = []
    for v in uniek:
        ontleed = _ontleed_bedrag(v) if v else None
        if ontleed is None:
            uitleg.append(("leeg" if not v else "fout", None, False))
            continue
        teken, kern = ontleed
        vorm, sep = _vorm(kern)
        eenvoudig = v == kern or v == "-" + kern
        uitleg.append((vorm, sep, eenvoudig))

    def eerste(vorm, sep):
        nrs = [i for i, (v_, s_, _) in enumerate(uitleg) if v_ == vorm and s_ == sep]
        if not nrs:
            return None
        return int(np.flatnonzero(np.isin(codes, nrs))[0])

    bewijs = {d: eerste("decimaal", d) for d in (",", ".")}
    if decimaalteken is not None:
        dec = decimaalteken
    elif bewijs[","] is not None and bewijs["."] is not None:
        return None, leeg, None, ("gemengd", bewijs[","], bewijs["."])
    elif bewijs[","] is not None:
        dec = ","
    elif bewijs["."] is not None:
        dec = "."
    else:
        dubbel = [x for x in (eerste("dubbelzinnig", "."), eerste("dubbelzinnig", ",")) if x is not None]
        if dubbel:
            return None, leeg, None, ("dubbelzinnig", min(dubbel), None)
        dec = None
    geldig_code = np.zeros(len(uniek) + 1, dtype=bool)  # plek -1 = ontbrekend
    eenvoudig_code = np.zeros(len(uniek) + 1, dtype=bool)
    for i, (vorm, sep, eenvoudig) in enumerate(uitleg):
        ok = (vorm == "geheel" or (vorm == "decimaal" and sep == dec)
              or (vorm == "dubbelzinnig" and dec is not None))
        geldig_code[i] = ok
        eenvoudig_code[i] = ok and eenvoudig
    geldig = geldig_code[codes]
    eenvoudig = eenvoudig_code[codes]
    waarden = np.full(len(tekst), np.nan)
    if eenvoudig.any():
        duizend = "." if dec == "," else ","
        if dec == ",":
            omzetten = lambda t: t.replace(".", "").replace(",", ".")  # noqa: E731
        else:
            omzetten = lambda t: t.replace(duizend, "")  # noqa: E731
        delen = np.array(_per_waarde(tekst, omzetten), dtype=object)
        waarden[eenvoudig] = pd.to_numeric(delen[eenvoudig], errors="coerce")
    lastig = geldig & ~eenvoudig
    for i in np.flatnonzero(lastig):
        teken, kern = _ontleed_bedrag(tekst[i])
        waarden[i] = teken * _naar_getal(kern, dec)
    if getal.any():
        waarden[getal] = np.array([float(v) for v in kol[getal]], dtype=float)
        geldig = geldig | getal
    onleesbaar = ~geldig & ~leeg
    return waarden, leeg, onleesbaar, dec


def _datums(kol: pd.Series):
    """Kolom met datums bekijken: per unieke waarde de notatie, en bewijs voor de volgorde."""
    getal = _excelgetallen(kol)
    isdatum = _exceldatums(kol)
    tekst = _tekstwaarden(kol)
    if getal.any() or isdatum.any():
        tekst = tekst.copy()
        tekst[getal | isdatum] = ""
    codes, uniek = pd.factorize(tekst)
    soorten = [_ontleed_datum(v) if v else ("leeg", None) for v in uniek]
    # factorize nummert in volgorde van voorkomen: de eerste rij per code is te vinden met np.unique.
    _, eerste_rij = np.unique(codes, return_index=True) if len(codes) else (None, [])
    codes_gezien = np.unique(codes) if len(codes) else []
    eerste = dict(zip(np.asarray(codes_gezien).tolist(), np.asarray(eerste_rij).tolist()))
    bewijs = {"dmj": None, "mdj": None, "dubbel": None}
    notaties, serieel = set(), False
    for i, (soort, w) in enumerate(soorten):
        if soort == "dmj":
            a, b, _ = w
            notaties.add("d-m-j")
            if a <= 12 and b <= 12:
                sleutel = "dubbel"
            elif a > 12 and b <= 12:
                sleutel = "dmj"
            elif b > 12 and a <= 12:
                sleutel = "mdj"
            else:
                continue
            rij = eerste[i]
            if bewijs[sleutel] is None or rij < bewijs[sleutel]:
                bewijs[sleutel] = rij
        elif soort == "zeker":
            notaties.add("j-m-d of tekst")
        elif soort == "serieel":
            serieel = True
    return {"kol": kol, "getal": getal, "isdatum": isdatum, "codes": codes, "uniek": uniek,
            "soorten": soorten, "bewijs": bewijs, "notaties": notaties, "serieel": serieel}


def _datums_omzetten(info: dict, volgorde: str | None):
    """Met een gekozen volgorde: (datetime64-array, leeg, onleesbaar, tijd weggelaten?)."""
    omgezet = np.full(len(info["uniek"]) + 1, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    fout = np.zeros(len(info["uniek"]) + 1, dtype=bool)
    leeg_code = np.zeros(len(info["uniek"]) + 1, dtype=bool)
    leeg_code[-1] = True
    for i, (soort, w) in enumerate(info["soorten"]):
        d = None
        if soort == "leeg":
            leeg_code[i] = True
            continue
        if soort in ("zeker", "serieel"):
            d = w
        elif soort == "dmj" and volgorde is not None:
            a, b, j = w
            d = _maak_datum(j, b, a) if volgorde == "dmj" else _maak_datum(j, a, b)
        if d is None:
            fout[i] = True
        else:
            omgezet[i] = np.datetime64(d, "D")
    codes = info["codes"]
    waarden, onleesbaar, leeg = omgezet[codes], fout[codes], leeg_code[codes]
    tijd = any(":" in str(u) for u in info["uniek"])
    kol, getal, isdatum = info["kol"], info["getal"], info["isdatum"]
    for j in np.flatnonzero(getal):
        _, d = _serieel(float(kol.iat[j]))
        leeg[j] = False
        if d is None:
            onleesbaar[j] = True
        else:
            waarden[j] = np.datetime64(d, "D")
    for j in np.flatnonzero(isdatum):
        v = pd.Timestamp(kol.iat[j])
        tijd = tijd or v != v.normalize()
        leeg[j] = False
        waarden[j] = np.datetime64(v.normalize().date(), "D")
    return waarden, leeg, onleesbaar, tijd


def _geheel(waarden: np.ndarray):
    """Float-waarden -> (Int64-array, niet-geheel-masker)."""
    niet_geheel = ~np.isnan(waarden) & (np.floor(waarden) != waarden)
    weg = np.isnan(waarden) | niet_geheel
    uit = pd.array(np.where(weg, 0, waarden).astype("int64"), dtype="Int64")
    uit[weg] = pd.NA
    return uit, niet_geheel


def _tekst_uit(arr: np.ndarray, leeg: np.ndarray, kol: pd.Series | None = None):
    """Object-array -> pandas 'str'-kolom; lege tekst wordt een ontbrekende waarde.

    Is ``kol`` een tekstkolom uit read_csv met precies dezelfde waarden, dan
    hergebruiken we die (veel sneller dan een nieuwe kolom maken).
    """
    if (kol is not None and kol.dtype == "str" and len(arr)
            and bool((arr == kol.to_numpy(dtype=object)).all())):
        return kol.where(~leeg).array
    if leeg.any():
        arr = arr.copy()
        arr[leeg] = None
    return pd.array(arr, dtype=TEKST)


def _str_take(waarden, codes: np.ndarray):
    """'str'-kolom uit een paar waarden en per rij een code (-1 = leeg); snel voor grote tabellen."""
    return pd.array(list(waarden), dtype=TEKST).take(np.asarray(codes, dtype=np.int64), allow_fill=True)


_JA = {"ja", "j", "waar", "true", "yes", "y", "1", "x"}
_NEE = {"nee", "n", "onwaar", "false", "no", "0"}


# ---------------------------------------------------------------------------
# lees_export
# ---------------------------------------------------------------------------


def lees_export(pad, soort: str = "facturen", kolommen: dict | None = None, blad=None, *,
                datumvolgorde: str | dict | None = None, decimaalteken: str | dict | None = None,
                fasen: dict | None = None, peildatum=None):
    """Lees een export (CSV of Excel) in als tabel van de cursus.

    Parameters
    ----------
    pad : str of Path
        Het bestand: .csv, .txt, .tsv of .xlsx.
    soort : 'facturen', 'leads', 'enquetes' of 'bedrijven'
        Welke tabel van de cursus het bestand moet worden.
    kolommen : dict, optioneel
        Je eigen koppeling ``{kolom in jouw bestand: kolom in de cursus}``,
        bijvoorbeeld ``{"Omschr. debiteur": "klantnaam"}``. Die gaat voor de
        ingebouwde lijst met bekende namen (:data:`SYNONIEMEN`).
    blad : str of int, optioneel
        Bij Excel: de naam van het blad, of het nummer geteld vanaf 0.
        Zonder ``blad`` lees je het eerste blad.
    datumvolgorde : 'dmj' of 'mdj', optioneel
        Alleen nodig als datums als '05-03-2024' twee kanten op kunnen
        (dag-maand-jaar of maand-dag-jaar). Mag ook een dict per kolom zijn.
    decimaalteken : ',' of '.', optioneel
        Alleen nodig als bedragen als '1.234' twee kanten op kunnen.
        Mag ook een dict per kolom zijn.
    fasen : dict, optioneel
        Alleen bij leads: je eigen fasenamen vertaald naar de fasen van de
        cursus, bijvoorbeeld ``{"Demo gegeven": "prospect"}``. Bekende namen
        (ook die van HubSpot en Salesforce) staan in :data:`FASEN`.
    peildatum : datum, optioneel
        Datums na de peildatum geven een waarschuwing. Standaard: vandaag.

    Geeft
    -----
    (DataFrame, Inleesverslag)
        De tabel met precies de kolommen van de cursustabel (ontbrekende
        kolommen zijn leeg) en het verslag: rijen gelezen, gebruikt, apart
        gezet en waarom, plus waarschuwingen. Nummers (factuurnummer,
        KvK-nummer) blijven tekst, zodat voorloopnullen blijven staan. Spaties
        voor en na een tekst worden weggehaald. Kolommen die niet in de
        cursustabel horen, komen niet in het resultaat (ze staan in het verslag
        onder 'Niet gebruikt').

    Fouten
    ------
    InleesFout
        Met een uitleg in het Nederlands: het bestand, de kolom en de rijen
        zoals je ze in Excel ziet.

    >>> facturen, verslag = lees_export(voorbeeldbestand("exact_facturen.csv"), peildatum="2025-12-31")
    >>> verslag.rijen_gelezen, verslag.rijen_gebruikt, verslag.rijen_apart
    (324, 322, 2)
    >>> facturen["bedrag"].iloc[0], str(facturen["factuurdatum"].iloc[0].date())
    (np.float64(1007.24), '2024-01-02')
    """
    if soort not in SCHEMA:
        raise InleesFout(f"soort moet een van {', '.join(repr(s) for s in SOORTEN)} zijn, niet {soort!r}.")
    pad = Path(pad)
    naam = pad.name
    if not pad.exists():
        raise InleesFout(f"Bestand '{pad}' bestaat niet. Controleer de map en de bestandsnaam.")
    if pad.is_dir():
        raise InleesFout(f"'{pad}' is een map, geen bestand.")
    schema = SCHEMA[soort]
    eigen = _controleer_kolommen(kolommen, schema, soort)
    eigen_sleutels = {_sleutel(k) for k in eigen}
    for k, w in (("datumvolgorde", datumvolgorde), ("decimaalteken", decimaalteken)):
        if isinstance(w, dict):
            onbekend = [c for c in w if c not in schema]
            if onbekend:
                raise InleesFout(f"{k}: onbekende kolom(men) {onbekend}. Gebruik kolomnamen van de cursus, "
                                 f"zoals {', '.join(c for c, (t, _) in schema.items() if t in ('datum', 'bedrag'))}.")
    if not isinstance(datumvolgorde, dict):
        _controleer_volgorde(datumvolgorde)
    if not isinstance(decimaalteken, dict):
        _controleer_decimaalteken(decimaalteken)
    fasentabel = dict(FASEN)
    if fasen is not None:
        if soort != "leads" or not isinstance(fasen, dict):
            raise InleesFout("fasen=... kan alleen bij soort='leads', als dict {jouw fase: fase in de cursus}.")
        toegestaan = ("lead", "prospect", "offerte", "gewonnen", "verloren")
        fout = {k: v for k, v in fasen.items() if v not in toegestaan}
        if fout:
            raise InleesFout(f"fasen: {fout} - kies per fase uit {', '.join(map(repr, toegestaan))}.")
        fasentabel.update({_sleutel(k): v for k, v in fasen.items()})

    achtervoegsel = pad.suffix.lower()
    if achtervoegsel in (".xlsx", ".xlsm"):
        data, kopnamen, koprij, info = _lees_excel(pad, soort, eigen_sleutels, blad)
    elif achtervoegsel in (".ods", ".numbers"):
        raise InleesFout(
            f"Bestand '{naam}' is geen Excel- of CSV-bestand. Sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    elif achtervoegsel == ".xls":
        raise InleesFout(
            f"Bestand '{naam}' is een oud Excel-bestand (.xls). Open het in Excel en kies 'Opslaan als' "
            "> Excel-werkmap (.xlsx) of CSV (gescheiden door lijstscheidingsteken)."
        )
    else:
        if blad is not None:
            raise InleesFout(f"Bestand '{naam}' is geen Excel-bestand; blad={blad!r} kan dan niet.")
        data, kopnamen, koprij, info = _lees_csv(pad, soort, eigen_sleutels)

    waarschuwingen: list[str] = list(info.get("waarschuwingen", []))
    koppeling, niet_gebruikt = _koppel(kopnamen, soort, eigen, naam, waarschuwingen)
    ontbreekt = [k for k, (_, verplicht) in schema.items() if verplicht and k not in koppeling.values()]
    if ontbreekt:
        raise InleesFout(_tekst_ontbreekt(naam, soort, ontbreekt, kopnamen))

    rijnummers = np.arange(koprij + 1, koprij + 1 + len(data))
    # Geheel lege rijen (ook een rij met alleen spaties). Per kolom kijken we alleen
    # nog naar de rijen die tot dan toe leeg zijn: meestal is dat na één kolom niets meer.
    kandidaten = np.arange(len(data))
    tekstcache: dict[int, np.ndarray] = {}  # kolom -> tekstwaarden (hergebruikt hieronder)
    for j in range(data.shape[1]):
        if not len(kandidaten):
            break
        kol = data[j].to_numpy(dtype=object)
        kol = kol[kandidaten] if len(kandidaten) < len(kol) else kol
        if data[j].dtype != object:  # CSV: alles tekst
            if len(kandidaten) == len(data):
                kol = tekstcache[j] = _tekstwaarden(data[j])
            else:
                kol = np.array([x.strip() if isinstance(x, str) else "" for x in kol], dtype=object)
            kandidaten = kandidaten[kol == ""]
            continue
        blanco = np.array([v is None or (isinstance(v, str) and not v.strip())
                           or (isinstance(v, float) and np.isnan(v)) for v in kol], dtype=bool)
        kandidaten = kandidaten[blanco]
    leeg_rij = np.zeros(len(data), dtype=bool)
    leeg_rij[kandidaten] = True
    if leeg_rij.all():
        raise InleesFout(
            f"Bestand '{naam}' heeft een kopregel (rij {koprij}) maar geen rijen met gegevens."
        )
    # Lege rijen onderaan tellen niet als gelezen (Excel laat die soms staan).
    laatste = int(np.flatnonzero(~leeg_rij)[-1])
    if laatste < len(data) - 1:
        data = data.iloc[: laatste + 1]
        rijnummers = rijnummers[: laatste + 1]
        leeg_rij = leeg_rij[: laatste + 1]
    n = len(data)

    uit: dict = {}
    redenen: list[tuple[np.ndarray, str]] = []  # (masker, reden)
    vol = ~leeg_rij
    datumkolommen = {}
    for bron, doel in koppeling.items():
        j = kopnamen.index(bron)
        s = data[j]
        type_, verplicht = schema[doel]
        if type_ in ("id", "tekst"):
            t = tekstcache[j] if j in tekstcache else _tekstwaarden(s)
            if type_ == "id":
                t = _vul_voorloopnullen(t, doel, bron, waarschuwingen)
            leeg = t == ""
            uit[doel] = _tekst_uit(t, leeg, s)
            if verplicht:
                redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
        elif type_ in ("bedrag", "score", "geheel"):
            dec = decimaalteken.get(doel) if isinstance(decimaalteken, dict) else decimaalteken
            if type_ == "score":
                s = _score_zonder_label(s, bron, waarschuwingen)
            waarden, leeg, onleesbaar, keuze = _bedragen(s, dec)
            if waarden is None:
                raise InleesFout(_tekst_bedrag_keuze(naam, bron, keuze, rijnummers, s))
            onleesbaar &= vol
            _controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers,
                                   "bedragen" if type_ == "bedrag" else "getallen")
            if type_ == "bedrag":
                uit[doel] = waarden
            else:
                geheel, niet_geheel = _geheel(waarden)
                if type_ == "score":
                    buiten = ~np.isnan(waarden) & ((waarden < 0) | (waarden > 10))
                    geheel[buiten] = pd.NA
                    redenen.append((buiten & vol, f"score ligt niet tussen 0 en 10 (kolom {bron!r})"))
                redenen.append((niet_geheel & vol, f"{doel} is geen geheel getal (kolom {bron!r})"))
                uit[doel] = geheel
            if verplicht and type_ != "score":
                redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
            if onleesbaar.any():
                tekst = (f"{doel}: geen {'bedrag' if type_ == 'bedrag' else 'getal'} in kolom {bron!r} "
                         f"({_voorbeelden(s, onleesbaar)})")
                if verplicht:
                    redenen.append((onleesbaar, tekst))
                else:
                    waarschuwingen.append(f"{tekst}, {_rijlijst(rijnummers[onleesbaar])}: leeg gelaten.")
        elif type_ == "datum":
            vg = datumvolgorde.get(doel) if isinstance(datumvolgorde, dict) else datumvolgorde
            datumkolommen[doel] = (s, bron, _controleer_volgorde(vg))
        elif type_ == "janee":
            t = np.array([x.lower() for x in _tekstwaarden(s)], dtype=object)
            ja = np.isin(t, list(_JA))
            nee = np.isin(t, list(_NEE))
            leeg = t == ""
            onbekend = ~ja & ~nee & ~leeg & vol
            if onbekend.any():
                waarschuwingen.append(f"{doel}: geen ja/nee in kolom {bron!r}, {_rijlijst(rijnummers[onbekend])}: "
                                      "leeg gelaten.")
            w = pd.array(ja, dtype="boolean")
            w[onbekend | leeg] = pd.NA
            uit[doel] = w

    # Datums: eerst alle kolommen bekijken, dan samen beslissen over de volgorde.
    analyses = {d: _datums(s) for d, (s, bron, vg) in datumkolommen.items()}
    bestandsbewijs = next((d for d, a in analyses.items()
                           if a["bewijs"]["dmj"] is not None and a["bewijs"]["mdj"] is None), None)
    tijd_weg = []
    for doel, (s, bron, vg) in datumkolommen.items():
        a = analyses[doel]
        volgorde = vg if vg is not None else _kies_volgorde(a["bewijs"], s, naam, bron, doel, rijnummers,
                                                            bestandsbewijs, koppeling, waarschuwingen)
        waarden, leeg, onleesbaar, tijd = _datums_omzetten(a, volgorde)
        onleesbaar &= vol
        verplicht = schema[doel][1]
        _controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers, "datums")
        if tijd:
            tijd_weg.append(bron)
        if len(a["notaties"]) > 1:
            waarschuwingen.append(f"{doel}: kolom {bron!r} heeft verschillende datumnotaties door elkaar; "
                                  "allemaal gelezen met de dag voor de maand.")
        if a["serieel"] or a["getal"].any():
            waarschuwingen.append(f"{doel}: kolom {bron!r} bevat Excel-datumgetallen (zoals 45356); "
                                  "omgezet naar datums.")
        if verplicht:
            redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
        if onleesbaar.any():
            tekst = f"{doel}: geen datum in kolom {bron!r} ({_voorbeelden(s, onleesbaar)})"
            if verplicht:
                redenen.append((onleesbaar, tekst))
            else:
                waarschuwingen.append(f"{tekst}, {_rijlijst(rijnummers[onleesbaar])}: leeg gelaten.")
        uit[doel] = waarden
    if tijd_weg:
        waarschuwingen.append("Tijdstippen weggelaten (alleen de datum telt) in kolom "
                              + ", ".join(repr(b) for b in tijd_weg) + ".")

    # Rijen apart zetten: leeg, totaalregel, of een verplicht veld ontbreekt.
    reden_per_rij = np.full(n, None, dtype=object)
    reden_per_rij[leeg_rij] = "lege rij"
    probleem = np.zeros(n, dtype=bool)
    for masker, _ in redenen:
        probleem |= masker
    totaal = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(probleem):
        if any(isinstance(v, str) and _TOTAAL.match(v) for v in data.iloc[i].tolist()):
            totaal[i] = True
            reden_per_rij[i] = "totaalregel (telt de rijen erboven op)"
    for masker, reden in redenen:
        zet = masker & ~totaal & (reden_per_rij == None)  # noqa: E711
        reden_per_rij[zet] = reden
    apart = reden_per_rij != None  # noqa: E711
    apart_gezet = pd.DataFrame({"rij": rijnummers[apart].astype(int),
                                "reden": pd.array(reden_per_rij[apart].tolist(), dtype=TEKST)})

    houd = ~apart
    for kol, w in list(uit.items()):
        # Zonder ontbrekende waarden: dezelfde typen als de cursustabellen (bool, int64).
        if schema[kol][0] in ("janee", "geheel") and not pd.isna(w[houd]).any():
            uit[kol] = np.asarray(w.to_numpy(dtype="bool" if schema[kol][0] == "janee" else "int64"))
    lege: dict[str, object] = {}  # één lege kolom per type, gedeeld (scheelt werk bij grote bestanden)
    resultaat = pd.DataFrame({
        kol: (uit[kol][houd] if kol in uit
              else lege.setdefault(type_, _lege_kolom(type_, int(houd.sum()))))
        for kol, (type_, _) in schema.items()
    })
    rijen_resultaat = rijnummers[houd]

    if totaal.any():
        _controleer_totaal(totaal, koppeling, schema, uit, apart, waarschuwingen, rijnummers)

    peil = pd.Timestamp.today().normalize() if peildatum is None else pd.Timestamp(peildatum)
    if soort == "facturen":
        resultaat = _facturen_afronden(resultaat, rijen_resultaat, koppeling, waarschuwingen, peil)
    elif soort == "leads":
        resultaat = _leads_afronden(resultaat, rijen_resultaat, koppeling, waarschuwingen, peil, fasentabel)
    elif soort == "enquetes":
        _toekomst(resultaat, "datum", rijen_resultaat, waarschuwingen, peil)
    elif soort == "bedrijven":
        _dubbel_id(resultaat, "vestigingsnummer" if "vestigingsnummer" in koppeling.values() else "kvk_nummer",
                   rijen_resultaat, waarschuwingen)

    # Intern rekenen we met Python-tekst; de uitkomst krijgt overal hetzelfde tekst-type als de cursusdata.
    for kol in resultaat.columns:
        if isinstance(resultaat[kol].dtype, pd.StringDtype) and resultaat[kol].dtype != _TEKST_ECHT:
            resultaat[kol] = resultaat[kol].astype(_TEKST_ECHT)

    verslag = Inleesverslag(
        bestand=naam, soort=soort, codering=info["codering"], scheidingsteken=info["scheidingsteken"],
        kopregel=koprij, koppeling=koppeling, niet_gebruikt=niet_gebruikt, rijen_gelezen=n,
        rijen_gebruikt=len(resultaat), apart_gezet=apart_gezet, waarschuwingen=waarschuwingen,
        blad=info["blad"],
    )
    return resultaat, verslag


_SCORELABEL = re.compile(r"^\s*(\d{1,2})\s*(?:[-–:(=]|\s)\s*[^\d\s].*$")


def _score_zonder_label(s: pd.Series, bron: str, waarschuwingen: list[str]) -> pd.Series:
    """Enquêtetools zetten soms tekst bij een score: '10 - Zeer waarschijnlijk' wordt 10."""
    if s.dtype != "str" and s.dtype != object:
        return s
    codes, uniek = pd.factorize(s)
    nieuw = [(_SCORELABEL.match(u)[1] if isinstance(u, str) and _SCORELABEL.match(u) else u) for u in uniek]
    if nieuw == list(uniek):
        return s
    voorbeeld = next(u for u, v in zip(uniek, nieuw) if u != v)
    waarschuwingen.append(f"score: tekst achter de scores in kolom {bron!r} weggelaten (zoals {voorbeeld!r}).")
    waarden = np.array(nieuw + [None], dtype=object)[codes]
    return pd.Series(waarden, index=s.index, dtype=object)


_TOTAAL = re.compile(r"^\s*(sub|eind)?\s*tota(a)?l", re.I)


def _kies_volgorde(bewijs, s, naam, bron, doel, rijnummers, bestandsbewijs, koppeling, waarschuwingen):
    """Dag-maand-jaar als de kolom (of het bestand) dat bewijst; anders een duidelijke fout."""
    if bewijs["mdj"] is not None and bewijs["dmj"] is not None:
        r1, r2 = rijnummers[bewijs["dmj"]], rijnummers[bewijs["mdj"]]
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: de datums gebruiken twee volgordes door elkaar. "
            f"Rij {r1} ({_waarde(s, bewijs['dmj'])}) kan alleen dag-maand-jaar zijn, rij {r2} "
            f"({_waarde(s, bewijs['mdj'])}) alleen maand-dag-jaar. Zet de datums in Excel in één "
            "notatie en exporteer opnieuw."
        )
    if bewijs["mdj"] is not None:
        r = rijnummers[bewijs["mdj"]]
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: rij {r} ({_waarde(s, bewijs['mdj'])}) kan alleen "
            "maand-dag-jaar zijn (Amerikaanse notatie). Ik gok dat niet stil. Klopt het, geef dan "
            f"datumvolgorde={{'{doel}': 'mdj'}} (of datumvolgorde='mdj' voor alle kolommen)."
        )
    if bewijs["dmj"] is not None:
        return "dmj"
    if bewijs["dubbel"] is None:
        return None  # alleen notaties die zeker zijn (jjjj-mm-dd, '5 mrt 2024', Excel-datums)
    if bestandsbewijs is not None:
        andere = next(b for b, d in koppeling.items() if d == bestandsbewijs)
        waarschuwingen.append(
            f"{doel}: alle datums in kolom {bron!r} kunnen twee kanten op; dag-maand-jaar "
            f"aangenomen omdat kolom {andere!r} in hetzelfde bestand zeker dag-maand-jaar is."
        )
        return "dmj"
    r = rijnummers[bewijs["dubbel"]]
    raise InleesFout(
        f"Bestand '{naam}', kolom {bron!r}: alle datums kunnen twee kanten op, zoals "
        f"{_waarde(s, bewijs['dubbel'])} in rij {r} (dag-maand-jaar of maand-dag-jaar). "
        "Geef de volgorde op: datumvolgorde='dmj' (dag eerst, Nederlands) of datumvolgorde='mdj'."
    )


def _lege_kolom(type_: str, n: int):
    if type_ == "datum":
        return np.full(n, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    if type_ == "bedrag":
        return np.full(n, np.nan)
    if type_ in ("score", "geheel"):
        return pd.array([pd.NA] * n, dtype="Int64")
    if type_ == "janee":
        return pd.array([pd.NA] * n, dtype="boolean")
    return _str_take([None], np.full(n, -1))


def _controleer_kolommen(kolommen, schema, soort) -> dict[str, str]:
    """Eigen koppeling controleren. Geeft {kolom in bestand: kolom in cursus}."""
    if kolommen is None:
        return {}
    if not isinstance(kolommen, dict):
        raise InleesFout("kolommen moet een dict zijn: {kolom in jouw bestand: kolom in de cursus}.")
    eigen = {}
    for bron, doel in kolommen.items():
        if doel not in schema and bron in schema:
            bron, doel = doel, bron  # andersom opgegeven: ook goed
        if doel not in schema:
            raise InleesFout(
                f"kolommen: {doel!r} is geen kolom van de tabel {soort}. Kies uit: {', '.join(schema)}."
            )
        eigen[str(bron)] = doel
    dubbel = [d for d in set(eigen.values()) if list(eigen.values()).count(d) > 1]
    if dubbel:
        raise InleesFout(f"kolommen: meer dan één kolom gekoppeld aan {', '.join(map(repr, dubbel))}.")
    return eigen


def _koppel(kopnamen, soort, eigen, naam, waarschuwingen):
    """Kolomnamen uit het bestand koppelen aan de cursuskolommen."""
    koppeling: dict[str, str] = {}
    gezien: set[str] = set()
    for bron, doel in eigen.items():
        if bron not in kopnamen:
            passend = [k for k in kopnamen if _sleutel(k) == _sleutel(bron)]
            if not passend:
                raise InleesFout(
                    f"Bestand '{naam}': de kolom {bron!r} uit kolommen=... staat niet in het bestand. "
                    f"Gevonden kolommen: {', '.join(repr(k) for k in kopnamen if k)}."
                )
            bron = passend[0]
        koppeling[bron] = doel
        gezien.add(doel)
    kandidaten: dict[str, list[tuple[int, int, str]]] = {}
    for j, kop in enumerate(kopnamen):
        if not kop or kop in koppeling:
            continue
        gevonden = _koppel_naam(kop, soort)
        if gevonden is None or gevonden[0] in gezien:
            continue
        kandidaten.setdefault(gevonden[0], []).append((gevonden[1], j, kop))
    for doel, lijst in kandidaten.items():
        lijst.sort()
        koppeling[lijst[0][2]] = doel
        if len(lijst) > 1:
            waarschuwingen.append(
                f"{doel}: meer kolommen passen ({', '.join(repr(k) for _, _, k in lijst)}); gebruikt: "
                f"{lijst[0][2]!r}. Wil je een andere? Geef kolommen={{{lijst[1][2]!r}: '{doel}'}}."
            )
    volgorde = {k: i for i, k in enumerate(kopnamen)}
    koppeling = dict(sorted(koppeling.items(), key=lambda kv: volgorde[kv[0]]))
    dubbele_koppen = sorted({k for k in kopnamen if k and kopnamen.count(k) > 1})
    if dubbele_koppen:
        waarschuwingen.append("Kolomnamen komen dubbel voor: " + ", ".join(map(repr, dubbele_koppen))
                              + "; alleen de eerste is gebruikt.")
    niet_gebruikt = [k for k in kopnamen if k and k not in koppeling]
    naamloos = [j for j, k in enumerate(kopnamen) if not k]
    if naamloos:
        niet_gebruikt.append(f"{len(naamloos)} kolom(men) zonder naam")
    return koppeling, niet_gebruikt


def _tekst_ontbreekt(naam, soort, ontbreekt, kopnamen):
    delen = []
    for kol in ontbreekt:
        namen = SYNONIEMEN[soort].get(kol, [])[:6]
        delen.append(f"'{kol}' (bijvoorbeeld {', '.join(repr(x) for x in namen)})")
    gevonden = ", ".join(repr(k) for k in kopnamen if k) or "geen"
    voorbeeld = ontbreekt[0]
    return (
        f"Bestand '{naam}': verplichte kolom{'men' if len(ontbreekt) > 1 else ''} niet gevonden voor "
        f"{soort}: {'; '.join(delen)}. Gevonden kolommen: {gevonden}. Heet de kolom bij jou anders? Geef dan "
        f"kolommen={{'naam in jouw bestand': '{voorbeeld}'}}."
    )


def _waarde(s: pd.Series, i: int) -> str:
    v = s.iat[i]
    return repr(v.strip() if isinstance(v, str) else v)


def _voorbeelden(s: pd.Series, masker: np.ndarray, maximaal: int = 3) -> str:
    waarden = []
    for v in s[masker]:
        w = repr(v.strip() if isinstance(v, str) else v)
        if w not in waarden:
            waarden.append(w)
        if len(waarden) == maximaal:
            break
    return "bijvoorbeeld " + ", ".join(waarden)


def _controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers, wat):
    """Is (bijna) de hele kolom onleesbaar, dan is het waarschijnlijk de verkeerde kolom: fout."""
    gevuld = vol & ~leeg
    if not onleesbaar.any():
        return
    if onleesbaar.sum() * 2 > gevuld.sum():
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: ik verwacht {wat}, maar {int(onleesbaar.sum())} van de "
            f"{int(gevuld.sum())} gevulde waarden zijn dat niet ({_voorbeelden(s, onleesbaar)}; "
            f"{_rijlijst(rijnummers[onleesbaar])}). Is dit de goede kolom? Geef anders zelf de kolom op met "
            "kolommen={...}."
        )


def _tekst_bedrag_keuze(naam, bron, extra, rijnummers, s):
    soort, a, b = extra
    if soort == "gemengd":
        return (
            f"Bestand '{naam}', kolom {bron!r}: de bedragen gebruiken twee notaties door elkaar. Rij "
            f"{rijnummers[a]} ({_waarde(s, a)}) heeft een decimale komma, rij {rijnummers[b]} "
            f"({_waarde(s, b)}) een decimale punt. Maak de kolom eenduidig of geef decimaalteken=',' of '.'."
        )
    return (
        f"Bestand '{naam}', kolom {bron!r}: elk bedrag in deze kolom kan twee kanten op, zoals "
        f"{_waarde(s, a)} in rij {rijnummers[a]}: is de punt of komma een duizendtal of een decimaal? "
        "Geef decimaalteken=',' (Nederlands: 1.234 is duizend tweehonderdvierendertig) of "
        "decimaalteken='.' (Engels: 1.234 is één komma twee drie vier)."
    )


def _vul_voorloopnullen(t: np.ndarray, doel, bron, waarschuwingen) -> np.ndarray:
    """KvK- en vestigingsnummers die Excel als getal opsloeg: voorloopnullen terugzetten."""
    lengte = {"kvk_nummer": 8, "moeder_kvk": 8, "concern_kvk": 8, "vorige_kvk_nummer": 8,
              "vestigingsnummer": 12, "besteld_door": 12}.get(doel)
    if lengte is None:
        return t
    lengtes = np.fromiter(map(len, t), dtype=np.int64, count=len(t))
    kort = (lengtes > 0) & (lengtes < lengte)
    if kort.any():
        kort[kort] = [x.isdigit() for x in t[kort]]
    if kort.any():
        waarschuwingen.append(
            f"{doel}: {int(kort.sum())} nummer(s) in kolom {bron!r} waren korter dan {lengte} cijfers "
            "(Excel haalt voorloopnullen weg); aangevuld met nullen vooraan."
        )
        t = t.copy()
        t[kort] = [x.zfill(lengte) for x in t[kort]]
    return t


def _controleer_totaal(totaal, koppeling, schema, uit, apart, waarschuwingen, rijnummers):
    """Totaalregel gevonden: vergelijk met de som van de gebruikte bedragen."""
    for doel in koppeling.values():
        if schema[doel][0] != "bedrag":
            continue
        waarden = uit[doel]
        gebruikt = float(np.nansum(waarden[~apart]))
        for i in np.flatnonzero(totaal):
            w = waarden[i]
            if np.isnan(w):
                continue
            klopt = "klopt" if abs(w - gebruikt) < 0.005 + 1e-9 * abs(gebruikt) else "wijkt af"
            waarschuwingen.append(
                f"Totaalregel in rij {rijnummers[i]} niet meegeteld: {doel} {_euro(w)}; som van de gebruikte "
                f"rijen {_euro(gebruikt)} ({klopt})."
            )


def _euro(x: float) -> str:
    tekst = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-€ " if x < 0 else "€ ") + tekst


def _toekomst(df, kolom, rijen, waarschuwingen, peil):
    if kolom not in df or df[kolom].isna().all():
        return
    later = (df[kolom] > peil).to_numpy()
    if later.any():
        waarschuwingen.append(
            f"{kolom}: {int(later.sum())} datum(s) na {peil:%d-%m-%Y} (in de toekomst), "
            f"{_rijlijst(rijen[later])}. Niet weggelaten; controleer ze."
        )


def _dubbel_id(df, kolom, rijen, waarschuwingen, wat="nummer"):
    s = df[kolom]
    dubbel = (s.duplicated(keep=False) & s.notna()).to_numpy()
    if dubbel.any():
        waarschuwingen.append(
            f"{kolom}: {int(s[dubbel].nunique())} {wat}(s) komen vaker voor, {_rijlijst(rijen[dubbel])}. "
            "Niet weggelaten."
        )


def _vertaal_uniek(s: pd.Series, tabel: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """Waarden vertalen via een tabel (op de unieke waarden: snel). Geeft (vertaald, onbekend-masker)."""
    codes, uniek = pd.factorize(s)
    vertaald_uniek = np.array([tabel.get(_sleutel(u)) for u in uniek] + [None], dtype=object)
    vertaald = vertaald_uniek[codes]
    onbekend = (codes >= 0) & pd.isna(vertaald)
    return vertaald, onbekend


def _str_uit_object(arr: np.ndarray):
    """Object-array met weinig verschillende waarden -> 'str'-kolom (via codes: snel)."""
    codes, uniek = pd.factorize(arr)
    return _str_take(uniek, codes)


def _facturen_afronden(df, rijen, koppeling, waarschuwingen, peil):
    """Soort afleiden of vertalen; waarschuwen voor dubbele nummers, creditnota's, toekomst."""
    negatief = (df["bedrag"] < 0).to_numpy()
    afgeleid = np.where(negatief, "creditnota", "factuur").astype(object) if "soort" in koppeling.values() else None
    if "soort" in koppeling.values():
        origineel = df["soort"]
        vertaald, onbekend = _vertaal_uniek(origineel, _SOORT_FACTUUR)
        if onbekend.any():
            waarschuwingen.append(
                "soort: onbekende waarden " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:5])
                + " bewaard zoals ze zijn (bekend: factuur, creditnota, retour)."
            )
            vertaald[onbekend] = origineel.to_numpy(dtype=object)[onbekend]
        leeg = pd.isna(vertaald)
        vertaald[leeg] = afgeleid[leeg]
        df["soort"] = _str_uit_object(vertaald)
    else:
        df["soort"] = _str_take(["factuur", "creditnota"], negatief.astype(np.int64))
        if len(df):
            waarschuwingen.append("soort: geen kolom gevonden; afgeleid uit het bedrag (negatief = creditnota).")
    # Dubbele factuurnummers; daarbinnen: precies gelijke rijen.
    zelfde_nr = df["factuurnummer"].duplicated(keep=False).to_numpy()
    if zelfde_nr.any():
        gelijk = np.zeros(len(df), dtype=bool)
        gelijk[zelfde_nr] = df[zelfde_nr].duplicated(keep=False).to_numpy()
        if gelijk.any():
            waarschuwingen.append(
                f"{int(df[gelijk].duplicated().sum())} rij(en) zijn precies gelijk aan een andere rij, "
                f"{_rijlijst(rijen[gelijk])}. Mogelijk dubbel geëxporteerd. Niet weggelaten."
            )
        dubbel = zelfde_nr & ~gelijk
        if dubbel.any():
            waarschuwingen.append(
                f"factuurnummer: {int(df['factuurnummer'][dubbel].nunique())} nummer(s) komen vaker voor met "
                f"verschillende inhoud, {_rijlijst(rijen[dubbel])} (factuurregels?). Niet weggelaten."
            )
    credit = negatief | df["soort"].isin(["creditnota", "retour"]).to_numpy()
    if credit.any():
        waarschuwingen.append(
            f"{int(credit.sum())} creditnota('s)/retour(en) met samen {_euro(float(df['bedrag'][credit].sum()))}, "
            f"{_rijlijst(rijen[credit])}. Meegeteld (negatief bedrag)."
        )
    _toekomst(df, "factuurdatum", rijen, waarschuwingen, peil)
    return df


def _leads_afronden(df, rijen, koppeling, waarschuwingen, peil, fasentabel):
    """Klantfase vertalen; ontbrekende fasedatums afleiden uit fase en sluitdatum."""
    _dubbel_id(df, "lead_id", rijen, waarschuwingen)
    _toekomst(df, "aangemaakt_op", rijen, waarschuwingen, peil)
    if "klantfase" not in koppeling.values():
        return df
    origineel = df["klantfase"]
    fase, onbekend = _vertaal_uniek(origineel, fasentabel)
    if onbekend.any():
        raise InleesFout(
            "klantfase: onbekende fasen " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:8])
            + f" ({_rijlijst(rijen[onbekend])}). Bekend zijn onder meer 'lead', 'prospect', "
            "'offerte', 'gewonnen', 'verloren' en de standaardfasen van HubSpot en Salesforce. Vertaal je eigen "
            "fasen met fasen={'jouw fase': 'prospect', ...}."
        )
    df["klantfase"] = _str_uit_object(fase)
    datums = ["prospect_op", "offerte_op", "gewonnen_op", "verloren_op"]
    if any(d in koppeling.values() for d in datums):
        return df
    # Geen fasedatums in het bestand: afleiden, en dat eerlijk melden.
    volgorde = {"lead": 0, "prospect": 1, "offerte": 2, "gewonnen": 3, "verloren": 1}
    niveau = df["klantfase"].map(volgorde)
    basis = df["aangemaakt_op"]
    sluit = df["sluitdatum"].where(df["sluitdatum"].notna(), basis)
    df["prospect_op"] = basis.where(niveau >= 1)
    df["offerte_op"] = basis.where(niveau >= 2)
    df["gewonnen_op"] = sluit.where(df["klantfase"] == "gewonnen")
    df["verloren_op"] = sluit.where(df["klantfase"] == "verloren")
    waarschuwingen.append(
        "Fasedatums ontbreken: afgeleid uit de klantfase. prospect_op en offerte_op = aanmaakdatum, "
        "gewonnen_op/verloren_op = sluitdatum. Aantallen per fase kloppen daarmee; doorlooptijden niet. "
        "Een verloren deal telt alleen als prospect (in welke fase hij verloren ging, staat niet in de export)."
    )
    return df


# ---------------------------------------------------------------------------
# Pseudonimiseren (AVG)
# ---------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_TELEFOON = re.compile(r"(?<![\w+])(?:\+31|0031|0)[\s\-()]*(?:\d[\s\-()]*){8}\d(?!\d)")
_MIN_SLEUTEL = 16


def _pseudoniem(sleutel: bytes, soort: str, waarde: str) -> str:
    if soort == "email":
        norm = waarde.strip().lower()
    elif soort == "telefoon":
        cijfers = re.sub(r"\D", "", waarde)
        if cijfers.startswith("0031"):
            cijfers = "0" + cijfers[4:]
        elif cijfers.startswith("31") and len(cijfers) == 11:
            cijfers = "0" + cijfers[2:]
        norm = cijfers
    else:
        norm = " ".join(unicodedata.normalize("NFC", waarde).casefold().split())
    code = hmac.new(sleutel, f"{soort}:{norm}".encode(), hashlib.sha256).hexdigest()[:12]
    if soort == "email":
        return f"{code}@pseudoniem.invalid"
    if soort == "telefoon":
        return f"tel-{code}"
    return f"persoon-{code}"


def _soort_waarde(waarde: str) -> str:
    if _EMAIL.fullmatch(waarde.strip()):
        return "email"
    if _TELEFOON.fullmatch(waarde.strip()):
        return "telefoon"
    return "naam"


_PERSOONSKOLOMMEN = {
    "verkoper": "naam", "contact_id": "auto", "voornaam": "naam", "achternaam": "naam", "naam": "naam",
    "contactpersoon": "naam", "email": "email", "emailadres": "email", "telefoon": "telefoon",
    "telefoonnummer": "telefoon", "mobiel": "telefoon",
}


def pseudonimiseer(data: pd.DataFrame, sleutel, kolommen=None, tekstkolommen=None) -> pd.DataFrame:
    """Vervang namen, e-mailadressen en telefoonnummers door vaste schuilnamen (AVG).

    Dezelfde waarde krijgt met dezelfde sleutel altijd dezelfde schuilnaam,
    ook in een ander bestand. Zo kun je tabellen nog steeds koppelen. Zonder
    de sleutel is de schuilnaam niet terug te rekenen naar de naam (HMAC-SHA256).
    Bewaar de sleutel dus goed en deel hem niet.

    Parameters
    ----------
    data : DataFrame
    sleutel : str of bytes
        Je geheime sleutel, minstens 16 tekens. Maak er een met
        ``secrets.token_hex(32)``.
    kolommen : list of dict, optioneel
        Welke kolommen. Een lijst (soort per waarde bepaald: e-mail,
        telefoon of naam) of een dict ``{kolom: 'naam'|'email'|'telefoon'|'auto'}``.
        Zonder ``kolommen``: de bekende persoonskolommen die in ``data`` staan
        (zoals verkoper, contact_id, email, telefoon).
    tekstkolommen : list, optioneel
        Open tekst (zoals ``verbeterpunt``): e-mailadressen, telefoonnummers en
        de namen uit ``kolommen`` die daarin staan, worden ook vervangen.

    >>> df = pd.DataFrame({"verkoper": ["Anna de Vries", "anna  de vries", None]})
    >>> uit = pseudonimiseer(df, "een-lange-geheime-sleutel")
    >>> uit["verkoper"].iloc[0] == uit["verkoper"].iloc[1], uit["verkoper"].iloc[0].startswith("persoon-")
    (True, True)
    >>> bool(pd.isna(uit["verkoper"].iloc[2]))
    True
    """
    if not isinstance(data, pd.DataFrame):
        raise ValueError("data moet een DataFrame zijn.")
    if isinstance(sleutel, str):
        sleutel_b = sleutel.encode()
    elif isinstance(sleutel, bytes):
        sleutel_b = sleutel
    else:
        raise ValueError("sleutel moet tekst (str) of bytes zijn.")
    if len(sleutel_b) < _MIN_SLEUTEL:
        raise ValueError(
            f"sleutel is te kort ({len(sleutel_b)} tekens); gebruik er minstens {_MIN_SLEUTEL}. "
            "Maak een sterke sleutel met secrets.token_hex(32) en bewaar die buiten je notebook."
        )
    if kolommen is None:
        kolommen = {k: _PERSOONSKOLOMMEN[_sleutel(k)] for k in data.columns if _sleutel(k) in _PERSOONSKOLOMMEN}
    elif not isinstance(kolommen, dict):
        kolommen = {k: "auto" for k in kolommen}
    for k, soort in kolommen.items():
        if k not in data.columns:
            raise ValueError(f"kolommen: {k!r} staat niet in de tabel. Kolommen: {', '.join(map(str, data.columns))}.")
        if soort not in ("naam", "email", "telefoon", "auto"):
            raise ValueError(f"kolommen: soort {soort!r} voor {k!r} moet 'naam', 'email', 'telefoon' of 'auto' zijn.")
    tekstkolommen = list(tekstkolommen or [])
    for k in tekstkolommen:
        if k not in data.columns:
            raise ValueError(f"tekstkolommen: {k!r} staat niet in de tabel.")
    uit = data.copy()
    vervangen: dict[str, str] = {}
    for k, soort in kolommen.items():
        s = data[k]
        uniek = pd.unique(s[s.notna()])
        tabel = {}
        for v in uniek:
            tekst = str(v)
            if not tekst.strip():
                continue
            echt = _soort_waarde(tekst) if soort == "auto" else soort
            tabel[v] = _pseudoniem(sleutel_b, echt, tekst)
            if echt == "naam" and len(tekst.strip()) >= 3:
                vervangen[tekst.strip()] = tabel[v]
        uit[k] = s.map(lambda v: tabel.get(v, v) if pd.notna(v) else v).astype(s.dtype if s.dtype != object else TEKST)
    if tekstkolommen:
        namen = sorted(vervangen, key=len, reverse=True)
        patroon = re.compile(r"\b(" + "|".join(re.escape(n) for n in namen) + r")\b", re.I) if namen else None
        sleutel_namen = {n.casefold(): p for n, p in vervangen.items()}

        def schoon(tekst):
            if not isinstance(tekst, str):
                return tekst
            tekst = _EMAIL.sub(lambda m: _pseudoniem(sleutel_b, "email", m[0]), tekst)
            tekst = _TELEFOON.sub(lambda m: _pseudoniem(sleutel_b, "telefoon", m[0]), tekst)
            if patroon is not None:
                tekst = patroon.sub(lambda m: sleutel_namen.get(m[0].casefold(), m[0]), tekst)
            return tekst

        for k in tekstkolommen:
            uit[k] = data[k].map(schoon).astype(data[k].dtype if data[k].dtype != object else TEKST)
    return uit


# ---------------------------------------------------------------------------
# Voorbeeldexports voor de les
# ---------------------------------------------------------------------------


def voorbeeldbestand(naam: str) -> Path:
    """Het pad naar een voorbeeldexport die met klantlib wordt meegeleverd.

    >>> voorbeeldbestand("exact_facturen.csv").name
    'exact_facturen.csv'
    """
    map_ = Path(__file__).resolve().parent / "voorbeelden"
    pad = map_ / naam
    if not pad.is_file():
        beschikbaar = sorted(p.name for p in map_.glob("*") if p.is_file() and p.suffix != ".md")
        raise ValueError(f"Geen voorbeeldbestand {naam!r}. Beschikbaar: {', '.join(beschikbaar)}.")
    return pad
