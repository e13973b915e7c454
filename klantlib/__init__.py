"""klantlib: de hulpbibliotheek van de cursus Klant centraal."""

from __future__ import annotations

import sys

__version__ = "0.2.0"


def _korte_foutmeldingen() -> bool:
    """In een notebook: leg fouten uit in gewone woorden, zonder lange traceback.

    - Een fout die klantlib zelf geeft (een ``ValueError`` met een Nederlandse
      uitleg) verschijnt als die ene uitleg.
    - De fouten die beginners het vaakst maken (een kolom die niet bestaat,
      een naam die nog niet bestaat, ``48.6%`` of ``€`` in code, een vergeten
      aanhalingsteken, ...) krijgen een kort Nederlands blok; zie
      :mod:`klantlib.foutuitleg`.

    Het blijft een echte fout: tests en het nakijken zien hem, en ``%tb`` toont
    de volledige Python-melding. Andere fouten houden hun gewone traceback.
    Buiten IPython doet deze functie niets.
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "_klantlib_korte_fouten", False):
        return False
    from klantlib.foutuitleg import installeer

    return installeer(shell)


_korte_foutmeldingen()
