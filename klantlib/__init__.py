"""klantlib: de hulpbibliotheek van de cursus Klant centraal."""

from __future__ import annotations

import os
import sys

__version__ = "0.1.0"


def _korte_foutmeldingen() -> bool:
    """In een notebook: toon een fout uit klantlib als één Nederlandse zin.

    Onze functies geven bij verkeerde invoer een ``ValueError`` met een
    Nederlandse uitleg. Een student hoeft dan geen lange traceback door
    klantlib te lezen: alleen de melding verschijnt (nog steeds als fout, dus
    tests zien hem wel). Fouten die niet in klantlib ontstaan, houden hun
    gewone traceback. Buiten IPython doet deze functie niets.
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "_klantlib_korte_fouten", False):
        return False
    pakket = os.path.dirname(os.path.abspath(__file__))

    def toon(zelf, soort, waarde, tb, tb_offset=None):
        laatste = tb
        while laatste is not None and laatste.tb_next is not None:
            laatste = laatste.tb_next
        bron = os.path.abspath(laatste.tb_frame.f_code.co_filename) if laatste is not None else ""
        if bron.startswith(pakket + os.sep):
            zelf.showtraceback((soort, waarde, tb), exception_only=True)
        else:
            zelf.showtraceback((soort, waarde, tb), tb_offset=tb_offset)

    shell.set_custom_exc((ValueError,), toon)
    shell._klantlib_korte_fouten = True
    return True


_korte_foutmeldingen()
