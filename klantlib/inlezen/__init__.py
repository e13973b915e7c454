"""Je eigen export inlezen: CSV of Excel uit je boekhoud- of CRM-systeem.

Exports uit Exact Online, AFAS, Moneybird, HubSpot, Salesforce of een
zelfgemaakt Excel-blad zitten vol valkuilen: puntkomma's, decimale komma's,
datums met de dag voorop, een titel boven de kopregel, een totaalregel
onderaan. :func:`lees_export` leest zo'n bestand in en zet het om naar
dezelfde kolommen als de tabellen van de cursus (facturen, leads, enquetes,
bedrijven). Alles wat niet past, meldt de functie: met de bestandsnaam, de
kolom en het rijnummer zoals je het in Excel ziet (de kopregel is rij 1, of
lager als er titelregels boven staan). Niets verdwijnt stil.

Met :func:`pseudonimiseer` vervang je namen, e-mailadressen en
telefoonnummers van personen door vaste pseudoniemen (AVG). Daarvoor heb je
een geheime sleutel nodig; zonder die sleutel is het niet terug te draaien.

Exports van bekende systemen (Exact Online, Twinfield, AFAS, Moneybird,
SnelStart, HubSpot, Salesforce, Pipedrive, Teamleader, Google Formulieren,
Microsoft Forms, SurveyMonkey, Typeform) herkent :func:`lees_export` aan de
kolomkoppen; hoe elk systeem exporteert, staat in een klein tekstbestand per
systeem in de map ``systemen/`` (zie :func:`bekende_systemen`).

Hoe het werkt, staat per stap in een eigen module:

========================  =====================================================
:mod:`.bestand`           codering en scheidingsteken herkennen, Excel-blad kiezen
:mod:`.kopregel`          de kopregel vinden (ook onder een titel of over twee regels)
:mod:`.profielen`         welk systeem maakte de export (profielen in ``systemen/``)
:mod:`.kolommen`          kolommen koppelen aan de cursustabel (namen in :mod:`.schema`)
:mod:`.conventies`        valuta, teken (D/C, debet/credit), status, klantcodes
:mod:`.nummers`           KvK-nummers controleren en gelijk schrijven
:mod:`.getallen`          Nederlandse en Engelse getallen en bedragen
:mod:`.datums`            datums, met de dag voorop tenzij het bestand iets anders bewijst
:mod:`.omzetten`          elke kolom naar het type van de cursus
:mod:`.controle`          rijen apart zetten, totaalregels, waarschuwingen, afronden
:mod:`.verslag`           het verslag
:mod:`.lezen`             :func:`lees_export`: de stappen na elkaar
:mod:`.pseudoniem`        :func:`pseudonimiseer`
========================  =====================================================

Alleen de namen hieronder (``__all__``) zijn de vaste ingang; de modules zelf
mogen veranderen.
"""

from __future__ import annotations

from .datums import lees_datum
from .fouten import InleesFout
from .getallen import lees_bedrag
from .lezen import lees_export
from .profielen import profielen as _profielen
from .pseudoniem import pseudonimiseer
from .schema import FASEN, SCHEMA, SOORTEN, SYNONIEMEN
from .verslag import Inleesverslag
from .voorbeelden import voorbeeldbestand


def bekende_systemen():
    """De systemen waarvan :func:`lees_export` de export herkent: een tabel met naam, soort en profielbestand.

    >>> tabel = bekende_systemen()
    >>> tabel.loc[tabel["naam"] == "Twinfield", ["soort", "profiel"]].values.tolist()
    [['facturen', 'twinfield.ini']]
    """
    import pandas as pd

    rijen = [(p.naam, p.soort, p.bestand) for p in _profielen()]
    volgorde = {s: i for i, s in enumerate(SOORTEN)}
    rijen.sort(key=lambda r: (volgorde[r[1]], r[0].lower()))
    return pd.DataFrame(rijen, columns=["naam", "soort", "profiel"])

__all__ = [
    "InleesFout",
    "Inleesverslag",
    "lees_export",
    "lees_bedrag",
    "lees_datum",
    "pseudonimiseer",
    "voorbeeldbestand",
    "SCHEMA",
    "SYNONIEMEN",
    "SOORTEN",
    "FASEN",
    "bekende_systemen",
]
