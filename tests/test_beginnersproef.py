"""De beginnersproef (issue 21): elke oefening, getest met de antwoorden die beginners echt typen.

Een niet-programmerende student probeerde de werkboeken. Wat hij typte, staat
hieronder als regels die voor élke oefening gelden, uitgerekend op het juiste
antwoord van de actieve dataset (standaard en twee persoonlijke seeds):

- getallen: een decimale komma (``0,486``), een percentage als tekst (``"48.6%"``),
  een percentage waar een deel hoort (of andersom), een punt tussen de
  duizendtallen (``19.958``), een Series waar één getal hoort, ``print`` in plaats
  van de waarde, het goede antwoord met een puntkomma erachter;
- lijsten en Series: een andere volgorde, ``.unique()`` (een Arrow-array),
  ``.tolist()`` en ``.reset_index()`` waar labels horen;
- tekst: hoofdletters, een Series met één waarde, een naam zonder
  aanhalingstekens (NameError);
- overal: een goed antwoord, daarna een cel met een NameError (de controle mag
  de oude waarde niet goedkeuren); functies: een IndentationError na een eerdere
  versie; open vragen: "weet ik niet" en "x"; meerkeuze: een hoofdletter en een
  letter zonder aanhalingstekens.

De uitslag (goed / nog niet goed / nog niet geprobeerd) moet voor elk hoofdstuk
kloppen. Voor de hoofdstukken die de nieuwe opties van de kern gebruiken
(``DIAGNOSE``) controleren we ook de soort feedback.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde, laad_hoofdstuk
from tests.fouten_corpus import Geval
from tests.fouten_corpus.spelen import CORPUS, SEEDS, controleer_tekst, speel

#: Hoofdstukken waarvan we ook de soort feedback controleren (ze gebruiken precisie, eenheid en bekende fouten).
DIAGNOSE = {"h00", "h01", "h03", "h06", "h08"}

#: Bekende problemen in andere hoofdstukken, gevonden met deze proef (strikt: zodra het klopt, faalt de xfail).
BEKEND = {
}


def _getal_geval(o: Waarde, v: float) -> list[Geval]:
    var = o.variabele
    uit = [Geval(o.id, f"{var} = _juist;", "goed", "goed", wat="goed, met een puntkomma erachter")]
    uit.append(Geval(o.id, f"{var} = print(_juist)", "fout", "none", wat="print in plaats van de waarde"))
    uit.append(Geval(o.id, [f"{var} = _juist", f"{var} = _juist + onbekende_naam"], "fout", "verouderd",
                     wat="goed antwoord, daarna een cel met een NameError"))
    uit.append(Geval(o.id, f"{var} = pd.Series([_juist + 1000, _juist], index=['x', 'y'])", "fout",
                     "series_een_getal", wat="een Series waar één getal hoort"))
    uit.append(Geval(o.id, f"{var} = '{_kaal(v)}%'", "fout", ("procent_tekst", "tekst"), wat="'48.6%' als tekst"))
    if not float(v).is_integer():
        geheel, rest = _kaal(abs(v)).split(".")
        teken = "-" if v < 0 else ""
        if not rest.startswith("0"):
            uit.append(Geval(o.id, f"{var} = {teken}{geheel},{rest}", "fout", "komma", wat="decimale komma"))
    if getattr(o, "eenheid", None) == "deel" and v != 0:
        uit.append(Geval(o.id, f"{var} = 100 * _juist", "fout", "deel_procent", wat="percentage waar een deel hoort"))
    if getattr(o, "eenheid", None) in ("procent", "punten") and abs(v) >= 1:
        uit.append(Geval(o.id, f"{var} = _juist / 100", "fout", "deel_procent", wat="deel waar een percentage hoort"))
    verschil = getattr(o, "toegestaan_verschil", None)
    if abs(v) >= 1000 and getattr(o, "eenheid", None) in ("euro", "aantal") and verschil is not None and verschil <= 0.5:
        uit.append(Geval(o.id, f"{var} = round(_juist) / 1000", "fout", "duizendpunt",
                         wat="punt tussen de duizendtallen, zoals 19.958"))
    return uit


def _kaal(x: float) -> str:
    tekst = f"{float(x):.6f}".rstrip("0").rstrip(".")
    return tekst if "." in tekst or not float(x).is_integer() else str(int(float(x)))


def _gevallen_voor(o, verwacht, hoofdstuk: str = "") -> list[Geval]:
    if isinstance(o, Meerkeuze):
        fout = next(letter for letter in o.opties if letter != o.juist)
        return [Geval(o.id, f"{o.variabele} = '{o.juist.upper()}'", "goed", wat="hoofdletter"),
                Geval(o.id, f"{o.variabele} = '{fout}'", "fout", "keuze"),
                Geval(o.id, f"{o.variabele} = {o.juist}", "fout", "verouderd", wat="letter zonder aanhalingstekens")]
    if isinstance(o, Open):
        return [Geval(o.id, f"{o.variabele} = 'weet ik niet'", "fout", "weet_niet"),
                Geval(o.id, f"{o.variabele} = 'x'", "fout", "te_kort"),
                Geval(o.id, f"{o.variabele} = _model", "goed", wat="het modelantwoord")]
    if isinstance(o, Functie):
        return [Geval(o.id, [o.oplossing, f"def {o.functie}(*args):\nreturn None"], "fout", "verouderd",
                      wat="IndentationError na een goede versie"),
                Geval(o.id, o.oplossing, "goed", wat="de modeloplossing")]
    verwacht = verwacht.item() if isinstance(verwacht, np.generic) else verwacht
    var = o.variabele
    if isinstance(verwacht, (int, float)) and not isinstance(verwacht, bool):
        return _getal_geval(o, verwacht)
    if isinstance(verwacht, str):
        uit = [Geval(o.id, f"{var} = pd.Series([_juist])", "fout", "een_waarde", wat="een Series met één waarde")]
        if verwacht.upper() != verwacht and hoofdstuk in DIAGNOSE:  # andere hoofdstukken mogen hoofdletters negeren
            uit.append(Geval(o.id, f"{var} = _juist.upper()", "fout", "hoofdletters"))
        if verwacht.isidentifier():
            uit.append(Geval(o.id, f"{var} = {verwacht}", "fout", "verouderd", wat="tekst zonder aanhalingstekens"))
        return uit
    if isinstance(verwacht, list):
        uit = [Geval(o.id, f"{var} = str(_juist)", "fout", "vorm", wat="de lijst als tekst")]
        if len(verwacht) > 1 and verwacht != verwacht[::-1]:
            uit.append(Geval(o.id, f"{var} = _juist[::-1]", "goed" if not getattr(o, "volgorde", True) else "fout",
                             "goed" if not o.volgorde else "volgorde", wat="andere volgorde"))
        if all(isinstance(x, str) for x in verwacht) and not o.volgorde:
            uit.append(Geval(o.id, f"{var} = pd.Series(_juist, dtype='str').unique()", "goed",
                             wat=".unique() geeft een Arrow-array"))
        return uit
    if isinstance(verwacht, pd.Series):
        uit = [Geval(o.id, f"{var} = _juist.tolist()", "fout", "vorm", wat=".tolist() waar een Series hoort")]
        if not isinstance(verwacht.index, pd.RangeIndex):
            uit.append(Geval(o.id, f"{var} = _juist.reset_index(drop=True)", "fout", "labels"))
        if len(verwacht) > 1:
            uit.append(Geval(o.id, f"{var} = _juist.iloc[::-1]", "goed" if not o.volgorde else "fout",
                             "goed" if not o.volgorde else "volgorde", wat="andere volgorde"))
        return uit
    if isinstance(verwacht, pd.DataFrame):
        uit = [Geval(o.id, f"{var} = _juist.to_numpy().tolist()", "fout", "vorm", wat="een lijst waar een tabel hoort"),
               Geval(o.id, [f"{var} = _juist", f"{var} = _juist[onbekende_kolom]"], "fout", "verouderd",
                     wat="goed antwoord, daarna een cel met een NameError")]
        if verwacht.shape[1] > 1:
            uit.append(Geval(o.id, f"{var} = _juist.iloc[:, 0]", "fout", "vorm", wat="één kolom waar een tabel hoort"))
        return uit
    if isinstance(verwacht, (set, frozenset)):
        return [Geval(o.id, f"{var} = list(_juist)", "goed", wat="een lijst met dezelfde waarden"),
                Geval(o.id, f"{var} = str(sorted(_juist, key=str))", "fout", wat="de waarden als één tekst")]
    if isinstance(verwacht, dict):
        return [Geval(o.id, f"{var} = list(_juist.values())", "fout", "vorm", wat="alleen de waarden"),
                Geval(o.id, f"{var} = str(_juist)", "fout", "vorm", wat="het woordenboek als tekst")]
    return []


def _alle():
    for hoofdstuk in sorted(CORPUS):
        for o in laad_hoofdstuk(hoofdstuk):
            for seed in SEEDS:
                yield pytest.param(hoofdstuk, o.id, seed, id=f"{hoofdstuk}-{o.id}-{'standaard' if seed is None else seed}")


@pytest.mark.parametrize("hoofdstuk, id, seed", list(_alle()))
def test_beginnersantwoorden(hoofdstuk, id, seed):
    from klantlib.data import kies_dataset
    from klantlib.oefeningen.kern import _verwachte_waarde, lees_seed

    if (hoofdstuk, id) in BEKEND:
        pytest.xfail(BEKEND[hoofdstuk, id])
    oefening = {o.id: o for o in laad_hoofdstuk(hoofdstuk)}[id]
    kies_dataset(lees_seed(seed))
    verwacht = _verwachte_waarde(oefening, None) if isinstance(oefening, Waarde) else None
    gevallen = _gevallen_voor(oefening, verwacht, hoofdstuk)
    assert gevallen, f"{id}: geen beginnersantwoorden voor dit soort antwoord ({type(verwacht).__name__})"
    extra = {"_juist": verwacht, "_model": getattr(oefening, "modelantwoord", None), "pd": pd}
    fouten = []
    for geval in gevallen:
        uitslag, _, _ = speel(hoofdstuk, geval, seed, extra)
        soorten = (geval.soort,) if isinstance(geval.soort, str) else tuple(geval.soort)
        if uitslag.status != geval.status:
            fouten.append(f"{geval.wat or geval.cellen}: {uitslag.status} in plaats van {geval.status}: {uitslag!r}")
        elif hoofdstuk in DIAGNOSE and soorten and uitslag.soort not in soorten:
            fouten.append(f"{geval.wat or geval.cellen}: soort {uitslag.soort} in plaats van {soorten}: {uitslag!r}")
        controleer_tekst(uitslag.tekst)
    assert not fouten, "\n".join(fouten)


def test_de_proef_dekt_elke_oefening():
    assert math.isfinite(len(SEEDS))
    for hoofdstuk in CORPUS:
        for o in laad_hoofdstuk(hoofdstuk):
            assert isinstance(o, (Waarde, Functie, Meerkeuze, Open)), o
