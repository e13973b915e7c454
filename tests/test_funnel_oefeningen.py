"""Het werkboek van hoofdstuk 06: genoeg oefeningen van elke soort, en modeloplossingen die goed zijn."""

import math

import pandas as pd

from klantlib.data import laad
from klantlib.funnel import benodigd, doorlooptijd, funnel, funnel_uit_leads, pijplijn_prognose
from klantlib.oefeningen.h06 import OEFENINGEN
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde


def test_minstens_acht_oefeningen_van_gemengde_soort():
    assert len(OEFENINGEN) >= 8
    ids = [o.id for o in OEFENINGEN]
    assert len(set(ids)) == len(ids) and all(i.startswith("6.") for i in ids)
    soorten = {type(o) for o in OEFENINGEN}
    assert {Waarde, Functie, Meerkeuze, Open} <= soorten


def test_modeloplossingen_zijn_goed():
    ns = {"leads": laad("leads"), "funnel": funnel, "benodigd": benodigd, "pd": pd, "math": math,
          "funnel_uit_leads": funnel_uit_leads, "doorlooptijd": doorlooptijd,
          "pijplijn_prognose": pijplijn_prognose}
    for o in OEFENINGEN:
        if isinstance(o, (Waarde, Functie)):
            exec(o.oplossing, ns)
    for o in OEFENINGEN:
        if isinstance(o, Meerkeuze):
            ns[o.variabele] = o.juist
        elif isinstance(o, Open):
            ns[o.variabele] = o.modelantwoord
    uitslagen = {o.id: o.controleer(ns).status for o in OEFENINGEN}
    assert set(uitslagen.values()) == {"goed"}, uitslagen


def test_foute_antwoorden_worden_afgekeurd():
    ns = {"slagingskansen": [0.15, 0.3, 0.33, 1.0], "beste_verkoper": "Niemand",
          "benodigde_offertes": lambda klanten, kans: int(klanten / kans)}  # naar beneden: fout
    per_id = {o.id: o for o in OEFENINGEN}
    assert per_id["6.1"].controleer(ns).status != "goed"
    assert per_id["6.3"].controleer(ns).status != "goed"
    assert per_id["6.5"].controleer(ns).status != "goed"
