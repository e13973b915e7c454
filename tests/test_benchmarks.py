"""Tests voor de meethulp van de benchmarks (benchmarks/_meten.py) en de slottabel van run_all.py.

De benchmarks zelf meten tijden en horen niet in de tests (timed tests zijn hier niet
toegestaan); wel testen we dat het protocol werkt: SAMENVATTING-regels schrijven en
lezen, kapotte regels en gefaalde scripts melden, de tabel, en dat meet_widget een
widget die niet (of dubbel) tekent afkeurt.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import ipywidgets as widgets
import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _laad(naam: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"_bench_{naam}", BENCH / f"{naam}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


meten = _laad("_meten")
run_all = _laad("run_all")


def test_samenvatting_heen_en_terug(capsys):
    meten.samenvatting("persoonlijke dataset", "≤ 4× CSV", "1.20 s", "2.5× CSV (0.48 s)", True)
    meten.samenvatting("widget x", "p95 ≤ 100 ms", "p95 130 ms", "0.7×", False)
    uit = capsys.readouterr().out
    assert uit.startswith('SAMENVATTING {"figuur": "persoonlijke dataset"')
    regels, fouten = meten.lees_samenvattingen("ruis\n" + uit, "bench_x.py")
    assert fouten == []
    assert [(r["figuur"], r["gehaald"], r["bron"]) for r in regels] == [
        ("persoonlijke dataset", True, "bench_x.py"), ("widget x", False, "bench_x.py")]


def test_kapotte_regels_worden_gemeld():
    uit = ('SAMENVATTING {"figuur": "a", "doel": "b", "gemeten": "c", "verhouding": "d"}\n'
           'SAMENVATTING {"figuur": "a", "doel": "b", "gemeten": "c", "verhouding": "d", "gehaald": "ja"}\n'
           "SAMENVATTING geen json\n"
           "  SAMENVATTING telt alleen aan het begin van een regel\n")
    regels, fouten = meten.lees_samenvattingen(uit, "bench_y.py")
    assert regels == []
    assert len(fouten) == 3 and all(f.startswith("bench_y.py: ") for f in fouten)
    assert "mist gehaald" in fouten[0] and "true/false" in fouten[1] and "geen geldige JSON" in fouten[2]


def test_tabel_heeft_een_kolom_per_veld_en_ja_nee():
    tekst = meten.tabel([
        {"figuur": "kort", "doel": "d", "gemeten": "1 s", "verhouding": "0.5×", "gehaald": True},
        {"figuur": "een veel langere figuur", "doel": "d", "gemeten": "2 s", "verhouding": "3×", "gehaald": False},
    ])
    kop, streep, een, twee = tekst.splitlines()
    assert [k.strip() for k in kop.split("|")] == ["figuur", "doel", "gemeten", "verhouding", "gehaald"]
    assert een.split("|")[-1].strip() == "ja" and twee.split("|")[-1].strip() == "NEE"
    assert len({len(kop), len(streep), len(een), len(twee)}) == 1  # kolommen recht onder elkaar


def test_mediaan_p95():
    assert meten.mediaan_p95([5.0]) == (5.0, 5.0)
    assert meten.mediaan_p95(range(1, 101)) == (50.5, pytest.approx(95.05))
    with pytest.raises(ValueError):
        meten.mediaan_p95([])


def test_vers_proces_meet_in_een_nieuw_proces():
    t = meten.vers_proces("import sys\nassert 'klantlib' not in sys.modules")
    assert 0 <= t < 60
    with pytest.raises(RuntimeError, match="faalde"):
        meten.vers_proces("raise SystemExit(3)")


def test_run_all_verzamelt_en_meldt_problemen(tmp_path, capsys):
    goed = tmp_path / "bench_goed.py"
    goed.write_text("import sys; sys.path.insert(0, %r)\nfrom _meten import samenvatting\n"
                    "print('cijfers...')\nsamenvatting('a', 'b', '1 s', '2×', True)\n"
                    "samenvatting('c', 'd', '3 s', '4×', False)\n" % str(BENCH), encoding="utf-8")
    stil = tmp_path / "bench_stil.py"
    stil.write_text("print('alleen cijfers, geen samenvatting')\n", encoding="utf-8")
    kapot = tmp_path / "bench_kapot.py"
    kapot.write_text("raise SystemExit(4)\n", encoding="utf-8")
    regels, problemen = run_all.verzamel([goed, stil, kapot])
    assert [(r["figuur"], r["bron"]) for r in regels] == [("a", "bench_goed.py"), ("c", "bench_goed.py")]
    assert problemen == ["bench_stil.py: geen SAMENVATTING-regel (zie benchmarks/_meten.py)",
                         "bench_kapot.py: stopte met exitcode 4"]
    assert "cijfers..." in capsys.readouterr().out  # de uitvoer van elk script komt door
    assert run_all.main(["bestaat_niet.py"]) == 2


def _mini_widget(tekent: int = 1):
    """Een kleine widget met WidgetFiguur; ``tekent`` = hoeveel plaatjes per wijziging."""
    from klantlib.verkennen import WidgetFiguur, _widgetbox

    figuur = WidgetFiguur(lambda ax, h: ax.bar(["a"], [h]), lambda staven, h: staven[0].set_height(h),
                          breedte=2, hoogte=1.5, dpi=50)
    schuif = widgets.IntSlider(value=1, min=0, max=10, description="Hoogte")

    def bijwerken(_=None):
        for _ in range(tekent):
            figuur.toon(schuif.value)

    schuif.observe(bijwerken, names="value")
    figuur.toon(1)
    return _widgetbox("mini", schuif, figuur.beeld)


def test_meet_widget_meet_en_print_een_samenvatting(capsys):
    uitslag = meten.meet_widget("mini", _mini_widget, ["Hoogte"], wijzigingen=6, opwarmen=1)
    assert uitslag["p95"] >= uitslag["mediaan"] > 0 and uitslag["vers_mediaan"] > 0
    regels, fouten = meten.lees_samenvattingen(capsys.readouterr().out)
    assert fouten == [] and len(regels) == 1 and regels[0]["figuur"] == "widget mini: tijd per wijziging"


@pytest.mark.parametrize("tekent", [0, 2])
def test_meet_widget_keurt_een_widget_af_die_niet_precies_een_keer_tekent(tekent):
    with pytest.raises(RuntimeError, match=f"gaf {tekent} nieuwe plaatjes"):
        meten.meet_widget("mini", lambda: _mini_widget(tekent), ["Hoogte"], wijzigingen=2, opwarmen=0)
