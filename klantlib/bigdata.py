"""Big data, het datawarehouse en datamining (hoofdstuk 05).

Dit zijn de rekenfuncties achter les 05. Ze zijn puur: tabellen en getallen
erin, tabellen en getallen eruit. Foute invoer geeft een ``ValueError`` met
een Nederlandse uitleg die het argument noemt. Elke functie die toeval
gebruikt, heeft ``seed=``.

De onderdelen:

* **Datawarehouse** — :func:`maak_warehouse` schrijft de transacties (de
  feitentabel) en de dimensietabellen ``bedrijven`` en ``producten`` als
  Parquet in een map buiten de cursusmap en geeft een DuckDB-verbinding terug
  waarmee je SQL kunt stellen. :func:`vergelijk_opslag` beantwoordt één vraag
  twee keer: met pandas uit CSV en met DuckDB uit Parquet.
* **Schaal** — :func:`schaalproef` meet per aantal rijen de tijd, het geheugen
  en de bestandsgrootte; :func:`groeihelling` en :func:`voorspel` lezen af hoe
  de kosten groeien.
* **Datamining** — :func:`winkelmandjes`, :func:`regelmaten`,
  :func:`associatieregels` (met ``mlxtend``), :func:`filter_regels`,
  :func:`kruisverkoop` en :func:`schud_producten` (de geschudde controle).
* **Segmenten** — :func:`rfm`, :func:`rfm_scores` en :func:`segmenteer`
  (KMeans uit scikit-learn), met :func:`segmentprofiel`.
* **Eén klantbeeld** — :func:`koppelgraad` en :func:`klantbeeld`.
* **AVG** — :func:`persoonsgegevens`; pseudonimiseren doet
  :func:`klantlib.inlezen.pseudonimiseer` (hoofdstuk 08).
* **Make or buy** — :func:`kosten_over_jaren`.
"""

from __future__ import annotations

import difflib
import errno
import json
import math
import os
import re
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from numbers import Real
from pathlib import Path

import numpy as np
import pandas as pd

from klantlib._compat import TEKST

__all__ = [
    "EXCEL_MAX_RIJEN",
    "WarehouseFout",
    "SQLFout",
    "Warehouse",
    "standaard_warehousemap",
    "schrijf_warehouse",
    "open_warehouse",
    "maak_warehouse",
    "SQL_OMZET_PER_CONCERN_MAAND",
    "omzet_per_concern_maand",
    "vergelijk_opslag",
    "schaalproef",
    "groeihelling",
    "voorspel",
    "winkelmandjes",
    "regelmaten",
    "associatieregels",
    "filter_regels",
    "kruisverkoop",
    "kruisverkooplijst",
    "schud_producten",
    "rfm",
    "rfm_scores",
    "segmenteer",
    "segmentprofiel",
    "PROFIELVELDEN",
    "koppelgraad",
    "Klantbeeld",
    "klantbeeld",
    "persoonsgegevens",
    "kosten_over_jaren",
]

#: Het grootste aantal rijen op één werkblad van Excel (2^20). De eerste rij is
#: meestal de kopregel, dus er passen 1.048.575 rijen met gegevens op.
EXCEL_MAX_RIJEN = 1_048_576


class WarehouseFout(ValueError):
    """Het warehouse kan niet worden geschreven (map niet schrijfbaar, schijf vol, ...)."""


# ---------------------------------------------------------------------------
# Hulpjes voor controles
# ---------------------------------------------------------------------------


def _is_getal(x) -> bool:
    return isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(float(x))


def _eis_tabel(tabel, naam: str) -> None:
    if not isinstance(tabel, pd.DataFrame):
        soort = type(tabel).__name__
        raise ValueError(f"{naam} moet een tabel (DataFrame) zijn, maar is een {soort}.")


def _eis_kolommen(tabel: pd.DataFrame, naam: str, kolommen, reden: str = "") -> None:
    for kolom in kolommen:
        if kolom not in tabel.columns:
            lijk = difflib.get_close_matches(str(kolom), [str(k) for k in tabel.columns], n=1)
            tip = f" Bedoel je '{lijk[0]}'?" if lijk else ""
            extra = f" {reden}" if reden else ""
            raise ValueError(f"{naam} mist de kolom '{kolom}'.{extra}{tip} "
                             f"De kolommen zijn: {', '.join(map(str, tabel.columns))}.")


def _eis_deel(waarde, naam: str, *, nul_mag: bool = False) -> float:
    ondergrens = "0 of meer" if nul_mag else "groter dan 0"
    if not _is_getal(waarde):
        raise ValueError(f"{naam} moet een getal zijn (een deel, zoals 0.05), niet {waarde!r}.")
    waarde = float(waarde)
    if waarde > 1 and waarde <= 100:
        raise ValueError(f"{naam}={waarde:g} lijkt een percentage. Geef een deel tussen 0 en 1, "
                         f"dus {waarde / 100:g} voor {waarde:g} %.")
    if waarde > 1 or waarde < 0 or (waarde == 0 and not nul_mag):
        raise ValueError(f"{naam} moet een deel zijn: {ondergrens} en hoogstens 1, niet {waarde:g}.")
    return waarde


def _eis_geheel(waarde, naam: str, minimum: int = 0) -> int:
    if isinstance(waarde, bool) or not isinstance(waarde, (int, np.integer)) or waarde < minimum:
        raise ValueError(f"{naam} moet een geheel getal van {minimum} of meer zijn, niet {waarde!r}.")
    return int(waarde)


def _rijlabels(labels, max_aantal: int = 5) -> str:
    labels = [int(x) if isinstance(x, (np.integer,)) else x for x in list(labels)[:max_aantal]]
    return ", ".join(str(x) for x in labels)


def _actieve_seed(seed):
    from klantlib import data

    if seed is None:
        seed = data.actieve_seed()
    return data.STANDAARD_SEED if seed is None else seed


# ---------------------------------------------------------------------------
# Datawarehouse
# ---------------------------------------------------------------------------


def standaard_warehousemap() -> Path:
    """De map waar het warehouse standaard komt: buiten de cursusmap.

    ``KLANTLIB_WAREHOUSE`` gaat voor. Anders een map ``warehouse`` in de cachemap van
    klantlib (dezelfde als voor persoonlijke datasets: ``KLANTLIB_CACHE`` of de cachemap
    van het besturingssysteem, zoals ``~/.cache/klantlib``). Ligt die cachemap in de
    cursusmap, dan de tijdelijke map van het systeem.
    """
    from klantlib import _cache

    eigen = os.environ.get("KLANTLIB_WAREHOUSE", "").strip()
    if eigen:
        return Path(eigen).expanduser()
    cache = _cache.cachemap()
    if cache is None:
        return Path(tempfile.gettempdir()) / "klantlib" / "warehouse"
    return cache / "warehouse"


def _cursusmappen() -> list[Path]:
    """Mappen waarin het warehouse nooit mag komen: de datasets en de cursusmap zelf."""
    from klantlib import data

    mappen = [data.datamap().resolve()]
    pakket = Path(__file__).resolve().parent
    if (pakket.parent / "pyproject.toml").is_file():
        mappen.append(pakket.parent)
    return mappen


def _controleer_map(map_) -> Path:
    if not isinstance(map_, (str, os.PathLike)):
        raise ValueError(f"map moet een pad zijn (tekst of Path), niet {type(map_).__name__}.")
    pad = Path(map_).expanduser().resolve()
    for verboden in _cursusmappen():
        if pad == verboden or verboden in pad.parents:
            raise ValueError(
                f"map: het warehouse hoort niet in de cursusmap ({verboden}). Kies een map daarbuiten, "
                "of laat map weg: dan komt het in je eigen cachemap.")
    return pad


def _schrijffout(fout: OSError, pad: Path) -> WarehouseFout:
    """Een OSError bij het schrijven als duidelijke Nederlandse fout."""
    if fout.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return WarehouseFout(
            f"De schijf is vol: {pad} kon niet worden geschreven. Maak ruimte vrij, of kies met "
            "map=... een map op een andere schijf, of maak het warehouse kleiner (n_rijen).")
    if isinstance(fout, PermissionError) or fout.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WarehouseFout(
            f"Je mag niet schrijven in {pad.parent}. Kies met map=... een map waar je wel mag schrijven, "
            "bijvoorbeeld een map in je eigen gebruikersmap.")
    if isinstance(fout, (NotADirectoryError, FileExistsError)):
        return WarehouseFout(f"{pad.parent} is geen map (er staat een bestand met die naam). Kies een andere map.")
    return WarehouseFout(f"Schrijven van {pad} lukte niet: {fout.strerror or fout}.")


def _schrijf_parquet(tabel: pd.DataFrame, pad: Path) -> None:
    """Schrijf atomair: eerst een tijdelijk bestand, dan hernoemen (veilig bij twee kernels tegelijk)."""
    tijdelijk = pad.with_name(f".{pad.name}.{uuid.uuid4().hex}.tmp")
    try:
        tabel.to_parquet(tijdelijk, index=False)
        os.replace(tijdelijk, pad)
    except OSError as fout:
        tijdelijk.unlink(missing_ok=True)
        raise _schrijffout(fout, pad) from None


def schrijf_warehouse(map_, tabellen: Mapping[str, pd.DataFrame]) -> dict[str, Path]:
    """Schrijf tabellen als Parquet-bestanden in ``map_`` (één bestand per tabel).

    Elk bestand wordt eerst onder een tijdelijke naam geschreven en daarna
    hernoemd: een half geschreven bestand bestaat dus nooit onder de echte
    naam. Geeft per tabel het pad.

    >>> import tempfile, pandas as pd
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paden = schrijf_warehouse(d, {"producten": pd.DataFrame({"product": ["Laptop"]})})
    ...     sorted(p.name for p in paden.values())
    ['producten.parquet']
    """
    pad = _controleer_map(map_)
    if not isinstance(tabellen, Mapping) or not tabellen:
        raise ValueError("tabellen moet een dict zijn met naam → DataFrame, met minstens één tabel.")
    for naam, tabel in tabellen.items():
        if not isinstance(naam, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", naam):
            raise ValueError(f"tabellen: de naam {naam!r} mag alleen kleine letters, cijfers en _ bevatten "
                             "(het wordt een tabelnaam in SQL).")
        _eis_tabel(tabel, f"tabellen[{naam!r}]")
    try:
        pad.mkdir(parents=True, exist_ok=True)
    except OSError as fout:
        raise _schrijffout(fout, pad / "x") from None
    paden = {}
    for naam, tabel in tabellen.items():
        doel = pad / f"{naam}.parquet"
        _schrijf_parquet(tabel, doel)
        paden[naam] = doel
    return paden


def open_warehouse(map_):
    """Open een warehouse-map: een DuckDB-verbinding met één view per Parquet-bestand.

    De verbinding leeft in het geheugen; de gegevens blijven in de
    Parquet-bestanden. Stel vragen met ``verbinding.sql("SELECT ...")``; met
    ``.df()`` erachter krijg je een pandas-tabel.
    """
    import duckdb

    pad = _controleer_map(map_)
    bestanden = sorted(pad.glob("*.parquet")) if pad.is_dir() else []
    if not bestanden:
        raise ValueError(f"map: in {pad} staan geen Parquet-bestanden. Maak het warehouse eerst met "
                         "maak_warehouse(...) of schrijf_warehouse(...).")
    verbinding = duckdb.connect()
    for bestand in bestanden:
        naam = bestand.stem
        pad_sql = str(bestand).replace("'", "''")
        verbinding.execute(f"CREATE OR REPLACE VIEW {naam} AS SELECT * FROM read_parquet('{pad_sql}')")
    return Warehouse(verbinding, [b.stem for b in bestanden])


class SQLFout(ValueError):
    """Een SQL-vraag aan het warehouse klopt niet; de tekst legt in het Nederlands uit wat er mis is."""


def _sql_uitleg(bericht: str, tabellen) -> str:
    """Eén Nederlandse uitleg bij een foutmelding van DuckDB (studentproef h05: geen Engelse traceback)."""
    eerste = bericht.strip().splitlines()[0] if bericht.strip() else ""
    lijst = ", ".join(tabellen)
    m = re.search(r'Table with name (\S+) does not exist', bericht)
    if m:
        naam = m.group(1).strip('"')
        bedoel = difflib.get_close_matches(naam.lower(), list(tabellen), n=1)
        return (f"De tabel '{naam}' bestaat niet in het warehouse."
                + (f" Bedoel je '{bedoel[0]}'?" if bedoel else "") + f" De tabellen zijn: {lijst}.")
    m = re.search(r'Referenced column "?([^"\s]+)"? not found', bericht)
    if m:
        kandidaten = re.findall(r'"([^"]+)"', bericht.split("Candidate bindings:", 1)[1]) \
            if "Candidate bindings:" in bericht else []
        bedoel = difflib.get_close_matches(m.group(1), kandidaten, n=1, cutoff=0.5)
        return (f"De kolom '{m.group(1)}' staat niet in de tabel(len) na FROM."
                + (f" Bedoel je '{bedoel[0]}'?" if bedoel else "")
                + " Staat de kolom in een andere tabel, koppel die dan met JOIN ... ON ... Bedoel je tekst (een "
                f"waarde, geen kolom)? Zet die tussen enkele aanhalingstekens: '{m.group(1)}'.")
    if "must appear in the GROUP BY clause" in bericht or "GROUP BY clause" in bericht:
        return ("Elke kolom na SELECT die je niet telt of optelt (met count, sum, ...), moet ook na GROUP BY "
                "staan.")
    m = re.search(r'syntax error at or near "([^"]*)"', bericht)
    if m:
        plek = m.group(1)
        tip = (" Er staat nog `...` uit een voorbeeld in je vraag: vervang het door de kolommen die je wilt zien."
               if plek in (".", "..") or "..." in bericht else "")
        return (f"DuckDB begrijpt je SQL-vraag niet: er klopt iets bij '{plek}'.{tip} Let op de komma's tussen "
                "kolommen, enkele aanhalingstekens om tekst ('factuur') en de volgorde SELECT ... FROM ... WHERE "
                "... GROUP BY ... ORDER BY.")
    if "syntax error at end of input" in bericht:
        return ("Je SQL-vraag houdt te vroeg op. Staat alles erin: SELECT ... FROM ...? En is elk haakje "
                "gesloten?")
    return f"Je SQL-vraag gaf een fout. Controleer de namen van tabellen en kolommen. (Melding van DuckDB: {eerste})"


class Warehouse:
    """Een DuckDB-verbinding met het warehouse; :meth:`sql` geeft bij een foute vraag een Nederlandse uitleg.

    Alles wat een DuckDB-verbinding kan, kan deze ook (``.execute``, ``.close``, ...).
    """

    def __init__(self, verbinding, tabellen):
        self._verbinding = verbinding
        self.tabellen = list(tabellen)

    def sql(self, vraag: str, *args, **kwargs):
        """Stel een SQL-vraag; met ``.df()`` erachter krijg je een pandas-tabel."""
        import duckdb

        if not isinstance(vraag, str):
            raise SQLFout("vraag: zet je SQL-vraag tussen aanhalingstekens, bijvoorbeeld "
                          "dw.sql(\"SELECT count(*) FROM transacties\").")
        # Net als duckdb.sql: een pandas-tabel uit het notebook mag je bij naam gebruiken (FROM mijn_tabel).
        # DuckDB zoekt die alleen in de functie die .sql aanroept; dat is nu deze methode, dus geven we hem door.
        import sys

        beller = sys._getframe(1)
        for naam in set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", vraag)) - set(self.tabellen):
            tabel = beller.f_locals.get(naam, beller.f_globals.get(naam))
            if isinstance(tabel, pd.DataFrame):
                self._verbinding.register(naam, tabel)
        try:
            return self._verbinding.sql(vraag, *args, **kwargs)
        except duckdb.Error as fout:
            raise SQLFout(_sql_uitleg(str(fout), self.tabellen)) from None

    query = sql

    def __getattr__(self, naam):
        return getattr(self._verbinding, naam)

    def __repr__(self) -> str:
        return f"Warehouse met de tabellen {', '.join(self.tabellen)}"


def _warehouse_versie() -> str:
    import klantlib
    from klantlib import data

    return str(getattr(data, "DATAVERSIE", klantlib.__version__))


def warehouse_pad(map_=None, n_rijen: int = 100_000, seed=None) -> Path:
    """De map van één warehouse: ``<map>/seed<seed>_rijen<n_rijen>``."""
    n_rijen = _eis_geheel(n_rijen, "n_rijen", 1)
    seed = _actieve_seed(seed)
    basis = standaard_warehousemap() if map_ is None else map_
    return _controleer_map(basis) / f"seed{seed}_rijen{n_rijen}"


def maak_warehouse(map_=None, n_rijen: int = 100_000, seed=None, *, opnieuw: bool = False):
    """Maak het datawarehouse van Vermeer en geef een DuckDB-verbinding terug.

    Schrijft in ``<map_>/seed<seed>_rijen<n_rijen>/``:

    * ``transacties.parquet``: de feitentabel, ``genereer_transacties(n_rijen, seed)``;
    * ``bedrijven.parquet`` en ``producten.parquet``: de dimensietabellen.

    Zonder ``map_`` komt het in :func:`standaard_warehousemap`, nooit in de
    cursusmap of in ``datasets/``. Zonder ``seed`` de actieve dataset.

    De functie is idempotent: staat hetzelfde warehouse er al (zelfde seed,
    aantal rijen en dataversie), dan wordt niets opnieuw geschreven. Met
    ``opnieuw=True`` wel. Een volle schijf of een map zonder schrijfrecht geeft
    een :class:`WarehouseFout` met uitleg.

    In de verbinding staat per tabel een view: ``transacties``, ``bedrijven``
    en ``producten``::

        dw = maak_warehouse(n_rijen=100_000)
        dw.sql("SELECT count(*) FROM transacties").fetchall()[0][0]
    """
    from klantlib import data

    seed = _actieve_seed(seed)
    n_rijen = _eis_geheel(n_rijen, "n_rijen", 1)
    pad = warehouse_pad(map_, n_rijen, seed)
    merk = pad / "klaar.json"
    inhoud = {"seed": seed, "n_rijen": n_rijen, "versie": _warehouse_versie(),
              "tabellen": ["transacties", "bedrijven", "producten"]}
    klaar = False
    if merk.is_file() and not opnieuw:
        try:
            klaar = json.loads(merk.read_text(encoding="utf-8")) == inhoud and all(
                (pad / f"{t}.parquet").is_file() for t in inhoud["tabellen"])
        except (OSError, ValueError):
            klaar = False
    if not klaar:
        tabellen = {
            "transacties": data.genereer_transacties(n_rijen, seed=seed),
            # Zelfde afspraak als genereer_transacties: de standaardseed leest de meegeleverde CSV.
            "bedrijven": data.laad("bedrijven", seed=None if seed == data.STANDAARD_SEED else seed),
            "producten": data.laad("producten", seed=None if seed == data.STANDAARD_SEED else seed),
        }
        schrijf_warehouse(pad, tabellen)
        tijdelijk = merk.with_name(f".klaar.{uuid.uuid4().hex}.tmp")
        try:
            tijdelijk.write_text(json.dumps(inhoud), encoding="utf-8")
            os.replace(tijdelijk, merk)
        except OSError as fout:
            tijdelijk.unlink(missing_ok=True)
            raise _schrijffout(fout, merk) from None
    return open_warehouse(pad)


# ---------------------------------------------------------------------------
# Eén vraag, twee manieren: pandas op CSV en DuckDB op Parquet
# ---------------------------------------------------------------------------

#: De vraag "omzet per concern per maand" in SQL, op de views van het warehouse.
SQL_OMZET_PER_CONCERN_MAAND = """
SELECT b.concern_kvk,
       CAST(date_trunc('month', t.factuurdatum) AS DATE) AS maand,
       round(sum(t.bedrag), 2) AS omzet
FROM transacties AS t
JOIN bedrijven AS b ON t.besteld_door = b.vestigingsnummer
GROUP BY b.concern_kvk, maand
ORDER BY b.concern_kvk, maand
""".strip()


def omzet_per_concern_maand(transacties: pd.DataFrame, bedrijven: pd.DataFrame) -> pd.DataFrame:
    """Netto omzet per concern per maand, met pandas (dezelfde vraag als de SQL).

    Geeft een tabel met ``concern_kvk``, ``maand`` (eerste dag van de maand)
    en ``omzet`` (afgerond op centen), gesorteerd. Het concern volgt uit
    ``besteld_door`` via ``bedrijven``.

    >>> t = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-03", "2025-01-20", "2025-02-01"]),
    ...                   "besteld_door": ["v1", "v2", "v1"], "bedrag": [100.0, 50.0, -20.0]})
    >>> b = pd.DataFrame({"vestigingsnummer": ["v1", "v2"], "concern_kvk": ["C", "C"]})
    >>> omzet_per_concern_maand(t, b)
      concern_kvk      maand  omzet
    0           C 2025-01-01  150.0
    1           C 2025-02-01  -20.0
    """
    _eis_tabel(transacties, "transacties")
    _eis_tabel(bedrijven, "bedrijven")
    _eis_kolommen(transacties, "transacties", ["factuurdatum", "besteld_door", "bedrag"])
    _eis_kolommen(bedrijven, "bedrijven", ["vestigingsnummer", "concern_kvk"])
    koppel = bedrijven[["vestigingsnummer", "concern_kvk"]].drop_duplicates("vestigingsnummer")
    samen = transacties[["factuurdatum", "besteld_door", "bedrag"]].merge(
        koppel, left_on="besteld_door", right_on="vestigingsnummer", how="inner")
    maand = samen["factuurdatum"].dt.to_period("M").dt.to_timestamp()
    uit = (samen.assign(maand=maand).groupby(["concern_kvk", "maand"], as_index=False)["bedrag"].sum()
           .rename(columns={"bedrag": "omzet"}))
    uit["omzet"] = uit["omzet"].round(2)
    uit["concern_kvk"] = uit["concern_kvk"].astype(TEKST)
    uit["maand"] = uit["maand"].astype("datetime64[ns]")
    return uit.sort_values(["concern_kvk", "maand"]).reset_index(drop=True)


_CSV_TYPES = {"factuurnummer": TEKST, "klantnaam": TEKST, "vestigingsnummer": TEKST, "besteld_door": TEKST,
              "business_unit": TEKST, "product": TEKST, "soort": TEKST, "contractnummer": TEKST,
              "origineel_factuurnummer": TEKST, "ordernummer": TEKST, "kvk_nummer": TEKST,
              "concern_kvk": TEKST, "moeder_kvk": TEKST, "vorige_kvk_nummer": TEKST, "postcode": TEKST}


def _lees_csv(pad: Path, datums) -> pd.DataFrame:
    kop = pd.read_csv(pad, nrows=0).columns
    return pd.read_csv(pad, dtype={k: v for k, v in _CSV_TYPES.items() if k in kop},
                       parse_dates=[d for d in datums if d in kop])


def vergelijk_opslag(map_=None, n_rijen: int = 100_000, seed=None) -> pd.DataFrame:
    """Eén vraag twee keer: omzet per concern per maand, uit CSV met pandas en uit Parquet met DuckDB.

    Zet naast het warehouse (zie :func:`maak_warehouse`) dezelfde
    transacties en bedrijven als CSV, en meet voor allebei de hele weg: het
    bestand lezen, koppelen aan ``bedrijven`` en optellen. Geeft per manier de
    bestandsgrootte (MB, transacties + bedrijven), de tijd in seconden en het
    aantal regels in de uitkomst. ``.attrs["gelijk"]`` zegt of beide manieren
    precies dezelfde uitkomst gaven (dat hoort ``True`` te zijn).

    De tijden hangen af van je computer; de verhouding zegt meer dan de seconden.
    """
    verbinding = maak_warehouse(map_, n_rijen, seed)
    pad = warehouse_pad(map_, n_rijen, seed)
    csv = {naam: pad / f"{naam}.csv" for naam in ("transacties", "bedrijven")}
    for naam, bestand in csv.items():
        if not bestand.is_file():
            tabel = pd.read_parquet(pad / f"{naam}.parquet")
            tijdelijk = bestand.with_name(f".{bestand.name}.{uuid.uuid4().hex}.tmp")
            try:
                tabel.to_csv(tijdelijk, index=False)
                os.replace(tijdelijk, bestand)
            except OSError as fout:
                tijdelijk.unlink(missing_ok=True)
                raise _schrijffout(fout, bestand) from None

    begin = time.perf_counter()
    transacties = _lees_csv(csv["transacties"], ["factuurdatum", "betaaldatum"])
    bedrijven = _lees_csv(csv["bedrijven"], ["actief_tot"])
    met_pandas = omzet_per_concern_maand(transacties, bedrijven)
    tijd_pandas = time.perf_counter() - begin

    begin = time.perf_counter()
    met_duckdb = verbinding.sql(SQL_OMZET_PER_CONCERN_MAAND).df()
    tijd_duckdb = time.perf_counter() - begin
    verbinding.close()

    met_duckdb["concern_kvk"] = met_duckdb["concern_kvk"].astype(TEKST)
    met_duckdb["maand"] = pd.to_datetime(met_duckdb["maand"]).astype("datetime64[ns]")
    gelijk = bool(len(met_pandas) == len(met_duckdb)
                  and (met_pandas["concern_kvk"].to_numpy() == met_duckdb["concern_kvk"].to_numpy()).all()
                  and (met_pandas["maand"].to_numpy() == met_duckdb["maand"].to_numpy()).all()
                  and np.allclose(met_pandas["omzet"].to_numpy(), met_duckdb["omzet"].to_numpy(), atol=0.011))
    mb = {"csv": sum(p.stat().st_size for p in csv.values()) / 1e6,
          "parquet": sum((pad / f"{n}.parquet").stat().st_size for n in csv) / 1e6}
    uit = pd.DataFrame(
        {"bestand_mb": [mb["csv"], mb["parquet"]], "seconden": [tijd_pandas, tijd_duckdb],
         "regels_uitkomst": [len(met_pandas), len(met_duckdb)]},
        index=pd.Index(["pandas op CSV", "DuckDB op Parquet"], name="manier"))
    uit.attrs["gelijk"] = gelijk
    return uit


# ---------------------------------------------------------------------------
# De schaalproef
# ---------------------------------------------------------------------------

SCHAALKOLOMMEN = ("genereren_s", "geheugen_mb", "csv_schrijven_s", "csv_mb", "parquet_schrijven_s",
                  "parquet_mb", "optellen_s", "gemiddeld_bedrag")


def _meet_een(n: int, seed, map_: Path, opslaan: bool) -> dict:
    from klantlib import data

    begin = time.perf_counter()
    tabel = data.genereer_transacties(n, seed=seed)
    rij = {"rijen": n, "genereren_s": time.perf_counter() - begin,
           "geheugen_mb": tabel.memory_usage(deep=True).sum() / 1e6}
    if opslaan:
        csv, parquet = map_ / f"proef_{n}.csv", map_ / f"proef_{n}.parquet"
        try:
            begin = time.perf_counter()
            tabel.to_csv(csv, index=False)
            rij["csv_schrijven_s"] = time.perf_counter() - begin
            begin = time.perf_counter()
            tabel.to_parquet(parquet, index=False)
            rij["parquet_schrijven_s"] = time.perf_counter() - begin
        except OSError as fout:
            raise _schrijffout(fout, csv) from None
        rij["csv_mb"], rij["parquet_mb"] = csv.stat().st_size / 1e6, parquet.stat().st_size / 1e6
        csv.unlink()
        parquet.unlink()
    else:
        rij.update(csv_schrijven_s=np.nan, csv_mb=np.nan, parquet_schrijven_s=np.nan, parquet_mb=np.nan)
    begin = time.perf_counter()
    maand = tabel["factuurdatum"].dt.month
    tabel.groupby([maand, "business_unit"])["bedrag"].sum()
    rij["optellen_s"] = time.perf_counter() - begin
    facturen = tabel["bedrag"][tabel["soort"] == "factuur"]
    rij["gemiddeld_bedrag"] = float(facturen.mean()) if len(facturen) else np.nan
    return rij


def schaalproef(groottes=(1_000, 10_000, 100_000), seed=None, *, opslaan: bool = True,
                map_=None, voortgang=None) -> pd.DataFrame:
    """Meet per aantal rijen wat transacties kosten: maken, bewaren en optellen.

    Per grootte in ``groottes`` maakt de functie ``genereer_transacties(n, seed)``
    en meet:

    * ``genereren_s``: de tijd om de tabel te maken (seconden);
    * ``geheugen_mb``: het geheugen van de tabel (MB, ``memory_usage(deep=True)``);
    * ``csv_schrijven_s``, ``csv_mb``, ``parquet_schrijven_s``, ``parquet_mb``:
      tijd en bestandsgrootte als CSV en als Parquet (met ``opslaan=False``
      leeg);
    * ``optellen_s``: de tijd om de omzet per maand en business unit op te tellen;
    * ``gemiddeld_bedrag``: een KPI (het gemiddelde bedrag per factuurregel) die
      stabieler wordt naarmate er meer rijen zijn;
    * ``past_in_excel``: past de tabel (met kopregel) op één Excel-werkblad?

    De bestanden komen in een tijdelijke map (of in ``map_``, buiten de
    cursusmap) en worden direct weer verwijderd. ``voortgang`` is een functie
    die na elke grootte ``voortgang(i, aantal)`` krijgt (voor een voortgangsbalk).
    Tijden hangen af van de computer; geheugen en bestandsgrootte nauwelijks.
    """
    if isinstance(groottes, (int, np.integer)) and not isinstance(groottes, bool):
        groottes = [groottes]
    if not isinstance(groottes, (list, tuple, np.ndarray, pd.Index, range)) or len(groottes) == 0:
        raise ValueError("groottes moet een lijst met aantallen rijen zijn, zoals [10_000, 100_000].")
    groottes = [_eis_geheel(n, "groottes", 1) for n in groottes]
    if len(set(groottes)) != len(groottes):
        raise ValueError(f"groottes bevat een aantal dubbel: {groottes}.")
    seed = _actieve_seed(seed)
    rijen = []
    with tempfile.TemporaryDirectory(prefix="klantlib-schaal-",
                                     dir=None if map_ is None else _maak_map(map_)) as tijdelijk:
        for i, n in enumerate(sorted(groottes), start=1):
            rijen.append(_meet_een(n, seed, Path(tijdelijk), opslaan))
            if voortgang is not None:
                voortgang(i, len(groottes))
    uit = pd.DataFrame(rijen).set_index("rijen")
    uit = uit[list(SCHAALKOLOMMEN)]
    uit["past_in_excel"] = uit.index <= EXCEL_MAX_RIJEN - 1
    return uit


def _maak_map(map_) -> Path:
    pad = _controleer_map(map_)
    try:
        pad.mkdir(parents=True, exist_ok=True)
    except OSError as fout:
        raise _schrijffout(fout, pad / "x") from None
    return pad


def _log_fit(proef: pd.DataFrame, kolom: str) -> tuple[float, float]:
    _eis_tabel(proef, "proef")
    _eis_kolommen(proef, "proef", [kolom])
    x = np.asarray(proef.index, dtype="float64")
    y = proef[kolom].to_numpy(dtype="float64")
    goed = np.isfinite(y) & (y > 0) & (x > 0)
    if goed.sum() < 2:
        raise ValueError(f"proef: voor '{kolom}' zijn minstens twee metingen boven 0 nodig.")
    helling, snijpunt = np.polyfit(np.log10(x[goed]), np.log10(y[goed]), 1)
    return float(helling), float(snijpunt)


def groeihelling(proef: pd.DataFrame, kolom: str = "geheugen_mb") -> float:
    """Hoe snel groeit ``kolom`` met het aantal rijen? De helling op een log-log-schaal.

    1 betekent lineair (10 keer zoveel rijen kost 10 keer zoveel), 2 betekent
    kwadratisch (10 keer zoveel rijen kost 100 keer zoveel).

    >>> p = pd.DataFrame({"geheugen_mb": [1.0, 10.0, 100.0]}, index=[1_000, 10_000, 100_000])
    >>> round(groeihelling(p), 3)
    1.0
    """
    return _log_fit(proef, kolom)[0]


def voorspel(proef: pd.DataFrame, kolom: str, rijen) -> float:
    """Schat ``kolom`` bij ``rijen`` rijen met de rechte lijn door de metingen (log-log).

    >>> p = pd.DataFrame({"geheugen_mb": [2.0, 20.0]}, index=[10_000, 100_000])
    >>> round(voorspel(p, "geheugen_mb", 1_000_000), 1)
    200.0
    """
    rijen = _eis_geheel(rijen, "rijen", 1)
    helling, snijpunt = _log_fit(proef, kolom)
    return float(10 ** (snijpunt + helling * math.log10(rijen)))


# ---------------------------------------------------------------------------
# Datamining: winkelmandjes en associatieregels
# ---------------------------------------------------------------------------

REGELKOLOMMEN = ["als", "dan", "support", "confidence", "lift", "aantal_orders"]


def _alleen_facturen(transacties: pd.DataFrame) -> pd.DataFrame:
    if "soort" in transacties.columns:
        return transacties[transacties["soort"] == "factuur"]
    return transacties


def winkelmandjes(transacties: pd.DataFrame, *, order: str = "ordernummer", product: str = "product",
                  alleen_facturen: bool = True) -> pd.DataFrame:
    """Zet transacties om in winkelmandjes: één rij per order, één kolom per product.

    Een cel is ``True`` als het product in die order zit (hoe vaak telt niet).
    Met ``alleen_facturen=True`` (standaard) tellen retouren en creditnota's
    niet mee als er een kolom ``soort`` is: een retour is geen aankoop.
    Rijen zonder ordernummer of product geven een fout (er valt niets stil weg).

    >>> t = pd.DataFrame({"ordernummer": ["O1", "O1", "O2"], "product": ["Laptop", "Monitor", "Laptop"]})
    >>> winkelmandjes(t)
                 Laptop  Monitor
    ordernummer                 
    O1             True     True
    O2             True    False
    """
    _eis_tabel(transacties, "transacties")
    _eis_kolommen(transacties, "transacties", [order, product],
                  "Een winkelmandje is alles wat in één order zit." if order == "ordernummer" else "")
    rijen = _alleen_facturen(transacties) if alleen_facturen else transacties
    for kolom in (order, product):
        leeg = rijen[kolom].isna()
        if leeg.any():
            raise ValueError(f"transacties: {int(leeg.sum())} rijen hebben geen {kolom} "
                             f"(rijlabels {_rijlabels(rijen.index[leeg.to_numpy()])}). Vul ze aan of laat ze "
                             "bewust weg voordat je winkelmandjes maakt.")
    order_codes, orders = pd.factorize(rijen[order])
    product_codes, producten = pd.factorize(rijen[product], sort=True)
    mand = np.zeros((len(orders), len(producten)), dtype=bool)
    mand[order_codes, product_codes] = True
    return pd.DataFrame(mand, index=pd.Index(np.asarray(orders, dtype=object), name=order),
                        columns=pd.Index([str(p) for p in producten]))


def _eis_product(naam: str, producten, argument: str) -> None:
    if naam not in producten:
        lijk = difflib.get_close_matches(str(naam), list(producten), n=1)
        tip = f" Bedoel je '{lijk[0]}'?" if lijk else ""
        raise ValueError(f"{argument}: het product {naam!r} komt in geen enkele order voor.{tip} "
                         f"Producten: {', '.join(sorted(producten))}.")


def regelmaten(transacties: pd.DataFrame, als: str, dan: str) -> pd.Series:
    """Support, confidence en lift van één regel ``als → dan``, met de tellingen erbij.

    * support = orders met allebei / alle orders;
    * confidence = orders met allebei / orders met ``als``;
    * lift = confidence / (orders met ``dan`` / alle orders).

    >>> t = pd.DataFrame({"ordernummer": ["O1", "O1", "O2", "O3", "O3", "O4"],
    ...                   "product": ["A", "B", "A", "B", "C", "C"]})
    >>> regelmaten(t, "A", "B").round(3).to_dict()
    {'orders': 4.0, 'orders_met_als': 2.0, 'orders_met_dan': 2.0, 'orders_met_beide': 1.0, 'support': 0.25, 'confidence': 0.5, 'lift': 1.0}
    """
    mand = winkelmandjes(transacties)
    for naam, argument in ((als, "als"), (dan, "dan")):
        if not isinstance(naam, str):
            raise ValueError(f"{argument} moet de naam van een product zijn (tekst), niet {naam!r}.")
        _eis_product(naam, mand.columns, argument)
    if als == dan:
        raise ValueError("als en dan zijn hetzelfde product; een regel gaat over twee verschillende producten.")
    n = len(mand)
    met_als, met_dan = int(mand[als].sum()), int(mand[dan].sum())
    beide = int((mand[als] & mand[dan]).sum())
    support = beide / n
    confidence = beide / met_als
    lift = confidence / (met_dan / n)
    return pd.Series({"orders": n, "orders_met_als": met_als, "orders_met_dan": met_dan,
                      "orders_met_beide": beide, "support": support, "confidence": confidence,
                      "lift": lift}, dtype="float64", name=f"{als} → {dan}")


def _lege_regels() -> pd.DataFrame:
    uit = pd.DataFrame({k: pd.Series(dtype="float64") for k in REGELKOLOMMEN})
    uit["als"] = uit["als"].astype(TEKST)
    uit["dan"] = uit["dan"].astype(TEKST)
    uit["aantal_orders"] = uit["aantal_orders"].astype("int64")
    return uit


def _regels_uit_mand(mand: pd.DataFrame, min_support: float, min_confidence: float,
                     max_items: int) -> pd.DataFrame:
    import warnings

    from mlxtend.frequent_patterns import association_rules, fpgrowth

    if len(mand) == 0 or mand.shape[1] < 2:
        return _lege_regels()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sets = fpgrowth(mand, min_support=min_support, use_colnames=True, max_len=max_items)
        if sets.empty or sets["itemsets"].map(len).max() < 2:
            return _lege_regels()
        regels = association_rules(sets, num_itemsets=len(mand), metric="confidence",
                                   min_threshold=min_confidence)
    if regels.empty:
        return _lege_regels()

    def naam(items) -> str:
        return " + ".join(sorted(items))

    uit = pd.DataFrame({
        "als": regels["antecedents"].map(naam).astype(TEKST),
        "dan": regels["consequents"].map(naam).astype(TEKST),
        "support": regels["support"].astype("float64"),
        "confidence": regels["confidence"].astype("float64"),
        "lift": regels["lift"].astype("float64"),
        "aantal_orders": np.rint(regels["support"].to_numpy() * len(mand)).astype("int64"),
    })
    return _sorteer_regels(uit)


def _sorteer_regels(regels: pd.DataFrame) -> pd.DataFrame:
    """Hoogste lift eerst, dan hoogste confidence, dan op naam (afrondingsverschillen tellen niet)."""
    sleutels = regels.assign(_lift=regels["lift"].round(9), _conf=regels["confidence"].round(9))
    sleutels = sleutels.sort_values(["_lift", "_conf", "als", "dan"], ascending=[False, False, True, True])
    return sleutels.drop(columns=["_lift", "_conf"]).reset_index(drop=True)


def associatieregels(transacties: pd.DataFrame, min_support: float = 0.01, min_confidence: float = 0.1, *,
                     max_items: int = 2) -> pd.DataFrame:
    """Zoek associatieregels "wie X koopt, koopt ook Y" in de orders.

    Werkt met de winkelmandjes (:func:`winkelmandjes`: één rij per order,
    alleen facturen) en het FP-growth-algoritme van ``mlxtend``. Een regel
    komt erin als de combinatie in minstens ``min_support`` van alle orders
    zit en de confidence minstens ``min_confidence`` is. Beide zijn delen
    (0.01 = 1 %).

    Geeft per regel: ``als``, ``dan`` (bij meer producten met " + " ertussen),
    ``support``, ``confidence``, ``lift`` en ``aantal_orders`` (orders met
    allebei). Gesorteerd op lift, dan confidence (hoogste eerst).
    ``max_items`` is het grootste aantal producten in één regel (standaard 2:
    één product → één product).

    >>> t = pd.DataFrame({"ordernummer": ["O1", "O1", "O2", "O2", "O3", "O4"],
    ...                   "product": ["A", "B", "A", "B", "A", "C"]})
    >>> associatieregels(t, min_support=0.2, min_confidence=0.5).round(3)
      als dan  support  confidence   lift  aantal_orders
    0   B   A      0.5       1.000  1.333              2
    1   A   B      0.5       0.667  1.333              2
    """
    min_support = _eis_deel(min_support, "min_support")
    min_confidence = _eis_deel(min_confidence, "min_confidence", nul_mag=True)
    max_items = _eis_geheel(max_items, "max_items", 2)
    return _regels_uit_mand(winkelmandjes(transacties), min_support, min_confidence, max_items)


def filter_regels(regels: pd.DataFrame, min_support: float = 0.0, min_confidence: float = 0.0,
                  min_lift: float | None = None) -> pd.DataFrame:
    """Alleen de regels met minstens deze support, confidence (en lift).

    Snel genoeg voor een schuif: rekent niets opnieuw uit.

    >>> r = pd.DataFrame({"als": ["A", "B"], "dan": ["B", "A"], "support": [0.2, 0.2],
    ...                   "confidence": [0.9, 0.4], "lift": [2.0, 2.0], "aantal_orders": [2, 2]})
    >>> filter_regels(r, min_confidence=0.5)["als"].tolist()
    ['A']
    """
    _eis_tabel(regels, "regels")
    _eis_kolommen(regels, "regels", ["support", "confidence", "lift"])
    min_support = _eis_deel(min_support, "min_support", nul_mag=True)
    min_confidence = _eis_deel(min_confidence, "min_confidence", nul_mag=True)
    houden = (regels["support"] >= min_support - 1e-12) & (regels["confidence"] >= min_confidence - 1e-12)
    if min_lift is not None:
        if not _is_getal(min_lift) or min_lift < 0:
            raise ValueError(f"min_lift moet een getal van 0 of meer zijn, niet {min_lift!r}.")
        houden &= regels["lift"] >= float(min_lift) - 1e-12
    return regels[houden].reset_index(drop=True)


def _gekocht(klant, transacties, kolom: str) -> set[str]:
    if isinstance(klant, (set, frozenset, list, tuple)):
        if not all(isinstance(p, str) for p in klant):
            raise ValueError("klant: geef een vestigingsnummer (tekst) of een lijst met productnamen.")
        return set(klant)
    if transacties is None:
        raise ValueError("transacties ontbreekt: die is nodig om op te zoeken wat de klant al kocht. "
                         "Of geef als klant een lijst met producten.")
    _eis_tabel(transacties, "transacties")
    _eis_kolommen(transacties, "transacties", [kolom, "product"])
    rijen = _alleen_facturen(transacties)
    van_klant = rijen.loc[rijen[kolom] == klant, "product"]
    if van_klant.empty:
        if isinstance(klant, (int, np.integer)):
            raise ValueError(f"klant {klant!r} is een getal; een vestigingsnummer is tekst. Zet het tussen "
                             "aanhalingstekens, met eventuele nullen vooraan.")
        raise ValueError(f"klant {klant!r} komt niet voor in de kolom '{kolom}' van transacties "
                         "(alleen facturen tellen).")
    return {str(p) for p in van_klant.dropna()}


def kruisverkoop(klant, regels: pd.DataFrame, transacties: pd.DataFrame | None = None, *,
                 kolom: str = "besteld_door", top: int | None = None) -> pd.DataFrame:
    """Welke producten kun je een klant nog aanbieden? Kruisverkoop uit associatieregels.

    ``klant`` is een vestigingsnummer in ``transacties[kolom]`` (standaard
    ``besteld_door``: wie bestelde) of een lijst met producten die de klant al
    koopt. Een regel telt als de klant alles uit ``als`` al koopt en ``dan``
    nog niet. Per product blijft de regel met de hoogste confidence over.

    Geeft ``product``, ``omdat`` (het ``als``-deel), ``confidence`` en
    ``lift``, hoogste confidence eerst; ``top`` geeft alleen de eerste.

    >>> r = pd.DataFrame({"als": ["Laptop", "Laptop", "Bureaustoel"], "dan": ["Docking station", "Monitor", "Bureaulamp"],
    ...                   "support": [0.1, 0.1, 0.1], "confidence": [0.6, 0.3, 0.4], "lift": [3.0, 1.2, 2.5]})
    >>> kruisverkoop(["Laptop", "Monitor"], r)["product"].tolist()
    ['Docking station']
    """
    _eis_tabel(regels, "regels")
    _eis_kolommen(regels, "regels", ["als", "dan", "confidence", "lift"])
    gekocht = _gekocht(klant, transacties, kolom)
    if top is not None:
        top = _eis_geheel(top, "top", 1)
    als_sets = [str(a).split(" + ") for a in regels["als"]]
    dan_sets = [str(d).split(" + ") for d in regels["dan"]]
    past = np.array([set(a) <= gekocht and not (set(d) & gekocht) for a, d in zip(als_sets, dan_sets)],
                    dtype=bool)
    kandidaten = regels.loc[past, ["dan", "als", "confidence", "lift"]]
    kandidaten = (kandidaten.assign(_conf=kandidaten["confidence"].round(9), _lift=kandidaten["lift"].round(9))
                  .sort_values(["_conf", "_lift", "dan", "als"], ascending=[False, False, True, True])
                  .drop(columns=["_conf", "_lift"]))
    uit = (kandidaten.drop_duplicates("dan").rename(columns={"dan": "product", "als": "omdat"})
           .reset_index(drop=True))
    uit["product"] = uit["product"].astype(TEKST)
    uit["omdat"] = uit["omdat"].astype(TEKST)
    return uit if top is None else uit.head(top)


def kruisverkooplijst(regels: pd.DataFrame, transacties: pd.DataFrame, *, kolom: str = "besteld_door") -> pd.DataFrame:
    """Kruisverkoop voor alle klanten tegelijk: een lijst voor een campagne.

    Per klant in ``transacties[kolom]`` en per product dat die klant nog niet
    koopt: de beste regel (hoogste confidence) uit ``regels`` waarvan de klant
    het ``als``-deel al koopt. Geeft ``klant``, ``product``, ``omdat``,
    ``confidence`` en ``lift``, gesorteerd op klant en dan hoogste confidence.
    Alleen facturen tellen als aankoop.

    >>> t = pd.DataFrame({"besteld_door": ["v1", "v1", "v2"], "product": ["Laptop", "Monitor", "Monitor"]})
    >>> r = pd.DataFrame({"als": ["Laptop", "Monitor"], "dan": ["Docking station", "Laptop"],
    ...                   "confidence": [0.6, 0.3], "lift": [3.0, 1.2]})
    >>> kruisverkooplijst(r, t)[["klant", "product", "omdat"]].values.tolist()
    [['v1', 'Docking station', 'Laptop'], ['v2', 'Laptop', 'Monitor']]
    """
    _eis_tabel(regels, "regels")
    _eis_kolommen(regels, "regels", ["als", "dan", "confidence", "lift"])
    _eis_tabel(transacties, "transacties")
    _eis_kolommen(transacties, "transacties", [kolom, "product"])
    rijen = _alleen_facturen(transacties)
    rijen = rijen[rijen[kolom].notna() & rijen["product"].notna()]
    per_klant = rijen.groupby(kolom)["product"].agg(lambda p: set(map(str, p)))
    als_sets = [set(str(a).split(" + ")) for a in regels["als"]]
    dan_sets = [set(str(d).split(" + ")) for d in regels["dan"]]
    uit = []
    for klant, gekocht in per_klant.items():
        for i, (a, d) in enumerate(zip(als_sets, dan_sets)):
            if a <= gekocht and not (d & gekocht):
                uit.append((klant, regels["dan"].iloc[i], regels["als"].iloc[i], float(regels["confidence"].iloc[i]),
                            float(regels["lift"].iloc[i])))
    lijst = pd.DataFrame(uit, columns=["klant", "product", "omdat", "confidence", "lift"])
    lijst = (lijst.assign(_conf=lijst["confidence"].round(9), _lift=lijst["lift"].round(9))
             .sort_values(["klant", "_conf", "_lift", "product"], ascending=[True, False, False, True])
             .drop_duplicates(["klant", "product"]).drop(columns=["_conf", "_lift"]).reset_index(drop=True))
    for k in ("klant", "product", "omdat"):
        lijst[k] = lijst[k].astype(TEKST)
    return lijst


def schud_producten(transacties: pd.DataFrame, seed: int = 2024) -> pd.DataFrame:
    """De geschudde controle: hussel de producten over alle factuurregels.

    Elk product komt even vaak voor en elke order houdt evenveel regels, maar
    welk product in welke order zit, is nu puur toeval. Een regel die je hierin
    vindt, is dus toeval. Zo zie je hoe sterk "verbanden" kunnen lijken als je
    veel productparen bekijkt. Retouren en creditnota's blijven staan.

    >>> t = pd.DataFrame({"ordernummer": ["O1", "O1", "O2"], "product": ["A", "B", "C"]})
    >>> sorted(schud_producten(t, seed=1)["product"])
    ['A', 'B', 'C']
    """
    _eis_tabel(transacties, "transacties")
    _eis_kolommen(transacties, "transacties", ["product"])
    rng = np.random.default_rng(seed)
    uit = transacties.copy()
    rijen = np.flatnonzero((uit["soort"] == "factuur").to_numpy()) if "soort" in uit.columns else np.arange(len(uit))
    kolom = uit.columns.get_loc("product")
    waarden = uit["product"].to_numpy()[rijen]
    uit.iloc[rijen, kolom] = waarden[rng.permutation(len(rijen))]
    return uit


# ---------------------------------------------------------------------------
# RFM en segmenten
# ---------------------------------------------------------------------------

RFM_KOLOMMEN = ["recentheid", "frequentie", "monetaire_waarde"]


def rfm(facturen: pd.DataFrame, peildatum=None, *, bedrijven: pd.DataFrame | None = None) -> pd.DataFrame:
    """Recentheid, frequentie en monetaire waarde per klant (RFM).

    * ``recentheid``: dagen tussen de laatste aankoop (een rij met soort
      "factuur") en de ``peildatum``;
    * ``frequentie``: het aantal orders (verschillende ``ordernummer``; zonder
      die kolom het aantal factuurregels);
    * ``monetaire_waarde``: de netto omzet (alle rijen, retouren en
      creditnota's eraf), in euro.

    Klant = wie bestelde (``besteld_door``). Met ``bedrijven`` tellen alle
    vestigingen van één bedrijf samen (index ``kvk_nummer``). Alleen rijen
    tot en met de peildatum tellen; zonder peildatum is dat de laatste
    factuurdatum in de tabel. Klanten met alleen retouren of creditnota's
    (geen enkele aankoop) staan er niet in; hun aantal staat in
    ``.attrs["zonder_aankoop"]``.

    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2025-01-01", "2025-03-01", "2025-02-01"]),
    ...                   "besteld_door": ["v1", "v1", "v2"], "ordernummer": ["O1", "O2", "O3"],
    ...                   "soort": ["factuur"] * 3, "bedrag": [100.0, 50.0, 30.0]})
    >>> rfm(f, "2025-03-31")
                  recentheid  frequentie  monetaire_waarde
    besteld_door                                          
    v1                    30           2             150.0
    v2                    58           1              30.0
    """
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["factuurdatum", "besteld_door", "bedrag"])
    if not pd.api.types.is_datetime64_any_dtype(facturen["factuurdatum"]):
        raise ValueError("facturen: de kolom 'factuurdatum' moet datums bevatten. Lees het bestand met "
                         "laad(...) of zet de kolom om met pd.to_datetime.")
    leeg = facturen["besteld_door"].isna()
    if leeg.any():
        raise ValueError(f"facturen: {int(leeg.sum())} rijen hebben geen besteld_door (rijlabels "
                         f"{_rijlabels(facturen.index[leeg.to_numpy()])}); dan weet je niet van welke klant "
                         "de aankoop is.")
    if peildatum is None:
        peil = facturen["factuurdatum"].max()
    else:
        try:
            peil = pd.Timestamp(peildatum)
        except (ValueError, TypeError):
            raise ValueError(f"peildatum {peildatum!r} is geen datum; schrijf bijvoorbeeld '2025-12-31'.") from None
    rijen = facturen[facturen["factuurdatum"] <= peil]
    sleutel = rijen["besteld_door"]
    naam = "besteld_door"
    if bedrijven is not None:
        _eis_tabel(bedrijven, "bedrijven")
        _eis_kolommen(bedrijven, "bedrijven", ["vestigingsnummer", "kvk_nummer"])
        koppel = bedrijven.drop_duplicates("vestigingsnummer").set_index("vestigingsnummer")["kvk_nummer"]
        onbekend = ~sleutel.isin(koppel.index)
        if onbekend.any():
            voorbeeld = sleutel[onbekend].iloc[0]
            raise ValueError(f"facturen: {int(onbekend.sum())} rijen hebben een besteld_door die niet in bedrijven "
                             f"staat (bijvoorbeeld {voorbeeld!r}).")
        sleutel = sleutel.map(koppel)
        naam = "kvk_nummer"
    rijen = rijen.assign(_klant=sleutel.to_numpy())
    aankopen = _alleen_facturen(rijen)
    laatste = aankopen.groupby("_klant")["factuurdatum"].max()
    if "ordernummer" in aankopen.columns:
        frequentie = aankopen.groupby("_klant")["ordernummer"].nunique()
    else:
        frequentie = aankopen.groupby("_klant").size()
    omzet = rijen.groupby("_klant")["bedrag"].sum()
    uit = pd.DataFrame({
        "recentheid": (peil - laatste).dt.days.astype("int64"),
        "frequentie": frequentie.astype("int64"),
        "monetaire_waarde": omzet.reindex(laatste.index).round(2).astype("float64"),
    })
    uit.index = pd.Index([str(k) for k in uit.index], name=naam, dtype=TEKST)
    uit = uit.sort_index()
    uit.attrs["zonder_aankoop"] = int(len(omzet) - len(laatste))
    uit.attrs["peildatum"] = str(peil.date())
    return uit


def _score(waarden: pd.Series, groepen: int, hoog_is_goed: bool) -> pd.Series:
    rang = (waarden if hoog_is_goed else -waarden).rank(method="min")
    score = np.ceil(rang.to_numpy() * groepen / len(waarden)).clip(1, groepen)
    return pd.Series(score.astype("int64"), index=waarden.index)


def rfm_scores(rfm_tabel: pd.DataFrame, groepen: int = 5) -> pd.DataFrame:
    """De eenvoudige RFM-score van marketeers: per letter een cijfer van 1 tot ``groepen``.

    De klanten worden per kenmerk op volgorde gezet en in ``groepen`` even
    grote groepen verdeeld: 5 = de beste groep (het meest recent, het vaakst,
    het meeste geld). Klanten met dezelfde waarde krijgen hetzelfde cijfer.
    Geeft de RFM-tabel met de kolommen ``R``, ``F``, ``M`` en ``rfm_code``
    (zoals "545") erbij.

    >>> r = pd.DataFrame({"recentheid": [10, 200, 50, 400], "frequentie": [9, 1, 3, 1],
    ...                   "monetaire_waarde": [900.0, 50.0, 300.0, 80.0]}, index=list("abcd"))
    >>> rfm_scores(r, groepen=4)[["R", "F", "M", "rfm_code"]]
       R  F  M rfm_code
    a  4  4  4      444
    b  2  1  1      211
    c  3  3  3      333
    d  1  1  2      112
    """
    _eis_tabel(rfm_tabel, "rfm_tabel")
    _eis_kolommen(rfm_tabel, "rfm_tabel", RFM_KOLOMMEN, "Maak de tabel met rfm(...).")
    groepen = _eis_geheel(groepen, "groepen", 2)
    if len(rfm_tabel) == 0:
        raise ValueError("rfm_tabel is leeg: er zijn geen klanten om te scoren.")
    uit = rfm_tabel.copy()
    uit["R"] = _score(rfm_tabel["recentheid"], groepen, hoog_is_goed=False)
    uit["F"] = _score(rfm_tabel["frequentie"], groepen, hoog_is_goed=True)
    uit["M"] = _score(rfm_tabel["monetaire_waarde"], groepen, hoog_is_goed=True)
    codes = [f"{r}{f}{m}" for r, f, m in zip(uit["R"], uit["F"], uit["M"])]
    uit["rfm_code"] = pd.Series(codes, index=uit.index, dtype=TEKST)
    return uit


def _segmentnaam(groep: pd.DataFrame, alle: pd.DataFrame, actief_dagen: int) -> str:
    """Een leesbare naam voor één segment, uit de typische klant (mediaan) van dat segment.

    Actief = de typische klant kocht in de laatste ``actief_dagen`` dagen. Frequentie en
    monetaire waarde krijgen een cijfer 1-5: in welk vijfde deel van alle klanten valt de
    typische klant van het segment (5 = de hoogste 20 %)?
    """
    def cijfer(kolom: str) -> int:
        deel = float((alle[kolom] <= groep[kolom].median()).mean())
        return int(min(5, max(1, math.ceil(deel * 5))))

    f, m = cijfer("frequentie"), cijfer("monetaire_waarde")
    if groep["recentheid"].median() > actief_dagen:
        return "slapende grootafnemers" if m >= 4 else "slapers"
    if f >= 4 and m >= 4:
        return "trouwe grootafnemers"
    if m >= 4:
        return "grote incidentele kopers"
    if f >= 3:
        return "vaste klanten"
    return "incidentele klanten"


def segmenteer(rfm_tabel: pd.DataFrame, k: int = 4, seed: int = 2024, *, actief_dagen: int = 365) -> pd.DataFrame:
    """Deel klanten in ``k`` segmenten in met KMeans (scikit-learn) op hun RFM.

    Voor het clusteren worden de kenmerken vergelijkbaar gemaakt:
    frequentie en monetaire waarde zijn scheef verdeeld (een paar klanten
    kopen heel veel), dus die gaan eerst door ``log(1 + x)`` (negatieve omzet
    telt als 0); daarna krijgen alle drie gemiddelde 0 en standaardafwijking 1
    (``StandardScaler``). Zonder schalen zou alleen het bedrag tellen.

    Geeft de RFM-tabel met ``segment`` (0 = het segment met de hoogste
    gemiddelde omzet per klant) en ``segmentnaam``. De naam komt van de
    typische klant (de mediaan) van het segment: kocht die in de laatste
    ``actief_dagen`` dagen niets, dan zijn het "slapers" (of "slapende
    grootafnemers" bij veel omzet). Anders tellen frequentie en omzet, vergeleken
    met alle klanten (in welk vijfde deel valt de typische klant?): hoog en hoog
    = "trouwe grootafnemers", alleen veel omzet = "grote incidentele kopers",
    vaak genoeg (minstens het middelste vijfde) = "vaste klanten", anders
    "incidentele klanten". Krijgen twee segmenten dezelfde naam, dan volgt er
    een nummer. De naam is een hulpmiddel: kijk altijd zelf naar het profiel
    (:func:`segmentprofiel`).
    """
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

    _eis_tabel(rfm_tabel, "rfm_tabel")
    _eis_kolommen(rfm_tabel, "rfm_tabel", RFM_KOLOMMEN, "Maak de tabel met rfm(...).")
    k = _eis_geheel(k, "k", 2)
    actief_dagen = _eis_geheel(actief_dagen, "actief_dagen", 1)
    if k > 10:
        raise ValueError(f"k={k} is te veel segmenten om nog te kunnen uitleggen; kies 2 tot en met 10.")
    if len(rfm_tabel) < k:
        raise ValueError(f"k={k} segmenten kan niet met maar {len(rfm_tabel)} klanten.")
    if rfm_tabel[RFM_KOLOMMEN].isna().any().any():
        raise ValueError("rfm_tabel bevat lege waarden; KMeans kan daar niet mee rekenen.")
    kenmerken = np.column_stack([
        rfm_tabel["recentheid"].to_numpy(dtype="float64"),
        np.log1p(rfm_tabel["frequentie"].to_numpy(dtype="float64").clip(0)),
        np.log1p(rfm_tabel["monetaire_waarde"].to_numpy(dtype="float64").clip(0)),
    ])
    geschaald = StandardScaler().fit_transform(kenmerken)
    model = KMeans(n_clusters=k, n_init=10, random_state=seed)
    labels = model.fit_predict(geschaald)
    uit = rfm_tabel.copy()
    # Vaste volgorde: segment 0 heeft de hoogste gemiddelde omzet per klant.
    gemiddeld = pd.Series(uit["monetaire_waarde"].to_numpy()).groupby(labels).mean()
    volgorde = {oud: nieuw for nieuw, oud in enumerate(gemiddeld.sort_values(ascending=False).index)}
    uit["segment"] = pd.Series(labels, index=uit.index).map(volgorde).astype("int64")
    namen = {segment: _segmentnaam(groep, uit, actief_dagen) for segment, groep in uit.groupby("segment")}
    aantal = {naam: list(namen.values()).count(naam) for naam in set(namen.values())}
    volgnummer: dict[str, int] = {}
    for segment in sorted(namen):
        naam = namen[segment]
        if aantal[naam] > 1:
            volgnummer[naam] = volgnummer.get(naam, 0) + 1
            namen[segment] = f"{naam} {volgnummer[naam]}"
    uit["segmentnaam"] = uit["segment"].map(namen).astype(TEKST)
    return uit


def segmentprofiel(segmenten: pd.DataFrame) -> pd.DataFrame:
    """Per segment: het aantal klanten en de mediaan van recentheid, frequentie en monetaire waarde.

    >>> s = pd.DataFrame({"segment": [0, 0, 1], "segmentnaam": ["a", "a", "b"], "recentheid": [1, 3, 9],
    ...                   "frequentie": [5, 7, 1], "monetaire_waarde": [10.0, 30.0, 1.0]})
    >>> segmentprofiel(s)
                 aantal_klanten  recentheid  frequentie  monetaire_waarde
    segmentnaam                                                          
    a                         2         2.0         6.0              20.0
    b                         1         9.0         1.0               1.0
    """
    _eis_tabel(segmenten, "segmenten")
    _eis_kolommen(segmenten, "segmenten", ["segment", "segmentnaam", *RFM_KOLOMMEN],
                  "Maak de tabel met segmenteer(...).")
    groep = segmenten.sort_values("segment").groupby("segmentnaam", sort=False)
    uit = groep[RFM_KOLOMMEN].median().astype("float64")
    uit.insert(0, "aantal_klanten", groep.size().astype("int64"))
    return uit


# ---------------------------------------------------------------------------
# Eén klantbeeld: uniform registreren
# ---------------------------------------------------------------------------

#: Velden van het klantprofiel in :func:`klantbeeld` en of ze statisch (veranderen nooit
#: of zelden) of dynamisch (veranderen regelmatig) zijn.
PROFIELVELDEN = {
    "kvk_nummer": "statisch",
    "bedrijfsnaam": "statisch",
    "rechtsvorm": "statisch",
    "sector": "statisch",
    "plaats": "statisch",
    "omzet_12m": "dynamisch",
    "laatste_order": "dynamisch",
    "lopende_contracten": "dynamisch",
    "nps": "dynamisch",
    "klachten_12m": "dynamisch",
}


def _sleutelkolom(tabel: pd.DataFrame, naam: str, via: str | None) -> str:
    if via is not None:
        _eis_kolommen(tabel, naam, [via])
        return via
    for kolom in ("kvk_nummer", "besteld_door", "vestigingsnummer", "klantnaam", "bedrijfsnaam"):
        if kolom in tabel.columns:
            return kolom
    raise ValueError(f"{naam}: geen kolom om mee te koppelen (kvk_nummer, besteld_door, vestigingsnummer "
                     "of klantnaam). Geef de kolom met via={...}.")


def _koppelset(bedrijven: pd.DataFrame, kolom: str) -> set:
    if kolom == "kvk_nummer":
        sets = set(bedrijven["kvk_nummer"].dropna())
        if "vorige_kvk_nummer" in bedrijven.columns:
            sets |= set(bedrijven["vorige_kvk_nummer"].dropna())
        return sets
    if kolom in ("besteld_door", "vestigingsnummer"):
        return set(bedrijven["vestigingsnummer"].dropna())
    return set(bedrijven["bedrijfsnaam"].dropna())


def koppelgraad(tabellen: Mapping[str, pd.DataFrame], bedrijven: pd.DataFrame, *,
                via: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Welk deel van de rijen van elke bron kun je aan een bedrijf koppelen?

    Per tabel kiest de functie de sleutel: ``kvk_nummer`` als die er is,
    anders ``besteld_door``, ``vestigingsnummer`` of de naam (``klantnaam``,
    exact gelijk aan de officiële ``bedrijfsnaam``). Met ``via`` kies je zelf,
    bijvoorbeeld ``via={"facturen": "klantnaam"}``. Een rij is gekoppeld als
    de sleutel gevuld is en in ``bedrijven`` voorkomt (een KvK-nummer mag ook
    een vorig nummer zijn, na een overname).

    Geeft per tabel: ``sleutel``, ``rijen``, ``gekoppeld`` en ``aandeel``.

    >>> b = pd.DataFrame({"vestigingsnummer": ["v1"], "kvk_nummer": ["K1"], "bedrijfsnaam": ["Jansen B.V."]})
    >>> k = pd.DataFrame({"kvk_nummer": ["K1", "K1", None, "K9"]})
    >>> koppelgraad({"klachten": k}, b)
                 sleutel  rijen  gekoppeld  aandeel
    bron                                           
    klachten  kvk_nummer      4          2      0.5
    """
    if not isinstance(tabellen, Mapping) or not tabellen:
        raise ValueError("tabellen moet een dict zijn met naam → tabel, bijvoorbeeld {'klachten': klachten}.")
    _eis_tabel(bedrijven, "bedrijven")
    _eis_kolommen(bedrijven, "bedrijven", ["vestigingsnummer", "kvk_nummer"])
    via = dict(via or {})
    for naam in via:
        if naam not in tabellen:
            raise ValueError(f"via: de tabel {naam!r} staat niet in tabellen ({', '.join(tabellen)}).")
    rijen = []
    for naam, tabel in tabellen.items():
        _eis_tabel(tabel, f"tabellen[{naam!r}]")
        kolom = _sleutelkolom(tabel, naam, via.get(naam))
        if kolom in ("klantnaam", "bedrijfsnaam"):
            _eis_kolommen(bedrijven, "bedrijven", ["bedrijfsnaam"])
        bekend = _koppelset(bedrijven, kolom)
        waarden = tabel[kolom]
        gekoppeld = int((waarden.notna() & waarden.isin(bekend)).sum())
        rijen.append({"bron": naam, "sleutel": kolom, "rijen": len(tabel), "gekoppeld": gekoppeld,
                      "aandeel": gekoppeld / len(tabel) if len(tabel) else float("nan")})
    uit = pd.DataFrame(rijen).set_index("bron")
    uit["sleutel"] = uit["sleutel"].astype(TEKST)
    return uit


@dataclass(repr=False)
class Klantbeeld:
    """Alles wat Vermeer over één bedrijf weet, uit alle bronnen samen (zie :func:`klantbeeld`)."""

    kvk_nummer: str
    profiel: pd.Series
    omzet_per_jaar: pd.Series
    contracten: pd.DataFrame
    klachten: pd.DataFrame
    enquetes: pd.DataFrame
    contactpersonen: pd.DataFrame
    koppeling: pd.DataFrame = field(repr=False)

    def __repr__(self) -> str:
        regels = [f"Klantbeeld {self.profiel.get('bedrijfsnaam', self.kvk_nummer)}"]
        for k, v in self.profiel.items():
            if isinstance(v, pd.Timestamp):
                v = v.strftime("%d-%m-%Y")
            elif isinstance(v, float):
                v = "onbekend" if math.isnan(v) else round(v, 1)
            regels.append(f"  {k:<20} {v}  ({PROFIELVELDEN.get(k, '')})")
        regels.append(f"  {len(self.contracten)} contracten, {len(self.klachten)} klachten, {len(self.enquetes)} "
                      f"enquêtes, {len(self.contactpersonen)} contactpersonen")
        return "\n".join(regels)

    def _repr_html_(self) -> str:
        from html import escape

        p = self.profiel

        def waarde(v) -> str:
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                return "onbekend"
            if isinstance(v, pd.Timestamp):
                return v.strftime("%d-%m-%Y")
            if isinstance(v, float):
                from klantlib.opmaak import getal

                return getal(v, 0 if abs(v) >= 100 else 1)
            return escape(str(v))

        regels = "".join(f"<tr><td>{escape(k)}</td><td>{waarde(v)}</td><td><small>{PROFIELVELDEN.get(k, '')}"
                         f"</small></td></tr>" for k, v in p.items())
        return (f"<b>Klantbeeld {escape(str(p.get('bedrijfsnaam', self.kvk_nummer)))}</b>"
                f"<table>{regels}</table>"
                f"<small>{len(self.contracten)} contracten, {len(self.klachten)} klachten, "
                f"{len(self.enquetes)} enquêtes, {len(self.contactpersonen)} contactpersonen.</small>")


def klantbeeld(kvk_nummer: str, *, bedrijven: pd.DataFrame, facturen: pd.DataFrame, contracten: pd.DataFrame,
               enquetes: pd.DataFrame, klachten: pd.DataFrame, contactpersonen: pd.DataFrame,
               peildatum=None) -> Klantbeeld:
    """Eén klantbeeld: omzet, contracten, NPS, klachten en contactpersonen van één bedrijf.

    Alle bronnen worden op het KvK-nummer gekoppeld; facturen via
    ``besteld_door`` (de vestiging die bestelde) en ``bedrijven``. Het
    ``profiel`` zet statische velden (KvK-nummer, naam, rechtsvorm, sector,
    plaats) naast dynamische (omzet van de laatste 12 maanden, laatste order,
    lopende contracten, NPS, klachten in 12 maanden): zie :data:`PROFIELVELDEN`.
    ``koppeling`` laat per bron zien welk deel van alle rijen aan een bedrijf
    te koppelen is (:func:`koppelgraad`): zo zie je wat uniform registreren
    oplevert. Zonder ``peildatum`` de laatste factuurdatum.
    """
    from klantlib.nps import nps as bereken_nps

    if not isinstance(kvk_nummer, str):
        raise ValueError(f"kvk_nummer moet tekst zijn (8 cijfers tussen aanhalingstekens), niet {kvk_nummer!r}.")
    tabellen = {"bedrijven": bedrijven, "facturen": facturen, "contracten": contracten, "enquetes": enquetes,
                "klachten": klachten, "contactpersonen": contactpersonen}
    for naam, tabel in tabellen.items():
        _eis_tabel(tabel, naam)
    _eis_kolommen(bedrijven, "bedrijven", ["vestigingsnummer", "kvk_nummer", "bedrijfsnaam"])
    _eis_kolommen(facturen, "facturen", ["factuurdatum", "besteld_door", "bedrag"])
    for naam in ("contracten", "enquetes", "klachten", "contactpersonen"):
        _eis_kolommen(tabellen[naam], naam, ["kvk_nummer"])
    eigen = bedrijven[bedrijven["kvk_nummer"] == kvk_nummer]
    if eigen.empty:
        raise ValueError(f"kvk_nummer {kvk_nummer!r} staat niet in bedrijven. Een KvK-nummer heeft 8 cijfers "
                         "(met de nullen vooraan).")
    peil = facturen["factuurdatum"].max() if peildatum is None else pd.Timestamp(peildatum)
    hoofd = eigen.sort_values("hoofdvestiging", ascending=False).iloc[0] if "hoofdvestiging" in eigen else eigen.iloc[0]
    rijen = facturen[facturen["besteld_door"].isin(set(eigen["vestigingsnummer"]))
                     & (facturen["factuurdatum"] <= peil)]
    jaar_geleden = peil - pd.DateOffset(months=12)
    omzet_12m = float(rijen.loc[rijen["factuurdatum"] > jaar_geleden, "bedrag"].sum())
    aankopen = _alleen_facturen(rijen)
    eigen_contracten = contracten[contracten["kvk_nummer"] == kvk_nummer]
    if {"ingangsdatum", "einddatum"} <= set(eigen_contracten.columns):
        lopend = int(((eigen_contracten["ingangsdatum"] <= peil)
                      & (eigen_contracten["einddatum"].isna() | (eigen_contracten["einddatum"] > peil))).sum())
    else:
        lopend = len(eigen_contracten)
    eigen_enquetes = enquetes[enquetes["kvk_nummer"] == kvk_nummer]
    scores = eigen_enquetes["score"].dropna() if "score" in eigen_enquetes else pd.Series(dtype="float64")
    nps_waarde = float(bereken_nps(scores)) if len(scores) else float("nan")
    eigen_klachten = klachten[klachten["kvk_nummer"] == kvk_nummer]
    if "datum" in eigen_klachten.columns:
        klachten_12m = int(((eigen_klachten["datum"] > jaar_geleden) & (eigen_klachten["datum"] <= peil)).sum())
    else:
        klachten_12m = len(eigen_klachten)
    profiel = pd.Series({
        "kvk_nummer": kvk_nummer,
        "bedrijfsnaam": hoofd["bedrijfsnaam"],
        "rechtsvorm": hoofd.get("rechtsvorm", pd.NA),
        "sector": hoofd.get("sector", pd.NA),
        "plaats": hoofd.get("plaats", pd.NA),
        "omzet_12m": round(omzet_12m, 2),
        "laatste_order": aankopen["factuurdatum"].max() if len(aankopen) else pd.NaT,
        "lopende_contracten": lopend,
        "nps": nps_waarde,
        "klachten_12m": klachten_12m,
    }, dtype=object, name=kvk_nummer)
    omzet_per_jaar = rijen.groupby(rijen["factuurdatum"].dt.year)["bedrag"].sum().round(2)
    omzet_per_jaar.index.name = "jaar"
    omzet_per_jaar.name = "omzet"
    koppeling = koppelgraad({k: v for k, v in tabellen.items() if k != "bedrijven"}, bedrijven)
    return Klantbeeld(kvk_nummer=kvk_nummer, profiel=profiel, omzet_per_jaar=omzet_per_jaar,
                      contracten=eigen_contracten.reset_index(drop=True),
                      klachten=eigen_klachten.reset_index(drop=True),
                      enquetes=eigen_enquetes.reset_index(drop=True),
                      contactpersonen=contactpersonen[contactpersonen["kvk_nummer"] == kvk_nummer]
                      .reset_index(drop=True),
                      koppeling=koppeling)


# ---------------------------------------------------------------------------
# AVG: welke kolommen zijn persoonsgegevens?
# ---------------------------------------------------------------------------

_PERSOON_NAAM = {"voornaam", "achternaam", "naam", "contactpersoon", "verkoper", "accountmanager",
                 "medewerker", "behandelaar"}
_PERSOON_NUMMER = {"contact_id", "klant_id_persoon", "persoon_id", "medewerker_id", "bsn"}
_OPEN_TEKST = {"verbeterpunt", "toelichting", "opmerking", "notitie", "omschrijving"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
# Een telefoonnummer: met + of scheidingstekens en 9 tot 13 cijfers, of precies 10 cijfers die met 0
# beginnen (0612345678). Een vestigingsnummer (12 cijfers) of KvK-nummer (8) is het dus niet.
_TELEFOON = re.compile(r"^(?=(?:\D*\d){9,13}\D*$)(?:\+[\d\s\-()]+|0[\d\s\-()]*[\s\-()][\d\s\-()]*|0[1-9]\d{8})$")


def _kolomsoort(naam: str, reeks: pd.Series) -> tuple[str, str]:
    sleutel = naam.strip().lower().replace(" ", "_").replace("-", "_")
    if sleutel in {"email", "e_mail", "emailadres", "e_mailadres"}:
        return "ja", "een e-mailadres wijst meestal precies één persoon aan (naam@bedrijf.nl)"
    if sleutel in {"telefoon", "telefoonnummer", "mobiel", "gsm"}:
        return "ja", "een telefoonnummer hoort bij één persoon of één toestel"
    if sleutel in _PERSOON_NAAM:
        return "ja", "een naam van een persoon (ook van een eigen medewerker)"
    if sleutel in _PERSOON_NUMMER:
        return "ja", ("een nummer dat precies één persoon aanwijst: wie de koppeltabel heeft, weet wie het is "
                      "(een pseudoniem is nog steeds een persoonsgegeven)")
    tekst = reeks.dropna()
    if len(tekst) and (pd.api.types.is_string_dtype(reeks) or reeks.dtype == object):
        tekst = pd.Series([str(t) for t in tekst.head(200)], dtype=TEKST)
        if tekst.str.match(_EMAIL).mean() > 0.5:
            return "ja", "de waarden zijn e-mailadressen"
        if tekst.str.match(_TELEFOON).mean() > 0.5:
            return "ja", "de waarden lijken telefoonnummers"
        if sleutel in _OPEN_TEKST or tekst.str.len().mean() > 30:
            return "mogelijk", "open tekst: daar kunnen namen, e-mailadressen of telefoonnummers in staan"
    elif sleutel in _OPEN_TEKST:
        return "mogelijk", "open tekst: daar kunnen namen, e-mailadressen of telefoonnummers in staan"
    return "nee", "wijst op zichzelf geen persoon aan"


def persoonsgegevens(tabel: pd.DataFrame) -> pd.DataFrame:
    """Welke kolommen van een tabel zijn persoonsgegevens onder de AVG, en waarom?

    Per kolom: ``persoonsgegeven`` is "ja" (de kolom wijst een persoon aan:
    naam, e-mailadres, telefoonnummer, of een nummer zoals ``contact_id`` dat
    bij één persoon hoort), "mogelijk" (open tekst, waar namen in kunnen staan)
    of "nee", met de ``reden``. De functie kijkt naar de kolomnaam en naar de
    waarden (e-mailadressen en telefoonnummers worden ook onder een andere naam
    herkend).

    Let op: staat er in een rij één kolom met "ja", dan gaat de hele rij over
    een persoon. Ook de andere kolommen van die rij (zoals de functie of een
    score) zijn dan persoonsgegevens. Gegevens over een bedrijf (KvK-nummer,
    omzet) zijn dat niet, behalve bij een eenmanszaak: dan is het bedrijf één
    persoon.

    >>> c = pd.DataFrame({"contact_id": ["C1"], "functie": ["Inkoper"], "email": ["a.b@x.nl"]})
    >>> persoonsgegevens(c)["persoonsgegeven"].tolist()
    ['ja', 'nee', 'ja']
    """
    _eis_tabel(tabel, "tabel")
    rijen = [(str(k), *_kolomsoort(str(k), tabel[k])) for k in tabel.columns]
    uit = pd.DataFrame(rijen, columns=["kolom", "persoonsgegeven", "reden"]).set_index("kolom")
    for kolom in ("persoonsgegeven", "reden"):
        uit[kolom] = uit[kolom].astype(TEKST)
    return uit


# ---------------------------------------------------------------------------
# Make or buy
# ---------------------------------------------------------------------------


def kosten_over_jaren(opties: Mapping[str, tuple[float, float]], jaren: int = 5) -> pd.DataFrame:
    """Opgetelde kosten per jaar van een paar keuzes, zoals zelf maken of inkopen.

    ``opties`` is een dict naam → (eenmalige kosten, kosten per jaar). Geeft
    per jaar (1 tot en met ``jaren``) de totale kosten tot en met dat jaar.
    Eenmalige kosten vallen in jaar 1.

    >>> kosten_over_jaren({"zelf": (50_000, 10_000), "inkopen": (0, 25_000)}, jaren=3)
             zelf  inkopen
    jaar                  
    1     60000.0  25000.0
    2     70000.0  50000.0
    3     80000.0  75000.0
    """
    if not isinstance(opties, Mapping) or not opties:
        raise ValueError("opties moet een dict zijn: naam → (eenmalig, per jaar), "
                         "bijvoorbeeld {'zelf': (50000, 10000), 'inkopen': (0, 25000)}.")
    jaren = _eis_geheel(jaren, "jaren", 1)
    kolommen = {}
    for naam, waarde in opties.items():
        if not isinstance(waarde, (tuple, list)) or len(waarde) != 2 or not all(_is_getal(x) for x in waarde):
            raise ValueError(f"opties[{naam!r}] moet twee getallen zijn: (eenmalig, per jaar), niet {waarde!r}.")
        eenmalig, per_jaar = (float(x) for x in waarde)
        if eenmalig < 0 or per_jaar < 0:
            raise ValueError(f"opties[{naam!r}]: kosten kunnen niet negatief zijn.")
        kolommen[str(naam)] = [eenmalig + per_jaar * j for j in range(1, jaren + 1)]
    return pd.DataFrame(kolommen, index=pd.Index(range(1, jaren + 1), name="jaar"))
