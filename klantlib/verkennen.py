"""Widgets om de data te verkennen (ipywidgets 8).

Elke widget is een dunne laag over een gewone functie die getest wordt.
Afspraken voor de browsertest: de buitenste box heeft de klasse
``klantlib-widget`` en ``klantlib-<naam>``; het hoofdresultaat is een
``widgets.HTML`` met de klasse ``klantlib-resultaat``.
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
from IPython.display import display

__all__: list[str] = []
