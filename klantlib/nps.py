"""Verwachtingen, klantervaring en de Net Promoter Score (hoofdstuk 03).

Alle functies zijn puur: lijsten of DataFrames erin, getallen of DataFrames
eruit. Ze printen niets en onthouden niets.

Afspraken over scores:

* Een score is een heel getal van 0 tot en met 10.
* Een ontbrekend antwoord (``None``, ``NaN`` of ``pd.NA``) telt niet mee. Je
  ziet altijd hoeveel antwoorden zijn weggelaten: in ``.weggelaten`` van de
  uitkomst, in de kolom ``weggelaten`` of via :func:`aantal_weggelaten`.
* Een score buiten 0–10, een gebroken getal, tekst die geen getal is of een
  lege invoer geeft een ``ValueError`` die de waarde en de positie noemt.
  Posities tellen vanaf 0, zoals overal in Python.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

__all__ = [
    "CATEGORIEEN",
    "ERVARINGEN",
    "STOPWOORDEN",
    "NpsGetal",
    "NpsInterval",
    "nps_categorie",
    "categorieen",
    "aantal_weggelaten",
    "nps",
    "nps_verdeling",
    "nps_uit_aandelen",
    "nps_per",
    "met_bedrijfskenmerken",
    "nps_interval",
    "nps_interval_per",
    "NpsVerschil",
    "nps_verschil",
    "verdeel_aandelen",
    "nps_speeltuin_tekst",
    "klantervaring",
    "klantervaring_verdeling",
    "wat_als_belofte",
    "belofte_tekst",
    "woorden_tellen",
    "woorden_per_categorie",
    "service_recovery",
]

#: De drie NPS-categorieën, van hoog naar laag.
CATEGORIEEN = ("promotor", "passief tevreden", "criticaster")
#: Kolomnamen voor de aandelen van de drie categorieën (meervoud).
_AANDEEL_KOLOMMEN = ("promotors", "passief_tevredenen", "criticasters")
#: De drie soorten klantervaring.
ERVARINGEN = ("positief", "neutraal", "negatief")


# ---------------------------------------------------------------------------
# Invoer controleren
# ---------------------------------------------------------------------------



def _label(waarde):
    """Een rijlabel als gewone Python-waarde (1, niet np.int64(1)) voor foutmeldingen."""
    return waarde.item() if isinstance(waarde, np.generic) else waarde

def _plek(positie: int, label) -> str:
    """Beschrijf een positie; noem ook het indexlabel als dat afwijkt."""
    if label is None or label == positie:
        return f"positie {positie}"
    return f"positie {positie} (index {label!r})"


def _een_score(waarde, positie: int | None, label=None, naam: str | None = None) -> int | None:
    """Zet één antwoord om naar een geheel getal 0–10, of ``None`` als het ontbreekt."""
    plek = "" if positie is None else " op " + _plek(positie, label) + (f" in '{naam}'" if naam else "")
    if waarde is None or waarde is pd.NA or waarde is pd.NaT:
        return None
    if isinstance(waarde, np.generic):
        waarde = waarde.item()  # np.int64(13) -> 13, voor een leesbare melding
    uitleg = "Een score is een heel getal van 0 tot en met 10."
    if isinstance(waarde, bool):
        raise ValueError(f"De score {waarde!r}{plek} is geen getal maar waar/onwaar. {uitleg}")
    if isinstance(waarde, str):
        tekst = waarde.strip().replace(",", ".")
        try:
            getal = float(tekst)
        except ValueError:
            raise ValueError(f"De score {waarde!r}{plek} is tekst en geen getal. {uitleg}") from None
    elif isinstance(waarde, (int, float)):
        getal = float(waarde)
        if math.isnan(getal):
            return None
    else:
        raise ValueError(f"De score {waarde!r}{plek} is geen getal. {uitleg}")
    if math.isnan(getal) or math.isinf(getal) or getal != int(getal):
        raise ValueError(f"De score {waarde!r}{plek} is geen heel getal. {uitleg}")
    if not 0 <= getal <= 10:
        raise ValueError(f"De score {waarde!r}{plek} ligt buiten 0–10. {uitleg}")
    return int(getal)


def _scores(scores, naam: str = "scores") -> tuple[np.ndarray, int]:
    """Controleer een reeks scores.

    Geeft ``(geldige scores als int-array, aantal weggelaten antwoorden)``.
    """
    if scores is None or isinstance(scores, (str, bytes, int, float, dict, np.generic)):
        raise ValueError(
            f"'{naam}' moet een lijst, array of kolom met scores zijn, "
            f"niet {type(scores).__name__} {scores!r}."
        )
    if isinstance(scores, pd.DataFrame):
        raise ValueError(
            f"'{naam}' is een hele tabel. Geef één kolom, bijvoorbeeld enquetes['score']."
        )
    labels = scores.index if isinstance(scores, pd.Series) else None
    if _snel_te_controleren(scores):
        # Snelle weg voor numerieke kolommen en arrays (zoals enquetes['score']).
        arr = (scores.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
               if isinstance(scores, pd.Series) else np.asarray(scores, dtype="float64").ravel())
        if len(arr) == 0:
            raise ValueError(f"'{naam}' is leeg: er zijn geen scores om mee te rekenen.")
        ontbreekt = np.isnan(arr)
        geldig = arr[~ontbreekt]
        fout = ~np.isfinite(geldig) | (geldig != np.round(geldig)) | (geldig < 0) | (geldig > 10)
        if fout.any():
            p = int(np.flatnonzero(~ontbreekt)[fout][0])
            origineel = scores.iloc[p] if isinstance(scores, pd.Series) else np.asarray(scores).ravel()[p]
            _een_score(origineel, p, labels[p] if labels is not None else None, naam)
        return geldig.astype(np.int64), int(ontbreekt.sum())
    lijst = scores.tolist() if isinstance(scores, pd.Series) else list(scores)
    if len(lijst) == 0:
        raise ValueError(f"'{naam}' is leeg: er zijn geen scores om mee te rekenen.")
    goed: list[int] = []
    weg = 0
    for positie, waarde in enumerate(lijst):
        s = _een_score(waarde, positie, labels[positie] if labels is not None else None, naam)
        if s is None:
            weg += 1
        else:
            goed.append(s)
    return np.asarray(goed, dtype=np.int64), weg


def _snel_te_controleren(scores) -> bool:
    """Waar voor numerieke kolommen/arrays (geen tekst, geen bools)."""
    if isinstance(scores, pd.Series):
        dtype = scores.dtype
    elif isinstance(scores, np.ndarray):
        dtype = scores.dtype
    else:
        return False
    return pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)


def _minstens_een(geldig: np.ndarray, weggelaten: int, naam: str = "scores") -> None:
    if len(geldig) == 0:
        raise ValueError(
            f"'{naam}' bevat geen enkel ingevuld antwoord: alle {weggelaten} antwoorden ontbreken."
        )


# ---------------------------------------------------------------------------
# Categorieën en NPS
# ---------------------------------------------------------------------------


class NpsGetal(float):
    """Een NPS als gewoon getal, met twee extra's.

    ``.aantal`` is het aantal antwoorden dat meetelt, ``.weggelaten`` het
    aantal ontbrekende antwoorden dat niet meetelt. Rekenen en vergelijken
    werkt zoals met elk ander getal.
    """

    aantal: int
    weggelaten: int

    def __new__(cls, waarde: float, aantal: int, weggelaten: int):
        obj = super().__new__(cls, waarde)
        obj.aantal = int(aantal)
        obj.weggelaten = int(weggelaten)
        return obj

    def __repr__(self) -> str:
        return float.__repr__(float(self))

    def __reduce__(self):
        # Voor copy, deepcopy en pickle: bewaar ook aantal en weggelaten.
        return (NpsGetal, (float(self), self.aantal, self.weggelaten))


def nps_categorie(score) -> str:
    """De NPS-categorie van één score.

    9 of 10 is ``"promotor"``, 7 of 8 is ``"passief tevreden"``, 0 tot en met 6 is
    ``"criticaster"``.

    >>> nps_categorie(9), nps_categorie(7), nps_categorie(6)
    ('promotor', 'passief tevreden', 'criticaster')
    """
    s = _een_score(score, None)
    if s is None:
        raise ValueError(
            "Er is geen score ingevuld (de waarde ontbreekt). Een score is een heel getal van 0 tot en met 10."
        )
    if s >= 9:
        return "promotor"
    if s >= 7:
        return "passief tevreden"
    return "criticaster"


def _categorie_codes(geldig: np.ndarray) -> np.ndarray:
    """0 = promotor, 1 = passief tevreden, 2 = criticaster."""
    return np.where(geldig >= 9, 0, np.where(geldig >= 7, 1, 2))


def categorieen(scores) -> pd.Series:
    """De categorie van elke score; een ontbrekend antwoord blijft ``<NA>``.

    Heeft ``scores`` een index (een kolom uit een tabel), dan houdt de
    uitkomst diezelfde index, zodat je hem als kolom kunt toevoegen.

    >>> categorieen([10, 7, None, 3]).tolist()
    ['promotor', 'passief tevreden', <NA>, 'criticaster']
    """
    _scores(scores)  # controleert en geeft een duidelijke fout
    index = scores.index if isinstance(scores, pd.Series) else None
    waarden = pd.to_numeric(pd.Series(list(scores), dtype=object), errors="coerce").astype("float64")
    uit = pd.Series(pd.NA, index=range(len(waarden)), dtype="string")
    ok = waarden.notna()
    codes = _categorie_codes(waarden[ok].to_numpy())
    uit[ok] = np.asarray(CATEGORIEEN, dtype=object)[codes]
    if index is not None:
        uit.index = index
    return uit


def aantal_weggelaten(scores) -> int:
    """Hoeveel antwoorden ontbreken (en dus niet meetellen in de NPS).

    >>> aantal_weggelaten([9, None, 7, float("nan")])
    2
    """
    return _scores(scores)[1]


def nps(scores) -> NpsGetal:
    """De Net Promoter Score: % promotors min % criticasters.

    De uitkomst ligt tussen -100 en +100. Het is een getal in punten, geen
    percentage. Ontbrekende antwoorden tellen niet mee; hoeveel dat er waren
    staat in ``.weggelaten``.

    >>> nps([10, 9, 8, 3])
    25.0
    >>> uitkomst = nps([10, None, 6])
    >>> uitkomst, uitkomst.aantal, uitkomst.weggelaten
    (0.0, 2, 1)
    """
    geldig, weg = _scores(scores)
    _minstens_een(geldig, weg)
    codes = _categorie_codes(geldig)
    n = len(geldig)
    waarde = 100.0 * (np.count_nonzero(codes == 0) - np.count_nonzero(codes == 2)) / n
    return NpsGetal(waarde, n, weg)


def nps_verdeling(scores) -> pd.Series:
    """De aandelen promotors, passief tevredenen en criticasters in procenten.

    De drie aandelen tellen op tot 100. In ``.attrs`` staan ``aantal`` en
    ``weggelaten``.

    >>> nps_verdeling([10, 9, 8, 3]).round(1).to_dict()
    {'promotors': 50.0, 'passief_tevredenen': 25.0, 'criticasters': 25.0}
    """
    geldig, weg = _scores(scores)
    _minstens_een(geldig, weg)
    codes = _categorie_codes(geldig)
    tellingen = np.bincount(codes, minlength=3)
    uit = pd.Series(100.0 * tellingen / len(geldig), index=list(_AANDEEL_KOLOMMEN), name="aandeel (%)")
    uit.attrs = {"aantal": len(geldig), "weggelaten": weg}
    return uit


def _aandeel(waarde, naam: str) -> float:
    if isinstance(waarde, (bool, np.bool_)) or not isinstance(waarde, (int, float, np.integer, np.floating)):
        raise ValueError(f"Het aandeel '{naam}' moet een getal in procenten zijn, niet {waarde!r}.")
    waarde = float(waarde)
    if math.isnan(waarde) or not 0 <= waarde <= 100:
        raise ValueError(f"Het aandeel '{naam}' is {waarde!r}; een aandeel ligt tussen 0 en 100 %.")
    return waarde


def nps_uit_aandelen(promotors, passief_tevredenen, criticasters) -> float:
    """De NPS uit de drie aandelen in procenten (samen 100).

    Het voorbeeld uit het boek: 25 % promotors, 55 % passief tevredenen en 20 %
    criticasters geeft een NPS van +5.

    >>> nps_uit_aandelen(25, 55, 20)
    5.0
    """
    p = _aandeel(promotors, "promotors")
    m = _aandeel(passief_tevredenen, "passief tevredenen")
    c = _aandeel(criticasters, "criticasters")
    totaal = p + m + c
    if abs(totaal - 100) > 1e-6:
        raise ValueError(
            f"De aandelen tellen op tot {totaal:g} % in plaats van 100 % "
            f"(promotors {p:g} + passief tevredenen {m:g} + criticasters {c:g})."
        )
    return p - c


def _kolommen_controleren(df: pd.DataFrame, kolommen, naam: str = "df") -> None:
    if not isinstance(df, pd.DataFrame):
        raise ValueError(f"'{naam}' moet een tabel (DataFrame) zijn, niet {type(df).__name__}.")
    for kolom in kolommen:
        if kolom not in df.columns:
            raise ValueError(
                f"De kolom {kolom!r} staat niet in de tabel '{naam}'. "
                f"Beschikbare kolommen: {', '.join(map(str, df.columns))}."
            )


def nps_per(df: pd.DataFrame, kolom, *, score_kolom: str = "score") -> pd.DataFrame:
    """NPS, aantal antwoorden en de drie aandelen per segment.

    ``kolom`` is de naam van een kolom (of een lijst namen), bijvoorbeeld
    ``"sector"``, ``"grootteklasse"``, ``"business_unit"`` of ``"kwartaal"``.
    De uitkomst heeft één rij per segment met de kolommen ``nps``,
    ``aantal`` (ingevulde antwoorden), ``weggelaten`` (ontbrekende
    antwoorden), ``promotors``, ``passief_tevredenen`` en ``criticasters`` (in %).

    >>> t = pd.DataFrame({"bu": ["A", "A", "B", "B"], "score": [10, 3, 9, None]})
    >>> nps_per(t, "bu")[["nps", "aantal", "weggelaten"]]  # doctest: +NORMALIZE_WHITESPACE
          nps  aantal  weggelaten
    bu
    A     0.0       2           0
    B   100.0       1           1
    """
    kolommen = [kolom] if isinstance(kolom, str) else list(kolom)
    if not kolommen:
        raise ValueError("Geef minstens één kolom om op te splitsen, bijvoorbeeld 'sector'.")
    _kolommen_controleren(df, [*kolommen, score_kolom])
    if len(df) == 0:
        raise ValueError("De tabel is leeg: er zijn geen antwoorden om mee te rekenen.")
    _scores(df[score_kolom], score_kolom)  # duidelijke fout bij een foute score
    for k in kolommen:
        if df[k].isna().any():
            rij = _label(df.index[df[k].isna().to_numpy()][0])
            raise ValueError(
                f"De kolom {k!r} is leeg in rij {rij!r}: zo'n antwoord hoort bij geen enkel segment. "
                "Vul de waarde in of filter die rij eerst weg."
            )
    score = pd.to_numeric(df[score_kolom], errors="coerce").astype("float64")
    codes = pd.Series(np.where(score >= 9, 0, np.where(score >= 7, 1, 2)), index=df.index)
    hulp = pd.DataFrame(
        {
            "_p": (codes == 0) & score.notna(),
            "_m": (codes == 1) & score.notna(),
            "_c": (codes == 2) & score.notna(),
            "_ok": score.notna(),
            "_weg": score.isna(),
        },
        index=df.index,
    )
    for k in kolommen:
        hulp[k] = df[k]
    g = hulp.groupby(kolommen, observed=True, sort=True)[["_p", "_m", "_c", "_ok", "_weg"]].sum()
    aantal = g["_ok"].astype("int64")
    noemer = aantal.where(aantal > 0)
    uit = pd.DataFrame(index=g.index)
    uit["nps"] = 100.0 * (g["_p"] - g["_c"]) / noemer
    uit["aantal"] = aantal
    uit["weggelaten"] = g["_weg"].astype("int64")
    uit["promotors"] = 100.0 * g["_p"] / noemer
    uit["passief_tevredenen"] = 100.0 * g["_m"] / noemer
    uit["criticasters"] = 100.0 * g["_c"] / noemer
    return uit


def met_bedrijfskenmerken(df: pd.DataFrame, bedrijven: pd.DataFrame,
                          kolommen=("sector", "grootteklasse")) -> pd.DataFrame:
    """Voeg kenmerken van het bedrijf (zoals sector) toe via ``kvk_nummer``.

    De tabel ``bedrijven`` heeft één rij per vestiging; een bedrijf (KvK-nummer)
    kan dus meer rijen hebben. Een kenmerk moet per KvK-nummer één waarde
    hebben, anders volgt een fout. Het aantal rijen van ``df`` blijft gelijk.

    >>> e = pd.DataFrame({"kvk_nummer": ["1", "2", "1"], "score": [9, 3, 7]})
    >>> b = pd.DataFrame({"kvk_nummer": ["1", "1", "2"], "sector": ["Zorg", "Zorg", "Bouw"]})
    >>> met_bedrijfskenmerken(e, b, ["sector"])["sector"].tolist()
    ['Zorg', 'Bouw', 'Zorg']
    """
    kolommen = [kolommen] if isinstance(kolommen, str) else list(kolommen)
    _kolommen_controleren(df, ["kvk_nummer"], "df")
    _kolommen_controleren(bedrijven, ["kvk_nummer", *kolommen], "bedrijven")
    dubbel = [k for k in kolommen if k in df.columns]
    if dubbel:
        raise ValueError(f"De kolom(men) {', '.join(dubbel)} staan al in de tabel; haal ze eerst weg.")
    kenmerken = bedrijven[["kvk_nummer", *kolommen]].drop_duplicates()
    meer = kenmerken["kvk_nummer"].duplicated(keep=False)
    if meer.any():
        kvk = kenmerken.loc[meer, "kvk_nummer"].iloc[0]
        raise ValueError(
            f"KvK-nummer {kvk!r} heeft in 'bedrijven' meer dan één waarde voor {', '.join(kolommen)}; "
            "kies eerst één vestiging per bedrijf."
        )
    uit = df.merge(kenmerken, on="kvk_nummer", how="left", validate="many_to_one")
    uit.index = df.index
    return uit


# ---------------------------------------------------------------------------
# Betrouwbaarheid
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NpsInterval:
    """Een NPS met betrouwbaarheidsinterval."""

    nps: float
    onder: float
    boven: float
    aantal: int
    weggelaten: int
    betrouwbaarheid: float
    methode: str

    @property
    def breedte(self) -> float:
        """Afstand tussen onder- en bovengrens (in NPS-punten)."""
        return self.boven - self.onder


def _betrouwbaarheid(b) -> float:
    if isinstance(b, (bool, np.bool_)) or not isinstance(b, (int, float, np.integer, np.floating)):
        raise ValueError(f"'betrouwbaarheid' moet een getal tussen 0 en 1 zijn, zoals 0.95, niet {b!r}.")
    if not 0 < float(b) < 1:
        raise ValueError(
            f"'betrouwbaarheid' is {b!r}; kies een getal tussen 0 en 1, zoals 0.95 (dat is 95 %)."
        )
    return float(b)


def nps_interval(scores, betrouwbaarheid: float = 0.95, seed=None, *, methode: str = "analytisch",
                 herhalingen: int = 2000) -> NpsInterval:
    """Een betrouwbaarheidsinterval voor de NPS.

    Standaard (``methode="analytisch"``) gebruikt de functie de formule voor
    het verschil van twee aandelen uit één steekproef. Met p = aandeel
    promotors en c = aandeel criticasters is de NPS gelijk aan 100·(p − c) en
    de variantie van p − c is (p + c − (p − c)²) / n. Het interval is dan
    NPS ± z · 100 · √variantie, met z uit de normale verdeling (1,96 bij
    95 %). Die methode heeft geen toeval nodig: ``seed`` wordt dan niet
    gebruikt.

    Met ``methode="bootstrap"`` trekt de functie ``herhalingen`` keer een
    nieuwe steekproef (met teruglegging) uit de antwoorden en neemt de
    percentielen van de NPS. Geef dan een ``seed`` voor een vaste uitkomst.

    De grenzen worden afgekapt op -100 en +100. Let op: als alle antwoorden
    in één categorie vallen is de breedte 0, ook al is er wel onzekerheid.

    >>> r = nps_interval([10] * 25 + [8] * 55 + [4] * 20)
    >>> r.nps, round(r.onder, 1), round(r.boven, 1), r.aantal
    (5.0, -8.1, 18.1, 100)
    """
    b = _betrouwbaarheid(betrouwbaarheid)
    geldig, weg = _scores(scores)
    _minstens_een(geldig, weg)
    codes = _categorie_codes(geldig)
    n = len(geldig)
    # Tellen gebeurt per categorie: +1 promotor, 0 passief tevreden, -1 criticaster.
    waarden = np.where(codes == 0, 1.0, np.where(codes == 2, -1.0, 0.0))
    punt = 100.0 * waarden.mean()
    if methode == "analytisch":
        p = np.count_nonzero(codes == 0) / n
        c = np.count_nonzero(codes == 2) / n
        variantie = max(p + c - (p - c) ** 2, 0.0) / n
        z = NormalDist().inv_cdf(0.5 + b / 2)
        marge = 100.0 * z * math.sqrt(variantie)
        onder, boven = punt - marge, punt + marge
    elif methode == "bootstrap":
        if isinstance(herhalingen, bool) or not isinstance(herhalingen, (int, np.integer)) or herhalingen < 100:
            raise ValueError(f"'herhalingen' moet een heel getal van minstens 100 zijn, niet {herhalingen!r}.")
        rng = np.random.default_rng(seed)
        tellingen = rng.multinomial(n, np.bincount(codes, minlength=3) / n, size=int(herhalingen))
        steekproef = 100.0 * (tellingen[:, 0] - tellingen[:, 2]) / n
        onder, boven = np.quantile(steekproef, [(1 - b) / 2, (1 + b) / 2])
    else:
        raise ValueError(f"Onbekende methode {methode!r}. Kies 'analytisch' of 'bootstrap'.")
    return NpsInterval(
        nps=float(punt),
        onder=float(max(-100.0, onder)),
        boven=float(min(100.0, boven)),
        aantal=n,
        weggelaten=weg,
        betrouwbaarheid=b,
        methode=methode,
    )


@dataclass(frozen=True)
class NpsVerschil:
    """Het verschil tussen de NPS van twee groepen, met een interval voor dat verschil."""

    verschil: float
    onder: float
    boven: float
    z: float
    p_waarde: float
    aantal_a: int
    aantal_b: int
    betrouwbaarheid: float

    @property
    def duidelijk(self) -> bool:
        """Ligt 0 buiten het interval? Dan is het verschil waarschijnlijk geen toeval."""
        return self.onder > 0 or self.boven < 0


def _nps_en_variantie(scores, naam: str) -> tuple[float, float, int]:
    geldig, weg = _scores(scores, naam)
    _minstens_een(geldig, weg, naam)
    codes = _categorie_codes(geldig)
    n = len(geldig)
    p = np.count_nonzero(codes == 0) / n
    c = np.count_nonzero(codes == 2) / n
    return 100.0 * (p - c), 100.0**2 * max(p + c - (p - c) ** 2, 0.0) / n, n


def nps_verschil(scores_a, scores_b, betrouwbaarheid: float = 0.95) -> NpsVerschil:
    """Is de NPS van groep A echt anders dan die van groep B?

    Twee intervallen die elkaar overlappen, zeggen daar weinig over: het
    verschil kan dan toch duidelijk zijn. Kijk daarom naar het interval van
    het **verschil** zelf. De twee groepen zijn onafhankelijke steekproeven,
    dus de variantie van het verschil is de som van de twee varianties (zie
    :func:`nps_interval`). Het interval is verschil ± z · √(som). Ligt 0 buiten
    het interval, dan is het verschil bij deze betrouwbaarheid waarschijnlijk
    geen toeval. ``p_waarde`` is de tweezijdige overschrijdingskans bij de
    toets "geen verschil" (normale benadering).

    >>> a = [10] * 40 + [8] * 40 + [3] * 20   # NPS +20
    >>> b = [10] * 25 + [8] * 45 + [3] * 30   # NPS -5
    >>> r = nps_verschil(a, b)
    >>> round(r.verschil, 1), round(r.onder, 1), round(r.boven, 1), r.duidelijk
    (25.0, 4.4, 45.6, True)
    """
    b = _betrouwbaarheid(betrouwbaarheid)
    nps_a, var_a, n_a = _nps_en_variantie(scores_a, "scores_a")
    nps_b, var_b, n_b = _nps_en_variantie(scores_b, "scores_b")
    verschil = nps_a - nps_b
    se = math.sqrt(var_a + var_b)
    z_grens = NormalDist().inv_cdf(0.5 + b / 2)
    z = verschil / se if se > 0 else (0.0 if verschil == 0 else math.copysign(math.inf, verschil))
    p = 2 * (1 - NormalDist().cdf(abs(z))) if math.isfinite(z) else 0.0
    return NpsVerschil(verschil=float(verschil), onder=float(verschil - z_grens * se),
                       boven=float(verschil + z_grens * se), z=float(z), p_waarde=float(p),
                       aantal_a=n_a, aantal_b=n_b, betrouwbaarheid=b)


def nps_interval_per(df: pd.DataFrame, kolom, *, score_kolom: str = "score",
                     betrouwbaarheid: float = 0.95, seed=None, methode: str = "analytisch") -> pd.DataFrame:
    """:func:`nps_interval` voor elk segment: kolommen ``nps``, ``onder``, ``boven``, ``aantal``, ``weggelaten``.

    Segmenten zonder één ingevuld antwoord krijgen lege grenzen (``NaN``).

    >>> t = pd.DataFrame({"bu": ["A"] * 4 + ["B"] * 4, "score": [10, 9, 8, 3, 10, 10, 10, 2]})
    >>> nps_interval_per(t, "bu")[["nps", "aantal"]]  # doctest: +NORMALIZE_WHITESPACE
         nps  aantal
    bu
    A   25.0       4
    B   50.0       4
    """
    kolommen = [kolom] if isinstance(kolom, str) else list(kolom)
    tabel = nps_per(df, kolommen, score_kolom=score_kolom)
    _betrouwbaarheid(betrouwbaarheid)
    rijen = []
    rng = np.random.default_rng(seed)
    for sleutel, groep in df.groupby(kolommen, observed=True, sort=True):
        scores = groep[score_kolom]
        if scores.notna().sum() == 0:
            rijen.append((np.nan, np.nan))
            continue
        r = nps_interval(scores, betrouwbaarheid, seed=int(rng.integers(2**31)), methode=methode)
        rijen.append((r.onder, r.boven))
    uit = tabel[["nps", "aantal", "weggelaten"]].copy()
    uit.insert(1, "onder", [r[0] for r in rijen])
    uit.insert(2, "boven", [r[1] for r in rijen])
    return uit


# ---------------------------------------------------------------------------
# NPS-speeltuin (logica achter de widget)
# ---------------------------------------------------------------------------


def verdeel_aandelen(promotors: int, passief_tevredenen: int, criticasters: int,
                     gewijzigd: str) -> tuple[int, int, int]:
    """Houd drie hele aandelen op 100 nadat er één is veranderd.

    Het gewijzigde aandeel blijft staan. De andere twee delen de rest in de
    verhouding die ze hadden. Waren ze allebei 0, dan krijgen ze elk de helft.

    >>> verdeel_aandelen(40, 55, 20, "promotors")
    (40, 44, 16)
    >>> verdeel_aandelen(25, 0, 0, "promotors")
    (25, 38, 37)
    """
    namen = list(_AANDEEL_KOLOMMEN)
    if gewijzigd not in namen:
        raise ValueError(f"'gewijzigd' is {gewijzigd!r}; kies uit {', '.join(namen)}.")
    waarden = dict(zip(namen, (promotors, passief_tevredenen, criticasters)))
    for naam, w in waarden.items():
        if isinstance(w, (bool, np.bool_)) or not isinstance(w, (int, np.integer)) or not 0 <= w <= 100:
            raise ValueError(f"Het aandeel '{naam}' is {w!r}; kies een heel getal van 0 tot en met 100.")
    vast = int(waarden[gewijzigd])
    rest = 100 - vast
    a, b = (n for n in namen if n != gewijzigd)
    som = waarden[a] + waarden[b]
    nieuw_a = (rest + 1) // 2 if som == 0 else int(round(rest * waarden[a] / som))
    nieuw_a = min(max(nieuw_a, 0), rest)
    uit = {gewijzigd: vast, a: nieuw_a, b: rest - nieuw_a}
    return uit["promotors"], uit["passief_tevredenen"], uit["criticasters"]


def nps_speeltuin_tekst(promotors, passief_tevredenen, criticasters) -> str:
    """De tekst die de NPS-speeltuin toont.

    >>> nps_speeltuin_tekst(25, 55, 20)
    'NPS = +5 (25 % promotors − 20 % criticasters; 55 % passief tevredenen telt niet mee)'
    """
    waarde = nps_uit_aandelen(promotors, passief_tevredenen, criticasters)
    return (
        f"NPS = {waarde:+.0f} ({promotors:g} % promotors − {criticasters:g} % criticasters; "
        f"{passief_tevredenen:g} % passief tevredenen telt niet mee)"
    )


# ---------------------------------------------------------------------------
# Verwachting en prestatie
# ---------------------------------------------------------------------------


def _getallen(waarden, naam: str) -> tuple[np.ndarray, pd.Index | None]:
    index = waarden.index if isinstance(waarden, pd.Series) else None
    lijst = list(waarden)
    if len(lijst) == 0:
        raise ValueError(f"'{naam}' is leeg.")
    arr = np.empty(len(lijst), dtype="float64")
    for i, w in enumerate(lijst):
        plek = _plek(i, index[i] if index is not None else None)
        if w is None or w is pd.NA or (isinstance(w, float) and math.isnan(w)):
            raise ValueError(
                f"'{naam}' mist een waarde op {plek}. Zonder verwachting én prestatie is er geen klantervaring; "
                "filter zulke rijen eerst weg."
            )
        if isinstance(w, (bool, np.bool_)) or not isinstance(w, (int, float, np.integer, np.floating)):
            raise ValueError(f"'{naam}' bevat {w!r} op {plek}; dat is geen getal.")
        arr[i] = float(w)
    return arr, index


def klantervaring(verwachting, prestatie, hoger_is_beter: bool = False):
    """``"positief"``, ``"neutraal"`` of ``"negatief"`` uit verwachting en prestatie.

    Standaard gaat het om dagen of uren: minder is beter. Komt een offerte
    die over 2 dagen verwacht werd pas na 4 dagen, dan is de ervaring
    negatief; na 1 dag is hij positief. Met ``hoger_is_beter=True`` geldt het
    omgekeerde (bijvoorbeeld een cijfer of een korting).

    Losse getallen geven één woord, lijsten of kolommen een ``Series``.

    >>> klantervaring(2, 4)
    'negatief'
    >>> klantervaring([2, 2, 2], [1, 2, 3]).tolist()
    ['positief', 'neutraal', 'negatief']
    """
    if not isinstance(hoger_is_beter, (bool, np.bool_)):
        raise ValueError(f"'hoger_is_beter' moet True of False zijn, niet {hoger_is_beter!r}.")
    los = np.isscalar(verwachting) and np.isscalar(prestatie)
    if los:
        verwachting, prestatie = [verwachting], [prestatie]
    elif np.isscalar(verwachting) or np.isscalar(prestatie):
        raise ValueError("Geef 'verwachting' en 'prestatie' allebei als los getal of allebei als lijst.")
    if isinstance(verwachting, pd.Series) and pd.api.types.is_numeric_dtype(verwachting) \
            and isinstance(prestatie, pd.Series) and pd.api.types.is_numeric_dtype(prestatie) \
            and not verwachting.isna().any() and not prestatie.isna().any():
        v, index = verwachting.to_numpy(dtype="float64"), verwachting.index  # snelle weg
        p = prestatie.to_numpy(dtype="float64")
    else:
        v, index = _getallen(verwachting, "verwachting")
        p, _ = _getallen(prestatie, "prestatie")
    if len(v) != len(p):
        raise ValueError(
            f"'verwachting' heeft {len(v)} waarden en 'prestatie' {len(p)}; dat moeten er evenveel zijn."
        )
    beter = p > v if hoger_is_beter else p < v
    uit = np.where(beter, "positief", np.where(p == v, "neutraal", "negatief"))
    if los:
        return str(uit[0])
    return pd.Series(uit, index=index, name="klantervaring", dtype="object")


def klantervaring_verdeling(verwachting, prestatie, hoger_is_beter: bool = False) -> pd.Series:
    """Het aandeel positieve, neutrale en negatieve ervaringen in %.

    >>> klantervaring_verdeling([2, 2, 2, 2], [1, 2, 3, 4]).to_dict()
    {'positief': 25.0, 'neutraal': 25.0, 'negatief': 50.0}
    """
    soorten = klantervaring(verwachting, prestatie, hoger_is_beter)
    if isinstance(soorten, str):
        soorten = pd.Series([soorten])
    uit = soorten.value_counts(normalize=True).reindex(list(ERVARINGEN), fill_value=0.0) * 100.0
    uit.name = "aandeel (%)"
    uit.index.name = None
    return uit.astype("float64")


def wat_als_belofte(ervaringen: pd.DataFrame, *, beloofde_dagen=None, extra_dagen: int = 0,
                    soort: str | None = "offerte") -> pd.DataFrame:
    """Wat gebeurt er met de klantervaring als de verkoper iets anders belooft?

    De verwachting van de klant wordt vervangen door wat de verkoper belooft:

    * ``beloofde_dagen=3``: de verkoper belooft iedereen 3 dagen;
    * ``extra_dagen=1``: de verkoper belooft telkens 1 dag later dan nu.

    De werkelijke levertijd blijft gelijk. ``soort`` kiest ``"offerte"`` of
    ``"levering"`` (``None`` = allebei). De uitkomst heeft twee rijen,
    ``"nu"`` en ``"wat als"``, met de aandelen positief, neutraal en
    negatief in % en het aantal ervaringen.

    >>> e = pd.DataFrame({"soort": ["offerte"] * 4, "verwachte_dagen": [2, 2, 2, 2],
    ...                   "werkelijke_dagen": [1, 2, 3, 4]})
    >>> wat_als_belofte(e, beloofde_dagen=3)
             positief  neutraal  negatief  aantal
    nu           25.0      25.0      50.0       4
    wat als      50.0      25.0      25.0       4
    """
    _kolommen_controleren(ervaringen, ["verwachte_dagen", "werkelijke_dagen"], "ervaringen")
    if soort is not None:
        _kolommen_controleren(ervaringen, ["soort"], "ervaringen")
        soorten = sorted(ervaringen["soort"].dropna().unique())
        if soort not in soorten:
            raise ValueError(f"De soort {soort!r} komt niet voor. Kies uit {', '.join(soorten)} of None.")
        deel = ervaringen[ervaringen["soort"] == soort]
    else:
        deel = ervaringen
    if len(deel) == 0:
        raise ValueError("Er zijn geen ervaringen om mee te rekenen.")
    if isinstance(extra_dagen, bool) or not isinstance(extra_dagen, (int, float, np.integer, np.floating)):
        raise ValueError(f"'extra_dagen' moet een getal zijn, niet {extra_dagen!r}.")
    verwacht = deel["verwachte_dagen"]
    if beloofde_dagen is not None:
        if isinstance(beloofde_dagen, bool) or not isinstance(beloofde_dagen, (int, float, np.integer, np.floating)) \
                or beloofde_dagen < 0:
            raise ValueError(f"'beloofde_dagen' moet een getal van 0 of meer zijn, niet {beloofde_dagen!r}.")
        belofte = pd.Series(float(beloofde_dagen), index=deel.index) + extra_dagen
    else:
        belofte = verwacht.astype("float64") + extra_dagen
    nu = klantervaring_verdeling(verwacht, deel["werkelijke_dagen"])
    straks = klantervaring_verdeling(belofte, deel["werkelijke_dagen"])
    uit = pd.DataFrame([nu, straks], index=["nu", "wat als"])
    uit.columns.name = None
    uit["aantal"] = len(deel)
    return uit


def belofte_tekst(tabel: pd.DataFrame, omschrijving: str = "") -> str:
    """De tekst onder de verwachtingsschuif, uit de tabel van :func:`wat_als_belofte`.

    >>> t = pd.DataFrame({"positief": [25.0, 50.0], "neutraal": [25.0, 25.0],
    ...                   "negatief": [50.0, 25.0], "aantal": [4, 4]}, index=["nu", "wat als"])
    >>> belofte_tekst(t, "3 dagen beloven")
    '3 dagen beloven: negatief 50 % → 25 %, positief 25 % → 50 % (4 ervaringen)'
    """
    nu, straks = tabel.loc["nu"], tabel.loc["wat als"]
    begin = f"{omschrijving}: " if omschrijving else ""
    return (
        f"{begin}negatief {nu['negatief']:.0f} % → {straks['negatief']:.0f} %, "
        f"positief {nu['positief']:.0f} % → {straks['positief']:.0f} % ({int(nu['aantal'])} ervaringen)"
    )


# ---------------------------------------------------------------------------
# De tweede vraag: wat noemen klanten?
# ---------------------------------------------------------------------------

#: Eigen lijst met veelvoorkomende Nederlandse woorden die weinig zeggen.
STOPWOORDEN = frozenset(
    """
    aan al alle alles als altijd ander andere ben bij binnen daar daarom dan dat de deze die dit doen
    door dus een eens elke en er erg ga gaan gaat geen geweest goed graag had heb hebben heeft hele
    het hier hij hoe hun iets ik in is ja je jullie kan kon kunnen maar me meer men met mij mijn moet
    moeten na naar niet niets nog nu of om omdat ons onze ook op over per te tot u uw uit veel voor
    vooral waar wanneer want was wat we wel werd wij wordt worden zal ze zeer zich zijn zo zou zouden
    zoals soms echt beter keer volgende misschien eigenlijk prima mag mogen laten even waren
    van vaak wie wil kunt hun hem haar zij zelf toch dan steeds we
    """.split()
)

_WOORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")


def woorden_tellen(teksten, *, stopwoorden=STOPWOORDEN, top: int = 10, min_lengte: int = 3) -> pd.DataFrame:
    """De woorden die het vaakst genoemd worden in open antwoorden.

    Elk woord telt één keer per antwoord: ``aantal`` is dus het aantal
    antwoorden waarin het woord voorkomt. Hoofdletters tellen niet,
    stopwoorden en woorden korter dan ``min_lengte`` vallen weg. Lege en
    ontbrekende antwoorden staan in ``.attrs["leeg"]``.

    >>> woorden_tellen(["Levering te laat", "levering was laat!", ""], top=2)
          woord  aantal
    0      laat       2
    1  levering       2
    """
    if isinstance(teksten, (str, bytes)) or teksten is None:
        raise ValueError("'teksten' moet een lijst of kolom met antwoorden zijn, niet één tekst.")
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1:
        raise ValueError(f"'top' moet een heel getal van 1 of meer zijn, niet {top!r}.")
    stop = {w.lower() for w in stopwoorden}
    teller: Counter[str] = Counter()
    leeg = 0
    for positie, tekst in enumerate(list(teksten)):
        if tekst is None or tekst is pd.NA or (isinstance(tekst, float) and math.isnan(tekst)):
            leeg += 1
            continue
        if not isinstance(tekst, str):
            raise ValueError(f"Het antwoord op positie {positie} is {tekst!r}; dat is geen tekst.")
        woorden = {w for w in _WOORD.findall(tekst.lower()) if len(w) >= min_lengte and w not in stop}
        if not woorden:
            leeg += 1 if not tekst.strip() else 0
        teller.update(woorden)
    rijen = sorted(teller.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    uit = pd.DataFrame(rijen, columns=["woord", "aantal"]).astype({"woord": "object", "aantal": "int64"})
    uit.attrs["leeg"] = leeg
    return uit


def woorden_per_categorie(df: pd.DataFrame, *, tekst_kolom: str = "verbeterpunt", score_kolom: str = "score",
                          top: int = 8, stopwoorden=STOPWOORDEN) -> pd.DataFrame:
    """De meest genoemde woorden per NPS-categorie (lange tabel).

    Kolommen: ``categorie``, ``woord``, ``aantal`` en ``aandeel`` (% van de
    ingevulde antwoorden in die categorie). Antwoorden zonder score tellen
    niet mee.

    >>> t = pd.DataFrame({"score": [10, 9, 2, 3], "verbeterpunt": ["snelle levering", "", "levering te laat", "factuur laat"]})
    >>> woorden_per_categorie(t, top=1)
         categorie     woord  aantal  aandeel
    0     promotor  levering       1    100.0
    1  criticaster      laat       2    100.0
    """
    _kolommen_controleren(df, [tekst_kolom, score_kolom])
    cat = categorieen(df[score_kolom])
    tekst = df[tekst_kolom].astype("string").str.strip()
    delen = []
    for naam in CATEGORIEEN:
        keuze = (cat == naam).fillna(False).to_numpy(dtype=bool)
        antwoorden = tekst[keuze].dropna()
        antwoorden = antwoorden[antwoorden != ""]
        if len(antwoorden) == 0:
            continue
        w = woorden_tellen(antwoorden.tolist(), stopwoorden=stopwoorden, top=top)
        w.insert(0, "categorie", naam)
        w["aandeel"] = 100.0 * w["aantal"] / len(antwoorden)
        delen.append(w)
    if not delen:
        return pd.DataFrame(columns=["categorie", "woord", "aantal", "aandeel"])
    return pd.concat(delen, ignore_index=True)


# ---------------------------------------------------------------------------
# Service recovery paradox
# ---------------------------------------------------------------------------


def service_recovery(klachten: pd.DataFrame, *, grens_uren: float = 24) -> pd.DataFrame:
    """Tevredenheid voor en na een klacht, apart voor snel en traag afgehandelde klachten.

    ``score_voor`` en ``score_na`` zijn tevredenheidscijfers (0–10), geen
    antwoorden op de aanbevelingsvraag. Daarom rekent deze functie er geen
    NPS mee uit: de NPS hoort alleen bij de vraag of de klant je zou
    aanbevelen.

    ``grens_uren`` scheidt snel (tot en met de grens) van traag. Let op: snel
    afgehandeld is nog niet goed afgehandeld; de afhandeltijd is alleen een
    benadering. Per groep: ``aantal``, de gemiddelde ``score_voor`` en
    ``score_na``, het ``verschil`` (na − voor) en ``hoger_na`` (% klachten
    waarbij het cijfer na de klacht hoger is dan ervoor). Rijen zonder
    afhandeltijd of cijfer tellen niet mee; hun aantal staat in
    ``weggelaten``.

    >>> k = pd.DataFrame({"afhandeltijd_uren": [4, 10, 60, 80],
    ...                   "score_voor": [7, 8, 7, 8], "score_na": [9, 9, 4, 6]})
    >>> service_recovery(k)[["aantal", "score_voor", "score_na", "hoger_na"]]  # doctest: +NORMALIZE_WHITESPACE
                    aantal  score_voor  score_na  hoger_na
    afhandeling
    snel (≤ 24 u)        2         7.5       9.0     100.0
    traag (> 24 u)       2         7.5       5.0       0.0
    """
    _kolommen_controleren(klachten, ["afhandeltijd_uren", "score_voor", "score_na"], "klachten")
    if isinstance(grens_uren, bool) or not isinstance(grens_uren, (int, float, np.integer, np.floating)) \
            or grens_uren <= 0:
        raise ValueError(f"'grens_uren' moet een positief getal zijn, niet {grens_uren!r}.")
    _scores(klachten["score_voor"], "score_voor")
    _scores(klachten["score_na"], "score_na")
    uren = pd.to_numeric(klachten["afhandeltijd_uren"], errors="coerce").astype("float64")
    voor = pd.to_numeric(klachten["score_voor"], errors="coerce").astype("float64")
    na = pd.to_numeric(klachten["score_na"], errors="coerce").astype("float64")
    compleet = uren.notna() & voor.notna() & na.notna()
    if (uren[compleet] < 0).any():
        rij = uren.index[(uren < 0).to_numpy()][0]
        raise ValueError(f"De afhandeltijd in rij {_label(rij)!r} is negatief ({float(uren[rij]):g} uur).")
    labels = [f"snel (≤ {grens_uren:g} u)", f"traag (> {grens_uren:g} u)"]
    groep = pd.Series(np.where(uren <= grens_uren, labels[0], labels[1]), index=klachten.index)
    if uren.isna().any():
        # Zonder afhandeltijd hoort een klacht bij geen van beide groepen: laat dat zien.
        labels.append("zonder afhandeltijd")
        groep[uren.isna()] = labels[-1]
    rijen = {}
    for label in labels:
        in_groep = groep == label
        keuze = compleet & in_groep
        v, n_ = voor[keuze], na[keuze]
        aantal = int(keuze.sum())
        weg = int((in_groep & ~compleet).sum())
        if aantal == 0:
            rijen[label] = dict(aantal=0, score_voor=np.nan, score_na=np.nan, verschil=np.nan,
                                hoger_na=np.nan, weggelaten=weg)
            continue
        rijen[label] = dict(
            aantal=aantal,
            score_voor=float(v.mean()),
            score_na=float(n_.mean()),
            verschil=float((n_ - v).mean()),
            hoger_na=float(100.0 * (n_ > v).mean()),
            weggelaten=weg,
        )
    uit = pd.DataFrame.from_dict(rijen, orient="index")
    uit.index.name = "afhandeling"
    return uit[["aantal", "score_voor", "score_na", "verschil", "hoger_na", "weggelaten"]]
