# Klant centraal: twee commando's voor een nieuwe machine.
#   make lab   - maakt .venv (als die er nog niet is), installeert alles en opent JupyterLab
#   make test  - maakt .venv, installeert met de test-extra's en draait alle tests en notebooks
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# Notebooks draaien met twee processen (deze machine heeft twee kernen).
NBVAL_WORKERS ?= 2

.PHONY: lab test test-oud test-oud-beschikbaar install install-test pytest nbval browsertest werkboek notebooks data benchmark clean

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

# Als root (een container, een cloud-VM van school) weigert JupyterLab te starten zonder --allow-root;
# alleen dan geven we die optie mee. Zonder browser (een server zonder scherm) start het gewoon en
# staat het adres met token in de terminal. Extra opties: make lab LAB_OPTIES="--port=9999".
LAB_ROOT := $(shell [ "$$(id -u 2>/dev/null)" = "0" ] && echo --allow-root)
LAB_OPTIES ?=
lab: install
	$(BIN)/jupyter lab $(LAB_ROOT) $(LAB_OPTIES) notebooks/00_welkom.ipynb

test: install-test
	$(PY) -m pytest -q -p no:cacheprovider tests klantlib
	$(MAKE) --no-print-directory nbval
	$(MAKE) --no-print-directory browsertest
	$(PY) -m klantlib.werkboek --controleer

pytest: install-test
	$(PY) -m pytest -q -p no:cacheprovider tests klantlib

# Alle notebooks draaien van boven naar beneden; cellen met de tag nbval-check-output
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

# De oudste versies die de cursus ondersteunt: Python 3.10 met pandas 2.3.
# Eigen omgeving .venv-oud; draait pytest en alle notebooks (zonder browser).
# Zoekt python3.10 op het pad, daarna in pyenv; of geef hem mee: make test-oud PYTHON_OUD=/pad/naar/python3.10
PYTHON_OUD ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10; do \
	$$p -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && { echo $$p; break; }; done)
VENV_OUD   := .venv-oud
test-oud-beschikbaar:
	@test -n "$(PYTHON_OUD)"

test-oud:
	@test -n "$(PYTHON_OUD)" || { echo "Python 3.10 niet gevonden. Geef het pad mee: make test-oud PYTHON_OUD=/pad/naar/python3.10"; exit 1; }
	test -x $(VENV_OUD)/bin/python || $(PYTHON_OUD) -m venv $(VENV_OUD)
	$(VENV_OUD)/bin/python -m pip install --quiet --upgrade pip
	$(VENV_OUD)/bin/python -m pip install --quiet -e ".[test]" "pandas>=2.3,<2.4"
	$(VENV_OUD)/bin/python -c "import sys, pandas; print('Python', sys.version.split()[0], '- pandas', pandas.__version__)"
	$(VENV_OUD)/bin/python -m pytest -q -p no:cacheprovider -n 2 tests klantlib --ignore=tests/browser
	# Notebooks hier na elkaar (-n 1): twee kernels die tegelijk starten vielen hier één keer om
	# ("Kernel died before replying to kernel_info"); na elkaar kost het ±20 s extra.
	$(VENV_OUD)/bin/python -m pytest -q -p no:cacheprovider --nbval-lax --nbval-sanitize-with tests/nbval_sanitize.cfg \
		-n 1 notebooks solutions exercises

clean:
	rm -rf $(VENV) $(VENV_OUD) build .pytest_cache
