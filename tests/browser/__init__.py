"""Browsertest voor Klant centraal (issue 7): elke les opent in JupyterLab in headless Chromium.

nbval bewijst dat de Python draait; deze test kijkt naar de pagina, zoals een
student (of de docent voor de klas) hem ziet: worden de widgets getekend, en
reageren ze op een schuif of keuzelijst?

Starten::

    make browsertest                        # ook onderdeel van make test en .ci/run
    .venv/bin/python -m tests.browser.run   # alle lessen + 1 werkboek + zelftest
    .venv/bin/python -m tests.browser.run notebooks/00_welkom.ipynb   # alleen dit notebook
    .venv/bin/python -m tests.browser.run --zelftest          # alleen de zelftest
    .venv/bin/python -m pytest tests/test_browser_hulp.py     # snelle tests zonder browser

Bestanden:

* ``run.py``        het programma; de docstring beschrijft elke stap en de
  verschillen tussen de test-instellingen en die van studenten.
* ``widgetspec.py`` het register: per widget één handeling en de verwachte
  uitkomst (uit de pure functie). Hoofdstukschrijvers vullen dit aan.
* ``zelftest.py``   een notebook met een kapotte callback, een widget met een
  verkeerde versie en een foutcel: de test moet die vinden.

Uitvoer: één regel per notebook met de tijd, schermafdrukken in
``build/screenshots/`` (genegeerd door git) en een slotregel
``N passed, M failed``. Exitcode 0 = goed, 1 = test faalde, 2 = opzet mislukte.

Nodig: Debian-``chromium`` (de test installeert hem met apt-get als
``/usr/bin/chromium`` ontbreekt) en het Python-pakket ``playwright`` uit de
test-extra's. Nooit ``playwright install``: we gebruiken de browser van Debian.
"""
