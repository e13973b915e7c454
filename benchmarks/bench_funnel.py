"""Benchmark hoofdstuk 06: hoe snel reageert de funnelcalculator op één wijziging?

Draai: ``.venv/bin/python benchmarks/bench_funnel.py``

Een wijziging = een van de vier schuiven verandert → tabel (pure functie
``funnelcalculator_tekst``) en funnelgrafiek bijgewerkt → PNG klaar.
Referentie in dezelfde run: dezelfde grafiek vers getekend. Doel (issue 13):
p95 ≤ 100 ms en ≤ 0,6× een verse figuur. Zie ``_meten.meet_widget``.
"""

from __future__ import annotations

from _meten import meet_widget

from klantlib.verkennen import funnelcalculator


def main() -> None:
    meet_widget("funnelcalculator (06)", funnelcalculator,
                ["Doel (klanten)", "gebeld → prospect (%)", "prospect → offerte (%)", "offerte → klant (%)"])


if __name__ == "__main__":
    main()
