"""De voorbeeldexports die met klantlib worden meegeleverd (voor les 08)."""

from __future__ import annotations

from pathlib import Path

def voorbeeldbestand(naam: str) -> Path:
    """Het pad naar een voorbeeldexport die met klantlib wordt meegeleverd.

    >>> voorbeeldbestand("exact_facturen.csv").name
    'exact_facturen.csv'
    """
    map_ = Path(__file__).resolve().parent.parent / "voorbeelden"
    pad = map_ / naam
    if not pad.is_file():
        beschikbaar = sorted(p.name for p in map_.glob("*") if p.is_file() and p.suffix != ".md")
        raise ValueError(f"Geen voorbeeldbestand {naam!r}. Beschikbaar: {', '.join(beschikbaar)}.")
    return pad
