"""Foutencorpus hoofdstuk 07 (accountmanagement): de gevallen uit tests/test_accounts_oefeningen.py.

Hoofdstuk 07 schreef zijn corpus al; dit bestand zet die gevallen om naar het gedeelde formaat, zodat ze ook
hier op drie seeds draaien en in de beginnersproef meetellen. Nieuwe gevallen voor 07 horen in
tests/test_accounts_oefeningen.py.
"""

from tests.fouten_corpus import Geval
from tests.test_accounts_oefeningen import CORPUS as _CORPUS_07
from tests.test_accounts_oefeningen import TABELLEN, VOORAF

HOOFDSTUK = "h07"

OMGEVING = f"""
import pandas as pd
from klantlib import accounts as _accounts
from klantlib.data import laad
for _naam in {TABELLEN!r}:
    globals()[_naam] = laad(_naam)
for _naam in _accounts.__all__:
    globals()[_naam] = getattr(_accounts, _naam)
{VOORAF}
"""

#: Gevonden met dit corpus op de seeds 123456 en "0654321" (open voor hoofdstuk 07):
#: (oefening, nummer van het foute antwoord in het corpus van 07) -> wat er mis is.
_BEKEND = {
    ("7.12", 2): "op seed 0654321 krijgt dit foute antwoord andere feedback dan het corpus van 07 verwacht",
}

#: Oefeningen zonder goed antwoord dat anders is opgeschreven dan de modeloplossing.
BEKENDE_GATEN = {"7.11": "alleen de modeloplossing als goed antwoord", "7.16": "alleen de modeloplossing als goed antwoord"}

GEVALLEN = [Geval(id, code, "goed", wat="uit het corpus van hoofdstuk 07") for id, (goede, _) in _CORPUS_07.items()
            for code in goede]
GEVALLEN += [Geval(id, code, "fout", bevat=stukje, wat="uit het corpus van hoofdstuk 07",
                   bekend=_BEKEND.get((id, nummer), ""))
             for id, (_, foute) in _CORPUS_07.items() for nummer, (code, stukje) in enumerate(foute)]
