"""Hoofdstuk 01: wie is onze klant? (klantdefinitie)

Het werkboek ``solutions/01_klantdefinitie_werkboek.ipynb`` hoort hierbij.
Alle referenties rekenen met de actieve dataset (ook een persoonlijke).
"""

from __future__ import annotations

import pandas as pd

from klantlib.data import laad
from klantlib.definitie import namen_per_klant, normaliseer_bedrijfsnaam, standaard_peildatum, tel_klanten
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde

#: De namen van oefening 1.3 (zoals ze op facturen kunnen staan).
NAMEN_1_3 = [
    "Jansen Transport B.V.",
    "JANSEN TRANSPORT BV",
    "jansen  transport b.v.",
    "Jansen Groep Holding B.V. t.a.v. Jansen Transport",
    "De Boer & Zn V.O.F.",
    "Stichting Zorg Eemland",
]


def _tabellen() -> dict:
    return {"contracten": laad("contracten"), "bedrijven": laad("bedrijven")}


def _tel(**keuze) -> int:
    return tel_klanten(laad("facturen"), **keuze, **_tabellen())


def _aantal_klanten() -> int:
    return _tel(basis="netto", periode_maanden=12, niveau="bedrijf")


def _verschil_bruto_netto() -> float:
    facturen = laad("facturen")
    begin = standaard_peildatum(facturen) - pd.DateOffset(months=12)
    periode = facturen[facturen["factuurdatum"] > begin]
    bruto = periode.loc[periode["soort"] == "factuur", "bedrag"].sum()
    return float(bruto - periode["bedrag"].sum())


def _schone_namen() -> list[str]:
    return [normaliseer_bedrijfsnaam(naam) for naam in NAMEN_1_3]


def _holdings_met_meeste_namen() -> list[str]:
    namen = namen_per_klant(laad("facturen"), laad("bedrijven"), niveau="bedrijf")
    return namen.loc[namen["aantal_namen"] == namen["aantal_namen"].max(), "naam"].tolist()


def _weg_door_24_maanden() -> int:
    return _tel(basis="factuur", periode_maanden=60, niveau="bedrijf") - _tel(
        basis="factuur", periode_maanden=24, niveau="bedrijf")


def _extra_door_business_units() -> int:
    keuze = {"basis": "factuur", "periode_maanden": 12, "niveau": "bedrijf"}
    return _tel(**keuze, per_business_unit=True) - _tel(**keuze)


def _aantal_concerns() -> int:
    return _tel(basis="netto", periode_maanden=24, niveau="concern")


def _is_netto_klant(bedragen) -> bool:
    return round(sum(bedragen), 2) > 0


OEFENINGEN = [
    Waarde(
        id="1.1",
        variabele="aantal_klanten",
        vraag=("Finance telt als klant elk bedrijf (KvK-nummer) met netto omzet in de laatste 12 maanden. "
               "Hoeveel klanten zijn dat?"),
        referentie=_aantal_klanten,
        hints=[
            "Gebruik `tel_klanten(facturen, ...)` met de vier keuzes als argumenten.",
            "De keuzes zijn `basis=\"netto\"`, `periode_maanden=12` en `niveau=\"bedrijf\"`.",
            "Voor het niveau bedrijf heeft de functie de tabel bedrijven nodig: geef `**tabellen` mee.",
        ],
        oplossing=('aantal_klanten = tel_klanten(facturen, basis="netto", periode_maanden=12, '
                   'niveau="bedrijf", **tabellen)'),
    ),
    Waarde(
        id="1.2",
        variabele="verschil_bruto_netto",
        vraag=("Hoeveel euro ligt de bruto omzet van de laatste 12 maanden hoger dan de netto omzet? "
               "Bruto = alleen regels met soort \"factuur\"; netto = alle regels samen."),
        referentie=_verschil_bruto_netto,
        tolerantie=0.01,
        hints=[
            "Kies eerst de regels van de laatste 12 maanden: `facturen[\"factuurdatum\"] > \"2024-12-31\"`.",
            "Bruto: tel `bedrag` op van de regels met `soort == \"factuur\"`. Netto: tel alle regels op.",
            "Het verschil is bruto min netto. Het is positief, want retouren en creditnota's zijn negatief.",
        ],
        oplossing=(
            'periode = facturen[facturen["factuurdatum"] > "2024-12-31"]\n'
            'bruto = periode.loc[periode["soort"] == "factuur", "bedrag"].sum()\n'
            'netto = periode["bedrag"].sum()\n'
            "verschil_bruto_netto = bruto - netto"
        ),
    ),
    Waarde(
        id="1.3",
        variabele="schone_namen",
        vraag=("Maak een lijst `schone_namen` met de genormaliseerde vorm van elke naam in `NAMEN_1_3`, "
               "in dezelfde volgorde."),
        referentie=_schone_namen,
        hints=[
            "`normaliseer_bedrijfsnaam(naam)` geeft de vaste schrijfwijze van één naam.",
            "Doe dat voor elke naam in de lijst, bijvoorbeeld met een list comprehension.",
            "`[normaliseer_bedrijfsnaam(naam) for naam in NAMEN_1_3]`",
        ],
        oplossing="schone_namen = [normaliseer_bedrijfsnaam(naam) for naam in NAMEN_1_3]",
    ),
    Waarde(
        id="1.4",
        variabele="holdings_met_meeste_namen",
        vraag=("Achter één factuuradres kunnen veel namen zitten. Welk bedrijf (of welke bedrijven, bij "
               "gelijkspel) heeft de meeste verschillende klantnamen op zijn facturen? Geef een lijst met de "
               "kolom `naam` uit `namen_per_klant(facturen, bedrijven, niveau=\"bedrijf\")`."),
        referentie=_holdings_met_meeste_namen,
        volgorde=False,
        hints=[
            "`namen_per_klant(facturen, bedrijven, niveau=\"bedrijf\")` geeft per bedrijf `aantal_namen`.",
            "Zoek het hoogste aantal met `.max()` en kies alle rijen met dat aantal.",
            "`namen.loc[namen[\"aantal_namen\"] == namen[\"aantal_namen\"].max(), \"naam\"].tolist()`",
        ],
        oplossing=(
            'namen = namen_per_klant(facturen, bedrijven, niveau="bedrijf")\n'
            'holdings_met_meeste_namen = namen.loc[namen["aantal_namen"] == namen["aantal_namen"].max(), '
            '"naam"].tolist()'
        ),
    ),
    Meerkeuze(
        id="1.5",
        variabele="antwoord_1_5",
        vraag="Welke klantdefinitie past het best bij finance?",
        opties={
            "a": "Elke vestiging met een factuur in de laatste 24 maanden.",
            "b": "Elk bedrijf (KvK-nummer) met netto omzet in het afgelopen boekjaar.",
            "c": "Elk concern met een getekend contract, per business unit geteld.",
        },
        juist="b",
        hints=[
            "Naar wie stuurt finance de factuur, en wie moet betalen: een adres of een rechtspersoon?",
            "Finance wil weten wat er echt aan omzet overblijft, dus na retouren en creditnota's.",
        ],
        uitleg=("Finance factureert aan een rechtspersoon (KvK-nummer) en rapporteert per boekjaar. Alleen wat "
                "na retouren overblijft is echte omzet, dus netto. Antwoord a past bij marketing, c bij sales."),
    ),
    Waarde(
        id="1.6",
        variabele="weg_door_24_maanden",
        vraag=("Marketing telt elk bedrijf dat ooit een factuur kreeg (alle 60 maanden data). Finance stelt "
               "voor: alleen wie in de laatste 24 maanden een factuur kreeg. Hoeveel bedrijven vallen door "
               "die 24-maandenregel af?"),
        referentie=_weg_door_24_maanden,
        hints=[
            "Tel twee keer met `basis=\"factuur\"` en `niveau=\"bedrijf\"`: met 60 en met 24 maanden.",
            "Het antwoord is het verschil: 60 maanden min 24 maanden.",
        ],
        oplossing=(
            'ooit = tel_klanten(facturen, basis="factuur", periode_maanden=60, niveau="bedrijf", **tabellen)\n'
            'recent = tel_klanten(facturen, basis="factuur", periode_maanden=24, niveau="bedrijf", **tabellen)\n'
            "weg_door_24_maanden = ooit - recent"
        ),
    ),
    Functie(
        id="1.7",
        functie="is_netto_klant",
        vraag=("Schrijf `is_netto_klant(bedragen)`. De functie krijgt een lijst met factuurbedragen van één "
               "bedrijf (retouren en creditnota's negatief) en geeft True als het bedrijf netto iets kocht: de "
               "som, afgerond op centen, is groter dan 0."),
        gevallen=[([100.0, -60.0],), ([100.0, -100.0],), ([],), ([250.0],), ([-20.0],), ([0.1, 0.2, -0.3],)],
        referentie=_is_netto_klant,
        hints=[
            "Tel de bedragen op met `sum(bedragen)`.",
            "Rond af op centen met `round(..., 2)`: 0.1 + 0.2 - 0.3 is voor de computer net niet 0.",
            "`return round(sum(bedragen), 2) > 0`",
        ],
        oplossing="def is_netto_klant(bedragen):\n    return round(sum(bedragen), 2) > 0",
    ),
    Waarde(
        id="1.8",
        variabele="extra_door_business_units",
        vraag=("Tel de bedrijven met een factuur in de laatste 12 maanden één keer, en daarna per business "
               "unit. Hoeveel klanten komen er bij als je per business unit telt?"),
        referentie=_extra_door_business_units,
        hints=[
            "Gebruik twee keer `tel_klanten` met dezelfde keuzes; alleen `per_business_unit` verschilt.",
            "`per_business_unit=True` telt elk paar (bedrijf, business unit).",
        ],
        oplossing=(
            'keuze = dict(basis="factuur", periode_maanden=12, niveau="bedrijf")\n'
            "extra_door_business_units = (tel_klanten(facturen, per_business_unit=True, **keuze, **tabellen)\n"
            "                             - tel_klanten(facturen, **keuze, **tabellen))"
        ),
    ),
    Meerkeuze(
        id="1.9",
        variabele="antwoord_1_9",
        vraag=("Een bedrijf kocht in 2022 en 2023 bij Vermeer Werkplek, maar daarna niet meer. In welke fase "
               "van de klantrelatiecyclus zit het nu?"),
        opties={
            "a": "Loyale klant: het heeft twee jaar achter elkaar gekocht.",
            "b": "Ex-klant, en vanuit de leverancier gezien daarmee weer een potentiële klant.",
            "c": "Nieuwe klant: het moet opnieuw voor het eerst kopen.",
        },
        juist="b",
        hints=["De derde fase van de cyclus is het afscheid. Waar begint de cyclus daarna opnieuw?"],
        uitleg=("Het bedrijf koopt niet meer: het is een ex-klant. Voor de leverancier is een ex-klant weer "
                "een potentiële klant, dus de cyclus begint opnieuw bij fase 1."),
    ),
    Waarde(
        id="1.10",
        variabele="aantal_concerns",
        vraag=("De directie kiest: een klant is een concern met netto omzet in de laatste 24 maanden, één keer "
               "geteld over alle business units. Hoeveel klanten zijn dat?"),
        referentie=_aantal_concerns,
        hints=[
            "Dit is weer één aanroep van `tel_klanten`.",
            "Gebruik `basis=\"netto\"`, `periode_maanden=24` en `niveau=\"concern\"`.",
        ],
        oplossing=('aantal_concerns = tel_klanten(facturen, basis="netto", periode_maanden=24, '
                   'niveau="concern", **tabellen)'),
    ),
    Open(
        id="1.11",
        variabele="mijn_definitie",
        vraag=("Schrijf je eigen klantdefinitie voor Vermeer Werkplek op: je keuze voor elk van de vier "
               "variabelen, en per keuze één zin waarom."),
        modelantwoord=(
            "Basis: netto, want alleen wat de klant houdt is echte omzet en provisie over bruto beloont "
            "retouren. Periode: 24 maanden, zodat klanten die niet elk jaar kopen niet meteen verdwijnen. "
            "Bedrijf: concern, want één holding met dochters is één gesprekspartner. Product: niet per "
            "business unit, zodat de directie elk concern één keer telt; elke unit mag daarnaast haar eigen "
            "lijst maken. Deze afspraak leggen we vast met finance, sales en de directie."
        ),
    ),
]
