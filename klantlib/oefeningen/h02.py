"""Hoofdstuk 02: de klantrelatiecyclus (potentieel → nieuw/loyaal → ex-klant → potentieel).

Het werkboek ``solutions/02_klantrelatiecyclus_werkboek.ipynb`` hoort hierbij.
Alle referenties rekenen met de actieve dataset (ook een persoonlijke).

De controles hier doen meer dan de gewone :class:`~klantlib.oefeningen.kern.Waarde`
(issue "feedback die een beginner kan vertrouwen"):

- elke vraag zegt hoe precies het antwoord moet zijn, en alles binnen die
  precisie is goed (:class:`Getal`);
- bekende foute methodes worden herkend, uitgerekend op dezelfde data als het
  goede antwoord, en krijgen hun eigen uitleg (:class:`Fout`);
- veelgemaakte schrijffouten (komma als decimaalteken, een percentage waar een
  deel gevraagd is, tekst met % of €, een Series of tabel waar één getal
  hoort) krijgen één zin over wat je moet veranderen;
- een functie wordt ook op bekende fouten getest (:class:`FaseFunctie`);
- een fout gekozen letter zegt waarom die niet klopt (:class:`Keuze`);
- een open vraag telt pas als er genoeg in staat (:class:`OpenVraag`).

Meldingen tonen geen interne namen en geen numpy-weergave (``np.float64(...)``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

from klantlib.cyclus import (
    cohorten,
    fase_overgangen,
    klantbehoud,
    klantfasen,
    verloren_klanten,
    vertrekredenen,
)
from klantlib.data import laad
from klantlib.oefeningen.kern import (
    FOUT,
    GOED,
    LEEG,
    Functie,
    Meerkeuze,
    Open,
    Waarde,
    _actieve_seed,
    _foutzin,
    _soort,
    _verwachte_waarde,
    is_leeg,
    leesbaar_getal,
)

PEILDATUM = "2025-12-31"

# ---------------------------------------------------------------------------
# Controles
# ---------------------------------------------------------------------------


def toon(x: Any) -> str:
    """Een getal zoals een mens het leest: geen numpy-weergave, een punt als decimaalteken (zoals Python).

    >>> toon(np.float64(15.0)), toon(np.int64(3)), toon(0.133928571), toon(1234.5)
    ('15', '3', '0.1339', '1234.5')
    """
    return leesbaar_getal(x, boven_duizend=1, datum=True)


def code_label(label: Any) -> str:
    """Een label zoals je het in Python typt: een getal zonder, een tekst met aanhalingstekens.

    >>> code_label(np.int64(2022)), code_label("nieuw"), code_label(2)
    ('2022', '"nieuw"', '2')
    """
    if isinstance(label, (bool, np.bool_)):
        return str(bool(label))
    if isinstance(label, (int, np.integer, float, np.floating)):
        return toon(label)
    return f'"{label}"'


@dataclass
class Fout:
    """Een typische fout met eigen uitleg.

    ``waarde``: een functie zonder argumenten die het antwoord van de foute
    methode uitrekent (op de actieve dataset). Een antwoord dat daarmee
    overeenkomt (binnen de precisie van de oefening) krijgt ``uitleg``.
    """

    uitleg: str
    waarde: Callable[[], Any]


_DUIZEND = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")


def _tekst_als_getal(tekst: str, deel: bool = False) -> tuple[float | None, list[str]]:
    """Lees '13,4 %', '€ 1.234' of '0.134' als getal; geef ook wat eraan mankeert.

    Een punt is alleen een duizendtalpunt als het getal niet met '0.' begint en er geen deel (0–1)
    gevraagd is: '0.134' is gewoon 0.134.

    >>> _tekst_als_getal("0.134"), _tekst_als_getal("1.234"), _tekst_als_getal("1.234", deel=True)[0]
    ((0.134, []), (1234.0, ['zonder punten tussen de duizendtallen']), 1.234)
    """
    kaal = tekst.strip()
    opmerkingen = []
    procent = "%" in kaal
    if procent:
        opmerkingen.append("zonder %-teken")
        kaal = kaal.replace("%", "")
    if "€" in kaal:
        opmerkingen.append("zonder €-teken")
        kaal = kaal.replace("€", "")
    kaal = kaal.replace(" ", "")
    if _DUIZEND.match(kaal) and not deel and not kaal.lstrip("-").startswith("0"):
        opmerkingen.append("zonder punten tussen de duizendtallen")
        kaal = kaal.replace(".", "")
    if "," in kaal:
        opmerkingen.append("met een punt als decimaalteken")
        kaal = kaal.replace(".", "").replace(",", ".")
    try:
        getal = float(kaal)
    except ValueError:
        return None, opmerkingen
    return (getal / 100 if procent else getal), opmerkingen


class Getal(Waarde):
    """Eén getal als antwoord, goed binnen ``precisie`` (0 = precies, voor aantallen).

    ``deel=True``: het antwoord is een deel (0–1); een percentage (100× te
    groot) krijgt dan een eigen uitleg. ``fouten``: typische foute methodes.
    Een antwoord dat *precies* de uitkomst van een foute methode is (of die
    uitkomst afgerond, terwijl het goede antwoord anders afrondt), is nog
    niet goed, ook als het binnen de precisie van het goede antwoord ligt.
    ``tabel_uitleg(tabel, verwacht)``: eigen uitleg bij een tabel als antwoord
    (of ``None``); ``leeg_uitleg``: eigen uitleg bij NaN.
    """

    def __init__(self, id, variabele, vraag, referentie, *, precisie: float = 0.0, deel: bool = False,
                 fouten=(), hints=(), oplossing="", tabel_uitleg=None, leeg_uitleg: str | None = None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing)
        self.precisie, self.deel, self.fouten = float(precisie), deel, list(fouten)
        self.tabel_uitleg, self.leeg_uitleg = tabel_uitleg, leeg_uitleg

    def _dicht(self, a: float, v: float) -> bool:
        return abs(a - v) <= self.precisie + 1e-9 * max(1.0, abs(v))

    def _fout(self, tekst: str):
        return self._uitslag(FOUT, f"`{self.variabele}`: {tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def _omzetten(self, antwoord, verwacht: float) -> tuple[float | None, str | None]:
        """Eén getal uit het antwoord, of één zin over wat er mis is."""
        if isinstance(antwoord, (bool, np.bool_)):
            return None, f"Je antwoord is {bool(antwoord)} (waar/onwaar); verwacht wordt een getal."
        if isinstance(antwoord, (int, float, np.integer, np.floating)):
            return float(antwoord), None
        if isinstance(antwoord, tuple) and len(antwoord) == 2 and all(
                isinstance(x, (int, np.integer)) and not isinstance(x, bool) for x in antwoord):
            voor, na = (int(x) for x in antwoord)
            return None, (f"Python las je komma als scheidingsteken: `{voor},{na}` zijn voor Python twee getallen. "
                          f"Gebruik een punt als decimaalteken: `{voor}.{na}`.")
        if isinstance(antwoord, str):
            getal, opmerkingen = _tekst_als_getal(antwoord, self.deel)
            if getal is None:
                return None, (f"Je antwoord is de tekst '{antwoord[:40]}'. Verwacht wordt een getal, zonder "
                              "aanhalingstekens.")
            voorbeeld = toon(getal)
            wat = ", ".join(["zonder aanhalingstekens", *opmerkingen])
            return None, f"Je antwoord is tekst ('{antwoord[:40]}'). Schrijf alleen het getal, {wat}: `{voorbeeld}`."
        if isinstance(antwoord, (pd.Series, pd.DataFrame)):
            soort = "Series" if isinstance(antwoord, pd.Series) else "tabel"
            if antwoord.size == 1:
                manier = "`.iloc[0]`" if isinstance(antwoord, pd.Series) else "`.iloc[0, 0]`"
                return None, f"Je antwoord is een {soort} met één waarde. Haal het getal eruit met {manier}."
            if isinstance(antwoord, pd.Series):
                return None, self._series_uitleg(antwoord, verwacht)
            return None, self._tabel_uitleg(antwoord, verwacht)
        if isinstance(antwoord, (list, tuple, set, frozenset, np.ndarray, pd.Index, pd.Categorical,
                                 pd.api.extensions.ExtensionArray)):
            n = len(antwoord)
            if n == 1:
                return None, ("Je antwoord is een lijst met één waarde. Schrijf alleen het getal, zonder haakjes "
                              "eromheen.")
            return None, f"Je antwoord is een rij met {n} waarden; verwacht wordt één getal."
        if antwoord is None:
            return None, "Je antwoord is None (niets). Geef de variabele een getal, bijvoorbeeld met `=`."
        if callable(antwoord):
            return None, "Je antwoord is een functie. Roep hem aan met haakjes, of kies de uitkomst die je nodig hebt."
        return None, f"Verwacht wordt een getal, maar je antwoord is {_soort(antwoord)}."

    def _series_uitleg(self, reeks: pd.Series, verwacht: float) -> str:
        if pd.api.types.is_bool_dtype(reeks.dtype):
            return (f"Je antwoord is een Series met True/False, één per rij ({reeks.size} rijen). Tel de True's met "
                    "`.sum()`.")
        waarden = pd.to_numeric(reeks, errors="coerce")
        if waarden.notna().all() and self._dicht(float(waarden.sum()), verwacht):
            return f"Je Series heeft {reeks.size} waarden, en samen zijn ze precies het antwoord. Tel ze op met `.sum()`."
        for label, w in waarden.items():
            if pd.notna(w) and self._dicht(float(w), verwacht):
                return (f"Het goede getal staat in je Series, bij het label {code_label(label)}. Neem alleen die "
                        f"waarde: zet `.loc[{code_label(label)}]` achter je Series.")
        return (f"Je antwoord is een Series met {reeks.size} waarden; verwacht wordt één getal. Moet je nog optellen "
                "(`.sum()`) of één waarde kiezen (`.loc[...]`)?")

    def _tabel_uitleg(self, tabel: pd.DataFrame, verwacht: float) -> str:
        if self.tabel_uitleg is not None:
            try:
                eigen = self.tabel_uitleg(tabel, verwacht)
            except Exception:  # noqa: BLE001 - een tabel van de leerling mag er vreemd uitzien
                eigen = None
            if eigen:
                return eigen
        for rij in tabel.index:
            for kolom in tabel.columns:
                w = pd.to_numeric(pd.Series([tabel.at[rij, kolom]]), errors="coerce").iloc[0]
                if pd.notna(w) and self._dicht(float(w), verwacht):
                    return (f"Het goede getal staat in je tabel, in rij {code_label(rij)} en kolom "
                            f"{code_label(kolom)}. Neem alleen dat vak: `.loc[{code_label(rij)}, {code_label(kolom)}]`.")
        rijen = len(tabel)
        if self.precisie == 0 and rijen == verwacht:
            return (f"Je tabel heeft {rijen} rijen, en dat aantal is precies het antwoord. Gevraagd is het aantal, "
                    "niet de rijen zelf: tel ze met `len(...)`.")
        return (f"Je antwoord is een tabel met {rijen} rijen en {tabel.shape[1]} kolommen; verwacht wordt één getal. "
                "Wil je rijen tellen? Gebruik `len(...)`. Wil je één vak? Gebruik `.loc[rij, kolom]`.")

    def controleer(self, namespace: dict, cache: dict | None = None):
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = float(_verwachte_waarde(self, cache))
        except Exception as fout:  # noqa: BLE001
            return self._uitslag(FOUT, "Er ging iets mis in klantlib bij het uitrekenen van het juiste antwoord "
                                       f"({_foutzin(fout)}). Dit ligt niet aan jou: meld het aan je docent.")
        a, melding = self._omzetten(antwoord, verwacht)
        if melding:
            return self._fout(melding)
        if math.isnan(a):
            return self._fout(self.leeg_uitleg or "Je antwoord is NaN (geen getal). Zitten er lege waarden in je "
                                                  "berekening?")
        if self.precisie > 0:
            # Binnen de precisie, maar precies de uitkomst van een foute methode: dat is geen goed antwoord.
            precies_fout = self._precies_fout(a, verwacht, cache)
            if precies_fout:
                return self._fout(precies_fout)
        if self._dicht(a, verwacht):
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        if self.precisie > 0 and _decimalen(a) < _decimalen(self.precisie) and round(verwacht, _decimalen(a)) == a:
            # Het goede antwoord, maar te grof afgerond: dat gaat vóór een foute methode die toevallig ook past.
            return self._fout(f"Je hebt te grof afgerond. Geef het antwoord tot op {toon(self.precisie)} nauwkeurig, "
                              "of rond helemaal niet af.")
        passend: list[str] = []
        for fout_waarde, uitleg in self._fout_waarden(cache):
            if not self._dicht(fout_waarde, verwacht) and self._dicht(a, fout_waarde) and uitleg not in passend:
                passend.append(uitleg)
        if len(passend) == 1:
            return self._fout(passend[0])
        if passend:  # meer foute methodes geven hier hetzelfde getal: noem ze allemaal
            aantal = "twee" if len(passend) == 2 else str(len(passend))
            return self._fout(f"Je getal past bij {aantal} bekende fouten. " + " Of: ".join(_zonder_dubbele_zinnen(passend)))
        return self._fout(self._algemeen(a, verwacht))

    def _fout_waarden(self, cache: dict | None) -> list[tuple[float, str]]:
        """(uitkomst, uitleg) van elke foute methode op de actieve dataset; per dataset één keer uitgerekend."""
        sleutel = (self.id, _actieve_seed(), "fouten")
        if cache is not None and sleutel in cache:
            return cache[sleutel]
        waarden = []
        for fout in self.fouten:
            try:
                w = float(fout.waarde())
            except Exception:  # noqa: BLE001 - een foute methode die niet te berekenen is, telt niet
                continue
            if not math.isnan(w):
                waarden.append((w, fout.uitleg))
        if cache is not None:
            cache[sleutel] = waarden
        return waarden

    def _precies_fout(self, a: float, v: float, cache: dict | None = None) -> str | None:
        """De uitleg van een foute methode die precies dit antwoord geeft (en niet het goede), of None."""
        decimalen = _decimalen(a)
        for w, uitleg in self._fout_waarden(cache):
            if abs(w - v) <= 1e-9 * max(1.0, abs(v)):
                continue
            if abs(a - w) <= 1e-9 * max(1.0, abs(w)):
                return uitleg
            if (_decimalen(self.precisie) <= decimalen < 10 and round(w, decimalen) == a
                    and round(v, decimalen) != a):
                return f"Afgerond is dit de uitkomst van een bekende fout. {uitleg}"
        return None

    def _algemeen(self, a: float, v: float) -> str:
        if self.deel and v != 0 and self._dicht(a / 100, v):
            return ("Je antwoord is 100 keer te groot: je gaf een percentage. Gevraagd is een deel, zoals 0.25 "
                    "voor 25 %.")
        if self.deel and a > 1:
            return "Een deel ligt tussen 0 en 1. Deel het aantal door het totaal (en vermenigvuldig niet met 100)."
        if self.precisie > 0:
            decimalen = _decimalen(a)
            if decimalen < 10 and round(v, decimalen) == round(a, decimalen):
                return (f"Je hebt te grof afgerond. Geef het antwoord tot op {toon(self.precisie)} nauwkeurig, of "
                        "rond helemaal niet af.")
        if not float(a).is_integer() and self.precisie == 0:
            return "Verwacht wordt een geheel aantal (zonder decimalen)."
        if a == 0 and v != 0 and self.precisie == 0:
            return ("Je telt 0, en dat is te weinig. Vergelijk je met een tekst? Die moet precies zo geschreven zijn "
                    "als in de tabel (kijk met `.value_counts()` hoe de waarden heten).")
        return "Je getal is te hoog." if a > v else "Je getal is te laag."

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


def _zonder_dubbele_zinnen(uitleggen: list[str]) -> list[str]:
    """Laat in elke uitleg de zinnen weg die een eerdere uitleg al gaf (zoals hetzelfde advies)."""
    gezien: set[str] = set()
    uit = []
    for uitleg in uitleggen:
        zinnen = [z for z in re.split(r"(?<=[.!?])\s+", uitleg.strip()) if z]
        nieuw = [z for z in zinnen if z.casefold() not in gezien]
        gezien.update(z.casefold() for z in zinnen)
        if nieuw:
            uit.append(" ".join(nieuw))
    return uit


def _decimalen(x: float) -> int:
    tekst = repr(float(x))
    if "e" in tekst:
        return 10
    return len(tekst.split(".")[1].rstrip("0")) if "." in tekst else 0


def _gewoon(tekst: str) -> str:
    """Tekst om te vergelijken: kleine letters, gewone spaties, zonder leestekens aan het eind."""
    return " ".join(tekst.casefold().split()).strip(" .!;")


_LETTER = re.compile(r"\(?\s*([a-z])\s*(?:[).:]\s*|\s+|$)(.*)", re.S)


class Keuze(Meerkeuze):
    """Meerkeuze waarbij elk fout antwoord een eigen uitleg krijgt (``waarom``: letter → tekst).

    Ondubbelzinnige schrijfwijzen tellen als de letter: ``"c"``, ``"C)"``, ``"(c)"``, ``"c."``, de hele regel
    ``"c) Zowel de klant als de leverancier."`` en ook alleen de tekst van een keuze.
    """

    def __init__(self, id, variabele, vraag, opties, juist, *, waarom, hints=(), uitleg=""):
        super().__init__(id, variabele, vraag, opties, juist, hints=hints, uitleg=uitleg)
        self.waarom = dict(waarom)
        ontbreekt = set(self.opties) - {self.juist} - set(self.waarom)
        if ontbreekt:
            raise ValueError(f"Keuze {self.id}: geen uitleg bij optie(s) {', '.join(sorted(ontbreekt))}.")

    def lees(self, antwoord: str) -> tuple[str | None, str]:
        """De gekozen letter uit een tekst, en een opmerking over hoe hij geschreven is (of None, uitleg)."""
        gewoon = _gewoon(antwoord)
        teksten = {letter: _gewoon(optie) for letter, optie in self.opties.items()}
        for letter, optie in teksten.items():
            if gewoon and gewoon == optie:
                return letter, f"Je schreef de tekst van keuze {letter}; alleen de letter is ook genoeg."
        m = _LETTER.fullmatch(gewoon)
        if m and m.group(1) in self.opties:
            letter, rest = m.group(1), _gewoon(m.group(2))
            if not rest or rest == teksten[letter]:
                return letter, ""
            andere = [l for l, t in teksten.items() if rest == t]
            if andere:
                return None, (f"Je letter ({letter}) en je tekst (van keuze {andere[0]}) horen bij verschillende "
                              "keuzes. Kies één letter.")
        return None, ""

    def controleer(self, namespace: dict, cache: dict | None = None):
        antwoord = namespace.get(self.variabele)
        letter, opmerking = (self.lees(antwoord) if isinstance(antwoord, str) and not is_leeg(antwoord)
                             else (None, ""))
        if letter is None and opmerking:
            return self._uitslag(FOUT, opmerking)
        uitslag = super().controleer({self.variabele: letter} if letter else namespace, cache)
        if uitslag.status == FOUT and letter in self.waarom:
            uitslag.tekst = f"Antwoord {letter} is het niet: {self.waarom[letter]}"
        if letter and opmerking:
            uitslag.tekst = (opmerking + "\n\n" + uitslag.tekst).strip()
        return uitslag


_NIETSZEGGEND = {"weet ik niet", "geen idee", "idk", "nvt", "n.v.t.", "x", "?", "ja", "nee", "test", "..."}


class OpenVraag(Open):
    """Een open vraag met een minimale inhoud: genoeg woorden en de kern van het antwoord.

    ``kern`` is een functie zonder argumenten die een lijst geeft van
    (woorden, wat_ontbreekt): het antwoord moet minstens één van de woorden
    bevatten (een deel van een woord telt ook); anders zegt de feedback wat er
    ontbreekt. De kern mag van de actieve dataset afhangen. De inhoud zelf
    wordt niet nagekeken: vergelijk met het modelantwoord.
    """

    def __init__(self, id, variabele, vraag, modelantwoord, *, min_woorden: int = 20, kern=None, hints=(),
                 bij_model=None):
        super().__init__(id, variabele, vraag, modelantwoord, hints=hints)
        self.min_woorden, self.kern, self.bij_model = min_woorden, kern, bij_model

    def oplossingstekst(self) -> str:
        """Het modelantwoord, met (als die er is) een zin over de eigen data ervoor."""
        tekst = super().oplossingstekst()
        if self.bij_model is not None:
            try:
                voor = self.bij_model()
            except Exception:  # noqa: BLE001 - het modelantwoord mag nooit vastlopen
                voor = ""
            if voor:
                tekst = voor + "\n\n" + tekst
        return tekst

    def controleer(self, namespace: dict, cache: dict | None = None):
        uitslag = super().controleer(namespace, cache)
        if uitslag.status != GOED:
            return uitslag
        tekst = str(namespace.get(self.variabele, "")).strip()
        woorden = re.findall(r"[A-Za-zÀ-ÿ0-9]+", tekst)
        if tekst.lower().strip(" .!") in _NIETSZEGGEND or len(woorden) < 3:
            return self._uitslag(FOUT, "Schrijf je eigen antwoord in een paar zinnen; een enkel woord telt nog niet "
                                       "als antwoord.")
        if len(woorden) < self.min_woorden:
            return self._uitslag(FOUT, f"Je antwoord is nog kort ({len(woorden)} woorden). Schrijf minstens "
                                       f"{self.min_woorden} woorden: wat je ziet, wat je doet en waarom.")
        verschillend = len({w.casefold() for w in woorden})
        if verschillend < max(3, (self.min_woorden * 3) // 5):
            return self._uitslag(FOUT, f"Je antwoord herhaalt steeds dezelfde woorden ({verschillend} verschillende "
                                       f"woorden). Schrijf gewone zinnen van minstens {self.min_woorden} woorden: wat "
                                       "je ziet, wat je doet en waarom.")
        klein = tekst.lower()
        for kernwoorden, wat in (self.kern() if self.kern else []):
            if not any(w.lower() in klein for w in kernwoorden):
                return self._uitslag(FOUT, f"Je antwoord noemt nog niet {wat}.")
        return self._uitslag(GOED, "Je antwoord is compleet genoeg om te bespreken. Dit is een open vraag: de "
                                   "inhoud wordt niet automatisch nagekeken. Vergelijk met het modelantwoord: "
                                   f"`wb.oplossing(\"{self.id}\")`.")


FASE_WOORDEN = ("potentieel", "nieuw", "loyaal", "ex-klant")


class FaseFunctie(Functie):
    """De functie ``fase(...)``: getest op de grenzen van het venster, met uitleg bij bekende fouten.

    We kijken naar de twee beslissingen apart: is het een ex-klant (regels in
    ``ex_regels``), en zo niet, is hij nieuw of loyaal (``nieuw_regels``)? Elke
    regel is (functie(eerste, laatste, peil) → True/False, uitleg). Een foute
    regel krijgt zijn uitleg alleen als hij de keuzes van de leerling bij álle
    testgevallen verklaart; verklaart geen enkele regel ze, dan volgt een
    algemene uitleg over die beslissing. Zo krijgt een fout nooit de uitleg van
    een andere fout die toevallig bij één geval hetzelfde antwoord geeft.
    """

    def __init__(self, id, functie, vraag, gevallen, referentie, *, ex_regels=(), nieuw_regels=(),
                 ex_algemeen="", nieuw_algemeen="", hints=(), oplossing=""):
        super().__init__(id, functie, vraag, gevallen, referentie, hints=hints, oplossing=oplossing)
        self.ex_regels, self.nieuw_regels = list(ex_regels), list(nieuw_regels)
        self.ex_algemeen, self.nieuw_algemeen = ex_algemeen, nieuw_algemeen

    @staticmethod
    def _aanroep(naam: str, args: tuple) -> str:
        delen = ["None" if a is None else f'pd.Timestamp("{a:%Y-%m-%d}")' for a in args]
        return f"{naam}({', '.join(delen)})"

    def _hint(self) -> str:
        return f"Vraag een hint met `wb.hint(\"{self.id}\")`."

    @staticmethod
    def _past(regel, gevallen) -> bool:
        try:
            return all(bool(regel(*args)) == keuze for args, keuze in gevallen)
        except Exception:  # noqa: BLE001
            return False

    def _diagnose(self, uitkomsten: list) -> str:
        """Welke regel verklaart de keuzes van de leerling? Eén of twee zinnen uitleg."""
        ex_keuzes = [(args, uit == "ex-klant") for args, uit, _ in uitkomsten if args[0] is not None]
        nieuw_keuzes = [(args, uit == "nieuw") for args, uit, verwacht in uitkomsten
                        if args[0] is not None and uit in ("nieuw", "loyaal") and verwacht in ("nieuw", "loyaal")]
        zinnen: list[str] = []
        if any(args[0] is None and uit != "potentieel" for args, uit, _ in uitkomsten):
            zinnen.append("Zonder aankoop (`None`) is een bedrijf \"potentieel\": controleer dat eerst, met "
                          "`if eerste_aankoop is None:`.")
        for keuzes, regels, algemeen in ((ex_keuzes, self.ex_regels, self.ex_algemeen),
                                         (nieuw_keuzes, self.nieuw_regels, self.nieuw_algemeen)):
            goede_regel = regels[0][0]
            if self._past(goede_regel, keuzes):
                continue
            uitleg = next((u for regel, u in regels[1:] if self._past(regel, keuzes)), algemeen)
            if uitleg and uitleg not in zinnen:
                zinnen.append(uitleg)
        return " ".join(zinnen) or self._hint()

    def controleer(self, namespace: dict, cache: dict | None = None):
        f = namespace.get(self.functie)
        if f is None or is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._uitslag(FOUT, f"`{self.functie}` is geen functie. Begin met `def {self.functie}(...):`.")
        uitkomsten = []
        eerste_fout = None
        for args in self.gevallen:
            aanroep = self._aanroep(self.functie, args)
            verwacht = self.referentie(*args)
            try:
                uitkomst = f(*args)
            except Exception as fout:  # noqa: BLE001
                extra = ""
                if args[0] is None:
                    extra = (" Een bedrijf dat nooit kocht heeft geen datum (None): controleer dat eerst, met "
                             "`if eerste_aankoop is None:`.")
                return self._uitslag(FOUT, f"Je functie geeft een foutmelding bij `{aanroep}`: {_foutzin(fout)}."
                                           + extra)
            if is_leeg(uitkomst):
                return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
            if uitkomst is None:
                return self._uitslag(FOUT, f"`{aanroep}` geeft niets terug. Zet `return` voor de fase die je "
                                           "teruggeeft.")
            if not isinstance(uitkomst, str):
                return self._uitslag(FOUT, f"`{aanroep}` geeft geen tekst terug. Geef een van de vier fasen als "
                                           "tekst: \"potentieel\", \"nieuw\", \"loyaal\" of \"ex-klant\".")
            if uitkomst not in FASE_WOORDEN:
                if uitkomst.strip().lower().replace(" ", "-") in FASE_WOORDEN:
                    return self._uitslag(FOUT, f"`{aanroep}` geeft \"{uitkomst}\". Schrijf de fase precies zoals "
                                               "in de les: \"potentieel\", \"nieuw\", \"loyaal\" of \"ex-klant\" "
                                               "(kleine letters, ex-klant met een streepje, geen spaties).")
                if uitkomst.strip().lower() == "klant":
                    return self._uitslag(FOUT, f"`{aanroep}` geeft \"klant\". Een klant is nieuw of loyaal: geef "
                                               "een van die twee woorden terug.")
                return self._uitslag(FOUT, f"`{aanroep}` geeft \"{uitkomst}\"; verwacht is \"{verwacht}\". Geef "
                                           "een van de vier fasen terug, precies zoals in de les: \"potentieel\", "
                                           "\"nieuw\", \"loyaal\" of \"ex-klant\".")
            uitkomsten.append((args, uitkomst, verwacht))
            if uitkomst != verwacht and eerste_fout is None:
                eerste_fout = (aanroep, uitkomst, verwacht)
        if eerste_fout is None:
            return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen, ook op "
                                       "de grenzen van het venster.")
        aanroep, uitkomst, verwacht = eerste_fout
        return self._uitslag(FOUT, f"`{aanroep}` geeft \"{uitkomst}\"; verwacht is \"{verwacht}\". "
                                   + self._diagnose(uitkomsten))


# ---------------------------------------------------------------------------
# Referenties (op de actieve dataset)
# ---------------------------------------------------------------------------


def _tabellen() -> dict:
    return {"bedrijven": laad("bedrijven")}


def _fasen(**keuze) -> pd.DataFrame:
    return klantfasen(laad("facturen"), keuze.pop("peildatum", PEILDATUM), **_tabellen(), **keuze)


def _aantal(tabel: pd.DataFrame, *fasen) -> int:
    return int(tabel["fase"].isin(list(fasen)).sum())


# 2.1
def _nieuw_2025() -> int:
    return _aantal(_fasen(), "nieuw")


def _nieuw_zonder_terugwinst() -> int:
    tabel = _fasen()
    return int(((tabel["fase"] == "nieuw") & ~tabel["teruggewonnen"]).sum())


def _nieuw_anders(**keuze) -> int:
    return _aantal(_fasen(**keuze), "nieuw")


# 2.2
def fase_model(eerste_aankoop, laatste_aankoop, peildatum):
    """De modeloplossing van 2.2 (zonder pauzes in de relatie)."""
    if eerste_aankoop is None:
        return "potentieel"
    if laatste_aankoop <= peildatum - pd.DateOffset(months=24):
        return "ex-klant"
    if eerste_aankoop > peildatum - pd.DateOffset(months=12):
        return "nieuw"
    return "loyaal"


_M24, _M12 = pd.DateOffset(months=24), pd.DateOffset(months=12)
_VAST = pd.Timestamp(PEILDATUM)
_JAARTALLEN = ("Je vergelijkt alleen jaartallen. Tel in maanden terug vanaf de peildatum zelf: "
               "`peildatum - pd.DateOffset(months=24)` en `peildatum - pd.DateOffset(months=12)`.")

# De beslissing "ex-klant?" (eerste regel = de goede), en de beslissing "nieuw?" bij een klant.
EX_REGELS_2_2 = [
    (lambda e, l, p: l <= p - _M24, ""),
    (lambda e, l, p: l < p - _M24,
     "Kijk naar de grens voor ex-klant: een laatste aankoop van precies 24 maanden geleden telt niet meer mee, dan "
     "is het bedrijf ex-klant. Gebruik `<=` (op of vóór de grens)."),
    (lambda e, l, p: l <= p - pd.Timedelta(days=730),
     "Twee jaar is niet altijd 730 dagen (denk aan schrikkeljaren). Tel in maanden met "
     "`pd.DateOffset(months=24)` en `pd.DateOffset(months=12)`."),
    (lambda e, l, p: l < p - pd.Timedelta(days=730),
     "Twee jaar is niet altijd 730 dagen (denk aan schrikkeljaren). Tel in maanden met "
     "`pd.DateOffset(months=24)` en `pd.DateOffset(months=12)`."),
    (lambda e, l, p: e <= p - _M24,
     "Of een bedrijf ex-klant is, hangt af van de laatste aankoop, niet van de eerste."),
    (lambda e, l, p: l <= _VAST - _M24,
     "Je functie rekent niet met de peildatum die hij meekrijgt. Gebruik in je functie de parameter `peildatum`, "
     "geen vaste datum en geen variabele (zoals `peil`) van buiten de functie."),
    (lambda e, l, p: l.year <= p.year - 2,
     _JAARTALLEN),
    (lambda e, l, p: l <= p - _M12,
     "Je gebruikt 12 maanden voor ex-klant. De vraag zegt: ex-klant als de laatste aankoop 24 maanden of langer "
     "geleden was."),
]
NIEUW_REGELS_2_2 = [
    (lambda e, l, p: e > p - _M12, ""),
    (lambda e, l, p: e >= p - _M12,
     "Kijk naar de grens voor nieuw: een eerste aankoop van precies 12 maanden geleden is niet meer nieuw. Gebruik "
     "`>` (ná de grens)."),
    (lambda e, l, p: e > p - pd.Timedelta(days=365),
     "Een jaar is niet altijd 365 dagen (denk aan schrikkeljaren). Tel in maanden met `pd.DateOffset(months=12)`."),
    (lambda e, l, p: e >= p - pd.Timedelta(days=365),
     "Een jaar is niet altijd 365 dagen (denk aan schrikkeljaren). Tel in maanden met `pd.DateOffset(months=12)`."),
    (lambda e, l, p: l > p - _M12,
     "Of een klant nieuw is, hangt af van de eerste aankoop, niet van de laatste."),
    (lambda e, l, p: not e > p - _M12,
     "Nieuw en loyaal zijn omgedraaid: een klant is nieuw als de eerste aankoop kort geleden was."),
    (lambda e, l, p: e > _VAST - _M12,
     "Je functie rekent niet met de peildatum die hij meekrijgt. Gebruik in je functie de parameter `peildatum`, "
     "geen vaste datum en geen variabele (zoals `peil`) van buiten de functie."),
    (lambda e, l, p: e.year >= p.year,
     _JAARTALLEN),
]


def _t(datum: str) -> pd.Timestamp:
    return pd.Timestamp(datum)


GEVALLEN_2_2 = [
    (None, None, _t("2025-12-31")),
    (_t("2021-03-01"), _t("2024-01-01"), _t("2025-12-31")),  # eerste dag van het venster: klant
    (_t("2021-03-01"), _t("2023-12-31"), _t("2025-12-31")),  # precies 24 maanden: ex-klant
    (_t("2025-01-01"), _t("2025-06-01"), _t("2025-12-31")),  # eerste dag van 'nieuw'
    (_t("2024-12-31"), _t("2025-06-01"), _t("2025-12-31")),  # precies 12 maanden: loyaal
    (_t("2020-05-05"), _t("2022-03-01"), _t("2024-02-29")),  # schrikkeljaar: nog klant
    (_t("2020-05-05"), _t("2022-02-28"), _t("2024-02-29")),  # schrikkeljaar: ex-klant
    (_t("2023-03-01"), _t("2023-03-01"), _t("2024-02-29")),  # één aankoop, elf maanden geleden: nieuw
    (_t("2021-03-01"), _t("2025-11-20"), _t("2025-12-31")),  # oude klant die net nog kocht: loyaal
    (_t("2020-01-15"), _t("2021-06-30"), _t("2023-06-30")),  # precies 24 maanden = 730 dagen, geen 29 februari
    (_t("2023-02-28"), _t("2023-06-01"), _t("2024-02-29")),  # precies 12 maanden (366 dagen): loyaal
    (_t("2020-02-01"), _t("2022-05-01"), _t("2025-12-31")),  # al lang weg: ex-klant
    (_t("2021-03-01"), _t("2024-06-01"), _t("2025-12-31")),  # 19 maanden niets gekocht: nog klant
    (_t("2022-09-01"), _t("2023-05-01"), _t("2023-06-30")),  # nieuw, eerste aankoop vorig kalenderjaar
    (_t("2023-01-10"), _t("2023-05-01"), _t("2023-06-30")),  # nieuw, andere peildatum
]


# 2.3
def _veranderd_door_venster() -> int:
    a, b = _fasen(ex_na_maanden=24), _fasen(ex_na_maanden=12)
    return int((a["fase"] != b["fase"]).sum())  # zelfde bedrijven, zelfde volgorde, zelfde categorieën


def _verschil_ex_klanten() -> int:
    return _aantal(_fasen(ex_na_maanden=12), "ex-klant") - _aantal(_fasen(ex_na_maanden=24), "ex-klant")


def _zelfde_fase() -> int:
    a, b = _fasen(ex_na_maanden=24), _fasen(ex_na_maanden=12)
    return int((a["fase"] == b["fase"]).sum())


def _vak_2_3(van: str, naar: str) -> int:
    a, b = _fasen(ex_na_maanden=24), _fasen(ex_na_maanden=12)
    return int(((a["fase"] == van) & (b["fase"] == naar)).sum())


def _nieuw_maanden_i_p_v_ex() -> int:
    a, b = _fasen(ex_na_maanden=24), _fasen(nieuw_maanden=12)
    return int((a["fase"] != b["fase"]).sum())


_FASEN_2_3 = set(FASE_WOORDEN)


def _kruistabel_2_3(tabel: pd.DataFrame, verwacht: float) -> str | None:
    """Een kruistabel van de twee fasen: het antwoord is de som buiten de diagonaal, niet één vak."""
    rijen = {str(r) for r in tabel.index}
    kolommen = {str(k) for k in tabel.columns}
    if len(rijen & kolommen & _FASEN_2_3) < 2:
        return None
    getallen = tabel.apply(pd.to_numeric, errors="coerce").fillna(0)
    diagonaal = sum(float(getallen.loc[r, k]) for r in getallen.index for k in getallen.columns if str(r) == str(k))
    buiten = float(getallen.to_numpy().sum()) - diagonaal
    begin = ("Je kruistabel klopt: het antwoord staat erin. " if buiten == verwacht else
             "Je antwoord is een kruistabel. ")
    return (begin + "Gevraagd is niet één vak, maar alle bedrijven die van fase veranderen: alle vakken búiten de "
            "diagonaal (waar rij en kolom verschillen) samen. Makkelijker: vergelijk de twee kolommen `fase` met "
            "`!=` en tel de True's met `.sum()`.")


# 2.4
def _contract_maar_geen_klant(*fasen, maanden: int = 12) -> int:
    fasen = fasen or ("potentieel", "ex-klant")
    zonder = _fasen(ex_na_maanden=maanden)
    met = _fasen(ex_na_maanden=maanden, contracten=laad("contracten"))
    return int((zonder["fase"].isin(list(fasen)) & met["lopend_contract"]).sum())


def _fase_met_contracten() -> int:
    met = _fasen(ex_na_maanden=12, contracten=laad("contracten"))
    return int((met["fase"].isin(["potentieel", "ex-klant"]) & met["lopend_contract"]).sum())


def _alle_lopende_contracten() -> int:
    return int(_fasen(ex_na_maanden=12, contracten=laad("contracten"))["lopend_contract"].sum())


def _lopend_contract_regels() -> int:
    contracten = laad("contracten")
    peil = pd.Timestamp(PEILDATUM)
    return int(((contracten["ingangsdatum"] <= peil)
                & (contracten["einddatum"].isna() | (contracten["einddatum"] >= peil))).sum())


# 2.5
def _overgangen_2025() -> pd.DataFrame:
    return fase_overgangen(laad("facturen"), 2024, **_tabellen())


def _teruggewonnen_2025() -> int:
    t = _overgangen_2025()
    return int(t.loc["ex-klant", ["nieuw", "loyaal"]].sum())


def _gewonnen_2025() -> int:
    t = _overgangen_2025()
    rijen = [r for r in ("potentieel", "nog onbekend") if r in t.index]
    return int(t.loc[rijen, ["nieuw", "loyaal"]].to_numpy().sum())


def _teruggewonnen_kolom() -> int:
    tabel = _fasen()
    return int((tabel["teruggewonnen"] & tabel["fase"].isin(["nieuw", "loyaal"])).sum())


def _teruggewonnen_alle() -> int:
    return int(_fasen()["teruggewonnen"].sum())


def _nieuw_en_teruggewonnen() -> int:
    tabel = _fasen()
    return int(((tabel["fase"] == "nieuw") & tabel["teruggewonnen"]).sum())


def _verloren_2025_24() -> int:
    t = _overgangen_2025()
    return int(t.loc[["nieuw", "loyaal"], "ex-klant"].sum())


def _teruggewonnen_12() -> int:
    return int(klantbehoud(laad("facturen"), [2025], **_tabellen()).loc[2025, "teruggewonnen"])


# 2.6
def _behoud_2025(maanden: int = 12) -> pd.Series:
    return klantbehoud(laad("facturen"), [2025], ex_na_maanden=maanden, **_tabellen()).loc[2025]


def _verloop_2025() -> float:
    return float(_behoud_2025()["verloop"])


def _verloop_alle_jaren() -> float:
    tabel = klantbehoud(laad("facturen"), **_tabellen())
    return float(tabel["verloren"].sum() / tabel["klanten_begin"].sum())


def _verloop_gemiddeld() -> float:
    return float(klantbehoud(laad("facturen"), **_tabellen())["verloop"].mean())


# 2.7
def _cohort(jaar: int, later: int, **keuze) -> float:
    return float(cohorten(laad("facturen"), **_tabellen(), **keuze).loc[jaar, later])


def _cohort_gedeeld_door_jaar_1() -> float:
    tabel = cohorten(laad("facturen"), waarde="aantal", **_tabellen())
    return float(tabel.loc[2022, 2] / tabel.loc[2022, 1])


# 2.9
def _stil_vertrokken() -> int:
    tabel = verloren_klanten(laad("facturen"), 2025, opzeggingen=laad("opzeggingen"), **_tabellen())
    return int((tabel["reden"] == "stil vertrokken").sum())


def _verloren_2025() -> int:
    return len(verloren_klanten(laad("facturen"), 2025, **_tabellen()))


def _stil_vertrokken_anders(jaar: int = 2025, maanden: int = 12) -> int:
    tabel = verloren_klanten(laad("facturen"), jaar, opzeggingen=laad("opzeggingen"), ex_na_maanden=maanden,
                             **_tabellen())
    return int((tabel["reden"] == "stil vertrokken").sum())


def _opzeggingen_2025() -> int:
    opzeggingen = laad("opzeggingen")
    return int((opzeggingen["datum"].dt.year == 2025).sum())


# 2.13
def grootste_vertrekreden() -> str:
    """De reden die klanten in 2025 het vaakst gaven om op te zeggen (op de actieve dataset)."""
    redenen = vertrekredenen(laad("opzeggingen"), jaren=2025)
    van_klant = redenen[redenen["door"] == "klant"]
    return str(van_klant.iloc[0]["reden"])


def grootste_vertrekredenen() -> list[str]:
    """Alle redenen die in 2025 het vaakst door klanten gegeven werden (meer dan één bij gelijkspel)."""
    redenen = vertrekredenen(laad("opzeggingen"), jaren=2025)
    van_klant = redenen[redenen["door"] == "klant"]
    return [str(r) for r in van_klant.loc[van_klant["aantal"] == van_klant["aantal"].max(), "reden"]]


# Hoe een student een reden kan noemen (een deel van een woord telt ook, zie OpenVraag).
WOORDEN_PER_REDEN = {
    "prijs": ["prijs", "prijz", "te duur", "duurder", "goedkop", "tarief", "tarieven"],
    "kwaliteit": ["kwaliteit", "defect", "kapot", "slechte producten"],
    "service": ["service", "klantenservice", "dienstverlening", "support"],
    "andere leverancier": ["andere leverancier", "concurrent", "overgestapt", "overstap"],
    "levertijd": ["levertijd", "levering", "te laat geleverd", "leveren", "leverde"],
    "overname": ["overname", "overgenomen"],
    "faillissement": ["faillis", "failliet"],
    "verhuizing": ["verhuiz", "verhuisd"],
}


def _modelzin_2_13() -> str:
    redenen = grootste_vertrekredenen()
    if redenen == ["prijs"]:
        return ""
    genoemd = " en ".join(f"\"{r}\"" for r in redenen)
    return (f"In jouw data zeggen de meeste klanten op om {genoemd}. Het modelantwoord hieronder gaat over de "
            "prijs; bij jouw reden werkt het net zo: noem de reden, één concrete actie en waarom die helpt.")


def _kern_2_13():
    redenen = grootste_vertrekredenen()
    stammen = [w for reden in redenen for w in WOORDEN_PER_REDEN.get(reden, [reden.split()[0][:6]])]
    genoemd = " of ".join(f"\"{r}\"" for r in redenen)
    return [
        (stammen, f"de grootste reden van vertrek in jouw data ({genoemd})"),
        (["actie", "aanbied", "bellen", "belt", "gesprek", "bezoek", "afspra", "korting", "voorstel", "aanpak",
          "contract", "prijs", "aanbod", "service", "verbeter", "check", "evalu", "accountmanager", "persoonlijk",
          "signaal", "waarschuw", "sneller", "levertijd"], "wat je concreet gaat doen (een actie)"),
        (["omdat", "zodat", "daardoor", "want", "waardoor", "helpt", "voorkom"], "waarom je actie zou helpen "
                                                                                  "(gebruik bijvoorbeeld 'omdat')"),
    ]


# ---------------------------------------------------------------------------
# De oefeningen
# ---------------------------------------------------------------------------

OEFENINGEN = [
    Getal(
        id="2.1",
        variabele="nieuwe_klanten",
        vraag=("Hoeveel bedrijven zijn op 31-12-2025 een **nieuwe klant**? Gebruik de standaard van de les: "
               "niveau bedrijf, ex-klant na 24 maanden zonder aankoop, nieuw als de relatie in de laatste 12 "
               "maanden begon. Geef een geheel aantal."),
        referentie=_nieuw_2025,
        fouten=[
            Fout("Je telt alleen bedrijven die voor het allereerst kochten. Een teruggewonnen klant begint ook een "
                 "nieuwe relatie en is dus ook nieuw.", _nieuw_zonder_terugwinst),
            Fout("Je rekent met een venster van 12 maanden. De vraag gebruikt de standaard van de les: 24 maanden.",
                 lambda: _aantal(_fasen(ex_na_maanden=12), "nieuw")),
            Fout("Dit zijn alle klanten (nieuw én loyaal). Tel alleen de rijen met fase \"nieuw\".",
                 lambda: _aantal(_fasen(), "nieuw", "loyaal")),
            Fout("Dit is het aantal rijen van de hele tabel: ook potentiële klanten en ex-klanten. Kies eerst de "
                 "rijen met fase \"nieuw\".", lambda: len(_fasen())),
            Fout("Dit zijn de loyale klanten. Gevraagd zijn de nieuwe.", lambda: _aantal(_fasen(), "loyaal")),
            Fout("Je telt per vestiging. De vraag is per bedrijf (KvK-nummer): de standaard van `klantfasen`, dus "
                 "zonder `niveau=`.", lambda: _nieuw_anders(niveau="vestiging")),
            Fout("Je telt per concern. De vraag is per bedrijf (KvK-nummer): de standaard van `klantfasen`, dus "
                 "zonder `niveau=`.", lambda: _nieuw_anders(niveau="concern")),
            Fout("Je telt de contracten mee (`contracten=`). De vraag gaat alleen over de facturen.",
                 lambda: _nieuw_anders(contracten=laad("contracten"))),
        ],
        hints=[
            "`fasen = klantfasen(facturen, \"2025-12-31\", bedrijven=bedrijven)` geeft één rij per bedrijf met een "
            "kolom `fase`.",
            "Tel de rijen waar de fase \"nieuw\" is: `(fasen[\"fase\"] == \"nieuw\").sum()`.",
        ],
        oplossing=('fasen = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven)\n'
                   'nieuwe_klanten = (fasen["fase"] == "nieuw").sum()'),
    ),
    FaseFunctie(
        id="2.2",
        functie="fase",
        vraag=("Schrijf de functie `fase(eerste_aankoop, laatste_aankoop, peildatum)` voor een bedrijf dat nooit "
               "een pauze had. Geef \"potentieel\" als er geen aankoop is (`None`), \"ex-klant\" als de laatste "
               "aankoop 24 maanden of langer voor de peildatum was, \"nieuw\" als de eerste aankoop minder dan 12 "
               "maanden voor de peildatum was, en anders \"loyaal\". De datums zijn `pd.Timestamp`s."),
        gevallen=GEVALLEN_2_2,
        referentie=fase_model,
        ex_regels=EX_REGELS_2_2,
        nieuw_regels=NIEUW_REGELS_2_2,
        ex_algemeen=("Kijk nog eens naar de regel voor ex-klant: dat is een bedrijf waarvan de laatste aankoop op of "
                     "vóór `peildatum - pd.DateOffset(months=24)` ligt."),
        nieuw_algemeen=("Kijk nog eens naar de regel voor nieuw: een klant is nieuw als de eerste aankoop ná "
                        "`peildatum - pd.DateOffset(months=12)` ligt, en anders loyaal."),
        hints=[
            "Begin met het geval zonder aankoop: `if eerste_aankoop is None: return \"potentieel\"`.",
            "De grens voor ex-klant is `peildatum - pd.DateOffset(months=24)`. Ligt de laatste aankoop op of vóór die "
            "grens (`<=`), dan is het een ex-klant.",
            "Daarna: `if eerste_aankoop > peildatum - pd.DateOffset(months=12): return \"nieuw\"`, en anders "
            "\"loyaal\".",
        ],
        oplossing=(
            "def fase(eerste_aankoop, laatste_aankoop, peildatum):\n"
            "    if eerste_aankoop is None:\n"
            "        return \"potentieel\"\n"
            "    if laatste_aankoop <= peildatum - pd.DateOffset(months=24):\n"
            "        return \"ex-klant\"\n"
            "    if eerste_aankoop > peildatum - pd.DateOffset(months=12):\n"
            "        return \"nieuw\"\n"
            "    return \"loyaal\""
        ),
    ),
    Getal(
        id="2.3",
        variabele="andere_fase",
        vraag=("Finance wil ex-klant al na **12** maanden zonder aankoop, in plaats van 24. Hoeveel bedrijven staan "
               "op 31-12-2025 dan in een **andere fase** dan met 24 maanden? Geef een geheel aantal."),
        referentie=_veranderd_door_venster,
        tabel_uitleg=_kruistabel_2_3,
        fouten=[
            Fout("Je vergelijkt alleen het aantal ex-klanten (of klanten). Maar ook tussen nieuw en loyaal schuiven "
                 "bedrijven: wie een pauze van meer dan 12 maanden had, begint opnieuw als nieuwe klant. Vergelijk "
                 "per bedrijf of de fase anders is.", _verschil_ex_klanten),
            Fout("Je telt alleen de bedrijven die van loyaal naar ex-klant gaan. Ook andere bedrijven veranderen "
                 "van fase (bijvoorbeeld van loyaal naar nieuw). Vergelijk per bedrijf of de fase anders is.",
                 lambda: _vak_2_3("loyaal", "ex-klant")),
            Fout("Je telt alleen de bedrijven die van loyaal naar nieuw gaan. Ook andere bedrijven veranderen van "
                 "fase (bijvoorbeeld van loyaal naar ex-klant). Vergelijk per bedrijf of de fase anders is.",
                 lambda: _vak_2_3("loyaal", "nieuw")),
            Fout("Je telt de bedrijven met dezelfde fase. Gevraagd zijn de bedrijven met een andere fase: gebruik "
                 "`!=` in plaats van `==`.", _zelfde_fase),
            Fout("Je twee tabellen geven dezelfde fasen. Heb je bij de tweede `ex_na_maanden=12` gezet? "
                 "(`nieuw_maanden` is iets anders: hoe lang een klant nieuw heet.)", _nieuw_maanden_i_p_v_ex),
        ],
        hints=[
            "Maak twee tabellen met `klantfasen`: één met `ex_na_maanden=24` en één met `ex_na_maanden=12`.",
            "Beide tabellen hebben dezelfde bedrijven in dezelfde volgorde. Vergelijk de kolommen `fase` rij voor "
            "rij met `!=` en tel de True's met `.sum()`.",
        ],
        oplossing=(
            'fasen_24 = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=24)\n'
            'fasen_12 = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
            'andere_fase = (fasen_24["fase"] != fasen_12["fase"]).sum()'
        ),
    ),
    Getal(
        id="2.4",
        variabele="contract_zonder_klant",
        vraag=("Soms heeft een bedrijf een lopend contract, maar neemt het niets meer af. Gebruik een venster van "
               "12 maanden (`ex_na_maanden=12`). Hoeveel bedrijven hebben op 31-12-2025 een **lopend contract**, "
               "maar zijn volgens de facturen (dus zonder `contracten=`) **geen klant**: potentieel of ex-klant? "
               "Geef een geheel aantal."),
        referentie=_contract_maar_geen_klant,
        fouten=[
            Fout("Je telt maar één van de twee groepen. Tel zowel de ex-klanten (contract, maar een jaar geen "
                 "aankoop) als de potentiële klanten (contract, maar nooit een factuur).",
                 lambda: _contract_maar_geen_klant("ex-klant")),
            Fout("Je telt maar één van de twee groepen. Tel zowel de ex-klanten (contract, maar een jaar geen "
                 "aankoop) als de potentiële klanten (contract, maar nooit een factuur).",
                 lambda: _contract_maar_geen_klant("potentieel")),
            Fout("Je rekent met een venster van 24 maanden. De vraag gebruikt 12 maanden.",
                 lambda: _contract_maar_geen_klant(maanden=24)),
            Fout("Dit zijn alle bedrijven met een lopend contract. Tel alleen wie volgens de facturen geen klant is "
                 "(potentieel of ex-klant).", _alle_lopende_contracten),
            Fout("Dit is het aantal lopende contracten, niet het aantal bedrijven, en je kijkt nog niet naar de fase.",
                 _lopend_contract_regels),
            Fout("Je kijkt naar de fase in de tabel mét contracten. Daarin is iedereen met een lopend contract klant. "
                 "Neem de fase uit de tabel zónder contracten, en `lopend_contract` uit de tabel met contracten.",
                 _fase_met_contracten),
        ],
        hints=[
            "Maak twee tabellen met `ex_na_maanden=12`: `zonder = klantfasen(facturen, \"2025-12-31\", "
            "bedrijven=bedrijven, ex_na_maanden=12)` en `met` met daarbij ook `contracten=contracten`. De tweede "
            "heeft een kolom `lopend_contract`.",
            "Beide tabellen hebben dezelfde bedrijven in dezelfde volgorde. Combineer twee voorwaarden met `&`: de "
            "fase zonder contracten is potentieel of ex-klant (`.isin([...])`) én `lopend_contract` is True.",
        ],
        oplossing=(
            'zonder = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
            'met = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12, contracten=contracten)\n'
            'contract_zonder_klant = (zonder["fase"].isin(["potentieel", "ex-klant"]) & met["lopend_contract"]).sum()'
        ),
    ),
    Getal(
        id="2.5",
        variabele="teruggewonnen",
        vraag=("Hoeveel bedrijven werden in 2025 **teruggewonnen**: eind 2024 ex-klant, eind 2025 weer klant (nieuw "
               "of loyaal)? Standaard van de les (24 maanden). Geef een geheel aantal."),
        referentie=_teruggewonnen_2025,
        fouten=[
            Fout("Dit zijn de gewonnen klanten die eind 2024 potentieel (of nog onbekend) waren. Teruggewonnen zijn "
                 "de ex-klanten die weer klant werden: de rij \"ex-klant\".", _gewonnen_2025),
            Fout("Je telt alle klanten met `teruggewonnen == True` eind 2025. Daar zitten ook klanten bij die al in "
                 "een eerder jaar terugkwamen. Kijk naar de overgangen van eind 2024 naar eind 2025.",
                 _teruggewonnen_kolom),
            Fout("Je telt alle bedrijven met `teruggewonnen == True` eind 2025, ook ex-klanten en klanten die al in "
                 "een eerder jaar terugkwamen. Kijk naar de overgangen van eind 2024 naar eind 2025.",
                 _teruggewonnen_alle),
            Fout("Je telt alle nieuwe klanten die al eens klant waren. Daar zitten ook bedrijven bij die eind 2024 "
                 "nog loyaal waren (loyaal → nieuw): die waren toen geen ex-klant. Neem de rij \"ex-klant\" van "
                 "`fase_overgangen`.", _nieuw_en_teruggewonnen),
            Fout("Dit zijn de klanten die eind 2025 ex-klant werden: de verloren klanten. Teruggewonnen is andersom: "
                 "de rij \"ex-klant\" en de kolommen \"nieuw\" en \"loyaal\".", _verloren_2025_24),
            Fout("Dit getal hoort bij een venster van 12 maanden (zoals in `klantbehoud`). De vraag gebruikt 24 "
                 "maanden: gebruik `fase_overgangen` met de standaard.", _teruggewonnen_12),
        ],
        hints=[
            "`fase_overgangen(facturen, 2024, bedrijven=bedrijven)` geeft een tabel: rijen = fase eind 2024, "
            "kolommen = fase eind 2025.",
            "Kies de rij \"ex-klant\" en de kolommen \"nieuw\" en \"loyaal\" met `.loc[...]`, en tel ze op.",
        ],
        oplossing=('overgangen = fase_overgangen(facturen, 2024, bedrijven=bedrijven)\n'
                   'teruggewonnen = overgangen.loc["ex-klant", ["nieuw", "loyaal"]].sum()'),
    ),
    Getal(
        id="2.6",
        variabele="verloop_2025",
        vraag=("Wat was het **klantverloop** in 2025: welk deel van de klanten van eind 2024 was eind 2025 "
               "ex-klant? Gebruik `klantbehoud` met het venster van 12 maanden (de standaard van die functie). Geef "
               "een deel (zoals 0.25 voor 25 %), tot op 0.001 nauwkeurig."),
        referentie=_verloop_2025,
        precisie=0.001,
        deel=True,
        fouten=[
            Fout("Dit is het klantbehoud: het deel dat bleef. Gevraagd is het deel dat vertrok (verloop).",
                 lambda: float(_behoud_2025()["behoud"])),
            Fout("Je rekent met een venster van 24 maanden. Met 24 maanden zie je vertrek pas een jaar later; de "
                 "vraag gebruikt 12 maanden.", lambda: float(_behoud_2025(24)["verloop"])),
            Fout("Je deelt door het aantal klanten aan het eind van het jaar. Het verloop deel je door de klanten "
                 "aan het begin (eind 2024).",
                 lambda: float(_behoud_2025()["verloren"] / _behoud_2025()["klanten_eind"])),
            Fout("Dit is het verloop van 2024, niet van 2025.",
                 lambda: float(klantbehoud(laad("facturen"), [2024], **_tabellen()).loc[2024, "verloop"])),
            Fout("Dit is het verloop over alle jaren samen. Gevraagd is alleen 2025: de rij 2025.",
                 _verloop_alle_jaren),
            Fout("Dit is het gemiddelde verloop van alle jaren. Gevraagd is alleen 2025: de rij 2025.",
                 _verloop_gemiddeld),
        ],
        hints=[
            "`klantbehoud(facturen, bedrijven=bedrijven)` geeft per jaar de kolommen `klanten_begin`, `verloren` en "
            "`verloop`.",
            "Kies de rij van 2025 en de kolom `verloop`: `behoud.loc[2025, \"verloop\"]`.",
        ],
        oplossing=('behoud = klantbehoud(facturen, bedrijven=bedrijven)\n'
                   'verloop_2025 = behoud.loc[2025, "verloop"]'),
    ),
    Getal(
        id="2.7",
        variabele="cohort_2022",
        vraag=("Welk deel van de bedrijven die in **2022** voor het eerst kochten, was **twee jaar later** (eind "
               "2024) nog klant? Gebruik `cohorten`. Geef een deel, tot op 0.001 nauwkeurig."),
        referentie=lambda: _cohort(2022, 2),
        precisie=0.001,
        deel=True,
        leeg_uitleg=("Je antwoord is leeg (NaN). In de tabel van `cohorten` is een vak leeg als dat cohort nog niet "
                     "zo lang bestaat. Kies rij 2022 (het cohort) en kolom 2 (twee jaar later)."),
        fouten=[
            Fout("Dit is het deel na één jaar (eind 2023). Gevraagd is twee jaar later: kolom 2.",
                 lambda: _cohort(2022, 1)),
            Fout("Dit is het deel na drie jaar (eind 2025). Gevraagd is twee jaar later: kolom 2.",
                 lambda: _cohort(2022, 3)),
            Fout("Dit is een ander cohort: kies de rij 2022.", lambda: _cohort(2021, 2)),
            Fout("Dit is een ander cohort: kies de rij 2022.", lambda: _cohort(2023, 2)),
            Fout("Dit is het deel dat géén klant meer was. Gevraagd is het deel dat nog klant was.",
                 lambda: 1 - _cohort(2022, 2)),
            Fout("Je deelt door het aantal dat na één jaar nog klant was. Deel door de grootte van het cohort "
                 "(kolom 0 bij `waarde=\"aantal\"`), of neem het deel meteen uit de gewone tabel van `cohorten`.",
                 _cohort_gedeeld_door_jaar_1),
            Fout("Je rekent met een venster van 24 maanden. `cohorten` gebruikt standaard 12 maanden; laat "
                 "`ex_na_maanden` weg.", lambda: _cohort(2022, 2, ex_na_maanden=24)),
        ],
        hints=[
            "`cohorten(facturen, bedrijven=bedrijven)` geeft een tabel: rijen = cohort (jaar van de eerste aankoop), "
            "kolommen = jaren later.",
            "Kies rij 2022 en kolom 2: `tabel.loc[2022, 2]` (de kolomnaam is het getal 2, zonder "
            "aanhalingstekens).",
        ],
        oplossing=('tabel = cohorten(facturen, bedrijven=bedrijven)\n'
                   'cohort_2022 = tabel.loc[2022, 2]'),
    ),
    Keuze(
        id="2.8",
        variabele="antwoord_2_8",
        vraag="Wie kan een klantrelatie beëindigen?",
        opties={
            "a": "Alleen de klant: die besluit ergens anders te kopen.",
            "b": "Alleen de leverancier: die kan een klant weigeren.",
            "c": "Zowel de klant als de leverancier.",
            "d": "Niemand: wie ooit kocht, blijft altijd klant.",
        },
        juist="c",
        waarom={
            "a": "ook de leverancier kan stoppen, bijvoorbeeld als een klant niet meer bij het aanbod past of niet "
                 "betaalt. Kijk in `opzeggingen` naar de kolom `door`.",
            "b": "meestal is het juist de klant die weggaat (naar een andere leverancier, door de prijs ...).",
            "d": "een bedrijf dat niet meer koopt, is een ex-klant: de derde fase van de cyclus.",
        },
        hints=["Kijk in de tabel `opzeggingen` welke waarden de kolom `door` heeft."],
        uitleg=("Beide kunnen. Meestal gaat de klant weg, maar ook de leverancier kan stoppen: 'past niet meer bij ons "
                "aanbod', 'betaalachterstand' of 'niet winstgevend'."),
    ),
    Getal(
        id="2.9",
        variabele="stil_vertrokken",
        vraag=("Hoeveel van de klanten die we in 2025 verloren (`verloren_klanten`, venster 12 maanden), vertrokken "
               "**zonder opzegging**: ze bleven gewoon weg? Geef een geheel aantal."),
        referentie=_stil_vertrokken,
        fouten=[
            Fout("Dit zijn alle verloren klanten van 2025. Tel alleen wie geen opzegging heeft (reden \"stil "
                 "vertrokken\").", _verloren_2025),
            Fout("Dit zijn de verloren klanten mét een opzegging. Gevraagd zijn de anderen.",
                 lambda: _verloren_2025() - _stil_vertrokken()),
            Fout("Dit is het aantal opzeggingen in 2025. Kijk naar de verloren klanten en hun reden.",
                 _opzeggingen_2025),
            Fout("Dit is het aantal stil vertrokken klanten van 2024. Gevraagd is 2025: "
                 "`verloren_klanten(facturen, 2025, ...)`.", lambda: _stil_vertrokken_anders(jaar=2024)),
            Fout("Je rekent met een venster van 24 maanden. `verloren_klanten` gebruikt standaard 12 maanden, zoals "
                 "de vraag: laat `ex_na_maanden` weg.", lambda: _stil_vertrokken_anders(maanden=24)),
        ],
        hints=[
            "`verloren_klanten(facturen, 2025, bedrijven=bedrijven, opzeggingen=opzeggingen)` geeft per verloren "
            "klant de kolom `reden`.",
            "Tel de rijen waar `reden` gelijk is aan \"stil vertrokken\".",
        ],
        oplossing=('verloren = verloren_klanten(facturen, 2025, bedrijven=bedrijven, opzeggingen=opzeggingen)\n'
                   'stil_vertrokken = (verloren["reden"] == "stil vertrokken").sum()'),
    ),
    Keuze(
        id="2.10",
        variabele="antwoord_2_10",
        vraag=("In de tabel `waarheid_overnames` staat een bedrijf dat vanaf 1 juli 2023 verdergaat onder een nieuw "
               "KvK-nummer. Tel je per KvK-nummer zonder de overname te volgen (`volg_overnames=False`), dan zie je "
               "eind 2025 één ex-klant (het oude nummer) en één klant die in 2023 nieuw was (het nieuwe nummer). "
               "Wat is er echt gebeurd?"),
        opties={
            "a": "We verloren een klant en wonnen er een nieuwe bij.",
            "b": "Het is dezelfde klant: de relatie liep gewoon door.",
            "c": "De klant is teruggewonnen na een pauze.",
        },
        juist="b",
        waarom={
            "a": "zo ziet het eruit als je alleen naar KvK-nummers kijkt, maar het bedrijf ging gewoon door onder een "
                 "nieuw nummer (zie `vorige_kvk_nummer` in `bedrijven`).",
            "c": "er was geen pauze: het bedrijf bleef kopen, alleen onder een nieuw nummer.",
        },
        hints=["Lees de kolom `toelichting` in `waarheid_overnames`, en kijk in `bedrijven` naar de kolom "
               "`vorige_kvk_nummer`."],
        uitleg=("Bij een overname lijkt het alsof je een klant verliest en een nieuwe wint. Het is dezelfde klant; "
                "daarom volgt `klantfasen` overnames standaard (`volg_overnames=True`)."),
    ),
    Keuze(
        id="2.11",
        variabele="antwoord_2_11",
        vraag=("Een verkoper belt een bedrijf dat nog nooit bij Vermeer kocht, maar wel interesse toonde op een "
               "beurs. Hoe heet dit werk, en bij welke fase hoort het?"),
        opties={
            "a": "Accountmanagement, bij de loyale klant.",
            "b": "New business development, bij de potentiële klant.",
            "c": "Klantbehoud, bij de ex-klant.",
        },
        juist="b",
        waarom={
            "a": "accountmanagement is het onderhouden van relaties met bestaande klanten; dit bedrijf kocht nog niets.",
            "c": "een ex-klant kocht vroeger wel; dit bedrijf kocht nog nooit.",
        },
        hints=["In welke fase zit een bedrijf dat nog nooit kocht?"],
        uitleg=("Relaties leggen met potentiële klanten heet new business development. Bestaande klanten bedienen "
                "heet accountmanagement."),
    ),
    Keuze(
        id="2.12",
        variabele="antwoord_2_12",
        vraag=("Een klant geeft Vermeer een 8 in de klanttevredenheidsenquête. Wat kun je daaruit zeggen over "
               "loyaliteit?"),
        opties={
            "a": "De klant is tevreden, dus hij blijft zeker klant.",
            "b": "Tevreden is nog niet loyaal: om een klant te binden moet je vaak meer doen dan verwachtingen "
                 "waarmaken.",
            "c": "Een 8 betekent dat de klant gaat vertrekken.",
        },
        juist="b",
        waarom={
            "a": "een tevreden klant is nog geen loyale klant; ook tevreden klanten stappen over als een ander meer "
                 "biedt.",
            "c": "een 8 is een goede score; het zegt niet dat de klant weggaat, maar ook niet dat hij blijft.",
        },
        hints=["Denk aan customer delight: wat is meer dan de verwachting waarmaken?"],
        uitleg=("Tevredenheid is een voorwaarde, geen garantie. Door verwachtingen te overtreffen (customer delight) "
                "vergroot je de kans dat een klant loyaal blijft; daarover gaat hoofdstuk 03."),
    ),
    OpenVraag(
        id="2.13",
        variabele="behoudactie",
        vraag=("Bekijk met `vertrekredenen(opzeggingen, jaren=2025)` waarom klanten in 2025 zelf opzegden. Welke "
               "reden komt het vaakst voor? Bedenk één actie die Vermeer volgend jaar doet om zulke klanten te "
               "houden, en leg uit waarom die actie helpt. Schrijf minstens 20 woorden."),
        modelantwoord=(
            "De grootste groep zei op vanwege de prijs. Actie: de accountmanager belt klanten een paar maanden "
            "voor het einde van hun contract en bespreekt het verbruik, zodat we een passend aanbod kunnen doen "
            "(bijvoorbeeld een bundel of een langer contract met korting). Dat helpt omdat de klant dan niet zelf "
            "gaat vergelijken, maar wij het gesprek over de prijs voeren voordat hij weggaat."
        ),
        min_woorden=20,
        kern=_kern_2_13,
        bij_model=_modelzin_2_13,
        hints=[
            "De tabel is gesorteerd van veel naar weinig. Kijk naar de rijen met `door` gelijk aan \"klant\".",
            "Noem de reden, de actie en het woord 'omdat' of 'zodat' met je uitleg.",
        ],
    ),
]
