"""Hoofdstuk 03: verwachtingen en de Net Promoter Score.

Het werkboek ``solutions/03_verwachtingen_en_nps_werkboek.ipynb`` hoort hierbij.
Alle referenties rekenen met de actieve dataset (``kies_dataset`` / ``seed=``).
"""

from __future__ import annotations

import math

import pandas as pd

from klantlib.data import laad
from klantlib.nps import (met_bedrijfskenmerken, nps, nps_categorie, nps_interval_per, nps_per, nps_uit_aandelen,
                          nps_verschil, wat_als_belofte)
from klantlib.oefeningen.kern import Fout, Functie, Meerkeuze, Open, Waarde

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


#: De twee sectoren van oefening 3.8 (A min B).
SECTOREN_3_8 = ("Handel", "Industrie")


def _met_sector():
    return met_bedrijfskenmerken(_enquetes(), laad("bedrijven"), ["sector"])


def _scores_sector(sector: str):
    enquetes = _met_sector()
    return enquetes.loc[enquetes["sector"] == sector, "score"]


def _verschil_3_8(omgekeerd: bool = False):
    a, b = SECTOREN_3_8
    if omgekeerd:
        a, b = b, a
    return nps_verschil(_scores_sector(a), _scores_sector(b))


def _ondergrens_verschil() -> float:
    return float(_verschil_3_8().onder)


def _intervallen_3_8():
    tabel = nps_interval_per(_met_sector(), "sector")
    a, b = SECTOREN_3_8
    return tabel.loc[a], tabel.loc[b]


def _overlapregel() -> float:
    """Foute methode bij 3.8: de twee losse intervallen vergelijken (ondergrens A min bovengrens B)."""
    a, b = _intervallen_3_8()
    return float(a["onder"] - b["boven"])


def _nps_per_jaar():
    enquetes = _enquetes()
    enquetes["jaar"] = enquetes["datum"].dt.year
    return nps_interval_per(enquetes, "jaar")["nps"]


def _slechtste_jaar() -> int:
    return int(_nps_per_jaar().idxmin())


def _wat_als(extra_dagen: int = 1, soort: str = "offerte"):
    return wat_als_belofte(laad("ervaringen"), extra_dagen=extra_dagen, soort=soort)


def _negatief_een_dag_later() -> float:
    return float(_wat_als().loc["wat als", "negatief"])


def _nps_leeg_in_noemer() -> float:
    """Foute methode bij 3.5: lege antwoorden tellen mee in de noemer."""
    score = _enquetes()["score"]
    return float(100 * ((score >= 9).sum() - (score <= 6).sum()) / len(score))


def _nps_leeg_als_nul() -> float:
    """Foute methode bij 3.5: een leeg antwoord telt als 0 (criticaster)."""
    return float(nps(_enquetes()["score"].fillna(0)))


def _is_leeg(s) -> bool:
    return s is None or s is pd.NA or (isinstance(s, float) and math.isnan(s))


def _nps_van(scores) -> float:
    """Modeloplossing voor 3.10: NPS van een lijst; lege antwoorden (None, pd.NA) tellen niet mee."""
    ingevuld = [s for s in scores if not _is_leeg(s)]
    promotors = len([s for s in ingevuld if s >= 9])
    criticasters = len([s for s in ingevuld if s <= 6])
    return 100 * (promotors - criticasters) / len(ingevuld)


def _nps_van_alle(scores) -> float:
    """Foute uitwerking bij 3.10: deelt door alle antwoorden, ook de lege."""
    ingevuld = [s for s in scores if not _is_leeg(s)]
    return 100 * (len([s for s in ingevuld if s >= 9]) - len([s for s in ingevuld if s <= 6])) / len(scores)


def _nps_van_deel(scores) -> float:
    return _nps_van(scores) / 100


def _categorie_te_streng(score) -> str:
    if score > 9:
        return "promotor"
    if score > 7:
        return "passief tevreden"
    return "criticaster"


def _categorie_oud_label(score) -> str:
    """Foute uitwerking bij 3.1: het oude label 'passief' in plaats van 'passief tevreden'."""
    uit = nps_categorie(score)
    return "passief" if uit == "passief tevreden" else uit


OEFENINGEN = [
    Functie(
        id="3.1",
        functie="categorie",
        vraag=(
            "Schrijf de functie `categorie(score)`. Die geeft 'promotor' (9 of 10), 'passief tevreden' (7 of 8) "
            "of 'criticaster' (0 tot en met 6)."
        ),
        gevallen=[(10,), (9,), (8,), (7,), (6,), (0,), (5,)],
        referentie=nps_categorie,
        hints=[
            "Gebruik `if`, `elif` en `else`. Begin bij de hoogste groep.",
            "`if score >= 9:` geeft een promotor. Wat is de volgende grens?",
            "`elif score >= 7: return \"passief tevreden\"` en anders `return \"criticaster\"`.",
        ],
        oplossing=(
            "def categorie(score):\n"
            "    if score >= 9:\n"
            "        return \"promotor\"\n"
            "    elif score >= 7:\n"
            "        return \"passief tevreden\"\n"
            "    else:\n"
            "        return \"criticaster\""
        ),
        fouten=[
            Fout("Let op de grenzen: een 9 is al promotor en een 7 al passief tevreden. Gebruik `>=` in plaats "
                 "van `>`.", functie=_categorie_te_streng),
            Fout("Bijna goed: de groep van 7 en 8 heet in deze cursus 'passief tevreden' (één klant). Geef dus "
                 "`\"passief tevreden\"` terug in plaats van `\"passief\"`.", functie=_categorie_oud_label),
        ],
    ),
    Waarde(
        id="3.2",
        variabele="nps_tien",
        vraag=(
            "Tien klanten gaven deze cijfers: 10, 9, 9, 8, 7, 6, 3, 10, 8, 5. "
            "Wat is de NPS (een getal tussen -100 en 100)? Op één decimaal nauwkeurig is goed."
        ),
        referentie=_nps_lijst,
        decimalen=1,
        eenheid="punten",
        hints=[
            "Tel de promotors (9 en 10) en de criticasters (0 tot en met 6).",
            "NPS = % promotors − % criticasters. Bij 10 klanten is één klant 10 %.",
            "`nps_tien = nps(antwoorden)` doet het in één keer.",
        ],
        oplossing="nps_tien = nps(antwoorden)",
        fouten=[
            Fout("Je trok de aantallen van elkaar af. De NPS rekent met percentages: deel door het aantal "
                 "antwoorden en vermenigvuldig met 100.", waarde=lambda: 4 - 3),
            Fout("Dit is alleen het percentage promotors. Trek het percentage criticasters er nog van af.",
                 waarde=lambda: 40.0),
            Fout("De passief tevredenen (7 en 8) tellen niet mee in de NPS: alleen promotors min criticasters.",
                 waarde=lambda: 40.0 - 30.0 - 30.0),
        ],
    ),
    Waarde(
        id="3.3",
        variabele="nps_concurrent",
        vraag=(
            "Een concurrent meldt 18 % promotors, 47 % passief tevredenen en 35 % criticasters. Wat is zijn NPS? "
            "Op één decimaal nauwkeurig is goed."
        ),
        referentie=_nps_concurrent,
        decimalen=1,
        eenheid="punten",
        hints=[
            "De passief tevredenen tellen niet mee.",
            "Trek het aandeel criticasters af van het aandeel promotors.",
            "`nps_concurrent = nps_uit_aandelen(18, 47, 35)`.",
        ],
        oplossing="nps_concurrent = nps_uit_aandelen(18, 47, 35)",
        fouten=[
            Fout("De passief tevredenen tellen niet mee in de NPS. Trek alleen de criticasters af van de promotors.",
                 waarde=lambda: 18 - 47),
            Fout("Je telde de passief tevredenen bij de promotors. Alleen 9 en 10 (promotors) tellen positief.",
                 waarde=lambda: 18 + 47 - 35),
        ],
    ),
    Waarde(
        id="3.4",
        variabele="aantal_leeg",
        vraag="Hoeveel enquêtes in de tabel `enquetes` hebben geen cijfer (een lege `score`)? Geef een geheel getal.",
        referentie=_aantal_leeg,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "Een leeg cijfer is `<NA>`. `.isna()` geeft True voor elke lege waarde (les 01, paragraaf 3).",
            "True telt als 1. Tel dus op met `.sum()`.",
            "`aantal_leeg = enquetes[\"score\"].isna().sum()`; `nps(...).weggelaten` geeft hetzelfde getal.",
        ],
        oplossing="aantal_leeg = enquetes[\"score\"].isna().sum()",
        fouten=[
            Fout("Je telde de ingevulde cijfers. Gevraagd zijn de lege: `.isna().sum()`.",
                 waarde=lambda: int(_enquetes()["score"].notna().sum())),
            Fout("Dit is het aantal enquêtes. Tel alleen de enquêtes zonder cijfer: `.isna().sum()`.",
                 waarde=lambda: len(_enquetes())),
        ],
    ),
    Waarde(
        id="3.5",
        variabele="nps_vermeer",
        vraag=("Wat is de NPS van Vermeer over alle enquêtes samen? Lege cijfers tellen niet mee. "
               "Op één decimaal nauwkeurig is goed."),
        referentie=_nps_vermeer,
        decimalen=1,
        eenheid="punten",
        hints=[
            "De cijfers staan in de kolom `score`.",
            "De functie `nps` laat lege antwoorden zelf weg.",
            "`nps_vermeer = nps(enquetes[\"score\"])`.",
        ],
        oplossing="nps_vermeer = nps(enquetes[\"score\"])",
        fouten=[
            Fout("Je deelde door alle enquêtes, ook die zonder cijfer. Lege antwoorden tellen niet mee: deel door "
                 "het aantal ingevulde cijfers (de functie `nps` doet dat voor je).", waarde=_nps_leeg_in_noemer),
            Fout("Je telde een leeg antwoord als 0, dus als criticaster. Lege antwoorden tellen helemaal niet mee.",
                 waarde=_nps_leeg_als_nul),
        ],
    ),
    Waarde(
        id="3.6",
        variabele="nps_sector",
        vraag=(
            "Maak een Series `nps_sector` met de sector als index en de NPS als waarde. "
            "De sector haal je met `met_bedrijfskenmerken` uit de tabel `bedrijven`. De volgorde maakt niet "
            "uit; op één decimaal nauwkeurig is goed."
        ),
        referentie=_nps_per_sector,
        decimalen=1,
        volgorde=False,
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
            "`.idxmin()` geeft het label (de index) van de kleinste waarde; `.min()` geeft de waarde zelf.",
            "`sector_aandacht = nps_sector.idxmin()`.",
        ],
        oplossing="sector_aandacht = nps_sector.idxmin()",
        fouten=[
            Fout("Dit is de sector met de hoogste NPS. Gevraagd is de laagste: `.idxmin()`.",
                 waarde=lambda: str(_nps_per_sector().idxmax())),
        ],
    ),
    Waarde(
        id="3.8",
        variabele="ondergrens_verschil",
        vraag=(
            "Is Handel echt tevredener dan Industrie? Reken met `nps_verschil` het 95%-interval uit van het verschil "
            "in NPS: Handel min Industrie. Zet de ondergrens van dat interval in `ondergrens_verschil`, op één "
            "decimaal nauwkeurig. Ligt die ondergrens boven 0, dan is het verschil waarschijnlijk niet alleen toeval."
        ),
        referentie=_ondergrens_verschil,
        decimalen=1,
        eenheid="punten",
        hints=[
            "Koppel eerst de sector: `met_sector = met_bedrijfskenmerken(enquetes, bedrijven, [\"sector\"])`. "
            "Kies dan de scores van één sector: `met_sector.loc[met_sector[\"sector\"] == \"Handel\", \"score\"]`.",
            "`nps_verschil(handel, industrie)` geeft het verschil Handel min Industrie met een interval.",
            "De ondergrens staat in `.onder`: `ondergrens_verschil = nps_verschil(handel, industrie).onder`.",
        ],
        oplossing=(
            'met_sector = met_bedrijfskenmerken(enquetes, bedrijven, ["sector"])\n'
            'handel = met_sector.loc[met_sector["sector"] == "Handel", "score"]\n'
            'industrie = met_sector.loc[met_sector["sector"] == "Industrie", "score"]\n'
            "ondergrens_verschil = nps_verschil(handel, industrie).onder"
        ),
        fouten=[
            Fout("Je vergeleek de twee losse intervallen: de ondergrens van Handel min de bovengrens van Industrie. "
                 "Dat is de overlapregel, en die klopt niet: twee intervallen kunnen overlappen terwijl het verschil "
                 "toch duidelijk is. Reken één interval uit, dat van het verschil: `nps_verschil(handel, industrie)`.",
                 waarde=_overlapregel),
            Fout("Dit is de ondergrens van het interval van Handel alleen. Gevraagd is het interval van het "
                 "verschil Handel min Industrie: `nps_verschil(handel, industrie).onder`.",
                 waarde=lambda: float(_intervallen_3_8()[0]["onder"])),
            Fout("Je nam Industrie min Handel. Gevraagd is Handel min Industrie: zet Handel als eerste in "
                 "`nps_verschil(handel, industrie)`.", waarde=lambda: float(_verschil_3_8(omgekeerd=True).onder)),
            Fout("Dit is de bovengrens van het interval. Gevraagd is de ondergrens: `.onder`.",
                 waarde=lambda: float(_verschil_3_8().boven)),
            Fout("Dit is het verschil zelf. Gevraagd is de ondergrens van het interval eromheen: `.onder`.",
                 waarde=lambda: float(_verschil_3_8().verschil)),
        ],
    ),
    Waarde(
        id="3.9",
        variabele="negatief_een_dag_later",
        vraag=(
            "Stel dat de verkopers bij elke offerte één dag later beloven dan de klant nu verwacht. "
            "Welk percentage van de offertes geeft dan een negatieve ervaring? Geef een percentage (zoals 25.3), "
            "op één decimaal nauwkeurig."
        ),
        referentie=_negatief_een_dag_later,
        decimalen=1,
        eenheid="procent",
        hints=[
            "Gebruik `wat_als_belofte(ervaringen, extra_dagen=1, soort=\"offerte\")`, zoals in de opdracht.",
            "De uitkomst heeft de rijen 'nu' en 'wat als'. Je zoekt de rij 'wat als', kolom 'negatief'.",
            "`wat_als_belofte(ervaringen, extra_dagen=1, soort=\"offerte\").loc[\"wat als\", \"negatief\"]`.",
        ],
        oplossing=(
            "tabel = wat_als_belofte(ervaringen, extra_dagen=1, soort=\"offerte\")\n"
            "negatief_een_dag_later = tabel.loc[\"wat als\", \"negatief\"]"
        ),
        fouten=[
            Fout("Dit is de rij 'nu': zo is het zonder een andere belofte. Gevraagd is de rij 'wat als'.",
                 waarde=lambda: float(_wat_als().loc["nu", "negatief"])),
            Fout("Je rekende met één dag éérder beloven (`extra_dagen=-1`). Gevraagd is één dag later: "
                 "`extra_dagen=1`.", waarde=lambda: float(_wat_als(-1).loc["wat als", "negatief"])),
            Fout("Je rekende met leveringen. De vraag gaat over offertes: `soort=\"offerte\"`.",
                 waarde=lambda: float(_wat_als(soort="levering").loc["wat als", "negatief"])),
            Fout("Dit is het percentage positieve ervaringen. Gevraagd is de kolom `negatief`.",
                 waarde=lambda: float(_wat_als().loc["wat als", "positief"])),
        ],
    ),
    Functie(
        id="3.10",
        functie="nps_van",
        vraag=(
            "Schrijf zelf de functie `nps_van(scores)`: de NPS van een lijst cijfers, zonder de functie `nps`. "
            "Een leeg antwoord (`None` of `pd.NA`, zoals in de kolom `score`) telt niet mee."
        ),
        gevallen=[([10, 9, 8, 3],), ([7, 8, 9],), ([0, 9],), ([10, None, 6],), ([9, 9, 10],),
                  ([2, 4, None, 6, 8],), ([10, pd.NA, 6, 9],)],
        referentie=_nps_van,
        decimalen=6,
        hints=[
            "Maak eerst een lijst met alleen de ingevulde cijfers: `[s for s in scores if pd.notna(s)]`. "
            "`pd.notna` werkt voor `None` én voor `pd.NA`.",
            "Tel promotors met `len([s for s in ingevuld if s >= 9])`, en criticasters net zo met `s <= 6`.",
            "Deel het verschil door het aantal ingevulde cijfers en vermenigvuldig met 100.",
        ],
        oplossing=(
            "def nps_van(scores):\n"
            "    ingevuld = [s for s in scores if pd.notna(s)]\n"
            "    promotors = len([s for s in ingevuld if s >= 9])\n"
            "    criticasters = len([s for s in ingevuld if s <= 6])\n"
            "    return 100 * (promotors - criticasters) / len(ingevuld)"
        ),
        fouten=[
            Fout("Je deelt door alle antwoorden, ook de lege. Deel door het aantal ingevulde cijfers.",
                 functie=_nps_van_alle),
            Fout("Je geeft een deel (tussen -1 en 1). De NPS is een getal tussen -100 en 100: vermenigvuldig met "
                 "100.", functie=_nps_van_deel),
        ],
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
            "levertijd. Advies: beloof realistische levertijden "
            "(verwachtingsmanagement) en houd de klant op de hoogte van de status van zijn levering."
        ),
        hints=[
            "Les 03, paragraaf 9: wat vertelt een cijfer niet?",
            "Welke woorden noemen criticasters het vaakst? Wat zou Vermeer daaraan kunnen doen?",
        ],
        min_woorden=20,
        moet_noemen=[
            ("reden waarom het cijfer alleen niet genoeg is (het 'waarom')",
             ["waarom", "oorzaak", "reden", "wat er mis", "misgaat", "verbeter", "niet zegt", "zegt niet"]),
            ("advies aan Vermeer", ["advies", "adviseer", "advis", "beloof", "belofte", "levertijd", "verwachting",
                                    "moet", "moeten", "zou"]),
        ],
    ),
    Meerkeuze(
        id="3.12",
        variabele="antwoord_3_12",
        vraag=("Een accountmanager van Vermeer denkt heel goed mee over de inrichting van een kantoor en geeft "
               "eerlijk advies, maar reageert kortaf en belt nooit terug. Welk begrip past?"),
        opties={
            "a": "Klantvriendelijk, maar niet klantgericht.",
            "b": "Klantgericht, maar niet klantvriendelijk.",
            "c": "Klantbewust, en daarom ook klanttevreden.",
        },
        juist="b",
        hints=["Les 03, paragraaf 3: klantgericht gaat over wat je voor de klant doet, klantvriendelijk over hoe "
               "je met hem omgaat."],
        uitleg=("Meedenken en goed advies geven is klantgericht. Kortaf reageren en niet terugbellen is niet "
                "klantvriendelijk. Voor een hoge klanttevredenheid heb je allebei nodig."),
        waarom_niet={
            "a": "Andersom: meedenken is klantgericht; kortaf zijn is juist níét klantvriendelijk.",
            "c": "Klanttevredenheid is hoe tevreden de klant is; kortaf reageren en niet terugbellen helpt daar "
                 "niet aan.",
        },
    ),
    Meerkeuze(
        id="3.13",
        variabele="antwoord_3_13",
        vraag=("In les 03 gaf `service_recovery(klachten, grens_uren=24)` hoe tevreden klanten waren vóór en ná "
               "hun klacht. Wat is de service recovery paradox?"),
        opties={
            "a": "Klanten met een klacht worden altijd ontevredener, hoe snel je ook bent.",
            "b": "Na een goed opgeloste klacht is een klant vaak tevredener dan vóór de klacht.",
            "c": "Klachten uitlokken is een goede manier om klanten tevredener te maken.",
        },
        juist="b",
        hints=["Kijk in les 03, paragraaf 11, naar de kolommen `score_voor` en `score_na` bij snel afgehandelde "
               "klachten."],
        uitleg=("Door een probleem goed op te lossen win je vertrouwen. Bij Vermeer zijn klanten na een snel "
                "afgehandelde klacht gemiddeld tevredener dan ervoor; na een trage afhandeling juist minder. "
                "Snel is wel nog niet hetzelfde als goed: de data laat alleen de snelheid zien."),
        waarom_niet={
            "a": "Bij snel afgehandelde klachten is de klant na de klacht gemiddeld juist tevredener dan ervoor.",
            "c": "De les is: los een klacht goed op, en liefst snel. Een klacht blijft een probleem voor de klant.",
        },
    ),
    Meerkeuze(
        id="3.14",
        variabele="antwoord_3_14",
        vraag=("Een klant krijgt na een jaar zonder te vragen een gratis controle van al zijn bureaustoelen. "
               "Welke van de drie manieren voor customer delight is dat?"),
        opties={
            "a": "Verwachtingen overtreffen.",
            "b": "Warmte.",
            "c": "Ego-streling.",
        },
        juist="a",
        hints=["Les 03, paragraaf 4: rekende de klant hierop?"],
        uitleg="De klant rekende er niet op, maar waardeert het wel: je overtreft zijn verwachting.",
        waarom_niet={
            "b": "Warmte is de klant herkennen en oprecht aandacht hebben voor hem en zijn bedrijf.",
            "c": "Ego-streling is de klant laten merken dat je hem kent en dat hij belangrijk voor je is.",
        },
    ),
    Waarde(
        id="3.15",
        variabele="slechtste_jaar",
        vraag=("In welk jaar was de NPS van Vermeer het laagst? Maak eerst een kolom `jaar` en reken de NPS per jaar "
               "uit met `nps_interval_per`, zoals in les 03, paragraaf 8. Geef het jaar als getal (zoals 2023)."),
        referentie=_slechtste_jaar,
        decimalen=0,
        hints=[
            "`enquetes[\"jaar\"] = enquetes[\"datum\"].dt.year` maakt de kolom jaar.",
            "`nps_interval_per(enquetes, \"jaar\")` geeft per jaar onder meer de kolom `nps`.",
            "`.idxmin()` op de kolom `nps` geeft het jaar (het label) met de laagste NPS.",
        ],
        oplossing=(
            'enquetes["jaar"] = enquetes["datum"].dt.year\n'
            'slechtste_jaar = nps_interval_per(enquetes, "jaar")["nps"].idxmin()'
        ),
        fouten=[
            Fout("Dit is het jaar met de hóógste NPS. Gevraagd is het laagste: `.idxmin()`.",
                 waarde=lambda: int(_nps_per_jaar().idxmax())),
            Fout("Dit is de laagste NPS zelf. Gevraagd is het jaar: `.idxmin()` geeft het label in plaats van de "
                 "waarde.", herken=lambda a: isinstance(a, (int, float)) and not float(a).is_integer() or
                 (isinstance(a, (int, float)) and -100 <= a <= 100)),
        ],
    ),
]
