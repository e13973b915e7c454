"""Grafieken voor de cursus Klant centraal.

Elke functie krijgt data en een optionele ``ax`` en geeft de ``Axes`` terug,
zoals bij seaborn. Zonder ``ax`` maakt de functie zelf een figuur. Titels en
assen zijn in het Nederlands. De functies roepen nooit ``plt.show()`` aan.

Grafieken in een widget hebben een tegenhanger ``<naam>_bijwerken(delen, ...)``
die nieuwe waarden in een al getekende grafiek zet (zie
:class:`klantlib.verkennen.WidgetFiguur`). ``delen`` komt uit
:func:`bewegende_delen`. Zo'n grafiek maakt bij elke vorm van de gegevens
dezelfde onderdelen (ook een lege tekst waar niets te zeggen is), zodat
bijwerken altijd kan.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from klantlib.opmaak import procent_kort


def _nieuwe_ax(ax=None, breedte: float = 7, hoogte: float = 4):
    """Geef ``ax`` terug, of maak een nieuwe figuur met één ``Axes``."""
    if ax is None:
        _, ax = plt.subplots(figsize=(breedte, hoogte))
    return ax


def bewegende_delen(ax, *, titel: bool = True, x_as: bool = False, y_as: bool = False,
                     legenda: bool = False) -> dict:
    """De delen van een getekende grafiek die een widget bij elke wijziging bijwerkt.

    Staven en andere vlakken (``ax.patches``), lijnen, teksten in de grafiek en
    de titel (``titel=False`` als die altijd gelijk blijft); met
    ``x_as``/``y_as`` ook die as (als de schaal of de labels meebewegen) en
    met ``legenda`` de legenda. Wat hier niet in staat (assen, legenda,
    randen) blijft staan en kost bij een wijziging niets. Voor
    :class:`klantlib.verkennen.WidgetFiguur`: ``teken`` geeft dit terug.

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.bar(["a", "b"], [1, 2]); _ = ax.text(0, 1, "1")
    >>> delen = bewegende_delen(ax, y_as=True)
    >>> len(delen["staven"]), len(delen["teksten"]), delen["y-as"] is ax.yaxis, "x-as" in delen
    (2, 1, True, False)
    >>> plt.close(fig)
    """
    delen = {"staven": list(ax.patches), "lijnen": list(ax.lines), "teksten": list(ax.texts)}
    if titel:
        delen["titel"] = ax.title
    if x_as:
        delen["x-as"] = ax.xaxis
    if y_as:
        delen["y-as"] = ax.yaxis
    if legenda:
        delen["legenda"] = ax.get_legend()
    return delen


# --- Hoofdstuk 00: welkom ---


def omzet_per_maand(facturen: pd.DataFrame, *, ax=None):
    """Lijngrafiek van de gefactureerde omzet per maand, per business unit.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-05", "2025-02-07"]),
    ...                   "business_unit": ["A", "A"], "bedrag": [100.0, 50.0]})
    >>> omzet_per_maand(f).get_title()
    'Omzet per maand'
    """
    ax = _nieuwe_ax(ax, 8, 4)
    maand = facturen["factuurdatum"].dt.to_period("M").dt.to_timestamp()
    tabel = (
        facturen.assign(maand=maand)
        .pivot_table(index="maand", columns="business_unit", values="bedrag", aggfunc="sum")
        .fillna(0.0)
        / 1000
    )
    tabel.plot(ax=ax)
    ax.set_title("Omzet per maand")
    ax.set_xlabel("Maand")
    ax.set_ylabel("Omzet (× € 1.000)")
    ax.legend(title="Business unit")
    return ax


MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def omzet_grenzen(tabel: pd.DataFrame, zichtbaar=None) -> tuple[float, float]:
    """Onder- en bovengrens van de y-as voor de kolommen ``zichtbaar`` (standaard alle), met 5 % ruimte.

    >>> omzet_grenzen(pd.DataFrame({"A": [0.0, 100.0], "B": [-20.0, 500.0]}), ["A"])
    (0.0, 105.0)
    """
    zichtbaar = list(tabel.columns) if zichtbaar is None else list(zichtbaar)
    waarden = tabel[zichtbaar].to_numpy(dtype=float) if zichtbaar else np.zeros(1)
    laag = min(0.0, float(np.nanmin(waarden))) if np.isfinite(waarden).any() else 0.0
    hoog = max(1.0, float(np.nanmax(waarden))) if np.isfinite(waarden).any() else 1.0
    rand = 0.05 * (hoog - laag)
    return laag - (rand if laag < 0 else 0.0), hoog + rand


def omzet_in_jaar(tabel: pd.DataFrame, *, zichtbaar=None, titel: str = "Omzet per maand", grenzen=None, ax=None):
    """Lijngrafiek van de omzet per maand in één jaar: één lijn per business unit.

    ``tabel`` heeft twaalf rijen (maand 1 tot en met 12) en één kolom per
    business unit, in duizenden euro's (zie
    :func:`klantlib.verkennen.omzet_per_maand_tabel`). ``zichtbaar``: de
    kolommen die je ziet (standaard alle); de andere lijnen zijn er wel,
    maar verborgen, zodat een widget ze later kan tonen. ``grenzen``:
    (onder, boven) van de y-as, bijvoorbeeld over alle jaren, zodat jaren
    te vergelijken zijn; standaard uit de getoonde lijnen (:func:`omzet_grenzen`).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"A": [float(m) for m in range(1, 13)], "B": [1.0] * 12}, index=range(1, 13))
    >>> ax = omzet_in_jaar(t, zichtbaar=["A"])
    >>> [lijn.get_visible() for lijn in ax.lines], ax.get_xticklabels()[0].get_text()
    ([True, False], 'jan')
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 8, 4)
    zichtbaar = list(tabel.columns) if zichtbaar is None else list(zichtbaar)
    x = np.arange(1, 13)
    for kolom in tabel.columns:
        ax.plot(x, tabel[kolom].to_numpy(dtype=float), label=str(kolom), visible=kolom in zichtbaar)
    ax.set_xticks(x, MAANDEN)
    ax.set_xlim(0.5, 12.5)
    ax.set_ylim(*(omzet_grenzen(tabel, zichtbaar) if grenzen is None else grenzen))
    ax.set_title(titel)
    ax.set_xlabel("Maand")
    ax.set_ylabel("Omzet (× € 1.000)")
    _omzet_legenda(ax)
    return ax


def _omzet_legenda(ax) -> None:
    """Een legenda met een plek voor elke lijn; de zichtbare lijnen staan bovenaan, de rest is leeg."""
    legenda = ax.get_legend()
    if legenda is None:
        legenda = ax.legend(ax.lines, [lijn.get_label() for lijn in ax.lines], title="Business unit",
                            loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title_fontsize=8, frameon=False)
    zichtbaar = [lijn for lijn in ax.lines if lijn.get_visible()]
    for i, (tekst, handvat) in enumerate(zip(legenda.texts, legenda.legend_handles)):
        if i < len(zichtbaar):
            tekst.set_text(zichtbaar[i].get_label())
            handvat.set_color(zichtbaar[i].get_color())
        else:
            tekst.set_text("")
        handvat.set_visible(i < len(zichtbaar))


def omzet_in_jaar_bijwerken(delen: dict, tabel: pd.DataFrame, *, zichtbaar=None,
                            titel: str = "Omzet per maand", grenzen=None) -> None:
    """Zet een nieuw jaar (of andere zichtbare business units) in een grafiek van :func:`omzet_in_jaar`.

    Lijnen, titel, y-as en legenda bewegen: geef
    ``bewegende_delen(ax, y_as=True, legenda=True)`` mee.

    >>> t = pd.DataFrame({"A": [1.0] * 12, "B": [2.0] * 12}, index=range(1, 13))
    >>> ax = omzet_in_jaar(t, grenzen=(0, 10))
    >>> omzet_in_jaar_bijwerken(bewegende_delen(ax, y_as=True, legenda=True), t * 3, zichtbaar=["B"],
    ...                         titel="2024 (B)", grenzen=(0, 7))
    >>> [lijn.get_visible() for lijn in ax.lines], ax.lines[1].get_ydata()[:2].tolist(), tuple(map(float, ax.get_ylim()))
    ([False, True], [6.0, 6.0], (0.0, 7.0))
    >>> from matplotlib.colors import to_hex
    >>> [t.get_text() for t in ax.get_legend().get_texts()], to_hex(ax.get_legend().legend_handles[0].get_color())
    (['B', ''], '#ff7f0e')
    >>> plt.close(ax.figure)
    """
    zichtbaar = list(tabel.columns) if zichtbaar is None else list(zichtbaar)
    for lijn, kolom in zip(delen["lijnen"], tabel.columns):
        lijn.set_ydata(tabel[kolom].to_numpy(dtype=float))
        lijn.set_visible(kolom in zichtbaar)
    ax = delen["titel"].axes
    ax.set_ylim(*(omzet_grenzen(tabel, zichtbaar) if grenzen is None else grenzen))
    delen["titel"].set_text(titel)
    _omzet_legenda(ax)


# --- Hoofdstuk 06: salesfunnel ---




def funnelgrafiek(funnel_tabel, *, titel: str = "Salesfunnel", ax=None):
    """Teken een funnel: per fase een gecentreerde balk, breed naar smal.

    ``funnel_tabel`` is de uitkomst van ``funnel``, ``benodigd`` of
    ``funnel_uit_leads`` (een tabel met kolom ``aantal``, of een Series met
    aantallen). In de balk staat het aantal; rechts de conversie naar de
    volgende fase en de slagingskans.

    >>> from klantlib.funnel import funnel
    >>> ax = funnelgrafiek(funnel({"gebeld": 400, "prospect": 100, "offerte": 20, "klant": 10}))
    >>> ax.get_title(), len(ax.patches)
    ('Salesfunnel', 4)
    """
    ax = _nieuwe_ax(ax, 7, 3.2)
    fasen, breedte, teksten = _funnel_waarden(funnel_tabel)
    n = len(fasen)
    y = list(range(n - 1, -1, -1))  # bovenste fase bovenaan
    kleuren = plt.cm.Blues([0.35 + 0.5 * i / max(n - 1, 1) for i in range(n)])
    ax.barh(y, breedte, left=[-b / 2 for b in breedte], height=0.8, color=kleuren)
    for i, tekst in enumerate(teksten):
        ax.text(0.55, y[i], tekst, ha="left", va="center", fontsize=9)
    ax.set_yticks(y, fasen)
    ax.set_xlim(-0.55, 1.45)
    ax.set_xticks([])
    for kant in ("top", "right", "bottom"):
        ax.spines[kant].set_visible(False)
    ax.set_title(titel)
    return ax


def _funnel_waarden(funnel_tabel) -> tuple[list[str], list[float], list[str]]:
    """Fasen, balkbreedtes (deel van de grootste) en teksten van een funnelgrafiek.

    >>> _funnel_waarden(pd.Series({"lead": 40, "klant": 10}))
    (['lead', 'klant'], [1.0, 0.25], ['40   kans 25 %   (25 % naar klant)', '10   kans 100 %'])
    """
    if isinstance(funnel_tabel, pd.Series):
        aantal = funnel_tabel.astype(float)
    else:
        aantal = funnel_tabel["aantal"].astype(float)
    fasen = [str(f) for f in aantal.index]
    n = len(fasen)
    hoogste = float(aantal.max()) if n and aantal.max() > 0 else 1.0
    breedte = (aantal / hoogste).tolist()
    teksten = []
    for i, a in enumerate(aantal):
        tekst = f"{int(a):,}".replace(",", ".")
        if a > 0:
            tekst += f"   kans {procent_kort(float(aantal.iloc[-1]) / float(a))}"
            if i < n - 1:
                tekst += f"   ({procent_kort(float(aantal.iloc[i + 1]) / float(a))} naar {fasen[i + 1]})"
        teksten.append(tekst)
    return fasen, breedte, teksten


def funnelgrafiek_bijwerken(delen: dict, funnel_tabel) -> None:
    """Zet nieuwe aantallen in een grafiek van :func:`funnelgrafiek` met dezelfde fasen.

    >>> from klantlib.funnel import funnel
    >>> ax = funnelgrafiek(funnel({"lead": 40, "klant": 10}))
    >>> funnelgrafiek_bijwerken(bewegende_delen(ax), funnel({"lead": 40, "klant": 20}))
    >>> [round(p.get_width(), 2) for p in ax.patches], ax.texts[1].get_text()
    ([1.0, 0.5], '20   kans 100 %')
    >>> plt.close(ax.figure)
    """
    _, breedte, teksten = _funnel_waarden(funnel_tabel)
    for staaf, b in zip(delen["staven"], breedte):
        staaf.set_x(-b / 2)
        staaf.set_width(b)
    for tekst, t in zip(delen["teksten"], teksten):
        tekst.set_text(t)


def conversie_per_groep(funnel_per, *, maat: str = "conversie", ax=None):
    """Staafgrafiek: conversie (of slagingskans) per fase, per groep.

    ``funnel_per`` is de uitkomst van ``funnel_uit_leads(leads, per=...)``
    (index: groep, fase). Zo zie je waar verkopers of bronnen verschillen.

    >>> import pandas as pd
    >>> from klantlib.funnel import funnel
    >>> per = pd.concat({"A": funnel({"lead": 10, "prospect": 5, "offerte": 2, "klant": 1}),
    ...                  "B": funnel({"lead": 10, "prospect": 2, "offerte": 2, "klant": 2})},
    ...                 names=["verkoper", "fase"])
    >>> conversie_per_groep(per).get_title()
    'Conversie per fase, per verkoper'
    """
    if maat not in ("conversie", "slagingskans"):
        raise ValueError(f"maat: {maat!r} kan niet; kies 'conversie' of 'slagingskans'.")
    ax = _nieuwe_ax(ax, 8, 4)
    groep = funnel_per.index.names[0]
    tabel = funnel_per[maat].unstack(groep)
    fasen = list(dict.fromkeys(funnel_per.index.get_level_values("fase")))
    tabel = tabel.reindex(fasen)
    if maat == "conversie":
        tabel = tabel.iloc[:-1]  # de laatste fase heeft geen volgende
        tabel.index = [f"{a} → {b}" for a, b in zip(fasen[:-1], fasen[1:])]
    (tabel * 100).plot.bar(ax=ax, rot=0, width=0.8)
    ax.set_title(f"{maat.capitalize()} per fase, per {groep}")
    ax.set_xlabel("Stap" if maat == "conversie" else "Fase")
    ax.set_ylabel(f"{maat.capitalize()} (%)")
    ax.legend(title=groep.capitalize(), fontsize=8, ncols=2)
    return ax


def doorlooptijdgrafiek(doorloop: pd.DataFrame, *, ax=None):
    """Mediaan aantal dagen per stap, met de middelste helft als streep.

    ``doorloop`` is de uitkomst van ``doorlooptijd(leads)`` (zonder ``per``).

    >>> import pandas as pd
    >>> d = pd.DataFrame({"mediaan": [10.0, 20.0], "kwartiel_1": [5.0, 15.0],
    ...                   "kwartiel_3": [12.0, 30.0]}, index=["a → b", "b → c"])
    >>> doorlooptijdgrafiek(d).get_xlabel()
    'Dagen (mediaan; streep = middelste helft)'
    """
    ax = _nieuwe_ax(ax, 7, 3)
    y = list(range(len(doorloop) - 1, -1, -1))
    med = doorloop["mediaan"]
    fout = [med - doorloop["kwartiel_1"], doorloop["kwartiel_3"] - med]
    ax.barh(y, med, xerr=fout, color="tab:blue", alpha=0.8, capsize=4)
    ax.set_yticks(y, [str(s) for s in doorloop.index])
    ax.set_title("Doorlooptijd per stap")
    ax.set_xlabel("Dagen (mediaan; streep = middelste helft)")
    return ax


# --- Hoofdstuk 03: verwachtingen en NPS ---

_NPS_KLEUREN = {"promotors": "#2e7d32", "passief": "#b0b0b0", "criticasters": "#c62828"}
_ERVARING_KLEUREN = {"positief": "#2e7d32", "neutraal": "#b0b0b0", "negatief": "#c62828"}


def _gestapelde_staven(tabel: pd.DataFrame, kleuren: dict, ax) -> None:
    """Horizontale gestapelde staven (in %) met het percentage in elk vak."""
    links = pd.Series(0.0, index=tabel.index)
    labels = [str(i) if not isinstance(i, tuple) else " / ".join(map(str, i)) for i in tabel.index]
    for kolom, kleur in kleuren.items():
        waarden = tabel[kolom].astype("float64").fillna(0.0)
        staven = ax.barh(labels, waarden, left=links, color=kleur, label=kolom, edgecolor="white")
        tekst = [f"{w:.0f}%" if w >= 7 else "" for w in waarden]
        ax.bar_label(staven, labels=tekst, label_type="center", fontsize=8,
                     color="white" if kolom != "passief" and kolom != "neutraal" else "black")
        links = links + waarden
    ax.set_xlim(0, 100)
    ax.invert_yaxis()


def nps_categorieen_per_segment(tabel: pd.DataFrame, *, titel: str = "NPS-categorieën per segment", ax=None):
    """Gestapelde staaf van promotors, passief en criticasters per segment.

    ``tabel`` komt uit :func:`klantlib.nps.nps_per`. Rechts van elke staaf
    staan de NPS en het aantal antwoorden.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"nps": [5.0], "aantal": [100], "promotors": [25.0], "passief": [55.0],
    ...                   "criticasters": [20.0]}, index=pd.Index(["Zorg"], name="sector"))
    >>> nps_categorieen_per_segment(t).get_xlabel()
    'Aandeel van de antwoorden (%)'
    """
    ax = _nieuwe_ax(ax, 8, 0.9 + 0.45 * len(tabel))
    _gestapelde_staven(tabel, _NPS_KLEUREN, ax)
    for i, (_, rij) in enumerate(tabel.iterrows()):
        ax.annotate(f"NPS {rij['nps']:+.0f} (n={int(rij['aantal'])})", (100, i), xytext=(5, 0),
                    textcoords="offset points", va="center", fontsize=8)
    ax.set_title(titel)
    ax.set_xlabel("Aandeel van de antwoorden (%)")
    ax.set_ylabel(tabel.index.name or "")
    ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.18 if len(tabel) > 3 else -0.3),
              frameon=False, fontsize=8)
    return ax


def nps_door_de_tijd(tabel: pd.DataFrame, *, titel: str = "NPS door de tijd", ax=None):
    """Lijn van de NPS per periode, met een band als ``onder``/``boven`` erin staan.

    ``tabel`` komt uit :func:`klantlib.nps.nps_per` of
    :func:`klantlib.nps.nps_interval_per` met een periode (jaar, kwartaal) als index.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"nps": [10.0, 20.0], "aantal": [50, 60]}, index=pd.Index(["2024", "2025"], name="jaar"))
    >>> nps_door_de_tijd(t).get_ylabel()
    'NPS (-100 tot +100)'
    """
    ax = _nieuwe_ax(ax, 8, 4)
    x = [str(i) for i in tabel.index]
    if {"onder", "boven"} <= set(tabel.columns):
        ax.fill_between(x, tabel["onder"], tabel["boven"], color="tab:blue", alpha=0.15,
                        label="95%-interval")
    ax.plot(x, tabel["nps"], marker="o", color="tab:blue", label="NPS")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_title(titel)
    ax.set_xlabel(tabel.index.name or "Periode")
    ax.set_ylabel("NPS (-100 tot +100)")
    if len(x) > 8:
        ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    ax.legend(loc="best", fontsize=8)
    return ax


def nps_interval_per_segment(tabel: pd.DataFrame, *, titel: str = "NPS met 95%-interval per segment", ax=None):
    """De NPS per segment als punt, met het betrouwbaarheidsinterval als streep.

    ``tabel`` komt uit :func:`klantlib.nps.nps_interval_per`.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"nps": [5.0], "onder": [-8.0], "boven": [18.0], "aantal": [100]},
    ...                  index=pd.Index(["Zorg"], name="sector"))
    >>> nps_interval_per_segment(t).get_xlabel()
    'NPS (punt) en betrouwbaarheidsinterval (streep)'
    """
    import numpy as np

    ax = _nieuwe_ax(ax, 8, 0.9 + 0.45 * len(tabel))
    y = np.arange(len(tabel))
    links = (tabel["nps"] - tabel["onder"]).to_numpy(dtype=float)
    rechts = (tabel["boven"] - tabel["nps"]).to_numpy(dtype=float)
    ax.errorbar(tabel["nps"], y, xerr=[links, rechts], fmt="o", color="tab:blue", capsize=4)
    ax.set_yticks(y, [f"{i} (n={int(n)})" for i, n in zip(tabel.index, tabel["aantal"])])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.set_title(titel)
    ax.set_xlabel("NPS (punt) en betrouwbaarheidsinterval (streep)")
    return ax


def nps_aandelen_balk(promotors: float, passief: float, criticasters: float, *, ax=None):
    """Eén gestapelde staaf met de drie aandelen; de titel noemt de NPS.

    De namen en percentages staan in de vakken zelf (geen legenda, geen as):
    zo blijft de figuur eenvoudig en snel genoeg voor de NPS-speeltuin.

    >>> nps_aandelen_balk(25, 55, 20).get_title()
    'NPS = +5'
    """
    ax = _nieuwe_ax(ax, 7, 1.4)
    for naam, links, waarde, tekst in _nps_balk_waarden(promotors, passief, criticasters):
        ax.barh([0], [waarde], left=links, color=_NPS_KLEUREN[naam], edgecolor="white")
        ax.text(links + waarde / 2, 0, tekst, ha="center", va="center", fontsize=8,
                color="black" if naam == "passief" else "white")
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.5, 0.5)
    ax.set_title(f"NPS = {promotors - criticasters:+.0f}")
    ax.set_axis_off()
    return ax


def _nps_balk_waarden(promotors: float, passief: float, criticasters: float) -> list[tuple]:
    """(naam, links, breedte, tekst) per vak; de tekst is leeg als het vak te smal is (< 8)."""
    uit, links = [], 0.0
    for naam, waarde in (("promotors", promotors), ("passief", passief), ("criticasters", criticasters)):
        uit.append((naam, links, waarde, f"{naam}\n{waarde:.0f}%" if waarde >= 8 else ""))
        links += waarde
    return uit


def nps_aandelen_balk_bijwerken(delen: dict, promotors: float, passief: float, criticasters: float) -> None:
    """Zet nieuwe aandelen in een balk van :func:`nps_aandelen_balk`.

    >>> ax = nps_aandelen_balk(25, 55, 20)
    >>> nps_aandelen_balk_bijwerken(bewegende_delen(ax), 50, 45, 5)
    >>> ax.get_title(), [p.get_width() for p in ax.patches], [t.get_text() for t in ax.texts][2]
    ('NPS = +45', [50, 45, 5], '')
    >>> plt.close(ax.figure)
    """
    for staaf, tekst, (_, links, waarde, t) in zip(delen["staven"], delen["teksten"],
                                                   _nps_balk_waarden(promotors, passief, criticasters)):
        staaf.set_x(links)
        staaf.set_width(waarde)
        tekst.set_x(links + waarde / 2)
        tekst.set_text(t)
    delen["titel"].set_text(f"NPS = {promotors - criticasters:+.0f}")


def klantervaring_staven(tabel: pd.DataFrame, *, titel: str = "Klantervaring", eenvoudig: bool = False, ax=None):
    """Gestapelde staven positief / neutraal / negatief (in %) per rij van ``tabel``.

    Werkt met de uitkomst van :func:`klantlib.nps.wat_als_belofte` (rijen
    ``nu`` en ``wat als``) en met elke tabel met die drie kolommen. Met
    ``eenvoudig=True`` staan de namen in de vakken, staan de rijnamen als
    tekst links van de staven en vallen legenda en assen weg (sneller bij te
    werken; gebruikt door de verwachtingsschuif).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"positief": [25.0], "neutraal": [25.0], "negatief": [50.0]}, index=["nu"])
    >>> klantervaring_staven(t).get_title()
    'Klantervaring'
    """
    ax = _nieuwe_ax(ax, 7, 0.9 + 0.5 * len(tabel))
    if eenvoudig:
        for rij, naam, links, waarde, tekst in _ervaring_vakken(tabel):
            ax.barh([rij], [waarde], left=links, color=_ERVARING_KLEUREN[naam], edgecolor="white")
            ax.text(links + waarde / 2, rij, tekst, ha="center", va="center",
                    fontsize=8, color="black" if naam == "neutraal" else "white")
        for rij, label in enumerate(tabel.index):
            # Rijnaam als gewone tekst (links van de staaf, waar de y-as zou staan).
            ax.annotate(str(label), (0, rij), xycoords=("axes fraction", "data"), xytext=(-6, 0),
                        textcoords="offset points", ha="right", va="center", fontsize=plt.rcParams["ytick.labelsize"])
        ax.set_yticks([])
        ax.set_ylim(len(tabel) - 0.5, -0.5)  # eerste rij bovenaan
        ax.set_xlim(0, 100)
        ax.tick_params(axis="x", bottom=False, labelbottom=False)
        for kant in ("top", "right", "bottom", "left"):
            ax.spines[kant].set_visible(False)
        ax.set_title(titel)
        return ax
    _gestapelde_staven(tabel, _ERVARING_KLEUREN, ax)
    ax.set_title(titel)
    ax.set_xlabel("Aandeel van de ervaringen (%)")
    ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.3 if len(tabel) > 2 else -0.45),
              frameon=False, fontsize=8)
    return ax


def _ervaring_vakken(tabel: pd.DataFrame) -> list[tuple]:
    """(rij, naam, links, breedte, tekst) per vak van de eenvoudige klantervaring-staven (tekst leeg als < 9)."""
    uit = []
    for rij, waarden in enumerate(tabel[list(_ERVARING_KLEUREN)].to_numpy(float)):
        links = 0.0
        for naam, waarde in zip(_ERVARING_KLEUREN, waarden):
            uit.append((rij, naam, links, waarde, f"{naam} {waarde:.0f}%" if waarde >= 9 else ""))
            links += waarde
    return uit


def klantervaring_staven_bijwerken(delen: dict, tabel: pd.DataFrame, *, titel: str = "Klantervaring") -> None:
    """Zet nieuwe aandelen in staven van ``klantervaring_staven(..., eenvoudig=True)`` met evenveel rijen.

    >>> t = pd.DataFrame({"positief": [25.0], "neutraal": [25.0], "negatief": [50.0]}, index=["nu"])
    >>> ax = klantervaring_staven(t, eenvoudig=True)
    >>> klantervaring_staven_bijwerken(bewegende_delen(ax), t.rename(index={"nu": "straks"}) * [2, 1, 0],
    ...                                titel="Nieuw")
    >>> [p.get_width() for p in ax.patches], [t.get_text() for t in ax.texts], ax.get_title()
    ([50.0, 25.0, 0.0], ['positief 50%', 'neutraal 25%', '', 'straks'], 'Nieuw')
    >>> plt.close(ax.figure)
    """
    vakken = _ervaring_vakken(tabel)
    for staaf, tekst, (rij, _, links, waarde, t) in zip(delen["staven"], delen["teksten"], vakken):
        staaf.set_x(float(links))
        staaf.set_width(float(waarde))
        tekst.set_x(float(links + waarde / 2))
        tekst.set_text(t)
    for tekst, label in zip(delen["teksten"][len(vakken):], tabel.index):  # de rijnamen
        tekst.set_text(str(label))
    delen["titel"].set_text(titel)


def woorden_balk(woorden: pd.DataFrame, *, titel: str = "Meest genoemde woorden", kleur: str = "tab:blue", ax=None):
    """Liggende staven: hoe vaak elk woord genoemd wordt.

    ``woorden`` komt uit :func:`klantlib.nps.woorden_tellen` (kolommen ``woord`` en ``aantal``).

    >>> import pandas as pd
    >>> woorden_balk(pd.DataFrame({"woord": ["levertijd"], "aantal": [3]})).get_xlabel()
    'Aantal antwoorden met dit woord'
    """
    ax = _nieuwe_ax(ax, 5, 0.8 + 0.35 * len(woorden))
    ax.barh(woorden["woord"].astype(str), woorden["aantal"], color=kleur)  # tekst-ok: nooit leeg
    ax.invert_yaxis()
    ax.set_title(titel)
    ax.set_xlabel("Aantal antwoorden met dit woord")
    return ax


def service_recovery_grafiek(tabel: pd.DataFrame, *, titel: str = "Score voor en na de klacht", ax=None):
    """Gemiddelde score voor en na een klacht, per groep (snel of traag afgehandeld).

    ``tabel`` komt uit :func:`klantlib.nps.service_recovery`.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"score_voor": [7.0, 7.0], "score_na": [8.0, 5.0], "aantal": [10, 5]},
    ...                  index=["snel", "traag"])
    >>> service_recovery_grafiek(t).get_ylabel()
    'Gemiddelde score (0-10)'
    """
    import numpy as np

    ax = _nieuwe_ax(ax, 7, 4)
    x = np.arange(len(tabel))
    voor = ax.bar(x - 0.2, tabel["score_voor"], width=0.4, color="#b0b0b0", label="voor de klacht")
    na = ax.bar(x + 0.2, tabel["score_na"], width=0.4, color="tab:blue", label="na afhandeling")
    ax.bar_label(voor, fmt="%.1f", fontsize=8)
    ax.bar_label(na, fmt="%.1f", fontsize=8)
    ax.set_xticks(x, [f"{i}\n(n={int(n)})" for i, n in zip(tabel.index, tabel["aantal"])])
    ax.set_ylim(0, 10.5)
    ax.set_title(titel)
    ax.set_ylabel("Gemiddelde score (0-10)")
    ax.legend(loc="lower right", fontsize=8)
    return ax


# --- Hoofdstuk 01: klantdefinitie ---


def klanten_per_definitie(aantallen: pd.Series, *, gekozen=None, titel: str = "Aantal klanten per definitie",
                          ax=None):
    """Staafgrafiek: het aantal klanten onder een paar definities naast elkaar.

    ``aantallen`` is een Series met de naam van de definitie als index en
    het aantal klanten als waarde. De staaf ``gekozen`` (een indexwaarde)
    krijgt een donkere kleur; het getal staat boven elke staaf.

    >>> import pandas as pd
    >>> ax = klanten_per_definitie(pd.Series({"finance": 250, "marketing": 410}), gekozen="finance")
    >>> ax.get_title(), [t.get_text() for t in ax.texts]
    ('Aantal klanten per definitie', ['250', '410'])
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 6.5, 3.2)
    labels = [str(i) for i in aantallen.index]
    staven = ax.bar(labels, aantallen.to_numpy(), color=_gekozen_kleuren(aantallen, gekozen))
    for staaf, waarde in zip(staven, aantallen.to_numpy()):
        ax.text(staaf.get_x() + staaf.get_width() / 2, staaf.get_height(), f"{int(waarde)}",
                ha="center", va="bottom", fontsize=9)
    _klanten_grens(ax, aantallen)
    ax.set_title(titel)
    ax.set_ylabel("Aantal klanten")
    ax.set_xlabel("")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _gekozen_kleuren(aantallen: pd.Series, gekozen) -> list[str]:
    return ["#1f4e79" if i == gekozen else "#9dc3e6" for i in aantallen.index]


def _klanten_grens(ax, aantallen: pd.Series) -> None:
    hoogste = float(aantallen.max()) if len(aantallen) else 1.0
    ax.set_ylim(0, max(hoogste, 1.0) * 1.15)


def klanten_per_definitie_bijwerken(delen: dict, aantallen: pd.Series, *, gekozen=None,
                                    titel: str = "Aantal klanten per definitie") -> None:
    """Zet nieuwe aantallen in een grafiek van :func:`klanten_per_definitie` met dezelfde definities.

    De schaal beweegt mee: geef ``bewegende_delen(ax, y_as=True)`` mee.

    >>> import pandas as pd
    >>> ax = klanten_per_definitie(pd.Series({"finance": 250, "marketing": 410}), gekozen="finance")
    >>> klanten_per_definitie_bijwerken(bewegende_delen(ax, y_as=True), pd.Series({"finance": 20, "marketing": 40}),
    ...                                 gekozen="marketing", titel="Nieuw")
    >>> [p.get_height() for p in ax.patches], [t.get_text() for t in ax.texts], float(ax.get_ylim()[1]), ax.get_title()
    ([20.0, 40.0], ['20', '40'], 46.0, 'Nieuw')
    >>> plt.close(ax.figure)
    """
    waarden = aantallen.to_numpy()
    for staaf, tekst, waarde, kleur in zip(delen["staven"], delen["teksten"], waarden,
                                          _gekozen_kleuren(aantallen, gekozen)):
        staaf.set_height(float(waarde))
        staaf.set_facecolor(kleur)
        tekst.set_y(float(waarde))
        tekst.set_text(f"{int(waarde)}")
    _klanten_grens(delen["titel"].axes, aantallen)
    delen["titel"].set_text(titel)


def definitiematrix_grafiek(matrix: pd.DataFrame, *, titel: str = "Aantal klanten per basis, periode en niveau",
                            ax=None):
    """Gegroepeerde staven van :func:`klantlib.definitie.definitiematrix`.

    Per basis één groep; binnen de groep één staaf per (periode, niveau).

    >>> import pandas as pd
    >>> m = pd.DataFrame({(12, "bedrijf"): [5, 4], (24, "bedrijf"): [7, 6]}, index=["factuur", "netto"])
    >>> ax = definitiematrix_grafiek(m)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['12 mnd, bedrijf', '24 mnd, bedrijf']
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 8, 3.8)
    tabel = matrix.copy()
    tabel.columns = [f"{p} mnd, {n}" if isinstance(k, tuple) and len(k) == 2 else str(k)
                     for k in tabel.columns for p, n in [k if isinstance(k, tuple) else (k, "")]]
    kleuren = [plt.cm.Blues(0.3 + 0.65 * i / max(len(tabel.columns) - 1, 1)) for i in range(len(tabel.columns))]
    tabel.plot.bar(ax=ax, rot=0, width=0.8, color=kleuren, edgecolor="#1f4e79", linewidth=0.5)
    ax.set_title(titel)
    ax.set_xlabel("Basis")
    ax.set_ylabel("Aantal klanten")
    ax.legend(title="Periode, niveau", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.figure.tight_layout()
    ax.spines[["top", "right"]].set_visible(False)
    return ax


# --- Hoofdstuk 02: klantrelatiecyclus ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

#: Vaste kleur per fase van de klantrelatiecyclus (dezelfde in elke grafiek van hoofdstuk 02).
FASE_KLEUREN = {"potentieel": "#9db4c8", "nieuw": "#7cc47f", "loyaal": "#2e7d32", "ex-klant": "#c62828",
                "nog onbekend": "#e0e0e0"}
_DOOR_KLEUREN = {"klant": "#c62828", "leverancier": "#1f4e79", "onbekend": "#9e9e9e"}


def _fasekleur(fase) -> str:
    return FASE_KLEUREN.get(str(fase), "#bdbdbd")


def fasen_door_de_tijd(tabel: pd.DataFrame, *, titel: str = "Waar staan onze klanten? Fasen aan het eind van elk jaar",
                       ax=None):
    """Gestapelde staven: het aantal per fase aan het eind van elk jaar.

    ``tabel`` komt uit :func:`klantlib.cyclus.fasen_per_jaar` (rijen: jaren,
    kolommen: fasen). In elk vak staat het aantal (als het vak groot genoeg is).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"potentieel": [5, 4], "nieuw": [2, 1], "loyaal": [8, 9], "ex-klant": [1, 2]},
    ...                  index=pd.Index([2024, 2025], name="jaar"))
    >>> ax = fasen_door_de_tijd(t)
    >>> ax.get_ylabel(), len(ax.patches)
    ('Aantal', 8)
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 7.5, 3.8)
    labels = [str(j) for j in tabel.index]
    onder = pd.Series(0.0, index=tabel.index)
    hoogste = float(tabel.sum(axis=1).max()) if len(tabel) else 1.0
    for fase in tabel.columns:
        waarden = tabel[fase].astype("float64")
        staven = ax.bar(labels, waarden, bottom=onder, color=_fasekleur(fase), label=str(fase), edgecolor="white",
                        width=0.65)
        tekst = [f"{int(w)}" if w >= 0.045 * hoogste else "" for w in waarden]
        ax.bar_label(staven, labels=tekst, label_type="center", fontsize=8,
                     color="white" if fase in ("loyaal", "ex-klant") else "black")
        onder = onder + waarden
    ax.set_ylim(0, max(hoogste, 1.0) * 1.05)
    ax.set_title(titel)
    ax.set_xlabel("Eind van het jaar")
    ax.set_ylabel("Aantal")
    ax.legend(title="Fase", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _band(ax, x0: float, x1: float, y0: tuple, y1: tuple, kleur: str) -> None:
    """Een gebogen band van (x0, y0[0]..y0[1]) naar (x1, y1[0]..y1[1])."""
    import numpy as np

    t = np.linspace(0.0, 1.0, 40)
    s = 3 * t ** 2 - 2 * t ** 3  # zachte S-vorm
    x = x0 + (x1 - x0) * t
    onder = y0[0] + (y1[0] - y0[0]) * s
    boven = y0[1] + (y1[1] - y0[1]) * s
    ax.fill_between(x, onder, boven, color=kleur, alpha=0.45, linewidth=0)


def overgangen_stroom(overgangen: pd.DataFrame, *, titel: str | None = None, ax=None):
    """Een stroomdiagram (zoals een Sankey-diagram) van fase naar fase tussen twee momenten.

    ``overgangen`` komt uit :func:`klantlib.cyclus.fase_overgangen` (rijen:
    fase op het eerste moment, kolommen: fase op het tweede). Links staan de
    fasen van het eerste moment, rechts die van het tweede; elke band is
    even dik als het aantal dat die stap zette, in de kleur van de fase
    waar het naartoe ging.

    >>> import pandas as pd
    >>> t = pd.DataFrame([[3, 1, 0, 0], [0, 0, 2, 0], [0, 0, 5, 1], [0, 1, 0, 2]],
    ...                  index=["potentieel", "nieuw", "loyaal", "ex-klant"],
    ...                  columns=["potentieel", "nieuw", "loyaal", "ex-klant"])
    >>> t.index.name, t.columns.name = "fase eind 2024", "fase eind 2025"
    >>> ax = overgangen_stroom(t)
    >>> ax.get_title()
    'Van fase eind 2024 naar fase eind 2025'
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 7.5, 4.2)
    tabel = overgangen.astype("float64")
    totaal = float(tabel.to_numpy().sum()) or 1.0
    ruimte = 0.02 * totaal
    links_fasen = [str(i) for i in tabel.index]
    rechts_fasen = [str(c) for c in tabel.columns]
    breedte = 0.08

    def posities(aantallen) -> dict:
        uit, y = {}, 0.0
        for fase, n in aantallen:
            uit[fase] = [y, y + n]
            y += n + ruimte
        return uit

    links = posities(zip(links_fasen, tabel.sum(axis=1)))
    rechts = posities(zip(rechts_fasen, tabel.sum(axis=0)))
    hoogte = max(max((v[1] for v in links.values()), default=0), max((v[1] for v in rechts.values()), default=0))
    vol_links = {f: links[f][0] for f in links_fasen}
    vol_rechts = {f: rechts[f][0] for f in rechts_fasen}
    for i, van in enumerate(links_fasen):
        for j, naar in enumerate(rechts_fasen):
            n = float(tabel.iat[i, j])
            if n <= 0:
                continue
            a = (vol_links[van], vol_links[van] + n)
            b = (vol_rechts[naar], vol_rechts[naar] + n)
            _band(ax, breedte, 1 - breedte, a, b, _fasekleur(naar))
            vol_links[van] += n
            vol_rechts[naar] += n
    for kant, plekken, x, uitlijning in ((links_fasen, links, 0.0, "right"), (rechts_fasen, rechts, 1 - breedte, "left")):
        for fase in kant:
            y0, y1 = plekken[fase]
            if y1 - y0 <= 0:
                continue
            ax.add_patch(plt.Rectangle((x, y0), breedte, y1 - y0, color=_fasekleur(fase), linewidth=0))
            tekst_x = x - 0.01 if uitlijning == "right" else x + breedte + 0.01
            ax.text(tekst_x, (y0 + y1) / 2, f"{fase} ({int(y1 - y0)})", ha=uitlijning, va="center", fontsize=8)
    ax.set_xlim(-0.3, 1.3)
    ax.set_ylim(hoogte * 1.02 + ruimte, -ruimte)  # bovenaan de eerste fase
    ax.set_xticks([breedte / 2, 1 - breedte / 2], [tabel.index.name or "van", tabel.columns.name or "naar"])
    ax.set_yticks([])
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.set_title(titel or f"Van {tabel.index.name or 'eerste moment'} naar {tabel.columns.name or 'tweede moment'}")
    return ax


_STROOM_RIJEN = ("potentieel", "nieuw", "loyaal", "ex-klant", "nog onbekend")
_STROOM_KOLOMMEN = ("potentieel", "nieuw", "loyaal", "ex-klant")
_STROOM_BREEDTE = 0.08
_STROOM_RUIMTE = 0.025


def fasestroom(overgangen: pd.DataFrame | None, aantallen: pd.Series | None = None, *, van: str = "",
               naar: str = "", melding: str = "", ax=None):
    """Stroomdiagram voor de widget "Waar staan onze klanten?": vaste plekken, daarna alleen bijwerken.

    Links de fasen op het eerste moment (de rijen van ``overgangen`` uit
    :func:`klantlib.cyclus.fase_overgangen`), rechts de fasen op het tweede
    moment (``aantallen``, of de kolomtotalen van ``overgangen``); ``van`` en
    ``naar`` staan boven de twee kolommen. Zonder ``overgangen`` staan alleen
    de blokken rechts, met ``melding`` links. Anders dan
    :func:`overgangen_stroom` ligt de schaal vast (het totaal is 1) en staan
    de namen van de fasen in een vaste legenda; bij een wijziging verzet
    :func:`fasestroom_bijwerken` alleen vlakken en getallen. Dat houdt een
    widget snel. Geeft de ``Axes``; de bewegende delen staan in ``ax._fasestroom``.

    >>> import pandas as pd
    >>> t = pd.DataFrame([[3, 1, 0, 0], [0, 0, 2, 0], [0, 0, 5, 1], [0, 1, 0, 2]],
    ...                  index=["potentieel", "nieuw", "loyaal", "ex-klant"],
    ...                  columns=["potentieel", "nieuw", "loyaal", "ex-klant"])
    >>> ax = fasestroom(t, van="eind 2024", naar="eind 2025")
    >>> ax._fasestroom["rechts_tekst"]["loyaal"].get_text(), len(ax._fasestroom["banden"].get_paths())
    ('7', 7)
    >>> plt.close(ax.figure)
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch, Rectangle

    ax = _nieuwe_ax(ax, 7.2, 3.2)
    banden = PolyCollection([], alpha=0.45, linewidths=0)
    ax.add_collection(banden)
    delen = {
        "banden": banden,
        "links": {f: ax.add_patch(Rectangle((0, 0), _STROOM_BREEDTE, 0, color=_fasekleur(f), lw=0))
                  for f in _STROOM_RIJEN},
        "rechts": {f: ax.add_patch(Rectangle((1 - _STROOM_BREEDTE, 0), _STROOM_BREEDTE, 0, color=_fasekleur(f),
                                             lw=0)) for f in _STROOM_KOLOMMEN},
        "links_tekst": {f: ax.text(-0.01, 0, "", ha="right", va="center", fontsize=8) for f in _STROOM_RIJEN},
        "rechts_tekst": {f: ax.text(1.01, 0, "", ha="left", va="center", fontsize=8) for f in _STROOM_KOLOMMEN},
        "van": ax.text(_STROOM_BREEDTE / 2, -0.02, "", ha="center", va="bottom", fontsize=9),
        "naar": ax.text(1 - _STROOM_BREEDTE / 2, -0.02, "", ha="center", va="bottom", fontsize=9),
        "melding": ax.text(0.5 - _STROOM_BREEDTE, 0.5, "", ha="right", va="center", fontsize=8, color="#555555"),
    }
    ax.set_xlim(-0.2, 1.75)
    ax.set_ylim(1 + 5 * _STROOM_RUIMTE, -0.1)
    ax.set_axis_off()
    ax.legend(handles=[Patch(color=_fasekleur(f), label=f) for f in _STROOM_RIJEN], title="Fase", fontsize=8,
              title_fontsize=8, loc="center right", frameon=False)
    ax._fasestroom = delen
    fasestroom_bijwerken(delen, overgangen, aantallen, van=van, naar=naar, melding=melding)
    return ax


def _stroom_posities(aantallen, totaal: float) -> dict:
    uit, y = {}, 0.0
    for fase, n in aantallen:
        uit[fase] = (y, y + n / totaal)
        y += n / totaal + (_STROOM_RUIMTE if n else 0.0)
    return uit


def _zet_tekst(tekst, waarde: str, positie=None) -> None:
    tekst.set_visible(bool(waarde))  # een lege tekst hoeft niet getekend te worden
    tekst.set_text(waarde)
    if positie is not None:
        tekst.set_position(positie)


def fasestroom_bijwerken(delen: dict, overgangen: pd.DataFrame | None, aantallen: pd.Series | None = None, *,
                         van: str = "", naar: str = "", melding: str = "") -> bool:
    """Zet nieuwe aantallen in een :func:`fasestroom` (vlakken, blokken en getallen); geeft False.

    False betekent voor :class:`klantlib.verkennen.WidgetFiguur`: alleen de
    bewegende delen zijn veranderd, de rest van de figuur kan blijven staan.
    """
    import numpy as np

    if overgangen is not None:
        waarden = overgangen.reindex(index=list(_STROOM_RIJEN), columns=list(_STROOM_KOLOMMEN),
                                     fill_value=0).to_numpy(dtype="float64")
    else:
        waarden = np.zeros((len(_STROOM_RIJEN), len(_STROOM_KOLOMMEN)))
    if aantallen is not None:
        rechts_aantal = aantallen.reindex(list(_STROOM_KOLOMMEN)).fillna(0).to_numpy(dtype="float64")
    else:
        rechts_aantal = waarden.sum(axis=0)
    totaal = max(float(rechts_aantal.sum()), 1.0)
    links = _stroom_posities(zip(_STROOM_RIJEN, waarden.sum(axis=1)), totaal)
    rechts = _stroom_posities(zip(_STROOM_KOLOMMEN, rechts_aantal), totaal)
    vol_links = {f: links[f][0] for f in _STROOM_RIJEN}
    vol_rechts = {f: rechts[f][0] for f in _STROOM_KOLOMMEN}
    t = np.linspace(0.0, 1.0, 24)
    s = 3 * t ** 2 - 2 * t ** 3
    x = _STROOM_BREEDTE + (1 - 2 * _STROOM_BREEDTE) * t
    vlakken, kleuren = [], []
    for i, uit_fase in enumerate(_STROOM_RIJEN):
        for j, in_fase in enumerate(_STROOM_KOLOMMEN):
            n = waarden[i, j] / totaal
            if n <= 0:
                continue
            onder = vol_links[uit_fase] + (vol_rechts[in_fase] - vol_links[uit_fase]) * s
            vlakken.append(np.column_stack([np.concatenate([x, x[::-1]]), np.concatenate([onder, onder[::-1] + n])]))
            kleuren.append(_fasekleur(in_fase))
            vol_links[uit_fase] += n
            vol_rechts[in_fase] += n
    delen["banden"].set_verts(vlakken)
    delen["banden"].set_facecolors(kleuren)
    for kant, blokken, teksten, x_tekst in ((links, delen["links"], delen["links_tekst"], -0.01),
                                            (rechts, delen["rechts"], delen["rechts_tekst"], 1.01)):
        for fase, (y0, y1) in kant.items():
            blokken[fase].set_y(y0)
            blokken[fase].set_height(y1 - y0)
            aantal = int(round((y1 - y0) * totaal))
            _zet_tekst(teksten[fase], str(aantal) if aantal else "", (x_tekst, (y0 + y1) / 2))
    _zet_tekst(delen["melding"], melding)
    _zet_tekst(delen["van"], van if overgangen is not None else "")
    _zet_tekst(delen["naar"], naar)
    return False


def cohortcurves(cohorten: pd.DataFrame, *, titel: str = "Klantbehoud per cohort", ax=None):
    """Per cohort een lijn: welk deel is 1, 2, 3 ... jaar na de eerste aankoop nog klant?

    ``cohorten`` komt uit :func:`klantlib.cyclus.cohorten` (delen 0–1; rijen:
    cohorten, kolommen: jaren later). De lijnen beginnen bij 100 % (jaar 0).

    >>> import pandas as pd
    >>> t = pd.DataFrame({1: [0.8, 0.7], 2: [0.6, float("nan")]}, index=pd.Index([2022, 2023], name="cohort"))
    >>> ax = cohortcurves(t)
    >>> [lijn.get_label() for lijn in ax.get_lines()]
    ['2022', '2023']
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 7, 3.8)
    kolommen = [k for k in cohorten.columns if k != 0]
    kleuren = plt.cm.viridis([i / max(len(cohorten) - 1, 1) * 0.85 for i in range(len(cohorten))])
    for kleur, (cohort, rij) in zip(kleuren, cohorten.iterrows()):
        x = [0] + [int(k) for k in kolommen]
        y = [100.0] + [100 * float(v) if pd.notna(v) else float("nan") for v in rij[kolommen]]
        ax.plot(x, y, marker="o", color=kleur, label=str(cohort))
    ax.set_ylim(0, 105)
    ax.set_xticks(range(0, len(kolommen) + 1))
    ax.set_xlabel("Jaren na de eerste aankoop")
    ax.set_ylabel("Nog klant (%)")
    ax.set_title(titel)
    ax.legend(title="Cohort", fontsize=8, title_fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def klantbalans(behoud: pd.DataFrame, *, titel: str = "Gewonnen, teruggewonnen en verloren klanten per jaar",
                ax=None):
    """Per jaar: de gewonnen en teruggewonnen klanten omhoog, de verloren klanten omlaag.

    ``behoud`` komt uit :func:`klantlib.cyclus.klantbehoud`. Onder elk jaar
    staat het klantverloop (verloren / klanten aan het begin).

    >>> import pandas as pd
    >>> b = pd.DataFrame({"gewonnen": [5], "teruggewonnen": [2], "verloren": [4], "verloop": [0.1]},
    ...                  index=pd.Index([2025], name="jaar"))
    >>> ax = klantbalans(b)
    >>> len(ax.patches)
    3
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 7, 3.6)
    labels = [str(j) for j in behoud.index]
    gewonnen = behoud["gewonnen"].astype("float64")
    terug = behoud["teruggewonnen"].astype("float64")
    verloren = behoud["verloren"].astype("float64")
    s1 = ax.bar(labels, gewonnen, color=FASE_KLEUREN["nieuw"], label="gewonnen (nieuw)")
    s2 = ax.bar(labels, terug, bottom=gewonnen, color="#f9a825", label="teruggewonnen")
    s3 = ax.bar(labels, -verloren, color=FASE_KLEUREN["ex-klant"], label="verloren")
    for staven, waarden in ((s1, gewonnen), (s2, terug), (s3, verloren)):
        ax.bar_label(staven, labels=[f"{int(w)}" if w > 0 else "" for w in waarden], label_type="center",
                     fontsize=8, color="white" if staven is s3 else "black")
    ax.axhline(0, color="black", linewidth=0.8)
    if "verloop" in behoud.columns:
        onder = float(-verloren.max()) if len(verloren) else 0.0
        for x, v in zip(labels, behoud["verloop"]):
            if pd.notna(v):
                ax.annotate(f"verloop {procent_kort(float(v))}", (x, onder), xytext=(0, -14),
                            textcoords="offset points", ha="center", fontsize=8)
        ax.set_ylim(onder * 1.45 if onder < 0 else -1, max(float((gewonnen + terug).max()), 1.0) * 1.15)
    ax.set_title(titel)
    ax.set_ylabel("Aantal klanten")
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def vertrekredenen_grafiek(redenen: pd.DataFrame, *, titel: str = "Waarom eindigde de relatie?", ax=None):
    """Liggende staven: het aantal opzeggingen per reden, gekleurd naar wie opzegde.

    ``redenen`` komt uit :func:`klantlib.cyclus.vertrekredenen` (zonder
    ``per``, of gefilterd op één groep). De grootste reden staat bovenaan.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"door": ["klant", "leverancier"], "reden": ["prijs", "betaalachterstand"],
    ...                   "aantal": [5, 2], "aandeel": [5 / 7, 2 / 7]})
    >>> ax = vertrekredenen_grafiek(r)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['prijs', 'betaalachterstand']
    >>> plt.close(ax.figure)
    """
    tabel = redenen.groupby(["reden", "door"], sort=False)["aantal"].sum().reset_index()
    tabel = tabel.sort_values("aantal", ascending=False, kind="stable")
    ax = _nieuwe_ax(ax, 7, 0.8 + 0.32 * len(tabel))
    y = list(range(len(tabel)))
    staven = ax.barh(y, tabel["aantal"], color=[_DOOR_KLEUREN.get(d, "#9e9e9e") for d in tabel["door"]])
    ax.bar_label(staven, labels=[str(int(a)) for a in tabel["aantal"]], padding=3, fontsize=8)
    ax.set_yticks(y, list(tabel["reden"]))
    ax.invert_yaxis()
    from matplotlib.patches import Patch

    handvatten = [Patch(color=_DOOR_KLEUREN.get(door, "#9e9e9e"),
                        label=f"door de {door}" if door in ("klant", "leverancier") else str(door))
                  for door in dict.fromkeys(tabel["door"])]
    ax.legend(handles=handvatten, fontsize=8, frameon=False, loc="lower right")
    ax.set_xlabel("Aantal opzeggingen")
    ax.set_title(titel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax



# --- Hoofdstuk 04: waardestrategieën ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

#: Vaste kleur per thema, in alle grafieken van hoofdstuk 04 dezelfde.
STRATEGIE_KLEUREN = {
    "operational excellence": "tab:blue",
    "product leadership": "tab:orange",
    "customer intimacy": "tab:green",
    "onbekend": "tab:gray",
}
_LEVERANCIER_KLEUREN = ["tab:red", "tab:blue", "tab:orange", "tab:green", "tab:purple", "tab:brown"]


def _radar_hoeken(n: int = 3) -> list[float]:
    """Hoeken van de assen, met de eerste as bovenaan en met de klok mee (zie ``radar``)."""
    import math

    return [2 * math.pi * i / n for i in range(n)]


def _rond(waarden) -> list[float]:
    """Sluit een veelhoek: het eerste punt komt achteraan nog een keer."""
    waarden = list(waarden)
    return waarden + waarden[:1]


def radar(profiel, *, leveranciers=None, nadruk=None, drempel: float = 6, uitblinken: float = 8,
          titel: str = "Waardeprofielen", ax=None):
    """Radardiagram (spinnenweb) van de waardeprofielen: één driehoek per leverancier.

    ``profiel`` is de brede tabel van :func:`klantlib.strategie.waardeprofiel`.
    Elke as is een strategie (0 in het midden, 10 aan de rand). De zwarte
    streepjeslijn is de ``drempel``, de grijze stippellijn de grens voor
    ``uitblinken``: een punt binnen de streepjesdriehoek is onvoldoende, een
    punt op of buiten de stippeldriehoek blinkt uit. ``nadruk`` (standaard de eerste leverancier) krijgt een dikke
    lijn en een vlak. ``ax`` moet een polaire as zijn:
    ``plt.subplots(subplot_kw={"projection": "polar"})``.

    Elke lijn krijgt als ``gid`` ``"radar:<leverancier>"``, zodat een widget de
    lijn kan bijwerken zonder opnieuw te tekenen.

    >>> import pandas as pd
    >>> from klantlib.strategie import STRATEGIEEN
    >>> p = pd.DataFrame([[6.4, 6.2, 7.6], [8.6, 5.3, 5.0]], index=["Wij", "Zij"], columns=list(STRATEGIEEN))
    >>> ax = radar(p)
    >>> ax.name, [l.get_label() for l in ax.get_legend().get_lines()]
    ('polar', ['Wij', 'Zij', 'drempel (6)', 'uitblinken (8)'])
    """
    from klantlib.strategie import STRATEGIEEN, _profiel

    p = _profiel(profiel)
    if leveranciers is not None:
        namen = [leveranciers] if isinstance(leveranciers, str) else list(leveranciers)
        onbekend = [n for n in namen if n not in p.index]
        if onbekend:
            raise ValueError(f"leveranciers: '{onbekend[0]}' staat niet in het profiel. "
                             f"Kies uit: {', '.join(map(str, p.index))}.")
        p = p.loc[namen]
    if nadruk is None:
        nadruk = p.index[0]
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 5), subplot_kw={"projection": "polar"})
    elif getattr(ax, "name", "") != "polar":
        raise ValueError("ax moet een polaire as zijn. Maak hem zo: "
                         "fig, ax = plt.subplots(subplot_kw={'projection': 'polar'}).")
    hoeken = _radar_hoeken(len(STRATEGIEEN))
    ax.set_theta_offset(3.141592653589793 / 2)
    ax.set_theta_direction(-1)
    ax.plot(_rond(hoeken), [drempel] * 4, color="black", linestyle="--", linewidth=1.1,
            label=f"drempel ({drempel:g})".replace(".", ","), gid="radar:drempel")
    ax.plot(_rond(hoeken), [uitblinken] * 4, color="dimgray", linestyle=":", linewidth=1.6,
            label=f"uitblinken ({uitblinken:g})".replace(".", ","), gid="radar:uitblinken")
    for i, (naam, rij) in enumerate(p.iterrows()):
        kleur = _LEVERANCIER_KLEUREN[i % len(_LEVERANCIER_KLEUREN)]
        dik = naam == nadruk
        (lijn,) = ax.plot(_rond(hoeken), _rond(rij.tolist()), color=kleur, linewidth=2.6 if dik else 1.4,
                          marker="o", markersize=4, label=str(naam), gid=f"radar:{naam}", zorder=3 if dik else 2)
        if dik:
            # zorder boven de rasterlijnen (2,5): zo is bijwerken in een widget pixel-gelijk aan opnieuw tekenen.
            (vlak,) = ax.fill(_rond(hoeken), _rond(rij.tolist()), color=kleur, alpha=0.15, zorder=2.6)
            vlak.set_gid(f"radarvlak:{naam}")
    # De legenda: eerst de leveranciers, dan de twee grenzen.
    lijnen = ax.get_lines()
    ax.legend(lijnen[2:] + lijnen[:2], [l.get_label() for l in lijnen[2:] + lijnen[:2]],
              loc="upper left", bbox_to_anchor=(1.05, 1.05), fontsize=8, frameon=False)
    ax.set_xticks(hoeken, [s.replace(" ", "\n") for s in STRATEGIEEN], fontsize=9)
    ax.set_ylim(0, 10)
    ax.set_yticks([2, 4, 6, 8, 10], ["2", "4", "6", "8", "10"], fontsize=7, color="gray")
    ax.set_title(titel, pad=18)
    return ax


def _keten_kleur(soort: str, aandeel: float, grootste: float):
    kaart = plt.cm.Blues if soort == "primair" else plt.cm.Purples
    return kaart(0.18 + 0.55 * (aandeel / grootste if grootste > 0 else 0))


def waardeketen_grafiek(keten, *, titel: str = "De waardeketen", ax=None):
    """De waardeketen zoals Porter hem tekent, met de kosten als deel van de omzet.

    ``keten`` is de uitkomst van :func:`klantlib.strategie.waardeketen`.
    Bovenaan liggen de vier ondersteunende activiteiten als lagen over de hele
    breedte: ze ondersteunen alle primaire activiteiten. Daaronder staan de vijf
    primaire activiteiten van links naar rechts, in de volgorde waarin een
    product door het bedrijf gaat. Rechts, in de punt, staat de marge: wat er
    van de omzet overblijft. Elk vak noemt zijn deel van de omzet; hoe donkerder,
    hoe groter dat deel.

    >>> import pandas as pd
    >>> from klantlib.strategie import waardeketen
    >>> k = pd.DataFrame({"activiteit": ["Operationele activiteiten", "Service", "Inkoop"],
    ...                   "kosten": [600.0, 200.0, 100.0]})
    >>> ax = waardeketen_grafiek(waardeketen(k, 1000))
    >>> [t.get_text().split() for t in ax.texts if t.get_text().startswith("Marge")]
    [['Marge', '10,0', '%']]
    """
    from matplotlib.patches import Polygon, Rectangle

    from klantlib.opmaak import procent
    from klantlib.strategie import ONDERSTEUNENDE_ACTIVITEITEN, PRIMAIRE_ACTIVITEITEN

    if not isinstance(keten, pd.DataFrame) or not {"soort", "aandeel"} <= set(keten.columns):
        raise ValueError("keten moet de uitkomst van waardeketen(kosten, omzet) zijn "
                         "(een tabel met de kolommen soort, bedrag en aandeel).")
    ax = _nieuwe_ax(ax, 9, 5)
    aandeel = keten["aandeel"].astype(float)
    kosten = aandeel.drop(index="Marge", errors="ignore")
    grootste = float(kosten.max()) if len(kosten) else 1.0

    def tekst(activiteit: str) -> str:
        if activiteit not in aandeel.index:
            return "–"
        return procent(float(aandeel[activiteit]), 1)

    breedte, laag_h, prim_h = 10.0, 0.75, 3.6
    top = prim_h + laag_h * len(ONDERSTEUNENDE_ACTIVITEITEN)
    for i, act in enumerate(ONDERSTEUNENDE_ACTIVITEITEN):
        y = top - (i + 1) * laag_h
        kleur = _keten_kleur("ondersteunend", float(aandeel.get(act, 0.0)), grootste)
        ax.add_patch(Rectangle((0, y), breedte, laag_h, facecolor=kleur, edgecolor="white", linewidth=2))
        ax.text(breedte / 2, y + laag_h / 2, f"{act}   {tekst(act)}", ha="center", va="center", fontsize=9)
    kolom = breedte / len(PRIMAIRE_ACTIVITEITEN)
    for i, act in enumerate(PRIMAIRE_ACTIVITEITEN):
        kleur = _keten_kleur("primair", float(aandeel.get(act, 0.0)), grootste)
        ax.add_patch(Rectangle((i * kolom, 0), kolom, prim_h, facecolor=kleur, edgecolor="white", linewidth=2))
        naam = act.replace(" ", "\n", 1) if " " in act else act
        donker = float(aandeel.get(act, 0.0)) > 0.6 * grootste
        ax.text(i * kolom + kolom / 2, prim_h / 2, f"{naam}\n\n{tekst(act)}", ha="center", va="center",
                fontsize=9, color="white" if donker else "black")
    marge = float(aandeel.get("Marge", float("nan")))
    ax.add_patch(Polygon([(breedte, 0), (breedte, top), (breedte + 2.2, top / 2)], closed=True,
                         facecolor="tab:green" if not marge < 0 else "tab:red", alpha=0.8, edgecolor="white"))
    ax.text(breedte + 0.75, top / 2, f"Marge\n{procent(marge, 1) if marge == marge else '–'}",
            ha="center", va="center", fontsize=9, color="white", fontweight="bold")
    ax.text(-0.2, top - laag_h * len(ONDERSTEUNENDE_ACTIVITEITEN) / 2, "ondersteunend", rotation=90,
            ha="right", va="center", fontsize=9, color="gray")
    ax.text(-0.2, prim_h / 2, "primair", rotation=90, ha="right", va="center", fontsize=9, color="gray")
    ax.set_xlim(-0.7, breedte + 2.3)
    ax.set_ylim(-0.1, top + 0.1)
    ax.set_aspect("auto")
    ax.set_axis_off()
    ax.set_title(titel)
    return ax


def thema_staven(aandelen, *, titel: str = "Waar gaan de opmerkingen over?", ax=None):
    """Liggende staven: het deel van de opmerkingen per thema.

    ``aandelen`` is de uitkomst van :func:`klantlib.strategie.thema_aandelen`.
    Lege opmerkingen tellen niet mee (hun aantal staat in de ondertitel).

    >>> from klantlib.strategie import thema_aandelen, thema_per_strategie
    >>> ax = thema_staven(thema_aandelen(thema_per_strategie(["levertijd", "prijs", "maatwerk", ""])))
    >>> len(ax.patches)
    4
    """
    from klantlib.strategie import GEEN_OPMERKING

    if not isinstance(aandelen, pd.DataFrame) or not {"aantal", "aandeel"} <= set(aandelen.columns):
        raise ValueError("aandelen moet de uitkomst van thema_aandelen(...) zijn.")
    ax = _nieuwe_ax(ax, 7, 2.6)
    rijen = aandelen.drop(index=GEEN_OPMERKING, errors="ignore")
    y = list(range(len(rijen)))
    ax.barh(y, rijen["aandeel"] * 100, color=[STRATEGIE_KLEUREN.get(t, "tab:gray") for t in rijen.index])
    for yi, (a, n) in zip(y, zip(rijen["aandeel"], rijen["aantal"])):
        ax.text(a * 100 + 1, yi, f"{procent_kort(a)} ({int(n)})", va="center", fontsize=8)
    ax.set_yticks(y, list(rijen.index))
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("Deel van de opmerkingen met tekst (%)")
    leeg = int(aandelen["aantal"].get(GEEN_OPMERKING, 0))
    ax.set_title(f"{titel}\n({leeg} zonder opmerking niet meegeteld)", fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


# --- Hoofdstuk 05: big data ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

_SCHAAL_REEKSEN = {
    "tijd": {"genereren_s": "maken", "csv_schrijven_s": "CSV schrijven", "parquet_schrijven_s": "Parquet schrijven",
             "optellen_s": "optellen"},
    "grootte": {"geheugen_mb": "in het geheugen", "csv_mb": "CSV-bestand", "parquet_mb": "Parquet-bestand"},
}
_EXCEL_RIJEN = 1_048_576


def schaalgrafiek(proef: pd.DataFrame, *, wat: str = "tijd", doortrekken_tot: int | None = None,
                  titel: str | None = None, ax=None):
    """Log-log-grafiek van de schaalproef: tijd (seconden) of grootte (MB) tegen het aantal rijen.

    ``proef`` komt uit :func:`klantlib.bigdata.schaalproef`. Met
    ``doortrekken_tot`` trekt de grafiek elke lijn gestippeld door tot dat
    aantal rijen (de rechte lijn door de metingen). De grens van één
    Excel-werkblad (1.048.576 rijen) staat er als verticale streep in.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"geheugen_mb": [1.0, 10.0], "csv_mb": [0.5, 5.0], "parquet_mb": [0.1, 1.0]},
    ...                  index=pd.Index([10_000, 100_000], name="rijen"))
    >>> ax = schaalgrafiek(p, wat="grootte", doortrekken_tot=10_000_000)
    >>> ax.get_xscale(), ax.get_ylabel()
    ('log', 'Megabyte (MB)')
    >>> plt.close(ax.figure)
    """
    import numpy as np

    if wat not in _SCHAAL_REEKSEN:
        raise ValueError(f"wat moet 'tijd' of 'grootte' zijn, niet {wat!r}.")
    ax = _nieuwe_ax(ax, 7, 4)
    x = np.asarray(proef.index, dtype="float64")
    for kolom, label in _SCHAAL_REEKSEN[wat].items():
        if kolom not in proef.columns:
            continue
        y = proef[kolom].to_numpy(dtype="float64")
        goed = np.isfinite(y) & (y > 0)
        if goed.sum() == 0:
            continue
        lijn, = ax.plot(x[goed], y[goed], marker="o", label=label)
        if doortrekken_tot and goed.sum() >= 2:
            helling, snijpunt = np.polyfit(np.log10(x[goed]), np.log10(y[goed]), 1)
            xs = np.array([x[goed].max(), float(doortrekken_tot)])
            ax.plot(xs, 10 ** (snijpunt + helling * np.log10(xs)), linestyle=":", color=lijn.get_color())
    ax.axvline(_EXCEL_RIJEN, color="#c62828", linestyle="--", linewidth=1)
    ax.annotate("grens van één\nExcel-werkblad", (_EXCEL_RIJEN, 1), xycoords=("data", "axes fraction"),
                xytext=(-4, -4), textcoords="offset points", ha="right", va="top", fontsize=8, color="#c62828")
    ax.set_xscale("log")
    ax.set_yscale("log")
    rechts = max(float(x.max()) if len(x) else 1.0, float(doortrekken_tot or 0), _EXCEL_RIJEN * 1.5)
    ax.set_xlim(float(x.min()) / 1.5 if len(x) else 1.0, rechts * 1.3)
    ax.set_xlabel("Aantal rijen (logaritmische schaal)")
    ax.set_ylabel("Seconden" if wat == "tijd" else "Megabyte (MB)")
    ax.set_title(titel or ("Hoe lang duurt het?" if wat == "tijd" else "Hoeveel ruimte kost het?"))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


_STERK, _ZWAK, _ONDER = "#1f4e79", "#9dc3e6", "#d9d9d9"


def regelkleuren(regels: pd.DataFrame, min_support: float | None = None, min_confidence: float | None = None,
                 sterk: float = 2.0):
    """De kleur van elke regel in :func:`regelgrafiek`: donker bij lift ≥ ``sterk``, grijs onder een drempel.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"support": [0.05, 0.05, 0.001], "confidence": [0.5, 0.5, 0.9], "lift": [3.0, 1.1, 4.0]})
    >>> regelkleuren(r, min_support=0.01)
    ['#1f4e79', '#9dc3e6', '#d9d9d9']
    """
    support = regels["support"].to_numpy(dtype="float64")
    confidence = regels["confidence"].to_numpy(dtype="float64")
    lift = regels["lift"].to_numpy(dtype="float64")
    onder = (support < (min_support or 0) - 1e-12) | (confidence < (min_confidence or 0) - 1e-12)
    return [_ONDER if o else (_STERK if l >= sterk else _ZWAK) for o, l in zip(onder, lift)]


def regelranden(regels: pd.DataFrame, gekocht: str | None = None) -> list[str]:
    """De rand van elke regel in :func:`regelgrafiek`: rood als de regel begint bij ``gekocht``.

    >>> import pandas as pd
    >>> regelranden(pd.DataFrame({"als": ["Laptop", "Monitor + Laptop", "Monitor"]}), "Laptop")
    ['#c62828', '#c62828', 'none']
    """
    if not gekocht:
        return ["none"] * len(regels)
    return ["#c62828" if gekocht in str(a).split(" + ") else "none" for a in regels["als"]]


def regelgrafiek(regels: pd.DataFrame, *, min_support: float | None = None, min_confidence: float | None = None,
                 gekocht: str | None = None, labels: int = 4, titel: str = "Associatieregels", ax=None):
    """Elke regel als punt: support (x, log-schaal) tegen confidence (y).

    Donkere punten hebben een lift van 2 of meer, lichte minder. Met
    ``min_support``/``min_confidence`` komen er stippellijnen bij en worden de
    regels onder een drempel grijs. Met ``gekocht`` krijgen de regels die bij
    dat product beginnen een rode rand (wat je een klant met dat product kunt
    aanbieden). De ``labels`` sterkste regels (hoogste
    lift, per productpaar de richting met de hoogste confidence) krijgen hun
    naam. De punten hebben ``gid="regels"``, de drempellijnen
    ``"drempel_support"`` en ``"drempel_confidence"``: zo kan een widget ze
    aanpassen zonder alles opnieuw te tekenen.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"als": ["A", "B"], "dan": ["B", "A"], "support": [0.02, 0.02],
    ...                   "confidence": [0.5, 0.2], "lift": [2.5, 2.5]})
    >>> ax = regelgrafiek(r, min_support=0.01, min_confidence=0.3)
    >>> [a.get_gid() for a in ax.collections + ax.lines]
    ['regels', 'drempel_support', 'drempel_confidence']
    >>> [t.get_text() for t in ax.texts]
    ['1', '1: A → B (lift 2,5)']
    >>> plt.close(ax.figure)
    """
    import numpy as np
    from matplotlib.lines import Line2D

    ax = _nieuwe_ax(ax, 7, 4)
    support = regels["support"].to_numpy(dtype="float64")
    confidence = regels["confidence"].to_numpy(dtype="float64")
    lift = regels["lift"].to_numpy(dtype="float64")
    punten = ax.scatter(support, confidence, c=regelkleuren(regels, min_support, min_confidence), s=30,
                        edgecolors=regelranden(regels, gekocht), linewidths=1.5)
    punten.set_gid("regels")
    ax.axvline(min_support if min_support is not None else np.nan, color="#555555", linestyle=":",
               gid="drempel_support")
    ax.axhline(min_confidence if min_confidence is not None else np.nan, color="#555555", linestyle=":",
               gid="drempel_confidence")
    gezien: set = set()
    namen = []
    for i in np.lexsort((-confidence, -lift)):
        paar = frozenset((regels["als"].iloc[i], regels["dan"].iloc[i]))
        if paar in gezien or len(gezien) >= labels:
            continue
        gezien.add(paar)
        ax.annotate(str(len(gezien)), (support[i], confidence[i]), xytext=(4, 3), textcoords="offset points",
                    fontsize=7, fontweight="bold")
        namen.append(f"{len(gezien)}: {regels['als'].iloc[i]} → {regels['dan'].iloc[i]} (lift {lift[i]:.1f})"
                     .replace(".", ","))
    if namen:
        ax.text(0.01, 0.99, "\n".join(namen), transform=ax.transAxes, va="top", ha="left", fontsize=7,
                bbox={"facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9})
    ax.set_xscale("log")
    if len(support):
        ax.set_xlim(float(support.min()) / 2, float(support.max()) * 1.6)
    ax.set_ylim(0, 1.3)  # ruimte boven de punten voor de namen en de legenda
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_xlabel("Support (deel van alle orders, logaritmische schaal)")
    ax.set_ylabel("Confidence")
    ax.set_title(titel)
    ax.legend(handles=[Line2D([], [], marker="o", linestyle="", color=_STERK, label="lift 2 of meer"),
                       Line2D([], [], marker="o", linestyle="", color=_ZWAK, label="lift onder 2"),
                       Line2D([], [], marker="o", linestyle="", color=_ONDER, label="onder de drempel"),
                       *([Line2D([], [], marker="o", linestyle="", color="white", markeredgecolor="#c62828",
                                 label="begint bij het gekozen product")] if gekocht else [])],
              fontsize=7, loc="upper right", ncols=2, framealpha=0.9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def liftvergelijking(tabellen: dict, *, titel: str = "Lift van alle productparen", ax=None):
    """Stippen van de lift van elke regel, één rij per tabel (bijvoorbeeld echt en geschud).

    ``tabellen`` is een dict naam → regels (uit
    :func:`klantlib.bigdata.associatieregels`); de eerste komt onderaan. Een
    lift van 1 (stippellijn) betekent: even vaak samen als je bij toeval zou
    verwachten. De hoogste lift van elke rij staat erbij.

    >>> import pandas as pd
    >>> e = pd.DataFrame({"als": ["A"], "dan": ["B"], "lift": [2.4]})
    >>> g = pd.DataFrame({"als": ["A"], "dan": ["B"], "lift": [1.1]})
    >>> [t.get_text() for t in liftvergelijking({"geschud": g, "echt": e}).get_yticklabels()]
    ['geschud', 'echt']
    >>> plt.close("all")
    """
    import numpy as np

    ax = _nieuwe_ax(ax, 7, 1.2 + 0.7 * len(tabellen))
    rng = np.random.default_rng(0)  # alleen voor de spreiding van de stippen (vaste seed)
    for y, (naam, tabel) in enumerate(tabellen.items()):
        lift = tabel["lift"].to_numpy(dtype="float64")
        kleur = "#1f4e79" if y == len(tabellen) - 1 else "#9e9e9e"  # de bovenste rij (meestal de echte data) donker
        ax.scatter(lift, y + rng.uniform(-0.15, 0.15, len(lift)), s=14, color=kleur, alpha=0.7)
        if len(lift):
            i = int(np.argmax(lift))
            ax.annotate(f"{tabel['als'].iloc[i]} → {tabel['dan'].iloc[i]} ({lift[i]:.1f})".replace(".", ","),
                        (lift[i], y), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=7)
    ax.axvline(1.0, color="#555555", linestyle=":")
    ax.set_yticks(range(len(tabellen)), list(tabellen))
    ax.set_ylim(-0.5, len(tabellen) - 0.3)
    ax.set_xlabel("Lift")
    ax.set_title(titel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def segmentgrafiek(segmenten: pd.DataFrame, *, titel: str = "Klantsegmenten (KMeans op RFM)", ax=None):
    """Elke klant als punt: frequentie (x) tegen monetaire waarde (y), log-schaal, kleur per segment.

    Een omzet onder € 1.000 (ook 0 of negatief) staat op de onderste lijn, bij € 1.000.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"segment": [0, 1], "segmentnaam": ["a", "b"], "recentheid": [1, 400],
    ...                   "frequentie": [20, 1], "monetaire_waarde": [9000.0, 50.0]})
    >>> [t.get_text() for t in segmentgrafiek(s).get_legend().get_texts()]
    ['a', 'b']
    >>> plt.close("all")
    """
    ax = _nieuwe_ax(ax, 7, 4)
    for _, groep in segmenten.sort_values("segment").groupby("segment", sort=True):
        ax.scatter(groep["frequentie"], groep["monetaire_waarde"].clip(lower=1_000), s=16, alpha=0.7,
                   label=str(groep["segmentnaam"].iloc[0]))
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("Frequentie (aantal orders, log-schaal)")
    ax.set_ylabel("Monetaire waarde (€, log-schaal)")
    ax.set_title(titel)
    ax.legend(fontsize=8, title="Segment", title_fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def kostengrafiek(kosten: pd.DataFrame, *, titel: str = "Opgetelde kosten per jaar", ax=None):
    """Lijnen van de opgetelde kosten per keuze (uit :func:`klantlib.bigdata.kosten_over_jaren`).

    >>> import pandas as pd
    >>> k = pd.DataFrame({"zelf": [60000.0, 70000.0], "inkopen": [25000.0, 50000.0]},
    ...                  index=pd.Index([1, 2], name="jaar"))
    >>> kostengrafiek(k).get_ylabel()
    'Opgetelde kosten (× € 1.000)'
    >>> plt.close("all")
    """
    ax = _nieuwe_ax(ax, 6.5, 3.2)
    for kolom in kosten.columns:
        ax.plot(kosten.index, kosten[kolom] / 1000, marker="o", label=str(kolom))
    ax.set_xticks(list(kosten.index))
    ax.set_xlabel("Jaar")
    ax.set_ylabel("Opgetelde kosten (× € 1.000)")
    ax.set_title(titel)
    ax.legend(fontsize=8)
    ax.set_ylim(bottom=0)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


# --- Hoofdstuk 07: accountmanagement ---
# (eigen sectie: voeg hieronder toe; laat de andere secties staan)

_DONKER, _LICHT, _ROOD, _GRIJS = "#1f4e79", "#9dc3e6", "#c0504d", "#7f7f7f"


def _kort_label(naam: str, lengte: int = 24) -> str:
    naam = str(naam)
    return naam if len(naam) <= lengte else naam[: lengte - 1] + "…"


def _grote_accounts_waarden(omzet, drempel: float, top: int, xmax: float | None = None):
    """Per staaf (altijd ``top`` stuks): breedte in %, kleur, label en tekst; plus de grens van de x-as."""
    aandelen = omzet["aandeel"].head(top).to_numpy(dtype=float)
    namen = [_kort_label(n) for n in omzet["naam"].head(top)]
    n = len(aandelen)
    breedtes = [100 * a for a in aandelen] + [0.0] * (top - n)
    kleuren = [_DONKER if a >= drempel - 1e-12 else _LICHT for a in aandelen] + [_LICHT] * (top - n)
    labels = namen + [""] * (top - n)
    teksten = [" " + procent_kort(a) for a in aandelen] + [""] * (top - n)
    hoogste = float(aandelen.max()) if n else drempel
    grens = 100 * max(hoogste, drempel) * 1.25 if xmax is None else 100 * xmax
    return breedtes, kleuren, labels, teksten, grens


def grote_accounts_grafiek(omzet, *, drempel: float = 0.05, top: int = 12,
                           titel: str = "Aandeel in de omzet per klant", waarden: bool = True,
                           xmax: float | None = None, ax=None):
    """Liggende staven: het aandeel in de omzet van de grootste klanten, met de drempel als lijn.

    ``omzet`` is de uitkomst van :func:`klantlib.accounts.omzet_per_klant`.
    Klanten op of boven ``drempel`` zijn donker; met ``waarden`` staat het
    percentage achter elke staaf. Er zijn altijd ``top`` staven (bij minder
    klanten blijven de laatste leeg), zodat
    :func:`grote_accounts_grafiek_bijwerken` ze later kan vullen. ``xmax`` (een
    deel, zoals 0.15) zet de schaal vast; standaard past hij zich aan.

    >>> import pandas as pd
    >>> o = pd.DataFrame({"naam": ["A", "B", "C"], "aandeel": [0.5, 0.3, 0.04]})
    >>> ax = grote_accounts_grafiek(o, drempel=0.05, top=3)
    >>> [t.get_text() for t in ax.get_yticklabels()], ax.get_title()
    (['A', 'B', 'C'], 'Aandeel in de omzet per klant')
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 6.5, 4)
    breedtes, kleuren, labels, teksten, grens = _grote_accounts_waarden(omzet, drempel, top, xmax)
    ax.barh(list(range(top)), breedtes, color=kleuren)
    ax.set_yticks(list(range(top)), labels, fontsize=8)
    ax.set_ylim(top - 0.5, -0.6)
    if waarden:
        for i, (b, t) in enumerate(zip(breedtes, teksten)):
            ax.text(b, i, t, va="center", fontsize=7)
    ax.axvline(100 * drempel, color=_ROOD, linestyle="--", linewidth=1)
    ax.text(100 * drempel, top - 0.6, f" drempel {procent_kort(drempel)}", color=_ROOD, fontsize=8, va="bottom")
    ax.set_xlim(0, grens)
    ax.set_xlabel("Aandeel in de omzet (%)")
    ax.set_title(titel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def grote_accounts_grafiek_bijwerken(delen: dict, omzet, *, drempel: float = 0.05,
                                     titel: str = "Aandeel in de omzet per klant", xmax: float | None = None) -> None:
    """Zet nieuwe klanten en aandelen in een grafiek van :func:`grote_accounts_grafiek`.

    De namen bewegen mee: geef ``bewegende_delen(ax, y_as=True)`` mee, en ``x_as=True`` als de schaal
    meebeweegt (zonder vaste ``xmax``).

    >>> import pandas as pd
    >>> ax = grote_accounts_grafiek(pd.DataFrame({"naam": ["A", "B"], "aandeel": [0.5, 0.3]}), top=3)
    >>> grote_accounts_grafiek_bijwerken(bewegende_delen(ax, x_as=True, y_as=True),
    ...                                  pd.DataFrame({"naam": ["C"], "aandeel": [0.2]}), drempel=0.25)
    >>> [round(p.get_width()) for p in ax.patches], [t.get_text() for t in ax.get_yticklabels()]
    ([20, 0, 0], ['C', '', ''])
    >>> ax.texts[-1].get_text(), ax.texts[0].get_text()
    (' drempel 25 %', ' 20 %')
    >>> plt.close(ax.figure)
    """
    ax = delen["titel"].axes
    top = len(delen["staven"])
    breedtes, kleuren, labels, teksten, grens = _grote_accounts_waarden(omzet, drempel, top, xmax)
    for staaf, b, k in zip(delen["staven"], breedtes, kleuren):
        staaf.set_width(b)
        staaf.set_facecolor(k)
    *waardeteksten, drempeltekst = delen["teksten"]
    for i, (tekst, b, t) in enumerate(zip(waardeteksten, breedtes, teksten)):
        tekst.set_position((b, i))
        tekst.set_text(t)
    ax.set_yticks(list(range(top)), labels, fontsize=8)
    drempellijn = delen["lijnen"][0]
    drempellijn.set_xdata([100 * drempel] * 2)
    drempeltekst.set_position((100 * drempel, top - 0.6))
    drempeltekst.set_text(f" drempel {procent_kort(drempel)}")
    ax.set_xlim(0, grens)
    delen["titel"].set_text(titel)


def _pareto_waarden(omzet, drempel: float):
    aandelen = omzet["aandeel"].to_numpy(dtype=float)
    cumulatief = 100 * np.cumsum(aandelen)
    x = 100 * np.arange(1, len(aandelen) + 1) / max(len(aandelen), 1)
    groot = aandelen >= drempel - 1e-12
    k80 = int(np.argmax(cumulatief >= 80 - 1e-9)) + 1 if len(cumulatief) else 0
    deel = k80 / len(aandelen) if len(aandelen) else 0.0
    return (x, cumulatief, groot, 100 * deel, f" {k80} klanten ({procent_kort(deel)}) = 80 %",
            f"{int(groot.sum())} grote accounts (≥ {procent_kort(drempel)})")


def pareto_grafiek(omzet, *, drempel: float = 0.05, titel: str = "Pareto: hoeveel klanten maken de omzet?",
                   ax=None):
    """De Pareto-curve: het cumulatieve aandeel in de omzet tegen het aantal klanten.

    Op de x-as het deel van alle klanten (van groot naar klein), zodat je de
    80/20-regel direct ziet. De grote accounts (aandeel ≥ ``drempel``) zijn
    donkere punten; een stippellijn toont hoeveel klanten samen 80 % van de
    omzet maken.

    >>> import pandas as pd
    >>> o = pd.DataFrame({"naam": list("abcde"), "aandeel": [0.5, 0.3, 0.1, 0.05, 0.05]})
    >>> ax = pareto_grafiek(o)
    >>> ax.get_ylabel(), "2 klanten" in " ".join(t.get_text() for t in ax.texts)
    ('Cumulatief aandeel in de omzet (%)', True)
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 6.5, 4)
    x, cumulatief, groot, k80, tekst80, tekstgroot = _pareto_waarden(omzet, drempel)
    ax.plot(x, cumulatief, color=_DONKER, linewidth=1.5)
    ax.plot(x[groot], cumulatief[groot], "o", color=_DONKER, markersize=5)
    ax.axhline(80, color=_GRIJS, linestyle=":", linewidth=1)
    ax.axvline(k80, color=_GRIJS, linestyle=":", linewidth=1)
    ax.text(k80, 40, tekst80, fontsize=8, color=_GRIJS)
    ax.text(100, 4, tekstgroot, fontsize=8, ha="right", color=_DONKER)
    ax.set_ylim(0, 102)
    ax.set_xlim(0, 101)
    ax.set_xlabel("Deel van de klanten, van groot naar klein (%)")
    ax.set_ylabel("Cumulatief aandeel in de omzet (%)")
    ax.set_title(titel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def pareto_grafiek_bijwerken(delen: dict, omzet, *, drempel: float = 0.05,
                             titel: str = "Pareto: hoeveel klanten maken de omzet?") -> None:
    """Zet nieuwe omzet in een grafiek van :func:`pareto_grafiek` (geef ``bewegende_delen(ax)`` mee).

    >>> import pandas as pd
    >>> ax = pareto_grafiek(pd.DataFrame({"naam": list("ab"), "aandeel": [0.9, 0.1]}))
    >>> pareto_grafiek_bijwerken(bewegende_delen(ax),
    ...                          pd.DataFrame({"naam": list("abc"), "aandeel": [0.5, 0.3, 0.2]}))
    >>> ax.texts[0].get_text(), [round(float(x), 1) for x in ax.lines[0].get_xdata()]
    (' 2 klanten (66,7 %) = 80 %', [33.3, 66.7, 100.0])
    >>> plt.close(ax.figure)
    """
    x, cumulatief, groot, k80, tekst80, tekstgroot = _pareto_waarden(omzet, drempel)
    curve, punten, _, lijn80 = delen["lijnen"]
    curve.set_data(x, cumulatief)
    punten.set_data(x[groot], cumulatief[groot])
    lijn80.set_xdata([k80] * 2)
    t80, tgroot = delen["teksten"]
    t80.set_position((k80, 40))
    t80.set_text(tekst80)
    tgroot.set_text(tekstgroot)
    delen["titel"].set_text(titel)


def vensters_grafiek(tabel, *, drempel: float = 0.05, titel: str = "Grote accounts bij 12, 24 en 36 maanden",
                     ax=None):
    """Gegroepeerde liggende staven: het aandeel per klant bij elke periode, met de drempel.

    ``tabel`` is de uitkomst van :func:`klantlib.accounts.aandeel_per_venster`
    (rijen klanten, kolommen periodes, waarden aandelen).
    """
    import numpy as np

    ax = _nieuwe_ax(ax, 7, 4.5)
    n, k = tabel.shape
    hoogte = 0.8 / max(k, 1)
    kleuren = [plt.cm.Blues(0.35 + 0.6 * i / max(k - 1, 1)) for i in range(k)]
    for j, kolom in enumerate(tabel.columns):
        ax.barh(np.arange(n) + (j - (k - 1) / 2) * hoogte, 100 * tabel[kolom].to_numpy(dtype=float),
                height=hoogte, color=kleuren[j], label=str(kolom))
    ax.set_yticks(np.arange(n), [_kort_label(i) for i in tabel.index], fontsize=8)
    ax.invert_yaxis()
    ax.axvline(100 * drempel, color=_ROOD, linestyle="--", linewidth=1)
    ax.set_xlabel("Aandeel in de omzet (%)")
    ax.set_title(titel)
    ax.legend(title="Periode", fontsize=8, title_fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def omzet_trend_grafiek(tabel, *, titel: str = "Omzet per kwartaal", ax=None):
    """Lijnen: de omzet per periode (rijen) voor een paar klanten (kolommen), in duizenden euro's.

    ``tabel`` is de uitkomst van :func:`klantlib.accounts.omzet_per_periode`.
    """
    ax = _nieuwe_ax(ax, 8, 3.8)
    x = [str(p) for p in tabel.index]
    for kolom in tabel.columns:
        ax.plot(x, tabel[kolom].to_numpy(dtype=float) / 1000, marker="o", markersize=3, label=_kort_label(kolom))
    stap = max(1, len(x) // 10)
    ax.set_xticks(range(0, len(x), stap), x[::stap], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("Omzet (× € 1.000)")
    ax.set_title(titel)
    ax.legend(fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def wallet_grafiek(sow, *, titel: str = "Share of wallet: ons deel van hun besteding", ax=None):
    """Liggende staven per account: onze omzet (donker) en de rest van hun besteding (licht).

    ``sow`` is de uitkomst van :func:`klantlib.accounts.share_of_wallet`
    (per concern). Achter de staaf staan ons aandeel en onze rang.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"naam": ["A"], "omzet": [300.0], "totale_besteding_24m": [1000.0],
    ...                   "aandeel_vermeer": [0.3], "rang_leverancier": pd.array([2], dtype="Int64"),
    ...                   "aantal_leveranciers": pd.array([4], dtype="Int64")})
    >>> ax = wallet_grafiek(s)
    >>> [t.get_text() for t in ax.texts]
    [' 30 %, rang 2 van 4']
    >>> plt.close(ax.figure)
    """
    ax = _nieuwe_ax(ax, 7, 0.8 + 0.27 * len(sow))
    s = sow[sow["totale_besteding_24m"].notna()]
    y = list(range(len(s)))
    omzet = s["omzet"].to_numpy(dtype=float) / 1e6
    besteding = s["totale_besteding_24m"].to_numpy(dtype=float) / 1e6
    ax.barh(y, omzet, color=_DONKER, label="onze omzet")
    ax.barh(y, besteding - omzet, left=omzet, color=_LICHT, label="bij andere leveranciers")
    for i, r in enumerate(s.itertuples()):
        rang = ("geen leverancier" if pd.isna(r.rang_leverancier)
                else f"rang {int(r.rang_leverancier)} van {int(r.aantal_leveranciers)}")
        ax.text(besteding[i], i, f" {procent_kort(r.aandeel_vermeer)}, {rang}", va="center", fontsize=8)
    ax.set_yticks(y, [_kort_label(n) for n in s["naam"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max(besteding.max() if len(besteding) else 1, 1e-9) * 1.35)
    ax.set_xlabel("Besteding in onze categorieën, 24 maanden (× € 1 mln)")
    ax.set_title(titel)
    ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def dmu_grafiek(dekking, *, titel: str = "Welke DMU-rollen kennen we?", ax=None):
    """Een tabel als kleurvlak: per account (rij) het aantal bekende contacten per DMU-rol.

    Een rol zonder contact (0) is rood. ``dekking`` is de uitkomst van
    :func:`klantlib.accounts.dmu_dekking`.
    """
    import numpy as np

    from klantlib.accounts import DMU_ROLLEN

    ax = _nieuwe_ax(ax, 7, 0.6 + 0.4 * len(dekking))
    waarden = dekking[list(DMU_ROLLEN)].to_numpy(dtype=float)
    ax.imshow(np.minimum(waarden, 5), cmap="Blues", vmin=-1, vmax=6, aspect="auto")
    for i in range(waarden.shape[0]):
        for j in range(waarden.shape[1]):
            leeg = waarden[i, j] == 0
            ax.text(j, i, "geen" if leeg else f"{int(waarden[i, j])}", ha="center", va="center", fontsize=8,
                    color=_ROOD if leeg else ("white" if waarden[i, j] >= 4 else "black"),
                    fontweight="bold" if leeg else "normal")
    ax.set_xticks(range(len(DMU_ROLLEN)), list(DMU_ROLLEN), fontsize=8)
    ax.set_yticks(range(len(dekking)), [_kort_label(n) for n in dekking["naam"]], fontsize=8)
    ax.xaxis.tick_top()
    ax.set_title(titel, pad=22)
    return ax


def marge_grafiek(omzet, *, top: int = 10, titel: str = "Omzet en marge van de grootste klanten", ax=None):
    """Staven: de bruto marge in euro's per klant, met het margepercentage erachter.

    ``omzet`` is de uitkomst van :func:`klantlib.accounts.omzet_per_klant`
    met ``producten=`` (kolommen ``bruto_marge`` en ``margepercentage``).
    De stippellijn in de tekst is het gemiddelde margepercentage van alle klanten.
    """
    ax = _nieuwe_ax(ax, 7, 4)
    gemiddeld = float(omzet["bruto_marge"].sum() / omzet["omzet"].sum())
    deel = omzet.head(top)
    y = list(range(len(deel)))
    ax.barh(y, deel["omzet"].to_numpy(dtype=float) / 1e6, color=_LICHT, label="omzet")
    ax.barh(y, deel["bruto_marge"].to_numpy(dtype=float) / 1e6, color=_DONKER, label="bruto marge")
    for i, (o, mp) in enumerate(zip(deel["omzet"], deel["margepercentage"])):
        kleur = _ROOD if mp < gemiddeld - 0.005 else "black"
        ax.text(o / 1e6, i, f" marge {procent_kort(mp)}", va="center", fontsize=8, color=kleur)
    ax.set_yticks(y, [_kort_label(n) for n in deel["naam"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, float(deel["omzet"].max()) / 1e6 * 1.35)
    ax.set_xlabel(f"× € 1 mln (rood: marge onder het gemiddelde van {procent_kort(gemiddeld)})")
    ax.set_title(titel)
    ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def verkoopfuncties_grafiek(*, titel: str = "Salesfuncties: klantgrootte × complexiteit", ax=None):
    """De matrix van salesfuncties: klantgrootte (links klein, rechts groot) en complexiteit (boven complex).

    >>> ax = verkoopfuncties_grafiek()
    >>> "key accountmanager" in [t.get_text() for t in ax.texts]
    True
    >>> plt.close(ax.figure)
    """
    from klantlib.accounts import COMPLEXITEITEN, KLANTGROOTTES, VERKOOPFUNCTIES, verkoopfunctie

    ax = _nieuwe_ax(ax, 6.5, 4)
    for i, grootte in enumerate(KLANTGROOTTES):
        for j, complex_ in enumerate(COMPLEXITEITEN):
            functie = verkoopfunctie(grootte, complex_)
            kleur = plt.cm.Blues(0.15 + 0.7 * VERKOOPFUNCTIES.index(functie) / (len(VERKOOPFUNCTIES) - 1))
            ax.add_patch(plt.Rectangle((i, j), 1, 1, color=kleur, ec="white", lw=2))
            ax.text(i + 0.5, j + 0.5, functie, ha="center", va="center", fontsize=8,
                    color="white" if VERKOOPFUNCTIES.index(functie) >= 3 else "black")
    ax.set_xlim(0, 3)
    ax.set_ylim(0, 3)
    ax.set_xticks([0.5, 1.5, 2.5], list(KLANTGROOTTES))
    ax.set_yticks([0.5, 1.5, 2.5], list(COMPLEXITEITEN))
    ax.set_xlabel("Klantgrootte →")
    ax.set_ylabel("Complexiteit (en prijs) →")
    ax.set_title(titel)
    for kant in ("top", "right", "left", "bottom"):
        ax.spines[kant].set_visible(False)
    return ax
