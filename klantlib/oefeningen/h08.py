"""Hoofdstuk 08: je eigen export inlezen (eigen data).

Het werkboek ``solutions/08_eigen_data_werkboek.ipynb`` hoort hierbij.
De oefeningen werken op de voorbeeldexports die met klantlib worden
meegeleverd (``klantlib/voorbeelden/``), niet op de dataset van Vermeer
Werkplek. Een persoonlijke seed verandert de uitkomsten dus niet.
"""

from __future__ import annotations

from klantlib.definitie import tel_klanten
from klantlib.funnel import funnel_uit_leads
from klantlib.inlezen import SCHEMA, lees_export, pseudonimiseer, voorbeeldbestand
from klantlib.nps import nps
from klantlib.oefeningen.kern import Fout, Meerkeuze, Open, Waarde

#: De vaste oefensleutel van oefening 8.5. Gebruik die nooit voor echte data.
SLEUTEL_8_5 = "oefensleutel-werkboek-08-niet-voor-echte-data"

#: De verkoper van wie je in oefening 8.5 het pseudoniem zoekt.
VERKOPER_8_5 = "Dewi Bakker"


def _facturen_export():
    return lees_export(voorbeeldbestand("exact_facturen.csv"), soort="facturen")


def _rijen_gebruikt() -> int:
    _, verslag = _facturen_export()
    return verslag.rijen_gebruikt


def _omzet_per_product():
    facturen, _ = lees_export(voorbeeldbestand("exact_facturen.csv"), soort="facturen",
                              kolommen={"Omschrijving": "product"})
    return facturen.groupby("product")["bedrag"].sum()


def _klanten_weg(basis: str = "factuur") -> int:
    facturen, _ = _facturen_export()
    keuze = {"basis": basis, "niveau": "vestiging"}
    return tel_klanten(facturen, periode_maanden=24, **keuze) - tel_klanten(facturen, periode_maanden=12, **keuze)


def _deals():
    deals, _ = lees_export(voorbeeldbestand("hubspot_deals.csv"), soort="leads")
    return deals


def _pseudoniem(sleutel: str = SLEUTEL_8_5) -> str:
    deals = _deals()
    veilig = pseudonimiseer(deals, sleutel, kolommen=["verkoper"])
    return str(veilig.loc[deals["verkoper"] == VERKOPER_8_5, "verkoper"].iloc[0])


def _enquetes_export():
    enquetes, _ = lees_export(voorbeeldbestand("enquete_export.csv"), soort="enquetes")
    return enquetes


def _verplicht(soort: str = "facturen") -> list[str]:
    return [kolom for kolom, (_, moet) in SCHEMA[soort].items() if moet]


def _nps_export() -> float:
    return float(nps(_enquetes_export()["score"]))


def _slagingskans_deals() -> float:
    return float(funnel_uit_leads(_deals()).loc["lead", "slagingskans"])


OEFENINGEN = [
    Waarde(
        id="8.1",
        variabele="rijen_gebruikt",
        vraag=("Lees de Exact-export `exact_facturen.csv` in met `lees_export`. Hoeveel rijen zijn gebruikt "
               "in de tabel? Haal het getal uit het verslag."),
        referentie=_rijen_gebruikt,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "`lees_export` geeft twee dingen terug: de tabel en het verslag.",
            "Het verslag heeft de eigenschappen `rijen_gelezen`, `rijen_gebruikt` en `rijen_apart`.",
            "`rijen_gebruikt = verslag.rijen_gebruikt`",
        ],
        oplossing="rijen_gebruikt = verslag.rijen_gebruikt",
        fouten=[
            Fout("Dit is het aantal gelezen rijen. Een deel daarvan is apart gezet; gevraagd zijn de gebruikte "
                 "rijen: `verslag.rijen_gebruikt`.", waarde=lambda: _facturen_export()[1].rijen_gelezen),
            Fout("Dit zijn de rijen die apart zijn gezet. Gevraagd zijn de gebruikte rijen: "
                 "`verslag.rijen_gebruikt`.", waarde=lambda: _facturen_export()[1].rijen_apart),
            Fout("Je antwoord is het hele verslag. Haal er het ene getal uit: `verslag.rijen_gebruikt`.",
                 herken=lambda a: hasattr(a, "rijen_gebruikt")),
        ],
    ),
    Waarde(
        id="8.2",
        variabele="omzet_per_product",
        vraag=("In de Exact-export staat het product in de kolom `Omschrijving`. Die kolom wordt niet vanzelf "
               "gebruikt. Lees het bestand opnieuw in en koppel `Omschrijving` zelf aan `product`. Bereken "
               "daarna de omzet per product: een Series met het product als index. De volgorde maakt niet uit; "
               "op hele euro's nauwkeurig is goed."),
        referentie=_omzet_per_product,
        decimalen=0,
        volgorde=False,
        hints=[
            "Geef `kolommen={\"Omschrijving\": \"product\"}` mee aan `lees_export`.",
            "Groepeer de nieuwe tabel per product en tel `bedrag` op.",
            "`met_product.groupby(\"product\")[\"bedrag\"].sum()`",
        ],
        oplossing=(
            'met_product, _ = lees_export(pad, soort="facturen", kolommen={"Omschrijving": "product"})\n'
            'omzet_per_product = met_product.groupby("product")["bedrag"].sum()'
        ),
        fouten=[
            Fout("Je Series is leeg: in de tabel zonder koppeling is de kolom `product` leeg. Lees het bestand "
                 "opnieuw in met `kolommen={\"Omschrijving\": \"product\"}` en gebruik die nieuwe tabel.",
                 herken=lambda a: hasattr(a, "__len__") and not isinstance(a, str) and len(a) == 0),
            Fout("Dit is het aantal regels per product. Tel de bedragen op: `[\"bedrag\"].sum()`.",
                 waarde=lambda: lees_export(voorbeeldbestand("exact_facturen.csv"), soort="facturen",
                                            kolommen={"Omschrijving": "product"})[0]
                 .groupby("product")["bedrag"].count()),
        ],
    ),
    Meerkeuze(
        id="8.3",
        variabele="antwoord_8_3",
        vraag=("In een export staat in de kolom bedrag alleen `1.234` (en geen enkel ander bedrag met een punt "
               "of komma). `lees_export` stopt met een InleesFout. Waarom?"),
        opties={
            "a": "Bedragen boven de duizend euro zijn niet toegestaan.",
            "b": ("De punt kan een duizendtal scheiden (1234 euro) of een decimaalteken zijn (1,234 euro). "
                  "De functie gokt niet en vraagt jou om `decimaalteken`."),
            "c": "pandas kan geen punten lezen; je moet het bestand eerst in Excel openen en opslaan.",
        },
        juist="b",
        hints=["Lees `1.234` eens als Nederlander en eens als Amerikaan. Komt er hetzelfde getal uit?"],
        uitleg=("In het Nederlands is 1.234 duizend tweehonderdvierendertig, in het Engels één komma twee drie "
                "vier. Een verschil van een factor duizend in je omzet. Daarom stopt `lees_export` en vraag je "
                "zelf `decimaalteken=\",\"` of `decimaalteken=\".\"`."),
        waarom_niet={
            "a": "Er is geen grens aan bedragen; het gaat om hoe je de punt leest.",
            "c": "pandas leest punten prima; de vraag is wat de punt betekent. Excel kan hem juist verkeerd omzetten.",
        },
    ),
    Waarde(
        id="8.4",
        variabele="klanten_weg",
        vraag=("Tel de klanten in de Exact-export op de naam op de factuur (`niveau=\"vestiging\"`, "
               "`basis=\"factuur\"`): één keer over 24 maanden en één keer over 12 maanden. Hoeveel klanten "
               "kochten wel in de laatste 24 maanden, maar niet meer in de laatste 12? Geef een geheel getal."),
        referentie=_klanten_weg,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Gebruik twee keer `tel_klanten(facturen, ...)`; alleen `periode_maanden` verschilt.",
            "De export heeft geen tabel bedrijven. Met `niveau=\"vestiging\"` telt de functie op de naam.",
            "Het antwoord is het aantal over 24 maanden min het aantal over 12 maanden.",
        ],
        oplossing=(
            'keuze = dict(basis="factuur", niveau="vestiging")\n'
            "klanten_weg = (tel_klanten(facturen, periode_maanden=24, **keuze)\n"
            "               - tel_klanten(facturen, periode_maanden=12, **keuze))"
        ),
        fouten=[
            Fout("Dit is het aantal klanten over 24 maanden. Trek het aantal over 12 maanden er nog van af.",
                 waarde=lambda: tel_klanten(_facturen_export()[0], basis="factuur", niveau="vestiging",
                                            periode_maanden=24)),
            Fout("Je telde met `basis=\"netto\"`. De vraag telt op de factuur: `basis=\"factuur\"`.",
                 waarde=lambda: _klanten_weg("netto")),
        ],
    ),
    Waarde(
        id="8.5",
        variabele="pseudoniem",
        vraag=("Pseudonimiseer de kolom `verkoper` van de HubSpot-export met de sleutel `SLEUTEL_8_5`. Welke "
               "pseudoniem krijgt de verkoper `VERKOPER_8_5` (Dewi Bakker)? Zet die tekst in `pseudoniem`."),
        referentie=_pseudoniem,
        hints=[
            "`pseudonimiseer(deals, SLEUTEL_8_5, kolommen=[\"verkoper\"])` geeft een nieuwe tabel terug.",
            "De rijen blijven in dezelfde volgorde. Kies in de nieuwe tabel de rijen waar in `deals` de "
            "verkoper `VERKOPER_8_5` is.",
            "`veilige_deals.loc[deals[\"verkoper\"] == VERKOPER_8_5, \"verkoper\"].iloc[0]`",
        ],
        oplossing=(
            'veilige_deals = pseudonimiseer(deals, SLEUTEL_8_5, kolommen=["verkoper"])\n'
            'pseudoniem = veilige_deals.loc[deals["verkoper"] == VERKOPER_8_5, "verkoper"].iloc[0]'
        ),
        fouten=[
            Fout("Dit is de echte naam. Gevraagd is het pseudoniem dat `pseudonimiseer` ervoor in de plaats zet.",
                 waarde=lambda: VERKOPER_8_5),
            Fout("Je gebruikte de sleutel uit de les. Gebruik de oefensleutel `SLEUTEL_8_5`.",
                 waarde=lambda: _pseudoniem("oefensleutel-alleen-voor-de-voorbeelden")),
        ],
    ),
    Open(
        id="8.6",
        variabele="mijn_avg_plan",
        vraag=("Je wilt de funnel per verkoper maken met een CRM-export van je stagebedrijf. Welke "
               "persoonsgegevens staan er waarschijnlijk in, welke laat je weg, en wat doe je met de rest? "
               "Noem ook waar je de sleutel bewaart."),
        modelantwoord=(
            "In de export staan de namen van de verkopers en vaak namen, e-mailadressen en telefoonnummers "
            "van contactpersonen, soms ook in open tekst. Voor de funnel heb ik alleen de verkoper nodig, en "
            "niet wie het is: contactgegevens exporteer ik dus niet. De verkopers vervang ik door een "
            "pseudoniem met pseudonimiseer. De sleutel maak ik met secrets.token_hex(32) en bewaar ik in een "
            "bestand buiten het notebook en buiten gedeelde mappen. De data blijft ook dan een persoonsgegeven: "
            "ik bewaar hem beveiligd, niet langer dan nodig, en ik vraag mijn begeleider of dit doel past bij "
            "wat het bedrijf met de gegevens mag doen."
        ),
        hints=[
            "Les 08, stap 6: welke gegevens over mensen staan in een CRM-export?",
            "Wat heb je voor een funnel per verkoper echt nodig, en wat niet? Waar bewaar je de sleutel?",
        ],
        min_woorden=25,
        moet_noemen=[
            ("persoonsgegevens (zoals namen, e-mailadressen of telefoonnummers)",
             ["naam", "namen", "mail", "telefoon", "persoonsgegeven", "contactpersoon", "contactgegevens"]),
            ("wat je weglaat of vervangt", ["weg", "niet", "pseudonim", "pseudoniem", "vervang"]),
            ("waar je de sleutel bewaart", ["sleutel"]),
        ],
    ),
    Waarde(
        id="8.7",
        variabele="nps_export",
        vraag=("Wat is de NPS van de enquête-export `enquete_export.csv` (al ingelezen als `enquetes`)? Lege "
               "antwoorden tellen niet mee. Op één decimaal nauwkeurig is goed."),
        referentie=_nps_export,
        decimalen=1,
        eenheid="punten",
        hints=[
            "Les 08, stap 8: de functie `nps` uit hoofdstuk 03 werkt ook op de export.",
            "De cijfers staan in de kolom `score`.",
            "`nps_export = nps(enquetes[\"score\"])`",
        ],
        oplossing='nps_export = nps(enquetes["score"])',
        fouten=[
            Fout("Je telde een leeg antwoord als 0 (criticaster). Lege antwoorden tellen niet mee.",
                 waarde=lambda: float(nps(_enquetes_export()["score"].fillna(0)))),
        ],
    ),
    Waarde(
        id="8.8",
        variabele="kans_deal",
        vraag=("Welk deel van de deals in de HubSpot-export (`deals`) werd uiteindelijk gewonnen? Gebruik "
               "`funnel_uit_leads` en geef de slagingskans van de eerste fase als deel (zoals 0.25), op drie "
               "decimalen nauwkeurig."),
        referentie=_slagingskans_deals,
        decimalen=3,
        eenheid="deel",
        hints=[
            "Les 08, stap 9: `funnel_uit_leads(deals)` werkt ook op de export.",
            "De slagingskans staat in de kolom `slagingskans`; de eerste fase is de bovenste rij.",
            "`funnel_uit_leads(deals)[\"slagingskans\"].iloc[0]`",
        ],
        oplossing='kans_deal = funnel_uit_leads(deals)["slagingskans"].iloc[0]',
        fouten=[
            Fout("Dit is de conversie naar de volgende fase. Gevraagd is de slagingskans: het deel dat "
                 "uiteindelijk klant wordt.",
                 waarde=lambda: float(funnel_uit_leads(_deals())["conversie"].iloc[0])),
        ],
    ),
    Waarde(
        id="8.9",
        variabele="verplicht_facturen",
        vraag=("Welke kolommen moet een export van facturen minstens hebben? Maak een lijst met de namen van de "
               "verplichte kolommen uit `SCHEMA[\"facturen\"]`, zoals in les 08, stap 1. De volgorde maakt niet "
               "uit."),
        referentie=_verplicht,
        volgorde=False,
        hints=[
            "Les 08, stap 1: per kolom staat er in `SCHEMA[\"facturen\"]` een paar (type, verplicht).",
            "`[kolom for kolom, (_, moet) in SCHEMA[\"facturen\"].items() if moet]`",
        ],
        oplossing='verplicht_facturen = [kolom for kolom, (_, moet) in SCHEMA["facturen"].items() if moet]',
        fouten=[
            Fout("Dit zijn alle kolommen van de cursustabel. Alleen de verplichte horen erin: die waarbij `moet` "
                 "True is.", waarde=lambda: list(SCHEMA["facturen"])),
            Fout("Dit zijn de verplichte kolommen van leads. Gevraagd is de soort facturen.",
                 waarde=lambda: _verplicht("leads")),
        ],
    ),
]
