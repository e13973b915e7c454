"""Getallen en bedragen netjes in het Nederlands opschrijven."""

from __future__ import annotations

import math


def getal(x: float, decimalen: int = 0) -> str:
    """Een getal met punt voor duizendtallen en komma voor decimalen.

    >>> getal(1234567.891, 2)
    '1.234.567,89'
    >>> getal(-5)
    '-5'
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "onbekend"
    tekst = f"{x:,.{decimalen}f}"
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def euro(x: float, decimalen: int = 0) -> str:
    """Een bedrag in euro's.

    >>> euro(1234.5)
    '€ 1.234'
    >>> euro(-20, 2)
    '€ -20,00'
    """
    return f"€ {getal(x, decimalen)}"


def procent(x: float, decimalen: int = 1) -> str:
    """Een aandeel (0–1) als percentage.

    >>> procent(0.255)
    '25,5 %'
    """
    return f"{getal(100 * x, decimalen)} %"


def procent_kort(x: float) -> str:
    """Een aandeel als percentage met hoogstens één decimaal, zonder overbodige nul.

    >>> procent_kort(0.025), procent_kort(0.5), procent_kort(1 / 3)
    ('2,5 %', '50 %', '33,3 %')
    """
    tekst = f"{100 * x:.1f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",") + " %"
