"""Werkboek 03: de modeloplossingen zijn goed, ook op een persoonlijk dataset."""

from __future__ import annotations

import pandas as pd
import pytest

from klantlib import data
from klantlib.oefeningen import h03
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, Werkboek
from klantlib.nps import (met_bedrijfskenmerken, nps, nps_interval_per, nps_per, nps_uit_aandelen, nps_verschil,
                          wat_als_belofte)


def test_minstens_acht_gemengde_oefeningen():
    soorten = {type(o) for o in h03.OEFENINGEN}
    assert len(h03.OEFENINGEN) >= 8
    assert {Waarde, Functie, Meerkeuze, Open} <= soorten
    assert len({o.id for o in h03.OEFENINGEN}) == len(h03.OEFENINGEN)


def test_referenties_met_de_hand():
    assert h03._nps_lijst() == pytest.approx(10.0)  # 4 promotors, 3 criticasters van 10
    assert h03._nps_concurrent() == pytest.approx(-17.0)
    assert h03._nps_van([10, None, 6]) == pytest.approx(0.0)
    assert h03._nps_van([7, 8, 9]) == pytest.approx(100 / 3)
    assert h03._nps_van([10, pd.NA, 6, 9]) == pytest.approx(100 / 3)  # pd.NA zoals in de kolom score


@pytest.fixture
def persoonlijk():
    yield 4242
    data.kies_dataset(None)


@pytest.mark.parametrize("seed", [None, "persoonlijk"])
def test_modeloplossingen_zijn_goed(seed, request):
    if seed == "persoonlijk":
        seed = request.getfixturevalue("persoonlijk")
    ns: dict = {}
    wb = Werkboek("h03", ns, seed=seed)
    ns.update(
        pd=pd, laad=data.laad, nps=nps, nps_uit_aandelen=nps_uit_aandelen, nps_per=nps_per,
        met_bedrijfskenmerken=met_bedrijfskenmerken, wat_als_belofte=wat_als_belofte, nps_interval_per=nps_interval_per,
        nps_verschil=nps_verschil,
        enquetes=data.laad("enquetes"), ervaringen=data.laad("ervaringen"), bedrijven=data.laad("bedrijven"),
        antwoorden=list(h03.ANTWOORDEN_3_2),
    )
    for o in h03.OEFENINGEN:
        if isinstance(o, Meerkeuze):
            ns[o.variabele] = o.juist
        elif isinstance(o, Open):
            ns[o.variabele] = o.modelantwoord
        else:
            exec(o.oplossing, ns)
    for o in h03.OEFENINGEN:
        uitslag = wb.controleer(o.id)
        assert uitslag.goed, (o.id, uitslag)
    data.kies_dataset(None)


def test_fout_antwoord_wordt_herkend():
    ns: dict = {"nps_tien": 40.0, "sector_aandacht": "Zorg"}
    wb = Werkboek("h03", ns)
    assert not wb.controleer("3.2").goed
    # een NPS als fractie in plaats van punten
    ns["nps_concurrent"] = -0.17
    uitslag = wb.controleer("3.3")
    assert uitslag.soort == "deel_procent" and "vermenigvuldig met 100" in uitslag.tekst and "`-17`" in uitslag.tekst


def test_3_8_verschil_met_de_hand():
    """Het interval van het verschil, met de hand nagerekend op een kleine tabel."""
    a = [10] * 40 + [8] * 40 + [3] * 20   # NPS +20: p = 0,4, c = 0,2
    b = [10] * 25 + [8] * 45 + [3] * 30   # NPS -5:  p = 0,25, c = 0,3
    # variantie NPS a: 100² · (0,6 − 0,2²)/100 = 56; b: 100² · (0,55 − 0,05²)/100 = 54,75
    se = (56 + 54.75) ** 0.5
    r = nps_verschil(a, b)
    assert r.verschil == pytest.approx(25.0)
    assert r.onder == pytest.approx(25 - 1.959964 * se, abs=1e-4)


def test_3_8_overlapregel_is_fout_en_wordt_herkend():
    """Op de standaarddata overlappen de intervallen van Handel en Industrie, maar het verschil is duidelijk."""
    data.kies_dataset(None)
    handel, industrie = h03._intervallen_3_8()
    assert handel["onder"] < industrie["boven"]          # de losse strepen overlappen
    assert h03._ondergrens_verschil() > 0                 # toch ligt 0 buiten het interval van het verschil
    ns = {"ondergrens_verschil": h03._overlapregel()}
    uitslag = Werkboek("h03", ns).controleer("3.8")
    assert not uitslag.goed and uitslag.soort == "bekende_fout" and "overlapregel" in uitslag.tekst
    ns["ondergrens_verschil"] = round(h03._ondergrens_verschil(), 1)
    assert Werkboek("h03", ns).controleer("3.8").goed
