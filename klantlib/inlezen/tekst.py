"""Cellen als tekst: gedeeld gereedschap van de andere stappen.

Alles werkt op hele kolommen tegelijk (numpy-arrays, of één grote tekst
waarin de waarden met een enter zijn gescheiden): zo blijft een bestand met
een miljoen rijen snel.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd

from klantlib._compat import TEKST

from .schema import naamsleutel

TEKST_ECHT = pd.array([], dtype=TEKST).dtype


def _excel_tekst(v) -> str:
    """Eén Excel-cel als tekst: getallen zonder '.0', datums als dd-mm-jjjj."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.strftime("%d-%m-%Y") if v.time() == datetime.min.time() else str(v)
    return str(v)


def _strip(arr: np.ndarray) -> np.ndarray:
    """Spaties voor en na weghalen, alleen als dat nodig is (snelle test op één grote tekst)."""
    if len(arr) == 0:
        return arr
    groot = "\n".join(arr)
    # Eerst de tekens van één letter (dat zoekt Python heel snel), dan spatie naast een enter.
    if (groot[:1].isspace() or groot[-1:].isspace() or "\t" in groot or "\r" in groot or "\u00a0" in groot
            or "\n " in groot or " \n" in groot):
        return np.array([x.strip() for x in arr], dtype=object)
    return arr


def tekstwaarden(kol: pd.Series, tel: list | None = None) -> np.ndarray:
    """Kolom -> object-array met tekst zonder spaties eromheen ('' = leeg).

    Met ``tel`` (een lijst) komt daarin het aantal waarden waar spaties af gingen.
    """
    if kol.dtype == object:  # Excel: gemengde typen
        arr = np.array([_excel_tekst(v) for v in kol], dtype=object)
    else:
        arr = kol.to_numpy(dtype=object)
    try:
        uit = _strip(arr)
    except TypeError:  # ontbrekende velden (NaN) aan het eind van een regel
        arr = arr.copy()
        arr[pd.isna(arr)] = ""
        uit = _strip(arr)
    if tel is not None:
        tel.append(0 if uit is arr else int(np.count_nonzero(uit != arr)))
    return uit


def excelgetallen(kol: pd.Series) -> np.ndarray:
    if kol.dtype != object:
        return np.zeros(len(kol), dtype=bool)
    return np.array([isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
                     and not (isinstance(v, float) and np.isnan(v)) for v in kol], dtype=bool)


def exceldatums(kol: pd.Series) -> np.ndarray:
    if kol.dtype != object:
        return np.zeros(len(kol), dtype=bool)
    return np.array([isinstance(v, (datetime, date)) for v in kol], dtype=bool)


def per_waarde(arr: np.ndarray, functie) -> list:
    """functie op elke waarde, via één grote tekst waar dat kan (veel sneller dan per cel)."""
    groot = "\n".join(arr)
    delen = functie(groot).split("\n")
    if len(delen) != len(arr):  # een waarde bevat zelf een enter
        delen = [functie(x) for x in arr]
    return delen


def tekst_uit(arr: np.ndarray, leeg: np.ndarray, kol: pd.Series | None = None):
    """Object-array -> pandas 'str'-kolom; lege tekst wordt een ontbrekende waarde.

    Is ``kol`` een tekstkolom uit read_csv met precies dezelfde waarden, dan
    hergebruiken we die (veel sneller dan een nieuwe kolom maken).
    """
    if (kol is not None and kol.dtype == "str" and len(arr)
            and bool((arr == kol.to_numpy(dtype=object)).all())):
        return kol.where(~leeg).array
    if leeg.any():
        arr = arr.copy()
        arr[leeg] = None
    return pd.array(arr, dtype=TEKST)


def str_take(waarden, codes: np.ndarray):
    """'str'-kolom uit een paar waarden en per rij een code (-1 = leeg); snel voor grote tabellen."""
    return pd.array(list(waarden), dtype=TEKST).take(np.asarray(codes, dtype=np.int64), allow_fill=True)


def str_uit_object(arr: np.ndarray):
    """Object-array met weinig verschillende waarden -> 'str'-kolom (via codes: snel)."""
    codes, uniek = pd.factorize(arr)
    return str_take(uniek, codes)


def vertaal_uniek(s: pd.Series, tabel: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """Waarden vertalen via een tabel (op de unieke waarden: snel). Geeft (vertaald, onbekend-masker)."""
    codes, uniek = pd.factorize(s)
    vertaald_uniek = np.array([tabel.get(naamsleutel(u)) for u in uniek] + [None], dtype=object)
    vertaald = vertaald_uniek[codes]
    onbekend = (codes >= 0) & pd.isna(vertaald)
    return vertaald, onbekend


JA = {"ja", "j", "waar", "true", "yes", "y", "1", "x"}
NEE = {"nee", "n", "onwaar", "false", "no", "0"}


def vul_voorloopnullen(t: np.ndarray, doel, bron, waarschuwingen) -> np.ndarray:
    """Vestigingsnummers die Excel als getal opsloeg: voorloopnullen terugzetten (KvK: zie nummers.py)."""
    lengte = {"vestigingsnummer": 12, "besteld_door": 12}.get(doel)
    if lengte is None:
        return t
    lengtes = np.fromiter(map(len, t), dtype=np.int64, count=len(t))
    kort = (lengtes > 0) & (lengtes < lengte)
    if kort.any():
        kort[kort] = [x.isdigit() for x in t[kort]]
    if kort.any():
        waarschuwingen.append(
            f"{doel}: {int(kort.sum())} nummer(s) in kolom {bron!r} waren korter dan {lengte} cijfers "
            "(Excel haalt voorloopnullen weg); aangevuld met nullen vooraan."
        )
        t = t.copy()
        t[kort] = [x.zfill(lengte) for x in t[kort]]
    return t


def lege_kolom(type_: str, n: int):
    if type_ == "datum":
        return np.full(n, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    if type_ == "bedrag":
        return np.full(n, np.nan)
    if type_ in ("score", "geheel"):
        return pd.array([pd.NA] * n, dtype="Int64")
    if type_ == "janee":
        return pd.array([pd.NA] * n, dtype="boolean")
    return str_take([None], np.full(n, -1))
