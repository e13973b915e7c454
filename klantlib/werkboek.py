"""Werkboeken voor leerlingen maken uit de uitwerkingen van de docent.

Gebruik::

    python -m klantlib.werkboek              # schrijft exercises/ uit solutions/
    python -m klantlib.werkboek --controleer # schrijft niets; geeft een fout als exercises/ verouderd is

Regels voor de uitwerkingen in ``solutions/``:

- In een codecel staat de code die de leerling zelf moet schrijven tussen de
  regels ``### BEGIN OPLOSSING`` en ``### EINDE OPLOSSING``.
- Het hele blok (markeringen inbegrepen) wordt in het werkboek vervangen door
  één regel, op de inspringing van de BEGIN-regel:

  * ``____`` als de BEGIN-regel niets meer zegt;
  * de tekst na de dubbele punt als de BEGIN-regel er een heeft. Zo wordt
    ``### BEGIN OPLOSSING: aantal = ____`` de regel ``aantal = ____`` en
    wordt in een functie ``### BEGIN OPLOSSING: return ____`` de regel
    ``return ____``.

- Heeft de oplossing meer stappen, zet dan direct na BEGIN één regel
  ``### WERKBOEK: ...`` per regel die de leerling moet zien. Het werkboek
  krijgt dan die regels (elk op zijn eigen inspringing), bijvoorbeeld::

      ### BEGIN OPLOSSING
      ### WERKBOEK: facturen_2025 = ____
      ### WERKBOEK: omzet_2025 = ____
      facturen_2025 = facturen[facturen["factuurdatum"].dt.year == 2025]
      omzet_2025 = facturen_2025["bedrag"].sum()
      ### EINDE OPLOSSING

  Zo ziet de leerling hoeveel stappen er nodig zijn.

- Een cel met de tag ``docent`` komt niet in het werkboek.
- Uitvoer en uitvoeringsnummers worden gewist; de celtag
  ``nbval-check-output`` (en een oude regel ``# NBVAL_CHECK_OUTPUT``)
  verdwijnt uit het werkboek: er is geen uitvoer om mee te vergelijken.
- De metadata krijgt ``{"klantlib": {"versie": ..., "hoofdstuk": ...}}``.

Een BEGIN zonder EINDE, een EINDE zonder BEGIN of een BEGIN binnen een ander
blok stopt het maken met een duidelijke fout (bestand, cel en regel); er
wordt dan niets geschreven.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

import klantlib

BEGIN = "### BEGIN OPLOSSING"
EINDE = "### EINDE OPLOSSING"
SJABLOON = "### WERKBOEK:"
PLAATSHOUDER = "____"
DOCENT_TAG = "docent"
_NBVAL = "# NBVAL_CHECK_OUTPUT"
NBVAL_TAG = "nbval-check-output"
_HOOFDSTUK = re.compile(r"""Werkboek\(\s*["'](h\w+)["']""")

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


class MarkeringFout(ValueError):
    """Een fout in de OPLOSSING-markeringen van een uitwerking."""


def projectmap() -> Path:
    """De map van de cursus (waar solutions/ en exercises/ staan)."""
    return Path(klantlib.__file__).resolve().parent.parent


def vervang_markeringen(bron: str, plaats: str = "") -> str:
    """Vervang elk OPLOSSING-blok in de code van één cel.

    ``plaats`` (bijvoorbeeld ``"x.ipynb, cel 3"``) komt in de foutmelding.

    >>> print(vervang_markeringen("a = 1\\n### BEGIN OPLOSSING: b = ____\\nb = a + 1\\n### EINDE OPLOSSING\\nprint(b)"))
    a = 1
    b = ____
    print(b)
    >>> print(vervang_markeringen("def f(x):\\n    ### BEGIN OPLOSSING: return ____\\n    return x\\n    ### EINDE OPLOSSING"))
    def f(x):
        return ____
    """
    uit: list[str] = []
    begin_regel: int | None = None
    vervanging = ""
    sjablonen: list[str] = []
    for nummer, regel in enumerate(bron.splitlines(keepends=True), start=1):
        kaal = regel.strip()
        einde = "\n" if regel.endswith("\n") else ""
        if kaal.startswith(BEGIN):
            if begin_regel is not None:
                raise MarkeringFout(f"{plaats}, regel {nummer}: een nieuw '{BEGIN}' terwijl het blok van "
                                    f"regel {begin_regel} nog niet is gesloten. Blokken mogen niet genest "
                                    f"zijn; sluit eerst af met '{EINDE}'.")
            begin_regel = nummer
            rest = kaal[len(BEGIN):].strip()
            if rest.startswith(":"):
                rest = rest[1:].strip()
            elif rest:
                raise MarkeringFout(f"{plaats}, regel {nummer}: schrijf '{BEGIN}' alleen, of met een dubbele "
                                    f"punt en de vervangende regel, bijvoorbeeld '{BEGIN}: x = ____'.")
            inspringing = regel[: len(regel) - len(regel.lstrip())]
            vervanging = f"{inspringing}{rest or PLAATSHOUDER}"
            sjablonen = [f"{inspringing}{rest}"] if rest else []
        elif kaal.startswith(SJABLOON):
            if begin_regel is None:
                raise MarkeringFout(f"{plaats}, regel {nummer}: '{SJABLOON}' hoort binnen een blok "
                                    f"'{BEGIN}' ... '{EINDE}'.")
            inspringing = regel[: len(regel) - len(regel.lstrip())]
            tekst = kaal[len(SJABLOON):]
            tekst = tekst[1:] if tekst.startswith(" ") else tekst
            sjablonen.append(f"{inspringing}{tekst}")
        elif kaal.startswith(EINDE):
            if begin_regel is None:
                raise MarkeringFout(f"{plaats}, regel {nummer}: '{EINDE}' zonder '{BEGIN}' ervoor.")
            begin_regel = None
            regels = sjablonen or [vervanging]
            uit.append("\n".join(regels) + einde)
        elif begin_regel is None:
            uit.append(regel)
    if begin_regel is not None:
        raise MarkeringFout(f"{plaats}, regel {begin_regel}: '{BEGIN}' wordt niet gesloten met '{EINDE}' "
                            f"in dezelfde cel.")
    return "".join(uit)


def _zonder_nbval(bron: str) -> str:
    regels = bron.splitlines(keepends=True)
    return "".join(r for r in regels if r.strip() != _NBVAL)


def zet_nbval_tags(pad: Path) -> int:
    """Zet elke regel ``# NBVAL_CHECK_OUTPUT`` in een notebook om in de celtag ``nbval-check-output``.

    De regel verdwijnt uit de code (een leerling hoeft geen testmarkering te
    lezen); nbval leest de tag uit de metadata van de cel. Uitvoer blijft
    staan. Geeft het aantal omgezette cellen; schrijft alleen als er iets
    veranderde.
    """
    nb = nbformat.read(pad, as_version=4)
    aantal = 0
    for cel in nb.cells:
        if cel.cell_type != "code":
            continue
        regels = cel.source.splitlines(keepends=True)
        if not any(r.strip() == _NBVAL for r in regels):
            continue
        cel.source = "".join(r for r in regels if r.strip() != _NBVAL)
        tags = list(cel.metadata.get("tags", []))
        if NBVAL_TAG not in tags:
            tags.append(NBVAL_TAG)
        cel.metadata["tags"] = tags
        aantal += 1
    if aantal:
        Path(pad).write_text(als_tekst(nb), encoding="utf-8", newline="\n")
    return aantal


def maak_werkboek(nb: nbformat.NotebookNode, naam: str = "notebook") -> nbformat.NotebookNode:
    """Het leerlingwerkboek bij een uitgewerkt notebook (het origineel blijft gelijk)."""
    hoofdstuk = None
    cellen = []
    for nummer, cel in enumerate(nb.cells, start=1):
        tags = list(cel.get("metadata", {}).get("tags", []))
        if DOCENT_TAG in tags:
            continue
        tags = [t for t in tags if not t.startswith("nbval-")]
        bron = cel.source
        if cel.cell_type == "code":
            bron = _zonder_nbval(vervang_markeringen(bron, f"{naam}, cel {nummer}"))
            if hoofdstuk is None and (m := _HOOFDSTUK.search(bron)):
                hoofdstuk = m.group(1)
            nieuw = nbformat.v4.new_code_cell(bron)
        elif cel.cell_type == "markdown":
            nieuw = nbformat.v4.new_markdown_cell(bron)
            if cel.get("attachments"):
                nieuw.attachments = cel.attachments
        else:
            nieuw = nbformat.v4.new_raw_cell(bron)
        nieuw.id = cel.get("id") or f"cel-{nummer}"
        nieuw.metadata = {"tags": tags} if tags else {}
        cellen.append(nieuw)
    werkboek = nbformat.v4.new_notebook(cells=cellen)
    werkboek.nbformat_minor = 5
    meta = {"versie": klantlib.__version__}
    if hoofdstuk:
        meta["hoofdstuk"] = hoofdstuk
    werkboek.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"},
                         "klantlib": meta}
    return werkboek


def als_tekst(nb: nbformat.NotebookNode) -> str:
    """Het notebook als vaste JSON-tekst (gesorteerde sleutels, altijd dezelfde uitvoer)."""
    tekst = nbformat.writes(nb, version=4)
    return tekst if tekst.endswith("\n") else tekst + "\n"


def genereer(bron: Path, doel: Path) -> dict[Path, str]:
    """Alle werkboeken als {doelpad: tekst}; schrijft nog niets."""
    uit: dict[Path, str] = {}
    for pad in sorted(bron.glob("*.ipynb")):
        try:
            nb = nbformat.read(pad, as_version=4)
        except Exception as fout:  # noqa: BLE001
            raise MarkeringFout(f"{pad}: dit bestand is geen leesbaar notebook ({fout}).") from None
        uit[doel / pad.name] = als_tekst(maak_werkboek(nb, str(pad)))
    return uit


def verschillen(bron: Path, doel: Path) -> list[str]:
    """Bestanden in ``doel`` die afwijken van een verse generatie (met reden)."""
    nieuw = genereer(bron, doel)
    meldingen = []
    for pad, tekst in nieuw.items():
        if not pad.exists():
            meldingen.append(f"{pad}: ontbreekt")
        elif pad.read_text(encoding="utf-8") != tekst:
            meldingen.append(f"{pad}: wijkt af van {bron / pad.name}")
    for pad in sorted(doel.glob("*.ipynb")):
        if pad not in nieuw:
            meldingen.append(f"{pad}: hoort bij geen enkele uitwerking in {bron}")
    return meldingen


def schrijf(bron: Path, doel: Path) -> list[Path]:
    """Schrijf alle werkboeken; verwijder werkboeken zonder uitwerking. Geeft de gewijzigde paden."""
    nieuw = genereer(bron, doel)
    doel.mkdir(parents=True, exist_ok=True)
    gewijzigd = []
    for pad, tekst in nieuw.items():
        if not pad.exists() or pad.read_text(encoding="utf-8") != tekst:
            pad.write_text(tekst, encoding="utf-8", newline="\n")
            gewijzigd.append(pad)
    for pad in sorted(doel.glob("*.ipynb")):
        if pad not in nieuw:
            pad.unlink()
            gewijzigd.append(pad)
    return gewijzigd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m klantlib.werkboek",
        description="Maak de werkboeken in exercises/ uit de uitwerkingen in solutions/. "
                    "Bewerk exercises/ nooit met de hand.")
    parser.add_argument("--controleer", action="store_true",
                        help="schrijf niets; stop met een fout (code 1) als exercises/ afwijkt van een "
                             "verse generatie, en noem de bestanden")
    parser.add_argument("--nbval-tags", nargs="+", type=Path, metavar="NOTEBOOK", default=None,
                        help="zet in deze notebooks (of mappen) de regel '# NBVAL_CHECK_OUTPUT' om in de celtag "
                             "nbval-check-output, en stop")
    parser.add_argument("--bron", type=Path, default=None, help="map met uitwerkingen (standaard: solutions/)")
    parser.add_argument("--doel", type=Path, default=None, help="map voor de werkboeken (standaard: exercises/)")
    args = parser.parse_args(argv)
    if args.nbval_tags:
        for pad in args.nbval_tags:
            for nb in (sorted(pad.glob("*.ipynb")) if pad.is_dir() else [pad]):
                aantal = zet_nbval_tags(nb)
                if aantal:
                    print(f"{nb}: {aantal} cel(len) omgezet naar de tag {NBVAL_TAG}")
        return 0
    bron = args.bron or projectmap() / "solutions"
    doel = args.doel or projectmap() / "exercises"
    if not bron.is_dir():
        print(f"Fout: de map met uitwerkingen bestaat niet: {bron}", file=sys.stderr)
        return 2
    try:
        if args.controleer:
            meldingen = verschillen(bron, doel)
            if meldingen:
                print("exercises/ is niet bijgewerkt. Draai `python -m klantlib.werkboek` "
                      "(of `make werkboek`):", file=sys.stderr)
                for m in meldingen:
                    print(f"  {m}", file=sys.stderr)
                return 1
            print(f"exercises/ is bijgewerkt ({len(list(bron.glob('*.ipynb')))} werkboeken).")
            return 0
        gewijzigd = schrijf(bron, doel)
    except MarkeringFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    for pad in gewijzigd:
        print(f"bijgewerkt: {pad}")
    if not gewijzigd:
        print("Alle werkboeken waren al bijgewerkt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
