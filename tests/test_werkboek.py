"""Tests voor klantlib.werkboek: exercises/ maken uit solutions/."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import klantlib
from klantlib import werkboek
from klantlib.werkboek import MarkeringFout, maak_werkboek, vervang_markeringen


def test_blok_zonder_vervanging_wordt_plaatshouder():
    bron = "a = 1\n### BEGIN OPLOSSING\nb = a + 1\nc = b * 2\n### EINDE OPLOSSING\nprint(a)\n"
    assert vervang_markeringen(bron) == "a = 1\n____\nprint(a)\n"


def test_blok_met_vervanging_en_inspringing():
    bron = ("def f(x):\n"
            "    ### BEGIN OPLOSSING: return ____\n"
            "    y = x * 2\n"
            "    return y\n"
            "    ### EINDE OPLOSSING\n"
            "\n"
            "### BEGIN OPLOSSING: totaal = ____\n"
            "totaal = f(3)\n"
            "### EINDE OPLOSSING")
    assert vervang_markeringen(bron) == "def f(x):\n    return ____\n\ntotaal = ____"


def test_blok_met_meer_regels_voor_het_werkboek():
    bron = ("### BEGIN OPLOSSING\n"
            "### WERKBOEK: facturen_2025 = ____\n"
            "### WERKBOEK: omzet_2025 = ____\n"
            "facturen_2025 = facturen[facturen.jaar == 2025]\n"
            "omzet_2025 = facturen_2025.bedrag.sum()\n"
            "### EINDE OPLOSSING\n"
            "print(omzet_2025)")
    assert vervang_markeringen(bron) == "facturen_2025 = ____\nomzet_2025 = ____\nprint(omzet_2025)"
    ingesprongen = ("def f(x):\n    ### BEGIN OPLOSSING\n    ### WERKBOEK: y = ____\n    ### WERKBOEK: return ____\n"
                    "    y = 2 * x\n    return y\n    ### EINDE OPLOSSING\n")
    assert vervang_markeringen(ingesprongen) == "def f(x):\n    y = ____\n    return ____\n"
    with pytest.raises(MarkeringFout, match="hoort binnen een blok"):
        vervang_markeringen("### WERKBOEK: x = ____\n")


def test_code_zonder_markeringen_blijft_gelijk():
    bron = "x = 1\n# ### BEGIN staat hier niet aan het begin\n"
    assert vervang_markeringen(bron) == bron


@pytest.mark.parametrize("bron, regel, woord", [
    ("x = 1\n### BEGIN OPLOSSING\ny = 2\n", 2, "niet gesloten"),
    ("### BEGIN OPLOSSING\n### BEGIN OPLOSSING\n### EINDE OPLOSSING\n", 2, "genest"),
    ("x = 1\n\n### EINDE OPLOSSING\n", 3, "zonder"),
    ("### BEGIN OPLOSSING x = ____\n### EINDE OPLOSSING\n", 1, "dubbele punt"),
])
def test_markeringsfouten(bron, regel, woord):
    with pytest.raises(MarkeringFout) as fout:
        vervang_markeringen(bron, "x.ipynb, cel 4")
    assert f"x.ipynb, cel 4, regel {regel}" in str(fout.value) and woord in str(fout.value)


def _uitwerking() -> nbformat.NotebookNode:
    setup = new_code_cell('from klantlib.oefeningen import Werkboek, ____\nwb = Werkboek("h00", globals())',
                          execution_count=1, outputs=[new_output("stream", name="stdout", text="hoi\n")])
    antwoord = new_code_cell("### BEGIN OPLOSSING: aantal_facturen = ____\naantal_facturen = 3\n"
                             "### EINDE OPLOSSING", execution_count=2)
    check = new_code_cell('wb.controleer("0.1")', execution_count=3, metadata={"tags": ["nbval-check-output"]},
                          outputs=[new_output("execute_result", data={"text/plain": "goed"}, execution_count=3)])
    docent = new_code_cell("geheim = 1", metadata={"tags": ["docent"]})
    tag = new_markdown_cell("# Titel", metadata={"tags": ["uitleg"]})
    nb = new_notebook(cells=[tag, setup, antwoord, docent, check],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"},
                                "language_info": {"name": "python", "version": "3.11.9"}})
    for i, cel in enumerate(nb.cells):
        cel.id = f"c{i}"
        if cel.cell_type == "code":
            cel.metadata["execution"] = {"iopub.status.busy": "2026-01-01"}
    return nb


def test_maak_werkboek():
    wb = maak_werkboek(_uitwerking(), "test.ipynb")
    bronnen = [c.source for c in wb.cells]
    assert "geheim = 1" not in bronnen  # docentcel weg
    assert [c.id for c in wb.cells] == ["c0", "c1", "c2", "c4"]
    assert bronnen[2] == "aantal_facturen = ____"
    assert bronnen[3] == 'wb.controleer("0.1")'
    assert wb.cells[3].metadata == {}  # nbval-tag weg: een werkboek heeft geen uitvoer om mee te vergelijken
    for cel in wb.cells:
        if cel.cell_type == "code":
            assert cel.outputs == [] and cel.execution_count is None and cel.metadata == {}
    assert wb.cells[0].metadata == {"tags": ["uitleg"]}
    assert wb.metadata["klantlib"] == {"versie": klantlib.__version__, "hoofdstuk": "h00"}
    assert "version" not in wb.metadata["language_info"]  # machine-onafhankelijk
    nbformat.validate(wb)


def test_markeringsfout_noemt_bestand_en_cel():
    nb = _uitwerking()
    nb.cells[2].source = "x = 1\n### BEGIN OPLOSSING\nx = 2"
    with pytest.raises(MarkeringFout, match=r"test.ipynb, cel 3, regel 2"):
        maak_werkboek(nb, "test.ipynb")


def _mappen(tmp_path):
    bron, doel = tmp_path / "solutions", tmp_path / "exercises"
    bron.mkdir()
    nbformat.write(_uitwerking(), bron / "00_test_werkboek.ipynb")
    return bron, doel


def test_cli_schrijft_en_controleert(tmp_path, capsys):
    bron, doel = _mappen(tmp_path)
    args = ["--bron", str(bron), "--doel", str(doel)]
    assert werkboek.main([*args, "--controleer"]) == 1  # nog niet gemaakt
    assert "ontbreekt" in capsys.readouterr().err
    assert werkboek.main(args) == 0
    eerste = (doel / "00_test_werkboek.ipynb").read_text()
    assert werkboek.main(args) == 0
    assert (doel / "00_test_werkboek.ipynb").read_text() == eerste  # deterministisch
    assert "al bijgewerkt" in capsys.readouterr().out
    assert werkboek.main([*args, "--controleer"]) == 0

    (doel / "00_test_werkboek.ipynb").write_text(eerste.replace("aantal_facturen = ____", "aantal_facturen = 3"))
    assert werkboek.main([*args, "--controleer"]) == 1
    assert "00_test_werkboek.ipynb: wijkt af" in capsys.readouterr().err
    (doel / "99_extra.ipynb").write_text("{}")
    assert werkboek.main([*args, "--controleer"]) == 1
    assert "99_extra.ipynb: hoort bij geen" in capsys.readouterr().err
    assert werkboek.main(args) == 0
    assert not (doel / "99_extra.ipynb").exists()
    assert (doel / "00_test_werkboek.ipynb").read_text() == eerste


def test_cli_markeringsfout_schrijft_niets(tmp_path, capsys):
    bron, doel = _mappen(tmp_path)
    nb = _uitwerking()
    nb.cells[4].source = "### BEGIN OPLOSSING\n### BEGIN OPLOSSING\n### EINDE OPLOSSING\n### EINDE OPLOSSING"
    nbformat.write(nb, bron / "01_kapot_werkboek.ipynb")
    assert werkboek.main(["--bron", str(bron), "--doel", str(doel)]) == 2
    fout = capsys.readouterr().err
    assert "01_kapot_werkboek.ipynb, cel 5, regel 2" in fout and "genest" in fout
    assert not doel.exists()


def test_help_noemt_controleer(capsys):
    with pytest.raises(SystemExit) as einde:
        werkboek.main(["--help"])
    assert einde.value.code == 0 and "--controleer" in capsys.readouterr().out


def test_exercises_gelijk_aan_verse_generatie():
    map_ = werkboek.projectmap()
    assert werkboek.verschillen(map_ / "solutions", map_ / "exercises") == []
