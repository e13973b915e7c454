"""Benchmark hoofdstuk 01: klanten tellen met pandas naast DuckDB.

Draai: ``.venv/bin/python benchmarks/bench_definitie.py [--rijen 1000000] [--alleen-widget]``

1. ``tel_klanten`` op een factuurtabel van 1.000.000 rijen
   (``genereer_transacties``), naast dezelfde telling als SQL in DuckDB in
   dezelfde run. Doel: pandas hoogstens 1,5 keer zo traag als DuckDB.
   Drie vergelijkingen, alle drie geprint:
   a. DuckDB op hetzelfde pandas-DataFrame (``tel_klanten`` krijgt ook een
      DataFrame): dezelfde invoer voor allebei.
   b. DuckDB op eigen tabellen, vooraf geladen (de laadtijd, ±0,4 s, telt
      niet mee): DuckDB op zijn sterkst; met alle processorkernen.
   c. als b, maar DuckDB met één draad (pandas rekent ook met één draad).
   DuckDB krijgt steeds een klaargezette koppeltabel vestiging -> bedrijf ->
   concern; ``tel_klanten`` bouwt die koppeling zelf bij elke aanroep. De tijd
   is de mediaan van 7 runs.
   Twee keer: met de tabel zoals ``genereer_transacties`` hem maakt, en na
   een rondje CSV (zoals echte data binnenkomt; zie ``_via_csv``).
   Per variant een SAMENVATTING-regel (zie ``_meten.py``): gehaald als de
   grootste factor bij (a) ≤ 1,5 is; (b) en (c) staan erbij.
2. De widget "Hoeveel klanten hebben we?" (``_meten.meet_widget``): een
   volledige wijziging (basis, periode, niveau of per business unit →
   rekenen, tekst, staafgrafiek bijwerken → PNG klaar), met het geheugen van
   de widget zoals een student hem gebruikt. Referentie in dezelfde run:
   dezelfde grafiek vers getekend. Doel: p95 ≤ 100 ms en ≤ 0,6× een verse figuur.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from _meten import belasting, meet_widget, samenvatting

from klantlib import definitie
from klantlib.data import EINDDATUM, genereer_transacties, laad
from klantlib.verkennen import klantenteller


def _mediaan(functie, herhaal: int = 7):
    tijden, uitkomst = [], None
    for _ in range(herhaal):
        begin = time.perf_counter()
        uitkomst = functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden), uitkomst


def _sql(basis: str, maanden: int, niveau: str, per_bu: bool) -> str:
    begin = (EINDDATUM - pd.DateOffset(months=maanden) + pd.Timedelta(days=1)).date()
    eind = (EINDDATUM + pd.Timedelta(days=1)).date()
    datum = "betaaldatum" if basis == "betaald" else "factuurdatum"
    waar = [f"f.{datum} >= DATE '{begin}'", f"f.{datum} < DATE '{eind}'"]
    if basis in ("factuur", "betaald"):
        waar.append("f.soort = 'factuur'")
    groep = f"k.{niveau}" + (", f.business_unit" if per_bu else "")
    having = "HAVING round(sum(f.bedrag), 2) > 0" if basis == "netto" else ""
    return (
        f"SELECT count(*) FROM (SELECT {groep} FROM facturen f JOIN koppeling k USING (vestigingsnummer) "
        f"WHERE {' AND '.join(waar)} GROUP BY {groep} {having})"
    )


def _via_csv(facturen: pd.DataFrame) -> pd.DataFrame:
    """Schrijf de tabel als CSV en lees hem terug, zoals echte (of eigen) data binnenkomt.

    ``read_csv`` deelt herhaalde teksten (zoals de naam van een business unit)
    als één Python-object; ``genereer_transacties`` maakt voor elke rij een
    nieuw tekstobject, en dat maakt elke tekstvergelijking in pandas trager.
    """
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "facturen.csv"
        facturen.to_csv(pad, index=False)
        datums = ["factuurdatum", "betaaldatum"]
        tekst = {k: "str" for k in facturen.columns if k not in datums and k != "bedrag"}
        terug = pd.read_csv(pad, dtype=tekst, parse_dates=datums)
    for kolom in datums:
        terug[kolom] = terug[kolom].astype("datetime64[ns]")
    return terug


def bench_groot(n_rijen: int) -> None:
    print(f"Maak {n_rijen:,} factuurrijen ...".replace(",", "."))
    bedrijven = laad("bedrijven")
    gemaakt = genereer_transacties(n_rijen)
    for naam, facturen in (("direct uit genereer_transacties", gemaakt), ("na CSV schrijven en lezen", None)):
        if facturen is None:
            facturen = _via_csv(gemaakt)
        print(f"\n--- Facturen {naam} (belasting {belasting()}) ---")
        _vergelijk(facturen, bedrijven, f"{n_rijen:,} facturen {naam}".replace(",", "."))


def _vergelijk(facturen: pd.DataFrame, bedrijven: pd.DataFrame, wat: str) -> None:
    register = definitie._maak_register(bedrijven)
    koppeling = pd.DataFrame({
        "vestigingsnummer": register.index.to_numpy(),
        "vestiging": register.labels["vestiging"][register.codes["vestiging"]],
        "bedrijf": register.labels["bedrijf"][register.codes["bedrijf"]],
        "concern": register.labels["concern"][register.codes["concern"]],
    })
    con = duckdb.connect()
    begin = time.perf_counter()
    con.register("facturen_df", facturen)
    con.register("koppeling_df", koppeling)
    con.execute("CREATE TABLE facturen AS SELECT * FROM facturen_df")
    con.execute("CREATE TABLE koppeling AS SELECT * FROM koppeling_df")
    print(f"DuckDB: tabellen laden {time.perf_counter() - begin:.2f} s (niet meegeteld)")
    gevallen = [
        ("factuur", 12, "bedrijf", False),
        ("netto", 12, "concern", False),
        ("betaald", 24, "vestiging", False),
        ("netto", 24, "bedrijf", True),
    ]
    een = duckdb.connect()  # dezelfde tabellen, maar DuckDB met één draad (pandas rekent met één draad)
    een.execute("SET threads TO 1")
    een.register("facturen_df", facturen)
    een.register("koppeling_df", koppeling)
    een.execute("CREATE TABLE facturen AS SELECT * FROM facturen_df")
    een.execute("CREATE TABLE koppeling AS SELECT * FROM koppeling_df")
    op_df = duckdb.connect()  # (a) DuckDB leest hetzelfde DataFrame, zonder het eerst te laden
    op_df.register("facturen", facturen)
    op_df.register("koppeling", koppeling)
    print(f"{'definitie':<38}{'aantal':>7}{'pandas':>8}{'(a) op DF':>11}{'factor':>7}"
          f"{'(b) eigen':>11}{'factor':>7}{'(c) 1 draad':>13}{'factor':>7}   (ms)")
    factoren, factoren_df, factoren_een, pandas_tijden = [], [], [], []
    for basis, maanden, niveau, per_bu in gevallen:
        t_pd, n_pd = _mediaan(lambda: definitie.tel_klanten(
            facturen, basis=basis, periode_maanden=maanden, peildatum=EINDDATUM, niveau=niveau,
            per_business_unit=per_bu, bedrijven=bedrijven))
        sql = _sql(basis, maanden, niveau, per_bu)
        t_db, rij = _mediaan(lambda: con.execute(sql).fetchone())
        if n_pd != rij[0]:
            raise SystemExit(f"Verschil in aantal bij {basis}/{maanden}/{niveau}: pandas {n_pd}, DuckDB {rij[0]}")
        t_een, _ = _mediaan(lambda: een.execute(sql).fetchone())
        t_df, rij_df = _mediaan(lambda: op_df.execute(sql).fetchone())
        if n_pd != rij_df[0]:
            raise SystemExit(f"Verschil in aantal bij {basis}/{maanden}/{niveau}: pandas {n_pd}, DuckDB {rij_df[0]}")
        pandas_tijden.append(t_pd)
        factoren.append(t_pd / t_db)
        factoren_df.append(t_pd / t_df)
        factoren_een.append(t_pd / t_een)
        naam = f"{basis}, {maanden} mnd, {niveau}" + (", per BU" if per_bu else "")
        print(f"{naam:<38}{n_pd:>7}{t_pd * 1000:>8.1f}{t_df * 1000:>11.1f}{t_pd / t_df:>7.2f}"
              f"{t_db * 1000:>11.1f}{t_pd / t_db:>7.2f}{t_een * 1000:>13.1f}{t_pd / t_een:>7.2f}")
    for letter, naam, lijst in (("a", "DuckDB op hetzelfde DataFrame", factoren_df),
                                ("b", "DuckDB op eigen, vooraf geladen tabellen", factoren),
                                ("c", "idem, DuckDB met één draad", factoren_een)):
        print(f"({letter}) grootste factor pandas / {naam}: {max(lijst):.2f} (doel: <= 1,5) -> "
              f"{'GEHAALD' if max(lijst) <= 1.5 else 'NIET GEHAALD'}")
    samenvatting(f"klanten tellen, {wat}", "pandas ≤ 1,5× DuckDB op hetzelfde DataFrame (grootste factor)",
                 f"pandas {statistics.median(pandas_tijden) * 1000:.0f} ms per telling (mediaan)",
                 f"(a) {max(factoren_df):.2f}× · (b) {max(factoren):.2f}× · (c) {max(factoren_een):.2f}× DuckDB",
                 max(factoren_df) <= 1.5)


def bench_widget() -> None:
    facturen, contracten, bedrijven = laad("facturen"), laad("contracten"), laad("bedrijven")
    print()
    meet_widget("klantenteller (01)", lambda: klantenteller(facturen, contracten=contracten, bedrijven=bedrijven),
                ["Basis", "Periode", "Niveau", "Per business unit"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rijen", type=int, default=1_000_000)
    parser.add_argument("--alleen-widget", action="store_true", help="alleen de klantenteller meten")
    args = parser.parse_args()
    if not args.alleen_widget:
        bench_groot(args.rijen)
    bench_widget()


if __name__ == "__main__":
    main()
