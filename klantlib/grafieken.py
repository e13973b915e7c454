"""Grafieken voor de cursus Klant centraal.

Elke functie krijgt data en een optionele ``ax`` en geeft de ``Axes`` terug,
zoals bij seaborn. Zonder ``ax`` maakt de functie zelf een figuur. Titels en
assen zijn in het Nederlands. De functies roepen nooit ``plt.show()`` aan.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd


def _nieuwe_ax(ax=None, breedte: float = 7, hoogte: float = 4):
    """Geef ``ax`` terug, of maak een nieuwe figuur met één ``Axes``."""
    if ax is None:
        _, ax = plt.subplots(figsize=(breedte, hoogte))
    return ax


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
