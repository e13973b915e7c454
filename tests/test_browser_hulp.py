"""Snelle tests (zonder browser) voor de hulpfuncties en het register van de browsertest.

De browsertest zelf draait met ``make browsertest`` (``python -m tests.browser.run``);
die bevat ook de zelftest met een kapotte widget.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from tests.browser import run, widgetspec, zelftest

REPO = Path(__file__).resolve().parents[1]


def test_html_naar_tekst_haalt_tags_weg_en_voegt_witruimte_samen():
    assert run.html_naar_tekst("<b>Omzet in 2022</b><br>€&nbsp;1.000 <i>netto</i>") == "Omzet in 2022 € 1.000 netto"


@pytest.mark.parametrize("regel", widgetspec.WIDGETS, ids=lambda r: f"{r.get('notebook')}:{r.get('widget')}")
def test_widgetspec_regels_kloppen(regel):
    widgetspec.controleer_regel(regel)
    assert (REPO / regel["notebook"]).exists(), f"notebook {regel['notebook']} bestaat niet"
    # de verwachte tekst is uit te rekenen en niet leeg
    assert run.html_naar_tekst(regel["verwacht"]())


def test_widgetspec_weigert_onbekende_actie():
    with pytest.raises(ValueError, match="onbekend"):
        widgetspec.controleer_regel({"notebook": "n.ipynb", "widget": "w", "actie": ("klik",), "verwacht": str})


def test_lees_verwachting_telt_widgets_en_plaatjes(tmp_path):
    nb = nbformat.v4.new_notebook()
    cel = nbformat.v4.new_code_cell("w")
    cel.outputs = [
        nbformat.v4.new_output("display_data", data={run.WIDGET_MIME: {"model_id": "x"}, "text/plain": "VBox()"}),
        nbformat.v4.new_output("display_data", data={"image/png": "iVBOR"}),
    ]
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), cel]
    pad = tmp_path / "n.ipynb"
    nbformat.write(nb, pad)
    v = run.lees_verwachting(pad)
    assert (v.widgets, v.plaatjes, v.heeft_uitvoer) == (1, 1, True)
    assert v.bronnen == ["# t", "w"]


def test_maak_schoon_wist_uitvoer_alleen_in_de_kopie(tmp_path):
    nb = nbformat.v4.new_notebook()
    cel = nbformat.v4.new_code_cell("1 + 1", execution_count=3)
    cel.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=3)]
    nb.cells = [cel]
    pad = tmp_path / "n.ipynb"
    nbformat.write(nb, pad)
    run.maak_schoon(pad)
    schoon = json.loads(pad.read_text())
    assert schoon["cells"][0]["outputs"] == []
    assert schoon["cells"][0]["execution_count"] is None
    assert schoon["metadata"]["kernelspec"]["name"] == "python3"


def test_widget_als_platte_tekst_wordt_herkend():
    assert run.WIDGET_ALS_TEKST.match("VBox(children=(IntSlider(value=3),))")
    assert run.WIDGET_ALS_TEKST.match("IntSlider(value=2021, description='Jaar')")
    assert not run.WIDGET_ALS_TEKST.match("Text(0.5, 1.0, 'Kwadraten')")


def test_testinstellingen_zetten_autosave_uit_en_project_zet_hem_aan(tmp_path):
    env = run.maak_omgeving(tmp_path)
    laag = json.loads((Path(env["JUPYTER_CONFIG_DIR"]) / "labconfig" / "default_setting_overrides.json").read_text())
    assert laag["@jupyterlab/docmanager-extension:plugin"]["autosave"] is False
    assert env["JUPYTER_PREFER_ENV_PATH"] == "0"
    assert "MPLBACKEND" not in env
    project = json.loads((REPO / "jupyter" / "labconfig" / "default_setting_overrides.json").read_text())
    assert project["@jupyterlab/docmanager-extension:plugin"]["autosave"] is True
    # De begrippenlijst (notebooks/begrippen.md) opent als opgemaakte tekst, niet als bron.
    assert project["@jupyterlab/docmanager-extension:plugin"]["defaultViewers"] == {"markdown": "Markdown Preview"}


def test_zelftest_notebook_heeft_kapotte_en_hele_widget(tmp_path):
    pad = zelftest.schrijf_notebook(tmp_path)
    bron = pad.read_text()
    for naam in zelftest.MOET_FALEN + zelftest.MOET_SLAGEN:
        assert naam in bron
    assert {r["widget"] for r in zelftest.WIDGETS} == {"heel", "kapot", zelftest.STIL_PLAATJE}
    assert bron.count("widgets.Image") == 1  # elke gemaakte widget heeft een plaatje


def test_beoordeel_zelftest_keurt_af_als_kapotte_widget_niet_gemeld_is():
    u = run.Uitslag(zelftest.NOTEBOOK, bediend=2, plaatjes=1, latenties={"heel": [80.0, 95.0]})
    u.fouten = [f"{zelftest.NOTEBOOK}: widget 'kapot' (schuif): resultaat bleef ..."]
    problemen = run.beoordeel_zelftest(u)
    assert len(problemen) == 4 and "'verkeerde_versie'" in problemen[0] and "'stil_plaatje'" in problemen[1]
    u.fouten.append(f"{zelftest.NOTEBOOK}: widget niet getekend in cel 5, widget 'verkeerde_versie' ...")
    u.fouten.append(f"{zelftest.NOTEBOOK}: widget 'stil_plaatje': na een handeling (schuif, meting 1) verscheen "
                    "binnen 8 s geen nieuw plaatje: de grafiek wordt niet bijgewerkt.")
    assert len(run.beoordeel_zelftest(u)) == 1  # de foutuitvoer ontbreekt nog
    u.fouten.append(f"{zelftest.NOTEBOOK}: foutuitvoer in cel 7: ValueError: expres fout")
    assert run.beoordeel_zelftest(u) == []
    # zonder latentiemetingen voor de goede widget keurt de zelftest af
    u.latenties = {}
    assert run.beoordeel_zelftest(u) == ["zelftest: geen latentiemetingen voor de goede widget 'heel'."]


def test_latentie_tabel_print_mediaan_en_p95_per_widget():
    u = run.Uitslag("notebooks/06.ipynb", latenties={"funnelcalculator": [float(t) for t in range(1, 21)],
                                                     "leeg": []})
    regels = run.latentie_tabel([u]).splitlines()
    assert regels[1].split() == ["notebooks/06.ipynb", "funnelcalculator", "n=", "20", "mediaan", "10",
                                 "p95", "19"]
    assert "geen metingen" in regels[2]


# --- Welke browser (issue 18: ook op een Mac of Windows-laptop) ---


def test_browser_eigen_pad_wint(tmp_path, monkeypatch):
    from tests.browser import browser

    nep = tmp_path / "chrome"
    nep.write_text("")
    monkeypatch.setenv("KLANT_BROWSER", str(nep))
    assert browser.zoek_browser() == (str(nep), "op deze computer")
    monkeypatch.setenv("KLANT_BROWSER", str(tmp_path / "bestaat-niet"))
    pad, uitleg = browser.zoek_browser()
    assert pad is None and "KLANT_BROWSER" in uitleg


def test_browser_volgorde_systeem_playwright_debian_melding(monkeypatch):
    from tests.browser import browser

    monkeypatch.delenv("KLANT_BROWSER", raising=False)
    monkeypatch.setattr(browser, "systeembrowser", lambda: None)
    monkeypatch.setattr(browser, "playwright_browser", lambda: "/pw/chrome")
    monkeypatch.setattr(browser, "_debian_installeren", lambda: pytest.fail("apt-get hoort niet als Playwright er is"))
    assert browser.zoek_browser() == ("/pw/chrome", "van Playwright")
    monkeypatch.setattr(browser, "playwright_browser", lambda: None)
    monkeypatch.setattr(browser, "_debian_installeren", lambda: None)  # geen Debian, geen root
    pad, uitleg = browser.zoek_browser()
    assert pad is None
    assert "-m playwright install chromium" in uitleg and "KLANT_BROWSER" in uitleg


def test_browser_zoekt_op_mac_en_windows_plekken(monkeypatch, tmp_path):
    from tests.browser import browser

    monkeypatch.delenv("KLANT_BROWSER", raising=False)
    chrome = tmp_path / "Google" / "Chrome" / "Application" / "chrome.exe"
    chrome.parent.mkdir(parents=True)
    chrome.write_text("")
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path))
    monkeypatch.setattr(browser, "DEBIAN_CHROMIUM", str(tmp_path / "geen"))
    plekken = browser._vaste_plekken()
    assert chrome in plekken
    assert any("Google Chrome.app" in str(p) for p in plekken)
