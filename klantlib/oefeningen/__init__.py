"""Het werkboek: oefeningen met controle, hints en oplossingen.

Gebruik in een werkboek::

    from klantlib.oefeningen import Werkboek, ____
    wb = Werkboek("h01", globals())

Elk hoofdstuk heeft een eigen module ``klantlib.oefeningen.hNN`` met een
lijst ``OEFENINGEN``.
"""

from klantlib.oefeningen.kern import (
    Functie,
    Meerkeuze,
    Open,
    Uitslag,
    Waarde,
    Werkboek,
    ____,
)

__all__ = ["Werkboek", "____", "Waarde", "Functie", "Meerkeuze", "Open", "Uitslag"]
