"""Stap: Nederlandse (en Engelse) getallen en bedragen lezen.

'1.234,56', '1.234,56-', '(250,00)', '€ 7,00' en '1,234.56' zijn allemaal
bedragen. Een kolom waarin elk bedrag twee kanten op kan ('1.234'), of die
twee notaties door elkaar gebruikt, lezen we niet op goed geluk.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .fouten import InleesFout
from .tekst import excelgetallen, per_waarde, tekstwaarden
from .verslag import toon_waarde

_VALUTA = re.compile(r"(€|EUR|eur|Eur|\$|USD|£|GBP)")
_SPATIES = re.compile(r"[\s\u00a0\u202f\u2009']")
_KERN = re.compile(r"^[0-9][0-9.,]*$")
_CIJFERS = str.maketrans("0123456789", "9999999999")
#: Een streepje zonder getal, eventueel met een euroteken: Excel's boekhoudnotatie voor nul.
_STREEP = re.compile(r"^\s*(?:€|EUR)?\s*[-\u2013\u2212]\s*(?:€|EUR)?\s*$", re.I)
#: Tekens van een andere valuta dan de euro in een bedrag.
_VREEMDE_VALUTA = re.compile(r"\$|£|\bUSD\b|\bGBP\b|USD|GBP", re.I)


def _ontleed_bedrag(tekst: str):
    """Eén bedrag-tekst -> (teken, kern) of None. Kern bevat alleen cijfers, punt en komma."""
    t = _SPATIES.sub("", _VALUTA.sub("", tekst)).replace("\u2212", "-")
    if not t:
        return None
    teken = 1
    if t.startswith("(") and t.endswith(")"):
        teken, t = -1, t[1:-1]
    if t.startswith("+"):
        t = t[1:]
    elif t.startswith("-"):
        teken, t = -teken, t[1:]
    elif t.endswith("-"):
        teken, t = -teken, t[:-1]
    t = _VALUTA.sub("", t)
    if not _KERN.match(t) or not t[-1].isdigit():
        return None
    return teken, t


def _vorm(kern: str) -> tuple[str, str | None]:
    """Soort getal: ('geheel', None), ('decimaal', teken), ('dubbelzinnig', teken) of ('fout', None).

    Bij 'decimaal' is teken het decimaalteken dat zeker is; bij 'dubbelzinnig'
    het ene scheidingsteken dat zowel duizendtal als decimaal kan zijn.
    """
    scheidingen = [c for c in kern if c in ".,"]
    if not scheidingen:
        return "geheel", None
    groepen = re.split(r"[.,]", kern)
    if any(g == "" for g in groepen):
        return "fout", None
    soorten = set(scheidingen)
    if len(soorten) == 2:
        dec = scheidingen[-1]
        if scheidingen.count(dec) != 1:
            return "fout", None
        midden = groepen[1:-1]
        if len(groepen[0]) > 3 or any(len(g) != 3 for g in midden):
            return "fout", None
        return "decimaal", dec
    sep = scheidingen[0]
    if len(scheidingen) > 1:  # 1.234.567: duizendtallen
        if len(groepen[0]) > 3 or any(len(g) != 3 for g in groepen[1:]):
            return "fout", None
        return "decimaal", ("," if sep == "." else ".")
    if len(groepen[1]) != 3 or len(groepen[0]) > 3 or groepen[0] == "0":
        return "decimaal", sep
    return "dubbelzinnig", sep


def _naar_getal(kern: str, dec: str | None) -> float:
    """Kern met bekend decimaalteken -> float."""
    if dec is None:
        return float(kern.replace(".", "").replace(",", ""))
    duizend = "." if dec == "," else ","
    return float(kern.replace(duizend, "").replace(dec, "."))


def lees_bedrag(tekst: str, decimaalteken: str | None = None) -> float:
    """Lees één bedrag in Nederlandse of Engelse notatie.

    Een bedrag als '1.234' kan duizend tweehonderdvierendertig zijn of
    één komma twee drie vier. Dan moet je ``decimaalteken`` opgeven.

    >>> lees_bedrag("€ 1.234,56")
    1234.56
    >>> lees_bedrag("1.234,56-")
    -1234.56
    >>> lees_bedrag("(1,234.56)")
    -1234.56
    >>> lees_bedrag("1.234", decimaalteken=",")
    1234.0
    >>> lees_bedrag("1.234")
    Traceback (most recent call last):
    ...
    klantlib.inlezen.InleesFout: '1.234' is dubbelzinnig: de '.' kan een duizendtal scheiden of een decimaalteken zijn. Geef decimaalteken=',' (Nederlands) of decimaalteken='.' (Engels).
    """
    controleer_decimaalteken(decimaalteken)
    ontleed = _ontleed_bedrag(str(tekst).strip())
    if ontleed is None:
        raise InleesFout(f"{tekst!r} is geen bedrag.")
    teken, kern = ontleed
    vorm, sep = _vorm(kern)
    if vorm == "fout":
        raise InleesFout(f"{tekst!r} is geen bedrag.")
    if decimaalteken is not None:
        if vorm == "decimaal" and sep != decimaalteken:
            raise InleesFout(f"{tekst!r} past niet bij decimaalteken={decimaalteken!r}.")
        return teken * _naar_getal(kern, decimaalteken)
    if vorm == "dubbelzinnig":
        raise InleesFout(
            f"{tekst!r} is dubbelzinnig: de '{sep}' kan een duizendtal scheiden of een decimaalteken zijn. "
            "Geef decimaalteken=',' (Nederlands) of decimaalteken='.' (Engels)."
        )
    return teken * _naar_getal(kern, sep)


def controleer_decimaalteken(decimaalteken) -> None:
    if decimaalteken not in (None, ",", "."):
        raise InleesFout(f"decimaalteken moet ',' of '.' zijn (of None), niet {decimaalteken!r}.")


def bedragen(kol: pd.Series, decimaalteken: str | None, *, streep_is_nul: bool = False,
             meldingen: dict | None = None):
    """Kolom met bedragen -> (float-array, leeg, onleesbaar, keuze).

    keuze is het decimaalteken (',' of '.' of None als er alleen hele getallen
    staan), of een tuple ('gemengd'|'dubbelzinnig', rij-index, rij-index) als
    de kolom niet eenduidig te lezen is.

    Met ``streep_is_nul`` is een streepje zonder getal ('€ -', de notatie van Excel voor
    een bedrag van nul) het bedrag 0. In ``meldingen`` (een dict) komen dan:
    ``"nul"`` (masker van die rijen) en ``"vreemde_valuta"`` (de eerste rij met een dollar-
    of pondteken, of None).
    """
    getal = excelgetallen(kol)
    tekst = tekstwaarden(kol)
    if getal.any():
        tekst = tekst.copy()
        tekst[getal] = ""
    leeg = (tekst == "") & ~getal
    vormen = np.array(per_waarde(tekst, lambda t: t.translate(_CIJFERS)), dtype=object)
    codes, uniek = pd.factorize(vormen)
    uitleg = []
    vreemd = []
    for i, v in enumerate(uniek):
        if v and _VREEMDE_VALUTA.search(v):
            vreemd.append(i)
        ontleed = _ontleed_bedrag(v) if v else None
        if ontleed is None:
            if v and streep_is_nul and _STREEP.match(v):
                uitleg.append(("nul", None, False))
                continue
            uitleg.append(("leeg" if not v else "fout", None, False))
            continue
        teken, kern = ontleed
        vorm, sep = _vorm(kern)
        eenvoudig = v == kern or v == "-" + kern
        uitleg.append((vorm, sep, eenvoudig))

    def eerste(vorm, sep):
        nrs = [i for i, (v_, s_, _) in enumerate(uitleg) if v_ == vorm and s_ == sep]
        if not nrs:
            return None
        return int(np.flatnonzero(np.isin(codes, nrs))[0])

    bewijs = {d: eerste("decimaal", d) for d in (",", ".")}
    if decimaalteken is not None:
        dec = decimaalteken
    elif bewijs[","] is not None and bewijs["."] is not None:
        return None, leeg, None, ("gemengd", bewijs[","], bewijs["."])
    elif bewijs[","] is not None:
        dec = ","
    elif bewijs["."] is not None:
        dec = "."
    else:
        dubbel = [x for x in (eerste("dubbelzinnig", "."), eerste("dubbelzinnig", ",")) if x is not None]
        if dubbel:
            return None, leeg, None, ("dubbelzinnig", min(dubbel), None)
        dec = None
    geldig_code = np.zeros(len(uniek) + 1, dtype=bool)  # plek -1 = ontbrekend
    eenvoudig_code = np.zeros(len(uniek) + 1, dtype=bool)
    for i, (vorm, sep, eenvoudig) in enumerate(uitleg):
        ok = (vorm in ("geheel", "nul") or (vorm == "decimaal" and sep == dec)
              or (vorm == "dubbelzinnig" and dec is not None))
        geldig_code[i] = ok
        eenvoudig_code[i] = ok and eenvoudig
    geldig = geldig_code[codes]
    eenvoudig = eenvoudig_code[codes]
    waarden = np.full(len(tekst), np.nan)
    if eenvoudig.any():
        duizend = "." if dec == "," else ","
        if dec == ",":
            omzetten = lambda t: t.replace(".", "").replace(",", ".")  # noqa: E731
        else:
            omzetten = lambda t: t.replace(duizend, "")  # noqa: E731
        delen = np.array(per_waarde(tekst, omzetten), dtype=object)
        waarden[eenvoudig] = pd.to_numeric(delen[eenvoudig], errors="coerce")
    nul_codes = [i for i, (vorm, _, _) in enumerate(uitleg) if vorm == "nul"]
    nul = np.isin(codes, nul_codes) if nul_codes else np.zeros(len(tekst), dtype=bool)
    waarden[nul] = 0.0
    lastig = geldig & ~eenvoudig & ~nul
    for i in np.flatnonzero(lastig):
        teken, kern = _ontleed_bedrag(tekst[i])
        waarden[i] = teken * _naar_getal(kern, dec)
    if meldingen is not None:
        meldingen["nul"] = nul
        meldingen["vreemde_valuta"] = int(np.flatnonzero(np.isin(codes, vreemd))[0]) if vreemd else None
    if getal.any():
        waarden[getal] = np.array([float(v) for v in kol[getal]], dtype=float)
        geldig = geldig | getal
    onleesbaar = ~geldig & ~leeg
    return waarden, leeg, onleesbaar, dec


def naar_geheel(waarden: np.ndarray):
    """Float-waarden -> (Int64-array, niet-geheel-masker)."""
    niet_geheel = ~np.isnan(waarden) & (np.floor(waarden) != waarden)
    weg = np.isnan(waarden) | niet_geheel
    uit = pd.array(np.where(weg, 0, waarden).astype("int64"), dtype="Int64")
    uit[weg] = pd.NA
    return uit, niet_geheel


_SCORELABEL = re.compile(r"^\s*(\d{1,2})\s*(?:[-–:(=]|\s)\s*[^\d\s].*$")


def score_zonder_label(s: pd.Series, bron: str, waarschuwingen: list[str]) -> pd.Series:
    """Enquêtetools zetten soms tekst bij een score: '10 - Zeer waarschijnlijk' wordt 10."""
    if s.dtype != "str" and s.dtype != object:
        return s
    codes, uniek = pd.factorize(s)
    nieuw = [(_SCORELABEL.match(u)[1] if isinstance(u, str) and _SCORELABEL.match(u) else u) for u in uniek]
    if nieuw == list(uniek):
        return s
    voorbeeld = next(u for u, v in zip(uniek, nieuw) if u != v)
    waarschuwingen.append(f"score: tekst achter de scores in kolom {bron!r} weggelaten (zoals {voorbeeld!r}).")
    waarden = np.array(nieuw + [None], dtype=object)[codes]
    return pd.Series(waarden, index=s.index, dtype=object)


def tekst_bedrag_keuze(naam, bron, extra, rijnummers, s):
    soort, a, b = extra
    if soort == "gemengd":
        return (
            f"Bestand '{naam}', kolom {bron!r}: de bedragen gebruiken twee notaties door elkaar. Rij "
            f"{rijnummers[a]} ({toon_waarde(s, a)}) heeft een decimale komma, rij {rijnummers[b]} "
            f"({toon_waarde(s, b)}) een decimale punt. Maak de kolom eenduidig of geef decimaalteken=',' of '.'."
        )
    return (
        f"Bestand '{naam}', kolom {bron!r}: elk bedrag in deze kolom kan twee kanten op, zoals "
        f"{toon_waarde(s, a)} in rij {rijnummers[a]}: is de punt of komma een duizendtal of een decimaal? "
        "Geef decimaalteken=',' (Nederlands: 1.234 is duizend tweehonderdvierendertig) of "
        "decimaalteken='.' (Engels: 1.234 is één komma twee drie vier)."
    )
