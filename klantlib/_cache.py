"""Een blijvende cache voor persoonlijke datasets (alleen voor intern gebruik).

Een persoonlijke dataset (``laad(naam, seed=...)``, ``kies_dataset(seed)``,
``Werkboek(..., seed=...)``) maken kost een paar seconden. Deze module bewaart
de getypte tabellen van een seed daarom één keer als Parquet in de cachemap van
de gebruiker. Een nieuwe kernel, een herstart of het nakijken leest ze dan in
een fractie van die tijd terug.

Waar de cache staat:

- de map uit de omgevingsvariabele ``KLANTLIB_CACHE``, als die gezet is;
- anders de gewone cachemap van het besturingssysteem (via ``platformdirs``):
  Linux ``~/.cache/klantlib`` (of ``$XDG_CACHE_HOME/klantlib``), macOS
  ``~/Library/Caches/klantlib``, Windows ``%LOCALAPPDATA%\\klantlib\\Cache``.

Daarin: ``persoonlijke-datasets/<dataversie>/seed-<seed>/<tabel>.parquet`` en
een lijst ``tabellen.json``. Een map binnen de cursusmap (de repository) wordt
geweigerd: dan werkt alles uit het geheugen, met één waarschuwing.

Afspraken:

- **Dataversie.** Een hash van de bron van de generator (``data.py``) en de
  versies van faker, numpy, pandas en pyarrow. Verandert er iets, dan komt er
  een nieuwe map; oude versies worden genegeerd en na een week opgeruimd.
- **Gelijktijdig schrijven.** Elk bestand wordt eerst als tijdelijk bestand in
  dezelfde map geschreven en dan met ``os.replace`` op zijn plek gezet. Een
  lezer ziet dus het oude bestand, het nieuwe, of niets; nooit een half bestand.
- **Kapot of onleesbaar** (afgebroken, rommel, verkeerd type): de tabellen
  worden opnieuw gemaakt en opnieuw bewaard, zonder foutmelding.
- **Niet schrijfbaar** (bijvoorbeeld een alleen-lezen thuismap op school):
  alles werkt uit het geheugen, met hooguit één korte waarschuwing per proces.

De cache weet niet welke tabellen er zijn: hij bewaart elk dict met
DataFrames dat de generator teruggeeft, met de types zoals ze zijn.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["OMGEVINGSVARIABELE", "CacheWaarschuwing", "Tabellen", "bronhash", "cachemap", "dataversie"]

#: De omgevingsvariabele waarmee je een eigen cachemap kiest.
OMGEVINGSVARIABELE = "KLANTLIB_CACHE"
#: Versie van de manier van opslaan; hoort bij de dataversie.
FORMAAT = 1
#: Submap in de cachemap, zodat klantlib nooit iets anders in die map aanraakt.
SUBMAP = "persoonlijke-datasets"
#: Pakketten waarvan de uitkomst van de generator (en het terugladen) afhangt.
PAKKETTEN = ("faker", "numpy", "pandas", "pyarrow")
#: Oude dataversies die zo lang niet zijn bijgewerkt, worden opgeruimd.
OPRUIMEN_NA_SECONDEN = 7 * 24 * 3600
#: Tijdelijke bestanden van een afgebroken schrijver worden na zo lang opgeruimd.
TIJDELIJK_OPRUIMEN_NA_SECONDEN = 3600

_VERSIENAAM = re.compile(r"^[0-9a-f]{16}$")
_META = b"klantlib"
_LIJST = "tabellen.json"


class CacheWaarschuwing(UserWarning):
    """De cache op schijf is niet bruikbaar; klantlib werkt dan uit het geheugen."""


# ---------------------------------------------------------------------------
# Waar en welke versie
# ---------------------------------------------------------------------------


def _cursusmap() -> Path:
    """De map waarin het pakket klantlib staat (in een checkout: de repository)."""
    return Path(__file__).resolve().parent.parent


def cachemap() -> Path | None:
    """De map voor de cache, of ``None`` als die binnen de cursusmap ligt.

    ``KLANTLIB_CACHE`` gaat voor; een relatieve map telt vanaf de huidige map.
    Zonder variabele: de cachemap van het besturingssysteem (``platformdirs``).
    """
    eigen = os.environ.get(OMGEVINGSVARIABELE, "").strip()
    if eigen:
        map_ = Path(eigen).expanduser()
    else:
        import platformdirs

        map_ = Path(platformdirs.user_cache_dir("klantlib", appauthor=False))
    map_ = Path(os.path.abspath(map_))
    try:
        echt = map_.resolve()
    except OSError:
        echt = map_
    cursus = _cursusmap()
    if echt == cursus or cursus in echt.parents:
        _waarschuw(
            f"Let op: de cachemap {map_} ligt in de cursusmap {cursus}; daar bewaart klantlib geen datasets. "
            f"Kies met {OMGEVINGSVARIABELE} een map buiten de cursus. Je persoonlijke dataset werkt "
            "gewoon, maar wordt na een herstart opnieuw gemaakt.")
        return None
    return map_


def bronhash(*paden: str | os.PathLike) -> str:
    """Vingerafdruk van de bronbestanden van de generator (bij het importeren gelezen)."""
    h = hashlib.sha256()
    for pad in paden:
        try:
            h.update(Path(pad).read_bytes())
        except OSError:  # bijvoorbeeld een pakket zonder bronbestanden
            import klantlib

            h.update(f"{Path(pad).name}:{klantlib.__version__}".encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=None)
def _pakketversies() -> tuple[tuple[str, str], ...]:
    from importlib import metadata

    versies = []
    for naam in PAKKETTEN:
        try:
            versies.append((naam, metadata.version(naam)))
        except metadata.PackageNotFoundError:
            versies.append((naam, "ontbreekt"))
    return tuple(versies)


def dataversie(bron: str) -> str:
    """De dataversie: 16 hextekens uit de bronhash, de pakketversies en ``FORMAAT``.

    >>> v = dataversie("abc")
    >>> len(v), v == dataversie("abc"), v == dataversie("abd")
    (16, True, False)
    """
    tekst = json.dumps([FORMAAT, bron, _pakketversies()])
    return hashlib.sha256(tekst.encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------
# Eén waarschuwing per proces
# ---------------------------------------------------------------------------

_gewaarschuwd = False
_onbruikbaar: set[Path] = set()  # mappen waarin schrijven mislukte (dit proces)


def _stapels_tot_gebruiker() -> int:
    """stacklevel voor warnings: de eerste regel code buiten klantlib."""
    pakket = str(Path(__file__).resolve().parent) + os.sep
    frame, niveau = sys._getframe(1), 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(pakket):
        frame, niveau = frame.f_back, niveau + 1
    return niveau


def _waarschuw(tekst: str) -> None:
    global _gewaarschuwd
    if _gewaarschuwd:
        return
    _gewaarschuwd = True
    warnings.warn(tekst, CacheWaarschuwing, stacklevel=_stapels_tot_gebruiker())


_REDENEN = {getattr(errno, code): reden for code, reden in (
    ("EACCES", "geen schrijfrechten"), ("EPERM", "geen schrijfrechten"), ("EROFS", "alleen lezen"),
    ("ENOSPC", "schijf vol"), ("EDQUOT", "quotum vol"), ("ENOTDIR", "er staat een bestand in de weg"),
    ("EEXIST", "er staat een bestand in de weg"),
) if hasattr(errno, code)}


def _niet_schrijfbaar(map_: Path, fout: OSError) -> None:
    _onbruikbaar.add(map_)
    reden = _REDENEN.get(fout.errno) or fout.strerror or type(fout).__name__
    _waarschuw(
        f"Let op: de cachemap {map_} is niet schrijfbaar ({reden}). Je persoonlijke dataset werkt "
        f"gewoon, maar wordt na een herstart opnieuw gemaakt. Kies eventueel een andere map met "
        f"{OMGEVINGSVARIABELE}.")


# ---------------------------------------------------------------------------
# Types beschrijven en herstellen
# ---------------------------------------------------------------------------


def _beschrijf(dtype) -> list:
    if isinstance(dtype, pd.StringDtype):
        return ["tekst", dtype.storage, "nan" if dtype.na_value is np.nan else "NA"]
    return ["type", str(dtype)]


def _herstel(df: pd.DataFrame, typen: dict[str, list]) -> pd.DataFrame:
    """Zet elke kolom terug op het bewaarde type (Arrow geeft soms een verwant type)."""
    for kolom, beschrijving in typen.items():
        if _beschrijf(df[kolom].dtype) == beschrijving:
            continue
        if beschrijving[0] == "tekst":
            doel = pd.StringDtype(beschrijving[1], na_value=np.nan if beschrijving[2] == "nan" else pd.NA)
        else:
            doel = pd.api.types.pandas_dtype(beschrijving[1])
        df[kolom] = df[kolom].astype(doel)
    return df


class _NietBewaarbaar(Exception):
    """Deze tabel komt niet precies zo uit Parquet terug; hij blijft alleen in het geheugen."""


def _precies_gelijk(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    return (a.equals(b) and a.index.equals(b.index) and list(a.columns) == list(b.columns)
            and all(a[k].dtype == b[k].dtype for k in b.columns))


def _naar_arrow(df: pd.DataFrame, meta: dict):
    """Arrow-tabel met onze gegevens (seed, versie, types) in de metadata."""
    import pyarrow as pa

    if not all(isinstance(k, str) for k in df.columns) or df.columns.has_duplicates:
        raise _NietBewaarbaar
    typen = {kolom: _beschrijf(df[kolom].dtype) for kolom in df.columns}
    try:
        tabel = pa.Table.from_pandas(df)
    except Exception as fout:  # noqa: BLE001 - een type dat Arrow niet kent
        raise _NietBewaarbaar from fout
    meta = dict(meta, rijen=len(df), typen=typen)
    return tabel.replace_schema_metadata({**(tabel.schema.metadata or {}), _META: json.dumps(meta).encode()})


#: Types die Parquet precies teruggeeft (met lege waarden; getest in tests/test_cache.py).
_ZEKERE_TYPEN = {"bool", "int64", "float64", "datetime64[ns]", "Int64"}


def _zeker(df: pd.DataFrame) -> bool:
    return isinstance(df.index, pd.RangeIndex) and all(
        isinstance(t, pd.StringDtype) or str(t) in _ZEKERE_TYPEN for t in df.dtypes)


def _schrijf_tabel(pad: Path, df: pd.DataFrame, verwacht: dict) -> None:
    """Schrijf ``df`` als Parquet. Bij andere types dan de bekende (categorie,
    object, ...) lezen we het meteen terug: alleen wat precies terugkomt
    (waarden, types, index) mag blijven staan."""
    import pyarrow.parquet as pq

    pq.write_table(_naar_arrow(df, verwacht), pad, write_page_checksum=True)
    if _zeker(df):
        return
    terug = _lees(pad, verwacht)
    if terug is None or not _precies_gelijk(terug, df):
        raise _NietBewaarbaar


def _lees(pad: Path, verwacht: dict) -> pd.DataFrame | None:
    """Lees één bewaarde tabel; ``None`` als hij ontbreekt, kapot is of niet past."""
    try:
        import pyarrow.parquet as pq

        tabel = pq.read_table(pad, page_checksum_verification=True)
        meta = json.loads(tabel.schema.metadata[_META])
        if any(meta.get(k) != v for k, v in verwacht.items()):
            return None
        typen = meta["typen"]
        df = _herstel(tabel.to_pandas(), typen)
        if list(df.columns) != list(typen) or len(df) != meta["rijen"]:
            return None
        if any(_beschrijf(df[k].dtype) != v for k, v in typen.items()):
            return None
        return df
    except Exception:  # noqa: BLE001 - ontbrekend, afgebroken of rommel: opnieuw maken
        return None


# ---------------------------------------------------------------------------
# Schrijven: tijdelijk bestand in dezelfde map, dan os.replace
# ---------------------------------------------------------------------------


def _vervang(doel: Path, schrijf: Callable[[Path], None]) -> None:
    """Schrijf via een tijdelijk bestand naast ``doel`` en zet het er in één keer neer."""
    tijdelijk = doel.with_name(f".{doel.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        schrijf(tijdelijk)
        try:
            os.replace(tijdelijk, doel)
        except PermissionError:
            # Windows: een ander proces leest doel net. Dat heeft dan dezelfde inhoud.
            if not doel.exists():
                raise
    finally:
        try:
            tijdelijk.unlink()
        except FileNotFoundError:
            pass


def _ruim_op(seedmap: Path) -> None:
    """Oude dataversies en achtergebleven tijdelijke bestanden weghalen (nooit fataal)."""
    nu = time.time()
    versiemap = seedmap.parent
    try:
        for pad in seedmap.glob(".*.tmp"):
            if nu - pad.stat().st_mtime > TIJDELIJK_OPRUIMEN_NA_SECONDEN:
                pad.unlink()
        for pad in versiemap.parent.iterdir():
            if (pad != versiemap and pad.is_dir() and _VERSIENAAM.match(pad.name)
                    and nu - pad.stat().st_mtime > OPRUIMEN_NA_SECONDEN):
                shutil.rmtree(pad, ignore_errors=True)
    except OSError:
        pass


# ---------------------------------------------------------------------------
# De tabellen van één seed
# ---------------------------------------------------------------------------


class Tabellen(Mapping):
    """De getypte tabellen van één seed: uit de cache, of gemaakt met ``maak(seed)``.

    Een tabel wordt pas van schijf gelezen als je hem vraagt. Ontbreekt hij of
    is hij kapot, dan maakt ``maak(seed)`` alle tabellen (één keer per object)
    en worden ze bewaard.
    """

    def __init__(self, seed: int, versie: str, maak: Callable[[int], Mapping[str, pd.DataFrame]]):
        self.seed = int(seed)
        self.versie = versie
        self._maak = maak
        self._tabellen: dict[str, pd.DataFrame] = {}
        self._alles: Mapping[str, pd.DataFrame] | None = None
        self._slot = threading.RLock()
        self.basis = cachemap()
        self.map = None if self.basis is None else self.basis / SUBMAP / versie / f"seed-{self.seed}"

    def __repr__(self) -> str:
        return f"Tabellen(seed={self.seed}, versie={self.versie!r}, map={str(self.map)!r})"

    def _verwacht(self, naam: str) -> dict:
        return {"formaat": FORMAAT, "versie": self.versie, "seed": self.seed, "tabel": naam}

    def __getitem__(self, naam: str) -> pd.DataFrame:
        with self._slot:
            if naam in self._tabellen:
                return self._tabellen[naam]
            if self._alles is None and self.map is not None:
                df = _lees(self.map / f"{naam}.parquet", self._verwacht(naam))
                if df is not None:
                    self._tabellen[naam] = df
                    return df
            return self._maak_alles()[naam]

    def _namen(self) -> list[str]:
        with self._slot:
            if self._alles is None and self.map is not None:
                try:
                    lijst = json.loads((self.map / _LIJST).read_text(encoding="utf-8"))
                    if lijst.get("versie") == self.versie and lijst.get("seed") == self.seed:
                        return [str(n) for n in lijst["tabellen"]]
                except Exception:  # noqa: BLE001 - geen of een kapotte lijst: opnieuw maken
                    pass
            return list(self._maak_alles())

    def __iter__(self) -> Iterator[str]:
        return iter(self._namen())

    def __len__(self) -> int:
        return len(self._namen())

    def _maak_alles(self) -> Mapping[str, pd.DataFrame]:
        if self._alles is None:
            alles = dict(self._maak(self.seed))
            self._tabellen.update(alles)
            self._alles = alles
            self._bewaar(alles)
        return self._alles

    def _bewaar(self, alles: Mapping[str, pd.DataFrame]) -> None:
        if self.map is None or self.basis in _onbruikbaar:
            return
        try:
            self.map.mkdir(parents=True, exist_ok=True)
            compleet = True
            for naam, df in alles.items():
                verwacht = self._verwacht(naam)
                if not isinstance(naam, str) or Path(naam).name != naam or naam.startswith("."):
                    compleet = False  # geen gewone bestandsnaam: alleen in het geheugen
                    continue
                try:
                    _vervang(self.map / f"{naam}.parquet",
                             lambda pad, df=df, verwacht=verwacht: _schrijf_tabel(pad, df, verwacht))
                except OSError:
                    raise
                except Exception:  # noqa: BLE001 - _NietBewaarbaar of een Arrow-fout: niet bewaren
                    compleet = False
            if compleet:
                lijst = {"formaat": FORMAAT, "versie": self.versie, "seed": self.seed, "tabellen": list(alles)}
                _vervang(self.map / _LIJST,
                         lambda pad: pad.write_text(json.dumps(lijst, ensure_ascii=False), encoding="utf-8"))
        except OSError as fout:
            _niet_schrijfbaar(self.basis, fout)
            return
        _ruim_op(self.map)
