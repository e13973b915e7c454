"""Nummers die een klant aanwijzen: KvK-nummers controleren en gelijk schrijven.

Een KvK-nummer heeft 8 cijfers; een voorloopnul hoort erbij. Exports schrijven
het soms als '3412 3456' of '34.123.456' (Excel met duizendtalopmaak), of
zonder voorloopnul als Excel er een getal van maakte. Dat zetten we recht, en
elke verandering staat in het verslag. Een waarde die daarna nog geen 8
cijfers is, is geen KvK-nummer: die laten we leeg (met melding), of bij een
verplichte kolom zetten we de rij apart.

Klantnummers (debiteurnummer, relatiecode) hebben geen vaste lengte: die
blijven tekst, precies zoals ze in het bestand staan.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .fouten import InleesFout
from .verslag import rijlijst

KVK_LENGTE = 8
_MET_SCHEIDING = re.compile(r"^\d[\d\s.\-\u00a0\u202f]*\d$")
_SCHEIDING = re.compile(r"[\s.\-\u00a0\u202f]")


def kvk_nummers(t: np.ndarray, doel: str, bron: str, vol: np.ndarray, rijnummers: np.ndarray, verplicht: bool,
                naam: str, redenen: list, waarschuwingen: list[str]) -> np.ndarray:
    """KvK-nummers (object-array met tekst, '' = leeg) controleren en gelijk schrijven.

    >>> w = []
    >>> t = np.array(["3412 3456", "1234567", "87654321", "", "ABC"], dtype=object)
    >>> kvk_nummers(t, "kvk_nummer", "KvK", np.ones(5, bool), np.arange(2, 7), False, "x.csv", [], w).tolist()
    ['34123456', '01234567', '87654321', '', '']
    >>> print("\\n".join(w))
    kvk_nummer: spaties of punten weggehaald uit 1 nummer(s) in kolom 'KvK' (zoals '3412 3456' -> '34123456'), rij 2.
    kvk_nummer: 1 nummer(s) in kolom 'KvK' waren korter dan 8 cijfers (Excel haalt voorloopnullen weg); aangevuld met nullen vooraan.
    kvk_nummer: geen KvK-nummer (8 cijfers) in kolom 'KvK' (bijvoorbeeld 'ABC'), rij 6: leeg gelaten.
    """
    if len(t) == 0:
        return t
    codes, uniek = pd.factorize(t)
    nieuw, geschoond, aangevuld, ongeldig = [], [], [], []
    for i, waarde in enumerate(uniek):
        w = waarde
        if w and _MET_SCHEIDING.match(w) and _SCHEIDING.search(w):
            w = _SCHEIDING.sub("", w)
            geschoond.append(i)
        if w.isdigit() and len(w) < KVK_LENGTE:
            w = w.zfill(KVK_LENGTE)
            aangevuld.append(i)
        if w and not (w.isdigit() and len(w) == KVK_LENGTE):
            ongeldig.append(i)
        nieuw.append(w)
    if not (geschoond or aangevuld or ongeldig):
        return t
    uit = np.array(nieuw, dtype=object)[codes]
    if geschoond:
        rijen = np.isin(codes, geschoond)
        voorbeeld = uniek[geschoond[0]]
        waarschuwingen.append(
            f"{doel}: spaties of punten weggehaald uit {int(rijen.sum())} nummer(s) in kolom {bron!r} "
            f"(zoals {voorbeeld!r} -> {nieuw[geschoond[0]]!r}), {rijlijst(rijnummers[rijen])}."
        )
    if aangevuld:
        rijen = np.isin(codes, aangevuld)
        waarschuwingen.append(
            f"{doel}: {int(rijen.sum())} nummer(s) in kolom {bron!r} waren korter dan {KVK_LENGTE} cijfers "
            "(Excel haalt voorloopnullen weg); aangevuld met nullen vooraan."
        )
    if ongeldig:
        fout = np.isin(codes, ongeldig) & vol
        gevuld = (t != "") & vol
        voorbeelden = ", ".join(repr(uniek[i]) for i in ongeldig[:3])
        if fout.sum() * 2 > gevuld.sum():
            raise InleesFout(
                f"Bestand '{naam}', kolom {bron!r}: ik verwacht KvK-nummers (8 cijfers), maar {int(fout.sum())} van "
                f"de {int(gevuld.sum())} gevulde waarden zijn dat niet (bijvoorbeeld {voorbeelden}; "
                f"{rijlijst(rijnummers[fout])}). Is dit de goede kolom? Koppel hem los met "
                f"kolommen={{{bron!r}: None}}, of geef zelf de goede kolom op."
            )
        if fout.any():
            tekst = f"{doel}: geen KvK-nummer ({KVK_LENGTE} cijfers) in kolom {bron!r} (bijvoorbeeld {voorbeelden})"
            if verplicht:
                redenen.append((fout, tekst))
            else:
                uit[fout] = ""
                waarschuwingen.append(f"{tekst}, {rijlijst(rijnummers[fout])}: leeg gelaten.")
    return uit
