"""Widgets om de data te verkennen (ipywidgets 8).

Elke widget is een dunne laag over een gewone functie die getest wordt.
Afspraken voor de browsertest: de buitenste box heeft de klasse
``klantlib-widget`` en ``klantlib-<naam>``; het hoofdresultaat is een
``widgets.HTML`` met de klasse ``klantlib-resultaat``.
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
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

__all__ += ["waar_staan_klanten", "waar_staan_klanten_tekst", "CYCLUS_VENSTERS"]

#: De vensters (maanden zonder aankoop tot iemand ex-klant is) die de widget aanbiedt.
CYCLUS_VENSTERS = (6, 12, 18, 24, 36)


def _waar_staan_html(cyclus, jaar: int, ex_na_maanden: int, nieuw_maanden: int = 12):
    """Tekst (HTML), aantallen en overgangen voor de widget; de overgangen zijn None als het vorige jaar niet kan."""
    from klantlib.cyclus import FASEN

    peil = cyclus.controleer_peildatum(pd.Timestamp(int(jaar), 12, 31), max(ex_na_maanden, nieuw_maanden), "jaar")
    aantallen = cyclus.aantallen(peil, ex_na_maanden, nieuw_maanden)
    delen = " · ".join(f"{fase} {getal(int(aantallen[fase]))}" for fase in FASEN)
    klanten = int(aantallen["nieuw"] + aantallen["loyaal"])
    kop = (f"<b>Eind {int(jaar)}: {getal(klanten)} {'klant' if klanten == 1 else 'klanten'}</b> ({cyclus.niveau}, ex-klant na {ex_na_maanden} "
           f"maanden zonder aankoop)<br>{delen}")
    try:
        vorig = cyclus.controleer_peildatum(pd.Timestamp(int(jaar) - 1, 12, 31), max(ex_na_maanden, nieuw_maanden),
                                            "jaar")
    except ValueError:
        return (kop + f"<br>Van eind {int(jaar) - 1} naar eind {int(jaar)}: niet te zien, want het venster van "
                f"{ex_na_maanden} maanden begint dan vóór de data."), aantallen, None
    overgangen = cyclus.overgangen(vorig, peil, ex_na_maanden, nieuw_maanden)
    klant = ["nieuw", "loyaal"]
    rijen_potentieel = [r for r in ("potentieel", "nog onbekend") if r in overgangen.index]
    gewonnen = int(overgangen.loc[rijen_potentieel, klant].to_numpy().sum())
    terug = int(overgangen.loc["ex-klant", klant].sum())
    behouden = int(overgangen.loc[klant, klant].to_numpy().sum())
    verloren = int(overgangen.loc[klant, "ex-klant"].sum())
    zin = (f"Van eind {int(jaar) - 1} naar eind {int(jaar)}: gewonnen {getal(gewonnen)} · teruggewonnen "
           f"{getal(terug)} · behouden {getal(behouden)} · verloren {getal(verloren)}")
    return kop + "<br>" + zin, aantallen, overgangen


def waar_staan_klanten_tekst(facturen, *, bedrijven, jaar: int = 2025, ex_na_maanden: int = 24,
                             niveau: str = "bedrijf", contracten=None, nieuw_maanden: int = 12) -> str:
    """De tekst van de widget "Waar staan onze klanten?" voor één instelling.

    Het aantal per fase aan het eind van ``jaar`` en wat er sinds het eind
    van het jaar ervoor gebeurde: gewonnen (potentieel → klant),
    teruggewonnen (ex-klant → klant), behouden (klant → klant) en verloren
    (klant → ex-klant). Rekent met :mod:`klantlib.cyclus`.

    >>> import pandas as pd
    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"], "concern_kvk": ["11111111", "22222222"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2023-01-10", "2024-05-01", "2025-12-01"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000002", "000000000002"],
    ...                   "bedrag": [100.0, 80.0, 60.0]})
    >>> print(waar_staan_klanten_tekst(f, bedrijven=b, jaar=2025, ex_na_maanden=24).replace("<br>", "\\n"))
    <b>Eind 2025: 1 klant</b> (bedrijf, ex-klant na 24 maanden zonder aankoop)
    potentieel 0 · nieuw 0 · loyaal 1 · ex-klant 1
    Van eind 2024 naar eind 2025: gewonnen 0 · teruggewonnen 0 · behouden 1 · verloren 1
    """
    from klantlib.cyclus import _Cyclus, _eis_maanden

    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    n = _eis_maanden(nieuw_maanden, "nieuw_maanden")
    cyclus = _Cyclus(facturen, bedrijven=bedrijven, niveau=niveau, contracten=contracten)
    return _waar_staan_html(cyclus, jaar, m, n)[0]


class _WaarStaanFiguur:
    """De figuur van de widget: alle onderdelen één keer gemaakt, daarna alleen bijgewerkt.

    Een stroomdiagram van fase naar fase (zoals
    :func:`klantlib.grafieken.overgangen_stroom`): links de fasen aan het eind
    van het vorige jaar, rechts aan het eind van het gekozen jaar, met het
    aantal erbij. Bij een wijziging veranderen alleen vlakken en teksten;
    assen en maatstreepjes blijven staan. Dat scheelt het meeste werk.
    """

    RIJEN = ("potentieel", "nieuw", "loyaal", "ex-klant", "nog onbekend")
    KOLOMMEN = ("potentieel", "nieuw", "loyaal", "ex-klant")
    BREEDTE = 0.08
    RUIMTE = 0.025

    def __init__(self):
        from matplotlib.collections import PolyCollection

        from klantlib.grafieken import FASE_KLEUREN

        self.kleuren = FASE_KLEUREN
        self.figuur, ax = plt.subplots(figsize=(7.2, 3.2), dpi=72)
        self.figuur.subplots_adjust(left=0.01, right=0.99, top=0.9, bottom=0.02)
        plt.close(self.figuur)
        self.ax = ax
        self.banden = PolyCollection([], alpha=0.45, linewidths=0)
        ax.add_collection(self.banden)
        self.blokken_links = {f: ax.add_patch(plt.Rectangle((0, 0), self.BREEDTE, 0, color=FASE_KLEUREN[f], lw=0))
                              for f in self.RIJEN}
        self.blokken_rechts = {f: ax.add_patch(plt.Rectangle((1 - self.BREEDTE, 0), self.BREEDTE, 0,
                                                             color=FASE_KLEUREN[f], lw=0)) for f in self.KOLOMMEN}
        self.teksten_links = {f: ax.text(-0.01, 0, "", ha="right", va="center", fontsize=8) for f in self.RIJEN}
        self.teksten_rechts = {f: ax.text(1.01, 0, "", ha="left", va="center", fontsize=8) for f in self.KOLOMMEN}
        self.melding = ax.text(0.5 - self.BREEDTE, 0.5, "", ha="right", va="center", fontsize=8, color="#555555")
        ax.set_xlim(-0.45, 1.4)
        ax.set_ylim(1 + 5 * self.RUIMTE, -self.RUIMTE)
        ax.set_axis_off()
        self.titel = ax.set_title("", fontsize=10)
        t = np.linspace(0.0, 1.0, 24)
        self._s = 3 * t ** 2 - 2 * t ** 3
        self._x = self.BREEDTE + (1 - 2 * self.BREEDTE) * t

    def _posities(self, aantallen, totaal: float) -> dict:
        uit, y = {}, 0.0
        for fase, n in aantallen:
            uit[fase] = (y, y + n / totaal)
            y += n / totaal + (self.RUIMTE if n else 0.0)
        return uit

    @staticmethod
    def _zet(tekst, waarde: str, positie=None) -> None:
        tekst.set_visible(bool(waarde))  # een lege tekst hoeft niet getekend te worden
        tekst.set_text(waarde)
        if positie is not None:
            tekst.set_position(positie)

    def werk_bij(self, jaar: int, aantallen, overgangen, melding: str = "") -> bytes:
        """Zet de nieuwe getallen in de figuur en geef hem als PNG."""
        import io

        if overgangen is not None:
            tabel = overgangen.reindex(index=list(self.RIJEN), columns=list(self.KOLOMMEN), fill_value=0)
            waarden = tabel.to_numpy(dtype="float64")
        else:
            waarden = np.zeros((len(self.RIJEN), len(self.KOLOMMEN)))
        rechts_aantal = (aantallen.reindex(list(self.KOLOMMEN)).to_numpy(dtype="float64") if aantallen is not None
                         else np.zeros(len(self.KOLOMMEN)))
        totaal = max(float(rechts_aantal.sum()), 1.0)
        links = self._posities(zip(self.RIJEN, waarden.sum(axis=1)), totaal)
        rechts = self._posities(zip(self.KOLOMMEN, rechts_aantal), totaal)
        vol_links = {f: links[f][0] for f in self.RIJEN}
        vol_rechts = {f: rechts[f][0] for f in self.KOLOMMEN}
        vlakken, kleuren = [], []
        for i, van in enumerate(self.RIJEN):
            for j, naar in enumerate(self.KOLOMMEN):
                n = waarden[i, j] / totaal
                if n <= 0:
                    continue
                a0, b0 = vol_links[van], vol_rechts[naar]
                onder = a0 + (b0 - a0) * self._s
                vlakken.append(np.column_stack([np.concatenate([self._x, self._x[::-1]]),
                                                np.concatenate([onder, onder[::-1] + n])]))
                kleuren.append(self.kleuren[naar])
                vol_links[van] += n
                vol_rechts[naar] += n
        self.banden.set_verts(vlakken)
        self.banden.set_facecolors(kleuren)
        for kant, blokken, teksten, x in ((links, self.blokken_links, self.teksten_links, -0.01),
                                          (rechts, self.blokken_rechts, self.teksten_rechts, 1.01)):
            for fase, (y0, y1) in kant.items():
                blokken[fase].set_y(y0)
                blokken[fase].set_height(y1 - y0)
                aantal = int(round((y1 - y0) * totaal))
                self._zet(teksten[fase], f"{fase} ({aantal})" if aantal else "", (x, (y0 + y1) / 2))
        self._zet(self.melding, melding)
        if aantallen is None:
            titel = ""
        elif overgangen is None:
            titel = f"Fasen eind {int(jaar)}"
        else:
            titel = f"Van eind {int(jaar) - 1} (links) naar eind {int(jaar)} (rechts)"
        self.titel.set_text(titel)
        buffer = io.BytesIO()
        self.figuur.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
        return buffer.getvalue()


class _WaarStaan:
    """Rekent voor de widget (zonder widgets, dus ook te meten); de voorbereiding per niveau gebeurt één keer."""

    def __init__(self, facturen, bedrijven, contracten=None, nieuw_maanden: int = 12):
        from klantlib.cyclus import _Cyclus

        self._maak = lambda niveau: _Cyclus(facturen, bedrijven=bedrijven, niveau=niveau, contracten=contracten)
        self._cycli: dict = {}
        self.nieuw_maanden = nieuw_maanden
        self.figuur = _WaarStaanFiguur()

    def cyclus(self, niveau: str):
        if niveau not in self._cycli:
            self._cycli[niveau] = self._maak(niveau)
        return self._cycli[niveau]

    def bereken(self, jaar: int, ex_na_maanden: int, niveau: str):
        """(tekst, aantallen, overgangen of None); bij een jaar dat niet kan: (melding, None, None)."""
        try:
            return _waar_staan_html(self.cyclus(niveau), jaar, ex_na_maanden, self.nieuw_maanden)
        except ValueError as fout:
            return f"<b>Dit kan niet:</b> {html_escape(str(fout))}", None, None

    def teken(self, jaar: int, aantallen, overgangen) -> bytes:
        """Werk de figuur bij en geef hem als PNG."""
        melding = "" if overgangen is not None else (
            "het jaar ervoor valt (deels)\nvóór de data: geen stromen" if aantallen is not None else "")
        return self.figuur.werk_bij(jaar, aantallen, overgangen, melding)


def html_escape(tekst: str) -> str:
    import html

    return html.escape(tekst)


def waar_staan_klanten(facturen=None, *, bedrijven=None, contracten=None, jaar: int = 2025,
                       ex_na_maanden: int = 24, niveau: str = "bedrijf"):
    """Widget "Waar staan onze klanten?": kies een jaar, het venster voor ex-klant en het niveau.

    Bovenaan de tekst van :func:`waar_staan_klanten_tekst`; daaronder de
    aantallen per fase aan het eind van het jaar en de stromen van fase naar
    fase sinds het eind van het jaar ervoor. Zonder tabellen gebruikt de
    widget facturen en bedrijven van de actieve dataset.
    """
    from klantlib.definitie import NIVEAUS

    if facturen is None:
        from klantlib.data import laad

        facturen = laad("facturen")
        bedrijven = laad("bedrijven") if bedrijven is None else bedrijven
    rekenaar = _WaarStaan(facturen, bedrijven, contracten)
    eerste = rekenaar.cyclus(niveau)
    laatste_jaar = eerste.data_eind.year if (eerste.data_eind.month, eerste.data_eind.day) == (12, 31) \
        else eerste.data_eind.year - 1
    eerste_jaar = min(eerste.data_begin.year + 1, laatste_jaar)
    stijl = {"description_width": "140px"}
    jaar_schuif = widgets.IntSlider(value=min(max(int(jaar), eerste_jaar), laatste_jaar), min=eerste_jaar,
                                    max=laatste_jaar, step=1, description="Eind van het jaar", style=stijl,
                                    continuous_update=False)
    venster = widgets.Dropdown(options=[(f"{m} maanden", m) for m in sorted(set(CYCLUS_VENSTERS) | {ex_na_maanden})],
                               value=ex_na_maanden, description="Ex-klant na", style=stijl)
    niveau_knoppen = widgets.ToggleButtons(options=list(NIVEAUS), value=niveau, description="Niveau", style=stijl)
    resultaat = _resultaat()
    plaatje = widgets.Image(format="png")

    def bijwerken(_=None) -> None:
        tekst, aantallen, overgangen = rekenaar.bereken(jaar_schuif.value, venster.value, niveau_knoppen.value)
        resultaat.value = tekst
        plaatje.value = rekenaar.teken(jaar_schuif.value, aantallen, overgangen)

    for control in (jaar_schuif, venster, niveau_knoppen):
        control.observe(bijwerken, names="value")
    bijwerken()
    box = _widgetbox("waar-staan-klanten", widgets.HBox([jaar_schuif, venster]), niveau_knoppen, resultaat, plaatje)
    box._rekenaar = rekenaar  # voor de benchmark
    return box



# --- Hoofdstuk 04: waardestrategieën ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)
