"""Het verslag van het inlezen, en de stukjes tekst waarmee meldingen rijen en waarden noemen."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .schema import HULPROLLEN


@dataclass(repr=False)
class Inleesverslag:
    """Wat :func:`lees_export` heeft gedaan: gelezen, gebruikt, apart gezet en waarom."""

    bestand: str
    soort: str
    codering: str
    scheidingsteken: str | None
    kopregel: int
    koppeling: dict[str, str]
    niet_gebruikt: list[str]
    rijen_gelezen: int
    rijen_gebruikt: int
    apart_gezet: pd.DataFrame
    waarschuwingen: list[str] = field(default_factory=list)
    blad: str | None = None
    #: Het systeem dat de export maakte (herkend of opgegeven), of None.
    systeem: str | None = None
    #: Hoe het systeem herkend is, als zin voor het verslag.
    herkend: str | None = None
    #: Hulpkolommen: {kolom in bestand: rol} (valuta, debet_credit, debet, credit, status, ...).
    hulpkolommen: dict[str, str] = field(default_factory=dict)

    @property
    def rijen_apart(self) -> int:
        """Aantal rijen dat niet in het resultaat zit."""
        return len(self.apart_gezet)

    def tekst(self) -> str:
        """Het verslag als leesbare tekst."""
        teken = {";": "puntkomma (;)", ",": "komma (,)", "\t": "tab", "|": "verticale streep (|)"}
        regels = [f"Bestand: {self.bestand} (soort: {self.soort})"]
        if self.herkend:
            regels.append(self.herkend)
        if self.blad is not None:
            regels.append(f"Excel-blad: {self.blad}")
        regels.append(f"Codering: {self.codering}")
        if self.scheidingsteken is not None:
            regels.append(f"Scheidingsteken: {teken.get(self.scheidingsteken, repr(self.scheidingsteken))}")
        regels.append(f"Kopregel: rij {self.kopregel}")
        regels.append("Kolommen:")
        for bron, doel in self.koppeling.items():
            regels.append(f"  {bron!r} -> {doel}")
        for bron, rol in self.hulpkolommen.items():
            regels.append(f"  {bron!r} -> ({HULPROLLEN.get(self.soort, {}).get(rol, rol)})")
        if self.niet_gebruikt:
            regels.append("Niet gebruikt: " + ", ".join(repr(k) for k in self.niet_gebruikt))
        regels.append(f"Rijen gelezen: {self.rijen_gelezen}")
        regels.append(f"Rijen gebruikt: {self.rijen_gebruikt}")
        regels.append(f"Rijen apart gezet: {self.rijen_apart}")
        if self.rijen_apart:
            for reden, groep in self.apart_gezet.groupby("reden", sort=False):
                regels.append(f"  - {reden}: {rijlijst(groep['rij'].tolist())}")
        if self.waarschuwingen:
            regels.append("Let op:")
            regels.extend(f"  - {w}" for w in self.waarschuwingen)
        return "\n".join(regels)

    def __str__(self) -> str:
        return self.tekst()

    __repr__ = __str__


def rijlijst(rijen, maximaal: int = 10) -> str:
    """'rij 4' of 'rijen 4, 7 en 9' (met een maximum)."""
    rijen = [int(r) for r in rijen]
    if len(rijen) == 1:
        return f"rij {rijen[0]}"
    getoond = rijen[:maximaal]
    tekst = ", ".join(str(r) for r in getoond[:-1]) + f" en {getoond[-1]}"
    if len(rijen) > maximaal:
        tekst = ", ".join(str(r) for r in getoond) + f" en nog {len(rijen) - maximaal} andere"
    return f"rijen {tekst}"


def euro(x: float) -> str:
    tekst = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-€ " if x < 0 else "€ ") + tekst


def toon_waarde(s: pd.Series, i: int) -> str:
    v = s.iat[i]
    return repr(v.strip() if isinstance(v, str) else v)


def voorbeeldwaarden(s: pd.Series, masker: np.ndarray, maximaal: int = 3) -> str:
    waarden = []
    for v in s[masker]:
        w = repr(v.strip() if isinstance(v, str) else v)
        if w not in waarden:
            waarden.append(w)
        if len(waarden) == maximaal:
            break
    return "bijvoorbeeld " + ", ".join(waarden)
