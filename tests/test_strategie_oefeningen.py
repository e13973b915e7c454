"""Werkboek 04: het foutencorpus (issue 21), op de standaarddataset en twee persoonlijke datasets.

Per oefening:

- de modeloplossing is goed;
- minstens één goed antwoord dat anders is opgeschreven, is ook goed;
- minstens twee typische foute antwoorden zijn "nog niet goed", met de specifieke feedback die erbij hoort.

Alle antwoorden zijn code zoals een leerling die in het werkboek typt; ze draaien in een namespace waarin de
eerste cel van het werkboek en de modeloplossingen van de eerdere oefeningen al zijn uitgevoerd.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from klantlib import data
from klantlib.oefeningen import h04
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, Werkboek

REPO = Path(__file__).resolve().parent.parent
SEEDS = [None, 123456, 987]
VERMEER = "Vermeer Werkplek B.V."
CRIT = 'c = enquetes[enquetes["score"] <= 6]\nt = thema_per_strategie(c["verbeterpunt"])\n'
KI = ('k = keten[keten["business_unit"] == "Kantoorinrichting"]\n'
      'omzet_ki = omzet_per_business_unit(facturen, 2025)["Kantoorinrichting"]\n')


def _functie(regel: str) -> str:
    return f"def voldoet(scores, drempel, uitblinken):\n    return {regel}\n"


CORPUS = {
    "4.1": {
        "goed": [
            'profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="score")',
            'profiel = waardeprofiel(waardeprofielen).sort_index().round(1)',
        ],
        "fout": [
            ("profiel = waardeprofielen", "Je tabel is nog lang"),
            ("profiel = waardeprofiel(waardeprofielen).T", "Je tabel staat gekanteld"),
            ('profiel = waardeprofielen.pivot(index="leverancier", columns="waardestrategie", values="respondenten")',
             "het aantal respondenten"),
        ],
    },
    "4.2": {
        "goed": ['antwoord_4_2 = "B"', 'antwoord_4_2 = " b) "'],
        "fout": [('antwoord_4_2 = "a"', "gemiddeld rapportcijfer"), ('antwoord_4_2 = "c"', "geen objectieve meting"),
                 ('antwoord_4_2 = "d"', "kolom `bron`")],
    },
    "4.3": {
        "goed": [
            _functie("all(s >= drempel for s in scores) and any(s >= uitblinken for s in scores)"),
            "def voldoet(scores, drempel, uitblinken):\n    if min(scores) < drempel:\n        return False\n"
            "    if max(scores) < uitblinken:\n        return False\n    return True\n",
        ],
        "fout": [
            (_functie("min(scores) > drempel and max(scores) > uitblinken"), "gebruik `>=` in plaats van `>`"),
            (_functie("max(scores) >= uitblinken"), "De eerste voorwaarde ontbreekt"),
            (_functie("min(scores) >= drempel"), "De tweede voorwaarde ontbreekt"),
            (_functie("min(scores) >= uitblinken"), "in alle drie uitblinkt"),
            (_functie("min(scores) >= drempel or max(scores) >= uitblinken"), "gebruik `and`, niet `or`"),
            (_functie("min(scores) >= 6 and max(scores) >= 8"), "vaste getallen"),
            (_functie('"ja" if min(scores) >= drempel and max(scores) >= uitblinken else "nee"'),
             "Verwacht wordt True of False"),
        ],
    },
    "4.4": {
        "goed": [
            't = toets_waardestrategie(profiel)\nbeide = list(t[t["beide_voorwaarden"]].index)',
            't = toets_waardestrategie(profiel)\nbeide = set(t.index[t["beide_voorwaarden"] == True])',
            't = toets_waardestrategie(profiel)\nbeide = t.index[t["beide_voorwaarden"]][0]',  # één naam als tekst
        ],
        "fout": [
            ('t = toets_waardestrategie(profiel)\nbeide = t.index[t["blinkt_uit_in"] != ""].tolist()',
             "Uitblinken alleen is niet genoeg"),
            ('t = toets_waardestrategie(profiel)\nbeide = t.index[t["voldoet_drempel"]].tolist()',
             "ook leveranciers die nergens uitblinken"),
            ('beide = toets_waardestrategie(profiel)["beide_voorwaarden"]', "kolom met True en False"),
            ('beide = ["OfficeDirect"]', "'OfficeDirect' staat niet in het profiel"),
        ],
    },
    "4.5": {
        "goed": [
            f'kloof = profiel.drop(index="{VERMEER}").max() - profiel.loc["{VERMEER}"]',
            f'kloof = waardekloof(profiel, "{VERMEER}")["kloof"].round(1).iloc[::-1]',
        ],
        "fout": [
            (f'kloof = profiel.loc["{VERMEER}"] - profiel.drop(index="{VERMEER}").max()', "teken omgedraaid"),
            (f'kloof = profiel.drop(index="{VERMEER}").mean() - profiel.loc["{VERMEER}"]',
             "gemiddelde van de concurrenten"),
            (f'kloof = waardekloof(profiel, "{VERMEER}")', "Pak alleen de kolom"),
            ("kloof = 2.2", "niet één getal"),
        ],
    },
    "4.6": {
        "goed": ['antwoord_4_6 = "B"', "antwoord_4_6 = 'b '"],
        "fout": [('antwoord_4_6 = "a"', "Sneller en goedkoper orders verwerken"),
                 ('antwoord_4_6 = "c"', "standaard webshop")],
    },
    "4.7": {
        "goed": [
            'strategie_van = {"A": "PL", "B": "oe", "C": "Customer Intimacy"}',
            'strategie_van = {"c": "customer intimacy", "a": "product leadership", "b": "Operational Excellence "}',
        ],
        "fout": [
            ('strategie_van = {"A": "product leadership", "B": "customer intimacy", "C": "customer intimacy"}',
             "Vriendelijk zijn is nog geen customer intimacy"),
            ('strategie_van = {"A": "operational excellence", "B": "operational excellence", "C": "customer intimacy"}',
             "niet op prijs"),
            ('strategie_van = {"A": "product leadership", "B": "klantvriendelijk", "C": "customer intimacy"}',
             "'klantvriendelijk' is geen waardestrategie"),
            ('strategie_van = {"A": "product leadership", "B": "operational excellence"}', "'C' ontbreekt"),
        ],
    },
    "4.8": {
        "goed": [
            f'beste_sector = gewogen_score(profiel, gewichten).T["{VERMEER}"].idxmax()',
            f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].sort_values().index[-1].upper()',
        ],
        "fout": [
            (f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"].idxmin()', "het slechtst past"),
            ('beste_sector = gewogen_score(profiel, gewichten).loc["Kantoorgigant"].idxmax()',
             "beste sector van een concurrent"),
            (f'beste_sector = gewogen_score(profiel, gewichten).loc["{VERMEER}"]', "hele rij getallen"),
        ],
    },
    "4.9": {
        "goed": [
            CRIT + 'met_tekst = t[t["thema"] != "geen opmerking"]\n'
                   'aandeel_oe = (met_tekst["thema"] == "operational excellence").mean()',
            CRIT + 'aandeel_oe = round(thema_aandelen(t).loc["operational excellence", "aandeel"], 3)',
        ],
        "fout": [
            (CRIT + 'aandeel_oe = (t["thema"] == "operational excellence").sum() / len(c)', "ook die niets invulden"),
            (CRIT + 'h = t[~t["thema"].isin(["geen opmerking", "onbekend"])]\n'
                    'aandeel_oe = (h["thema"] == "operational excellence").mean()', "herkend thema"),
            ('t = thema_per_strategie(enquetes["verbeterpunt"])\n'
             'aandeel_oe = thema_aandelen(t).loc["operational excellence", "aandeel"]', "alle klanten"),
            (CRIT + 'aandeel_oe = 100 * thema_aandelen(t).loc["operational excellence", "aandeel"]',
             "Dit is een percentage"),
            (CRIT + 'aandeel_oe = thema_aandelen(t)', "operational excellence\\\", \\\"aandeel"),
            ("aandeel_oe = 0,37", "komma als decimaalteken"),
            ('aandeel_oe = "37 %"', "%-teken"),
        ],
    },
    "4.10": {
        "goed": [
            'soort = {"inkoop": "Ondersteunend", "service": "primair", "marketing en sales": "primaire",\n'
            '         "human resource management": "secundair", "uitgaande logistiek": "primair",\n'
            '         "technologieontwikkeling": "ondersteunende"}',
            'soort = {a: soort_activiteit(a) for a in ["Inkoop", "Service", "Marketing en sales",\n'
            '         "Human resource management", "Uitgaande logistiek", "Technologieontwikkeling"]}',
        ],
        "fout": [
            ('soort = {"Inkoop": "primair", "Service": "primair", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "ondersteunend"}', "Inkoop koopt in voor de primaire activiteiten"),
            ('soort = {"Inkoop": "ondersteunend", "Service": "ondersteunend", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "ondersteunend"}', "Service na verkoop en levering"),
            ('soort = {"Inkoop": "ondersteunend", "Service": "primair", "Marketing en sales": "primair",\n'
             '         "Human resource management": "ondersteunend", "Uitgaande logistiek": "primair",\n'
             '         "Technologieontwikkeling": "steun"}', "'steun' is geen soort"),
        ],
    },
    "4.11": {
        "goed": [
            KI + 'marge_na = round(omzet_ki - k["kosten"].sum() + 0.15 * k.loc[k["activiteit"] == "Service", '
                 '"kosten"].sum())',
            KI + 'marge_na = float(waardeketen(k, omzet_ki, verlaging={"service": 0.15})["bedrag"].iloc[-1])',
        ],
        "fout": [
            (KI + 'marge_na = 0.15 * k.loc[k["activiteit"] == "Service", "kosten"].sum()', "alleen de besparing"),
            (KI + 'marge_na = waardeketen(k, omzet_ki).loc["Marge", "bedrag"]', "de marge van nu"),
            (KI + 'marge_na = omzet_ki - 0.85 * k["kosten"].sum()', "alle kosten met 15 %"),
            ('omzet = omzet_per_business_unit(facturen, 2025).sum()\n'
             'marge_na = waardeketen(keten, omzet, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "het hele bedrijf"),
            (KI + 'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "aandeel"]',
             "als deel van de omzet"),
            (KI + 'marge_na = waardeketen(k, omzet_ki, verlaging={"Service": 0.15})', "Pak de marge uit de tabel"),
            (KI + 'marge_na = waardeketen(keten, omzet_ki, verlaging={"Service": 0.15}).loc["Marge", "bedrag"]',
             "kosten van alle business units"),
        ],
    },
    "4.12": {
        "goed": ['antwoord_4_12 = "B"', 'antwoord_4_12 = "b)"'],
        "fout": [('antwoord_4_12 = "a"', "wel kosten"), ('antwoord_4_12 = "c"', "Ook een dienstverlener heeft inkoop")],
    },
    "4.13": {
        "goed": [
            'advies = """Mijn advies: kies CI. Vermeer haalt overal de drempel maar blinkt nergens in uit. Op customer '
            "intimacy is de achterstand op Facilis het kleinst en in de zorg past dat profiel goed. Investeer dus in "
            'een CRM en vaste accountmanagers, en houd levertijden en facturen op orde."""',
        ],
        "fout": [
            ('advies = "weet ik niet"', "Schrijf er minstens 40"),
            ('advies = """Ik vind dat de directie goed moet nadenken over wat het bedrijf wil zijn. Het is belangrijk '
             "dat iedereen in het bedrijf weet waar het heen gaat en dat de klant tevreden is. Dan kunnen de "
             'verkopers beter hun werk doen en komen klanten vaker terug bij ons."""', "noemt nog geen waardestrategie"),
            ('advies = """Kies customer intimacy want dat is een goede strategie voor een bedrijf als dit, dat vind ik '
             "zelf het beste en het mooiste en dat past bij mij. Het is namelijk belangrijk dat het bedrijf een "
             'keuze maakt en daar dan ook echt voor gaat met alle mensen."""', "noemt nog geen onderbouwing"),
        ],
    },
}


def _startcel() -> str:
    """De eerste codecel van het werkboek (zoals de leerling hem draait)."""
    nb = nbformat.read(REPO / "solutions" / "04_waardestrategieen_werkboek.ipynb", as_version=4)
    return next(c.source for c in nb.cells if c.cell_type == "code")


def _modeloplossing(o) -> str:
    if isinstance(o, Meerkeuze):
        return f"{o.variabele} = {o.juist!r}"
    if isinstance(o, Open):
        return f"{o.variabele} = {o.modelantwoord!r}"
    return o.oplossing


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: f"seed={s}")
def omgeving(request):
    seed = request.param
    ns: dict = {}
    startcel = _startcel().replace('Werkboek("h04", globals())', f'Werkboek("h04", globals(), seed={seed!r})')
    exec(startcel, ns)
    for o in h04.OEFENINGEN:
        exec(_modeloplossing(o), ns)
    yield seed, ns
    data.kies_dataset(None)


def _controleer(ns: dict, seed, id: str, code: str | None = None):
    werk = dict(ns)
    if code is not None:
        exec(code, werk)
    data.kies_dataset(seed)
    oefening = next(o for o in h04.OEFENINGEN if o.id == id)
    return oefening.controleer(werk, werk["wb"]._cache)


def test_corpus_dekt_elke_oefening():
    assert set(CORPUS) == {o.id for o in h04.OEFENINGEN}
    for id, regels in CORPUS.items():
        assert len(regels["goed"]) >= 1 and len(regels["fout"]) >= 2, id


def test_minstens_acht_gemengde_oefeningen():
    soorten = {k for o in h04.OEFENINGEN for k in (Waarde, Functie, Meerkeuze, Open) if isinstance(o, k)}
    assert len(h04.OEFENINGEN) >= 8
    assert {Waarde, Functie, Meerkeuze, Open} <= soorten


def test_modeloplossingen_zijn_goed(omgeving):
    seed, ns = omgeving
    uitslagen = ns["wb"].uitslagen()
    assert {id: u.status for id, u in uitslagen.items()} == {o.id: "goed" for o in h04.OEFENINGEN}


@pytest.mark.parametrize("id", list(CORPUS))
def test_anders_opgeschreven_goede_antwoorden(omgeving, id):
    seed, ns = omgeving
    for code in CORPUS[id]["goed"]:
        uitslag = _controleer(ns, seed, id, code)
        assert uitslag.goed, (id, seed, code, uitslag.tekst)


@pytest.mark.parametrize("id", list(CORPUS))
def test_typische_foute_antwoorden_krijgen_hun_eigen_feedback(omgeving, id):
    seed, ns = omgeving
    for code, verwacht in CORPUS[id]["fout"]:
        uitslag = _controleer(ns, seed, id, code)
        assert uitslag.status == "fout", (id, seed, code, uitslag.tekst)
        verwacht = verwacht.replace('\\"', '"')
        assert verwacht in uitslag.tekst, (id, seed, code, uitslag.tekst)
        # geen numpy-weergave, geen interne namen, geen Engels standaardzinnetje
        assert not re.search(r"np\.(float|int|bool)|\bdf\b|Traceback|An exception", uitslag.tekst), uitslag.tekst


def test_lege_werkboek_is_nog_niet_geprobeerd():
    nb = nbformat.read(REPO / "exercises" / "04_waardestrategieen_werkboek.ipynb", as_version=4)
    ns: dict = {}
    for cel in nb.cells:
        if cel.cell_type == "code" and "wb." not in cel.source:
            exec(cel.source, ns)
    statussen = {id: u.status for id, u in ns["wb"].uitslagen().items()}
    assert set(statussen.values()) == {"leeg"}, statussen
    data.kies_dataset(None)


# --- Les en werkboek sluiten op elkaar aan (issue 21) -----------------------------------------------

#: Elke les-sectie met de oefening(en) die erover gaan.
SECTIES = {
    "Drie manieren om waarde te leveren": ["4.7"],
    "Twee voorwaarden: de drempel en uitblinken": ["4.3"],
    "Een score is een waarneming": ["4.2"],
    "Het profiel van Vermeer en drie concurrenten": ["4.1"],
    "Wie blinkt waar uit?": ["4.4"],
    "De kloof met de beste concurrent": ["4.5"],
    "Welke klanten passen bij Vermeer?": ["4.8"],
    "De keuze is aan de directie": ["4.6"],
    "Zelf kiezen: verdeel de punten": ["4.13"],
    "Wat zeggen ontevreden klanten?": ["4.9"],
    "De waardeketen van Porter": ["4.10"],
    "Marge: wat overblijft van de omzet": ["4.11"],
    "Wat als? Goedkoper werken of uitbesteden": ["4.11"],
    "Past de keten ook bij een dienstverlener?": ["4.12"],
}


def _les() -> nbformat.NotebookNode:
    return nbformat.read(REPO / "notebooks" / "04_waardestrategieen.ipynb", as_version=4)


def test_elke_lessectie_heeft_een_oefening():
    koppen = [regel[3:].strip() for c in _les().cells if c.cell_type == "markdown"
              for regel in c.source.splitlines() if regel.startswith("## ")]
    assert [k for k in koppen if k != "Samenvatting"] == list(SECTIES)
    ids = {o.id for o in h04.OEFENINGEN}
    assert {i for lijst in SECTIES.values() for i in lijst} == ids, "elke oefening hoort bij een sectie"


def test_wat_een_modeloplossing_gebruikt_staat_in_de_les():
    """Functies, methoden en argumenten uit de modeloplossingen komen in de code van de les voor."""
    lescode = "\n".join(c.source for c in _les().cells if c.cell_type == "code")
    gebruikt_in_les = set(re.findall(r"\.?(\w+)\s*[(=\[]", lescode)) | set(re.findall(r"\.(\w+)", lescode))
    for o in h04.OEFENINGEN:
        oplossing = getattr(o, "oplossing", "")
        namen = set(re.findall(r"\.(\w+)", oplossing)) | set(re.findall(r"(\w+)\(", oplossing)) \
            | set(re.findall(r"(\w+)=", oplossing))
        namen = {n for n in namen if not n[0].isdigit()}  # 0.15 is geen naam
        namen -= {"def", "return", "voldoet"}  # de functie die de leerling zelf schrijft
        ontbreekt = sorted(n for n in namen if n not in gebruikt_in_les)
        assert not ontbreekt, f"oefening {o.id} gebruikt {ontbreekt}, maar de les laat dat niet zien"
