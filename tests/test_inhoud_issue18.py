"""Inhoudelijke fouten uit de review van issue 18 komen niet terug (lessen 00, 01, 03, 06)."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parent.parent


def _tekst(naam: str, soort: str = "markdown") -> str:
    nb = nbformat.read(REPO / "notebooks" / naam, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == soort)


def test_03_geen_overlapregel_en_wel_het_interval_van_het_verschil():
    tekst = _tekst("03_verwachtingen_en_nps.ipynb")
    assert "vrijwel zeker" not in tekst
    assert not re.search(r"[Oo]verlappen (twee strepen|ze) niet, dan", tekst)
    assert "nps_verschil" in _tekst("03_verwachtingen_en_nps.ipynb", "code")
    assert "non-respons" in tekst


def test_03_service_recovery_zonder_nps():
    code = _tekst("03_verwachtingen_en_nps.ipynb", "code")
    from klantlib.data import laad
    from klantlib.nps import service_recovery
    assert "service_recovery(" in code
    assert not [k for k in service_recovery(laad("klachten")).columns if "nps" in k]


def test_00_salesproces_indeling():
    tekst = _tekst("00_welkom.ipynb")
    markt = re.search(r"\*market to sales\*\)(.*)", tekst).group(1)
    order = re.search(r"\*sales to order\*\)(.*)", tekst).group(1)
    assert "lead generation" not in markt and "contact" not in markt
    assert "lead generation" in order and "funnel management" in order and "06" in order


def test_06_balanced_scorecard():
    tekst = _tekst("06_salesfunnel.ipynb")
    rijen = {r.split("|")[1].strip(): r for r in tekst.splitlines() if r.startswith("| ") and r.count("|") >= 4}
    assert "quote-to-win" not in rijen["Leren en groeien"]
    assert "lead → prospect" in rijen["Interne processen"] and "lead → prospect" not in rijen["Klant"]
    assert "kritische succesfactor" in tekst


@pytest.mark.parametrize("naam", ["00_welkom.ipynb", "01_klantdefinitie.ipynb", "03_verwachtingen_en_nps.ipynb",
                                  "06_salesfunnel.ipynb", "08_eigen_data.ipynb"])
def test_begrippenlijst_in_de_openingscel(naam):
    nb = nbformat.read(REPO / "notebooks" / naam, as_version=4)
    opening = "\n".join(c.source for c in nb.cells[:2] if c.cell_type == "markdown")
    assert "- De [begrippenlijst](begrippen.md): elk begrip uit de cursus in één of twee zinnen." in opening
