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

SEEDS = [None, 123456, 987654, 20261204]  # 20261204: de seed van de studentproef (PROEF_h02.md)


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
    _fout(omgeving, "2.1", ["Series", '.loc["nieuw"]'], FASEN + 'nieuwe_klanten = fasen["fase"].value_counts()')
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
    _fout(omgeving, "2.5", ["Series", '.loc["nieuw"]'], OVERGANGEN + 'teruggewonnen = overgangen.loc["ex-klant"]')


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
    _fout(omgeving, "2.6", ["Series", ".loc[2025]"], BEHOUD + 'verloop_2025 = behoud["verloop"]')


COHORT = 'tabel = cohorten(facturen, bedrijven=bedrijven)\n'


def test_2_7(omgeving):
    _goed(omgeving, "2.7", COHORT + 'cohort_2022 = tabel[2].loc[2022]')
    _goed(omgeving, "2.7", COHORT + 'cohort_2022 = round(tabel.loc[2022, 2], 3)')
    _fout(omgeving, "2.7", "na één jaar", COHORT + 'cohort_2022 = tabel.loc[2022, 1]')
    _fout(omgeving, "2.7", "ander cohort", COHORT + 'cohort_2022 = tabel.loc[2021, 2]')
    _fout(omgeving, "2.7", "percentage", COHORT + 'cohort_2022 = 100 * tabel.loc[2022, 2]')
    _fout(omgeving, "2.7", ["Series", "label"], COHORT + 'cohort_2022 = tabel.loc[2022]')
    _fout(omgeving, "2.7", ["tabel", "rij 2022 en kolom 2", ".loc[2022, 2]"], COHORT + 'cohort_2022 = tabel')


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
    # De tekst van de goede keuze (zonder letter) is ook een keuze: goed, met een opmerking.
    uitslag = _uitslag(omgeving, id, **{o.variabele: o.opties[goed]})
    assert uitslag.goed and f"tekst van keuze {goed}" in uitslag.tekst, uitslag


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


# ---------------------------------------------------------------------------
# Studentproef (PROEF_h02.md): precies wat de student typte, het oordeel en de soort uitleg.
# ---------------------------------------------------------------------------


def _verwacht(id):
    return _per_id()[id].referentie()


def _fout_of_gelijk(omgeving, id, woorden, code, fout_waarde):
    """Een foute methode die op deze dataset toevallig het goede getal geeft, is niet te herkennen: dan goed."""
    if fout_waarde == _verwacht(id):
        _goed(omgeving, id, code)
    else:
        _fout(omgeving, id, woorden, code)


def test_proef_2_1(omgeving):
    v = _verwacht("2.1")
    _fout(omgeving, "2.1", ["Series", '.loc["nieuw"]'], FASEN + 'nieuwe_klanten = fasen["fase"].value_counts(sort=False)')
    _fout(omgeving, "2.1", ["True/False", ".sum()"], FASEN + 'nieuwe_klanten = fasen["fase"] == "nieuw"')
    if v != 37:  # het getal uit de les (standaarddataset) is bij een eigen seed fout
        _fout(omgeving, "2.1", "Je getal is te", nieuwe_klanten=37)
    _fout(omgeving, "2.1", ["tekst", "zonder aanhalingstekens", f"`{v}`"], nieuwe_klanten=str(v))
    _fout(omgeving, "2.1", ["tekst 'dertig'", "getal"], nieuwe_klanten="dertig")
    _goed(omgeving, "2.1", nieuwe_klanten=float(v))
    _fout(omgeving, "2.1", "geheel aantal", nieuwe_klanten=v + 0.4)
    # De goede rijen, maar niet geteld: tel ze, kies geen vak.
    _fout(omgeving, "2.1", ["precies het antwoord", "len(...)"], FASEN + 'nieuwe_klanten = fasen[fasen["fase"] == "nieuw"]')
    for niveau in ("vestiging", "concern"):
        code = (f'fv = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, niveau="{niveau}")\n'
                'nieuwe_klanten = (fv["fase"] == "nieuw").sum()')
        _fout_of_gelijk(omgeving, "2.1", f"per {niveau}", code, h02._nieuw_anders(niveau=niveau))
    code = ('fv = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, contracten=contracten)\n'
            'nieuwe_klanten = (fv["fase"] == "nieuw").sum()')
    _fout_of_gelijk(omgeving, "2.1", "contracten", code, h02._nieuw_anders(contracten=data.laad("contracten")))
    _fout(omgeving, "2.1", "voor het allereerst",
          'o = fase_overgangen(facturen, 2024, bedrijven=bedrijven)\nnieuwe_klanten = o.loc["potentieel", "nieuw"]')
    uitslag = _uitslag(omgeving, "2.1", FASEN + 'nieuwe_klanten = fasen["fase"].unique()')
    assert uitslag.status == "fout" and "Categorical" not in uitslag.tekst and "rij met" in uitslag.tekst, uitslag
    _fout(omgeving, "2.1", "één waarde", nieuwe_klanten=[v])
    # Geen peildatum, een Nederlandse datum of leads erbij: zelfde getal, dus goed.
    _goed(omgeving, "2.1", 'fv = klantfasen(facturen, bedrijven=bedrijven)\nnieuwe_klanten = (fv["fase"] == "nieuw").sum()')
    _goed(omgeving, "2.1", 'fv = klantfasen(facturen, "31-12-2025", bedrijven=bedrijven)\n'
                           'nieuwe_klanten = (fv["fase"] == "nieuw").sum()')


def _fase_code(ex: str = 'laatste_aankoop <= peildatum - pd.DateOffset(months=24)',
               nieuw: str = 'eerste_aankoop > peildatum - pd.DateOffset(months=12)',
               geen: str = 'eerste_aankoop is None', woorden=("potentieel", "ex-klant", "nieuw", "loyaal")) -> str:
    p, e, n, l = woorden
    return (f"def fase(eerste_aankoop, laatste_aankoop, peildatum):\n"
            f"    if {geen}:\n        return \"{p}\"\n"
            f"    elif {ex}:\n        return \"{e}\"\n"
            f"    elif {nieuw}:\n        return \"{n}\"\n"
            f"    return \"{l}\"\n")


def test_proef_2_2(omgeving):
    les = ('def fase(eerste_aankoop, laatste_aankoop, peildatum):\n'
           '    if laatste_aankoop is None:\n        return "nooit gekocht"\n'
           '    elif laatste_aankoop > peildatum - pd.DateOffset(months=24):\n        return "klant"\n'
           '    return "ex-klant"\n')
    _fout(omgeving, "2.2", ['"nooit gekocht"', 'verwacht is "potentieel"', "vier fasen"], les)
    _fout(omgeving, "2.2", ['"klant"', "nieuw of loyaal"], les.replace('"nooit gekocht"', '"potentieel"'))
    _goed(omgeving, "2.2", _fase_code())
    _goed(omgeving, "2.2", _fase_code(ex="laatste_aankoop <= peildatum - pd.DateOffset(years=2)",
                                      nieuw="eerste_aankoop > peildatum - pd.DateOffset(years=1)",
                                      geen="eerste_aankoop == None"))
    _fout(omgeving, "2.2", ["730 dagen", "365 dagen"],
          _fase_code(ex="(peildatum - laatste_aankoop).days >= 730", nieuw="(peildatum - eerste_aankoop).days < 365"))
    _fout(omgeving, "2.2", "730 dagen", _fase_code(ex="(peildatum - laatste_aankoop).days > 730"))
    _fout(omgeving, "2.2", "grens voor ex-klant",
          _fase_code(ex="laatste_aankoop < peildatum - pd.DateOffset(months=24)"))
    _fout(omgeving, "2.2", "grens voor nieuw", _fase_code(nieuw="eerste_aankoop >= peildatum - pd.DateOffset(months=12)"))
    _fout(omgeving, "2.2", "precies zoals in de les", _fase_code(woorden=("Potentieel", "Ex-klant", "Nieuw", "Loyaal")))
    _fout(omgeving, "2.2", "precies zoals in de les", _fase_code(woorden=("potentieel", "ex-klant", "nieuw", "loyaal ")))
    _fout(omgeving, "2.2", ['verwacht is "potentieel"', "vier fasen"],
          _fase_code(woorden=("potentiële klant", "ex-klant", "nieuwe klant", "loyale klant")))
    _fout(omgeving, "2.2", "return", _fase_code().replace("return", "print(").replace('"\n', '")\n'))
    _fout(omgeving, "2.2", ["foutmelding", "is None"],
          'def fase(eerste_aankoop, laatste_aankoop, peildatum):\n'
          '    if laatste_aankoop <= peildatum - pd.DateOffset(months=24):\n        return "ex-klant"\n'
          '    elif eerste_aankoop > peildatum - pd.DateOffset(months=12):\n        return "nieuw"\n'
          '    elif eerste_aankoop is None:\n        return "potentieel"\n    return "loyaal"\n')
    # Uitleg die bij de fout van de student hoort, niet bij een andere die toevallig één geval deelt.
    _fout(omgeving, "2.2", "eerste aankoop, niet van de laatste",
          _fase_code(nieuw="laatste_aankoop > peildatum - pd.DateOffset(months=12)"))
    _fout(omgeving, "2.2", "laatste aankoop, niet van de eerste",
          _fase_code(ex="eerste_aankoop <= peildatum - pd.DateOffset(months=24)"))
    peil = 'peil = pd.Timestamp("2025-12-31")\n'
    _fout(omgeving, "2.2", "parameter `peildatum`", peil + _fase_code(
        ex="laatste_aankoop <= peil - pd.DateOffset(months=24)", nieuw="eerste_aankoop > peil - pd.DateOffset(months=12)"))
    _fout(omgeving, "2.2", "parameter `peildatum`", _fase_code(
        ex='laatste_aankoop <= pd.Timestamp("2023-12-31")', nieuw='eerste_aankoop > pd.Timestamp("2024-12-31")'))
    _fout(omgeving, "2.2", "jaartallen", _fase_code(ex="laatste_aankoop.year <= peildatum.year - 2",
                                                     nieuw="eerste_aankoop.year == peildatum.year"))
    _fout(omgeving, "2.2", "jaartallen", _fase_code(nieuw="eerste_aankoop.year == peildatum.year"))
    _fout(omgeving, "2.2", "12 maanden voor ex-klant", _fase_code(ex="laatste_aankoop <= peildatum - pd.DateOffset(months=12)"))
    _fout(omgeving, "2.2", "regel voor ex-klant", _fase_code(ex="False"))  # ex-klant vergeten
    for code in [_fase_code(ex="(peildatum - laatste_aankoop).days >= 730"),
                 _fase_code(nieuw="laatste_aankoop > peildatum - pd.DateOffset(months=12)"),
                 peil + _fase_code(ex="laatste_aankoop <= peil - pd.DateOffset(months=24)")]:
        uitslag = _uitslag(omgeving, "2.2", code)
        assert "Kijk naar de grens" not in uitslag.tekst, (code, uitslag)


def test_2_2_regels_zijn_te_onderscheiden():
    """Elke foute regel wijkt bij minstens één testgeval af van de goede, en geen foute regel met een andere
    uitleg heeft dezelfde uitkomsten als een eerdere (anders krijgt die fout de verkeerde uitleg)."""
    gevallen = [g for g in h02.GEVALLEN_2_2 if g[0] is not None]
    for regels, alleen_klanten in ((h02.EX_REGELS_2_2, False), (h02.NIEUW_REGELS_2_2, True)):
        g = [x for x in gevallen if not alleen_klanten or h02.fase_model(*x) in ("nieuw", "loyaal")]
        sigs = [(tuple(bool(r(*x)) for x in g), u) for r, u in regels]
        for i, (sig, uitleg) in enumerate(sigs[1:], 1):
            assert sig != sigs[0][0], uitleg
            for eerder, eerdere_uitleg in sigs[1:i]:
                assert eerder != sig or eerdere_uitleg == uitleg, (uitleg, eerdere_uitleg)


F24_12 = ('fasen_24 = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven)\n'
          'fasen_12 = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
          'tabel = pd.crosstab(fasen_24["fase"], fasen_12["fase"])\n')


def test_proef_2_3(omgeving):
    _fout(omgeving, "2.3", ["kruistabel", "diagonaal", "`!=`"], F24_12 + "andere_fase = tabel")
    _fout(omgeving, "2.3", "Vergelijk per bedrijf", F24_12 + 'andere_fase = tabel.loc["loyaal", "ex-klant"]')
    _fout_of_gelijk(omgeving, "2.3", "loyaal naar nieuw", F24_12 + 'andere_fase = tabel.loc["loyaal", "nieuw"]',
                    h02._vak_2_3("loyaal", "nieuw"))
    _fout(omgeving, "2.3", ["True/False", ".sum()"], F24_12 + 'andere_fase = fasen_24["fase"] != fasen_12["fase"]')
    _fout(omgeving, "2.3", "`!=` in plaats van `==`", F24_12 + 'andere_fase = (fasen_24["fase"] == fasen_12["fase"]).sum()')
    _fout(omgeving, "2.3", "ex_na_maanden=12",
          F24_12 + 'f12b = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, nieuw_maanden=12)\n'
                   'andere_fase = (fasen_24["fase"] != f12b["fase"]).sum()')
    _fout(omgeving, "2.3", "geheel aantal", F24_12 + 'andere_fase = (fasen_24["fase"] != fasen_12["fase"]).mean()')
    _goed(omgeving, "2.3", F24_12 + 'andere_fase = (fasen_24["fase"] != fasen_12["fase"]).sum()')


ZONDER_MET = ('zonder = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12)\n'
              'met = klantfasen(facturen, "2025-12-31", bedrijven=bedrijven, ex_na_maanden=12, contracten=contracten)\n')


def test_proef_2_4(omgeving):
    _goed(omgeving, "2.4", ZONDER_MET + 'contract_zonder_klant = (zonder["fase"].isin(["potentieel", "ex-klant"]) '
                                        '& met["lopend_contract"]).sum()')
    _fout(omgeving, "2.4", "alle bedrijven met een lopend contract",
          ZONDER_MET + 'contract_zonder_klant = met["lopend_contract"].sum()')
    _fout(omgeving, "2.4", "mét contracten",
          ZONDER_MET + 'contract_zonder_klant = (met["fase"].isin(["potentieel", "ex-klant"]) & met["lopend_contract"]).sum()')
    _fout(omgeving, "2.4", "len(...)", ZONDER_MET + 'contract_zonder_klant = zonder[zonder["fase"].isin(["potentieel", '
                                                   '"ex-klant"]) & met["lopend_contract"]]')
    _fout(omgeving, "2.4", ["True/False", ".sum()"],
          ZONDER_MET + 'contract_zonder_klant = zonder["fase"].isin(["potentieel", "ex-klant"]) & met["lopend_contract"]')
    _fout(omgeving, "2.4", "", ZONDER_MET + 'contract_zonder_klant = (zonder["fase"] != met["fase"]).sum()')


def test_proef_2_5(omgeving):
    _goed(omgeving, "2.5", OVERGANGEN + 'teruggewonnen = overgangen.loc["ex-klant", "nieuw"]')
    _goed(omgeving, "2.5", 'o2 = fase_overgangen(facturen, (2024, 2025), bedrijven=bedrijven)\n'
                           'teruggewonnen = o2.loc["ex-klant", ["nieuw", "loyaal"]].sum()')
    # De Series van de hint, nog niet opgeteld: zeg "tel op", niet "neem alleen 'nieuw'".
    uitslag = _uitslag(omgeving, "2.5", OVERGANGEN + 'teruggewonnen = overgangen.loc["ex-klant", ["nieuw", "loyaal"]]')
    assert uitslag.status == "fout" and ".sum()" in uitslag.tekst and "Neem alleen" not in uitslag.tekst, uitslag
    _fout(omgeving, "2.5", "verloren klanten",
          OVERGANGEN + 'teruggewonnen = overgangen.loc[["nieuw", "loyaal"], "ex-klant"].sum()')
    _fout(omgeving, "2.5", "12 maanden", 'b = klantbehoud(facturen, bedrijven=bedrijven)\n'
                                         'teruggewonnen = b.loc[2025, "teruggewonnen"]')
    _fout(omgeving, "2.5", "`teruggewonnen == True`", FASEN + 'teruggewonnen = fasen["teruggewonnen"].sum()')
    _fout_of_gelijk(omgeving, "2.5", "loyaal → nieuw",
                    FASEN + 'teruggewonnen = ((fasen["fase"] == "nieuw") & fasen["teruggewonnen"]).sum()',
                    h02._nieuw_en_teruggewonnen())
    uitslag = _uitslag(omgeving, "2.5", FASEN + 'teruggewonnen = fasen["teruggewonnen"].sum()')
    assert "Dit is het aantal uit `klantbehoud`" not in uitslag.tekst  # geen methode noemen die de student niet gebruikte


def test_proef_2_6(omgeving):
    v = _verwacht("2.6")
    # Vals goed in de proef: de verkeerde noemer viel (seed 20261204) binnen 0.001 van het goede antwoord.
    _fout(omgeving, "2.6", "aan het begin",
          BEHOUD + 'verloop_2025 = behoud.loc[2025, "verloren"] / behoud.loc[2025, "klanten_eind"]')
    eind = h02._behoud_2025()
    fout_waarde = float(eind["verloren"] / eind["klanten_eind"])
    if round(fout_waarde, 3) != round(v, 3) and h02._decimalen(round(fout_waarde, 3)) == 3:
        _fout(omgeving, "2.6", "aan het begin", verloop_2025=round(fout_waarde, 3))
    _goed(omgeving, "2.6", verloop_2025=round(v, 3))
    _goed(omgeving, "2.6", BEHOUD + 'verloop_2025 = 1 - behoud.loc[2025, "behoud"]')
    _fout(omgeving, "2.6", ["komma", "punt als decimaalteken"], verloop_2025=(0, 124))
    _fout(omgeving, "2.6", ["tekst", "zonder %-teken", "punt als decimaalteken"], verloop_2025="12,4%")
    _fout(omgeving, "2.6", ["tekst", "zonder %-teken"], verloop_2025="13%")
    _fout(omgeving, "2.6", "tussen 0 en 1", verloop_2025=12.4)
    _fout(omgeving, "2.6", "percentage", verloop_2025=round(100 * v, 1))
    _fout(omgeving, "2.6", "verloop van 2024", BEHOUD + 'verloop_2025 = behoud.loc[2024, "verloop"]')
    _fout(omgeving, "2.6", ["Series", ".loc[2025]"], BEHOUD + 'verloop_2025 = behoud["verloop"]')
    _fout(omgeving, "2.6", ["Series", '.loc["verloop"]'], BEHOUD + 'verloop_2025 = behoud.loc[2025]')
    _fout(omgeving, "2.6", ".iloc[0]", BEHOUD + 'verloop_2025 = behoud.loc[[2025], "verloop"]')
    _fout(omgeving, "2.6", "alle jaren",
          BEHOUD + 'verloop_2025 = behoud["verloren"].sum() / behoud["klanten_begin"].sum()')
    _fout(omgeving, "2.6", "alle jaren", BEHOUD + 'verloop_2025 = behoud["verloop"].mean()')


def test_proef_2_7(omgeving):
    _goed(omgeving, "2.7", COHORT + 'cohort_2022 = tabel.iloc[1, 1]')
    _fout(omgeving, "2.7", ["Series", ".loc[2]"], COHORT + 'cohort_2022 = tabel.loc[2022]')
    _fout(omgeving, "2.7", ["Series", ".loc[2022]"], COHORT + 'cohort_2022 = tabel[2]')
    _fout(omgeving, "2.7", ["leeg", "rij 2022"], COHORT + 'cohort_2022 = tabel.loc[2024, 2]')
    aantal = 'ta = cohorten(facturen, bedrijven=bedrijven, waarde="aantal")\n'
    _fout(omgeving, "2.7", "tussen 0 en 1", aantal + 'cohort_2022 = ta.loc[2022, 2]')
    _fout(omgeving, "2.7", "na één jaar nog klant", aantal + 'cohort_2022 = ta.loc[2022, 2] / ta.loc[2022, 1]')
    _fout(omgeving, "2.7", "24 maanden",
          'c24 = cohorten(facturen, bedrijven=bedrijven, ex_na_maanden=24)\ncohort_2022 = c24.loc[2022, 2]')
    hint = _per_id()["2.7"].hints[-1]
    assert "tabel.loc[2022, 2]" in hint  # letterlijk over te nemen in de startcode


@pytest.mark.parametrize("id, antwoord, goed", [
    ("2.8", "c) Zowel de klant als de leverancier.", True),
    ("2.8", "(c)", True),
    ("2.8", "c.", True),
    ("2.10", "b) Het is dezelfde klant: de relatie liep gewoon door.", True),
    ("2.11", "b) New business development, bij de potentiële klant.", True),
    ("2.11", "New business development, bij de potentiële klant.", True),
    ("2.10", "a) We verloren een klant en wonnen er een nieuwe bij.", False),
])
def test_proef_meerkeuze_hele_regel(omgeving, id, antwoord, goed):
    o = _per_id()[id]
    uitslag = _uitslag(omgeving, id, **{o.variabele: antwoord})
    assert uitslag.goed == goed, (id, antwoord, uitslag)
    if not goed:
        assert "is het niet" in uitslag.tekst


@pytest.mark.parametrize("antwoord, woorden", [
    ("b en c", "geen keuze"), ("a en b", "geen keuze"), ("beide", "geen keuze"), ("weet ik niet", "geen keuze"),
    ("antwoord b", "Antwoord b is het niet"), (3, "getal"), (["b", "c"], "lijst"),
    ("c) Alleen de klant: die besluit ergens anders te kopen.", "verschillende keuzes"),
])
def test_proef_meerkeuze_geen_keuze(omgeving, antwoord, woorden):
    _fout(omgeving, "2.8", woorden, antwoord_2_8=antwoord)


VERLOREN = 'verloren = verloren_klanten(facturen, 2025, bedrijven=bedrijven, opzeggingen=opzeggingen)\n'


def test_proef_2_9(omgeving):
    _goed(omgeving, "2.9", VERLOREN + 'stil_vertrokken = verloren["reden"].value_counts()["stil vertrokken"]')
    _goed(omgeving, "2.9", VERLOREN + 'stil_vertrokken = verloren["opzegdatum"].isna().sum()')
    _fout(omgeving, "2.9", '.loc["stil vertrokken"]', VERLOREN + 'stil_vertrokken = verloren["reden"].value_counts()')
    _fout(omgeving, "2.9", ["Je telt 0", "value_counts"], VERLOREN + 'stil_vertrokken = (verloren["reden"] == "stil").sum()')
    _fout_of_gelijk(omgeving, "2.9", "van 2024",
                    'v = verloren_klanten(facturen, 2024, bedrijven=bedrijven, opzeggingen=opzeggingen)\n'
                    'stil_vertrokken = (v["reden"] == "stil vertrokken").sum()', h02._stil_vertrokken_anders(jaar=2024))
    _fout_of_gelijk(omgeving, "2.9", "24 maanden",
                    'v = verloren_klanten(facturen, 2025, bedrijven=bedrijven, opzeggingen=opzeggingen, ex_na_maanden=24)\n'
                    'stil_vertrokken = (v["reden"] == "stil vertrokken").sum()', h02._stil_vertrokken_anders(maanden=24))
    _fout(omgeving, "2.9", "len(...)", VERLOREN + 'stil_vertrokken = verloren[verloren["reden"] == "stil vertrokken"]')
    _fout(omgeving, "2.9", "geheel aantal", VERLOREN + 'stil_vertrokken = (verloren["reden"] == "stil vertrokken").mean()')


def test_proef_2_13(omgeving):
    o = _per_id()["2.13"]
    _fout(omgeving, "2.13", "herhaalt", **{o.variabele: "bla " * 21 + "omdat prijs"})
    _fout(omgeving, "2.13", "herhaalt", **{o.variabele: "De reden is prijs omdat " + "prijs " * 18})
    _fout(omgeving, "2.13", "enkel woord", **{o.variabele: "weet ik niet"})
    _fout(omgeving, "2.13", "enkel woord", **{o.variabele: "prijs"})
    if h02.grootste_vertrekredenen() == ["prijs"]:
        _goed(omgeving, "2.13", **{o.variabele: (
            "De meeste klanten zeggen op omdat de prijzen te hoog zijn. Vermeer kan trouwe klanten een korting geven "
            "bij een contract van twee jaar, zodat overstappen naar een goedkopere concurrent minder aantrekkelijk "
            "wordt.")})
        _goed(omgeving, "2.13", **{o.variabele: (
            "De meeste klanten vinden ons te duur. Vermeer kan trouwe klanten een korting geven bij een contract van "
            "twee jaar, zodat overstappen naar een goedkopere concurrent minder aantrekkelijk wordt voor hen.")})
        _fout(omgeving, "2.13", "grootste reden", **{o.variabele: (
            "De reden die het vaakst voorkomt is service. Vermeer kan een vaste accountmanager per klant aanstellen "
            "zodat klanten beter geholpen worden en problemen sneller worden opgelost.")})


def test_2_13_modelantwoord_past_bij_de_eigen_data(monkeypatch):
    o = _per_id()["2.13"]
    assert "In jouw data" not in o.oplossingstekst() or h02.grootste_vertrekredenen() != ["prijs"]
    monkeypatch.setattr(h02, "grootste_vertrekredenen", lambda: ["kwaliteit"])
    tekst = o.oplossingstekst()
    assert '"kwaliteit"' in tekst and "Modelantwoord" in tekst
    ns = {o.variabele: ("De grootste reden is kwaliteit: producten gaan kapot. Vermeer laat elke levering controleren "
                        "en belt de klant na een klacht binnen een dag terug, zodat hij merkt dat we het oplossen.")}
    assert o.controleer(ns).goed
