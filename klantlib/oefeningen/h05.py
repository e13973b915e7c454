"""Hoofdstuk 05: big data, het datawarehouse, datamining en de AVG.

Het werkboek ``solutions/05_big_data_werkboek.ipynb`` hoort hierbij. Alle
referenties rekenen met de actieve dataset (``kies_dataset`` / ``seed=``).

De controles hier gaan verder dan de gewone :class:`~klantlib.oefeningen.kern.Waarde`
(issue "feedback die een beginner kan vertrouwen"):

* elke vraag noemt hoe precies het antwoord moet zijn, en alles binnen die
  precisie is goed (:class:`Getal`);
* bekende foute methodes worden herkend en krijgen hun eigen uitleg
  (:class:`Fout`), uitgerekend op dezelfde data als het goede antwoord;
* veelgemaakte schrijffouten (een komma als decimaalteken, een getal als tekst
  met % of €, een duizendtalpunt, een Series waar één getal hoort) krijgen één
  concrete zin over wat je moet veranderen;
* een open vraag telt pas als er genoeg in staat (:class:`OpenVraag`);
* een fout gekozen letter bij meerkeuze zegt waarom die niet klopt (:class:`Keuze`).

Meldingen tonen geen interne namen en geen numpy-weergave (``np.float64(...)``).
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

from klantlib import bigdata
from klantlib.data import genereer_transacties, laad
from klantlib.oefeningen.kern import (
    FOUT,
    GOED,
    LEEG,
    Functie,
    Meerkeuze,
    Open,
    Waarde,
    _foutzin,
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
    methode uitrekent (op de actieve dataset); een antwoord binnen de precisie
    van de oefening krijgt ``uitleg``. Of ``test``: een functie die het
    (omgezette) antwoord krijgt en ``True`` of een eigen uitlegtekst geeft als
    het deze fout is.
    """

    uitleg: str
    waarde: Callable[[], Any] | None = None
    test: Callable[[Any], Any] | None = None


def toon(x: Any) -> str:
    """Een getal zoals een mens het leest, zonder numpy-weergave.

    >>> toon(np.float64(15.0)), toon(0.12345678), toon(np.int64(3)), toon(1234567.0)
    ('15', '0.1235', '3', '1234567')
    """
    return leesbaar_getal(x)


def _decimalen(x: float) -> int:
    tekst = repr(float(x))
    if "e" in tekst:
        return 10
    return len(tekst.split(".")[1].rstrip("0")) if "." in tekst else 0


_DUIZEND = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")


def _tekst_als_getal(tekst: str) -> tuple[float | None, list[str]]:
    """Lees tekst als '48,6 %', '€ 1.234,50' of '0.486'; geef het getal en wat eraan mankeerde."""
    kaal = tekst.strip()
    opmerkingen = []
    if "%" in kaal:
        opmerkingen.append("zonder %-teken")
        kaal = kaal.replace("%", "")
    if "€" in kaal or kaal.lower().startswith("eur"):
        opmerkingen.append("zonder €-teken")
        kaal = kaal.replace("€", "").replace("EUR", "").replace("eur", "")
    kaal = kaal.replace(" ", "")
    if _DUIZEND.match(kaal):
        opmerkingen.append("zonder punten tussen de duizendtallen")
        kaal = kaal.replace(".", "")
    if "," in kaal:
        opmerkingen.append("met een punt als decimaalteken in plaats van een komma")
        kaal = kaal.replace(".", "").replace(",", ".")
    try:
        return float(kaal), opmerkingen
    except ValueError:
        return None, opmerkingen


@dataclass
class _Omgezet:
    getal: float | None = None
    melding: str | None = None


def _als_getal(antwoord, verwacht: float, dicht: Callable[[float], bool]) -> _Omgezet:
    """Zet het antwoord om naar één getal, of geef één zin over wat er mis is."""
    if isinstance(antwoord, (bool, np.bool_)):
        return _Omgezet(melding=f"Je antwoord is {bool(antwoord)} (waar/onwaar); verwacht wordt een getal.")
    if isinstance(antwoord, (int, float, np.integer, np.floating)):
        return _Omgezet(getal=float(antwoord))
    if isinstance(antwoord, tuple) and len(antwoord) == 2 and all(
            isinstance(x, (int, np.integer)) and not isinstance(x, bool) for x in antwoord):
        voor, na = (int(x) for x in antwoord)
        return _Omgezet(melding=(
            f"Python las je komma als scheidingsteken: `{voor},{na}` wordt twee getallen. Gebruik in Python een "
            f"punt als decimaalteken: `{voor}.{na}`."))
    if isinstance(antwoord, str):
        getal, opmerkingen = _tekst_als_getal(antwoord)
        if getal is None:
            return _Omgezet(melding=f"Je antwoord is de tekst '{antwoord[:40]}'. Verwacht wordt een getal, zonder "
                                    "aanhalingstekens.")
        if "%" in antwoord and abs(verwacht) <= 1 < abs(getal):
            return _Omgezet(melding=f"Je antwoord is tekst ('{antwoord[:40]}'). Gevraagd is een deel, geen "
                                    f"percentage en zonder aanhalingstekens: {toon(getal)} % schrijf je als "
                                    f"`{toon(getal / 100)}`.")
        wat = ", ".join(["zonder aanhalingstekens", *opmerkingen])
        return _Omgezet(melding=f"Je antwoord is tekst ('{antwoord[:40]}'). Schrijf alleen het getal, {wat}: "
                                f"bijvoorbeeld `{toon(getal)}`.")
    if isinstance(antwoord, (pd.Series, pd.DataFrame)):
        waarden = pd.Series(np.ravel(antwoord.to_numpy()))
        if antwoord.size == 1:
            manier = "`.iloc[0]`" if isinstance(antwoord, pd.Series) else "`.iloc[0, 0]`"
            return _Omgezet(melding=f"Je antwoord is een {'Series' if isinstance(antwoord, pd.Series) else 'tabel'} "
                                    f"met één waarde. Haal het getal eruit met {manier}.")
        if isinstance(antwoord, pd.DataFrame) and dicht(float(len(antwoord))):
            return _Omgezet(melding=f"Je antwoord is een tabel met {len(antwoord)} rijen: dat zijn de goede rijen. "
                                    "Gevraagd is hoeveel het er zijn: tel ze met `len(...)`.")
        if isinstance(antwoord, pd.Series) and antwoord.dtype == bool and dicht(float(antwoord.sum())):
            return _Omgezet(melding="Je antwoord is een Series met True of False per rij. Tel de True's op met "
                                    "`.sum()`: True telt als 1.")
        numeriek = pd.to_numeric(waarden, errors="coerce")
        raak = [i for i, w in enumerate(numeriek) if pd.notna(w) and dicht(float(w))]
        if raak and isinstance(antwoord, pd.Series):
            label = antwoord.index[raak[0]]
            return _Omgezet(melding=f"Het goede getal staat in je Series, bij label '{label}'. Neem alleen die "
                                    f"waarde, bijvoorbeeld met `.loc[...]`.")
        soort = "Series" if isinstance(antwoord, pd.Series) else "tabel"
        return _Omgezet(melding=f"Je antwoord is een {soort} met {antwoord.size} waarden; verwacht wordt één getal.")
    if isinstance(antwoord, (list, tuple, set, np.ndarray)):
        return _Omgezet(melding=f"Je antwoord is een lijst met {len(antwoord)} waarden; verwacht wordt één getal.")
    if antwoord is None:
        return _Omgezet(melding="Je antwoord is None (niets). Vergeet je het getal aan de variabele te geven?")
    return _Omgezet(melding=f"Verwacht wordt een getal, maar je antwoord is een {type(antwoord).__name__}.")


class Getal(Waarde):
    """Een oefening met één getal als antwoord, met een vaste precisie.

    ``precisie`` is het grootste toegestane verschil (0 = precies, voor
    aantallen). Met ``factor`` (bijvoorbeeld 2) is alles tussen het goede
    antwoord gedeeld door en maal ``factor`` goed: voor schattingen.
    ``fouten`` zijn typische fouten met hun eigen uitleg.
    """

    def __init__(self, id, variabele, vraag, referentie, *, precisie: float = 0.0, factor: float | None = None,
                 fouten=(), hints=(), oplossing="", voorcontrole=None, opmerking=None, ook_goed=()):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing)
        self.precisie, self.factor, self.fouten = float(precisie), factor, list(fouten)
        #: ``voorcontrole(namespace, antwoord)``: een uitleg als het antwoord met een bekende foute methode is
        #: gemaakt, ook als het toevallig binnen de marge valt (bijvoorbeeld de verkeerde kolom van ``proef``).
        self.voorcontrole = voorcontrole
        #: ``opmerking(namespace)``: een extra zin bij een goed antwoord (bijvoorbeeld: klopt hier toevallig).
        self.opmerking = opmerking
        #: Functies zonder argumenten voor een ander antwoord dat ook goed is (een tweede redelijke lezing).
        self.ook_goed = list(ook_goed)

    def _dicht(self, a: float, v: float) -> bool:
        if self.factor is not None:
            return v > 0 and a > 0 and v / self.factor <= a <= v * self.factor
        return abs(a - v) <= self.precisie + 1e-9 * max(1.0, abs(v))

    def _fout(self, tekst: str):
        return self._uitslag(FOUT, f"`{self.variabele}`: {tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

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
        omgezet = _als_getal(antwoord, verwacht, lambda w: self._dicht(w, verwacht))
        if omgezet.melding:
            return self._fout(omgezet.melding)
        a = omgezet.getal
        if math.isnan(a):
            return self._fout("Je antwoord is NaN (geen getal). Zitten er lege waarden in je berekening?")
        if self.voorcontrole is not None:
            try:
                uitleg = self.voorcontrole(namespace, a)
            except Exception:  # noqa: BLE001 - de voorcontrole mag het oordeel nooit breken
                uitleg = None
            if uitleg:
                return self._fout(uitleg)
        if not self._dicht(a, verwacht):
            for anders in self.ook_goed:
                try:
                    if self._dicht(a, float(anders())):
                        return self._uitslag(GOED, f"`{self.variabele}` klopt.")
                except Exception:  # noqa: BLE001
                    continue
        if self._dicht(a, verwacht):
            extra = None
            if self.opmerking is not None:
                try:
                    extra = self.opmerking(namespace)
                except Exception:  # noqa: BLE001
                    extra = None
            return self._uitslag(GOED, f"`{self.variabele}` klopt." + (f" {extra}" if extra else ""))
        for fout in self.fouten:
            if fout.waarde is not None:
                try:
                    fout_waarde = float(fout.waarde())
                except Exception:  # noqa: BLE001 - een foute methode die niet te berekenen is, telt niet
                    continue
                if self._dicht(a, fout_waarde):
                    return self._fout(fout.uitleg)
            elif fout.test is not None:
                uitkomst = fout.test(a)
                if uitkomst:
                    return self._fout(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        return self._fout(self._algemeen(a, verwacht))

    def _algemeen(self, a: float, v: float) -> str:
        if v != 0 and self._dicht(a / 100, v):
            return ("Je antwoord is precies 100 keer te groot. Gaf je een percentage? Gevraagd is een deel "
                    "(zoals 0.25 voor 25 %)." if abs(v) <= 1 else "Je antwoord is precies 100 keer te groot.")
        if self.factor is None and 0 < abs(v) <= 1 and 1 < abs(a) <= 100:
            return "Je antwoord lijkt een percentage. Gevraagd is een deel, zoals 0.25 voor 25 %."
        if v != 0 and self._dicht(a * 100, v):
            return "Je antwoord is precies 100 keer te klein. Gevraagd is een percentage (zoals 25 voor 25 %)."
        if self.factor is None and self.precisie > 0:
            d = _decimalen(a)
            if round(v, d) == round(a, d) and d < 10:
                nauwkeurig = toon(self.precisie).replace(".", ",")
                return (f"Je hebt te grof afgerond. Geef het antwoord op {nauwkeurig} nauwkeurig, of rond "
                        "helemaal niet af.")
        if self.factor is None and abs(v) >= 1000 and not float(a).is_integer() and self._dicht(a * 1000, v):
            return ("Python leest een punt als decimaalteken, dus je getal is 1000 keer te klein. Schrijf grote "
                    "getallen zonder punt tussen de duizendtallen (of met een liggend streepje: 19_958).")
        if self.factor is not None:
            return ("Je schatting zit er meer dan een factor " + toon(self.factor)
                    + (" te hoog naast." if a > v else " te laag naast."))
        return "Je getal is te hoog." if a > v else "Je getal is te laag."

    def oplossingstekst(self) -> str:
        return f"```python\n{self.oplossing.strip()}\n```" if self.oplossing else "Geen modeloplossing beschikbaar."


def _als_set(antwoord) -> tuple[set | None, str | None]:
    if isinstance(antwoord, str):
        return None, ("Je antwoord is één tekst. Zet de namen in een lijst, elk tussen aanhalingstekens: "
                      "`[\"a\", \"b\"]`.")
    if isinstance(antwoord, pd.DataFrame):
        return None, "Je antwoord is een tabel. Geef alleen de namen, als lijst."
    if isinstance(antwoord, pd.Series):
        antwoord = antwoord.tolist()
    if isinstance(antwoord, (pd.Index, np.ndarray)):
        antwoord = list(antwoord)
    if isinstance(antwoord, dict):
        return None, "Je antwoord is een woordenboek (dict). Geef de namen als lijst."
    if not isinstance(antwoord, (list, tuple, set, frozenset)):
        return None, f"Verwacht wordt een lijst met namen, maar je antwoord is een {type(antwoord).__name__}."
    lijst = list(antwoord)
    niet_tekst = [x for x in lijst if not isinstance(x, str)]
    if niet_tekst:
        return None, f"Elke naam moet tekst zijn, tussen aanhalingstekens; '{toon(niet_tekst[0])}' is dat niet."
    dubbel = sorted({x for x in lijst if lijst.count(x) > 1})
    if dubbel:
        return None, f"'{dubbel[0]}' staat er dubbel in; elke naam hoort er maar één keer in."
    return set(lijst), None


class Namen(Waarde):
    """Een oefening met een verzameling namen als antwoord (volgorde maakt niet uit).

    ``uitleg_te_veel`` en ``uitleg_ontbreekt``: per naam een eigen uitleg.
    ``fouten``: typische fouten (met ``test``) die de hele verzameling krijgen.
    """

    def __init__(self, id, variabele, vraag, referentie, *, uitleg_te_veel=None, uitleg_ontbreekt=None,
                 fouten=(), hints=(), oplossing="", keuzenamen=None, leeg_uitleg=None):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing, volgorde=False)
        self.uitleg_te_veel = uitleg_te_veel or {}
        self.uitleg_ontbreekt = uitleg_ontbreekt or {}
        self.fouten = list(fouten)
        #: De namen waaruit de leerling kiest (zoals ze in de vraag staan): een andere schrijfwijze van een van
        #: deze namen krijgt "schrijf precies zoals in de vraag", niet "hoort er niet bij".
        self.keuzenamen = list(keuzenamen or [])
        self.leeg_uitleg = leeg_uitleg or ("Je lijst is leeg. Vond je filter niets? Schrijf de waarde precies zoals "
                                           "in de tabel (hoofdletters tellen mee).")

    def _fout(self, tekst: str):
        return self._uitslag(FOUT, f"`{self.variabele}`: {tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def _uitleg(self, bron, naam: str):
        uitleg = bron(naam) if callable(bron) else bron.get(naam)
        return uitleg

    def controleer(self, namespace: dict, cache: dict | None = None):
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = {str(x) for x in _verwachte_waarde(self, cache)}
        except Exception as fout:  # noqa: BLE001
            return self._uitslag(FOUT, "Er ging iets mis in klantlib bij het uitrekenen van het juiste antwoord "
                                       f"({_foutzin(fout)}). Dit ligt niet aan jou: meld het aan je docent.")
        namen, melding = _als_set(antwoord)
        if melding:
            return self._fout(melding)
        if namen == verwacht:
            return self._uitslag(GOED, f"`{self.variabele}` klopt.")
        if not namen:
            return self._fout(self.leeg_uitleg)
        for fout in self.fouten:
            uitkomst = fout.test(namen) if fout.test is not None else None
            if uitkomst:
                return self._fout(uitkomst if isinstance(uitkomst, str) else fout.uitleg)
        gewoon = {x.strip().casefold(): x for x in verwacht}
        if {x.strip().casefold() for x in namen} == set(gewoon):
            return self._fout("Bijna: let op hoofdletters en spaties. Schrijf de namen precies zoals in de tabel.")
        te_veel = sorted(namen - verwacht)
        ontbreekt = sorted(verwacht - namen)
        for naam in te_veel:
            uitleg = self._uitleg(self.uitleg_te_veel, naam)
            if uitleg:
                return self._fout(uitleg)
        if self.keuzenamen:
            def kaal(x: str) -> str:
                return re.sub(r"[^0-9a-z]", "", x.casefold())
            for naam in te_veel:
                if naam in self.keuzenamen:
                    continue
                lijkt = [k for k in self.keuzenamen if kaal(k) == kaal(naam)] or difflib.get_close_matches(
                    naam.casefold(), self.keuzenamen, n=1, cutoff=0.7)
                if lijkt:
                    return self._fout(f"'{naam}' staat zo niet in de vraag. Bedoel je '{lijkt[0]}'? Schrijf de "
                                      "namen precies zoals in de vraag.")
                return self._fout(f"'{naam}' staat niet in de vraag. Kies alleen uit de namen die daar staan.")
        if te_veel:
            return self._fout(f"'{te_veel[0]}' hoort er niet bij.")
        for naam in ontbreekt:
            uitleg = self._uitleg(self.uitleg_ontbreekt, naam)
            if uitleg:
                return self._fout(uitleg)
        aantal = len(ontbreekt)
        return self._fout(f"Er ontbre{'ekt nog één naam' if aantal == 1 else f'ken nog {aantal} namen'}.")


class Tabelkolommen(Waarde):
    """Een oefening waarin de leerling een tabel maakt met precies de goede kolommen (en alle rijen)."""

    def __init__(self, id, variabele, vraag, referentie, *, uitleg_te_veel=None, uitleg_ontbreekt=None,
                 hints=(), oplossing=""):
        super().__init__(id, variabele, vraag, referentie, hints=hints, oplossing=oplossing, volgorde=False)
        self.uitleg_te_veel = uitleg_te_veel or {}
        self.uitleg_ontbreekt = uitleg_ontbreekt or {}

    def _fout(self, tekst: str):
        return self._uitslag(FOUT, f"`{self.variabele}`: {tekst} Vraag een hint met `wb.hint(\"{self.id}\")`.")

    def controleer(self, namespace: dict, cache: dict | None = None):
        if self.variabele not in namespace:
            return self._uitslag(LEEG, f"Maak eerst de variabele `{self.variabele}` en voer de cel uit.")
        antwoord = namespace[self.variabele]
        if is_leeg(antwoord):
            return self._uitslag(LEEG, f"Vervang `____` bij `{self.variabele}` door je eigen code.")
        try:
            verwacht = _verwachte_waarde(self, cache)
        except Exception as fout:  # noqa: BLE001
            return self._uitslag(FOUT, "Er ging iets mis in klantlib bij het uitrekenen van het juiste antwoord "
                                       f"({_foutzin(fout)}). Dit ligt niet aan jou: meld het aan je docent.")
        if isinstance(antwoord, pd.Series):
            return self._fout("Je antwoord is één kolom (Series). Kies meer kolommen met dubbele haken: "
                              "`tabel[[\"a\", \"b\"]]`.")
        if isinstance(antwoord, (list, tuple, set)):
            return self._fout("Je antwoord is een lijst. Maak er een tabel van: `tabel[[...]]` met je lijst "
                              "tussen de haken.")
        if not isinstance(antwoord, pd.DataFrame):
            return self._fout(f"Verwacht wordt een tabel (DataFrame), maar je antwoord is een "
                              f"{type(antwoord).__name__}.")
        kolommen = [str(k) for k in antwoord.columns]
        nodig = [str(k) for k in verwacht.columns]
        for kolom in kolommen:
            if kolom not in nodig:
                return self._fout(self.uitleg_te_veel.get(kolom, f"De kolom '{kolom}' is niet nodig."))
        for kolom in nodig:
            if kolom not in kolommen:
                return self._fout(self.uitleg_ontbreekt.get(kolom, "Er ontbreekt nog een kolom die nodig is."))
        if len(antwoord) != len(verwacht):
            return self._fout(f"Je tabel heeft {len(antwoord)} rijen, de oorspronkelijke tabel {len(verwacht)}. "
                              "Laat alle rijen staan; alleen kolommen gaan eruit.")
        links = antwoord[nodig].reset_index(drop=True)
        rechts = verwacht[nodig].reset_index(drop=True)
        for kolom in nodig:
            a, b = links[kolom], rechts[kolom]
            if not ((a == b) | (a.isna() & b.isna())).fillna(False).all():
                return self._fout(f"De waarden in kolom '{kolom}' zijn veranderd; neem ze over zoals ze zijn.")
        return self._uitslag(GOED, f"`{self.variabele}` klopt: alleen wat nodig is.")


class FunctieMetFouten(Functie):
    """Een functie-oefening die bekende foute formules herkent (``fouten``: functie → uitleg)."""

    def __init__(self, id, functie, vraag, gevallen, referentie, *, fouten=(), precisie: float = 1e-9,
                 afronden: int | None = None, hints=(), oplossing=""):
        super().__init__(id, functie, vraag, gevallen, referentie, hints=hints, oplossing=oplossing)
        self.fouten, self.precisie = list(fouten), precisie
        #: Afronden op zoveel decimalen (of meer) is ook goed: de les rondt een lift zelf af op 2 decimalen.
        self.afronden = afronden

    def controleer(self, namespace: dict, cache: dict | None = None):
        f = namespace.get(self.functie)
        if f is None or is_leeg(f):
            return self._uitslag(LEEG, f"Schrijf eerst de functie `{self.functie}` en voer de cel uit.")
        if not callable(f):
            return self._uitslag(FOUT, f"`{self.functie}` is geen functie. Begin met `def {self.functie}(...):`.")
        afgerond = False
        for args in self.gevallen:
            aanroep = f"{self.functie}({', '.join(toon(a) for a in args)})"
            verwacht = self.referentie(*args)
            try:
                uitkomst = f(*args)
            except Exception as fout:  # noqa: BLE001
                return self._uitslag(FOUT, f"Je functie geeft een foutmelding bij `{aanroep}`: {_foutzin(fout)}.")
            if is_leeg(uitkomst):
                return self._uitslag(LEEG, f"Vervang `____` in de functie `{self.functie}` door je eigen code.")
            if uitkomst is None:
                return self._uitslag(FOUT, f"`{aanroep}` geeft niets terug. Zet `return` voor je berekening.")
            if not isinstance(uitkomst, (int, float, np.integer, np.floating)) or isinstance(uitkomst, bool):
                return self._uitslag(FOUT, f"`{aanroep}` geeft geen getal terug.")
            if abs(float(uitkomst) - verwacht) <= self.precisie:
                continue
            if self.afronden is not None and any(abs(float(uitkomst) - round(verwacht, d)) <= 1e-9
                                                 for d in range(self.afronden, 10)):
                afgerond = True
                continue
            for fout in self.fouten:
                if abs(float(uitkomst) - fout.waarde(*args)) <= self.precisie:
                    return self._uitslag(FOUT, f"`{aanroep}` geeft {toon(uitkomst)}. {fout.uitleg}")
            return self._uitslag(FOUT, f"`{aanroep}` geeft {toon(uitkomst)}; dat klopt nog niet. "
                                       f"Vraag een hint met `wb.hint(\"{self.id}\")`.")
        extra = (" Je functie rondt af; dat mag, maar zonder afronden kun je later verder rekenen met het precieze "
                 "getal." if afgerond else "")
        return self._uitslag(GOED, f"`{self.functie}` werkt voor alle {len(self.gevallen)} testgevallen.{extra}")


class Keuze(Meerkeuze):
    """Meerkeuze waarbij elk fout antwoord een eigen uitleg krijgt (``waarom``: letter → tekst)."""

    def __init__(self, id, variabele, vraag, opties, juist, *, waarom, hints=(), uitleg=""):
        super().__init__(id, variabele, vraag, opties, juist, hints=hints, uitleg=uitleg)
        self.waarom = dict(waarom)
        ontbreekt = set(self.opties) - {self.juist} - set(self.waarom)
        if ontbreekt:
            raise ValueError(f"Keuze {self.id}: geen uitleg bij optie(s) {', '.join(sorted(ontbreekt))}.")

    def controleer(self, namespace: dict, cache: dict | None = None):
        uitslag = super().controleer(namespace, cache)
        antwoord = namespace.get(self.variabele)
        if uitslag.status == FOUT and isinstance(antwoord, str):
            letter = antwoord.strip().strip(")").strip().lower()
            if letter in self.waarom:
                uitslag.tekst = f"Antwoord {letter} is het niet: {self.waarom[letter]}"
        return uitslag


_NIETSZEGGEND = {"weet ik niet", "geen idee", "idk", "nvt", "n.v.t.", "x", "?", "ja", "nee", "test"}


class OpenVraag(Open):
    """Een open vraag met een minimale inhoud: genoeg woorden en de kern van het antwoord.

    ``kern`` is een lijst van (woorden, wat_ontbreekt): het antwoord moet
    minstens één van de woorden bevatten (een deel van een woord telt ook, dus
    "toeval" past bij "toevallig"); anders zegt de feedback wat er ontbreekt.
    De inhoud zelf wordt niet nagekeken: vergelijk met het modelantwoord.
    """

    def __init__(self, id, variabele, vraag, modelantwoord, *, min_woorden: int = 15, kern=(), hints=(),
                 tegendeel=()):
        super().__init__(id, variabele, vraag, modelantwoord, hints=hints)
        self.min_woorden, self.kern = min_woorden, list(kern)
        #: (patroon, uitleg): een antwoord dat het tegendeel beweert ("het is geen toeval", "ik hoef niets te
        #: controleren") telt niet, ook al staan de kernwoorden erin (studentproef h05).
        self.tegendeel = list(tegendeel)

    def controleer(self, namespace: dict, cache: dict | None = None):
        uitslag = super().controleer(namespace, cache)
        if uitslag.status != GOED:
            return uitslag
        tekst = str(namespace.get(self.variabele, "")).strip()
        woorden = re.findall(r"[A-Za-zÀ-ÿ0-9]+", tekst)
        if tekst.lower().strip(" .!") in _NIETSZEGGEND or len(woorden) < 3:
            return self._uitslag(FOUT, "Schrijf je eigen uitleg in een paar zinnen; zo'n kort antwoord telt nog "
                                       "niet.")
        if len(woorden) < self.min_woorden:
            return self._uitslag(FOUT, f"Je antwoord is nog kort ({len(woorden)} woorden). Leg het uit in minstens "
                                       f"{self.min_woorden} woorden.")
        klein = tekst.lower()
        for patroon, uitleg in self.tegendeel:
            if re.search(patroon, klein):
                return self._uitslag(FOUT, uitleg)
        for woorden_kern, wat in self.kern:
            if not any(w in klein for w in woorden_kern):
                return self._uitslag(FOUT, f"Je antwoord zegt nog niets over {wat}.")
        return self._uitslag(GOED, "Je antwoord bevat de kern. Dit is een open vraag: vergelijk je uitleg met het "
                                   f"modelantwoord: `wb.oplossing(\"{self.id}\")`.")


# ---------------------------------------------------------------------------
# Referenties (op de actieve dataset)
# ---------------------------------------------------------------------------

N_WAREHOUSE = 100_000
REGEL_5_5 = ("Laptop", "Docking station")
NIEUWE_KLANT_5_7 = ["Bureaustoel", "Laptop"]
DREMPELS_5_7 = {"min_support": 0.01, "min_confidence": 0.2}
STATISCH_5_4 = {"kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector"}
DYNAMISCH_5_4 = {
    "omzet_dit_jaar": "Omzet verandert met elke factuur: dat is dynamisch.",
    "datum_laatste_bezoek": "Er komt steeds een nieuw bezoek bij, dus deze datum verandert regelmatig: dynamisch.",
    "open_offertes": "Offertes komen en gaan: het aantal open offertes is dynamisch.",
    "laatste_nps": "Na elke enquête kan de laatste score anders zijn: dynamisch.",
    "klachten_dit_jaar": "Elke nieuwe klacht verandert dit getal: dynamisch.",
}
VELDEN_5_4 = sorted(STATISCH_5_4 | set(DYNAMISCH_5_4))
NODIG_5_11 = ["kvk_nummer", "business_unit", "score"]


def _transacties():
    from klantlib import data

    seed = data.actieve_seed()
    return genereer_transacties(N_WAREHOUSE, seed=data.STANDAARD_SEED if seed is None else seed)


def _factor_cbs() -> float:
    return 540_000 / 29_000


def _geheugen_100k() -> float:
    from klantlib import data

    seed = data.actieve_seed()
    tabel = genereer_transacties(100_000, seed=data.STANDAARD_SEED if seed is None else seed)
    return float(tabel.memory_usage(deep=True).sum() / 1e6)


def _geheugen_miljoen() -> float:
    return 10 * _geheugen_100k()


def _koppel_kvk(kolom: str = "kvk_nummer"):
    bedrijven = laad("bedrijven")
    return bedrijven.drop_duplicates("vestigingsnummer").set_index("vestigingsnummer")[kolom]


def _aantal_concerns_sql() -> int:
    t = _transacties()
    return int(t["besteld_door"].map(_koppel_kvk("concern_kvk")).nunique())


def _regel(als: str, dan: str) -> pd.Series:
    return bigdata.regelmaten(laad("facturen"), als, dan)


def _confidence_5_5() -> float:
    return float(_regel(*REGEL_5_5)["confidence"])


def _lift(support_beide, support_als, support_dan):
    return support_beide / (support_als * support_dan)


def _regels_5_7(min_support=DREMPELS_5_7["min_support"], min_confidence=DREMPELS_5_7["min_confidence"]):
    return bigdata.associatieregels(laad("facturen"), min_support=min_support, min_confidence=min_confidence)


def _aanbod_5_7() -> set[str]:
    return set(bigdata.kruisverkoop(NIEUWE_KLANT_5_7, _regels_5_7())["product"])


def _uitleg_te_veel_5_7(naam: str) -> str | None:
    if naam in NIEUWE_KLANT_5_7:
        return f"'{naam}' heeft de klant al gekocht; kruisverkoop gaat over wat hij nog niet heeft."
    alle = _regels_5_7(min_support=0.001, min_confidence=0.0)
    van_klant = alle[alle["als"].isin(NIEUWE_KLANT_5_7) & (alle["dan"] == naam)]
    if not van_klant.empty:
        return (f"'{naam}' volgt wel uit een regel, maar die haalt de drempels niet (support minstens 0.01 en "
                "confidence minstens 0.2).")
    return None


def _rfm_bedrijf() -> pd.DataFrame:
    return bigdata.rfm(laad("facturen"), bedrijven=laad("bedrijven"))


def _aantal_slapers() -> int:
    return int((_rfm_bedrijf()["recentheid"] > 365).sum())


def _koppel_facturen(kolom: str) -> float:
    tabel = bigdata.koppelgraad({"facturen": laad("facturen")}, laad("bedrijven"), via={"facturen": kolom})
    return float(tabel.loc["facturen", "aandeel"])


def _aandeel_op_naam() -> float:
    return _koppel_facturen("klantnaam")


def _aandeel_unieke_namen() -> float:
    namen = laad("facturen")["klantnaam"].dropna().drop_duplicates()
    return float(namen.isin(set(laad("bedrijven")["bedrijfsnaam"])).mean())


def _persoonskolommen() -> set[str]:
    tabel = bigdata.persoonsgegevens(laad("contactpersonen"))
    return set(tabel.index[tabel["persoonsgegeven"] == "ja"])


def _voor_analist() -> pd.DataFrame:
    return laad("enquetes")[NODIG_5_11]


_DUIZENDPUNT = re.compile(r"(?<![\w.])\d{1,3}(\.\d{3})+(?![\d.])")


def _opmerking_5_1(namespace: dict) -> str | None:
    """Schreef de leerling 540.000 / 29.000? Dat klopt hier toevallig (beide getallen zijn 1000 keer te klein)."""
    cellen = [c for c in invoercellen(namespace) if "factor_cbs" in c and "=" in c]
    if cellen and _DUIZENDPUNT.search(cellen[-1]):
        return ("Let op: je schreef een punt tussen de duizendtallen. In Python is `29.000` het getal 29,0. Hier "
                "klopt de deling toevallig, omdat beide getallen 1000 keer te klein zijn; schrijf voortaan "
                "`29_000` of `29000`.")
    return None


def _dichtbij(a: float, b: float, marge: float = 0.03) -> bool:
    return b > 0 and abs(a - b) <= marge * b


def _voorcontrole_5_2(namespace: dict, a: float) -> str | None:
    """Herken de verkeerde kolom of de verkeerde rij van de schaalproef van de leerling zelf."""
    proef = namespace.get("proef")
    if not isinstance(proef, pd.DataFrame) or "geheugen_mb" not in proef.columns or len(proef) < 2:
        return None
    goed = bigdata.voorspel(proef, "geheugen_mb", 1_000_000)
    if _dichtbij(a, goed, 0.01):
        return None
    for kolom, uitleg in [
        ("csv_mb", "Je gebruikt `csv_mb`: dat is de grootte van het CSV-bestand op schijf, niet het geheugen. "
                   "Neem de kolom `geheugen_mb`."),
        ("parquet_mb", "Je gebruikt `parquet_mb`: dat is de grootte van het Parquet-bestand op schijf, niet het "
                       "geheugen. Neem de kolom `geheugen_mb`."),
    ]:
        if kolom in proef.columns and _dichtbij(a, bigdata.voorspel(proef, kolom, 1_000_000), 0.01):
            return uitleg
    if _dichtbij(a, 10 * float(proef["geheugen_mb"].sum()), 0.01):
        return ("Je telt het geheugen van alle metingen op en doet dat keer tien. Neem alleen de meting bij "
                "100.000 rijen (of laat `voorspel` de lijn doortrekken).")
    return None


def _concerns_warehouse(n_rijen: int, alleen_facturen: bool = False) -> int:
    from klantlib import data

    seed = data.actieve_seed()
    t = genereer_transacties(n_rijen, seed=data.STANDAARD_SEED if seed is None else seed)
    if alleen_facturen:
        t = t[t["soort"] == "factuur"]
    return int(t["besteld_door"].map(_koppel_kvk("concern_kvk")).nunique())


def _slapers_kmeans() -> int:
    segmenten = bigdata.segmenteer(_rfm_bedrijf(), k=4, seed=2024)
    return int((segmenten["segmentnaam"] == "slapers").sum())


def _naam_koppel(hoofdletters_gelijk: bool = False, als_deel: bool = True) -> float:
    namen = laad("facturen")["klantnaam"]
    officieel = laad("bedrijven")["bedrijfsnaam"]
    if hoofdletters_gelijk:
        namen, officieel = namen.str.lower(), officieel.str.lower()
    raak = namen.isin(set(officieel.dropna()))
    return float(raak.mean() if als_deel else raak.sum())


def _ontbreekt_5_7(namen: set) -> str | None:
    verwacht = _aanbod_5_7()
    if namen and namen < verwacht:
        aantal = len(verwacht - namen)
        return (f"Er ontbre{'ekt nog één naam' if aantal == 1 else f'ken nog {aantal} namen'}. Gebruik je precies "
                "de drempels uit de vraag (min_support=0.01 en min_confidence=0.2) en allebei de producten van de "
                "klant?")
    return None


def _alleen_nee_5_10(namen: set) -> str | None:
    tabel = bigdata.persoonsgegevens(laad("contactpersonen"))
    if namen == set(tabel.index[tabel["persoonsgegeven"] == "nee"]):
        return "Je kiest de kolommen met 'nee'. Gevraagd zijn de kolommen die wél een persoon aanwijzen: 'ja'."
    return None


# ---------------------------------------------------------------------------
# De oefeningen
# ---------------------------------------------------------------------------

OEFENINGEN = [
    Getal(
        id="5.1",
        variabele="factor_cbs",
        vraag=(
            "Het CBS noteerde vroeger elke maand 29.000 prijzen met de hand. Met de scannerkassa's zijn dat er "
            "540.000 per maand. Hoeveel keer zoveel prijzen is dat? Reken het uit met Python; het antwoord moet "
            "op 0,01 nauwkeurig zijn."
        ),
        referentie=_factor_cbs,
        precisie=0.01,
        fouten=[
            Fout("Je deelt andersom: 'hoeveel keer zoveel' is het nieuwe aantal gedeeld door het oude.",
                 waarde=lambda: 29_000 / 540_000),
            Fout("Dat is het verschil (hoeveel prijzen erbij kwamen), geen factor. Deel in plaats van af te trekken.",
                 waarde=lambda: 540_000 - 29_000),
            Fout("Dat is de groei: hoeveel keer extra er bijkwam. Gevraagd is hoeveel keer zoveel het nu is: "
                 "nieuw gedeeld door oud, zonder er 1 af te halen.", waarde=lambda: 540_000 / 29_000 - 1),
            Fout("Het boek zegt 'ruim achttien keer'. Gevraagd is het precieze getal, op 0,01 nauwkeurig.",
                 test=lambda a: a in (18.0, 19.0)),
        ],
        opmerking=_opmerking_5_1,
        hints=[
            "'Hoeveel keer zoveel' = het nieuwe aantal gedeeld door het oude aantal.",
            "In Python schrijf je grote getallen zonder punt: `540000` of `540_000`.",
            "`factor_cbs = 540_000 / 29_000`",
        ],
        oplossing="factor_cbs = 540_000 / 29_000",
    ),
    Getal(
        id="5.2",
        variabele="geheugen_miljoen",
        vraag=(
            "Meet het geheugen van 10.000 en 100.000 transacties met `schaalproef`. Schat daarmee het geheugen "
            "van 1.000.000 rijen, in MB, zonder ze te maken. Een schatting tussen de helft en het dubbele van "
            "de echte waarde is goed."
        ),
        referentie=_geheugen_miljoen,
        factor=2.0,
        fouten=[
            Fout("Dat is ongeveer het geheugen van 100.000 rijen. Een miljoen rijen is tien keer zoveel.",
                 waarde=_geheugen_100k),
            Fout("Je antwoord lijkt in bytes. Gevraagd is MB: deel door 1.000.000.",
                 waarde=lambda: _geheugen_miljoen() * 1e6),
            Fout("Je antwoord lijkt in GB (gigabyte). Gevraagd is MB: 1 GB is 1.000 MB.",
                 waarde=lambda: _geheugen_miljoen() / 1000),
            Fout("Dat is ongeveer het geheugen van 10 miljoen rijen. Gevraagd is 1 miljoen rijen: `1_000_000`.",
                 waarde=lambda: _geheugen_miljoen() * 10),
        ],
        voorcontrole=_voorcontrole_5_2,
        hints=[
            "`proef = schaalproef([10_000, 100_000])` geeft per aantal rijen de kolom `geheugen_mb`.",
            "Groeit het geheugen lineair? Dan is tien keer zoveel rijen ongeveer tien keer zoveel geheugen.",
            "`voorspel(proef, \"geheugen_mb\", 1_000_000)` trekt de lijn voor je door.",
        ],
        oplossing=(
            "proef = schaalproef([10_000, 100_000])\n"
            "geheugen_miljoen = voorspel(proef, \"geheugen_mb\", 1_000_000)"
        ),
    ),
    Getal(
        id="5.3",
        variabele="aantal_concerns",
        vraag=(
            "Maak het warehouse met 100.000 transacties: `dw = maak_warehouse(n_rijen=100_000)`. Hoeveel "
            "verschillende concerns (`concern_kvk`) bestelden iets? Gebruik SQL en koppel de transacties aan de "
            "tabel bedrijven. Het antwoord is een geheel getal."
        ),
        referentie=_aantal_concerns_sql,
        precisie=0,
        fouten=[
            Fout("Je telt rijen (factuurregels), geen concerns. Tel verschillende waarden met "
                 "`count(DISTINCT ...)`.", waarde=lambda: N_WAREHOUSE),
            Fout("Je telt vestigingen. Een concern heeft vaak meer vestigingen en bedrijven: koppel met een JOIN "
                 "aan bedrijven en tel `concern_kvk`.",
                 waarde=lambda: _transacties()["besteld_door"].nunique()),
            Fout("Je telt factuuradressen (vestigingsnummer). Koppel `besteld_door` aan bedrijven en tel "
                 "`concern_kvk`.", waarde=lambda: _transacties()["vestigingsnummer"].nunique()),
            Fout("Je telt bedrijven (KvK-nummers). Eén concern kan meer bedrijven hebben: tel `concern_kvk`.",
                 waarde=lambda: _transacties()["besteld_door"].map(_koppel_kvk("kvk_nummer")).nunique()),
            Fout("Je telt namen zoals ze op de factuur staan. Tel concerns: koppel aan bedrijven en tel "
                 "`concern_kvk`.", waarde=lambda: _transacties()["klantnaam"].nunique()),
            Fout("Je telt alle concerns in `bedrijven`, ook die niets bestelden. Koppel de transacties aan "
                 "bedrijven (FROM transacties t JOIN bedrijven b ON ...) en tel daarin `concern_kvk`.",
                 waarde=lambda: laad("bedrijven")["concern_kvk"].nunique()),
            Fout("Je warehouse heeft 10.000 transacties. Maak het met 100.000: "
                 "`dw = maak_warehouse(n_rijen=100_000)`.", waarde=lambda: _concerns_warehouse(10_000)),
        ],
        # "Bestelden iets": wie alleen echte facturen telt (WHERE soort = 'factuur'), leest de vraag ook goed.
        ook_goed=[lambda: _concerns_warehouse(N_WAREHOUSE, alleen_facturen=True)],
        hints=[
            "`dw.sql(\"SELECT ... FROM transacties t JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer\")` "
            "koppelt elke transactie aan een bedrijf, met zijn concern.",
            "`count(DISTINCT b.concern_kvk)` telt elk concern één keer.",
            "Met `.df().iloc[0, 0]` haal je het getal uit de uitkomst.",
        ],
        oplossing=(
            "dw = maak_warehouse(n_rijen=100_000)\n"
            "aantal_concerns = dw.sql(\"\"\"\n"
            "    SELECT count(DISTINCT b.concern_kvk)\n"
            "    FROM transacties t JOIN bedrijven b ON t.besteld_door = b.vestigingsnummer\n"
            "\"\"\").df().iloc[0, 0]"
        ),
    ),
    Namen(
        id="5.4",
        variabele="statisch",
        vraag=(
            "Een CRM-systeem heeft deze velden per klant: " + ", ".join(VELDEN_5_4) + ". Welke velden zijn "
            "statisch (veranderen nooit of zelden)? Zet de namen in een lijst; de volgorde maakt niet uit."
        ),
        referentie=lambda: STATISCH_5_4,
        uitleg_te_veel=DYNAMISCH_5_4,
        uitleg_ontbreekt={
            "sector": "Er ontbreekt een veld dat zelden verandert: een bedrijf wisselt bijna nooit van sector.",
            "rechtsvorm": "Er ontbreekt een veld dat zelden verandert: een B.V. blijft meestal een B.V.",
            "kvk_nummer": "Er ontbreekt een veld dat nooit verandert zolang het bedrijf bestaat.",
            "oprichtingsjaar": "Er ontbreekt een veld dat nooit verandert: iets wat één keer gebeurde.",
        },
        hints=[
            "Statisch: verandert nooit of zelden. Dynamisch: verandert regelmatig, bijvoorbeeld bij elke order.",
            "Vraag je bij elk veld af: is dit volgende maand anders?",
        ],
        oplossing='statisch = ["kvk_nummer", "oprichtingsjaar", "rechtsvorm", "sector"]',
        keuzenamen=VELDEN_5_4,
    ),
    Getal(
        id="5.5",
        variabele="confidence_laptop",
        vraag=(
            "Wat is de confidence van de regel Laptop → Docking station in de orders van `facturen`? Tel alleen "
            "facturen (geen retouren of creditnota's). Geef een deel (zoals 0.25), op 0,01 nauwkeurig."
        ),
        referentie=_confidence_5_5,
        precisie=0.01,
        fouten=[
            Fout("Dat is de support: orders met allebei gedeeld door alle orders. De confidence deelt door de "
                 "orders met een Laptop.", waarde=lambda: _regel(*REGEL_5_5)["support"]),
            Fout("Je rekent de regel andersom (Docking station → Laptop). Deel door het aantal orders met een "
                 "Laptop.", waarde=lambda: _regel(*reversed(REGEL_5_5))["confidence"]),
            Fout("Dat is de lift. De confidence is alleen: orders met allebei gedeeld door orders met een Laptop.",
                 waarde=lambda: _regel(*REGEL_5_5)["lift"]),
            Fout("Je deelt de orders met een Docking station door de orders met een Laptop. Tel boven de streep "
                 "alleen de orders met allebei.",
                 waarde=lambda: _regel(*REGEL_5_5)["orders_met_dan"] / _regel(*REGEL_5_5)["orders_met_als"]),
        ],
        hints=[
            "Confidence van A → B = orders met A en B / orders met A.",
            "`regelmaten(facturen, \"Laptop\", \"Docking station\")` telt de orders voor je.",
            "Neem daaruit het getal bij `\"confidence\"`.",
        ],
        oplossing='confidence_laptop = regelmaten(facturen, "Laptop", "Docking station")["confidence"]',
    ),
    FunctieMetFouten(
        id="5.6",
        functie="lift",
        vraag=(
            "Schrijf de functie `lift(support_beide, support_als, support_dan)`. Die geeft de lift van een regel "
            "als → dan uit drie supports (delen tussen 0 en 1)."
        ),
        gevallen=[(0.2, 0.4, 0.3), (0.05, 0.1, 0.5), (0.1, 0.25, 0.2), (0.02, 0.2, 0.1)],
        referentie=_lift,
        fouten=[
            Fout("Dat is de confidence. De lift deelt die nog een keer door de support van 'dan'.",
                 waarde=lambda b, a, d: b / a),
            Fout("Je deelt andersom. De lift is support_beide gedeeld door (support_als × support_dan).",
                 waarde=lambda b, a, d: (a * d) / b),
            Fout("Let op de haakjes: zonder haakjes deelt Python eerst en vermenigvuldigt daarna. Schrijf "
                 "`support_beide / (support_als * support_dan)`.", waarde=lambda b, a, d: b / a * d),
            Fout("Een lift is geen percentage: laat `* 100` weg.", waarde=lambda b, a, d: b / (a * d) * 100),
        ],
        afronden=2,
        hints=[
            "Lift = confidence / support van 'dan', en confidence = support_beide / support_als.",
            "In één formule: support_beide / (support_als × support_dan). Let op de haakjes.",
        ],
        oplossing=(
            "def lift(support_beide, support_als, support_dan):\n"
            "    return support_beide / (support_als * support_dan)"
        ),
    ),
    Namen(
        id="5.7",
        variabele="aanbod",
        vraag=(
            "Een nieuwe klant bestelt een Bureaustoel en een Laptop. Zoek de associatieregels in `facturen` met "
            "minstens 0.01 support en 0.2 confidence. Welke producten bied je deze klant aan? Geef een lijst met "
            "productnamen; de volgorde maakt niet uit."
        ),
        referentie=_aanbod_5_7,
        uitleg_te_veel=_uitleg_te_veel_5_7,
        fouten=[Fout("", test=_ontbreekt_5_7)],
        leeg_uitleg=("Je lijst is leeg: geen enkele regel past. Schrijf de producten precies zoals in de tabel "
                     "(hoofdletters tellen mee) en gebruik de drempels uit de vraag (min_support=0.01 en "
                     "min_confidence=0.2)."),
        hints=[
            "`regels = associatieregels(facturen, min_support=0.01, min_confidence=0.2)`.",
            "`kruisverkoop([\"Bureaustoel\", \"Laptop\"], regels)` geeft een tabel met een kolom `product`.",
            "Maak een lijst van die kolom met `.tolist()`.",
        ],
        oplossing=(
            "regels = associatieregels(facturen, min_support=0.01, min_confidence=0.2)\n"
            'aanbod = kruisverkoop(["Bureaustoel", "Laptop"], regels)["product"].tolist()'
        ),
    ),
    Getal(
        id="5.8",
        variabele="aantal_slapers",
        vraag=(
            "Maak de RFM-tabel per bedrijf: `rfm(facturen, bedrijven=bedrijven)`. Hoeveel bedrijven kochten in "
            "het laatste jaar vóór de laatste factuurdatum niets meer (recentheid groter dan 365 dagen)? Een geheel getal."
        ),
        referentie=_aantal_slapers,
        precisie=0,
        fouten=[
            Fout("Je telt de bedrijven die wél in het laatste jaar kochten. Gevraagd zijn de slapers: "
                 "recentheid groter dan 365.", waarde=lambda: int((_rfm_bedrijf()["recentheid"] <= 365).sum())),
            Fout("Je telt de bedrijven die wél in het laatste jaar kochten. Gevraagd zijn de slapers: "
                 "recentheid groter dan 365.", waarde=lambda: int((_rfm_bedrijf()["recentheid"] < 365).sum())),
            Fout("Dat zijn alle bedrijven in de RFM-tabel. Filter eerst op recentheid groter dan 365.",
                 waarde=lambda: len(_rfm_bedrijf())),
            Fout("Je telt per vestiging (besteld_door). Geef `bedrijven=bedrijven` mee, dan tellen de "
                 "vestigingen van één bedrijf samen.",
                 waarde=lambda: int((bigdata.rfm(laad("facturen"))["recentheid"] > 365).sum())),
            Fout("Let op de grens: 'groter dan 365' is `> 365`, niet `>= 365`.",
                 waarde=lambda: int((_rfm_bedrijf()["recentheid"] >= 365).sum())),
            Fout("Dat is een deel (met `.mean()`). Gevraagd is het aantal bedrijven: tel met `.sum()`.",
                 waarde=lambda: float((_rfm_bedrijf()["recentheid"] > 365).mean())),
            Fout("Dat zijn de bedrijven die al twee jaar (730 dagen) niets kochten. Gevraagd is één jaar: 365 dagen.",
                 waarde=lambda: int((_rfm_bedrijf()["recentheid"] > 730).sum())),
            Fout("Je gebruikt de kolom `frequentie` (het aantal orders). Hoe lang geleden een bedrijf kocht, staat "
                 "in `recentheid`.", waarde=lambda: int((_rfm_bedrijf()["frequentie"] > 365).sum())),
            Fout("Je telt het KMeans-segment 'slapers' uit de les. Dat is een andere indeling; tel hier de bedrijven "
                 "met een recentheid groter dan 365.", waarde=_slapers_kmeans),
        ],
        hints=[
            "`rfm_tabel = rfm(facturen, bedrijven=bedrijven)` geeft per bedrijf de kolom `recentheid` (in dagen).",
            "`rfm_tabel[\"recentheid\"] > 365` geeft True voor elke slaper.",
            "True telt als 1: tel op met `.sum()`.",
        ],
        oplossing=(
            "rfm_tabel = rfm(facturen, bedrijven=bedrijven)\n"
            'aantal_slapers = (rfm_tabel["recentheid"] > 365).sum()'
        ),
    ),
    Getal(
        id="5.9",
        variabele="aandeel_op_naam",
        vraag=(
            "De afdeling finance zet op elke factuur de naam van de klant zoals die is ingetypt (`klantnaam`). "
            "Welk deel van de factuurregels kun je via die naam aan een bedrijf koppelen, als de naam precies "
            "gelijk moet zijn aan de officiële `bedrijfsnaam`? Geef een deel (zoals 0.25), op 0,001 nauwkeurig."
        ),
        referentie=_aandeel_op_naam,
        precisie=0.001,
        fouten=[
            Fout("Dat is het deel dat je via het vestigingsnummer koppelt. Gevraagd is de koppeling via de naam: "
                 "`via={\"facturen\": \"klantnaam\"}`.", waarde=lambda: _koppel_facturen("vestigingsnummer")),
            Fout("Dat is de koppeling via besteld_door. Gevraagd is de koppeling via de naam: "
                 "`via={\"facturen\": \"klantnaam\"}`.", waarde=lambda: _koppel_facturen("besteld_door")),
            Fout("Dat is het deel dat je níet kunt koppelen. Gevraagd is het deel dat wel lukt.",
                 waarde=lambda: 1 - _aandeel_op_naam()),
            Fout("Je telt elke naam één keer. Gevraagd is het deel van de factuurregels: een naam die vaak "
                 "voorkomt, telt vaak mee.", waarde=_aandeel_unieke_namen),
            Fout("Je maakt de hoofdletters gelijk. De vraag is hoeveel er koppelen als de naam precies gelijk moet "
                 "zijn.", waarde=lambda: _naam_koppel(hoofdletters_gelijk=True)),
            Fout("Dat is een aantal factuurregels (met `.sum()`). Gevraagd is een deel: gebruik `.mean()`, of deel "
                 "door het aantal factuurregels.", waarde=lambda: _naam_koppel(als_deel=False)),
        ],
        hints=[
            "`koppelgraad({\"facturen\": facturen}, bedrijven, via={\"facturen\": ...})` koppelt via de kolom die "
            "je kiest.",
            "De naam op de factuur staat in de kolom `klantnaam`.",
            "Neem het getal uit de kolom `aandeel`: `.loc[\"facturen\", \"aandeel\"]`.",
        ],
        oplossing=(
            'koppeling = koppelgraad({"facturen": facturen}, bedrijven, via={"facturen": "klantnaam"})\n'
            'aandeel_op_naam = koppeling.loc["facturen", "aandeel"]'
        ),
    ),
    Namen(
        id="5.10",
        variabele="persoonskolommen",
        vraag=(
            "Welke kolommen van `contactpersonen` wijzen een persoon aan? Gebruik `persoonsgegevens` en geef de "
            "kolommen met 'ja' als lijst; de volgorde maakt niet uit."
        ),
        referentie=_persoonskolommen,
        uitleg_te_veel={
            "kvk_nummer": "kvk_nummer wijst een bedrijf aan, geen persoon.",
            "vestigingsnummer": "vestigingsnummer wijst een vestiging van een bedrijf aan, geen persoon.",
            "functie": "Een functie alleen wijst nog niemand aan. (Naast een naam is het wel informatie over die "
                       "persoon.)",
            "dmu_rol": "Een DMU-rol alleen wijst nog niemand aan.",
        },
        uitleg_ontbreekt={
            "contact_id": "Je mist een kolom: contact_id is maar een nummer, maar het hoort bij precies één persoon. "
                          "Een pseudoniem blijft een persoonsgegeven.",
        },
        fouten=[Fout("", test=_alleen_nee_5_10)],
        hints=[
            "`persoonsgegevens(contactpersonen)` geeft per kolom 'ja', 'mogelijk' of 'nee'.",
            "Filter de tabel op `== \"ja\"` en neem de index (de kolomnamen) met `.index.tolist()`.",
        ],
        oplossing=(
            "tabel = persoonsgegevens(contactpersonen)\n"
            'persoonskolommen = tabel[tabel["persoonsgegeven"] == "ja"].index.tolist()'
        ),
    ),
    Tabelkolommen(
        id="5.11",
        variabele="voor_analist",
        vraag=(
            "Een analist gaat de NPS per sector en per business unit uitrekenen uit `enquetes`. De sector zoekt "
            "hij op in `bedrijven`. Maak `voor_analist`: de tabel enquetes met alleen de kolommen die hij daarvoor "
            "nodig heeft (minimale gegevensverwerking). Alle rijen blijven staan."
        ),
        referentie=_voor_analist,
        uitleg_te_veel={
            "contact_id": "contact_id heeft de analist niet nodig: het wijst een persoon aan. Laat het weg.",
            "verbeterpunt": "verbeterpunt is open tekst (daar kunnen namen in staan) en is niet nodig voor een "
                            "NPS. Laat het weg.",
            "enquete_id": "enquete_id is niet nodig om een NPS per sector en business unit te berekenen.",
            "datum": "datum is niet nodig voor een NPS per sector en business unit.",
            "sector": "Je zocht de sector al zelf op in bedrijven. Dat doet de analist: geef hem de tabel enquetes "
                      "met alleen de kolommen die hij nodig heeft (via kvk_nummer vindt hij de sector).",
        },
        uitleg_ontbreekt={
            "kvk_nummer": "Zonder kvk_nummer kan de analist de sector niet opzoeken in bedrijven.",
            "score": "Zonder score kan de analist geen NPS uitrekenen.",
            "business_unit": "De NPS moet ook per business unit: die kolom is nodig.",
        },
        hints=[
            "Welke kolommen heb je nodig voor de score, voor de sector en voor de business unit?",
            "Kies kolommen met dubbele haken: `enquetes[[\"kolom_a\", \"kolom_b\"]]`.",
        ],
        oplossing='voor_analist = enquetes[["kvk_nummer", "business_unit", "score"]]',
    ),
    Keuze(
        id="5.12",
        variabele="antwoord_5_12",
        vraag=(
            "Vermeer twijfelt: zelf een datawarehouse bouwen en een analist aannemen (make), of een bureau "
            "inhuren dat het warehouse beheert en de analyses doet (buy). Welke uitspraak klopt?"
        ),
        opties={
            "a": "Buy is altijd goedkoper, want je neemt niemand in dienst.",
            "b": "Bij make blijft de kennis over de klanten in huis, maar ook na de bouw betaal je elk jaar voor "
                 "beheer en mensen.",
            "c": "Bij buy hoeft Vermeer zich geen zorgen te maken over de AVG: dat is dan de zaak van het bureau.",
            "d": "Make or buy gaat alleen over software, niet over mensen.",
        },
        juist="b",
        waarom={
            "a": "of buy goedkoper is, hangt af van de kosten over meer jaren; een bureau rekent ook elk jaar. "
                 "Reken het na zoals in de les (kosten_over_jaren).",
            "c": "Vermeer blijft verantwoordelijk voor de persoonsgegevens van zijn klanten, ook als een bureau ze "
                 "verwerkt. Daar maak je afspraken over (een verwerkersovereenkomst).",
            "d": "ook de analisten kun je zelf in dienst nemen of inhuren; ook dat is make or buy.",
        },
        hints=[
            "Denk aan de kosten over vijf jaar, niet alleen aan het eerste jaar.",
            "Wie blijft verantwoordelijk voor de gegevens van de klanten?",
        ],
        uitleg=("Make houdt kennis en controle in huis, maar kost ook na de bouw geld: beheer, licenties en mensen. "
                "Buy kan goedkoper of duurder zijn; dat reken je uit over meer jaren."),
    ),
    Keuze(
        id="5.13",
        variabele="antwoord_5_13",
        vraag=(
            "Bij de NPS-enquête lazen klanten dat hun e-mailadres alleen voor de enquête wordt gebruikt. Later "
            "stuurt Vermeer naar al die adressen een nieuwsbrief met aanbiedingen. Welke regel breekt Vermeer?"
        ),
        opties={
            "a": "Juistheid en transparantie: gegevens kloppen en de persoon weet wat ermee gebeurt.",
            "b": "Beperking: gegevens alleen gebruiken voor het doel waarvoor ze verzameld zijn, en niet langer "
                 "bewaren dan nodig.",
            "c": "Integriteit: gegevens goed beveiligen.",
            "d": "Recht van inzage: de persoon mag zijn gegevens bekijken en laten verbeteren.",
        },
        juist="b",
        waarom={
            "a": "de klanten wisten waarvoor hun adres was; dat deel ging goed. Het probleem is het nieuwe doel.",
            "c": "over beveiliging staat niets in het voorbeeld: er lekt niets uit.",
            "d": "niemand vroeg om zijn gegevens te zien; het recht van inzage speelt hier niet.",
        },
        hints=["Waarvoor gaven de klanten hun e-mailadres, en waarvoor gebruikt Vermeer het nu?"],
        uitleg="Een e-mailadres voor een enquête gebruiken voor reclame is een ander doel: dat mag niet zomaar "
               "(doelbinding).",
    ),
    OpenVraag(
        id="5.14",
        variabele="toeval_of_echt",
        vraag=(
            "In de les schudde je de producten van één maand door elkaar en vond je toch regels met een hoge lift. "
            "Een collega vond in de orders van één maand de regel Kastensysteem → Monitor, met een lift van 3,5. "
            "De regel steunt op 3 orders. Hij wil er een campagne op bouwen. Leg uit waarom die regel "
            "waarschijnlijk toeval is, en hoe je dat nagaat voordat je er geld in steekt."
        ),
        modelantwoord=(
            "Wie veel productparen bekijkt, vindt altijd wel een paar paren die toevallig vaak samen voorkomen; "
            "dat liet de geschudde controle zien. Een regel op 3 orders is heel dun: één order meer of minder en "
            "de lift is heel anders. Ga het na voordat je investeert: kijk of de regel terugkomt in een andere "
            "periode of in alle orders samen, vergelijk met de geschudde controle, eis een minimale support, en "
            "vraag je af of er een logische reden is. En ook een echt verband is nog geen oorzaak."
        ),
        min_woorden=20,
        kern=[
            (("toeval", "geschud", "gehusseld", "hussel", "kans", "veel paren", "veel combinaties"),
             "toeval: bij veel paren vind je altijd wel iets"),
            (("controle", "controleer", "check", "test", "nieuwe data", "andere periode", "ander jaar",
              "vergelijk", "nagaan", "na te gaan", "ga na", "opnieuw", "herhaal", "andere maand", "terugkomt",
              "terug komt", "komt terug", "meer data", "meer orders", "heel jaar", "hele jaar", "alle orders",
              "minimale support", "logische reden", "kijk of", "kijken of", "onderzoek", "bekijk"),
             "hoe je het nagaat (bijvoorbeeld in nieuwe data of tegen de geschudde controle)"),
        ],
        tegendeel=[
            (r"(is|zijn|dus|en|want|echt)\s+(het\s+|dit\s+|dat\s+)?(wel\s+)?geen\s+toeval"
             r"|\bniet\s+toevallig\b|\bgeen\s+toevallig",
             "Je schrijft dat de regel géén toeval is. Lees de vraag nog eens: waarom is een regel die op 3 orders "
             "steunt, waarschijnlijk wél toeval?"),
            (r"(hoef|hoeft|hoeven)\s+(je\s+|we\s+|ik\s+|hij\s+)?(niets|niks|niet|geen)\s+(meer\s+)?"
             r"(te\s+)?(controle|controleren|na\s+te\s+gaan|check|checken|testen)|geen\s+controle\s+nodig",
             "Je schrijft dat je niets hoeft na te gaan. Gevraagd is juist hoe je controleert of de regel echt is, "
             "voordat je er geld in steekt."),
        ],
        hints=[
            "Hoeveel orders zijn 0,2 % van alle orders? Is dat veel?",
            "Wat liet de geschudde controle zien over lifts boven 1?",
        ],
    ),
    Keuze(
        id="5.15",
        variabele="antwoord_5_15",
        vraag=(
            "Vermeer wil meer verkopen aan een grote klant: een zorggroep met twintig locaties. Welke aanpak is "
            "account-based marketing?"
        ),
        opties={
            "a": "Elke klant die bureaustoelen kocht, krijgt twee weken later vanzelf een mail over bureaulampen.",
            "b": "Een plan voor deze ene klant: de beslissers en inkopers uit de DMU krijgen een eigen voorstel, "
                 "gebaseerd op hun klachten, hun NPS en wat ze nog niet bij Vermeer kopen.",
            "c": "Een advertentie in een vakblad voor de zorg.",
            "d": "Een maandelijkse nieuwsbrief naar alle contactpersonen in het CRM.",
        },
        juist="b",
        waarom={
            "a": "dat is marketing automation: een bericht dat vanzelf vertrekt na een trigger, voor alle klanten "
                 "tegelijk.",
            "c": "een advertentie richt zich op een hele sector, niet op één account.",
            "d": "een nieuwsbrief gaat naar iedereen hetzelfde; account-based marketing maakt een aanpak per account.",
        },
        hints=["Account-based marketing richt zich op één belangrijk account (of een kleine groep), met een eigen "
               "aanpak die past bij wat je van die klant weet."],
        uitleg=("Account-based marketing behandelt één belangrijk account als een eigen markt: je gebruikt het hele "
                "klantbeeld (DMU, klachten, NPS, wat ze nog niet kopen) voor een voorstel op maat."),
    ),
]
