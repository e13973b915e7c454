"""Gevallen naspelen zoals in een notebook: de eerste cel, dan de cellen van de leerling, dan de controle."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

import klantlib.oefeningen
from klantlib import data
from klantlib.oefeningen.kern import Werkboek, _Celvolger, _verwachte_waarde, lees_seed

CORPUSMAP = Path(__file__).parent
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


def voer_cel_uit(ns: dict, bron: str, volger: _Celvolger, nummer: int):
    """Voer één cel uit zoals het notebook: een fout stopt de cel en wordt onthouden.

    Zoals IPython komt de code ook in de invoergeschiedenis ``In`` (sommige controles lezen die).
    """
    ns.setdefault("In", [""]).append(bron)
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


def speel(hoofdstuk: str, geval, seed, extra: dict | None = None):
    """Speel een geval na; geeft (uitslag, fout van de laatste cel, namespace).

    ``extra`` komt vóór de cellen in de namespace (bijvoorbeeld het juiste antwoord als ``_juist``).
    """
    ns = _omgeving(hoofdstuk, seed)
    ns.update(extra or {})
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
        fout = voer_cel_uit(ns, bron, volger, nummer)
    return wb.controleer(geval.id), fout, ns


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


