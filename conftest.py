"""Voor alle tests (pytest, doctests en nbval): nooit de echte cache van de gebruiker.

Persoonlijke datasets worden bewaard in de map uit ``KLANTLIB_CACHE`` (zie
``klantlib/_cache.py``). Hier zet het hoofdproces van pytest die variabele op een
nieuwe tijdelijke map, vóór er iets wordt geladen. Werkers van pytest-xdist en de
kernels van nbval en het nakijken erven haar. Na afloop verdwijnt de map.
Tests die de cache zelf testen, zetten hun eigen ``tmp_path``.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_MERK = "KLANTLIB_TESTCACHE"  # zo weet een xdist-werker dat de map van zijn hoofdproces is


def pytest_configure(config):
    map_ = os.environ.get("KLANTLIB_CACHE")
    if map_ and os.environ.get(_MERK) == map_:
        return  # xdist-werker: de map van het hoofdproces gebruiken
    map_ = tempfile.mkdtemp(prefix="klantlib-testcache-")
    os.environ["KLANTLIB_CACHE"] = map_
    os.environ[_MERK] = map_
    config._klantlib_testcache = map_


def pytest_unconfigure(config):
    map_ = getattr(config, "_klantlib_testcache", None)
    if map_:
        shutil.rmtree(map_, ignore_errors=True)
