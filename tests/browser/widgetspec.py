"""Register van widgets die de browsertest bedient (issue 7).

De browsertest (``python -m tests.browser.run``) opent elke les in JupyterLab,
voert alles uit en controleert dat elke ``.klantlib-widget`` zichtbaar is.
Voor elke regel in ``WIDGETS`` hieronder doet hij daarna één handeling op een
knop of schuif van die widget, en controleert hij dat de tekst van
``.klantlib-resultaat`` in die widget gelijk wordt aan wat de pure functie
voor die instelling geeft.

Voeg een regel toe voor elke widget in je hoofdstuk (onder een kopje
``# --- Hoofdstuk NN: ... ---``; verander de regels van anderen niet).

Formaat van één regel (een dict)::

    {
        "notebook": "notebooks/01_klanten.ipynb",   # pad vanaf de repo-map
        "widget": "klantenteller",   # de <naam> uit add_class("klantlib-<naam>")
        "nummer": 0,                 # optioneel: welke van die widgets in het
                                     # notebook (0 = eerste); standaard 0
        "actie": ("dropdown", "Business unit", "ICT-werkplek"),
        "verwacht": lambda: _verkennen().klantenteller_tekst(
            laad("facturen"), business_unit="ICT-werkplek"),
    }

``actie`` is één van (``label`` = de ``description`` van het control, exact):

* ``("dropdown", label, optie)``      kies de optie met deze zichtbare tekst.
* ``("slider", label, toets)``        focus de schuif en druk één keer op
  ``toets`` (``"ArrowRight"``, ``"ArrowLeft"``, ``"Home"``, ``"End"``).
  Met ``("slider", label, toets, n)`` druk je ``n`` keer. Eén ArrowRight =
  één ``step`` hoger dan de startwaarde.
* ``("knoppen", label, optie)``       klik op de knop met deze tekst in een
  ``ToggleButtons``/``RadioButtons``-control.
* ``("vinkje", label)``               klik het ``Checkbox``-control aan/uit.
* ``("tekst", label, invoer)``        typ ``invoer`` in een ``Text``-veld en
  druk op Enter.

``verwacht`` is een functie zonder argumenten. Hij draait in het testproces
(met de .venv, dus ``klantlib`` is te importeren) en geeft de waarde die de
pure, geteste functie voor de nieuwe instelling geeft: meestal de HTML-string
die de widget in ``klantlib-resultaat`` zet. De test haalt de tags weg en
vergelijkt de tekst (witruimte samengevoegd) met wat de browser toont.
Importeer binnen de functie (``lambda`` of ``def``), niet bovenaan dit
bestand: dit bestand moet te importeren zijn zonder data.

De les moet de widget met de standaardinstellingen van de widget tonen (het
actieve standaard-dataset, geen ``kies_dataset(seed)`` met een andere seed),
anders klopt ``verwacht`` niet.

Voorbeeld van een volledige regel (hoofdstuk 01)::

    def _h01_teller():
        from klantlib.data import laad
        from klantlib.verkennen import klantenteller_tekst
        return klantenteller_tekst(laad("facturen"), jaar=2024)

    WIDGETS.append({
        "notebook": "notebooks/01_klanten.ipynb",
        "widget": "klantenteller",
        "actie": ("slider", "Jaar", "ArrowRight"),
        "verwacht": _h01_teller,
    })

Regels voor dezelfde widget draaien na elkaar, in de volgorde van ``WIDGETS``:
de tweede actie begint bij de stand ná de eerste.

Een widget zonder regel hier wordt wel op zichtbaarheid gecontroleerd, maar
niet bediend; de test meldt dat als "niet bediend".
"""

from __future__ import annotations

from typing import Any, Callable

#: Eén regel per widget-controle. Zie de docstring hierboven voor het formaat.
WIDGETS: list[dict[str, Any]] = []

ACTIES = ("dropdown", "slider", "knoppen", "vinkje", "tekst")


def controleer_regel(regel: dict[str, Any]) -> None:
    """Gooi ValueError met een Nederlandse melding als een regel niet klopt.

    >>> controleer_regel({"notebook": "notebooks/x.ipynb", "widget": "teller",
    ...                   "actie": ("slider", "Jaar", "ArrowRight"),
    ...                   "verwacht": lambda: "42"})
    >>> controleer_regel({"notebook": "notebooks/x.ipynb", "widget": "teller",
    ...                   "actie": ("schuif", "Jaar"), "verwacht": lambda: "1"})
    Traceback (most recent call last):
    ...
    ValueError: widgetspec: actie 'schuif' bij widget 'teller' in notebooks/x.ipynb is onbekend; kies uit dropdown, slider, knoppen, vinkje, tekst.
    """
    for sleutel in ("notebook", "widget", "actie", "verwacht"):
        if sleutel not in regel:
            raise ValueError(f"widgetspec: regel {regel!r} mist de sleutel {sleutel!r}.")
    actie = regel["actie"]
    plek = f"bij widget {regel['widget']!r} in {regel['notebook']}"
    if not isinstance(actie, tuple) or not actie or actie[0] not in ACTIES:
        soort = actie[0] if isinstance(actie, tuple) and actie else actie
        raise ValueError(
            f"widgetspec: actie {soort!r} {plek} is onbekend; kies uit {', '.join(ACTIES)}."
        )
    minimaal = {"dropdown": 3, "slider": 3, "knoppen": 3, "vinkje": 2, "tekst": 3}[actie[0]]
    if len(actie) < minimaal:
        raise ValueError(f"widgetspec: actie {actie!r} {plek} heeft te weinig delen.")
    verwacht: Callable[[], Any] = regel["verwacht"]
    if not callable(verwacht):
        raise ValueError(f"widgetspec: 'verwacht' {plek} moet een functie zonder argumenten zijn.")


# --- Hoofdstuk 00: welkom ---


def _h00_omzet():
    from klantlib.data import laad
    from klantlib.verkennen import omzet_tekst

    return omzet_tekst(laad("facturen"), 2022)


WIDGETS.append({
    "notebook": "notebooks/00_welkom.ipynb",
    "widget": "omzetverkenner",
    "actie": ("slider", "Jaar", "ArrowRight"),
    "verwacht": _h00_omzet,
})


def _h00_omzet_ict():
    from klantlib.data import laad
    from klantlib.verkennen import omzet_tekst

    # na de regel hierboven staat de schuif op 2022
    return omzet_tekst(laad("facturen"), 2022, "ICT-werkplek")


WIDGETS.append({
    "notebook": "notebooks/00_welkom.ipynb",
    "widget": "omzetverkenner",
    "actie": ("dropdown", "Business unit", "ICT-werkplek"),
    "verwacht": _h00_omzet_ict,
})

# --- Hoofdstuk 00: de meerkeuzeknoppen in het werkboek (wb.kies) ---


def _h00_meerkeuze(letter):
    """Verwachte terugkoppeling als je bij oefening 0.6 op ``letter`` klikt.

    In het werkboek staat dan nog ``antwoord_0_6 = ____``: de knoppen veranderen de code niet, dus de
    terugkoppeling zegt ook dat je de letter in de code moet schrijven.
    """
    from klantlib.oefeningen import Werkboek, ____

    return Werkboek("h00", {"antwoord_0_6": ____}).keuze_uitslag("0.6", letter).als_html()


# De browsertest opent standaard één werkboek: exercises/00 (zie tests/browser/run.py).
for _werkboek in ("exercises/00_welkom_werkboek.ipynb",):
    # Eerst een fout antwoord, daarna het goede: de terugkoppeling moet elke keer mee veranderen.
    WIDGETS.append({
        "notebook": _werkboek,
        "widget": "meerkeuze",
        "actie": ("knoppen", "Jouw keuze:", "a) De klant heeft die factuur nog niet betaald."),
        "verwacht": lambda: _h00_meerkeuze("a"),
    })
    WIDGETS.append({
        "notebook": _werkboek,
        "widget": "meerkeuze",
        "actie": ("knoppen", "Jouw keuze:",
                  "b) Het is een retour of een creditnota: er gaat geld terug naar de klant."),
        "verwacht": lambda: _h00_meerkeuze("b"),
    })

# --- Hoofdstuk 01 ---


def _h01_klantenteller(**keuze):
    """Verwachte tekst van de klantenteller (standaard: factuur, 12 maanden, bedrijf)."""
    from klantlib.data import laad
    from klantlib.verkennen import klantenteller_tekst

    instelling = {"basis": "factuur", "periode_maanden": 12, "niveau": "bedrijf", "per_business_unit": False}
    instelling.update(keuze)
    return klantenteller_tekst(laad("facturen"), contracten=laad("contracten"), bedrijven=laad("bedrijven"),
                               **instelling)


# De handelingen volgen elkaar op in dezelfde widget: elke verwachting bouwt voort op de vorige.
WIDGETS.append({
    "notebook": "notebooks/01_klantdefinitie.ipynb",
    "widget": "klantenteller",
    "actie": ("knoppen", "Basis", "netto"),
    "verwacht": lambda: _h01_klantenteller(basis="netto"),
})
WIDGETS.append({
    "notebook": "notebooks/01_klantdefinitie.ipynb",
    "widget": "klantenteller",
    "actie": ("vinkje", "Per business unit"),
    "verwacht": lambda: _h01_klantenteller(basis="netto", per_business_unit=True),
})
WIDGETS.append({
    "notebook": "notebooks/01_klantdefinitie.ipynb",
    "widget": "klantenteller",
    "actie": ("dropdown", "Periode", "24 maanden"),
    "verwacht": lambda: _h01_klantenteller(basis="netto", per_business_unit=True, periode_maanden=24),
})

# --- Hoofdstuk 03 ---


def _h03_speeltuin():
    from klantlib.nps import nps_speeltuin_tekst, verdeel_aandelen

    # Start 25 / 55 / 20; één stap naar rechts op Promotors: 26, de rest schuift mee.
    return nps_speeltuin_tekst(*verdeel_aandelen(26, 55, 20, "promotors"))


def _h03_verwachting():
    from klantlib.data import laad
    from klantlib.verkennen import verwachtingsschuif_tekst

    return verwachtingsschuif_tekst(laad("ervaringen"), "offerte", 1)


WIDGETS.append({
    "notebook": "notebooks/03_verwachtingen_en_nps.ipynb",
    "widget": "nps-speeltuin",
    "actie": ("slider", "Promotors (%)", "ArrowRight"),
    "verwacht": _h03_speeltuin,
})
WIDGETS.append({
    "notebook": "notebooks/03_verwachtingen_en_nps.ipynb",
    "widget": "verwachtingsschuif",
    "actie": ("slider", "Dagen later beloven", "ArrowRight"),
    "verwacht": _h03_verwachting,
})

# --- Hoofdstuk 06 ---


def _h06_funnelcalculator():
    from klantlib.verkennen import funnelcalculator_tekst

    # Doel-schuif één stap hoger: 11 klanten, conversies van het voorbeeld.
    return funnelcalculator_tekst(11, {"gebeld": 0.25, "prospect": 0.20, "offerte": 0.50})


WIDGETS.append({
    "notebook": "notebooks/06_salesfunnel.ipynb",
    "widget": "funnelcalculator",
    "actie": ("slider", "Doel (klanten)", "ArrowRight"),
    "verwacht": _h06_funnelcalculator,
})


# --- Hoofdstuk 02: klantrelatiecyclus ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


def _h02_waar_staan(**keuze):
    """Verwachte tekst van "Waar staan onze klanten?" (standaard: eind 2025, 24 maanden, bedrijf)."""
    from klantlib.data import laad
    from klantlib.verkennen import waar_staan_klanten_tekst

    instelling = {"jaar": 2025, "ex_na_maanden": 24, "niveau": "bedrijf"}
    instelling.update(keuze)
    return waar_staan_klanten_tekst(laad("facturen"), bedrijven=laad("bedrijven"), **instelling)


# De handelingen volgen elkaar op in dezelfde widget: elke verwachting bouwt voort op de vorige.
WIDGETS.append({
    "notebook": "notebooks/02_klantrelatiecyclus.ipynb",
    "widget": "waar-staan-klanten",
    "actie": ("slider", "Eind van het jaar", "ArrowLeft"),
    "verwacht": lambda: _h02_waar_staan(jaar=2024),
})
WIDGETS.append({
    "notebook": "notebooks/02_klantrelatiecyclus.ipynb",
    "widget": "waar-staan-klanten",
    "actie": ("dropdown", "Ex-klant na", "12 maanden"),
    "verwacht": lambda: _h02_waar_staan(jaar=2024, ex_na_maanden=12),
})
WIDGETS.append({
    "notebook": "notebooks/02_klantrelatiecyclus.ipynb",
    "widget": "waar-staan-klanten",
    "actie": ("knoppen", "Niveau", "concern"),
    "verwacht": lambda: _h02_waar_staan(jaar=2024, ex_na_maanden=12, niveau="concern"),
})


# --- Hoofdstuk 04: waardestrategieën ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


def _h04_strategiekeuze(stappen: int, concurrent: str = "Kantoorgigant", drempel: float = 6.0):
    """Verwachte tekst van "Kies je waardestrategie" na ``stappen`` keer ArrowRight op customer intimacy.

    De widget rekent vanaf de stand waarin de schuif begon; het maakt dus niet uit of de browser elke
    toetsdruk apart doorgeeft of een paar samen.
    """
    from klantlib.data import LEVERANCIER, laad
    from klantlib.strategie import STRATEGIEEN, verdeel_punten, waardeprofiel
    from klantlib.verkennen import strategiekeuze_tekst

    profiel = waardeprofiel(laad("waardeprofielen"))
    scores = {s: round(float(profiel.loc[LEVERANCIER["naam"], s]), 1) for s in STRATEGIEEN}
    scores = verdeel_punten(scores, "customer intimacy", round(scores["customer intimacy"] + stappen / 10, 1))
    return strategiekeuze_tekst(scores, profiel, concurrent, drempel)


# Drie handelingen na elkaar in dezelfde widget: customer intimacy 6 stappen omhoog (de andere twee
# zakken mee), dan een andere concurrent, dan de drempel één stap omhoog.
WIDGETS.append({
    "notebook": "notebooks/04_waardestrategieen.ipynb",
    "widget": "strategiekeuze",
    "actie": ("slider", "Customer intimacy", "ArrowRight", 6),
    "verwacht": lambda: _h04_strategiekeuze(6),
})
WIDGETS.append({
    "notebook": "notebooks/04_waardestrategieen.ipynb",
    "widget": "strategiekeuze",
    "actie": ("dropdown", "Concurrent", "Facilis Partners"),
    "verwacht": lambda: _h04_strategiekeuze(6, "Facilis Partners"),
})
WIDGETS.append({
    "notebook": "notebooks/04_waardestrategieen.ipynb",
    "widget": "strategiekeuze",
    "actie": ("slider", "Drempel", "ArrowRight", 3),
    "verwacht": lambda: _h04_strategiekeuze(6, "Facilis Partners", 6.3),
})


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


def _h07_grote_accounts(**keuze):
    """Verwachte tekst van "Wie zijn onze grote accounts?" (start: 5 %, 24 maanden, concern, wie bestelde)."""
    from klantlib.data import laad
    from klantlib.verkennen import GROTE_ACCOUNTS_STANDAARD, grote_accounts_tekst

    instelling = dict(GROTE_ACCOUNTS_STANDAARD, **keuze)
    return grote_accounts_tekst(laad("facturen"), laad("bedrijven"), laad("wallet"), **instelling)


# De handelingen volgen elkaar op in dezelfde widget: elke verwachting bouwt voort op de vorige.
WIDGETS.append({
    "notebook": "notebooks/07_accountmanagement.ipynb",
    "widget": "grote-accounts",
    "actie": ("slider", "Drempel (%)", "ArrowLeft", 4),
    "verwacht": lambda: _h07_grote_accounts(drempel=0.03),
})
WIDGETS.append({
    "notebook": "notebooks/07_accountmanagement.ipynb",
    "widget": "grote-accounts",
    "actie": ("dropdown", "Periode", "12 maanden"),
    "verwacht": lambda: _h07_grote_accounts(drempel=0.03, maanden=12),
})
WIDGETS.append({
    "notebook": "notebooks/07_accountmanagement.ipynb",
    "widget": "grote-accounts",
    "actie": ("knoppen", "Tel via", "factuuradres"),
    "verwacht": lambda: _h07_grote_accounts(drempel=0.03, maanden=12, via="factuuradres"),
})
