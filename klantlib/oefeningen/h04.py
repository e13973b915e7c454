"""Hoofdstuk 04: waardestrategieën (Treacy en Wiersema) en de waardeketen (Porter).

Het werkboek ``solutions/04_waardestrategieen_werkboek.ipynb`` hoort hierbij.
Alle referenties én alle bekende foute methoden rekenen met de actieve dataset
(``kies_dataset`` / ``seed=``), dus ook met een persoonlijke dataset.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from klantlib.data import LEVERANCIER, laad
from klantlib.oefeningen.diagnose import (
    Aanwijzing,
    Fout,
    FunctieMetFouten,
    Getal,
    Indelen,
    MeerkeuzeMetUitleg,
    OpenMetInhoud,
    WaardeMetFouten,
)
from klantlib.oefeningen.kern import FOUT, is_leeg
from klantlib.strategie import (
    STRATEGIEEN,
    gewogen_score,
    omzet_per_business_unit,
    soort_activiteit,
    strategie_naam,
    thema_aandelen,
    thema_per_strategie,
    toets_waardestrategie,
    waardeketen,
    waardekloof,
    waardeprofiel,
)

OE, PL, CI = STRATEGIEEN
VERMEER = LEVERANCIER["naam"]
#: De business unit en de wat-als van oefening 4.11.
BU_411, ACTIVITEIT_411, VERLAGING_411 = "Kantoorinrichting", "Service", 0.15
#: De activiteiten van oefening 4.10.
ACTIVITEITEN_410 = ["Inkoop", "Service", "Marketing en sales", "Human resource management",
                    "Uitgaande logistiek", "Technologieontwikkeling"]
#: De drie bedrijven van oefening 4.7.
BEDRIJVEN_47 = {
    "A": PL,  # elk jaar een nieuw model met eigen techniek
    "B": OE,  # vriendelijk, maar een vast pakket tegen een scherpe prijs
    "C": CI,  # kent de klant, denkt mee, richt per klant anders in
}


# --- referenties -----------------------------------------------------------------------------------


def _profiel() -> pd.DataFrame:
    return waardeprofiel(laad("waardeprofielen"))


def _toets() -> pd.DataFrame:
    return toets_waardestrategie(_profiel())


def _beide() -> list[str]:
    t = _toets()
    return sorted(str(n) for n in t.index[t["beide_voorwaarden"]])


def _alleen_uitblinken() -> list[str]:
    t = _toets()
    return sorted(str(n) for n in t.index[t["blinkt_uit_in"] != ""])


def _alleen_drempel() -> list[str]:
    t = _toets()
    return sorted(str(n) for n in t.index[t["voldoet_drempel"]])


def _kloof() -> pd.Series:
    return waardekloof(_profiel(), VERMEER)["kloof"]


def _kloof_kolom(kolom: str):
    def maak() -> pd.Series:
        return waardekloof(_profiel(), VERMEER)[kolom]
    return maak


def _kloof_gemiddelde() -> pd.Series:
    p = _profiel()
    return p.drop(index=VERMEER).mean() - p.loc[VERMEER]


def _gewogen() -> pd.DataFrame:
    return gewogen_score(_profiel(), laad("waardeprofiel_gewichten"))


def _beste_sector() -> str:
    return str(_gewogen().loc[VERMEER].idxmax())


def _slechtste_sector() -> str:
    return str(_gewogen().loc[VERMEER].idxmin())


def _thema_aandeel(scores_filter) -> float:
    e = laad("enquetes")
    themas = thema_per_strategie(e.loc[scores_filter(e), "verbeterpunt"])
    return float(thema_aandelen(themas).loc[OE, "aandeel"])


def _criticasters(e):
    return e["score"] <= 6


def _aandeel_oe() -> float:
    return _thema_aandeel(_criticasters)


def _aandeel_oe_met_lege() -> float:
    e = laad("enquetes")
    crit = e[_criticasters(e)]
    themas = thema_per_strategie(crit["verbeterpunt"])
    return float((themas["thema"] == OE).sum() / len(crit))


def _aandeel_oe_iedereen() -> float:
    return _thema_aandeel(lambda e: e["score"].notna())


def _aandeel_oe_onder_6() -> float:
    return _thema_aandeel(lambda e: e["score"] < 6)


def _aandeel_oe_tot_en_met_7() -> float:
    return _thema_aandeel(lambda e: e["score"] <= 7)


def _criticasters_aandelen() -> pd.DataFrame:
    e = laad("enquetes")
    return thema_aandelen(thema_per_strategie(e.loc[_criticasters(e), "verbeterpunt"]))


def _aantal_oe() -> float:
    return float(_criticasters_aandelen().loc[OE, "aantal"])


def _aandeel_van(thema: str):
    def maak() -> float:
        return float(_criticasters_aandelen().loc[thema, "aandeel"])
    return maak


def _aandeel_oe_herkend() -> float:
    e = laad("enquetes")
    a = thema_aandelen(thema_per_strategie(e.loc[_criticasters(e), "verbeterpunt"]))
    return float(a.loc[OE, "aantal"] / a.loc[list(STRATEGIEEN), "aantal"].sum())


def _keten_411(verlaging=None, bu=BU_411) -> pd.DataFrame:
    k = laad("waardeketen")
    omzet = omzet_per_business_unit(laad("facturen"), int(k["jaar"].iloc[0]))
    if bu is None:
        return waardeketen(k, float(omzet.sum()), verlaging=verlaging)
    return waardeketen(k[k["business_unit"] == bu], float(omzet[bu]), verlaging=verlaging)


def _marge_met_omzet_van(jaar: int) -> float:
    k = laad("waardeketen")
    omzet = omzet_per_business_unit(laad("facturen"), jaar)
    if BU_411 not in omzet.index:
        return float("nan")
    return float(waardeketen(k[k["business_unit"] == BU_411], float(omzet[BU_411]),
                             verlaging={ACTIVITEIT_411: VERLAGING_411}).loc["Marge", "bedrag"])


def _ander_jaar(antwoord) -> bool:
    """4.11: de marge met de omzet van een ander jaar dan het jaar van de kosten."""
    jaar = int(laad("waardeketen")["jaar"].iloc[0])
    jaren = sorted(laad("facturen")["factuurdatum"].dt.year.dropna().unique())
    a = float(antwoord)
    return any(abs(a - _marge_met_omzet_van(int(j))) <= 0.5 for j in jaren if int(j) != jaar)


def _andere_business_unit(antwoord) -> bool:
    """4.11: dezelfde wat-als, maar voor een andere business unit."""
    k = laad("waardeketen")
    a = float(antwoord)
    return any(abs(a - float(_keten_411({ACTIVITEIT_411: VERLAGING_411}, bu=bu).loc["Marge", "bedrag"])) <= 0.5
               for bu in k["business_unit"].unique() if bu != BU_411)


def _marge_na() -> float:
    return float(_keten_411({ACTIVITEIT_411: VERLAGING_411}).loc["Marge", "bedrag"])


def _marge_nu() -> float:
    return float(_keten_411().loc["Marge", "bedrag"])


def _alleen_besparing() -> float:
    return float(VERLAGING_411 * _keten_411().loc[ACTIVITEIT_411, "bedrag"])


def _verlaging_omgedraaid() -> float:
    """4.11: verlaging 0.85 in plaats van 0.15 (85 % eraf in plaats van 15 %)."""
    return float(_keten_411({ACTIVITEIT_411: 1 - VERLAGING_411}).loc["Marge", "bedrag"])


def _alle_kosten_lager() -> float:
    k = _keten_411()
    kosten = k.loc[k.index != "Marge", "bedrag"].sum()
    omzet = k["bedrag"].sum()
    return float(omzet - (1 - VERLAGING_411) * kosten)


def _hele_bedrijf() -> float:
    return float(_keten_411({ACTIVITEIT_411: VERLAGING_411}, bu=None).loc["Marge", "bedrag"])


def _kosten_hele_bedrijf_omzet_ki() -> float:
    k = laad("waardeketen")
    omzet = omzet_per_business_unit(laad("facturen"), int(k["jaar"].iloc[0]))
    return float(waardeketen(k, float(omzet[BU_411]), verlaging={ACTIVITEIT_411: VERLAGING_411}).loc["Marge", "bedrag"])


def _marge_aandeel_na() -> float:
    return float(_keten_411({ACTIVITEIT_411: VERLAGING_411}).loc["Marge", "aandeel"])


# --- vorm van antwoorden ---------------------------------------------------------------------------


def _namenlijst(antwoord) -> list[str]:
    """4.4: lijst, set, tuple, Index of Series met namen → gesorteerde lijst namen."""
    if isinstance(antwoord, str):
        return _namenlijst([antwoord])
    if isinstance(antwoord, pd.DataFrame):
        raise Aanwijzing("Je antwoord is een hele tabel. Geef alleen de namen, bijvoorbeeld met "
                         "`.index` van de gefilterde tabel en daarna `.tolist()`.")
    if isinstance(antwoord, pd.Series) and pd.api.types.is_bool_dtype(antwoord):
        raise Aanwijzing("Je antwoord is een kolom met True en False. Geef de namen van de leveranciers "
                         "waar True staat: `toets.index[toets[\"beide_voorwaarden\"]]`.")
    if isinstance(antwoord, dict):
        raise Aanwijzing("Je antwoord is een woordenboek (dict). Geef alleen de namen in een lijst, zoals "
                         "`[\"Kantoorgigant\"]`.")
    # Ook `.unique()` (een numpy- of Arrow-array) en `.values` zijn gewoon een rij namen.
    if pd.api.types.is_list_like(antwoord):
        namen = list(antwoord)
        if not all(isinstance(n, str) for n in namen):
            raise Aanwijzing("Je lijst bevat iets anders dan namen. Zet de namen van de leveranciers als tekst "
                             "in een lijst, bijvoorbeeld `[\"Kantoorgigant\"]`.")
        bekend = [str(n) for n in _profiel().index]
        for naam in namen:
            if naam.strip() not in bekend:
                raise Aanwijzing(f"'{naam}' staat niet in het profiel. Schrijf de namen precies zoals in de tabel: "
                                 + ", ".join(bekend) + ".")
        return sorted(n.strip() for n in namen)
    raise Aanwijzing("Verwacht wordt een lijst met namen van leveranciers, zoals `[\"Kantoorgigant\"]`.")


def _kloofreeks(antwoord):
    """4.5: een Series per strategie; een getal of de hele tabel krijgt uitleg.

    Een dict met per strategie de kloof (``.to_dict()``) is hetzelfde antwoord in een andere vorm: dat
    tellen we als Series. Een lijst zonder namen niet: dan weet niemand welk getal bij welke strategie hoort.
    """
    if isinstance(antwoord, pd.DataFrame) and "kloof" in antwoord.columns:
        raise Aanwijzing("Je antwoord is de hele tabel. Pak alleen de kolom met de kloof: `[\"kloof\"]`.")
    if isinstance(antwoord, (int, float)) and not isinstance(antwoord, bool):
        raise Aanwijzing("Gevraagd is de kloof voor alle drie de strategieën, niet één getal: een Series, "
                         "zoals de kolom `kloof` van `waardekloof(...)`.")
    if isinstance(antwoord, str):
        raise Aanwijzing("Je antwoord is één naam. Gevraagd is de kloof voor alle drie de strategieën: een "
                         "Series met per strategie een getal, zoals de kolom `kloof` van `waardekloof(...)`.")
    if isinstance(antwoord, dict):
        return pd.Series(antwoord)
    if isinstance(antwoord, (list, tuple, np.ndarray)):
        raise Aanwijzing("Je antwoord is een lijst met alleen getallen: de namen van de strategieën zijn weg. "
                         "Laat `.tolist()` (of `list(...)`) weg; een Series houdt bij elk getal de strategie.")
    return antwoord


def _profiel_klopt_niet(namespace: dict, cache) -> str | None:
    """4.4, 4.5, 4.8: rekent de leerling met een `profiel` uit 4.1 dat niet klopt? Dan zit de fout daar."""
    profiel = namespace.get("profiel")
    if profiel is None or is_leeg(profiel):
        return None
    oefening_41 = next(o for o in OEFENINGEN if o.id == "4.1")
    if oefening_41.controleer(namespace, cache).status != FOUT:
        return None
    return ("Je `profiel` uit oefening 4.1 klopt nog niet, en dit antwoord rekent daarmee verder. Maak eerst "
            "4.1 goed (`wb.controleer(\"4.1\")`), voer daarna de cellen van deze oefening opnieuw uit en "
            "controleer opnieuw.")


#: Nederlandse namen die een leerling voor de strategieën gebruikt. De cursus gebruikt de Engelse namen van
#: het boek, maar wie "klantintimiteit" schrijft, heeft het bedrijf wel goed ingedeeld.
NEDERLANDSE_NAMEN = {
    "operationele excellentie": OE, "operationeel excellent": OE, "operationele uitmuntendheid": OE,
    "productleiderschap": PL, "product leiderschap": PL, "productleider": PL,
    "klantintimiteit": CI, "klant intimiteit": CI, "klantenintimiteit": CI,
}


def _strategie(tekst) -> str:
    """4.7: de naam van een strategie; hoofdletters, OE / PL / CI, streepjes, puntjes en de Nederlandse
    namen mogen."""
    if not isinstance(tekst, str):
        raise Aanwijzing(f"schrijf de naam van een strategie als tekst, zoals \"{CI}\".")
    kaal = " ".join(tekst.replace("-", " ").replace("_", " ").split()).casefold()
    if kaal.replace(".", "").replace(" ", "") in ("oe", "pl", "ci"):
        kaal = kaal.replace(".", "").replace(" ", "")
    if kaal in NEDERLANDSE_NAMEN:
        return NEDERLANDSE_NAMEN[kaal]
    try:
        return strategie_naam(kaal)
    except ValueError as fout:
        suggestie = str(fout).partition("Bedoel je")[2].strip()
        raise Aanwijzing(f"'{tekst}' is geen waardestrategie. "
                         + (f"Bedoel je {suggestie} " if suggestie else "")
                         + f"Kies uit: {', '.join(STRATEGIEEN)} (of OE, PL, CI).") from None


def _soort(tekst) -> str:
    """4.10: 'primair' of 'ondersteunend'; 'secundair' (het woord uit het boek) mag ook."""
    if not isinstance(tekst, str):
        raise Aanwijzing("schrijf \"primair\" of \"ondersteunend\" als tekst.")
    kaal = tekst.strip().casefold()
    if kaal in ("primair", "primaire"):
        return "primair"
    if kaal in ("ondersteunend", "ondersteunende", "secundair", "secundaire"):
        return "ondersteunend"
    raise Aanwijzing(f"'{tekst}' is geen soort. Kies \"primair\" of \"ondersteunend\".")


def _sector(antwoord) -> str:
    if callable(antwoord):
        raise Aanwijzing("Je antwoord is een functie, geen sector: de haakjes ontbreken. Schrijf `.idxmax()` "
                         "in plaats van `.idxmax`.")
    if isinstance(antwoord, pd.Series):
        raise Aanwijzing("Je antwoord is een hele rij getallen. Geef de naam van de sector met de hoogste "
                         "waarde: `.idxmax()`.")
    if not isinstance(antwoord, str):
        raise Aanwijzing("Geef de naam van de sector als tekst, bijvoorbeeld \"Bouw\".")
    sectoren = {s.casefold(): s for s in _gewogen().columns}
    kaal = antwoord.strip().casefold()
    if kaal not in sectoren:
        raise Aanwijzing(f"'{antwoord}' is geen sector in de gewichten. Kies uit: {', '.join(sectoren.values())}.")
    return sectoren[kaal]


def _lange_tabel(antwoord) -> bool:
    return isinstance(antwoord, pd.DataFrame) and {"leverancier", "waardestrategie"} <= set(antwoord.columns)


def _gekanteld(antwoord) -> bool:
    if not isinstance(antwoord, pd.DataFrame):
        return False
    rijen = {str(r).strip().casefold() for r in antwoord.index}
    return rijen >= set(STRATEGIEEN)


def _profiel_van(kolom: str):
    def maak() -> pd.DataFrame:
        lang = laad("waardeprofielen")
        return lang.pivot(index="leverancier", columns="waardestrategie", values=kolom).astype("float64")
    return maak


def _beste_sector_ander(antwoord) -> bool:
    """De beste sector van een concurrent, maar niet als het ook de slechtste van Vermeer is: dan is de
    fout in de eigen rij (`.idxmin()`) waarschijnlijker, en die uitleg krijgt de leerling."""
    g = _gewogen()
    anderen = {str(g.loc[lev].idxmax()) for lev in g.index if lev != VERMEER}
    return isinstance(antwoord, str) and antwoord in anderen - {_beste_sector(), _slechtste_sector()}


def _een_strategie(antwoord) -> bool:
    """4.1: één kolom van het profiel (de scores van één strategie)."""
    if not isinstance(antwoord, pd.Series):
        return False
    p = _profiel()
    try:
        a = antwoord.astype("float64").sort_index()
    except (TypeError, ValueError):
        return False
    return any(len(a) == len(p) and list(map(str, a.index)) == list(map(str, p[k].sort_index().index))
               and bool(((a - p[k].sort_index()).abs() <= 0.05).all()) for k in p.columns)


def _gemiddelde_per_leverancier(antwoord) -> bool:
    return isinstance(antwoord, pd.Series) and not _een_strategie(antwoord)


def _zonder_values(antwoord) -> bool:
    return isinstance(antwoord, pd.DataFrame) and isinstance(antwoord.columns, pd.MultiIndex)


def _leverancier_als_kolom(antwoord) -> bool:
    return (isinstance(antwoord, pd.DataFrame) and "leverancier" in antwoord.columns
            and "waardestrategie" not in antwoord.columns)


# --- de functie van 4.3 en foute uitwerkingen -------------------------------------------------------


def _voldoet(scores, drempel, uitblinken) -> bool:
    return min(scores) >= drempel and max(scores) >= uitblinken


GEVALLEN_43 = [
    ([6, 6, 8], 6, 8),            # precies op de drempel en precies op uitblinken: True
    ([6.4, 6.2, 7.6], 6, 8),      # stuck in the middle: False
    ([8.6, 5.3, 5.0], 6, 8),      # blinkt uit, maar onder de drempel: False
    ([7.1, 8.4, 6.5], 6, 8),      # beide voorwaarden: True
    ([5.4, 6.6, 8.7], 6, 8),      # False
    ([5, 5, 5], 6, 8),            # False
    ([9, 9, 9], 6, 8),            # True
    ([7.0, 7.5, 6.9], 7, 7.5),    # andere grenzen: net onder de drempel: False
    ([7.0, 7.5, 7.0], 7, 7.5),    # andere grenzen: True
    ([9.0, 4.0, 4.5], 6, 8),      # blinkt uit, gemiddeld onder de drempel: False
    ([6.5, 7.0, 8.0], 6.5, 7.5),  # andere grenzen met halve punten (afkappen of afronden valt op): True
    ([8.5, 8.0, 6.0], 6, 8),      # blinkt in twee strategieën uit: True
]


#: 4.13: een advies om in alle drie uit te blinken ("in alle drie de strategieën uitblinken", "overal
#: uitblinken", "op alle strategieën de beste worden"). Alleen vulwoorden mogen ertussen staan, zodat "overal
#: voldoende en uitblinken in customer intimacy" niet meetelt.
_ALLES = r"(alle drie|alle 3|allemaal|elke strategie|iedere strategie|alle strategie\w*|alle waardestrategie\w*)"
_VUL = r"(\s+(de|drie|strategie\w*|waardestrategie\w*|tegelijk\w*|echt|goed))*"
_ALLE_DRIE_UITBLINKEN = (
    rf"\b(in|op)\s+{_ALLES}{_VUL}\s+(uitblink\w*|uit\s+te\s+blinken|de\s+beste)"
    rf"|\buitblink\w*\s+(in|op)\s+{_ALLES}"
    r"|\boveral\s+(in\s+)?(uitblink\w*|uit\s+te\s+blinken|de\s+beste\s+(zijn|worden))"
    r"|\bblink\w*\s+(\w+\s+){0,2}(overal|in\s+alle\s+drie)\s+(in\s+)?uit\b"
)



#: ``profiel.max()``: de hoogste score van alle leveranciers, Vermeer meegeteld (niet gefilterd tussen haken).
_MAX_VAN_ALLEN = re.compile(r"\bprofiel\s*\.\s*max\s*\(")


def _kloof_met_vermeer_zelf(bron: str) -> str | None:
    """4.5: ``profiel.max() - profiel.loc[Vermeer]`` neemt Vermeer zelf mee als 'beste'.

    Op de data van de cursus is Vermeer nergens de beste, dus het getal klopt toevallig; de methode niet.
    """
    if _MAX_VAN_ALLEN.search(bron) and "waardekloof" not in bron:
        return ("Je neemt de hoogste score van álle leveranciers, Vermeer zelf meegeteld. Gevraagd is de beste "
                "concurrent: laat Vermeer eerst weg (bijvoorbeeld `profiel.drop(\"Vermeer Werkplek B.V.\")`) of "
                "gebruik `waardekloof`. Hier geeft het toevallig hetzelfde getal, omdat Vermeer nergens de beste "
                "is; als Vermeer ergens wel de beste is, gaat het mis.")
    return None

OEFENINGEN = [
    WaardeMetFouten(
        id="4.1",
        variabele="profiel",
        vraag=(
            "Maak van de lange tabel `waardeprofielen` een brede tabel `profiel`: één rij per leverancier, "
            "één kolom per waardestrategie, met de scores. De volgorde van rijen en kolommen maakt niet uit; "
            "de scores moeten op één decimaal kloppen."
        ),
        referentie=_profiel,
        tolerantie=0.05,
        volgorde=False,
        fouten=[
            Fout("Je tabel is nog lang: één rij per leverancier én strategie. Zet de strategieën naast elkaar: "
                 "`waardeprofiel(waardeprofielen)`.", herken=_lange_tabel),
            Fout("Je tabel staat gekanteld: de strategieën staan in de rijen. De leveranciers horen in de rijen "
                 "en de strategieën in de kolommen; kantel hem met `.T`.", herken=_gekanteld),
            Fout("Je tabel bevat het aantal respondenten, niet de scores. Gebruik de kolom `score`.",
                 waarde=_profiel_van("respondenten")),
            Fout("Je tabel bevat het jaar, niet de scores. Gebruik de kolom `score`.", waarde=_profiel_van("jaar")),
            Fout("Je hebt per leverancier één getal gemaakt: de drie strategieën zijn samengevoegd. Het profiel "
                 "houdt ze juist apart, met één kolom per strategie: `waardeprofiel(waardeprofielen)`.",
                 herken=_gemiddelde_per_leverancier),
            Fout("Je antwoord is één kolom: de scores op één strategie. Het profiel zet alle drie de strategieën "
                 "naast elkaar; laat de keuze van die ene kolom weg.", herken=_een_strategie),
            Fout("Je tabel heeft twee rijen kolomkoppen: zonder `values=` zet `pivot` alle kolommen (score, jaar, "
                 "respondenten, bron) naast elkaar. Kies de scores met `values=\"score\"`, of gebruik "
                 "`waardeprofiel(waardeprofielen)`.", herken=_zonder_values),
            Fout("De leveranciers staan in een gewone kolom. Ze horen in de index (de rijlabels), zoals in de les: "
                 "laat `.reset_index()` weg.", herken=_leverancier_als_kolom),
            Fout("Je hebt de scores afgerond op hele getallen. De scores hebben één decimaal: laat `.round()` weg "
                 "(of gebruik `.round(1)`).", waarde=lambda: _profiel().round(0)),
        ],
        hints=[
            "In de les maakte je het profiel met één functie uit `klantlib.strategie`.",
            "`waardeprofiel(...)` krijgt de lange tabel en geeft de brede tabel.",
            "`profiel = waardeprofiel(waardeprofielen)`.",
        ],
        oplossing="profiel = waardeprofiel(waardeprofielen)",
    ),
    MeerkeuzeMetUitleg(
        id="4.2",
        variabele="antwoord_4_2",
        vraag="Wat betekent de score van Vermeer op customer intimacy in de tabel `waardeprofielen`?",
        opties={
            "a": "Het deel van de klanten (in tienden) dat Vermeer klantgericht vindt.",
            "b": "Het gemiddelde cijfer dat de ondervraagde inkopers in het klantonderzoek van dat jaar gaven: "
                 "zo ervaren zij Vermeer.",
            "c": "Een objectieve meting van hoeveel maatwerk Vermeer levert.",
            "d": "Het cijfer dat de directie van Vermeer zichzelf geeft in het jaarplan.",
        },
        juist="b",
        hints=[
            "Kijk naar de kolommen `jaar`, `respondenten` en `bron` van de tabel.",
            "Wie gaven die cijfers, en waarover?",
        ],
        uitleg=(
            "De score is een gemiddelde van wat een bekend aantal respondenten in één jaar antwoordde. Het is "
            "dus een waarneming: zo zien klanten Vermeer. Met andere respondenten of in een ander jaar kan het "
            "cijfer anders zijn."
        ),
        waarom_niet={
            "a": "Het is geen deel van de klanten, maar een gemiddeld rapportcijfer van 1 tot 10.",
            "c": "Niemand heeft het maatwerk gemeten: klanten gaven een cijfer voor hoe zij Vermeer ervaren. "
                 "Dat is een waarneming, geen objectieve meting.",
            "d": "Kijk naar de kolom `bron`: de cijfers komen uit een klantonderzoek, niet van de directie.",
        },
    ),
    FunctieMetFouten(
        id="4.3",
        functie="voldoet",
        vraag=(
            "Schrijf de functie `voldoet(scores, drempel, uitblinken)`. `scores` is een lijst met drie "
            "cijfers. De functie geeft `True` als de leverancier aan beide voorwaarden van Treacy en Wiersema "
            "voldoet: alle drie de scores minstens `drempel` én minstens één score minstens `uitblinken`. "
            "Anders `False`."
        ),
        gevallen=GEVALLEN_43,
        referentie=_voldoet,
        fouten=[
            Fout("'Minstens' betekent groter dan of gelijk aan: gebruik `>=` in plaats van `>`. Een score van "
                 "precies de drempel is voldoende.",
                 functie=lambda s, d, u: min(s) > d and max(s) > u),
            Fout("'Minstens' betekent groter dan of gelijk aan: gebruik `>=` in plaats van `>`.",
                 functie=lambda s, d, u: min(s) > d and max(s) >= u),
            Fout("'Minstens' betekent groter dan of gelijk aan: gebruik `>=` in plaats van `>`.",
                 functie=lambda s, d, u: min(s) >= d and max(s) > u),
            Fout("Je kijkt alleen of de leverancier ergens uitblinkt. De eerste voorwaarde ontbreekt: alle drie "
                 "de scores minstens de drempel.", functie=lambda s, d, u: max(s) >= u),
            Fout("Je kijkt alleen naar de drempel. De tweede voorwaarde ontbreekt: ergens uitblinken.",
                 functie=lambda s, d, u: min(s) >= d),
            Fout("Je eist dat de leverancier in alle drie uitblinkt. Het model vraagt uitblinken in één "
                 "strategie; op de andere twee is voldoende genoeg.", functie=lambda s, d, u: min(s) >= u),
            Fout("Beide voorwaarden moeten gelden: gebruik `and`, niet `or`.",
                 functie=lambda s, d, u: min(s) >= d or max(s) >= u),
            Fout("Je functie gebruikt vaste getallen (6 en 8). Gebruik de argumenten `drempel` en `uitblinken`: "
                 "de controle probeert ook andere grenzen.",
                 functie=lambda s, d, u: min(s) >= 6 and max(s) >= 8),
            Fout("Je toetst het gemiddelde aan de drempel. Elke score moet minstens de drempel zijn, dus ook de "
                 "laagste: gebruik `min(scores)`. Een 9 maakt een 4 niet goed.",
                 functie=lambda s, d, u: sum(s) / len(s) >= d and max(s) >= u),
            Fout("Je kapt de scores af met `int(...)`: van 7.5 maak je dan 7, en 7 haalt de grens 7.5 niet. "
                 "Vergelijk de scores zoals ze zijn, zonder `int`.",
                 functie=lambda s, d, u: int(min(s)) >= d and int(max(s)) >= u),
            Fout("Je rondt de scores af met `round(...)`: dan haalt een 7.6 opeens de 8. Vergelijk de scores zoals "
                 "ze zijn, zonder afronden.",
                 functie=lambda s, d, u: round(min(s)) >= d and round(max(s)) >= u),
            Fout("Je telt een leverancier die in meer dan één strategie uitblinkt niet mee. De vraag zegt: "
                 "*minstens* één score is minstens `uitblinken`. In de praktijk lukt uitblinken in alles bijna nooit, "
                 "maar als het gebeurt, voldoet de leverancier ook.",
                 functie=lambda s, d, u: min(s) >= d and sum(x >= u for x in s) == 1),
            Fout("Je telt een leverancier die in alle drie uitblinkt niet mee. De vraag zegt: *minstens* één score "
                 "is minstens `uitblinken`; drie keer uitblinken is ook minstens één.",
                 functie=lambda s, d, u: min(s) >= d and max(s) >= u and min(s) < u),
            Fout("Je kijkt alleen naar één vaste score. Uitblinken mag in elke strategie: kijk naar de hoogste "
                 "score, `max(scores)`.", functie=lambda s, d, u: min(s) >= d and s[2] >= u),
        ],
        hints=[
            "Voorwaarde 1: de laagste score is minstens de drempel. `min(scores)` geeft de laagste.",
            "Voorwaarde 2: de hoogste score is minstens `uitblinken`. `max(scores)` geeft de hoogste.",
            "`return min(scores) >= drempel and max(scores) >= uitblinken`.",
        ],
        oplossing=(
            "def voldoet(scores, drempel, uitblinken):\n"
            "    return min(scores) >= drempel and max(scores) >= uitblinken"
        ),
    ),
    WaardeMetFouten(
        id="4.4",
        variabele="beide",
        vraag=(
            "Welke leveranciers voldoen aan beide voorwaarden (drempel 6, uitblinken 8)? Geef een lijst met hun "
            "namen; de volgorde maakt niet uit."
        ),
        referentie=_beide,
        volgorde=False,
        normaliseer=_namenlijst,
        voorwaarde=_profiel_klopt_niet,
        fouten=[
            Fout("Je noemt ook leveranciers die ergens onder de drempel zitten. Uitblinken alleen is niet genoeg: "
                 "ook de drempel telt.", waarde=_alleen_uitblinken),
            Fout("Je noemt ook leveranciers die nergens uitblinken. Overal voldoende is de eerste voorwaarde; "
                 "de tweede is uitblinken in één strategie.", waarde=_alleen_drempel),
        ],
        hints=[
            "`toets_waardestrategie(profiel)` heeft een kolom `beide_voorwaarden` met True of False.",
            "Filter de rijen waar die True is en neem de `.index`.",
            "`toets = toets_waardestrategie(profiel)` en dan `toets.index[toets[\"beide_voorwaarden\"]].tolist()`.",
        ],
        oplossing=(
            "toets = toets_waardestrategie(profiel)\n"
            "beide = toets.index[toets[\"beide_voorwaarden\"]].tolist()"
        ),
    ),
    WaardeMetFouten(
        id="4.5",
        variabele="kloof",
        vraag=(
            "Maak een Series `kloof` met per waardestrategie hoeveel punten Vermeer achterstaat op de beste "
            "concurrent op die strategie (score van de beste concurrent min de score van Vermeer; een "
            "voorsprong is dus negatief). Op één decimaal nauwkeurig; de volgorde maakt niet uit."
        ),
        referentie=_kloof,
        tolerantie=0.05,
        volgorde=False,
        normaliseer=_kloofreeks,
        voorwaarde=_profiel_klopt_niet,
        broncontrole=_kloof_met_vermeer_zelf,
        fouten=[
            Fout("Je hebt het teken omgedraaid. De kloof is de score van de beste concurrent min die van Vermeer, "
                 "zodat een achterstand positief is.", waarde=lambda: -_kloof()),
            Fout("Je vergelijkt met het gemiddelde van de concurrenten. De vraag gaat over de beste concurrent "
                 "op elke strategie.", waarde=_kloof_gemiddelde),
            Fout("Dit zijn de scores van de beste concurrenten zelf. De kloof is het verschil: hun score min die "
                 "van Vermeer, de kolom `kloof`.", waarde=_kloof_kolom("score_concurrent")),
            Fout("Dit zijn de scores van Vermeer zelf. De kloof is het verschil met de beste concurrent: de kolom "
                 "`kloof`.", waarde=_kloof_kolom("eigen_score")),
            Fout("Je hebt de kloof afgerond op hele punten. Gevraagd is één decimaal: laat `.round()` weg (of "
                 "gebruik `.round(1)`).", waarde=lambda: _kloof().round(0)),
        ],
        hints=[
            "`waardekloof(profiel, \"Vermeer Werkplek B.V.\")` geeft per strategie de beste concurrent.",
            "Je zoekt de kolom `kloof` van die tabel.",
            "`kloof = waardekloof(profiel, \"Vermeer Werkplek B.V.\")[\"kloof\"]`.",
        ],
        oplossing='kloof = waardekloof(profiel, "Vermeer Werkplek B.V.")["kloof"]',
    ),
    MeerkeuzeMetUitleg(
        id="4.6",
        variabele="antwoord_4_6",
        vraag="De directie kiest voor operational excellence. Welke investering keurt zij af?",
        opties={
            "a": "Een nieuw magazijnsysteem dat orders sneller en goedkoper verwerkt.",
            "b": "Een team dat voor elke klant een eigen werkplekontwerp op maat maakt.",
            "c": "Een standaard webshop waarin klanten zelf hun bestellingen doen.",
            "d": "Een contract met een vervoerder die goedkoper en even betrouwbaar levert.",
        },
        juist="b",
        hints=[
            "Operational excellence draait om lage kosten en strakke, efficiënte processen.",
            "Welke investering maakt elke klant duurder om te bedienen?",
        ],
        uitleg=(
            "Maatwerk voor elke klant is duur en maakt de processen minder standaard. Dat past bij customer "
            "intimacy, niet bij operational excellence. Een directie die voor lage kosten kiest, investeert "
            "juist in efficiënte processen, zoals a, c en d."
        ),
        waarom_niet={
            "a": "Sneller en goedkoper orders verwerken is precies waar operational excellence in investeert.",
            "c": "Een standaard webshop maakt bestellen goedkoper en eenvoudiger: dat past bij operational "
                 "excellence.",
            "d": "Goedkoper leveren met dezelfde betrouwbaarheid verlaagt de kosten: dat past bij operational "
                 "excellence.",
        },
    ),
    Indelen(
        id="4.7",
        variabele="strategie_van",
        vraag=(
            "Bij welke waardestrategie past elk bedrijf (A, B en C uit het werkboek)? Maak een dict met de "
            "letter als sleutel en de strategie als waarde. Hoofdletters maken niet uit; OE, PL en CI mogen ook."
        ),
        referentie=lambda: dict(BEDRIJVEN_47),
        groep=_strategie,
        waarom={
            ("B", CI): "Vriendelijk zijn is nog geen customer intimacy. Customer intimacy betekent de klant "
                       "kennen en hem maatwerk bieden; B geeft iedereen hetzelfde vaste pakket tegen een "
                       "scherpe prijs.",
            ("B", PL): "B heeft geen bijzonder product: iedereen krijgt hetzelfde vaste pakket tegen een "
                       "scherpe prijs.",
            ("A", OE): "A concurreert niet op prijs: klanten betalen meer voor het nieuwste model en de eigen "
                       "techniek.",
            ("A", CI): "A maakt voor iedereen hetzelfde, steeds vernieuwde product; het is geen maatwerk per klant.",
            ("C", OE): "C is niet de goedkoopste: C richt per klant anders in en denkt mee. Dat kost juist meer.",
            ("C", PL): "C wint niet met het nieuwste product, maar met kennis van de klant en maatwerk.",
        },
        hints=[
            "Vraag je bij elk bedrijf af: waarvoor kiest de klant dit bedrijf? Prijs en gemak, het beste "
            "product, of een oplossing op maat?",
            "Let op B: vriendelijke medewerkers zeggen nog niets over de strategie.",
        ],
        oplossing=(
            "strategie_van = {\"A\": \"product leadership\", \"B\": \"operational excellence\", "
            "\"C\": \"customer intimacy\"}"
        ),
    ),
    WaardeMetFouten(
        id="4.8",
        variabele="beste_sector",
        vraag=(
            "In welke sector past het profiel van Vermeer het best bij wat de klanten belangrijk vinden? "
            "Gebruik de gewogen score (`gewogen_score`) en geef de naam van de sector als tekst."
        ),
        referentie=_beste_sector,
        normaliseer=_sector,
        voorwaarde=_profiel_klopt_niet,
        fouten=[
            Fout("Dat is de sector waar het profiel van Vermeer het slechtst past. Zoek de hoogste gewogen "
                 "score: `.idxmax()`.", waarde=_slechtste_sector),
            Fout("Dat is de beste sector van een concurrent. Kijk naar de rij van Vermeer Werkplek B.V.",
                 herken=_beste_sector_ander),
        ],
        hints=[
            "`gewogen_score(profiel, gewichten)` geeft een tabel: leveranciers in de rijen, sectoren in de "
            "kolommen.",
            "Pak de rij van Vermeer met `.loc[\"Vermeer Werkplek B.V.\"]`.",
            "`.idxmax()` geeft de naam van de kolom met de hoogste waarde.",
        ],
        oplossing=(
            "gewogen = gewogen_score(profiel, gewichten)\n"
            "beste_sector = gewogen.loc[\"Vermeer Werkplek B.V.\"].idxmax()"
        ),
    ),
    Getal(
        id="4.9",
        variabele="aandeel_oe",
        vraag=(
            "Welk deel van de opmerkingen van criticasters (score 0 tot en met 6) gaat over een thema van "
            "operational excellence? Gebruik de standaard-woordenlijst. Tel alleen opmerkingen met tekst, maar "
            "wel alle: ook die waarin geen trefwoord staat (thema 'onbekend'). Geef een deel tussen 0 en 1, op "
            "drie decimalen nauwkeurig (zoals 0.123)."
        ),
        referentie=_aandeel_oe,
        decimalen=3,
        deel=True,
        fouten=[
            Fout("Je deelt door alle criticasters, ook die niets invulden. Tel alleen de opmerkingen met tekst: "
                 "`thema_aandelen` doet dat voor je.", waarde=_aandeel_oe_met_lege),
            Fout("Je deelt alleen door de opmerkingen met een herkend thema. Ook de opmerkingen zonder trefwoord "
                 "('onbekend') tellen mee in de noemer: de klant zei er wel iets.", waarde=_aandeel_oe_herkend),
            Fout("Je telt de opmerkingen van alle klanten. De vraag gaat alleen over criticasters: score 0 tot "
                 "en met 6.", waarde=_aandeel_oe_iedereen),
            Fout("Je laat de klanten met een 6 weg. Criticasters geven 0 tot en met 6, dus de 6 hoort erbij: "
                 "filter met `<= 6` (of `< 7`).", waarde=_aandeel_oe_onder_6),
            Fout("Je telt ook de klanten met een 7 mee. Een 7 is een passive (hoofdstuk 03); criticasters geven 0 "
                 "tot en met 6: filter met `<= 6`.", waarde=_aandeel_oe_tot_en_met_7),
            Fout("Dit is het aantal opmerkingen over operational excellence. Gevraagd is het deel: de kolom "
                 "`aandeel`.", waarde=_aantal_oe),
            Fout("Dit is het deel van een ander thema: product leadership. Gevraagd is operational excellence.",
                 waarde=_aandeel_van(PL)),
            Fout("Dit is het deel van een ander thema: customer intimacy. Gevraagd is operational excellence.",
                 waarde=_aandeel_van(CI)),
            Fout("Dit is het deel van de opmerkingen zonder trefwoord (onbekend). Gevraagd is operational "
                 "excellence.", waarde=_aandeel_van("onbekend")),
        ],
        tabel_hint="Pak één getal met `.loc[\"operational excellence\", \"aandeel\"]`.",
        hints=[
            "Filter eerst de criticasters: `enquetes[enquetes[\"score\"] <= 6]`.",
            "`thema_per_strategie(...)` deelt de kolom `verbeterpunt` in; `thema_aandelen(...)` telt per thema.",
            "Pak het aandeel met `.loc[\"operational excellence\", \"aandeel\"]`.",
        ],
        oplossing=(
            "criticasters = enquetes[enquetes[\"score\"] <= 6]\n"
            "themas = thema_per_strategie(criticasters[\"verbeterpunt\"])\n"
            "aandeel_oe = thema_aandelen(themas).loc[\"operational excellence\", \"aandeel\"]"
        ),
    ),
    Indelen(
        id="4.10",
        variabele="soort",
        vraag=(
            "Is elke activiteit bij Porter primair of ondersteunend? Maak een dict met de activiteit als "
            "sleutel en \"primair\" of \"ondersteunend\" als waarde, voor: " + ", ".join(ACTIVITEITEN_410) + "."
        ),
        referentie=lambda: {a: soort_activiteit(a) for a in ACTIVITEITEN_410},
        groep=_soort,
        aliassen={"HRM": "Human resource management", "HR": "Human resource management",
                  "Human resources": "Human resource management", "HR-management": "Human resource management",
                  "Marketing en verkoop": "Marketing en sales", "Marketing/sales": "Marketing en sales",
                  "Marketing sales": "Marketing en sales", "Sales en marketing": "Marketing en sales",
                  "Technologie": "Technologieontwikkeling", "Technologische ontwikkeling": "Technologieontwikkeling",
                  "Uitgaande logistieke": "Uitgaande logistiek"},
        waarom={
            ("Inkoop", "primair"): "Inkoop koopt in voor de primaire activiteiten, maar is zelf geen stap in "
                                   "het maken, verkopen en leveren. Bij Porter is het ondersteunend.",
            ("Service", "ondersteunend"): "Service na verkoop en levering hoort bij het primaire proces: bij "
                                          "Porter is het de laatste primaire activiteit.",
            ("Marketing en sales", "ondersteunend"): "Verkopen is een stap in het primaire proces: zonder "
                                                     "verkoop komt het product niet bij de klant.",
            ("Human resource management", "primair"): "HRM (werving, opleiding, beloning) ondersteunt alle "
                                                      "activiteiten, maar maakt of levert zelf niets.",
            ("Uitgaande logistiek", "ondersteunend"): "Uitgaande logistiek brengt het product naar de klant: "
                                                      "een stap in het primaire proces.",
            ("Technologieontwikkeling", "primair"): "Technologieontwikkeling (zoals R&D en het CRM) ondersteunt "
                                                    "de andere activiteiten.",
        },
        hints=[
            "Primair: de stappen waarmee het product gemaakt, verkocht, geleverd en daarna ondersteund wordt.",
            "Ondersteunend: wat alle stappen mogelijk maakt. Let op Inkoop en Service!",
            "`soort_activiteit(\"Inkoop\")` controleert één activiteit.",
        ],
        oplossing=(
            "soort = {\"Inkoop\": \"ondersteunend\", \"Service\": \"primair\", \"Marketing en sales\": \"primair\",\n"
            "         \"Human resource management\": \"ondersteunend\", \"Uitgaande logistiek\": \"primair\",\n"
            "         \"Technologieontwikkeling\": \"ondersteunend\"}"
        ),
    ),
    Getal(
        id="4.11",
        variabele="marge_na",
        vraag=(
            "Vermeer overweegt de service van Kantoorinrichting uit te besteden. Een servicebedrijf doet het "
            "15 % goedkoper. Wat wordt dan de marge van Kantoorinrichting in 2025, in euro's? Hele euro's zijn "
            "precies genoeg."
        ),
        referentie=_marge_na,
        decimalen=0,
        fouten=[
            Fout("Dat is alleen de besparing op Service. Tel die op bij de marge van nu.", waarde=_alleen_besparing),
            Fout("Dat is de marge van nu. Reken met de verlaging: `verlaging={\"Service\": 0.15}`.",
                 waarde=_marge_nu),
            Fout("Je verlaagt alle kosten met 15 %. Alleen de kosten van Service gaan omlaag.",
                 waarde=_alle_kosten_lager),
            Fout("Je rekent met het hele bedrijf. De vraag gaat alleen over Kantoorinrichting: filter de kosten op "
                 "die business unit en neem de omzet van Kantoorinrichting.", waarde=_hele_bedrijf),
            Fout("Je trekt de kosten van alle business units af van de omzet van Kantoorinrichting. Filter de "
                 "kosten eerst: `keten[keten[\"business_unit\"] == \"Kantoorinrichting\"]`.",
                 waarde=_kosten_hele_bedrijf_omzet_ki),
            Fout("Dit is de marge als deel van de omzet. Gevraagd is het bedrag in euro's: de kolom `bedrag`.",
                 herken=lambda a: abs(float(a) - _marge_aandeel_na()) < 0.0005),
            Fout("Je haalt 85 % van de servicekosten af. `verlaging` is het deel dat eraf gaat: 15 % goedkoper "
                 "is `0.15`.", waarde=_verlaging_omgedraaid),
            Fout("Je rekent met de omzet van een ander jaar. De kosten in `keten` zijn van 2025: neem ook de omzet "
                 "van 2025, `omzet_per_business_unit(facturen, 2025)`.", herken=_ander_jaar),
            Fout("Je rekent met een andere business unit. De vraag gaat over Kantoorinrichting: filter de kosten "
                 "én kies de omzet van Kantoorinrichting.", herken=_andere_business_unit),
        ],
        tabel_hint="Pak de marge uit de tabel met `.loc[\"Marge\", \"bedrag\"]`.",
        hints=[
            "Filter de kostentabel `keten` (uit `laad(\"waardeketen\")`) op Kantoorinrichting, zoals in de les, "
            "en neem de omzet van Kantoorinrichting uit `omzet_per_business_unit(facturen, 2025)`.",
            "`waardeketen(kosten, omzet, verlaging={\"Service\": 0.15})` rekent de wat-als uit.",
            "De marge staat in de rij `Marge`, kolom `bedrag`.",
        ],
        oplossing=(
            "kosten_ki = keten[keten[\"business_unit\"] == \"Kantoorinrichting\"]\n"
            "omzet_ki = omzet_per_business_unit(facturen, 2025)[\"Kantoorinrichting\"]\n"
            "wat_als = waardeketen(kosten_ki, omzet_ki, verlaging={\"Service\": 0.15})\n"
            "marge_na = wat_als.loc[\"Marge\", \"bedrag\"]"
        ),
    ),
    MeerkeuzeMetUitleg(
        id="4.12",
        variabele="antwoord_4_12",
        vraag="Waarom past de waardeketen van Porter minder goed bij een dienstverlener zoals Facilitaire diensten?",
        opties={
            "a": "Een dienstverlener heeft geen kosten, dus ook geen marge.",
            "b": "Er zijn weinig goederen om te ontvangen en te verzenden, en het werk zelf gebeurt bij de klant: "
                 "logistiek en operationele activiteiten zien er heel anders uit dan bij een producent.",
            "c": "Een dienstverlener heeft geen ondersteunende activiteiten.",
            "d": "Een dienstverlener heeft geen service na verkoop.",
        },
        juist="b",
        hints=[
            "Kijk in de les naar de waardeketen van Facilitaire diensten: welke vakken zijn klein?",
            "Het model is gemaakt voor bedrijven die fysieke producten maken en leveren.",
        ],
        uitleg=(
            "Porter tekende de keten voor een producent: goederen komen binnen, worden gemaakt en gaan naar de "
            "klant. Bij schoonmaak of onderhoud is er weinig inkomende en uitgaande logistiek, en de dienst "
            "ontstaat op de locatie van de klant. De keten is dan minder goed te gebruiken."
        ),
        waarom_niet={
            "a": "Een dienstverlener heeft wel kosten (vooral personeel) en dus ook een marge.",
            "c": "Ook een dienstverlener heeft inkoop, HRM, technologie en infrastructuur.",
            "d": "Juist een dienstverlener heeft service; het probleem zit bij de logistiek en het 'maken'.",
        },
    ),
    OpenMetInhoud(
        id="4.13",
        variabele="advies",
        vraag=(
            "Schrijf een kort advies aan de directie van Vermeer (minstens 40 woorden): voor welke "
            "waardestrategie kies je, en waarom? Gebruik het profiel, de concurrenten en wat criticasters noemen."
        ),
        modelantwoord=(
            "Ik adviseer customer intimacy. Daar scoort Vermeer al het hoogst en sectoren als de zorg vinden "
            "dat het belangrijkst. Nu blinkt Vermeer nergens in uit (stuck in the middle), en Facilis Partners "
            "scoort hoger op customer intimacy. De directie moet dus investeren in klantkennis: een CRM, vaste "
            "accountmanagers en maatwerk. Tegelijk mag operational excellence niet onder de drempel zakken: "
            "criticasters klagen vooral over levertijd, facturen en prijs. Die basis moet op orde blijven."
        ),
        min_woorden=40,
        moet_noemen=[
            ("waardestrategie die je kiest (operational excellence, product leadership of customer intimacy)",
             ["operational excellence", "product leadership", "customer intimacy", "oe", "pl", "ci",
              *NEDERLANDSE_NAMEN]),
            ("onderbouwing uit de data (bijvoorbeeld de scores, de drempel, een concurrent of de criticasters)",
             ["drempel", "voldoende", "uitblink", "score", "concurrent", "kloof", "criticaster", "kantoorgigant",
              "officedirect", "facilis", "stuck"]),
        ],
        mag_niet=[
            (_ALLE_DRIE_UITBLINKEN,
             "Je advies laat Vermeer in alle drie de strategieën uitblinken. Dat lukt volgens Treacy en Wiersema "
             "niet: de strategieën trekken aan elkaar. De laagste kosten vragen standaardwerk, terwijl maatwerk en "
             "steeds het nieuwste product juist veel geld kosten. Kies er één om in uit te blinken, en zeg waar "
             "Vermeer minstens voldoende moet blijven."),
            (r"\b(moet|moeten|hoeft|hoeven|hoef)\b(\s+\w+){0,2}\s+(niet|geen)\s+(\w+\s+){0,2}"
             r"(kiezen|keuze)\b(?!\s+voor)|\b(moet|moeten|blijven|blijft)\b.*\boveral\s+(\w+\s+){0,2}een\s+beetje",
             "Je advies is om niet te kiezen en overal een beetje goed te blijven. Dat is precies stuck in the "
             "middle: de klant heeft dan geen reden om juist Vermeer te kiezen. Kies een strategie om in uit te "
             "blinken.", False),
        ],
        hints=[
            "Begin met je keuze in één zin. Geef daarna twee redenen uit de data.",
            "Denk aan beide voorwaarden: waar moet Vermeer uitblinken, en waar moet het minstens voldoende blijven?",
        ],
    ),
]
