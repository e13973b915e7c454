"""Wat de importer kent: de cursustabellen, de kolomnamen van systemen en vaste waarden.

Dit is de enige plek met kolomnamen. Wil je een naam toevoegen die jouw
systeem gebruikt, dan doe je dat hier (of per systeem in een profiel).
"""

from __future__ import annotations

import re
import unicodedata

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
        # zoals CRM-systemen die exporteren. Zie leads_afronden.
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
BEVAT: dict[str, dict[str, list[str]]] = {
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


SOORT_FACTUUR: dict[str, str] = {
    "factuur": "factuur", "verkoopfactuur": "factuur", "invoice": "factuur", "salesinvoice": "factuur",
    "creditnota": "creditnota", "creditfactuur": "creditnota", "credit": "creditnota",
    "creditnote": "creditnota", "creditinvoice": "creditnota",
    "retour": "retour", "retourfactuur": "retour", "return": "retour", "retourzending": "retour",
}


def naamsleutel(naam: object) -> str:
    """Kolomnaam vergelijkbaar maken: kleine letters, zonder accenten en leestekens."""
    tekst = unicodedata.normalize("NFKD", str(naam)).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]", "", tekst.lower())


SYNONIEMEN_INDEX: dict[str, dict[str, tuple[str, int]]] = {}


for _soort, _kolommen in SYNONIEMEN.items():
    _index: dict[str, tuple[str, int]] = {}
    for _kol in SCHEMA[_soort]:
        _index[naamsleutel(_kol)] = (_kol, 0)
    for _kol, _namen in _kolommen.items():
        for _i, _naam in enumerate(_namen, start=1):
            _index.setdefault(naamsleutel(_naam), (_kol, _i))
    SYNONIEMEN_INDEX[_soort] = _index
