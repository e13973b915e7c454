"""Benchmark hoofdstuk 00: hoe snel reageert de omzetverkenner op één wijziging?

Draai: ``.venv/bin/python benchmarks/bench_welkom.py``

Een wijziging = de schuif "Jaar" of de keuzelijst "Business unit" verandert →
tekst en grafiek bijgewerkt → PNG klaar. Referentie in dezelfde run: dezelfde
grafiek vers getekend. Doel (issue 13): p95 ≤ 100 ms en ≤ 0,6× een verse
figuur. Zie ``_meten.meet_widget``.
"""

from __future__ import annotations

from _meten import meet_widget

from klantlib.data import laad
from klantlib.verkennen import omzet_verkenner


def main() -> None:
    facturen = laad("facturen")
    meet_widget("omzetverkenner (00)", lambda: omzet_verkenner(facturen), ["Jaar", "Business unit"])


if __name__ == "__main__":
    main()
