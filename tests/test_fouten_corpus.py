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

import re

import pytest

from klantlib.foutuitleg import uitleg as fout_uitleg
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, laad_hoofdstuk

from tests.fouten_corpus.spelen import CORPUS, HOOFDSTUKKEN, SEEDS, controleer_tekst, speel

def _gevallen():
    for hoofdstuk, module in CORPUS.items():
        for nummer, geval in enumerate(module.GEVALLEN):
            for seed in SEEDS:
                if geval.seeds is not None and seed not in geval.seeds:
                    continue
                yield pytest.param(hoofdstuk, geval, seed,
                                   id=f"{hoofdstuk}-{geval.id}-{nummer}-{'standaard' if seed is None else seed}")


@pytest.mark.parametrize("hoofdstuk, geval, seed", list(_gevallen()))
def test_geval(hoofdstuk, geval, seed):
    if geval.bekend:
        pytest.xfail(geval.bekend)
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
    gaten = getattr(module, "BEKENDE_GATEN", {})
    open_ = [t for t in tekort if t.split(":")[0] not in gaten]
    assert not open_, "te weinig gevallen: " + "; ".join(open_)
    if tekort:
        pytest.xfail("bekende gaten: " + "; ".join(f"{t} ({gaten[t.split(':')[0]]})" for t in tekort))


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
