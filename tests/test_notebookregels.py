"""De huisregels voor notebooks, gecontroleerd op elke les en elk werkboek."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parent.parent
LESSEN = sorted((REPO / "notebooks").glob("*.ipynb"))
UITWERKINGEN = sorted((REPO / "solutions").glob("*.ipynb"))
OEFENINGEN = sorted((REPO / "exercises").glob("*.ipynb"))


def _code(pad: Path) -> list[str]:
    return [c.source for c in nbformat.read(pad, as_version=4).cells if c.cell_type == "code"]


def _tekst(pad: Path) -> str:
    return "\n".join(c.source for c in nbformat.read(pad, as_version=4).cells if c.cell_type == "markdown")


def test_er_zijn_lessen():
    assert any(p.name.startswith("00_") for p in LESSEN)


@pytest.mark.parametrize("pad", LESSEN + UITWERKINGEN + OEFENINGEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_code_volgt_de_huisregels(pad):
    for bron in _code(pad):
        assert "../" not in bron, f"{pad.name}: geen '../' in code; gebruik klantlib.data"
        assert not re.search(r"^\s*from\s+\S+\s+import\s+\*", bron, re.M), f"{pad.name}: geen import *"
        assert not re.search(r"^\s*[!%]{1,2}(?!matplotlib)", bron, re.M), f"{pad.name}: geen shell-commando's of magics"
        assert "http://" not in bron and "https://" not in bron, f"{pad.name}: geen downloads"
        assert len(bron.strip().splitlines()) <= 15, f"{pad.name}: codecel te lang:\n{bron}"


@pytest.mark.parametrize("pad", LESSEN, ids=lambda p: p.name)
def test_les_heeft_vaste_opbouw(pad):
    tekst = _tekst(pad)
    cellen = nbformat.read(pad, as_version=4).cells
    assert cellen[0].cell_type == "markdown" and cellen[0].source.startswith("# ")
    for kop in ("Wat je gaat doen", "Wat je leert", "Wat je nodig hebt", "## Samenvatting"):
        assert kop in tekst, f"{pad.name} mist '{kop}'"
    assert "../exercises/" in tekst, f"{pad.name} linkt niet naar het werkboek"
    gecontroleerd = [c for c in cellen if c.cell_type == "code" and "nbval-check-output" in c.metadata.get("tags", [])]
    assert gecontroleerd, f"{pad.name}: geen cel met de tag nbval-check-output (gecontroleerde uitvoer)"
    assert "Denkvraag" in tekst or "denkvraag" in tekst.lower()


@pytest.mark.parametrize("pad", LESSEN + UITWERKINGEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lessen_en_uitwerkingen_zijn_uitgevoerd(pad):
    nb = nbformat.read(pad, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.execution_count is not None for c in code), f"{pad.name} is niet (helemaal) uitgevoerd opgeslagen"
    fouten = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not fouten, f"{pad.name} bevat een foutmelding in de opgeslagen uitvoer"


@pytest.mark.parametrize("pad", OEFENINGEN, ids=lambda p: p.name)
def test_werkboeken_zonder_uitvoer(pad):
    nb = nbformat.read(pad, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("pad", LESSEN + UITWERKINGEN + OEFENINGEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_geen_zichtbare_testmarkeringen(pad):
    """Leerlingen lezen geen testmarkeringen: nbval-opties staan in de celtags, niet als commentaar in de code."""
    for nummer, bron in enumerate(_code(pad), start=1):
        for regel in bron.splitlines():
            kaal = regel.strip().lstrip("#").strip()
            assert not re.match(r"(NBVAL_|PYTEST_VALIDATE_)", kaal), (
                f"{pad.parent.name}/{pad.name}, codecel {nummer}: '{regel.strip()}' is een zichtbare "
                "testmarkering. Zet de tag nbval-check-output in de metadata van de cel "
                "(python -m klantlib.werkboek --nbval-tags <notebook>).")


@pytest.mark.parametrize("pad", OEFENINGEN, ids=lambda p: p.name)
def test_werkboeken_zonder_nbval_tags(pad):
    """Een werkboek heeft geen opgeslagen uitvoer, dus ook geen cel die nbval op uitvoer controleert."""
    for cel in nbformat.read(pad, as_version=4).cells:
        assert not [t for t in cel.get("metadata", {}).get("tags", []) if t.startswith("nbval-")], pad.name
