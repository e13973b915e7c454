"""Hoofdstuk 03: verwachtingen en de Net Promoter Score.

Het werkboek ``solutions/03_verwachtingen_en_nps_werkboek.ipynb`` hoort hierbij.
Alle referenties rekenen met de actieve dataset (``kies_dataset`` / ``seed=``).
"""

from __future__ import annotations

import math

from klantlib.data import laad
from klantlib.nps import met_bedrijfskenmerken, nps, nps_categorie, nps_per, nps_uit_aandelen, wat_als_belofte
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde

#: De tien antwoorden uit oefening 3.2 (staan ook in het werkboek).
ANTWOORDEN_3_2 = [10, 9, 9, 8, 7, 6, 3, 10, 8, 5]


def _enquetes():
    return laad("enquetes")


def _nps_lijst() -> float:
    return float(nps(ANTWOORDEN_3_2))


def _nps_concurrent() -> float:
    return float(nps_uit_aandelen(18, 47, 35))


def _aantal_leeg() -> int:
    return int(_enquetes()["score"].isna().sum())


def _nps_vermeer() -> float:
    return float(nps(_enquetes()["score"]))


def _nps_per_sector():
    tabel = nps_per(met_bedrijfskenmerken(_enquetes(), laad("bedrijven"), ["sector"]), "sector")
    return tabel["nps"]


def _sector_aandacht() -> str:
    return str(_nps_per_sector().idxmin())


def _negatief_een_dag_later() -> float:
    tabel = wat_als_belofte(laad("ervaringen"), extra_dagen=1, soort="offerte")
    return float(tabel.loc["wat als", "negatief"])


def _nps_van(scores) -> float:
    """Modeloplossing voor 3.10: NPS van een lijst, lege antwoorden (None) tellen niet mee."""
    ingevuld = [s for s in scores if s is not None and not (isinstance(s, float) and math.isnan(s))]
    promotors = sum(1 for s in ingevuld if s >= 9)
    criticasters = sum(1 for s in ingevuld if s <= 6)
    return 100 * (promotors - criticasters) / len(ingevuld)


OEFENINGEN = [
    Functie(
        id="3.1",
        functie="categorie",
        vraag=(
            "Schrijf de functie `categorie(score)`. Die geeft 'promotor' (9 of 10), 'passief' (7 of 8) "
            "of 'criticaster' (0 tot en met 6)."
        ),
        gevallen=[(10,), (9,), (8,), (7,), (6,), (0,), (5,)],
        referentie=nps_categorie,
        hints=[
            "Gebruik `if`, `elif` en `else`. Begin bij de hoogste groep.",
            "`if score >= 9:` geeft een promotor. Wat is de volgende grens?",
            "`elif score >= 7: return \"passief\"` en anders `return \"criticaster\"`.",
        ],
        oplossing=(
            "def categorie(score):\n"
            "    if score >= 9:\n"
            "        return \"promotor\"\n"
            "    elif score >= 7:\n"
            "        return \"passief\"\n"
            "    else:\n"
            "        return \"criticaster\""
        ),
    ),
    Waarde(
        id="3.2",
        variabele="nps_tien",
        vraag=(
            "Tien klanten gaven deze cijfers: 10, 9, 9, 8, 7, 6, 3, 10, 8, 5. "
            "Wat is de NPS? Reken het uit met Python of met de functie `nps`."
        ),
        referentie=_nps_lijst,
        tolerantie=0.01,
        hints=[
            "Tel de promotors (9 en 10) en de criticasters (0 tot en met 6).",
            "NPS = % promotors − % criticasters. Bij 10 klanten is één klant 10 %.",
            "`nps_tien = nps(antwoorden)` doet het in één keer.",
        ],
        oplossing="nps_tien = nps(antwoorden)",
    ),
    Waarde(
        id="3.3",
        variabele="nps_concurrent",
        vraag=(
            "Een concurrent meldt 18 % promotors, 47 % passief en 35 % criticasters. Wat is zijn NPS?"
        ),
        referentie=_nps_concurrent,
        tolerantie=0.01,
        hints=[
            "De passieve groep telt niet mee.",
            "Trek het aandeel criticasters af van het aandeel promotors.",
            "`nps_concurrent = nps_uit_aandelen(18, 47, 35)`.",
        ],
        oplossing="nps_concurrent = nps_uit_aandelen(18, 47, 35)",
    ),
    Waarde(
        id="3.4",
        variabele="aantal_leeg",
        vraag="Hoeveel enquêtes in de tabel `enquetes` hebben geen cijfer (een lege `score`)?",
        referentie=_aantal_leeg,
        hints=[
            "Een leeg cijfer is `<NA>`. `.isna()` geeft True voor elke lege waarde.",
            "True telt als 1. Tel dus op met `.sum()`.",
            "`aantal_leeg = enquetes[\"score\"].isna().sum()`; `nps(...).weggelaten` geeft hetzelfde getal.",
        ],
        oplossing="aantal_leeg = enquetes[\"score\"].isna().sum()",
    ),
    Waarde(
        id="3.5",
        variabele="nps_vermeer",
        vraag="Wat is de NPS van Vermeer over alle enquêtes samen (lege cijfers tellen niet mee)?",
        referentie=_nps_vermeer,
        tolerantie=0.05,
        hints=[
            "De cijfers staan in de kolom `score`.",
            "De functie `nps` laat lege antwoorden zelf weg.",
            "`nps_vermeer = nps(enquetes[\"score\"])`.",
        ],
        oplossing="nps_vermeer = nps(enquetes[\"score\"])",
    ),
    Waarde(
        id="3.6",
        variabele="nps_sector",
        vraag=(
            "Maak een Series `nps_sector` met de sector als index en de NPS als waarde. "
            "De sector haal je met `met_bedrijfskenmerken` uit de tabel `bedrijven`."
        ),
        referentie=_nps_per_sector,
        tolerantie=0.05,
        hints=[
            "Eerst koppelen: `met_sector = met_bedrijfskenmerken(enquetes, bedrijven, [\"sector\"])`.",
            "`nps_per(met_sector, \"sector\")` geeft een tabel met onder meer de kolom `nps`.",
            "Pak die kolom: `nps_sector = nps_per(met_sector, \"sector\")[\"nps\"]`.",
        ],
        oplossing=(
            "met_sector = met_bedrijfskenmerken(enquetes, bedrijven, [\"sector\"])\n"
            "nps_sector = nps_per(met_sector, \"sector\")[\"nps\"]"
        ),
    ),
    Waarde(
        id="3.7",
        variabele="sector_aandacht",
        vraag="Welke sector heeft de laagste NPS en verdient dus als eerste aandacht? Geef de naam als tekst.",
        referentie=_sector_aandacht,
        hints=[
            "Gebruik je Series `nps_sector` uit 3.6.",
            "`.idxmin()` geeft het label (de index) van de kleinste waarde.",
            "`sector_aandacht = nps_sector.idxmin()`.",
        ],
        oplossing="sector_aandacht = nps_sector.idxmin()",
    ),
    Meerkeuze(
        id="3.8",
        variabele="antwoord_3_8",
        vraag=(
            "Segment A heeft NPS +12 (95%-interval van −4 tot +28, 60 antwoorden). Segment B heeft NPS +20 "
            "(interval van +4 tot +36, 58 antwoorden). Wat concludeer je?"
        ),
        opties={
            "a": "B is tevredener dan A: 20 is meer dan 12.",
            "b": "Dat weet je niet zeker: de intervallen overlappen ruim, dus het verschil kan toeval zijn.",
            "c": "A is tevredener, want het interval van A begint lager.",
            "d": "Geen van beide heeft een positieve NPS.",
        },
        juist="b",
        hints=[
            "Een interval laat zien waar de echte NPS vrijwel zeker ligt.",
            "Past een NPS van +15 in allebei de intervallen?",
        ],
        uitleg=(
            "Beide intervallen bevatten bijvoorbeeld +10 en +25. De echte NPS van A en B kan dus gelijk zijn. "
            "Met zo weinig antwoorden is een verschil van 8 punten geen bewijs. Vraag meer klanten, "
            "of wacht met een conclusie."
        ),
    ),
    Waarde(
        id="3.9",
        variabele="negatief_een_dag_later",
        vraag=(
            "Stel dat de verkopers bij elke offerte één dag later beloven dan de klant nu verwacht. "
            "Welk percentage van de offertes geeft dan een negatieve ervaring?"
        ),
        referentie=_negatief_een_dag_later,
        tolerantie=0.05,
        hints=[
            "Gebruik `wat_als_belofte` met `extra_dagen=1` en `soort=\"offerte\"`.",
            "De uitkomst heeft de rijen 'nu' en 'wat als'. Je zoekt de rij 'wat als', kolom 'negatief'.",
            "`wat_als_belofte(ervaringen, extra_dagen=1, soort=\"offerte\").loc[\"wat als\", \"negatief\"]`.",
        ],
        oplossing=(
            "tabel = wat_als_belofte(ervaringen, extra_dagen=1, soort=\"offerte\")\n"
            "negatief_een_dag_later = tabel.loc[\"wat als\", \"negatief\"]"
        ),
    ),
    Functie(
        id="3.10",
        functie="nps_van",
        vraag=(
            "Schrijf zelf de functie `nps_van(scores)`: de NPS van een lijst cijfers, zonder de functie `nps`. "
            "Een leeg antwoord (`None`) telt niet mee."
        ),
        gevallen=[([10, 9, 8, 3],), ([7, 8, 9],), ([0, 9],), ([10, None, 6],), ([9, 9, 10],),
                  ([2, 4, None, 6, 8],)],
        referentie=_nps_van,
        tolerantie=1e-6,
        hints=[
            "Maak eerst een lijst met alleen de ingevulde cijfers: `[s for s in scores if s is not None]`.",
            "Tel promotors en criticasters met `sum(1 for s in ingevuld if s >= 9)` (en `s <= 6`).",
            "Deel het verschil door het aantal ingevulde cijfers en vermenigvuldig met 100.",
        ],
        oplossing=(
            "def nps_van(scores):\n"
            "    ingevuld = [s for s in scores if s is not None]\n"
            "    promotors = sum(1 for s in ingevuld if s >= 9)\n"
            "    criticasters = sum(1 for s in ingevuld if s <= 6)\n"
            "    return 100 * (promotors - criticasters) / len(ingevuld)"
        ),
    ),
    Open(
        id="3.11",
        variabele="tweede_vraag",
        vraag=(
            "Na het cijfer vraagt Vermeer: 'Wat kunnen we verbeteren?' Waarom is die tweede vraag nodig, "
            "en wat zou jij Vermeer adviseren op basis van wat criticasters noemen?"
        ),
        modelantwoord=(
            "Het cijfer zegt hoe tevreden een klant is, maar niet waarom. De open vraag laat zien wat er "
            "misgaat en vaak ook hoe de klant het anders wil. Criticasters van Vermeer noemen vooral de "
            "levertijd en dat die langer was dan beloofd. Advies: beloof realistische levertijden "
            "(verwachtingsmanagement) en houd de klant op de hoogte van de status van zijn levering."
        ),
    ),
]
