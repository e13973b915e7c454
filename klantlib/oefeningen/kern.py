"""De kern van het werkboek: oefeningen, controle en feedback.

Een hoofdstukmodule (bijvoorbeeld ``klantlib/oefeningen/h01.py``) maakt een
lijst ``OEFENINGEN`` met vier soorten oefeningen:

- :class:`Waarde`: de leerling maakt een variabele (getal, tekst, lijst,
  Series of DataFrame);
- :class:`Functie`: de leerling schrijft een functie; die testen we op
  een paar invoerwaarden;
- :class:`Meerkeuze`: de leerling kiest een letter;
- :class:`Open`: een open vraag; die wordt niet automatisch nagekeken, maar
  telt pas als gemaakt met een minimale inhoud.

Elke controle geeft een :class:`Uitslag` met een van drie uitkomsten:
``"goed"``, ``"fout"`` (nog niet goed, met een aanwijzing) of ``"leeg"``
(nog niet geprobeerd). Een fout in de code van de leerling komt nooit als
ruwe traceback in beeld: we leggen in gewone woorden uit wat er misging.

De controle stelt een diagnose in plaats van te raden:

- een getal is goed binnen de precisie die de vraag noemt (``decimalen=``);
- de vormen die beginners vaak maken krijgen elk één concrete zin: een komma
  als decimaalteken (``0,486`` is voor Python een tuple), een percentage
  waar een deel hoort (of andersom), tekst als ``"48.6%"`` of
  ``"€ 1.234,50"``, een punt tussen de duizendtallen (``19.958``), een
  Series of tabel waar één getal hoort, een lijst in een andere volgorde,
  een functie zonder haakjes (``.idxmin`` in plaats van ``.idxmin()``);
- bekende foute methoden van een oefening (``fouten=[Fout(...)]``) krijgen
  hun eigen uitleg; hun antwoord wordt net als de referentie uitgerekend op
  de actieve dataset;
- ``Uitslag.soort`` zegt welke diagnose het werd (voor tests en het
  klasoverzicht); de tekst noemt nooit interne namen of numpy-weergaven.
"""

from __future__ import annotations

import ast
import copy
import html
import importlib
import json
import math
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from klantlib.data import lees_seed  # noqa: F401 - ook hier te importeren (Werkboek, tests)

__all__ = [
    "____",
    "Waarde",
    "Functie",
    "Meerkeuze",
    "Open",
    "Fout",
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


def _lege_tekst(waarde: Any) -> bool:
    return isinstance(waarde, str) and waarde.strip() in ("", "____", "...")


# ---------------------------------------------------------------------------
# Uitslag
# ---------------------------------------------------------------------------


def _shell():
    """De IPython-shell als we in een notebook draaien, anders ``None``."""
    ipython = __import__("sys").modules.get("IPython")
    if ipython is None:
        return None
    try:
        return ipython.get_ipython()
    except Exception:  # noqa: BLE001
        return None


@dataclass
class Uitslag:
    """De uitkomst van een controle, hint of oplossing.

    In Jupyter verschijnt dit als korte Markdown; elders als gewone tekst.
    ``soort`` zegt welke diagnose de controle stelde (bijvoorbeeld
    ``"komma"``, ``"deel_procent"``, ``"bekende_fout"``); dat is voor tests en
    het klasoverzicht, de leerling leest alleen ``tekst``.
    """

    status: str | None
    titel: str
    tekst: str = ""
    id: str = ""
    soort: str = ""

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

    # -- in een notebook ----------------------------------------------------
    # ``wb.controleer("3.4");`` met een puntkomma (zoals bij grafieken in de
    # lessen) of twee controles in één cel: IPython toont dan niet elke
    # uitkomst. Het werkboek toont de uitslag daarom zelf, meteen, en laat de
    # gewone weergave van dezelfde uitslag in dezelfde cel daarna weg.
    def _toon_in_notebook(self) -> bool:
        shell = _shell()
        if shell is None or not hasattr(shell, "execution_count"):
            return False
        try:
            from IPython.display import publish_display_data
            publish_display_data({"text/markdown": self._repr_markdown_(), "text/plain": repr(self)})
        except Exception:  # noqa: BLE001 - tonen mag de controle nooit laten mislukken
            return False
        self._getoond_in = shell.execution_count
        return True

    def _ipython_display_(self):
        shell = _shell()
        if shell is not None and getattr(self, "_getoond_in", None) == getattr(shell, "execution_count", -1):
            return  # al getoond in deze cel
        from IPython.display import publish_display_data
        publish_display_data({"text/markdown": self._repr_markdown_(), "text/plain": repr(self)})


# ---------------------------------------------------------------------------
# Waarden leesbaar tonen (nooit np.float64(...), nooit interne namen)
# ---------------------------------------------------------------------------


def _python(x: Any) -> Any:
    """Numpy- en Arrow-scalairen als gewone Python-waarden."""
    if isinstance(x, np.generic):
        return x.item()
    if hasattr(x, "as_py") and callable(x.as_py):  # pyarrow-scalair
        try:
            return x.as_py()
        except Exception:  # noqa: BLE001
            return x
    return x


def _getal_tekst(x: float) -> str:
    """Een getal zoals je het in Python typt: punt als decimaalteken, geen duizendtallen.

    >>> _getal_tekst(15.0), _getal_tekst(0.4862), _getal_tekst(1234567.891), _getal_tekst(-0.0)
    ('15', '0.4862', '1234567.89', '0')
    """
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "oneindig"
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    if abs(x) >= 1000:
        tekst = f"{x:.2f}"
    elif abs(x) >= 1:
        tekst = f"{x:.4f}"
    else:
        tekst = f"{x:.6f}"
    tekst = tekst.rstrip("0").rstrip(".")
    return "0" if tekst in ("-0", "") else tekst


def leesbaar_getal(x: Any, *, komma: bool = False, boven_duizend: int = 0, datum: bool = False) -> str:
    """Een getal zoals een mens het leest: geen numpy-weergave, gehele getallen zonder ``.0``.

    ``komma``: Nederlandse decimale komma; ``boven_duizend``: aantal decimalen vanaf 1000 (daaronder
    vier significante cijfers); ``datum``: een Timestamp als dd-mm-jjjj. De hoofdstukken kiezen hun
    eigen stijl (zie ``toon`` in h02, h05 en h07).

    >>> leesbaar_getal(np.float64(15.0)), leesbaar_getal(0.133928571), leesbaar_getal(1234.56, boven_duizend=1)
    ('15', '0.1339', '1234.6')
    >>> leesbaar_getal(0.12345678, komma=True), leesbaar_getal(float("nan")), leesbaar_getal(np.bool_(True))
    ('0,1235', 'NaN (geen getal)', 'True')
    """
    if isinstance(x, (bool, np.bool_)):
        return str(bool(x))
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN (geen getal)"
        if x.is_integer() and abs(x) < 1e15:
            return str(int(x))
        tekst = f"{x:.4g}" if abs(x) < 1000 else f"{x:.{boven_duizend}f}"
        return tekst.replace(".", ",") if komma else tekst
    if datum and isinstance(x, pd.Timestamp):
        return x.strftime("%d-%m-%Y")
    return str(x)


def _toon(x: Any, lengte: int = 60) -> str:
    """Een waarde van de leerling kort en leesbaar, zoals je hem in Python schrijft.

    >>> _toon(np.float64(15.0)), _toon("Zorg"), _toon([np.int64(1), 2.5]), _toon(pd.NA), _toon(None)
    ('15.0', '"Zorg"', '[1, 2.5]', 'pd.NA', 'None')
    """
    x = _python(x)
    if x is pd.NA:
        return "pd.NA"
    if x is None:
        return "None"
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return f"{x:.1f}" if x.is_integer() and abs(x) < 1e15 else _getal_tekst(x)
    if isinstance(x, str):
        tekst = f'"{x}"'
    elif isinstance(x, pd.DataFrame):
        return f"een tabel met {len(x)} rijen en {x.shape[1]} kolommen"
    elif isinstance(x, pd.Series):
        return f"een Series met {len(x)} waarden"
    elif isinstance(x, (list, tuple)):
        delen = ", ".join(_toon(w, 20) for w in list(x)[:6]) + (", ..." if len(x) > 6 else "")
        tekst = f"[{delen}]" if isinstance(x, list) else f"({delen}{',' if len(x) == 1 else ''})"
    elif isinstance(x, (set, frozenset)):
        tekst = "{" + ", ".join(_toon(w, 20) for w in list(x)[:6]) + "}"
    elif isinstance(x, dict):
        tekst = "{" + ", ".join(f"{_toon(k, 20)}: {_toon(v, 20)}" for k, v in list(x.items())[:4]) + "}"
    elif isinstance(x, _Plaatshouder):
        return "____"
    elif callable(x):
        return f"de functie {getattr(x, '__name__', '')}".strip()
    else:
        try:
            tekst = repr(x)
        except Exception:  # noqa: BLE001 - repr van leerlingcode mag alles doen
            tekst = f"een {type(x).__name__}"
    if len(tekst) > lengte:
        tekst = tekst[: lengte - 3] + "..."
    return tekst


def _kort(waarde: Any, lengte: int = 60) -> str:
    """Een korte weergave van een waarde van de leerling (voor feedback)."""
    return _toon(waarde, lengte)


def _soort(waarde: Any) -> str:
    waarde = _python(waarde)
    if isinstance(waarde, bool):
        return "een waar/onwaar-waarde (bool)"
    if isinstance(waarde, (int, float)):
        return "een getal"
    if isinstance(waarde, str):
        return "een tekst (str)"
    if isinstance(waarde, pd.DataFrame):
        return "een tabel (DataFrame)"
    if isinstance(waarde, pd.Series):
        return "een kolom of reeks (Series)"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, tuple):
        return "een tuple (meer waarden tegelijk)"
    if isinstance(waarde, (np.ndarray, pd.Index, pd.api.extensions.ExtensionArray)):
        return "een rij waarden (array)"
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
    naam = type(fout).__name__
    bericht = str(fout).strip().splitlines()[0] if str(fout).strip() else ""
    if "NA is ambiguous" in bericht or "NAType" in bericht:
        return ("een lege waarde (pd.NA) kun je niet vergelijken of optellen; laat lege waarden eerst weg, "
                f"bijvoorbeeld met `pd.notna(...)` ({naam})")
    if "_Plaatshouder" in bericht:
        return f"er staat nog `____` in je code ({naam})"
    uitleg = {
        "NameError": "een naam bestaat (nog) niet; heb je alle cellen erboven uitgevoerd?",
        "KeyError": "een kolom of sleutel bestaat niet; controleer de spelling",
        "TypeError": "een bewerking past niet bij dit soort gegevens",
        "ValueError": "een waarde past niet",
        "ZeroDivisionError": "er wordt door nul gedeeld",
        "AttributeError": "deze methode of eigenschap bestaat niet voor dit soort gegevens",
        "IndexError": "een positie bestaat niet",
    }.get(naam, "er ging iets mis")
    if len(bericht) > 120:
        bericht = bericht[:117] + "..."
    detail = f" ({naam}: {bericht})" if bericht else f" ({naam})"
    return uitleg + detail


# ---------------------------------------------------------------------------
# Vergelijken
# ---------------------------------------------------------------------------

_REL = 1e-9
_ABS = 1e-9


class _Melding(str):
    """Een feedbackzin met de soort diagnose erbij (gedraagt zich als gewone tekst)."""

    soort: str = "anders"

    def __new__(cls, tekst: str, soort: str = "anders"):
        zelf = super().__new__(cls, tekst)
        zelf.soort = soort
        return zelf


def _m(tekst: str, soort: str) -> _Melding:
    return _Melding(tekst, soort)


def _is_getal(x: Any) -> bool:
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(
        x, (bool, np.bool_)
    )


def _ontbrekend(x: Any) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _dicht(a: float, b: float, tolerantie: float | None) -> bool:
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if tolerantie is not None:
        return abs(a - b) <= tolerantie + 1e-9 * max(1.0, abs(b))
    return math.isclose(a, b, rel_tol=_REL, abs_tol=_ABS)


def _getal_gelijk(a: Any, b: Any, tolerantie: float | None) -> bool:
    return _dicht(a, b, tolerantie)


def _scalair_gelijk(a: Any, b: Any, tolerantie: float | None) -> bool:
    a, b = _python(a), _python(b)
    if _ontbrekend(a) and _ontbrekend(b):
        return True
    if _is_getal(a) and _is_getal(b):
        return _getal_gelijk(a, b, tolerantie)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


def _decimalen_van(a: float) -> int:
    """Hoeveel decimalen de leerling gaf (uit de kortste weergave van het getal)."""
    tekst = repr(float(a))
    if "e" in tekst or "inf" in tekst or "nan" in tekst:
        return 12
    return len(tekst.split(".")[1].rstrip("0")) if "." in tekst else 0


def _precisietekst(decimalen: int) -> str:
    if decimalen <= 0:
        return "op een geheel getal"
    return f"op {decimalen} {'decimaal' if decimalen == 1 else 'decimalen'}"


_DUIZENDTAL = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")


def _getal_uit_tekst(tekst: str) -> tuple[float | None, set[str], float | None]:
    """Lees een getal uit tekst zoals een Nederlander het typt.

    Geeft (getal, kenmerken, andere lezing). Kenmerken: ``procent``, ``euro``,
    ``komma``, ``duizendpunt``, ``dubbelzinnig`` (zoals ``19.958``: een punt
    met precies drie cijfers erna kan een duizendtal of een decimaalteken
    zijn; dan is ``getal`` de Nederlandse lezing en ``andere`` de Python-lezing).

    >>> _getal_uit_tekst("48.6%")[0], sorted(_getal_uit_tekst("48.6%")[1])
    (48.6, ['procent'])
    >>> _getal_uit_tekst("€ 1.234,50")[0], sorted(_getal_uit_tekst("€ 1.234,50")[1])
    (1234.5, ['duizendpunt', 'euro', 'komma'])
    >>> _getal_uit_tekst("19.958")
    (19958.0, {'dubbelzinnig'}, 19.958)
    """
    t = tekst.strip().lower().replace("\u00a0", " ")
    kenmerken: set[str] = set()
    if "%" in t or "procent" in t:
        kenmerken.add("procent")
        t = t.replace("%", "").replace("procent", "")
    if "€" in t or "eur" in t:
        kenmerken.add("euro")
        t = t.replace("€", "").replace("euro's", "").replace("euro", "").replace("eur", "")
    t = t.replace(" ", "").rstrip(",-").strip()
    andere = None
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", t):
        kenmerken |= {"duizendpunt", "komma"}
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d+,\d+", t):
        kenmerken.add("komma")
        t = t.replace(",", ".")
    elif _DUIZENDTAL.fullmatch(t):
        if t.count(".") > 1:
            kenmerken.add("duizendpunt")
        else:
            kenmerken.add("dubbelzinnig")
            andere = float(t)
        t = t.replace(".", "")
    elif not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", t):
        return None, kenmerken, None
    try:
        return float(t), kenmerken, andere
    except ValueError:
        return None, kenmerken, None


def _komma_getal(antwoord: tuple) -> tuple[str, float] | None:
    """``0,486`` leest Python als de tuple ``(0, 486)``: geef ('0,486', 0.486), anders None."""
    if not (isinstance(antwoord, tuple) and len(antwoord) == 2):
        return None
    voor, na = (_python(x) for x in antwoord)
    if isinstance(voor, bool) or isinstance(na, bool) or not isinstance(na, int) or na < 0:
        return None
    if isinstance(voor, int):
        tekst = f"{voor},{na}"
        getal = float(f"{voor}.{na}")
    elif isinstance(voor, float) and not voor.is_integer() and _DUIZENDTAL.fullmatch(repr(voor)):
        tekst = f"{repr(voor)},{na}"  # 1.234,5: een punt voor de duizendtallen en een komma
        getal = float(f"{repr(voor).replace('.', '')}.{na}")
    else:
        return None
    return tekst, getal


def _als_lijst(antwoord):
    """Een lijst van gewone Python-waarden, of ``None`` als het geen rij waarden is."""
    if isinstance(antwoord, (list, tuple)):
        return [_python(x) for x in antwoord]
    if isinstance(antwoord, (np.ndarray, pd.Index, pd.Series, pd.api.extensions.ExtensionArray)):
        try:
            return [_python(x) for x in list(antwoord)]
        except TypeError:
            return None
    return None


def _sorteer(waarden):
    try:
        return sorted(waarden)
    except TypeError:
        return sorted(waarden, key=repr)


def vergelijk(antwoord: Any, verwacht: Any, tolerantie: float | None = None,
              volgorde: bool = True) -> str | None:
    """Vergelijk een antwoord met het verwachte antwoord.

    Geeft ``None`` als het klopt, anders een korte aanwijzing in het
    Nederlands die het juiste antwoord niet verklapt (de tekst heeft een
    attribuut ``soort`` met de diagnose).

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
    antwoord = _python(antwoord)
    verwacht = _python(verwacht)
    if callable(antwoord) and not isinstance(antwoord, (pd.DataFrame, pd.Series, type)) \
            and not callable(verwacht):
        return _m("Je antwoord is een functie of methode, geen uitkomst. Vergeet je de haakjes `()` erachter, "
                  "zoals bij `.sum()` of `.idxmin()`?", "haakjes")
    if isinstance(verwacht, pd.DataFrame):
        return _vergelijk_tabel(antwoord, verwacht, tolerantie, volgorde)
    if isinstance(verwacht, pd.Series):
        return _vergelijk_reeks(antwoord, verwacht, tolerantie, volgorde)
    if isinstance(verwacht, bool):
        if isinstance(antwoord, bool):
            return None if antwoord == verwacht else _m("Dat klopt niet: denk nog eens na over waar of onwaar.",
                                                        "waar_onwaar")
        return _m(f"Verwacht wordt True of False, maar je antwoord is {_soort(antwoord)}.", "vorm")
    if _is_getal(verwacht):
        return _vergelijk_getal(antwoord, verwacht, tolerantie)
    if isinstance(verwacht, str):
        return _vergelijk_tekst(antwoord, verwacht)
    if isinstance(verwacht, (set, frozenset)):
        return _vergelijk_verzameling(antwoord, verwacht, tolerantie)
    if isinstance(verwacht, (list, tuple, np.ndarray, pd.Index, pd.api.extensions.ExtensionArray)):
        return _vergelijk_lijst(antwoord, [_python(v) for v in list(verwacht)], tolerantie, volgorde)
    if isinstance(verwacht, dict):
        return _vergelijk_dict(antwoord, verwacht, tolerantie)
    if verwacht is None:
        return None if antwoord is None else _m("Verwacht wordt None.", "vorm")
    return None if _scalair_gelijk(antwoord, verwacht, tolerantie) else _m("Dat klopt nog niet.", "anders")


# -- één getal ---------------------------------------------------------------


def _getal_vorm(antwoord, verwacht: float, tolerantie, eenheid: str | None) -> tuple[float | None, _Melding | None]:
    """Zet het antwoord om naar één getal, of geef één zin over de vorm.

    Kan het getal worden gelezen (uit ``"48,6 %"`` of ``0,486``), dan zegt de
    zin hoe je het in Python schrijft, en of het getal zelf dan klopt.
    """
    def klopt_zin(getal: float) -> str:
        return " Dan klopt het getal." if _dicht(getal, verwacht, tolerantie) else ""

    if isinstance(antwoord, bool):
        return None, _m(f"Je antwoord is {antwoord} (waar/onwaar); verwacht wordt een getal.", "vorm")
    if _is_getal(antwoord):
        return float(antwoord), None
    if antwoord is None:
        return None, _m("Je antwoord is None (niets). Gebruikte je `print(...)`? Geef de variabele de uitkomst "
                        "zelf: `naam = berekening`, zonder print.", "none")
    komma = _komma_getal(antwoord) if isinstance(antwoord, tuple) else None
    if isinstance(antwoord, tuple) and len(antwoord) == 2 and all(_is_getal(_python(x)) for x in antwoord) \
            and _dicht(_python(antwoord[0]), verwacht, tolerantie) and not _dicht(_python(antwoord[1]), 0, None) \
            and (komma is None or not _dicht(komma[1], verwacht, tolerantie)):
        # zoals `.shape`: (rijen, kolommen). Een komma als decimaalteken die het goede getal geeft, gaat voor.
        return None, _m("Je antwoord bestaat uit twee getallen (een tuple). Het eerste getal is wat de vraag "
                        "zoekt: gebruik alleen dat getal.", "tuple")
    if komma is not None:
        tekst, getal = komma
        return None, _m(f"Python leest de komma in `{tekst}` als twee losse getallen. Gebruik in Python een punt "
                        f"als decimaalteken: `{_getal_tekst(getal)}`." + klopt_zin(getal), "komma")
    if isinstance(antwoord, str):
        getal, kenmerken, andere = _getal_uit_tekst(antwoord)
        citaat = antwoord if len(antwoord) <= 30 else antwoord[:27] + "..."
        if getal is None:
            return None, _m(f"Je antwoord is tekst (\"{citaat}\"). Verwacht wordt één getal: zonder "
                            "aanhalingstekens en zonder woorden.", "tekst")
        if "dubbelzinnig" in kenmerken:
            nl, py = getal, andere
            gekozen = nl if abs(verwacht) >= 1000 else py
            return None, _m(f"Je antwoord is tekst (\"{citaat}\"). Haal de aanhalingstekens weg. Let op: in Python "
                            f"is de punt altijd een decimaalteken. Negentienduizend schrijf je zonder punt "
                            f"(`{_getal_tekst(nl)}`), een kommagetal met een punt (`{_getal_tekst(py)}`)."
                            + klopt_zin(gekozen), "tekst")
        weg = ["zonder aanhalingstekens"]
        if "procent" in kenmerken:
            weg.append("zonder %-teken")
        if "euro" in kenmerken:
            weg.append("zonder €-teken")
        if "duizendpunt" in kenmerken:
            weg.append("zonder punt tussen de duizendtallen")
        if "komma" in kenmerken:
            weg.append("met een punt in plaats van de komma")
        if "procent" in kenmerken and eenheid == "deel":
            getal = getal / 100
            zin = (f"Je antwoord is tekst (\"{citaat}\"). Gevraagd is een deel tussen 0 en 1, als getal "
                   f"{', '.join(weg)}: {_getal_tekst(getal * 100)} % schrijf je als `{_getal_tekst(getal)}`.")
        else:
            zin = (f"Je antwoord is tekst (\"{citaat}\"). Python rekent niet met tekst. Schrijf alleen het getal, "
                   f"{', '.join(weg)}: `{_getal_tekst(getal)}`.")
        return None, _m(zin + klopt_zin(getal), "procent_tekst" if "procent" in kenmerken else "tekst")
    if isinstance(antwoord, (pd.Series, pd.DataFrame)):
        return None, _reeks_voor_getal(antwoord, verwacht, tolerantie)
    lijst = _als_lijst(antwoord)
    if lijst is not None:
        if len(lijst) == 1:
            return None, _m("Je antwoord is een lijst met één waarde. Haal het getal eruit, bijvoorbeeld met "
                            "`[0]`.", "een_waarde")
        if isinstance(antwoord, tuple) and any(isinstance(x, pd.DataFrame) for x in lijst):
            return None, _m(f"Je antwoord is een tuple met {len(lijst)} delen (zoals `lees_export` teruggeeft: "
                            "een tabel én een verslag). Pak de delen apart uit: `tabel, verslag = ...`, en kies "
                            "daarna het getal.", "tuple")
        return None, _m(f"Verwacht wordt één getal, maar je antwoord is {_soort(antwoord)} met {len(lijst)} "
                        "waarden.", "meer_waarden")
    if isinstance(antwoord, (set, frozenset, dict)):
        return None, _m(f"Verwacht wordt één getal, maar je antwoord is {_soort(antwoord)}.", "vorm")
    return None, _m(f"Verwacht wordt een getal, maar je antwoord is {_soort(antwoord)}.", "vorm")


def _reeks_voor_getal(antwoord, verwacht: float, tolerantie) -> _Melding:
    """Een Series of tabel waar één getal hoort: wat moet de leerling doen?"""
    is_reeks = isinstance(antwoord, pd.Series)
    naam = "Series" if is_reeks else "tabel"
    if antwoord.size == 1:
        waarde = _python(antwoord.to_numpy().ravel()[0])
        manier = "`.iloc[0]`" if is_reeks else "`.iloc[0, 0]`"
        klopt = ""
        if _is_getal(waarde) and _dicht(waarde, verwacht, tolerantie):
            klopt = " De waarde erin klopt al."
        return _m(f"Je antwoord is een {naam} met één waarde. Haal het getal eruit met {manier} of "
                  f"`.item()`.{klopt}", "een_waarde")
    getallen = pd.DataFrame(antwoord).apply(pd.to_numeric, errors="coerce")
    if is_reeks:
        reeks = pd.to_numeric(antwoord, errors="coerce")
        raak = [i for i, w in enumerate(reeks.tolist()) if not _ontbrekend(w) and _dicht(w, verwacht, tolerantie)]
        if raak:
            label = antwoord.index[raak[0]]
            return _m(f"Je antwoord is een Series met {len(antwoord)} waarden; gevraagd is één getal. Het goede "
                      f"getal staat erin, bij label {_toon(label)}. Kies alleen die waarde: "
                      f"`.loc[{_toon(label)}]`.", "series_een_getal")
        if len(reeks.dropna()) and _dicht(float(reeks.sum()), verwacht, tolerantie):
            return _m(f"Je antwoord is een Series met {len(antwoord)} waarden. Tel ze nog op met `.sum()`.",
                      "series_een_getal")
        if len(reeks.dropna()) and _dicht(float(reeks.mean()), verwacht, tolerantie):
            return _m(f"Je antwoord is een Series met {len(antwoord)} waarden. Neem nog het gemiddelde met "
                      "`.mean()`.", "series_een_getal")
    else:
        for kolom in getallen.columns:
            for i, w in enumerate(getallen[kolom].tolist()):
                if not _ontbrekend(w) and _dicht(w, verwacht, tolerantie):
                    rij = antwoord.index[i]
                    return _m(f"Je antwoord is een tabel; gevraagd is één getal. Het goede getal staat erin, in "
                              f"rij {_toon(rij)} en kolom {_toon(kolom)}. Kies die ene cel: "
                              f"`.loc[{_toon(rij)}, {_toon(kolom)}]`.", "series_een_getal")
    return _m(f"Verwacht wordt één getal, maar je antwoord is een {naam} met {antwoord.size} waarden. Welke "
              "ene waarde vraagt de vraag?", "series_een_getal")


def _getal_diagnose(a: float, v: float, tolerantie, eenheid: str | None,
                    decimalen: int | None) -> _Melding:
    """Het getal klopt niet: zeg zo precies mogelijk wat er mis is."""
    if math.isnan(a):
        return _m("Je antwoord is NaN (geen getal). Zitten er lege waarden in je berekening?", "nan")
    d = _decimalen_van(a)

    def gelijk_na_afronden(doel: float) -> bool:
        return d < 12 and abs(round(doel, d) - a) <= 1e-9 * max(1.0, abs(a))

    if v != 0:
        te_groot = a != 0 and (_dicht(a / 100, v, tolerantie) or gelijk_na_afronden(v * 100))
        te_klein = _dicht(a * 100, v, None if tolerantie is None else tolerantie) or (
            d < 12 and abs(round(v / 100, d) - a) <= 1e-9 * max(1.0, abs(a)) and a != 0)
        if eenheid == "deel" and te_groot:
            return _m(f"Je gaf een percentage ({_getal_tekst(a)}). Gevraagd is een deel tussen 0 en 1: deel door "
                      f"100, dus `{_getal_tekst(a / 100)}`.", "deel_procent")
        if eenheid in ("procent", "punten") and te_klein:
            wat = "een percentage" if eenheid == "procent" else "een getal tussen -100 en 100"
            return _m(f"Je gaf een deel ({_getal_tekst(a)}). Gevraagd is {wat}: vermenigvuldig met 100, dus "
                      f"`{_getal_tekst(a * 100)}`.", "deel_procent")
        if eenheid not in ("deel", "procent", "punten") and (te_groot or te_klein):
            return _m("Je zit er precies een factor 100 naast: gebruik je een percentage waar een deel hoort, of "
                      "andersom?", "deel_procent")
    if abs(v) >= 1000 and not float(a).is_integer() and d == 3 and abs(a * 1000 - v) <= 0.5 + (tolerantie or 0):
        return _m(f"Python leest de punt in `{_getal_tekst(a)}` als decimaalteken, niet als scheiding tussen de "
                  f"duizendtallen. Schrijf grote getallen zonder punt: `{_getal_tekst(round(a * 1000))}`.",
                  "duizendpunt")
    if abs(v) >= 1000 and a != 0 and abs(a * 1000 - v) <= max(0.5, 1000 * (tolerantie or 0)):
        return _m("Je getal is precies 1000 keer te klein. Schreef je een punt tussen de duizendtallen, zoals "
                  "`45.000`? Python leest die punt als decimaalteken: schrijf `45000`.", "duizendpunt")
    if v != 0 and _dicht(a, -v, tolerantie):
        return _m("Je getal heeft het verkeerde teken (plus of min). Trek je de twee getallen in de goede volgorde "
                  "van elkaar af?", "teken")
    if gelijk_na_afronden(v) and not _dicht(a, v, tolerantie):
        if decimalen is not None:
            return _m(f"Je rondde af {_precisietekst(d)}; dat is te grof. De vraag vraagt "
                      f"{_precisietekst(decimalen).replace('op ', '')}. Rond minder af, of helemaal niet.",
                      "afronding")
        return _m(f"Je rondde af {_precisietekst(d)}; dat is te grof. Rond niet af: geef het getal zoals Python "
                  "het uitrekent.", "afronding")
    return _m("Je getal is te hoog." if a > v else "Je getal is te laag.", "te_hoog" if a > v else "te_laag")


def _vergelijk_getal(antwoord, verwacht, tolerantie, eenheid=None, decimalen=None):
    getal, melding = _getal_vorm(antwoord, float(verwacht), tolerantie, eenheid)
    if melding is not None:
        return melding
    if _dicht(getal, verwacht, tolerantie):
        return None
    return _getal_diagnose(getal, float(verwacht), tolerantie, eenheid, decimalen)


# -- tekst -------------------------------------------------------------------


def _vergelijk_tekst(antwoord, verwacht):
    antwoord = _python(antwoord)
    if isinstance(antwoord, (pd.Series, pd.Index, np.ndarray, list, tuple)) and len(antwoord) >= 1:
        waarden = {_python(w) for w in list(antwoord)}
        waarde = next(iter(waarden))
        if len(waarden) == 1 and isinstance(waarde, str):
            klopt = " De tekst erin klopt al." if waarde == verwacht else ""
            hoeveel = "één waarde" if len(antwoord) == 1 else f"{len(antwoord)} keer dezelfde tekst"
            return _m(f"Je antwoord is {_soort(antwoord)} met {hoeveel}. Haal de tekst eruit, bijvoorbeeld met "
                      f"`.iloc[0]` (bij een Series) of `[0]` (bij een lijst).{klopt}", "een_waarde")
        if isinstance(antwoord, pd.Series) and len(antwoord) == 1 and isinstance(_python(antwoord.index[0]), str):
            return _m("Je antwoord is een Series met één waarde. De naam die je zoekt is het label: gebruik "
                      "`.idxmin()` of `.idxmax()`, of `.index[0]`.", "een_waarde")
    if _is_getal(antwoord):
        return _m("Je antwoord is een getal, maar gevraagd is een naam (tekst). Zoek je het label bij het "
                  "getal? Gebruik dan `.idxmin()` of `.idxmax()` in plaats van `.min()` of `.max()`.", "vorm")
    if not isinstance(antwoord, str):
        return _m(f"Verwacht wordt een tekst, maar je antwoord is {_soort(antwoord)}.", "vorm")
    if antwoord == verwacht:
        return None
    if antwoord.strip().strip("'\"").strip().casefold() == verwacht.strip().casefold():
        return _m("Bijna: let op hoofdletters en spaties aan het begin of eind.", "hoofdletters")
    return _m("Die tekst klopt nog niet.", "anders")


# -- lijsten en verzamelingen --------------------------------------------------


def _plaats(i: int) -> str:
    return f"het {i}e element"


def _vergelijk_lijst(antwoord, verwacht, tolerantie, volgorde):
    antwoord = _python(antwoord)
    if isinstance(antwoord, (set, frozenset)):
        if volgorde:
            return _m("Je antwoord is een verzameling (set) zonder volgorde; maak er een lijst van.", "vorm")
        lijst = list(antwoord)
    else:
        lijst = _als_lijst(antwoord)
    if lijst is None:
        if isinstance(antwoord, (str, int, float)) and len(verwacht) == 1:
            return _m(f"Verwacht wordt een lijst; zet je antwoord tussen blokhaken: `[{_toon(antwoord)}]`.", "vorm")
        if isinstance(antwoord, str):
            return _m("Je antwoord is één tekst. Verwacht wordt een lijst: zet elke waarde apart tussen "
                      "aanhalingstekens, met komma's ertussen en blokhaken eromheen, zoals `[\"a\", \"b\"]`.", "vorm")
        return _m(f"Verwacht wordt een lijst, maar je antwoord is {_soort(antwoord)}.", "vorm")
    melding = _lijst_zonder_diagnose(lijst, verwacht, tolerantie, volgorde)
    if melding is None:
        return None
    if all(_is_getal(v) for v in verwacht) and all(_is_getal(a) for a in lijst) and len(lijst) == len(verwacht) \
            and any(v != 0 for v in verwacht) and any(a != 0 for a in lijst):
        paren = list(zip(lijst, verwacht))
        if all(_dicht(a / 100, v, tolerantie) for a, v in paren):
            return _m("Je waarden zijn precies 100 keer te groot: gebruik je percentages waar delen (tussen 0 en 1) "
                      "horen?", "deel_procent")
        if all(_dicht(a * 100, v, tolerantie) for a, v in paren):
            return _m("Je waarden zijn precies 100 keer te klein: gebruik je delen waar percentages horen?",
                      "deel_procent")
    return melding


def _lijst_zonder_diagnose(lijst, verwacht, tolerantie, volgorde):
    if not volgorde:
        return _vergelijk_zonder_volgorde(lijst, verwacht, tolerantie)
    if len(lijst) != len(verwacht):
        meer = "te veel" if len(lijst) > len(verwacht) else "te weinig"
        return _m(f"Je lijst heeft {len(lijst)} elementen; dat zijn er {meer}.", "aantal")
    for i, (a, v) in enumerate(zip(lijst, verwacht), start=1):
        if vergelijk(a, v, tolerantie) is not None:
            if _vergelijk_zonder_volgorde(lijst, verwacht, tolerantie) is None:
                return _m("Je lijst bevat de juiste waarden, maar in een andere volgorde. Let op de volgorde die de "
                          "vraag noemt.", "volgorde")
            return _m(f"Element {i} van je lijst ({_toon(a)}) klopt nog niet.", "element")
    return None


def _vergelijk_zonder_volgorde(lijst, verwacht, tolerantie):
    """Vergelijk als verzameling met herhaling; feedback in de volgorde van de leerling."""
    over = list(verwacht)
    te_veel: list[tuple[int, Any]] = []
    gezien: list = []
    for i, a in enumerate(lijst, start=1):
        for j, v in enumerate(over):
            if _scalair_gelijk(a, v, tolerantie):
                over.pop(j)
                gezien.append(a)
                break
        else:
            te_veel.append((i, a))
    if te_veel:
        i, a = te_veel[0]
        if any(_scalair_gelijk(a, g, tolerantie) for g in gezien):
            return _m(f"{_toon(a)} staat meer dan één keer in je lijst ({_plaats(i)} is dubbel). Elke waarde hoort "
                      "er één keer in; `.unique()` helpt.", "dubbel")
        return _m(f"{_plaats(i).capitalize()} van je lijst ({_toon(a)}) hoort er niet in.", "element")
    if over:
        return _m(f"Er ontbreken nog {len(over)} {'waarde' if len(over) == 1 else 'waarden'} in je lijst.",
                  "aantal")
    return None


def _vergelijk_verzameling(antwoord, verwacht, tolerantie):
    antwoord = _python(antwoord)
    lijst = _als_lijst(antwoord)
    if lijst is not None:
        if len(set(map(repr, lijst))) != len(lijst):
            return _m("Je lijst bevat dubbele waarden; elke waarde hoort er maar één keer in.", "dubbel")
        antwoord = set(lijst)
    if not isinstance(antwoord, (set, frozenset)):
        return _m(f"Verwacht wordt een verzameling waarden, maar je antwoord is {_soort(antwoord)}.", "vorm")
    te_veel = [a for a in antwoord if a not in verwacht]
    if te_veel:
        return _m(f"Deze waarde hoort er niet bij: {_toon(_sorteer(te_veel)[0])}.", "element")
    if len(antwoord) < len(verwacht):
        return _m(f"Er ontbreken nog {len(verwacht) - len(antwoord)} waarden.", "aantal")
    return None


def _vergelijk_dict(antwoord, verwacht, tolerantie):
    if not isinstance(antwoord, dict):
        return _m(f"Verwacht wordt een woordenboek (dict), maar je antwoord is {_soort(antwoord)}.", "vorm")
    ontbreekt = [k for k in verwacht if k not in antwoord]
    if ontbreekt:
        return _m(f"De sleutel {_toon(ontbreekt[0])} ontbreekt.", "element")
    te_veel = [k for k in antwoord if k not in verwacht]
    if te_veel:
        return _m(f"De sleutel {_toon(te_veel[0])} hoort er niet bij.", "element")
    for k, v in verwacht.items():
        melding = vergelijk(antwoord[k], v, tolerantie)
        if melding is not None:
            return _m(f"Bij sleutel {_toon(k)}: {melding}", getattr(melding, "soort", "element"))
    return None


# -- Series en tabellen --------------------------------------------------------


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
            dicht = np.abs(av - vv) <= tolerantie + 1e-9 * np.maximum(1.0, np.abs(vv))
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
    if _standaard_index(a):
        naam = f" ({v.name})" if v.name else ""
        return _m(f"De {wat} heeft geen labels maar posities (0, 1, 2, ...). Verwacht worden de labels{naam}, "
                  "zoals `groupby(...)` ze geeft. Gebruikte je `.reset_index()` of `.tolist()`? Laat dat weg.",
                  "labels")
    vs = set(map(str, v))
    te_veel = [x for x in a if str(x) not in vs]
    if te_veel:
        return _m(f"De {wat} bevat een label dat er niet hoort: {_toon(te_veel[0])}.", "labels")
    if set(map(str, a)) == vs:
        return _m(f"De {wat} heeft de juiste labels, maar in een andere volgorde. Let op de sortering.", "volgorde")
    return _m(f"De {wat} mist nog labels. Heb je wel alle groepen meegenomen?", "labels")


def _vergelijk_reeks(antwoord, verwacht, tolerantie, volgorde):
    if isinstance(antwoord, pd.DataFrame):
        if antwoord.shape[1] == 1:
            antwoord = antwoord.iloc[:, 0]
        else:
            for kolom in antwoord.columns:
                if _vergelijk_reeks(antwoord[kolom], verwacht, tolerantie, volgorde) is None:
                    return _m(f"Je antwoord is een tabel met {antwoord.shape[1]} kolommen. Kies alleen de kolom "
                              f"{_toon(kolom)}: `[{_toon(kolom)}]`.", "kolom_kiezen")
            if antwoord.shape[1] == 2:
                try:
                    als_reeks = antwoord.set_index(antwoord.columns[0])[antwoord.columns[1]]
                    if _vergelijk_reeks(als_reeks, verwacht, tolerantie, volgorde) is None:
                        return _m("Je antwoord is een tabel met twee kolommen. Verwacht wordt een Series met de "
                                  f"{_toon(antwoord.columns[0])} als index. Laat `.reset_index()` weg.", "labels")
                except (KeyError, TypeError, ValueError):
                    pass
            return _m(f"Verwacht wordt één kolom (Series), maar je antwoord is een tabel met "
                      f"{antwoord.shape[1]} kolommen.", "vorm")
    if isinstance(antwoord, dict):
        return _m("Je antwoord is een woordenboek (dict). Maak er een Series van met `pd.Series(...)`, of gebruik "
                  "`groupby`.", "vorm")
    if isinstance(antwoord, (list, tuple, np.ndarray, pd.api.extensions.ExtensionArray)):
        return _m(f"Verwacht wordt een Series met labels, maar je antwoord is {_soort(antwoord)}. Laat `.tolist()` "
                  "of `.unique()` weg, of gebruik `groupby`.", "vorm")
    if not isinstance(antwoord, pd.Series):
        return _m(f"Verwacht wordt een Series (een waarde per groep), maar je antwoord is {_soort(antwoord)}.",
                  "vorm")
    if len(antwoord) != len(verwacht):
        meer = "te veel" if len(antwoord) > len(verwacht) else "te weinig"
        return _m(f"Je Series heeft {len(antwoord)} waarden; dat zijn er {meer}.", "aantal")
    if not volgorde:
        if _standaard_index(verwacht.index):
            antwoord = pd.Series(_sorteer([_python(x) for x in antwoord.tolist()]))
            verwacht = pd.Series(_sorteer([_python(x) for x in verwacht.tolist()]))
        elif not _standaard_index(antwoord.index):
            try:
                antwoord = antwoord.sort_index()
                verwacht = verwacht.sort_index()
            except TypeError:
                pass
    melding = _vergelijk_index(antwoord.index, verwacht.index, "index (rijlabels) van je Series")
    if melding:
        return melding
    gelijk = _waarden_gelijk(antwoord, verwacht, tolerantie)
    if not gelijk.all():
        i = int(np.argmin(gelijk))
        plek = (f"positie {i + 1}" if _standaard_index(verwacht.index)
                else f"label {_toon(verwacht.index[i])}")
        if volgorde and _vergelijk_reeks(antwoord, verwacht, tolerantie, False) is None:
            return _m("De waarden kloppen, maar staan in een andere volgorde. Let op de sortering.", "volgorde")
        try:
            av = pd.to_numeric(antwoord, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
            vv = pd.to_numeric(verwacht, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
            if np.all(vv != 0) and np.allclose(av / 100, vv, rtol=1e-6, atol=tolerantie or 1e-9):
                return _m("Je waarden zijn precies 100 keer te groot: gebruik je percentages waar delen horen?",
                          "deel_procent")
        except (TypeError, ValueError):
            pass
        return _m(f"De waarde bij {plek} ({_toon(antwoord.iloc[i])}) klopt nog niet.", "element")
    return None


def _vergelijk_tabel(antwoord, verwacht, tolerantie, volgorde):
    if isinstance(antwoord, pd.Series):
        return _m("Verwacht wordt een tabel (DataFrame), maar je antwoord is één kolom (Series). "
                  "Tip: `.to_frame()` of `.reset_index()`.", "vorm")
    if not isinstance(antwoord, pd.DataFrame):
        return _m(f"Verwacht wordt een tabel (DataFrame), maar je antwoord is {_soort(antwoord)}.", "vorm")
    kolommen = [str(k) for k in antwoord.columns]
    ontbreekt = [str(k) for k in verwacht.columns if str(k) not in kolommen]
    if ontbreekt:
        return _m(f"In je tabel ontbreekt de kolom '{ontbreekt[0]}'.", "kolom")
    te_veel = [k for k in kolommen if k not in {str(c) for c in verwacht.columns}]
    if te_veel:
        return _m(f"Je tabel heeft een kolom die er niet hoort: '{te_veel[0]}'.", "kolom")
    if len(antwoord) != len(verwacht):
        meer = "te veel" if len(antwoord) > len(verwacht) else "te weinig"
        return _m(f"Je tabel heeft {len(antwoord)} rijen; dat zijn er {meer}.", "aantal")
    antwoord = antwoord.copy()
    antwoord.columns = kolommen
    verwacht = verwacht.copy()
    verwacht.columns = [str(k) for k in verwacht.columns]
    antwoord = antwoord[list(verwacht.columns)]
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
                return _m("De rijen kloppen, maar staan in een andere volgorde. Let op de sortering.", "volgorde")
            i = int(np.argmin(gelijk))
            plek = (f"rij {i + 1}" if _standaard_index(verwacht.index)
                    else f"de rij met label {_toon(verwacht.index[i])}")
            return _m(f"In kolom '{kolom}' klopt de waarde in {plek} "
                      f"({_toon(antwoord[kolom].iloc[i])}) nog niet.", "element")
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
class Fout:
    """Een bekende fout bij een oefening, met de feedback die erbij hoort.

    Geef één van drie:

    - ``waarde``: een functie zonder argumenten die het antwoord van de foute
      methode geeft. Die rekent, net als de referentie, op de actieve dataset.
      Geeft de foute methode op deze dataset toevallig het goede antwoord,
      dan telt hij niet (het antwoord is dan gewoon goed).
    - ``herken``: een functie ``herken(antwoord) -> bool`` (of een tekst: die
      is dan de feedback). Hij krijgt het antwoord zoals de leerling het gaf.
    - ``functie``: bij :class:`Functie` een foute uitwerking. Geeft de functie
      van de leerling op alle testgevallen hetzelfde als deze, dan krijgt de
      leerling ``feedback``.

    ``feedback`` is één concrete Nederlandse zin: wat de leerling deed en wat
    hij moet veranderen. Verklap het goede getal niet.
    """

    feedback: str
    waarde: Callable[[], Any] | None = None
    herken: Callable[[Any], Any] | None = None
    functie: Callable | None = None


@dataclass
class _Basis:
    id: str
    vraag: str
    hints: list = field(default_factory=list)
    nakijkbaar = True

    def controleer(self, namespace: dict) -> Uitslag:  # pragma: no cover - abstract
        raise NotImplementedError

    def _uitslag(self, status: str, tekst: str = "", soort: str = "") -> Uitslag:
        if not soort:
            soort = {GOED: "goed", LEEG: "leeg"}.get(status, getattr(tekst, "soort", "anders"))
        return Uitslag(status, f"Oefening {self.id}: {STATUS_TEKST[status]}", str(tekst), self.id, soort)

    def _met_soort(self, status: str, tekst: str, soort: str) -> Uitslag:
        """Een uitslag met een diagnose. Werkt ook als een subklasse ``_uitslag(status, tekst)`` overschrijft."""
        uitslag = self._uitslag(status, tekst)
        if soort:
            uitslag.soort = soort
        return uitslag

    def _hintzin(self) -> str:
        return f"Vraag een hint met `wb.hint(\"{self.id}\")`."

    def oplossingstekst(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def namen(self) -> list[str]:
        """De variabelen of functies die de leerling voor deze oefening maakt."""
        naam = getattr(self, "variabele", "") or getattr(self, "functie", "")
        return [naam] if naam else []


def _verwachte_waarde(oefening, cache: dict | None):
    """Roep de referentie aan (met cache per actieve dataset)."""
    sleutel = (oefening.id, _actieve_seed())
    if cache is not None and sleutel in cache:
        return _kopie(cache[sleutel])
    waarde = oefening.referentie()
    if cache is not None:
        cache[sleutel] = _kopie(waarde)
    return waarde


def _foute_waarde(oefening, nummer: int, fout: Fout, cache: dict | None):
    """Het antwoord van een bekende foute methode (met cache per actieve dataset)."""
    sleutel = (oefening.id, "fout", nummer, _actieve_seed())
    if cache is not None and sleutel in cache:
        return _kopie(cache[sleutel])
    waarde = fout.waarde()
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
    """De leerling maakt een variabele; we vergelijken die met ``referentie()``.

    Nieuwe, optionele instellingen (alleen als trefwoord):

    - ``decimalen``: de precisie die de vraag noemt. Alles binnen een halve
      eenheid van de laatste decimaal is goed, dus wie netjes afrondt of niet
      afrondt heeft het goed. ``decimalen=0`` bij hele euro's of bij aantallen.
      Noem de precisie ook in de tekst van de vraag.
    - ``eenheid``: ``"deel"`` (0–1), ``"procent"`` (0–100) of ``"punten"``
      (zoals de NPS). Een antwoord dat precies 100 keer te groot of te klein
      is, krijgt dan een gerichte zin; tekst met % wordt omgerekend.
    - ``fouten``: lijst van :class:`Fout` met bekende foute methoden.

    ``tolerantie`` (een absoluut verschil) werkt nog zoals vroeger; zonder
    ``tolerantie`` en ``decimalen`` moet een getal exact kloppen.
    """

    variabele: str = ""
    referentie: Callable[[], Any] | None = None
    oplossing: str = ""
    tolerantie: float | None = None
    volgorde: bool = True

    def __init__(self, id, variabele, vraag, referentie, hints=(), oplossing="",
                 tolerantie=None, volgorde=True, *, decimalen: int | None = None,
                 eenheid: str | None = None, fouten=()):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.referentie, self.hints, self.oplossing = referentie, list(hints), oplossing
        self.tolerantie, self.volgorde = tolerantie, volgorde
        self.decimalen, self.eenheid, self.fouten = decimalen, eenheid, list(fouten)
        if eenheid not in (None, "deel", "procent", "punten", "euro", "aantal", "dagen"):
            raise ValueError(f"Waarde {self.id}: onbekende eenheid {eenheid!r}; kies deel, procent, punten, euro, "
                             f"aantal of dagen.")

    @property
    def toegestaan_verschil(self) -> float | None:
        """Het grootste toegestane verschil bij getallen (``None``: exact)."""
        if self.tolerantie is not None:
            return self.tolerantie
        if self.decimalen is not None:
            return 0.5 * 10 ** (-self.decimalen)
        return None

    def _vergelijk(self, antwoord, verwacht) -> str | None:
        verwacht = _python(verwacht)
        if _is_getal(verwacht) and not callable(antwoord):
            return _vergelijk_getal(_python(antwoord), verwacht, self.toegestaan_verschil, self.eenheid,
                                    self.decimalen)
        return vergelijk(antwoord, verwacht, self.toegestaan_verschil, self.volgorde)

    def _bekende_fout(self, antwoord, verwacht, cache) -> Uitslag | None:
        """De feedback van de bekende fout(en) die bij dit antwoord passen, of None.

        Geven twee foute methoden op deze dataset hetzelfde antwoord, dan weten we
        niet welke de leerling gebruikte: dan noemen we ze allebei.
        """
        passend: list[str] = []
        for nummer, fout in enumerate(self.fouten):
            try:
                if fout.herken is not None:
                    uitkomst = fout.herken(antwoord)
                    if uitkomst:
                        passend.append(uitkomst if isinstance(uitkomst, str) else fout.feedback)
                        continue
                if fout.waarde is not None:
                    fout_waarde = _foute_waarde(self, nummer, fout, cache)
                    if self._vergelijk(fout_waarde, verwacht) is None:
                        continue  # deze foute methode geeft hier toevallig het goede antwoord
                    if self._vergelijk(antwoord, fout_waarde) is None:
                        passend.append(fout.feedback)
            except Exception:  # noqa: BLE001 - een herkenner mag de controle nooit laten vastlopen
                continue
        if not passend:
            return None
        tekst = passend[0] if len(passend) == 1 else (
            f"Dit antwoord past bij twee bekende fouten. {passend[0]} Of: {passend[1][0].lower()}{passend[1][1:]}")
        return self._met_soort(FOUT, f"`{self.variabele}`: {tekst} {self._hintzin()}", "bekende_fout")

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = _verwachte_waarde(self, cache)
        except Exception as fout:  # noqa: BLE001
            return self._met_soort(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)), "bibliotheek")
        try:
            melding = self._vergelijk(antwoord, verwacht)
        except Exception as fout:  # noqa: BLE001
            melding = _m(f"Je antwoord kon niet worden vergeleken: {_foutzin(fout)}.", "anders")
        if melding is None:
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        bekend = self._bekende_fout(antwoord, verwacht, cache)
        if bekend is not None:
            return bekend
        return self._met_soort(FOUT, f"`{self.variabele}`: {melding} {self._hintzin()}",
                             getattr(melding, "soort", "anders"))

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


def _aanroep(naam: str, args: tuple) -> str:
    return f"{naam}({', '.join(_toon(a, 30) for a in args)})"


@dataclass
class Functie(_Basis):
    """De leerling schrijft een functie; we testen die op ``gevallen``.

    Optioneel (trefwoord): ``fouten=[Fout(feedback, functie=...)]`` met bekende
    foute uitwerkingen, en ``decimalen`` voor de precisie van de uitkomst.
    """

    functie: str = ""
    gevallen: list = field(default_factory=list)
    referentie: Callable | None = None
    oplossing: str = ""
    tolerantie: float | None = None

    def __init__(self, id, functie, vraag, gevallen, referentie, hints=(), oplossing="",
                 tolerantie=None, *, decimalen: int | None = None, fouten=()):
        self.id, self.functie, self.vraag = str(id), functie, vraag
        self.gevallen = [g if isinstance(g, tuple) else (g,) for g in gevallen]
        self.referentie, self.hints, self.oplossing = referentie, list(hints), oplossing
        self.tolerantie, self.decimalen, self.fouten = tolerantie, decimalen, list(fouten)

    @property
    def toegestaan_verschil(self) -> float | None:
        if self.tolerantie is not None:
            return self.tolerantie
        if self.decimalen is not None:
            return 0.5 * 10 ** (-self.decimalen)
        return None

    def _gelijk(self, a, b) -> bool:
        try:
            return vergelijk(a, b, self.toegestaan_verschil) is None
        except Exception:  # noqa: BLE001
            return False

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        f = namespace.get(self.functie, ____)
        if is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._met_soort(FOUT, f"`{self.functie}` is geen functie maar {_soort(f)}. "
                                       f"Begin met `def {self.functie}(...):`.", "vorm")
        uitkomsten, verwachte, leeg = [], [], 0
        for args in self.gevallen:
            aanroep = _aanroep(self.functie, args)
            try:
                verwachte.append(self.referentie(*_kopie(args)))
            except Exception as fout:  # noqa: BLE001
                return self._met_soort(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)), "bibliotheek")
            try:
                uitkomst = f(*_kopie(args))
            except Exception as fout:  # noqa: BLE001
                if "_Plaatshouder" in str(fout):
                    return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
                return self._met_soort(
                    FOUT, f"Je functie geeft een foutmelding bij `{aanroep}`: {_foutzin(fout)}. {self._hintzin()}",
                    "functie_fout")
            if is_leeg(uitkomst):
                leeg += 1
            uitkomsten.append(uitkomst)
        if leeg:
            return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
        fout_bij = [i for i, (u, v) in enumerate(zip(uitkomsten, verwachte)) if not self._gelijk(u, v)]
        if not fout_bij:
            return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen.")
        i = fout_bij[0]
        aanroep = _aanroep(self.functie, self.gevallen[i])
        if uitkomsten[i] is None and verwachte[i] is not None:
            return self._met_soort(FOUT, f"`{aanroep}` geeft niets terug (None). Vergeet je `return`? Met `print` "
                                       "zie je de uitkomst wel, maar de functie geeft hem dan niet terug.",
                                 "geen_return")
        zin = f"`{aanroep}` geeft {_toon(uitkomsten[i])}, maar dat moet {_toon(verwachte[i])} zijn."
        for fout in self.fouten:
            if fout.functie is None:
                continue
            try:
                foute = [fout.functie(*_kopie(args)) for args in self.gevallen]
            except Exception:  # noqa: BLE001
                continue
            if all(self._gelijk(u, w) for u, w in zip(uitkomsten, foute)):
                return self._met_soort(FOUT, f"{zin} {fout.feedback}", "bekende_fout")
        melding = vergelijk(uitkomsten[i], verwachte[i], self.toegestaan_verschil)
        extra = ""
        soort = getattr(melding, "soort", "anders")
        if soort in ("deel_procent", "afronding", "vorm", "haakjes", "none", "tekst", "komma"):
            extra = f" {melding}"
        return self._met_soort(FOUT, f"{zin}{extra} {self._hintzin()}", soort if extra else "functie_uitkomst")

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


@dataclass
class Meerkeuze(_Basis):
    """Een meerkeuzevraag; het antwoord is een letter.

    Optioneel (trefwoord): ``waarom_niet={"a": "zin", ...}`` geeft bij een foute
    keuze uitleg waarom die keuze niet klopt.
    """

    variabele: str = ""
    opties: dict = field(default_factory=dict)
    juist: str = ""
    uitleg: str = ""

    def __init__(self, id, variabele, vraag, opties, juist, hints=(), uitleg="", *, waarom_niet=None):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.opties, self.juist = dict(opties), str(juist).strip().lower()
        self.hints, self.uitleg = list(hints), uitleg
        self.waarom_niet = {str(k).strip().lower(): v for k, v in (waarom_niet or {}).items()}
        if self.juist not in self.opties:
            raise ValueError(f"Meerkeuze {self.id}: juist='{juist}' staat niet in opties "
                             f"({', '.join(self.opties)}).")
        onbekend = set(self.waarom_niet) - set(self.opties)
        if onbekend:
            raise ValueError(f"Meerkeuze {self.id}: waarom_niet noemt letters die geen optie zijn: "
                             f"{', '.join(sorted(onbekend))}.")

    def letter(self, antwoord) -> str | None:
        """De letter uit een antwoord als ``"b"``, ``"B"``, ``" b) "`` of ``"antwoord b"``; anders None."""
        if not isinstance(antwoord, str):
            return None
        kaal = antwoord.strip().strip("()").strip().lower()
        kaal = re.sub(r"^(antwoord|keuze|optie)\s*", "", kaal).strip().strip(")").strip()
        return kaal if kaal in self.opties else None

    def beoordeel_letter(self, letter: str) -> Uitslag:
        """De uitslag voor één gekozen letter (ook voor de keuzeknoppen)."""
        if letter == self.juist:
            return self._uitslag(GOED, self.uitleg)
        tekst = f"Antwoord {letter} is het niet."
        if letter in self.waarom_niet:
            tekst += f" {self.waarom_niet[letter]}"
        else:
            tekst += " Lees de vraag nog eens."
        return self._met_soort(FOUT, f"{tekst} {self._hintzin()}", "keuze")

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        antwoord = namespace.get(self.variabele, ____)
        letters = ", ".join(self.opties)
        if is_leeg(antwoord) or _lege_tekst(antwoord):
            return self._uitslag(LEEG, f"Geef `{self.variabele}` de letter van je keuze ({letters}).")
        if not isinstance(antwoord, str):
            return self._met_soort(FOUT, f"Je antwoord is {_soort(antwoord)}. Schrijf een letter tussen "
                                       f"aanhalingstekens, bijvoorbeeld `{self.variabele} = "
                                       f"\"{next(iter(self.opties))}\"`.", "vorm")
        letter = self.letter(antwoord)
        if letter is None:
            tekst = antwoord.strip().casefold()
            for l, optie in self.opties.items():
                if tekst and (tekst == optie.strip().casefold() or tekst == optie.strip().casefold().rstrip(".")):
                    return self._met_soort(FOUT, f"Je schreef de tekst van keuze {l}. Schrijf alleen de letter: "
                                               f"`{self.variabele} = \"{l}\"`.", "vorm")
            return self._met_soort(FOUT, f"\"{antwoord.strip()[:30]}\" is geen keuze. Schrijf één letter tussen "
                                       f"aanhalingstekens: {letters}.", "vorm")
        return self.beoordeel_letter(letter)

    def oplossingstekst(self) -> str:
        tekst = f"Het juiste antwoord is **{self.juist}**: {self.opties[self.juist]}"
        return tekst + (f"\n\n{self.uitleg}" if self.uitleg else "")


#: Antwoorden die zeggen dat de leerling het niet weet (of niets zegt).
_NIET_WETEN = re.compile(
    r"\b(weet\s+(ik\s+)?(het\s+)?niet|ik\s+weet\s+het\s+niet|geen\s+idee|geen\s+flauw\s+idee|snap\s+(ik\s+)?"
    r"(het\s+)?niet|begrijp\s+(ik\s+)?(het\s+)?niet|idk|dunno|nvt|n\.v\.t\.?|geen\s+antwoord|todo|"
    r"asdf|bla)\b", re.IGNORECASE)


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ0-9]+(?:['’-][A-Za-zÀ-ÿ0-9]+)*", tekst)


def _kernwoord_patroon(woord: str) -> str:
    """Een woord telt ook als begin van een langer woord; korte woorden (≤ 3 tekens) alleen heel."""
    return r"(?<!\w)" + re.escape(woord.casefold()) + (r"(?!\w)" if len(woord) <= 3 else "")


@dataclass
class Open(_Basis):
    """Een open vraag. Die wordt niet automatisch nagekeken.

    Een antwoord telt pas als gemaakt met een minimale inhoud:

    - ``min_woorden`` (standaard 8): zo veel woorden moet het antwoord hebben;
    - "weet ik niet", "geen idee", "x" en dergelijke tellen niet;
    - ``moet_noemen`` (optioneel): lijst van ``(omschrijving, [woorden])``. Het
      antwoord moet per regel minstens één van die woorden bevatten
      (hoofdletters maken niet uit; een woord telt ook als begin van een langer
      woord, behalve woorden van drie tekens of minder).

    Ook dan is het antwoord niet nagekeken: de leerling vergelijkt zelf met
    het modelantwoord (``wb.oplossing``).

    Een subklasse die ``controleer`` zelf overschrijft en ``super().controleer()``
    aanroept, krijgt daarvan alleen de controle op leeg en tekst (zoals vroeger),
    zodat haar eigen regels en meldingen gelijk blijven.
    """

    variabele: str = ""
    modelantwoord: str = ""
    nakijkbaar = False

    def __init__(self, id, variabele, vraag, modelantwoord, hints=(), *, min_woorden: int = 8,
                 moet_noemen=()):
        self.id, self.variabele, self.vraag = str(id), variabele, vraag
        self.modelantwoord, self.hints = modelantwoord, list(hints)
        self.min_woorden = int(min_woorden)
        self.moet_noemen = [(str(o), [str(w) for w in woorden]) for o, woorden in moet_noemen]

    def _uitslag(self, status: str, tekst: str = "", soort: str = "") -> Uitslag:
        uitslag = super()._uitslag(status, tekst, soort)
        if status == GOED:
            uitslag.titel = f"Oefening {self.id}: ingevuld (open vraag)"
        return uitslag

    def controleer(self, namespace: dict, cache: dict | None = None) -> Uitslag:
        antwoord = namespace.get(self.variabele, ____)
        if is_leeg(antwoord) or _lege_tekst(antwoord):
            return self._uitslag(LEEG, f"Schrijf je antwoord als tekst in `{self.variabele}`.")
        if not isinstance(antwoord, str):
            return self._met_soort(FOUT, f"Schrijf je antwoord als tekst tussen aanhalingstekens in "
                                       f"`{self.variabele}`, bijvoorbeeld met drie aanhalingstekens: "
                                       f"`{self.variabele} = \"\"\"Mijn antwoord...\"\"\"`.", "vorm")
        if type(self).controleer is not Open.controleer:
            # Een subklasse met een eigen controle (en eigen regels voor de inhoud) krijgt van super() alleen
            # de controle op leeg en tekst, zoals vroeger; haar eigen meldingen blijven zo gelijk.
            return self._uitslag(GOED, "Je antwoord staat erin. Dit is een open vraag: die wordt niet "
                                       f"automatisch nagekeken. Vergelijk met het modelantwoord: "
                                       f"`wb.oplossing(\"{self.id}\")`.")
        woorden = _woorden(antwoord)
        zonder = _woorden(_NIET_WETEN.sub(" ", antwoord))
        if _NIET_WETEN.search(antwoord) and len(zonder) < self.min_woorden:
            aantal = len(woorden)
            return self._met_soort(FOUT, f"Je antwoord heeft {aantal} {'woord' if aantal == 1 else 'woorden'} en zegt "
                                       "dat je het (nog) niet weet. Dat is eerlijk, maar zo telt de "
                                       "vraag nog niet als gemaakt. Lees het stuk in de les nog eens, of vraag een "
                                       f"hint met `wb.hint(\"{self.id}\")`, en schrijf dan wat jij denkt. Schrijf er "
                                       f"minstens {self.min_woorden} woorden.",
                                 "weet_niet")
        if len(woorden) < self.min_woorden:
            aantal = len(woorden)
            return self._met_soort(FOUT, f"Je antwoord heeft {aantal} {'woord' if aantal == 1 else 'woorden'}. "
                                       f"Schrijf er minstens {self.min_woorden}: geef je antwoord en een reden "
                                       "(\"..., want ...\").", "te_kort")
        if len({w.casefold() for w in woorden}) < max(3, self.min_woorden // 2):
            return self._met_soort(FOUT, "Je antwoord herhaalt steeds dezelfde woorden. Schrijf in je eigen "
                                       "woorden een antwoord met een reden.", "te_kort")
        klein = antwoord.casefold()
        for omschrijving, kernwoorden in self.moet_noemen:
            if not any(re.search(_kernwoord_patroon(w), klein) for w in kernwoorden):
                return self._met_soort(FOUT, f"Je antwoord noemt nog geen {omschrijving}. Vul het aan. "
                                           f"{self._hintzin()}", "kernwoord")
        return self._uitslag(GOED, "Je antwoord heeft genoeg inhoud om mee te tellen. Een open vraag wordt niet "
                                   "automatisch nagekeken: vergelijk je antwoord met het modelantwoord: "
                                   f"`wb.oplossing(\"{self.id}\")`.")

    def oplossingstekst(self) -> str:
        return f"Modelantwoord: {self.modelantwoord}"


# ---------------------------------------------------------------------------
# Wat er in het notebook gebeurt: verouderde waarden en een herstart
# ---------------------------------------------------------------------------


def toegewezen_namen(bron: str) -> set[str]:
    """De namen die een cel een waarde geeft (``x = ...``, ``def f``, ``import x``).

    Werkt ook als de cel een SyntaxError heeft (dan per regel, met een
    eenvoudige regel: de naam links van een ``=``).

    >>> sorted(toegewezen_namen("a, b = f()\\ndef g(x):\\n    y = 1\\nc += 1\\nd = e == 2"))
    ['a', 'b', 'c', 'd', 'g']
    >>> sorted(toegewezen_namen("x = 48.6%\\n"))
    ['x']
    """
    try:
        boom = ast.parse(bron)
    except (SyntaxError, ValueError):
        namen = set()
        for regel in bron.splitlines():
            if m := re.match(r"\s*def\s+([A-Za-z_]\w*)", regel):
                namen.add(m.group(1))
                continue
            if regel[:1].isspace():
                continue
            m = re.match(r"\s*([A-Za-z_][\w\s,]*?)\s*(?:[-+*/]?=)(?!=)", regel)
            if m:
                namen |= {n.strip() for n in m.group(1).split(",") if n.strip().isidentifier()}
        return namen
    namen: set[str] = set()

    def doelen(knoop):
        if isinstance(knoop, ast.Name):
            namen.add(knoop.id)
        elif isinstance(knoop, (ast.Tuple, ast.List)):
            for k in knoop.elts:
                doelen(k)
        elif isinstance(knoop, ast.Starred):
            doelen(knoop.value)

    for knoop in boom.body:  # alleen het hoogste niveau: dat zijn de variabelen van het notebook
        if isinstance(knoop, ast.Assign):
            for doel in knoop.targets:
                doelen(doel)
        elif isinstance(knoop, (ast.AugAssign, ast.AnnAssign)):
            doelen(knoop.target)
        elif isinstance(knoop, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            namen.add(knoop.name)
        elif isinstance(knoop, (ast.Import, ast.ImportFrom)):
            for alias in knoop.names:
                namen.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(knoop, (ast.For, ast.With, ast.If, ast.While, ast.Try)):
            for sub in ast.walk(knoop):
                if isinstance(sub, ast.Assign):
                    for doel in sub.targets:
                        doelen(doel)
                elif isinstance(sub, ast.AugAssign):
                    doelen(sub.target)
                elif isinstance(sub, ast.For):
                    doelen(sub.target)
    return namen


def invoercellen(namespace: dict) -> list[str]:
    """De code van de uitgevoerde cellen, oud naar nieuw (IPython's ``In``); buiten een notebook leeg.

    Voor een controle die een foute methode aan de code herkent als de uitkomst toevallig klopt.
    """
    return [c for c in (namespace.get("In") or []) if isinstance(c, str) and c.strip()]


class _Celvolger:
    """Onthoudt per naam of de laatste cel die hem maakte een foutmelding gaf.

    Eén volger per kernel (op de shell bewaard), zodat de setupcel opnieuw
    uitvoeren de geschiedenis niet wist.
    """

    def __init__(self):
        self.fout: dict[str, tuple[int | None, str]] = {}
        self.gezien: set[str] = set()
        self.cellen = 0

    def na_cel(self, resultaat) -> None:
        info = getattr(resultaat, "info", None)
        bron = getattr(info, "raw_cell", "") or ""
        fout = getattr(resultaat, "error_before_exec", None) or getattr(resultaat, "error_in_exec", None)
        self.cellen += 1
        try:
            namen = toegewezen_namen(bron)
        except Exception:  # noqa: BLE001
            return
        for naam in namen:
            if fout is not None:
                self.fout[naam] = (getattr(resultaat, "execution_count", None), type(fout).__name__)
            else:
                self.fout.pop(naam, None)
                self.gezien.add(naam)


def _celvolger() -> _Celvolger | None:
    shell = _shell()
    if shell is None or not hasattr(shell, "events"):
        return None
    volger = getattr(shell, "_klantlib_celvolger", None)
    if volger is None:
        volger = _Celvolger()
        try:
            shell.events.register("post_run_cell", volger.na_cel)
        except Exception:  # noqa: BLE001
            return None
        shell._klantlib_celvolger = volger
    return volger


def _notebookpad(namespace: dict) -> Path | None:
    """Het pad van het notebook (Jupyter geeft het door), of None."""
    pad = namespace.get("__session__") or os.environ.get("JPY_SESSION_NAME")
    if not pad:
        return None
    pad = Path(pad)
    if pad.suffix != ".ipynb":
        return None
    if not pad.is_file():  # Jupyter geeft soms een pad ten opzichte van de servermap
        pad = Path.cwd() / pad.name
        if not pad.is_file():
            return None
    return pad


def _notebookversie(pad: str | os.PathLike | None) -> str | None:
    if not pad:
        return None
    pad = _notebookpad({"__session__": str(pad)})
    if pad is None:
        return None
    try:
        meta = json.loads(pad.read_text(encoding="utf-8")).get("metadata", {})
        return meta.get("klantlib", {}).get("versie")
    except (OSError, ValueError, AttributeError):
        return None


def notebook_codecellen(namespace: dict) -> list[str]:
    """De code van de cellen van het opgeslagen notebook (leeg als we het niet vinden)."""
    pad = _notebookpad(namespace)
    if pad is None:
        return []
    try:
        nb = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    uit = []
    for cel in nb.get("cells", []):
        if cel.get("cell_type") == "code":
            bron = cel.get("source", "")
            uit.append("".join(bron) if isinstance(bron, list) else str(bron))
    return uit


def _ingevuld_in_notebook(naam: str, cellen: list[str]) -> bool:
    """Staat er in het opgeslagen notebook een ingevuld antwoord voor ``naam`` (een cel zonder ``____``)?"""
    return any("____" not in bron and naam in toegewezen_namen(bron) for bron in cellen)


def _schrijf_nakijkregel(regel: dict) -> None:
    pad = os.environ.get(NAKIJK_VARIABELE)
    if not pad:
        return
    try:
        with open(pad, "a", encoding="utf-8") as f:
            f.write(json.dumps(regel, ensure_ascii=False, default=str) + "\n")
    except OSError:
        pass


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


class Werkboek:
    """Het werkboek van één hoofdstuk.

    Zet bovenaan het werkboek::

        from klantlib.oefeningen import Werkboek
        wb = Werkboek("h01", globals())                  # standaarddataset
        wb = Werkboek("h01", globals(), seed="0123456")  # jouw persoonlijke dataset

    Het werkboek zet ``____`` (de lege plek die jij invult) klaar in het
    notebook. Daarna: ``wb.controleer("1.1")``, ``wb.hint("1.1")``,
    ``wb.oplossing("1.1")``, ``wb.voortgang()`` en ``wb.kies("1.5")``.

    ``seed`` mag een getal of tekst zijn (een studentnummer met een 0 vooraan
    schrijf je als tekst). ``versie`` is de klantlib-versie waarmee het werkboek
    is gemaakt. Zonder ``versie`` lezen we die, als dat kan, uit het notebook
    zelf (Jupyter geeft het pad door). Verschilt die van de geïnstalleerde
    klantlib, dan krijg je een waarschuwing.
    """

    def __init__(self, hoofdstuk: str, namespace: dict, seed: int | str | None = None,
                 versie: str | None = None):
        if not isinstance(namespace, dict):
            raise ValueError("namespace moet een dict zijn: schrijf `Werkboek(\"h01\", globals())`.")
        import klantlib
        from klantlib import data

        seed = lees_seed(seed)
        self.hoofdstuk = hoofdstuk
        self.namespace = namespace
        self.seed = seed
        self._oefeningen = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}
        self._hintteller: dict[str, int] = {}
        self._cache: dict = {}
        self._keuzes: dict[str, str] = {}
        data.kies_dataset(seed)
        if not isinstance(namespace.get("____"), _Plaatshouder):
            namespace["____"] = ____
        self._volger = _celvolger()
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

    def _toon(self, uitslag: Uitslag) -> Uitslag:
        uitslag._toon_in_notebook()
        return uitslag

    def _verouderd(self, oefening) -> Uitslag | None:
        """Gaf de laatste cel die de variabele maakt een foutmelding? Dan is de waarde oud."""
        volger = getattr(self, "_volger", None)
        if volger is None:
            return None
        for naam in getattr(oefening, "namen", []):
            if naam in volger.fout:
                nummer, soort = volger.fout[naam]
                cel = f" (cel [{nummer}])" if nummer else ""
                wat = "functie" if isinstance(oefening, Functie) else "variabele"
                return oefening._met_soort(
                    FOUT, f"De cel die `{naam}` maakt{cel} gaf bij de laatste keer uitvoeren een foutmelding "
                          f"({soort}). Daardoor heeft de {wat} `{naam}` nog een oude waarde, of geen. Los eerst de "
                          "fout op, voer die cel opnieuw uit en controleer dan opnieuw.", "verouderd")
        return None

    def _niet_uitgevoerd(self, oefening, cellen: list[str] | None = None) -> bool:
        """Staat er een antwoord in het notebook dat (na openen of herstart) nog niet is uitgevoerd?"""
        namen = [n for n in getattr(oefening, "namen", []) if n not in self.namespace]
        if not namen:
            return False
        if cellen is None:
            cellen = notebook_codecellen(self.namespace)
        return any(_ingevuld_in_notebook(n, cellen) for n in namen)

    def _beoordeel(self, oefening, cellen: list[str] | None = None) -> Uitslag:
        verouderd = self._verouderd(oefening)
        if verouderd is not None:
            return verouderd
        try:
            uitslag = oefening.controleer(self.namespace, self._cache)
        except Exception as fout:  # noqa: BLE001 - nooit een traceback naar de leerling
            return oefening._met_soort(FOUT, f"De controle liep vast: {_foutzin(fout)}.", "vastgelopen")
        if uitslag.status == LEEG and self._niet_uitgevoerd(oefening, cellen):
            naam = oefening.namen[0]
            uitslag.tekst = (f"In je notebook staat een antwoord voor `{naam}`, maar die cel is nog niet "
                             "uitgevoerd sinds je het notebook opende of de kernel herstartte. Voer eerst de cellen "
                             "hierboven uit: menu Run → Run All Above Selected Cell.")
            uitslag.soort = "niet_uitgevoerd"
        if isinstance(oefening, Meerkeuze):
            uitslag = self._met_knopkeuze(oefening, uitslag)
        return uitslag

    def _met_knopkeuze(self, oefening: Meerkeuze, uitslag: Uitslag) -> Uitslag:
        """Een keuze met de knoppen telt niet vanzelf: zeg het als code en knoppen verschillen."""
        knop = self._keuzes.get(oefening.id)
        if knop is None:
            return uitslag
        code = oefening.letter(self.namespace.get(oefening.variabele))
        regel = f"`{oefening.variabele} = \"{knop}\"`"
        if uitslag.status == LEEG:
            uitslag.tekst = (f"Je koos {knop}) met de knoppen. Schrijf je keuze ook in de code: {regel}, en voer die "
                             "cel uit. Alleen wat in de code staat, telt bij het nakijken.")
            uitslag.soort = "knop_niet_in_code"
        elif code is not None and code != knop:
            uitslag.tekst += (f"\n\nLet op: met de knoppen koos je {knop}), maar in je code staat {code}. Alleen de "
                              "code telt bij het nakijken.")
            uitslag.soort = "knop_anders_dan_code"
        return uitslag

    # -- publiek -------------------------------------------------------------
    def controleer(self, id) -> Uitslag:
        """Controleer oefening ``id``: goed, nog niet goed of nog niet geprobeerd."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._toon(self._onbekend(id))
        uitslag = self._beoordeel(oefening)
        if self.versiemelding:
            uitslag.tekst = (uitslag.tekst + "\n\n" if uitslag.tekst else "") + "⚠️ " + self.versiemelding
        _schrijf_nakijkregel({"soort": "controle", "hoofdstuk": self.hoofdstuk, "id": oefening.id,
                              "status": uitslag.status, "seed": self.seed, "tekst": uitslag.tekst[:400]})
        return self._toon(uitslag)

    def hint(self, id, nummer: int | None = None) -> Uitslag:
        """De volgende hint bij oefening ``id`` (of hint ``nummer``)."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._toon(self._onbekend(id))
        hints = oefening.hints
        if not hints:
            return self._toon(Uitslag(None, f"Oefening {oefening.id}: geen hints",
                                      "Bij deze oefening zijn geen hints.", oefening.id))
        if nummer is None:
            nummer = self._hintteller.get(oefening.id, 0) + 1
            if nummer > len(hints):
                return self._toon(Uitslag(
                    None, f"Oefening {oefening.id}: geen hints meer",
                    f"Je hebt alle {len(hints)} hints gezien. Lukt het niet? Bekijk de oplossing met "
                    f"`wb.oplossing(\"{oefening.id}\")`. Met `wb.hint(\"{oefening.id}\", 1)` zie je hint 1 "
                    "opnieuw.", oefening.id))
            self._hintteller[oefening.id] = nummer
        if not isinstance(nummer, int) or not 1 <= nummer <= len(hints):
            return self._toon(Uitslag(None, f"Oefening {oefening.id}: hint {nummer} bestaat niet",
                                      f"Kies een hint van 1 tot en met {len(hints)}.", oefening.id))
        return self._toon(Uitslag(None, f"Oefening {oefening.id}, hint {nummer} van {len(hints)}",
                                  hints[nummer - 1], oefening.id))

    def oplossing(self, id) -> Uitslag:
        """De modeloplossing van oefening ``id``."""
        oefening = self._zoek(id)
        if oefening is None:
            return self._toon(self._onbekend(id))
        _schrijf_nakijkregel({"soort": "oplossing", "hoofdstuk": self.hoofdstuk, "id": oefening.id})
        return self._toon(Uitslag(None, f"Oefening {oefening.id}: oplossing", oefening.oplossingstekst(),
                                  oefening.id))

    def uitslagen(self) -> dict[str, Uitslag]:
        """Per oefening de uitslag op de huidige variabelen (zonder te tonen)."""
        cellen = notebook_codecellen(self.namespace)
        return {o.id: self._beoordeel(o, cellen) for o in self._oefeningen.values()}

    def voortgang(self) -> Uitslag:
        """Een overzicht: per oefening goed, nog niet goed of nog niet geprobeerd."""
        regels = ["| Oefening | Soort | Stand |", "|---|---|---|"]
        soorten = {Waarde: "waarde", Functie: "functie", Meerkeuze: "meerkeuze", Open: "open vraag"}
        tellers = {GOED: 0, FOUT: 0, LEEG: 0}
        niet_uitgevoerd = 0
        uitslagen = self.uitslagen()
        for id, uitslag in uitslagen.items():
            oefening = self._oefeningen[id]
            tellers[uitslag.status] += 1
            stand = f"{_STATUS_TEKEN[uitslag.status]} {STATUS_TEKST[uitslag.status]}"
            if uitslag.soort == "niet_uitgevoerd":
                niet_uitgevoerd += 1
                stand = f"{_STATUS_TEKEN[LEEG]} ingevuld, maar cel nog niet uitgevoerd"
            elif uitslag.soort == "verouderd":
                stand = f"{_STATUS_TEKEN[FOUT]} cel gaf een foutmelding"
            elif isinstance(oefening, Open) and uitslag.status == GOED:
                stand = f"{_STATUS_TEKEN[GOED]} ingevuld"
            soort = next((t for k, t in soorten.items() if isinstance(oefening, k)), "")
            regels.append(f"| {id} | {soort} | {stand} |")
        samenvatting = (f"{tellers[GOED]} goed, {tellers[FOUT]} nog niet goed, "
                        f"{tellers[LEEG]} nog niet geprobeerd.")
        waarschuwing = ""
        volger = getattr(self, "_volger", None)
        alle_namen = {n for o in self._oefeningen.values() for n in o.namen}
        if niet_uitgevoerd:
            waarschuwing = (f"⚠️ Bij {niet_uitgevoerd} oefening(en) staat een antwoord in je notebook, maar die "
                            "cellen zijn nog niet uitgevoerd sinds je het notebook opende of de kernel herstartte. "
                            "Voer eerst alle cellen hierboven uit (menu Run → Run All Above Selected Cell); anders "
                            "ziet de controle je antwoorden niet.\n\n")
        elif volger is not None and tellers[LEEG] == len(uitslagen) and not (volger.gezien & alle_namen):
            waarschuwing = ("⚠️ In deze sessie is nog geen enkele antwoordcel uitgevoerd. Heb je al antwoorden "
                            "gemaakt, maar heb je het notebook net geopend of de kernel herstart? Voer dan eerst "
                            "alle cellen hierboven uit (menu Run → Run All Above Selected Cell).\n\n")
        return self._toon(Uitslag(None, f"Voortgang {self.hoofdstuk}",
                                  waarschuwing + samenvatting + "\n\n" + "\n".join(regels),
                                  soort="herstart" if waarschuwing else ""))

    def keuze_uitslag(self, id, letter: str) -> Uitslag:
        """Wat de keuzeknoppen tonen als je op ``letter`` klikt (zonder iets te veranderen).

        De knoppen zetten de variabele in je code niet: alleen de code telt bij
        het nakijken. Verschillen knop en code, dan zegt de uitslag dat.
        """
        oefening = self._zoek(id)
        uitslag = oefening.beoordeel_letter(letter)
        code_waarde = self.namespace.get(oefening.variabele, ____)
        code = oefening.letter(code_waarde)
        regel = f"`{oefening.variabele} = \"{letter}\"`"
        if code is None:
            uitslag.tekst = (uitslag.tekst + "\n\n" if uitslag.tekst else "") + (
                f"Schrijf je keuze nu in de code: {regel}. Alleen wat in de code staat, telt bij het nakijken.")
        elif code != letter:
            uitslag.tekst = (uitslag.tekst + "\n\n" if uitslag.tekst else "") + (
                f"Let op: in je code staat nog \"{code}\". Alleen de code telt bij het nakijken; verander hem in "
                f"{regel} als je deze keuze wilt.")
        return uitslag

    def kies(self, id):
        """Keuzeknoppen voor meerkeuzevraag ``id``; ze tonen meteen of je keuze klopt.

        De knoppen veranderen je code niet: schrijf je keuze daarna in de code
        (alleen die telt bij het nakijken). ``wb.controleer`` zegt het als de
        knoppen en de code verschillen.
        """
        oefening = self._zoek(id)
        if oefening is None:
            return self._toon(self._onbekend(id))
        if not isinstance(oefening, Meerkeuze):
            return self._toon(Uitslag(None, f"Oefening {oefening.id} is geen meerkeuzevraag",
                                      "`wb.kies` werkt alleen bij meerkeuzevragen.", oefening.id))
        if os.environ.get(NAKIJK_VARIABELE):
            # Bij het nakijken telt alleen de letter in de code; een widget is dan overbodig (en traag).
            return Uitslag(None, f"Oefening {oefening.id}: keuzeknoppen (niet getoond bij nakijken)", "",
                           oefening.id)
        import ipywidgets as widgets

        huidig = self._keuzes.get(oefening.id) or oefening.letter(self.namespace.get(oefening.variabele))
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
            self._keuzes[oefening.id] = keuzes.value
            uitslag = self.keuze_uitslag(oefening.id, keuzes.value)
            _schrijf_nakijkregel({"soort": "knop", "hoofdstuk": self.hoofdstuk, "id": oefening.id,
                                  "status": uitslag.status})
            resultaat.value = uitslag.als_html()

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
        werkboek._keuzes, werkboek._volger = {}, _celvolger()
    else:
        return
    werkboek.eindcontrole()
