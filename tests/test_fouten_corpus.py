"""Het foutencorpus (issue 21): elke oefening krijgt de uitslag die een beginner mag verwachten.

De gevallen staan per hoofdstuk in ``tests/fouten_corpus/hNN.py`` (zie de
uitleg in ``tests/fouten_corpus/__init__.py``). Elk geval draait op de
standaarddataset en op twee persoonlijke seeds. Daarnaast:

- elk hoofdstuk in ``klantlib.oefeningen`` heeft een corpusbestand, en elke
  oefening heeft minstens één goed antwoord dat anders is geschreven dan de
  modeloplossing en minstens twee typische foute antwoorden;
- geen enkele feedback bevat een numpy-weergave, een interne naam, Engelse
  standaardtekst of twee keer dezelfde zin.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import klantlib.oefeningen
from klantlib import data
from klantlib.foutuitleg import uitleg as fout_uitleg
from klantlib.oefeningen.kern import (
    Functie,
    Meerkeuze,
    Open,
    Werkboek,
    _Celvolger,
    _verwachte_waarde,
    laad_hoofdstuk,
    lees_seed,
)

CORPUSMAP = Path(__file__).parent / "fouten_corpus"
CORPUS = {p.stem: importlib.import_module(f"tests.fouten_corpus.{p.stem}") for p in sorted(CORPUSMAP.glob("h*.py"))}
HOOFDSTUKKEN = sorted(m.name for m in pkgutil.iter_modules(klantlib.oefeningen.__path__) if re.fullmatch(r"h\d\d", m.name))
#: De standaarddataset en twee persoonlijke seeds; de tweede zoals een studentnummer met een 0 vooraan.
SEEDS = [None, 123456, "0654321"]

_OMGEVINGEN: dict = {}
_CACHES: dict = {}


def _omgeving(hoofdstuk: str, seed) -> dict:
    sleutel = (hoofdstuk, seed)
    if sleutel not in _OMGEVINGEN:
        data.kies_dataset(lees_seed(seed))
        ns: dict = {}
        exec(CORPUS[hoofdstuk].OMGEVING, ns)  # noqa: S102 - de eerste cel van het werkboek
        _OMGEVINGEN[sleutel] = ns
    return {k: (v.copy() if isinstance(v, (pd.DataFrame, pd.Series)) else v)
            for k, v in _OMGEVINGEN[sleutel].items()}


def _voer_uit(ns: dict, bron: str, volger: _Celvolger, nummer: int):
    """Voer één cel uit zoals het notebook: een fout stopt de cel en wordt onthouden."""
    fout = None
    try:
        code = compile(bron, f"<cel {nummer}>", "exec")
    except SyntaxError as e:
        fout = e
    else:
        try:
            exec(code, ns)  # noqa: S102 - code van een (nagespeelde) leerling
        except Exception as e:  # noqa: BLE001
            fout = e
    volger.na_cel(SimpleNamespace(info=SimpleNamespace(raw_cell=bron), execution_count=nummer,
                                  error_before_exec=fout if isinstance(fout, SyntaxError) else None,
                                  error_in_exec=None if isinstance(fout, SyntaxError) else fout))
    return fout


def speel(hoofdstuk: str, geval, seed):
    """Speel een geval na; geeft (uitslag, fout van de laatste cel, namespace)."""
    ns = _omgeving(hoofdstuk, seed)
    wb = Werkboek(hoofdstuk, ns, seed=seed)
    wb._cache = _CACHES.setdefault(hoofdstuk, {})
    wb._volger = volger = _Celvolger()
    cellen = geval.cellen
    if callable(cellen):
        oefening = wb._zoek(geval.id)
        cellen = cellen(_verwachte_waarde(oefening, wb._cache))
    if isinstance(cellen, str):
        cellen = [cellen]
    fout = None
    for nummer, bron in enumerate(cellen, start=1):
        fout = _voer_uit(ns, bron, volger, nummer)
    return wb.controleer(geval.id), fout, ns


def _gevallen():
    for hoofdstuk, module in CORPUS.items():
        for nummer, geval in enumerate(module.GEVALLEN):
            for seed in SEEDS:
                if geval.seeds is not None and seed not in geval.seeds:
                    continue
                yield pytest.param(hoofdstuk, geval, seed,
                                   id=f"{hoofdstuk}-{geval.id}-{nummer}-{'standaard' if seed is None else seed}")


_VERBODEN = [
    (re.compile(r"\bnp\.\w+\(|numpy|dtype"), "een numpy-weergave"),
    (re.compile(r"Traceback|An exception has occurred|use %tb to see"), "Engelse standaardtekst"),
    (re.compile(r"`df`|'df'|\bdf\["), "de interne naam df"),
    (re.compile(r"_Plaatshouder|<function |<bound method"), "een interne Python-weergave"),
]


def _zinnen(tekst: str) -> list[str]:
    return [z.strip().casefold() for z in re.split(r"(?<=[.!?])\s+", tekst) if len(z.strip()) > 12]


def controleer_tekst(tekst: str) -> None:
    for patroon, wat in _VERBODEN:
        assert not patroon.search(tekst), f"feedback bevat {wat}: {tekst!r}"
    zinnen = _zinnen(tekst)
    dubbel = {z for z in zinnen if zinnen.count(z) > 1}
    assert not dubbel, f"feedback herhaalt een zin: {dubbel}"


@pytest.mark.parametrize("hoofdstuk, geval, seed", list(_gevallen()))
def test_geval(hoofdstuk, geval, seed):
    uitslag, fout, ns = speel(hoofdstuk, geval, seed)
    beschrijving = f"{geval.id} ({geval.wat or geval.cellen!r}), seed {seed}: {uitslag!r}"
    assert uitslag.status == geval.status, beschrijving
    soorten = (geval.soort,) if isinstance(geval.soort, str) else tuple(geval.soort)
    if soorten:
        assert uitslag.soort in soorten, f"soort {uitslag.soort!r} in plaats van {soorten}: {beschrijving}"
    if geval.bevat:
        assert geval.bevat.casefold() in uitslag.tekst.casefold(), beschrijving
    controleer_tekst(uitslag.tekst)
    if geval.uitleg_bevat:
        assert fout is not None, f"{beschrijving}: de laatste cel gaf geen fout"
        regels = fout_uitleg(fout, fout.__traceback__, ns, [], None)
        assert regels, f"{beschrijving}: geen Nederlandse uitleg bij {type(fout).__name__}: {fout}"
        tekst = "\n".join(regels)
        assert geval.uitleg_bevat.casefold() in tekst.casefold(), f"{beschrijving}\nuitleg: {tekst}"
        controleer_tekst(tekst)


def _modelcode(oefening) -> str:
    if isinstance(oefening, Meerkeuze):
        return f'{oefening.variabele} = "{oefening.juist}"'
    return getattr(oefening, "oplossing", "") or ""


def _normaal(code: str) -> str:
    return re.sub(r"\s+", "", code)


@pytest.mark.parametrize("hoofdstuk", HOOFDSTUKKEN)
def test_elk_hoofdstuk_heeft_een_corpus(hoofdstuk):
    assert hoofdstuk in CORPUS, (
        f"Hoofdstuk {hoofdstuk} heeft nog geen foutencorpus. Maak tests/fouten_corpus/{hoofdstuk}.py met "
        f"HOOFDSTUK, OMGEVING en GEVALLEN (zie tests/fouten_corpus/__init__.py).")


@pytest.mark.parametrize("hoofdstuk", sorted(CORPUS))
def test_elke_oefening_heeft_goede_en_foute_gevallen(hoofdstuk):
    module = CORPUS[hoofdstuk]
    assert module.HOOFDSTUK == hoofdstuk
    oefeningen = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}
    onbekend = {g.id for g in module.GEVALLEN} - set(oefeningen)
    assert not onbekend, f"gevallen voor oefeningen die niet bestaan: {sorted(onbekend)}"
    tekort = []
    for id, oefening in oefeningen.items():
        gevallen = [g for g in module.GEVALLEN if g.id == id]
        model = _normaal(_modelcode(oefening))
        anders_goed = [g for g in gevallen if g.goed and (callable(g.cellen) or _normaal(
            g.cellen if isinstance(g.cellen, str) else "\n".join(g.cellen)) != model)]
        fout = [g for g in gevallen if g.status == "fout"]
        if not anders_goed or len(fout) < 2:
            tekort.append(f"{id}: {len(anders_goed)} goed (anders geschreven), {len(fout)} fout")
    assert not tekort, "te weinig gevallen: " + "; ".join(tekort)


def test_functies_en_open_vragen_hebben_hun_eigen_gevallen():
    """Elke soort oefening komt in het corpus voor, ook een cel die een fout geeft."""
    soorten = set()
    met_celfout = 0
    for hoofdstuk, module in CORPUS.items():
        oefeningen = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}
        for geval in module.GEVALLEN:
            soorten.add(type(oefeningen[geval.id]).__name__)
            met_celfout += bool(geval.uitleg_bevat)
    assert {"Waarde", Functie.__name__, Meerkeuze.__name__, Open.__name__} <= soorten
    assert met_celfout >= 10
