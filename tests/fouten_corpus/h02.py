"""Foutencorpus hoofdstuk 02 (klantrelatiecyclus): de gevallen uit tests/test_cyclus_oefeningen.py.

Hoofdstuk 02 schreef zijn corpus als testfuncties met ``_goed(omgeving, id, code, **waarden)`` en
``_fout(omgeving, id, woorden, code, **waarden)``. Dit bestand roept die testfuncties aan met twee
opnemers in plaats van ``_goed`` en ``_fout`` (er wordt dan niets gecontroleerd, alleen onthouden) en
zet de gevallen om naar het gedeelde formaat, zodat ze ook hier op drie seeds draaien en in de
beginnersproef meetellen. Nieuwe gevallen voor 02 horen in tests/test_cyclus_oefeningen.py.
"""

import tests.test_cyclus_oefeningen as _bron
from tests.fouten_corpus import Geval

HOOFDSTUK = "h02"

OMGEVING = """
import pandas as pd
from klantlib.cyclus import cohorten, fase_overgangen, klantbehoud, klantfasen, verloren_klanten, vertrekredenen
from klantlib.data import laad
facturen = laad("facturen")
bedrijven = laad("bedrijven")
contracten = laad("contracten")
opzeggingen = laad("opzeggingen")
"""


def _neem_op() -> list[Geval]:
    gevallen: list[Geval] = []

    def cel(code, waarden) -> str:
        return ((code or "") + "".join(f"\n{k} = {v!r}" for k, v in waarden.items())).strip()

    def goed(omgeving, id, code=None, **waarden):
        gevallen.append(Geval(id, cel(code, waarden), "goed", wat="uit het corpus van hoofdstuk 02"))

    def fout(omgeving, id, woorden, code=None, **waarden):
        woorden = [woorden] if isinstance(woorden, str) else list(woorden)
        gevallen.append(Geval(id, cel(code, waarden), "fout", bevat=woorden[0] if woorden else "",
                              wat="uit het corpus van hoofdstuk 02"))

    oud = _bron._goed, _bron._fout
    _bron._goed, _bron._fout = goed, fout
    try:
        for naam, functie in sorted(vars(_bron).items()):
            if not (naam.startswith("test_2_") or naam == "test_meerkeuze") or not callable(functie):
                continue
            merken = [m for m in getattr(functie, "pytestmark", []) if m.name == "parametrize"]
            parameters = merken[0].args[1] if merken else [()]
            for waarde in parameters:
                try:
                    functie(None, *(waarde if isinstance(waarde, tuple) else (waarde,)))
                except Exception:  # noqa: BLE001 - een testfunctie die meer doet dan _goed/_fout
                    continue
    finally:
        _bron._goed, _bron._fout = oud
    return gevallen


GEVALLEN = _neem_op()
