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


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

__all__ += ["grote_accounts_tekst", "grote_accounts_verkenner", "GROTE_ACCOUNTS_STANDAARD"]

#: Beginstand van de widget "Wie zijn onze grote accounts?".
GROTE_ACCOUNTS_STANDAARD = {"drempel": 0.05, "maanden": 24, "niveau": "concern", "via": "besteld_door"}
_VIA_TEKST = {"besteld_door": "wie bestelde", "factuuradres": "factuuradres"}


class _GroteAccounts:
    """Rekent voor de widget "Wie zijn onze grote accounts?" (zonder widgets, dus ook te testen en te meten).

    Onthoudt de omzet per (maanden, niveau, via): een andere drempel rekent niets opnieuw uit.
    """

    def __init__(self, facturen, bedrijven, wallet=None, peildatum=None):
        from klantlib.accounts import _peildatum, _register, share_of_wallet

        self.facturen, self.bedrijven = facturen, bedrijven
        self.peildatum = _peildatum(peildatum, facturen, "grote_accounts_tekst")
        self._register = _register(bedrijven, "grote_accounts_tekst")
        self._omzet: dict = {}
        self._sleutels: dict = {}
        self.sow = None
        if wallet is not None:
            basis = self.omzet(24, "concern", "besteld_door")
            self.sow = share_of_wallet(basis[basis["klant"].isin(set(wallet["concern_kvk"].dropna()))], wallet)
            self.sow = self.sow.set_index("klant")

    def _klant_per_regel(self, niveau: str, via: str):
        """Per factuurregel de klantsleutel (één keer per niveau en telwijze, over alle regels)."""
        if (niveau, via) not in self._sleutels:
            from klantlib.accounts import _sleutels

            self._sleutels[(niveau, via)] = _sleutels(self.facturen, self._register, niveau, via,
                                                      "grote_accounts_tekst")
        return self._sleutels[(niveau, via)]

    def omzet(self, maanden: int, niveau: str, via: str):
        """Dezelfde tabel als ``accounts.omzet_per_klant`` (getest), maar sneller bij het wisselen van instelling."""
        sleutel = (int(maanden), niveau, via)
        if sleutel not in self._omzet:
            from klantlib._compat import TEKST
            from klantlib.accounts import _begindatum, _controleer_facturen, _eis_keuze, _eis_maanden, _in_venster
            from klantlib.accounts import NIVEAUS, VIA

            _eis_keuze(niveau, "niveau", "omzet_per_klant", NIVEAUS)
            _eis_keuze(via, "via", "omzet_per_klant", VIA)
            maanden = _eis_maanden(maanden, "omzet_per_klant")
            _controleer_facturen(self.facturen, "omzet_per_klant", via)
            klanten, extra_namen, _ = self._klant_per_regel(niveau, via)
            masker = _in_venster(self.facturen["factuurdatum"], _begindatum(self.peildatum, maanden), self.peildatum)
            bedrag = self.facturen["bedrag"].to_numpy(dtype="float64")[masker]
            som = pd.Series(bedrag).groupby(klanten[masker], sort=False).sum()
            tabel = pd.DataFrame({"klant": som.index.to_numpy(dtype=object), "omzet": som.to_numpy().round(2)})
            tabel = tabel.sort_values(["omzet", "klant"], ascending=[False, True], kind="stable")
            tabel = tabel.reset_index(drop=True)
            namen = self._register.naam[niveau]
            tabel.insert(1, "naam", [namen.get(k) or extra_namen.get(k) or k for k in tabel["klant"]])
            totaal = float(bedrag.sum())
            tabel["aandeel"] = tabel["omzet"] / totaal if totaal else float("nan")
            tabel["cumulatief_aandeel"] = tabel["aandeel"].cumsum()
            tabel["klant"] = tabel["klant"].astype(TEKST)
            tabel["naam"] = tabel["naam"].astype(TEKST)
            self._omzet[sleutel] = tabel
        return self._omzet[sleutel]

    def tekst(self, *, drempel: float, maanden: int, niveau: str, via: str) -> str:
        import html as _html

        from klantlib.accounts import _eis_drempel

        drempel = _eis_drempel(drempel, "grote_accounts_tekst")
        omzet = self.omzet(maanden, niveau, via)
        grote = omzet[omzet["aandeel"] >= drempel - 1e-12]
        aandelen = omzet["aandeel"].to_numpy(dtype=float)
        k80 = int((aandelen.cumsum() < 0.8 - 1e-12).sum()) + 1 if len(aandelen) else 0
        eenheid = {"concern": "concerns", "bedrijf": "bedrijven", "vestiging": "vestigingen"}[niveau]
        kop = (f"<b>{len(grote)} grote account{'s' if len(grote) != 1 else ''}</b> met minstens "
               f"{procent_kort(drempel)} van de omzet ({maanden} maanden, per {niveau}, via "
               f"{_VIA_TEKST[via]}): samen {procent_kort(float(grote['aandeel'].sum()))} van de omzet. "
               f"{k80} van de {len(omzet)} {eenheid} maken samen 80 %.")
        wallet_bruikbaar = self.sow is not None and niveau == "concern"
        koppen = "<th>#</th><th>Klant</th><th>Aandeel omzet</th>"
        if wallet_bruikbaar:
            koppen += "<th>Share of wallet (24 mnd)</th><th>Rang als leverancier</th>"
        rijen = []
        for i, r in enumerate(grote.itertuples(), start=1):
            rij = (f"<td>{i}</td><td>{_html.escape(str(r.naam))}</td>"
                   f"<td style='text-align:right'>{procent_kort(r.aandeel)}</td>")
            if wallet_bruikbaar:
                if r.klant in self.sow.index and not pd.isna(self.sow.loc[r.klant, "totale_besteding_24m"]):
                    s = self.sow.loc[r.klant]
                    rang = s["rang_leverancier"]
                    rang_tekst = ("geen" if pd.isna(rang) else
                                  f"{int(rang)} van {int(s['aantal_leveranciers'])}"
                                  + (" (top 3)" if int(rang) <= 3 else " (buiten top 3)"))
                    rij += (f"<td style='text-align:right'>{procent_kort(s['aandeel_vermeer'])}</td>"
                            f"<td>{rang_tekst}</td>")
                else:
                    rij += "<td>geen schatting</td><td></td>"
            rijen.append(f"<tr>{rij}</tr>")
        tabel = f"<table><tr>{koppen}</tr>{''.join(rijen)}</table>" if rijen else "<p>Geen enkele klant haalt de drempel.</p>"
        noot = ("" if wallet_bruikbaar else
                "<p><small>Share of wallet is per concern geschat: kies niveau concern om hem te zien.</small></p>")
        return f"<p>{kop}</p>{tabel}{noot}"


def grote_accounts_tekst(facturen, bedrijven, wallet=None, *, drempel: float = 0.05, maanden: int = 24,
                         niveau: str = "concern", via: str = "besteld_door", peildatum=None) -> str:
    """De tekst van de widget "Wie zijn onze grote accounts?" voor één instelling.

    Hoeveel klanten halen ``drempel`` (een deel, zoals 0.05), hun aandeel in de
    omzet en, per concern, hun share of wallet en onze rang als leverancier.

    >>> import pandas as pd
    >>> b = pd.DataFrame({"vestigingsnummer": ["a", "b"], "kvk_nummer": ["1", "2"], "concern_kvk": ["1", "2"],
    ...                   "concernnaam": ["Groot", "Klein"]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-02", "2025-01-03"]),
    ...                   "besteld_door": ["a", "b"], "bedrag": [96.0, 4.0]})
    >>> tekst = grote_accounts_tekst(f, b)
    >>> "<b>1 grote account</b>" in tekst and "Groot" in tekst and "Klein" not in tekst
    True
    """
    return _GroteAccounts(facturen, bedrijven, wallet, peildatum).tekst(drempel=drempel, maanden=maanden,
                                                                        niveau=niveau, via=via)


class _GroteAccountsFiguur:
    """De figuur van de widget: links de grootste klanten (staven), rechts de Pareto-curve.

    De figuur wordt één keer opgebouwd; bij een wijziging veranderen alleen de staven, lijnen en teksten
    (geen nieuwe figuur, geen nieuwe assen). Ziet eruit als ``grafieken.grote_accounts_grafiek`` en
    ``grafieken.pareto_grafiek`` naast elkaar, zonder de percentages achter de staven (die staan in de
    tabel boven de figuur; minder tekst tekent sneller).
    """

    TOP = 12

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from klantlib.grafieken import _DONKER, _GRIJS, _LICHT, _ROOD

        self._donker, self._licht = _DONKER, _LICHT
        self.fig = Figure(figsize=(10, 3.6), dpi=80)
        FigureCanvasAgg(self.fig)
        self.links, self.rechts = self.fig.subplots(1, 2)
        self.fig.subplots_adjust(left=0.19, right=0.98, top=0.9, bottom=0.14, wspace=0.3)
        links, rechts = self.links, self.rechts
        self.staven = links.barh(range(self.TOP), [0.0] * self.TOP, color=_LICHT)
        links.set_yticks(range(self.TOP), [""] * self.TOP, fontsize=8)
        links.set_ylim(self.TOP - 0.5, -0.6)
        self.drempellijn = links.axvline(5, color=_ROOD, linestyle="--", linewidth=1)
        self.drempeltekst = links.text(5, self.TOP - 0.6, "", color=_ROOD, fontsize=8, va="bottom")
        links.set_xlabel("Aandeel in de omzet (%)")
        links.spines[["top", "right"]].set_visible(False)
        self.titel = links.set_title("")
        self.curve, = rechts.plot([], [], color=_DONKER, linewidth=1.5)
        self.punten, = rechts.plot([], [], "o", color=_DONKER, markersize=5)
        rechts.axhline(80, color=_GRIJS, linestyle=":", linewidth=1)
        self.lijn80 = rechts.axvline(1, color=_GRIJS, linestyle=":", linewidth=1)
        self.tekst80 = rechts.text(1, 40, "", fontsize=8, color=_GRIJS)
        self.tekstgroot = rechts.text(1, 4, "", fontsize=8, ha="right", color=_DONKER)
        rechts.set_ylim(0, 102)
        rechts.set_xlabel("Aantal klanten (van groot naar klein)")
        rechts.set_ylabel("Cumulatief aandeel (%)")
        rechts.set_title("Pareto-curve")
        rechts.spines[["top", "right"]].set_visible(False)

    def bijwerken(self, omzet, *, drempel: float, titel: str) -> None:
        import numpy as np

        from klantlib.grafieken import _kort_label

        aandelen = omzet["aandeel"].to_numpy(dtype=float)
        top = aandelen[: self.TOP]
        namen = omzet["naam"].head(self.TOP).tolist()
        for i, staaf in enumerate(self.staven):
            breedte = 100 * top[i] if i < len(top) else 0.0
            staaf.set_width(breedte)
            staaf.set_color(self._donker if i < len(top) and top[i] >= drempel - 1e-12 else self._licht)
        self.links.set_yticklabels([_kort_label(n) for n in namen] + [""] * (self.TOP - len(namen)))
        self.drempellijn.set_xdata([100 * drempel] * 2)
        self.drempeltekst.set_position((100 * drempel, self.TOP - 0.6))
        self.drempeltekst.set_text(f" drempel {procent_kort(drempel)}")
        hoogste = float(top.max()) if len(top) else drempel
        self.links.set_xlim(0, 100 * max(hoogste, drempel) * 1.25)
        self.titel.set_text(titel)
        cumulatief = 100 * np.cumsum(aandelen)
        x = np.arange(1, len(aandelen) + 1)
        groot = aandelen >= drempel - 1e-12
        self.curve.set_data(x, cumulatief)
        self.punten.set_data(x[groot], cumulatief[groot])
        k80 = int(np.argmax(cumulatief >= 80 - 1e-9)) + 1 if len(cumulatief) else 0
        self.lijn80.set_xdata([k80] * 2)
        self.tekst80.set_position((k80, 40))
        deel = k80 / len(aandelen) if len(aandelen) else 0.0
        self.tekst80.set_text(f" {k80} klanten ({procent_kort(deel)}) = 80 %")
        self.tekstgroot.set_position((max(len(x), 1), 4))
        self.tekstgroot.set_text(f"{int(groot.sum())} grote accounts (≥ {procent_kort(drempel)})")
        self.rechts.set_xlim(0, max(len(x), 1) + 1)

    def png(self) -> bytes:
        """De figuur als PNG: tekenen en snel inpakken (compressie 1: iets groter bestand, veel minder rekenwerk)."""
        import io

        from PIL import Image as PILImage

        canvas = self.fig.canvas
        canvas.draw()
        breedte, hoogte = canvas.get_width_height()
        buffer = io.BytesIO()
        PILImage.frombuffer("RGBA", (breedte, hoogte), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
            buffer, format="png", compress_level=1)
        return buffer.getvalue()


def _grote_accounts_titel(maanden, niveau) -> str:
    return f"Aandeel in de omzet ({maanden} mnd, per {niveau})"


def grote_accounts_verkenner(facturen=None, bedrijven=None, wallet=None, **standaard):
    """Widget "Wie zijn onze grote accounts?": kies drempel, periode, niveau en hoe je telt.

    De lijst met grote accounts (met hun share of wallet en onze rang als
    leverancier), de staven en de Pareto-curve passen zich direct aan. De
    tekst komt uit :func:`grote_accounts_tekst`. Zonder tabellen gebruikt de
    widget facturen, bedrijven en wallet van de actieve dataset.
    """
    instelling = dict(GROTE_ACCOUNTS_STANDAARD, **standaard)
    if facturen is None:
        from klantlib.data import laad

        facturen = laad("facturen")
        bedrijven = laad("bedrijven") if bedrijven is None else bedrijven
        wallet = laad("wallet") if wallet is None else wallet
    rekenaar = _GroteAccounts(facturen, bedrijven, wallet)
    rekenaar.tekst(**instelling)  # controleert de invoer
    stijl = {"description_width": "90px"}
    drempel = widgets.FloatSlider(value=100 * instelling["drempel"], min=1, max=15, step=0.5,
                                  description="Drempel (%)", style=stijl, readout_format=".1f")
    periode = widgets.Dropdown(options=[(f"{m} maanden", m) for m in (12, 24, 36)], value=instelling["maanden"],
                               description="Periode", style=stijl)
    niveau = widgets.ToggleButtons(options=["vestiging", "bedrijf", "concern"], value=instelling["niveau"],
                                   description="Niveau", style=stijl)
    via = widgets.ToggleButtons(options=[("wie bestelde", "besteld_door"), ("factuuradres", "factuuradres")],
                                value=instelling["via"], description="Tel via", style=stijl)
    resultaat = _resultaat()
    figuur = _GroteAccountsFiguur()
    plaatje = widgets.Image(format="png", layout=widgets.Layout(width="800px"))

    def bijwerken(_=None) -> None:
        keuze = dict(drempel=drempel.value / 100, maanden=periode.value, niveau=niveau.value, via=via.value)
        resultaat.value = rekenaar.tekst(**keuze)
        figuur.bijwerken(rekenaar.omzet(keuze["maanden"], keuze["niveau"], keuze["via"]), drempel=keuze["drempel"],
                         titel=_grote_accounts_titel(keuze["maanden"], keuze["niveau"]))
        plaatje.value = figuur.png()

    for control in (drempel, periode, niveau, via):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("grote-accounts", widgets.HBox([drempel, periode]), niveau, via, resultaat, plaatje)
