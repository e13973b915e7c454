"""klantlib werkt met pandas 3 én met pandas 2.3 (Python 3.10).

Het grootste verschil: in pandas 2 maakt ``astype("str")`` van een lege
waarde de tekst 'None' of 'nan'. klantlib gebruikt daarom overal
``klantlib._compat.TEKST``. Deze tests bewaken dat.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from klantlib._compat import PANDAS_3, TEKST

KLANTLIB = Path(__file__).resolve().parents[1] / "klantlib"
# astype("str"), astype(str), dtype="str", dtype=str: in pandas 2 worden lege waarden dan tekst.
_VERBODEN = re.compile(r"""(astype\(\s*(["']str["']|str)\s*\)|dtype\s*=\s*(["']str["']|str)\b)""")
# Plekken waar het mag: read_csv(dtype=str, keep_default_na=False) leest alles als tekst zonder lege waarden,
# en astype(str) op kolommen die nooit leeg zijn (nummers, perioden) geeft in beide versies hetzelfde.
_TOEGESTAAN = (
    "keep_default_na=False",
    "# tekst-ok",
)


def test_lege_tekst_blijft_leeg():
    s = pd.Series(["a", None, np.nan], dtype=object).astype(TEKST)
    assert s.isna().tolist() == [False, True, True]
    assert s.dtype == "str"


def test_pandasversie_klopt_met_compat():
    assert PANDAS_3 == (int(pd.__version__.split(".")[0]) >= 3)


def test_geen_str_conversie_zonder_tekst_type():
    fout = []
    for pad in sorted(KLANTLIB.rglob("*.py")):
        if pad.name == "_compat.py":
            continue
        for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), start=1):
            if _VERBODEN.search(regel) and not any(t in regel for t in _TOEGESTAAN):
                fout.append(f"{pad.relative_to(KLANTLIB.parent)}:{nummer}: {regel.strip()}")
    assert not fout, "Gebruik klantlib._compat.TEKST in plaats van str:\n" + "\n".join(fout)


def test_sanitize_vervangt_nbsp_door_spatie():
    from nbval.plugin import get_sanitize_patterns

    tekst = (Path(__file__).parent / "nbval_sanitize.cfg").read_text(encoding="utf-8")
    paren = dict(get_sanitize_patterns(tekst))
    assert paren.get("&nbsp;") == " ", "de vervanging van &nbsp; moet precies één spatie zijn (let op spaties aan het eind)"
