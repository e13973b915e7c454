"""nbval controleert cellen met de celtag ``nbval-check-output`` echt (en alleen die).

We maken een klein notebook met twee cellen met opgeslagen uitvoer: één met de
tag en één zonder. Klopt de opgeslagen uitvoer, dan slaagt nbval. Is de
uitvoer van de cel mét tag veranderd, dan faalt nbval; een veranderde uitvoer
zonder tag telt (met --nbval-lax) niet.
"""

from __future__ import annotations

import subprocess
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from klantlib.werkboek import zet_nbval_tags


def _notebook(pad, met_tag: str, zonder_tag: str):
    gecontroleerd = new_code_cell("6 * 7", metadata={"tags": ["nbval-check-output"]}, execution_count=1,
                                  outputs=[new_output("execute_result", data={"text/plain": met_tag},
                                                      execution_count=1)])
    vrij = new_code_cell("1 + 1", execution_count=2,
                         outputs=[new_output("execute_result", data={"text/plain": zonder_tag}, execution_count=2)])
    nb = new_notebook(cells=[gecontroleerd, vrij],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, pad)


def _nbval(pad) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax",
                           str(pad)], cwd=pad.parent, capture_output=True, text=True, timeout=180)


def test_tag_wordt_gecontroleerd(tmp_path):
    goed = tmp_path / "goed.ipynb"
    _notebook(goed, "42", "999")  # de cel zonder tag mag afwijken
    uitkomst = _nbval(goed)
    assert uitkomst.returncode == 0, uitkomst.stdout[-2000:]
    fout = tmp_path / "fout.ipynb"
    _notebook(fout, "43", "2")  # de opgeslagen uitvoer van de cel met tag klopt niet meer
    uitkomst = _nbval(fout)
    assert uitkomst.returncode != 0 and "mismatch" in uitkomst.stdout, uitkomst.stdout[-2000:]


def test_commentaar_omzetten_naar_tag(tmp_path):
    pad = tmp_path / "les.ipynb"
    cel = new_code_cell("# NBVAL_CHECK_OUTPUT\nprint(1)", metadata={"tags": ["andere"]}, execution_count=1,
                        outputs=[new_output("stream", name="stdout", text="1\n")])
    nbformat.write(new_notebook(cells=[cel, new_code_cell("x = 2")]), pad)
    assert zet_nbval_tags(pad) == 1
    nb = nbformat.read(pad, as_version=4)
    assert nb.cells[0].source == "print(1)"
    assert nb.cells[0].metadata["tags"] == ["andere", "nbval-check-output"]
    assert nb.cells[0].outputs[0].text == "1\n"
    assert zet_nbval_tags(pad) == 0  # nog een keer: er verandert niets
