"""Hoofdstuk 00: kennismaken met het werkboek (alle soorten oefeningen).

Het werkboek ``solutions/00_welkom_werkboek.ipynb`` hoort hierbij. Alles wat
de oefeningen nodig hebben, staat in les 00 (``notebooks/00_welkom.ipynb``):
een kolom kiezen, rijen kiezen op jaar, ``.unique()``, ``groupby``, ``def`` en
``return``, en getallen schrijven zoals Python ze leest.
"""

from __future__ import annotations

from klantlib.data import laad
from klantlib.oefeningen.kern import Fout, Functie, Meerkeuze, Open, Waarde

BTW = 0.21


def _facturen():
    return laad("facturen")


def _facturen_2025():
    f = _facturen()
    return f[f["factuurdatum"].dt.year == 2025]


def _aantal_facturen() -> int:
    return len(_facturen())


def _omzet_2025() -> float:
    return float(_facturen_2025()["bedrag"].sum())


def _business_units() -> list[str]:
    return sorted(_facturen()["business_unit"].dropna().unique().tolist())


def _omzet_per_business_unit():
    return _facturen().groupby("business_unit")["bedrag"].sum()


def _met_btw(bedrag: float) -> float:
    return round(bedrag * (1 + BTW), 2)


OEFENINGEN = [
    Waarde(
        id="0.1",
        variabele="aantal_facturen",
        vraag="Hoeveel regels (facturen) staan er in de tabel facturen? Geef een geheel getal.",
        referentie=_aantal_facturen,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Elke rij in de tabel is één factuurregel. Je zoekt dus het aantal rijen.",
            "De functie `len(...)` telt de rijen van een tabel (les 00, 'Je eerste tabel').",
            "Schrijf `aantal_facturen = len(facturen)`.",
        ],
        oplossing="aantal_facturen = len(facturen)",
        fouten=[
            Fout("Je gaf twee getallen: het aantal rijen én het aantal kolommen (`.shape`). Gebruik alleen het "
                 "aantal rijen: `len(facturen)`.", waarde=lambda: _facturen().shape),
            Fout("Dit is het aantal kolommen, niet het aantal rijen. `len(facturen)` telt de rijen.",
                 waarde=lambda: len(_facturen().columns)),
            Fout("Dit zijn alleen de facturen uit 2025. De vraag gaat over de hele tabel.",
                 waarde=lambda: len(_facturen_2025())),
        ],
    ),
    Waarde(
        id="0.2",
        variabele="omzet_2025",
        vraag=("Wat is de totale omzet (som van bedrag, excl. btw) van alle facturen uit 2025? Geef het bedrag in "
               "euro's als getal; op hele euro's nauwkeurig is goed."),
        referentie=_omzet_2025,
        decimalen=0,
        eenheid="euro",
        hints=[
            "Twee stappen: kies eerst de rijen uit 2025, tel daarna de kolom bedrag op.",
            "Rijen kiezen op jaar: `facturen[facturen[\"factuurdatum\"].dt.year == 2025]` (les 00, 'Rijen kiezen').",
            "Tel daarna de kolom bedrag op met `[\"bedrag\"].sum()`. Retouren en creditnota's tellen mee (ze zijn "
            "negatief).",
        ],
        oplossing=(
            "facturen_2025 = facturen[facturen[\"factuurdatum\"].dt.year == 2025]\n"
            "omzet_2025 = facturen_2025[\"bedrag\"].sum()"
        ),
        fouten=[
            Fout("Je telde de omzet van alle jaren. Kies eerst de rijen uit 2025 met "
                 "`facturen[\"factuurdatum\"].dt.year == 2025`.", waarde=lambda: float(_facturen()["bedrag"].sum())),
            Fout("Je telde alleen de gewone facturen. Retouren en creditnota's (de negatieve bedragen) horen erbij: "
                 "tel de hele kolom bedrag van 2025 op.",
                 waarde=lambda: float(_facturen_2025().loc[_facturen_2025()["soort"] == "factuur", "bedrag"].sum())),
            Fout("Je telde het aantal regels van 2025. Gevraagd is de som van de bedragen: `[\"bedrag\"].sum()`.",
                 waarde=lambda: len(_facturen_2025())),
            Fout("Dit is het gemiddelde bedrag per factuur. Gevraagd is het totaal: `.sum()` in plaats van "
                 "`.mean()`.", waarde=lambda: float(_facturen_2025()["bedrag"].mean())),
            Fout("Dit is de omzet van 2024. Kies het jaar 2025.",
                 waarde=lambda: float(_facturen().loc[_facturen()["factuurdatum"].dt.year == 2024, "bedrag"].sum())),
        ],
    ),
    Waarde(
        id="0.3",
        variabele="business_units",
        vraag=("Maak een lijst met de namen van de business units in de tabel facturen (elke naam één keer). "
               "De volgorde maakt niet uit."),
        referentie=_business_units,
        volgorde=False,
        hints=[
            "De business unit staat in de kolom `business_unit`.",
            "`.unique()` geeft elke waarde één keer (les 00, 'Elke waarde één keer').",
            "`business_units = facturen[\"business_unit\"].unique()`; met `.tolist()` erachter wordt het een "
            "gewone lijst.",
        ],
        oplossing="business_units = facturen[\"business_unit\"].unique().tolist()",
        fouten=[
            Fout("Je gaf per business unit het aantal regels. Gevraagd zijn alleen de namen: "
                 "`facturen[\"business_unit\"].unique()`.",
                 waarde=lambda: _facturen()["business_unit"].value_counts()),
            Fout("Je lijst bevat elke regel van de tabel, dus elke naam heel vaak. Met `.unique()` krijg je elke "
                 "naam één keer.", herken=lambda a: hasattr(a, "__len__") and not isinstance(a, str)
                 and len(a) == len(_facturen())),
        ],
    ),
    Waarde(
        id="0.4",
        variabele="omzet_per_unit",
        vraag=("Bereken de totale omzet per business unit over alle jaren: een Series met de business unit als "
               "index. De volgorde maakt niet uit; op hele euro's nauwkeurig is goed."),
        referentie=_omzet_per_business_unit,
        decimalen=0,
        volgorde=False,
        hints=[
            "Groepeer de facturen per business unit met `.groupby(\"business_unit\")` (les 00, 'Per groep optellen').",
            "Kies daarna de kolom bedrag en tel op: `[\"bedrag\"].sum()`.",
        ],
        oplossing="omzet_per_unit = facturen.groupby(\"business_unit\")[\"bedrag\"].sum()",
        fouten=[
            Fout("Dit is het gemiddelde bedrag per business unit. Gevraagd is het totaal: `.sum()`.",
                 waarde=lambda: _facturen().groupby("business_unit")["bedrag"].mean()),
            Fout("Dit is het aantal regels per business unit. Tel de bedragen op: `[\"bedrag\"].sum()`.",
                 waarde=lambda: _facturen().groupby("business_unit")["bedrag"].count()),
            Fout("Dit is alleen de omzet van 2025. De vraag gaat over alle jaren: gebruik de hele tabel facturen.",
                 waarde=lambda: _facturen_2025().groupby("business_unit")["bedrag"].sum()),
        ],
    ),
    Functie(
        id="0.5",
        functie="met_btw",
        vraag=("Schrijf een functie `met_btw(bedrag)` die het bedrag inclusief 21 % btw teruggeeft, afgerond op "
               "centen (2 decimalen)."),
        gevallen=[(100,), (0,), (19.99,), (-50.0,), (1234.56,)],
        referentie=_met_btw,
        hints=[
            "Inclusief 21 % btw betekent: het bedrag keer 1.21 (in Python met een punt).",
            "Rond af op twee decimalen met `round(getal, 2)`.",
            "Vergeet `return` niet: `return round(bedrag * 1.21, 2)`.",
        ],
        oplossing="def met_btw(bedrag):\n    return round(bedrag * 1.21, 2)",
        fouten=[
            Fout("Je rondt niet af op centen. Zet er `round(..., 2)` omheen.", functie=lambda b: b * 1.21),
            Fout("Je geeft alleen de btw terug. Het bedrag inclusief btw is het bedrag keer 1.21.",
                 functie=lambda b: round(b * 0.21, 2)),
            Fout("Je telt 21 euro op. 21 % btw is 21 procent van het bedrag: keer 1.21.",
                 functie=lambda b: round(b + 21, 2)),
            Fout("`round(getal)` rondt af op hele euro's. Geef het aantal decimalen mee: `round(getal, 2)`.",
                 functie=lambda b: round(b * 1.21)),
            Fout("Python leest `1,21` als twee getallen (een tuple). Schrijf `1.21`, met een punt.",
                 functie=lambda b: (b * 1, 21)),
        ],
    ),
    Meerkeuze(
        id="0.6",
        variabele="antwoord_0_6",
        vraag="Sommige regels in de tabel facturen hebben een negatief bedrag. Wat betekent dat?",
        opties={
            "a": "De klant heeft die factuur nog niet betaald.",
            "b": "Het is een retour of een creditnota: er gaat geld terug naar de klant.",
            "c": "Er is een fout gemaakt bij het invoeren; die regels moet je weggooien.",
        },
        juist="b",
        hints=["Kijk naar de kolom `soort` van de regels met een negatief bedrag."],
        uitleg="Retouren en creditnota's verlagen de omzet. Laat ze dus staan als je de omzet berekent.",
        waarom_niet={
            "a": "Of een factuur betaald is, zie je aan de kolom `betaaldatum`, niet aan het teken van het bedrag.",
            "c": "Kijk naar de kolom `soort` van die regels: het zijn gewone retouren en creditnota's.",
        },
    ),
    Open(
        id="0.7",
        variabele="mijn_uitleg",
        vraag="Leg in één of twee zinnen uit waarom het handig is dat elke student een eigen dataset kan krijgen.",
        modelantwoord=(
            "Met een eigen dataset heeft iedereen andere getallen. Je kunt dus niet zomaar een antwoord "
            "overnemen: je moet de berekening zelf begrijpen. De controle rekent met jouw data, dus je "
            "krijgt toch direct feedback."
        ),
        hints=["Wat gebeurt er als twee studenten dezelfde getallen hebben, en één schrijft de antwoorden over?"],
        min_woorden=8,
    ),
    Meerkeuze(
        id="0.8",
        variabele="antwoord_0_8",
        vraag=("De directie van Vermeer wil dat verkopers bij elke klant de inkopers en beslissers kennen en "
               "ze goed opleiden. Bij welke van de vijf factoren van CRM (de kaart van de cursus) hoort dat het "
               "meest?"),
        opties={
            "a": "Technologie",
            "b": "Processen",
            "c": "Mensen",
            "d": "Strategie",
        },
        juist="c",
        hints=["Kijk in les 00 naar de kaart van de cursus: welke factor gaat over wie wat doet, bij jou en bij "
               "de klant?"],
        uitleg=("Het gaat over wie wat doet, bij Vermeer (de verkopers) en bij de klant (inkopers en "
                "beslissers): de factor Mensen. Die komt terug in hoofdstuk 07, accountmanagement."),
        waarom_niet={
            "a": "Technologie gaat over welke data je verzamelt en hoe je die gebruikt.",
            "b": "Processen gaan over de vaste stappen die je zet, zoals de salesfunnel.",
            "d": "Strategie gaat over waarin je wilt uitblinken voor je klant.",
        },
    ),
]
