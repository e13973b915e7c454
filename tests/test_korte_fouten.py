"""Een fout uit klantlib verschijnt in een notebook als één zin, zonder traceback."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook


def _voer_uit(*bronnen: str) -> list:
    nb = new_notebook(cells=[new_code_cell(b) for b in bronnen])
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True).execute()
    return [c.outputs for c in nb.cells]


def test_klantlib_fout_is_een_zin_en_andere_fouten_houden_hun_traceback():
    uitvoer = _voer_uit(
        "from klantlib.data import kies_dataset",
        "kies_dataset(-1)",
        "int('geen getal')",
    )
    ons = [o for o in uitvoer[1] if o.output_type == "error"]
    assert len(ons) == 1, "de fout blijft een fout (tests en nakijken zien hem)"
    tekst = "\n".join(ons[0].traceback)
    assert "seed moet een geheel getal" in tekst
    assert "klantlib" not in tekst and "File " not in tekst, "geen traceback door klantlib"
    anders = [o for o in uitvoer[2] if o.output_type == "error"][0]
    assert len(anders.traceback) > 1, "een fout buiten klantlib houdt zijn gewone traceback"
