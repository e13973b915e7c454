"""Foutencorpus hoofdstuk 04 (waardestrategieën): de gevallen uit tests/test_strategie_oefeningen.py.

Hoofdstuk 04 schreef zijn corpus al (per oefening goede en foute antwoorden met de feedback die erbij hoort);
dit bestand zet die gevallen om naar het gedeelde formaat, zodat ze ook hier op drie seeds draaien en in de
beginnersproef meetellen. Nieuwe gevallen voor 04 horen in tests/test_strategie_oefeningen.py.
"""

import re

from klantlib.oefeningen import h04
from tests.fouten_corpus import Geval
from tests.test_strategie_oefeningen import CORPUS as _CORPUS_04
from tests.test_strategie_oefeningen import _modeloplossing, _startcel

HOOFDSTUK = "h04"

# De eerste cel zonder de regel met Werkboek (die kiest de dataset; het naspelen doet dat zelf), plus de
# modeloplossingen: latere oefeningen gebruiken de uitkomst van eerdere (zoals `profiel`).
OMGEVING = re.sub(r"(?m)^wb\s*=\s*Werkboek\(.*\)\s*$", "", _startcel()) + "\n" + "\n".join(
    _modeloplossing(o) for o in h04.OEFENINGEN)

GEVALLEN = [Geval(id, code, "goed", wat="uit het corpus van hoofdstuk 04") for id, r in _CORPUS_04.items()
            for code in r["goed"]]
GEVALLEN += [Geval(id, code, "fout", bevat=verwacht.replace('\\"', '"'), wat="uit het corpus van hoofdstuk 04")
             for id, r in _CORPUS_04.items() for code, verwacht in r["fout"]]
