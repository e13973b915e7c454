"""Hoofdstuk 00: kennismaken met het werkboek (alle soorten oefeningen).

Het werkboek ``solutions/00_welkom_werkboek.ipynb`` hoort hierbij.
"""

from __future__ import annotations

from klantlib.data import laad
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde

BTW = 0.21


def _facturen():
    return laad("facturen")


def _aantal_facturen() -> int:
    return len(_facturen())


def _omzet_2025() -> float:
    f = _facturen()
    return float(f.loc[f["factuurdatum"].dt.year == 2025, "bedrag"].sum())


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
        vraag="Hoeveel regels (facturen) staan er in de tabel facturen?",
        referentie=_aantal_facturen,
        hints=[
            "Elke rij in de tabel is één factuur. Je zoekt dus het aantal rijen.",
            "De functie `len(...)` telt de rijen van een tabel.",
            "Schrijf `aantal_facturen = len(facturen)`.",
        ],
        oplossing="aantal_facturen = len(facturen)",
    ),
    Waarde(
        id="0.2",
        variabele="omzet_2025",
        vraag="Wat is de totale omzet (som van bedrag, excl. btw) van alle facturen uit 2025?",
        referentie=_omzet_2025,
        tolerantie=0.01,
        hints=[
            "Kies eerst de rijen uit 2025. Het jaar van een datum vind je met `.dt.year`.",
            "Een filter ziet er zo uit: `facturen[facturen[\"factuurdatum\"].dt.year == 2025]`.",
            "Tel daarna de kolom bedrag op met `.sum()`. Retouren en creditnota's tellen mee (ze zijn negatief).",
        ],
        oplossing=(
            "facturen_2025 = facturen[facturen[\"factuurdatum\"].dt.year == 2025]\n"
            "omzet_2025 = facturen_2025[\"bedrag\"].sum()"
        ),
    ),
    Waarde(
        id="0.3",
        variabele="business_units",
        vraag="Maak een lijst met de namen van de business units in de tabel facturen (elke naam één keer).",
        referentie=_business_units,
        volgorde=False,
        hints=[
            "De business unit staat in de kolom `business_unit`.",
            "`.unique()` geeft elke waarde één keer.",
            "Maak er een gewone lijst van met `.tolist()`.",
        ],
        oplossing="business_units = facturen[\"business_unit\"].unique().tolist()",
    ),
    Waarde(
        id="0.4",
        variabele="omzet_per_unit",
        vraag="Bereken de totale omzet per business unit over alle jaren (een Series met de business unit als index).",
        referentie=_omzet_per_business_unit,
        tolerantie=0.01,
        volgorde=False,
        hints=[
            "Groepeer de facturen per business unit met `.groupby(\"business_unit\")`.",
            "Kies daarna de kolom bedrag en tel op: `[\"bedrag\"].sum()`.",
        ],
        oplossing="omzet_per_unit = facturen.groupby(\"business_unit\")[\"bedrag\"].sum()",
    ),
    Functie(
        id="0.5",
        functie="met_btw",
        vraag="Schrijf een functie `met_btw(bedrag)` die het bedrag inclusief 21 % btw teruggeeft, afgerond op centen.",
        gevallen=[(100,), (0,), (19.99,), (-50.0,), (1234.56,)],
        referentie=_met_btw,
        hints=[
            "Inclusief 21 % btw betekent: het bedrag keer 1,21.",
            "Rond af op twee decimalen met `round(getal, 2)`.",
            "Vergeet `return` niet: `return round(bedrag * 1.21, 2)`.",
        ],
        oplossing="def met_btw(bedrag):\n    return round(bedrag * 1.21, 2)",
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
    ),
]
