"""Accountmanagement: welke klanten zijn grote accounts, en wat weet je van ze?

Een paar klanten zorgen vaak voor een groot deel van de omzet. Om ze te vinden
maak je drie keuzes, net als bij de klantdefinitie van hoofdstuk 01:

1. **periode** – de omzet van de laatste ``maanden`` maanden tot en met de
   peildatum (standaard 24: hele jaren, lang genoeg om projecten uit te
   middelen en kort genoeg om actueel te zijn);
2. **niveau** – per vestiging, per bedrijf (KvK-nummer) of per concern
   (moeder met alle dochters);
3. **via** – tel je een factuurregel bij de vestiging die **bestelde**
   (``"besteld_door"``) of bij het **factuuradres** (``"factuuradres"``,
   de kolom ``vestigingsnummer``)? Bij concerns die via de holding
   factureren, verbergt het factuuradres wie er bestelt.

Omzet is hier de netto omzet: alle regels in de periode opgeteld, dus
facturen min retouren en creditnota's, zoals de tabel is (ook dubbele regels
tellen mee; dat doet de wallet-schatting ook).

De functies zijn puur: tabellen erin, tabellen of getallen eruit. Foute invoer
geeft een ``ValueError`` met een Nederlandse melding die het argument (en waar
het kan de kolom en de rij) noemt. Er valt niets stilletjes weg.

Belangrijkste functies:

- :func:`omzet_per_klant` en :func:`grote_accounts` – omzet, aandeel en
  cumulatief aandeel per klant; de klanten boven een drempel (vuistregel 5 %).
- :func:`concentratie` – Pareto (hoeveel klanten maken 80 %), het aandeel van
  de grootste vier en de Herfindahl-index met een lezing in woorden.
- :func:`share_of_wallet` – ons aandeel in de besteding van de klant, onze
  plek onder zijn leveranciers (top 3?) en de ruimte in euro's.
- :func:`witte_vlekken` – waar een account nog niets koopt en waar ons aandeel
  laag is.
- :func:`dmu_dekking` – welke DMU-rollen we per account kennen.
- :func:`accountkaart` – een briefing van één account op één pagina.
- :func:`verkoopfunctie` – de salesfunctie bij klantgrootte × complexiteit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from klantlib._compat import TEKST
from klantlib.opmaak import euro, getal, procent

__all__ = [
    "DMU_ROLLEN",
    "NIVEAUS",
    "STRATEGIEKOPPEN",
    "VERKOOPFUNCTIES",
    "VIA",
    "Accountkaart",
    "Concentratie",
    "aandeel_per_venster",
    "accountkaart",
    "concentratie",
    "dmu_dekking",
    "escalaties",
    "grote_accounts",
    "omzet_per_klant",
    "omzet_per_periode",
    "share_of_wallet",
    "verkoopfunctie",
    "voor_fusie",
    "wie_bedient",
    "witte_vlekken",
]

#: Wat is één klant?
NIVEAUS = ("vestiging", "bedrijf", "concern")
#: Bij welke vestiging telt een factuurregel?
VIA = ("besteld_door", "factuuradres")
#: De vijf rollen in de DMU (het koopcentrum van de klant), in deze volgorde.
DMU_ROLLEN = ("beslisser", "beïnvloeder", "inkoper", "gebruiker", "poortwachter")
#: De salesfuncties van klein en eenvoudig naar groot en complex.
VERKOOPFUNCTIES = (
    "sales binnendienst",
    "junior accountmanager",
    "accountmanager",
    "senior accountmanager",
    "key accountmanager",
)
KLANTGROOTTES = ("klein", "middelgroot", "groot")
COMPLEXITEITEN = ("eenvoudig", "gemiddeld", "complex")
#: De koppen van een accountstrategie (die de accountmanager zelf invult).
STRATEGIEKOPPEN = (
    "Markt van de klant",
    "Uitdagingen van de klant",
    "Wat we nu leveren",
    "Concurrenten",
    "Klachten en escalaties",
    "Management en DMU",
    "Doel voor de komende 24 maanden",
    "Aanpak: witte vlekken of groter aandeel",
    "Wat heeft de klant eraan?",
)

_KLEIN = 1e-12  # rekenruis bij het vergelijken van aandelen met een drempel


# ---------------------------------------------------------------------------
# Controle van de invoer
# ---------------------------------------------------------------------------


def _rij(label) -> str:
    """Een rijlabel zoals een mens het leest (geen numpy-weergave)."""
    if isinstance(label, (np.integer,)):
        return str(int(label))
    return str(label)


def _eis_tabel(tabel, naam: str, functie: str) -> None:
    if not isinstance(tabel, pd.DataFrame):
        soort = "niets (None)" if tabel is None else type(tabel).__name__
        raise ValueError(f"{functie}: {naam} moet een tabel (pandas DataFrame) zijn, niet {soort}.")


def _eis_kolommen(tabel: pd.DataFrame, naam: str, functie: str, kolommen, reden: str = "") -> None:
    mist = [k for k in kolommen if k not in tabel.columns]
    if mist:
        lijst = ", ".join(f"'{k}'" for k in mist)
        raise ValueError(
            f"{functie}: de tabel {naam} mist de kolom(men) {lijst}{reden}. "
            f"Aanwezige kolommen: {', '.join(map(str, tabel.columns))}."
        )


def _eis_keuze(waarde, naam: str, functie: str, keuzes) -> None:
    if not isinstance(waarde, str) or waarde not in keuzes:
        raise ValueError(f"{functie}: {naam} moet een van {', '.join(repr(k) for k in keuzes)} zijn, "
                         f"niet {waarde!r}.")


def _eis_maanden(maanden, functie: str) -> int:
    if isinstance(maanden, (bool, np.bool_)) or not isinstance(maanden, (int, np.integer)) or maanden < 1:
        raise ValueError(f"{functie}: maanden moet een heel getal van 1 of meer zijn (bijvoorbeeld 24), "
                         f"niet {maanden!r}.")
    return int(maanden)


def _eis_drempel(drempel, functie: str, naam: str = "drempel") -> float:
    if isinstance(drempel, (bool, np.bool_)) or not isinstance(drempel, (int, float, np.integer, np.floating)):
        raise ValueError(f"{functie}: {naam} moet een getal zijn, zoals 0.05 voor 5 %, niet {drempel!r}.")
    drempel = float(drempel)
    if math.isnan(drempel) or not 0 < drempel <= 1:
        extra = f" Bedoel je {getal(drempel / 100, 2).replace(',', '.')}?" if 1 < drempel <= 100 else ""
        raise ValueError(f"{functie}: {naam} is een deel tussen 0 en 1, zoals 0.05 voor 5 %; "
                         f"je gaf {drempel:g}.{extra}")
    return drempel


def _peildatum(peildatum, facturen: pd.DataFrame, functie: str) -> pd.Timestamp:
    if peildatum is None:
        datums = facturen["factuurdatum"].dropna()
        if datums.empty:
            raise ValueError(f"{functie}: facturen heeft geen enkele factuurdatum; geef een peildatum mee.")
        laatste = datums.max()
        return (laatste + pd.offsets.MonthEnd(0)).normalize()
    try:
        datum = pd.Timestamp(peildatum)
    except (TypeError, ValueError):
        raise ValueError(f"{functie}: peildatum moet een datum zijn, zoals '2025-12-31', niet {peildatum!r}.") from None
    if pd.isna(datum):
        raise ValueError(f"{functie}: peildatum is leeg; geef een datum zoals '2025-12-31'.")
    if datum.tzinfo is not None:
        datum = datum.tz_localize(None)
    return datum.normalize()


def _begindatum(peil: pd.Timestamp, maanden: int) -> pd.Timestamp:
    """De eerste dag van de periode: na (peil - maanden), dus 24 maanden tot 31-12-2025 begint op 1-1-2024."""
    return peil - pd.DateOffset(months=maanden) + pd.Timedelta(days=1)


def _in_venster(datums: pd.Series, begin: pd.Timestamp, peil: pd.Timestamp) -> np.ndarray:
    waarden = datums.to_numpy()
    return (waarden >= begin.to_datetime64()) & (waarden < (peil + pd.Timedelta(days=1)).to_datetime64())


def _controleer_facturen(facturen, functie: str, via: str) -> None:
    _eis_tabel(facturen, "facturen", functie)
    _eis_kolommen(facturen, "facturen", functie, ["factuurdatum", "bedrag"])
    if via == "besteld_door":
        _eis_kolommen(facturen, "facturen", functie, ["besteld_door"],
                      " (wie bestelde?); zonder die kolom kun je via='factuuradres' tellen")
    elif "vestigingsnummer" not in facturen.columns and "klantnaam" not in facturen.columns:
        raise ValueError(f"{functie}: de tabel facturen heeft een kolom 'vestigingsnummer' of 'klantnaam' nodig "
                         "om het factuuradres te herkennen.")
    if not pd.api.types.is_datetime64_any_dtype(facturen["factuurdatum"].dtype):
        raise ValueError(f"{functie}: kolom 'factuurdatum' in facturen bevat geen datums (type "
                         f"{facturen['factuurdatum'].dtype}). Lees de tabel in met klantlib.data.laad of "
                         "zet hem om met pd.to_datetime.")
    if not pd.api.types.is_numeric_dtype(facturen["bedrag"].dtype) or pd.api.types.is_bool_dtype(facturen["bedrag"]):
        raise ValueError(f"{functie}: kolom 'bedrag' in facturen bevat geen getallen (type "
                         f"{facturen['bedrag'].dtype}).")
    leeg = facturen["factuurdatum"].isna().to_numpy()
    if leeg.any():
        rijen = facturen.index[leeg]
        raise ValueError(f"{functie}: kolom 'factuurdatum' in facturen is leeg in rij {_rij(rijen[0])}"
                         f"{_en_meer(len(rijen))}. Zonder datum weten we niet of de regel in de periode valt.")


def _en_meer(aantal: int) -> str:
    return f" (en in {aantal - 1} andere rij{'en' if aantal > 2 else ''})" if aantal > 1 else ""


_BEDRIJVEN_KOLOMMEN = ("vestigingsnummer", "kvk_nummer", "concern_kvk")


@dataclass
class _Register:
    """Per vestigingsnummer: de sleutel en de naam op elk niveau."""

    sleutel: dict[str, pd.Series]  # niveau -> Series (index vestigingsnummer) met de sleutel
    naam: dict[str, dict]  # niveau -> {sleutel: naam}
    hoofd: dict  # kvk -> vestigingsnummer van de hoofdvestiging
    concern_van_kvk: dict  # kvk -> concern_kvk
    kvk_opvolger: dict  # oud kvk -> nieuw kvk (overname)
    bedrijven: pd.DataFrame


def _tekst(reeks: pd.Series) -> pd.Series:
    return reeks.astype("object").where(reeks.notna(), None)


def _concernnaam_uit(bedrijfsnaam: str) -> str:
    """'Van Es Groep Holding B.V.' -> 'Van Es Groep'."""
    naam = re.sub(r"\s+(B\.V\.|N\.V\.|V\.O\.F\.|Stichting)$", "", str(bedrijfsnaam).strip())
    naam = re.sub(r"\s+Holding$", "", naam)
    return naam or str(bedrijfsnaam)


def _register(bedrijven, functie: str) -> _Register:
    _eis_tabel(bedrijven, "bedrijven", functie)
    _eis_kolommen(bedrijven, "bedrijven", functie, _BEDRIJVEN_KOLOMMEN)
    b = bedrijven
    vest = _tekst(b["vestigingsnummer"])
    leeg = vest.isna().to_numpy()
    if leeg.any():
        raise ValueError(f"{functie}: kolom 'vestigingsnummer' in bedrijven is leeg in rij "
                         f"{_rij(b.index[leeg][0])}{_en_meer(int(leeg.sum()))}.")
    dubbel = vest.duplicated().to_numpy()
    if dubbel.any():
        raise ValueError(f"{functie}: vestigingsnummer {vest[dubbel].iloc[0]} staat meer dan één keer in "
                         f"bedrijven (rij {_rij(b.index[dubbel][0])}). Elke vestiging hoort er één keer in.")
    kvk = _tekst(b["kvk_nummer"])
    if kvk.isna().any():
        rij = b.index[kvk.isna().to_numpy()][0]
        raise ValueError(f"{functie}: kolom 'kvk_nummer' in bedrijven is leeg in rij {_rij(rij)}.")
    concern = _tekst(b["concern_kvk"]).where(b["concern_kvk"].notna(), kvk)
    # Overname: het oude KvK-nummer telt als hetzelfde bedrijf als de opvolger.
    opvolger: dict = {}
    if "vorige_kvk_nummer" in b.columns:
        for nieuw, oud in zip(kvk, _tekst(b["vorige_kvk_nummer"])):
            if oud is not None and oud != nieuw:
                opvolger[oud] = nieuw
    concern_van_kvk = dict(zip(kvk, concern))
    kvk_nu = kvk.map(lambda k: opvolger.get(k, k))
    concern_nu = kvk_nu.map(lambda k: concern_van_kvk.get(k, k))
    index = pd.Index(vest.to_numpy(dtype=object))
    bedrijfsnaam = (_tekst(b["bedrijfsnaam"]) if "bedrijfsnaam" in b.columns else kvk).where(
        lambda s: s.notna(), kvk)
    plaats = _tekst(b["plaats"]) if "plaats" in b.columns else pd.Series([None] * len(b), index=b.index)
    if "concernnaam" in b.columns:
        concernnaam = _tekst(b["concernnaam"])
    else:
        concernnaam = pd.Series([None] * len(b), index=b.index, dtype=object)
    # Naam per niveau.
    naam_bedrijf = dict(zip(kvk, bedrijfsnaam))
    naam_nu = {k: naam_bedrijf.get(k, k) for k in set(kvk_nu)}
    naam_concern: dict = {}
    # Eerst de namen van bedrijven die nog bestaan (niet de naam van een overgenomen KvK-nummer).
    for oud_eerst in (False, True):
        for k, c, n in zip(kvk, concern_nu, concernnaam):
            if (k in opvolger) == oud_eerst and n is not None and c not in naam_concern:
                naam_concern[c] = n
    for c in set(concern_nu):
        if c not in naam_concern:
            naam_concern[c] = _concernnaam_uit(naam_bedrijf.get(c, c))
    naam_vest = {v: (f"{n} ({p})" if p else n) for v, n, p in zip(vest, bedrijfsnaam, plaats)}
    hoofd: dict = {}
    if "hoofdvestiging" in b.columns:
        for v, k, h in zip(vest, kvk, b["hoofdvestiging"].fillna(False).astype(bool)):
            if h:
                hoofd.setdefault(k, v)
    for v, k in zip(vest, kvk):
        hoofd.setdefault(k, v)
    return _Register(
        sleutel={
            "vestiging": pd.Series(index.to_numpy(), index=index),
            "bedrijf": pd.Series(kvk_nu.to_numpy(dtype=object), index=index),
            "concern": pd.Series(concern_nu.to_numpy(dtype=object), index=index),
        },
        naam={"vestiging": naam_vest, "bedrijf": naam_nu, "concern": naam_concern},
        hoofd=hoofd,
        concern_van_kvk={k: concern_van_kvk.get(opvolger.get(k, k), k) for k in concern_van_kvk},
        kvk_opvolger=opvolger,
        bedrijven=b,
    )


def _sleutels(facturen: pd.DataFrame, register: _Register, niveau: str, via: str,
              functie: str) -> tuple[np.ndarray, dict, list[str]]:
    """Per factuurregel de klantsleutel op ``niveau``; plus extra namen en niet-gekoppelde namen."""
    extra_namen: dict = {}
    niet_gekoppeld: list[str] = []
    tabel = register.sleutel[niveau]
    if via == "besteld_door":
        besteld = _tekst(facturen["besteld_door"])
        leeg = besteld.isna().to_numpy()
        if leeg.any():
            raise ValueError(
                f"{functie}: kolom 'besteld_door' in facturen is leeg in rij {_rij(facturen.index[leeg][0])}"
                f"{_en_meer(int(leeg.sum()))}. Vul de bestellende vestiging in, of tel via='factuuradres'.")
        positie = tabel.index.get_indexer(besteld.to_numpy(dtype=object))
        onbekend = positie < 0
        if onbekend.any():
            rij = facturen.index[onbekend][0]
            raise ValueError(
                f"{functie}: vestigingsnummer {besteld.iloc[int(np.argmax(onbekend))]} in kolom 'besteld_door' "
                f"(facturen, rij {_rij(rij)}{_en_meer(int(onbekend.sum()))}) staat niet in bedrijven.")
        return tabel.to_numpy()[positie], extra_namen, niet_gekoppeld
    # Via het factuuradres: de kolom vestigingsnummer; zonder (bekend) nummer koppelen we op naam.
    if "vestigingsnummer" in facturen.columns:
        vest = _tekst(facturen["vestigingsnummer"]).to_numpy(dtype=object)
    else:
        vest = np.array([None] * len(facturen), dtype=object)
    positie = tabel.index.get_indexer(vest)
    sleutels = np.empty(len(facturen), dtype=object)
    gevonden = positie >= 0
    sleutels[gevonden] = tabel.to_numpy()[positie[gevonden]]
    rest = np.flatnonzero(~gevonden)
    if len(rest):
        if "klantnaam" not in facturen.columns:
            rij = facturen.index[rest[0]]
            raise ValueError(f"{functie}: factuurregel in rij {_rij(rij)} heeft geen bekend vestigingsnummer en "
                             "facturen heeft geen kolom 'klantnaam' om op naam te koppelen.")
        from klantlib.definitie import koppel_namen, normaliseer_bedrijfsnaam

        namen = _tekst(facturen["klantnaam"].iloc[rest])
        if namen.isna().any():
            rij = facturen.index[rest[int(np.argmax(namen.isna().to_numpy()))]]
            raise ValueError(f"{functie}: factuurregel in rij {_rij(rij)} heeft geen vestigingsnummer en geen "
                             "klantnaam; we weten niet bij welke klant hij hoort.")
        koppeling = koppel_namen(list(dict.fromkeys(namen)), register.bedrijven).set_index("klantnaam")["kvk_nummer"]
        for i, naam in zip(rest, namen):
            k = koppeling.get(naam)
            if isinstance(k, str):
                k = register.kvk_opvolger.get(k, k)
                if niveau == "vestiging":
                    sleutels[i] = register.hoofd.get(k, k)
                elif niveau == "bedrijf":
                    sleutels[i] = k
                else:
                    sleutels[i] = register.concern_van_kvk.get(k, k)
            else:
                sleutel = normaliseer_bedrijfsnaam(naam)
                sleutels[i] = sleutel
                extra_namen.setdefault(sleutel, naam)
                if naam not in niet_gekoppeld:
                    niet_gekoppeld.append(naam)
    return sleutels, extra_namen, niet_gekoppeld


# ---------------------------------------------------------------------------
# Omzet per klant en grote accounts
# ---------------------------------------------------------------------------


def _marges(facturen: pd.DataFrame, producten, functie: str) -> np.ndarray:
    _eis_tabel(producten, "producten", functie)
    _eis_kolommen(producten, "producten", functie, ["product", "bruto_marge"])
    _eis_kolommen(facturen, "facturen", functie, ["product"], " (nodig om de marge uit te rekenen)")
    per_product = producten.drop_duplicates("product").set_index("product")["bruto_marge"]
    marge = facturen["product"].map(per_product)
    onbekend = marge.isna().to_numpy()
    if onbekend.any():
        rij = facturen.index[onbekend][0]
        raise ValueError(f"{functie}: product {facturen['product'].iloc[int(np.argmax(onbekend))]!r} "
                         f"(facturen, rij {_rij(rij)}{_en_meer(int(onbekend.sum()))}) staat niet in producten "
                         "of heeft geen bruto_marge.")
    return marge.to_numpy(dtype="float64")


def omzet_per_klant(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, niveau: str = "concern",
                    maanden: int = 24, peildatum=None, via: str = "besteld_door",
                    per_business_unit: bool = False, producten: pd.DataFrame | None = None) -> pd.DataFrame:
    """De netto omzet per klant in een periode, van groot naar klein.

    - ``niveau``: ``"vestiging"``, ``"bedrijf"`` (KvK-nummer) of ``"concern"``.
    - ``maanden`` en ``peildatum``: de periode loopt van de dag na
      (peildatum - maanden) tot en met de peildatum. Zonder peildatum: het
      einde van de maand van de laatste factuur. 24 maanden tot 31-12-2025 is
      dus 1-1-2024 tot en met 31-12-2025.
    - ``via``: ``"besteld_door"`` (de vestiging die bestelde) of
      ``"factuuradres"`` (kolom ``vestigingsnummer``; een regel zonder bekend
      nummer koppelen we op ``klantnaam``, net als in hoofdstuk 01; lukt dat
      niet, dan blijft hij als eigen klant onder zijn genormaliseerde naam
      staan, en ``attrs["niet_gekoppeld"]`` noemt die namen).
    - ``per_business_unit``: True geeft één rij per klant en business unit.
    - ``producten``: geef de tabel ``producten`` mee voor de kolommen
      ``bruto_marge`` (euro) en ``margepercentage`` (deel van de omzet).

    Kolommen: ``klant`` (de sleutel: vestigingsnummer, KvK-nummer of
    concern-KvK), ``naam``, (``business_unit``), ``omzet``, ``aandeel`` (deel
    van de totale omzet in de periode), ``cumulatief_aandeel``. Alle aandelen
    samen zijn 1. Gelijke omzet: de kleinste sleutel eerst. In ``attrs`` staan
    ``niveau``, ``maanden``, ``peildatum``, ``begindatum``, ``via``,
    ``totale_omzet`` en ``niet_gekoppeld``.

    >>> b = pd.DataFrame({"vestigingsnummer": ["v1", "v2", "v3"], "kvk_nummer": ["h", "d", "z"],
    ...                   "concern_kvk": ["h", "h", "z"], "bedrijfsnaam": ["Holding", "Dochter", "Zelf"],
    ...                   "concernnaam": ["Groep", "Groep", "Zelf"]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2025-04-01", "2025-05-01"]),
    ...                   "vestigingsnummer": ["v1", "v1", "v3"], "besteld_door": ["v2", "v2", "v3"],
    ...                   "bedrag": [300.0, 300.0, 400.0]})
    >>> omzet_per_klant(f, bedrijven=b, niveau="concern")[["klant", "naam", "omzet", "aandeel"]]
      klant   naam  omzet  aandeel
    0     h  Groep  600.0      0.6
    1     z   Zelf  400.0      0.4
    >>> omzet_per_klant(f, bedrijven=b, niveau="bedrijf", via="factuuradres")["naam"].tolist()
    ['Holding', 'Zelf']
    >>> omzet_per_klant(f, bedrijven=b, niveau="bedrijf")["naam"].tolist()
    ['Dochter', 'Zelf']
    """
    functie = "omzet_per_klant"
    _eis_keuze(niveau, "niveau", functie, NIVEAUS)
    _eis_keuze(via, "via", functie, VIA)
    maanden = _eis_maanden(maanden, functie)
    if not isinstance(per_business_unit, (bool, np.bool_)):
        raise ValueError(f"{functie}: per_business_unit moet True of False zijn, niet {per_business_unit!r}.")
    _controleer_facturen(facturen, functie, via)
    if per_business_unit:
        _eis_kolommen(facturen, "facturen", functie, ["business_unit"], " (nodig bij per_business_unit=True)")
    register = _register(bedrijven, functie)
    peil = _peildatum(peildatum, facturen, functie)
    begin = _begindatum(peil, maanden)
    masker = _in_venster(facturen["factuurdatum"], begin, peil)
    venster = facturen[masker]
    bedrag = venster["bedrag"].to_numpy(dtype="float64")
    if np.isnan(bedrag).any():
        rijen = venster.index[np.isnan(bedrag)]
        raise ValueError(f"{functie}: kolom 'bedrag' in facturen is leeg in rij {_rij(rijen[0])}"
                         f"{_en_meer(len(rijen))}. Vul het bedrag in of haal de regel weg.")
    sleutels, extra_namen, niet_gekoppeld = _sleutels(venster, register, niveau, via, functie)
    tabel = pd.DataFrame({"klant": sleutels, "omzet": bedrag})
    groepen = ["klant"]
    if per_business_unit:
        bu = _tekst(venster["business_unit"])
        if bu.isna().any():
            rij = venster.index[bu.isna().to_numpy()][0]
            raise ValueError(f"{functie}: kolom 'business_unit' in facturen is leeg in rij {_rij(rij)}.")
        tabel["business_unit"] = bu.to_numpy(dtype=object)
        groepen.append("business_unit")
    if producten is not None:
        tabel["bruto_marge"] = bedrag * _marges(venster, producten, functie)
    som = tabel.groupby(groepen, sort=False).sum().reset_index()
    totaal = float(bedrag.sum())
    namen = register.naam[niveau]
    som["naam"] = [namen.get(k) or extra_namen.get(k) or k for k in som["klant"]]
    som["omzet"] = som["omzet"].round(2)
    som = som.sort_values(["omzet", *groepen], ascending=[False] + [True] * len(groepen), kind="stable")
    som = som.reset_index(drop=True)
    som["aandeel"] = som["omzet"] / totaal if totaal else np.nan
    som["cumulatief_aandeel"] = som["aandeel"].cumsum()
    kolommen = ["klant", "naam", *groepen[1:], "omzet", "aandeel", "cumulatief_aandeel"]
    if producten is not None:
        som["bruto_marge"] = som["bruto_marge"].round(2)
        with np.errstate(divide="ignore", invalid="ignore"):
            som["margepercentage"] = np.where(som["omzet"] != 0, som["bruto_marge"] / som["omzet"], np.nan)
        kolommen += ["bruto_marge", "margepercentage"]
    uit = som[kolommen].copy()
    for kolom in ("klant", "naam", *groepen[1:]):
        uit[kolom] = uit[kolom].astype(TEKST)
    uit.attrs = {"niveau": niveau, "maanden": maanden, "peildatum": peil, "begindatum": begin, "via": via,
                 "totale_omzet": round(totaal, 2), "niet_gekoppeld": niet_gekoppeld,
                 "per_business_unit": bool(per_business_unit)}
    return uit


def _boven_drempel(omzet: pd.DataFrame, drempel: float) -> pd.DataFrame:
    uit = omzet[omzet["aandeel"] >= drempel - _KLEIN].copy()
    uit.attrs = dict(omzet.attrs, drempel=drempel)
    return uit


def grote_accounts(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, niveau: str = "concern",
                   maanden: int = 24, peildatum=None, via: str = "besteld_door", drempel: float = 0.05,
                   producten: pd.DataFrame | None = None) -> pd.DataFrame:
    """De klanten met minstens ``drempel`` (een deel, standaard 0.05 = 5 %) van de omzet.

    Dezelfde argumenten en kolommen als :func:`omzet_per_klant`. Een klant
    met precies de drempel telt mee. De 5 % is een **vuistregel**, geen wet:
    of een grote klant ook een large account wordt, hangt ook af van je
    aandeel in zijn besteding en van wat je met hem wilt.

    >>> b = pd.DataFrame({"vestigingsnummer": ["a", "b"], "kvk_nummer": ["1", "2"], "concern_kvk": ["1", "2"]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-02", "2025-01-03"]),
    ...                   "besteld_door": ["a", "b"], "bedrag": [95.0, 5.0]})
    >>> grote_accounts(f, bedrijven=b)["klant"].tolist()
    ['1', '2']
    >>> grote_accounts(f, bedrijven=b, drempel=0.06)["klant"].tolist()
    ['1']
    """
    drempel = _eis_drempel(drempel, "grote_accounts")
    omzet = omzet_per_klant(facturen, bedrijven=bedrijven, niveau=niveau, maanden=maanden, peildatum=peildatum,
                            via=via, producten=producten)
    return _boven_drempel(omzet, drempel)


def _omzet_tabel(omzet, functie: str, naam: str = "omzet") -> pd.DataFrame:
    """Een omzettabel (uitkomst van omzet_per_klant) of een Series omzet per klant."""
    if isinstance(omzet, pd.Series):
        if not pd.api.types.is_numeric_dtype(omzet.dtype):
            raise ValueError(f"{functie}: {naam} moet getallen bevatten (omzet per klant).")
        tabel = pd.DataFrame({"klant": omzet.index.astype(TEKST), "naam": omzet.index.astype(TEKST),
                              "omzet": omzet.to_numpy(dtype="float64")})
        tabel = tabel.sort_values(["omzet", "klant"], ascending=[False, True], kind="stable").reset_index(drop=True)
        totaal = tabel["omzet"].sum()
        tabel["aandeel"] = tabel["omzet"] / totaal if totaal else np.nan
        tabel["cumulatief_aandeel"] = tabel["aandeel"].cumsum()
        return tabel
    _eis_tabel(omzet, naam, functie)
    _eis_kolommen(omzet, naam, functie, ["klant", "omzet"],
                  " (maak de tabel met omzet_per_klant of grote_accounts)")
    return omzet


# ---------------------------------------------------------------------------
# Concentratie
# ---------------------------------------------------------------------------


@dataclass
class Concentratie:
    """Hoe geconcentreerd is de omzet? Zie :func:`concentratie`."""

    aantal_klanten: int
    klanten_voor_80: int
    deel_klanten_voor_80: float
    top4_aandeel: float
    grootste_aandeel: float
    hhi: float
    gelijkwaardig_aantal: float
    lezing: str
    pareto: pd.DataFrame = field(repr=False)

    @property
    def hhi_punten(self) -> int:
        """De Herfindahl-index in punten (0 tot 10.000), zoals toezichthouders hem noemen."""
        return int(round(self.hhi * 10_000))

    def als_tabel(self) -> pd.Series:
        """De kerngetallen als Series (voor een notebook of een export)."""
        return pd.Series({
            "aantal klanten": self.aantal_klanten,
            "klanten voor 80 % van de omzet": self.klanten_voor_80,
            "deel van de klanten voor 80 %": round(self.deel_klanten_voor_80, 3),
            "aandeel grootste vier": round(self.top4_aandeel, 3),
            "aandeel grootste klant": round(self.grootste_aandeel, 3),
            "Herfindahl-index (HHI)": round(self.hhi, 4),
            "HHI in punten": self.hhi_punten,
            "gelijkwaardig aantal even grote klanten": round(self.gelijkwaardig_aantal, 1),
        }, dtype=object, name="concentratie")

    def _repr_markdown_(self) -> str:
        regels = ["| | |", "|---|---|"]
        regels += [f"| {k} | {v} |" for k, v in self.als_tabel().items()]
        return "\n".join(regels) + f"\n\n{self.lezing}"

    def __str__(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.als_tabel().items()) + "\n" + self.lezing


def _hhi_lezing(hhi: float, gelijk: float, grootste: float) -> str:
    punten = int(round(hhi * 10_000))
    if punten < 1500:
        niveau = "weinig geconcentreerd"
    elif punten <= 2500:
        niveau = "matig geconcentreerd"
    else:
        niveau = "sterk geconcentreerd"
    return (f"HHI {getal(hhi, 3)} ({getal(punten)} punten): de omzet is even geconcentreerd als bij "
            f"{getal(gelijk, 0)} even grote klanten. Met de grenzen die de Amerikaanse mededingingsautoriteiten "
            f"lang voor markten gebruikten (richtlijnen van 2010: onder 1.500 punten weinig, boven 2.500 sterk "
            f"geconcentreerd) is dat {niveau}. "
            f"Maar de grootste klant alleen is al {procent(grootste)} van de omzet: verlies je hem, dan "
            f"verlies je dat deel in één keer.")


def concentratie(omzet) -> Concentratie:
    """Hoe afhankelijk ben je van een paar klanten?

    ``omzet`` is de uitkomst van :func:`omzet_per_klant` (of een Series met de
    omzet per klant). Geeft een :class:`Concentratie` met:

    - ``klanten_voor_80``: het kleinste aantal (grootste) klanten dat samen
      minstens 80 % van de omzet maakt, en ``deel_klanten_voor_80``: welk deel
      van alle klanten dat is (de 80/20-regel van Pareto);
    - ``top4_aandeel``: het aandeel van de grootste vier;
    - ``hhi``: de Herfindahl-Hirschman-index, de som van de gekwadrateerde
      aandelen (tussen 0 en 1; ``hhi_punten`` = × 10.000).
      ``gelijkwaardig_aantal`` = 1 / HHI: zoveel even grote klanten geven
      dezelfde concentratie. ``lezing`` zet het in woorden;
    - ``pareto``: per positie het cumulatieve aandeel (voor de Pareto-curve).

    Klanten met een negatieve netto omzet (meer retour dan gekocht) tellen
    mee zoals ze zijn; hun aandeel is dan negatief.

    >>> c = concentratie(pd.Series({"a": 50.0, "b": 30.0, "c": 10.0, "d": 5.0, "e": 5.0}))
    >>> c.klanten_voor_80, round(c.top4_aandeel, 2), round(c.hhi, 3), round(c.gelijkwaardig_aantal, 2)
    (2, 0.95, 0.355, 2.82)
    """
    tabel = _omzet_tabel(omzet, "concentratie")
    if tabel.empty:
        raise ValueError("concentratie: omzet is leeg; er zijn geen klanten met omzet in deze periode.")
    bedragen = tabel["omzet"].to_numpy(dtype="float64")
    if np.isnan(bedragen).any():
        raise ValueError("concentratie: kolom 'omzet' bevat lege waarden.")
    totaal = bedragen.sum()
    if totaal <= 0:
        raise ValueError("concentratie: de totale omzet is 0 of negatief; dan bestaat er geen aandeel.")
    volgorde = np.argsort(-bedragen, kind="stable")
    aandeel = bedragen[volgorde] / totaal
    cumulatief = np.cumsum(aandeel)
    n = len(aandeel)
    k80 = int(np.argmax(cumulatief >= 0.8 - _KLEIN)) + 1
    hhi = float(np.sum(aandeel ** 2))
    pareto = pd.DataFrame({
        "positie": np.arange(1, n + 1),
        "klant": tabel["klant"].to_numpy()[volgorde],
        "naam": (tabel["naam"] if "naam" in tabel.columns else tabel["klant"]).to_numpy()[volgorde],
        "aandeel": aandeel,
        "cumulatief_aandeel": cumulatief,
        "deel_klanten": np.arange(1, n + 1) / n,
    })
    gelijk = 1.0 / hhi
    grootste = float(aandeel[0])
    return Concentratie(
        aantal_klanten=n,
        klanten_voor_80=k80,
        deel_klanten_voor_80=k80 / n,
        top4_aandeel=float(aandeel[:4].sum()),
        grootste_aandeel=grootste,
        hhi=hhi,
        gelijkwaardig_aantal=gelijk,
        lezing=_hhi_lezing(hhi, gelijk, grootste),
        pareto=pareto,
    )


# ---------------------------------------------------------------------------
# Share of wallet
# ---------------------------------------------------------------------------


def _controleer_wallet(wallet, functie: str, per_bu: bool) -> None:
    _eis_tabel(wallet, "wallet", functie)
    nodig = ["concern_kvk", "totale_besteding_24m", "rang_leverancier"]
    if per_bu:
        nodig.append("business_unit")
    _eis_kolommen(wallet, "wallet", functie, nodig)
    besteding = pd.to_numeric(wallet["totale_besteding_24m"], errors="coerce")
    fout = (besteding.isna() | (besteding <= 0)).to_numpy()
    if fout.any():
        rij = wallet.index[fout][0]
        raise ValueError(f"{functie}: kolom 'totale_besteding_24m' in wallet moet een bedrag boven 0 zijn; "
                         f"rij {_rij(rij)} heeft {wallet['totale_besteding_24m'].iloc[int(np.argmax(fout))]!r}.")
    sleutel = ["concern_kvk", "business_unit"] if per_bu else ["concern_kvk"]
    dubbel = wallet.duplicated(sleutel).to_numpy()
    if dubbel.any():
        raise ValueError(f"{functie}: concern {wallet['concern_kvk'].iloc[int(np.argmax(dubbel))]} staat meer dan "
                         f"één keer in wallet (rij {_rij(wallet.index[dubbel][0])}).")


def share_of_wallet(omzet: pd.DataFrame, wallet: pd.DataFrame) -> pd.DataFrame:
    """Ons aandeel in de besteding van elk account, onze plek en de ruimte in euro's.

    ``omzet``: de uitkomst van :func:`omzet_per_klant` of :func:`grote_accounts`
    op concernniveau over 24 maanden (zo is de wallet geschat). ``wallet``:
    de tabel ``wallet`` (per concern) of ``wallet_per_bu`` (per concern en
    business unit; geef dan ``omzet`` met ``per_business_unit=True``).

    Kolommen: ``klant``, ``naam``, (``business_unit``), ``omzet`` (onze omzet),
    ``totale_besteding_24m`` (de geschatte besteding bij alle leveranciers
    samen), ``aandeel_vermeer`` (omzet / besteding: de share of wallet),
    ``rang_leverancier`` (1 = hun grootste leverancier; leeg als we er geen
    leverancier zijn), ``aantal_leveranciers``, ``top3`` (rang 1, 2 of 3),
    ``ruimte`` (besteding − onze omzet: wat de klant bij anderen uitgeeft) en
    ``rang_past`` (rang × aandeel ≤ 1: wie op plek 3 staat, kan hooguit een
    derde hebben; False wijst op een schatting die niet klopt).

    Per business unit komen alle units uit de wallet terug, ook die waar we
    niets verkopen (omzet 0): dat zijn witte vlekken. Een account zonder
    schatting in de wallet blijft staan, met lege wallet-kolommen.

    Let op: de besteding bij concurrenten is een **schatting** (kolom ``bron``
    in de wallet), geen boekhouding.

    >>> o = pd.DataFrame({"klant": ["1", "2"], "naam": ["A", "B"], "omzet": [300.0, 50.0]})
    >>> w = pd.DataFrame({"concern_kvk": ["1"], "totale_besteding_24m": [1000.0], "rang_leverancier": [2],
    ...                   "aantal_leveranciers": [4]})
    >>> s = share_of_wallet(o, w)
    >>> float(s["aandeel_vermeer"].iloc[0]), bool(s["top3"].iloc[0]), float(s["ruimte"].iloc[0])
    (0.3, True, 700.0)
    >>> pd.isna(s["top3"].iloc[1])  # geen schatting voor klant 2
    True
    """
    functie = "share_of_wallet"
    tabel = _omzet_tabel(omzet, functie)
    attrs = getattr(tabel, "attrs", {}) or {}
    if attrs.get("niveau") not in (None, "concern"):
        raise ValueError(f"{functie}: de wallet is per concern geschat, maar omzet is per {attrs['niveau']}. "
                         "Maak omzet met niveau='concern'.")
    if attrs.get("maanden") not in (None, 24):
        raise ValueError(f"{functie}: de wallet is een schatting over 24 maanden, maar omzet is over "
                         f"{attrs['maanden']} maanden. Maak omzet met maanden=24, anders vergelijk je "
                         "appels met peren.")
    per_bu = "business_unit" in tabel.columns
    if per_bu and "business_unit" not in getattr(wallet, "columns", []):
        raise ValueError(f"{functie}: omzet is per business unit, maar wallet niet. Gebruik de tabel "
                         "wallet_per_bu, of maak omzet zonder per_business_unit.")
    if not per_bu and isinstance(wallet, pd.DataFrame) and "business_unit" in wallet.columns:
        raise ValueError(f"{functie}: wallet is per business unit (wallet_per_bu), maar omzet niet. Maak omzet "
                         "met per_business_unit=True, of gebruik de tabel wallet.")
    _controleer_wallet(wallet, functie, per_bu)
    w = wallet.copy()
    w["concern_kvk"] = w["concern_kvk"].astype(TEKST)
    if "aantal_leveranciers" not in w.columns:
        w["aantal_leveranciers"] = np.nan
    namen = dict(zip(tabel["klant"].astype(TEKST), tabel["naam"] if "naam" in tabel.columns else tabel["klant"]))
    if per_bu:
        rijen = []
        totaal = tabel.assign(klant=tabel["klant"].astype(TEKST)).groupby("klant", sort=False)["omzet"].sum()
        accounts = list(totaal.sort_values(ascending=False, kind="stable").index)
        omzet_bu = {(str(k), str(b)): float(o) for k, b, o in zip(tabel["klant"], tabel["business_unit"],
                                                                   tabel["omzet"])}
        for klant in accounts:
            deel = w[w["concern_kvk"] == klant]
            units = list(deel["business_unit"]) or [b for (k, b) in omzet_bu if k == klant]
            for bu in units:
                rijen.append({"klant": klant, "business_unit": bu, "omzet": omzet_bu.get((klant, bu), 0.0)})
        basis = pd.DataFrame(rijen, columns=["klant", "business_unit", "omzet"])
        uit = basis.merge(w.rename(columns={"concern_kvk": "klant"})[
            ["klant", "business_unit", "totale_besteding_24m", "rang_leverancier", "aantal_leveranciers"]],
            on=["klant", "business_unit"], how="left")
    else:
        basis = pd.DataFrame({"klant": tabel["klant"].astype(TEKST).to_numpy(),
                              "omzet": tabel["omzet"].to_numpy(dtype="float64")})
        uit = basis.merge(w.rename(columns={"concern_kvk": "klant"})[
            ["klant", "totale_besteding_24m", "rang_leverancier", "aantal_leveranciers"]], on="klant", how="left")
    uit.insert(1, "naam", [namen.get(k, k) for k in uit["klant"]])
    besteding = uit["totale_besteding_24m"].astype("float64")
    uit["aandeel_vermeer"] = uit["omzet"] / besteding
    rang = pd.to_numeric(uit["rang_leverancier"], errors="coerce").astype("Float64")
    # Geen omzet in een unit: dan zijn we daar geen leverancier, ook als de wallet iets anders zegt.
    rang = rang.mask(uit["omzet"] <= 0)
    uit["rang_leverancier"] = rang.astype("Int64")
    uit["aantal_leveranciers"] = pd.to_numeric(uit["aantal_leveranciers"], errors="coerce").astype("Int64")
    top3 = pd.array([pd.NA if pd.isna(b) else (not pd.isna(r) and r <= 3) for b, r in zip(besteding, rang)],
                    dtype="boolean")
    uit["top3"] = top3
    uit["ruimte"] = (besteding - uit["omzet"]).round(2)
    rang_past = [pd.NA if pd.isna(r) or pd.isna(a) else bool(r * a <= 1 + 1e-9)
                 for r, a in zip(rang, uit["aandeel_vermeer"])]
    uit["rang_past"] = pd.array(rang_past, dtype="boolean")
    kolommen = ["klant", "naam"] + (["business_unit"] if per_bu else []) + [
        "omzet", "totale_besteding_24m", "aandeel_vermeer", "rang_leverancier", "aantal_leveranciers", "top3",
        "ruimte", "rang_past"]
    uit = uit[kolommen]
    for kolom in ("klant", "naam") + (("business_unit",) if per_bu else ()):
        uit[kolom] = uit[kolom].astype(TEKST)
    return uit.reset_index(drop=True)


# ---------------------------------------------------------------------------
# Witte vlekken en DMU
# ---------------------------------------------------------------------------


def _account_sleutels(accounts, functie: str) -> list[str]:
    if isinstance(accounts, pd.DataFrame):
        _eis_kolommen(accounts, "accounts", functie, ["klant"], " (geef de uitkomst van grote_accounts)")
        if accounts.attrs.get("niveau") not in (None, "concern"):
            raise ValueError(f"{functie}: accounts zijn per {accounts.attrs['niveau']}; hier horen concerns "
                             "(niveau='concern').")
        lijst = accounts["klant"].tolist()
    elif isinstance(accounts, pd.Series):
        lijst = accounts.tolist()
    elif isinstance(accounts, str):
        lijst = [accounts]
    elif isinstance(accounts, (list, tuple, set, pd.Index, np.ndarray)):
        lijst = list(accounts)
    else:
        raise ValueError(f"{functie}: accounts moet een KvK-nummer, een lijst KvK-nummers of de uitkomst van "
                         f"grote_accounts zijn, niet {type(accounts).__name__}.")
    if not lijst:
        raise ValueError(f"{functie}: accounts is leeg; geef minstens één concern-KvK.")
    return [str(k) for k in dict.fromkeys(lijst)]


def _eis_bekend(sleutels: list[str], register: _Register, functie: str) -> None:
    bekend = set(register.sleutel["concern"])
    onbekend = [k for k in sleutels if k not in bekend]
    if onbekend:
        raise ValueError(f"{functie}: {onbekend[0]!r} is geen concern_kvk in bedrijven. Geef het KvK-nummer van "
                         "het concern (kolom 'klant' uit grote_accounts), niet een naam of een bedrijfs-KvK.")


def witte_vlekken(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, accounts, maanden: int = 24,
                  peildatum=None, wallet_per_bu: pd.DataFrame | None = None,
                  producten: pd.DataFrame | None = None, laag_aandeel: float = 0.2) -> pd.DataFrame:
    """Waar kan een account meer bij ons kopen?

    Per account (concern) in ``accounts`` twee soorten kansen:

    - ``"witte vlek"``: een business unit waar het account in de periode
      niets bij ons kocht, een bedrijf van het concern dat niets bestelde, of
      een product uit een unit waar het al koopt maar dat het nog niet afneemt
      (een moedermaatschappij die zelf niets bestelt, telt niet: die koopt
      meestal via haar dochters);
    - ``"groter aandeel"``: een business unit waar we wel leveren, maar waar
      ons aandeel in hun besteding onder ``laag_aandeel`` ligt (alleen met
      ``wallet_per_bu``).

    Beide zijn manieren om meer te verkopen bij dezelfde klant (sell deep).

    Kolommen: ``klant``, ``naam``, ``kans`` (witte vlek of groter aandeel),
    ``soort`` (business unit, bedrijf of product), ``wat``, ``omzet`` (onze
    omzet daarin in de periode), ``aandeel_vermeer`` en ``ruimte`` (euro's bij
    andere leveranciers; alleen per business unit met ``wallet_per_bu``).
    Producten komen uit ``producten`` (anders: alle producten in facturen).
    """
    functie = "witte_vlekken"
    maanden = _eis_maanden(maanden, functie)
    laag_aandeel = _eis_drempel(laag_aandeel, functie, "laag_aandeel")
    _controleer_facturen(facturen, functie, "besteld_door")
    _eis_kolommen(facturen, "facturen", functie, ["business_unit", "product"])
    register = _register(bedrijven, functie)
    sleutels = _account_sleutels(accounts, functie)
    _eis_bekend(sleutels, register, functie)
    peil = _peildatum(peildatum, facturen, functie)
    begin = _begindatum(peil, maanden)
    venster = facturen[_in_venster(facturen["factuurdatum"], begin, peil)]
    concern, _, _ = _sleutels(venster, register, "concern", "besteld_door", functie)
    bedrijf, _, _ = _sleutels(venster, register, "bedrijf", "besteld_door", functie)
    regels = pd.DataFrame({"klant": concern, "bedrijf": bedrijf,
                           "business_unit": _tekst(venster["business_unit"]).to_numpy(dtype=object),
                           "product": _tekst(venster["product"]).to_numpy(dtype=object),
                           "omzet": venster["bedrag"].to_numpy(dtype="float64")})
    regels = regels[regels["klant"].isin(sleutels)]
    if producten is not None:
        _eis_tabel(producten, "producten", functie)
        _eis_kolommen(producten, "producten", functie, ["product", "business_unit"])
        catalogus = producten[["product", "business_unit"]].drop_duplicates("product")
    else:
        catalogus = facturen[["product", "business_unit"]].dropna().drop_duplicates("product")
    units = list(dict.fromkeys(catalogus["business_unit"]))
    if wallet_per_bu is not None:
        _controleer_wallet(wallet_per_bu, functie, True)
        wpb = wallet_per_bu.assign(concern_kvk=wallet_per_bu["concern_kvk"].astype(TEKST))
        units += [u for u in dict.fromkeys(wpb["business_unit"]) if u not in units]
    bedrijf_concern = pd.Series(register.sleutel["concern"].to_numpy(), index=register.sleutel["bedrijf"].to_numpy())
    bedrijf_concern = bedrijf_concern[~bedrijf_concern.index.duplicated()]
    # Een moedermaatschappij (holding) koopt meestal voor haar dochters: geen witte vlek.
    moeders = set(_tekst(bedrijven["moeder_kvk"]).dropna()) if "moeder_kvk" in bedrijven.columns else set()
    uit = []
    for klant in sleutels:
        naam = register.naam["concern"].get(klant, klant)
        eigen = regels[regels["klant"] == klant]
        per_bu = eigen.groupby("business_unit")["omzet"].sum()
        per_product = eigen.groupby("product")["omzet"].sum()
        per_bedrijf = eigen.groupby("bedrijf")["omzet"].sum()
        schatting = wpb[wpb["concern_kvk"] == klant].set_index("business_unit") if wallet_per_bu is not None else None

        def wallet_waarden(bu, omzet_bu):
            if schatting is None or bu not in schatting.index:
                return np.nan, np.nan
            besteding = float(schatting.loc[bu, "totale_besteding_24m"])
            return omzet_bu / besteding, besteding - omzet_bu

        for bu in units:
            o = float(per_bu.get(bu, 0.0))
            if o <= 0:
                a, r = wallet_waarden(bu, 0.0)
                uit.append((klant, naam, "witte vlek", "business unit", bu, o, a, r))
        for kvk in sorted(bedrijf_concern.index[bedrijf_concern.to_numpy() == klant]):
            if kvk in register.kvk_opvolger or kvk in moeders:
                continue
            o = float(per_bedrijf.get(kvk, 0.0))
            if o <= 0:
                uit.append((klant, naam, "witte vlek", "bedrijf", register.naam["bedrijf"].get(kvk, kvk), o,
                            np.nan, np.nan))
        for product, bu in zip(catalogus["product"], catalogus["business_unit"]):
            if float(per_bu.get(bu, 0.0)) > 0 and float(per_product.get(product, 0.0)) <= 0:
                uit.append((klant, naam, "witte vlek", "product", product, float(per_product.get(product, 0.0)),
                            np.nan, np.nan))
        if schatting is not None:
            for bu in units:
                o = float(per_bu.get(bu, 0.0))
                a, r = wallet_waarden(bu, o)
                if o > 0 and not pd.isna(a) and a < laag_aandeel:
                    uit.append((klant, naam, "groter aandeel", "business unit", bu, o, a, r))
    tabel = pd.DataFrame(uit, columns=["klant", "naam", "kans", "soort", "wat", "omzet", "aandeel_vermeer",
                                       "ruimte"])
    for kolom in ("klant", "naam", "kans", "soort", "wat"):
        tabel[kolom] = tabel[kolom].astype(TEKST)
    tabel["omzet"] = tabel["omzet"].astype("float64").round(2)
    tabel["ruimte"] = tabel["ruimte"].astype("float64").round(2)
    tabel.attrs = {"maanden": maanden, "peildatum": peil, "laag_aandeel": laag_aandeel}
    return tabel


def dmu_dekking(contactpersonen: pd.DataFrame, accounts, *, bedrijven: pd.DataFrame) -> pd.DataFrame:
    """Welke rollen van de DMU (het koopcentrum van de klant) kennen we per account?

    ``accounts``: concern-KvK-nummers (of de uitkomst van :func:`grote_accounts`).
    Contactpersonen horen bij een bedrijf (``kvk_nummer``); ``bedrijven``
    zegt bij welk concern. Kolommen: ``klant``, ``naam``, één kolom per rol
    (``beslisser``, ``beïnvloeder``, ``inkoper``, ``gebruiker``,
    ``poortwachter``: het aantal bekende contacten), ``aantal_contacten``,
    ``rollen_bekend`` (0 tot 5), ``ontbreekt`` (de rollen zonder contact, als
    tekst) en ``beslisser_bekend``. Een rol die niet in de lijst staat of een
    lege rol geeft een fout met de rij.

    >>> b = pd.DataFrame({"vestigingsnummer": ["v1", "v2"], "kvk_nummer": ["1", "2"], "concern_kvk": ["1", "1"],
    ...                   "concernnaam": ["Groep", "Groep"]})
    >>> c = pd.DataFrame({"kvk_nummer": ["1", "2", "2"], "dmu_rol": ["inkoper", "gebruiker", "inkoper"]})
    >>> d = dmu_dekking(c, ["1"], bedrijven=b)
    >>> int(d["inkoper"].iloc[0]), int(d["gebruiker"].iloc[0]), bool(d["beslisser_bekend"].iloc[0])
    (2, 1, False)
    >>> d["ontbreekt"].iloc[0]
    'beslisser, beïnvloeder, poortwachter'
    """
    functie = "dmu_dekking"
    _eis_tabel(contactpersonen, "contactpersonen", functie)
    _eis_kolommen(contactpersonen, "contactpersonen", functie, ["kvk_nummer", "dmu_rol"])
    register = _register(bedrijven, functie)
    sleutels = _account_sleutels(accounts, functie)
    _eis_bekend(sleutels, register, functie)
    rol = _tekst(contactpersonen["dmu_rol"]).map(lambda r: r.strip().lower() if isinstance(r, str) else r)
    fout = ~rol.isin(DMU_ROLLEN).to_numpy()
    if fout.any():
        rij = contactpersonen.index[fout][0]
        waarde = contactpersonen["dmu_rol"].iloc[int(np.argmax(fout))]
        raise ValueError(f"{functie}: kolom 'dmu_rol' in contactpersonen heeft in rij {_rij(rij)} de waarde "
                         f"{waarde!r}; kies uit {', '.join(DMU_ROLLEN)}.")
    kvk = _tekst(contactpersonen["kvk_nummer"]).map(lambda k: register.kvk_opvolger.get(k, k))
    concern = kvk.map(lambda k: register.concern_van_kvk.get(k))
    tellingen = pd.crosstab(concern, rol).reindex(index=sleutels, columns=list(DMU_ROLLEN), fill_value=0)
    tellingen = tellingen.fillna(0).astype("int64")
    uit = pd.DataFrame({"klant": sleutels, "naam": [register.naam["concern"].get(k, k) for k in sleutels]})
    for r in DMU_ROLLEN:
        uit[r] = tellingen[r].to_numpy()
    uit["aantal_contacten"] = tellingen.sum(axis=1).to_numpy()
    uit["rollen_bekend"] = (tellingen > 0).sum(axis=1).to_numpy()
    uit["ontbreekt"] = [", ".join(r for r in DMU_ROLLEN if rij[r] == 0) for _, rij in tellingen.iterrows()]
    uit["beslisser_bekend"] = uit["beslisser"] > 0
    for kolom in ("klant", "naam", "ontbreekt"):
        uit[kolom] = uit[kolom].astype(TEKST)
    return uit


# ---------------------------------------------------------------------------
# Vensters, fusie, bediening en escalatie
# ---------------------------------------------------------------------------


def aandeel_per_venster(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, vensters=(12, 24, 36),
                        niveau: str = "concern", peildatum=None, drempel: float = 0.05,
                        via: str = "besteld_door") -> pd.DataFrame:
    """Het aandeel in de omzet per klant bij verschillende periodes naast elkaar.

    Eén rij per klant die in minstens één periode op of boven ``drempel`` komt;
    één kolom per periode (``"12 mnd"``, ``"24 mnd"``, ...). Gesorteerd op de
    middelste periode. Zo zie je dat de lijst met grote accounts afhangt van
    de periode.
    """
    functie = "aandeel_per_venster"
    drempel = _eis_drempel(drempel, functie)
    if isinstance(vensters, (int, np.integer)) or not len(vensters):
        raise ValueError(f"{functie}: vensters moet een lijst met aantallen maanden zijn, zoals (12, 24, 36).")
    kolommen = {}
    namen = {}
    for m in vensters:
        o = omzet_per_klant(facturen, bedrijven=bedrijven, niveau=niveau, maanden=m, peildatum=peildatum, via=via)
        kolommen[f"{int(m)} mnd"] = o.set_index("klant")["aandeel"]
        namen.update(zip(o["klant"], o["naam"]))
    tabel = pd.DataFrame(kolommen).fillna(0.0)
    tabel = tabel[(tabel >= drempel - _KLEIN).any(axis=1)]
    midden = list(kolommen)[len(kolommen) // 2]
    tabel = tabel.sort_values([midden, *kolommen], ascending=False)
    tabel.index = pd.Index([namen[k] for k in tabel.index], name="naam")
    tabel.attrs = {"drempel": drempel}
    return tabel


def omzet_per_periode(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, klanten, niveau: str = "concern",
                      periode: str = "kwartaal", via: str = "besteld_door") -> pd.DataFrame:
    """De netto omzet per kwartaal (of ``periode="maand"``/``"jaar"``) voor een paar klanten.

    ``klanten``: sleutels op ``niveau`` (bijvoorbeeld concern-KvK's). Eén kolom
    per klant (met de naam als kop), één rij per periode; een periode zonder
    omzet is 0.
    """
    functie = "omzet_per_periode"
    _eis_keuze(niveau, "niveau", functie, NIVEAUS)
    _eis_keuze(via, "via", functie, VIA)
    _eis_keuze(periode, "periode", functie, ("maand", "kwartaal", "jaar"))
    _controleer_facturen(facturen, functie, via)
    register = _register(bedrijven, functie)
    lijst = [klanten] if isinstance(klanten, str) else [str(k) for k in klanten]
    sleutel, extra, _ = _sleutels(facturen, register, niveau, via, functie)
    bekend = set(sleutel)
    onbekend = [k for k in lijst if k not in bekend and k not in set(register.sleutel[niveau])]
    if onbekend:
        raise ValueError(f"{functie}: {onbekend[0]!r} is geen klant op niveau {niveau!r}.")
    code = {"maand": "M", "kwartaal": "Q", "jaar": "Y"}[periode]
    tijd = facturen["factuurdatum"].dt.to_period(code)
    tabel = pd.DataFrame({"klant": sleutel, "tijd": tijd.to_numpy(), "omzet": facturen["bedrag"].to_numpy(float)})
    tabel = tabel[tabel["klant"].isin(lijst)]
    draai = tabel.pivot_table(index="tijd", columns="klant", values="omzet", aggfunc="sum", fill_value=0.0)
    alle = pd.period_range(facturen["factuurdatum"].min(), facturen["factuurdatum"].max(), freq=code)
    draai = draai.reindex(index=alle, columns=lijst, fill_value=0.0)
    draai.columns = [register.naam[niveau].get(k) or extra.get(k, k) for k in lijst]
    draai.index.name = periode
    return draai


def voor_fusie(bedrijven: pd.DataFrame, overnames: pd.DataFrame) -> pd.DataFrame:
    """De tabel ``bedrijven`` met de concernstructuur van vóór de fusie(s).

    ``bedrijven`` toont de structuur van nu: na een fusie staan de bedrijven
    van het opgegane concern onder het overgebleven concern. Met de rijen met
    soort ``"fusie"`` uit ``waarheid_overnames`` (``oude_kvk`` = het opgegane
    concern) zet deze functie die bedrijven terug onder hun oude concern.
    Zo zie je wat een fusie doet met de lijst van grote accounts.
    """
    functie = "voor_fusie"
    _eis_tabel(bedrijven, "bedrijven", functie)
    _eis_kolommen(bedrijven, "bedrijven", functie, ["kvk_nummer", "moeder_kvk", "concern_kvk"])
    _eis_tabel(overnames, "overnames", functie)
    _eis_kolommen(overnames, "overnames", functie, ["soort", "oude_kvk"])
    uit = bedrijven.copy()
    moeder = dict(zip(_tekst(uit["kvk_nummer"]), _tekst(uit["moeder_kvk"])))
    naam = dict(zip(_tekst(uit["kvk_nummer"]), _tekst(uit["bedrijfsnaam"]))) if "bedrijfsnaam" in uit else {}
    for oud in _tekst(overnames.loc[overnames["soort"] == "fusie", "oude_kvk"]):
        if oud not in moeder:
            raise ValueError(f"{functie}: het opgegane concern {oud} uit overnames staat niet in bedrijven.")

        def onder(kvk, oud=oud):
            gezien = set()
            while kvk is not None and kvk not in gezien:
                if kvk == oud:
                    return True
                gezien.add(kvk)
                kvk = moeder.get(kvk)
            return False

        masker = _tekst(uit["kvk_nummer"]).map(onder).to_numpy(dtype=bool)
        uit.loc[masker, "concern_kvk"] = oud
        if "concernnaam" in uit.columns:
            uit.loc[masker, "concernnaam"] = _concernnaam_uit(naam.get(oud, oud))
        uit.loc[_tekst(uit["kvk_nummer"]).to_numpy(dtype=object) == oud, "moeder_kvk"] = np.nan
        if "accountmanager" in uit.columns:
            uit.loc[masker, "accountmanager"] = np.nan
    return uit


def wie_bedient(omzet: pd.DataFrame, bedrijven: pd.DataFrame) -> pd.DataFrame:
    """Wie helpt elke klant: een eigen accountmanager of de binnendienst (per rayon)?

    ``omzet``: de uitkomst van :func:`omzet_per_klant` op concernniveau.
    Voegt de kolommen ``accountmanager`` (leeg = geen), ``bediening``
    (``"accountmanager"`` of ``"binnendienst"``) en ``rayon`` (het rayon van
    de hoofdvestiging van het moederbedrijf, afgeleid van de postcode) toe.
    """
    functie = "wie_bedient"
    tabel = _omzet_tabel(omzet, functie)
    if tabel.attrs.get("niveau") not in (None, "concern"):
        raise ValueError(f"{functie}: omzet moet per concern zijn (niveau='concern').")
    register = _register(bedrijven, functie)
    b = register.bedrijven
    kvk = _tekst(b["kvk_nummer"])
    concern = register.sleutel["concern"].to_numpy()
    am = dict()
    if "accountmanager" in b.columns:
        for c, a in zip(concern, _tekst(b["accountmanager"])):
            if a is not None:
                am.setdefault(c, a)
    rayon = {}
    if "rayon" in b.columns:
        hoofd = b["hoofdvestiging"].fillna(False).astype(bool).to_numpy() if "hoofdvestiging" in b else None
        for i, (c, k, r) in enumerate(zip(concern, kvk, _tekst(b["rayon"]))):
            if k == c and (hoofd is None or hoofd[i]):
                rayon.setdefault(c, r)
        for c, r in zip(concern, _tekst(b["rayon"])):
            rayon.setdefault(c, r)
    uit = tabel.copy()
    uit["accountmanager"] = pd.array([am.get(str(k)) for k in uit["klant"]], dtype=TEKST)
    uit["bediening"] = np.where(uit["accountmanager"].notna(), "accountmanager", "binnendienst")
    uit["bediening"] = uit["bediening"].astype(TEKST)
    uit["rayon"] = pd.array([rayon.get(str(k)) for k in uit["klant"]], dtype=TEKST)
    return uit


def escalaties(klachten: pd.DataFrame, *, bedrijven: pd.DataFrame, uren: float = 24, peildatum=None,
               maanden: int = 12) -> pd.DataFrame:
    """Klachten van accounts met een accountmanager die langer dan ``uren`` duurden.

    Zulke klachten horen bij de accountmanager te komen (escaleren): een
    groot account wil niet dat een klacht blijft liggen. Kolommen uit
    ``klachten`` plus ``klant`` (concern-KvK), ``naam`` en ``accountmanager``;
    alleen klachten in de laatste ``maanden`` tot de peildatum (standaard de
    laatste klachtdatum). Gesorteerd van langste naar kortste afhandeltijd.
    """
    functie = "escalaties"
    _eis_tabel(klachten, "klachten", functie)
    _eis_kolommen(klachten, "klachten", functie, ["datum", "kvk_nummer", "afhandeltijd_uren"])
    maanden = _eis_maanden(maanden, functie)
    if isinstance(uren, (bool, np.bool_)) or not isinstance(uren, (int, float, np.integer, np.floating)) or uren < 0:
        raise ValueError(f"{functie}: uren moet een getal van 0 of meer zijn, niet {uren!r}.")
    register = _register(bedrijven, functie)
    _eis_kolommen(bedrijven, "bedrijven", functie, ["accountmanager"])
    if peildatum is None:
        peil = pd.Timestamp(klachten["datum"].max()).normalize()
    else:
        peil = _peildatum(peildatum, klachten.rename(columns={"datum": "factuurdatum"}), functie)
    begin = _begindatum(peil, maanden)
    k = klachten[_in_venster(klachten["datum"], begin, peil)].copy()
    kvk = _tekst(k["kvk_nummer"]).map(lambda x: register.kvk_opvolger.get(x, x))
    k["klant"] = kvk.map(lambda x: register.concern_van_kvk.get(x)).astype(TEKST)
    am = {}
    for c, a in zip(register.sleutel["concern"].to_numpy(), _tekst(bedrijven["accountmanager"])):
        if a is not None:
            am.setdefault(c, a)
    k["naam"] = k["klant"].map(lambda c: register.naam["concern"].get(c) if isinstance(c, str) else None).astype(TEKST)
    k["accountmanager"] = k["klant"].map(lambda c: am.get(c) if isinstance(c, str) else None).astype(TEKST)
    uit = k[k["accountmanager"].notna() & (k["afhandeltijd_uren"] > uren)]
    return uit.sort_values("afhandeltijd_uren", ascending=False).reset_index(drop=True)


# ---------------------------------------------------------------------------
# Salesfuncties
# ---------------------------------------------------------------------------


def verkoopfunctie(klantgrootte: str, complexiteit: str) -> str:
    """De salesfunctie die past bij de grootte van de klant en de complexiteit van het aanbod.

    Het boek zet de functies in een matrix met twee assen: kleine of grote
    klanten, en eenvoudige (goedkopere) of complexe (duurdere) producten en
    diensten. Van klein en eenvoudig naar groot en complex: sales binnendienst,
    junior accountmanager, accountmanager, senior accountmanager, large
    accountmanager. Deze functie leest die matrix zo: elke stap groter of
    complexer is één functie hoger.

    ``klantgrootte``: ``"klein"``, ``"middelgroot"`` of ``"groot"`` (zoals
    ``grootteklasse`` in ``bedrijven``); ``complexiteit``: ``"eenvoudig"``,
    ``"gemiddeld"`` of ``"complex"``.

    >>> verkoopfunctie("klein", "eenvoudig"), verkoopfunctie("groot", "complex")
    ('sales binnendienst', 'key accountmanager')
    >>> verkoopfunctie("groot", "eenvoudig")
    'accountmanager'
    """
    for waarde, naam, keuzes in ((klantgrootte, "klantgrootte", KLANTGROOTTES),
                                 (complexiteit, "complexiteit", COMPLEXITEITEN)):
        if not isinstance(waarde, str) or waarde.strip().lower() not in keuzes:
            raise ValueError(f"verkoopfunctie: {naam} moet een van {', '.join(repr(k) for k in keuzes)} zijn, "
                             f"niet {waarde!r}.")
    stap = KLANTGROOTTES.index(klantgrootte.strip().lower()) + COMPLEXITEITEN.index(complexiteit.strip().lower())
    return VERKOOPFUNCTIES[stap]


def verkoopfuncties_matrix() -> pd.DataFrame:
    """De hele matrix: rijen complexiteit (complex bovenaan), kolommen klantgrootte."""
    return pd.DataFrame(
        [[verkoopfunctie(g, c) for g in KLANTGROOTTES] for c in reversed(COMPLEXITEITEN)],
        index=pd.Index(list(reversed(COMPLEXITEITEN)), name="complexiteit"),
        columns=pd.Index(list(KLANTGROOTTES), name="klantgrootte"),
    )


__all__ += ["verkoopfuncties_matrix", "KLANTGROOTTES", "COMPLEXITEITEN"]


# ---------------------------------------------------------------------------
# De accountkaart: een briefing van één account
# ---------------------------------------------------------------------------


def _md_tabel(koppen: list[str], rijen: list[list[str]], rechts: set[int] = frozenset()) -> str:
    uitlijning = ["---:" if i in rechts else "---" for i in range(len(koppen))]
    regels = ["| " + " | ".join(koppen) + " |", "| " + " | ".join(uitlijning) + " |"]
    regels += ["| " + " | ".join(str(c).replace("|", "/") for c in rij) + " |" for rij in rijen]
    return "\n".join(regels)


def _mln(x: float) -> str:
    """Een groot bedrag kort: € 4,7 mln of € 830.000."""
    if abs(x) >= 1_000_000:
        return f"€ {getal(x / 1_000_000, 1)} mln"
    return euro(x)


_MAANDNAMEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")


@dataclass
class Accountkaart:
    """De briefing van één account. In een notebook verschijnt hij als opgemaakte tekst.

    ``naar_markdown()`` geeft de tekst als Markdown (om te delen of op te
    slaan met ``opslaan(pad)``); de velden bevatten de getallen zelf.
    """

    klant: str
    naam: str
    peildatum: pd.Timestamp
    maanden: int
    kerngetallen: dict
    secties: dict = field(repr=False)
    samenvatting: list = field(default_factory=list)

    def naar_markdown(self) -> str:
        datum = self.peildatum.strftime("%d-%m-%Y")
        delen = [f"# Accountkaart: {self.naam}",
                 f"*Concern-KvK {self.klant} · peildatum {datum} · omzet over de laatste {self.maanden} maanden*",
                 "## In het kort\n\n" + "\n".join(f"- {z}" for z in self.samenvatting)]
        for kop, tekst in self.secties.items():
            delen.append(f"## {kop}\n\n{tekst}")
        return "\n\n".join(delen) + "\n"

    def _repr_markdown_(self) -> str:
        return self.naar_markdown()

    def __str__(self) -> str:
        return self.naar_markdown()

    def __repr__(self) -> str:
        return f"Accountkaart({self.naam}, concern-KvK {self.klant}, peildatum {self.peildatum.strftime('%d-%m-%Y')})"

    def opslaan(self, pad) -> str:
        """Schrijf de kaart als Markdown-bestand (UTF-8) en geef het pad terug."""
        from pathlib import Path

        pad = Path(pad)
        if pad.suffix.lower() not in (".md", ".markdown"):
            raise ValueError(f"Accountkaart.opslaan: geef een bestandsnaam op .md, niet {pad.name!r}.")
        pad.write_text(self.naar_markdown(), encoding="utf-8")
        return str(pad)


def _kies_concern(kvk, register: _Register, functie: str) -> str:
    if not isinstance(kvk, str) or not kvk.strip():
        raise ValueError(f"{functie}: kvk moet een KvK-nummer als tekst zijn, zoals '47323316', niet {kvk!r}.")
    kvk = kvk.strip()
    concerns = set(register.sleutel["concern"])
    if kvk in concerns:
        return kvk
    kvk_nu = register.kvk_opvolger.get(kvk, kvk)
    if kvk_nu in register.concern_van_kvk:
        return register.concern_van_kvk[kvk_nu]
    namen = {n.casefold(): k for k, n in register.naam["concern"].items() if isinstance(n, str)}
    if kvk.casefold() in namen:
        raise ValueError(f"{functie}: geef het KvK-nummer, niet de naam: {kvk!r} heeft concern-KvK "
                         f"{namen[kvk.casefold()]!r}. Namen kunnen dubbel of verschillend gespeld zijn, "
                         "KvK-nummers niet.")
    raise ValueError(f"{functie}: KvK-nummer {kvk!r} staat niet in bedrijven.")


def accountkaart(kvk: str, *, facturen: pd.DataFrame, bedrijven: pd.DataFrame,
                 producten: pd.DataFrame | None = None, wallet: pd.DataFrame | None = None,
                 wallet_per_bu: pd.DataFrame | None = None, contactpersonen: pd.DataFrame | None = None,
                 enquetes: pd.DataFrame | None = None, klachten: pd.DataFrame | None = None,
                 contracten: pd.DataFrame | None = None, psu: pd.DataFrame | None = None,
                 waarheid_overnames: pd.DataFrame | None = None, peildatum=None, maanden: int = 24,
                 **overige) -> Accountkaart:
    """Een briefing van één account op één pagina, voor de accountmanager vóór een bezoek.

    ``kvk``: het concern-KvK-nummer (een KvK-nummer van een bedrijf in het
    concern mag ook). Alleen ``facturen`` en ``bedrijven`` zijn nodig; elke
    andere tabel voegt een deel toe (zonder die tabel staat er "geen
    gegevens"); ``waarheid_overnames`` noemt een fusie waarbij het concern
    een ander concern opnam. Andere tabellen (``**overige``) worden genegeerd, zodat je
    een woordenboek met alle tabellen kunt meegeven.

    De kaart bevat: wie de klant is en wie hem bij ons helpt (PSU), de omzet
    en hoe die zich ontwikkelt, de bruto marge, share of wallet en onze rang,
    de DMU, de NPS van zijn contactpersonen, klachten van de laatste 12
    maanden, contracten die binnen 6 maanden aflopen, witte vlekken, de
    vragen die de klant waarschijnlijk stelt, en de koppen van een
    accountstrategie om zelf in te vullen.
    """
    functie = "accountkaart"
    maanden = _eis_maanden(maanden, functie)
    _controleer_facturen(facturen, functie, "besteld_door")
    register = _register(bedrijven, functie)
    klant = _kies_concern(kvk, register, functie)
    peil = _peildatum(peildatum, facturen, functie)
    begin = _begindatum(peil, maanden)
    naam = register.naam["concern"].get(klant, klant)
    b = register.bedrijven
    in_concern = register.sleutel["concern"].to_numpy() == klant
    eigen_b = b[in_concern]
    kvks = set(_tekst(eigen_b["kvk_nummer"]))
    kvks |= {oud for oud, nieuw in register.kvk_opvolger.items() if nieuw in kvks}
    secties: dict[str, str] = {}
    samenvatting: list[str] = []
    kern: dict = {}

    # --- Wie is de klant, wie helpt hem? ------------------------------------------------------
    regels = []
    if "sector" in eigen_b.columns:
        sectoren = _tekst(eigen_b["sector"]).dropna().value_counts()
        if len(sectoren):
            regels.append(f"- Sector: {', '.join(sectoren.index[:3])}")
    bedrijfsnamen = sorted({register.naam["bedrijf"].get(k, k) for k in set(_tekst(eigen_b["kvk_nummer"]))
                            if k not in register.kvk_opvolger})
    regels.append(f"- {len(bedrijfsnamen)} {'bedrijf' if len(bedrijfsnamen) == 1 else 'bedrijven'} met "
                  f"{int(in_concern.sum())} vestiging{'' if in_concern.sum() == 1 else 'en'}: "
                  f"{', '.join(bedrijfsnamen[:6])}{' …' if len(bedrijfsnamen) > 6 else ''}")
    accountmanager = None
    if "accountmanager" in eigen_b.columns:
        am = _tekst(eigen_b["accountmanager"]).dropna()
        accountmanager = am.iloc[0] if len(am) else None
    regels.append(f"- Accountmanager: {accountmanager or 'geen (de binnendienst helpt deze klant)'}")
    if psu is not None:
        _eis_tabel(psu, "psu", functie)
        _eis_kolommen(psu, "psu", functie, ["concern_kvk", "rol", "naam"])
        team = psu[psu["concern_kvk"].astype(TEKST) == klant]
        if len(team):
            leden = []
            for rol, groep in team.groupby("rol", sort=False):
                namen = []
                for _, r in groep.iterrows():
                    bu = r.get("business_unit")
                    namen.append(f"{r['naam']}" + (f" ({bu})" if isinstance(bu, str) else ""))
                leden.append(f"{rol}: {', '.join(namen)}")
            regels.append("- Ons team (PSU): " + "; ".join(leden))
        else:
            regels.append("- Ons team (PSU): nog niet samengesteld")
    kern["accountmanager"] = accountmanager
    fusie_zin = None
    if waarheid_overnames is not None:
        _eis_kolommen(waarheid_overnames, "waarheid_overnames", functie, ["soort", "datum", "oude_kvk", "nieuwe_kvk"])
        fusies = waarheid_overnames[(waarheid_overnames["soort"] == "fusie")
                                    & (waarheid_overnames["nieuwe_kvk"].astype(TEKST) == klant)]
        for r in fusies.itertuples():
            oud = str(r.oude_kvk)
            oude_naam = _concernnaam_uit(register.naam["bedrijf"].get(oud, oud))
            apart = voor_fusie(bedrijven, waarheid_overnames[waarheid_overnames["oude_kvk"].astype(TEKST) == oud])
            reg_apart = _register(apart, functie)
            sleutel_apart, _, _ = _sleutels(facturen, reg_apart, "concern", "besteld_door", functie)
            van_oud = facturen[sleutel_apart == oud]
            datum = pd.Timestamp(r.datum).strftime("%d-%m-%Y")
            if len(van_oud):
                laatste = pd.Timestamp(van_oud["factuurdatum"].max())
                totaal = float(van_oud["bedrag"].sum())
                fusie_zin = (f"Sinds {datum} hoort {oude_naam} bij {naam} (fusie). {oude_naam} kocht bij ons voor "
                             f"{_mln(totaal)}, voor het laatst in {_MAANDNAMEN[laatste.month - 1]} {laatste.year}.")
            else:
                fusie_zin = f"Sinds {datum} hoort {oude_naam} bij {naam} (fusie); {oude_naam} kocht nooit bij ons."
            regels.append(f"- {fusie_zin}")
    secties["De klant en ons team"] = "\n".join(regels)

    # --- Omzet en trend ---------------------------------------------------------------------
    alle = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="concern", maanden=maanden, peildatum=peil,
                           producten=producten)
    positie = alle.index[alle["klant"] == klant]
    rij = alle.loc[positie[0]] if len(positie) else None
    omzet = float(rij["omzet"]) if rij is not None else 0.0
    aandeel = float(rij["aandeel"]) if rij is not None else 0.0
    rang = int(positie[0]) + 1 if len(positie) else None
    kern.update(omzet=omzet, aandeel_omzet=aandeel, rang_klant=rang)
    concern_per_regel, _, _ = _sleutels(facturen, register, "concern", "besteld_door", functie)
    eigen_f = facturen[concern_per_regel == klant]
    laatste12 = float(eigen_f.loc[_in_venster(eigen_f["factuurdatum"], _begindatum(peil, 12), peil), "bedrag"].sum())
    vorige_peil = peil - pd.DateOffset(months=12)
    vorige12 = float(eigen_f.loc[_in_venster(eigen_f["factuurdatum"], _begindatum(vorige_peil, 12), vorige_peil),
                                 "bedrag"].sum())
    groei = (laatste12 - vorige12) / vorige12 if vorige12 > 0 else np.nan
    kern.update(omzet_laatste_12=laatste12, omzet_vorige_12=vorige12, groei=groei)
    per_jaar = eigen_f.groupby(eigen_f["factuurdatum"].dt.year)["bedrag"].sum()
    regels = [f"- Netto omzet laatste {maanden} maanden: **{euro(omzet)}**, {procent(aandeel)} van onze omzet"
              + (f" (nummer {rang} van {len(alle)} klanten)" if rang else "")]
    if vorige12 > 0:
        richting = "meer" if groei >= 0 else "minder"
        regels.append(f"- Laatste 12 maanden {euro(laatste12)} tegen {euro(vorige12)} in de 12 maanden ervoor: "
                      f"{procent(abs(groei), 0)} {richting}")
    if len(per_jaar):
        regels.append("\n" + _md_tabel(["jaar", "netto omzet"], [[str(j), euro(v)] for j, v in per_jaar.items()],
                                       {1}))
    secties["Omzet"] = "\n".join(regels)
    if rang:
        samenvatting.append(f"{naam} is onze nummer {rang} van {len(alle)} klanten: {_mln(omzet)} in "
                            f"{maanden} maanden, {procent(aandeel)} van onze omzet.")
    else:
        samenvatting.append(f"{naam} kocht de laatste {maanden} maanden niets bij ons.")
    if vorige12 > 0 and abs(groei) >= 0.05:
        samenvatting.append(f"De omzet van de laatste 12 maanden is {procent(abs(groei), 0)} "
                            f"{'hoger' if groei > 0 else 'lager'} dan het jaar ervoor "
                            f"({_mln(laatste12)} tegen {_mln(vorige12)})"
                            + (": vraag waarom." if groei < 0 else "."))

    # --- Marge ------------------------------------------------------------------------------
    if producten is not None and rij is not None:
        marge = float(rij["bruto_marge"])
        mp = float(rij["margepercentage"])
        gemiddeld = float(alle["bruto_marge"].sum() / alle["omzet"].sum())
        kern.update(bruto_marge=marge, margepercentage=mp, margepercentage_gemiddeld=gemiddeld)
        vergelijk = "daarboven" if mp > gemiddeld + 0.005 else ("daaronder" if mp < gemiddeld - 0.005 else "er gelijk mee")
        secties["Marge"] = (f"- Bruto marge laatste {maanden} maanden: **{euro(marge)}** ({procent(mp)} van de "
                            f"omzet)\n- Gemiddeld over alle klanten: {procent(gemiddeld)}; deze klant zit "
                            f"{vergelijk}.\n- De marge volgt uit de productmix (bruto marge per product); "
                            "kortingen en de kosten om de klant te bedienen zitten er nog niet in.")
        if mp < gemiddeld - 0.005:
            samenvatting.append(f"Let op de marge: {procent(mp)} tegen gemiddeld {procent(gemiddeld)}. Groot is "
                                "niet vanzelf winstgevend.")
    else:
        secties["Marge"] = "Geen gegevens (geef de tabel producten mee)."

    # --- Share of wallet --------------------------------------------------------------------
    if wallet is not None:
        sow = share_of_wallet(alle[alle["klant"] == klant] if rij is not None else
                              pd.DataFrame({"klant": [klant], "naam": [naam], "omzet": [0.0]}),
                              wallet) if maanden == 24 else None
        if sow is None:
            secties["Share of wallet"] = "De wallet is over 24 maanden geschat; maak de kaart met maanden=24."
        elif pd.isna(sow["totale_besteding_24m"].iloc[0]):
            secties["Share of wallet"] = "Geen schatting van de besteding van deze klant (niet in de wallet)."
        else:
            s = sow.iloc[0]
            w = wallet[wallet["concern_kvk"].astype(TEKST) == klant].iloc[0]
            rang_l = s["rang_leverancier"]
            rang_tekst = (f"nummer {int(rang_l)} van {int(s['aantal_leveranciers'])} leveranciers"
                          if not pd.isna(rang_l) else "geen leverancier")
            kern.update(share_of_wallet=float(s["aandeel_vermeer"]),
                        rang_leverancier=None if pd.isna(rang_l) else int(rang_l),
                        top3=bool(s["top3"]), ruimte=float(s["ruimte"]))
            regels = [f"- Geschatte besteding in onze categorieën (24 maanden, alle leveranciers): "
                      f"{euro(s['totale_besteding_24m'])}",
                      f"- Ons aandeel (share of wallet): **{procent(s['aandeel_vermeer'])}**; we zijn {rang_tekst}"
                      f" ({'top 3' if s['top3'] else 'buiten de top 3'})",
                      f"- Ruimte: {euro(s['ruimte'])} geeft de klant uit bij anderen",
                      f"- Bron van de schatting: {w.get('bron', 'onbekend')}"
                      + (f", {pd.Timestamp(w['geschat_op']).strftime('%d-%m-%Y')}" if 'geschat_op' in w and
                         not pd.isna(w['geschat_op']) else "") + ". Een schatting, geen boekhouding."]
            if wallet_per_bu is not None:
                per = omzet_per_klant(facturen, bedrijven=bedrijven, niveau="concern", maanden=24, peildatum=peil,
                                      per_business_unit=True)
                per = per[per["klant"] == klant]
                if per.empty:
                    per = pd.DataFrame({"klant": [klant], "naam": [naam], "business_unit": ["-"], "omzet": [0.0]})
                sb = share_of_wallet(per, wallet_per_bu)
                rijen = [[r.business_unit, euro(r.omzet), euro(r.totale_besteding_24m) if not pd.isna(
                    r.totale_besteding_24m) else "?", procent(r.aandeel_vermeer) if not pd.isna(
                    r.aandeel_vermeer) else "?", str(int(r.rang_leverancier)) + f" van {int(r.aantal_leveranciers)}"
                    if not pd.isna(r.rang_leverancier) else "geen leverancier"] for r in sb.itertuples()]
                regels.append("\n" + _md_tabel(["business unit", "onze omzet", "besteding", "ons aandeel", "rang"],
                                               rijen, {1, 2, 3}))
            secties["Share of wallet"] = "\n".join(regels)
            zin = (f"We hebben {procent(s['aandeel_vermeer'], 0)} van hun besteding en zijn {rang_tekst}; "
                   f"ze geven nog {_mln(s['ruimte'])} uit bij anderen.")
            if not s["top3"]:
                zin += " We staan buiten de top 3: eerst die plek winnen."
            samenvatting.append(zin)
    else:
        secties["Share of wallet"] = "Geen gegevens (geef de tabel wallet mee)."

    # --- DMU --------------------------------------------------------------------------------
    if contactpersonen is not None:
        dekking = dmu_dekking(contactpersonen, [klant], bedrijven=bedrijven).iloc[0]
        kern.update(dmu_ontbreekt=dekking["ontbreekt"], beslisser_bekend=bool(dekking["beslisser_bekend"]))
        c = contactpersonen[_tekst(contactpersonen["kvk_nummer"]).isin(kvks)]
        regels = [f"- {int(dekking['aantal_contacten'])} bekende contactpersonen; rollen: "
                  + ", ".join(f"{r} {int(dekking[r])}" for r in DMU_ROLLEN)]
        if dekking["ontbreekt"]:
            regels.append(f"- **Onbekend: {dekking['ontbreekt']}**")
        beslissers = c[c["dmu_rol"].astype(TEKST).str.lower() == "beslisser"]
        if len(beslissers) and {"voornaam", "achternaam"} <= set(c.columns):
            lijst = [f"{r.voornaam} {r.achternaam}" + (f" ({r.functie})" if "functie" in c.columns and
                                                        isinstance(r.functie, str) else "")
                     for r in beslissers.head(4).itertuples()]
            regels.append("- Beslissers: " + "; ".join(lijst))
        secties["DMU: wie beslist er mee?"] = "\n".join(regels)
        if not dekking["beslisser_bekend"]:
            samenvatting.append("We kennen geen enkele beslisser: zoek uit wie er beslist voordat je een voorstel "
                                "doet.")
        elif dekking["ontbreekt"]:
            samenvatting.append(f"In de DMU kennen we nog niemand in de rol {dekking['ontbreekt']}.")
    else:
        secties["DMU: wie beslist er mee?"] = "Geen gegevens (geef de tabel contactpersonen mee)."

    # --- NPS --------------------------------------------------------------------------------
    if enquetes is not None:
        _eis_kolommen(enquetes, "enquetes", functie, ["datum", "kvk_nummer", "score"])
        e = enquetes[_tekst(enquetes["kvk_nummer"]).isin(kvks).to_numpy()
                     & _in_venster(enquetes["datum"], begin, peil)]
        scores = pd.to_numeric(e["score"], errors="coerce").dropna()
        if len(scores):
            prom = float((scores >= 9).mean())
            crit = float((scores <= 6).mean())
            nps = 100 * (prom - crit)
            kern.update(nps=nps, nps_antwoorden=len(scores))
            regels = [f"- NPS van de contactpersonen (laatste {maanden} maanden): **{nps:+.0f}** uit {len(scores)} "
                      f"antwoorden ({procent(prom, 0)} promotors, {procent(crit, 0)} criticasters)"]
            if len(scores) < 30:
                regels.append("- Weinig antwoorden: lees dit als signaal, niet als harde meting.")
            if "verbeterpunt" in e.columns:
                # Alleen wat passief tevredenen en criticasters (score 0-8) noemen: dat is wat er beter kan.
                kritisch = e[pd.to_numeric(e["score"], errors="coerce").le(8).fillna(False).to_numpy(dtype=bool)]
                punten = kritisch.sort_values("datum", ascending=False)["verbeterpunt"].dropna()
                punten = [p for p in punten if str(p).strip()][:3]
                if punten:
                    regels.append("- Laatste verbeterpunten (score 0-8): " + " / ".join(f"\"{p}\"" for p in punten))
            secties["NPS"] = "\n".join(regels)
            if nps < 0:
                samenvatting.append(f"De NPS van hun contactpersonen is negatief ({nps:+.0f}).")
        else:
            secties["NPS"] = f"Geen NPS-antwoorden van deze klant in de laatste {maanden} maanden."
    else:
        secties["NPS"] = "Geen gegevens (geef de tabel enquetes mee)."

    # --- Klachten ---------------------------------------------------------------------------
    if klachten is not None:
        _eis_kolommen(klachten, "klachten", functie, ["datum", "kvk_nummer", "onderwerp", "afhandeltijd_uren"])
        k = klachten[_tekst(klachten["kvk_nummer"]).isin(kvks).to_numpy()
                     & _in_venster(klachten["datum"], _begindatum(peil, 12), peil)]
        lang = int((k["afhandeltijd_uren"] > 24).sum())
        kern.update(klachten_12m=len(k), klachten_langer_dan_24u=lang)
        if len(k):
            regels = [f"- {len(k)} klacht{'en' if len(k) != 1 else ''} in de laatste 12 maanden; {lang} duurde"
                      f"{'n' if lang != 1 else ''} langer dan 24 uur (mediaan "
                      f"{getal(float(k['afhandeltijd_uren'].median()), 0)} uur)"]
            rijen = []
            for r in k.sort_values("datum", ascending=False).head(5).itertuples():
                tevreden = (f"{int(r.score_voor)} → {int(r.score_na)}" if hasattr(r, "score_na") and
                            not pd.isna(r.score_na) else "")
                rijen.append([pd.Timestamp(r.datum).strftime("%d-%m-%Y"), r.onderwerp,
                              getal(float(r.afhandeltijd_uren), 0), tevreden])
            regels.append("\n" + _md_tabel(["datum", "onderwerp", "uren", "tevredenheid voor → na"], rijen, {2}))
            regels.append("\nDe data kent geen status 'open'; bespreek vooral de klachten die lang duurden of "
                          "waarna de klant minder tevreden was.")
            secties["Klachten (laatste 12 maanden)"] = "\n".join(regels)
            if lang:
                samenvatting.append(f"{lang} van de {len(k)} klachten van het afgelopen jaar duurde langer dan "
                                    "24 uur: verwacht dat de klant erover begint.")
        else:
            secties["Klachten (laatste 12 maanden)"] = "Geen klachten in de laatste 12 maanden."
    else:
        secties["Klachten (laatste 12 maanden)"] = "Geen gegevens (geef de tabel klachten mee)."

    # --- Contracten -------------------------------------------------------------------------
    if contracten is not None:
        _eis_kolommen(contracten, "contracten", functie, ["kvk_nummer", "product", "ingangsdatum", "einddatum"])
        c = contracten[_tekst(contracten["kvk_nummer"]).isin(kvks).to_numpy()]
        loopt = c[(c["ingangsdatum"] <= peil) & (c["einddatum"].isna() | (c["einddatum"] > peil))]
        straks = peil + pd.DateOffset(months=6)
        aflopend = loopt[loopt["einddatum"].notna() & (loopt["einddatum"] <= straks)]
        later = c[c["ingangsdatum"] > peil]
        kern.update(contracten_lopend=len(loopt), contracten_aflopend=len(aflopend))
        regels = [f"- {len(loopt)} lopende contract{'en' if len(loopt) != 1 else ''}"
                  + (f", samen {euro(float(loopt['maandbedrag'].sum()))} per maand" if "maandbedrag" in c.columns
                     and len(loopt) else "")]
        if len(aflopend):
            lijst = [f"{r.product} (tot {pd.Timestamp(r.einddatum).strftime('%d-%m-%Y')})"
                     for r in aflopend.sort_values("einddatum").itertuples()]
            regels.append("- **Loopt binnen 6 maanden af:** " + "; ".join(lijst))
            samenvatting.append(f"{len(aflopend)} contract{'en lopen' if len(aflopend) != 1 else ' loopt'} binnen "
                                "een half jaar af: bespreek verlenging op tijd.")
        else:
            regels.append("- Geen contract loopt binnen 6 maanden af.")
        if len(later):
            regels.append("- Al getekend, gaat later in: " + "; ".join(
                f"{r.product} (vanaf {pd.Timestamp(r.ingangsdatum).strftime('%d-%m-%Y')})" for r in later.itertuples()))
        secties["Contracten"] = "\n".join(regels)
    else:
        secties["Contracten"] = "Geen gegevens (geef de tabel contracten mee)."

    # --- Witte vlekken ----------------------------------------------------------------------
    if "business_unit" in facturen.columns and "product" in facturen.columns:
        vlekken = witte_vlekken(facturen, bedrijven=bedrijven, accounts=[klant], maanden=maanden, peildatum=peil,
                                wallet_per_bu=wallet_per_bu, producten=producten)
        kern["witte_vlekken"] = len(vlekken)
        if len(vlekken):
            regels = []
            for (kans, soort), groep in vlekken.groupby(["kans", "soort"], sort=False):
                if kans == "witte vlek":
                    regels.append(f"- Witte vlek, {soort}: " + ", ".join(groep["wat"]))
                else:
                    regels.append("- Groter aandeel mogelijk: " + ", ".join(
                        f"{r.wat} (ons aandeel {procent(r.aandeel_vermeer, 0)}, ruimte {_mln(r.ruimte)})"
                        for r in groep.itertuples()))
            secties["Witte vlekken en groeikansen"] = "\n".join(regels)
            units = vlekken[(vlekken["kans"] == "witte vlek") & (vlekken["soort"] == "business unit")]["wat"]
            if len(units):
                samenvatting.append(f"Ze kopen bij ons nog niets in {', '.join(units)}.")
        else:
            secties["Witte vlekken en groeikansen"] = "Geen witte vlekken: het account koopt in elke unit en elk " \
                                                     "bedrijf, alle producten."

    # --- Gespreksvoorbereiding en strategie -------------------------------------------------
    voordelen = [f"een vast aanspreekpunt ({accountmanager})" if accountmanager else "een vast aanspreekpunt",
                 "een eigen team (PSU) dat hun organisatie kent",
                 "klachten die binnen 24 uur bij de accountmanager liggen",
                 "meedenken over hun plannen in plaats van alleen offertes"]
    vragen = [
        "- *\"Wat heb ik eraan dat ik een large account ben?\"* Noem wat er concreet verandert: "
        + ", ".join(voordelen) + ".",
        "- *\"Krijg ik nu meer korting?\"* Niet vanzelf. Bespreek wat de klant echt waardeert (zie NPS en klachten) "
        "en maak afspraken over volume en looptijd als er korting tegenover staat.",
    ]
    if enquetes is not None and "verbeterpunt" in enquetes.columns:
        e = enquetes[_tekst(enquetes["kvk_nummer"]).isin(kvks).to_numpy() & _in_venster(enquetes["datum"], begin, peil)]
        if "score" in e.columns:
            e = e[pd.to_numeric(e["score"], errors="coerce").le(8).fillna(False).to_numpy(dtype=bool)]  # alleen wat beter kan
        teksten = " ".join(str(t).lower() for t in e["verbeterpunt"].dropna())
        if "aanspreekpunt" in teksten or "wisselt" in teksten:
            vragen.append("- Hun contactpersonen klaagden over wisselende contactpersonen: een vaste accountmanager "
                          "is voor hen een echt voordeel. Zeg dat als eerste.")
        if "prijs" in teksten:
            vragen.append("- Er zijn opmerkingen over de prijs: bereid voor wat de klant voor zijn geld krijgt.")
    if klachten is not None:
        k = klachten[_tekst(klachten["kvk_nummer"]).isin(kvks).to_numpy()
                     & _in_venster(klachten["datum"], _begindatum(peil, 12), peil)]
        if {"score_voor", "score_na"} <= set(k.columns):
            slecht = k[k["score_na"] < k["score_voor"]].sort_values("datum", ascending=False)
            if len(slecht):
                r = slecht.iloc[0]
                vragen.append(f"- Verwacht een vraag over de klacht '{r['onderwerp']}' van "
                              f"{pd.Timestamp(r['datum']).strftime('%d-%m-%Y')}: na de afhandeling was de klant "
                              f"minder tevreden ({int(r['score_voor'])} → {int(r['score_na'])}). Zoek uit wat er "
                              "misging.")
    if fusie_zin:
        vragen.append(f"- {fusie_zin} Vraag wie na de fusie over de inkoop beslist.")
    vragen.append("- *\"Waarom verandert mijn contactpersoon?\"* Leg uit dat er één accountmanager komt die alle "
                  "business units overziet.")
    secties["Wat zal de klant vragen?"] = "\n".join(vragen)
    secties["Accountstrategie (zelf invullen)"] = "\n\n".join(f"### {kop}\n\n…" for kop in STRATEGIEKOPPEN)
    return Accountkaart(klant=klant, naam=naam, peildatum=peil, maanden=maanden, kerngetallen=kern,
                        secties=secties, samenvatting=samenvatting)
