"""Widgets om de data te verkennen (ipywidgets 8).

Elke widget is een dunne laag over een gewone functie die getest wordt.
Afspraken voor de browsertest: de buitenste box heeft de klasse
``klantlib-widget`` en ``klantlib-<naam>``; het hoofdresultaat is een
``widgets.HTML`` met de klasse ``klantlib-resultaat``.
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from klantlib import grafieken
from klantlib.opmaak import euro, getal, procent_kort

__all__ = ["omzet_tekst", "omzet_verkenner"]


def _widgetbox(naam: str, *kinderen) -> widgets.VBox:
    """De buitenste box van een widget, met de klassen voor de browsertest."""
    box = widgets.VBox(list(kinderen))
    box.add_class("klantlib-widget")
    box.add_class(f"klantlib-{naam}")
    return box


def _resultaat(waarde: str = "") -> widgets.HTML:
    """Het hoofdresultaat van een widget."""
    html = widgets.HTML(value=waarde)
    html.add_class("klantlib-resultaat")
    return html


def _teken(uitvoer: widgets.Output, tekenfunctie) -> None:
    """Teken een grafiek opnieuw in een Output, zonder dubbele figuren."""
    uitvoer.clear_output(wait=True)
    with uitvoer:
        ax = tekenfunctie()
        display(ax.figure)
        plt.close(ax.figure)


# --- Hoofdstuk 00: welkom ---

ALLE = "Alle business units"


def omzet_tekst(facturen, jaar: int, business_unit: str = ALLE) -> str:
    """De tekst van de omzetverkenner: netto omzet in een jaar.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-03-01", "2024-05-01", "2025-01-01"]),
    ...                   "business_unit": ["A", "B", "A"], "bedrag": [1000.0, -250.0, 99.0]})
    >>> omzet_tekst(f, 2024)
    '<b>Omzet in 2024 (Alle business units): € 750</b>'
    >>> omzet_tekst(f, 2024, "A")
    '<b>Omzet in 2024 (A): € 1.000</b>'
    """
    rijen = facturen[facturen["factuurdatum"].dt.year == jaar]
    if business_unit != ALLE:
        rijen = rijen[rijen["business_unit"] == business_unit]
    return f"<b>Omzet in {jaar} ({business_unit}): {euro(rijen['bedrag'].sum())}</b>"


def omzet_verkenner(facturen) -> widgets.VBox:
    """Widget: kies een jaar en een business unit en zie de omzet per maand."""
    jaren = sorted(facturen["factuurdatum"].dt.year.unique())
    jaar = widgets.IntSlider(value=int(jaren[0]), min=int(jaren[0]), max=int(jaren[-1]), step=1, description="Jaar")
    bu = widgets.Dropdown(options=[ALLE, *sorted(facturen["business_unit"].unique())], value=ALLE,
                          description="Business unit", style={"description_width": "initial"})
    resultaat = _resultaat()
    uitvoer = widgets.Output()

    def bijwerken(_=None):
        resultaat.value = omzet_tekst(facturen, jaar.value, bu.value)
        rijen = facturen[facturen["factuurdatum"].dt.year == jaar.value]
        if bu.value != ALLE:
            rijen = rijen[rijen["business_unit"] == bu.value]
        _teken(uitvoer, lambda: grafieken.omzet_per_maand(rijen))

    jaar.observe(bijwerken, names="value")
    bu.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("omzetverkenner", widgets.HBox([jaar, bu]), resultaat, uitvoer)


# --- Hoofdstuk 06: salesfunnel ---

#: Standaardinstelling van de funnelcalculator: het voorbeeld van 400 → 100 → 20 → 10.
FUNNEL_STANDAARD = {"doel": 10, "conversies": {"gebeld": 0.25, "prospect": 0.20, "offerte": 0.50}}




def funnelcalculator_tekst(doel, conversies) -> str:
    """De HTML-tekst van de funnelcalculator: wat je per fase nodig hebt.

    ``doel`` en ``conversies`` zoals bij ``klantlib.funnel.benodigd``.

    >>> tekst = funnelcalculator_tekst(10, [0.25, 0.2, 0.5])
    >>> "400" in tekst and "2,5 %" in tekst
    True
    """
    from klantlib.funnel import benodigd, funnel

    nodig = benodigd(doel, conversies)
    tabel = funnel(nodig)
    bovenste = tabel.index[0]
    rijen = "".join(
        f"<tr><td>{fase}</td><td style='text-align:right'>{getal(r.aantal)}</td>"
        f"<td style='text-align:right'>{'' if i == len(tabel) - 1 else procent_kort(r.conversie)}</td>"
        f"<td style='text-align:right'>{procent_kort(r.slagingskans)}</td></tr>"
        for i, (fase, r) in enumerate(tabel.iterrows())
    )
    per_klant = tabel["aantal"].iloc[0] / tabel["aantal"].iloc[-1]
    per_klant_tekst = f"{per_klant:.1f}".removesuffix(".0").replace(".", ",")
    zin = (
        f"Voor {getal(tabel['aantal'].iloc[-1])} klanten heb je bovenaan "
        f"{getal(tabel['aantal'].iloc[0])} contacten nodig (fase {bovenste}): "
        f"{per_klant_tekst} per nieuwe klant."
    )
    return (
        f"<p><b>{zin}</b></p>"
        "<table><tr><th>Fase</th><th>Nodig</th><th>Conversie (na afronden)</th><th>Slagingskans</th></tr>"
        f"{rijen}</table>"
        "<p><small>Per fase naar boven afgerond.</small></p>"
    )


def funnelcalculator(doel: int = 10, conversies=None):
    """Funnelcalculator: kies een doel en per fase een conversie.

    De tabel met wat je per fase nodig hebt en de funnelgrafiek passen zich
    direct aan. ``conversies`` is een dict fase → deel (standaard 25 %, 20 %,
    50 % uit het voorbeeld).
    """
    import io

    from IPython.display import Image

    from klantlib.funnel import benodigd
    from klantlib.grafieken import funnelgrafiek

    conversies = dict(conversies or FUNNEL_STANDAARD["conversies"])
    funnelcalculator_tekst(doel, conversies)  # controleert de invoer
    fasen = list(conversies)
    volgende = fasen[1:] + [benodigd(doel, conversies).index[-1]]
    doel_schuif = widgets.IntSlider(
        value=int(doel), min=1, max=max(50, int(doel)), step=1, description="Doel (klanten)",
        style={"description_width": "160px"}, continuous_update=True,
        layout=widgets.Layout(width="480px"),
    )
    schuiven = {
        fase: widgets.IntSlider(
            value=round(100 * c), min=1, max=100, step=1, description=f"{fase} → {naar} (%)",
            style={"description_width": "160px"}, continuous_update=True,
            layout=widgets.Layout(width="480px"),
        )
        for (fase, c), naar in zip(conversies.items(), volgende)
    }
    resultaat = widgets.HTML().add_class("klantlib-resultaat")
    uitvoer = widgets.Output()
    # Eén figuur die we steeds opnieuw vullen: sneller dan elke keer een nieuwe.
    # Vaste marges en zelf één keer naar PNG: de inline-backend tekent met
    # bbox_inches="tight" twee keer, dat kost bij elke schuifbeweging tijd.
    fig, ax = plt.subplots(figsize=(7, 3.2))
    fig.subplots_adjust(left=0.12, right=0.98, top=0.9, bottom=0.04)
    plt.close(fig)

    def bijwerken(_=None):
        c = {fase: s.value / 100 for fase, s in schuiven.items()}
        resultaat.value = funnelcalculator_tekst(doel_schuif.value, c)
        ax.clear()
        funnelgrafiek(benodigd(doel_schuif.value, c), titel="Wat je nodig hebt", ax=ax)
        png = io.BytesIO()
        fig.savefig(png, format="png")
        uitvoer.clear_output(wait=True)
        with uitvoer:
            display(Image(data=png.getvalue(), format="png"))
            plt.close(fig)

    for control in [doel_schuif, *schuiven.values()]:
        control.observe(bijwerken, names="value")
    bijwerken()
    bediening = widgets.VBox([doel_schuif, *schuiven.values()])
    box = widgets.VBox([bediening, resultaat, uitvoer])
    return box.add_class("klantlib-widget").add_class("klantlib-funnelcalculator")


__all__ += ["funnelcalculator", "funnelcalculator_tekst", "FUNNEL_STANDAARD"]


# --- Hoofdstuk 03: verwachtingen en NPS ---


def _h03_figuur(uitvoer, teken, breedte: float, hoogte: float, marges: dict) -> None:
    """Teken opnieuw in een ``widgets.Output`` en sluit de figuur daarna.

    Voor de snelheid krijgt de figuur vaste marges en maken we zelf één PNG
    (zonder ``bbox_inches="tight"``, dat de figuur twee keer zou tekenen).
    """
    import io

    from IPython.display import Image

    fig, ax = plt.subplots(figsize=(breedte, hoogte))
    fig.subplots_adjust(**marges)
    teken(ax)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    with uitvoer:
        uitvoer.clear_output(wait=True)
        display(Image(data=buffer.getvalue(), format="png"))


def nps_speeltuin(promotors: int = 25, passief: int = 55, criticasters: int = 20):
    """NPS-speeltuin: schuif met de aandelen promotors, passief en criticasters.

    De drie aandelen tellen altijd op tot 100: schuif je er één, dan delen
    de andere twee de rest in hun oude verhouding
    (:func:`klantlib.nps.verdeel_aandelen`). De NPS-tekst
    (:func:`klantlib.nps.nps_speeltuin_tekst`) en de staaf passen zich direct aan.
    Standaard staat het voorbeeld uit het boek: 25 / 55 / 20.
    """
    from klantlib.grafieken import nps_aandelen_balk
    from klantlib.nps import nps_speeltuin_tekst, verdeel_aandelen

    nps_speeltuin_tekst(promotors, passief, criticasters)  # controleert de invoer
    stijl = {"description_width": "110px"}
    schuiven = {
        "promotors": widgets.IntSlider(value=promotors, min=0, max=100, description="Promotors (%)", style=stijl),
        "passief": widgets.IntSlider(value=passief, min=0, max=100, description="Passief (%)", style=stijl),
        "criticasters": widgets.IntSlider(value=criticasters, min=0, max=100, description="Criticasters (%)",
                                          style=stijl),
    }
    resultaat = widgets.HTML().add_class("klantlib-resultaat")
    grafiek = widgets.Output()
    bezig = {"nu": False}

    def ververs() -> None:
        p, m, c = (schuiven[k].value for k in ("promotors", "passief", "criticasters"))
        resultaat.value = nps_speeltuin_tekst(p, m, c)
        _h03_figuur(grafiek, lambda ax: nps_aandelen_balk(p, m, c, ax=ax), 7, 1.2,
                    dict(left=0.02, right=0.98, top=0.78, bottom=0.05))

    def bij_wijziging(change, naam: str) -> None:
        if bezig["nu"]:
            return
        bezig["nu"] = True
        try:
            huidig = {k: s.value for k, s in schuiven.items()}
            nieuw = verdeel_aandelen(huidig["promotors"], huidig["passief"], huidig["criticasters"], naam)
            for k, w in zip(("promotors", "passief", "criticasters"), nieuw):
                schuiven[k].value = w
        finally:
            bezig["nu"] = False
        ververs()

    for naam, schuif in schuiven.items():
        schuif.observe(lambda change, naam=naam: bij_wijziging(change, naam), names="value")
    ververs()
    box = widgets.VBox([*schuiven.values(), resultaat, grafiek])
    return box.add_class("klantlib-widget").add_class("klantlib-nps-speeltuin")


def belofte_omschrijving(extra_dagen: int) -> str:
    """Korte omschrijving van de belofte, voor de verwachtingsschuif.

    >>> belofte_omschrijving(0), belofte_omschrijving(1), belofte_omschrijving(-2)
    ('zoals nu beloofd', '1 dag later beloven', '2 dagen eerder beloven')
    """
    if extra_dagen == 0:
        return "zoals nu beloofd"
    aantal = abs(int(extra_dagen))
    woord = "dag" if aantal == 1 else "dagen"
    return f"{aantal} {woord} {'later' if extra_dagen > 0 else 'eerder'} beloven"


def verwachtingsschuif_tekst(ervaringen, soort: str = "offerte", extra_dagen: int = 0) -> str:
    """De tekst van de verwachtingsschuif: aandeel negatief en positief nu en bij de nieuwe belofte.

    >>> import pandas as pd
    >>> e = pd.DataFrame({"soort": ["offerte"] * 4, "verwachte_dagen": [2, 2, 2, 2],
    ...                   "werkelijke_dagen": [1, 2, 3, 4]})
    >>> verwachtingsschuif_tekst(e, "offerte", 1)
    'Offerte, 1 dag later beloven: negatief 50 % → 25 %, positief 25 % → 50 % (4 ervaringen)'
    """
    from klantlib.nps import belofte_tekst, wat_als_belofte

    tabel = wat_als_belofte(ervaringen, extra_dagen=extra_dagen, soort=soort)
    return belofte_tekst(tabel, f"{str(soort).capitalize()}, {belofte_omschrijving(extra_dagen)}")


def verwachtingsschuif(ervaringen=None, soort: str = "offerte", extra_dagen: int = 0):
    """Verwachtingsmanagement: wat als de verkoper een paar dagen later (of eerder) belooft?

    Kies de soort (offerte of levering) en schuif met het aantal dagen dat
    de verkoper later belooft dan nu. De werkelijke levertijd blijft gelijk.
    De tekst en de staven tonen het aandeel positieve, neutrale en negatieve
    ervaringen, nu en met de nieuwe belofte. Zonder ``ervaringen`` gebruikt
    de widget de tabel ``ervaringen`` van de actieve dataset.
    """
    from klantlib.grafieken import klantervaring_staven
    from klantlib.nps import belofte_tekst, wat_als_belofte

    if ervaringen is None:
        from klantlib.data import laad

        ervaringen = laad("ervaringen")
    verwachtingsschuif_tekst(ervaringen, soort, extra_dagen)  # controleert de invoer
    stijl = {"description_width": "150px"}
    keuze = widgets.Dropdown(options=sorted(ervaringen["soort"].dropna().unique()), value=soort,
                             description="Soort", style=stijl)
    schuif = widgets.IntSlider(value=extra_dagen, min=-2, max=5, description="Dagen later beloven",
                               style=stijl)
    resultaat = widgets.HTML().add_class("klantlib-resultaat")
    grafiek = widgets.Output()

    def ververs(_=None) -> None:
        tabel = wat_als_belofte(ervaringen, extra_dagen=schuif.value, soort=keuze.value)
        # Zelfde tekst als verwachtingsschuif_tekst(...), maar zonder de tabel twee keer uit te rekenen.
        resultaat.value = belofte_tekst(tabel, f"{str(keuze.value).capitalize()}, {belofte_omschrijving(schuif.value)}")
        tabel = tabel.rename(index={"wat als": f"wat als ({schuif.value:+d} d)"})
        _h03_figuur(grafiek, lambda ax: klantervaring_staven(tabel, titel=f"Klantervaring {keuze.value}",
                                                             eenvoudig=True, ax=ax),
                    7, 1.5, dict(left=0.2, right=0.98, top=0.82, bottom=0.04))

    keuze.observe(ververs, names="value")
    schuif.observe(ververs, names="value")
    ververs()
    box = widgets.VBox([keuze, schuif, resultaat, grafiek])
    return box.add_class("klantlib-widget").add_class("klantlib-verwachtingsschuif")


# --- Hoofdstuk 01: klantdefinitie ---


__all__ += ["klantenteller", "klantenteller_tekst", "KLANTENTELLER_PERIODES"]

#: De periodes (in maanden) die de klantenteller aanbiedt.
KLANTENTELLER_PERIODES = (3, 6, 12, 24, 36, 60)


def _klantenteller_html(aantal: int, *, basis: str, periode_maanden: int, niveau: str,
                        per_business_unit: bool, peildatum) -> str:
    """De resultaattekst van de klantenteller, uit een al geteld aantal."""
    from klantlib.definitie import omschrijving

    uitleg_basis, uitleg_niveau = omschrijving(basis=basis, niveau=niveau)
    eenheid = "klant" if aantal == 1 else "klanten"
    if per_business_unit:
        eenheid += " (per business unit geteld)"
    datum = pd.Timestamp(peildatum).strftime("%d-%m-%Y")
    return (
        f"<b>{aantal} {eenheid}</b><br>"
        f"Basis: {uitleg_basis} · periode: {periode_maanden} maanden tot en met {datum} · "
        f"niveau: {uitleg_niveau} · per business unit: {'ja' if per_business_unit else 'nee'}"
    )


def klantenteller_tekst(facturen, *, basis: str = "factuur", periode_maanden: int = 12, niveau: str = "bedrijf",
                        per_business_unit: bool = False, contracten=None, bedrijven=None, peildatum=None) -> str:
    """De tekst van de widget "Hoeveel klanten hebben we?" voor één klantdefinitie.

    Telt met :func:`klantlib.definitie.tel_klanten` en zet het aantal met de
    gekozen definitie in een korte HTML-tekst.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2025-06-01"]),
    ...                   "klantnaam": ["Jansen B.V.", "Smit V.O.F."], "bedrag": [100.0, 50.0]})
    >>> klantenteller_tekst(f, niveau="vestiging")
    '<b>2 klanten</b><br>Basis: gefactureerd (bruto) · periode: 12 maanden tot en met 30-06-2025 · niveau: vestiging (vestigingsnummer) · per business unit: nee'
    """
    from klantlib.definitie import standaard_peildatum, tel_klanten

    peil = standaard_peildatum(facturen) if peildatum is None else pd.Timestamp(peildatum)
    aantal = tel_klanten(facturen, basis=basis, periode_maanden=periode_maanden, peildatum=peil, niveau=niveau,
                         per_business_unit=per_business_unit, contracten=contracten, bedrijven=bedrijven)
    return _klantenteller_html(aantal, basis=basis, periode_maanden=periode_maanden, niveau=niveau,
                               per_business_unit=per_business_unit, peildatum=peil)


class _Klantenteller:
    """Rekent en tekent voor de klantenteller (zonder widgets, dus ook te meten)."""

    def __init__(self, facturen, contracten=None, bedrijven=None, peildatum=None):
        from klantlib.definitie import standaard_peildatum

        self.facturen, self.contracten, self.bedrijven = facturen, contracten, bedrijven
        self.peildatum = standaard_peildatum(facturen) if peildatum is None else pd.Timestamp(peildatum)

    def aantallen(self, *, periode_maanden: int, niveau: str, per_business_unit: bool) -> pd.Series:
        """Aantal klanten per basis (index) bij deze periode, dit niveau en deze telwijze."""
        from klantlib.definitie import definitiematrix

        matrix = definitiematrix(self.facturen, periodes=(periode_maanden,), niveaus=(niveau,),
                                 per_business_unit=per_business_unit, peildatum=self.peildatum,
                                 contracten=self.contracten, bedrijven=self.bedrijven)
        return matrix.iloc[:, 0].rename("aantal klanten")

    def bereken_en_teken(self, *, basis: str, periode_maanden: int, niveau: str, per_business_unit: bool,
                         aantallen: pd.Series | None = None):
        """Geef (tekst, figuur) voor één instelling; de figuur is nog niet gesloten."""
        if aantallen is None:
            aantallen = self.aantallen(periode_maanden=periode_maanden, niveau=niveau,
                                       per_business_unit=per_business_unit)
        tekst = _klantenteller_html(int(aantallen[basis]), basis=basis, periode_maanden=periode_maanden,
                                    niveau=niveau, per_business_unit=per_business_unit, peildatum=self.peildatum)
        figuur, ax = plt.subplots(figsize=(6.4, 2.9), dpi=80)  # klein plaatje: snel opnieuw te tekenen
        ax = grafieken.klanten_per_definitie(
            aantallen, gekozen=basis, ax=ax,
            titel=f"Klanten per basis ({periode_maanden} mnd, {niveau}"
                  f"{', per business unit' if per_business_unit else ''})")
        return tekst, ax.figure


def klantenteller(facturen=None, *, contracten=None, bedrijven=None, basis: str = "factuur",
                  periode_maanden: int = 12, niveau: str = "bedrijf", per_business_unit: bool = False):
    """Widget "Hoeveel klanten hebben we?": kies de vier variabelen en zie het aantal klanten.

    Zonder tabellen gebruikt de widget facturen, contracten en bedrijven van
    de actieve dataset. De tekst komt uit :func:`klantenteller_tekst`; de
    staven tonen alle vijf de bases bij de gekozen periode en het gekozen
    niveau, met de gekozen basis donker.
    """
    from klantlib.definitie import BASISSEN, NIVEAUS

    if facturen is None:
        from klantlib.data import laad

        facturen = laad("facturen")
        contracten = laad("contracten") if contracten is None else contracten
        bedrijven = laad("bedrijven") if bedrijven is None else bedrijven
    teller = _Klantenteller(facturen, contracten, bedrijven)
    bases = [b for b in BASISSEN if contracten is not None or b not in ("getekend", "ingang")]
    periodes = sorted(set(KLANTENTELLER_PERIODES) | {int(periode_maanden)})
    stijl = {"description_width": "120px"}
    basis_knoppen = widgets.ToggleButtons(options=bases, value=basis, description="Basis", style=stijl,
                                          tooltips=["wanneer is een bedrijf klant?"] * len(bases))
    periode = widgets.Dropdown(options=[(f"{p} maanden", p) for p in periodes], value=int(periode_maanden),
                               description="Periode", style=stijl)
    niveau_knoppen = widgets.ToggleButtons(options=list(NIVEAUS), value=niveau, description="Niveau", style=stijl)
    per_bu = widgets.Checkbox(value=per_business_unit, description="Per business unit", indent=False)
    resultaat = _resultaat()
    uitvoer = widgets.Output()
    onthouden: dict = {}  # aantallen per (periode, niveau, per_bu): wisselen van basis rekent niet opnieuw

    def bijwerken(_=None) -> None:
        sleutel = (periode.value, niveau_knoppen.value, per_bu.value)
        if sleutel not in onthouden:
            onthouden[sleutel] = teller.aantallen(periode_maanden=sleutel[0], niveau=sleutel[1],
                                                  per_business_unit=sleutel[2])
        tekst, figuur = teller.bereken_en_teken(basis=basis_knoppen.value, periode_maanden=sleutel[0],
                                                niveau=sleutel[1], per_business_unit=sleutel[2],
                                                aantallen=onthouden[sleutel])
        resultaat.value = tekst
        uitvoer.clear_output(wait=True)
        with uitvoer:
            display(figuur)
        plt.close(figuur)

    for control in (basis_knoppen, periode, niveau_knoppen, per_bu):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("klantenteller", basis_knoppen, widgets.HBox([periode, per_bu]), niveau_knoppen,
                      resultaat, uitvoer)


# --- Hoofdstuk 02: klantrelatiecyclus ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


# --- Hoofdstuk 04: waardestrategieën ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

__all__ += ["strategiekeuze_tekst", "kies_waardestrategie"]


def _komma(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def strategiekeuze_tekst(scores, profiel, concurrent: str, drempel: float = 6,
                         uitblinken: float = 8, leverancier: str | None = None) -> str:
    """De tekst van de widget "Kies je waardestrategie" voor één stand van de schuiven.

    ``scores`` zijn de (nieuwe) scores van ``leverancier`` (dict strategie →
    score); ``profiel`` is de brede tabel met de concurrenten
    (:func:`klantlib.strategie.waardeprofiel`). De tekst geeft het oordeel over
    de nieuwe scores, het oordeel over de gekozen concurrent, en per strategie
    wie van de twee voor ligt.

    >>> import pandas as pd
    >>> from klantlib.strategie import STRATEGIEEN
    >>> p = pd.DataFrame([[6.4, 6.2, 7.6], [8.6, 5.3, 5.0]], index=["Wij", "K"], columns=list(STRATEGIEEN))
    >>> tekst = strategiekeuze_tekst({"operational excellence": 5.9, "product leadership": 5.7,
    ...                               "customer intimacy": 8.6}, p, "K", leverancier="Wij")
    >>> for regel in tekst.replace("<b>", "").replace("</b>", "").split("<br>"):
    ...     print(regel)
    Wij: blinkt uit in customer intimacy (8,6), maar zit onder de drempel op operational excellence (5,9) en product leadership (5,7)
    Punten: 5,9 + 5,7 + 8,6 = 20,2 (het budget blijft gelijk)
    K: blinkt uit in operational excellence (8,6), maar zit onder de drempel op product leadership (5,3) en customer intimacy (5,0)
    Tegen K: voor op product leadership en customer intimacy; achter op operational excellence.
    """
    from klantlib.strategie import STRATEGIEEN, _profiel, oordeel, strategie_naam

    p = _profiel(profiel)
    if leverancier is None:
        from klantlib.data import LEVERANCIER

        leverancier = LEVERANCIER["naam"]
    if concurrent not in p.index:
        raise ValueError(f"concurrent: '{concurrent}' staat niet in het profiel. "
                         f"Kies uit: {', '.join(map(str, p.index))}.")
    s = {strategie_naam(k, "scores"): float(v) for k, v in dict(scores).items()}
    eigen = oordeel(s, drempel, uitblinken)
    ander = p.loc[concurrent]
    voor = [x for x in STRATEGIEEN if s[x] > ander[x]]
    achter = [x for x in STRATEGIEEN if s[x] < ander[x]]
    gelijk = [x for x in STRATEGIEEN if s[x] == ander[x]]
    delen = []
    if voor:
        delen.append("voor op " + " en ".join(voor))
    if achter:
        delen.append("achter op " + " en ".join(achter))
    if gelijk:
        delen.append("gelijk op " + " en ".join(gelijk))
    som = " + ".join(_komma(s[x]) for x in STRATEGIEEN)
    return (f"<b>{leverancier}: {eigen}</b><br>"
            f"Punten: {som} = {_komma(sum(s.values()))} (het budget blijft gelijk)<br>"
            f"{concurrent}: {oordeel(ander.to_dict(), drempel, uitblinken)}<br>"
            f"Tegen {concurrent}: {'; '.join(delen)}.")


class _Strategiekeuze:
    """Rekent en tekent voor "Kies je waardestrategie" (zonder widgets, dus ook te meten).

    De figuur wordt één keer getekend. Wat bij een schuifbeweging verandert
    (de lijn en het vlak van Vermeer, de drempel) is "geanimeerd": dat tekenen
    we steeds opnieuw op een bewaarde achtergrond met de rest (assen, legenda,
    de concurrent). Alleen de eerste keer dat je een concurrent kiest, wordt de
    achtergrond helemaal getekend; daarna ligt die klaar.
    """

    #: Beeldpunten per inch: 5,6 × 3,9 inch wordt 538 × 374 beeldpunten.
    DPI = 96

    def __init__(self, profiel, leverancier: str, concurrent: str, drempel: float, uitblinken: float):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from klantlib.strategie import _profiel

        self.profiel = _profiel(profiel)
        self.leverancier, self.uitblinken = leverancier, float(uitblinken)
        # Een eigen Agg-figuur, los van pyplot: niets blijft open en de achtergrond is te bewaren.
        self.figuur = Figure(figsize=(5.6, 3.9), dpi=self.DPI)
        FigureCanvasAgg(self.figuur)
        self.ax = self.figuur.add_subplot(projection="polar")
        self.figuur.subplots_adjust(left=0.04, right=0.6, top=0.8, bottom=0.08)
        grafieken.radar(self.profiel.loc[[leverancier, concurrent]], drempel=drempel, uitblinken=uitblinken,
                        titel="Jouw keuze tegen de concurrent", ax=self.ax)
        lijnen = {l.get_gid(): l for l in self.ax.get_lines()}
        self.eigen = lijnen[f"radar:{leverancier}"]
        self.ander = lijnen[f"radar:{concurrent}"]
        self.drempel = lijnen["radar:drempel"]
        self.vlak = next(p for p in self.ax.patches if p.get_gid() == f"radarvlak:{leverancier}")
        self.legenda = self.ax.get_legend()
        self.legenda.get_texts()[2].set_text("drempel")
        self.bewegend = (self.vlak, self.drempel, self.eigen)
        for artist in self.bewegend:
            artist.set_animated(True)
        self.concurrent = concurrent
        self.achtergrond = None
        self._achtergronden: dict = {}  # per concurrent: terug naar een eerdere concurrent is weer snel

    def _teken_achtergrond(self) -> None:
        if self.concurrent not in self._achtergronden:
            self.figuur.canvas.draw()
            self._achtergronden[self.concurrent] = self.figuur.canvas.copy_from_bbox(self.figuur.bbox)
        self.achtergrond = self._achtergronden[self.concurrent]

    def bereken_en_teken(self, scores: dict, concurrent: str, drempel: float) -> tuple[str, bytes]:
        """Geef (tekst, PNG) voor één stand van de schuiven."""
        import io

        import numpy as np
        from PIL import Image

        from klantlib.strategie import STRATEGIEEN

        tekst = strategiekeuze_tekst(scores, self.profiel, concurrent, drempel, self.uitblinken, self.leverancier)
        if concurrent != self.concurrent or self.achtergrond is None:
            self.ander.set_ydata(grafieken._rond(self.profiel.loc[concurrent].tolist()))
            self.legenda.get_texts()[1].set_text(concurrent)
            self.concurrent = concurrent
            self._teken_achtergrond()
        hoeken = grafieken._radar_hoeken(3)
        waarden = grafieken._rond([scores[s] for s in STRATEGIEEN])
        self.eigen.set_ydata(waarden)
        self.vlak.set_xy(list(zip(grafieken._rond(hoeken), waarden)))
        self.drempel.set_ydata([drempel] * 4)
        canvas = self.figuur.canvas
        canvas.restore_region(self.achtergrond)
        for artist in self.bewegend:
            self.ax.draw_artist(artist)
        png = io.BytesIO()
        Image.fromarray(np.asarray(canvas.buffer_rgba())).save(png, format="png", compress_level=1)
        return tekst, png.getvalue()


def kies_waardestrategie(profiel=None, *, leverancier: str | None = None, concurrent: str | None = None,
                         drempel: float = 6.0, uitblinken: float = 8.0):
    """Widget "Kies je waardestrategie": verdeel een vast budget aan punten over de drie strategieën.

    Drie schuiven voor de scores van Vermeer. Samen hebben ze een vast budget
    (de som van de scores van nu): schuif je er één omhoog, dan gaan de andere
    twee samen evenveel omlaag (:func:`klantlib.strategie.verdeel_punten`).
    Zolang je dezelfde schuif bedient, rekent de widget vanaf de stand waarin je
    begon: de uitkomst hangt alleen af van waar de schuif staat.
    Een vierde schuif zet de drempel; een keuzelijst kiest de concurrent. De
    radar en het oordeel (:func:`strategiekeuze_tekst`) passen zich meteen aan.
    Zonder ``profiel`` gebruikt de widget ``waardeprofielen`` van de actieve dataset.
    """
    from klantlib.strategie import STRATEGIEEN, _profiel, verdeel_punten, waardeprofiel

    if profiel is None:
        from klantlib.data import laad

        profiel = waardeprofiel(laad("waardeprofielen"))
    p = _profiel(profiel)
    if leverancier is None:
        from klantlib.data import LEVERANCIER

        leverancier = LEVERANCIER["naam"]
    if leverancier not in p.index:
        raise ValueError(f"leverancier: '{leverancier}' staat niet in het profiel.")
    anderen = [str(x) for x in p.index if x != leverancier]
    concurrent = anderen[0] if concurrent is None else concurrent
    start = {s: round(float(p.loc[leverancier, s]), 1) for s in STRATEGIEEN}
    strategiekeuze_tekst(start, p, concurrent, drempel, uitblinken, leverancier)  # controleert de invoer
    rekenaar = _Strategiekeuze(p, leverancier, concurrent, drempel, uitblinken)
    stijl = {"description_width": "170px"}
    opmaak = widgets.Layout(width="460px")
    schuiven = {
        s: widgets.FloatSlider(value=start[s], min=1.0, max=10.0, step=0.1, readout_format=".1f",
                               description=s.capitalize(), style=stijl, layout=opmaak)
        for s in STRATEGIEEN
    }
    drempel_schuif = widgets.FloatSlider(value=float(drempel), min=4.0, max=round(float(uitblinken) - 0.1, 1),
                                         step=0.1, readout_format=".1f", description="Drempel", style=stijl,
                                         layout=opmaak)
    keuze = widgets.Dropdown(options=anderen, value=concurrent, description="Concurrent", style=stijl,
                             layout=widgets.Layout(width="420px"))
    resultaat = _resultaat()
    # Het plaatje op zijn eigen grootte tonen: niet uitgerekt, dus scherp.
    breedte = round(rekenaar.figuur.get_figwidth() * rekenaar.figuur.dpi)
    plaatje = widgets.Image(format="png", layout=widgets.Layout(width=f"{breedte}px"))
    bezig = {"nu": False}
    anker: dict = {"naam": None, "scores": None}

    def ververs(_=None) -> None:
        # Op één decimaal: een schuif kan 6.300000000000001 doorgeven.
        scores = {s: round(schuif.value, 1) for s, schuif in schuiven.items()}
        tekst, png = rekenaar.bereken_en_teken(scores, keuze.value, round(drempel_schuif.value, 1))
        resultaat.value = tekst
        plaatje.value = png

    def bij_schuif(change, naam: str) -> None:
        if bezig["nu"]:
            return
        bezig["nu"] = True
        try:
            if anker["naam"] != naam:
                # Een andere schuif dan net: de stand van nu is het nieuwe vertrekpunt.
                huidig = {s: round(schuif.value, 1) for s, schuif in schuiven.items()}
                huidig[naam] = round(change["old"], 1)
                anker.update(naam=naam, scores=huidig)
            # Altijd vanaf het vertrekpunt rekenen: de uitkomst hangt alleen af van waar de schuif nu staat,
            # niet van hoeveel tussenstappen de browser doorgaf, en terugschuiven geeft de oude stand terug.
            nieuw = verdeel_punten(anker["scores"], naam, change["new"])
            for s, schuif in schuiven.items():
                # De schuif die de leerling bedient alleen terugzetten als het moet (budget op): een
                # overbodige echo (7.6 voor 7.6000000000000005) kan een volgende toetsdruk in de browser
                # overschrijven.
                if abs(schuif.value - nieuw[s]) > 0.05 or (s != naam and schuif.value != nieuw[s]):
                    schuif.value = nieuw[s]
        finally:
            bezig["nu"] = False
        ververs()

    for naam, schuif in schuiven.items():
        schuif.observe(lambda change, naam=naam: bij_schuif(change, naam), names="value")
    drempel_schuif.observe(ververs, names="value")
    keuze.observe(ververs, names="value")
    ververs()
    budget = widgets.HTML(f"<small>Budget: {_komma(sum(start.values()))} punten. Meer op de ene strategie "
                          "betekent minder op de andere.</small>")
    return _widgetbox("strategiekeuze", budget, *schuiven.values(), drempel_schuif, keuze, resultaat, plaatje)


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)
