"""Tests voor klantlib.nakijken en voor alle werkboeken in solutions/ en exercises/.

Deze tests starten echte kernels en duren daarom samen ongeveer een halve
minuut. De klas van 30 kopieën staat in benchmarks/bench_nakijken.py.
"""

from __future__ import annotations

import hashlib
import shutil

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from klantlib import nakijken
from klantlib.oefeningen.kern import laad_hoofdstuk
from klantlib.werkboek import projectmap

MAP = projectmap()
UITWERKING = MAP / "solutions" / "00_welkom_werkboek.ipynb"
WERKBOEK = MAP / "exercises" / "00_welkom_werkboek.ipynb"


def _index(nb, tekst: str) -> int:
    for i, cel in enumerate(nb.cells):
        if cel.cell_type == "code" and tekst in cel.source:
            return i
    raise AssertionError(f"geen cel met {tekst!r}")


def _variant(naam: str, map_, wijzig) -> None:
    nb = nbformat.read(UITWERKING, as_version=4)
    wijzig(nb)
    nbformat.write(nb, map_ / naam)


def _voeg_in(na: str, bron: str):
    def wijzig(nb):
        nb.cells.insert(_index(nb, na) + 1, new_code_cell(bron))
    return wijzig


def _bouw_corpus(map_):
    _variant("goed.ipynb", map_, lambda nb: None)
    shutil.copy(WERKBOEK, map_ / "leeg.ipynb")
    _variant("lus.ipynb", map_, _voeg_in("Werkboek(", "while True:\n    pass"))

    def fout(nb):
        nb.cells[_index(nb, "omzet_2025 = facturen_2025")].source = "omzet_2025 = 1 / 0"
    _variant("fout.ipynb", map_, fout)

    def zonder_controle(nb):
        del nb.cells[_index(nb, 'wb.controleer("0.3")')]
        del nb.cells[_index(nb, 'wb.controleer("0.4")')]
    _variant("zonder_controle.ipynb", map_, zonder_controle)

    def dubbel(nb):
        for tekst in ("aantal_facturen = len", 'wb.controleer("0.2")', "Werkboek("):
            i = _index(nb, tekst)
            nb.cells.insert(i + 1, new_code_cell(nb.cells[i].source))
    _variant("dubbel.ipynb", map_, dubbel)
    _variant("invoer.ipynb", map_, _voeg_in("Werkboek(", 'naam = input("Hoe heet je?")'))
    _variant("veel_uitvoer.ipynb", map_, _voeg_in("Werkboek(", 'print("x" * 3_000_000)'))
    _variant("schrijft.ipynb", map_, _voeg_in(
        "Werkboek(", 'import os\nopen("resultaat.txt", "w").write("hoi")\nos.makedirs("uitvoer", exist_ok=True)'))

    def seed(nb):
        i = _index(nb, "Werkboek(")
        nb.cells[i].source = nb.cells[i].source.replace('Werkboek("h00", globals())',
                                                        'Werkboek("h00", globals(), seed=12345)')
    _variant("seed.ipynb", map_, seed)
    _variant("crash.ipynb", map_, _voeg_in('wb.controleer("0.3")', "import os\nos._exit(1)"))
    (map_ / "kapot.ipynb").write_text("Dit is geen notebook maar een verslag.", encoding="utf-8")
    (map_ / "verslag.docx").write_bytes(b"PK\x03\x04 geen notebook")
    (map_ / ".ipynb_checkpoints").mkdir()
    shutil.copy(WERKBOEK, map_ / ".ipynb_checkpoints" / "leeg-checkpoint.ipynb")


def _hashes(map_):
    return {p.relative_to(map_): hashlib.sha256(p.read_bytes()).hexdigest() for p in map_.rglob("*") if p.is_file()}


def test_corpus_van_kapotte_inleveringen(tmp_path, capsys):
    klas = tmp_path / "ingeleverd"
    klas.mkdir()
    _bouw_corpus(klas)
    voor = _hashes(klas)
    uit = tmp_path / "uit" / "cijfers.csv"
    code = nakijken.main([str(klas), "--uit", str(uit), "--xlsx", "--cel-timeout", "20",
                          "--notebook-timeout", "90", "--stil"])
    assert code == 1  # lus, crash en kapot zijn niet helemaal uitgevoerd
    assert _hashes(klas) == voor  # originelen onaangeroerd, niets bijgeschreven

    tabel = pd.read_csv(uit, dtype=str, keep_default_na=False)
    log = uit.with_suffix(".log").read_text(encoding="utf-8")
    ids = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.8"]  # 0.7 is een open vraag: geen kolom
    assert list(tabel.columns) == ["bestand", "seed", *ids, "totaal", "status"]
    alles = ["1"] * 7
    verwacht = {
        "crash.ipynb": ("", ["1", "1", "1", "0", "0", "0", "0"], "3", "kernel gestopt"),
        "dubbel.ipynb": ("", alles, "7", "ok"),
        "fout.ipynb": ("", ["1", "0", "1", "1", "1", "1", "1"], "6", "fouten in cellen"),
        "goed.ipynb": ("", alles, "7", "ok"),
        "invoer.ipynb": ("", alles, "7", "fouten in cellen"),
        "kapot.ipynb": ("", ["0"] * 7, "0", "geen notebook"),
        "leeg.ipynb": ("", ["0"] * 7, "0", "ok"),
        "lus.ipynb": ("", alles, "7", "te lang"),
        "schrijft.ipynb": ("", alles, "7", "ok"),
        "seed.ipynb": ("12345", alles, "7", "ok"),
        "veel_uitvoer.ipynb": ("", alles, "7", "ok"),
        "zonder_controle.ipynb": ("", alles, "7", "ok"),
    }
    assert tabel["bestand"].tolist() == sorted(verwacht)
    for _, rij in tabel.iterrows():
        seed, scores, totaal, status = verwacht[rij["bestand"]]
        assert (rij["seed"], [rij[i] for i in ids], rij["totaal"], rij["status"]) == (seed, scores, totaal, status), \
            f"{rij['bestand']}\n{log}"
    assert uit.with_suffix(".xlsx").exists()
    assert pd.read_excel(uit.with_suffix(".xlsx")).shape == tabel.shape

    # Het klasoverzicht: per oefening het deel goed, de meest gegeven terugkoppeling, wat niet draaide.
    bladen = pd.read_excel(uit.with_suffix(".xlsx"), sheet_name=None, dtype={"oefening": str})
    assert list(bladen) == ["cijfers", "klasoverzicht", "totalen", "niet uitgevoerd"]
    overzicht = bladen["klasoverzicht"].set_index("oefening")
    # 11 notebooks met een gestart werkboek (kapot.ipynb telt niet mee); leeg.ipynb probeerde niets.
    assert overzicht["notebooks"].eq(11).all()
    assert overzicht.loc["0.2", "goed"] == 9  # fout.ipynb deelt door nul, leeg.ipynb probeerde niets
    assert overzicht.loc["0.4", "goed"] == 9  # crash.ipynb stopte na 0.3; leeg.ipynb probeerde niets
    assert overzicht.loc["0.4", "niet_geprobeerd"] == 2
    assert overzicht["aandeel_goed"].is_monotonic_increasing  # moeilijkste eerst
    assert set(bladen["niet uitgevoerd"]["bestand"]) == {"crash.ipynb", "lus.ipynb", "kapot.ipynb"}
    assert bladen["totalen"]["notebooks"].sum() == len(tabel)
    pagina = (uit.parent / "klasoverzicht.html").read_text(encoding="utf-8")
    assert pagina.startswith("<!DOCTYPE html>") and "data:image/png;base64," in pagina
    assert "http://" not in pagina and "https://" not in pagina  # werkt zonder internet
    for bestand in ("crash.ipynb", "lus.ipynb", "kapot.ipynb"):
        assert bestand in pagina

    blok = {b.split(" ", 1)[0]: b for b in log.split("== ")[1:]}
    assert "ZeroDivisionError" in blok["fout.ipynb"] and "cel " in blok["fout.ipynb"]
    assert "StdinNotImplementedError" in blok["invoer.ipynb"]
    assert "langer dan 20 s" in blok["lus.ipynb"]
    assert "ingekort" in blok["veel_uitvoer.ipynb"]
    assert "kernel is gestopt" in blok["crash.ipynb"]
    assert "geen leesbaar notebook" in blok["kapot.ipynb"]
    assert "overgeslagen: geen notebook" in blok["verslag.docx"]
    assert "seed 12345" in blok["seed.ipynb"]
    assert "checkpoint" not in log
    assert "niet helemaal uitgevoerd" in capsys.readouterr().err


def test_notebooktimeout_slaat_rest_over(tmp_path):
    nb = new_notebook(cells=[new_code_cell("import time\ntime.sleep(1.5)") for _ in range(4)])
    nbformat.write(nb, tmp_path / "traag.ipynb")
    uitkomst = nakijken.nakijk_notebook(tmp_path / "traag.ipynb", cel_timeout=10, notebook_timeout=2)
    assert uitkomst["status"] == nakijken.TE_LANG
    assert any("cel(len) zijn overgeslagen" in r for r in uitkomst["log"])
    assert any("Geen werkboek gestart" in r for r in uitkomst["log"])


def test_lege_map_en_onbekende_map(tmp_path, capsys):
    assert nakijken.main([str(tmp_path / "bestaat_niet"), "--uit", str(tmp_path / "c.csv")]) == 2
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    assert nakijken.main([str(leeg), "--uit", str(tmp_path / "c.csv"), "--stil"]) == 0
    assert pd.read_csv(tmp_path / "c.csv").columns.tolist() == ["bestand", "seed", "totaal", "status"]


def test_alle_uitwerkingen_goed_en_alle_werkboeken_leeg(tmp_path):
    """Generiek over alle hoofdstukken: elke uitwerking geeft overal goed,
    elk leerlingwerkboek draait zonder fouten en zegt overal 'nog niet geprobeerd'."""
    map_ = tmp_path / "alles"
    map_.mkdir()
    uitwerkingen = sorted((MAP / "solutions").glob("*.ipynb"))
    assert uitwerkingen, "geen uitwerkingen in solutions/"
    for pad in uitwerkingen:
        shutil.copy(pad, map_ / f"oplossing__{pad.name}")
        shutil.copy(MAP / "exercises" / pad.name, map_ / f"werkboek__{pad.name}")
    uitkomsten, overgeslagen = nakijken.nakijken(map_, werkers=2, cel_timeout=120, notebook_timeout=600,
                                                 voortgang=False)
    assert overgeslagen == []
    problemen = []
    for u in sorted(uitkomsten, key=lambda u: u["bestand"]):
        naam = u["bestand"]
        if u["status"] != nakijken.OK or u["log"]:
            problemen.append(f"{naam}: {u['status']}: {u['log']}")
            continue
        if u["hoofdstuk"] is None:
            problemen.append(f"{naam}: geen hoofdstuk gevonden")
            continue
        oefeningen = laad_hoofdstuk(u["hoofdstuk"])
        controles = [r for r in u["controles"] if r.get("soort") in ("controle", "eind")]
        if naam.startswith("oplossing__"):
            for o in oefeningen:
                if u["statussen"].get(o.id) != "goed":
                    problemen.append(f"{naam}: oefening {o.id} is niet goed ({u['statussen'].get(o.id)})")
            fout = [r for r in controles if r["status"] != "goed"]
            if fout:
                problemen.append(f"{naam}: controles die niet goed zeggen: {fout}")
        else:
            niet_leeg = [r for r in controles if r["status"] != "leeg"]
            if niet_leeg:
                problemen.append(f"{naam}: controles die niet 'nog niet geprobeerd' zeggen: {niet_leeg}")
    assert not problemen, "\n".join(problemen)


@pytest.mark.parametrize("bestand", ["leeg.ipynb"])
def test_hoofdstuk_uit_broncode_als_metadata_ontbreekt(tmp_path, bestand):
    nb = nbformat.read(WERKBOEK, as_version=4)
    nb.metadata.pop("klantlib")
    assert nakijken._hoofdstuk_van(nb) == "h00"
    nb.cells = []
    assert nakijken._hoofdstuk_van(nb) is None
