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
        # Extra (niet in de cursustabel): wie de klant is volgens je eigen administratie.
        # tel_klanten gebruikt ze voor niveau='bedrijf' en 'concern' als er geen tabel bedrijven is.
        "klantnummer": ("id", False),
        "kvk_nummer": ("id", False),
        "concern_kvk": ("id", False),
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

#: Kolommen met een KvK-nummer: 8 cijfers (voorloopnullen horen erbij).
KVK_KOLOMMEN = ("kvk_nummer", "moeder_kvk", "concern_kvk", "vorige_kvk_nummer")

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
                      "Accountnaam", "Organisatie", "Contact"],
        "vestigingsnummer": ["Vestigingsnummer", "Vestigingsnr", "Branch number"],
        "besteld_door": ["Besteld door", "Besteld door vestiging", "Besteller"],
        "business_unit": _BU,
        "product": ["Product", "Productnaam", "Artikel", "Artikelomschrijving", "Item", "ItemDescription",
                    "Item description", "Product name"],
        "soort": ["Soort", "Factuursoort", "Documentsoort", "Type", "Invoice type", "Documenttype"],
        "bedrag": ["Bedrag", "Bedrag excl btw", "Bedrag exclusief btw", "Bedrag ex btw", "Totaal excl btw",
                   "Netto bedrag", "Nettobedrag", "AmountDC", "Amount DC", "total_price_excl_tax",
                   "Total excl tax", "Amount excl VAT", "Net amount", "Amount", "Omzet", "Basisbedrag",
                   "Bedrag in euro", "Bedrag EUR", "Bedrag in EUR", "Amount in company currency",
                   "Amount converted"],
        "contractnummer": ["Contractnummer", "Contract", "Contract number", "Abonnement", "Subscription"],
        "origineel_factuurnummer": ["Origineel factuurnummer", "Oorspronkelijk factuurnummer",
                                    "Gecrediteerde factuur", "Original invoice", "Original invoice number"],
        "ordernummer": ["Ordernummer", "Ordernr", "Order", "Order number", "Order ID", "Bestelnummer",
                        "Verkooporder", "Sales order"],
        "klantnummer": ["Klantnummer", "Klantnr", "Debiteurnummer", "Debiteurnr", "Deb nr", "Debiteurcode",
                        "Relatiecode", "Relatienummer", "Relatienr", "Klantcode", "Customer number",
                        "Customer code", "Customer ID", "Debtor number", "Account code", "AccountCode"],
        "kvk_nummer": _KVK + ["KvK-nummer debiteur", "KvK debiteur", "ChamberOfCommerce"],
        "concern_kvk": ["Concern KvK", "KvK concern", "KvK-nummer concern", "Concern KvK-nummer"],
    },
    "leads": {
        "lead_id": ["Lead ID", "Leadnummer", "Record ID", "Deal ID", "Opportunity ID", "ID", "Nummer",
                    "Dealnummer"],
        "aangemaakt_op": ["Aangemaakt op", "Aanmaakdatum", "Datum aangemaakt", "Create Date", "Created Date",
                          "CreatedDate", "Created at", "Deal created", "Add time", "Datum"],
        "bedrijfsnaam": ["Bedrijfsnaam", "Bedrijf", "Associated Company", "Company name", "Company",
                         "Account Name", "Accountnaam", "Organisatie", "Organisatienaam", "Organization",
                         "Organisation", "Naam van de klant", "Klant", "Klantnaam"],
        "kvk_nummer": _KVK,
        "sector": ["Sector", "Branche", "Industry"],
        "bron": ["Bron", "Leadbron", "Original Source", "Lead Source", "LeadSource", "Source"],
        "verkoper": ["Verkoper", "Accountmanager", "Eigenaar", "Deal owner", "Dealeigenaar", "Eigenaar deal",
                     "Opportunity Owner", "Eigenaar verkoopkans", "Verantwoordelijke", "Owner", "Sales rep"],
        "business_unit": _BU,
        "prospect_op": ["Prospect op", "Datum prospect", "Prospectdatum"],
        "offerte_op": ["Offerte op", "Datum offerte", "Offertedatum"],
        "gewonnen_op": ["Gewonnen op", "Datum gewonnen", "Won time", "Won date", "Tijdstip gewonnen"],
        "verloren_op": ["Verloren op", "Datum verloren", "Lost time", "Lost date", "Tijdstip verloren"],
        "terug_naar_lead_op": ["Terug naar lead op", "Datum terug naar lead"],
        "waarde": ["Waarde", "Dealwaarde", "Amount", "Deal value", "Opportunity Amount", "Bedrag", "Value",
                   "Amount in company currency", "Amount converted", "Bedrag in bedrijfsvaluta", "Geschatte waarde",
                   "Estimated value"],
        "bruto_marge": ["Bruto marge", "Brutomarge", "Marge", "Gross margin", "Margin"],
        "klantfase": ["Klantfase", "Fase", "Verkoopfase", "Deal Stage", "Dealstage", "Dealfase", "StageName",
                      "Stage", "Pipeline stage"],
        "sluitdatum": ["Sluitdatum", "Datum gesloten", "Close Date", "CloseDate", "Closed at", "Sluitingsdatum",
                       "Afsluitdatum", "Expected close date", "Verwachte sluitingsdatum", "Verwachte afsluitdatum"],
    },
    "enquetes": {
        "enquete_id": ["Enquete ID", "Enquête ID", "Respons ID", "Response ID", "ResponseId", "Antwoord ID",
                       "Respondent ID", "ID", "Nummer"],
        # Tijdstempels van enquêtetools (Tijdstempel, Tijd van voltooien, End Date, Submit Date (UTC)) staan in
        # hun profiel: daaraan herkennen we het systeem.
        "datum": ["Datum", "Ingevuld op", "Datum ingevuld", "Submitted at", "Submission date", "Response date",
                  "Date"],
        "contact_id": ["Contact ID", "Contactpersoon", "Contact", "Respondent", "E-mailadres", "E-mail", "Email",
                       "Email Address"],
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
        "medewerkers": ["Medewerkers", "Aantal medewerkers", "Aantal werknemers", "Werknemers", "Werkzame personen",
                        "Employees", "Number of Employees"],
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
        # Eerst de open vraag: 'Waarom zou u ons (niet) aanbevelen?' is een toelichting, geen score.
        "verbeterpunt": ["verbeteren", "verbeterpunt", "improve", "reden", "waarom", "reason", "why"],
        "score": ["aanbevel", "aanraden", "aanraadt", "recommend", "howlikely", "hoewaarschijnlijk"],
    },
}

#: Hulpkolommen: geen kolom van de cursustabel, wel nodig om een kolom goed te lezen
#: (het teken of de valuta van een bedrag, de uitkomst van een deal). Rol -> uitleg.
HULPROLLEN: dict[str, dict[str, str]] = {
    "facturen": {
        "valuta": "valuta van het bedrag",
        "debet_credit": "teken van het bedrag (debet of credit)",
        "debet": "bedrag op debet (telt positief)",
        "credit": "bedrag op credit (telt negatief)",
        "bedrag_valuta": "bedrag in vreemde valuta (niet opgeteld)",
        "factuurstatus": "status van de factuur (een concept telt niet)",
    },
    "leads": {
        "valuta": "valuta van de waarde",
        "waarde_valuta": "waarde in vreemde valuta (niet gebruikt)",
        "status": "status van de deal (open, gewonnen, verloren)",
        "gewonnen": "gewonnen (ja/nee)",
        "gesloten": "gesloten (ja/nee)",
    },
    "enquetes": {},
    "bedrijven": {},
}

#: Namen van hulpkolommen zoals systemen ze exporteren (vergeleken zoals bij SYNONIEMEN).
HULPSYNONIEMEN: dict[str, dict[str, list[str]]] = {
    "facturen": {
        "valuta": ["Valuta", "Valutacode", "Currency", "Currency code", "CurrencyCode", "Munt", "Factuurvaluta",
                   "Invoice currency"],
        "debet_credit": ["D/C", "Debet/Credit", "Debit/Credit", "D/C-indicator", "Debet of credit",
                         "DebitCredit"],
        "debet": ["Debet", "Bedrag debet", "Debetbedrag", "Debit", "Debit amount"],
        "credit": ["Credit", "Bedrag credit", "Creditbedrag", "Credit amount"],
        "bedrag_valuta": ["Bedrag in valuta", "Valutabedrag", "Bedrag vreemde valuta", "AmountFC", "Amount FC"],
        "factuurstatus": ["Status", "Factuurstatus", "Invoice status", "State"],
    },
    "leads": {
        "valuta": ["Valuta", "Currency", "Deal currency code", "Opportunity Currency", "Amount Currency", "Munt"],
        "status": ["Status", "Dealstatus", "Deal status", "Uitkomst"],
        "gewonnen": ["Won", "Gewonnen", "Is Won", "IsWon", "Is Closed Won"],
        "gesloten": ["Closed", "Gesloten", "Is Closed", "IsClosed", "Is Deal Closed"],
    },
}

#: Bedragkolommen die altijd in de eigen valuta (euro) staan, ook als er een kolom valuta is.
EIGEN_VALUTA = {
    "amountdc", "basisbedrag", "totalpriceexcltaxbase", "amountincompanycurrency", "amountconverted",
    "bedragineuro", "bedrageur", "bedragineur", "bedragomgerekend", "bedragbasisvaluta", "bedraginbedrijfsvaluta",
}

#: De valuta van de cursus. Bedragen in een andere valuta tellen we nooit als euro's.
EIGEN_MUNT = "EUR"

#: Waarden van een D/C-kolom.
DEBET_CREDIT: dict[str, str] = {
    "d": "debet", "debet": "debet", "debit": "debet", "dr": "debet", "db": "debet",
    "c": "credit", "credit": "credit", "cr": "credit",
}

#: Waarden van een statuskolom bij leads/deals -> uitkomst.
STATUS: dict[str, str] = {
    "open": "open", "lopend": "open", "actief": "open", "inbehandeling": "open",
    "won": "gewonnen", "gewonnen": "gewonnen", "closedwon": "gewonnen", "aanvaard": "gewonnen",
    "lost": "verloren", "verloren": "verloren", "closedlost": "verloren", "geweigerd": "verloren",
    "deleted": "verwijderd", "verwijderd": "verwijderd",
}

#: Waarden van een factuurstatus die betekenen: nog geen echte factuur.
CONCEPT: set[str] = {"draft", "concept", "conceptfactuur", "inconcept"}


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
    # Nederlandse labels van CRM-systemen (HubSpot, Salesforce, Pipedrive, Teamleader in het Nederlands).
    "gekwalificeerdomtekopen": "prospect", "presentatiegepland": "prospect", "beslisserakkoord": "prospect",
    "contractverzonden": "offerte", "voorstelverzonden": "offerte", "offertegemaakt": "offerte",
    "geslotengewonnen": "gewonnen", "geslotenverloren": "verloren",
    "prospectie": "prospect", "kwalificatie": "prospect", "behoefteanalyse": "prospect",
    "waardepropositie": "prospect", "besluitvormersidentificeren": "prospect", "perceptieanalyse": "prospect",
    "voorstelprijsofferte": "offerte", "onderhandelingbeoordeling": "offerte",
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
    for _kol, _namen in HULPSYNONIEMEN.get(_soort, {}).items():
        for _i, _naam in enumerate(_namen, start=1):
            _index.setdefault(naamsleutel(_naam), (_kol, _i))
    SYNONIEMEN_INDEX[_soort] = _index
