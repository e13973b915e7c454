"""Sluiten de lessen en de werkboeken op elkaar aan?

Gebruik::

    python -m klantlib.afstemming            # rapport per hoofdstuk
    python -m klantlib.afstemming --streng   # stopt met code 1 bij een probleem

Per hoofdstuk meldt het script twee dingen:

1. **Paragrafen zonder oefening**: een ``##``-paragraaf van de les waarvan geen
   enkele oefening de kernbegrippen noemt. Kernbegrippen zijn de **vet**
   gedrukte termen in de paragraaf en de functies van klantlib die de code van
   de paragraaf aanroept. (Klaarzetten, samenvatting en dergelijke tellen niet.)
2. **Oefeningen die iets nodig hebben dat geen les laat zien**: elke functie,
   elk argument (``extra_dagen=``), elke pandas-stap (``.iloc``, ``.xs``) en elke
   Python-constructie (``def``, ``return``, een list comprehension met ``if``)
   in de modeloplossing moet in de code of de `code`-tekst van de les van dat
   hoofdstuk of een eerdere les staan, of in de tekst van de oefening zelf.
   Hints tellen niet: die ziet een leerling pas als hij vastzit.

Alles werkt op de notebooks zelf (``notebooks/``, ``solutions/``) en op de
vragen in ``klantlib.oefeningen.hNN``; het script verandert niets.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from klantlib.werkboek import projectmap, vervang_markeringen

#: Paragrafen die geen begrip leren (klaarzetten, samenvatting, ...).
_GEEN_BEGRIP = re.compile(r"klaarzetten|^eerst|samenvatting|verder oefenen|zo werkt het werkboek|wat je|oefenen",
                          re.IGNORECASE)
_CONTROLE = re.compile(r"""wb\.(?:controleer|kies)\(\s*["']([\w.]+)["']""")

#: Kenmerken die zo algemeen zijn dat we ze niet apart vragen (elke les gebruikt ze).
_ALTIJD = {"python:toewijzing", "python:naam", "python:getal", "python:tekst"}


@dataclass
class Paragraaf:
    titel: str
    tekst: str = ""
    code: list[str] = field(default_factory=list)

    @property
    def kenmerken(self) -> set[str]:
        """Wat de code (en de `code` in de tekst) van deze paragraaf laat zien."""
        uit = _code_uit_tekst(self.tekst)
        for bron in self.code:
            uit |= kenmerken(bron)
        return {k for k in uit if not k.startswith("argument-naam:")}

    @property
    def alleen_verkennen(self) -> bool:
        """Laat de code alleen een grafiek of widget zien (om zelf te verkennen)?"""
        if not self.code:
            return False
        verken = _verken_functies()
        for bron in self.code:
            functies = {k.split(":", 1)[1] for k in kenmerken(bron) if k.startswith(("functie:", "attr:"))}
            if not functies or not functies <= verken | {"subplots", "tight_layout", "head", "print"}:
                return False
        return True

    @property
    def termen(self) -> set[str]:
        vet = {t.strip().casefold() for t in re.findall(r"\*\*([^*]+)\*\*", self.tekst)}
        vet = {t for t in vet if len(t) > 2 and not t.startswith(("denkvraag", "probeer", "let op", "tip"))}
        functies = set()
        for bron in self.code:
            functies |= {k.split(":", 1)[1] for k in kenmerken(bron) if k.startswith("functie:")}
        return vet | {f for f in functies if f in _klantlib_functies()}


@dataclass
class Oefeningstekst:
    id: str
    tekst: str = ""
    startcode: str = ""
    oplossing: str = ""


@dataclass
class Rapport:
    hoofdstuk: str
    les: Path | None
    werkboek: Path | None
    zonder_oefening: list[str] = field(default_factory=list)
    niet_getoond: dict[str, list[str]] = field(default_factory=dict)
    verkennen: list[str] = field(default_factory=list)
    functies_zonder_oefening: list[str] = field(default_factory=list)

    def tekst(self) -> str:
        regels = [f"Hoofdstuk {self.hoofdstuk} (les: {self.les.name if self.les else 'geen'}, werkboek: "
                  f"{self.werkboek.name if self.werkboek else 'geen'})"]
        regels.append("  Paragrafen zonder oefening: " + ("geen" if not self.zonder_oefening else ""))
        regels += [f"    - {t}" for t in self.zonder_oefening]
        if self.verkennen:
            regels.append("  (Alleen een grafiek of widget om zelf te verkennen, geen oefening nodig: "
                          + "; ".join(self.verkennen) + ")")
        if self.functies_zonder_oefening:
            regels.append("  Functies van klantlib uit de les die geen oefening gebruikt: "
                          + ", ".join(self.functies_zonder_oefening))
        regels.append("  Oefeningen die iets nodig hebben dat geen les laat zien: "
                      + ("geen" if not self.niet_getoond else ""))
        regels += [f"    - {id}: {', '.join(n)}" for id, n in self.niet_getoond.items()]
        return "\n".join(regels)


# ---------------------------------------------------------------------------
# Kenmerken van code
# ---------------------------------------------------------------------------


def _naam(knoop) -> str | None:
    if isinstance(knoop, ast.Name):
        return knoop.id
    if isinstance(knoop, ast.Attribute):
        return knoop.attr
    return None


def kenmerken(bron: str) -> set[str]:
    """De functies, argumenten, pandas-stappen en Python-constructies in een stuk code.

    >>> sorted(kenmerken('t = f(x, soort="a")[["b"]].iloc[:3]'))
    ['argument:f(soort=)', 'attr:iloc', 'functie:f', 'python:dubbele blokhaken [[...]]', 'python:slice [a:b]']
    >>> sorted(kenmerken("def g(s):\\n    return [x for x in s if x > 1]"))[:4]
    ['python:def', 'python:lijst maken met for ... if', 'python:return', 'python:vergelijking >']
    """
    try:
        boom = ast.parse(bron)
    except SyntaxError:
        return set()
    uit: set[str] = set()
    modules = {alias.asname or alias.name for knoop in ast.walk(boom) if isinstance(knoop, ast.Import)
               for alias in knoop.names}
    modules |= {"math", "pd", "np"}
    tekens = {ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">=", ast.Lt: "<", ast.LtE: "<=",
              ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Call):
            functie = knoop.func
            if isinstance(functie, ast.Attribute) and isinstance(functie.value, ast.Name) \
                    and functie.value.id in modules:
                naam = f"{functie.value.id}.{functie.attr}"
            else:
                naam = _naam(functie)
            if naam and not isinstance(functie, ast.Attribute) or (naam and "." in naam):
                uit.add(f"functie:{naam}")
            for kw in knoop.keywords:
                if kw.arg is None:
                    uit.add("python:** (woordenboek uitpakken)")
                elif naam:
                    uit.add(f"argument:{naam.split('.')[-1]}({kw.arg}=)")
        elif isinstance(knoop, ast.Attribute):
            if not (isinstance(knoop.value, ast.Name) and knoop.value.id in modules):
                uit.add(f"attr:{knoop.attr}")
        elif isinstance(knoop, ast.FunctionDef):
            uit.add("python:def")
        elif isinstance(knoop, ast.Return):
            uit.add("python:return")
        elif isinstance(knoop, ast.If):
            uit.add("python:if")
            if knoop.orelse and len(knoop.orelse) == 1 and isinstance(knoop.orelse[0], ast.If):
                uit.add("python:elif")
            elif knoop.orelse:
                uit.add("python:else")
        elif isinstance(knoop, ast.For):
            uit.add("python:for")
        elif isinstance(knoop, ast.ListComp):
            met_if = any(gen.ifs for gen in knoop.generators)
            uit.add("python:lijst maken met for ... if" if met_if else "python:lijst maken met for")
        elif isinstance(knoop, ast.GeneratorExp):
            uit.add("python:generator (... for ... in ...)")
        elif isinstance(knoop, ast.Lambda):
            uit.add("python:lambda")
        elif isinstance(knoop, (ast.Import, ast.ImportFrom)):
            uit.add("python:import")
        elif isinstance(knoop, ast.JoinedStr):
            uit.add("python:f-string")
        elif isinstance(knoop, ast.Compare):
            for op in knoop.ops:
                uit.add(f"python:vergelijking {tekens.get(type(op), '?')}")
        elif isinstance(knoop, ast.BinOp) and isinstance(knoop.op, (ast.BitAnd, ast.BitOr)):
            uit.add("python:& of | (en/of in een filter)")
        elif isinstance(knoop, ast.BinOp):
            uit.add("python:rekenen (+ - * /)")
        elif isinstance(knoop, ast.UnaryOp) and isinstance(knoop.op, ast.Invert):
            uit.add("python:~ (niet in een filter)")
        elif isinstance(knoop, ast.Assign) and any(isinstance(d, ast.Tuple) for d in knoop.targets):
            uit.add("python:uitpakken (a, b = ...)")
        elif isinstance(knoop, ast.Subscript):
            if isinstance(knoop.slice, ast.Slice):
                uit.add("python:slice [a:b]")
            elif isinstance(knoop.slice, ast.List):
                uit.add("python:dubbele blokhaken [[...]]")
            elif isinstance(knoop.slice, ast.Tuple):
                uit.add("python:twee labels [rij, kolom]")
    return uit - _ALTIJD


def _code_uit_tekst(tekst: str) -> set[str]:
    """Kenmerken van code die in tekst tussen `backticks` staat (ook `.idxmin()` of `extra_dagen=1`)."""
    uit: set[str] = set()
    for stuk in re.findall(r"`([^`\n]+)`", tekst):
        stuk = stuk.strip()
        pogingen = [stuk, f"x{stuk}" if stuk.startswith(".") else None]
        if re.fullmatch(r"\w+=.+", stuk):  # een argument, zoals extra_dagen=1
            pogingen.append(f"f({stuk})")
        for poging in filter(None, pogingen):
            gevonden = kenmerken(poging)
            if gevonden:
                uit |= gevonden
                break
        for argument in re.findall(r"(\w+)=", stuk):
            uit.add(f"argument-naam:{argument}")
        for methode in re.findall(r"\.(\w+)", stuk):
            uit.add(f"attr:{methode}")
    return uit


def _gedekt(nodig: str, getoond: set[str]) -> bool:
    if nodig in getoond:
        return True
    if nodig.startswith("argument:"):  # een argument dat de tekst bij naam noemt (`extra_dagen=1`) telt ook
        return f"argument-naam:{nodig.split('(')[1].rstrip('=)')}" in getoond
    if nodig == "python:elif":
        return "python:elif" in getoond
    if nodig == "python:lijst maken met for":
        return "python:lijst maken met for ... if" in getoond
    return False


_FUNCTIES: set[str] | None = None

#: Wat elke les gebruikt zonder het te leren: telt niet als "nieuw" in een paragraaf.
_TRIVIAAL = {"functie:print", "attr:head", "functie:laad", "functie:display", "functie:Markdown", "attr:round"}


def _verken_functies() -> set[str]:
    """De functies van klantlib.grafieken en klantlib.verkennen (grafieken en widgets)."""
    uit: set[str] = set()
    for naam in ("grafieken", "verkennen"):
        try:
            module = importlib.import_module(f"klantlib.{naam}")
        except Exception:  # noqa: BLE001
            continue
        uit |= {k for k, v in vars(module).items() if callable(v) and not k.startswith("_")}
    return uit | {"grafieken", "verkennen"}


def _klantlib_functies() -> set[str]:
    global _FUNCTIES
    if _FUNCTIES is None:
        _FUNCTIES = set()
        for naam in ("data", "definitie", "nps", "funnel", "inlezen", "opmaak", "strategie", "bigdata", "accounts",
                     "cyclus"):
            try:
                module = importlib.import_module(f"klantlib.{naam}")
            except Exception:  # noqa: BLE001 - een hoofdstuk dat (nog) niet bestaat
                continue
            _FUNCTIES |= {k for k, v in vars(module).items() if callable(v) and not k.startswith("_")
                          and getattr(v, "__module__", "").startswith("klantlib")}
    return _FUNCTIES


# ---------------------------------------------------------------------------
# Lessen en werkboeken lezen
# ---------------------------------------------------------------------------


def paragrafen(les: Path) -> list[Paragraaf]:
    """De ``##``-paragrafen van een les, met hun tekst en code."""
    uit: list[Paragraaf] = []
    huidige: Paragraaf | None = None
    for cel in nbformat.read(les, as_version=4).cells:
        if cel.cell_type == "markdown":
            for deel in re.split(r"(?m)^(?=## )", cel.source):
                kop = re.match(r"## (.+)", deel)
                if kop:
                    huidige = Paragraaf(kop.group(1).strip())
                    uit.append(huidige)
                if huidige is not None:
                    huidige.tekst += "\n" + deel
        elif cel.cell_type == "code" and huidige is not None:
            huidige.code.append(cel.source)
    return uit


def getoond_in_les(les: Path) -> set[str]:
    """Alles wat een les laat zien: de kenmerken van de code en van de `code` in de tekst."""
    getoond: set[str] = set()
    for cel in nbformat.read(les, as_version=4).cells:
        if cel.cell_type == "code":
            getoond |= kenmerken(cel.source)
        else:
            getoond |= _code_uit_tekst(cel.source)
    return getoond


def oefeningen_uit_werkboek(werkboek: Path) -> dict[str, Oefeningstekst]:
    """Per oefening: de tekst erboven, de startcode (zoals in exercises/) en de modeloplossing."""
    uit: dict[str, Oefeningstekst] = {}
    tekst, start, oplossing = "", "", ""
    for cel in nbformat.read(werkboek, as_version=4).cells:
        if cel.cell_type == "markdown":
            tekst += "\n" + cel.source
            continue
        if cel.cell_type != "code":
            continue
        ids = _CONTROLE.findall(cel.source)
        if ids:
            for id in ids:
                if id not in uit:
                    uit[id] = Oefeningstekst(id, tekst, start, oplossing)
            tekst, start, oplossing = "", "", ""
            continue
        if "### BEGIN OPLOSSING" in cel.source:
            start += "\n" + vervang_markeringen(cel.source)
            oplossing += "\n" + cel.source
        elif "Werkboek(" not in cel.source:
            start += "\n" + cel.source
    return uit


def _hoofdstuknummers(map_: Path) -> list[str]:
    nummers = {p.name[:2] for p in (map_ / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    nummers |= {p.name[:2] for p in (map_ / "solutions").glob("[0-9][0-9]_*.ipynb")}
    return sorted(nummers)


def _een(map_: Path, patroon: str) -> Path | None:
    gevonden = sorted(map_.glob(patroon))
    return gevonden[0] if gevonden else None


def afstemming(map_: Path | None = None) -> list[Rapport]:
    """Een rapport per hoofdstuk dat een les of een werkboek heeft."""
    map_ = map_ or projectmap()
    rapporten = []
    getoond_tot_nu: set[str] = set()
    al_gezien: set[str] = set()
    for nummer in _hoofdstuknummers(map_):
        les = _een(map_ / "notebooks", f"{nummer}_*.ipynb")
        werkboek = _een(map_ / "solutions", f"{nummer}_*_werkboek.ipynb")
        rapport = Rapport(nummer, les, werkboek)
        if les is not None:
            getoond_tot_nu |= getoond_in_les(les)
        try:
            module = importlib.import_module(f"klantlib.oefeningen.h{nummer}")
            vragen = {o.id: o for o in getattr(module, "OEFENINGEN", [])}
        except ModuleNotFoundError:
            vragen = {}
        teksten = oefeningen_uit_werkboek(werkboek) if werkboek is not None else {}
        # 2. wat hebben de oefeningen nodig?
        for id, oef in teksten.items():
            vraag = vragen.get(id)
            gegeven = _code_uit_tekst(oef.tekst + "\n" + (getattr(vraag, "vraag", "") or "")) | kenmerken(oef.startcode)
            nodig = kenmerken(oef.oplossing) - kenmerken(oef.startcode)
            ontbreekt = sorted(n for n in nodig if not _gedekt(n, getoond_tot_nu | gegeven))
            if ontbreekt:
                rapport.niet_getoond[id] = ontbreekt
        # 1. welke paragrafen hebben geen oefening?
        if les is not None:
            alle_tekst = " ".join(
                " ".join(str(x) for x in (getattr(v, "vraag", ""), getattr(v, "uitleg", ""),
                                         " ".join(getattr(v, "opties", {}).values()),
                                         getattr(v, "modelantwoord", ""), getattr(v, "oplossing", "")))
                for v in vragen.values()).casefold()
            alle_tekst += " ".join(o.tekst + o.oplossing for o in teksten.values()).casefold()
            geoefend = set().union(*(kenmerken(o.oplossing) for o in teksten.values())) if teksten else set()
            in_les = {k.split(":", 1)[1] for p in paragrafen(les) for k in p.kenmerken if k.startswith("functie:")}
            gebruikt = {k.split(":", 1)[1] for k in geoefend if k.startswith("functie:")}
            rapport.functies_zonder_oefening = sorted(
                f for f in in_les & _klantlib_functies() if f not in gebruikt and f not in alle_tekst
                and f not in _verken_functies() and f != "laad")
            for paragraaf in paragrafen(les):
                nieuw = paragraaf.kenmerken - al_gezien - _TRIVIAAL
                al_gezien |= paragraaf.kenmerken
                if _GEEN_BEGRIP.search(paragraaf.titel):
                    continue
                if paragraaf.alleen_verkennen:
                    rapport.verkennen.append(paragraaf.titel)
                    continue
                geleerd = nieuw | ({k for k in _code_uit_tekst(paragraaf.tekst) if k.startswith(("attr:", "functie:"))}
                                   - _TRIVIAAL)
                if any(t in alle_tekst for t in paragraaf.termen) or (geleerd & geoefend):
                    continue
                rapport.zonder_oefening.append(paragraaf.titel)
        rapporten.append(rapport)
    return rapporten


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m klantlib.afstemming", description=__doc__.splitlines()[0])
    parser.add_argument("--streng", action="store_true",
                        help="stop met code 1 als een oefening iets nodig heeft dat geen les laat zien")
    parser.add_argument("--map", type=Path, default=None, help="de map van de cursus (standaard: deze repository)")
    args = parser.parse_args(argv)
    rapporten = afstemming(args.map)
    for rapport in rapporten:
        print(rapport.tekst())
    if args.streng and any(r.niet_getoond for r in rapporten):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
