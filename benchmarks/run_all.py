"""Draai alle benchmarks in deze map na elkaar en sluit af met één tabel.

Draaien: ``make benchmark`` (of ``.venv/bin/python benchmarks/run_all.py``);
alleen een paar: ``.venv/bin/python benchmarks/run_all.py bench_nps.py bench_funnel.py``.

Elk script ``bench_*.py`` print zijn eigen cijfers (met een verhouding tegen een
referentie uit dezelfde run en de belasting van de machine) en per doel één
regel ``SAMENVATTING {json}`` (zie ``_meten.py``). Dit script laat alle uitvoer
door, verzamelt die regels en print aan het eind de tabel: figuur, doel,
gemeten, verhouding, gehaald. Exitcode 1 als een script faalde of een kapotte
(of geen) SAMENVATTING-regel gaf; een doel dat niet gehaald is, staat als NEE
in de tabel (geen fout: de machine kan druk zijn, kijk naar de verhouding).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from _meten import belasting, lees_samenvattingen, tabel  # noqa: E402


def draai(script: Path) -> tuple[int, str]:
    """Draai één benchmark; laat de uitvoer meteen zien en geef (exitcode, stdout)."""
    proces = subprocess.Popen([sys.executable, str(script)], cwd=HIER.parent, stdout=subprocess.PIPE, text=True,
                              bufsize=1)
    regels = []
    assert proces.stdout is not None
    for regel in proces.stdout:
        print(regel, end="", flush=True)
        regels.append(regel)
    return proces.wait(), "".join(regels)


def verzamel(scripts: list[Path]) -> tuple[list[dict], list[str]]:
    """Draai de scripts; geef alle samenvattende regels en alle problemen."""
    alle, problemen = [], []
    for script in scripts:
        print(f"\n##### {script.name}  (belasting {belasting()})", flush=True)
        start = time.perf_counter()
        code, uitvoer = draai(script)
        regels, fouten = lees_samenvattingen(uitvoer, script.name)
        print(f"##### {script.name}: {time.perf_counter() - start:.0f} s, {len(regels)} samenvattende regel(s)",
              flush=True)
        alle += regels
        problemen += fouten
        if code != 0:
            problemen.append(f"{script.name}: stopte met exitcode {code}")
        elif not regels and not fouten:
            problemen.append(f"{script.name}: geen SAMENVATTING-regel (zie benchmarks/_meten.py)")
    return alle, problemen


def main(argv: list[str] | None = None) -> int:
    namen = sys.argv[1:] if argv is None else argv
    scripts = [HIER / n for n in namen] if namen else sorted(HIER.glob("bench_*.py"))
    ontbreekt = [s.name for s in scripts if not s.exists()]
    if ontbreekt:
        print(f"run_all: niet gevonden: {', '.join(ontbreekt)}", file=sys.stderr)
        return 2
    regels, problemen = verzamel(scripts)
    print("\n" + "=" * 30 + " SAMENVATTING " + "=" * 30)
    if regels:
        print(tabel(regels))
    gehaald = sum(r["gehaald"] for r in regels)
    print(f"\n{gehaald} van {len(regels)} doelen gehaald; belasting nu {belasting()}")
    for probleem in problemen:
        print(f"PROBLEEM: {probleem}")
    return 1 if problemen else 0


if __name__ == "__main__":
    sys.exit(main())
