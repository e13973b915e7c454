"""Hoofdstuk 01: wie is onze klant? (klantdefinitie)

Het werkboek ``solutions/01_klantdefinitie_werkboek.ipynb`` hoort hierbij.
Alle referenties rekenen met de actieve dataset (ook een persoonlijke).
"""

from __future__ import annotations

import pandas as pd

from klantlib.data import laad
from klantlib.definitie import (koppel_namen, namen_per_klant, normaliseer_bedrijfsnaam, standaard_peildatum,
                                tel_klanten)
from klantlib.oefeningen.kern import Fout, Functie, Meerkeuze, Open, Waarde

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
    return _tel(basis="betaald", periode_maanden=12, niveau="bedrijf")


def _periode(maanden: int = 12):
    facturen = laad("facturen")
    begin = standaard_peildatum(facturen) - pd.DateOffset(months=maanden)
    return facturen[facturen["factuurdatum"] > begin]


def _verschil_bruto_netto(maanden: int = 12) -> float:
    periode = _periode(maanden)
    bruto = periode.loc[periode["soort"] == "factuur", "bedrag"].sum()
    return float(bruto - periode["bedrag"].sum())


def _verschil_alle_jaren() -> float:
    facturen = laad("facturen")
    return float(facturen.loc[facturen["soort"] == "factuur", "bedrag"].sum() - facturen["bedrag"].sum())


def _schone_namen() -> list[str]:
    return [normaliseer_bedrijfsnaam(naam) for naam in NAMEN_1_3]


def _namen():
    return namen_per_klant(laad("facturen"), laad("bedrijven"), niveau="bedrijf")


def _holdings_met_meeste_namen() -> list[str]:
    namen = _namen()
    return namen.loc[namen["aantal_namen"] == namen["aantal_namen"].max(), "naam"].tolist()


def _kvk_met_meeste_namen() -> list:
    namen = _namen()
    return namen.loc[namen["aantal_namen"] == namen["aantal_namen"].max(), "klant"].tolist()


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


def _koppeling():
    facturen = laad("facturen")
    handmatig = facturen.loc[facturen["vestigingsnummer"].isna(), "klantnaam"]
    return handmatig, koppel_namen(handmatig, laad("bedrijven"))


def _gekoppeld_op_gelijkenis() -> int:
    return int((_koppeling()[1]["methode"] == "gelijkenis").sum())


_KEUZES_1_1 = dict(basis="betaald", periode_maanden=12, niveau="bedrijf")


def _anders(**wijziging) -> int:
    """``tel_klanten`` met de keuzes van 1.1, op één keuze na (een bekende foute keuze)."""
    return _tel(**{**_KEUZES_1_1, **wijziging})


OEFENINGEN = [
    Waarde(
        id="1.1",
        variabele="aantal_klanten",
        vraag=("Finance telt als klant elk bedrijf (KvK-nummer) dat in de laatste 12 maanden een factuur betaalde: "
               "wat er echt binnenkomt. Hoeveel klanten zijn dat? Geef een geheel getal."),
        referentie=_aantal_klanten,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Gebruik `tel_klanten(facturen, ...)` met de keuzes als argumenten, zoals in les 01, paragraaf 1.",
            "De keuzes zijn `basis=\"betaald\"`, `periode_maanden=12` en `niveau=\"bedrijf\"`.",
            "Voor het niveau bedrijf heeft de functie de tabel bedrijven nodig: geef `**tabellen` mee.",
        ],
        oplossing=('aantal_klanten = tel_klanten(facturen, basis="betaald", periode_maanden=12, '
                   'niveau="bedrijf", **tabellen)'),
        fouten=[
            Fout("Je telde met `basis=\"factuur\"`: elke verstuurde factuur. Finance telt pas als er echt geld "
                 "binnenkomt: `basis=\"betaald\"`.", waarde=lambda: _anders(basis="factuur")),
            Fout("Je telde met `basis=\"netto\"`: netto gefactureerd. Finance kijkt naar wat er echt binnenkomt: "
                 "betaalde facturen, `basis=\"betaald\"`.", waarde=lambda: _anders(basis="netto")),
            Fout("Je telde vestigingen. Finance telt bedrijven (KvK-nummers): `niveau=\"bedrijf\"`.",
                 waarde=lambda: _anders(niveau="vestiging")),
            Fout("Je telde concerns. Finance telt bedrijven (KvK-nummers): `niveau=\"bedrijf\"`.",
                 waarde=lambda: _anders(niveau="concern")),
            Fout("Je keek 24 maanden terug. Finance kijkt naar de laatste 12 maanden: `periode_maanden=12`.",
                 waarde=lambda: _anders(periode_maanden=24)),
        ],
    ),
    Waarde(
        id="1.2",
        variabele="verschil_bruto_netto",
        vraag=("Hoeveel euro ligt de bruto omzet van de laatste 12 maanden hoger dan de netto omzet? "
               "Bruto = alleen regels met soort \"factuur\"; netto = alle regels samen. Op hele euro's "
               "nauwkeurig is goed."),
        referentie=_verschil_bruto_netto,
        decimalen=0,
        eenheid="euro",
        hints=[
            "Kies eerst de regels van de laatste 12 maanden: `facturen[facturen[\"factuurdatum\"] > \"2024-12-31\"]`.",
            "Bruto: tel `bedrag` op van de regels met `soort == \"factuur\"` (met `.loc[..., \"bedrag\"]`, zoals "
            "in les 01, paragraaf 3). Netto: tel alle regels op.",
            "Het verschil is bruto min netto. Het is positief, want retouren en creditnota's zijn negatief.",
        ],
        oplossing=(
            'periode = facturen[facturen["factuurdatum"] > "2024-12-31"]\n'
            'bruto = periode.loc[periode["soort"] == "factuur", "bedrag"].sum()\n'
            'netto = periode["bedrag"].sum()\n'
            "verschil_bruto_netto = bruto - netto"
        ),
        fouten=[
            Fout("Je rekende met alle jaren. Kies eerst de regels van de laatste 12 maanden (na 31-12-2024).",
                 waarde=_verschil_alle_jaren),
            Fout("Je rekende met 24 maanden. De vraag gaat over de laatste 12 maanden (na 31-12-2024).",
                 waarde=lambda: _verschil_bruto_netto(24)),
            Fout("Dit is de bruto omzet zelf. Gevraagd is het verschil: bruto min netto.",
                 waarde=lambda: float(_periode().loc[_periode()["soort"] == "factuur", "bedrag"].sum())),
        ],
    ),
    Waarde(
        id="1.3",
        variabele="schone_namen",
        vraag=("Maak een lijst `schone_namen` met de genormaliseerde vorm van elke naam in `NAMEN_1_3`, "
               "in dezelfde volgorde (ook als twee namen dezelfde vorm krijgen)."),
        referentie=_schone_namen,
        hints=[
            "`normaliseer_bedrijfsnaam` werkt op één naam, en op een Series met namen (les 01, paragraaf 5).",
            "Maak van de lijst een Series: `pd.Series(NAMEN_1_3)`, en geef die aan de functie.",
            "`normaliseer_bedrijfsnaam(pd.Series(NAMEN_1_3)).tolist()`",
        ],
        oplossing="schone_namen = normaliseer_bedrijfsnaam(pd.Series(NAMEN_1_3)).tolist()",
        fouten=[
            Fout("Je lijst is gesorteerd. Houd de volgorde van `NAMEN_1_3` aan: de eerste schone naam hoort bij de "
                 "eerste naam.", waarde=lambda: sorted(_schone_namen())),
            Fout("Je liet dubbele vormen weg. De vraag wil voor elke naam in `NAMEN_1_3` de schone vorm, ook als "
                 "die hetzelfde is als een andere.", waarde=lambda: list(dict.fromkeys(_schone_namen()))),
        ],
    ),
    Waarde(
        id="1.4",
        variabele="holdings_met_meeste_namen",
        vraag=("Achter één factuuradres kunnen veel namen zitten. Welk bedrijf (of welke bedrijven, bij "
               "gelijkspel) heeft de meeste verschillende klantnamen op zijn facturen? Geef een lijst met de "
               "kolom `naam` uit `namen_per_klant(facturen, bedrijven, niveau=\"bedrijf\")`. De volgorde maakt "
               "niet uit."),
        referentie=_holdings_met_meeste_namen,
        volgorde=False,
        hints=[
            "`namen_per_klant(facturen, bedrijven, niveau=\"bedrijf\")` geeft per bedrijf `aantal_namen`.",
            "Zoek het hoogste aantal met `.max()` en kies alle rijen met dat aantal: zo tel je een gelijkspel mee.",
            "`namen.loc[namen[\"aantal_namen\"] == namen[\"aantal_namen\"].max(), \"naam\"].tolist()`",
        ],
        oplossing=(
            'namen = namen_per_klant(facturen, bedrijven, niveau="bedrijf")\n'
            'holdings_met_meeste_namen = namen.loc[namen["aantal_namen"] == namen["aantal_namen"].max(), '
            '"naam"].tolist()'
        ),
        fouten=[
            Fout("Je gaf de KvK-nummers (kolom `klant`). Gevraagd is de kolom `naam`.",
                 waarde=_kvk_met_meeste_namen),
        ],
    ),
    Meerkeuze(
        id="1.5",
        variabele="antwoord_1_5",
        vraag="Welke klantdefinitie past het best bij finance?",
        opties={
            "a": "Elke vestiging met een factuur in de laatste 24 maanden.",
            "b": "Elk bedrijf (KvK-nummer) dat in het afgelopen boekjaar een factuur betaalde.",
            "c": "Elk concern met een getekend contract, per business unit geteld.",
        },
        juist="b",
        hints=[
            "Naar wie stuurt finance de factuur, en wie moet betalen: een adres of een rechtspersoon?",
            "Finance wil weten wat er echt binnenkomt: geld op de rekening.",
        ],
        uitleg=("Finance factureert aan een rechtspersoon (KvK-nummer), rapporteert per boekjaar en kijkt naar wat "
                "er echt binnenkomt: betaalde facturen. Antwoord a past bij marketing, c bij sales."),
        waarom_niet={
            "a": "Vestigingen over 24 maanden: zo telt marketing, die post naar adressen stuurt.",
            "c": "Concerns met een getekend contract per business unit: zo telt sales.",
        },
    ),
    Waarde(
        id="1.6",
        variabele="weg_door_24_maanden",
        vraag=("Een oude klantenlijst telt elk bedrijf dat ooit een factuur kreeg (alle 60 maanden data). Marketing "
               "kijkt, zoals in de les, alleen naar de laatste 24 maanden. Hoeveel bedrijven (KvK-nummers) vallen "
               "door die 24-maandenregel af? Geef een geheel getal."),
        referentie=_weg_door_24_maanden,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Tel twee keer met `basis=\"factuur\"` en `niveau=\"bedrijf\"`: met 60 en met 24 maanden.",
            "Het antwoord is het verschil: 60 maanden min 24 maanden.",
        ],
        oplossing=(
            'ooit = tel_klanten(facturen, basis="factuur", periode_maanden=60, niveau="bedrijf", **tabellen)\n'
            'recent = tel_klanten(facturen, basis="factuur", periode_maanden=24, niveau="bedrijf", **tabellen)\n'
            "weg_door_24_maanden = ooit - recent"
        ),
        fouten=[
            Fout("Je telde met 12 maanden in plaats van 24. De regel van marketing is 24 maanden.",
                 waarde=lambda: _tel(basis="factuur", periode_maanden=60, niveau="bedrijf")
                 - _tel(basis="factuur", periode_maanden=12, niveau="bedrijf")),
            Fout("Je telde vestigingen. De vraag gaat over bedrijven (KvK-nummers): `niveau=\"bedrijf\"`.",
                 waarde=lambda: _tel(basis="factuur", periode_maanden=60, niveau="vestiging")
                 - _tel(basis="factuur", periode_maanden=24, niveau="vestiging")),
            Fout("Dit is het aantal bedrijven over 24 maanden. Gevraagd is hoeveel er afvallen: 60 maanden min 24 "
                 "maanden.", waarde=lambda: _tel(basis="factuur", periode_maanden=24, niveau="bedrijf")),
        ],
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
        fouten=[
            Fout("Je rondt niet af op centen. Voor de computer is 0.1 + 0.2 - 0.3 net geen 0: gebruik "
                 "`round(sum(bedragen), 2)`.", functie=lambda b: sum(b) > 0),
            Fout("Een bedrijf dat precies 0 overhoudt, kocht netto niets. Gebruik `>` in plaats van `>=`.",
                 functie=lambda b: round(sum(b), 2) >= 0),
            Fout("Je geeft de som terug. Gevraagd is True of False: vergelijk de som met 0 (`> 0`).",
                 functie=lambda b: round(sum(b), 2)),
        ],
    ),
    Waarde(
        id="1.8",
        variabele="extra_door_business_units",
        vraag=("Tel de bedrijven met een factuur in de laatste 12 maanden één keer, en daarna per business "
               "unit. Hoeveel klanten komen er bij als je per business unit telt? Geef een geheel getal."),
        referentie=_extra_door_business_units,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Gebruik twee keer `tel_klanten` met dezelfde keuzes; alleen `per_business_unit` verschilt.",
            "`per_business_unit=True` telt elk paar (bedrijf, business unit), zoals in les 01, paragraaf 6.",
        ],
        oplossing=(
            'keuze = dict(basis="factuur", periode_maanden=12, niveau="bedrijf")\n'
            "extra_door_business_units = (tel_klanten(facturen, per_business_unit=True, **keuze, **tabellen)\n"
            "                             - tel_klanten(facturen, **keuze, **tabellen))"
        ),
        fouten=[
            Fout("Dit is het aantal klanten per business unit. Gevraagd is hoeveel er bijkomen: trek het aantal "
                 "zonder `per_business_unit` ervan af.",
                 waarde=lambda: _tel(basis="factuur", periode_maanden=12, niveau="bedrijf", per_business_unit=True)),
            Fout("Je telde met `basis=\"netto\"`. De vraag telt bedrijven met een factuur: `basis=\"factuur\"`.",
                 waarde=lambda: _tel(basis="netto", periode_maanden=12, niveau="bedrijf", per_business_unit=True)
                 - _tel(basis="netto", periode_maanden=12, niveau="bedrijf")),
        ],
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
        waarom_niet={
            "a": "Een loyale klant komt steeds terug. Dit bedrijf kocht na 2023 niets meer.",
            "c": "Een nieuwe klant koopt voor het eerst. Dit bedrijf kocht al eerder, en nu niet.",
        },
    ),
    Waarde(
        id="1.10",
        variabele="aantal_concerns",
        vraag=("De directie kiest: een klant is een concern met netto omzet in de laatste 24 maanden, één keer "
               "geteld over alle business units. Hoeveel klanten zijn dat? Geef een geheel getal."),
        referentie=_aantal_concerns,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Dit is weer één aanroep van `tel_klanten`.",
            "Gebruik `basis=\"netto\"`, `periode_maanden=24` en `niveau=\"concern\"`.",
        ],
        oplossing=('aantal_concerns = tel_klanten(facturen, basis="netto", periode_maanden=24, '
                   'niveau="concern", **tabellen)'),
        fouten=[
            Fout("Je telde bedrijven. De directie telt concerns: `niveau=\"concern\"`.",
                 waarde=lambda: _tel(basis="netto", periode_maanden=24, niveau="bedrijf")),
            Fout("Je keek 12 maanden terug. De directie kiest 24 maanden: `periode_maanden=24`.",
                 waarde=lambda: _tel(basis="netto", periode_maanden=12, niveau="concern")),
            Fout("Je telde per business unit. De directie telt elk concern één keer: laat `per_business_unit` weg.",
                 waarde=lambda: _tel(basis="netto", periode_maanden=24, niveau="concern", per_business_unit=True)),
            Fout("Je telde met `basis=\"factuur\"`. De directie kiest netto: `basis=\"netto\"`.",
                 waarde=lambda: _tel(basis="factuur", periode_maanden=24, niveau="concern")),
        ],
    ),
    Open(
        id="1.11",
        variabele="mijn_definitie",
        vraag=("Schrijf je eigen klantdefinitie voor Vermeer Werkplek op: je keuze voor elk van de vier "
               "variabelen (basis, periode, bedrijf, product), en per keuze één zin waarom."),
        modelantwoord=(
            "Basis: netto, want alleen wat de klant houdt is echte omzet en provisie over bruto beloont "
            "retouren. Periode: 24 maanden, zodat klanten die niet elk jaar kopen niet meteen verdwijnen. "
            "Bedrijf: concern, want één holding met dochters is één gesprekspartner. Product: niet per "
            "business unit, zodat de directie elk concern één keer telt; elke unit mag daarnaast haar eigen "
            "lijst maken. Deze afspraak leggen we vast met finance, sales en de directie."
        ),
        hints=[
            "Neem de vier keuzes uit les 01, paragraaf 2, één voor één: basis, periode, bedrijf, product.",
            "Schrijf bij elke keuze een reden met 'want' of 'zodat'.",
        ],
        min_woorden=25,
        moet_noemen=[
            ("omzetbasis (bijvoorbeeld netto of factuur)",
             ["netto", "bruto", "factuur", "betaald", "betaling", "getekend", "ingang", "omzetbasis"]),
            ("periode (hoeveel maanden of jaren)", ["maand", "jaar", "jaren", "periode"]),
            ("keuze voor het bedrijf (vestiging, bedrijf of concern)", ["vestiging", "bedrijf", "concern", "kvk"]),
            ("keuze voor het product (per business unit of niet)", ["business unit", "unit", "product"]),
            ("reden (met 'want', 'omdat' of 'zodat')", ["want", "omdat", "zodat", "daardoor", "doordat"]),
        ],
    ),
    Waarde(
        id="1.12",
        variabele="op_gelijkenis",
        vraag=("Een paar factuurregels hebben geen vestigingsnummer: die zijn met de hand ingevoerd, alleen met een naam. "
               "`koppel_namen` koppelt die namen aan de bedrijven, precies of op gelijkenis (met een tikfout). "
               "Hoeveel verschillende namen koppelt de functie op gelijkenis? Geef een geheel getal."),
        referentie=_gekoppeld_op_gelijkenis,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Les 01, paragraaf 5: `koppel_namen(handmatig, bedrijven)` met `handmatig` de namen zonder "
            "vestigingsnummer.",
            "De uitkomst heeft een kolom `methode` met `\"exact\"` of `\"gelijkenis\"`.",
            "Tel de rijen met `methode == \"gelijkenis\"`: `(koppeling[\"methode\"] == \"gelijkenis\").sum()`.",
        ],
        oplossing=(
            'handmatig = facturen.loc[facturen["vestigingsnummer"].isna(), "klantnaam"]\n'
            "koppeling = koppel_namen(handmatig, bedrijven)\n"
            'op_gelijkenis = (koppeling["methode"] == "gelijkenis").sum()'
        ),
        fouten=[
            Fout("Dit is het aantal verschillende namen. Tel alleen de namen die op gelijkenis zijn gekoppeld.",
                 waarde=lambda: len(_koppeling()[1])),
            Fout("Dit is het aantal factuurregels zonder vestigingsnummer. Tel de namen die op gelijkenis zijn "
                 "gekoppeld: de kolom `methode`.", waarde=lambda: len(_koppeling()[0])),
            Fout("Dit zijn de namen die precies zijn gekoppeld. Gevraagd is `\"gelijkenis\"`.",
                 waarde=lambda: int((_koppeling()[1]["methode"] == "exact").sum())),
        ],
    ),
]
