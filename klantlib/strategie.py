"""Waardestrategieën (Treacy en Wiersema) en de waardeketen (Porter) — hoofdstuk 04.

Alle functies zijn puur: tabellen of getallen erin, tabellen of getallen
eruit. Ze printen niets, onthouden niets en veranderen hun invoer niet.
Verkeerde invoer geeft een ``ValueError`` met een Nederlandse uitleg die het
argument, de kolom en de rij noemt.

Afspraken:

* De drie waardestrategieën heten zoals in het boek, in het Engels en met
  kleine letters: ``"operational excellence"``, ``"product leadership"`` en
  ``"customer intimacy"`` (:data:`STRATEGIEEN`). Hoofdletters en spaties
  aan het begin of eind maken bij de invoer niet uit.
* Een score is een gemiddeld rapportcijfer van 0 tot en met 10 (met
  decimalen). Het is een *waarneming*: zo zien klanten de leverancier in een
  onderzoek van een bepaald jaar, onder een bekend aantal respondenten.
* De drempel en de grens voor uitblinken tellen *inclusief*: een score van
  precies 6 haalt de drempel 6, een score van precies 8 blinkt uit bij 8.
* De waardeketen kent vijf primaire en vier ondersteunende activiteiten
  (:data:`PRIMAIRE_ACTIVITEITEN`, :data:`ONDERSTEUNENDE_ACTIVITEITEN`).
  De marge is de omzet min de kosten van alle negen.
"""

from __future__ import annotations

import difflib
import math
import re
from numbers import Real

import numpy as np
import pandas as pd

__all__ = [
    "STRATEGIEEN",
    "AFKORTINGEN",
    "DREMPEL",
    "UITBLINKEN",
    "PRIMAIRE_ACTIVITEITEN",
    "ONDERSTEUNENDE_ACTIVITEITEN",
    "ACTIVITEITEN",
    "WOORDENLIJST",
    "ONBEKEND",
    "GEEN_OPMERKING",
    "strategie_naam",
    "waardeprofiel",
    "toets_waardestrategie",
    "oordeel",
    "waardekloof",
    "gewogen_score",
    "thema_per_strategie",
    "thema_aandelen",
    "soort_activiteit",
    "omzet_per_business_unit",
    "waardeketen",
    "verdeel_punten",
]

#: De drie waardestrategieën van Treacy en Wiersema, in de vaste volgorde OE / PL / CI.
STRATEGIEEN = ("operational excellence", "product leadership", "customer intimacy")
#: Korte namen die je ook mag gebruiken.
AFKORTINGEN = {"oe": STRATEGIEEN[0], "pl": STRATEGIEEN[1], "ci": STRATEGIEEN[2]}
#: Standaard: vanaf dit cijfer is een strategie "voldoende" (de drempel).
DREMPEL = 6.0
#: Standaard: vanaf dit cijfer "blinkt" een leverancier uit.
UITBLINKEN = 8.0

#: De primaire activiteiten van Porter, in de volgorde van de keten.
PRIMAIRE_ACTIVITEITEN = (
    "Inkomende logistiek",
    "Operationele activiteiten",
    "Uitgaande logistiek",
    "Marketing en sales",
    "Service",
)
#: De ondersteunende activiteiten van Porter, van boven naar beneden zoals hij ze tekent.
ONDERSTEUNENDE_ACTIVITEITEN = (
    "Infrastructuur",
    "Human resource management",
    "Technologieontwikkeling",
    "Inkoop",
)
#: Alle negen, eerst de primaire.
ACTIVITEITEN = PRIMAIRE_ACTIVITEITEN + ONDERSTEUNENDE_ACTIVITEITEN

#: Thema van een opmerking waarin geen enkel trefwoord voorkomt.
ONBEKEND = "onbekend"
#: Thema van een lege opmerking (de klant schreef niets).
GEEN_OPMERKING = "geen opmerking"

#: De standaard-trefwoorden per strategie. Een trefwoord telt als een woord in de
#: opmerking ermee *begint* ("factu" vindt "factuur" en "facturen"). Pas de lijst
#: gerust aan: geef je eigen dict mee aan :func:`thema_per_strategie`.
WOORDENLIJST = {
    "operational excellence": [
        "levertijd", "levering", "te laat", "factu", "prijs", "prijz", "te duur", "goedkoop", "kosten",
    ],
    "product leadership": [
        "kwaliteit", "nieuw", "vernieuw", "innova", "assortiment", "verouderd",
    ],
    "customer intimacy": [
        "aanspreekpunt", "meedenk", "denkt mee", "denken mee", "denkt niet mee", "denken niet mee",
        "maatwerk", "op maat", "persoonlijk",
    ],
}


# ---------------------------------------------------------------------------
# Hulpjes
# ---------------------------------------------------------------------------


def _label(waarde):
    """Een rijlabel als gewone Python-waarde (3, niet np.int64(3))."""
    return waarde.item() if isinstance(waarde, np.generic) else waarde


def _getal_tekst(x: float) -> str:
    """Een score met één decimaal en een komma: 7.6 → '7,6'."""
    return f"{x:.1f}".replace(".", ",")


def _is_getal(x) -> bool:
    if isinstance(x, np.generic):
        x = x.item()
    return isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(float(x))


def _soort_tekst(waarde) -> str:
    """Wat voor waarde dit is, in woorden voor een leerling (geen interne klassenamen).

    >>> _soort_tekst([1, 2]), _soort_tekst(pd.Series([1.0])), _soort_tekst(None)
    ('een lijst', 'één kolom (Series)', 'niets (None)')
    """
    if waarde is None:
        return "niets (None)"
    if isinstance(waarde, pd.Series):
        return "één kolom (Series)"
    if isinstance(waarde, (list, tuple)):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een woordenboek (dict)"
    if isinstance(waarde, str):
        return f"de tekst {waarde!r}"
    if _is_getal(waarde):
        return f"het getal {_label(waarde)}"
    if callable(waarde):
        return "een functie (vergeet je de haakjes?)"
    return f"een {type(waarde).__name__}"


def _geen_tabel(waarde, naam: str) -> str:
    """De melding als ``waarde`` geen DataFrame is."""
    if repr(waarde) == "____":  # de lege plek uit het werkboek: nog niet ingevuld
        return (f"{naam} is nog niet ingevuld: er staat nog ____. Vul eerst de cel in die {naam} maakt, "
                "voer die uit, en voer daarna deze cel opnieuw uit.")
    return f"{naam} moet een tabel (DataFrame) zijn, niet {_soort_tekst(waarde)}."


def _controleer_tabel(df, naam: str, kolommen) -> None:
    if not isinstance(df, pd.DataFrame):
        raise ValueError(_geen_tabel(df, naam))
    ontbreekt = [k for k in kolommen if k not in df.columns]
    if ontbreekt:
        raise ValueError(
            f"{naam}: de kolom '{ontbreekt[0]}' ontbreekt. Nodig zijn: {', '.join(kolommen)}. "
            f"De tabel heeft: {', '.join(map(str, df.columns))}."
        )
    if len(df) == 0:
        raise ValueError(f"{naam} is leeg: er zijn geen rijen om mee te rekenen.")


def _suggestie(naam: str, opties) -> str:
    beste = difflib.get_close_matches(str(naam), [str(o) for o in opties], n=1, cutoff=0.6)
    return f" Bedoel je '{beste[0]}'?" if beste else ""


def strategie_naam(naam, argument: str = "strategie") -> str:
    """De vaste naam van een waardestrategie; hoofdletters en afkortingen mogen.

    >>> strategie_naam("Customer Intimacy"), strategie_naam(" OE ")
    ('customer intimacy', 'operational excellence')
    >>> strategie_naam("customer intimicy")
    Traceback (most recent call last):
    ...
    ValueError: strategie: onbekende waardestrategie 'customer intimicy'. Kies uit: operational excellence, product leadership, customer intimacy. Bedoel je 'customer intimacy'?
    """
    if not isinstance(naam, str):
        raise ValueError(
            f"{argument}: een waardestrategie is een tekst, zoals 'customer intimacy', niet {naam!r}."
        )
    kaal = " ".join(naam.split()).casefold()
    if kaal in STRATEGIEEN:
        return kaal
    if kaal in AFKORTINGEN:
        return AFKORTINGEN[kaal]
    raise ValueError(
        f"{argument}: onbekende waardestrategie {naam!r}. Kies uit: {', '.join(STRATEGIEEN)}."
        + _suggestie(kaal, STRATEGIEEN)
    )


def _score(waarde, plek: str) -> float:
    if waarde is None or waarde is pd.NA or (isinstance(waarde, float) and math.isnan(waarde)):
        raise ValueError(f"{plek}: de score ontbreekt. Elke leverancier heeft op elke strategie een score nodig.")
    if isinstance(waarde, np.generic):
        waarde = waarde.item()
    if not _is_getal(waarde):
        raise ValueError(f"{plek}: de score {waarde!r} is geen getal. Een score is een cijfer van 0 tot en met 10.")
    if not 0 <= float(waarde) <= 10:
        raise ValueError(f"{plek}: de score {waarde!r} ligt buiten 0–10. Een score is een cijfer van 0 tot en met 10.")
    return float(waarde)


def _grens(waarde, naam: str) -> float:
    if isinstance(waarde, np.generic):
        waarde = waarde.item()
    if not _is_getal(waarde) or not 0 <= float(waarde) <= 10:
        raise ValueError(f"{naam} moet een cijfer van 0 tot en met 10 zijn, niet {waarde!r}.")
    return float(waarde)


# ---------------------------------------------------------------------------
# Waardeprofielen
# ---------------------------------------------------------------------------


def waardeprofiel(waardeprofielen: pd.DataFrame, jaar: int | None = None) -> pd.DataFrame:
    """Het profiel als brede tabel: één rij per leverancier, één kolom per strategie.

    ``waardeprofielen`` is een lange tabel met de kolommen ``leverancier``,
    ``waardestrategie`` en ``score`` (zoals ``laad("waardeprofielen")``). Heeft
    die een kolom ``jaar`` met meer dan één jaar, kies er dan één met ``jaar=``.
    De kolommen staan in de vaste volgorde van :data:`STRATEGIEEN`; de rijen in
    de volgorde waarin de leveranciers in de tabel voorkomen.

    >>> lang = pd.DataFrame({"leverancier": ["A"] * 3 + ["B"] * 3,
    ...                      "waardestrategie": list(STRATEGIEEN) * 2,
    ...                      "score": [6.4, 6.2, 7.6, 8.6, 5.3, 5.0]})
    >>> waardeprofiel(lang)  # doctest: +NORMALIZE_WHITESPACE
    waardestrategie  operational excellence  product leadership  customer intimacy
    leverancier
    A                                   6.4                 6.2                7.6
    B                                   8.6                 5.3                5.0
    """
    naam = "waardeprofielen"
    _controleer_tabel(waardeprofielen, naam, ["leverancier", "waardestrategie", "score"])
    df = waardeprofielen
    if "jaar" in df.columns:
        jaren = sorted({int(j) for j in df["jaar"].dropna()})
        if jaar is not None:
            if int(jaar) not in jaren:
                raise ValueError(f"jaar: {naam} heeft geen scores uit {jaar}; wel uit {', '.join(map(str, jaren))}.")
            df = df[df["jaar"] == int(jaar)]
        elif len(jaren) > 1:
            raise ValueError(
                f"{naam} bevat scores uit meer jaren ({', '.join(map(str, jaren))}). Kies er één, "
                f"bijvoorbeeld waardeprofiel({naam}, jaar={jaren[-1]})."
            )
    elif jaar is not None:
        raise ValueError(f"jaar: {naam} heeft geen kolom 'jaar'; laat jaar= weg.")
    leveranciers: list[str] = []
    waarden: dict[tuple[str, str], float] = {}
    for label, lev, strat, score in zip(df.index, df["leverancier"], df["waardestrategie"], df["score"]):
        plek = f"{naam}, rij {_label(label)!r}"
        if not isinstance(lev, str) or not lev.strip():
            raise ValueError(f"{plek}: de kolom 'leverancier' is leeg.")
        lev = lev.strip()
        strat = strategie_naam(strat, f"{plek}, kolom 'waardestrategie'")
        if (lev, strat) in waarden:
            raise ValueError(
                f"{plek}: {lev} heeft twee scores voor {strat}. Houd er één over "
                "(of kies een jaar met jaar=)."
            )
        waarden[(lev, strat)] = _score(score, f"{plek} ({lev}, {strat})")
        if lev not in leveranciers:
            leveranciers.append(lev)
    for lev in leveranciers:
        for strat in STRATEGIEEN:
            if (lev, strat) not in waarden:
                raise ValueError(f"{naam}: {lev} heeft geen score voor {strat}. Elke leverancier heeft er drie nodig.")
    uit = pd.DataFrame(
        [[waarden[(lev, s)] for s in STRATEGIEEN] for lev in leveranciers],
        index=pd.Index(leveranciers, name="leverancier"),
        columns=pd.Index(list(STRATEGIEEN), name="waardestrategie"),
    )
    return uit


def _profiel(profiel, naam: str = "profiel") -> pd.DataFrame:
    """Controleer een brede profieltabel; geef een kopie met de vaste kolomnamen."""
    if isinstance(profiel, pd.DataFrame) and {"leverancier", "waardestrategie", "score"} <= set(profiel.columns):
        raise ValueError(
            f"{naam} is nog een lange tabel (één rij per leverancier en strategie). "
            f"Maak er eerst een profiel van: waardeprofiel({naam})."
        )
    if not isinstance(profiel, pd.DataFrame):
        raise ValueError(_geen_tabel(profiel, naam))
    if len(profiel) == 0:
        raise ValueError(f"{naam} is leeg: er staan geen leveranciers in.")
    kolommen = {}
    for kolom in profiel.columns:
        try:
            vast = strategie_naam(kolom, f"{naam}, kolom {kolom!r}")
        except ValueError:
            raise ValueError(
                f"{naam}: de kolom {kolom!r} is geen waardestrategie. Een profiel heeft precies de kolommen "
                f"{', '.join(STRATEGIEEN)}." + _suggestie(str(kolom).casefold(), STRATEGIEEN)
            ) from None
        if vast in kolommen.values():
            raise ValueError(f"{naam}: de strategie {vast} staat er twee keer in.")
        kolommen[kolom] = vast
    ontbreekt = [s for s in STRATEGIEEN if s not in kolommen.values()]
    if ontbreekt:
        raise ValueError(f"{naam}: de kolom '{ontbreekt[0]}' ontbreekt. Een profiel heeft alle drie de strategieën.")
    if profiel.index.has_duplicates:
        dubbel = _label(profiel.index[profiel.index.duplicated()][0])
        raise ValueError(f"{naam}: de leverancier {dubbel!r} staat er twee keer in.")
    uit = profiel.rename(columns=kolommen)[list(STRATEGIEEN)].copy()
    for lev, rij in uit.iterrows():
        for strat in STRATEGIEEN:
            uit.loc[lev, strat] = _score(rij[strat], f"{naam}, {_label(lev)!r}, {strat}")
    uit = uit.astype("float64")
    uit.columns.name = "waardestrategie"
    return uit


def oordeel(scores, drempel: float = DREMPEL, uitblinken: float = UITBLINKEN) -> str:
    """Het oordeel over één profiel in één Nederlandse zin.

    ``scores`` is een dict of Series strategie → score.

    >>> oordeel({"operational excellence": 5.4, "product leadership": 6.6, "customer intimacy": 8.7})
    'blinkt uit in customer intimacy (8,7), maar zit onder de drempel op operational excellence (5,4)'
    >>> oordeel({"operational excellence": 6.4, "product leadership": 6.2, "customer intimacy": 7.6})
    'haalt overal de drempel, maar blinkt nergens in uit (stuck in the middle)'
    """
    s = {strategie_naam(k, "scores"): _score(v, f"scores, {k}") for k, v in dict(scores).items()}
    ontbreekt = [x for x in STRATEGIEEN if x not in s]
    if ontbreekt:
        raise ValueError(f"scores: de score voor {ontbreekt[0]} ontbreekt.")
    drempel, uitblinken = _grens(drempel, "drempel"), _grens(uitblinken, "uitblinken")
    onder = [x for x in STRATEGIEEN if s[x] < drempel]
    uit = [x for x in STRATEGIEEN if s[x] >= uitblinken]
    onder_tekst = " en ".join(f"{x} ({_getal_tekst(s[x])})" for x in onder)
    uit_tekst = " en ".join(f"{x} ({_getal_tekst(s[x])})" for x in uit)
    if uit and onder:
        return f"blinkt uit in {uit_tekst}, maar zit onder de drempel op {onder_tekst}"
    if onder:
        return f"zit onder de drempel op {onder_tekst} en blinkt nergens in uit"
    if len(uit) == 1:
        return f"blinkt uit in {uit_tekst} en haalt overal de drempel"
    if len(uit) > 1:
        return (f"blinkt uit in {uit_tekst}; volgens het model houd je op den duur maar één "
                "uitblinker vol, dus kies")
    return "haalt overal de drempel, maar blinkt nergens in uit (stuck in the middle)"


def toets_waardestrategie(profiel: pd.DataFrame, drempel: float = DREMPEL,
                          uitblinken: float = UITBLINKEN) -> pd.DataFrame:
    """Toets elk profiel aan de twee voorwaarden van Treacy en Wiersema.

    1. Op alle drie de strategieën minstens voldoende: een score van minstens
       ``drempel``.
    2. Op één strategie uitblinken: een score van minstens ``uitblinken``.

    ``profiel`` is de brede tabel van :func:`waardeprofiel`. De uitkomst heeft
    per leverancier:

    * ``voldoet_drempel`` (bool): alle drie minstens de drempel;
    * ``onder_drempel``: de strategieën onder de drempel ("" als er geen is);
    * ``blinkt_uit_in``: de strategie waarin de leverancier uitblinkt, "" als
      dat nergens is; blinkt hij in meer uit, dan staan ze er allemaal, met
      " en " ertussen;
    * ``beide_voorwaarden`` (bool): de drempel overal gehaald én ergens uitblinken;
    * ``oordeel``: één zin, zie :func:`oordeel`.

    >>> p = pd.DataFrame({"operational excellence": [6.0, 8.6], "product leadership": [6.2, 5.3],
    ...                   "customer intimacy": [8.0, 5.0]}, index=["A", "B"])
    >>> toets_waardestrategie(p)[["voldoet_drempel", "blinkt_uit_in", "beide_voorwaarden"]]  # doctest: +NORMALIZE_WHITESPACE
      voldoet_drempel           blinkt_uit_in  beide_voorwaarden
    A            True       customer intimacy               True
    B           False  operational excellence              False
    """
    p = _profiel(profiel)
    drempel, uitblinken = _grens(drempel, "drempel"), _grens(uitblinken, "uitblinken")
    if uitblinken <= drempel:
        raise ValueError(
            f"uitblinken ({uitblinken:g}) moet hoger zijn dan de drempel ({drempel:g}): uitblinken is meer dan voldoende."
        )
    rijen = []
    for lev, rij in p.iterrows():
        onder = [s for s in STRATEGIEEN if rij[s] < drempel]
        uit = [s for s in STRATEGIEEN if rij[s] >= uitblinken]
        rijen.append({
            "voldoet_drempel": not onder,
            "onder_drempel": " en ".join(onder),
            "blinkt_uit_in": " en ".join(uit),
            "beide_voorwaarden": (not onder) and bool(uit),
            "oordeel": oordeel(rij.to_dict(), drempel, uitblinken),
        })
    uit = pd.DataFrame(rijen, index=p.index)
    uit.columns.name = None
    return uit


def waardekloof(profiel: pd.DataFrame, leverancier: str) -> pd.DataFrame:
    """Per strategie: onze score, de beste concurrent en de kloof met die concurrent.

    De uitkomst heeft een rij per strategie en de kolommen ``eigen_score``,
    ``beste_concurrent`` (bij gelijke scores alle namen, met " en "),
    ``score_concurrent`` en ``kloof`` = score van de beste concurrent min de
    eigen score. Een positieve kloof is een achterstand; een negatieve kloof
    betekent dat ``leverancier`` daar de beste is.

    >>> p = pd.DataFrame({"operational excellence": [6.4, 8.6, 7.1], "product leadership": [6.2, 5.3, 8.4],
    ...                   "customer intimacy": [7.6, 5.0, 6.5]}, index=["Wij", "K", "O"])
    >>> waardekloof(p, "Wij")  # doctest: +NORMALIZE_WHITESPACE
                            eigen_score beste_concurrent  score_concurrent  kloof
    waardestrategie
    operational excellence          6.4                K               8.6    2.2
    product leadership              6.2                O               8.4    2.2
    customer intimacy               7.6                O               6.5   -1.1
    """
    p = _profiel(profiel)
    if not isinstance(leverancier, str):
        raise ValueError(f"leverancier moet een naam (tekst) zijn, niet {leverancier!r}.")
    namen = [str(x) for x in p.index]
    if leverancier not in namen:
        raise ValueError(
            f"leverancier: '{leverancier}' staat niet in het profiel. Kies uit: {', '.join(namen)}."
            + _suggestie(leverancier, namen)
        )
    if len(p) < 2:
        raise ValueError("profiel: er staat geen concurrent in, dus er valt niets te vergelijken.")
    positie = namen.index(leverancier)
    eigen = p.iloc[positie]
    anderen = p.drop(index=p.index[positie])
    rijen = []
    for s in STRATEGIEEN:
        beste = float(anderen[s].max())
        wie = [str(n) for n, v in anderen[s].items() if math.isclose(v, beste, abs_tol=1e-9)]
        # Op één decimaal afronden: scores hebben één decimaal, zo geen 2.1999999.
        rijen.append({"eigen_score": float(eigen[s]), "beste_concurrent": " en ".join(wie),
                      "score_concurrent": beste, "kloof": round(beste - float(eigen[s]), 10)})
    uit = pd.DataFrame(rijen, index=pd.Index(list(STRATEGIEEN), name="waardestrategie"))
    return uit


def gewogen_score(profiel: pd.DataFrame, gewichten: pd.DataFrame) -> pd.DataFrame:
    """Hoe goed past elk profiel bij wat klanten in een sector belangrijk vinden?

    ``gewichten`` is een lange tabel met de kolommen ``sector``,
    ``waardestrategie`` en ``gewicht`` (zoals ``laad("waardeprofiel_gewichten")``);
    per sector tellen de drie gewichten op tot 1. De uitkomst heeft een rij per
    leverancier en een kolom per sector: de gewogen score, dus
    som(gewicht × score).

    >>> p = pd.DataFrame({"operational excellence": [8.0], "product leadership": [6.0],
    ...                   "customer intimacy": [5.0]}, index=["A"])
    >>> g = pd.DataFrame({"sector": ["Zorg"] * 3, "waardestrategie": list(STRATEGIEEN),
    ...                   "gewicht": [0.25, 0.25, 0.5]})
    >>> gewogen_score(p, g)  # doctest: +NORMALIZE_WHITESPACE
    sector  Zorg
    A        6.0
    """
    p = _profiel(profiel)
    _controleer_tabel(gewichten, "gewichten", ["sector", "waardestrategie", "gewicht"])
    per_sector: dict[str, dict[str, float]] = {}
    for label, sector, strat, gewicht in zip(gewichten.index, gewichten["sector"], gewichten["waardestrategie"],
                                             gewichten["gewicht"]):
        plek = f"gewichten, rij {_label(label)!r}"
        strat = strategie_naam(strat, f"{plek}, kolom 'waardestrategie'")
        if not _is_getal(gewicht) or not 0 <= float(gewicht) <= 1:
            raise ValueError(f"{plek}: het gewicht {gewicht!r} is geen deel tussen 0 en 1.")
        per_sector.setdefault(str(sector), {})
        if strat in per_sector[str(sector)]:
            raise ValueError(f"{plek}: de sector {sector} heeft twee gewichten voor {strat}.")
        per_sector[str(sector)][strat] = float(gewicht)
    for sector, g in per_sector.items():
        ontbreekt = [s for s in STRATEGIEEN if s not in g]
        if ontbreekt:
            raise ValueError(f"gewichten: de sector {sector} heeft geen gewicht voor {ontbreekt[0]}.")
        if not math.isclose(sum(g.values()), 1.0, abs_tol=1e-6):
            raise ValueError(
                f"gewichten: de gewichten van {sector} tellen op tot {sum(g.values()):.3f} in plaats van 1."
            )
    matrix = pd.DataFrame(per_sector).T[list(STRATEGIEEN)]  # sector × strategie
    uit = p @ matrix.T
    uit.columns.name = "sector"
    return uit


# ---------------------------------------------------------------------------
# Opmerkingen van klanten indelen
# ---------------------------------------------------------------------------


def _woordenlijst(woordenlijst) -> list[tuple[str, str, re.Pattern]]:
    """Controleer de woordenlijst; geef (strategie, trefwoord, patroon)."""
    if woordenlijst is None:
        woordenlijst = WOORDENLIJST
    if not isinstance(woordenlijst, dict) or not woordenlijst:
        raise ValueError(
            "woordenlijst moet een dict zijn van strategie naar een lijst trefwoorden, bijvoorbeeld "
            "{'operational excellence': ['levertijd', 'prijs']}."
        )
    gezien: dict[str, str] = {}
    uit = []
    for strat, woorden in woordenlijst.items():
        vast = strategie_naam(strat, "woordenlijst")
        if isinstance(woorden, str) or not hasattr(woorden, "__iter__"):
            raise ValueError(
                f"woordenlijst: bij {vast} hoort een lijst trefwoorden, zoals ['levertijd', 'prijs'], "
                f"niet {woorden!r}."
            )
        for woord in woorden:
            if not isinstance(woord, str) or not woord.strip():
                raise ValueError(f"woordenlijst: bij {vast} staat een leeg trefwoord of geen tekst: {woord!r}.")
            kaal = " ".join(woord.split()).casefold()
            if kaal in gezien and gezien[kaal] != vast:
                raise ValueError(
                    f"woordenlijst: het trefwoord '{kaal}' staat bij {gezien[kaal]} en bij {vast}. "
                    "Zet het bij één strategie."
                )
            gezien[kaal] = vast
            uit.append((vast, kaal, re.compile(r"(?<!\w)" + re.escape(kaal))))
    return uit


def thema_per_strategie(teksten, woordenlijst: dict | None = None) -> pd.DataFrame:
    """Deel elke opmerking in bij het thema van een waardestrategie.

    ``teksten`` is een lijst of kolom met opmerkingen (bijvoorbeeld
    ``enquetes["verbeterpunt"]`` of ``klachten["onderwerp"]``). Per opmerking
    zoeken we de trefwoorden uit ``woordenlijst`` (standaard
    :data:`WOORDENLIJST`). Een trefwoord telt als een woord in de opmerking
    ermee begint; hoofdletters maken niet uit.

    De uitkomst heeft voor elke opmerking een rij, met dezelfde index als de
    invoer (er valt dus niets weg), en de kolommen:

    * ``tekst``: de opmerking zelf;
    * ``thema``: de strategie van het trefwoord dat het eerst in de tekst staat;
      ``"onbekend"`` als er geen trefwoord in staat; ``"geen opmerking"`` als
      de opmerking leeg is;
    * ``trefwoord``: het trefwoord dat de doorslag gaf ("" als er geen was);
    * ``meerdere``: True als er trefwoorden van meer dan één strategie in staan.
      Lees die opmerkingen zelf even na.

    >>> t = thema_per_strategie(["De levertijd was te lang", "Geen vast aanspreekpunt", "Slecht bereikbaar", ""])
    >>> t[["thema", "trefwoord"]]  # doctest: +NORMALIZE_WHITESPACE
                        thema     trefwoord
    0  operational excellence     levertijd
    1       customer intimacy  aanspreekpunt
    2                onbekend
    3          geen opmerking
    """
    patronen = _woordenlijst(woordenlijst)
    if isinstance(teksten, pd.DataFrame):
        raise ValueError(
            "teksten is een hele tabel. Geef één kolom, bijvoorbeeld enquetes['verbeterpunt']."
        )
    if isinstance(teksten, str) or teksten is None:
        raise ValueError("teksten moet een lijst of kolom met opmerkingen zijn, niet één tekst. "
                         "Zet één opmerking tussen [ ].")
    reeks = teksten if isinstance(teksten, pd.Series) else pd.Series(list(teksten), dtype="object")
    themas, trefwoorden, meerdere, schoon = [], [], [], []
    for label, tekst in zip(reeks.index, reeks.tolist()):
        if tekst is None or tekst is pd.NA or (isinstance(tekst, float) and math.isnan(tekst)):
            tekst = ""
        if not isinstance(tekst, str):
            raise ValueError(f"teksten, rij {_label(label)!r}: {tekst!r} is geen tekst.")
        schoon.append(tekst)
        klein = " ".join(tekst.split()).casefold()
        if not klein:
            themas.append(GEEN_OPMERKING), trefwoorden.append(""), meerdere.append(False)
            continue
        treffers = []
        for strat, woord, patroon in patronen:
            m = patroon.search(klein)
            if m:
                treffers.append((m.start(), -len(woord), strat, woord))
        if not treffers:
            themas.append(ONBEKEND), trefwoorden.append(""), meerdere.append(False)
            continue
        treffers.sort()
        themas.append(treffers[0][2])
        trefwoorden.append(treffers[0][3])
        meerdere.append(len({t[2] for t in treffers}) > 1)
    return pd.DataFrame({"tekst": schoon, "thema": themas, "trefwoord": trefwoorden, "meerdere": meerdere},
                        index=reeks.index)


def thema_aandelen(themas: pd.DataFrame) -> pd.DataFrame:
    """Hoe vaak komt elk thema voor, als aantal en als deel van de opmerkingen?

    ``themas`` is de uitkomst van :func:`thema_per_strategie`. Lege
    opmerkingen ("geen opmerking") tellen niet mee in de noemer: het aandeel is
    een deel van de opmerkingen *met* tekst. Hun aantal staat wel in de
    laatste rij, met een leeg aandeel. De volgorde: de drie strategieën,
    "onbekend", "geen opmerking".

    >>> t = thema_per_strategie(["levertijd te lang", "prijs te hoog", "kwaliteit", "hallo", ""])
    >>> thema_aandelen(t)  # doctest: +NORMALIZE_WHITESPACE
                            aantal  aandeel
    thema
    operational excellence       2     0.50
    product leadership           1     0.25
    customer intimacy            0     0.00
    onbekend                     1     0.25
    geen opmerking               1      NaN
    """
    _controleer_tabel(themas, "themas", ["thema"])
    volgorde = [*STRATEGIEEN, ONBEKEND, GEEN_OPMERKING]
    vreemd = sorted(set(themas["thema"]) - set(volgorde))
    if vreemd:
        raise ValueError(f"themas: de kolom 'thema' bevat {vreemd[0]!r}; gebruik de uitkomst van thema_per_strategie.")
    aantal = themas["thema"].value_counts().reindex(volgorde, fill_value=0).astype("int64")
    met_tekst = int(aantal.drop(GEEN_OPMERKING).sum())
    aandeel = (aantal / met_tekst) if met_tekst else aantal * np.nan
    aandeel = aandeel.astype("float64")
    aandeel[GEEN_OPMERKING] = np.nan
    uit = pd.DataFrame({"aantal": aantal, "aandeel": aandeel})
    uit.index.name = "thema"
    return uit


# ---------------------------------------------------------------------------
# De waardeketen van Porter
# ---------------------------------------------------------------------------


def soort_activiteit(activiteit: str) -> str:
    """Is een activiteit bij Porter ``"primair"`` of ``"ondersteunend"``?

    >>> soort_activiteit("Inkoop"), soort_activiteit("service")
    ('ondersteunend', 'primair')
    """
    return _SOORT[_activiteit_naam(activiteit, "activiteit")]


_SOORT = {**{a: "primair" for a in PRIMAIRE_ACTIVITEITEN}, **{a: "ondersteunend" for a in ONDERSTEUNENDE_ACTIVITEITEN}}
_ACTIVITEIT_KLEIN = {a.casefold(): a for a in ACTIVITEITEN}


def _activiteit_naam(naam, plek: str) -> str:
    if not isinstance(naam, str):
        raise ValueError(f"{plek}: een activiteit is een tekst, zoals 'Inkoop', niet {naam!r}.")
    kaal = " ".join(naam.split()).casefold()
    if kaal in _ACTIVITEIT_KLEIN:
        return _ACTIVITEIT_KLEIN[kaal]
    raise ValueError(
        f"{plek}: onbekende activiteit {naam!r}. De waardeketen van Porter kent: {', '.join(ACTIVITEITEN)}."
        + _suggestie(kaal, list(_ACTIVITEIT_KLEIN))
    )


def omzet_per_business_unit(facturen: pd.DataFrame, jaar: int) -> pd.Series:
    """De netto omzet per business unit in één jaar, uit de facturen.

    Telt ``bedrag`` van alle rijen met een ``factuurdatum`` in ``jaar`` op,
    zoals de tabel er staat: retouren en creditnota's (negatief) tellen dus
    mee. Een rij zonder business unit geeft een fout: die zou anders stil
    wegvallen.

    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-03", "2025-06-01", "2024-12-31"]),
    ...                   "business_unit": ["A", "A", "A"], "bedrag": [1000.0, -200.0, 50.0]})
    >>> omzet_per_business_unit(f, 2025)
    business_unit
    A    800.0
    Name: omzet, dtype: float64
    """
    _controleer_tabel(facturen, "facturen", ["factuurdatum", "business_unit", "bedrag"])
    if not pd.api.types.is_datetime64_any_dtype(facturen["factuurdatum"]):
        raise ValueError("facturen: de kolom 'factuurdatum' bevat geen datums. Laad de tabel met laad('facturen').")
    rijen = facturen[facturen["factuurdatum"].dt.year == int(jaar)]
    if len(rijen) == 0:
        raise ValueError(f"facturen: er zijn geen facturen uit {jaar}.")
    leeg = rijen["business_unit"].isna()
    if leeg.any():
        raise ValueError(
            f"facturen, rij {_label(rijen.index[leeg.to_numpy()][0])!r}: de business unit is leeg. "
            "Vul hem in of haal de rij eerst weg, anders valt het bedrag stil weg."
        )
    uit = rijen.groupby("business_unit")["bedrag"].sum().astype("float64")
    uit.name = "omzet"
    return uit


def waardeketen(kosten: pd.DataFrame, omzet: float, *, verlaging: dict | None = None) -> pd.DataFrame:
    """De waardeketen van Porter in euro's: kosten per activiteit en de marge.

    ``kosten`` is een tabel met de kolommen ``activiteit`` en ``kosten``
    (zoals ``laad("waardeketen")``; een kolom ``soort`` mag, en moet dan
    kloppen met Porter). Staan er meer business units in (kolom
    ``business_unit``), dan tellen we de kosten per activiteit op: de keten van
    het hele bedrijf. ``omzet`` is de omzet van hetzelfde stuk bedrijf in
    hetzelfde jaar, in euro.

    ``verlaging`` is een wat-als: een dict activiteit → deel, bijvoorbeeld
    ``{"Uitgaande logistiek": 0.10}`` voor 10 % lagere kosten van die activiteit.

    De uitkomst heeft een rij per activiteit (in de volgorde van Porter: eerst
    de primaire, dan de ondersteunende) en als laatste de rij ``"Marge"``, met:

    * ``soort``: "primair", "ondersteunend" of "marge";
    * ``bedrag``: de kosten in euro, en in de rij Marge: omzet min alle kosten;
    * ``aandeel``: ``bedrag`` gedeeld door de omzet.

    Samen tellen de bedragen op tot de omzet. Met een ``verlaging`` staat er een
    extra kolom ``bedrag_nu``: de bedragen zonder de verlaging.

    >>> k = pd.DataFrame({"activiteit": ["Operationele activiteiten", "Service", "Inkoop"],
    ...                   "kosten": [600.0, 200.0, 100.0]})
    >>> waardeketen(k, 1000)  # doctest: +NORMALIZE_WHITESPACE
                                       soort  bedrag  aandeel
    activiteit
    Operationele activiteiten        primair   600.0      0.6
    Service                          primair   200.0      0.2
    Inkoop                     ondersteunend   100.0      0.1
    Marge                              marge   100.0      0.1
    >>> waardeketen(k, 1000, verlaging={"Service": 0.5})[["bedrag", "bedrag_nu"]].loc["Marge"].tolist()
    [200.0, 100.0]
    """
    _controleer_tabel(kosten, "kosten", ["activiteit", "kosten"])
    if isinstance(omzet, np.generic):
        omzet = omzet.item()
    if isinstance(omzet, (pd.Series, pd.DataFrame)):
        raise ValueError(
            "omzet moet één bedrag zijn, geen reeks. Kies de business unit, bijvoorbeeld "
            "omzet_per_business_unit(facturen, 2025)['ICT-werkplek']."
        )
    if not _is_getal(omzet) or float(omzet) <= 0:
        raise ValueError(f"omzet moet een bedrag in euro boven 0 zijn, niet {omzet!r}.")
    if "jaar" in kosten.columns and kosten["jaar"].nunique() > 1:
        jaren = ", ".join(str(j) for j in sorted(kosten["jaar"].unique()))
        raise ValueError(f"kosten bevat meer jaren ({jaren}). Kies eerst één jaar.")
    per_activiteit: dict[str, float] = {}
    gezien: set = set()
    for positie, label in enumerate(kosten.index):
        rij = kosten.iloc[positie]
        plek = f"kosten, rij {_label(label)!r}"
        naam = _activiteit_naam(rij["activiteit"], f"{plek}, kolom 'activiteit'")
        if "soort" in kosten.columns and isinstance(rij["soort"], str) and rij["soort"].strip():
            soort = rij["soort"].strip().casefold()
            if soort in ("secundair", "ondersteunende"):
                soort = "ondersteunend"
            if soort != _SOORT[naam]:
                raise ValueError(
                    f"{plek}: {naam} staat als '{rij['soort']}', maar is bij Porter {_SOORT[naam]}."
                )
        sleutel = (rij["business_unit"] if "business_unit" in kosten.columns else None, naam)
        if sleutel in gezien:
            waar = f" bij {sleutel[0]}" if sleutel[0] is not None else ""
            raise ValueError(f"{plek}: {naam} staat er twee keer in{waar}. Tel de kosten eerst op.")
        gezien.add(sleutel)
        bedrag = rij["kosten"]
        if isinstance(bedrag, np.generic):
            bedrag = bedrag.item()
        if not _is_getal(bedrag) or float(bedrag) < 0:
            raise ValueError(f"{plek}: de kosten {bedrag!r} zijn geen bedrag van 0 of meer.")
        per_activiteit[naam] = per_activiteit.get(naam, 0.0) + float(bedrag)
    nu = pd.Series({a: per_activiteit[a] for a in ACTIVITEITEN if a in per_activiteit}, dtype="float64")
    nieuw = nu.copy()
    if verlaging is not None:
        if not isinstance(verlaging, dict):
            raise ValueError("verlaging moet een dict zijn, bijvoorbeeld {'Uitgaande logistiek': 0.10} voor 10 %.")
        for activiteit, deel in verlaging.items():
            naam = _activiteit_naam(activiteit, "verlaging")
            if naam not in nu.index:
                raise ValueError(f"verlaging: {naam} staat niet in de kosten.")
            if isinstance(deel, np.generic):
                deel = deel.item()
            if not _is_getal(deel) or not 0 <= float(deel) <= 1:
                tip = f" Bedoel je {float(deel) / 100:g}?" if _is_getal(deel) and 1 < float(deel) <= 100 else ""
                raise ValueError(
                    f"verlaging: de verlaging van {naam} is {deel!r}. Geef een deel van 0 tot en met 1, "
                    f"dus 0.10 voor 10 %.{tip}"
                )
            nieuw[naam] = nu[naam] * (1 - float(deel))
    omzet = float(omzet)
    bedrag = pd.concat([nieuw, pd.Series({"Marge": omzet - float(nieuw.sum())})])
    uit = pd.DataFrame({
        "soort": [_SOORT.get(a, "marge") for a in bedrag.index],
        "bedrag": bedrag.to_numpy(),
        "aandeel": (bedrag / omzet).to_numpy(),
    }, index=pd.Index(bedrag.index, name="activiteit"))
    if verlaging is not None:
        uit["bedrag_nu"] = pd.concat([nu, pd.Series({"Marge": omzet - float(nu.sum())})]).to_numpy()
    return uit


# ---------------------------------------------------------------------------
# Punten verdelen (de logica achter de widget "Kies je waardestrategie")
# ---------------------------------------------------------------------------


def verdeel_punten(scores, gewijzigd: str, nieuw: float, *, minimum: float = 1.0,
                   maximum: float = 10.0) -> dict[str, float]:
    """Zet één score op ``nieuw`` en houd het totaal van de drie gelijk.

    Een bedrijf kan niet overal tegelijk beter worden: geld en aandacht zijn op.
    Daarom heeft de widget een vast budget aan punten. Gaat één strategie
    omhoog, dan gaan de andere twee samen evenveel omlaag, naar verhouding van
    hun ruimte (boven ``minimum`` als ze dalen, onder ``maximum`` als ze stijgen).
    Alles wordt op één decimaal gerekend en het totaal blijft precies gelijk.
    Een overgebleven tiende gaat eraf bij de hoogste van de twee (of erbij bij
    de laagste); zo lopen de scores niet weg als je heen en weer schuift. Kan
    het niet (de andere twee zitten al op het minimum of maximum), dan gaat de
    gewijzigde score maar zo ver als kan.

    >>> verdeel_punten({"operational excellence": 6.4, "product leadership": 6.2,
    ...                 "customer intimacy": 7.6}, "customer intimacy", 8.6)
    {'operational excellence': 5.8, 'product leadership': 5.8, 'customer intimacy': 8.6}
    """
    s = {strategie_naam(k, "scores"): _score(v, f"scores, {k}") for k, v in dict(scores).items()}
    if sorted(s) != sorted(STRATEGIEEN):
        raise ValueError(f"scores moet precies de drie strategieën hebben: {', '.join(STRATEGIEEN)}.")
    gewijzigd = strategie_naam(gewijzigd, "gewijzigd")
    minimum, maximum = _grens(minimum, "minimum"), _grens(maximum, "maximum")
    if minimum >= maximum:
        raise ValueError("minimum moet lager zijn dan maximum.")
    nieuw = _grens(nieuw, "nieuw")
    # Rekenen in tienden (gehele getallen): geen afrondingsfouten, het totaal blijft exact.
    t = {k: int(round(v * 10)) for k, v in s.items()}
    lo, hi = int(round(minimum * 10)), int(round(maximum * 10))
    anderen = [k for k in STRATEGIEEN if k != gewijzigd]
    for k in anderen:  # scores buiten de grenzen van de schuiven eerst binnen de grenzen
        t[k] = max(lo, min(hi, t[k]))
    doel = max(lo, min(hi, int(round(nieuw * 10))))
    # Wat de andere twee samen kunnen opvangen.
    kan_dalen = sum(t[k] - lo for k in anderen)
    kan_stijgen = sum(hi - t[k] for k in anderen)
    delta = max(-kan_stijgen, min(kan_dalen, doel - t[gewijzigd]))  # >0: de anderen dalen samen delta
    doel = t[gewijzigd] + delta
    stap = 1 if delta > 0 else -1
    ruimte = {k: (t[k] - lo) if delta > 0 else (hi - t[k]) for k in anderen}
    totale_ruimte = sum(ruimte.values())
    deel = {k: (abs(delta) * ruimte[k] // totale_ruimte) if totale_ruimte else 0 for k in anderen}
    nu = {k: t[k] - stap * deel[k] for k in anderen}
    rest = abs(delta) - sum(deel.values())
    while rest > 0:
        kandidaten = [k for k in anderen if (nu[k] > lo if delta > 0 else nu[k] < hi)]
        kies = (max if delta > 0 else min)(kandidaten, key=lambda k: nu[k])
        nu[kies] -= stap
        rest -= 1
    uit = {gewijzigd: doel, **nu}
    return {k: uit[k] / 10 for k in STRATEGIEEN}
