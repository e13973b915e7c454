"""Oefeningen die fouten herkennen in plaats van raden (issue 21).

Deze module breidt de vier soorten uit :mod:`klantlib.oefeningen.kern` uit,
zonder hun gedrag te veranderen:

- :class:`Getal`: één getal met een *genoemde* precisie (``decimalen``).
  Alles binnen die precisie is goed. Een komma als decimaalteken, tekst met
  ``%`` of ``€``, een percentage waar een deel hoort (of andersom), te grof
  afronden en een tabel waar één getal hoort krijgen elk hun eigen zin.
- :class:`WaardeMetFouten`: een waarde (lijst, dict, tabel, tekst) met
  bekende foute methoden.
- :class:`FunctieMetFouten`: een functie; een bekende foute uitwerking
  (bijvoorbeeld ``>`` in plaats van ``>=``) krijgt zijn eigen uitleg.
- :class:`MeerkeuzeMetUitleg`: elke foute keuze krijgt uitleg over waarom
  die niet klopt.
- :class:`OpenMetInhoud`: een open vraag telt pas als gemaakt met een
  minimale inhoud (aantal woorden en, waar dat past, kernbegrippen).

Een bekende fout is een :class:`Fout`: een foute methode (het antwoord dat
die methode geeft, uitgerekend op de actieve dataset, net als de referentie)
of een test op het antwoord, met de feedback die erbij hoort. Een foute
methode die op deze dataset toevallig hetzelfde antwoord geeft als de goede,
telt niet: dan is het antwoord gewoon goed.

Feedback noemt nooit interne namen en toont getallen als gewone getallen
(geen ``np.float64(...)``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

from klantlib.oefeningen.kern import (
    FOUT,
    GOED,
    LEEG,
    Functie,
    Meerkeuze,
    Open,
    Waarde,
    ____,
    _actieve_seed,
    _BIBLIOTHEEKFOUT,
    _foutzin,
    _kopie,
    _soort,
    _verwachte_waarde,
    is_leeg,
    vergelijk,
    invoercellen,
)

__all__ = [
    "Aanwijzing",
    "Fout",
    "Getal",
    "WaardeMetFouten",
    "FunctieMetFouten",
    "MeerkeuzeMetUitleg",
    "OpenMetInhoud",
    "als_python",
    "getal_tekst",
    "zonder_numpy",
]


class _SchoneUitslag:
    """Mixin: elke uitslag zonder numpy-weergave in de tekst."""

    def _uitslag(self, status: str, tekst: str = ""):
        return super()._uitslag(status, zonder_numpy(tekst))


class Aanwijzing(Exception):
    """Gooi dit in een ``normaliseer``-functie met één zin voor de leerling."""


def als_python(waarde: Any) -> Any:
    """Numpy-getallen en -waarheden als gewone Python-waarden (ook in lijsten en dicts).

    >>> als_python({"a": np.float64(1.5), "b": [np.int64(2), np.bool_(True)]})
    {'a': 1.5, 'b': [2, True]}
    """
    if isinstance(waarde, np.generic):
        return waarde.item()
    if isinstance(waarde, dict):
        return {als_python(k): als_python(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [als_python(v) for v in waarde]
    if isinstance(waarde, tuple):
        return tuple(als_python(v) for v in waarde)
    return waarde


_NUMPY_REPR = re.compile(r"np\.(?:float|int|uint)\d*\(([^()]*)\)|np\.str_\(([^()]*)\)|np\.(True|False)_")


def zonder_numpy(tekst: str) -> str:
    """Haal numpy-weergaven uit een melding: ``np.float64(9.9)`` → ``9.9``.

    >>> zonder_numpy("de waarde (np.float64(9.9)) en np.True_ en np.str_('x')")
    "de waarde (9.9) en True en 'x'"
    """
    return _NUMPY_REPR.sub(lambda m: next(g for g in m.groups() if g is not None), tekst)


def getal_tekst(x: float, decimalen: int | None = None) -> str:
    """Een getal zoals een Nederlandse lezer het schrijft, maar met een punt zoals Python.

    Voor feedback over Python-code gebruiken we de punt: dat moet de leerling typen.

    >>> getal_tekst(0.28571428, 3), getal_tekst(1234.0), getal_tekst(2.2)
    ('0.286', '1234', '2.2')
    """
    x = float(x)
    if decimalen is None:
        tekst = f"{x:.6f}".rstrip("0").rstrip(".")
    else:
        tekst = f"{x:.{decimalen}f}"
    return "0" if tekst in ("-0", "") else tekst


def _afgekapt(x: float, decimalen: int) -> float:
    """Afkappen (niet afronden) op ``decimalen`` decimalen; negatief: op tientallen enzovoort.

    >>> _afgekapt(0.34667, 3), _afgekapt(505600.9, 0), _afgekapt(505600.9, -3)
    (0.346, 505600.0, 505000.0)
    """
    factor = 10.0 ** decimalen
    return math.trunc(round(x * factor, 6)) / factor


def _is_getal(x: Any) -> bool:
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, (bool, np.bool_))


# ---------------------------------------------------------------------------
# Bekende fouten
# ---------------------------------------------------------------------------


@dataclass
class Fout:
    """Een bekende fout met de feedback die erbij hoort.

    Geef één van drie:

    - ``waarde``: een functie zonder argumenten die het antwoord van de foute
      methode geeft (op de actieve dataset);
    - ``herken``: een functie ``herken(antwoord) -> bool``;
    - ``functie``: bij :class:`FunctieMetFouten` een foute uitwerking.
    """

    feedback: str
    waarde: Callable[[], Any] | None = None
    herken: Callable[[Any], bool] | None = None
    functie: Callable | None = None


def _foute_waarde(oefening, nummer: int, fout: Fout, cache: dict | None):
    sleutel = (oefening.id, "fout", nummer, _actieve_seed())
    if cache is not None and sleutel in cache:
        return _kopie(cache[sleutel])
    waarde = fout.waarde()
    if cache is not None:
        cache[sleutel] = _kopie(waarde)
    return waarde


def _hintzin(id: str) -> str:
    return f"Vraag een hint met `wb.hint(\"{id}\")`."


# ---------------------------------------------------------------------------
# Waarde met bekende fouten
# ---------------------------------------------------------------------------


class WaardeMetFouten(_SchoneUitslag, Waarde):
    """Een :class:`~klantlib.oefeningen.kern.Waarde` die bekende fouten herkent.

    - ``normaliseer(antwoord)`` maakt het antwoord eerst vergelijkbaar (bijvoorbeeld
      hoofdletters weg); gooit die :class:`Aanwijzing`, dan is dat de feedback.
    - ``fouten``: lijst van :class:`Fout`.
    - ``voorwaarde(namespace, cache)``: voor een oefening die verder rekent met
      het antwoord van een eerdere oefening (zoals ``profiel``). Is het antwoord
      hier fout én geeft ``voorwaarde`` een zin (de eerdere stap klopt niet),
      dan is die zin de feedback: de oorzaak zit dan eerder, en een uitleg over
      deze oefening zou de leerling op het verkeerde spoor zetten.
    - ``broncontrole(bron)``: voor een foute methode die op de data toevallig het
      goede getal geeft. Krijgt de code van de laatste cel die de variabele maakte
      (uit de invoergeschiedenis ``In`` van het notebook) en geeft een zin als die
      code de foute methode is; dan is het antwoord niet goed.
    """

    def __init__(self, id, variabele, vraag, referentie, hints=(), oplossing="", tolerantie=None,
                 volgorde=True, fouten=(), normaliseer=None, voorwaarde=None, broncontrole=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing,
                         tolerantie=tolerantie, volgorde=volgorde)
        self.fouten = list(fouten)
        self.normaliseer = normaliseer
        self.voorwaarde = voorwaarde
        self.broncontrole = broncontrole

    def _laatste_bron(self, namespace: dict) -> str | None:
        """De code van de laatste uitgevoerde cel die ``variabele = ...`` bevat, of None."""
        patroon = re.compile(rf"(?m)^\s*{re.escape(self.variabele)}\s*=(?!=)")
        for bron in reversed(invoercellen(namespace)):
            if patroon.search(bron):
                return bron
        return None

    # Vergelijken zonder numpy-typen, zodat de meldingen leesbaar blijven.
    def _vergelijk(self, antwoord, verwacht) -> str | None:
        return vergelijk(als_python(antwoord), als_python(verwacht), self.tolerantie, self.volgorde)

    def _vorm(self, antwoord, verwacht) -> str | None:
        """Feedback over de vorm van het antwoord (voor het inhoudelijk vergelijken)."""
        return None

    def _algemeen(self, antwoord, verwacht, melding: str) -> str:
        return melding

    def controleer(self, namespace: dict, cache: dict | None = None):
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
            vorm = self._vorm(antwoord, verwacht)
            if vorm:
                return self._uitslag(FOUT, f"`{self.variabele}`: {vorm}")
            if self.normaliseer is not None:
                antwoord = self.normaliseer(antwoord)
        except Aanwijzing as a:
            return self._uitslag(FOUT, f"`{self.variabele}`: {a}")
        try:
            melding = self._vergelijk(antwoord, verwacht)
        except Exception as fout:  # noqa: BLE001
            melding = f"Je antwoord kon niet worden vergeleken: {_foutzin(fout)}."
        if melding is None:
            if self.broncontrole is not None:
                bron = self._laatste_bron(namespace)
                try:
                    zin = self.broncontrole(bron) if bron else None
                except Exception:  # noqa: BLE001 - de broncontrole mag de controle nooit laten vastlopen
                    zin = None
                if zin:
                    return self._uitslag(FOUT, zin)
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        if self.voorwaarde is not None:
            try:
                eerder = self.voorwaarde(namespace, cache)
            except Exception:  # noqa: BLE001 - de voorwaarde mag de controle nooit laten vastlopen
                eerder = None
            if eerder:
                return self._uitslag(FOUT, eerder)
        passend = []
        for nummer, fout in enumerate(self.fouten):
            try:
                if fout.herken is not None and fout.herken(antwoord):
                    passend.append(fout.feedback)
                elif fout.waarde is not None:
                    fout_waarde = _foute_waarde(self, nummer, fout, cache)
                    if self._vergelijk(verwacht, fout_waarde) is None:
                        continue  # deze foute methode geeft hier toevallig het goede antwoord
                    if self._vergelijk(antwoord, fout_waarde) is None:
                        passend.append(fout.feedback)
            except Exception:  # noqa: BLE001 - een herkenner mag de controle nooit laten vastlopen
                continue
        if len(passend) == 1:
            return self._uitslag(FOUT, f"`{self.variabele}`: {passend[0]}")
        if passend:
            # Twee foute methoden geven hier (bijna) hetzelfde getal: noem ze allebei.
            opties = " Of: ".join(passend)
            return self._uitslag(FOUT, f"`{self.variabele}`: dit antwoord past bij meer dan één bekende fout; "
                                       f"kijk welke bij jouw code hoort. {opties}")
        return self._uitslag(FOUT, f"`{self.variabele}`: {self._algemeen(antwoord, verwacht, melding)} "
                                   f"{_hintzin(self.id)}")


# ---------------------------------------------------------------------------
# Eén getal met een genoemde precisie
# ---------------------------------------------------------------------------

_GETAL_IN_TEKST = re.compile(r"^[+-]?[\d.,\s]+$")


def _lees_nederlands_getal(tekst: str, duizendtallen: bool = False) -> float | None:
    """'48,6' → 48.6; '1.234,5' → 1234.5; '0.25' → 0.25; anders None.

    Met ``duizendtallen=True`` (het gevraagde getal is een groot bedrag) lezen we
    '505.600' zoals een Nederlander het schrijft: 505600, niet 505,6.

    >>> _lees_nederlands_getal("505.600"), _lees_nederlands_getal("505.600", duizendtallen=True)
    (505.6, 505600.0)
    >>> _lees_nederlands_getal("0.347", duizendtallen=True)
    0.347
    """
    kaal = tekst.replace("%", "").replace("€", "").replace("euro", "").strip()
    if not kaal or not _GETAL_IN_TEKST.match(kaal):
        return None
    kaal = kaal.replace(" ", "")
    punt_voor_duizendtallen = re.fullmatch(r"[+-]?[1-9]\d{0,2}(\.\d{3})+", kaal)
    if ("€" in tekst or duizendtallen) and "," not in kaal and punt_voor_duizendtallen:
        kaal = kaal.replace(".", "")  # € 1.234 of 505.600: een punt voor de duizendtallen
    if "," in kaal:
        kaal = kaal.replace(".", "").replace(",", ".")
    elif kaal.count(".") > 1:
        kaal = kaal.replace(".", "")
    try:
        return float(kaal)
    except ValueError:
        return None


class Getal(WaardeMetFouten):
    """Eén getal, goed binnen de precisie die de vraag noemt.

    - ``decimalen``: het aantal decimalen dat de vraag noemt; alles wat binnen
      een halve eenheid van de laatste decimaal ligt, is goed (wie netjes
      afrondt, heeft het dus altijd goed). ``decimalen=0`` bij hele euro's.
    - ``deel``: True als het antwoord een deel (0–1) is; dan krijgt een
      percentage (×100) eigen feedback, en andersom.
    - ``tabel_hint``: wat de leerling moet doen als hij een tabel of Series
      geeft in plaats van één getal.
    """

    def __init__(self, id, variabele, vraag, referentie, hints=(), oplossing="", decimalen: int = 2,
                 deel: bool = False, fouten=(), tabel_hint: str = ""):
        tolerantie = 0.5 * 10 ** (-decimalen) + 1e-9
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing,
                         tolerantie=tolerantie, fouten=fouten)
        self.decimalen, self.deel, self.tabel_hint = decimalen, deel, tabel_hint

    def _vorm(self, antwoord, verwacht):
        antwoord = als_python(antwoord)
        if isinstance(antwoord, tuple) and len(antwoord) == 2 and all(_is_getal(x) for x in antwoord):
            a, b = antwoord
            return (f"Je schreef een komma als decimaalteken. Python leest `{a},{b}` als twee getallen. "
                    f"Schrijf een punt: `{a}.{b}`.")
        if isinstance(antwoord, str):
            try:
                groot = not self.deel and abs(float(als_python(verwacht))) >= 1000
            except (TypeError, ValueError):
                groot = False
            getal = _lees_nederlands_getal(antwoord, duizendtallen=groot)
            if "%" in antwoord and getal is not None:
                if self.deel:
                    return (f"Je antwoord is tekst met een %-teken. Gevraagd is een deel tussen 0 en 1, als "
                            f"getal zonder aanhalingstekens: {getal_tekst(getal)} % schrijf je als "
                            f"`{getal_tekst(getal / 100)}`.")
                return (f"Je antwoord is tekst met een %-teken. Schrijf alleen het getal, zonder % en zonder "
                        f"aanhalingstekens: `{getal_tekst(getal)}`.")
            if getal is not None:
                return (f"Je antwoord is tekst. Schrijf het getal zonder aanhalingstekens (en zonder € of "
                        f"punten voor duizendtallen): `{getal_tekst(getal)}`.")
            return f"Je antwoord is tekst ({antwoord!r}). Verwacht wordt één getal."
        if isinstance(antwoord, (pd.Series, pd.DataFrame)):
            if antwoord.size == 1:
                return ("Je antwoord is nog een tabel of Series met één waarde. Haal het getal eruit, "
                        "bijvoorbeeld met `.iloc[0]` of `.item()`.")
            return (f"Verwacht wordt één getal, maar je antwoord is {_soort(antwoord)} met "
                    f"{antwoord.size} waarden. " + (self.tabel_hint or "Kies het ene getal dat de vraag noemt."))
        if isinstance(antwoord, (bool, np.bool_)) or not _is_getal(antwoord):
            return f"Verwacht wordt één getal, maar je antwoord is {_soort(antwoord)}."
        if isinstance(antwoord, float) and math.isnan(antwoord):
            return "Je antwoord is NaN (geen getal). Zitten er lege waarden in je berekening?"
        return None

    def _vergelijk(self, antwoord, verwacht):
        a, v = float(als_python(antwoord)), float(als_python(verwacht))
        return None if abs(a - v) <= self.tolerantie else "verschil"

    def _algemeen(self, antwoord, verwacht, melding):
        a, v = float(antwoord), float(verwacht)
        if self.deel and v != 0 and abs(a - 100 * v) <= 100 * self.tolerantie:
            return ("Dit is een percentage; gevraagd is een deel tussen 0 en 1. Deel door 100 "
                    f"(dus `{getal_tekst(a / 100)}`).")
        if not self.deel and v != 0 and abs(a * 100 - v) <= self.tolerantie and abs(v) > 1:
            return "Je zit er een factor 100 naast: gebruik je een deel waar een percentage hoort?"
        if not self.deel and abs(v) >= 1000 and abs(a * 1000 - v) <= 1000 * self.tolerantie:
            return (f"Je schreef een punt tussen de duizendtallen. Python leest `{getal_tekst(a)}` als een getal "
                    f"met decimalen. Schrijf het getal zonder punt: `{getal_tekst(a * 1000, 0)}`.")
        for d in range(0, self.decimalen):
            if abs(a - round(v, d)) < 1e-9 or abs(a - _afgekapt(v, d)) < 1e-9:
                return (f"Je hebt te grof afgerond. Geef minstens {self.decimalen} "
                        f"{'decimaal' if self.decimalen == 1 else 'decimalen'}, of rond helemaal niet af.")
        if abs(a - _afgekapt(v, self.decimalen)) < 1e-9:
            hoe = (f"`round(..., {self.decimalen})`" if self.decimalen else "`round(...)`")
            return ("Je hebt de laatste decimaal afgekapt in plaats van afgerond (zoals `int(...)` of "
                    "overschrijven doet). Rond af: bij een 5 of hoger gaat de laatste decimaal omhoog. Gebruik "
                    f"{hoe}, of rond helemaal niet af.") if self.decimalen else (
                "Je hebt de centen afgekapt in plaats van afgerond (zoals `int(...)` doet). Rond af naar het "
                f"dichtstbijzijnde hele getal met {hoe}, of rond helemaal niet af.")
        for k in range(1, 7):
            if abs(v) >= 10 ** k and (abs(a - round(v, -k)) < 1e-9 or abs(a - _afgekapt(v, -k)) < 1e-9):
                return ("Je hebt te grof afgerond (op tientallen, honderdtallen of duizendtallen). "
                        + (f"Geef minstens {self.decimalen} {'decimaal' if self.decimalen == 1 else 'decimalen'}"
                           if self.decimalen else "Rond hoogstens af op hele getallen")
                        + ", of rond helemaal niet af.")
        if v != 0 and abs(a + v) <= self.tolerantie:
            return "Je getal heeft het verkeerde teken (plus of min)."
        return "Je getal is te hoog." if a > v else "Je getal is te laag."


# ---------------------------------------------------------------------------
# Functie met bekende foute uitwerkingen
# ---------------------------------------------------------------------------


def _uitleg_bij_fout(fout: BaseException) -> str:
    """Extra uitleg bij een foutmelding die een beginner vaak krijgt; anders ''."""
    bericht = str(fout)
    if isinstance(fout, TypeError) and ("for &" in bericht or "for |" in bericht):
        teken, woord = ("&", "and") if "for &" in bericht else ("|", "or")
        return (f" Python rekent `{teken}` eerder uit dan `>=`, zodat er iets anders wordt vergeleken dan je "
                f"bedoelt. Schrijf `{woord}` tussen de twee voorwaarden, of zet haakjes om elke voorwaarde: "
                f"`(a >= b) {teken} (c >= d)`.")
    return ""


def _aanroep(naam: str, args: tuple) -> str:
    return f"{naam}({', '.join(repr(als_python(a)) for a in args)})"


class FunctieMetFouten(_SchoneUitslag, Functie):
    """Een :class:`~klantlib.oefeningen.kern.Functie` die bekende foute uitwerkingen herkent.

    De functie van de leerling draait op alle ``gevallen``. Geeft hij precies
    wat een bekende foute uitwerking (``Fout(functie=...)``) geeft, dan krijgt
    de leerling de feedback van die fout.
    """

    def __init__(self, id, functie, vraag, gevallen, referentie, hints=(), oplossing="", tolerantie=None,
                 fouten=()):
        super().__init__(id, functie, vraag, gevallen, referentie, hints=hints, oplossing=oplossing,
                         tolerantie=tolerantie)
        self.fouten = list(fouten)

    def _gelijk(self, a, b) -> bool:
        return vergelijk(als_python(a), als_python(b), self.tolerantie) is None

    def controleer(self, namespace: dict, cache: dict | None = None):
        f = namespace.get(self.functie, ____)
        if is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._uitslag(FOUT, f"`{self.functie}` is geen functie maar {_soort(f)}. "
                                       f"Begin met `def {self.functie}(...):`.")
        uitkomsten, verwachte = [], []
        for args in self.gevallen:
            try:
                verwachte.append(self.referentie(*_kopie(args)))
            except Exception as fout:  # noqa: BLE001
                return self._uitslag(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)))
            try:
                uitkomst = f(*_kopie(args))
            except Exception as fout:  # noqa: BLE001
                return self._uitslag(FOUT, f"Je functie geeft een foutmelding bij "
                                           f"`{_aanroep(self.functie, args)}`: {_foutzin(fout)}."
                                           + _uitleg_bij_fout(fout))
            if is_leeg(uitkomst):
                return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
            uitkomsten.append(uitkomst)
        fout_bij = [i for i, (u, v) in enumerate(zip(uitkomsten, verwachte)) if not self._gelijk(u, v)]
        if not fout_bij:
            return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen.")
        i = fout_bij[0]
        aanroep = _aanroep(self.functie, self.gevallen[i])
        if uitkomsten[i] is None and verwachte[i] is not None:
            return self._uitslag(FOUT, f"`{aanroep}` geeft niets terug (None). Vergeet je `return`?")
        if isinstance(uitkomsten[i], tuple) and isinstance(verwachte[i], (bool, np.bool_)):
            return self._uitslag(FOUT, f"`{aanroep}` geeft {als_python(uitkomsten[i])!r}: twee waarden, omdat er "
                                       "een komma tussen staat. Gevraagd is één True of False. Verbind de "
                                       "voorwaarden met `and`: dan is de uitkomst alleen True als ze allebei "
                                       "waar zijn.")
        for fout in self.fouten:
            if fout.functie is None:
                continue
            try:
                foute = [fout.functie(*_kopie(args)) for args in self.gevallen]
            except Exception:  # noqa: BLE001
                continue
            if all(self._gelijk(u, w) for u, w in zip(uitkomsten, foute)):
                return self._uitslag(FOUT, f"`{aanroep}` geeft {als_python(uitkomsten[i])!r}, maar het goede "
                                           f"antwoord is {als_python(verwachte[i])!r}. {fout.feedback}")
        melding = vergelijk(als_python(uitkomsten[i]), als_python(verwachte[i]), self.tolerantie) or ""
        soort = f"{melding} " if melding.startswith("Verwacht wordt") else ""
        return self._uitslag(FOUT, f"`{aanroep}` geeft {als_python(uitkomsten[i])!r}, maar het goede antwoord is "
                                   f"{als_python(verwachte[i])!r}. {soort}{_hintzin(self.id)}")


# ---------------------------------------------------------------------------
# Meerkeuze en open vragen
# ---------------------------------------------------------------------------


_LETTER = re.compile(r"(?:(?:antwoord|keuze|optie)\s*)?[(\[]?\s*([a-z])\s*[)\].:,]?(?:\s+(.*)|\s*)")


def _zelfde_tekst(antwoord: str, optie: str) -> bool:
    """Is ``antwoord`` de tekst van de keuze (of een duidelijk begin ervan, van minstens vijf woorden)?"""
    a = " ".join(re.findall(r"\w+", antwoord.casefold()))
    o = " ".join(re.findall(r"\w+", optie.casefold()))
    return bool(a) and (a == o or (len(a.split()) >= 5 and o.startswith(a)))


class MeerkeuzeMetUitleg(_SchoneUitslag, Meerkeuze):
    """Meerkeuze waarbij elke foute keuze zijn eigen uitleg krijgt (``waarom_niet``: letter → zin)."""

    def __init__(self, id, variabele, vraag, opties, juist, hints=(), uitleg="", waarom_niet=None):
        super().__init__(id, variabele, vraag, opties, juist, hints=hints, uitleg=uitleg)
        self.waarom_niet = {str(k).lower(): v for k, v in (waarom_niet or {}).items()}
        onbekend = set(self.waarom_niet) - set(self.opties)
        if onbekend:
            raise ValueError(f"Meerkeuze {self.id}: waarom_niet noemt onbekende letters {sorted(onbekend)}.")

    def letter(self, antwoord) -> str | None:
        """De gekozen letter, ook uit ``"B."``, ``"(b)"``, ``"antwoord b"`` of de tekst van de keuze zelf.

        Twee letters (``"b en c"``) of iets anders geven None: dat is geen keuze.
        """
        if not isinstance(antwoord, str):
            return None
        kaal = " ".join(antwoord.split()).casefold()
        m = _LETTER.fullmatch(kaal)
        if m:
            letter, rest = m.group(1), (m.group(2) or "").strip().rstrip(".")
            if letter in self.opties and (not rest or _zelfde_tekst(rest, self.opties[letter])):
                return letter
        passend = [k for k, tekst in self.opties.items() if _zelfde_tekst(kaal.rstrip("."), tekst)]
        return passend[0] if len(passend) == 1 else None

    def controleer(self, namespace: dict, cache: dict | None = None):
        antwoord = namespace.get(self.variabele)
        letter = self.letter(antwoord)
        if letter is not None and antwoord.strip().lower() != letter:
            namespace = {**namespace, self.variabele: letter}
        uitslag = super().controleer(namespace, cache)
        if uitslag.status != FOUT:
            return uitslag
        antwoord = namespace.get(self.variabele)
        letter = antwoord.strip().strip(")").strip().lower() if isinstance(antwoord, str) else None
        if letter in self.waarom_niet:
            return self._uitslag(FOUT, f"Antwoord {letter} is het niet. {self.waarom_niet[letter]}")
        return uitslag


_ONTKENNING = re.compile(r"\b(niet|geen|nooit|onmogelijk|niemand|nergens)\b")
_VOORWAARDELIJK = re.compile(r"(als|wanneer|zolang|indien|wie|stel)\b")


def _patroon(woord: str) -> str:
    """Een woord telt als begin van een langer woord; korte woorden (zoals 'ci') alleen heel."""
    return r"(?<!\w)" + re.escape(woord) + (r"(?!\w)" if len(woord) <= 3 else "")


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ0-9]+", tekst)


class OpenMetInhoud(_SchoneUitslag, Open):
    """Een open vraag met een minimale inhoud.

    - ``min_woorden``: zo veel woorden moet het antwoord minstens hebben;
    - ``moet_noemen``: lijst van (omschrijving, [woorden]); het antwoord moet
      per regel minstens één van die woorden bevatten (hoofdletters maken niet
      uit; een woord telt ook als begin van een langer woord, behalve woorden
      van drie letters of minder, zoals de afkorting "ci").
    - ``mag_niet``: lijst van (patroon, feedback) of (patroon, feedback, False)
      voor een bewering die de kern van het hoofdstuk tegenspreekt (bijvoorbeeld
      "in alle drie uitblinken"). Het patroon is een reguliere expressie die per
      zin wordt gezocht (kleine letters, alleen woorden). Een zin met een
      ontkenning (niet, geen, nooit, onmogelijk, ...) telt niet: "uitblinken in
      alle drie lukt niet" is juist een goede reden. Met ``False`` als derde
      element telt ook een zin met ontkenning (voor een patroon dat zelf een
      ontkenning bevat, zoals "moet niet kiezen"). Een voorwaardelijke zin
      ("als ...", "wie ...") telt nooit: dat is een redenering, geen advies.

    Ook als het antwoord zo de minimale inhoud heeft, is het niet nagekeken:
    de leerling vergelijkt zelf met het modelantwoord.
    """

    def __init__(self, id, variabele, vraag, modelantwoord, hints=(), min_woorden: int = 25, moet_noemen=(),
                 mag_niet=()):
        super().__init__(id, variabele, vraag, modelantwoord, hints=hints)
        self.min_woorden = int(min_woorden)
        self.moet_noemen = [(o, [w.casefold() for w in woorden]) for o, woorden in moet_noemen]
        self.mag_niet = [(re.compile(regel[0]), regel[1], regel[2] if len(regel) > 2 else True)
                         for regel in mag_niet]

    def controleer(self, namespace: dict, cache: dict | None = None):
        uitslag = super().controleer(namespace, cache)
        if uitslag.status != GOED:
            return uitslag
        tekst = namespace[self.variabele]
        aantal = len(_woorden(tekst))
        if aantal < self.min_woorden:
            return self._uitslag(FOUT, f"Je antwoord heeft {aantal} {'woord' if aantal == 1 else 'woorden'}. "
                                       f"Schrijf er minstens {self.min_woorden}: leg je keuze uit, met een reden.")
        klein = " ".join(_woorden(tekst)).casefold()
        for omschrijving, woorden in self.moet_noemen:
            if not any(re.search(_patroon(w), klein) for w in woorden):
                return self._uitslag(FOUT, f"Je antwoord noemt nog geen {omschrijving}. Vul het aan.")
        for zin in re.split(r"[.!?;:\n]+", tekst):
            zin = " ".join(_woorden(zin)).casefold()
            if _VOORWAARDELIJK.match(zin):
                continue
            for patroon, feedback, ontkenning_telt in self.mag_niet:
                if ontkenning_telt and _ONTKENNING.search(zin):
                    continue
                if patroon.search(zin):
                    return self._uitslag(FOUT, feedback)
        return self._uitslag(GOED, "Je antwoord heeft genoeg inhoud. Dit is een open vraag: die wordt niet "
                                   "automatisch nagekeken. Vergelijk met het modelantwoord: "
                                   f"`wb.oplossing(\"{self.id}\")`.")


# ---------------------------------------------------------------------------
# Indelen: elk item in een vaste groep
# ---------------------------------------------------------------------------


def _sleutel(tekst) -> str:
    """Een naam om te vergelijken: kleine letters, '&' als 'en', zonder spaties en leestekens.

    >>> _sleutel(" Marketing & Sales"), _sleutel("Technologie-ontwikkeling")
    ('marketingensales', 'technologieontwikkeling')
    """
    kaal = str(tekst).casefold().replace("&", " en ")
    return "".join(re.findall(r"\w+", kaal))


class Indelen(WaardeMetFouten):
    """De leerling deelt items in: een dict item → groep (bijvoorbeeld activiteit → soort).

    - ``referentie()`` geeft het goede dict;
    - ``groep(tekst)`` maakt van wat de leerling schreef de vaste groepsnaam, of
      gooit :class:`Aanwijzing` (bijvoorbeeld: onbekende strategie);
    - ``waarom``: dict (item, foute groep) → uitleg, voor de bekende
      verwarringen. Zonder uitleg noemen we alleen welk item nog niet klopt.

    - ``aliassen``: dict andere schrijfwijze → item (bijvoorbeeld "HRM").

    De volgorde van de items maakt niet uit; de feedback noemt het eerste
    foute item in de volgorde van de leerling en hoeveel er goed zijn.
    """

    def __init__(self, id, variabele, vraag, referentie, groep, hints=(), oplossing="", waarom=None,
                 aliassen=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing)
        self.groep = groep
        self.waarom = dict(waarom or {})
        self.aliassen = {_sleutel(k): v for k, v in (aliassen or {}).items()}

    def _item(self, sleutel, verwacht) -> str | None:
        """Het item uit de vraag bij een sleutel van de leerling (hoofdletters, spaties, '&' en
        afkortingen uit ``aliassen`` maken niet uit); anders None."""
        kaal = _sleutel(sleutel)
        for k in verwacht:
            if _sleutel(k) == kaal:
                return k
        return self.aliassen.get(kaal)

    def _vorm(self, antwoord, verwacht):
        if not isinstance(antwoord, dict):
            return (f"Verwacht wordt een woordenboek (dict) met {len(verwacht)} items, zoals "
                    f"`{{\"{next(iter(verwacht))}\": \"...\"}}`, maar je antwoord is {_soort(antwoord)}.")
        gevonden: dict = {}
        onbekend = []
        for k in antwoord:
            item = self._item(k, verwacht)
            if item is None:
                onbekend.append(k)
            elif item in gevonden:
                return (f"'{gevonden[item]}' en '{k}' zijn allebei '{item}'. Zet elk item maar één keer in je "
                        "dict.")
            else:
                gevonden[item] = k
        ontbreekt = [k for k in verwacht if k not in gevonden]
        if ontbreekt and onbekend:
            return (f"Het item '{ontbreekt[0]}' ontbreekt in je dict, en '{onbekend[0]}' herken ik niet. "
                    "Schrijf de namen zoals in de vraag.")
        if ontbreekt:
            return f"Het item '{ontbreekt[0]}' ontbreekt in je dict. Neem alle {len(verwacht)} items op."
        if onbekend:
            return f"'{onbekend[0]}' hoort niet in je dict. Gebruik precies de namen uit de vraag."
        return None

    def _normaliseer(self, antwoord, verwacht) -> dict:
        uit = {}
        for k, v in antwoord.items():
            item = self._item(k, verwacht)
            if is_leeg(v):
                raise Aanwijzing(f"Bij '{item}' staat nog `____`.")
            try:
                uit[item] = self.groep(v)
            except Aanwijzing as a:
                raise Aanwijzing(f"Bij '{item}': {a}") from None
        return uit

    def controleer(self, namespace: dict, cache: dict | None = None):
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = _verwachte_waarde(self, cache)
        except Exception as fout:  # noqa: BLE001
            return self._uitslag(FOUT, _BIBLIOTHEEKFOUT.format(fout=_foutzin(fout)))
        vorm = self._vorm(antwoord, verwacht)
        if vorm:
            return self._uitslag(FOUT, f"`{self.variabele}`: {vorm}")
        try:
            schoon = self._normaliseer(antwoord, verwacht)
        except Aanwijzing as a:
            return self._uitslag(FOUT, f"`{self.variabele}`: {a}")
        fout = [k for k in schoon if schoon[k] != verwacht[k]]
        if not fout:
            return self._uitslag(GOED, f"`{self.variabele}` klopt: alle {len(verwacht)} goed ingedeeld.")
        eerste = fout[0]
        goed = len(verwacht) - len(fout)
        uitleg = self.waarom.get((eerste, schoon[eerste]))
        zin = (f"{goed} van de {len(verwacht)} {'is' if goed == 1 else 'zijn'} goed. "
               f"'{eerste}' is niet {schoon[eerste]}. "
               + (uitleg if uitleg else _hintzin(self.id)))
        return self._uitslag(FOUT, f"`{self.variabele}`: {zin}")
