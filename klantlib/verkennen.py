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


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

__all__ += ["SCHAALSTAPPEN", "schaal_tekst", "hoe_groot", "regelverkenner_tekst", "regelverkenner"]

#: De standen van de schuif "Hoe groot is big data?": telkens ongeveer 3 of 3⅓ keer zo groot (logaritmisch).
SCHAALSTAPPEN = (1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000)
#: Boven dit aantal rijen meet de widget met een voortgangsbalk (het kan dan even duren).
SCHAAL_VOORTGANG_VANAF = 1_000_000


class _Blitfiguur:
    """Een figuur die bij een wijziging alleen de bewegende delen opnieuw tekent (hoofdstuk 05).

    Alles wat niet verandert (assen, labels, legenda) wordt één keer getekend en bewaard;
    bij elke wijziging zet de widget die achtergrond terug, tekent alleen de artists in
    ``dynamisch`` en maakt er een PNG van. Dat is veel sneller dan de hele figuur opnieuw
    tekenen. Na een wijziging van de achtergrond (nieuwe metingen): :meth:`nieuwe_achtergrond`.
    """

    def __init__(self, fig, dynamisch):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        self.fig, self.dynamisch = fig, list(dynamisch)
        if not hasattr(fig.canvas, "copy_from_bbox"):  # na plt.close(fig), of een andere backend
            FigureCanvasAgg(fig)
        self.nieuwe_achtergrond()

    def nieuwe_achtergrond(self, dynamisch=None) -> None:
        if dynamisch is not None:
            self.dynamisch = list(dynamisch)
        for artist in self.dynamisch:
            artist.set_animated(True)
        self.fig.canvas.draw()
        self.achtergrond = self.fig.canvas.copy_from_bbox(self.fig.bbox)

    def png(self) -> bytes:
        import io

        from PIL import Image

        canvas = self.fig.canvas
        canvas.restore_region(self.achtergrond)
        for artist in self.dynamisch:
            artist.axes.draw_artist(artist)
        breedte, hoogte = canvas.get_width_height()
        beeld = Image.frombuffer("RGBA", (breedte, hoogte), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        beeld.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def _toon_png(uitvoer: widgets.Output, png: bytes) -> None:
    from IPython.display import Image

    uitvoer.clear_output(wait=True)
    with uitvoer:
        display(Image(data=png, format="png"))


def _rijen_tekst(n: int) -> str:
    return f"{getal(n)} rijen" if n != 1 else "1 rij"


def schaal_tekst(rijen: int, meting=None) -> str:
    """De tekst van "Hoe groot is big data?" voor ``rijen`` rijen, met een meting als die er is.

    ``meting`` is één rij uit :func:`klantlib.bigdata.schaalproef` (een
    Series of dict met ``genereren_s``, ``geheugen_mb``, ``csv_mb``,
    ``parquet_mb`` en ``gemiddeld_bedrag``), of ``None``.

    >>> schaal_tekst(100_000)
    '<b>100.000 rijen</b> · past op één Excel-werkblad: ja<br>Nog niet gemeten: klik op <i>Meten</i>.'
    >>> "3 werkbladen" in schaal_tekst(3_000_000)
    True
    """
    import math

    from klantlib.bigdata import EXCEL_MAX_RIJEN

    per_blad = EXCEL_MAX_RIJEN - 1  # de eerste rij is de kopregel
    bladen = math.ceil(rijen / per_blad)
    excel = "ja" if bladen == 1 else f"nee, je hebt {bladen} werkbladen nodig"
    kop = f"<b>{_rijen_tekst(int(rijen))}</b> · past op één Excel-werkblad: {excel}"
    if meting is None:
        return kop + "<br>Nog niet gemeten: klik op <i>Meten</i>."
    m = dict(meting)
    return (kop + "<br>"
            f"maken {getal(m['genereren_s'], 2)} s · geheugen {getal(m['geheugen_mb'], 1)} MB · "
            f"CSV {getal(m['csv_mb'], 1)} MB · Parquet {getal(m['parquet_mb'], 1)} MB · "
            f"gemiddeld bedrag per factuurregel {euro(m['gemiddeld_bedrag'])}")


class _Schaalmeter:
    """Meet en onthoudt per aantal rijen (zonder widgets, dus ook te testen en te meten)."""

    def __init__(self, seed=None):
        self.seed = seed
        self.metingen: dict[int, dict] = {}

    def meet(self, rijen: int, voortgang=None) -> dict:
        from klantlib.bigdata import schaalproef

        if rijen not in self.metingen:
            rij = schaalproef([int(rijen)], seed=self.seed, voortgang=voortgang).iloc[0]
            self.metingen[int(rijen)] = rij.to_dict()
        return self.metingen[int(rijen)]

    def tabel(self) -> pd.DataFrame:
        tabel = pd.DataFrame.from_dict(self.metingen, orient="index").sort_index()
        tabel.index.name = "rijen"
        return tabel


def hoe_groot(rijen: int = 100_000, *, vooraf=(1_000, 10_000), seed=None):
    """Widget "Hoe groot is big data?": kies een aantal rijen en meet wat het kost.

    De schuif is logaritmisch (:data:`SCHAALSTAPPEN`). Schuiven verandert
    alleen de tekst en de rode streep in de grafiek (snel); met de knop
    *Meten* maakt de widget de transacties echt en meet tijd, geheugen en
    bestandsgrootte (:func:`klantlib.bigdata.schaalproef`). Boven een miljoen
    rijen verschijnt een voortgangsbalk. ``vooraf`` wordt meteen gemeten, zodat
    de grafiek niet leeg begint.
    """
    from klantlib.grafieken import schaalgrafiek

    if rijen not in SCHAALSTAPPEN:
        raise ValueError(f"rijen moet een van {', '.join(map(str, SCHAALSTAPPEN))} zijn, niet {rijen!r}.")
    meter = _Schaalmeter(seed)
    for n in vooraf:
        meter.meet(n)
    schuif = widgets.SelectionSlider(options=[(getal(n), n) for n in SCHAALSTAPPEN], value=rijen,
                                     description="Aantal rijen", style={"description_width": "110px"},
                                     layout=widgets.Layout(width="520px"), continuous_update=False)
    knop = widgets.Button(description="Meten", icon="play", tooltip="maak de rijen en meet tijd en geheugen")
    balk = widgets.IntProgress(value=0, min=0, max=1, description="Bezig:", layout=widgets.Layout(
        width="300px", visibility="hidden"))
    resultaat = _resultaat()
    uitvoer = widgets.Output()
    # Eén figuur die blijft bestaan: schuiven verplaatst alleen de streep (snel); meten tekent de lijnen opnieuw.
    fig, ax = plt.subplots(figsize=(6.4, 3.3), dpi=80)
    fig.subplots_adjust(left=0.12, right=0.97, top=0.9, bottom=0.16)
    plt.close(fig)
    figuur: dict = {}

    def teken_metingen() -> None:
        ax.clear()
        schaalgrafiek(meter.tabel(), wat="grootte", doortrekken_tot=SCHAALSTAPPEN[-1], ax=ax,
                      titel="Geheugen en bestandsgrootte")
        figuur["streep"] = ax.axvline(schuif.value, color="#1f4e79", linewidth=2, gid="keuze")
        if "blit" in figuur:
            figuur["blit"].nieuwe_achtergrond([figuur["streep"]])
        else:
            figuur["blit"] = _Blitfiguur(fig, [figuur["streep"]])

    def bij_schuif(_=None) -> None:
        resultaat.value = schaal_tekst(schuif.value, meter.metingen.get(schuif.value))
        figuur["streep"].set_xdata([schuif.value, schuif.value])
        _toon_png(uitvoer, figuur["blit"].png())

    def bij_knop(_=None) -> None:
        n = schuif.value
        if n >= SCHAAL_VOORTGANG_VANAF:
            balk.layout.visibility = "visible"
            balk.value, balk.max = 0, 1
        knop.disabled = True
        try:
            meter.meet(n, voortgang=lambda i, totaal: setattr(balk, "value", i))
        finally:
            knop.disabled = False
            balk.layout.visibility = "hidden"
        teken_metingen()
        bij_schuif()

    schuif.observe(bij_schuif, names="value")
    knop.on_click(bij_knop)
    teken_metingen()
    bij_schuif()
    return _widgetbox("hoe-groot", schuif, widgets.HBox([knop, balk]), resultaat, uitvoer)


def regelverkenner_tekst(regels: pd.DataFrame, min_support: float, min_confidence: float,
                         gekocht: str | None = None, top: int = 8) -> str:
    """De tekst van de regelverkenner: hoeveel regels, de beste regels, en een kruisverkooplijst.

    ``regels`` komt uit :func:`klantlib.bigdata.associatieregels` (met lage
    drempels); de functie filtert zelf op ``min_support`` en
    ``min_confidence``. ``gekocht``: een product dat de klant al kocht; dan
    volgt wat je die klant nog kunt aanbieden.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"als": ["Laptop", "Monitor"], "dan": ["Docking station", "Laptop"],
    ...                   "support": [0.05, 0.01], "confidence": [0.55, 0.2], "lift": [3.0, 1.1],
    ...                   "aantal_orders": [50, 10]})
    >>> t = regelverkenner_tekst(r, 0.02, 0.3, gekocht="Laptop")
    >>> "<b>1 regel</b>" in t and "Docking station (55 %)" in t
    True
    """
    from klantlib.bigdata import filter_regels, kruisverkoop

    gefilterd = filter_regels(regels, min_support=min_support, min_confidence=min_confidence)
    aantal = len(gefilterd)
    kop = (f"<b>{aantal} {'regel' if aantal == 1 else 'regels'}</b> met support ≥ {procent_kort(min_support)} "
           f"en confidence ≥ {procent_kort(min_confidence)}")
    rijen = "".join(
        f"<tr><td>{r.als} → {r.dan}</td><td style='text-align:right'>{procent_kort(r.support)}</td>"
        f"<td style='text-align:right'>{procent_kort(r.confidence)}</td>"
        f"<td style='text-align:right'>{getal(r.lift, 2)}</td></tr>"
        for r in gefilterd.head(top).itertuples())
    tabel = ("<table><tr><th>Regel</th><th>Support</th><th>Confidence</th><th>Lift</th></tr>"
             f"{rijen}</table>") if aantal else ""
    meer = f"<small>en nog {aantal - top} regels</small>" if aantal > top else ""
    aanbod = ""
    if gekocht:
        lijst = kruisverkoop([gekocht], gefilterd)
        producten = ", ".join(f"{r.product} ({procent_kort(r.confidence)})" for r in lijst.itertuples())
        aanbod = (f"<p>Klant kocht <b>{gekocht}</b>. Bied aan: {producten}</p>" if producten
                  else f"<p>Klant kocht <b>{gekocht}</b>. Geen regel haalt de drempels.</p>")
    return f"<p>{kop}</p>{tabel}{meer}{aanbod}"


def regelverkenner(transacties=None, *, min_support: float = 0.01, min_confidence: float = 0.3,
                   gekocht: str = "Bureaustoel"):
    """Widget: schuif met de minimale support en confidence en zie welke regels overblijven.

    De regels worden één keer uitgerekend (:func:`klantlib.bigdata.associatieregels`
    met support vanaf 0,2 %); schuiven filtert alleen. De grafiek toont elke
    regel als punt (:func:`klantlib.grafieken.regelgrafiek`); de drempellijnen
    schuiven mee. Met *Klant kocht* zie je de kruisverkooplijst voor een klant
    die dat product al heeft. Zonder ``transacties`` de facturen van de actieve dataset.
    """
    from klantlib.bigdata import associatieregels
    from klantlib.grafieken import regelgrafiek

    if transacties is None:
        from klantlib.data import laad

        transacties = laad("facturen")
    regels = associatieregels(transacties, min_support=0.002, min_confidence=0.0)
    producten = sorted(set(regels["als"]) | set(regels["dan"]))
    if gekocht not in producten:
        raise ValueError(f"gekocht: {gekocht!r} komt in geen enkele regel voor; kies uit {', '.join(producten)}.")
    regelverkenner_tekst(regels, min_support, min_confidence, gekocht)  # controleert de invoer
    stijl = {"description_width": "130px"}
    support = widgets.FloatSlider(value=min_support, min=0.002, max=0.1, step=0.002, readout_format=".1%",
                                  description="Min. support", style=stijl, layout=widgets.Layout(width="460px"))
    confidence = widgets.FloatSlider(value=min_confidence, min=0.0, max=1.0, step=0.05, readout_format=".0%",
                                     description="Min. confidence", style=stijl,
                                     layout=widgets.Layout(width="460px"))
    klant = widgets.Dropdown(options=producten, value=gekocht, description="Klant kocht", style=stijl)
    resultaat = _resultaat()
    uitvoer = widgets.Output()
    fig, ax = plt.subplots(figsize=(6.4, 3.4), dpi=80)
    fig.subplots_adjust(left=0.1, right=0.98, top=0.9, bottom=0.16)  # vaste marges: sneller dan "tight"
    regelgrafiek(regels, min_support=support.value, min_confidence=confidence.value, ax=ax)
    plt.close(fig)
    punten = next(c for c in ax.collections if c.get_gid() == "regels")
    lijnen = {l.get_gid(): l for l in ax.lines}
    blit = _Blitfiguur(fig, [punten, *lijnen.values()])

    def bijwerken(_=None) -> None:
        from klantlib.grafieken import regelkleuren

        resultaat.value = regelverkenner_tekst(regels, support.value, confidence.value, klant.value)
        punten.set_facecolors(regelkleuren(regels, support.value, confidence.value))
        lijnen["drempel_support"].set_xdata([support.value, support.value])
        lijnen["drempel_confidence"].set_ydata([confidence.value, confidence.value])
        _toon_png(uitvoer, blit.png())

    for control in (support, confidence, klant):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("regelverkenner", support, confidence, klant, resultaat, uitvoer)


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)
