"""tel_klanten en klanten op een eigen export zonder tabel bedrijven: KvK-nummers en klantnummers.

Een export uit een boekhoudpakket (via klantlib.inlezen) heeft vaak een
klantnummer (debiteurnummer) en soms een KvK-nummer, maar geen tabel
bedrijven. Dan telt niveau='bedrijf' op die nummers in plaats van op de naam.
De verwachte aantallen zijn met de hand uitgerekend.
"""

from __future__ import annotations

import pandas as pd
import pytest

from klantlib import definitie as d
from klantlib._compat import TEKST

_F = pd.DataFrame({
    "factuurnummer": ["F1", "F2", "F3", "F4", "F5", "F6", "F7"],
    "factuurdatum": pd.to_datetime(["2025-03-01", "2025-04-01", "2025-05-01", "2025-05-02", "2025-06-01",
                                    "2025-06-02", "2025-06-03"]),
    "klantnaam": ["Jansen B.V.", "Jansen Transport", "JANSEN BV", "Smit V.O.F.", "Smit Installatie", "De Vries",
                  "Bakker"],
    "bedrag": [100.0, 50.0, 20.0, 80.0, 60.0, 30.0, 10.0],
    "klantnummer": pd.array(["D001", "D001", None, "D002", None, "D003", None], dtype=TEKST),
    "kvk_nummer": pd.array(["01234567", None, None, "87654321", "11223344", None, None], dtype=TEKST),
    "concern_kvk": pd.array([None, None, None, "99990000", "99990000", None, None], dtype=TEKST),
})
_KEUZE = dict(basis="factuur", periode_maanden=12, peildatum="2025-12-31")


def test_bedrijf_op_kvk_dan_klantnummer_dan_naam():
    # F1 en F2 delen klantnummer D001, F1 heeft KvK 01234567: F2 hoort daar ook bij.
    # F3 (JANSEN BV) heeft geen nummer; de naam is gelijk aan die van F1: ook 01234567.
    # Smit V.O.F. (87654321) en Smit Installatie (11223344) zijn twee bedrijven.
    # De Vries heeft alleen klantnummer D003; Bakker alleen een naam.
    assert d.tel_klanten(_F, niveau="bedrijf", **_KEUZE) == 5
    uit = d.klanten(_F, niveau="bedrijf", **_KEUZE)
    assert dict(zip(uit["klant"], uit["omzet"])) == {
        "01234567": 170.0, "87654321": 80.0, "11223344": 60.0, "klantnummer D003": 30.0, "bakker": 10.0}
    assert dict(zip(uit["klant"], uit["naam"]))["01234567"] == "Jansen B.V."
    assert dict(zip(uit["klant"], uit["alleen_naam"])) == {
        "01234567": False, "87654321": False, "11223344": False, "klantnummer D003": False, "bakker": True}


def test_concern_op_concern_kvk_anders_het_bedrijf_zelf():
    # De twee Smit-bedrijven vallen onder concern 99990000; de andere klanten zijn hun eigen concern.
    assert d.tel_klanten(_F, niveau="concern", **_KEUZE) == 4
    uit = d.klanten(_F, niveau="concern", **_KEUZE)
    assert dict(zip(uit["klant"], uit["omzet"]))["99990000"] == 140.0


def test_vestiging_blijft_op_de_naam():
    # Zonder vestigingsnummers telt niveau='vestiging' zoals altijd op de genormaliseerde naam:
    # jansen (F1, F3), jansen transport, smit, smit installatie, de vries, bakker.
    assert d.tel_klanten(_F, niveau="vestiging", **_KEUZE) == 6


def test_zonder_nummers_zoals_vroeger():
    kaal = _F.drop(columns=["klantnummer", "kvk_nummer", "concern_kvk"])
    assert d.tel_klanten(kaal, niveau="bedrijf", **_KEUZE) == 6
    leeg = _F.assign(klantnummer=pd.array([None] * 7, dtype=TEKST), kvk_nummer=pd.array([None] * 7, dtype=TEKST),
                     concern_kvk=pd.array([None] * 7, dtype=TEKST))
    assert d.tel_klanten(leeg, niveau="bedrijf", **_KEUZE) == 6  # lege kolommen tellen als afwezig


def test_met_bedrijven_gelden_de_bedrijven():
    # Met een tabel bedrijven verandert er niets: die koppelt namen en vestigingen.
    bedrijven = pd.DataFrame({"vestigingsnummer": ["000000000001"], "kvk_nummer": ["55555555"],
                              "concern_kvk": ["55555555"], "bedrijfsnaam": ["Jansen B.V."]})
    met = d.tel_klanten(_F, niveau="bedrijf", bedrijven=bedrijven, **_KEUZE)
    kaal = d.tel_klanten(_F.drop(columns=["klantnummer", "kvk_nummer", "concern_kvk"]), niveau="bedrijf",
                         bedrijven=bedrijven, **_KEUZE)
    assert met == kaal


def test_rij_zonder_nummer_en_naam_geeft_een_fout():
    f = _F.copy()
    f["klantnaam"] = pd.array([None] * 6 + ["Bakker"], dtype=TEKST)
    f.loc[2, "klantnummer"] = None
    with pytest.raises(ValueError, match="1 rij\\(en\\) hebben geen KvK-nummer, geen klantnummer en geen klantnaam"):
        d.tel_klanten(f, niveau="bedrijf", **_KEUZE)
