"""Tests voor de cache van persoonlijke datasets (klantlib/_cache.py, issue 13).

Elke test zet ``KLANTLIB_CACHE`` op zijn eigen ``tmp_path``; de echte cache van
de gebruiker wordt nooit gebruikt (zie ook ``conftest.py`` in de hoofdmap).
Getest: raak, mis, versiewissel, kapotte bestanden, niet-schrijfbare map, een
map in de repository, en twee processen tegelijk.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from klantlib import _cache, data
from klantlib._compat import TEKST

MAP = Path(__file__).resolve().parent.parent
SEED = 424242  # een seed die geen andere test gebruikt


@pytest.fixture(autouse=True)
def eigen_cache(tmp_path, monkeypatch):
    """Een lege cachemap per test, en een schone lei voor de waarschuwing."""
    map_ = tmp_path / "cache"
    monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, str(map_))
    monkeypatch.setattr(_cache, "_gewaarschuwd", False)
    monkeypatch.setattr(_cache, "_onbruikbaar", set())
    data._genereer_cached.cache_clear()
    yield map_
    data._genereer_cached.cache_clear()


@pytest.fixture(scope="module")
def vers():
    """De tabellen van SEED, vers gemaakt zonder cache (de maatstaf)."""
    return data._genereer_getypt(SEED)


# ---------------------------------------------------------------------------
# Een eigen, kleine generator: de cache hangt niet af van welke tabellen er zijn
# ---------------------------------------------------------------------------


def voorbeeld(seed: int) -> dict[str, pd.DataFrame]:
    """Tabellen met elk type dat laad() geeft, lege waarden, een lege tabel en een categorie."""
    rng = np.random.default_rng(seed)
    n = 40
    datum = pd.Series(pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D"))
    klanten = pd.DataFrame({
        "naam": pd.array([None if i % 7 == 0 else f"Klant {seed}-{i}" for i in range(n)], dtype=TEKST),
        "datum": datum.where(np.arange(n) % 5 != 0).astype("datetime64[ns]"),
        "bedrag": np.where(np.arange(n) % 6 == 0, np.nan, np.round(rng.normal(100, 30, n), 2)),
        "aantal": rng.integers(0, 9, n).astype("int64"),
        "score": pd.array([None if i % 4 == 0 else int(i % 11) for i in range(n)], dtype="Int64"),
        "actief": rng.random(n) < 0.5,
        "klasse": pd.Categorical(rng.choice(["A", "B", "C"], n), categories=["A", "B", "C", "D"], ordered=True),
    })
    leeg = klanten.drop(columns="klasse").iloc[:0].copy()
    return {"klanten": klanten, "leeg": leeg, "één_rij": klanten.iloc[[3]].reset_index(drop=True)}


class Teller:
    """Een generator die telt hoe vaak hij draait."""

    def __init__(self, maak=voorbeeld):
        self.maak, self.keer = maak, 0

    def __call__(self, seed):
        self.keer += 1
        return self.maak(seed)


def _seedmap(map_: Path, versie: str, seed: int) -> Path:
    return map_ / _cache.SUBMAP / versie / f"seed-{seed}"


VERSIE = "0123456789abcdef"


def _alles_gelijk(tabellen, verwacht):
    assert sorted(tabellen) == sorted(verwacht)
    for naam in verwacht:
        pd.testing.assert_frame_equal(tabellen[naam], verwacht[naam], check_exact=True)


# ---------------------------------------------------------------------------
# Raak en mis
# ---------------------------------------------------------------------------


def test_mis_maakt_en_bewaart_elke_tabel(eigen_cache):
    teller = Teller()
    t = _cache.Tabellen(7, VERSIE, teller)
    _alles_gelijk(t, voorbeeld(7))
    assert teller.keer == 1
    map_ = _seedmap(eigen_cache, VERSIE, 7)
    assert sorted(p.name for p in map_.iterdir()) == sorted(
        ["klanten.parquet", "leeg.parquet", "één_rij.parquet", "tabellen.json"])  # geen .tmp over
    lijst = json.loads((map_ / "tabellen.json").read_text(encoding="utf-8"))
    assert lijst["tabellen"] == ["klanten", "leeg", "één_rij"] and lijst["seed"] == 7


def test_raak_leest_van_schijf_zonder_te_maken(eigen_cache):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    teller = Teller()
    t = _cache.Tabellen(7, VERSIE, teller)  # zoals een nieuwe kernel
    pd.testing.assert_frame_equal(t["klanten"], voorbeeld(7)["klanten"], check_exact=True)
    _alles_gelijk(t, voorbeeld(7))
    assert teller.keer == 0


def test_andere_seed_is_een_mis(eigen_cache):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    teller = Teller()
    pd.testing.assert_frame_equal(_cache.Tabellen(8, VERSIE, teller)["klanten"], voorbeeld(8)["klanten"])
    assert teller.keer == 1


def test_laad_met_seed_rondreis_voor_elke_tabel(eigen_cache, vers, monkeypatch):
    """Echte data: mis (maakt en bewaart), dan raak in een 'nieuwe kernel', types precies gelijk."""
    for naam in data.TABELLEN:
        pd.testing.assert_frame_equal(data.laad(naam, seed=SEED), vers[naam], check_exact=True)
    bestanden = sorted(p.stem for p in _seedmap(eigen_cache, data._cache.dataversie(data._DATABRON),
                                                SEED).glob("*.parquet"))
    assert bestanden == sorted(data.TABELLEN)

    data._genereer_cached.cache_clear()  # zoals een herstart: alleen de schijf is er nog

    def niet_maken(seed):
        raise AssertionError("bij een raak wordt niets gemaakt")

    monkeypatch.setattr(data, "genereer", niet_maken)
    for naam in data.TABELLEN:
        uit_cache = data.laad(naam, seed=SEED)
        pd.testing.assert_frame_equal(uit_cache, vers[naam], check_exact=True)
        assert list(uit_cache.dtypes.astype(str)) == list(vers[naam].dtypes.astype(str))
    # laad geeft een kopie: wijzigen raakt de cache niet
    f = data.laad("facturen", seed=SEED)
    f.loc[0, "bedrag"] = -1.0
    assert data.laad("facturen", seed=SEED).loc[0, "bedrag"] == vers["facturen"].loc[0, "bedrag"]


def test_kies_dataset_en_werkboek_gebruiken_de_cache(eigen_cache, vers, monkeypatch):
    for naam in data.TABELLEN:
        data.laad(naam, seed=SEED)
    data._genereer_cached.cache_clear()
    monkeypatch.setattr(data, "genereer", lambda seed: (_ for _ in ()).throw(AssertionError("niet maken")))
    from klantlib.oefeningen import Werkboek

    try:
        Werkboek("h00", {}, seed=SEED)
        pd.testing.assert_frame_equal(data.laad("leads"), vers["leads"])
    finally:
        data.kies_dataset(None)


# ---------------------------------------------------------------------------
# Dataversie
# ---------------------------------------------------------------------------


def test_andere_versie_negeert_oude_bestanden(eigen_cache):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    nieuw = Teller(lambda seed: {"klanten": voorbeeld(seed + 1)["klanten"], "nieuwe_tabel": voorbeeld(seed)["leeg"]})
    t = _cache.Tabellen(7, "fedcba9876543210", nieuw)
    pd.testing.assert_frame_equal(t["klanten"], voorbeeld(8)["klanten"])
    assert sorted(t) == ["klanten", "nieuwe_tabel"]  # een tabel die er later bij kwam
    assert nieuw.keer == 1
    # de oude versie bestaat nog (jonger dan een week) en is nog steeds goed
    assert _seedmap(eigen_cache, VERSIE, 7).is_dir()
    teller = Teller()
    pd.testing.assert_frame_equal(_cache.Tabellen(7, VERSIE, teller)["klanten"], voorbeeld(7)["klanten"])
    assert teller.keer == 0


def test_dataversie_volgt_bron_en_pakketversies(tmp_path, monkeypatch):
    bron = tmp_path / "data.py"
    bron.write_text("def genereer(): return 1\n", encoding="utf-8")
    eerst = _cache.dataversie(_cache.bronhash(bron))
    assert eerst == _cache.dataversie(_cache.bronhash(bron))
    bron.write_text("def genereer(): return 2\n", encoding="utf-8")
    assert _cache.dataversie(_cache.bronhash(bron)) != eerst
    h = _cache.bronhash(bron)
    voor = _cache.dataversie(h)
    andere = tuple((naam, "99.0" if naam == "faker" else v) for naam, v in _cache._pakketversies())
    monkeypatch.setattr(_cache, "_pakketversies", lambda: andere)
    assert _cache.dataversie(h) != voor
    assert dict(_cache._pakketversies())["faker"] == "99.0"


def test_dataversie_hoort_bij_de_bron_van_data_py():
    assert data._DATABRON == _cache.bronhash(data.__file__)
    assert {naam for naam, _ in _cache._pakketversies()} == {"faker", "numpy", "pandas", "pyarrow"}


def test_veranderde_generator_maakt_opnieuw_via_laad(eigen_cache, vers, monkeypatch):
    pd.testing.assert_frame_equal(data.laad("wallet", seed=SEED), vers["wallet"])
    data._genereer_cached.cache_clear()
    monkeypatch.setattr(data, "_DATABRON", "een andere generator")
    teller = Teller(data._genereer_getypt)
    monkeypatch.setattr(data, "_genereer_getypt", teller)
    pd.testing.assert_frame_equal(data.laad("wallet", seed=SEED), vers["wallet"])
    assert teller.keer == 1
    versies = sorted(p.name for p in (eigen_cache / _cache.SUBMAP).iterdir())
    assert len(versies) == 2


def test_oude_versies_worden_na_een_week_opgeruimd(eigen_cache):
    basis = eigen_cache / _cache.SUBMAP
    oud, recent, vreemd = basis / "aaaaaaaaaaaaaaaa", basis / "bbbbbbbbbbbbbbbb", basis / "mijn-bestanden"
    for map_ in (oud / "seed-1", recent / "seed-1", vreemd):
        map_.mkdir(parents=True)
        (map_ / "x.parquet").write_bytes(b"oud")
    acht_dagen = time.time() - 8 * 24 * 3600
    os.utime(oud, (acht_dagen, acht_dagen))
    os.utime(vreemd, (acht_dagen, acht_dagen))
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    assert not oud.exists()
    assert recent.exists() and vreemd.exists()  # jong, of geen versiemap: blijft staan


def test_achtergebleven_tijdelijk_bestand_wordt_opgeruimd(eigen_cache):
    map_ = _seedmap(eigen_cache, VERSIE, 7)
    map_.mkdir(parents=True)
    oud, nieuw = map_ / ".klanten.parquet.1.ab.tmp", map_ / ".klanten.parquet.2.cd.tmp"
    oud.write_bytes(b"half")
    nieuw.write_bytes(b"half")
    twee_uur = time.time() - 7200
    os.utime(oud, (twee_uur, twee_uur))
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    assert not oud.exists() and nieuw.exists()  # een schrijver van nu niet in de weg zitten


# ---------------------------------------------------------------------------
# Kapotte bestanden
# ---------------------------------------------------------------------------


def _kapot_rommel(pad, map_):
    pad.write_bytes(b"dit is geen parquet" * 100)


def _kapot_afgebroken(pad, map_):
    inhoud = pad.read_bytes()
    pad.write_bytes(inhoud[: len(inhoud) // 2])


def _kapot_leeg(pad, map_):
    pad.write_bytes(b"")


def _kapot_middenin(pad, map_):
    inhoud = bytearray(pad.read_bytes())
    for i in range(len(inhoud) // 3, len(inhoud) // 3 + 64):
        inhoud[i] ^= 0xFF
    pad.write_bytes(bytes(inhoud))


def _kapot_andere_seed(pad, map_):
    # een geldig bestand, maar van een andere seed (met de hand gekopieerd)
    t = _cache.Tabellen(8, VERSIE, voorbeeld)
    t._bewaar(voorbeeld(8))
    pad.write_bytes((t.map / pad.name).read_bytes())


def _kapot_zonder_onze_metadata(pad, map_):
    voorbeeld(7)["klanten"].to_parquet(pad)


@pytest.mark.parametrize("beschadig", [_kapot_rommel, _kapot_afgebroken, _kapot_leeg, _kapot_middenin,
                                       _kapot_andere_seed, _kapot_zonder_onze_metadata])
def test_kapot_bestand_wordt_opnieuw_gemaakt(eigen_cache, beschadig):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    pad = _seedmap(eigen_cache, VERSIE, 7) / "klanten.parquet"
    beschadig(pad, eigen_cache)
    teller = Teller()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # opnieuw maken is geen fout en geen waarschuwing
        pd.testing.assert_frame_equal(_cache.Tabellen(7, VERSIE, teller)["klanten"], voorbeeld(7)["klanten"],
                                      check_exact=True)
    assert teller.keer == 1
    # en daarna is de cache weer goed
    teller = Teller()
    _alles_gelijk(_cache.Tabellen(7, VERSIE, teller), voorbeeld(7))
    assert teller.keer == 0


def test_kapotte_lijst_wordt_opnieuw_gemaakt(eigen_cache):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    (_seedmap(eigen_cache, VERSIE, 7) / "tabellen.json").write_text("{kapot", encoding="utf-8")
    teller = Teller()
    assert sorted(_cache.Tabellen(7, VERSIE, teller)) == ["klanten", "leeg", "één_rij"]
    assert teller.keer == 1
    assert json.loads((_seedmap(eigen_cache, VERSIE, 7) / "tabellen.json").read_text(encoding="utf-8"))


def test_kapot_bestand_met_echte_data_via_laad(eigen_cache, vers):
    pd.testing.assert_frame_equal(data.laad("facturen", seed=SEED), vers["facturen"])
    pad = _seedmap(eigen_cache, _cache.dataversie(data._DATABRON), SEED) / "facturen.parquet"
    pad.write_bytes(b"rommel" * 1000)
    data._genereer_cached.cache_clear()
    pd.testing.assert_frame_equal(data.laad("facturen", seed=SEED), vers["facturen"], check_exact=True)
    assert pad.read_bytes()[:4] == b"PAR1"  # opnieuw bewaard


def test_tabel_die_parquet_niet_precies_bewaart_blijft_in_het_geheugen(eigen_cache):
    def gemengd(seed):
        return {"goed": voorbeeld(seed)["klanten"],
                "gemengd": pd.DataFrame({"x": pd.Series([1, "twee", 3.0], dtype=object)}),
                # Arrow bewaart de categorieën van een lege kolom niet
                "lege_categorie": voorbeeld(seed)["klanten"].iloc[:0].copy(),
                # geen gewone bestandsnaam: nooit buiten de seedmap schrijven
                "../buiten": voorbeeld(seed)["leeg"]}

    teller = Teller(gemengd)
    t = _cache.Tabellen(7, VERSIE, teller)
    pd.testing.assert_frame_equal(t["gemengd"], gemengd(7)["gemengd"])
    map_ = _seedmap(eigen_cache, VERSIE, 7)
    pd.testing.assert_frame_equal(t["lege_categorie"], gemengd(7)["lege_categorie"])
    assert (map_ / "goed.parquet").exists() and not (map_ / "gemengd.parquet").exists()
    assert not (map_ / "lege_categorie.parquet").exists()
    pd.testing.assert_frame_equal(t["../buiten"], gemengd(7)["../buiten"])
    assert not (map_.parent / "buiten.parquet").exists()
    assert not (map_ / "tabellen.json").exists()  # niet compleet
    teller2 = Teller(gemengd)
    t2 = _cache.Tabellen(7, VERSIE, teller2)
    pd.testing.assert_frame_equal(t2["goed"], gemengd(7)["goed"])
    assert teller2.keer == 0
    pd.testing.assert_frame_equal(t2["gemengd"], gemengd(7)["gemengd"])
    assert teller2.keer == 1


# ---------------------------------------------------------------------------
# Niet schrijfbaar, of in de repository
# ---------------------------------------------------------------------------


def _waarschuwingen(functie):
    with warnings.catch_warnings(record=True) as meldingen:
        warnings.simplefilter("always")
        uitkomst = functie()
    return uitkomst, [m for m in meldingen if issubclass(m.category, _cache.CacheWaarschuwing)]


def test_map_onder_een_bestand_werkt_uit_geheugen_met_een_waarschuwing(tmp_path, monkeypatch):
    (tmp_path / "bestand").write_text("ik ben geen map", encoding="utf-8")
    monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, str(tmp_path / "bestand" / "cache"))

    def gebruik():
        for seed in (7, 8, 9):
            _alles_gelijk(_cache.Tabellen(seed, VERSIE, voorbeeld), voorbeeld(seed))

    _, meldingen = _waarschuwingen(gebruik)
    assert len(meldingen) == 1
    tekst = str(meldingen[0].message)
    assert tekst.startswith("Let op: de cachemap ") and "niet schrijfbaar" in tekst
    assert "er staat een bestand in de weg" in tekst and "KLANTLIB_CACHE" in tekst and len(tekst) < 400
    assert f"{tmp_path / 'bestand' / 'cache'} is" in tekst  # de map die je zelf koos, niet een submap
    assert meldingen[0].filename == __file__  # wijst naar de code van de gebruiker, niet naar klantlib
    assert [p.name for p in tmp_path.iterdir()] == ["bestand"]  # niets bijgeschreven


def test_geen_schrijfrechten_werkt_uit_geheugen(eigen_cache, monkeypatch):
    """Alleen-lezen thuismap (als root niet echt na te bootsen met chmod): schrijven geeft EACCES."""
    def geweigerd(doel, schrijf):
        raise PermissionError(13, "Permission denied", str(doel))

    monkeypatch.setattr(_cache, "_vervang", geweigerd)
    teller = Teller()

    def gebruik():
        t = _cache.Tabellen(7, VERSIE, teller)
        _alles_gelijk(t, voorbeeld(7))
        _alles_gelijk(_cache.Tabellen(8, VERSIE, teller), voorbeeld(8))
        return t

    t, meldingen = _waarschuwingen(gebruik)
    assert len(meldingen) == 1 and "geen schrijfrechten" in str(meldingen[0].message)
    assert str(eigen_cache) in str(meldingen[0].message)
    assert teller.keer == 2
    assert t.basis in _cache._onbruikbaar
    assert not list(t.map.glob("*.parquet"))


def test_alleen_lezen_cache_met_inhoud_wordt_nog_gelezen(eigen_cache, monkeypatch):
    _ = dict(_cache.Tabellen(7, VERSIE, Teller()))
    monkeypatch.setattr(_cache, "_vervang", lambda doel, schrijf: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")))
    teller = Teller()
    _, meldingen = _waarschuwingen(lambda: _alles_gelijk(_cache.Tabellen(7, VERSIE, teller), voorbeeld(7)))
    assert teller.keer == 0 and meldingen == []


def test_niet_schrijfbaar_in_een_vers_proces_geeft_een_korte_regel(tmp_path):
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    code = textwrap.dedent(f"""
        from klantlib import data
        for naam in ("wallet", "leads"):
            data.laad(naam, seed={SEED})
        data.laad("wallet", seed={SEED + 1})
        print("klaar")
    """)
    env = dict(os.environ, KLANTLIB_CACHE=str(tmp_path / "bestand" / "cache"))
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=300)
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == "klaar"
    assert uit.stderr.count("CacheWaarschuwing") == 1, uit.stderr
    assert "Traceback" not in uit.stderr


@pytest.mark.parametrize("relatief", [False, True])
def test_map_in_de_repository_wordt_geweigerd(monkeypatch, relatief):
    doel = MAP / "tests" / "cache-hier-niet"
    if relatief:
        monkeypatch.chdir(MAP / "tests")
        monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, "cache-hier-niet")
    else:
        monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, str(doel))
    teller = Teller()
    t, meldingen = _waarschuwingen(lambda: _cache.Tabellen(7, VERSIE, teller))
    assert t.map is None
    assert len(meldingen) == 1 and "cursusmap" in str(meldingen[0].message)
    assert "KLANTLIB_CACHE" in str(meldingen[0].message)
    _alles_gelijk(t, voorbeeld(7))
    assert not doel.exists()


def test_standaardmap_komt_van_platformdirs(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv(_cache.OMGEVINGSVARIABELE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))  # Linux: platformdirs volgt XDG
    assert _cache.cachemap() == Path(platformdirs.user_cache_dir("klantlib", appauthor=False))
    if sys.platform.startswith("linux"):
        assert _cache.cachemap() == tmp_path / "xdg" / "klantlib"
    monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, "   ")  # leeg telt als niet gezet
    assert _cache.cachemap() == Path(platformdirs.user_cache_dir("klantlib", appauthor=False))


def test_testsuite_gebruikt_nooit_de_echte_cache():
    """conftest.py zet KLANTLIB_CACHE voor alle tests op een tijdelijke map."""
    import platformdirs

    gezet = os.environ.get("KLANTLIB_TESTCACHE")
    assert gezet and Path(gezet).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert not Path(gezet).resolve().is_relative_to(
        Path(platformdirs.user_cache_dir("klantlib", appauthor=False)).resolve())


# ---------------------------------------------------------------------------
# Twee processen tegelijk
# ---------------------------------------------------------------------------

_LADER = textwrap.dedent("""
    import pickle, sys, time
    from pathlib import Path
    from klantlib import data
    seed, start, uit = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    Path(str(uit) + ".klaar").touch()
    while not start.exists():
        time.sleep(0.005)
    tabellen = {naam: data.laad(naam, seed=seed) for naam in data.TABELLEN}
    gemaakt = data._genereer_cached(seed)._alles is not None
    uit.write_bytes(pickle.dumps((gemaakt, tabellen)))
""")


def test_twee_processen_laden_tegelijk_dezelfde_nieuwe_seed(eigen_cache, vers, tmp_path):
    start = tmp_path / "start"
    uit = [tmp_path / f"uit{i}.pkl" for i in (1, 2)]
    env = dict(os.environ)  # met KLANTLIB_CACHE = eigen_cache
    procs = [subprocess.Popen([sys.executable, "-c", _LADER, str(SEED), str(start), str(u)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for u in uit]
    try:
        grens = time.monotonic() + 120
        while not all(Path(str(u) + ".klaar").exists() for u in uit):
            assert time.monotonic() < grens, "de processen starten niet"
            assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
            time.sleep(0.01)
        start.touch()  # nu beginnen ze echt tegelijk
        for p in procs:
            _, fout = p.communicate(timeout=300)
            assert p.returncode == 0, fout
            assert "Waarschuwing" not in fout, fout
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    gemaakt = []
    for u in uit:
        zelf_gemaakt, tabellen = pickle.loads(u.read_bytes())
        gemaakt.append(zelf_gemaakt)
        for naam in data.TABELLEN:
            pd.testing.assert_frame_equal(tabellen[naam], vers[naam], check_exact=True)
    assert any(gemaakt)
    print(f"processen die zelf maakten: {sum(gemaakt)} van 2")
    # de cache is daarna geldig en compleet, zonder tijdelijke bestanden
    map_ = _seedmap(eigen_cache, _cache.dataversie(data._DATABRON), SEED)
    assert not list(map_.glob("*.tmp"))
    lijst = json.loads((map_ / "tabellen.json").read_text(encoding="utf-8"))
    assert sorted(lijst["tabellen"]) == sorted(data.TABELLEN)
    teller = Teller()
    t = _cache.Tabellen(SEED, _cache.dataversie(data._DATABRON), teller)
    for naam in data.TABELLEN:
        pd.testing.assert_frame_equal(t[naam], vers[naam], check_exact=True)
    assert teller.keer == 0


_SCHRIJVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    import numpy as np, pandas as pd
    from klantlib import _cache
    map_, keer = Path(sys.argv[1]), int(sys.argv[2])
    n = 300_000
    df = pd.DataFrame({"i": np.arange(n), "x": np.arange(n) * 0.5, "t": pd.array([f"r{i}" for i in range(n)], dtype="str")})
    t = _cache.Tabellen(1, "0123456789abcdef", lambda seed: {"groot": df})
    for _ in range(keer):
        t._bewaar({"groot": df})
    print("klaar")
""")


def test_lezer_ziet_nooit_een_half_geschreven_bestand(eigen_cache):
    """Een schrijver vervangt een groot bestand steeds opnieuw; een lezer leest ondertussen."""
    env = dict(os.environ)
    eerst = subprocess.run([sys.executable, "-c", _SCHRIJVER, str(eigen_cache), "1"], env=env,
                           capture_output=True, text=True, timeout=300)
    assert eerst.returncode == 0, eerst.stderr
    pad = _seedmap(eigen_cache, VERSIE, 1) / "groot.parquet"
    verwacht = {"formaat": _cache.FORMAAT, "versie": VERSIE, "seed": 1, "tabel": "groot"}
    schrijver = subprocess.Popen([sys.executable, "-c", _SCHRIJVER, str(eigen_cache), "15"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    gelezen = mislukt = 0
    try:
        while schrijver.poll() is None or gelezen < 5:
            df = _cache._lees(pad, verwacht)
            gelezen += 1
            if df is None or len(df) != 300_000 or df["i"].iloc[-1] != 299_999:
                mislukt += 1
    finally:
        uit, fout = schrijver.communicate(timeout=300)
    assert schrijver.returncode == 0, fout
    assert gelezen >= 5
    assert mislukt == 0, f"{mislukt} van {gelezen} keer een half of kapot bestand gelezen"


def test_nakijken_deelt_de_cache_met_de_kernels(eigen_cache, tmp_path):
    """Twee werkboeken met dezelfde nieuwe seed tegelijk nakijken: beide goed, de cache geldig."""
    import nbformat

    from klantlib import nakijken

    seed = SEED + 7
    klas = tmp_path / "klas"
    klas.mkdir()
    nb = nbformat.read(MAP / "solutions" / "00_welkom_werkboek.ipynb", as_version=4)
    for cel in nb.cells:
        cel.source = cel.source.replace('Werkboek("h00", globals())', f'Werkboek("h00", globals(), seed={seed})')
    for i in (1, 2):
        nbformat.write(nb, klas / f"student_{i}.ipynb")
    uit = tmp_path / "cijfers.csv"
    assert nakijken.main([str(klas), "--uit", str(uit), "--stil"]) == 0
    tabel = pd.read_csv(uit)
    assert (tabel["status"] == "ok").all() and (tabel["seed"] == seed).all()
    assert (tabel["totaal"] == tabel.shape[1] - 4).all()
    map_ = _seedmap(eigen_cache, _cache.dataversie(data._DATABRON), seed)
    assert (map_ / "facturen.parquet").exists() and not list(map_.glob("*.tmp"))
    teller = Teller(data._genereer_getypt)
    assert len(_cache.Tabellen(seed, _cache.dataversie(data._DATABRON), teller)["facturen"]) > 0
    assert teller.keer == 0


def test_nakijken_maakt_een_relatieve_cachemap_absoluut(tmp_path, monkeypatch):
    from klantlib import nakijken

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(_cache.OMGEVINGSVARIABELE, "mijncache")
    nakijken._cachemap_absoluut()
    assert os.environ[_cache.OMGEVINGSVARIABELE] == str(tmp_path / "mijncache")


def test_zekere_typen_komen_echt_precies_terug(eigen_cache):
    """Voor deze types slaat het schrijven de controle (teruglezen) over; dus hier bewijzen."""
    tabellen = voorbeeld(3)
    assert {str(t) for df in tabellen.values() for t in df.dtypes if not isinstance(t, pd.StringDtype)} \
        >= _cache._ZEKERE_TYPEN
    for naam, df in {"klanten": tabellen["klanten"].drop(columns="klasse"), "leeg": tabellen["leeg"]}.items():
        assert _cache._zeker(df)
        pad = eigen_cache / f"{naam}.parquet"
        eigen_cache.mkdir(exist_ok=True)
        verwacht = {"tabel": naam}
        _cache._schrijf_tabel(pad, df, verwacht)
        terug = _cache._lees(pad, verwacht)
        assert terug is not None and _cache._precies_gelijk(terug, df)
        pd.testing.assert_frame_equal(terug, df, check_exact=True)


def test_echte_tabellen_gebruiken_alleen_zekere_typen(vers):
    """Als de generator een nieuw type gaat gebruiken, blijft de cache correct (dan leest hij
    terug ter controle), maar kost bewaren meer: deze test meldt dat."""
    anders = {naam: [str(t) for t in df.dtypes if not (isinstance(t, pd.StringDtype) or str(t) in _cache._ZEKERE_TYPEN)]
              for naam, df in vers.items() if not _cache._zeker(df)}
    assert anders == {}
