"""Lessen en uitwerkingen opnieuw uitvoeren en met uitvoer opslaan.

Gebruik: ``python -m klantlib.notebooks_uitvoeren notebooks solutions``
(mappen of losse .ipynb-bestanden). Elk notebook draait van boven naar
beneden in een nieuwe kernel, in zijn eigen map. Alleen de uitvoer en de
uitvoeringsnummers veranderen; de cellen zelf blijven zoals ze waren.

Een les (een notebook in een map ``notebooks``) krijgt daarna meteen zijn
dia-indeling voor de diavoorstelling (:mod:`klantlib.dia`; alleen de
metadata ``slideshow`` verandert), want die hangt af van de nieuwe uitvoer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from klantlib import dia


def notebooks_in(paden: list[str]) -> list[Path]:
    """Alle .ipynb-bestanden in de opgegeven mappen en bestanden, gesorteerd."""
    gevonden: list[Path] = []
    for p in map(Path, paden):
        if p.is_dir():
            gevonden.extend(sorted(q for q in p.glob("*.ipynb") if ".ipynb_checkpoints" not in q.parts))
        elif p.suffix == ".ipynb" and p.exists():
            gevonden.append(p)
        else:
            raise FileNotFoundError(f"Geen notebook of map gevonden: {p}")
    return gevonden


def voer_uit(pad: Path, timeout: int = 300) -> None:
    """Voer één notebook uit en schrijf het met uitvoer terug."""
    nb = nbformat.read(pad, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(pad.parent)}}
    )
    client.execute()
    if is_les(pad):
        dia.pas_toe(nb)
    nbformat.write(nb, pad)


def is_les(pad: Path) -> bool:
    """Een les staat in een map ``notebooks`` (niet in ``solutions`` of ``exercises``).

    >>> is_les(Path("notebooks/06_salesfunnel.ipynb")), is_les(Path("solutions/06_salesfunnel.ipynb"))
    (True, False)
    """
    return pad.resolve().parent.name == "notebooks"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paden", nargs="+", help="mappen of .ipynb-bestanden")
    parser.add_argument("--timeout", type=int, default=300, help="seconden per cel")
    args = parser.parse_args(argv)
    fouten = 0
    for pad in notebooks_in(args.paden):
        try:
            voer_uit(pad, args.timeout)
            print(f"uitgevoerd: {pad}")
        except CellExecutionError as fout:
            fouten += 1
            print(f"FOUT in {pad}:\n{str(fout)[-1500:]}", file=sys.stderr)
    return 1 if fouten else 0


if __name__ == "__main__":
    raise SystemExit(main())
