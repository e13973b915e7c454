"""Fouten in een notebook: één kort Nederlands blok in plaats van een traceback (issue 21).

Eén echte kernel (nbclient) voert een notebook uit met de fouten die beginners
het vaakst maken. De fout blijft een fout (ename en het uitvoertype 'error'),
maar de tekst is Nederlands, zonder Engelse standaardtekst, en ``%tb`` toont
daarna toch de volledige Python-melding.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from klantlib.foutuitleg import naam_uitleg, syntax_uitleg, uitleg


def _voer_uit(pad, bronnen: list[str]) -> list:
    nb = new_notebook(cells=[new_code_cell(b) for b in bronnen])
    nbformat.write(nb, pad)  # het notebook staat ook op schijf: zo vindt de uitleg cellen "hierboven"
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(pad.parent)}}).execute()
    return [c.outputs for c in nb.cells]


def _fout(uitvoer) -> tuple[str, str]:
    fouten = [o for o in uitvoer if o.output_type == "error"]
    assert len(fouten) == 1, uitvoer
    tekst = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(fouten[0].traceback))
    return fouten[0].ename, tekst


def _getoond(uitvoer) -> list[str]:
    return [o.data["text/markdown"] for o in uitvoer if o.output_type in ("display_data", "execute_result")
            and "text/markdown" in o.get("data", {})]


@pytest.fixture(scope="module")
def uitvoer(tmp_path_factory):
    pad = tmp_path_factory.mktemp("nb") / "proef.ipynb"
    return _voer_uit(pad, [
        f"__session__ = {str(pad)!r}\nimport klantlib\nfrom klantlib.data import kies_dataset, laad\n"
        "enquetes = laad('enquetes')",                                                     # 0
        "enquetes['Score'].isna().sum()",                                                 # 1
        "nps_concurrent = 48.6%",                                                         # 2
        "wb = Werkboek('h03', globals(), seed=0123456)",                                  # 3
        "print(facturen.head())",                                                         # 4
        "facturen = laad('facturen')",                                                    # 5 (hierboven niet uitgevoerd)
        "from klantlib.oefeningen import Werkboek\nwb = Werkboek('h03', globals())",      # 6
        "aantal_leeg = enquetes['score'].isna().sum()",                                   # 7
        "wb.controleer('3.4');",                                                          # 8
        "aantal_leeg = enquetes['Score'].isna().sum()",                                   # 9
        "wb.controleer('3.4')\nwb.controleer('3.5')",                                     # 10
        "%tb",                                                                            # 11
        "kies_dataset(-1)",                                                               # 12
        "raise RuntimeError('onbekend')",                                                 # 13
        "tabel = (1, 2)\ntabel.groupby('x')",                                    # 14
    ])


def test_onbekende_kolom_met_voorstel(uitvoer):
    naam, tekst = _fout(uitvoer[1])
    assert naam == "KeyError", "de echte fout blijft bestaan"
    assert "De kolom 'Score' bestaat niet" in tekst and "Bedoel je 'score'?" in tekst and "%tb" in tekst
    assert "File " not in tekst and "pandas" not in tekst and len(tekst.splitlines()) <= 5


def test_procentteken_en_studentnummer(uitvoer):
    naam, tekst = _fout(uitvoer[2])
    assert naam == "SyntaxError" and "procentteken" in tekst and "`48.6`" in tekst
    naam, tekst = _fout(uitvoer[3])
    assert 'seed="0123456"' in tekst


def test_naam_uit_een_cel_die_nog_niet_is_uitgevoerd(uitvoer):
    naam, tekst = _fout(uitvoer[4])
    assert naam == "NameError" and "wordt gemaakt in een andere cel" in tekst and "Run All Above" in tekst


def test_controle_met_puntkomma_en_twee_controles_in_een_cel(uitvoer):
    getoond = _getoond(uitvoer[8])
    assert len(getoond) == 1 and "Oefening 3.4: goed" in getoond[0]
    getoond = _getoond(uitvoer[10])
    assert len(getoond) == 2, "elke controle verschijnt, één keer"
    assert "gaf bij de laatste keer uitvoeren een foutmelding" in getoond[0], "geen 'goed' op een oude waarde"
    assert "Oefening 3.5" in getoond[1]


def test_volledige_melding_met_tb(uitvoer):
    naam, tekst = _fout(uitvoer[11])
    assert "KeyError" in tekst and ("Traceback" in tekst or "Cell In" in tekst)


def test_klantlib_fout_is_een_zin_en_onbekende_fouten_houden_hun_traceback(uitvoer):
    naam, tekst = _fout(uitvoer[12])
    assert naam == "ValueError" and "seed moet je studentnummer zijn" in tekst
    assert "klantlib" not in tekst and "File " not in tekst and "An exception has occurred" not in tekst
    naam, tekst = _fout(uitvoer[13])
    assert naam == "RuntimeError" and "Traceback" in tekst


def test_tuple_van_lees_export(uitvoer):
    naam, tekst = _fout(uitvoer[14])
    assert naam == "AttributeError" and "tabel, verslag = lees_export" in tekst


# -- de uitleg zelf, zonder kernel ---------------------------------------------


@pytest.mark.parametrize("bron, stukje", [
    ("x = 48.6%", "procentteken"),
    ("x = € 1200", "euroteken"),
    ("x = 1.234.567", "zonder punten"),
    ("x = 0,05", "punt als decimaalteken"),
    ('x = "Zorg', "aanhalingsteken vergeten"),
    ("x = (1 + 2", "haakjes"),
    ("if x = 3:\n    pass", "=="),
    ("def f(x)\n    return x", "dubbele punt"),
    ("  x = 1", "spaties die er niet horen"),
    ("x = “Zorg”", "krul"),
    ("enquetes['score'].isna().sum() = aantal", "Links van `=`"),
])
def test_syntaxfouten_in_gewone_woorden(bron, stukje):
    with pytest.raises(SyntaxError) as fout:
        compile(bron, "<cel>", "exec")
    tekst = "\n".join(syntax_uitleg(fout.value))
    assert stukje in tekst, tekst


def test_namen():
    def nameerror(naam):
        try:
            exec(f"{naam}")  # noqa: S102
        except NameError as fout:
            return fout
    assert "Bedoel je `facturen`?" in naam_uitleg(nameerror("Facturen"), {"facturen": 1})[0]
    assert "nog niet gemaakt" not in naam_uitleg(nameerror("facturen_2025"), {"facturen": 1})[0]
    assert "Bedoel je `facturen`" not in naam_uitleg(nameerror("facturen_2025"), {"facturen": 1})[0]
    assert 'tekst "Zorg"' in naam_uitleg(nameerror("Zorg"), {})[0]
    assert "import pandas as pd" in naam_uitleg(nameerror("pd"), {})[0]
    assert "from klantlib.nps import nps" in "\n".join(naam_uitleg(nameerror("nps"), {}))
    assert "eerste cel van het werkboek" in naam_uitleg(nameerror("____"), {})[0]
    assert "andere cel" in naam_uitleg(nameerror("tabel"), {}, ["x = 1", "tabel = laad('x')"])[0]
    assert "zelf een foutmelding" in naam_uitleg(nameerror("tabel"), {}, [], {"tabel"})[0]


def test_onbekende_fout_geeft_geen_uitleg():
    assert uitleg(RuntimeError("x")) is None


def test_meer_kolommen_tussen_enkele_blokhaken():
    """Studentproef 05 (5.11): `enquetes["a", "b"]` vraagt om dubbele blokhaken, niet om een kolom ('a', 'b')."""
    import pandas as pd

    from klantlib.foutuitleg import sleutel_uitleg

    tabel = pd.DataFrame({"kvk_nummer": ["1"], "score": [9]})
    try:
        tabel["kvk_nummer", "score"]
    except KeyError as fout:
        regels = sleutel_uitleg(fout)
    assert 'dubbele blokhaken: `tabel[["kvk_nummer", "score"]]`' in regels[0]
    assert "('kvk_nummer', 'score')" not in " ".join(regels)
