"""Widgets om de data te verkennen (ipywidgets 8).

Elke widget is een dunne laag over een gewone functie die getest wordt.
Afspraken voor de browsertest: de buitenste box heeft de klasse
``klantlib-widget`` en ``klantlib-<naam>``; het hoofdresultaat is een
``widgets.HTML`` met de klasse ``klantlib-resultaat``.

Snel bijwerken: :class:`WidgetFiguur`
-------------------------------------
Een widget met een grafiek maakt de figuur één keer. Bij elke wijziging
reken je met een gewone (geteste) functie, zet je de nieuwe waarden in de
bestaande onderdelen van de figuur (staafhoogtes, lijndata, teksten,
grenzen) en tekent :class:`WidgetFiguur` alleen die onderdelen opnieuw op
een bewaarde achtergrond. Het plaatje (PNG) komt in een ``widgets.Image``.
Dat is veel goedkoper dan elke keer een nieuwe figuur maken. Verandert de
vorm van de gegevens (een andere lijst fasen, meer staven), dan tekent
hij de figuur vanzelf helemaal opnieuw. Voorbeeld::

    def teken(ax, hoogtes):                 # eerste keer: maak alles, geef de bewegende delen terug
        staven = ax.bar(list(hoogtes.index), hoogtes.to_numpy())
        ax.set_ylim(0, 100)
        return {"staven": staven, "titel": ax.title}

    def werk_bij(delen, hoogtes):           # elke wijziging: alleen waarden zetten
        for staaf, h in zip(delen["staven"], hoogtes):
            staaf.set_height(h)
        delen["titel"].set_text(f"Totaal {hoogtes.sum():.0f}")

    figuur = WidgetFiguur(teken, werk_bij, breedte=6, hoogte=3,
                          marges=dict(left=0.1, right=0.98, top=0.88, bottom=0.12),
                          vorm=lambda hoogtes: tuple(hoogtes.index))
    schuif = widgets.IntSlider(description="Aantal")
    resultaat = _resultaat()

    def bijwerken(_=None):
        hoogtes = mijn_pure_functie(schuif.value)      # rekenen: gewone functie met tests
        resultaat.value = mijn_tekst(hoogtes)
        figuur.toon(hoogtes)                          # bijwerken + één keer renderen

    schuif.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("mijn-widget", schuif, resultaat, figuur.beeld)

Regels: alles wat ``werk_bij`` verandert, moet ``teken`` teruggeven (ook
``ax.title`` of ``ax.yaxis`` als de titel of de schaal meebeweegt); zet
grenzen zelf met ``set_xlim``/``set_ylim`` (autoscale gebeurt niet bij
bijwerken). Verander je iets anders (een vaste tekst, de x-as), laat
``werk_bij`` dan ``True`` teruggeven: dan wordt de hele figuur één keer
opnieuw getekend. Een grafiek uit :mod:`klantlib.grafieken` gebruik je zo:
``teken`` roept de grafiekfunctie aan met ``ax=ax`` en geeft
``grafieken.bewegende_delen(ax)`` terug (staven, lijnen, teksten, titel;
met ``y_as=True``/``legenda=True`` ook die); ``werk_bij`` is de
tegenhanger ``grafieken.<naam>_bijwerken``. Zet zo'n tegenhanger naast je
eigen grafiek in je hoofdstuksectie van ``grafieken.py``; laat de
grafiekfunctie bij elke vorm dezelfde onderdelen maken (een lege tekst waar
niets te zeggen is), dan kan bijwerken altijd. Meet je widget met
``benchmarks/_meten.py`` (``meet_widget``); de browsertest meet hem vanzelf.
"""

from __future__ import annotations

import io
from typing import Any, Callable

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import Container
from matplotlib.figure import Figure

from klantlib import grafieken
from klantlib.opmaak import euro, getal, procent_kort

__all__ = ["WidgetFiguur", "omzet_tekst", "omzet_verkenner"]


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


# --- Gedeeld: één figuur die bij elke wijziging wordt bijgewerkt ---


def _artiesten(delen: Any) -> list[Artist]:
    """Alle matplotlib-onderdelen in ``delen`` (een onderdeel, lijst, tuple, dict of container).

    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> staven = ax.bar(["a", "b"], [1, 2])
    >>> len(_artiesten({"staven": staven, "titel": ax.title, "leeg": None}))
    3
    """
    if delen is None:
        return []
    if isinstance(delen, (str, bytes)):
        raise TypeError(f"WidgetFiguur: {delen!r} is geen matplotlib-onderdeel; "
                        "geef in teken() onderdelen, lijsten of dicts daarvan terug.")
    if isinstance(delen, Artist):
        return [delen]
    if isinstance(delen, Container):
        return [a for a in delen.get_children() if a is not None]
    if isinstance(delen, dict):
        delen = delen.values()
    if isinstance(delen, (list, tuple, np.ndarray)) or hasattr(delen, "__iter__"):
        return [a for deel in delen for a in _artiesten(deel)]
    raise TypeError(f"WidgetFiguur: {type(delen).__name__} is geen matplotlib-onderdeel; "
                    "geef in teken() onderdelen, lijsten of dicts daarvan terug.")


def _png(canvas: FigureCanvasAgg) -> bytes:
    """Het huidige beeld van ``canvas`` als PNG (RGB, lichte compressie: snel en klein genoeg)."""
    from PIL import Image

    beeld = np.asarray(canvas.buffer_rgba())[..., :3]
    buffer = io.BytesIO()
    Image.fromarray(beeld).save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


class WidgetFiguur:
    """Een figuur voor een widget die bij elke wijziging wordt bijgewerkt in plaats van opnieuw gemaakt.

    ``teken(ax, gegevens)`` tekent de eerste keer alles en geeft de delen
    terug die later veranderen (een onderdeel, lijst of dict van
    onderdelen; ook ``ax.title`` of ``ax.yaxis`` als die meebewegen).
    ``werk_bij(delen, gegevens)`` zet bij een wijziging de nieuwe waarden in
    die delen; geeft hij ``True`` terug, dan is er ook iets buiten die delen
    veranderd en wordt de hele figuur opnieuw getekend. Zonder ``werk_bij``
    wordt elke keer alles opnieuw getekend (in dezelfde figuur).
    ``vorm(gegevens)`` geeft iets vergelijkbaars (bijvoorbeeld de lijst
    fasen); is dat anders dan de vorige keer, dan maakt hij nieuwe assen en
    roept hij ``teken`` opnieuw aan.

    De figuur heeft een vaste grootte (``breedte`` × ``hoogte`` inch bij
    ``dpi``) en vaste ``marges`` (zoals bij ``subplots_adjust``): dan hoeft
    matplotlib niets uit te rekenen. ``assen=(rijen, kolommen)`` geeft meer
    assen; ``teken`` krijgt dan een array van assen, zoals bij
    ``plt.subplots``. Het plaatje staat in :attr:`beeld` (een
    ``widgets.Image`` met de klasse ``klantlib-grafiek``); :meth:`toon`
    werkt bij, maakt de PNG en zet hem daarin.

    >>> def teken(ax, h):
    ...     staven = ax.bar(range(len(h)), h)
    ...     ax.set_ylim(0, 10)
    ...     return staven
    >>> def werk_bij(staven, h):
    ...     for staaf, w in zip(staven, h):
    ...         staaf.set_height(w)
    >>> f = WidgetFiguur(teken, werk_bij, breedte=3, hoogte=2, vorm=len)
    >>> f.toon([1, 2])[:4] == b"\\x89PNG" and f.toon([3, 4]) == f.beeld.value
    True
    >>> [s.get_height() for s in f.delen], f.tellers
    ([3, 4], {'getekend': 1, 'achtergrond': 0, 'bijgewerkt': 1})
    >>> _ = f.toon([1, 2, 3]); f.tellers["getekend"]   # andere vorm: opnieuw getekend
    2
    """

    def __init__(self, teken: Callable[[Any, Any], Any], werk_bij: Callable[[Any, Any], Any] | None = None, *,
                 breedte: float = 7, hoogte: float = 3.2, dpi: float = 80, marges: dict | None = None,
                 vorm: Callable[[Any], Any] | None = None, assen: tuple[int, int] = (1, 1)) -> None:
        self._teken, self._werk_bij, self._vorm_van = teken, werk_bij, vorm
        self.breedte, self.hoogte, self.dpi = float(breedte), float(hoogte), float(dpi)
        self.marges = dict(marges or {})
        self.assen = tuple(assen)
        #: De matplotlib-figuur (zonder pyplot: hij verschijnt nooit vanzelf in het notebook).
        self.figuur, self.ax = self._nieuwe_figuur()
        self.canvas: FigureCanvasAgg = self.figuur.canvas
        #: Het plaatje voor in de widget.
        self.beeld = widgets.Image(format="png")
        self.beeld.add_class("klantlib-grafiek")
        #: Wat ``teken`` teruggaf (na de eerste :meth:`toon`).
        self.delen: Any = None
        #: Hoe vaak er (helemaal) getekend, de achtergrond opnieuw gemaakt en alleen bijgewerkt is.
        self.tellers = {"getekend": 0, "achtergrond": 0, "bijgewerkt": 0}
        self._beweegt: list[Artist] = []
        self._achtergrond = None
        self._vorm: Any = None

    def _nieuwe_figuur(self):
        figuur = Figure(figsize=(self.breedte, self.hoogte), dpi=self.dpi)
        FigureCanvasAgg(figuur)
        rijen, kolommen = self.assen
        ax = figuur.subplots(rijen, kolommen, squeeze=True)
        if self.marges:
            figuur.subplots_adjust(**self.marges)
        return figuur, ax

    def teken_opnieuw(self, gegevens) -> None:
        """Nieuwe assen en ``teken`` (de eerste keer, of als de vorm verandert)."""
        self.figuur.clear()
        rijen, kolommen = self.assen
        self.ax = self.figuur.subplots(rijen, kolommen, squeeze=True)
        if self.marges:
            self.figuur.subplots_adjust(**self.marges)
        self.delen = self._teken(self.ax, gegevens)
        self._beweegt = sorted(_artiesten(self.delen), key=lambda a: a.get_zorder())
        self._achtergrond = None
        self.tellers["getekend"] += 1

    def render(self, achtergrond: bool = False) -> bytes:
        """Teken de bewegende delen op de bewaarde achtergrond en geef de PNG.

        Met ``achtergrond=True`` (of als er nog geen is) wordt eerst de hele
        figuur zonder de bewegende delen getekend en bewaard.
        """
        if achtergrond or self._achtergrond is None or not self._beweegt:
            for deel in self._beweegt:
                deel.set_animated(True)
            self.canvas.draw()  # alles behalve de bewegende delen
            self._achtergrond = self.canvas.copy_from_bbox(self.figuur.bbox)
        else:
            self.canvas.restore_region(self._achtergrond)
        for deel in self._beweegt:
            if deel.get_visible():
                self.figuur.draw_artist(deel)
        return _png(self.canvas)

    def toon(self, gegevens) -> bytes:
        """Werk de figuur bij met ``gegevens``, render één keer en zet de PNG in :attr:`beeld`."""
        vorm = self._vorm_van(gegevens) if self._vorm_van is not None else None
        if self.delen is None or vorm != self._vorm or self._werk_bij is None:
            self._vorm = vorm
            self.teken_opnieuw(gegevens)
            achtergrond = True
        else:
            achtergrond = bool(self._werk_bij(self.delen, gegevens))
            self.tellers["achtergrond" if achtergrond else "bijgewerkt"] += 1
        png = self.render(achtergrond)
        self.beeld.value = png
        return png

    def vers_png(self, gegevens) -> bytes:
        """Ter vergelijking: een NIEUWE figuur van dezelfde grootte, getekend met ``teken``, als PNG.

        Zo deden de widgets het vroeger bij elke wijziging; de benchmarks
        meten hiermee de referentie in dezelfde run.
        """
        figuur, ax = self._nieuwe_figuur()
        self._teken(ax, gegevens)
        figuur.canvas.draw()
        return _png(figuur.canvas)


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


def omzet_per_maand_tabel(facturen) -> pd.DataFrame:
    """Omzet per jaar en maand (1 t/m 12), per business unit, in duizenden euro's.

    Elk jaar met facturen heeft twaalf rijen. Een maand met facturen waarin
    een business unit niets verkocht, telt voor die business unit als 0; een
    maand zonder enige factuur is leeg (NaN), zoals bij
    :func:`klantlib.grafieken.omzet_per_maand`.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-03-01", "2024-03-09", "2024-05-01"]),
    ...                   "business_unit": ["A", "A", "B"], "bedrag": [1000.0, 500.0, -250.0]})
    >>> t = omzet_per_maand_tabel(f)
    >>> t.loc[2024].loc[[2, 3, 5]]
    business_unit    A     B
    maand                   
    2              NaN   NaN
    3              1.5  0.00
    5              0.0 -0.25
    >>> t.shape
    (12, 2)
    """
    datum = facturen["factuurdatum"]
    tabel = (facturen.assign(jaar=datum.dt.year, maand=datum.dt.month)
             .pivot_table(index=["jaar", "maand"], columns="business_unit", values="bedrag", aggfunc="sum")
             .fillna(0.0) / 1000)
    jaren = sorted(tabel.index.get_level_values("jaar").unique())
    alle = pd.MultiIndex.from_product([jaren, range(1, 13)], names=["jaar", "maand"])
    return tabel.reindex(alle).sort_index(axis=1)


def _omzet_titel(jaar: int, business_unit: str) -> str:
    return f"Omzet per maand in {jaar}" + ("" if business_unit == ALLE else f" ({business_unit})")


def _omzet_teken(ax, gegevens):
    tabel, zichtbaar, titel, grenzen = gegevens
    grafieken.omzet_in_jaar(tabel, zichtbaar=zichtbaar, titel=titel, grenzen=grenzen, ax=ax)
    return grafieken.bewegende_delen(ax, y_as=True, legenda=True)


def _omzet_werk_bij(delen, gegevens) -> None:
    tabel, zichtbaar, titel, grenzen = gegevens
    grafieken.omzet_in_jaar_bijwerken(delen, tabel, zichtbaar=zichtbaar, titel=titel, grenzen=grenzen)


def omzet_verkenner(facturen) -> widgets.VBox:
    """Widget: kies een jaar en een business unit en zie de omzet per maand."""
    jaren = sorted(facturen["factuurdatum"].dt.year.unique())
    jaar = widgets.IntSlider(value=int(jaren[0]), min=int(jaren[0]), max=int(jaren[-1]), step=1, description="Jaar")
    bu = widgets.Dropdown(options=[ALLE, *sorted(facturen["business_unit"].unique())], value=ALLE,
                          description="Business unit", style={"description_width": "initial"})
    resultaat = _resultaat()
    per_maand = omzet_per_maand_tabel(facturen)  # één keer rekenen; daarna alleen een jaar opzoeken
    figuur = WidgetFiguur(_omzet_teken, _omzet_werk_bij, breedte=8, hoogte=3.6, dpi=80,
                          marges=dict(left=0.09, right=0.74, top=0.91, bottom=0.13),
                          vorm=lambda gegevens: tuple(gegevens[0].columns))

    teksten: dict = {}  # tekst per (jaar, business unit): terugschuiven rekent niet opnieuw

    def bijwerken(_=None):
        sleutel = (jaar.value, bu.value)
        if sleutel not in teksten:
            teksten[sleutel] = omzet_tekst(facturen, *sleutel)
        resultaat.value = teksten[sleutel]
        zichtbaar = list(per_maand.columns) if bu.value == ALLE else [bu.value]
        # Eén schaal voor alle jaren: zo zie je bij het schuiven of de omzet groeit.
        grenzen = grafieken.omzet_grenzen(per_maand, zichtbaar)
        figuur.toon((per_maand.loc[jaar.value], zichtbaar, _omzet_titel(jaar.value, bu.value), grenzen))

    jaar.observe(bijwerken, names="value")
    bu.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("omzetverkenner", widgets.HBox([jaar, bu]), resultaat, figuur.beeld)


__all__ += ["omzet_per_maand_tabel"]


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
    from klantlib.funnel import benodigd

    return _funnelcalculator_html(benodigd(doel, conversies))


def _funnelcalculator_html(nodig) -> str:
    """De tekst van :func:`funnelcalculator_tekst` uit de al berekende aantallen (``benodigd``)."""
    from klantlib.funnel import funnel

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
    from klantlib.funnel import benodigd

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
    figuur = WidgetFiguur(_funnel_teken, grafieken.funnelgrafiek_bijwerken, breedte=7, hoogte=3.2, dpi=80,
                          marges=dict(left=0.12, right=0.98, top=0.9, bottom=0.04),
                          vorm=lambda tabel: tuple(tabel.index))

    def bijwerken(_=None):
        c = {fase: s.value / 100 for fase, s in schuiven.items()}
        nodig = benodigd(doel_schuif.value, c)  # één keer rekenen voor tekst én grafiek
        resultaat.value = _funnelcalculator_html(nodig)  # = funnelcalculator_tekst(doel, c)
        figuur.toon(nodig)

    for control in [doel_schuif, *schuiven.values()]:
        control.observe(bijwerken, names="value")
    bijwerken()
    bediening = widgets.VBox([doel_schuif, *schuiven.values()])
    return _widgetbox("funnelcalculator", bediening, resultaat, figuur.beeld)


def _funnel_teken(ax, tabel):
    grafieken.funnelgrafiek(tabel, titel="Wat je nodig hebt", ax=ax)
    return grafieken.bewegende_delen(ax, titel=False)  # de titel blijft gelijk


__all__ += ["funnelcalculator", "funnelcalculator_tekst", "FUNNEL_STANDAARD"]


# --- Hoofdstuk 03: verwachtingen en NPS ---


def _nps_balk_teken(ax, aandelen):
    grafieken.nps_aandelen_balk(*aandelen, ax=ax)
    return grafieken.bewegende_delen(ax)


def _nps_balk_werk_bij(delen, aandelen) -> None:
    grafieken.nps_aandelen_balk_bijwerken(delen, *aandelen)


def _ervaring_teken(ax, gegevens):
    tabel, titel = gegevens
    grafieken.klantervaring_staven(tabel, titel=titel, eenvoudig=True, ax=ax)
    return grafieken.bewegende_delen(ax)


def _ervaring_werk_bij(delen, gegevens) -> None:
    tabel, titel = gegevens
    grafieken.klantervaring_staven_bijwerken(delen, tabel, titel=titel)


def nps_speeltuin(promotors: int = 25, passief_tevredenen: int = 55, criticasters: int = 20):
    """NPS-speeltuin: schuif met de aandelen promotors, passief tevredenen en criticasters.

    De drie aandelen tellen altijd op tot 100: schuif je er één, dan delen
    de andere twee de rest in hun oude verhouding
    (:func:`klantlib.nps.verdeel_aandelen`). De NPS-tekst
    (:func:`klantlib.nps.nps_speeltuin_tekst`) en de staaf passen zich direct aan.
    Standaard staat het voorbeeld uit het boek: 25 / 55 / 20.
    """
    from klantlib.nps import nps_speeltuin_tekst, verdeel_aandelen

    nps_speeltuin_tekst(promotors, passief_tevredenen, criticasters)  # controleert de invoer
    stijl = {"description_width": "150px"}
    schuiven = {
        "promotors": widgets.IntSlider(value=promotors, min=0, max=100, description="Promotors (%)", style=stijl),
        "passief_tevredenen": widgets.IntSlider(value=passief_tevredenen, min=0, max=100,
                                                description="Passief tevredenen (%)", style=stijl),
        "criticasters": widgets.IntSlider(value=criticasters, min=0, max=100, description="Criticasters (%)",
                                          style=stijl),
    }
    resultaat = widgets.HTML().add_class("klantlib-resultaat")
    figuur = WidgetFiguur(_nps_balk_teken, _nps_balk_werk_bij, breedte=7, hoogte=1.2, dpi=90,
                          marges=dict(left=0.02, right=0.98, top=0.78, bottom=0.05))
    bezig = {"nu": False}

    def ververs() -> None:
        p, m, c = (schuiven[k].value for k in ("promotors", "passief_tevredenen", "criticasters"))
        resultaat.value = nps_speeltuin_tekst(p, m, c)
        figuur.toon((p, m, c))

    def bij_wijziging(change, naam: str) -> None:
        if bezig["nu"]:
            return
        bezig["nu"] = True
        try:
            huidig = {k: s.value for k, s in schuiven.items()}
            nieuw = verdeel_aandelen(huidig["promotors"], huidig["passief_tevredenen"], huidig["criticasters"], naam)
            for k, w in zip(("promotors", "passief_tevredenen", "criticasters"), nieuw):
                schuiven[k].value = w
        finally:
            bezig["nu"] = False
        ververs()

    for naam, schuif in schuiven.items():
        schuif.observe(lambda change, naam=naam: bij_wijziging(change, naam), names="value")
    ververs()
    return _widgetbox("nps-speeltuin", *schuiven.values(), resultaat, figuur.beeld)


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
    figuur = WidgetFiguur(_ervaring_teken, _ervaring_werk_bij, breedte=7, hoogte=1.5, dpi=90,
                          marges=dict(left=0.2, right=0.98, top=0.82, bottom=0.04),
                          vorm=lambda gegevens: len(gegevens[0]))

    onthouden: dict = {}  # tabel per (soort, dagen): terugschuiven rekent niet opnieuw

    def ververs(_=None) -> None:
        sleutel = (keuze.value, schuif.value)
        if sleutel not in onthouden:
            onthouden[sleutel] = wat_als_belofte(ervaringen, extra_dagen=schuif.value, soort=keuze.value)
        tabel = onthouden[sleutel]
        # Zelfde tekst als verwachtingsschuif_tekst(...), maar zonder de tabel twee keer uit te rekenen.
        resultaat.value = belofte_tekst(tabel, f"{str(keuze.value).capitalize()}, {belofte_omschrijving(schuif.value)}")
        tabel = tabel.rename(index={"wat als": f"wat als ({schuif.value:+d} d)"})
        figuur.toon((tabel, f"Klantervaring {keuze.value}"))

    keuze.observe(ververs, names="value")
    schuif.observe(ververs, names="value")
    ververs()
    return _widgetbox("verwachtingsschuif", keuze, schuif, resultaat, figuur.beeld)


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

    def tekst(self, aantallen: pd.Series, *, basis: str, periode_maanden: int, niveau: str,
              per_business_unit: bool) -> str:
        """De resultaattekst bij deze aantallen (uit :meth:`aantallen`) en deze basis."""
        return _klantenteller_html(int(aantallen[basis]), basis=basis, periode_maanden=periode_maanden,
                                   niveau=niveau, per_business_unit=per_business_unit, peildatum=self.peildatum)


def _klantenteller_titel(periode_maanden: int, niveau: str, per_business_unit: bool) -> str:
    return (f"Klanten per basis ({periode_maanden} mnd, {niveau}"
            f"{', per business unit' if per_business_unit else ''})")


def _klantenteller_teken(ax, gegevens):
    aantallen, basis, titel = gegevens
    grafieken.klanten_per_definitie(aantallen, gekozen=basis, titel=titel, ax=ax)
    # De aantallen staan boven de staven; zonder getallen op de y-as hoeft die as niet mee te bewegen.
    ax.tick_params(axis="y", left=False, labelleft=False)
    return grafieken.bewegende_delen(ax)


def _klantenteller_werk_bij(delen, gegevens) -> None:
    aantallen, basis, titel = gegevens
    grafieken.klanten_per_definitie_bijwerken(delen, aantallen, gekozen=basis, titel=titel)


def _klantenteller_figuur() -> WidgetFiguur:
    return WidgetFiguur(_klantenteller_teken, _klantenteller_werk_bij, breedte=6.4, hoogte=2.9, dpi=80,
                        marges=dict(left=0.06, right=0.98, top=0.89, bottom=0.1),
                        vorm=lambda gegevens: tuple(gegevens[0].index))


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
    figuur = _klantenteller_figuur()
    onthouden: dict = {}  # aantallen per (periode, niveau, per_bu): wisselen van basis rekent niet opnieuw

    def bijwerken(_=None) -> None:
        sleutel = (periode.value, niveau_knoppen.value, per_bu.value)
        if sleutel not in onthouden:
            onthouden[sleutel] = teller.aantallen(periode_maanden=sleutel[0], niveau=sleutel[1],
                                                  per_business_unit=sleutel[2])
        aantallen = onthouden[sleutel]
        resultaat.value = teller.tekst(aantallen, basis=basis_knoppen.value, periode_maanden=sleutel[0],
                                       niveau=sleutel[1], per_business_unit=sleutel[2])
        figuur.toon((aantallen, basis_knoppen.value, _klantenteller_titel(*sleutel)))

    for control in (basis_knoppen, periode, niveau_knoppen, per_bu):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("klantenteller", basis_knoppen, widgets.HBox([periode, per_bu]), niveau_knoppen,
                      resultaat, figuur.beeld)


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


def _waar_staan_teken(ax, gegevens):
    """Eerste keer: het stroomdiagram met vaste plekken; geeft de bewegende delen (voor :class:`WidgetFiguur`)."""
    overgangen, aantallen, van, naar, melding = gegevens
    return grafieken.fasestroom(overgangen, aantallen, van=van, naar=naar, melding=melding, ax=ax)._fasestroom


def _waar_staan_werk_bij(delen, gegevens) -> bool:
    overgangen, aantallen, van, naar, melding = gegevens
    return grafieken.fasestroom_bijwerken(delen, overgangen, aantallen, van=van, naar=naar, melding=melding)


class _WaarStaan:
    """Rekent voor de widget (zonder widgets, dus ook te meten); de voorbereiding per niveau gebeurt één keer.

    De figuur is een :class:`WidgetFiguur`: één keer gemaakt, daarna worden bij
    elke wijziging alleen de vlakken en teksten van het stroomdiagram verzet.
    """

    def __init__(self, facturen, bedrijven, contracten=None, nieuw_maanden: int = 12):
        from klantlib.cyclus import _Cyclus

        self._maak = lambda niveau: _Cyclus(facturen, bedrijven=bedrijven, niveau=niveau, contracten=contracten)
        self._cycli: dict = {}
        self.nieuw_maanden = nieuw_maanden
        self.figuur = WidgetFiguur(_waar_staan_teken, _waar_staan_werk_bij, breedte=7.2, hoogte=3.0, dpi=72,
                                   marges=dict(left=0.01, right=0.99, top=0.97, bottom=0.02))

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

    @staticmethod
    def gegevens(jaar: int, aantallen, overgangen) -> tuple:
        """Wat de figuur nodig heeft: (overgangen, aantallen, van, naar, melding)."""
        if aantallen is None:
            return None, None, "", "", ""
        van, naar = f"eind {int(jaar) - 1}", f"eind {int(jaar)}"
        if overgangen is None:
            return None, aantallen, van, naar, "het jaar ervoor valt (deels)\nvóór de data: geen stromen"
        return overgangen, aantallen, van, naar, ""

    def teken(self, jaar: int, aantallen, overgangen) -> bytes:
        """Werk de figuur bij en geef hem als PNG (hij staat ook in ``self.figuur.beeld``)."""
        return self.figuur.toon(self.gegevens(jaar, aantallen, overgangen))


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
    plaatje = rekenaar.figuur.beeld

    def bijwerken(_=None) -> None:
        tekst, aantallen, overgangen = rekenaar.bereken(jaar_schuif.value, venster.value, niveau_knoppen.value)
        resultaat.value = tekst
        rekenaar.teken(jaar_schuif.value, aantallen, overgangen)

    for control in (jaar_schuif, venster, niveau_knoppen):
        control.observe(bijwerken, names="value")
    bijwerken()
    box = _widgetbox("waar-staan-klanten", widgets.HBox([jaar_schuif, venster]), niveau_knoppen, resultaat, plaatje)
    box._rekenaar = rekenaar  # voor de benchmark
    return box



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


#: Beeldpunten per inch van de radar in de widget: 5,6 × 3,9 inch wordt 538 × 374 beeldpunten.
_STRATEGIE_DPI = 96


def _strategiekeuze_figuur(profiel, leverancier: str, uitblinken: float) -> WidgetFiguur:
    """De radar van "Kies je waardestrategie" als :class:`WidgetFiguur`.

    De gegevens zijn een dict met ``scores`` (de nieuwe scores van
    ``leverancier``), ``concurrent`` en ``drempel``. Bewegende delen: de lijn en
    het vlak van Vermeer, de lijn van de concurrent en de drempel. De legenda
    staat vast ("gekozen concurrent"), dus ook een andere concurrent is alleen
    bijwerken.
    """
    from klantlib.strategie import STRATEGIEEN

    hoeken = grafieken._rond(grafieken._radar_hoeken(3))

    def teken(ax, g):
        # WidgetFiguur maakt gewone assen; een radar heeft polaire nodig, op dezelfde plek.
        figuur = ax.figure
        polair = figuur.add_subplot(projection="polar")
        ax.remove()
        tabel = profiel.loc[[leverancier, g["concurrent"]]].copy()
        tabel.loc[leverancier] = [g["scores"][s] for s in STRATEGIEEN]
        grafieken.radar(tabel, drempel=g["drempel"], uitblinken=uitblinken,
                        titel="Jouw keuze tegen de concurrent", ax=polair)
        lijnen = {lijn.get_gid(): lijn for lijn in polair.get_lines()}
        # De legenda staat vast (geen naam van de concurrent, geen getal bij de drempel): zo hoeft hij bij een
        # wijziging niet opnieuw getekend te worden. Welke concurrent het is, zie je in de keuzelijst en de tekst.
        teksten = polair.get_legend().get_texts()
        teksten[1].set_text("gekozen concurrent")
        teksten[2].set_text("drempel (schuif)")
        return {
            "vlak": next(p for p in polair.patches if p.get_gid() == f"radarvlak:{leverancier}"),
            "drempel": lijnen["radar:drempel"],
            "ander": lijnen[f"radar:{g['concurrent']}"],
            "eigen": lijnen[f"radar:{leverancier}"],
        }

    def werk_bij(delen, g) -> None:
        waarden = grafieken._rond([g["scores"][s] for s in STRATEGIEEN])
        delen["eigen"].set_ydata(waarden)
        delen["vlak"].set_xy(list(zip(hoeken, waarden)))
        delen["ander"].set_ydata(grafieken._rond(profiel.loc[g["concurrent"]].tolist()))
        delen["drempel"].set_ydata([g["drempel"]] * 4)

    return WidgetFiguur(teken, werk_bij, breedte=5.6, hoogte=3.9, dpi=_STRATEGIE_DPI,
                        marges=dict(left=0.04, right=0.6, top=0.8, bottom=0.08))


def kies_waardestrategie(profiel=None, *, leverancier: str | None = None, concurrent: str | None = None,
                         drempel: float = 6.0, uitblinken: float = 8.0):
    """Widget "Kies je waardestrategie": verdeel een vast budget aan punten over de drie strategieën.

    Drie schuiven voor de scores van Vermeer. Samen hebben ze een vast budget
    (de som van de scores van nu): schuif je er één omhoog, dan gaan de andere
    twee samen evenveel omlaag (:func:`klantlib.strategie.verdeel_punten`).
    Zolang je dezelfde schuif bedient, rekent de widget vanaf de stand waarin je
    begon: de uitkomst hangt alleen af van waar de schuif staat.
    Een vierde schuif zet de drempel; een keuzelijst kiest de concurrent. De
    radar en het oordeel (:func:`strategiekeuze_tekst`) passen zich meteen aan;
    de radar wordt bijgewerkt met het gedeelde :class:`WidgetFiguur`.
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
    figuur = _strategiekeuze_figuur(p, leverancier, uitblinken)
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
    figuur.beeld.layout.width = f"{round(figuur.breedte * figuur.dpi)}px"
    bezig = {"nu": False}
    anker: dict = {"naam": None, "scores": None}

    def ververs(_=None) -> None:
        # Op één decimaal: een schuif kan 6.300000000000001 doorgeven.
        scores = {s: round(schuif.value, 1) for s, schuif in schuiven.items()}
        drempel_nu = round(drempel_schuif.value, 1)
        resultaat.value = strategiekeuze_tekst(scores, p, keuze.value, drempel_nu, uitblinken, leverancier)
        figuur.toon({"scores": scores, "concurrent": keuze.value, "drempel": drempel_nu})

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
    return _widgetbox("strategiekeuze", budget, *schuiven.values(), drempel_schuif, keuze, resultaat, figuur.beeld)


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

__all__ += ["SCHAALSTAPPEN", "schaal_tekst", "hoe_groot", "regelverkenner_tekst", "regelverkenner"]

#: De standen van de schuif "Hoe groot is big data?": telkens ongeveer 3 of 3⅓ keer zo groot (logaritmisch).
SCHAALSTAPPEN = (1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000)
#: Boven dit aantal rijen meet de widget met een voortgangsbalk (het kan dan even duren).
SCHAAL_VOORTGANG_VANAF = 1_000_000


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

    # Gegevens voor de figuur: (gekozen aantal rijen, gemeten aantallen). Schuiven verplaatst alleen de
    # streep; een nieuwe meting verandert de vorm, dan tekent WidgetFiguur alles opnieuw.
    def teken(ax, gegevens):
        schaalgrafiek(meter.tabel(), wat="grootte", doortrekken_tot=SCHAALSTAPPEN[-1], ax=ax,
                      titel="Geheugen en bestandsgrootte")
        return ax.axvline(gegevens[0], color="#1f4e79", linewidth=2, gid="keuze")

    def werk_bij(streep, gegevens):
        streep.set_xdata([gegevens[0], gegevens[0]])

    figuur = WidgetFiguur(teken, werk_bij, breedte=6.4, hoogte=3.3,
                          marges=dict(left=0.12, right=0.97, top=0.9, bottom=0.16), vorm=lambda g: g[1])

    def bij_schuif(_=None) -> None:
        resultaat.value = schaal_tekst(schuif.value, meter.metingen.get(schuif.value))
        figuur.toon((schuif.value, tuple(sorted(meter.metingen))))

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
        bij_schuif()

    schuif.observe(bij_schuif, names="value")
    knop.on_click(bij_knop)
    bij_schuif()
    return _widgetbox("hoe-groot", schuif, widgets.HBox([knop, balk]), resultaat, figuur.beeld)


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
    from klantlib.grafieken import regelgrafiek, regelkleuren, regelranden

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

    # Gegevens voor de figuur: (min_support, min_confidence, gekocht). Alleen de kleuren en randen van de
    # punten en de twee drempellijnen bewegen; de rest van de grafiek (ook de legenda) blijft staan.
    def teken(ax, stand):
        regelgrafiek(regels, min_support=stand[0], min_confidence=stand[1], gekocht=stand[2], ax=ax)
        delen = {l.get_gid(): l for l in ax.lines}
        delen["punten"] = next(c for c in ax.collections if c.get_gid() == "regels")
        return delen

    def werk_bij(delen, stand):
        delen["punten"].set_facecolors(regelkleuren(regels, stand[0], stand[1]))
        delen["punten"].set_edgecolors(regelranden(regels, stand[2]))
        delen["drempel_support"].set_xdata([stand[0], stand[0]])
        delen["drempel_confidence"].set_ydata([stand[1], stand[1]])

    figuur = WidgetFiguur(teken, werk_bij, breedte=6.4, hoogte=3.4,
                          marges=dict(left=0.1, right=0.98, top=0.9, bottom=0.16))

    def bijwerken(_=None) -> None:
        resultaat.value = regelverkenner_tekst(regels, support.value, confidence.value, klant.value)
        figuur.toon((support.value, confidence.value, klant.value))

    for control in (support, confidence, klant):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("regelverkenner", support, confidence, klant, resultaat, figuur.beeld)


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

    def schaal(self, hoogste_drempel: float, perioden=(12, 24, 36)) -> float:
        """Een vaste grens voor de x-as van de staven: het grootste aandeel bij elke instelling, of de drempel.

        Het grootste aandeel zit altijd op concernniveau (een concern is minstens zo groot als elk van zijn
        bedrijven en vestigingen), dus we hoeven alleen die te berekenen.
        """
        hoogste = max(float(self.omzet(m, "concern", v)["aandeel"].max()) for m in perioden for v in
                      ("besteld_door", "factuuradres"))
        return max(hoogste, hoogste_drempel) * 1.12

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


def _grote_accounts_titel(maanden, niveau) -> str:
    return f"Aandeel in de omzet ({maanden} mnd, per {niveau})"


def _grote_accounts_teken(assen, gegevens):
    """Eerste tekening: links de grootste klanten (zonder percentages: die staan in de tabel), rechts Pareto.

    Beide x-assen liggen vast (links tot ``xmax``, rechts 0-100 % van de klanten): dan hoort alleen de y-as
    met de namen bij de bewegende delen, en blijft de rest achtergrond.
    """
    omzet, drempel, titel, xmax = gegevens
    links, rechts = assen
    grafieken.grote_accounts_grafiek(omzet, drempel=drempel, titel=titel, waarden=False, xmax=xmax, ax=links)
    grafieken.pareto_grafiek(omzet, drempel=drempel, titel="Pareto-curve", ax=rechts)
    rechts.set_ylabel("Cumulatief aandeel (%)")
    return {"links": grafieken.bewegende_delen(links, y_as=True), "rechts": grafieken.bewegende_delen(rechts)}


def _grote_accounts_werk_bij(delen, gegevens) -> None:
    omzet, drempel, titel, xmax = gegevens
    grafieken.grote_accounts_grafiek_bijwerken(delen["links"], omzet, drempel=drempel, titel=titel, xmax=xmax)
    grafieken.pareto_grafiek_bijwerken(delen["rechts"], omzet, drempel=drempel, titel="Pareto-curve")


def _grote_accounts_figuur() -> WidgetFiguur:
    return WidgetFiguur(_grote_accounts_teken, _grote_accounts_werk_bij, breedte=10, hoogte=3.6, dpi=80,
                        marges=dict(left=0.19, right=0.98, top=0.9, bottom=0.14, wspace=0.3), assen=(1, 2),
                        vorm=lambda gegevens: gegevens[3])


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
    figuur = _grote_accounts_figuur()
    xmax = rekenaar.schaal(drempel.max / 100)

    def bijwerken(_=None) -> None:
        keuze = dict(drempel=drempel.value / 100, maanden=periode.value, niveau=niveau.value, via=via.value)
        resultaat.value = rekenaar.tekst(**keuze)
        figuur.toon((rekenaar.omzet(keuze["maanden"], keuze["niveau"], keuze["via"]), keuze["drempel"],
                     _grote_accounts_titel(keuze["maanden"], keuze["niveau"]), xmax))

    for control in (drempel, periode, niveau, via):
        control.observe(bijwerken, names="value")
    bijwerken()
    return _widgetbox("grote-accounts", widgets.HBox([drempel, periode]), niveau, via, resultaat, figuur.beeld)
