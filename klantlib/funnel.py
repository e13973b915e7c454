"""De salesfunnel: van contact naar klant.

Een funnel (trechter) telt hoeveel organisaties elke fase halen. Onderweg
valt steeds een deel af. Twee getallen per fase zijn belangrijk:

* ``conversie``: het deel dat de volgende fase haalt;
* ``slagingskans``: het deel dat uiteindelijk klant wordt.

De functies hier zijn puur: tabellen en getallen erin, tabellen en getallen
eruit. Foute invoer geeft een ``ValueError`` met een Nederlandse uitleg.

De fasen hebben vaste namen, van boven naar beneden: zie ``FASEN``. Je mag
fasen overslaan (de CRM-data kent geen fase ``gebeld``), maar niet de
volgorde omdraaien.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from numbers import Real

import numpy as np
import pandas as pd

__all__ = [
    "FASEN",
    "STAPPEN",
    "funnel",
    "benodigd",
    "funnel_uit_leads",
    "doorlooptijd",
    "pijplijn_prognose",
    "nieuwe_business_plan",
]

#: Alle fasen die de funnel kent, van boven (breed) naar beneden (smal).
#: ``lead`` hoort bij marketing; vanaf ``gebeld``/``prospect`` is het sales.
FASEN: tuple[str, ...] = ("lead", "gebeld", "prospect", "offerte", "klant")

#: De fasen in de leads-tabel en de kolom met de datum waarop een lead die fase haalde.
_DATUMKOLOM: dict[str, str] = {
    "lead": "aangemaakt_op",
    "prospect": "prospect_op",
    "offerte": "offerte_op",
    "klant": "gewonnen_op",
}
_LEADFASEN: tuple[str, ...] = ("lead", "prospect", "offerte", "klant")

#: De stappen tussen de fasen in de leads-tabel (voor ``doorlooptijd``).
STAPPEN: tuple[str, ...] = ("lead → prospect", "prospect → offerte", "offerte → klant")

_PER_EXTRA = ("kwartaal", "jaar")


# ---------------------------------------------------------------- hulpjes


def _is_getal(x) -> bool:
    return isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(float(x))


def _controleer_fasen(namen: Sequence[str], argument: str) -> None:
    """Fasen moeten bekend zijn, uniek, en in de volgorde van ``FASEN`` staan."""
    for naam in namen:
        if naam not in FASEN:
            raise ValueError(
                f"{argument}: onbekende fase {naam!r}. "
                f"Kies uit {', '.join(repr(f) for f in FASEN)}."
            )
    posities = [FASEN.index(n) for n in namen]
    if len(set(posities)) != len(posities) or posities != sorted(posities):
        raise ValueError(
            f"{argument}: de fasen {list(namen)} staan niet in de goede volgorde of komen "
            f"dubbel voor. De volgorde is {' → '.join(FASEN)}."
        )


def _controleer_conversie(waarde, naam: str) -> float:
    if not _is_getal(waarde) or not 0 < float(waarde) <= 1:
        raise ValueError(
            f"conversies: de conversie bij {naam} is {waarde!r}. Een conversie is een "
            "deel: groter dan 0 en hoogstens 1 (dus 0.25 voor 25 %)."
        )
    return float(waarde)


def _naar_paren(conversies) -> list[tuple[str, float]]:
    """Maak van ``conversies`` een lijst (fase, conversie naar de volgende fase)."""
    if isinstance(conversies, (Mapping, pd.Series)):
        namen = [str(k) for k in conversies.keys()]
        waarden = list(conversies.values) if isinstance(conversies, pd.Series) else list(
            conversies.values()
        )
        _controleer_fasen(namen, "conversies")
        if namen and namen[-1] == FASEN[-1]:
            raise ValueError(
                "conversies: na de fase 'klant' komt geen fase meer. Geef per fase de "
                "conversie naar de volgende fase, bijvoorbeeld "
                "{'gebeld': 0.25, 'prospect': 0.2, 'offerte': 0.5}."
            )
    elif isinstance(conversies, Sequence) and not isinstance(conversies, str) or isinstance(
        conversies, np.ndarray
    ):
        waarden = list(conversies)
        if len(waarden) > len(FASEN) - 1:
            raise ValueError(
                f"conversies: {len(waarden)} conversies is te veel; de funnel heeft "
                f"hoogstens {len(FASEN) - 1} stappen ({' → '.join(FASEN)})."
            )
        namen = list(FASEN[len(FASEN) - 1 - len(waarden) : -1])
    else:
        raise ValueError(
            "conversies: geef een lijst met delen (zoals [0.25, 0.2, 0.5]) of een "
            "dict fase → conversie (zoals {'gebeld': 0.25, 'prospect': 0.2, 'offerte': 0.5})."
        )
    if not waarden:
        raise ValueError("conversies: de lijst is leeg; geef minstens één conversie.")
    return [(n, _controleer_conversie(w, n)) for n, w in zip(namen, waarden)]


def _volgende_fase(naam: str) -> str:
    return FASEN[FASEN.index(naam) + 1]


# ---------------------------------------------------------------- funnel en benodigd


def funnel(aantallen) -> pd.DataFrame:
    """Reken de funnel uit: per fase het aantal, de conversie en de slagingskans.

    ``aantallen`` is een dict (of Series) fase → aantal, van boven naar beneden.
    De fasenamen komen uit ``FASEN``. De uitkomst heeft per fase:

    * ``aantal``: het aantal dat de fase haalde;
    * ``conversie``: het deel dat ook de volgende fase haalt (leeg bij de laatste fase);
    * ``slagingskans``: het deel dat de laatste fase haalt (bij de laatste fase 1).

    Is een aantal 0, dan zijn de delen daarna leeg (NaN): delen door 0 kan niet.

    >>> f = funnel({"gebeld": 400, "prospect": 100, "offerte": 20, "klant": 10})
    >>> f["slagingskans"].tolist()
    [0.025, 0.1, 0.5, 1.0]
    >>> f["conversie"].round(2).tolist()[:3]
    [0.25, 0.2, 0.5]
    """
    if not isinstance(aantallen, (Mapping, pd.Series)):
        raise ValueError(
            "aantallen: geef een dict fase → aantal, bijvoorbeeld "
            "{'gebeld': 400, 'prospect': 100, 'offerte': 20, 'klant': 10}."
        )
    namen = [str(k) for k in aantallen.keys()]
    if not namen:
        raise ValueError("aantallen: de funnel is leeg; geef minstens één fase.")
    _controleer_fasen(namen, "aantallen")
    waarden = list(aantallen.values) if isinstance(aantallen, pd.Series) else list(aantallen.values())
    for naam, w in zip(namen, waarden):
        if not _is_getal(w) or w < 0 or float(w) != int(w):
            raise ValueError(
                f"aantallen: het aantal bij {naam!r} is {w!r}. Een aantal is een heel "
                "getal van 0 of meer."
            )
    getallen = [int(w) for w in waarden]
    for (boven, a), (onder, b) in zip(zip(namen, getallen), zip(namen[1:], getallen[1:])):
        if b > a:
            raise ValueError(
                f"aantallen: {onder!r} ({b}) is groter dan {boven!r} ({a}). In een funnel "
                "kan een fase nooit meer organisaties hebben dan de fase erboven."
            )
    aantal = pd.Series(getallen, index=pd.Index(namen, name="fase"), dtype="int64")
    volgende = aantal.shift(-1)
    noemer = aantal.where(aantal > 0).astype("float64")
    return pd.DataFrame(
        {
            "aantal": aantal,
            "conversie": (volgende / noemer).astype("float64"),
            "slagingskans": (aantal.iloc[-1] / noemer).astype("float64"),
        }
    )


def benodigd(doel, conversies) -> pd.Series:
    """Reken terug: hoeveel heb je per fase nodig om ``doel`` klanten te halen?

    ``conversies`` is een lijst met delen van boven naar beneden (zoals
    ``[0.25, 0.2, 0.5]``), of een dict fase → conversie naar de volgende fase.
    Bij een lijst heten de fasen zoals onderaan ``FASEN`` (gebeld, prospect,
    offerte, klant).

    Let op: bij elke fase rondt de functie **naar boven** af. Je kunt geen
    halve offerte uitbrengen, en met naar beneden afronden haal je het doel
    niet. Door het afronden kan de echte conversie iets lager uitvallen dan je
    opgaf; nooit hoger.

    Een doel dat geen heel getal is, wordt ook naar boven afgerond.

    >>> benodigd(10, [0.25, 0.2, 0.5]).tolist()
    [400, 100, 20, 10]
    >>> benodigd(7, {"prospect": 0.2, "offerte": 0.5}).to_dict()
    {'prospect': 70, 'offerte': 14, 'klant': 7}
    """
    if not _is_getal(doel) or doel <= 0:
        raise ValueError(
            f"doel: {doel!r} is geen geldig doel. Geef een positief getal, bijvoorbeeld 10 klanten."
        )
    paren = _naar_paren(conversies)
    laatste = _volgende_fase(paren[-1][0])
    volgende = math.ceil(float(doel))
    aantallen = {laatste: volgende}
    for naam, c in reversed(paren):
        nodig = math.ceil(volgende / c)
        # Kommagetallen: 20 / 0.2 kan 100.00000001 worden; 100 is dan genoeg.
        while nodig > 1 and (nodig - 1) * c >= volgende:
            nodig -= 1
        aantallen[naam] = nodig
        volgende = nodig
    namen = [n for n, _ in paren] + [laatste]
    return pd.Series(
        [aantallen[n] for n in namen], index=pd.Index(namen, name="fase"), name="aantal", dtype="int64"
    )


def nieuwe_business_plan(
    klanten, bruto_marge_per_klant, conversies, *, bruto_marge_dit_jaar=None
) -> pd.DataFrame:
    """Het new-business-plan van een verkoper: inputtargets naast outputtargets.

    Outputtargets zijn resultaten: het aantal nieuwe klanten en de bruto marge
    (``klanten × bruto_marge_per_klant`` over de eerste 12 maanden). Geef je
    ``bruto_marge_dit_jaar`` mee, dan komt die er als extra target bij; die is
    meestal lager, omdat nieuwe klanten verspreid over het jaar binnenkomen.

    Inputtargets zijn activiteiten: hoeveel je per fase moet doen. Die komen
    uit ``benodigd`` (dus naar boven afgerond).

    Uitkomst: per target de ``soort`` ("input" of "output"), de ``waarde`` en
    een ``toelichting``.

    >>> plan = nieuwe_business_plan(10, 5000, [0.25, 0.2, 0.5], bruto_marge_dit_jaar=20000)
    >>> plan["waarde"].astype(int).tolist()
    [400, 100, 20, 10, 5000, 50000, 20000]
    >>> plan["soort"].tolist()[:4]
    ['input', 'input', 'input', 'output']
    """
    if not _is_getal(klanten) or klanten <= 0:
        raise ValueError(
            f"klanten: {klanten!r} is geen geldig doel. Geef een positief aantal nieuwe klanten."
        )
    if not _is_getal(bruto_marge_per_klant) or bruto_marge_per_klant <= 0:
        raise ValueError(
            f"bruto_marge_per_klant: {bruto_marge_per_klant!r} is geen geldig bedrag. "
            "Geef een positief bedrag in euro's."
        )
    if bruto_marge_dit_jaar is not None and (
        not _is_getal(bruto_marge_dit_jaar) or bruto_marge_dit_jaar <= 0
    ):
        raise ValueError(
            f"bruto_marge_dit_jaar: {bruto_marge_dit_jaar!r} is geen geldig bedrag. "
            "Geef een positief bedrag in euro's, of laat het weg (None)."
        )
    nodig = benodigd(klanten, conversies)
    rijen = []
    for fase, aantal in nodig.iloc[:-1].items():
        rijen.append((fase, "input", float(aantal), f"aantal in de fase {fase!r} (activiteit)"))
    n_klanten = int(nodig.iloc[-1])
    rijen.append(("nieuwe klanten", "output", float(n_klanten), "aantal nieuwe klanten"))
    rijen.append(
        (
            "bruto marge per klant",
            "output",
            float(bruto_marge_per_klant),
            "gemiddelde bruto marge per nieuwe klant, eerste 12 maanden (€)",
        )
    )
    rijen.append(
        (
            "bruto marge 12 maanden",
            "output",
            float(n_klanten * bruto_marge_per_klant),
            "bruto marge van alle nieuwe klanten, eerste 12 maanden (€)",
        )
    )
    if bruto_marge_dit_jaar is not None:
        rijen.append(
            (
                "bruto marge dit jaar",
                "output",
                float(bruto_marge_dit_jaar),
                "bruto marge van de nieuwe klanten in dit kalenderjaar (€)",
            )
        )
    plan = pd.DataFrame(rijen, columns=["target", "soort", "waarde", "toelichting"])
    return plan.set_index("target")


# ---------------------------------------------------------------- uit de leads-tabel


def _controleer_leads(leads: pd.DataFrame, kolommen: Sequence[str]) -> None:
    if not isinstance(leads, pd.DataFrame):
        raise ValueError("leads: geef de leads-tabel als DataFrame, bijvoorbeeld laad('leads').")
    ontbreekt = [k for k in kolommen if k not in leads.columns]
    if ontbreekt:
        raise ValueError(
            f"leads: de kolom(men) {', '.join(ontbreekt)} ontbreken. Nodig zijn: "
            f"{', '.join(kolommen)}."
        )
    for k in kolommen:
        if k.endswith("_op") and not pd.api.types.is_datetime64_any_dtype(leads[k]):
            raise ValueError(
                f"leads: kolom {k!r} is geen datumkolom (dtype {leads[k].dtype}). "
                "Gebruik laad('leads') of pd.to_datetime."
            )

    def fout(masker, uitleg):
        if masker.any():
            ids = leads.loc[masker, "lead_id"].astype(str).tolist() if "lead_id" in leads else list(  # tekst-ok: nooit leeg
                leads.index[masker]
            )
            voorbeeld = ", ".join(map(str, ids[:5])) + (" …" if len(ids) > 5 else "")
            raise ValueError(f"leads: {int(masker.sum())} rij(en) {uitleg}: {voorbeeld}.")

    fout(leads["aangemaakt_op"].isna(), "zonder aangemaakt_op")
    vorige = "aangemaakt_op"
    for fase in ("prospect", "offerte", "klant"):
        kol = _DATUMKOLOM[fase]
        if kol not in leads:
            continue
        fout(leads[kol].notna() & leads[vorige].isna(), f"hebben {kol} maar geen {vorige}")
        fout(leads[kol] < leads[vorige], f"hebben {kol} vóór {vorige}")
        vorige = kol
    if "gewonnen_op" in leads and "verloren_op" in leads:
        fout(leads["gewonnen_op"].notna() & leads["verloren_op"].notna(), "zijn zowel gewonnen als verloren")


def _groepen(leads: pd.DataFrame, per):
    """De groeperingssleutel voor ``per`` (None, een kolom, 'kwartaal' of 'jaar')."""
    if per is None:
        return None
    if per == "kwartaal":
        return leads["aangemaakt_op"].dt.to_period("Q").astype(str).rename("kwartaal")  # tekst-ok: nooit leeg
    if per == "jaar":
        return leads["aangemaakt_op"].dt.year.rename("jaar")
    if isinstance(per, str) and per in leads.columns and not per.endswith("_op"):
        if leads[per].isna().any():
            raise ValueError(
                f"per: kolom {per!r} is leeg in {int(leads[per].isna().sum())} rij(en); "
                "vul die eerst in, anders vallen leads weg."
            )
        return leads[per]
    keuzes = ["verkoper", "bron", "kwartaal", "jaar", "business_unit", "sector"]
    raise ValueError(f"per: {per!r} kan niet. Kies None of een van {', '.join(repr(k) for k in keuzes)}.")


def _bereikt(leads: pd.DataFrame, peildatum=None) -> pd.DataFrame:
    """Per lead en fase: True als de lead die fase (op of vóór de peildatum) haalde."""
    uit = {}
    for fase in _LEADFASEN:
        datum = leads[_DATUMKOLOM[fase]]
        uit[fase] = datum.notna() if peildatum is None else datum.le(peildatum)
    return pd.DataFrame(uit, index=leads.index)


def _funnel_uit_bereikt(bereikt: pd.DataFrame) -> pd.DataFrame:
    return funnel({f: int(bereikt[f].sum()) for f in _LEADFASEN})


def funnel_uit_leads(leads: pd.DataFrame, per=None, *, alleen_afgesloten: bool = False) -> pd.DataFrame:
    """Tel de funnel uit de leads-tabel: lead → prospect → offerte → klant.

    Een lead telt mee in een fase als de datum van die fase gevuld is
    (``prospect_op``, ``offerte_op``, ``gewonnen_op``). Een prospect die later
    terugviel naar lead, telt dus wél mee als prospect: hij is er geweest.

    ``per`` groepeert: None (totaal), ``"verkoper"``, ``"bron"``, ``"kwartaal"``
    (van ``aangemaakt_op``), ``"jaar"`` of een andere kolom zoals
    ``"business_unit"``. Met ``per`` krijg je een tabel met index (groep, fase).

    Leads die nog lopen, zijn (nog) niet gewonnen en drukken dus de conversie.
    Met ``alleen_afgesloten=True`` tel je alleen leads die gewonnen of verloren zijn.

    >>> import pandas as pd
    >>> d = pd.to_datetime
    >>> leads = pd.DataFrame({"lead_id": ["L1", "L2", "L3", "L4"],
    ...     "aangemaakt_op": d(["2025-01-01"] * 4),
    ...     "prospect_op": d(["2025-01-10", "2025-01-12", None, None]),
    ...     "offerte_op": d(["2025-02-01", None, None, None]),
    ...     "gewonnen_op": d(["2025-03-01", None, None, None]),
    ...     "verloren_op": d([None, "2025-02-01", "2025-01-20", None])})
    >>> funnel_uit_leads(leads)["aantal"].tolist()
    [4, 2, 1, 1]
    >>> funnel_uit_leads(leads, alleen_afgesloten=True)["aantal"].tolist()
    [3, 2, 1, 1]
    """
    _controleer_leads(leads, ["aangemaakt_op", "prospect_op", "offerte_op", "gewonnen_op", "verloren_op"])
    if alleen_afgesloten:
        leads = leads[leads["gewonnen_op"].notna() | leads["verloren_op"].notna()]
    bereikt = _bereikt(leads)
    sleutel = _groepen(leads, per)
    if sleutel is None:
        return _funnel_uit_bereikt(bereikt)
    delen = {groep: _funnel_uit_bereikt(deel) for groep, deel in bereikt.groupby(sleutel, sort=True)}
    if not delen:
        leeg = _funnel_uit_bereikt(bereikt).iloc[0:0]
        return leeg.set_index(pd.MultiIndex.from_arrays([[], []], names=[sleutel.name, "fase"]))
    return pd.concat(delen, names=[sleutel.name, "fase"])


def doorlooptijd(leads: pd.DataFrame, per=None) -> pd.DataFrame:
    """Hoe lang duurt elke stap? De mediaan en de spreiding in dagen.

    Per stap (``lead → prospect``, ``prospect → offerte``, ``offerte → klant``)
    tellen alleen de leads die beide fasen haalden. Kolommen:
    ``aantal``, ``mediaan`` (dagen), ``kwartiel_1`` en ``kwartiel_3`` (de
    middelste helft ligt daartussen) en ``interkwartielafstand`` (kwartiel_3 −
    kwartiel_1, een maat voor de spreiding). Een stap zonder leads geeft NaN.

    ``per`` groepeert zoals bij ``funnel_uit_leads``; de index wordt dan (groep, stap).

    >>> import pandas as pd
    >>> d = pd.to_datetime
    >>> leads = pd.DataFrame({"lead_id": ["L1", "L2"],
    ...     "aangemaakt_op": d(["2025-01-01", "2025-01-01"]),
    ...     "prospect_op": d(["2025-01-11", "2025-01-31"]),
    ...     "offerte_op": d(["2025-02-10", None]),
    ...     "gewonnen_op": d([None, None])})
    >>> doorlooptijd(leads)["mediaan"].tolist()
    [20.0, 30.0, nan]
    """
    _controleer_leads(leads, ["aangemaakt_op", "prospect_op", "offerte_op", "gewonnen_op"])
    kolommen = ["aangemaakt_op", "prospect_op", "offerte_op", "gewonnen_op"]
    dagen = pd.DataFrame(
        {
            stap: (leads[na] - leads[voor]).dt.total_seconds() / 86400
            for stap, voor, na in zip(STAPPEN, kolommen[:-1], kolommen[1:])
        },
        index=leads.index,
    )

    def samenvatting(deel: pd.DataFrame) -> pd.DataFrame:
        rijen = {}
        for stap in STAPPEN:
            x = deel[stap].dropna()  # alleen leads die beide fasen haalden
            q1, med, q3 = (x.quantile([0.25, 0.5, 0.75]).tolist() if len(x) else [np.nan] * 3)
            rijen[stap] = {
                "aantal": len(x),
                "mediaan": med,
                "kwartiel_1": q1,
                "kwartiel_3": q3,
                "interkwartielafstand": q3 - q1,
            }
        uit = pd.DataFrame.from_dict(rijen, orient="index")
        uit.index.name = "stap"
        return uit.astype({"aantal": "int64"})

    sleutel = _groepen(leads, per)
    if sleutel is None:
        return samenvatting(dagen)
    delen = {groep: samenvatting(deel) for groep, deel in dagen.groupby(sleutel, sort=True)}
    return pd.concat(delen, names=[sleutel.name, "stap"])


def pijplijn_prognose(
    leads: pd.DataFrame, peildatum, slagingskansen=None, *, max_dagen_in_fase=None
) -> pd.DataFrame:
    """Een gewogen pijplijn: wat levert de open pijplijn naar verwachting op?

    Open zijn de leads die op ``peildatum`` al bestonden en toen nog niet
    gewonnen of verloren waren. Elke open lead staat in de hoogste fase die
    hij op de peildatum had bereikt (``lead``, ``prospect`` of ``offerte``).
    Een prospect die vóór de peildatum terugviel naar lead, telt als lead.

    De slagingskans per fase komt uit de leads die op de peildatum al
    afgesloten waren (gewonnen of verloren): van alle afgesloten leads die de
    fase haalden, het deel dat gewonnen werd. Zo gebruik je alleen wat je op
    de peildatum kon weten. Je kunt ook zelf kansen meegeven als dict fase → kans.

    Veel CRM's zitten vol met leads die al jaren "open" staan. Met
    ``max_dagen_in_fase`` tel je open leads die op de peildatum al langer dan
    dat aantal dagen in hun fase zitten niet mee in de prognose. Ze vallen niet
    stil weg: de kolom ``aantal_verouderd`` telt ze per fase.

    Kolommen: ``aantal_open``, ``aantal_verouderd``, ``slagingskans``, ``open_waarde``,
    ``open_bruto_marge``, ``verwachte_deals`` (aantal × kans),
    ``verwachte_waarde`` en ``verwachte_bruto_marge`` (bedrag × kans).

    >>> import pandas as pd
    >>> d = pd.to_datetime
    >>> leads = pd.DataFrame({"lead_id": ["A", "B", "C", "D"],
    ...     "aangemaakt_op": d(["2025-01-01"] * 4),
    ...     "prospect_op": d(["2025-01-05", "2025-01-05", "2025-01-05", None]),
    ...     "offerte_op": d(["2025-02-01", "2025-02-01", "2025-02-01", None]),
    ...     "gewonnen_op": d(["2025-03-01", None, None, None]),
    ...     "verloren_op": d([None, "2025-03-01", None, None]),
    ...     "waarde": [100.0, 100.0, 300.0, 50.0], "bruto_marge": [10.0, 10.0, 30.0, 5.0]})
    >>> p = pijplijn_prognose(leads, "2025-06-30")
    >>> p.loc["offerte", ["aantal_open", "slagingskans", "verwachte_bruto_marge"]].tolist()
    [1.0, 0.5, 15.0]
    """
    _controleer_leads(
        leads,
        ["aangemaakt_op", "prospect_op", "offerte_op", "gewonnen_op", "verloren_op", "waarde", "bruto_marge"],
    )
    try:
        peil = pd.Timestamp(peildatum)
    except (TypeError, ValueError):
        peil = pd.NaT
    if pd.isna(peil):
        raise ValueError(f"peildatum: {peildatum!r} is geen datum. Geef bijvoorbeeld '2025-06-30'.")
    open_fasen = list(_LEADFASEN[:-1])

    bestond = leads["aangemaakt_op"].le(peil)
    afgesloten = leads["gewonnen_op"].le(peil) | leads["verloren_op"].le(peil)

    # Slagingskansen uit de afgesloten leads.
    if slagingskansen is None:
        dicht = leads[bestond & afgesloten]
        bereikt = _bereikt(dicht, peil)
        kansen = {}
        for fase in open_fasen:
            n = int(bereikt[fase].sum())
            kansen[fase] = float((bereikt[fase] & bereikt["klant"]).sum()) / n if n else np.nan
    else:
        if not isinstance(slagingskansen, Mapping):
            raise ValueError("slagingskansen: geef een dict fase → kans, bijvoorbeeld {'offerte': 0.5}.")
        for fase, kans in slagingskansen.items():
            if fase not in open_fasen:
                raise ValueError(
                    f"slagingskansen: onbekende fase {fase!r}. Kies uit {', '.join(map(repr, open_fasen))}."
                )
            if not _is_getal(kans) or not 0 <= kans <= 1:
                raise ValueError(f"slagingskansen: de kans bij {fase!r} is {kans!r}; kies een deel tussen 0 en 1.")
        ontbreekt = [f for f in open_fasen if f not in slagingskansen]
        if ontbreekt:
            raise ValueError(f"slagingskansen: geef ook een kans voor {', '.join(map(repr, ontbreekt))}.")
        kansen = {f: float(slagingskansen[f]) for f in open_fasen}

    # Open leads en hun fase op de peildatum.
    open_ = leads[bestond & ~afgesloten]
    fase = pd.Series("lead", index=open_.index)
    is_prospect = open_["prospect_op"].le(peil)
    if "terug_naar_lead_op" in open_.columns:
        terug = open_["terug_naar_lead_op"]
        is_prospect &= ~(terug.le(peil) & terug.ge(open_["prospect_op"]))
    fase[is_prospect] = "prospect"
    is_offerte = open_["offerte_op"].le(peil)
    fase[is_offerte] = "offerte"
    # Sinds wanneer zit de lead in deze fase?
    sinds = open_["aangemaakt_op"].copy()
    if "terug_naar_lead_op" in open_.columns:
        terug = open_["terug_naar_lead_op"]
        sinds = sinds.mask(terug.le(peil) & ~is_prospect & ~is_offerte, terug)
    sinds = sinds.mask(is_prospect, open_["prospect_op"]).mask(is_offerte, open_["offerte_op"])
    if max_dagen_in_fase is None:
        verouderd = pd.Series(False, index=open_.index)
    else:
        if not _is_getal(max_dagen_in_fase) or max_dagen_in_fase <= 0:
            raise ValueError(
                f"max_dagen_in_fase: {max_dagen_in_fase!r} kan niet. Geef een positief aantal "
                "dagen, of None om alle open leads mee te tellen."
            )
        verouderd = (peil - sinds).dt.days > max_dagen_in_fase
    aantal_verouderd = fase[verouderd].value_counts().reindex(open_fasen, fill_value=0)
    open_, fase = open_[~verouderd], fase[~verouderd]
    for kol in ("waarde", "bruto_marge"):
        leeg = open_[kol].isna()
        if leeg.any():
            raise ValueError(
                f"leads: {int(leeg.sum())} open lead(s) zonder {kol}: "
                f"{', '.join(open_.loc[leeg, 'lead_id'].astype(str).head(5)) if 'lead_id' in open_ else ''}. "  # tekst-ok: nooit leeg
                "Vul een verwachte waarde in; anders valt de lead weg uit de prognose."
            )
    groep = open_.groupby(fase)
    uit = pd.DataFrame(index=pd.Index(open_fasen, name="fase"))
    uit["aantal_open"] = groep.size().reindex(open_fasen, fill_value=0).astype("int64")
    uit["aantal_verouderd"] = aantal_verouderd.astype("int64")
    uit["slagingskans"] = pd.Series(kansen)
    uit["open_waarde"] = groep["waarde"].sum().reindex(open_fasen, fill_value=0.0)
    uit["open_bruto_marge"] = groep["bruto_marge"].sum().reindex(open_fasen, fill_value=0.0)
    uit["verwachte_deals"] = uit["aantal_open"] * uit["slagingskans"]
    uit["verwachte_waarde"] = uit["open_waarde"] * uit["slagingskans"]
    uit["verwachte_bruto_marge"] = uit["open_bruto_marge"] * uit["slagingskans"]
    return uit
