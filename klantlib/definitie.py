"""Wie is klant? Klanten tellen onder een afgesproken klantdefinitie.

Finance, marketing en sales tellen vaak een ander aantal klanten uit dezelfde
data. Dat komt doordat ze, zonder het te zeggen, vier keuzes anders maken:

1. **basis** – wanneer wordt een bedrijf klant? Bij het tekenen van een
   contract (``"getekend"``), bij de ingang ervan (``"ingang"``), bij de
   factuur (``"factuur"``, bruto), bij de factuur min retouren en
   creditnota's (``"netto"``) of pas bij betaling (``"betaald"``).
2. **periode** – hoeveel maanden terug, gerekend vanaf de peildatum, telt nog
   mee (``periode_maanden``)?
3. **niveau** – wat is één klant: een vestiging, een bedrijf (één KvK-nummer)
   of een concern (moeder met alle dochters)?
4. **per business unit** – telt een bedrijf dat bij twee business units koopt
   als één klant of als twee?

De functies in deze module zijn puur: tabellen erin, tabellen of getallen
eruit. Foute invoer geeft een ``ValueError`` met een Nederlandse melding.

Belangrijkste functies:

- :func:`normaliseer_bedrijfsnaam` – één vaste schrijfwijze voor namen.
- :func:`koppel_namen` – factuurnamen koppelen aan bedrijven (exact, daarna
  op gelijkenis met een score en een drempel).
- :func:`klanten` en :func:`tel_klanten` – de klanten onder één definitie.
- :func:`definitiematrix` – aantallen voor een rooster van definities.
- :func:`klantdefinitie_kaart` – de afgesproken definitie op één kaart.

Afspraken over de data
----------------------

- Een factuur zonder (bekend) ``vestigingsnummer`` koppelen we op naam aan
  ``bedrijven``. Lukt dat niet, dan blijft de factuur meetellen onder haar
  genormaliseerde naam: er valt niets stilletjes weg. Een op naam gekoppelde
  factuur telt op vestigingsniveau bij de hoofdvestiging van het bedrijf.
- Een eigen export met alleen ``factuurnummer``, ``factuurdatum``,
  ``klantnaam`` en ``bedrag`` werkt ook. Zonder ``vestigingsnummer`` en
  zonder ``bedrijven`` is de genormaliseerde klantnaam de klant (bij niveau
  ``"vestiging"`` en ``"bedrijf"``). Zonder kolom ``soort`` telt een positief
  bedrag als factuur en een negatief bedrag als retour of creditnota.
- Heeft zo'n export een ``kvk_nummer`` of ``klantnummer`` (debiteurnummer)
  en is er geen ``bedrijven``, dan is bij niveau ``"bedrijf"`` het
  KvK-nummer de klant, anders het klantnummer, anders de naam (een naam of
  klantnummer die op een andere factuur bij een nummer staat, telt bij dat
  nummer). Bij niveau ``"concern"`` telt ``concern_kvk``; een bedrijf zonder
  concern is zijn eigen concern. Met ``bedrijven`` verandert er niets.
- Bij een overname (``vorige_kvk_nummer`` in ``bedrijven``) telt het oude
  bedrijf als hetzelfde bedrijf als de opvolger: de klantrelatie loopt door.
- Dubbele factuurregels worden niet weggehaald: ze veranderen het aantal
  klanten niet, wel de omzet. Haal ze eerst weg als je omzet wilt vergelijken.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from klantlib._compat import TEKST

__all__ = [
    "BASISSEN",
    "NIVEAUS",
    "SOORTEN",
    "STANDAARD_DREMPEL",
    "definitiematrix",
    "klantdefinitie_kaart",
    "klanten",
    "koppel_namen",
    "namen_per_klant",
    "normaliseer_bedrijfsnaam",
    "omschrijving",
    "standaard_peildatum",
    "tel_klanten",
]

#: Wanneer is een bedrijf klant? De vijf omzetbases.
BASISSEN = ("getekend", "ingang", "factuur", "netto", "betaald")
#: Wat is één klant?
NIVEAUS = ("vestiging", "bedrijf", "concern")
#: De soorten factuurregels.
SOORTEN = ("factuur", "retour", "creditnota")
#: Minimale gelijkenisscore (0-100) om een naam op gelijkenis te koppelen.
STANDAARD_DREMPEL = 90

_UITLEG_BASIS = {
    "getekend": "contract getekend",
    "ingang": "contract ingegaan",
    "factuur": "gefactureerd (bruto)",
    "netto": "netto gefactureerd (min retouren en creditnota's)",
    "betaald": "factuur betaald",
}
_UITLEG_NIVEAU = {
    "vestiging": "vestiging (vestigingsnummer)",
    "bedrijf": "bedrijf (KvK-nummer)",
    "concern": "concern (moeder met dochters)",
}

# Rechtsvormen die we uit een naam weglaten (na het weghalen van de punten).
_RECHTSVORMEN = frozenset({"bv", "nv", "vof", "cv", "holding"})
_TAV = re.compile(r"\b(?:t\.?\s*a\.?\s*v\.?|ter attentie van)\s", flags=re.IGNORECASE)


# --------------------------------------------------------------------------
# Namen normaliseren en koppelen
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=65_536)
def _normaliseer(naam: str) -> str:
    """Normaliseer één naam (zie :func:`normaliseer_bedrijfsnaam`).

    Een pure functie van tekst naar tekst; het geheugen (lru_cache) maakt
    herhaald normaliseren van dezelfde namen alleen sneller.
    """
    delen = _TAV.split(naam, maxsplit=1)
    if len(delen) == 2 and delen[1].strip():
        naam = delen[1]
    tekst = unicodedata.normalize("NFKD", naam)
    tekst = "".join(teken for teken in tekst if not unicodedata.combining(teken))
    tekst = tekst.lower().replace("&", " en ").replace(".", "")
    tekst = re.sub(r"[\W_]+", " ", tekst)
    woorden: list[str] = []
    for woord in tekst.split():
        # Losse letters achter elkaar horen bij elkaar: "b v" wordt "bv".
        if len(woord) == 1 and woorden and len(woorden[-1]) == 1 and woorden[-1].isalpha():
            woorden[-1] += woord
        elif len(woord) == 1 and woorden and woorden[-1] in {"b", "n"}:
            woorden[-1] += woord
        else:
            woorden.append(woord)
    zonder_rechtsvorm = [woord for woord in woorden if woord not in _RECHTSVORMEN]
    return " ".join(zonder_rechtsvorm or woorden)


def normaliseer_bedrijfsnaam(naam):
    """Geef één vaste schrijfwijze van een bedrijfsnaam.

    Zo worden spellingsvarianten van dezelfde naam gelijk: kleine letters,
    geen accenten en leestekens, één spatie tussen woorden, ``&`` wordt
    ``en`` en de rechtsvorm (B.V., BV, N.V., V.O.F., C.V., Holding) valt weg.
    Staat er ``t.a.v.`` (ter attentie van) in de naam, dan telt het deel
    erna: dat is het bedrijf dat de factuur krijgt.

    ``naam`` is een tekst of een pandas Series met teksten; een Series geeft
    een Series terug (lege waarden blijven leeg).

    >>> normaliseer_bedrijfsnaam("Jansen Transport B.V.")
    'jansen transport'
    >>> normaliseer_bedrijfsnaam("  JANSEN  transport bv ")
    'jansen transport'
    >>> normaliseer_bedrijfsnaam("Jansen Groep Holding B.V. t.a.v. Jansen Transport")
    'jansen transport'
    >>> normaliseer_bedrijfsnaam("Café De Gouden Leeuw V.O.F.")
    'cafe de gouden leeuw'
    >>> normaliseer_bedrijfsnaam(42)
    Traceback (most recent call last):
    ...
    ValueError: normaliseer_bedrijfsnaam: naam moet een tekst of een pandas Series met teksten zijn, niet int.
    """
    if isinstance(naam, str):
        return _normaliseer(naam)
    if isinstance(naam, pd.Series):
        uniek = naam.dropna().unique()
        fout = [waarde for waarde in uniek if not isinstance(waarde, str)]
        if fout:
            raise ValueError(
                "normaliseer_bedrijfsnaam: de Series bevat waarden die geen tekst zijn, "
                f"bijvoorbeeld {fout[0]!r}."
            )
        vertaling = {waarde: _normaliseer(waarde) for waarde in uniek}
        return naam.map(vertaling).astype(TEKST)
    raise ValueError(
        "normaliseer_bedrijfsnaam: naam moet een tekst of een pandas Series met teksten zijn, "
        f"niet {type(naam).__name__}."
    )


@dataclass
class _Register:
    """Opzoektabellen uit ``bedrijven``: per vestiging de code op elk niveau."""

    index: pd.Index  # vestigingsnummers, positie = rij
    codes: dict[str, np.ndarray]  # niveau -> code per vestigingsrij
    labels: dict[str, np.ndarray]  # niveau -> sleutel (tekst) per code
    _bouw_rest: object  # functie die namen, hoofdrij en kvk_naam maakt (pas als ze nodig zijn)
    _rest: tuple | None = None
    _kandidaten: dict[str, list[str]] | None = None
    _gekoppeld: dict = field(default_factory=dict)  # (naam, drempel) -> uitkomst van _koppel
    _arrow: dict = field(default_factory=dict)  # Arrow-type -> vestigingsnummers als Arrow-array

    @property
    def namen(self) -> dict[str, np.ndarray]:
        """Niveau -> leesbare naam per code."""
        return self._maak_rest()[0]

    @property
    def hoofdrij(self) -> dict[str, int]:
        """(Opvolger-)kvk -> rij van de hoofdvestiging."""
        return self._maak_rest()[1]

    @property
    def kvk_naam(self) -> dict[str, str]:
        """Kvk -> officiële naam."""
        return self._maak_rest()[2]

    def _maak_rest(self) -> tuple:
        # Tellen heeft alleen codes nodig; namen en hoofdvestigingen maken we pas als ze gevraagd worden.
        if self._rest is None:
            self._rest = self._bouw_rest()
        return self._rest

    def arrow_index(self, type_):
        """De vestigingsnummers als Arrow-array van ``type_`` (om in Arrow op te zoeken)."""
        if type_ not in self._arrow:
            self._arrow[type_] = pa.array(self.index.to_numpy(dtype=object), type=type_)
        return self._arrow[type_]

    @property
    def kandidaten(self) -> dict[str, list[str]]:
        """Genormaliseerde naam -> kvk-nummers (pas gemaakt als er op naam gekoppeld wordt)."""
        if self._kandidaten is None:
            self._kandidaten = {}
            for k in sorted(self.kvk_naam):
                lijst = self._kandidaten.setdefault(_normaliseer(self.kvk_naam[k]), [])
                if k not in lijst:
                    lijst.append(k)
        return self._kandidaten

    @property
    def keuzes(self) -> list[str]:
        """De genormaliseerde namen, gesorteerd (voor koppelen op gelijkenis)."""
        return sorted(self.kandidaten)


def _tekst(reeks: pd.Series) -> np.ndarray:
    """Een kolom als object-array met Python-teksten (leeg blijft None/NaN)."""
    if isinstance(reeks.dtype, pd.StringDtype) and reeks.dtype.na_value is pd.NA:
        return reeks.to_numpy(dtype=object, na_value=None)
    waarden = reeks.to_numpy()
    if waarden.dtype != object:
        leeg = reeks.isna().to_numpy()
        waarden = reeks.astype(TEKST).to_numpy(dtype=object)
        waarden[leeg] = None
    return waarden


def _maak_register(bedrijven: pd.DataFrame) -> _Register:
    _eis_tabel(bedrijven, "bedrijven")
    _eis_kolommen(bedrijven, "bedrijven", ["vestigingsnummer", "kvk_nummer", "concern_kvk", "bedrijfsnaam"])
    for kolom in ("vestigingsnummer", "kvk_nummer", "concern_kvk"):
        leeg = bedrijven[kolom].isna().to_numpy()
        if leeg.any():
            raise ValueError(
                f"bedrijven: kolom '{kolom}' is leeg in {int(leeg.sum())} rij(en), "
                f"bijvoorbeeld rij {int(np.flatnonzero(leeg)[0])}."
            )
    vest = _tekst(bedrijven["vestigingsnummer"])
    index = pd.Index(vest, dtype=object)
    if index.has_duplicates:
        dubbel = index[index.duplicated()][0]
        raise ValueError(
            f"bedrijven: vestigingsnummer {dubbel!r} staat er meer dan één keer in; "
            "elke vestiging hoort één rij te hebben."
        )
    kvk = _tekst(bedrijven["kvk_nummer"])
    concern = _tekst(bedrijven["concern_kvk"])

    # Overnames: het oude KvK-nummer wijst naar de opvolger (ook in een keten).
    opvolger: dict[str, str] = {}
    if "vorige_kvk_nummer" in bedrijven.columns:
        vorige = _tekst(bedrijven["vorige_kvk_nummer"])
        overgenomen = pd.notna(vorige) & (vorige != kvk)
        for oud, nieuw in zip(vorige[overgenomen], kvk[overgenomen]):
            if isinstance(oud, str):
                opvolger[oud] = nieuw

    def volg(k: str) -> str:
        gezien = {k}
        while k in opvolger and opvolger[k] not in gezien:
            k = opvolger[k]
            gezien.add(k)
        return k

    def volg_alle(waarden: np.ndarray) -> np.ndarray:
        uit = waarden.copy()
        for i in np.flatnonzero(pd.Index(list(opvolger), dtype=object).get_indexer(waarden) >= 0):
            uit[i] = volg(waarden[i])
        return uit

    if opvolger:
        kvk_eind = volg_alle(kvk)
        # Concern van een vestiging: het concern van het (opvolgende) bedrijf; de eerste rij per kvk wint.
        kvk_code, kvk_uniek = pd.factorize(kvk)
        _, eerste = np.unique(kvk_code, return_index=True)
        pos = pd.Index(kvk_uniek, dtype=object).get_indexer(kvk_eind)
        concern_eind = volg_alle(np.where(pos >= 0, concern[eerste][pos], concern).astype(object))
    else:
        kvk_eind, concern_eind = kvk, concern

    codes: dict[str, np.ndarray] = {"vestiging": np.arange(len(vest), dtype=np.int64)}
    labels: dict[str, np.ndarray] = {"vestiging": vest}
    c, u = pd.factorize(kvk_eind)
    codes["bedrijf"], labels["bedrijf"] = c.astype(np.int64), np.asarray(u, dtype=object)
    c, u = pd.factorize(concern_eind)
    codes["concern"], labels["concern"] = c.astype(np.int64), np.asarray(u, dtype=object)

    def bouw_rest() -> tuple:
        bedrijfsnaam = _tekst(bedrijven["bedrijfsnaam"])
        if "hoofdvestiging" in bedrijven.columns:
            hoofd = bedrijven["hoofdvestiging"].fillna(False).to_numpy(dtype=bool)
        else:
            hoofd = np.zeros(len(vest), dtype=bool)
        volgorde = np.argsort(~hoofd, kind="stable")[::-1]  # omgekeerd: de eerste (hoofd)vestiging wint
        hoofdrij = dict(zip(kvk_eind[volgorde], volgorde.tolist()))
        kvk_naam = dict(zip(kvk[volgorde], bedrijfsnaam[volgorde]))
        # Ook het oude kvk-nummer vindt zijn hoofdvestiging (bij de opvolger).
        for oud in opvolger:
            if volg(oud) in hoofdrij:
                hoofdrij.setdefault(oud, hoofdrij[volg(oud)])
        if "plaats" in bedrijven.columns:
            plaats = bedrijven["plaats"].fillna("").astype(TEKST).to_numpy(dtype=object)
            vest_naam = np.array([f"{n} ({p})" if p else n for n, p in zip(bedrijfsnaam, plaats)], dtype=object)
        else:
            vest_naam = bedrijfsnaam
        namen: dict[str, np.ndarray] = {"vestiging": vest_naam}
        namen["bedrijf"] = np.array([kvk_naam.get(k, k) for k in labels["bedrijf"]], dtype=object)
        concernnaam: dict[str, str] = {}
        if "concernnaam" in bedrijven.columns:
            concernnaam = {k: n for k, n in zip(concern_eind[::-1], _tekst(bedrijven["concernnaam"])[::-1])
                           if isinstance(n, str)}
        namen["concern"] = np.array([concernnaam.get(k, kvk_naam.get(k, k)) for k in labels["concern"]],
                                    dtype=object)
        return namen, hoofdrij, kvk_naam

    return _Register(index, codes, labels, bouw_rest)


def _koppel_een(naam: str, register: _Register, drempel: float) -> dict:
    """Koppel één naam; het register onthoudt de uitkomst (zelfde naam, zelfde antwoord)."""
    sleutel = (naam, float(drempel))
    if sleutel in register._gekoppeld:
        return register._gekoppeld[sleutel]
    norm = _normaliseer(naam)
    kvk, score, methode = pd.NA, 0.0, "geen"
    if norm in register.kandidaten:
        lijst = register.kandidaten[norm]
        if len(lijst) > 1:  # zelfde naam, meerdere bedrijven: kies de letterlijk meest gelijke
            lijst = sorted(lijst, key=lambda k: -fuzz.ratio(naam.lower(), register.kvk_naam[k].lower()))
        kvk, score, methode = lijst[0], 100.0, "exact"
    elif register.kandidaten:
        keuzes = register.keuzes
        beste = process.extractOne(norm, keuzes, scorer=fuzz.token_sort_ratio, score_cutoff=drempel)
        if beste is not None:
            kvk, score, methode = register.kandidaten[beste[0]][0], float(beste[1]), "gelijkenis"
        else:
            beste = process.extractOne(norm, keuzes, scorer=fuzz.token_sort_ratio)
            score = float(beste[1]) if beste is not None else 0.0
    uitkomst = {
        "klantnaam": naam,
        "genormaliseerd": norm,
        "kvk_nummer": kvk,
        "bedrijfsnaam": register.kvk_naam.get(kvk, pd.NA) if isinstance(kvk, str) else pd.NA,
        "score": round(score, 1),
        "methode": methode,
    }
    register._gekoppeld[sleutel] = uitkomst
    return uitkomst


def _koppel(unieke_namen, register: _Register, drempel: float) -> pd.DataFrame:
    """Koppel een rij unieke namen aan een KvK-nummer. Geeft één rij per naam."""
    kolommen = ["klantnaam", "genormaliseerd", "kvk_nummer", "bedrijfsnaam", "score", "methode"]
    uit = pd.DataFrame([_koppel_een(naam, register, drempel) for naam in unieke_namen], columns=kolommen)
    for kolom in ("klantnaam", "genormaliseerd", "kvk_nummer", "bedrijfsnaam", "methode"):
        uit[kolom] = uit[kolom].astype(TEKST)
    uit["score"] = uit["score"].astype("float64")
    return uit


def koppel_namen(namen, bedrijven: pd.DataFrame, *, drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Koppel klantnamen (zoals op de factuur) aan bedrijven.

    Eerst exact na :func:`normaliseer_bedrijfsnaam`, daarna op gelijkenis met
    rapidfuzz (``token_sort_ratio``, 0-100). Een naam met een score onder
    ``drempel`` blijft ongekoppeld: hij staat gewoon in de uitkomst, met
    ``methode == "geen"``, de beste score die er was en een lege
    ``kvk_nummer``. Er valt dus geen naam weg.

    Geeft één rij per unieke naam: ``klantnaam``, ``genormaliseerd``,
    ``kvk_nummer``, ``bedrijfsnaam``, ``score``, ``methode``
    (``"exact"``, ``"gelijkenis"`` of ``"geen"``).

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"],
    ...                   "concern_kvk": ["11111111", "22222222"],
    ...                   "bedrijfsnaam": ["Jansen Transport B.V.", "Pietersen Bouw V.O.F."]})
    >>> uit = koppel_namen(["JANSEN TRANSPORT BV", "Pietersen Bowu", "Bakkerij Smit"], b)
    >>> uit[["kvk_nummer", "methode"]].values.tolist()
    [['11111111', 'exact'], ['22222222', 'gelijkenis'], [nan, 'geen']]
    """
    if isinstance(namen, str):
        raise ValueError("koppel_namen: geef namen als lijst of Series, niet als losse tekst.")
    try:
        reeks = pd.Series(list(namen), dtype="object")
    except TypeError:
        raise ValueError("koppel_namen: namen moet een lijst of Series met teksten zijn.") from None
    _eis_drempel(drempel)
    reeks = reeks.dropna()
    fout = [n for n in reeks if not isinstance(n, str)]
    if fout:
        raise ValueError(f"koppel_namen: elke naam moet tekst zijn; {fout[0]!r} is dat niet.")
    register = _maak_register(bedrijven)
    return _koppel(list(dict.fromkeys(reeks)), register, drempel)


# --------------------------------------------------------------------------
# Controle van de invoer
# --------------------------------------------------------------------------


def _eis_tabel(tabel, naam: str) -> None:
    if not isinstance(tabel, pd.DataFrame):
        raise ValueError(f"{naam} moet een pandas DataFrame zijn, niet {type(tabel).__name__}.")


def _eis_kolommen(tabel: pd.DataFrame, naam: str, kolommen, reden: str = "") -> None:
    mist = [k for k in kolommen if k not in tabel.columns]
    if mist:
        lijst = ", ".join(f"'{k}'" for k in mist)
        raise ValueError(
            f"De tabel {naam} mist de kolom(men) {lijst}{reden}. "
            f"Aanwezige kolommen: {', '.join(map(str, tabel.columns))}."
        )


def _eis_datums(tabel: pd.DataFrame, naam: str, kolom: str) -> None:
    reeks = tabel[kolom]
    if not pd.api.types.is_datetime64_dtype(reeks.dtype):
        raise ValueError(
            f"Kolom '{kolom}' in {naam} bevat geen datums (type {reeks.dtype}). "
            f"Zet hem eerst om, bijvoorbeeld met pd.to_datetime({naam}['{kolom}'])."
        )


def _eis_keuze(waarde, naam: str, keuzes) -> None:
    if not isinstance(waarde, str) or waarde not in keuzes:
        raise ValueError(f"{naam}={waarde!r} is onbekend; kies uit {', '.join(map(repr, keuzes))}.")


def _eis_periode(periode_maanden) -> int:
    if isinstance(periode_maanden, (bool, np.bool_)) or not isinstance(periode_maanden, (int, np.integer)):
        raise ValueError(
            f"periode_maanden moet een geheel aantal maanden zijn (1 of meer), niet {periode_maanden!r}."
        )
    if periode_maanden < 1:
        raise ValueError(f"periode_maanden moet 1 of meer zijn, niet {int(periode_maanden)}.")
    return int(periode_maanden)


def _eis_drempel(drempel) -> None:
    if isinstance(drempel, bool) or not isinstance(drempel, (int, float, np.integer, np.floating)) or not 0 <= drempel <= 100:
        raise ValueError(f"drempel moet een getal van 0 tot en met 100 zijn, niet {drempel!r}.")


def _peildatum(peildatum, facturen: pd.DataFrame) -> pd.Timestamp:
    if peildatum is None:
        laatste = facturen["factuurdatum"].max()
        if pd.isna(laatste):
            raise ValueError(
                "Er zijn geen factuurdatums om de peildatum uit af te leiden; geef peildatum='JJJJ-MM-DD' op."
            )
        return (pd.Timestamp(laatste).normalize() + pd.offsets.MonthEnd(0)).normalize()
    if isinstance(peildatum, (bool, int, float, np.number)):
        raise ValueError(f"peildatum moet een datum zijn, zoals '2025-12-31', niet {peildatum!r}.")
    try:
        datum = pd.Timestamp(peildatum)
    except (ValueError, TypeError):
        raise ValueError(f"peildatum moet een datum zijn, zoals '2025-12-31', niet {peildatum!r}.") from None
    if pd.isna(datum):
        raise ValueError("peildatum is leeg; geef een datum zoals '2025-12-31'.")
    if datum.tzinfo is not None:
        datum = datum.tz_localize(None)
    return datum.normalize()


def standaard_peildatum(facturen: pd.DataFrame) -> pd.Timestamp:
    """De peildatum als je er zelf geen kiest: het einde van de maand van de laatste factuur.

    >>> standaard_peildatum(pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2025-12-29"])}))
    Timestamp('2025-12-31 00:00:00')
    """
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["factuurdatum"])
    _eis_datums(facturen, "facturen", "factuurdatum")
    return _peildatum(None, facturen)


def omschrijving(*, basis: str, niveau: str) -> tuple[str, str]:
    """Korte Nederlandse uitleg van een basis en een niveau.

    >>> omschrijving(basis="netto", niveau="concern")
    ("netto gefactureerd (min retouren en creditnota's)", 'concern (moeder met dochters)')
    """
    _eis_keuze(basis, "basis", BASISSEN)
    _eis_keuze(niveau, "niveau", NIVEAUS)
    return _UITLEG_BASIS[basis], _UITLEG_NIVEAU[niveau]


def _venster(datums: pd.Series, peil: pd.Timestamp, maanden: int) -> np.ndarray:
    """True voor datums in de periode: na (peil - maanden) tot en met peil (hele dagen)."""
    begin = peil - pd.DateOffset(months=maanden) + pd.Timedelta(days=1)
    eind = peil + pd.Timedelta(days=1)
    waarden = datums.to_numpy()
    if waarden.dtype == "datetime64[ns]":
        # Snel: begin <= d < eind als één vergelijking van (d - begin) zonder teken.
        # Een lege datum (NaT) wordt zo een heel groot getal en valt buiten de periode.
        b = np.int64(begin.as_unit("ns").value)
        lengte = np.uint64(int(eind.as_unit("ns").value) - int(b))
        return (waarden.view(np.int64) - b).view(np.uint64) < lengte
    return (waarden >= begin.to_datetime64()) & (waarden < eind.to_datetime64())


def _controleer_facturen(facturen: pd.DataFrame, basis: str, per_business_unit: bool) -> None:
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["factuurdatum", "bedrag"])
    if "vestigingsnummer" not in facturen.columns and "klantnaam" not in facturen.columns:
        raise ValueError(
            "De tabel facturen heeft een kolom 'vestigingsnummer' of 'klantnaam' nodig om klanten te herkennen."
        )
    _eis_datums(facturen, "facturen", "factuurdatum")
    bedrag = facturen["bedrag"]
    if pd.api.types.is_bool_dtype(bedrag.dtype) or not pd.api.types.is_numeric_dtype(bedrag.dtype):
        raise ValueError(f"Kolom 'bedrag' in facturen moet getallen bevatten (type is {bedrag.dtype}).")
    if basis == "betaald":
        _eis_kolommen(facturen, "facturen", ["betaaldatum"], " (nodig voor basis='betaald')")
        _eis_datums(facturen, "facturen", "betaaldatum")
    if per_business_unit:
        _eis_kolommen(facturen, "facturen", ["business_unit"], " (nodig voor per_business_unit=True)")


def _controleer_factuurrijen(facturen: pd.DataFrame, rijen: np.ndarray, soort, bedrag: np.ndarray):
    """Controleer bedrag en soort van de rijen in de periode (alleen die tellen mee).

    Geeft per rij True als het een factuur is (zonder kolom soort: bedrag > 0).
    """

    def waar(i: int) -> str:
        rij = int(rijen[i])
        if "factuurnummer" in facturen.columns:
            return f"factuurnummer {facturen['factuurnummer'].iloc[rij]!r}"
        return f"rij {rij}"

    leeg = np.isnan(bedrag)
    if leeg.any():
        raise ValueError(
            f"Kolom 'bedrag' in facturen is leeg in {int(leeg.sum())} rij(en), "
            f"bijvoorbeeld {waar(int(np.flatnonzero(leeg)[0]))}; vul die eerst in."
        )
    if soort is None:
        return bedrag > 0
    # Eén vergelijking over alle rijen; de (weinige) andere rijen bekijken we apart.
    is_factuur = soort.gelijk_aan("factuur")
    anders = np.flatnonzero(~is_factuur)
    onbekend = ~soort.is_een_van(("retour", "creditnota"), anders)
    if onbekend.any():
        j = int(np.flatnonzero(onbekend)[0])
        i = int(anders[j])
        waarde = soort.objecten(anders[j:j + 1])[0]
        inhoud = "is leeg" if pd.isna(waarde) else f"bevat {waarde!r}"
        raise ValueError(
            f"Kolom 'soort' in facturen {inhoud} ({waar(i)}); "
            f"toegestaan zijn {', '.join(map(repr, SOORTEN))}."
        )
    positief = bedrag[anders] > 0
    if positief.any():
        i = int(anders[np.flatnonzero(positief)[0]])
        raise ValueError(
            f"Een retour of creditnota heeft een negatief bedrag; {waar(i)} heeft {float(bedrag[i]):.2f}."
        )
    return is_factuur


def _controleer_contracten(contracten, basis: str, per_business_unit: bool) -> None:
    if contracten is None:
        raise ValueError(f"basis={basis!r} telt contracten: geef ook contracten=... mee.")
    _eis_tabel(contracten, "contracten")
    datumkolom = "getekend_op" if basis == "getekend" else "ingangsdatum"
    _eis_kolommen(contracten, "contracten", ["vestigingsnummer", datumkolom, "einddatum"])
    _eis_datums(contracten, "contracten", datumkolom)
    _eis_datums(contracten, "contracten", "einddatum")
    if per_business_unit:
        _eis_kolommen(contracten, "contracten", ["business_unit"], " (nodig voor per_business_unit=True)")


# --------------------------------------------------------------------------
# Rijen een klantcode geven
# --------------------------------------------------------------------------


@dataclass
class _Codering:
    codes: np.ndarray  # per rij een code (0..n-1)
    labels: list  # sleutel per code
    _namen_vast: object  # leesbare namen van de eerste codes: lijst, of functie die de lijst geeft
    _namen_erbij: list  # leesbare namen van de codes die er bij het koppelen bij kwamen
    alleen_naam: np.ndarray  # per code: herkend aan een ongekoppelde naam
    niet_gekoppeld: list  # ruwe namen die niet gekoppeld zijn

    @property
    def namen(self) -> list:
        """Leesbare naam per code (None = nog onbekend); pas gemaakt als iemand erom vraagt."""
        vast = self._namen_vast() if callable(self._namen_vast) else self._namen_vast
        return list(vast) + list(self._namen_erbij)


def _codeer(vest, namen, kvk, niveau: str, register: _Register | None, drempel: float, tabelnaam: str) -> _Codering:
    """Geef elke rij een klantcode op ``niveau``.

    ``vest``, ``namen`` en ``kvk`` zijn :class:`_Tekstkolom` van gelijke lengte of None.
    """
    n = len(next(x for x in (vest, namen, kvk) if x is not None))
    codes = np.full(n, -1, dtype=np.int64)
    if register is not None:
        labels = list(register.labels[niveau])
        namen_uit: object = lambda: register.namen[niveau]  # noqa: E731
        if vest is not None:
            pos = vest.posities_in(register)
            goed = pos >= 0
            codes[goed] = register.codes[niveau][pos[goed]]
        if kvk is not None and (codes < 0).any():
            rest = np.flatnonzero(codes < 0)
            rij = np.array([register.hoofdrij.get(k, -1) if isinstance(k, str) else -1 for k in kvk.objecten(rest)],
                           dtype=np.int64)
            goed = rij >= 0
            codes[rest[goed]] = register.codes[niveau][rij[goed]]
    else:
        labels, namen_uit = [], []
        # Een helemaal lege kolom vestigingsnummer (zoals in een eigen export) telt als afwezig:
        # dan is de genormaliseerde klantnaam de sleutel.
        if vest is not None and not vest.leeg().all():
            if niveau != "vestiging":
                raise ValueError(
                    f"niveau={niveau!r} heeft de tabel bedrijven nodig om vestigingen aan bedrijven "
                    "te koppelen: geef bedrijven=... mee, of kies niveau='vestiging'."
                )
            c, u = vest.factoriseer()
            aanwezig = c >= 0
            codes[aanwezig] = c[aanwezig]
            labels = list(u)
            namen_uit = [None] * len(labels)
            if namen is not None and len(labels):
                # Leesbare naam: de klantnaam op de eerste factuur van die vestiging.
                _, eerste = np.unique(c[aanwezig], return_index=True)
                namen_uit = list(namen.objecten(np.flatnonzero(aanwezig)[eerste]))
        elif niveau == "concern":
            raise ValueError(
                "niveau='concern' heeft de tabel bedrijven nodig om dochters aan hun moeder te koppelen: "
                "geef bedrijven=... mee."
            )
    aantal_vast = len(labels)
    namen_erbij: list = []
    niet_gekoppeld: list = []
    rest = np.flatnonzero(codes < 0)
    if len(rest):
        if namen is None:
            raise ValueError(
                f"{tabelnaam}: {len(rest)} rij(en) hebben geen bekend vestigingsnummer en er is geen "
                "naam om op te koppelen."
            )
        rest_namen = namen.objecten(rest)
        leeg = pd.isna(rest_namen)
        if leeg.any():
            raise ValueError(
                f"{tabelnaam}: {int(leeg.sum())} rij(en) hebben geen vestigingsnummer en geen klantnaam; "
                "zo is niet te zien welke klant het is."
            )
        inv, uniek = pd.factorize(rest_namen)
        uniek = list(uniek)
        rest_code = np.full(len(uniek), -1, dtype=np.int64)
        if register is not None:
            gekoppeld = _koppel(uniek, register, drempel)
            for i, k in enumerate(gekoppeld["kvk_nummer"]):
                if isinstance(k, str) and k in register.hoofdrij:
                    rest_code[i] = register.codes[niveau][register.hoofdrij[k]]
        nieuw: dict[str, int] = {}
        for i, naam in enumerate(uniek):
            if rest_code[i] >= 0:
                continue
            if register is not None:
                niet_gekoppeld.append(naam)
            norm = _normaliseer(naam)
            if norm not in nieuw:
                nieuw[norm] = len(labels)
                labels.append(norm)
                namen_erbij.append(naam)
            rest_code[i] = nieuw[norm]
        codes[rest] = rest_code[inv]
    alleen_naam = np.zeros(len(labels), dtype=bool)
    alleen_naam[aantal_vast:] = True
    return _Codering(codes, labels, namen_uit, namen_erbij, alleen_naam, sorted(niet_gekoppeld))


#: Kolommen van een eigen export (klantlib.inlezen) die zeggen wie de klant is, als er geen bedrijven is.
_EIGEN_NUMMERS = ("kvk_nummer", "klantnummer", "concern_kvk")


def _eigen_nummers(facturen: pd.DataFrame, selectie) -> dict:
    """De kolommen kvk_nummer, klantnummer en concern_kvk die in de facturen staan en niet helemaal leeg zijn."""
    uit = {}
    for kolom in _EIGEN_NUMMERS:
        tekst = _kolom(facturen, kolom, selectie)
        if tekst is not None and not facturen[kolom].isna().all():
            uit[kolom] = tekst
    return uit


def _codeer_eigen_nummers(namen, eigen: dict, niveau: str) -> _Codering:
    """Klantcode per rij uit de eigen nummers van een export, zonder tabel bedrijven.

    Bedrijf: het KvK-nummer; anders het klantnummer (debiteurnummer), of het KvK-nummer dat bij
    dat klantnummer op andere facturen staat; anders de genormaliseerde naam, of het nummer dat
    bij die naam op andere facturen staat. Concern: het concern-KvK-nummer; een bedrijf zonder
    concern is zijn eigen concern.
    """
    n = len(next(iter(eigen.values())))
    naam = pd.Series(namen.objecten() if namen is not None else [None] * n, dtype=object)
    leeg_naam = naam.isna()

    def kolom(k):
        if k not in eigen:
            return pd.Series([None] * n, dtype=object)
        return pd.Series(eigen[k].objecten(), dtype=object).where(lambda x: x.notna(), None)

    kvk, klantnr, concern = kolom("kvk_nummer"), kolom("klantnummer"), kolom("concern_kvk")
    zonder = (kvk.isna() & klantnr.isna() & leeg_naam).to_numpy()
    if zonder.any():
        raise ValueError(
            f"facturen: {int(zonder.sum())} rij(en) hebben geen KvK-nummer, geen klantnummer en geen klantnaam; "
            "zo is niet te zien welke klant het is."
        )

    def eenduidig(van: pd.Series, naar: pd.Series) -> dict:
        """{waarde van: waarde naar} voor waarden van die op de rijen met 'naar' precies één 'naar' hebben."""
        paren = pd.DataFrame({"van": van, "naar": naar}).dropna().drop_duplicates()
        aantal = paren["van"].value_counts()
        paren = paren[paren["van"].map(aantal) == 1]
        return dict(zip(paren["van"], paren["naar"]))

    # Bedrijf: KvK, dan klantnummer (via KvK op andere facturen), dan naam (via een nummer op andere facturen).
    bedrijf = kvk.copy()
    uit_klantnr = bedrijf.isna() & klantnr.notna()
    via_kvk = klantnr[uit_klantnr].map(eenduidig(klantnr, kvk))
    bedrijf[uit_klantnr] = via_kvk.where(via_kvk.notna(), klantnr[uit_klantnr].map(lambda x: f"klantnummer {x}"))
    norm = naam.map(lambda x: _normaliseer(x) if isinstance(x, str) else None)
    uit_naam = bedrijf.isna()
    via_nummer = norm[uit_naam].map(eenduidig(norm[~uit_naam], bedrijf[~uit_naam]))
    alleen_naam = uit_naam & via_nummer.reindex(bedrijf.index).isna()
    bedrijf[uit_naam] = via_nummer.where(via_nummer.notna(), norm[uit_naam])
    sleutel = bedrijf
    if niveau == "concern":
        eigen_concern = concern.copy()
        zonder_concern = eigen_concern.isna()
        via_bedrijf = bedrijf[zonder_concern].map(eenduidig(bedrijf, concern))
        eigen_concern[zonder_concern] = via_bedrijf.where(via_bedrijf.notna(), bedrijf[zonder_concern])
        alleen_naam = alleen_naam & concern.isna() & via_bedrijf.reindex(bedrijf.index).isna()
        sleutel = eigen_concern
    codes, labels = pd.factorize(sleutel)
    _, eerste = np.unique(codes, return_index=True)
    namen_vast = [naam.iat[i] if not pd.isna(naam.iat[i]) else None for i in eerste]
    per_code = np.zeros(len(labels), dtype=bool)
    per_code[codes[alleen_naam.to_numpy()]] = True
    return _Codering(codes.astype(np.int64), list(labels), namen_vast, [], per_code, [])


class _Selectie:
    """Oplopende rijnummers uit een tabel van ``n`` rijen, ook als Arrow-masker (pas gemaakt als nodig).

    Arrow filtert met een masker sneller dan met rijnummers, vooral als een
    kolom uit veel stukken bestaat (zoals na ``read_csv``).
    """

    def __init__(self, rijen: np.ndarray, n: int):
        self.rijen, self.n = rijen, n
        self._masker = None

    def arrow_masker(self):
        if self._masker is None:
            masker = np.zeros(self.n, dtype=bool)
            masker[self.rijen] = True
            self._masker = pa.array(masker)
        return self._masker


def _kolom(tabel: pd.DataFrame, naam: str, rijen) -> _Tekstkolom | None:
    """Kolom ``naam`` in ``rijen`` (rijnummers, een :class:`_Selectie` of None = alle rijen).

    None als de kolom ontbreekt.
    """
    if naam not in tabel.columns:
        return None
    return _Tekstkolom(tabel[naam], rijen)


def _arrow_tekst(reeks: pd.Series):
    """De kolom als pyarrow ChunkedArray als het Arrow-tekst is, anders None."""
    dtype = reeks.dtype
    arrow = (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow") or (
        isinstance(dtype, pd.ArrowDtype)
        and (pa.types.is_string(dtype.pyarrow_dtype) or pa.types.is_large_string(dtype.pyarrow_dtype)))
    if not arrow:
        return None
    waarden = reeks.array.__arrow_array__()  # het Arrow-protocol: geen kopie
    return waarden if isinstance(waarden, pa.ChunkedArray) else pa.chunked_array([waarden])


class _Tekstkolom:
    """De tekstwaarden van één kolom in een deel van de rijen.

    Is de kolom Arrow-tekst (pandas 3 met pyarrow), dan vergelijken, zoeken en
    groeperen we in Arrow: dat is veel sneller dan elke waarde als Python-tekst.
    Anders werken we met een object-array. Python-teksten maken we alleen voor
    de rijen waar het echt nodig is (bijvoorbeeld: koppelen op naam).
    """

    def __init__(self, reeks: pd.Series, rijen):
        self._selectie = rijen if isinstance(rijen, _Selectie) else None
        if self._selectie is not None:
            rijen = self._selectie.rijen
        self._reeks, self._rijen = reeks, rijen
        self.n = len(reeks) if rijen is None else len(rijen)
        self._obj: np.ndarray | None = None
        self._vol = _arrow_tekst(reeks)  # de hele kolom in Arrow (of None)
        self._gekozen = None  # alleen de rijen, in Arrow; pas gemaakt als het nodig is

    def __len__(self) -> int:
        return self.n

    @property
    def _pa(self):
        if self._vol is None:
            return None
        if self._gekozen is None:
            if self._rijen is None:
                self._gekozen = self._vol
            elif self._selectie is not None:
                self._gekozen = self._vol.filter(self._selectie.arrow_masker())
            else:
                self._gekozen = self._vol.take(self._rijen)
        return self._gekozen

    def _rijnummers(self, deel: np.ndarray) -> np.ndarray:
        return deel if self._rijen is None else self._rijen[deel]

    def objecten(self, deel: np.ndarray | None = None) -> np.ndarray:
        """Object-array met Python-teksten (leeg = None of NaN); ``deel`` = posities binnen deze rijen."""
        if self._obj is None and deel is not None:
            # Maar een deel nodig (bijvoorbeeld: de paar rijen zonder vestigingsnummer): alleen dat omzetten.
            if self._vol is not None:
                return self._vol.take(self._rijnummers(deel)).to_numpy(zero_copy_only=False)
            return _tekst(self._reeks.take(self._rijnummers(deel)))
        if self._obj is None:
            if self._vol is not None:
                self._obj = self._pa.to_numpy(zero_copy_only=False)
            else:
                self._obj = _tekst(self._reeks if self._rijen is None else self._reeks.take(self._rijen))
        return self._obj if deel is None else self._obj[deel]

    def gelijk_aan(self, waarde: str) -> np.ndarray:
        """Per rij True als de waarde precies ``waarde`` is (leeg: False)."""
        if self._pa is not None:
            return pc.equal(self._pa, waarde).fill_null(False).to_numpy(zero_copy_only=False)
        return self.objecten() == waarde

    def is_een_van(self, waarden: tuple, deel: np.ndarray) -> np.ndarray:
        """Per rij in ``deel`` True als de waarde een van ``waarden`` is (leeg: False)."""
        if self._vol is not None and self._obj is None:
            stuk = self._vol.take(self._rijnummers(deel))
            return pc.is_in(stuk, value_set=pa.array(list(waarden), type=stuk.type)).fill_null(False).to_numpy(
                zero_copy_only=False)
        stuk = self.objecten(deel)
        return pd.Series(stuk, dtype=object).isin(list(waarden)).to_numpy(dtype=bool)

    def leeg(self) -> np.ndarray:
        """Per rij True als de waarde ontbreekt."""
        if self._pa is not None:
            return self._pa.is_null().to_numpy(zero_copy_only=False)
        return pd.isna(self.objecten())

    def posities_in(self, register: _Register) -> np.ndarray:
        """Per rij de positie in ``register.index`` (-1: niet gevonden)."""
        if self._pa is not None:
            zoek = register.arrow_index(self._pa.type)
            return pc.index_in(self._pa, value_set=zoek).fill_null(-1).to_numpy(zero_copy_only=False).astype(
                np.int64, copy=False)
        return register.index.get_indexer(self.objecten())

    def factoriseer(self) -> tuple[np.ndarray, list]:
        """Codes 0..k-1 in volgorde van eerste voorkomen (leeg: -1) en de k waarden."""
        if self._pa is not None:
            # pc.unique geeft de waarden in volgorde van eerste voorkomen, net als pd.factorize.
            uniek = pc.unique(self._pa).drop_null()
            if isinstance(uniek, pa.ChunkedArray):  # pragma: no cover - afhankelijk van de pyarrow-versie
                uniek = uniek.combine_chunks()
            codes = pc.index_in(self._pa, value_set=uniek).fill_null(-1).to_numpy(zero_copy_only=False)
            return codes.astype(np.int64, copy=False), uniek.to_pylist()
        codes, uniek = pd.factorize(self.objecten())
        return codes.astype(np.int64, copy=False), list(uniek)


# --------------------------------------------------------------------------
# Klanten tellen
# --------------------------------------------------------------------------


@dataclass
class _Uitkomst:
    sleutel: np.ndarray  # code * n_bu + bu per klant
    omzet: np.ndarray
    aantal: np.ndarray
    codering: _Codering
    bu_labels: list
    n_bu: int


def _bereken(facturen, basis, periode_maanden, peildatum, niveau, per_business_unit, contracten, bedrijven, drempel,
             register=None, alleen_tellen=False):
    _eis_keuze(basis, "basis", BASISSEN)
    _eis_keuze(niveau, "niveau", NIVEAUS)
    maanden = _eis_periode(periode_maanden)
    if not isinstance(per_business_unit, (bool, np.bool_)):
        raise ValueError(f"per_business_unit moet True of False zijn, niet {per_business_unit!r}.")
    _eis_drempel(drempel)
    _controleer_facturen(facturen, basis, per_business_unit)
    if basis in ("getekend", "ingang"):
        _controleer_contracten(contracten, basis, per_business_unit)
    peil = _peildatum(peildatum, facturen)
    if register is None and bedrijven is not None:
        register = _maak_register(bedrijven)

    if basis in ("getekend", "ingang"):
        tabel, tabelnaam = contracten, "contracten"
        begin = peil - pd.DateOffset(months=maanden) + pd.Timedelta(days=1)
        start = contracten["getekend_op" if basis == "getekend" else "ingangsdatum"].to_numpy()
        eind = contracten["einddatum"].to_numpy()
        # Het contract liep (of was getekend) op enig moment in de periode.
        masker = (start < (peil + pd.Timedelta(days=1)).to_datetime64()) & (
            pd.isna(eind) | (eind >= begin.to_datetime64())
        )
        rijen = np.flatnonzero(masker)
        selectie = _Selectie(rijen, len(contracten))
        gewicht = np.zeros(len(rijen))
        namen = None
    else:
        tabel, tabelnaam = facturen, "facturen"
        datums = facturen["betaaldatum" if basis == "betaald" else "factuurdatum"]
        rijen = np.flatnonzero(_venster(datums, peil, maanden))
        gewicht = facturen["bedrag"].to_numpy(dtype="float64")[rijen]
        selectie = _Selectie(rijen, len(facturen))
        soort = _kolom(facturen, "soort", selectie)
        is_factuur = _controleer_factuurrijen(facturen, rijen, soort, gewicht)
        if basis in ("factuur", "betaald"):
            # Alleen echte facturen; zonder kolom soort: de positieve bedragen.
            rijen, gewicht = rijen[is_factuur], gewicht[is_factuur]
            selectie = _Selectie(rijen, len(facturen))
        namen = _kolom(facturen, "klantnaam", selectie)
    vest = _kolom(tabel, "vestigingsnummer", selectie)
    kvk = _kolom(tabel, "kvk_nummer", selectie) if tabelnaam == "contracten" else None
    eigen = _eigen_nummers(facturen, selectie) if (tabelnaam == "facturen" and register is None
                                                   and niveau != "vestiging") else None
    if eigen:
        codering = _codeer_eigen_nummers(namen, eigen, niveau)
    else:
        codering = _codeer(vest, namen, kvk, niveau, register, drempel, tabelnaam)
    if per_business_unit:
        bu_codes, bu_labels = _kolom(tabel, "business_unit", selectie).factoriseer()
        if (bu_codes < 0).any():  # lege business unit: een eigen groep, niets valt weg
            bu_codes = np.where(bu_codes < 0, len(bu_labels), bu_codes)
            bu_labels.append("(onbekend)")
        n_bu = max(len(bu_labels), 1)
    else:
        bu_codes, bu_labels, n_bu = np.zeros(len(rijen), dtype=np.int64), [], 1
    sleutel = codering.codes * n_bu + bu_codes
    lengte = max(len(codering.labels), 1) * n_bu
    aantal = np.bincount(sleutel, minlength=lengte)
    klant = aantal > 0
    if alleen_tellen and basis != "netto":
        # Alleen het aantal is gevraagd en het bedrag telt niet mee: de omzet hoeven we niet op te tellen.
        gekozen = np.flatnonzero(klant)
        return _Uitkomst(gekozen, np.zeros(len(gekozen)), aantal[gekozen], codering, bu_labels, n_bu), peil, register
    # In hele centen optellen: dan is een som van 0,00 ook echt 0.
    centen = np.bincount(sleutel, weights=np.rint(gewicht * 100), minlength=lengte)
    if basis == "netto":
        klant &= centen > 0
    gekozen = np.flatnonzero(klant)
    return _Uitkomst(gekozen, centen[gekozen] / 100, aantal[gekozen], codering, bu_labels, n_bu), peil, register


def tel_klanten(
    facturen: pd.DataFrame,
    *,
    basis: str = "factuur",
    periode_maanden: int = 12,
    peildatum=None,
    niveau: str = "bedrijf",
    per_business_unit: bool = False,
    contracten: pd.DataFrame | None = None,
    bedrijven: pd.DataFrame | None = None,
    drempel: float = STANDAARD_DREMPEL,
) -> int:
    """Tel de klanten onder één klantdefinitie.

    Zelfde argumenten als :func:`klanten`; geeft alleen het aantal (sneller).

    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2025-06-01", "2023-01-10"]),
    ...                   "klantnaam": ["Jansen B.V.", "JANSEN BV", "Smit V.O.F."],
    ...                   "bedrag": [100.0, 250.0, 80.0]})
    >>> tel_klanten(f, basis="factuur", periode_maanden=12, niveau="bedrijf")
    1
    >>> tel_klanten(f, basis="factuur", periode_maanden=36, niveau="bedrijf")
    2
    """
    uitkomst, _, _ = _bereken(
        facturen, basis, periode_maanden, peildatum, niveau, per_business_unit, contracten, bedrijven, drempel,
        alleen_tellen=True,
    )
    return int(len(uitkomst.sleutel))


def klanten(
    facturen: pd.DataFrame,
    *,
    basis: str = "factuur",
    periode_maanden: int = 12,
    peildatum=None,
    niveau: str = "bedrijf",
    per_business_unit: bool = False,
    contracten: pd.DataFrame | None = None,
    bedrijven: pd.DataFrame | None = None,
    drempel: float = STANDAARD_DREMPEL,
) -> pd.DataFrame:
    """Geef de klanten onder één klantdefinitie, één rij per klant.

    Argumenten (de vier variabelen van een klantdefinitie):

    - ``basis``: ``"getekend"`` (contract getekend en nog niet afgelopen),
      ``"ingang"`` (contract ingegaan en nog niet afgelopen), ``"factuur"``
      (minstens één factuur, bruto), ``"netto"`` (facturen min retouren en
      creditnota's; wie netto op 0 of lager uitkomt is geen klant) of
      ``"betaald"`` (minstens één factuur betaald in de periode). Bedragen
      tellen in hele centen. Let op: bij ``"netto"`` kan een langere
      periode minder klanten geven, omdat dan ook oudere retouren meetellen.
      Alleen de rijen in de periode worden gecontroleerd op ``soort`` en
      ``bedrag``.
    - ``periode_maanden``: hele maanden terug vanaf ``peildatum``. Een
      periode van 12 maanden met peildatum 31-12-2025 loopt van 1-1-2025 tot
      en met 31-12-2025. Een contract telt als het in die periode liep.
    - ``peildatum``: de laatste dag die meetelt; standaard het einde van de
      maand van de laatste factuur.
    - ``niveau``: ``"vestiging"``, ``"bedrijf"`` (KvK-nummer) of
      ``"concern"``. Voor ``"bedrijf"`` en ``"concern"`` met
      vestigingsnummers is ``bedrijven`` nodig, tenzij de facturen zelf een
      ``kvk_nummer``, ``klantnummer`` of ``concern_kvk`` hebben (een eigen
      export): dan tellen die nummers.
    - ``per_business_unit``: True telt (klant, business unit)-paren.
    - ``contracten``: nodig voor de bases ``"getekend"`` en ``"ingang"``.
    - ``drempel``: minimale gelijkenisscore bij koppelen op naam.

    Kolommen van de uitkomst: ``klant`` (de sleutel: vestigingsnummer,
    KvK-nummer, concern-KvK, ``"klantnummer ..."`` of genormaliseerde naam), ``naam``,
    ``business_unit`` (alleen bij ``per_business_unit=True``), ``omzet``
    (de omzet in de periode volgens de basis; bij contracten de netto
    gefactureerde omzet, 0 = contract zonder gebruik), ``aantal`` (facturen
    of contracten in de periode) en ``alleen_naam`` (True: de klant is alleen
    herkend aan een naam die niet aan ``bedrijven`` te koppelen was).
    ``uitkomst.attrs["niet_gekoppeld"]`` noemt die namen.

    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2025-06-01", "2025-07-01"]),
    ...                   "klantnaam": ["Jansen B.V.", "JANSEN BV", "Smit V.O.F."],
    ...                   "soort": ["factuur", "factuur", "factuur"],
    ...                   "bedrag": [100.0, 250.0, 80.0]})
    >>> klanten(f, basis="factuur", periode_maanden=12, niveau="bedrijf")[["klant", "omzet"]]
        klant  omzet
    0  jansen  350.0
    1    smit   80.0
    """
    uitkomst, peil, register = _bereken(
        facturen, basis, periode_maanden, peildatum, niveau, per_business_unit, contracten, bedrijven, drempel
    )
    cod = uitkomst.codering
    code = uitkomst.sleutel // uitkomst.n_bu
    labels = np.asarray(cod.labels, dtype=object)
    namen = np.asarray(cod.namen, dtype=object)
    uit = pd.DataFrame({"klant": labels[code] if len(code) else np.array([], dtype=object)})
    uit["naam"] = namen[code] if len(code) else np.array([], dtype=object)
    if per_business_unit:
        bu = np.asarray(uitkomst.bu_labels, dtype=object)
        uit["business_unit"] = bu[uitkomst.sleutel % uitkomst.n_bu] if len(code) else np.array([], dtype=object)
    if basis in ("getekend", "ingang"):
        # Netto omzet per klant, ook als die 0 of negatief is (contract zonder gebruik).
        omzet = _omzet_per_sleutel(facturen, periode_maanden, peil, niveau, per_business_unit, register, drempel)
        sleutels = list(zip(uit["klant"], uit["business_unit"])) if per_business_unit else list(uit["klant"])
        uit["omzet"] = np.array([omzet.get(s, 0.0) for s in sleutels], dtype="float64")
    else:
        uit["omzet"] = uitkomst.omzet.astype("float64")
    uit["aantal"] = uitkomst.aantal.astype("int64")
    uit["alleen_naam"] = cod.alleen_naam[code] if len(code) else np.array([], dtype=bool)
    # Geen naam bekend (bijvoorbeeld een contract zonder bedrijven): toon de sleutel.
    uit["naam"] = uit["naam"].where(uit["naam"].notna(), uit["klant"])
    for kolom in ("klant", "naam") + (("business_unit",) if per_business_unit else ()):
        uit[kolom] = uit[kolom].astype(TEKST)
    uit["omzet"] = uit["omzet"].round(2)
    uit = uit.sort_values(["omzet", "klant"], ascending=[False, True], kind="stable").reset_index(drop=True)
    uit.attrs["niet_gekoppeld"] = list(cod.niet_gekoppeld)
    uit.attrs["peildatum"] = peil
    return uit


def _omzet_per_sleutel(facturen, maanden, peil, niveau, per_business_unit, register, drempel) -> dict:
    """Netto gefactureerde omzet in de periode per sleutel (ook ≤ 0)."""
    masker = _venster(facturen["factuurdatum"], peil, int(maanden))
    rijen = np.flatnonzero(masker)
    if not len(rijen):
        return {}
    vest = _kolom(facturen, "vestigingsnummer", rijen)
    namen = _kolom(facturen, "klantnaam", rijen)
    cod = _codeer(vest, namen, None, niveau, register, drempel, "facturen")
    tabel = pd.DataFrame({"klant": np.asarray(cod.labels, dtype=object)[cod.codes],
                          "bedrag": facturen["bedrag"].to_numpy(dtype="float64")[rijen]})
    groepen = ["klant"]
    if per_business_unit:
        tabel["business_unit"] = facturen["business_unit"].to_numpy(dtype=object)[rijen]
        groepen.append("business_unit")
    som = tabel.groupby(groepen, dropna=False, sort=False)["bedrag"].sum()
    return som.to_dict()


# --------------------------------------------------------------------------
# Definities naast elkaar, namen per klant en de klantdefinitie-kaart
# --------------------------------------------------------------------------


def definitiematrix(
    facturen: pd.DataFrame,
    *,
    basissen=None,
    periodes=(12, 24),
    niveaus=NIVEAUS,
    per_business_unit: bool = False,
    peildatum=None,
    contracten: pd.DataFrame | None = None,
    bedrijven: pd.DataFrame | None = None,
    drempel: float = STANDAARD_DREMPEL,
) -> pd.DataFrame:
    """Tel de klanten voor een rooster van definities, naast elkaar.

    Rijen: de ``basissen``; kolommen: (``periode_maanden``, ``niveau``). Zo
    zie je in één tabel waarom finance, marketing en sales een ander aantal
    noemen. Zonder ``basissen`` neem je alle vijf als er ``contracten`` zijn,
    en anders ``"factuur"``, ``"netto"`` en ``"betaald"``.

    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-03-01", "2024-03-01", "2025-05-01"]),
    ...                   "klantnaam": ["Jansen B.V.", "Smit V.O.F.", "Smit V.O.F."],
    ...                   "soort": ["factuur", "factuur", "retour"],
    ...                   "betaaldatum": pd.to_datetime(["2025-03-20", None, None]),
    ...                   "bedrag": [100.0, 80.0, -80.0]})
    >>> definitiematrix(f, periodes=(12, 24), niveaus=("bedrijf",))
    periode_maanden      12      24
    niveau          bedrijf bedrijf
    basis                          
    factuur               1       2
    netto                 1       1
    betaald               1       1
    """
    if basissen is None:
        basissen = BASISSEN if contracten is not None else ("factuur", "netto", "betaald")
    if isinstance(basissen, str) or isinstance(periodes, (int, np.integer)) or isinstance(niveaus, str):
        raise ValueError("basissen, periodes en niveaus zijn lijsten, bijvoorbeeld periodes=(12, 24).")
    basissen, periodes, niveaus = list(basissen), list(periodes), list(niveaus)
    if not basissen or not periodes or not niveaus:
        raise ValueError("basissen, periodes en niveaus mogen niet leeg zijn.")
    for b in basissen:
        _eis_keuze(b, "basis", BASISSEN)
    for n in niveaus:
        _eis_keuze(n, "niveau", NIVEAUS)
    for p in periodes:
        _eis_periode(p)
    register = _maak_register(bedrijven) if bedrijven is not None else None
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["factuurdatum"])
    _eis_datums(facturen, "facturen", "factuurdatum")
    peil = _peildatum(peildatum, facturen)
    waarden = {}
    for p in periodes:
        for n in niveaus:
            kolom = []
            for b in basissen:
                uitkomst, _, _ = _bereken(
                    facturen, b, p, peil, n, per_business_unit, contracten, None, drempel, register,
                    alleen_tellen=True,
                )
                kolom.append(len(uitkomst.sleutel))
            waarden[(int(p), n)] = kolom
    uit = pd.DataFrame(waarden, index=pd.Index(basissen, name="basis"), dtype="int64")
    uit.columns = pd.MultiIndex.from_tuples(list(waarden), names=["periode_maanden", "niveau"])
    return uit


def namen_per_klant(
    facturen: pd.DataFrame,
    bedrijven: pd.DataFrame,
    *,
    niveau: str = "concern",
    drempel: float = STANDAARD_DREMPEL,
) -> pd.DataFrame:
    """Hoeveel verschillende namen staan er op de facturen van één klant?

    Geeft per klant op ``niveau`` het aantal verschillende schrijfwijzen van
    ``klantnaam`` en de namen zelf, gesorteerd van veel naar weinig namen.
    Factuurregels zonder vestigingsnummer worden eerst op naam gekoppeld.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"],
    ...                   "concern_kvk": ["11111111", "11111111"],
    ...                   "concernnaam": ["Jansen Groep", "Jansen Groep"],
    ...                   "bedrijfsnaam": ["Jansen Groep Holding B.V.", "Jansen Transport B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-01"] * 3),
    ...                   "vestigingsnummer": ["000000000001", "000000000002", "000000000002"],
    ...                   "klantnaam": ["Jansen Groep Holding B.V.", "Jansen Transport B.V.", "JANSEN TRANSPORT BV"],
    ...                   "bedrag": [1.0, 2.0, 3.0]})
    >>> namen_per_klant(f, b)[["klant", "naam", "aantal_namen"]]
          klant          naam  aantal_namen
    0  11111111  Jansen Groep             3
    """
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["klantnaam"])
    _eis_keuze(niveau, "niveau", NIVEAUS)
    _eis_drempel(drempel)
    register = _maak_register(bedrijven)
    cod = _codeer(
        _kolom(facturen, "vestigingsnummer", None), _kolom(facturen, "klantnaam", None), None,
        niveau, register, drempel, "facturen",
    )
    tabel = pd.DataFrame({"code": cod.codes, "klantnaam": facturen["klantnaam"].to_numpy(dtype=object)})
    groep = tabel.dropna(subset=["klantnaam"]).groupby("code")["klantnaam"]
    uit = pd.DataFrame({"namen": groep.agg(lambda s: sorted(set(s)))})
    uit["aantal_namen"] = uit["namen"].str.len().astype("int64")
    labels = np.asarray(cod.labels, dtype=object)
    namen = np.asarray(cod.namen, dtype=object)
    uit.insert(0, "klant", labels[uit.index.to_numpy()])
    uit.insert(1, "naam", namen[uit.index.to_numpy()])
    uit = uit[["klant", "naam", "aantal_namen", "namen"]]
    uit["klant"] = uit["klant"].astype(TEKST)
    uit["naam"] = uit["naam"].astype(TEKST)
    return uit.sort_values(["aantal_namen", "klant"], ascending=[False, True], kind="stable").reset_index(drop=True)


def klantdefinitie_kaart(
    *,
    basis: str,
    periode_maanden: int,
    niveau: str,
    per_business_unit: bool,
    aantal: int,
    peildatum,
    afgesproken_met=("finance", "sales", "directie"),
    organisatie: str = "Vermeer Werkplek B.V.",
) -> str:
    """Schrijf de afgesproken klantdefinitie op als korte kaart (Markdown).

    De kaart noemt de vier keuzes, het aantal klanten, de peildatum en met
    wie de definitie is afgesproken. Plak hem in je verslag.

    >>> print(klantdefinitie_kaart(basis="netto", periode_maanden=12, niveau="bedrijf",
    ...       per_business_unit=False, aantal=250, peildatum="2025-12-31"))
    **Klantdefinitie-kaart – Vermeer Werkplek B.V.**
    <BLANKLINE>
    Een klant is een **bedrijf (KvK-nummer)** dat in de **12 maanden** tot en met **31-12-2025** **netto gefactureerd (min retouren en creditnota's)** is. Een bedrijf dat bij meer business units koopt telt **één keer**.
    <BLANKLINE>
    | keuze | afspraak |
    |---|---|
    | basis | netto |
    | periode | 12 maanden |
    | niveau | bedrijf |
    | per business unit | nee |
    | peildatum | 31-12-2025 |
    | **aantal klanten** | **250** |
    <BLANKLINE>
    Afgesproken met: finance, sales, directie.
    """
    _eis_keuze(basis, "basis", BASISSEN)
    _eis_keuze(niveau, "niveau", NIVEAUS)
    maanden = _eis_periode(periode_maanden)
    if not isinstance(per_business_unit, (bool, np.bool_)):
        raise ValueError(f"per_business_unit moet True of False zijn, niet {per_business_unit!r}.")
    if isinstance(aantal, (bool, np.bool_)) or not isinstance(aantal, (int, np.integer)) or aantal < 0:
        raise ValueError(f"aantal moet een geheel getal van 0 of meer zijn, niet {aantal!r}.")
    if isinstance(afgesproken_met, str):
        afgesproken_met = (afgesproken_met,)
    peil = _peildatum(peildatum, pd.DataFrame({"factuurdatum": pd.Series([], dtype="datetime64[ns]")}))
    datum = peil.strftime("%d-%m-%Y")
    bu_zin = (
        "Een bedrijf dat bij meer business units koopt telt **per business unit** (dus soms meer keer)."
        if per_business_unit
        else "Een bedrijf dat bij meer business units koopt telt **één keer**."
    )
    return "\n".join(
        [
            f"**Klantdefinitie-kaart – {organisatie}**",
            "",
            f"Een klant is een **{_UITLEG_NIVEAU[niveau]}** dat in de **{maanden} maanden** tot en met "
            f"**{datum}** **{_UITLEG_BASIS[basis]}** is. {bu_zin}",
            "",
            "| keuze | afspraak |",
            "|---|---|",
            f"| basis | {basis} |",
            f"| periode | {maanden} maanden |",
            f"| niveau | {niveau} |",
            f"| per business unit | {'ja' if per_business_unit else 'nee'} |",
            f"| peildatum | {datum} |",
            f"| **aantal klanten** | **{int(aantal)}** |",
            "",
            f"Afgesproken met: {', '.join(afgesproken_met)}.",
        ]
    )
