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
telefoonnummers van personen door vaste schuilnamen (AVG). Daarvoor heb je
een geheime sleutel nodig; zonder die sleutel is het niet terug te draaien.

Hoe het werkt, staat per stap in een eigen module:

========================  =====================================================
:mod:`.bestand`           codering en scheidingsteken herkennen, Excel-blad kiezen
:mod:`.kopregel`          de kopregel vinden (ook onder een titel of over twee regels)
:mod:`.kolommen`          kolommen koppelen aan de cursustabel (namen in :mod:`.schema`)
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
from .pseudoniem import pseudonimiseer
from .schema import FASEN, SCHEMA, SOORTEN, SYNONIEMEN
from .verslag import Inleesverslag
from .voorbeelden import voorbeeldbestand

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
]
