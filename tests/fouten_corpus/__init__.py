"""Het foutencorpus: antwoorden zoals beginners ze typen, met de uitslag die ze moeten krijgen.

Per hoofdstuk één module ``hNN.py`` in deze map (wordt vanzelf gevonden door
``tests/test_fouten_corpus.py``) met:

- ``HOOFDSTUK = "hNN"``;
- ``OMGEVING``: de code van de eerste cel van het werkboek (imports en tabellen),
  zonder de regel met ``Werkboek(...)``;
- ``GEVALLEN``: een lijst :class:`Geval`.

Elke oefening van het hoofdstuk heeft minstens één goed antwoord dat anders is
geschreven dan de modeloplossing en minstens twee typische foute antwoorden.
Elk geval draait op de standaarddataset en op twee persoonlijke seeds (één als
tekst met een 0 vooraan, zoals een studentnummer).

Een geval bestaat uit de code van één of meer cellen zoals de leerling ze
uitvoert. Geeft een cel een fout (bijvoorbeeld een NameError of ``48.6%``), dan
gaat het verder zoals in het notebook: de fout wordt onthouden en de controle
moet zeggen dat de waarde oud is. Met ``uitleg_bevat`` controleer je ook de
Nederlandse uitleg die de leerling bij die fout in het notebook ziet.

``cellen`` mag ook een functie zijn die het juiste antwoord op de actieve
dataset krijgt en code teruggeeft; zo typt een leerling het getal
bijvoorbeeld met een komma of een punt tussen de duizendtallen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Geval:
    """Eén antwoord van een leerling en wat de controle ermee moet doen.

    - ``id``: de oefening;
    - ``cellen``: code (str), een lijst cellen, of een functie ``f(verwacht) -> code``;
    - ``status``: ``"goed"``, ``"fout"`` of ``"leeg"``;
    - ``soort``: de diagnose (``Uitslag.soort``) die erbij hoort, of een tuple met
      toegestane soorten; leeg = niet controleren;
    - ``bevat``: een stukje tekst dat in de feedback moet staan;
    - ``uitleg_bevat``: bij een cel met een fout: tekst die in de Nederlandse uitleg
      van die fout moet staan (klantlib.foutuitleg);
    - ``wat``: wat de leerling deed (voor de lezer van het corpus);
    - ``bekend``: een gevonden probleem dat nog open staat (de test is dan xfail, met deze reden).

    Een hoofdstukmodule mag ook ``BEKENDE_GATEN = {id: reden}`` hebben: oefeningen die nog te weinig
    gevallen hebben (de dekkingstest wordt dan xfail en noemt ze).
    """

    id: str
    cellen: str | list[str] | Callable[[Any], str | list[str]]
    status: str
    soort: str | tuple[str, ...] = ()
    bevat: str = ""
    uitleg_bevat: str = ""
    wat: str = ""
    seeds: tuple | None = None
    #: Een bekend probleem dat nog niet is opgelost (de test wordt dan xfail met deze reden).
    bekend: str = ""

    @property
    def goed(self) -> bool:
        return self.status == "goed"


@dataclass
class Resultaat:
    uitslag: Any
    fouten: list = field(default_factory=list)
