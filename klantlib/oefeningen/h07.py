"""Hoofdstuk 07: accountmanagement (grote accounts, share of wallet, witte vlekken, DMU, accountplan).

Het werkboek ``solutions/07_accountmanagement_werkboek.ipynb`` hoort hierbij. Alle
referenties rekenen met de actieve dataset (``laad(...)``), dus ook met een
persoonlijke dataset (``seed=``).

De controles hier gaan verder dan de gewone :class:`~klantlib.oefeningen.kern.Waarde`
(issue "feedback die een beginner kan vertrouwen"):

* elke vraag zegt hoe precies het antwoord moet zijn; alles binnen die precisie is goed;
* bekende foute methodes (per bedrijf in plaats van per concern, 12 maanden in plaats van 24,
  factuuradres in plaats van besteller, namen in plaats van KvK-nummers ...) worden herkend,
  uitgerekend op dezelfde data als het goede antwoord, en krijgen hun eigen uitleg;
* veelgemaakte schrijffouten (komma als decimaalteken, tekst met % of €, een duizendtalpunt,
  een Series waar één getal hoort) krijgen één concrete zin;
* een open vraag telt pas als de gevraagde koppen er staan met eigen tekst eronder;
* een fout gekozen letter bij meerkeuze zegt waarom die niet klopt.

Meldingen tonen geen interne namen en geen numpy-weergave.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

from klantlib import accounts
from klantlib.data import EINDDATUM, laad
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
    invoercellen,
    leesbaar_getal,
)

# ---------------------------------------------------------------------------
# Controles met precisie en typische fouten
# ---------------------------------------------------------------------------


@dataclass
class Fout:
    """Een typische fout met eigen uitleg.

    ``waarde``: een functie zonder argumenten die het antwoord van de foute
    methode uitrekent (op de actieve dataset). Of ``test``: een functie die
    het (omgezette) antwoord krijgt en True of een eigen uitleg geeft als het
    deze fout is. ``precisie`` (optioneel) vervangt de precisie van de oefening.
    """

    uitleg: str
    waarde: Callable[[], Any] | None = None
    test: Callable[[Any], Any] | None = None
    precisie: float | None = None


def toon(x: Any) -> str:
    """Een getal of tekst zoals een mens het leest (geen numpy-weergave, Nederlandse komma).

    >>> toon(np.float64(15.0)), toon(0.12345678), toon(np.int64(3)), toon(1234567.5), toon("a")
    ('15', '0,1235', '3', '1234568', 'a')
    """
    return leesbaar_getal(x, komma=True)


def _precies(x: float, ander: float) -> str:
    """``x`` met zoveel decimalen dat het verschil met ``ander`` te zien is (nooit twee gelijke getallen tonen).

    >>> _precies(0.2311, 0.23106), _precies(0.23106, 0.2311), _precies(0.25, 0.2)
    ('0,2311', '0,23106', '0,25')
    """
    x, ander = float(x), float(ander)
    if toon(x) != toon(ander) or x == ander:
        return toon(x)
    for cijfers in range(5, 16):
        tekst, ander_tekst = f"{x:.{cijfers}g}", f"{ander:.{cijfers}g}"
        if tekst != ander_tekst:
            return tekst.replace(".", ",")
    return toon(x)


def _decimalen(x: float) -> int:
    tekst = repr(float(x))
    if "e" in tekst:
        return 10
    return len(tekst.split(".")[1].rstrip("0")) if "." in tekst else 0


# Een duizendtalpunt: "1.234" of "15.756.736" (met eventueel ",50"). "0.404" is geen duizendtal: een
# groep vóór de punt die met 0 begint, is een decimaal getal.
_DUIZEND = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")


def _tekst_als_getal(tekst: str, verwacht: float | None = None) -> tuple[float | None, list[str]]:
    """Lees tekst als '48,6 %', '€ 1.234,50' of '0.486'; geef het getal en wat eraan mankeerde.

    ``verwacht`` helpt bij twijfel: is het goede antwoord kleiner dan 1000, dan is '1.234' eerder
    een decimaal getal dan een duizendtal.

    >>> _tekst_als_getal("0.404")
    (0.404, [])
    >>> _tekst_als_getal("15.756.736")
    (15756736.0, ['zonder punten tussen de duizendtallen'])
    >>> _tekst_als_getal("40,4 %")
    (40.4, ['zonder %-teken', 'met een punt als decimaalteken in plaats van een komma'])
    """
    kaal = tekst.strip()
    opmerkingen = []
    if "%" in kaal:
        opmerkingen.append("zonder %-teken")
        kaal = kaal.replace("%", "")
    if "€" in kaal or kaal.lower().startswith("eur"):
        opmerkingen.append("zonder €-teken")
        kaal = re.sub(r"(?i)€|eur[o]?", "", kaal)
    kaal = kaal.replace(" ", "")
    klein = verwacht is not None and abs(verwacht) < 1000
    if _DUIZEND.match(kaal) and not (klein and "," not in kaal and kaal.count(".") == 1):
        opmerkingen.append("zonder punten tussen de duizendtallen")
        kaal = kaal.replace(".", "")
    if "," in kaal:
        opmerkingen.append("met een punt als decimaalteken in plaats van een komma")
        kaal = kaal.replace(".", "").replace(",", ".")
    try:
        return float(kaal), opmerkingen
    except ValueError:
        return None, opmerkingen


def _als_getal(antwoord, dicht: Callable[[float], bool],
               verwacht: float | None = None) -> tuple[float | None, str | None]:
    """Zet het antwoord om naar één getal, of geef één zin over wat er mis is.

    ``verwacht`` (het goede antwoord) maakt de tip bij tekst concreet: wie '40,4 %' typt waar
    een deel gevraagd is, krijgt als voorbeeld `0.404`, niet `40.4`.
    """
    if isinstance(antwoord, (bool, np.bool_)):
        return None, f"Je antwoord is {bool(antwoord)} (waar/onwaar); verwacht wordt een getal."
    if isinstance(antwoord, (int, float, np.integer, np.floating)):
        return float(antwoord), None
    if isinstance(antwoord, tuple) and len(antwoord) == 2 and all(
            isinstance(x, (int, np.integer)) and not isinstance(x, bool) for x in antwoord):
        voor, na = (int(x) for x in antwoord)
        return None, (f"Python las je komma als scheidingsteken: `{voor},{na}` wordt twee getallen. Gebruik in "
                      f"Python een punt als decimaalteken: `{voor}.{na}`.")
    if isinstance(antwoord, str):
        getal, opmerkingen = _tekst_als_getal(antwoord, verwacht)
        if getal is None:
            return None, (f"Je antwoord is de tekst '{antwoord[:40]}'. Verwacht wordt een getal, zonder "
                          "aanhalingstekens.")
        voorbeeld = getal
        deel = verwacht is not None and verwacht != 0 and abs(verwacht) <= 1
        if deel and abs(getal) > 1 and ("%" in antwoord or dicht(getal / 100)):
            # Een percentage waar een deel gevraagd is: de tip moet meteen het deel zijn.
            voorbeeld = getal / 100
            opmerkingen.append("als deel in plaats van een percentage (dus gedeeld door 100)")
        wat = ", ".join(["zonder aanhalingstekens", *opmerkingen])
        return None, (f"Je antwoord is tekst ('{antwoord[:40]}'). Schrijf alleen het getal, {wat}: bijvoorbeeld "
                      f"`{_als_code(voorbeeld)}`.")
    if isinstance(antwoord, (pd.Series, pd.DataFrame)):
        soort = "Series" if isinstance(antwoord, pd.Series) else "tabel"
        if antwoord.size == 1:
            manier = "`.iloc[0]`" if isinstance(antwoord, pd.Series) else "`.iloc[0, 0]`"
            return None, f"Je antwoord is een {soort} met één waarde. Haal het getal eruit met {manier}."
        if isinstance(antwoord, pd.Series):
            numeriek = pd.to_numeric(antwoord, errors="coerce")
            for label, w in numeriek.items():
                if pd.notna(w) and dicht(float(w)):
                    return None, (f"Het goede getal staat in je Series, bij '{toon(label)}'. Neem alleen die waarde, "
                                  "bijvoorbeeld met `.loc[...]` of `.iloc[...]`.")
        return None, f"Je antwoord is een {soort} met {antwoord.size} waarden; verwacht wordt één getal."
    if isinstance(antwoord, (list, tuple, set, np.ndarray)):
        return None, f"Je antwoord is een lijst met {len(antwoord)} waarden; verwacht wordt één getal."
    if antwoord is None:
        return None, "Je antwoord is None (niets). Geef de variabele een getal."
    return None, f"Verwacht wordt een getal, maar je antwoord is {_soort(antwoord)}."


def _als_code(x: float) -> str:
    """Een getal zoals je het in Python typt (punt als decimaalteken, geen wetenschappelijke notatie).

    >>> _als_code(0.40391), _als_code(15756735.7), _als_code(40.0)
    ('0.4039', '15756736', '40')
    """
    return toon(x).replace(",", ".")


_LESANTWOORD = ("Dit is het antwoord bij de standaarddataset uit de les. Jij werkt met je eigen dataset "
                "(een seed in de eerste cel): reken het uit met jouw tabellen en neem geen getallen of namen uit "
                "de les over.")

_TUSSENVOEGSELS = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du"}


def _bedoel_je(naam: str, kandidaten) -> str | None:
    """Een zin als een naam bijna, maar niet precies, in de tabel staat (afgekort of met een tikfout).

    >>> _bedoel_je("Van Landen", ["Van Landen Groep", "De Wit Groep"])
    "'Van Landen' staat niet zo in de tabel. Bedoel je 'Van Landen Groep'? Schrijf de naam precies zoals in de tabel (kopiëren mag)."
    >>> _bedoel_je("Van", ["Van Landen Groep", "Van Es Groep"]) is None
    True
    """
    kaal = naam.strip()
    n = kaal.casefold()
    if len(n) < 3 or n in _TUSSENVOEGSELS:
        return None
    lijst = sorted({str(k) for k in kandidaten if isinstance(k, str)})
    if any(k.casefold() == n for k in lijst):
        return None
    passend = [k for k in lijst if re.search(rf"(^|\s){re.escape(n)}(\s|$)", k.casefold())]
    if not passend or len(passend) > 3:
        passend = difflib.get_close_matches(kaal, lijst, n=1, cutoff=0.85)
    if not passend:
        return None
    keuzes = " of ".join(f"'{k}'" for k in passend)
    return (f"'{kaal}' staat niet zo in de tabel. Bedoel je {keuzes}? Schrijf de naam precies zoals in de "
            "tabel (kopiëren mag).")


class _Controle(Waarde):
    """Gemeenschappelijk: lege antwoorden, referentie (met cache) en foute methodes (met cache)."""

    fouten: list

    def _fout(self, tekst: str):
        return self._uitslag(FOUT, f"`{self.variabele}`: {tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def _begin(self, namespace, cache):
        if self.variabele not in namespace:
            return None, self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return None, self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = _verwachte_waarde(self, cache)
        except Exception as fout:  # noqa: BLE001
            return None, self._uitslag(FOUT, "Er ging iets mis in klantlib bij het uitrekenen van het juiste "
                                             f"antwoord ({_foutzin(fout)}). Dit ligt niet aan jou: meld het aan je "
                                             "docent.")
        return (antwoord, verwacht), None

    def _foutwaarde(self, i: int, fout: Fout, cache):
        sleutel = (self.id, "fout", i, _actieve_seed())
        if cache is not None and sleutel in cache:
            return cache[sleutel]
        try:
            waarde = fout.waarde()
        except Exception:  # noqa: BLE001 - een foute methode die niet te berekenen is, telt niet
            waarde = None
        if cache is not None:
            cache[sleutel] = waarde
        return waarde

    def _standaard(self, cache, functie=None, soort: str = "standaard"):
        """``functie()`` (standaard: de referentie) op de standaarddataset, die van de les.

        Alleen als de leerling een eigen dataset heeft; anders None. Zo herkennen we een getal of
        naam die uit de les is overgenomen.
        """
        seed = _actieve_seed()
        if seed is None:
            return None
        sleutel = (self.id, soort)
        if cache is not None and sleutel in cache:
            return cache[sleutel]
        from klantlib import data

        try:
            data.kies_dataset(None)
            waarde = (functie or self.referentie)()
        except Exception:  # noqa: BLE001 - dan herkennen we het lesantwoord gewoon niet
            waarde = None
        finally:
            data.kies_dataset(seed)
        if cache is not None:
            cache[sleutel] = waarde
        return waarde

    def _uit_de_les(self, namen: set, cache) -> bool:
        """Komen alle gegeven namen uit de standaarddataset en geen enkele uit de eigen dataset?"""
        namenlijst = getattr(self, "namenlijst", None)
        if not namen or namenlijst is None or _actieve_seed() is None:
            return False
        try:
            eigen = {str(n).casefold() for n in namenlijst()}
        except Exception:  # noqa: BLE001
            return False
        les = self._standaard(cache, namenlijst, "standaard-namen")
        if not les:
            return False
        les = {str(n).casefold() for n in les}
        return all(n.casefold() in les and n.casefold() not in eigen for n in namen)

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


_RONDING = {1: "tientallen", 2: "honderdtallen", 3: "duizenden", 4: "tienduizenden", 5: "honderdduizenden",
            6: "miljoenen"}


class Getal(_Controle):
    """Eén getal als antwoord, met een vaste precisie (0 = precies, voor aantallen)."""

    def __init__(self, id, variabele, vraag, referentie, *, precisie: float = 0.0, fouten=(), hints=(),
                 oplossing=""):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing)
        self.precisie, self.fouten = float(precisie), list(fouten)

    def _dicht(self, a: float, v: float, precisie: float | None = None) -> bool:
        p = self.precisie if precisie is None else precisie
        return abs(a - v) <= p + 1e-9 * max(1.0, abs(v))

    def controleer(self, namespace: dict, cache: dict | None = None):
        begin, uitslag = self._begin(namespace, cache)
        if uitslag:
            return uitslag
        antwoord, verwacht = begin
        verwacht = float(verwacht)
        a, melding = _als_getal(antwoord, lambda w: self._dicht(w, verwacht), verwacht)
        if melding:
            return self._fout(melding)
        if math.isnan(a):
            return self._fout("Je antwoord is NaN (geen getal). Zitten er lege waarden in je berekening?")
        if self._dicht(a, verwacht):
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        for i, fout in enumerate(self.fouten):
            if fout.waarde is not None:
                w = self._foutwaarde(i, fout, cache)
                if w is not None and not self._dicht(float(w), verwacht, fout.precisie) and self._dicht(
                        a, float(w), fout.precisie):
                    return self._fout(fout.uitleg)
            elif fout.test is not None:
                uitkomst = fout.test(a)
                if uitkomst:
                    return self._fout(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        standaard = self._standaard(cache)
        if standaard is not None and not self._dicht(float(standaard), verwacht) and self._dicht(a, float(standaard)):
            return self._fout(_LESANTWOORD)
        return self._fout(self._algemeen(a, verwacht))

    def _algemeen(self, a: float, v: float) -> str:
        if v > 0 and a < 0 and self._dicht(-a, v):
            return ("Je getal is negatief, maar verder goed: je trok in de verkeerde volgorde af. Trek het kleinere "
                    "getal van het grotere af.")
        if abs(v) >= 100_000 and a != 0 and abs(a * 1_000_000 - v) <= 0.005 * abs(v):
            return "Je antwoord lijkt in miljoenen euro's. Geef het bedrag in hele euro's, zoals `15756736`."
        if self.precisie >= 0.5 and abs(v) >= 10 and float(a).is_integer():
            for k in range(6, 0, -1):
                if a == round(v, -k) and abs(a - v) > self.precisie:
                    return (f"Je rondde af op {_RONDING[k]}. Zo grof mag niet: hele euro's zijn precies genoeg "
                            "(of rond helemaal niet af).")
        if v != 0 and abs(v) <= 1 and self._dicht(a / 100, v):
            return "Je antwoord is 100 keer te groot. Gaf je een percentage? Gevraagd is een deel (zoals 0.25 voor 25 %)."
        if v != 0 and self._dicht(a * 100, v):
            return "Je antwoord is 100 keer te klein. Gevraagd is een percentage (zoals 25 voor 25 %)."
        if abs(v) >= 1000 and not float(a).is_integer() and self._dicht(a * 1000, v, max(self.precisie, 1.0) * 1000):
            return ("Python leest een punt als decimaalteken, dus je getal is 1000 keer te klein. Schrijf grote "
                    "getallen zonder punt tussen de duizendtallen.")
        if self.precisie > 0:
            d = _decimalen(a)
            if d < 10 and round(v, d) == round(a, d):
                nauwkeurig = toon(self.precisie)
                return (f"Je hebt te grof afgerond. Geef het antwoord op {nauwkeurig} nauwkeurig, of rond helemaal "
                        "niet af.")
        return "Je getal is te hoog." if a > v else "Je getal is te laag."


def _als_namen(antwoord, wat: str = "namen", kolom: str = "naam",
               dubbel_mag: bool = False) -> tuple[set | None, str | None]:
    """Zet het antwoord om naar een set teksten, of geef één zin over wat er mis is.

    ``wat``: hoe de vraag de waarden noemt ("namen", "KvK-nummers"); ``kolom``: waar ze staan.
    ``dubbel_mag``: dezelfde waarde twee keer is goed (bij ``.tolist()`` op een tabel met meer rijen per naam).
    """
    if isinstance(antwoord, str):
        return None, (f"Je antwoord is één tekst. Gevraagd is een lijst met {wat} (het kunnen er ook meer zijn): "
                      f"zet ze tussen vierkante haken, elk tussen aanhalingstekens, `[\"...\", \"...\"]`, of gebruik "
                      "`.tolist()`.")
    if isinstance(antwoord, pd.DataFrame):
        return None, (f"Je antwoord is een hele tabel. Kies de kolom met de {wat} (`[\"{kolom}\"]`) en maak er een "
                      "lijst van met `.tolist()`.")
    if isinstance(antwoord, (pd.Series, pd.Index, np.ndarray)) or type(antwoord).__name__.endswith("Array"):
        antwoord = list(antwoord)
    if isinstance(antwoord, dict):
        return None, f"Je antwoord is een woordenboek (dict). Geef de {wat} als lijst."
    if isinstance(antwoord, (int, float, np.integer, np.floating)) and not isinstance(antwoord, (bool, np.bool_)):
        return None, (f"Je gaf één getal ({toon(antwoord)}). Gevraagd is een lijst met de {wat} zelf: "
                      f"`tabel[\"{kolom}\"].tolist()`.")
    if not isinstance(antwoord, (list, tuple, set, frozenset)):
        return None, f"Verwacht wordt een lijst met {wat}, maar je antwoord is {_soort(antwoord)}."
    lijst = list(antwoord)
    getallen = [x for x in lijst if isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, bool)]
    if getallen:
        return None, (f"'{toon(getallen[0])}' is een getal. Nummers en namen zijn tekst in de data: zet ze tussen "
                      "aanhalingstekens, of neem ze direct uit de tabel met `.tolist()`.")
    niet_tekst = [x for x in lijst if not isinstance(x, str)]
    if niet_tekst:
        return None, f"Elke waarde moet tekst zijn; '{toon(niet_tekst[0])}' is dat niet."
    dubbel = sorted({x for x in lijst if lijst.count(x) > 1})
    if dubbel and not dubbel_mag:
        return None, f"'{dubbel[0]}' staat er dubbel in; elke waarde hoort er maar één keer in."
    return set(lijst), None


class Namen(_Controle):
    """Een verzameling teksten (namen of KvK-nummers) als antwoord; de volgorde maakt niet uit.

    ``uitleg_te_veel`` / ``uitleg_ontbreekt``: functie (waarde → uitleg of None).
    ``fouten``: Fout met ``waarde`` (een verzameling van de foute methode) of ``test`` (krijgt de set).
    ``uitleg_leeg``: de uitleg bij een lege lijst (als het goede antwoord niet leeg is).
    ``namenlijst``: functie die alle namen geeft die een leerling bedoeld kan hebben (voor "Bedoel je ...?").
    ``wat``/``kolom``/``dubbel_mag``: zie :func:`_als_namen`.
    ``broncontrole``: functie (alle uitgevoerde cellen, uit ``In``) → uitleg of None. Voor een foute methode die
    op sommige datasets toevallig dezelfde lijst geeft: dan zegt de code het, niet de uitkomst.
    """

    def __init__(self, id, variabele, vraag, referentie, *, uitleg_te_veel=None, uitleg_ontbreekt=None,
                 fouten=(), hints=(), oplossing="", uitleg_leeg=None, namenlijst=None, wat="namen", kolom="naam",
                 dubbel_mag=False, broncontrole=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing, volgorde=False)
        self.uitleg_te_veel, self.uitleg_ontbreekt, self.fouten = uitleg_te_veel, uitleg_ontbreekt, list(fouten)
        self.uitleg_leeg, self.namenlijst = uitleg_leeg, namenlijst
        self.wat, self.kolom, self.dubbel_mag = wat, kolom, dubbel_mag
        self.broncontrole = broncontrole

    def _bron_zegt(self, namespace: dict) -> str | None:
        cellen = invoercellen(namespace)
        if self.broncontrole is None or not cellen:
            return None  # buiten een notebook (geen invoergeschiedenis): alleen de uitkomst telt
        try:
            return self.broncontrole(cellen)
        except Exception:  # noqa: BLE001 - de broncontrole mag de controle nooit laten vastlopen
            return None

    def controleer(self, namespace: dict, cache: dict | None = None):
        begin, uitslag = self._begin(namespace, cache)
        if uitslag:
            return uitslag
        antwoord, verwacht = begin
        verwacht = {str(x) for x in verwacht}
        namen, melding = _als_namen(antwoord, self.wat, self.kolom, self.dubbel_mag)
        if melding:
            return self._fout(melding)
        namen = {n.strip() for n in namen}
        if {n.casefold() for n in namen} == {n.casefold() for n in verwacht}:
            zin = self._bron_zegt(namespace)
            if zin:
                return self._fout(zin)
        if namen == verwacht:
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        if {n.casefold() for n in namen} == {n.casefold() for n in verwacht}:
            return self._uitslag(GOED, f"`{self.variabele}` klopt (let wel op hoofdletters: schrijf namen zoals in "
                                       "de tabel).")
        if not namen and verwacht and self.uitleg_leeg:
            return self._fout(self.uitleg_leeg)
        for i, fout in enumerate(self.fouten):
            if fout.waarde is not None:
                w = self._foutwaarde(i, fout, cache)
                if w is not None and {str(x) for x in w} != verwacht and namen == {str(x) for x in w}:
                    return self._fout(fout.uitleg)
            elif fout.test is not None:
                uitkomst = fout.test(namen)
                if uitkomst:
                    return self._fout(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        standaard = self._standaard(cache)
        if standaard is not None and {str(x) for x in standaard} != verwacht and namen == {
                str(x) for x in standaard}:
            return self._fout(_LESANTWOORD)
        te_veel, ontbreekt = sorted(namen - verwacht), sorted(verwacht - namen)
        if self._uit_de_les(set(te_veel), cache):
            return self._fout(_LESANTWOORD)
        if te_veel:
            kandidaten = set(verwacht)
            if self.namenlijst is not None:
                try:
                    kandidaten |= {str(k) for k in self.namenlijst()}
                except Exception:  # noqa: BLE001 - zonder namenlijst gewoon geen suggestie
                    pass
            for naam in te_veel:
                suggestie = _bedoel_je(naam, kandidaten)
                if suggestie:
                    return self._fout(suggestie)
        for naam in te_veel:
            uitleg = self.uitleg_te_veel(naam) if self.uitleg_te_veel else None
            if uitleg:
                return self._fout(uitleg)
        if te_veel:
            return self._fout(f"'{te_veel[0]}' hoort er niet bij.")
        for naam in ontbreekt:
            uitleg = self.uitleg_ontbreekt(naam) if self.uitleg_ontbreekt else None
            if uitleg:
                return self._fout(uitleg)
        aantal = len(ontbreekt)
        return self._fout("Er ontbreekt nog één waarde." if aantal == 1 else f"Er ontbreken nog {aantal} waarden.")


class Tekst(_Controle):
    """Eén tekst (een naam) als antwoord; hoofdletters en spaties aan de randen tellen niet.

    Past een antwoord bij meer foute methodes tegelijk (dat kan: op een dataset kan één account zowel de
    laagste marge in euro's als het hoogste margepercentage hebben), dan geeft ``samen`` (als die er is)
    één uitleg die bij alle past; anders de uitleg van de eerste. Zo krijgt niemand twee tips die elkaar
    tegenspreken. ``namenlijst``: zie :class:`Namen`.
    """

    def __init__(self, id, variabele, vraag, referentie, *, fouten=(), hints=(), oplossing="", samen=None,
                 namenlijst=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing)
        self.fouten, self.samen, self.namenlijst = list(fouten), samen, namenlijst

    def controleer(self, namespace: dict, cache: dict | None = None):
        begin, uitslag = self._begin(namespace, cache)
        if uitslag:
            return uitslag
        antwoord, verwacht = begin
        if isinstance(antwoord, (pd.Series, pd.Index, list, tuple, np.ndarray)) and len(antwoord) == 1:
            return self._fout("Je antwoord is een lijst of Series met één naam. Haal de naam eruit, bijvoorbeeld "
                              "met `.iloc[0]` of `[0]`.")
        if isinstance(antwoord, (pd.Series, pd.DataFrame, list, tuple, set, np.ndarray)):
            return self._fout("Verwacht wordt één naam (tekst), maar je antwoord bevat meer waarden.")
        if isinstance(antwoord, (int, np.integer)) and not isinstance(antwoord, (bool, np.bool_)):
            return self._fout(f"Je antwoord is een getal ({toon(antwoord)}), geen naam. Is het een rijlabel, "
                              "bijvoorbeeld van `.idxmin()` of `.idxmax()`? Haal dan de naam op met "
                              "`tabel.loc[label, \"naam\"]`.")
        if not isinstance(antwoord, str):
            return self._fout(f"Verwacht wordt een naam als tekst, maar je antwoord is {toon(antwoord)}.")
        if antwoord.strip().casefold() == str(verwacht).strip().casefold():
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        uitleg = []
        for i, fout in enumerate(self.fouten):
            if fout.waarde is not None:
                w = self._foutwaarde(i, fout, cache)
                kandidaten = w if isinstance(w, (set, list, tuple)) else [w]
                if any(isinstance(k, str) and k.strip().casefold() == antwoord.strip().casefold()
                       and k.strip().casefold() != str(verwacht).strip().casefold() for k in kandidaten):
                    uitleg.append(fout.uitleg)
            elif fout.test is not None:
                uitkomst = fout.test(antwoord.strip())
                if uitkomst:
                    uitleg.append(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        if len(uitleg) > 1 and self.samen:
            return self._fout(self.samen)
        if uitleg:
            return self._fout(uitleg[0])
        standaard = self._standaard(cache)
        if (standaard is not None and str(standaard).strip().casefold() != str(verwacht).strip().casefold()
                and antwoord.strip().casefold() == str(standaard).strip().casefold()):
            return self._fout(_LESANTWOORD)
        if self._uit_de_les({antwoord.strip()}, cache):
            return self._fout(_LESANTWOORD)
        kandidaten = {str(verwacht)}
        if self.namenlijst is not None:
            try:
                kandidaten |= {str(k) for k in self.namenlijst()}
            except Exception:  # noqa: BLE001
                pass
        suggestie = _bedoel_je(antwoord, kandidaten)
        if suggestie:
            return self._fout(suggestie)
        return self._fout(f"'{antwoord.strip()[:60]}' is niet het goede antwoord.")


class Reeks(_Controle):
    """Een Series label → getal; de volgorde maakt niet uit, getallen binnen ``precisie``."""

    def __init__(self, id, variabele, vraag, referentie, *, precisie: float = 0.0, fouten=(), hints=(),
                 oplossing="", namenlijst=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing, volgorde=False)
        self.precisie, self.fouten, self.namenlijst = float(precisie), list(fouten), namenlijst

    def _gelijk(self, a: pd.Series, v: pd.Series) -> bool:
        if set(map(str, a.index)) != set(map(str, v.index)) or len(a) != len(v):
            return False
        a2 = pd.Series(a.to_numpy(), index=list(map(str, a.index)))
        v2 = pd.Series(v.to_numpy(), index=list(map(str, v.index)))
        a2 = pd.to_numeric(a2, errors="coerce").reindex(v2.index)
        return bool((abs(a2.astype(float) - v2.astype(float)) <= self.precisie + 1e-9 * v2.abs().clip(lower=1)).all())

    def _als_reeks(self, antwoord) -> tuple[pd.Series | None, str | None]:
        if isinstance(antwoord, dict):
            return pd.Series(antwoord), None
        if isinstance(antwoord, pd.DataFrame):
            if antwoord.shape[1] == 1:
                return antwoord.iloc[:, 0], None
            if {"naam", "omzet"} <= set(map(str, antwoord.columns)):
                return None, ("Je antwoord is een tabel. Maak er een Series van met de namen als index: "
                              "`tabel.set_index(\"naam\")[\"omzet\"]`.")
            return None, "Je antwoord is een tabel met meer kolommen; verwacht wordt één kolom (Series)."
        if isinstance(antwoord, (list, tuple, np.ndarray)):
            return None, ("Je antwoord is een lijst met alleen getallen, zonder namen. Maak een Series met de namen "
                          "als index: `tabel.set_index(\"naam\")[\"omzet\"]`.")
        if not isinstance(antwoord, pd.Series):
            return None, f"Verwacht wordt een Series (namen met bedragen), maar je antwoord is {_soort(antwoord)}."
        return antwoord, None

    def _schaal(self, a: pd.Series, v: pd.Series) -> str | None:
        """Dezelfde namen, maar alle bedragen in een andere eenheid of grof afgerond: zeg welke."""
        a = pd.Series(pd.to_numeric(a, errors="coerce").to_numpy(dtype=float), index=list(map(str, a.index)))
        v = pd.Series(v.to_numpy(dtype=float), index=list(map(str, v.index))).reindex(a.index)
        if a.isna().any() or v.isna().any() or (v == 0).any():
            return None
        verhouding = a / v
        if ((verhouding - verhouding.mean()).abs() <= 0.005 * verhouding.abs().mean()).all():
            factor = float(verhouding.mean())
            for deler, tekst in ((1000, "in duizenden euro's"), (1_000_000, "in miljoenen euro's")):
                if abs(factor * deler - 1) <= 0.005:
                    return f"Je bedragen zijn {tekst}. Geef de omzet in hele euro's."
        if self.precisie >= 0.5 and (a.round() == a).all():
            for k in range(6, 0, -1):
                if ((v.round(-k) - a).abs() < 1e-6).all():
                    return (f"Je rondde af op {_RONDING[k]}. Zo grof mag niet: hele euro's zijn precies genoeg (of "
                            "rond helemaal niet af).")
        if (v.abs() > 1).all() and (a.abs() <= 1).all():
            return ("Je waarden zijn delen (kleiner dan 1), geen bedragen. Gevraagd is de omzet in euro's: de kolom "
                    "`omzet`, niet `aandeel`.")
        return None

    def controleer(self, namespace: dict, cache: dict | None = None):
        begin, uitslag = self._begin(namespace, cache)
        if uitslag:
            return uitslag
        antwoord, verwacht = begin
        reeks, melding = self._als_reeks(antwoord)
        if melding:
            return self._fout(melding)
        if not pd.api.types.is_numeric_dtype(reeks.dtype):
            return self._fout("De waarden in je Series zijn geen getallen.")
        if self._gelijk(reeks, verwacht):
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        # Eerst: precies de uitkomst van een foute methode; dan: de goede namen, maar in een andere eenheid of
        # grof afgerond; daarna pas: dezelfde namen als een foute methode.
        for alleen_namen in (False, True):
            if alleen_namen and set(map(str, reeks.index)) == set(map(str, verwacht.index)) and len(reeks) == len(
                    verwacht):
                schaal = self._schaal(reeks, verwacht)
                if schaal:
                    return self._fout(schaal)
            for i, fout in enumerate(self.fouten):
                if fout.waarde is not None:
                    w = self._foutwaarde(i, fout, cache)
                    if w is None or self._gelijk(w, verwacht):
                        continue
                    if (set(map(str, reeks.index)) == set(map(str, w.index))) if alleen_namen else self._gelijk(
                            reeks, w):
                        return self._fout(fout.uitleg)
                elif fout.test is not None and not alleen_namen:
                    uitkomst = fout.test(reeks)
                    if uitkomst:
                        return self._fout(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        standaard = self._standaard(cache)
        if (isinstance(standaard, pd.Series) and not self._gelijk(standaard, verwacht)
                and set(map(str, reeks.index)) == set(map(str, standaard.index))):
            return self._fout(_LESANTWOORD)
        if isinstance(reeks.index, pd.RangeIndex):
            return self._fout("Je Series heeft de nummers 0, 1, 2 … als index. Zet de namen als index: "
                              "`.set_index(\"naam\")` vóór je de kolom kiest.")
        if len(reeks) != len(verwacht):
            return self._fout(f"Je Series heeft {len(reeks)} waarden; verwacht worden er {len(verwacht)}.")
        labels, nodig = set(map(str, reeks.index)), set(map(str, verwacht.index))
        if labels != nodig:
            kandidaten = set(nodig)
            if self.namenlijst is not None:
                try:
                    kandidaten |= {str(k) for k in self.namenlijst()}
                except Exception:  # noqa: BLE001
                    pass
            for label in sorted(labels - nodig):
                suggestie = _bedoel_je(label, kandidaten)
                if suggestie:
                    return self._fout(suggestie)
            return self._fout(f"'{sorted(labels - nodig)[0]}' hoort er niet bij.")
        schaal = self._schaal(reeks, verwacht)
        if schaal:
            return self._fout(schaal)
        v = pd.Series(verwacht.to_numpy(), index=list(map(str, verwacht.index)))
        a = pd.Series(pd.to_numeric(reeks, errors="coerce").to_numpy(), index=list(map(str, reeks.index)))
        for label in v.index:
            if abs(float(a[label]) - float(v[label])) > self.precisie + 1e-9:
                richting = "te hoog" if float(a[label]) > float(v[label]) else "te laag"
                return self._fout(f"Het bedrag bij '{label}' is {richting}.")
        return self._fout("Je Series klopt nog niet.")


_FOUTUITLEG = {
    "ZeroDivisionError": "er wordt door nul gedeeld",
    "NameError": "je gebruikt een naam die (nog) niet bestaat; heet de variabele in je functie precies zo?",
    "TypeError": "een berekening past niet bij dit soort gegevens (rekent je functie met tekst?)",
    "KeyError": "een kolom of sleutel bestaat niet",
    "AttributeError": "deze methode bestaat niet voor dit soort gegevens",
}


def _foutzin_nl(fout: BaseException) -> str:
    """Een fout uit de code van de student in één Nederlandse zin (met alleen de naam van de Python-fout)."""
    soort = type(fout).__name__
    return f"{_FOUTUITLEG.get(soort, 'er ging iets mis')} (Python-melding {soort})"


class FunctieFouten(Functie):
    """Een functie-oefening die bekende foute formules herkent (``fouten``: lijst van (functie, uitleg))."""

    def __init__(self, id, functie, vraag, gevallen, referentie, *, fouten=(), precisie: float = 1e-9,
                 afronden_mag: float | None = None, hints=(), oplossing=""):
        super().__init__(id, functie, vraag, gevallen, referentie, hints=hints, oplossing=oplossing)
        self.fouten, self.precisie = list(fouten), precisie
        # Binnen ``afronden_mag`` is een afgerond antwoord nog goed (met een opmerking); daarbuiten niet.
        self.afronden_mag = afronden_mag

    def _uit(self, tekst):
        return self._uitslag(FOUT, f"{tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def _foute_formule_met_fout(self, f, soort) -> str | None:
        """Geeft de uitleg van een foute formule die op dezelfde gevallen dezelfde fout geeft (en verder hetzelfde)."""
        for foute_functie, uitleg in self.fouten:
            zelfde = True
            for args in self.gevallen:
                try:
                    eigen = ("fout", None)
                    eigen = ("ok", float(f(*args)))
                except Exception as fout:  # noqa: BLE001
                    eigen = ("fout", type(fout))
                try:
                    ander = ("ok", float(foute_functie(*args)))
                except Exception as fout:  # noqa: BLE001
                    ander = ("fout", type(fout))
                if eigen[0] != ander[0] or (eigen[0] == "ok" and abs(eigen[1] - ander[1]) > self.precisie) or (
                        eigen[0] == "fout" and eigen[1] is not ander[1]):
                    zelfde = False
                    break
            if zelfde:
                return uitleg
        return None

    def controleer(self, namespace: dict, cache: dict | None = None):
        f = namespace.get(self.functie)
        if f is None or is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._uit(f"`{self.functie}` is geen functie. Begin met `def {self.functie}(...):`.")
        uitkomsten = []
        for args in self.gevallen:
            aanroep = f"{self.functie}({', '.join(toon(a) for a in args)})"
            try:
                uitkomst = f(*args)
            except Exception as fout:  # noqa: BLE001
                uitleg = self._foute_formule_met_fout(f, type(fout))
                extra = f" {uitleg}" if uitleg else ""
                return self._uit(f"Je functie geeft een foutmelding bij `{aanroep}`: {_foutzin_nl(fout)}.{extra}")
            if is_leeg(uitkomst):
                return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
            if uitkomst is None:
                return self._uit(f"`{aanroep}` geeft niets terug (None). Zet `return` voor je berekening.")
            if isinstance(uitkomst, (pd.Series, pd.DataFrame, list, tuple, set, dict, np.ndarray)):
                aantal = len(uitkomst)
                return self._uit(f"`{aanroep}` geeft {_soort(uitkomst)} met {aantal} waarden terug; verwacht wordt "
                                 "één getal. Reken alleen met de twee argumenten van je functie, niet met een tabel.")
            if isinstance(uitkomst, (bool, np.bool_)) or not isinstance(uitkomst, (int, float, np.integer, np.floating)):
                return self._uit(f"`{aanroep}` geeft {toon(uitkomst)}; verwacht wordt een getal.")
            uitkomsten.append((args, aanroep, float(uitkomst)))
        verschillen = [abs(u - self.referentie(*a)) for a, _, u in uitkomsten]
        if self.afronden_mag is not None and max(verschillen) > self.precisie and max(
                verschillen) <= self.afronden_mag:
            return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen. Je "
                                       "rondt wel af; dat is hier nauwkeurig genoeg, maar laat een functie liever "
                                       "het hele getal teruggeven.")
        for args, aanroep, uitkomst in uitkomsten:
            verwacht = self.referentie(*args)
            if abs(uitkomst - verwacht) > (self.afronden_mag or self.precisie):
                for foute_functie, uitleg in self.fouten:
                    try:
                        zelfde = all(abs(u - foute_functie(*a)) <= self.precisie for a, _, u in uitkomsten)
                    except Exception:  # noqa: BLE001
                        zelfde = False
                    if zelfde:
                        return self._uit(f"`{aanroep}` geeft {toon(uitkomst)}. {uitleg}")
                if verwacht != 0 and abs(uitkomst / 100 - verwacht) <= self.precisie:
                    return self._uit(f"`{aanroep}` geeft {toon(uitkomst)}: 100 keer te groot. Geef een deel, geen "
                                     "percentage (dus zonder × 100).")
                for d in range(0, 7):
                    if all(abs(u - round(self.referentie(*a), d)) <= 1e-12 for a, _, u in uitkomsten):
                        decimalen = {0: "hele getallen", 1: "één decimaal", 2: "twee decimalen",
                                     3: "drie decimalen"}.get(d, f"{d} decimalen")
                        extra = " (Deel je met `//`? Gebruik `/`.)" if d == 0 else ""
                        return self._uit(f"`{aanroep}` geeft {_precies(uitkomst, verwacht)} in plaats van "
                                         f"{_precies(verwacht, uitkomst)}: je rondt af op {decimalen}. Rond in je "
                                         f"functie niet af.{extra}")
                return self._uit(f"`{aanroep}` geeft {_precies(uitkomst, verwacht)}, maar dat moet "
                                 f"{_precies(verwacht, uitkomst)} zijn.")
        return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen.")


class Keuze(Meerkeuze):
    """Een meerkeuzevraag die bij elke foute letter zegt waarom die niet klopt (``waarom``)."""

    def __init__(self, id, variabele, vraag, opties, juist, *, waarom, hints=(), uitleg=""):
        super().__init__(id, variabele, vraag, opties, juist, hints=hints, uitleg=uitleg)
        self.waarom = dict(waarom)

    def controleer(self, namespace: dict, cache: dict | None = None):
        uitslag = super().controleer(namespace, cache)
        antwoord = namespace.get(self.variabele)
        if uitslag.status == FOUT and isinstance(antwoord, str):
            letter = antwoord.strip().strip(")").strip().lower()
            if letter in self.waarom:
                return self._uitslag(FOUT, f"Antwoord {letter} is het niet: {self.waarom[letter]}")
        return uitslag


_LEEG_TEKST = re.compile(r"^[\s.…_\-:]*$")


_VULTEKST = re.compile(r"^\W*(dat\s+)?(weet\s+ik\s+(echt\s+|het\s+|ook\s+)*niet|weet\s+niet|geen\s+(flauw\s+)?idee"
                       r"|idk|nvt|n\.v\.t|geen\s+zin|\?+\W*$)", re.IGNORECASE)
_WOORD = re.compile(r"[A-Za-zÀ-ÿ0-9€%]+")
# Woorden in een concernnaam die niets over het account zeggen (een plan met "groot" noemt het account
# "De Groot Groep" nog niet).
_GEWONE_WOORDEN = {
    "groep", "groot", "grote", "holding", "onderwijsgroep", "scholengroep", "zorggroep", "bouwgroep", "logistiek",
    "metaal", "transport", "import", "techniek", "advies", "bouw", "zorg", "college", "gemeentediensten",
    "waterbeheer", "thuiszorg", "accountants", "handelsonderneming", "groothandel", "consultancy",
    "installatietechniek", "kunststoffen", "distributie", "services", "scholengroep", "uitvoeringsdienst",
}


def _noemt_account(tekst: str, naam: str) -> bool:
    """Noemt ``tekst`` het account ``naam``? De hele naam, of een herkenbaar deel ervan, telt.

    >>> _noemt_account("Giselmeyer wil minder leveranciers", "Giselmeyer Groep")
    True
    >>> _noemt_account("een groot account", "De Groot Groep"), _noemt_account("bij De Groot", "De Groot Groep")
    (False, True)
    >>> _noemt_account("Van de Pol groeit", "Van de Pol Groep"), _noemt_account("van de klant", "Van de Pol Groep")
    (True, False)
    """
    laag = " ".join(_WOORD.findall(tekst.casefold()))
    woorden = _WOORD.findall(naam.casefold())
    kern = woorden[:-1] if len(woorden) > 1 and woorden[-1] == "groep" else woorden
    zinnen = {" ".join(woorden), " ".join(kern)}
    zinnen |= {" ".join(kern[:i]) for i in range(1, len(kern) + 1) if kern[i - 1] not in _TUSSENVOEGSELS}
    zinnen |= {w for w in kern if len(w) >= 5 and w not in _GEWONE_WOORDEN and w not in _TUSSENVOEGSELS}
    zinnen = {z for z in zinnen if z and len(z.replace(" ", "")) >= 3 and z not in _GEWONE_WOORDEN}
    return any(re.search(rf"(^|\s){re.escape(z)}(\s|$)", laag) for z in zinnen)


class OpenKoppen(Open):
    """Een open vraag die pas telt als alle koppen erin staan, met eigen tekst eronder.

    ``koppen``: de woorden die als kop in de tekst moeten staan (een kop is het woord aan
    het begin van een regel, eventueel met ``#`` ervoor of ``:`` erachter). Onder elke kop
    minstens ``min_woorden_per_kop`` woorden; in totaal minstens ``min_woorden``.

    Wat de vraag vraagt, telt ook: geen "weet ik niet" onder een kop, niet dezelfde tekst onder
    twee koppen, minstens ``min_getallen`` getallen (uit de kaart), en de naam van het account
    (``account``: een functie die die naam geeft, op de actieve dataset). De inhoud zelf kan geen
    computer beoordelen; dat doet de leerling met het voorbeeld (``toelichting`` zegt bij welk
    account dat voorbeeld hoort).
    """

    def __init__(self, id, variabele, vraag, modelantwoord, *, koppen, min_woorden: int = 60,
                 min_woorden_per_kop: int = 4, min_getallen: int = 0, account=None, toelichting: str = "",
                 hints=()):
        super().__init__(id, variabele, vraag, modelantwoord, hints=hints)
        self.koppen, self.min_woorden, self.min_per_kop = list(koppen), min_woorden, min_woorden_per_kop
        self.min_getallen, self.account, self.toelichting = min_getallen, account, toelichting

    def _plekken(self, tekst: str) -> dict[str, int]:
        plekken = {}
        for kop in self.koppen:
            m = re.search(rf"(?im)^[ \t#*\-]*{re.escape(kop)}\b", tekst)
            if m:
                plekken[kop] = m.end()
        return plekken

    def _stukken(self, antwoord: str, plekken: dict[str, int]) -> dict[str, str]:
        volgorde = sorted(plekken.items(), key=lambda x: x[1])
        stukken = {}
        for i, (kop, begin) in enumerate(volgorde):
            eind = len(antwoord)
            if i + 1 < len(volgorde):
                volgende = volgorde[i + 1][0]
                eind = re.search(rf"(?im)^[ \t#*\-]*{re.escape(volgende)}\b", antwoord).start()
            stukken[kop] = antwoord[begin:eind]
        return stukken

    def controleer(self, namespace: dict, cache: dict | None = None):
        antwoord = namespace.get(self.variabele)
        if antwoord is None or is_leeg(antwoord) or (isinstance(antwoord, str) and not antwoord.strip()):
            return self._uitslag(LEEG, f"Schrijf je accountplan als tekst in `{self.variabele}`.")
        if not isinstance(antwoord, str):
            return self._uitslag(FOUT, f"Schrijf je antwoord als tekst tussen drie aanhalingstekens in "
                                       f"`{self.variabele}` (zoals in de voorbeeldcel).")
        if "____" in antwoord:
            return self._uitslag(LEEG, "Er staat nog `____` in je tekst: vul elke kop in met je eigen woorden.")
        plekken = self._plekken(antwoord)
        ontbreekt = [k for k in self.koppen if k not in plekken]
        if ontbreekt:
            kop = ontbreekt[0]
            if re.search(rf"(?i)\b{re.escape(kop)}\b", antwoord):
                return self._uitslag(FOUT, f"De kop '{kop}' staat niet aan het begin van een regel. Begin voor elke "
                                           "kop een nieuwe regel (Enter), zoals in het voorbeeld boven de cel.")
            return self._uitslag(FOUT, f"De kop '{kop}' ontbreekt. Zet elke kop aan het begin van een "
                                       f"regel: {', '.join(self.koppen)}.")
        stukken = self._stukken(antwoord, plekken)
        for kop, stuk in stukken.items():
            woorden = _WOORD.findall(stuk)
            if len(woorden) < self.min_per_kop or _LEEG_TEKST.match(stuk):
                return self._uitslag(FOUT, f"Onder de kop '{kop}' staat nog (bijna) niets. Schrijf er minstens "
                                           f"{self.min_per_kop} woorden bij, over dit account.")
        for kop, stuk in stukken.items():
            if _VULTEKST.match(stuk.strip().lstrip(":").strip()):
                citaat = stuk.strip(" :\n")
                citaat = citaat if len(citaat) <= 40 else citaat[:40].rsplit(" ", 1)[0] + " …"
                return self._uitslag(FOUT, f"Onder de kop '{kop}' staat geen antwoord maar '{citaat}'. "
                                           "Zoek het op in de accountkaart hierboven en schrijf op wat jij ervan "
                                           "denkt; een gok met een reden is beter dan niets.")
        gezien: dict[str, str] = {}
        for kop, stuk in stukken.items():
            sleutel = " ".join(_WOORD.findall(stuk.casefold()))
            if sleutel in gezien:
                return self._uitslag(FOUT, f"Onder '{gezien[sleutel]}' en '{kop}' staat dezelfde tekst. Schrijf onder "
                                           "elke kop iets anders: wat je over dat onderwerp in de kaart ziet.")
            gezien[sleutel] = kop
        totaal = len(_WOORD.findall(antwoord))
        if totaal < self.min_woorden:
            return self._uitslag(FOUT, f"Je plan heeft {totaal} woorden; een bruikbaar plan heeft er minstens "
                                       f"{self.min_woorden}. Maak elke kop concreet: getallen, namen, een doel.")
        getallen = re.findall(r"\d+(?:[.,]\d+)*", antwoord)
        if len(getallen) < self.min_getallen:
            return self._uitslag(FOUT, f"Er staan {len(getallen)} getallen in je plan; gebruik er minstens "
                                       f"{self.min_getallen} uit de accountkaart (omzet, share of wallet, aantal "
                                       "contactpersonen, klachten ...). Zonder getallen kan het over elk account "
                                       "gaan.")
        naam = None
        if self.account is not None:
            try:
                naam = str(self.account())
            except Exception:  # noqa: BLE001 - zonder naam controleren we dit deel niet
                naam = None
        if naam and not _noemt_account(antwoord, naam):
            return self._uitslag(FOUT, f"Je plan noemt het account niet bij naam. Het gaat over {naam} (zie de "
                                       "accountkaart hierboven): noem die naam, zodat duidelijk is over wie je plan "
                                       "gaat. Schreef je over een ander account, bijvoorbeeld dat uit de les? Gebruik "
                                       "dan de kaart van dit account.")
        return self._uitslag(GOED, "Alle koppen staan erin, met eigen tekst over dit account. Dit is een open vraag: "
                                   "de inhoud beoordeel je zelf. Vergelijk je plan met het voorbeeld: "
                                   f"`wb.oplossing(\"{self.id}\")`.")

    def oplossingstekst(self) -> str:
        toelichting = f" ({self.toelichting})" if self.toelichting else ""
        return f"Modelantwoord{toelichting}:\n\n{self.modelantwoord}"


# ---------------------------------------------------------------------------
# Referenties (rekenen met de actieve dataset)
# ---------------------------------------------------------------------------


def _f():
    return laad("facturen")


def _b():
    return laad("bedrijven")


def _omzet(**kwargs) -> pd.DataFrame:
    return accounts.omzet_per_klant(_f(), bedrijven=_b(), **kwargs)


def _grote(**kwargs) -> pd.DataFrame:
    return accounts.grote_accounts(_f(), bedrijven=_b(), **kwargs)


def _top5(**kwargs) -> pd.Series:
    return _omzet(**kwargs).head(5).set_index("naam")["omzet"]


def _top5_op_klantnaam() -> pd.Series:
    f = _f()
    venster = f[f["factuurdatum"] > EINDDATUM - pd.DateOffset(months=24)]
    return venster.groupby("klantnaam")["bedrag"].sum().nlargest(5)


def _top5_alle_jaren() -> pd.Series:
    return _omzet(maanden=120).head(5).set_index("naam")["omzet"]


def _grote_kvk(**kwargs) -> set:
    return set(_grote(**kwargs)["klant"])


def _top4(**kwargs) -> float:
    return float(_omzet(**kwargs)["aandeel"].head(4).sum())


def _aantal_groot(**kwargs) -> int:
    return len(_grote(**kwargs))


def _aandeel_wallet(omzet, totale_besteding) -> float:
    return omzet / totale_besteding


def _sow_twintig() -> pd.DataFrame:
    return accounts.share_of_wallet(_omzet().head(20), laad("wallet"))


def _buiten_top3() -> set:
    s = _sow_twintig()
    return set(s.loc[s["top3"] == False, "naam"])  # noqa: E712 - pandas-vergelijking


def _ruimte_grootste() -> float:
    return float(accounts.share_of_wallet(_omzet().head(1), laad("wallet"))["ruimte"].iloc[0])


def _ruimte_via_afgerond_aandeel() -> float:
    w = laad("wallet").set_index("concern_kvk")
    kvk = _omzet()["klant"].iloc[0]
    return float(w.loc[kvk, "totale_besteding_24m"] * (1 - w.loc[kvk, "aandeel_vermeer"]))


def _klanten_voor_80(**kwargs) -> int:
    return accounts.concentratie(_omzet(**kwargs)).klanten_voor_80


def _vlekken() -> pd.DataFrame:
    return accounts.witte_vlekken(_f(), bedrijven=_b(), accounts=_grote(), producten=laad("producten"),
                                  wallet_per_bu=laad("wallet_per_bu"))


def _accounts_zonder_unit(**filter) -> set:
    """De grote accounts met een hele business unit zonder omzet (of, met ``filter``, een foute variant)."""
    v = _vlekken()
    filter = filter or {"kans": "witte vlek", "soort": "business unit"}
    for kolom, waarde in filter.items():
        v = v[v[kolom] == waarde]
    return set(v["naam"])


def _concernnamen() -> set:
    return set(_omzet()["naam"])


def _bedrijfsnamen() -> set:
    return set(_b()["bedrijfsnaam"])


def _kandidaten_kvk(**kwargs) -> set:
    kwargs.setdefault("drempel", DREMPEL_7_2)
    return _grote_kvk(**kwargs)


def _groot_factuuradres(**kwargs) -> set:
    """Namen van de bedrijven die per factuuradres (of met ``kwargs`` anders geteld) minstens 5 % halen."""
    kwargs = {"niveau": "bedrijf", "via": "factuuradres", **kwargs}
    return set(_grote(**kwargs)["naam"])


def _dekking() -> pd.DataFrame:
    return accounts.dmu_dekking(laad("contactpersonen"), _grote(), bedrijven=_b())


def _zonder_beslisser() -> set:
    d = _dekking()
    return set(d.loc[~d["beslisser_bekend"], "naam"])


def _plan_account() -> str:
    """Het account van het accountplan (7.18): het eerste grote account zonder bekende beslisser.

    Zo zoekt ook de cel in het werkboek het op.
    """
    d = _dekking()
    return str(d.loc[~d["beslisser_bekend"], "naam"].iloc[0])


def _marge_groot() -> pd.DataFrame:
    return _omzet(producten=laad("producten")).head(len(_grote()))


def _laagste_marge() -> str:
    m = _marge_groot()
    return str(m.loc[m["margepercentage"].idxmin(), "naam"])


def _bediening() -> pd.DataFrame:
    return accounts.wie_bedient(_omzet(), _b())


def _deel_binnendienst() -> float:
    w = _bediening()
    return float(w.loc[w["bediening"] == "binnendienst", "omzet"].sum() / w["omzet"].sum())


# ---------------------------------------------------------------------------
# De oefeningen
# ---------------------------------------------------------------------------

_KVK_NIET_NAAM = "Je gaf KvK-nummers; gevraagd zijn de namen (kolom `naam`)."

# De drempel van oefening 7.2. Niet 5 %: bij 5 % zijn het op elke dataset precies de vijf grootste klanten,
# zodat "de top 5" (een foute methode) altijd goed zou lijken. Bij 3 % wisselt het aantal per dataset (6 tot 9).
DREMPEL_7_2 = 0.03


_FACTUURADRES = re.compile(r"[\"']factuuradres[\"']")
_PER_BEDRIJF = re.compile(r"niveau\s*=\s*[\"']bedrijf[\"']")
_TELLEN = re.compile(r"\b(grote_accounts|omzet_per_klant)\s*\(|\.groupby\s*\(")


def _zonder_factuuradres(cellen: list[str]) -> str | None:
    """7.4: de leerling telde zelf, maar geen enkele cel noemt "factuuradres": dan is er niet per factuuradres geteld.

    Op sommige datasets geeft tellen via wie bestelde (of per concern) toevallig dezelfde lijst.
    """
    if any(_FACTUURADRES.search(c) for c in cellen) or not any(_TELLEN.search(c) for c in cellen):
        return None  # wel per factuuradres, of niet zelf geteld (bijvoorbeeld namen overgenomen): geen oordeel
    toeval = ("Op jouw data geeft dat toevallig dezelfde lijst, maar op andere data niet: tel per bedrijf met "
              "`niveau=\"bedrijf\"` en `via=\"factuuradres\"`.")
    if any(_PER_BEDRIJF.search(c) for c in cellen):
        return f"Je telt per bedrijf via wie bestelde (`besteld_door`), niet per factuuradres. {toeval}"
    return f"Dit zijn concerns (moeder en dochters samen), geteld via wie bestelde. {toeval}"


OEFENINGEN = [
    Reeks(
        id="7.1",
        variabele="top5_omzet",
        vraag=(
            "Maak een Series `top5_omzet` met de vijf grootste klanten van de laatste 24 maanden, per concern en "
            "geteld via wie bestelde: de naam van het concern als index, de omzet in euro's als waarde. De "
            "volgorde maakt niet uit; op hele euro's nauwkeurig is goed."
        ),
        referentie=_top5,
        precisie=1.0,
        namenlijst=_concernnamen,
        fouten=[
            Fout("De index van je Series bevat KvK-nummers. Gevraagd zijn de namen: `.set_index(\"naam\")`.",
                 test=lambda r: set(map(str, r.index)) == set(_omzet()["klant"].head(5))),
            Fout("Dit zijn delen van de omzet (de kolom `aandeel`). Gevraagd is de omzet in euro's: de kolom "
                 "`omzet`.", waarde=lambda: _omzet().head(5).set_index("naam")["aandeel"]),
            Fout("Dit is de bruto marge, niet de omzet. Kies de kolom `omzet`.",
                 waarde=lambda: _omzet(producten=laad("producten")).head(5).set_index("naam")["bruto_marge"]),
            Fout("Je groepeert op `klantnaam`. Dezelfde klant staat onder verschillende namen op de facturen, en "
                 "een holding krijgt de facturen van zijn dochters. Tel per concern met `omzet_per_klant`.",
                 waarde=_top5_op_klantnaam),
            Fout("Dit is de omzet per bedrijf (één KvK-nummer). Gevraagd is per concern: moeder en dochters samen "
                 "(`niveau=\"concern\"`, de standaard).", waarde=lambda: _top5(niveau="bedrijf")),
            Fout("Dit is de omzet per factuuradres. Tel via wie bestelde (`via=\"besteld_door\"`, de standaard) "
                 "en per concern.", waarde=lambda: _top5(niveau="bedrijf", via="factuuradres")),
            Fout("Je gebruikt de laatste 12 maanden. Gevraagd zijn 24 maanden (`maanden=24`, de standaard).",
                 waarde=lambda: _top5(maanden=12)),
            Fout("Je gebruikt 36 maanden. Gevraagd zijn 24 maanden (`maanden=24`, de standaard).",
                 waarde=lambda: _top5(maanden=36)),
            Fout("Je telt alle jaren mee. Neem alleen de laatste 24 maanden.", waarde=_top5_alle_jaren),
            # Namen die als schrijfwijze op facturen staan, maar niet als bedrijf of concern: per klantnaam geteld.
            Fout("Je groepeert op `klantnaam`. Dezelfde klant staat onder verschillende namen op de facturen, en "
                 "een holding krijgt de facturen van zijn dochters. Tel per concern met `omzet_per_klant`.",
                 test=lambda r: bool(len(r)) and set(map(str, r.index)) <= set(_f()["klantnaam"])
                 and not set(map(str, r.index)) <= (_bedrijfsnamen() | _concernnamen())),
        ],
        hints=[
            "`omzet = omzet_per_klant(facturen, bedrijven=bedrijven)` geeft de omzet per concern over 24 maanden, "
            "van groot naar klein.",
            "`omzet.head(5)` geeft de eerste vijf rijen.",
            "Zet de namen als index met `.set_index(\"naam\")` en kies dan de kolom `[\"omzet\"]`.",
        ],
        oplossing=(
            "omzet = omzet_per_klant(facturen, bedrijven=bedrijven)\n"
            'top5_omzet = omzet.head(5).set_index("naam")["omzet"]'
        ),
    ),
    Namen(
        id="7.2",
        variabele="kandidaten_kvk",
        vraag=(
            "De vuistregel is 5 %, maar de drempel is een keuze. Welke klanten halen minstens 3 % van de omzet (24 "
            "maanden, per concern, via wie bestelde)? Geef hun concern-KvK-nummers als lijst of set in "
            "`kandidaten_kvk`."
        ),
        referentie=_kandidaten_kvk,
        namenlijst=lambda: set(_omzet()["klant"]),
        wat="KvK-nummers",
        kolom="klant",
        uitleg_leeg=("Je lijst is leeg. Een aandeel is een deel van 1: 3 % schrijf je als `0.03` (niet als `3`). "
                     "Filter op `aandeel >= 0.03`, of gebruik `drempel=0.03`."),
        fouten=[
            Fout("Je gaf de namen. Gevraagd zijn de KvK-nummers (kolom `klant`): namen kunnen verschillen, een "
                 "KvK-nummer niet.", test=lambda s: s == {str(n) for n in _grote(drempel=DREMPEL_7_2)["naam"]}),
            Fout("Dit zijn de klanten met minstens 5 % (de vijf grootste). Gevraagd is een lagere drempel: 3 %. "
                 "Filter op `aandeel >= 0.03`, of geef `drempel=0.03` mee aan `grote_accounts`.",
                 waarde=lambda: _grote_kvk()),
            Fout("Dit zijn KvK-nummers van losse bedrijven. Gevraagd zijn concerns: moeder en dochters samen.",
                 waarde=lambda: _kandidaten_kvk(niveau="bedrijf")),
            Fout("Dit zijn de KvK-nummers per factuuradres. Tel per concern, via wie bestelde.",
                 waarde=lambda: _kandidaten_kvk(niveau="bedrijf", via="factuuradres")),
            Fout("Dit is de lijst bij 12 maanden. Gevraagd zijn 24 maanden.",
                 waarde=lambda: _kandidaten_kvk(maanden=12)),
            Fout("Dit is de lijst bij 36 maanden. Gevraagd zijn 24 maanden.",
                 waarde=lambda: _kandidaten_kvk(maanden=36)),
            Fout("Je mist klanten: iedereen met minstens 3 % telt mee, ook wie er net boven zit. Tel niet zelf een "
                 "aantal af (zoals `.head(5)`), maar filter op het aandeel.",
                 test=lambda s: 0 < len(s) < len(_grote(drempel=DREMPEL_7_2)) and s == set(
                     _grote(drempel=DREMPEL_7_2)["klant"].head(len(s)))),
        ],
        uitleg_te_veel=lambda k: (f"'{k}' heeft minder dan 3 % van de omzet." if k in set(_omzet()["klant"])
                                  else f"'{k}' is geen concern-KvK-nummer uit de omzettabel."),
        hints=[
            "Een aandeel is een deel: 3 % is `0.03`. `grote_accounts` heeft daarvoor het argument `drempel=`: "
            "`kandidaten = grote_accounts(facturen, bedrijven=bedrijven, drempel=0.03)`.",
            "Of filter zelf, zoals in de les: `omzet[omzet[\"aandeel\"] >= 0.03]`.",
            "De KvK-nummers staan in de kolom `klant`: `kandidaten[\"klant\"].tolist()`.",
        ],
        oplossing=(
            "kandidaten = grote_accounts(facturen, bedrijven=bedrijven, drempel=0.03)\n"
            'kandidaten_kvk = set(kandidaten["klant"])'
        ),
    ),
    Getal(
        id="7.3",
        variabele="top4_aandeel",
        vraag=(
            "Welk deel van de omzet (24 maanden, per concern) komt van de vier grootste klanten samen? Geef een "
            "deel, zoals 0.25; op 0,001 nauwkeurig is goed."
        ),
        referentie=_top4,
        precisie=0.001,
        fouten=[
            Fout("Je telt vijf klanten op. Gevraagd zijn de vier grootste: `.head(4)`.",
                 waarde=lambda: float(_omzet()["aandeel"].head(5).sum())),
            Fout("Je telt per bedrijf. Per concern (moeder en dochters samen) is het aandeel van de top 4 groter.",
                 waarde=lambda: _top4(niveau="bedrijf")),
            Fout("Dit is het aandeel per factuuradres. Tel per concern, via wie bestelde.",
                 waarde=lambda: _top4(niveau="bedrijf", via="factuuradres")),
            Fout("Je gebruikt 12 maanden. Gevraagd zijn 24 maanden.", waarde=lambda: _top4(maanden=12)),
            Fout("Je gebruikt 36 maanden. Gevraagd zijn 24 maanden.", waarde=lambda: _top4(maanden=36)),
            Fout("Je gaf euro's. Gevraagd is een deel van de totale omzet: gebruik de kolom `aandeel`.",
                 waarde=lambda: float(_omzet()["omzet"].head(4).sum()), precisie=1.0),
            Fout("Je gaf het aandeel van de vierde klant alleen. Tel de eerste vier bij elkaar op (of kijk naar "
                 "`cumulatief_aandeel` van de vierde).", waarde=lambda: float(_omzet()["aandeel"].iloc[3])),
        ],
        hints=[
            "In `omzet_per_klant(...)` staat de kolom `aandeel`: het deel van de totale omzet.",
            "`.head(4)` en dan `.sum()`.",
            "Of: `concentratie(omzet).top4_aandeel`.",
        ],
        oplossing='top4_aandeel = omzet_per_klant(facturen, bedrijven=bedrijven)["aandeel"].head(4).sum()',
    ),
    Namen(
        id="7.4",
        variabele="groot_factuuradres",
        vraag=(
            "Stel dat je (zoals een boekhoudpakket) per factuuradres telt: per bedrijf, met het factuuradres in "
            "plaats van wie bestelde. Welke bedrijven halen dan minstens 5 % van de omzet (24 maanden)? Geef hun "
            "namen als lijst."
        ),
        referentie=_groot_factuuradres,
        namenlijst=lambda: _bedrijfsnamen() | _concernnamen(),
        broncontrole=_zonder_factuuradres,
        fouten=[
            Fout("Dit zijn concerns (moeder en dochters samen). Een boekhoudpakket telt per bedrijf: "
                 "`niveau=\"bedrijf\"`, samen met `via=\"factuuradres\"`.",
                 waarde=lambda: set(_grote()["naam"])),
            Fout("Je telt per bedrijf via wie bestelde (`besteld_door`). Gevraagd is het factuuradres: "
                 "`via=\"factuuradres\"`.", waarde=lambda: set(_grote(niveau="bedrijf")["naam"])),
            Fout("Dat is per vestiging. Tel per bedrijf (`niveau=\"bedrijf\"`), met `via=\"factuuradres\"`.",
                 waarde=lambda: set(_grote(niveau="vestiging", via="factuuradres")["naam"])),
            Fout("Dit is de lijst bij 12 maanden. Gevraagd zijn 24 maanden.",
                 waarde=lambda: _groot_factuuradres(maanden=12)),
            Fout("Dit is de lijst bij 36 maanden. Gevraagd zijn 24 maanden.",
                 waarde=lambda: _groot_factuuradres(maanden=36)),
            Fout(_KVK_NIET_NAAM, test=lambda s: s == set(_grote(niveau="bedrijf", via="factuuradres")["klant"])),
        ],
        uitleg_te_veel=lambda n: (
            f"'{n}' haalt per factuuradres geen 5 % van de omzet." if n in _bedrijfsnamen() else
            f"'{n}' is een concern. Gevraagd zijn bedrijven (`niveau=\"bedrijf\"`)." if n in _concernnamen() else
            f"'{n}' staat niet als bedrijf in de tabel `bedrijven`. Op facturen staat dezelfde klant onder "
            "verschillende schrijfwijzen; tel met `grote_accounts` en `niveau=` en `via=`."),
        hints=[
            "`grote_accounts` kent dezelfde keuzes als `omzet_per_klant`: `niveau=` en `via=`.",
            "Per factuuradres: `adres = grote_accounts(facturen, bedrijven=bedrijven, niveau=\"bedrijf\", "
            "via=\"factuuradres\")`.",
            "De namen staan in de kolom `naam`: `adres[\"naam\"].tolist()`.",
        ],
        oplossing=(
            'adres = grote_accounts(facturen, bedrijven=bedrijven, niveau="bedrijf", via="factuuradres")\n'
            'groot_factuuradres = adres["naam"].tolist()'
        ),
    ),
    FunctieFouten(
        id="7.5",
        functie="aandeel_wallet",
        vraag=(
            "Schrijf een functie `aandeel_wallet(omzet, totale_besteding)` die de share of wallet geeft: welk deel "
            "van de totale besteding van de klant (bij alle leveranciers) bij ons terechtkomt. Geef een deel, "
            "zoals 0.25, en rond niet af."
        ),
        # 100.000 / 300.000 = 0,3333...: daar valt afronden op drie decimalen zeker op.
        gevallen=[(250_000, 1_000_000), (0, 500_000), (1_200_000, 1_200_000), (4_734_864.30, 20_491_600),
                  (100_000, 300_000)],
        referentie=_aandeel_wallet,
        precisie=1e-9,
        # Op vier of meer decimalen afgerond is nauwkeurig genoeg (goed, met een opmerking); drie niet.
        afronden_mag=5e-5,
        fouten=[
            (lambda o, b: b / o, "Je deelt de besteding door onze omzet: het is andersom, onze omzet gedeeld door "
                                 "hun totale besteding."),
            (lambda o, b: 100 * o / b, "Dat is een percentage. Geef een deel (zonder × 100)."),
            (lambda o, b: b - o, "Dat is de ruimte in euro's (wat ze bij anderen uitgeven), niet ons aandeel."),
            (lambda o, b: round(o / b, 2), "Je rondt af op twee decimalen. Geef het aandeel zonder af te ronden."),
            (lambda o, b: round(o / b, 1), "Je rondt af op één decimaal. Geef het aandeel zonder af te ronden."),
        ],
        hints=[
            "Share of wallet = onze omzet / de totale besteding van de klant.",
            "Een functie begint met `def aandeel_wallet(omzet, totale_besteding):` en geeft het antwoord met `return`.",
        ],
        oplossing=(
            "def aandeel_wallet(omzet, totale_besteding):\n"
            "    return omzet / totale_besteding"
        ),
    ),
    Namen(
        id="7.6",
        variabele="buiten_top3",
        vraag=(
            "Neem de twintig grootste klanten (24 maanden, per concern). Bij welke staan we volgens de wallet niet "
            "in de top 3 van hun leveranciers? Geef de namen als lijst (een lege lijst `[]` kan ook)."
        ),
        referentie=_buiten_top3,
        fouten=[
            Fout(_KVK_NIET_NAAM, test=lambda s: s and s == set(
                _sow_twintig().loc[_sow_twintig()["top3"] == False, "klant"])),  # noqa: E712
            Fout("Rang 3 hoort nog bij de top 3. Neem alleen een rang hoger dan 3 (`top3 == False`).",
                 waarde=lambda: set(_sow_twintig().loc[_sow_twintig()["rang_leverancier"] >= 3, "naam"])),
            Fout("Dit zijn juist de accounts waar we wél in de top 3 staan.",
                 waarde=lambda: set(_sow_twintig().loc[_sow_twintig()["top3"] == True, "naam"])),  # noqa: E712
            Fout("Je kijkt naar alle concerns in de wallet. Neem alleen de twintig grootste klanten (`.head(20)`).",
                 waarde=lambda: set(accounts.share_of_wallet(
                     _omzet()[_omzet()["klant"].isin(laad("wallet")["concern_kvk"])], laad("wallet")).query(
                     "top3 == False")["naam"])),
            Fout("Je gebruikt de vijf grote accounts. Gevraagd zijn de twintig grootste klanten.",
                 waarde=lambda: set(accounts.share_of_wallet(_omzet().head(5), laad("wallet")).query(
                     "top3 == False")["naam"])),
        ],
        namenlijst=_concernnamen,
        uitleg_te_veel=lambda n: (f"Bij '{n}' staan we wel in de top 3." if n in set(_sow_twintig()["naam"])
                                  else f"'{n}' hoort niet bij de twintig grootste klanten."),
        hints=[
            "`sow = share_of_wallet(omzet.head(20), wallet)` geeft per klant onze rang en de kolom `top3` (maak "
            "eerst `omzet = omzet_per_klant(facturen, bedrijven=bedrijven)` als je die nog niet hebt).",
            "Filter de rijen waar `top3` False is: `sow[sow[\"top3\"] == False]`.",
            "Neem de kolom `naam` en maak er een lijst van met `.tolist()`.",
        ],
        oplossing=(
            "omzet = omzet_per_klant(facturen, bedrijven=bedrijven)\n"
            "sow = share_of_wallet(omzet.head(20), wallet)\n"
            'buiten_top3 = sow[sow["top3"] == False]["naam"].tolist()'
        ),
    ),
    Getal(
        id="7.7",
        variabele="ruimte_grootste",
        vraag=(
            "Hoeveel euro geeft onze grootste klant (24 maanden, per concern) volgens de wallet uit bij andere "
            "leveranciers? Dat is de ruimte: hun totale besteding min onze omzet. Hele euro's zijn goed."
        ),
        referentie=_ruimte_grootste,
        precisie=1.0,
        fouten=[
            Fout("Dat is hun hele besteding (bij alle leveranciers samen). Trek onze eigen omzet er nog af.",
                 waarde=lambda: float(accounts.share_of_wallet(_omzet().head(1), laad("wallet"))[
                     "totale_besteding_24m"].iloc[0])),
            Fout("Dat is onze eigen omzet bij deze klant. Gevraagd is wat ze bij anderen uitgeven.",
                 waarde=lambda: float(_omzet()["omzet"].iloc[0])),
            Fout("Je rekent met het afgeronde aandeel uit de wallet (4 decimalen). Reken met onze eigen omzet: "
                 "besteding min omzet (de kolom `ruimte`).", waarde=_ruimte_via_afgerond_aandeel, precisie=1.0),
            Fout("Dat is de grootste ruimte van alle accounts in je tabel. Gevraagd is de ruimte bij onze grootste "
                 "klant: de bovenste rij (`.iloc[0]`).",
                 waarde=lambda: float(accounts.share_of_wallet(_grote(), laad("wallet"))["ruimte"].max())),
            Fout("Dat is de grootste ruimte van de twintig grootste klanten. Gevraagd is de ruimte bij onze "
                 "grootste klant: de bovenste rij (`.iloc[0]`).",
                 waarde=lambda: float(_sow_twintig()["ruimte"].max())),
            Fout("Dat is de ruimte van alle grote accounts samen. Gevraagd is alleen onze grootste klant.",
                 waarde=lambda: float(accounts.share_of_wallet(_grote(), laad("wallet"))["ruimte"].sum())),
            Fout("Je gebruikt de omzet van 12 maanden; de wallet is over 24 maanden geschat.",
                 waarde=lambda: float(accounts.share_of_wallet(_omzet().head(1), laad("wallet"))[
                     "totale_besteding_24m"].iloc[0] - _omzet(maanden=12).set_index("klant").loc[
                     _omzet()["klant"].iloc[0], "omzet"])),
        ],
        hints=[
            "`share_of_wallet(omzet.head(1), wallet)` geeft voor de grootste klant de kolom `ruimte`.",
            "Haal het getal eruit met `[\"ruimte\"].iloc[0]`.",
        ],
        oplossing=(
            "omzet = omzet_per_klant(facturen, bedrijven=bedrijven)\n"
            'ruimte_grootste = share_of_wallet(omzet.head(1), wallet)["ruimte"].iloc[0]'
        ),
    ),
    Getal(
        id="7.8",
        variabele="klanten_voor_80",
        vraag=(
            "Hoeveel concerns maken samen 80 % van de omzet (24 maanden)? Tel van groot naar klein tot je 80 % "
            "haalt; de klant die over de 80 % heen gaat, telt mee. Geef een heel getal."
        ),
        referentie=_klanten_voor_80,
        precisie=0,
        fouten=[
            Fout("Je telt de klanten onder de 80 %, maar de klant die over de 80 % heen gaat, hoort er ook bij (één "
                 "meer).", waarde=lambda: _klanten_voor_80() - 1),
            Fout("Je gaf een deel van alle klanten. Gevraagd is het aantal concerns.",
                 waarde=lambda: accounts.concentratie(_omzet()).deel_klanten_voor_80, precisie=0.001),
            Fout("Je telt per bedrijf. Gevraagd is per concern.", waarde=lambda: _klanten_voor_80(niveau="bedrijf")),
            Fout("Dat is het aantal van alle klanten, niet het aantal dat samen 80 % maakt.",
                 waarde=lambda: len(_omzet())),
        ],
        hints=[
            "De kolom `cumulatief_aandeel` loopt op tot 1.",
            "Tel de rijen waar `cumulatief_aandeel` nog onder 0.8 ligt, en tel er één bij op.",
            "Of: `concentratie(omzet).klanten_voor_80`.",
        ],
        oplossing=(
            "omzet = omzet_per_klant(facturen, bedrijven=bedrijven)\n"
            "klanten_voor_80 = concentratie(omzet).klanten_voor_80"
        ),
    ),
    Namen(
        id="7.9",
        variabele="accounts_zonder_unit",
        vraag=(
            "Maak met `witte_vlekken` de lijst kansen voor de grote accounts. Welke grote accounts kopen in een "
            "hele business unit nog niets bij ons? Geef hun namen als lijst (ook als het er maar één is)."
        ),
        referentie=_accounts_zonder_unit,
        namenlijst=_concernnamen,
        dubbel_mag=True,
        fouten=[
            Fout("Dit zijn de namen van business units. Gevraagd zijn de namen van de accounts (kolom `naam`).",
                 test=lambda s: bool(s) and s <= set(_vlekken().query("soort == 'business unit'")["wat"])),
            Fout("Je gaf KvK-nummers. Gevraagd zijn de namen (kolom `naam`).",
                 test=lambda s: bool(s) and s <= set(_vlekken()["klant"])),
            Fout("Je neemt ook accounts waar we in elke business unit wel iets verkopen, maar weinig (kans 'groter "
                 "aandeel'). Filter op soort 'business unit' én kans 'witte vlek'.",
                 waarde=lambda: _accounts_zonder_unit(soort="business unit")),
            Fout("Dit zijn de accounts waar we een groter aandeel kunnen halen: daar verkopen we al iets. Gevraagd "
                 "is een business unit waar het account nog níets koopt: kans 'witte vlek'.",
                 waarde=lambda: _accounts_zonder_unit(kans="groter aandeel")),
            Fout("Dit zijn de accounts waar we in een business unit weinig verkopen (kans 'groter aandeel'). Gevraagd "
                 "is een business unit waar het account nog níets koopt: kans 'witte vlek'.",
                 waarde=lambda: _accounts_zonder_unit(kans="groter aandeel", soort="business unit")),
            Fout("Je neemt ook witte vlekken bij een bedrijf of een product. Gevraagd is een hele business unit: "
                 "filter ook op soort 'business unit'.", waarde=lambda: _accounts_zonder_unit(kans="witte vlek")),
            Fout("Dit zijn alle accounts met een kans. Filter op soort 'business unit' én kans 'witte vlek'.",
                 waarde=lambda: set(_vlekken()["naam"])),
        ],
        uitleg_te_veel=lambda n: (
            f"Bij '{n}' is er wel een kans, maar geen hele business unit zonder omzet." if n in set(_vlekken()["naam"])
            else f"'{n}' is geen groot account." if n in _concernnamen() else f"'{n}' hoort er niet bij."),
        hints=[
            "`grote = grote_accounts(facturen, bedrijven=bedrijven)` en dan `vlekken = witte_vlekken(facturen, "
            "bedrijven=bedrijven, accounts=grote, producten=producten, wallet_per_bu=wallet_per_bu)`.",
            "Filter met twee voorwaarden, elk tussen haakjes: `(vlekken[\"soort\"] == \"business unit\") & "
            "(vlekken[\"kans\"] == \"witte vlek\")`.",
            "De namen staan in de kolom `naam`; maak er een lijst van met `.tolist()`.",
        ],
        oplossing=(
            "grote = grote_accounts(facturen, bedrijven=bedrijven)\n"
            "vlekken = witte_vlekken(facturen, bedrijven=bedrijven, accounts=grote, producten=producten,\n"
            "                        wallet_per_bu=wallet_per_bu)\n"
            'unit = vlekken[(vlekken["soort"] == "business unit") & (vlekken["kans"] == "witte vlek")]\n'
            'accounts_zonder_unit = unit["naam"].tolist()'
        ),
    ),
    Keuze(
        id="7.10",
        variabele="antwoord_7_10",
        vraag=(
            "Vermeer besluit te groeien door meer te verkopen bij zijn grote accounts, in plaats van meer nieuwe "
            "klanten te werven. Welke strategie is dat, en wat is het risico?"
        ),
        opties={
            "a": "Sell wide: de verkoopkosten dalen, maar het risico wordt groter.",
            "b": "Sell deep: de verkoopkosten per euro omzet kunnen dalen, maar Vermeer wordt afhankelijker van een "
                 "paar klanten.",
            "c": "Sell deep: het risico wordt kleiner, omdat grote klanten niet weggaan.",
            "d": "Sell wide: Vermeer spreidt het risico over de grote accounts.",
        },
        juist="b",
        waarom={
            "a": "sell wide is verkopen aan veel (verschillende) klanten. Dat spreidt juist het risico.",
            "c": "het is wel sell deep, maar het risico wordt groter: verlies je één groot account, dan verlies je "
                 "in één keer een groot deel van je omzet.",
            "d": "meer verkopen bij dezelfde klanten is niet wide maar deep, en het spreidt het risico niet.",
        },
        hints=[
            "Wide gaat over het aantal klanten, deep over hoeveel je bij dezelfde klanten verkoopt.",
            "Wat gebeurt er met je omzet als één groot account vertrekt of fuseert?",
        ],
        uitleg=(
            "Meer bij dezelfde klanten verkopen is sell deep. Het scheelt verkoopkosten (je kent de klant al), maar "
            "je omzet hangt meer af van een paar klanten. Sell wide, verkopen aan veel klanten, spreidt dat risico."
        ),
    ),
    Keuze(
        id="7.11",
        variabele="antwoord_7_11",
        vraag="Waarom kijk je bij het kiezen van grote accounts meestal naar de omzet van de laatste 24 maanden?",
        opties={
            "a": "Omdat de wet voorschrijft dat je klanten over twee jaar beoordeelt.",
            "b": "Twee hele jaren middelen seizoenen en grote projecten uit, en zijn toch recent genoeg.",
            "c": "Hoe langer de periode, hoe beter; 24 maanden is gewoon alles wat we hebben.",
            "d": "Omdat klanten die 12 maanden niets kochten geen klant meer zijn.",
        },
        juist="b",
        waarom={
            "a": "er is geen wet voor; het is een keuze die je zelf maakt en uitlegt.",
            "c": "de data gaat terug tot 2021. Langer is niet beter: dan tellen oude projecten en een oude focus "
                 "van het bedrijf mee.",
            "d": "dat gaat over wanneer iemand klant is (hoofdstuk 01), niet over hoe groot een klant is.",
        },
        hints=["Denk aan de klant die elke twee jaar een groot project doet, en aan juli en december."],
        uitleg=(
            "Met twee hele jaren tel je elk seizoen even vaak, en een project dat eens in de twee jaar komt, weegt "
            "niet te zwaar (bij 12 maanden wel). Drie jaar is vaak te lang: dan telt een oude situatie mee."
        ),
    ),
    Namen(
        id="7.12",
        variabele="zonder_beslisser",
        vraag=(
            "Bij welke grote accounts (minstens 5 %, 24 maanden, per concern) kennen we geen enkele beslisser? "
            "Geef de namen als lijst."
        ),
        referentie=_zonder_beslisser,
        fouten=[
            Fout(_KVK_NIET_NAAM, test=lambda s: s == set(_dekking().loc[~_dekking()["beslisser_bekend"], "klant"])),
            Fout("Dit zijn de accounts waar we wél een beslisser kennen.",
                 waarde=lambda: set(_dekking().loc[_dekking()["beslisser_bekend"], "naam"])),
            Fout("Je noemt bedrijven, geen concerns. Een concern heeft een beslisser als we er bij één van zijn "
                 "bedrijven één kennen.", test=lambda s: bool(s) and all(
                     n in set(_b()["bedrijfsnaam"]) and n not in set(_b()["concernnaam"]) for n in s)),
        ],
        namenlijst=_concernnamen,
        uitleg_te_veel=lambda n: (f"Bij '{n}' kennen we wel een beslisser." if n in set(_dekking()["naam"])
                                  else f"'{n}' is geen groot account."),
        hints=[
            "`grote = grote_accounts(facturen, bedrijven=bedrijven)` en dan "
            "`dekking = dmu_dekking(contactpersonen, grote, bedrijven=bedrijven)`: per account de contacten per rol.",
            "De kolom `beslisser_bekend` is True of False. Filter met "
            "`dekking[dekking[\"beslisser_bekend\"] == False]`.",
            "Neem de kolom `naam` met `.tolist()`.",
        ],
        oplossing=(
            "grote = grote_accounts(facturen, bedrijven=bedrijven)\n"
            "dekking = dmu_dekking(contactpersonen, grote, bedrijven=bedrijven)\n"
            'zonder_beslisser = dekking[dekking["beslisser_bekend"] == False]["naam"].tolist()'
        ),
    ),
    Tekst(
        id="7.13",
        variabele="laagste_marge",
        vraag=(
            "Welk van de grote accounts heeft het laagste margepercentage (bruto marge gedeeld door omzet, 24 "
            "maanden)? Geef de naam."
        ),
        referentie=_laagste_marge,
        namenlijst=_concernnamen,
        fouten=[
            Fout("Dat account heeft de laagste bruto marge in euro's. Gevraagd is het laagste percentage: de kolom "
                 "`margepercentage`.", waarde=lambda: str(_marge_groot().loc[_marge_groot()["bruto_marge"].idxmin(),
                                                                              "naam"])),
            Fout("Dat account heeft juist het hoogste margepercentage. Gebruik `.idxmin()` in plaats van `.idxmax()`.",
                 waarde=lambda: str(_marge_groot().loc[_marge_groot()["margepercentage"].idxmax(), "naam"])),
            Fout("Je kijkt naar alle klanten. Gevraagd is het laagste percentage van de grote accounts.",
                 waarde=lambda: str(_omzet(producten=laad("producten")).pipe(
                     lambda t: t.loc[t["margepercentage"].idxmin(), "naam"]))),
            Fout("Je gebruikt 12 maanden. Gevraagd zijn 24 maanden (de standaard).",
                 waarde=lambda: str(_grote(producten=laad("producten"), maanden=12).pipe(
                     lambda t: t.loc[t["margepercentage"].idxmin(), "naam"]))),
            Fout("Je gaf een KvK-nummer. Gevraagd is de naam (kolom `naam`).",
                 waarde=lambda: set(_grote()["klant"])),
        ],
        samen=("Dat account heeft de laagste bruto marge in euro's én het hoogste margepercentage. Gevraagd is het "
               "laagste margepercentage: `.idxmin()` op de kolom `margepercentage`."),
        hints=[
            "Geef `producten=producten` mee aan `grote_accounts`: dan krijg je de kolommen `bruto_marge` en "
            "`margepercentage`.",
            "`.idxmin()` op de kolom `margepercentage` geeft het rijlabel van het laagste percentage.",
            "Met `.loc[label, \"naam\"]` haal je de naam op.",
        ],
        oplossing=(
            "grote = grote_accounts(facturen, bedrijven=bedrijven, producten=producten)\n"
            'laagste_marge = grote.loc[grote["margepercentage"].idxmin(), "naam"]'
        ),
    ),
    Keuze(
        id="7.14",
        variabele="antwoord_7_14",
        vraag=(
            "Een groot zorgconcern wil voor 3.000 medewerkers het hele werkplekbeheer uitbesteden: laptops, "
            "licenties en service, met een DMU van acht mensen. Welke salesfunctie past hierbij?"
        ),
        opties={
            "a": "Sales binnendienst",
            "b": "Junior accountmanager",
            "c": "Accountmanager",
            "d": "Key accountmanager",
        },
        juist="d",
        waarom={
            "a": "de binnendienst past bij kleine klanten en eenvoudige producten die je zonder afspraak verkoopt.",
            "b": "een junior accountmanager werkt met kleinere klanten of eenvoudigere producten. Dit is groot én "
                 "complex.",
            "c": "een accountmanager past bij een middelgrote klant of een gemiddeld complex aanbod. Hier is beide "
                 "maximaal.",
        },
        hints=["Kijk in de matrix: hoe groot is de klant, en hoe complex is wat hij koopt?"],
        uitleg=(
            "Een grote klant met een complexe dienst en een DMU van veel mensen: een lang verkoopproces in fasen, "
            "met weinig maar lange bezoeken. Dat is het werk van een key accountmanager."
        ),
    ),
    Getal(
        id="7.17",
        variabele="deel_binnendienst",
        vraag=(
            "Welk deel van de omzet (24 maanden, per concern) komt van klanten die de binnendienst helpt (klanten "
            "zonder eigen accountmanager)? Gebruik `wie_bedient`. Geef een deel, zoals 0.25; op 0,001 nauwkeurig "
            "is goed."
        ),
        referentie=_deel_binnendienst,
        precisie=0.001,
        fouten=[
            Fout("Dat is het deel van de klanten, niet van de omzet. Tel de kolom `omzet` op in plaats van de rijen "
                 "te tellen.", waarde=lambda: float((_bediening()["bediening"] == "binnendienst").mean())),
            Fout("Dat is het deel van de omzet van de klanten mét een accountmanager. Gevraagd is de binnendienst.",
                 waarde=lambda: 1 - _deel_binnendienst()),
            Fout("Dat is de omzet in euro's. Deel die door de totale omzet.",
                 waarde=lambda: float(_bediening().query("bediening == 'binnendienst'")["omzet"].sum()),
                 precisie=1.0),
            Fout("Je rekent alles buiten de grote accounts tot de binnendienst. Maar niet alleen de grote accounts "
                 "hebben een accountmanager: ongeveer veertig concerns hebben er een. Gebruik `wie_bedient`: de "
                 "kolom `bediening` zegt per klant wie hem helpt.",
                 waarde=lambda: 1 - float(_grote()["aandeel"].sum())),
        ],
        hints=[
            "`wie_bedient(omzet, bedrijven)` zet bij elke klant in de kolom `bediening`: accountmanager of "
            "binnendienst.",
            "Filter de rijen met `bediening == \"binnendienst\"` en tel hun `omzet` op met `.sum()`.",
            "Deel dat door de omzet van alle klanten samen.",
        ],
        oplossing=(
            "bediening = wie_bedient(omzet_per_klant(facturen, bedrijven=bedrijven), bedrijven)\n"
            'binnendienst = bediening[bediening["bediening"] == "binnendienst"]\n'
            'deel_binnendienst = binnendienst["omzet"].sum() / bediening["omzet"].sum()'
        ),
    ),
    Keuze(
        id="7.15",
        variabele="antwoord_7_15",
        vraag=(
            "Een accountmanager van Vermeer laat de directie van een zorgconcern zien hoe nieuwe regels voor "
            "hybride werken over twee jaar hun behoefte aan werkplekken veranderen, nog voordat de klant er zelf "
            "naar vraagt. Welke vorm van verkopen is dit?"
        ),
        opties={
            "a": "Sales 1.0",
            "b": "Sales 2.0",
            "c": "Sales 3.0",
            "d": "Sales binnendienst",
        },
        juist="c",
        waarom={
            "a": "bij Sales 1.0 draait het om de transactie: product, prijs, order. Hier gaat het om een inzicht "
                 "over de toekomst van de klant.",
            "b": "bij Sales 2.0 denkt de verkoper mee over een vraag die de klant al heeft. Hier denkt hij vooruit, "
                 "over een behoefte die de klant nog niet ziet.",
            "d": "dat is een salesfunctie (een soort baan), geen vorm van verkopen. En de binnendienst helpt vooral "
                 "kleinere klanten met eenvoudige producten.",
        },
        hints=["Denkt de verkoper mee over een bestaande vraag, of brengt hij de klant een nieuw inzicht?"],
        uitleg=(
            "Vooruitdenken en de klant een nieuw inzicht brengen over zijn eigen toekomst is Sales 3.0 (insights "
            "selling). Bij Sales 2.0 denkt de verkoper mee over een vraag die er al is."
        ),
    ),
    Keuze(
        id="7.16",
        variabele="antwoord_7_16",
        vraag=(
            "Twee klanten van Vermeer fuseren tot één concern. Wat is voor Vermeer het grootste risico?"
        ),
        opties={
            "a": "De omzet van de twee klanten telt voortaan dubbel in de omzet per concern.",
            "b": "Het nieuwe concern kiest één leverancier voor alles; kiest het de concurrent, dan verliest Vermeer "
                 "beide klanten in één keer.",
            "c": "Er zijn na de fusie minder klanten, dus Vermeer moet meer nieuwe klanten werven.",
            "d": "Er is geen risico: een groter concern koopt altijd meer.",
        },
        juist="b",
        waarom={
            "a": "er telt niets dubbel: de omzet van de bedrijven komt alleen onder één concern te staan.",
            "c": "het aantal klanten is niet het probleem; het gaat om wie er na de fusie over de inkoop beslist.",
            "d": "een fusie kan ook kosten: de nieuwe DMU kijkt opnieuw naar alle leveranciers.",
        },
        hints=["Wie beslist er na de fusie over de inkoop, en over welke leveranciers?"],
        uitleg=(
            "Na een fusie beslist één DMU voor het hele concern en kijkt die vaak opnieuw naar alle leveranciers. "
            "Kiest die één leverancier, dan verlies of win je beide klanten tegelijk: de concentratie wordt groter."
        ),
    ),
    OpenKoppen(
        id="7.18",
        variabele="accountplan",
        vraag=(
            "Schrijf een kort accountplan voor het grote account zonder bekende beslisser (oefening 7.12). Gebruik "
            "de accountkaart. Zet deze koppen elk aan het begin van een regel: Markt, Uitdagingen, Concurrenten, "
            "Klachten, DMU, Doel, Aanpak. Schrijf onder elke kop minstens een zin over dit account. Noem het "
            "account bij naam en gebruik minstens twee getallen uit de kaart."
        ),
        koppen=["Markt", "Uitdagingen", "Concurrenten", "Klachten", "DMU", "Doel", "Aanpak"],
        min_woorden=60,
        min_woorden_per_kop=4,
        min_getallen=2,
        account=_plan_account,
        toelichting=("bij de standaarddataset, voor Karels Groep. Werk je met een eigen dataset, dan gaat jouw plan "
                     "over een ander account en kloppen deze getallen niet voor jou: kijk hoe het is opgebouwd"),
        modelantwoord=(
            "Markt: Karels Groep is een groothandel en importeur met vijf bedrijven in het concern; € 3 mln omzet "
            "in 24 maanden (8 % van onze omzet).\n"
            "Uitdagingen: de omzet daalde iets in het laatste jaar; de klant wil snellere levering en duidelijke "
            "informatie over de status.\n"
            "Concurrenten: we zijn de grootste van zeven leveranciers (23 % van hun besteding), maar bij ICT-werkplek "
            "zijn we derde met 14 %.\n"
            "Klachten: drie klachten in een jaar, alle binnen 24 uur afgehandeld.\n"
            "DMU: we kennen negen inkopers maar geen enkele beslisser. Eerst uitzoeken wie beslist, via de inkopers "
            "en de directie.\n"
            "Doel: over 24 maanden 30 % van de besteding en een raamovereenkomst voor ICT-werkplek.\n"
            "Aanpak: groter aandeel in ICT-werkplek (ruimte ruim € 7 mln), met de specialist ICT erbij (PSU); de "
            "marge (23 %) bewaken: geen extra korting zonder meer volume."
        ),
        hints=[
            "De cel boven je antwoord maakt de accountkaart van dit account: lees die eerst, van boven naar beneden.",
            "Schrijf je plan tussen drie aanhalingstekens: `accountplan = \"\"\"Markt: ...\"\"\"`, elke kop op een "
            "nieuwe regel.",
            "Maak elke kop concreet: de naam van het account, een getal uit de kaart, een doel in euro's of "
            "procenten.",
        ],
    ),
]

# In de volgorde van het werkboek.
OEFENINGEN.sort(key=lambda o: int(o.id.split(".")[1]))
