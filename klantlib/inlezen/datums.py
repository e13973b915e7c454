"""Stap: datums lezen, met de dag voorop (Nederlands) tenzij het bestand iets anders bewijst.

Per kolom bekijken we eerst alle verschillende waarden. Een datum als
'25-03-2024' bewijst dag-maand-jaar, '03/25/2024' maand-dag-jaar; staan er
alleen datums die twee kanten op kunnen, dan vragen we de volgorde.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from .fouten import InleesFout
from .tekst import exceldatums, excelgetallen, tekstwaarden
from .verslag import toon_waarde

_MAANDEN = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mrt": 3, "maart": 3,
    "mar": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7, "aug": 8, "augustus": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}


#: Een tijd achter de datum (die laten we weg): 24 uur of met AM/PM, eventueel met tijdzone.
_TIJD = (r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
         r"(?:\s*(?:Z|UTC|GMT(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?)?")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIJD + "$")
_DMJ = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})" + _TIJD + "$")
_TEKSTMAAND = re.compile(r"^(\d{1,2})[-. ]+([a-zA-Z]+)\.?[-. ]+(\d{4}|\d{2})" + _TIJD + "$")
_MAANDTEKST = re.compile(r"^([a-zA-Z]+)\.?[ ]+(\d{1,2}),?[ ]+(\d{4})" + _TIJD + "$")
_SERIEEL = re.compile(r"^\d{5}(?:\.\d+)?$")
#: JJJJMMDD zonder scheidingstekens ('20240315'), zoals boekhoudpakketten en databases exporteren.
_COMPACT = re.compile(r"^(19[5-9]\d|20\d\d)(\d{2})(\d{2})$")
#: Excel telt dagen vanaf 30-12-1899. Alleen 1950 t/m 2099 geldt als datum.
_EXCEL_NUL = pd.Timestamp("1899-12-30")
_SERIEEL_MIN, _SERIEEL_MAX = 18264, 73050


def _jaar(tekst: str) -> int:
    j = int(tekst)
    if len(tekst) == 2:
        j += 2000 if j < 70 else 1900
    return j


def _maak_datum(j: int, m: int, d: int):
    try:
        return date(j, m, d)
    except ValueError:
        return None


def _ontleed_datum(tekst: str):
    """Eén datum-tekst -> (soort, waarde).

    soort: 'zeker' (waarde = date), 'dmj' (waarde = (a, b, jaar): a-b-jaar met
    a en b dag of maand), 'serieel' (waarde = date), 'compact' (JJJJMMDD, waarde = date) of 'fout'.
    """
    t = tekst.strip()
    if (m := _ISO.match(t)) is not None:
        d = _maak_datum(int(m[1]), int(m[2]), int(m[3]))
        return ("zeker", d) if d else ("fout", None)
    if (m := _DMJ.match(t)) is not None:
        return "dmj", (int(m[1]), int(m[3]), _jaar(m[4]))
    if (m := _TEKSTMAAND.match(t)) is not None and m[2].lower() in _MAANDEN:
        d = _maak_datum(_jaar(m[3]), _MAANDEN[m[2].lower()], int(m[1]))
        return ("zeker", d) if d else ("fout", None)
    if (m := _MAANDTEKST.match(t)) is not None and m[1].lower() in _MAANDEN:
        d = _maak_datum(int(m[3]), _MAANDEN[m[1].lower()], int(m[2]))
        return ("zeker", d) if d else ("fout", None)
    if (m := _COMPACT.match(t)) is not None:
        d = _maak_datum(int(m[1]), int(m[2]), int(m[3]))
        return ("compact", d) if d else ("fout", None)
    if _SERIEEL.match(t):
        return _serieel(float(t))
    return "fout", None


def _serieel(getal: float):
    if getal.is_integer() and (m := _COMPACT.match(str(int(getal)))) is not None:  # Excel-getal 20240315
        d = _maak_datum(int(m[1]), int(m[2]), int(m[3]))
        return ("compact", d) if d else ("fout", None)
    if _SERIEEL_MIN <= getal <= _SERIEEL_MAX:
        return "serieel", (_EXCEL_NUL + pd.Timedelta(days=int(getal))).date()
    return "fout", None


_VOLGORDE = {"dmj": "dmj", "dag-maand-jaar": "dmj", "dag": "dmj", "mdj": "mdj", "maand-dag-jaar": "mdj",
             "maand": "mdj"}


def lees_datum(tekst: str, datumvolgorde: str | None = None) -> pd.Timestamp:
    """Lees één datum. De dag staat voorop (Nederlands), tenzij je iets anders zegt.

    Een datum als '05-03-2024' kan 5 maart of 3 mei zijn. Zonder
    ``datumvolgorde`` weigert de functie zo'n datum; 'dmj' = dag-maand-jaar,
    'mdj' = maand-dag-jaar.

    >>> lees_datum("25-03-2024")
    Timestamp('2024-03-25 00:00:00')
    >>> lees_datum("2024-03-05")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("5 mrt 2024")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("05-03-2024", datumvolgorde="dmj")
    Timestamp('2024-03-05 00:00:00')
    >>> lees_datum("03/25/2024")
    Traceback (most recent call last):
    ...
    klantlib.inlezen.InleesFout: '03/25/2024' kan alleen maand-dag-jaar zijn (Amerikaans). Geef datumvolgorde='mdj' als dat klopt.
    """
    volgorde = controleer_volgorde(datumvolgorde)
    soort, waarde = _ontleed_datum(str(tekst))
    if soort in ("zeker", "serieel", "compact"):
        return pd.Timestamp(waarde)
    if soort == "dmj":
        a, b, j = waarde
        if volgorde is None:
            if a > 12 and b <= 12:
                volgorde = "dmj"
            elif b > 12 and a <= 12:
                raise InleesFout(
                    f"{tekst!r} kan alleen maand-dag-jaar zijn (Amerikaans). "
                    "Geef datumvolgorde='mdj' als dat klopt."
                )
            elif a <= 12 and b <= 12:
                raise InleesFout(
                    f"{tekst!r} kan dag-maand-jaar of maand-dag-jaar zijn. "
                    "Geef datumvolgorde='dmj' (Nederlands) of 'mdj'."
                )
        d = _maak_datum(j, b, a) if volgorde == "dmj" else _maak_datum(j, a, b)
        if d is not None:
            return pd.Timestamp(d)
    raise InleesFout(f"{tekst!r} is geen datum.")


def controleer_volgorde(datumvolgorde):
    if datumvolgorde is None:
        return None
    sleutel = str(datumvolgorde).lower()
    if sleutel not in _VOLGORDE:
        raise InleesFout(
            f"datumvolgorde moet 'dmj' (dag-maand-jaar) of 'mdj' (maand-dag-jaar) zijn, niet {datumvolgorde!r}."
        )
    return _VOLGORDE[sleutel]


def bekijk_datums(kol: pd.Series):
    """Kolom met datums bekijken: per unieke waarde de notatie, en bewijs voor de volgorde."""
    getal = excelgetallen(kol)
    isdatum = exceldatums(kol)
    tekst = tekstwaarden(kol)
    if getal.any() or isdatum.any():
        tekst = tekst.copy()
        tekst[getal | isdatum] = ""
    codes, uniek = pd.factorize(tekst)
    soorten = [_ontleed_datum(v) if v else ("leeg", None) for v in uniek]
    eerste = _eerste_rij_per_code(codes)
    bewijs = {"dmj": None, "mdj": None, "dubbel": None}
    notaties, serieel, compact = set(), False, None
    for i, (soort, w) in enumerate(soorten):
        if soort == "dmj":
            a, b, _ = w
            notaties.add("d-m-j")
            if a <= 12 and b <= 12:
                sleutel = "dubbel"
            elif a > 12 and b <= 12:
                sleutel = "dmj"
            elif b > 12 and a <= 12:
                sleutel = "mdj"
            else:
                continue
            rij = eerste[i]
            if bewijs[sleutel] is None or rij < bewijs[sleutel]:
                bewijs[sleutel] = rij
        elif soort == "zeker":
            notaties.add("j-m-d of tekst")
        elif soort == "serieel":
            serieel = True
        elif soort == "compact":
            notaties.add("jjjjmmdd")
            compact = compact if compact is not None else uniek[i]
    for j in np.flatnonzero(getal)[:1]:  # Excel-getallen als 20240315
        if _serieel(float(kol.iat[j]))[0] == "compact":
            compact = compact if compact is not None else str(int(kol.iat[j]))
    return {"kol": kol, "getal": getal, "isdatum": isdatum, "codes": codes, "uniek": uniek,
            "soorten": soorten, "bewijs": bewijs, "notaties": notaties, "serieel": serieel, "compact": compact}


def _eerste_rij_per_code(codes: np.ndarray) -> dict[int, int]:
    """{code: eerste rij} voor codes van pd.factorize (0, 1, 2, ... in volgorde van voorkomen).

    Een nieuwe code is groter dan alle codes ervoor: dat vinden we met een lopend maximum,
    zonder te sorteren (scheelt veel tijd bij een miljoen rijen).

    >>> _eerste_rij_per_code(np.array([0, 0, 1, 0, 2, 1]))
    {0: 0, 1: 2, 2: 4}
    """
    if not len(codes):
        return {}
    maximum = np.maximum.accumulate(codes)
    nieuw = np.empty(len(codes), dtype=bool)
    nieuw[0] = True
    nieuw[1:] = codes[1:] > maximum[:-1]
    posities = np.flatnonzero(nieuw)
    return dict(zip(codes[posities].tolist(), posities.tolist()))


def datums_omzetten(info: dict, volgorde: str | None):
    """Met een gekozen volgorde: (datetime64-array, leeg, onleesbaar, tijd weggelaten?)."""
    omgezet = np.full(len(info["uniek"]) + 1, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    fout = np.zeros(len(info["uniek"]) + 1, dtype=bool)
    leeg_code = np.zeros(len(info["uniek"]) + 1, dtype=bool)
    leeg_code[-1] = True
    for i, (soort, w) in enumerate(info["soorten"]):
        d = None
        if soort == "leeg":
            leeg_code[i] = True
            continue
        if soort in ("zeker", "serieel", "compact"):
            d = w
        elif soort == "dmj" and volgorde is not None:
            a, b, j = w
            d = _maak_datum(j, b, a) if volgorde == "dmj" else _maak_datum(j, a, b)
        if d is None:
            fout[i] = True
        else:
            omgezet[i] = np.datetime64(d, "D")
    codes = info["codes"]
    waarden, onleesbaar, leeg = omgezet[codes], fout[codes], leeg_code[codes]
    tijd = any(":" in str(u) for u in info["uniek"])
    kol, getal, isdatum = info["kol"], info["getal"], info["isdatum"]
    for j in np.flatnonzero(getal):
        _, d = _serieel(float(kol.iat[j]))
        leeg[j] = False
        if d is None:
            onleesbaar[j] = True
        else:
            waarden[j] = np.datetime64(d, "D")
    for j in np.flatnonzero(isdatum):
        v = pd.Timestamp(kol.iat[j])
        tijd = tijd or v != v.normalize()
        leeg[j] = False
        waarden[j] = np.datetime64(v.normalize().date(), "D")
    return waarden, leeg, onleesbaar, tijd


def kies_volgorde(bewijs, s, naam, bron, doel, rijnummers, bestandsbewijs, koppeling, waarschuwingen,
                  standaard=None):
    """Dag-maand-jaar als de kolom (of het bestand) dat bewijst; anders een duidelijke fout.

    ``standaard`` is (volgorde, systeem) uit het profiel van het systeem: die volgorde geldt als
    de datums twee kanten op kunnen, of als de kolom bewijst dat het die volgorde is. Dat melden we.
    """
    uitleg = {"dmj": "dag-maand-jaar", "mdj": "maand-dag-jaar"}
    if bewijs["mdj"] is not None and bewijs["dmj"] is not None:
        r1, r2 = rijnummers[bewijs["dmj"]], rijnummers[bewijs["mdj"]]
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: de datums gebruiken twee volgordes door elkaar. "
            f"Rij {r1} ({toon_waarde(s, bewijs['dmj'])}) kan alleen dag-maand-jaar zijn, rij {r2} "
            f"({toon_waarde(s, bewijs['mdj'])}) alleen maand-dag-jaar. Zet de datums in Excel in één "
            "notatie en exporteer opnieuw."
        )
    if bewijs["mdj"] is not None:
        r = rijnummers[bewijs["mdj"]]
        if standaard is not None and standaard[0] == "mdj":
            waarschuwingen.append(
                f"{doel}: kolom {bron!r} gelezen als maand-dag-jaar, zoals {standaard[1]} exporteert "
                f"(rij {r}: {toon_waarde(s, bewijs['mdj'])} kan alleen zo)."
            )
            return "mdj"
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: rij {r} ({toon_waarde(s, bewijs['mdj'])}) kan alleen "
            "maand-dag-jaar zijn (Amerikaanse notatie). Ik gok dat niet stil. Klopt het, geef dan "
            f"datumvolgorde={{'{doel}': 'mdj'}} (of datumvolgorde='mdj' voor alle kolommen)."
        )
    if bewijs["dmj"] is not None:
        return "dmj"
    if bewijs["dubbel"] is None:
        return None  # alleen notaties die zeker zijn (jjjj-mm-dd, '5 mrt 2024', Excel-datums)
    if bestandsbewijs is not None:
        andere = next(b for b, d in koppeling.items() if d == bestandsbewijs)
        waarschuwingen.append(
            f"{doel}: alle datums in kolom {bron!r} kunnen twee kanten op; dag-maand-jaar "
            f"aangenomen omdat kolom {andere!r} in hetzelfde bestand zeker dag-maand-jaar is."
        )
        return "dmj"
    if standaard is not None:
        volgorde, systeem = standaard
        ander = "dmj" if volgorde == "mdj" else "mdj"
        waarschuwingen.append(
            f"{doel}: alle datums in kolom {bron!r} kunnen twee kanten op; {uitleg[volgorde]} aangenomen "
            f"omdat {systeem} zo exporteert. Klopt dat niet, geef dan datumvolgorde='{ander}'."
        )
        return volgorde
    r = rijnummers[bewijs["dubbel"]]
    raise InleesFout(
        f"Bestand '{naam}', kolom {bron!r}: alle datums kunnen twee kanten op, zoals "
        f"{toon_waarde(s, bewijs['dubbel'])} in rij {r} (dag-maand-jaar of maand-dag-jaar). "
        "Geef de volgorde op: datumvolgorde='dmj' (dag eerst, Nederlands) of datumvolgorde='mdj'."
    )
