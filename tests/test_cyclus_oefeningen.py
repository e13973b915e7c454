"""Werkboek 02: per oefening de modeloplossing, een goed antwoord in een andere vorm en typische fouten.

Alles draait op de standaarddataset en op twee persoonlijke seeds: de juiste antwoorden verschillen dan,
de controles moeten overal hetzelfde oordeel en dezelfde soort uitleg geven (issue 21, het foutencorpus).
"""

from __future__ import annotations

import pandas as pd
import pytest

from klantlib import data
from klantlib.cyclus import (
    cohorten,
    fase_overgangen,
    klantbehoud,
    klantfasen,
    verloren_klanten,
    vertrekredenen,
)
from klantlib.oefeningen import h02
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, Werkboek

SEEDS = [None, 123456, 987654]


def test_minstens_acht_gemengde_oefeningen():
    soorten = {type(o) for o in h02.OEFENINGEN}
    assert len(h02.OEFENINGEN) >= 8
    assert all(issubclass(s, (Waarde, Functie, Meerkeuze, Open)) for s in soorten)
    assert {h02.Getal, h02.FaseFunctie, h02.Keuze, h02.OpenVraag} <= soorten
    ids = [o.id for o in h02.OEFENINGEN]
    assert len(set(ids)) == len(ids) and all(i.startswith("2.") for i in ids)


def test_elke_vraag_noemt_de_precisie():
    for o in h02.OEFENINGEN:
        if isinstance(o, h02.Getal):
            assert ("geheel aantal" in o.vraag) or ("nauwkeurig" in o.vraag), o.id
            if o.deel:
                assert "deel" in o.vraag and o.precisie > 0, o.id


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: f"seed={s}")
def omgeving(request):
    seed = request.param
    ns: dict = {}
    wb = Werkboek("h02", ns, seed=seed)
    ns.update(pd=pd, klantfasen=klantfasen, fase_overgangen=fase_overgangen, klantbehoud=klantbehoud,
              cohorten=cohorten, verloren_klanten=verloren_klanten, vertrekredenen=vertrekredenen,
              facturen=data.laad("facturen"), bedrijven=data.laad("bedrijven"), contracten=data.laad("contracten"),
              opzeggingen=data.laad("opzeggingen"))
    yield wb, ns
    data.kies_dataset(None)


def _uitslag(omgeving, id, code=None, **waarden):
    wb, ns = omgeving
    data.kies_dataset(wb.seed)
    werk = dict(ns)
    if code:
        exec(code, werk)
    werk.update(waarden)
    wb.namespace = werk
    try:
        return wb.controleer(id)
    finally:
        wb.namespace = ns


def _per_id():
    return {o.id: o for o in h02.OEFENINGEN}


def test_modeloplossingen_zijn_goed(omgeving):
    for o in h02.OEFENINGEN:
        if isinstance(o, Meerkeuze):
            uitslag = _uitslag(omgeving, o.id, **{o.variabele: o.juist})
        elif isinstance(o, Open):
            uitslag = _uitslag(omgeving, o.id, **{o.variabele: o.modelantwoord})
        else:
            uitslag = _uitslag(omgeving, o.id, o.oplossing)
        assert uitslag.goed, (o.id, uitslag)


def _goed(omgeving, id, code=None, **waarden):
    uitslag = _uitslag(omgeving, id, code, **waarden)
    assert uitslag.status == "goed", (id, code, waarden, uitslag)


def _fout(omgeving, id, woorden, code=None, **waarden):
    uitslag = _uitslag(omgeving, id, code, **waarden)
    assert uitslag.status == "fout", (id, code, uitslag)
    for woord in ([woorden] if isinstance(woorden, str) else woorden):
        assert woord in uitslag.tekst, (id, code, woord, uitslag.tekst)
    # Nooit een numpy-weergave of een interne naam in de feedback.
    assert "np." not in uitslag.tekst and "float64" not in uitslag.tekst and "int64" not in uitslag.tekst
    assert "df" not in uitslag.tekst.split() and "Traceback" not in uitslag.tekst


FASEN = 'fasen = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven)\n'


def test_2_1(omgeving):
    _goed(omgeving, "2.1", FASEN + 'nieuwe_klanten = len(fasen[fasen["fase"] == "nieuw"])')
    _goed(omgeving, "2.1", FASEN + 'nieuwe_klanten = fasen["fase"].value_counts()["nieuw"]')
    _fout(omgeving, "2.1", "teruggewonnen klant",
          FASEN + 'nieuwe_klanten = ((fasen["fase"] == "nieuw") & ~fasen["teruggewonnen"]).sum()')
    _fout(omgeving, "2.1", "venster van 12 maanden",
          'f = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
          'nieuwe_klanten = (f["fase"] == "nieuw").sum()')
    _fout(omgeving, "2.1", "hele tabel", FASEN + "nieuwe_klanten = len(fasen)")
    _fout(omgeving, "2.1", ["Series", "label 'nieuw'", ".loc"], FASEN + 'nieuwe_klanten = fasen["fase"].value_counts()')
    _fout(omgeving, "2.1", "zonder aanhalingstekens", nieuwe_klanten="37")
    _fout(omgeving, "2.1", ["Series", ".sum()"], FASEN + 'nieuwe_klanten = fasen["fase"] == "nieuw"')


GOEDE_FASE = '''
def fase(eerste_aankoop, laatste_aankoop, peildatum):
    if pd.isna(eerste_aankoop):
        antwoord = "potentieel"
    elif peildatum - pd.DateOffset(months=24) < laatste_aankoop:
        if peildatum - eerste_aankoop < peildatum - (peildatum - pd.DateOffset(months=12)):
            antwoord = "nieuw"
        else:
            antwoord = "loyaal"
    else:
        antwoord = "ex-klant"
    return antwoord
'''


def _variant(vervang: dict) -> str:
    code = h02.OEFENINGEN[1].oplossing
    for oud, nieuw in vervang.items():
        assert oud in code
        code = code.replace(oud, nieuw)
    return code


def test_2_2(omgeving):
    _goed(omgeving, "2.2", h02.OEFENINGEN[1].oplossing)
    _goed(omgeving, "2.2", GOEDE_FASE)
    _fout(omgeving, "2.2", "Kijk naar de grens", _variant({"<= peildatum": "< peildatum", "> peildatum": ">= peildatum"}))
    _fout(omgeving, "2.2", "730 dagen", _variant({"pd.DateOffset(months=24)": "pd.Timedelta(days=730)",
                                                   "pd.DateOffset(months=12)": "pd.Timedelta(days=365)"}))
    _fout(omgeving, "2.2", "omgedraaid", _variant({'return "nieuw"': 'return "LOYAAL"', 'return "loyaal"': 'return "nieuw"'}
                                                  ).replace('"LOYAAL"', '"loyaal"'))
    _fout(omgeving, "2.2", ["\"klant\"", "nieuw of loyaal"], _variant({'return "nieuw"': 'return "klant"',
                                                                      'return "loyaal"': 'return "klant"'}))
    _fout(omgeving, "2.2", ["precies zoals in de les", "ex-klant"], _variant({'return "ex-klant"': 'return "Ex klant"'}))
    _fout(omgeving, "2.2", ["foutmelding", "None"], _variant({'    if eerste_aankoop is None:\n        return "potentieel"\n': ""}))
    _fout(omgeving, "2.2", "return", "def fase(eerste_aankoop, laatste_aankoop, peildatum):\n    'loyaal'")


def test_2_3(omgeving):
    code = ('a = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=24)\n'
            'b = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n')
    _goed(omgeving, "2.3", code + 'andere_fase = len(a) - (a["fase"] == b["fase"]).sum()')
    _goed(omgeving, "2.3", code + 'kruis = pd.crosstab(a["fase"], b["fase"])\n'
                                  'andere_fase = kruis.to_numpy().sum() - sum(kruis.loc[f, f] for f in kruis.index)')
    _fout(omgeving, "2.3", "alleen het aantal ex-klanten",
          code + 'andere_fase = (b["fase"] == "ex-klant").sum() - (a["fase"] == "ex-klant").sum()')
    _fout(omgeving, "2.3", "alleen het aantal",
          code + 'andere_fase = a["fase"].isin(["nieuw", "loyaal"]).sum() - b["fase"].isin(["nieuw", "loyaal"]).sum()')


def test_2_4(omgeving):
    f12 = 'fasen = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
    _goed(omgeving, "2.4",
          f12 + 'lopend = contracten[(contracten["ingangsdatum"] <= "2025-12-31") & '
                '(contracten["einddatum"].isna() | (contracten["einddatum"] >= "2025-12-31"))]\n'
                'geen_klant = fasen[fasen["fase"].isin(["potentieel", "ex-klant"])]\n'
                'contract_zonder_klant = geen_klant["klant"].isin(lopend["kvk_nummer"]).sum()')
    met = 'met = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12, contracten=contracten)\n'
    _fout(omgeving, "2.4", "maar één van de twee groepen",
          f12 + met + 'contract_zonder_klant = ((fasen["fase"] == "ex-klant") & met["lopend_contract"]).sum()')
    _fout(omgeving, "2.4", "maar één van de twee groepen",
          f12 + met + 'contract_zonder_klant = ((fasen["fase"] == "potentieel") & met["lopend_contract"]).sum()')
    _fout(omgeving, "2.4", "alle bedrijven met een lopend contract",
          met + 'contract_zonder_klant = met["lopend_contract"].sum()')
    _fout(omgeving, "2.4", "24 maanden",
          FASEN + 'met = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, contracten=contracten)\n'
          'contract_zonder_klant = (fasen["fase"].isin(["potentieel", "ex-klant"]) & met["lopend_contract"]).sum()')


OVERGANGEN = 'overgangen = fase_overgangen(facturen, 2024, bedrijven=bedrijven)\n'


def test_2_5(omgeving):
    _goed(omgeving, "2.5", OVERGANGEN + 'teruggewonnen = overgangen.loc["ex-klant", "nieuw"] + '
                                        'overgangen.loc["ex-klant", "loyaal"]')
    _fout(omgeving, "2.5", "gewonnen klanten die eind 2024 potentieel",
          OVERGANGEN + 'teruggewonnen = overgangen.loc["potentieel", ["nieuw", "loyaal"]].sum()'
          if "nog onbekend" not in _overgangen_index() else
          OVERGANGEN + 'teruggewonnen = overgangen.loc[["potentieel", "nog onbekend"], ["nieuw", "loyaal"]].sum().sum()')
    _fout(omgeving, "2.5", "eerder jaar",
          FASEN + 'teruggewonnen = (fasen["teruggewonnen"] & fasen["fase"].isin(["nieuw", "loyaal"])).sum()')
    _fout(omgeving, "2.5", ["Series", "label 'nieuw'"], OVERGANGEN + 'teruggewonnen = overgangen.loc["ex-klant"]')


def _overgangen_index():
    return list(fase_overgangen(data.laad("facturen"), 2024, bedrijven=data.laad("bedrijven")).index)


BEHOUD = 'behoud = klantbehoud(facturen, bedrijven=bedrijven)\n'


def test_2_6(omgeving):
    _goed(omgeving, "2.6", BEHOUD + 'verloop_2025 = behoud.loc[2025, "verloren"] / behoud.loc[2025, "klanten_begin"]')
    _goed(omgeving, "2.6", BEHOUD + 'verloop_2025 = round(behoud.loc[2025, "verloop"], 3)')
    _fout(omgeving, "2.6", "klantbehoud", BEHOUD + 'verloop_2025 = behoud.loc[2025, "behoud"]')
    _fout(omgeving, "2.6", "percentage", BEHOUD + 'verloop_2025 = 100 * behoud.loc[2025, "verloop"]')
    _fout(omgeving, "2.6", "24 maanden",
          'verloop_2025 = klantbehoud(facturen, bedrijven=bedrijven, ex_na_maanden=24).loc[2025, "verloop"]')
    _fout(omgeving, "2.6", "aan het begin",
          BEHOUD + 'verloop_2025 = behoud.loc[2025, "verloren"] / behoud.loc[2025, "klanten_eind"]')
    _fout(omgeving, "2.6", "te grof afgerond", BEHOUD + 'verloop_2025 = round(behoud.loc[2025, "verloop"], 1)')
    _fout(omgeving, "2.6", ["komma", "punt als decimaalteken"], verloop_2025=(0, 134))
    _fout(omgeving, "2.6", ["zonder %-teken"], verloop_2025="13,4 %")
    _fout(omgeving, "2.6", ["tekst", "zonder aanhalingstekens", "`0.134`"], verloop_2025="0.134")
    _fout(omgeving, "2.6", ["Series", "label '2025'"], BEHOUD + 'verloop_2025 = behoud["verloop"]')


COHORT = 'tabel = cohorten(facturen, bedrijven=bedrijven)\n'


def test_2_7(omgeving):
    _goed(omgeving, "2.7", COHORT + 'cohort_2022 = tabel[2].loc[2022]')
    _goed(omgeving, "2.7", COHORT + 'cohort_2022 = round(tabel.loc[2022, 2], 3)')
    _fout(omgeving, "2.7", "na één jaar", COHORT + 'cohort_2022 = tabel.loc[2022, 1]')
    _fout(omgeving, "2.7", "ander cohort", COHORT + 'cohort_2022 = tabel.loc[2021, 2]')
    _fout(omgeving, "2.7", "percentage", COHORT + 'cohort_2022 = 100 * tabel.loc[2022, 2]')
    _fout(omgeving, "2.7", ["Series", "label"], COHORT + 'cohort_2022 = tabel.loc[2022]')
    _fout(omgeving, "2.7", ["tabel", "rij 2022 en kolom 2", ".loc[rij, kolom]"], COHORT + 'cohort_2022 = tabel')


def test_2_9(omgeving):
    verloren = 'verloren = verloren_klanten(facturen, 2025, bedrijven=bedrijven, opzeggingen=opzeggingen)\n'
    _goed(omgeving, "2.9", verloren + 'stil_vertrokken = len(verloren[verloren["reden"] == "stil vertrokken"])')
    _goed(omgeving, "2.9", verloren + 'stil_vertrokken = (verloren["door"] == "onbekend").sum()')
    _fout(omgeving, "2.9", "alle verloren klanten", verloren + "stil_vertrokken = len(verloren)")
    _fout(omgeving, "2.9", "mét een opzegging",
          verloren + 'stil_vertrokken = (verloren["reden"] != "stil vertrokken").sum()')


@pytest.mark.parametrize("id, goed, fout", [("2.8", "c", ["a", "b", "d"]), ("2.10", "b", ["a", "c"]),
                                            ("2.11", "b", ["a", "c"]), ("2.12", "b", ["a", "c"])])
def test_meerkeuze(omgeving, id, goed, fout):
    o = _per_id()[id]
    _goed(omgeving, id, **{o.variabele: goed})
    _goed(omgeving, id, **{o.variabele: f" {goed.upper()}) "})
    for letter in fout:
        _fout(omgeving, id, [f"Antwoord {letter} is het niet", o.waarom[letter][:20]], **{o.variabele: letter})
    _fout(omgeving, id, "geen keuze", **{o.variabele: "e"})
    _fout(omgeving, id, ["tekst van keuze", f'"{goed}"'], **{o.variabele: o.opties[goed]})


def test_2_13(omgeving):
    o = _per_id()["2.13"]
    reden = h02.grootste_vertrekredenen()[0]
    _goed(omgeving, "2.13", **{o.variabele: o.modelantwoord})
    _goed(omgeving, "2.13", **{o.variabele: (
        f"Klanten gingen vooral weg om {reden}. Ik stel voor dat de binnendienst elk kwartaal belt met klanten "
        "die minder kopen, zodat we problemen zien voordat ze opzeggen en op tijd iets kunnen aanbieden.")})
    _fout(omgeving, "2.13", "enkel woord", **{o.variabele: "weet ik niet"})
    _fout(omgeving, "2.13", "nog kort", **{o.variabele: f"Meer aandacht voor {reden} geven."})
    _fout(omgeving, "2.13", "grootste reden", **{o.variabele: (
        "Ik zou de klanten vaker opbellen en vragen hoe het gaat, zodat ze merken dat we om ze geven en ze "
        "minder snel naar een andere partij overstappen in de toekomst.")})
