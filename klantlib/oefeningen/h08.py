"""Hoofdstuk 08: je eigen export inlezen (eigen data).

Het werkboek ``solutions/08_eigen_data_werkboek.ipynb`` hoort hierbij.
De oefeningen werken op de voorbeeldexports die met klantlib worden
meegeleverd (``klantlib/voorbeelden/``), niet op de dataset van Vermeer
Werkplek. Een persoonlijke seed verandert de uitkomsten dus niet.
"""

from __future__ import annotations

from klantlib.definitie import tel_klanten
from klantlib.inlezen import lees_export, pseudonimiseer, voorbeeldbestand
from klantlib.oefeningen.kern import Meerkeuze, Open, Waarde

#: De vaste oefensleutel van oefening 8.5. Gebruik die nooit voor echte data.
SLEUTEL_8_5 = "oefensleutel-werkboek-08-niet-voor-echte-data"

#: De verkoper van wie je in oefening 8.5 de schuilnaam zoekt.
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


def _klanten_weg() -> int:
    facturen, _ = _facturen_export()
    keuze = {"basis": "factuur", "niveau": "vestiging"}
    return tel_klanten(facturen, periode_maanden=24, **keuze) - tel_klanten(facturen, periode_maanden=12, **keuze)


def _schuilnaam() -> str:
    deals, _ = lees_export(voorbeeldbestand("hubspot_deals.csv"), soort="leads")
    veilig = pseudonimiseer(deals, SLEUTEL_8_5, kolommen=["verkoper"])
    return str(veilig.loc[deals["verkoper"] == VERKOPER_8_5, "verkoper"].iloc[0])


OEFENINGEN = [
    Waarde(
        id="8.1",
        variabele="rijen_gebruikt",
        vraag=("Lees de Exact-export `exact_facturen.csv` in met `lees_export`. Hoeveel rijen zijn gebruikt "
               "in de tabel? Haal het getal uit het verslag."),
        referentie=_rijen_gebruikt,
        hints=[
            "`lees_export` geeft twee dingen terug: de tabel en het verslag.",
            "Het verslag heeft de eigenschappen `rijen_gelezen`, `rijen_gebruikt` en `rijen_apart`.",
            "`rijen_gebruikt = verslag.rijen_gebruikt`",
        ],
        oplossing="rijen_gebruikt = verslag.rijen_gebruikt",
    ),
    Waarde(
        id="8.2",
        variabele="omzet_per_product",
        vraag=("In de Exact-export staat het product in de kolom `Omschrijving`. Die kolom wordt niet vanzelf "
               "gebruikt. Lees het bestand opnieuw in en koppel `Omschrijving` zelf aan `product`. Bereken "
               "daarna de omzet per product: een Series met het product als index."),
        referentie=_omzet_per_product,
        tolerantie=0.01,
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
    ),
    Waarde(
        id="8.4",
        variabele="klanten_weg",
        vraag=("Tel de klanten in de Exact-export op de naam op de factuur (`niveau=\"vestiging\"`, "
               "`basis=\"factuur\"`): één keer over 24 maanden en één keer over 12 maanden. Hoeveel klanten "
               "kochten wel in de laatste 24 maanden, maar niet meer in de laatste 12?"),
        referentie=_klanten_weg,
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
    ),
    Waarde(
        id="8.5",
        variabele="schuilnaam",
        vraag=("Pseudonimiseer de kolom `verkoper` van de HubSpot-export met de sleutel `SLEUTEL_8_5`. Welke "
               "schuilnaam krijgt de verkoper `VERKOPER_8_5` (Dewi Bakker)? Zet die tekst in `schuilnaam`."),
        referentie=_schuilnaam,
        hints=[
            "`pseudonimiseer(deals, SLEUTEL_8_5, kolommen=[\"verkoper\"])` geeft een nieuwe tabel terug.",
            "De rijen blijven in dezelfde volgorde. Kies in de nieuwe tabel de rijen waar in `deals` de "
            "verkoper `VERKOPER_8_5` is.",
            "`veilige_deals.loc[deals[\"verkoper\"] == VERKOPER_8_5, \"verkoper\"].iloc[0]`",
        ],
        oplossing=(
            'veilige_deals = pseudonimiseer(deals, SLEUTEL_8_5, kolommen=["verkoper"])\n'
            'schuilnaam = veilige_deals.loc[deals["verkoper"] == VERKOPER_8_5, "verkoper"].iloc[0]'
        ),
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
            "schuilnaam met pseudonimiseer. De sleutel maak ik met secrets.token_hex(32) en bewaar ik in een "
            "bestand buiten het notebook en buiten gedeelde mappen. De data blijft ook dan een persoonsgegeven: "
            "ik bewaar hem beveiligd, niet langer dan nodig, en ik vraag mijn begeleider of dit doel past bij "
            "wat het bedrijf met de gegevens mag doen."
        ),
    ),
]
