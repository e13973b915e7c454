"""De kern van het werkboek: oefeningen, controle en feedback.

Een hoofdstukmodule (bijvoorbeeld ``klantlib/oefeningen/h01.py``) maakt een
lijst ``OEFENINGEN`` met vier soorten oefeningen:

- :class:`Waarde`: de leerling maakt een variabele (getal, tekst, lijst,
  Series of DataFrame);
- :class:`Functie`: de leerling schrijft een functie; die testen we op
  een paar invoerwaarden;
- :class:`Meerkeuze`: de leerling kiest een letter;
- :class:`Open`: een open vraag; die wordt niet automatisch nagekeken.

Elke controle geeft een :class:`Uitslag` met een van drie uitkomsten:
``"goed"``, ``"fout"`` (nog niet goed, met een aanwijzing) of ``"leeg"``
(nog niet geprobeerd). Een fout in de code van de leerling komt nooit als
ruwe traceback in beeld: we leggen in gewone woorden uit wat er misging.
"""

from __future__ import annotations

import copy
import html
import importlib
import json
import math
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

__all__ = [
    "____",
    "Waarde",
    "Functie",
    "Meerkeuze",
    "Open",
    "Uitslag",
    "Werkboek",
    "vergelijk",
    "VersieWaarschuwing",
]

NAKIJK_VARIABELE = "KLANTLIB_NAKIJKEN"

GOED = "goed"
FOUT = "fout"
LEEG = "leeg"
STATUS_TEKST = {GOED: "goed", FOUT: "nog niet goed", LEEG: "nog niet geprobeerd"}
_STATUS_TEKEN = {GOED: "✅", FOUT: "❌", LEEG: "⬜"}


class _Plaatshouder:
    """De lege plek in startcode. Vervang ``____`` door je eigen code."""

    _instantie = None

    def __new__(cls):
        if cls._instantie is None:
            cls._instantie = super().__new__(cls)
        return cls._instantie

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self):
        return (_Plaatshouder, ())


____ = _Plaatshouder()


class VersieWaarschuwing(UserWarning):
    """Het werkboek is gemaakt met een andere versie van klantlib."""


def is_leeg(waarde: Any) -> bool:
    """Is dit (nog) de plaatshouder ``____`` of ``...``?

    >>> is_leeg(____), is_leeg(...), is_leeg(3), is_leeg([1, ____])
    (True, True, False, True)
    """
    if waarde is ____ or waarde is Ellipsis:
        return True
    if isinstance(waarde, (list, tuple, set)):
        return any(w is ____ or w is Ellipsis for w in waarde)
    if isinstance(waarde, dict):
        return any(w is ____ or w is Ellipsis for w in waarde.values())
    return False


# ---------------------------------------------------------------------------
# Uitslag
# ---------------------------------------------------------------------------


@dataclass
class Uitslag:
    """De uitkomst van een controle, hint of oplossing.

    In Jupyter verschijnt dit als korte Markdown; elders als gewone tekst.
    """

    status: str | None
    titel: str
    tekst: str = ""
    id: str = ""

    @property
    def goed(self) -> bool:
        return self.status == GOED

    def _repr_markdown_(self) -> str:
        kop = f"**{self.titel}**"
        if self.status:
            kop = f"{_STATUS_TEKEN[self.status]} {kop}"
        return kop + ("\n\n" + self.tekst if self.tekst else "")

    def __repr__(self) -> str:
        kop = self.titel
        if self.status:
            kop = f"[{STATUS_TEKST[self.status]}] {kop}"
        return kop + ("\n" + self.tekst if self.tekst else "")

    __str__ = __repr__

    def als_html(self) -> str:
        """Een eenvoudige HTML-versie (voor widgets)."""
        teken = _STATUS_TEKEN.get(self.status, "") if self.status else ""
        tekst = html.escape(self.tekst).replace("`", "").replace("\n", "<br>")
        return f"{teken} <b>{html.escape(self.titel)}</b>" + (f"<br>{tekst}" if tekst else "")


def _kort(waarde: Any, lengte: int = 60) -> str:
    """Een korte weergave van een waarde van de leerling (voor feedback)."""
    if isinstance(waarde, pd.DataFrame):
        return f"een tabel met {len(waarde)} rijen en {waarde.shape[1]} kolommen"
    if isinstance(waarde, pd.Series):
        return f"een Series met {len(waarde)} waarden"
    try:
        tekst = repr(waarde)
    except Exception:  # noqa: BLE001 - repr van leerlingcode mag alles doen
        tekst = f"een {type(waarde).__name__}"
    if len(tekst) > lengte:
        tekst = tekst[: lengte - 3] + "..."
    return tekst


def _soort(waarde: Any) -> str:
    if isinstance(waarde, bool) or isinstance(waarde, np.bool_):
        return "een waar/onwaar-waarde (bool)"
    if isinstance(waarde, (int, float, np.integer, np.floating)):
        return "een getal"
    if isinstance(waarde, str):
        return "een tekst (str)"
    if isinstance(waarde, pd.DataFrame):
        return "een tabel (DataFrame)"
    if isinstance(waarde, pd.Series):
        return "een kolom of reeks (Series)"
    if isinstance(waarde, (list, tuple)):
        return "een lijst"
    if isinstance(waarde, (set, frozenset)):
        return "een verzameling (set)"
    if isinstance(waarde, dict):
        return "een woordenboek (dict)"
    if waarde is None:
        return "niets (None)"
    if callable(waarde):
        return "een functie"
    return f"een {type(waarde).__name__}"


def _foutzin(fout: BaseException) -> str:
    """Een uitzondering in één zin, zonder traceback."""
    uitleg = {
        "NameError": "een naam bestaat (nog) niet; heb je alle cellen erboven uitgevoerd?",
        "KeyError": "een kolom of sleutel bestaat niet; controleer de spelling",
        "TypeError": "een bewerking past niet bij dit soort gegevens",
        "ValueError": "een waarde past niet",
        "ZeroDivisionError": "er wordt door nul gedeeld",
        "AttributeError": "deze methode of eigenschap bestaat niet voor dit soort gegevens",
        "IndexError": "een positie bestaat niet",
    }.get(type(fout).__name__, "er ging iets mis")
    bericht = str(fout).strip().splitlines()[0] if str(fout).strip() else ""
    if len(bericht) > 120:
        bericht = bericht[:117] + "..."
    detail = f" ({type(fout).__name__}: {bericht})" if bericht else f" ({type(fout).__name__})"
    return uitleg + detail


# ---------------------------------------------------------------------------
# Vergelijken
# ---------------------------------------------------------------------------

_REL = 1e-9
_ABS = 1e-9


def _is_getal(x: Any) -> bool:
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(
        x, (bool, np.bool_)
    )


def _ontbrekend(x: Any) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _getal_gelijk(a: Any, b: Any, tolerantie: float | None) -> bool:
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if tolerantie is not None:
        return abs(a - b) <= tolerantie
    return math.isclose(a, b, rel_tol=_REL, abs_tol=_ABS)


def _scalair_gelijk(a: Any, b: Any, tolerantie: float | None) -> bool:
    if _ontbrekend(a) and _ontbrekend(b):
        return True
    if _is_getal(a) and _is_getal(b):
        return _getal_gelijk(a, b, tolerantie)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


def vergelijk(antwoord: Any, verwacht: Any, tolerantie: float | None = None,
              volgorde: bool = True) -> str | None:
    """Vergelijk een antwoord met het verwachte antwoord.

    Geeft ``None`` als het klopt, anders een korte aanwijzing in het
    Nederlands die het juiste antwoord niet verklapt.

    ``tolerantie`` is het toegestane absolute verschil bij getallen; zonder
    tolerantie tellen alleen rekenafrondingen (relatief 1e-9) als gelijk.
    Met ``volgorde=False`` maakt de volgorde van een lijst of van de rijen
    van een tabel niet uit.

    >>> vergelijk(0.1 + 0.2, 0.3) is None
    True
    >>> vergelijk(12, 10)
    'Je getal is te hoog.'
    >>> vergelijk("Utrecht ", "Utrecht")
    'Bijna: let op hoofdletters en spaties aan het begin of eind.'
    >>> vergelijk([1, 2], [1, 2, 3])
    'Je lijst heeft 2 elementen; dat zijn er te weinig.'
    """
    if isinstance(verwacht, pd.DataFrame):
        return _vergelijk_tabel(antwoord, verwacht, tolerantie, volgorde)
    if isinstance(verwacht, pd.Series):
        return _vergelijk_reeks(antwoord, verwacht, tolerantie, volgorde)
    if isinstance(verwacht, (bool, np.bool_)):
        if isinstance(antwoord, (bool, np.bool_)):
            return None if bool(antwoord) == bool(verwacht) else "Dat klopt niet: denk nog eens na over waar of onwaar."
        return f"Verwacht wordt True of False, maar je antwoord is {_soort(antwoord)}."
    if _is_getal(verwacht):
        return _vergelijk_getal(antwoord, verwacht, tolerantie)
    if isinstance(verwacht, str):
        return _vergelijk_tekst(antwoord, verwacht)
    if isinstance(verwacht, (set, frozenset)):
        return _vergelijk_verzameling(antwoord, verwacht, tolerantie)
    if isinstance(verwacht, (list, tuple, np.ndarray, pd.Index)):
        return _vergelijk_lijst(antwoord, list(verwacht), tolerantie, volgorde)
    if isinstance(verwacht, dict):
        return _vergelijk_dict(antwoord, verwacht, tolerantie)
    if verwacht is None:
        return None if antwoord is None else "Verwacht wordt None."
    return None if _scalair_gelijk(antwoord, verwacht, tolerantie) else "Dat klopt nog niet."


def _vergelijk_getal(antwoord, verwacht, tolerantie):
    if isinstance(antwoord, (pd.Series, pd.DataFrame)):
        if antwoord.size == 1:
            return ("Je antwoord is nog een tabel of Series met één waarde. Haal het getal eruit, "
                    "bijvoorbeeld met `.iloc[0]` of `.item()`.")
        return (f"Verwacht wordt één getal, maar je antwoord is {_soort(antwoord)}. "
                "Moet je nog optellen, tellen of een gemiddelde nemen?")
    if isinstance(antwoord, str):
        return "Je antwoord is tekst. Verwacht wordt een getal: haal de aanhalingstekens weg."
    if isinstance(antwoord, (bool, np.bool_)) or not _is_getal(antwoord):
        return f"Verwacht wordt een getal, maar je antwoord is {_soort(antwoord)}."
    if _getal_gelijk(antwoord, verwacht, tolerantie):
        return None
    a, v = float(antwoord), float(verwacht)
    if math.isnan(a):
        return "Je antwoord is NaN (geen getal). Zitten er lege waarden in je berekening?"
    if v != 0 and (_getal_gelijk(a, v * 100, None) or _getal_gelijk(a * 100, v, None)):
        return "Je zit er een factor 100 naast: gebruik je een percentage waar een fractie hoort, of andersom?"
    gehele = all(isinstance(x, (int, np.integer)) or float(x).is_integer() for x in (antwoord, verwacht))
    if not gehele and (round(a) == round(v) or (v != 0 and abs(a - v) / abs(v) < 0.001)):
        return "Je zit er heel dicht bij. Kijk naar de afronding."
    return "Je getal is te hoog." if a > v else "Je getal is te laag."


def _vergelijk_tekst(antwoord, verwacht):
    if not isinstance(antwoord, str):
        return f"Verwacht wordt een tekst, maar je antwoord is {_soort(antwoord)}."
    if antwoord == verwacht:
        return None
    if antwoord.strip().casefold() == verwacht.strip().casefold():
        return "Bijna: let op hoofdletters en spaties aan het begin of eind."
    return "Die tekst klopt nog niet."


def _als_lijst(antwoord):
    if isinstance(antwoord, (list, tuple)):
        return list(antwoord)
    if isinstance(antwoord, (np.ndarray, pd.Index, pd.Series)):
        return list(antwoord)
    if isinstance(antwoord, (set, frozenset)):
        return None
    return None


def _sorteer(waarden):
    try:
        return sorted(waarden)
    except TypeError:
        return sorted(waarden, key=repr)


def _vergelijk_lijst(antwoord, verwacht, tolerantie, volgorde):
    lijst = _als_lijst(antwoord)
    if isinstance(antwoord, (set, frozenset)):
        lijst = _sorteer(antwoord)
        if volgorde:
            return "Je antwoord is een verzameling (set) zonder volgorde; maak er een lijst van."
    if lijst is None:
        return f"Verwacht wordt een lijst, maar je antwoord is {_soort(antwoord)}."
    if len(lijst) != len(verwacht):
        meer = "te veel" if len(lijst) > len(verwacht) else "te weinig"
        return f"Je lijst heeft {len(lijst)} elementen; dat zijn er {meer}."
    if not volgorde:
        lijst, verwacht = _sorteer(lijst), _sorteer(verwacht)
    for i, (a, v) in enumerate(zip(lijst, verwacht), start=1):
        if vergelijk(a, v, tolerantie) is not None:
            if volgorde and _vergelijk_lijst(lijst, verwacht, tolerantie, False) is None:
                return "Je lijst bevat de juiste waarden, maar in een andere volgorde. Let op de sortering."
            return f"Element {i} van je lijst ({_kort(a)}) klopt nog niet."
    return None


def _vergelijk_verzameling(antwoord, verwacht, tolerantie):
    if isinstance(antwoord, (list, tuple, np.ndarray, pd.Index, pd.Series)):
        lijst = list(antwoord)
        if len(set(map(repr, lijst))) != len(lijst):
            return "Je lijst bevat dubbele waarden; elke waarde hoort er maar één keer in."
        antwoord = set(lijst)
    if not isinstance(antwoord, (set, frozenset)):
        return f"Verwacht wordt een verzameling waarden, maar je antwoord is {_soort(antwoord)}."
    te_veel = [a for a in antwoord if a not in verwacht]
    if te_veel:
        return f"Deze waarde hoort er niet bij: {_kort(_sorteer(te_veel)[0])}."
    if len(antwoord) < len(verwacht):
        return f"Er ontbreken nog {len(verwacht) - len(antwoord)} waarden."
    return None


def _vergelijk_dict(antwoord, verwacht, tolerantie):
    if not isinstance(antwoord, dict):
        return f"Verwacht wordt een woordenboek (dict), maar je antwoord is {_soort(antwoord)}."
    ontbreekt = [k for k in verwacht if k not in antwoord]
    if ontbreekt:
        return f"De sleutel {_kort(ontbreekt[0])} ontbreekt."
    te_veel = [k for k in antwoord if k not in verwacht]
    if te_veel:
        return f"De sleutel {_kort(te_veel[0])} hoort er niet bij."
    for k, v in verwacht.items():
        melding = vergelijk(antwoord[k], v, tolerantie)
        if melding is not None:
            return f"Bij sleutel {_kort(k)}: {melding}"
    return None


def _standaard_index(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _waarden_gelijk(a: pd.Series, v: pd.Series, tolerantie) -> np.ndarray:
    """Per positie: is de waarde gelijk? (NaN == NaN telt als gelijk)."""
    a_num = pd.api.types.is_numeric_dtype(a) and not pd.api.types.is_bool_dtype(a)
    v_num = pd.api.types.is_numeric_dtype(v) and not pd.api.types.is_bool_dtype(v)
    if a_num and v_num:
        av = a.to_numpy(dtype="float64", na_value=np.nan)
        vv = v.to_numpy(dtype="float64", na_value=np.nan)
        beide_nan = np.isnan(av) & np.isnan(vv)
        if tolerantie is not None:
            dicht = np.abs(av - vv) <= tolerantie
        else:
            dicht = np.isclose(av, vv, rtol=_REL, atol=_ABS)
        return dicht | beide_nan
    return np.array([_scalair_gelijk(x, y, tolerantie) for x, y in zip(a.tolist(), v.tolist())],
                    dtype=bool)


def _vergelijk_index(a: pd.Index, v: pd.Index, wat: str) -> str | None:
    if _standaard_index(v):
        return None
    if list(map(str, a)) == list(map(str, v)):
        return None
    vs = set(map(str, v))
    te_veel = [x for x in a if str(x) not in vs]
    if te_veel:
        return f"De {wat} bevat een label dat er niet hoort: {_kort(te_veel[0])}."
    if set(map(str, a)) == vs:
        return f"De {wat} heeft de juiste labels, maar in een andere volgorde. Let op de sortering."
    return f"De {wat} mist nog labels. Heb je wel alle groepen meegenomen?"


def _vergelijk_reeks(antwoord, verwacht, tolerantie, volgorde):
    if isinstance(antwoord, pd.DataFrame):
        if antwoord.shape[1] == 1:
            antwoord = antwoord.iloc[:, 0]
        else:
            return (f"Verwacht wordt één kolom (Series), maar je antwoord is een tabel met "
                    f"{antwoord.shape[1]} kolommen.")
    if isinstance(antwoord, (list, tuple, np.ndarray)):
        return f"Verwacht wordt een Series, maar je antwoord is {_soort(antwoord)}. Gebruik pandas."
    if not isinstance(antwoord, pd.Series):
        return f"Verwacht wordt een Series, maar je antwoord is {_soort(antwoord)}."
    if len(antwoord) != len(verwacht):
        meer = "te veel" if len(antwoord) > len(verwacht) else "te weinig"
        return f"Je Series heeft {len(antwoord)} waarden; dat zijn er {meer}."
    if not volgorde:
        if _standaard_index(verwacht.index):
            antwoord = pd.Series(_sorteer(antwoord.tolist()))
            verwacht = pd.Series(_sorteer(verwacht.tolist()))
        else:
            antwoord = antwoord.sort_index()
            verwacht = verwacht.sort_index()
    melding = _vergelijk_index(antwoord.index, verwacht.index, "index (rijlabels) van je Series")
    if melding:
        return melding
    gelijk = _waarden_gelijk(antwoord, verwacht, tolerantie)
    if not gelijk.all():
        i = int(np.argmin(gelijk))
        plek = (f"positie {i + 1}" if _standaard_index(verwacht.index)
                else f"label {_kort(verwacht.index[i])}")
        if volgorde and _vergelijk_reeks(antwoord, verwacht, tolerantie, False) is None:
            return "De waarden kloppen, maar staan in een andere volgorde. Let op de sortering."
        return f"De waarde bij {plek} ({_kort(antwoord.iloc[i])}) klopt nog niet."
    return None


def _vergelijk_tabel(antwoord, verwacht, tolerantie, volgorde):
    if isinstance(antwoord, pd.Series):
        return ("Verwacht wordt een tabel (DataFrame), maar je antwoord is één kolom (Series). "
                "Tip: `.to_frame()` of `.reset_index()`.")
    if not isinstance(antwoord, pd.DataFrame):
        return f"Verwacht wordt een tabel (DataFrame), maar je antwoord is {_soort(antwoord)}."
    kolommen = [str(k) for k in antwoord.columns]
    ontbreekt = [str(k) for k in verwacht.columns if str(k) not in kolommen]
    if ontbreekt:
        return f"In je tabel ontbreekt de kolom '{ontbreekt[0]}'."
    te_veel = [k for k in kolommen if k not in {str(c) for c in verwacht.columns}]
    if te_veel:
        return f"Je tabel heeft een kolom die er niet hoort: '{te_veel[0]}'."
    if len(antwoord) != len(verwacht):
        meer = "te veel" if len(antwoord) > len(verwacht) else "te weinig"
        return f"Je tabel heeft {len(antwoord)} rijen; dat zijn er {meer}."
    antwoord = antwoord.copy()
    antwoord.columns = kolommen
    verwacht = verwacht.copy()
    verwacht.columns = [str(k) for k in verwacht.columns]
    if not volgorde:
        try:
            if _standaard_index(verwacht.index):
                antwoord = antwoord.sort_values(list(verwacht.columns)).reset_index(drop=True)
                verwacht = verwacht.sort_values(list(verwacht.columns)).reset_index(drop=True)
            else:
                antwoord, verwacht = antwoord.sort_index(), verwacht.sort_index()
        except TypeError:
            pass
    melding = _vergelijk_index(antwoord.index, verwacht.index, "index (rijlabels) van je tabel")
    if melding:
        return melding
    for kolom in verwacht.columns:
        gelijk = _waarden_gelijk(antwoord[kolom], verwacht[kolom], tolerantie)
        if not gelijk.all():
            if volgorde and _vergelijk_tabel(antwoord, verwacht, tolerantie, False) is None:
                return "De rijen kloppen, maar staan in een andere volgorde. Let op de sortering."
            i = int(np.argmin(gelijk))
            plek = (f"rij {i + 1}" if _standaard_index(verwacht.index)
                    else f"de rij met label {_kort(verwacht.index[i])}")
            return (f"In kolom '{kolom}' klopt de waarde in {plek} "
                    f"({_kort(antwoord[kolom].iloc[i])}) nog niet.")
    return None


# ---------------------------------------------------------------------------
# Oefeningen
# ---------------------------------------------------------------------------


def _kopie(waarde):
    if isinstance(waarde, (pd.DataFrame, pd.Series)):
        return waarde.copy(deep=True)
    try:
        return copy.deepcopy(waarde)
    except Exception:  # noqa: BLE001
        return waarde


@dataclass
class _Basis:
    id: str
    vraag: str
    hints: list = field(default_factory=list)
    nakijkbaar = True

    def controleer(self, namespace: dict) -> Uitslag:  # pragma: no cover - abstract
        raise NotImplementedError

    def _uitslag(self, status: str, tekst: str = "") -> Uitslag:
        return Uitslag(status, f"Oefening {self.id}: {STATUS_TEKST[status]}", tekst, self.id)

    def oplossingstekst(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


def _verwachte_waarde(oefening, cache: dict | None):
    """Roep de referentie aan (met cache per actieve dataset)."""
    sleutel = (oefening.id, _actieve_seed())
    if cache is not None and sleutel in cache:
        return _kopie(cache[sleutel])
    waarde = oefening.referentie()
    if cache is not None:
        cache[sleutel] = _kopie(waarde)
    return waarde


def _actieve_seed():
    try:
        from klantlib import data
        return data.actieve_seed()
    except Exception:  # noqa: BLE001
        return None


_BIBLIOTHEEKFOUT = ("Er ging iets mis in klantlib bij het uitrekenen van het juiste antwoord "
                    "({fout}). Dit ligt niet aan jou: meld het aan je docent.")


@dataclass
class Waarde(_Basis):
    """De leerling maakt een variabele; we vergelijken die met ``referentie()``."""

    variabele: str = ""
    referentie: Callable[[], Any] | None = None
    oplossing: str = ""
    tolerantie: float | None = None
    volgorde: bool = True

    def __init__(self, id, variabele, vraag, referentie, hints=(), oplossing="",
                 tolerantie=None, volgorde=True):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.referentie, self.hints, self.oplossing = referentie, list(hints), oplossing
        self.tolerantie, self.volgorde = tolerantie, volgorde

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = _verwachte_waarde(self, cache)
        except Exception as fout:  # noqa: BLE001
            return self._uitslag(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)))
        try:
            melding = vergelijk(antwoord, verwacht, self.tolerantie, self.volgorde)
        except Exception as fout:  # noqa: BLE001
            melding = f"Je antwoord kon niet worden vergeleken: {_foutzin(fout)}."
        if melding is None:
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        return self._uitslag(FOUT, f"`{self.variabele}`: {melding} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


def _aanroep(naam: str, args: tuple) -> str:
    return f"{naam}({', '.join(_kort(a, 30) for a in args)})"


@dataclass
class Functie(_Basis):
    """De leerling schrijft een functie; we testen die op ``gevallen``."""

    functie: str = ""
    gevallen: list = field(default_factory=list)
    referentie: Callable | None = None
    oplossing: str = ""
    tolerantie: float | None = None

    def __init__(self, id, functie, vraag, gevallen, referentie, hints=(), oplossing="",
                 tolerantie=None):
        self.id, self.functie, self.vraag = str(id), functie, vraag
        self.gevallen = [g if isinstance(g, tuple) else (g,) for g in gevallen]
        self.referentie, self.hints, self.oplossing = referentie, list(hints), oplossing
        self.tolerantie = tolerantie

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        f = namespace.get(self.functie, ____)
        if is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._uitslag(FOUT, f"`{self.functie}` is geen functie maar {_soort(f)}. "
                                       f"Begin met `def {self.functie}(...):`.")
        aantal_leeg = 0
        for args in self.gevallen:
            aanroep = _aanroep(self.functie, args)
            try:
                verwacht = self.referentie(*_kopie(args))
            except Exception as fout:  # noqa: BLE001
                return self._uitslag(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)))
            try:
                uitkomst = f(*_kopie(args))
            except Exception as fout:  # noqa: BLE001
                return self._uitslag(
                    FOUT, f"Je functie geeft een foutmelding bij `{aanroep}`: {_foutzin(fout)}.")
            if is_leeg(uitkomst):
                aantal_leeg += 1
                continue
            if uitkomst is None and verwacht is not None:
                return self._uitslag(FOUT, f"`{aanroep}` geeft niets terug (None). Vergeet je `return`?")
            try:
                melding = vergelijk(uitkomst, verwacht, self.tolerantie)
            except Exception as fout:  # noqa: BLE001
                melding = f"de uitkomst kon niet worden vergeleken: {_foutzin(fout)}."
            if melding is not None:
                return self._uitslag(
                    FOUT, f"`{aanroep}` geeft {_kort(uitkomst)}; dat klopt niet. {melding}")
        if aantal_leeg == len(self.gevallen) or aantal_leeg:
            return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
        return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen.")

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


@dataclass
class Meerkeuze(_Basis):
    """Een meerkeuzevraag; het antwoord is een letter."""

    variabele: str = ""
    opties: dict = field(default_factory=dict)
    juist: str = ""
    uitleg: str = ""

    def __init__(self, id, variabele, vraag, opties, juist, hints=(), uitleg=""):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.opties, self.juist = dict(opties), str(juist).strip().lower()
        self.hints, self.uitleg = list(hints), uitleg
        if self.juist not in self.opties:
            raise ValueError(f"Meerkeuze {self.id}: juist='{juist}' staat niet in opties "
                             f"({', '.join(self.opties)}).")

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        antwoord = namespace.get(self.variabele, ____)
        letters = ", ".join(self.opties)
        if is_leeg(antwoord) or (isinstance(antwoord, str) and antwoord.strip() in ("", "____", "...")):
            return self._uitslag(LEEG, f"Geef `{self.variabele}` de letter van je keuze ({letters}).")
        if not isinstance(antwoord, str):
            return self._uitslag(FOUT, f"Je antwoord is {_soort(antwoord)}. Schrijf een letter tussen "
                                       f"aanhalingstekens, bijvoorbeeld `\"{next(iter(self.opties))}\"`.")
        letter = antwoord.strip().strip(")").strip().lower()
        if letter not in self.opties:
            return self._uitslag(FOUT, f"'{antwoord}' is geen keuze. Kies een van: {letters}.")
        if letter == self.juist:
            return self._uitslag(GOED, self.uitleg)
        return self._uitslag(FOUT, f"Antwoord {letter} is het niet. Lees de vraag nog eens; "
                                   f"`wb.hint(\"{self.id}\")` helpt je op weg.")

    def oplossingstekst(self) -> str:
        tekst = f"Het juiste antwoord is **{self.juist}**: {self.opties[self.juist]}"
        return tekst + (f"\n\n{self.uitleg}" if self.uitleg else "")


@dataclass
class Open(_Basis):
    """Een open vraag. Die wordt niet automatisch nagekeken."""

    variabele: str = ""
    modelantwoord: str = ""
    nakijkbaar = False

    def __init__(self, id, variabele, vraag, modelantwoord, hints=()):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.modelantwoord, self.hints = modelantwoord, list(hints)

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        antwoord = namespace.get(self.variabele, ____)
        if is_leeg(antwoord) or (isinstance(antwoord, str) and antwoord.strip() in ("", "____", "...")):
            return self._uitslag(LEEG, f"Schrijf je antwoord als tekst in `{self.variabele}`.")
        if not isinstance(antwoord, str):
            return self._uitslag(FOUT, f"Schrijf je antwoord als tekst tussen aanhalingstekens in "
                                       f"`{self.variabele}`.")
        return self._uitslag(GOED, "Je antwoord staat erin. Dit is een open vraag: die wordt niet "
                                   f"automatisch nagekeken. Vergelijk met het modelantwoord: "
                                   f"`wb.oplossing(\"{self.id}\")`.")

    def oplossingstekst(self) -> str:
        return f"Modelantwoord: {self.modelantwoord}"


# ---------------------------------------------------------------------------
# Werkboek
# ---------------------------------------------------------------------------


def laad_hoofdstuk(hoofdstuk: str) -> list:
    """De lijst ``OEFENINGEN`` van ``klantlib.oefeningen.<hoofdstuk>``."""
    if not isinstance(hoofdstuk, str) or not hoofdstuk.isidentifier():
        raise ValueError(f"hoofdstuk moet een naam zijn zoals 'h01', niet {hoofdstuk!r}.")
    try:
        module = importlib.import_module(f"klantlib.oefeningen.{hoofdstuk}")
    except ModuleNotFoundError as fout:
        if fout.name == f"klantlib.oefeningen.{hoofdstuk}":
            raise ValueError(f"Hoofdstuk '{hoofdstuk}' bestaat niet. Controleer de naam in de "
                             f"eerste cel (bijvoorbeeld 'h01').") from None
        raise
    oefeningen = list(getattr(module, "OEFENINGEN", []))
    ids = [o.id for o in oefeningen]
    dubbel = sorted({i for i in ids if ids.count(i) > 1})
    if dubbel:
        raise ValueError(f"Hoofdstuk '{hoofdstuk}': oefening-id's komen dubbel voor: {', '.join(dubbel)}.")
    return oefeningen


def _notebookversie(pad: str | os.PathLike | None) -> str | None:
    if not pad:
        return None
    pad = Path(pad)
    if pad.suffix != ".ipynb":
        return None
    if not pad.is_file():  # Jupyter geeft soms een pad ten opzichte van de servermap
        pad = Path.cwd() / pad.name
        if not pad.is_file():
            return None
    try:
        meta = json.loads(pad.read_text(encoding="utf-8")).get("metadata", {})
        return meta.get("klantlib", {}).get("versie")
    except (OSError, ValueError, AttributeError):
        return None


def _schrijf_nakijkregel(regel: dict) -> None:
    pad = os.environ.get(NAKIJK_VARIABELE)
    if not pad:
        return
    try:
        with open(pad, "a", encoding="utf-8") as f:
            f.write(json.dumps(regel, ensure_ascii=False, default=str) + "\n")
    except OSError:
        pass


class Werkboek:
    """Het werkboek van één hoofdstuk.

    Zet bovenaan het werkboek::

        from klantlib.oefeningen import Werkboek, ____
        wb = Werkboek("h01", globals())              # standaarddataset
        wb = Werkboek("h01", globals(), seed=123456) # jouw persoonlijke dataset

    Daarna: ``wb.controleer("1.1")``, ``wb.hint("1.1")``, ``wb.oplossing("1.1")``,
    ``wb.voortgang()`` en ``wb.kies("1.5")``.

    ``versie`` is de klantlib-versie waarmee het werkboek is gemaakt. Zonder
    ``versie`` lezen we die, als dat kan, uit het notebook zelf (Jupyter geeft
    het pad door). Verschilt die van de geïnstalleerde klantlib, dan krijg je
    een waarschuwing.
    """

    def __init__(self, hoofdstuk: str, namespace: dict, seed: int | None = None,
                 versie: str | None = None):
        if not isinstance(namespace, dict):
            raise ValueError("namespace moet een dict zijn: schrijf `Werkboek(\"h01\", globals())`.")
        import klantlib
        from klantlib import data

        self.hoofdstuk = hoofdstuk
        self.namespace = namespace
        self.seed = seed
        self._oefeningen = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}
        self._hintteller: dict[str, int] = {}
        self._cache: dict = {}
        data.kies_dataset(seed)
        if versie is None:
            versie = _notebookversie(namespace.get("__session__") or os.environ.get("JPY_SESSION_NAME"))
        self.werkboekversie = versie
        self.versiemelding = ""
        if versie is not None and str(versie) != klantlib.__version__:
            self.versiemelding = (
                f"Dit werkboek is gemaakt met klantlib {versie}, maar je gebruikt klantlib "
                f"{klantlib.__version__}. Sommige controles kunnen anders uitvallen. "
                "Vraag je docent om de nieuwste versie van het werkboek.")
            warnings.warn(self.versiemelding, VersieWaarschuwing, stacklevel=2)
        _schrijf_nakijkregel({"soort": "start", "hoofdstuk": hoofdstuk, "seed": seed,
                              "versie": versie, "klantlib": klantlib.__version__})

    # -- hulp ----------------------------------------------------------------
    @property
    def oefeningen(self) -> list:
        return list(self._oefeningen.values())

    def _zoek(self, id) -> Any:
        oefening = self._oefeningen.get(str(id))
        if oefening is None:
            return None
        return oefening

    def _onbekend(self, id) -> Uitslag:
        return Uitslag(None, f"Oefening '{id}' bestaat niet in dit werkboek",
                       f"Kies uit: {', '.join(self._oefeningen)}.", str(id))

    def _beoordeel(self, oefening) -> Uitslag:
        try:
            return oefening.controleer(self.namespace, self._cache)
        except Exception as fout:  # noqa: BLE001 - nooit een traceback naar de leerling
            return oefening._uitslag(FOUT, f"De controle liep vast: {_foutzin(fout)}.")

    # -- publiek -------------------------------------------------------------
    def controleer(self, id) -> Uitslag:
        """Controleer oefening ``id``: goed, nog niet goed of nog niet geprobeerd."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._onbekend(id)
        uitslag = self._beoordeel(oefening)
        if self.versiemelding:
            uitslag.tekst = (uitslag.tekst + "\n\n" if uitslag.tekst else "") + "⚠️ " + self.versiemelding
        _schrijf_nakijkregel({"soort": "controle", "hoofdstuk": self.hoofdstuk, "id": oefening.id,
                              "status": uitslag.status, "seed": self.seed, "tekst": uitslag.tekst[:400]})
        return uitslag

    def hint(self, id, nummer: int | None = None) -> Uitslag:
        """De volgende hint bij oefening ``id`` (of hint ``nummer``)."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._onbekend(id)
        hints = oefening.hints
        if not hints:
            return Uitslag(None, f"Oefening {oefening.id}: geen hints",
                           "Bij deze oefening zijn geen hints.", oefening.id)
        if nummer is None:
            nummer = self._hintteller.get(oefening.id, 0) + 1
            if nummer > len(hints):
                return Uitslag(None, f"Oefening {oefening.id}: geen hints meer",
                               f"Je hebt alle {len(hints)} hints gezien. Lukt het niet? Bekijk de "
                               f"oplossing met `wb.oplossing(\"{oefening.id}\")`.", oefening.id)
            self._hintteller[oefening.id] = nummer
        if not isinstance(nummer, int) or not 1 <= nummer <= len(hints):
            return Uitslag(None, f"Oefening {oefening.id}: hint {nummer} bestaat niet",
                           f"Kies een hint van 1 tot en met {len(hints)}.", oefening.id)
        return Uitslag(None, f"Oefening {oefening.id}, hint {nummer} van {len(hints)}",
                       hints[nummer - 1], oefening.id)

    def oplossing(self, id) -> Uitslag:
        """De modeloplossing van oefening ``id``."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._onbekend(id)
        _schrijf_nakijkregel({"soort": "oplossing", "hoofdstuk": self.hoofdstuk, "id": oefening.id})
        return Uitslag(None, f"Oefening {oefening.id}: oplossing", oefening.oplossingstekst(), oefening.id)

    def uitslagen(self) -> dict[str, Uitslag]:
        """Per oefening de uitslag op de huidige variabelen (zonder te tonen)."""
        return {o.id: self._beoordeel(o) for o in self._oefeningen.values()}

    def voortgang(self) -> Uitslag:
        """Een overzicht: per oefening goed, nog niet goed of nog niet geprobeerd."""
        regels = ["| Oefening | Soort | Stand |", "|---|---|---|"]
        soorten = {Waarde: "waarde", Functie: "functie", Meerkeuze: "meerkeuze", Open: "open vraag"}
        tellers = {GOED: 0, FOUT: 0, LEEG: 0}
        for id, uitslag in self.uitslagen().items():
            oefening = self._oefeningen[id]
            tellers[uitslag.status] += 1
            stand = f"{_STATUS_TEKEN[uitslag.status]} {STATUS_TEKST[uitslag.status]}"
            soort = next((naam for klasse, naam in soorten.items() if isinstance(oefening, klasse)), "")
            regels.append(f"| {id} | {soort} | {stand} |")
        samenvatting = (f"{tellers[GOED]} goed, {tellers[FOUT]} nog niet goed, "
                        f"{tellers[LEEG]} nog niet geprobeerd.")
        return Uitslag(None, f"Voortgang {self.hoofdstuk}", samenvatting + "\n\n" + "\n".join(regels))

    def kies(self, id):
        """Een keuzewidget voor meerkeuzevraag ``id``; zet de variabele en controleert."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._onbekend(id)
        if not isinstance(oefening, Meerkeuze):
            return Uitslag(None, f"Oefening {oefening.id} is geen meerkeuzevraag",
                           "`wb.kies` werkt alleen bij meerkeuzevragen.", oefening.id)
        if os.environ.get(NAKIJK_VARIABELE):
            # Bij het nakijken telt alleen de letter in de code; een widget is dan overbodig (en traag).
            return Uitslag(None, f"Oefening {oefening.id}: keuzeknoppen (niet getoond bij nakijken)", "",
                           oefening.id)
        import ipywidgets as widgets

        huidig = self.namespace.get(oefening.variabele)
        huidig = huidig.strip().lower() if isinstance(huidig, str) else None
        keuzes = widgets.RadioButtons(
            options=[(f"{letter}) {tekst}", letter) for letter, tekst in oefening.opties.items()],
            value=huidig if huidig in oefening.opties else None,
            description="Jouw keuze:", style={"description_width": "initial"},
            layout=widgets.Layout(width="auto"))
        resultaat = widgets.HTML(value="")
        resultaat.add_class("klantlib-resultaat")

        def bij_keuze(verandering=None):
            if keuzes.value is None:
                resultaat.value = ""
                return
            self.namespace[oefening.variabele] = keuzes.value
            resultaat.value = self.controleer(oefening.id).als_html()

        keuzes.observe(bij_keuze, names="value")
        bij_keuze()
        vraag = widgets.HTML(value=f"<b>{html.escape(oefening.id)}</b> {html.escape(oefening.vraag)}")
        doos = widgets.VBox([vraag, keuzes, resultaat])
        doos.add_class("klantlib-widget")
        doos.add_class("klantlib-meerkeuze")
        return doos

    def eindcontrole(self) -> dict[str, str]:
        """Controleer alle oefeningen en schrijf ze weg (gebruikt bij nakijken)."""
        statussen = {}
        for id, uitslag in self.uitslagen().items():
            statussen[id] = uitslag.status
            _schrijf_nakijkregel({"soort": "eind", "hoofdstuk": self.hoofdstuk, "id": id,
                                  "status": uitslag.status, "seed": self.seed, "tekst": uitslag.tekst[:400]})
        return statussen

    def __repr__(self) -> str:
        seed = "standaarddataset" if self.seed is None else f"seed {self.seed}"
        return f"Werkboek {self.hoofdstuk} ({len(self._oefeningen)} oefeningen, {seed})"


def eindcontrole(namespace: dict, hoofdstuk: str | None = None) -> None:
    """Voor het nakijken: controleer alles met de variabelen aan het eind van het notebook.

    Gebruikt het werkboek uit het notebook als dat er is (dus met de seed van de
    leerling); anders een nieuw werkboek op de dataset die actief is.
    """
    werkboeken = [w for w in list(namespace.values()) if isinstance(w, Werkboek)]
    werkboeken = [w for w in werkboeken if hoofdstuk is None or w.hoofdstuk == hoofdstuk] or werkboeken
    if werkboeken:
        werkboek = werkboeken[-1]
    elif hoofdstuk:
        werkboek = Werkboek.__new__(Werkboek)
        werkboek.hoofdstuk, werkboek.namespace, werkboek.seed = hoofdstuk, namespace, _actieve_seed()
        werkboek._oefeningen = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}
        werkboek._hintteller, werkboek._cache, werkboek.versiemelding = {}, {}, ""
    else:
        return
    werkboek.eindcontrole()
