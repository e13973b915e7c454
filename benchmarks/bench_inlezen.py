"""Snelheid van klantlib.inlezen.lees_export op een groot Nederlands CSV-bestand.

Doel: lees_export is hooguit 2x zo traag als pandas.read_csv met de juiste
opties met de hand (puntkomma, decimale komma, duizendtal-punt, datums
dag-maand-jaar, nummers als tekst). lees_export zoekt die opties zelf uit en
controleert elke waarde; dat kost iets, maar niet meer dan 2x.

Gebruik: ``.venv/bin/python benchmarks/bench_inlezen.py [aantal_rijen]``
(standaard 1.000.000). Het bestand komt in een tijdelijke map. De referentie
(read_csv met de hand) wordt in dezelfde run om en om gemeten; de regel
``SAMENVATTING`` is voor ``make benchmark`` (zie ``_meten.py``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from _meten import belasting, samenvatting

from klantlib.inlezen import lees_export


def maak_bestand(pad: Path, n: int, seed: int = 8) -> None:
    """Schrijf een facturenexport zoals Nederlandse Excel die maakt (cp1252, ';', '1.234,56')."""
    rng = np.random.default_rng(seed)
    dagen = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    klanten = np.array([f"Klant {i:04d} B.V." for i in range(2000)] + ["Café Noord"])
    centen = rng.integers(-50_000, 5_000_000, n)
    euro, rest = np.divmod(np.abs(centen), 100)
    duizend, eenheden = np.divmod(euro, 1000)
    teken = np.where(centen < 0, "-", "")
    eenheden_s = pd.Series(eenheden).astype(str)
    eenheden_s = eenheden_s.where(duizend == 0, eenheden_s.str.zfill(3))
    bedrag = (pd.Series(teken) + pd.Series(duizend).astype(str).where(duizend > 0, "")
              + np.where(duizend > 0, ".", "") + eenheden_s + "," + pd.Series(rest).astype(str).str.zfill(2))
    df = pd.DataFrame({
        "Factuurnummer": pd.Series(np.arange(n)).astype(str).str.zfill(8),
        "Factuurdatum": dagen.strftime("%d-%m-%Y"),
        "Debiteur": klanten[rng.integers(0, len(klanten), n)],
        "Business unit": rng.choice(["Kantoorinrichting", "Facilitaire diensten", "ICT-werkplek"], n),
        "Bedrag excl. btw": bedrag,
        "Vestigingsnummer": pd.Series(rng.integers(0, 10**12, n)).astype(str).str.zfill(12),
    })
    df.to_csv(pad, sep=";", index=False, encoding="cp1252")


def met_de_hand(pad: Path) -> pd.DataFrame:
    """pandas.read_csv met alle opties goed ingevuld (wat je zonder klantlib zou doen)."""
    df = pd.read_csv(
        pad, sep=";", decimal=",", thousands=".", encoding="cp1252",
        dtype={"Factuurnummer": str, "Vestigingsnummer": str, "Debiteur": str, "Business unit": str},
    )
    df["Factuurdatum"] = pd.to_datetime(df["Factuurdatum"], format="%d-%m-%Y")
    return df


def meet_om_en_om(a, b, herhaal: int = 3) -> tuple[float, float]:
    """Beste tijd van a en van b, om en om gemeten (zo treft drukte op de machine beide evenveel)."""
    tijden_a, tijden_b = [], []
    for _ in range(herhaal):
        for functie, tijden in ((a, tijden_a), (b, tijden_b)):
            start = time.perf_counter()
            functie()
            tijden.append(time.perf_counter() - start)
    return min(tijden_a), min(tijden_b)


def main(n: int = 1_000_000) -> float:
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "facturen_groot.csv"
        maak_bestand(pad, n)
        grootte = pad.stat().st_size / 1e6
        hand = met_de_hand(pad)
        ons, verslag = lees_export(pad, "facturen", peildatum="2025-12-31")
        # Zelfde uitkomst?
        assert len(ons) == len(hand) == n, (len(ons), len(hand))
        assert np.allclose(ons["bedrag"].to_numpy(), hand["Bedrag excl. btw"].to_numpy())
        assert (ons["factuurdatum"].to_numpy() == hand["Factuurdatum"].to_numpy()).all()
        assert (ons["factuurnummer"] == hand["Factuurnummer"]).all()
        t_hand, t_ons = meet_om_en_om(lambda: met_de_hand(pad),
                                      lambda: lees_export(pad, "facturen", peildatum="2025-12-31"))
    ratio = t_ons / t_hand
    print(f"Bestand: {n:_} rijen, {grootte:.0f} MB (cp1252, puntkomma, decimale komma)".replace("_", "."))
    print(f"pandas.read_csv met de hand: {t_hand:.2f} s")
    print(f"lees_export:                 {t_ons:.2f} s")
    print(f"verhouding: {ratio:.2f}x (doel: hooguit 2x) -> {'GOED' if ratio <= 2 else 'TE TRAAG'}")
    print(f"belasting: {belasting()}")
    samenvatting(f"lees_export, {n:_} rijen CSV".replace("_", "."), "≤ 2× pandas.read_csv met de hand",
                 f"{t_ons:.2f} s", f"{ratio:.2f}× read_csv ({t_hand:.2f} s)", ratio <= 2)
    return ratio


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
