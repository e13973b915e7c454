# Klant centraal: twee commando's voor een nieuwe machine.
#   make lab   - maakt .venv (als die er nog niet is), installeert alles en opent JupyterLab
#   make test  - maakt .venv, installeert met de test-extra's en draait alle tests en notebooks
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# Notebooks draaien met twee processen (deze machine heeft twee kernen).
NBVAL_WORKERS ?= 2

.PHONY: lab test install install-test pytest nbval browsertest werkboek notebooks data benchmark clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.geinstalleerd: $(PY) pyproject.toml jupyter/pyproject.toml jupyter/labconfig/default_setting_overrides.json
	$(PY) -m pip install --quiet -e . ./jupyter
	touch $@

$(VENV)/.geinstalleerd-test: $(VENV)/.geinstalleerd
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.geinstalleerd
install-test: $(VENV)/.geinstalleerd-test

lab: install
	$(BIN)/jupyter lab notebooks/00_welkom.ipynb

test: install-test
	$(PY) -m pytest -q -p no:cacheprovider tests klantlib
	$(MAKE) --no-print-directory nbval
	$(MAKE) --no-print-directory browsertest
	$(PY) -m klantlib.werkboek --controleer

pytest: install-test
	$(PY) -m pytest -q -p no:cacheprovider tests klantlib

# Alle notebooks draaien van boven naar beneden; cellen met # NBVAL_CHECK_OUTPUT
# vergelijken hun opgeslagen uitvoer. nbval schrijft de notebooks niet terug.
nbval: install-test
	$(PY) -m pytest -q -p no:cacheprovider --nbval-lax --nbval-sanitize-with tests/nbval_sanitize.cfg \
		-n $(NBVAL_WORKERS) --dist loadfile notebooks solutions exercises

browsertest: install-test
	$(PY) -m tests.browser.run

# exercises/ opnieuw maken uit solutions/ (nooit met de hand bewerken).
werkboek: install
	$(PY) -m klantlib.werkboek

# Lessen en uitwerkingen opnieuw uitvoeren en met uitvoer opslaan.
notebooks: install
	$(PY) -m klantlib.notebooks_uitvoeren notebooks solutions

# De datasets in datasets/ opnieuw maken (standaard-seed).
data: install
	$(PY) -m klantlib.data genereer --uit datasets

benchmark: install-test
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build .pytest_cache
