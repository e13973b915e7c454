"""Benchmark hoofdstuk 03: hoe snel reageren de NPS-widgets op één wijziging?

Draai: ``.venv/bin/python benchmarks/bench_nps.py``

Per widget: een schuif of keuzelijst verandert → tekst en grafiek bijgewerkt
→ PNG klaar (bij de NPS-speeltuin schuiven de andere twee aandelen mee; dat
is één wijziging). Referentie in dezelfde run: dezelfde grafiek vers
getekend. Doel (issue 13): p95 ≤ 100 ms en ≤ 0,6× een verse figuur. Zie
``_meten.meet_widget``.
"""

from __future__ import annotations

from _meten import meet_widget

from klantlib.data import laad
from klantlib.verkennen import nps_speeltuin, verwachtingsschuif


def main() -> None:
    meet_widget("nps-speeltuin (03)", nps_speeltuin, ["Promotors (%)", "Passief tevredenen (%)", "Criticasters (%)"])
    ervaringen = laad("ervaringen")
    meet_widget("verwachtingsschuif (03)", lambda: verwachtingsschuif(ervaringen), ["Soort", "Dagen later beloven"])


if __name__ == "__main__":
    main()
