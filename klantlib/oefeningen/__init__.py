"""Het werkboek: oefeningen met controle, hints en oplossingen.

Gebruik in een werkboek::

    from klantlib.oefeningen import Werkboek
    wb = Werkboek("h01", globals())

Het werkboek zet ``____`` (de lege plek die de leerling invult) zelf klaar.
Elk hoofdstuk heeft een eigen module ``klantlib.oefeningen.hNN`` met een
lijst ``OEFENINGEN``; zie :mod:`klantlib.oefeningen.kern` voor de soorten
oefeningen en hun opties (precisie, bekende fouten, minimale inhoud).
"""

from klantlib.oefeningen.kern import (
    Fout,
    Functie,
    Meerkeuze,
    Open,
    Uitslag,
    Waarde,
    Werkboek,
    ____,
)

__all__ = ["Werkboek", "____", "Waarde", "Functie", "Meerkeuze", "Open", "Fout", "Uitslag"]
