"""Een les als diavoorstelling (RISE): één vaste regel voor de dia-indeling.

Gebruik::

    python -m klantlib.dia notebooks/                 # indeling toepassen (alleen dia-metadata)
    python -m klantlib.dia notebooks/ --controleer    # niets schrijven; code 1 als iets niet klopt
    python -m klantlib.dia notebooks/ --splits        # eerst tekstcellen splitsen (zie onder)

De regel (:func:`dia_soorten`) kijkt alleen naar de inhoud van de cellen en hun
opgeslagen uitvoer, nooit naar de dia-metadata die er al staat. Daarom geeft
twee keer draaien hetzelfde resultaat, en is na een merge-conflict in een
notebook "neem één kant, draai de regel opnieuw" genoeg. De standaardactie
verandert alleen ``metadata.slideshow.slide_type`` van elke cel; bron, uitvoer,
tags en de rest van de metadata blijven zoals ze waren.

De regel, cel voor cel van boven naar beneden:

1. De eerste cel (de titel) begint een **dia** (``slide``).
2. Een tekstcel die begint met :data:`DOCENT_MARKER` (``**Voor de docent:**``)
   wordt een **notitie** (``notes``): niet op het scherm, wel in de
   sprekersweergave (toets ``T``). Studenten lezen hem gewoon in het notebook.
3. De opzetcel (een codecel zonder uitvoer met een ``import``) wordt
   **overgeslagen** (``skip``). Voer daarom vóór de voorstelling alle cellen uit.
4. Een tekstcel die begint met ``## `` begint een nieuwe **dia**; één die begint
   met ``### `` een **subdia** (``subslide``, naar beneden).
5. Een codecel met een grafiek of widget in de uitvoer krijgt een eigen
   **subdia**. Alleen een grafiek die samen met de kop en de inleidende tekst
   erboven past (en waar nog geen andere code op die dia staat), blijft bij
   die tekst. Een widget staat altijd alleen: zijn hoogte staat niet in de tekst.
6. Tekst direct na een grafiek (de uitleg, de denkvraag) verschijnt als
   **fragment** (pas na een klik) onder de grafiek, zolang hij past; code na
   een grafiek begint een nieuwe subdia.
7. Een denkvraag (tekstcel die begint met ``> **Denkvraag`` of ``**Denkvraag``)
   is altijd een **fragment** op de dia waar hij bij hoort (als hij past).
8. Elke andere cel komt op de huidige (sub)dia (``-``), tenzij hij daar niet
   meer op past: dan begint hij een nieuwe **subdia**. Lange uitleg wordt zo
   vanzelf verdeeld over subdia's.

"Past" volgt uit een schatting van de hoogte op een scherm van 1280×720 in
RISE (zie :func:`schat_hoogte`). De schatting is gemeten tegen een echte
voorstelling in Chromium (100 % zoom, thema ``simple``): per cel gemiddeld 2 %
ernaast; daarom rekenen we met :data:`BUDGET` (680 px) in plaats van de volle
720 px. De browsertest meet het elke run opnieuw na voor één les.

Een cel die in zijn eentje al hoger is dan het scherm (een lange tekstcel, een
grote widget) kan de regel niet kleiner maken. Voor tekstcellen is er
``--splits`` (:func:`splits_tekstcellen`): dat knipt een tekstcel vóór elke
``##``/``###``-kop, vóór een docentnotitie, en, als hij te hoog is, tussen
alinea's. Dat verandert de cellen (niet wat een student leest) en doe je dus
bewust, één keer, niet bij elke run. Te hoge uitvoer (widget, grafiek) meldt
``--controleer``; daar helpt alleen een kleinere figuur of inzoomen
(Ctrl + −) tijdens de les.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import math
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

#: Een tekstcel die hiermee begint, is een notitie voor de docent (dia-soort ``notes``).
DOCENT_MARKER = "**Voor de docent:**"

#: Het scherm waarvoor de dia's gemaakt zijn (breedte, hoogte in px).
SCHERM = (1280, 720)
#: Zoveel px mag de geschatte inhoud van één (sub)dia hoog zijn (720 min een marge voor de schatting).
BUDGET = 680

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

# --- de schatting (px bij 100 % zoom in RISE, thema 'simple', 1280 px breed) -----------------------
# Gemeten in Chromium aan alle lessen (elke cel een eigen dia; zie tests/data/dia_metingen.json).
REGEL = 18            # een regel lopende tekst
TEKENS = 165          # tekens per regel lopende tekst over de volle breedte
TUSSEN = 20           # witruimte tussen twee blokken (alinea, lijst, tabel, kop)
CEL_TEKST = 17        # rand van een tekstcel (plus de bovenmarge van het eerste blok)
BOVEN = {1: 32, 2: 18}  # bovenmarge van een kop als eerste blok; anders 20
KOP = {1: 63, 2: 35, 3: 28, 4: 22, 5: 20, 6: 18}    # hoogte van één regel kop per niveau
KOP_TEKENS = {1: 38, 2: 70, 3: 90, 4: 130, 5: 150, 6: 165}
LIJST_ITEM = 22       # een lijstitem van één regel
TABEL_RIJ = 24        # een tabelrij van één regel
CITAAT = 50           # rand van een citaat (> **Denkvraag:** ...): smaller en met kader
CITAAT_TEKENS = 115
CODE_REGEL = 18       # een regel code of tekstuitvoer
CODE_TEKENS = 150
CEL_CODE = 20         # rand van een codecel
UITVOER = 21          # rand van een resultaat (Out[..])
STROOM = 8            # rand van print-uitvoer
HTML_RIJ = 19         # een rij in een pandas-tabel
HTML_RIJ_TEKENS = 170
BEELD = 70            # rand rond een plaatje
BEELD_BREEDTE = 1180  # breder wordt een plaatje verkleind


def _tekst(bron: Any) -> str:
    return "".join(bron) if isinstance(bron, list) else str(bron or "")


def _regels(tekst: str, per_regel: int) -> int:
    """Aantal schermregels voor ``tekst`` bij ``per_regel`` tekens per regel (minstens 1).

    >>> _regels("kort", 175), _regels("x" * 176, 175), _regels("", 175)
    (1, 2, 1)
    """
    return max(1, math.ceil(len(tekst) / per_regel))


def _zichtbaar(tekst: str) -> str:
    """Markdown-opmaak weg die geen breedte kost (links, sterretjes, backticks).

    >>> _zichtbaar("**Let op:** zie [hoofdstuk 01](01_klantdefinitie.ipynb) en `laad()`")
    'Let op: zie hoofdstuk 01 en laad()'
    """
    tekst = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", tekst)
    return re.sub(r"[*_`]", "", tekst)


@dataclass
class Blok:
    """Eén markdown-blok: soort (kop, alinea, lijst, tabel, citaat, code) en zijn regels."""

    soort: str
    regels: list[str] = field(default_factory=list)
    niveau: int = 0


def markdown_blokken(bron: str) -> list[Blok]:
    """Deel markdown op in blokken; een kop is altijd een eigen blok.

    >>> [(b.soort, len(b.regels)) for b in markdown_blokken("# Titel\\ntekst\\n\\n- a\\n- b\\n\\n| x |\\n|---|\\n| 1 |")]
    [('kop', 1), ('alinea', 1), ('lijst', 2), ('tabel', 3)]
    >>> [b.soort for b in markdown_blokken("```\\ncode\\n\\nmeer\\n```\\n> vraag")]
    ['code', 'citaat']
    """
    blokken: list[Blok] = []
    huidig: Blok | None = None
    in_code = False
    for regel in bron.splitlines():
        kaal = regel.strip()
        if in_code:
            huidig.regels.append(regel)
            if kaal.startswith(("```", "~~~")):
                in_code = False
                huidig = None
            continue
        if kaal.startswith(("```", "~~~")):
            huidig = Blok("code", [regel])
            blokken.append(huidig)
            in_code = True
            continue
        if not kaal:
            huidig = None
            continue
        kop = re.match(r"^(#{1,6})\s+(.*)$", kaal)
        if kop:
            blokken.append(Blok("kop", [kop.group(2)], len(kop.group(1))))
            huidig = None
            continue
        if kaal.startswith("|"):
            soort = "tabel"
        elif kaal.startswith(">"):
            soort = "citaat"
        elif re.match(r"^([-*+]|\d+[.)])\s", kaal):
            soort = "lijst"
        elif huidig is not None:
            soort = huidig.soort  # vervolgregel van een alinea, lijstitem of citaat
        else:
            soort = "alinea"
        if huidig is None or huidig.soort != soort:
            huidig = Blok(soort)
            blokken.append(huidig)
        huidig.regels.append(regel)
    return blokken


def _blok_hoogte(blok: Blok) -> float:
    if blok.soort == "kop":
        n = blok.niveau
        return KOP[n] * _regels(_zichtbaar(blok.regels[0]), KOP_TEKENS[n])
    if blok.soort == "code":
        return CEL_CODE + CODE_REGEL * sum(_regels(r, CODE_TEKENS) for r in blok.regels[1:-1] or [""])
    if blok.soort == "tabel":
        rijen = [r for r in blok.regels if not re.match(r"^\s*\|?\s*:?-{3,}", r)]
        return sum(TABEL_RIJ + REGEL * (_regels(_zichtbaar(r.replace("|", " ").strip()), TEKENS) - 1)
                   for r in rijen)
    if blok.soort == "lijst":
        items: list[str] = []
        for r in blok.regels:
            if re.match(r"^\s*([-*+]|\d+[.)])\s", r):
                items.append(r.strip())
            elif items:
                items[-1] += " " + r.strip()
        return sum(LIJST_ITEM + REGEL * (_regels(_zichtbaar(i), TEKENS - 5) - 1) for i in items)
    if blok.soort == "citaat":
        tekst = " ".join(r.strip().lstrip(">").strip() for r in blok.regels)
        return CITAAT + REGEL * _regels(_zichtbaar(tekst), CITAAT_TEKENS)
    tekst = " ".join(r.strip() for r in blok.regels)
    return REGEL * _regels(_zichtbaar(tekst), TEKENS)


def markdown_hoogte(bron: str) -> float:
    """Geschatte hoogte (px) van een tekstcel in RISE op 1280 px breed.

    >>> markdown_hoogte("Eén korte zin.")
    55.0
    >>> markdown_hoogte("## Kop\\n\\nTekst.")
    108.0
    """
    blokken = markdown_blokken(bron)
    if not blokken:
        return 0.0
    eerste = blokken[0]
    boven = BOVEN.get(eerste.niveau, 20) if eerste.soort == "kop" else 20
    return float(CEL_TEKST + boven + sum(_blok_hoogte(b) for b in blokken) + TUSSEN * (len(blokken) - 1))


def _png_maat(data: str) -> tuple[int, int] | None:
    try:
        ruw = base64.b64decode(data[:200] if isinstance(data, str) else data)
        if ruw[:8] != b"\x89PNG\r\n\x1a\n":
            return None
        return struct.unpack(">II", ruw[16:24])
    except (ValueError, struct.error):
        return None


def _tekstregels(tekst: str) -> int:
    return sum(_regels(r, CODE_TEKENS) for r in tekst.splitlines() or [""])


def _tabelbreedte(rijen: list[str]) -> int:
    """Breedte (tekens) van een HTML-tabel: per kolom de langste cel plus 3 tekens ruimte.

    >>> _tabelbreedte(["<tr><th>fase</th><th>aantal</th></tr>", "<tr><td>gebeld</td><td>400</td></tr>"])
    18
    """
    breedtes: list[int] = []
    for rij in rijen:
        cellen = re.findall(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", rij, re.S)
        for k, cel in enumerate(cellen):
            lengte = len(" ".join(re.sub(r"<[^>]+>", " ", cel).split())) + 3
            if k < len(breedtes):
                breedtes[k] = max(breedtes[k], lengte)
            else:
                breedtes.append(lengte)
    return sum(breedtes)


def uitvoer_hoogte(uit: dict) -> float | None:
    """Geschatte hoogte (px) van één uitvoer van een codecel; None voor een widget (onbekend)."""
    soort = uit.get("output_type")
    if soort == "stream":
        return STROOM + CODE_REGEL * _tekstregels(_tekst(uit.get("text")))
    if soort == "error":
        return STROOM + CODE_REGEL * _tekstregels("\n".join(uit.get("traceback", [])))
    data = uit.get("data", {})
    if WIDGET_MIME in data:
        return None
    for mime in ("image/png", "image/jpeg"):
        if mime in data:
            meta = uit.get("metadata", {}).get(mime, {})
            maat = (meta["width"], meta["height"]) if meta.get("height") and meta.get("width") else (
                _png_maat(_tekst(data[mime])))
            if not maat:
                return None
            breedte, hoogte = maat
            return BEELD + hoogte * min(1.0, BEELD_BREEDTE / max(1, breedte))
    if "text/html" in data:
        html = _tekst(data["text/html"])
        rijen = re.findall(r"<tr\b.*?</tr>", html, re.S)
        if rijen:
            return UITVOER + len(rijen) * (HTML_RIJ + 21 * (_regels("x" * _tabelbreedte(rijen), HTML_RIJ_TEKENS) - 1))
        return UITVOER + markdown_hoogte(re.sub(r"<[^>]+>", " ", html))
    if "text/markdown" in data:
        return UITVOER + markdown_hoogte(_tekst(data["text/markdown"]))
    return UITVOER + CODE_REGEL * _tekstregels(_tekst(data.get("text/plain", "")))


def schat_hoogte(cel: dict) -> float:
    """Geschatte hoogte (px) van een cel in RISE op een scherm van 1280 px breed.

    Het model, gemeten in Chromium (100 % zoom):

    * tekst: 18 px per regel van 165 tekens; koppen (# 63 px, ## 35 px per
      regel), lijstitems (22 px), tabelrijen (24 px) en citaten (50 px rand,
      smaller) apart; 20 px tussen blokken en ongeveer 37 px rand per cel;
    * code: 20 px rand + 18 px per regel van 150 tekens;
    * uitvoer: print-tekst 8 px + 18 px per regel, een resultaat 21 px + 18 px
      per regel, een pandas-tabel 21 px + 19 px per rij (een brede rij breekt
      af), een plaatje op zijn echte hoogte + 70 px (verkleind als hij breder
      is dan 1180 px); een widget telt als een volle dia (:data:`BUDGET`), want
      zijn hoogte staat niet in de tekst.

    >>> schat_hoogte({"cell_type": "code", "source": "1 + 1", "outputs": []})
    38.0
    """
    if cel.get("cell_type") == "markdown":
        return markdown_hoogte(_tekst(cel.get("source")))
    if cel.get("cell_type") != "code":
        return 0.0
    hoogte = float(CEL_CODE + CODE_REGEL * _tekstregels(_tekst(cel.get("source"))))
    for uit in cel.get("outputs", []) or []:
        h = uitvoer_hoogte(uit)
        hoogte += BUDGET if h is None else h
    return hoogte


# --- de regel ----------------------------------------------------------------------------------------

SOORTEN = ("slide", "subslide", "fragment", "-", "skip", "notes")


def is_docentnotitie(cel: dict) -> bool:
    return cel.get("cell_type") == "markdown" and _tekst(cel.get("source")).lstrip().startswith(DOCENT_MARKER)


def is_opzetcel(cel: dict) -> bool:
    """Een codecel zonder uitvoer die iets importeert (de cel die alles klaarzet).

    >>> is_opzetcel({"cell_type": "code", "source": "from klantlib.data import laad", "outputs": []})
    True
    >>> is_opzetcel({"cell_type": "code", "source": "x = 1", "outputs": []})
    False
    """
    if cel.get("cell_type") != "code" or cel.get("outputs"):
        return False
    return bool(re.search(r"^\s*(import|from)\s+\S+", _tekst(cel.get("source")), re.M))


def heeft_beeld(cel: dict) -> bool:
    """Heeft de codecel een grafiek (plaatje) of widget in de opgeslagen uitvoer?"""
    if cel.get("cell_type") != "code":
        return False
    for uit in cel.get("outputs", []) or []:
        data = uit.get("data", {})
        if WIDGET_MIME in data or "image/png" in data or "image/jpeg" in data or "image/svg+xml" in data:
            return True
    return False


def heeft_widget(cel: dict) -> bool:
    """Heeft de codecel een widget in de opgeslagen uitvoer?"""
    return cel.get("cell_type") == "code" and any(
        WIDGET_MIME in (u.get("data") or {}) for u in cel.get("outputs", []) or [])


def is_denkvraag(cel: dict) -> bool:
    bron = _tekst(cel.get("source")).lstrip()
    return cel.get("cell_type") == "markdown" and bool(re.match(r"^(>\s*)?\*\*Denkvraag", bron))


def _kopniveau(cel: dict) -> int:
    if cel.get("cell_type") != "markdown":
        return 0
    m = re.match(r"^(#{1,6})\s", _tekst(cel.get("source")).lstrip())
    return len(m.group(1)) if m else 0


def dia_soorten(nb: Any) -> list[str]:
    """De dia-soort van elke cel volgens de regel in de moduledocstring.

    Kijkt alleen naar bron en uitvoer (niet naar bestaande dia-metadata).

    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("# Titel"),
    ...     nbformat.v4.new_code_cell("from klantlib import verkennen"),
    ...     nbformat.v4.new_markdown_cell("**Voor de docent:** vraag wie al eens een offerte kreeg."),
    ...     nbformat.v4.new_markdown_cell("## Eerste stap\\n\\nUitleg."),
    ...     nbformat.v4.new_code_cell("2 + 2", outputs=[nbformat.v4.new_output(
    ...         "execute_result", {"text/plain": "4"}, execution_count=1)]),
    ...     nbformat.v4.new_markdown_cell("> **Denkvraag:** waarom 4?"),
    ... ])
    >>> dia_soorten(nb)
    ['slide', 'skip', 'notes', 'slide', '-', 'fragment']
    """
    cellen = nb["cells"] if isinstance(nb, dict) else nb.cells
    soorten: list[str] = []
    gebruikt = 0.0       # geschatte hoogte op de huidige (sub)dia
    alleen_tekst = True  # staan er tot nu toe alleen tekstcellen op de huidige (sub)dia?
    na_beeld = False     # de vorige zichtbare cel was een grafiek of widget
    for i, cel in enumerate(cellen):
        hoogte = schat_hoogte(cel)
        if i == 0:
            soort = "slide"
        elif is_docentnotitie(cel):
            soorten.append("notes")
            continue
        elif is_opzetcel(cel):
            soorten.append("skip")
            continue
        elif _kopniveau(cel) in (1, 2):
            soort = "slide"
        elif _kopniveau(cel) == 3:
            soort = "subslide"
        elif heeft_beeld(cel):
            # Een grafiek mag bij de kop en de uitleg die hem inleiden, als dat past; een widget
            # (hoogte onbekend) en een grafiek na andere code of uitvoer krijgen een eigen subdia.
            past_bij_inleiding = alleen_tekst and not heeft_widget(cel) and gebruikt + hoogte <= BUDGET
            soort = "-" if past_bij_inleiding else "subslide"
        elif gebruikt + hoogte > BUDGET or (na_beeld and cel.get("cell_type") == "code"):
            soort = "subslide"
        elif is_denkvraag(cel) or na_beeld:
            soort = "fragment"
        else:
            soort = "-"
        if soort in ("slide", "subslide"):
            gebruikt, alleen_tekst = hoogte, cel.get("cell_type") == "markdown"
        else:
            gebruikt, alleen_tekst = gebruikt + hoogte, alleen_tekst and cel.get("cell_type") == "markdown"
        # Na een grafiek komt tekst die nog past als fragment op dezelfde dia (uitleg, denkvraag).
        na_beeld = heeft_beeld(cel) or (na_beeld and soort == "fragment")
        soorten.append(soort)
    return soorten


def pas_toe(nb: Any) -> bool:
    """Zet ``metadata.slideshow.slide_type`` van elke cel volgens de regel. Geeft True als er iets veranderde.

    Alleen de sleutel ``slide_type`` onder ``metadata.slideshow`` wordt geschreven; andere
    sleutels (ook andere onder ``slideshow``) blijven staan.
    """
    cellen = nb["cells"] if isinstance(nb, dict) else nb.cells
    veranderd = False
    for cel, soort in zip(cellen, dia_soorten(nb)):
        meta = cel.setdefault("metadata", {})
        oud = meta.get("slideshow")
        if isinstance(oud, dict) and oud.get("slide_type") == soort:
            continue
        meta["slideshow"] = dict(oud if isinstance(oud, dict) else {}, slide_type=soort)
        veranderd = True
    return veranderd


# --- dia's zoals RISE ze toont (voor de controle) -----------------------------------------------------


@dataclass
class Dia:
    """Eén (sub)dia: de cellen erop (index) en de geschatte hoogte."""

    nummer: str            # "3" voor een dia, "3.2" voor zijn tweede subdia
    cellen: list[int]
    hoogte: float
    kop: str = ""

    @property
    def past(self) -> bool:
        return self.hoogte <= BUDGET


def dias(nb: Any) -> list[Dia]:
    """De (sub)dia's zoals RISE ze toont, volgens de opgeslagen dia-metadata.

    Overgeslagen cellen en notities tellen niet mee; fragmenten wel (ze nemen hun
    plek al in voordat ze verschijnen).
    """
    cellen = nb["cells"] if isinstance(nb, dict) else nb.cells
    uit: list[Dia] = []
    dia_nr = sub_nr = 0
    for i, cel in enumerate(cellen):
        soort = (cel.get("metadata", {}).get("slideshow") or {}).get("slide_type", "-")
        if soort in ("skip", "notes"):
            continue
        if soort == "slide" or not uit:
            dia_nr, sub_nr = dia_nr + 1, 1
            uit.append(Dia(str(dia_nr), [], 0.0))
        elif soort == "subslide":
            sub_nr += 1
            uit.append(Dia(f"{dia_nr}.{sub_nr}", [], 0.0))
        dia = uit[-1]
        dia.cellen.append(i)
        dia.hoogte += schat_hoogte(cel)
        if not dia.kop and cel.get("cell_type") == "markdown":
            dia.kop = next((r.strip() for r in _tekst(cel.get("source")).splitlines() if r.strip()), "")[:70]
    return uit


def te_hoog(nb: Any) -> list[tuple[Dia, str]]:
    """Dia's die (volgens de schatting) niet op 1280×720 passen, met de reden.

    Een dia met één cel die in zijn eentje te hoog is, krijgt als reden
    ``"cel te hoog"`` (de regel kan daar niets aan doen); anders ``"te vol"``.
    Een widget alleen op een dia telt niet mee: zijn hoogte staat niet in de
    tekst (de browsertest meet hem).
    """
    cellen = nb["cells"] if isinstance(nb, dict) else nb.cells
    uit = []
    for dia in dias(nb):
        if dia.past or (len(dia.cellen) == 1 and heeft_widget(cellen[dia.cellen[0]])):
            continue  # past, of een widget alleen: zijn hoogte staat niet in de tekst
        reden = "cel te hoog" if len(dia.cellen) == 1 else "te vol"
        if reden == "te vol" and any(schat_hoogte(cellen[i]) > BUDGET for i in dia.cellen):
            reden = "te vol (met een cel die alleen al te hoog is)"
        uit.append((dia, reden))
    return uit


# --- tekstcellen splitsen (bewust, niet bij elke run) --------------------------------------------------


def _deel_op(bron: str) -> list[str]:
    """Knip markdown vóór elke ##/###-kop en vóór een docentnotitie (nooit in een codeblok)."""
    delen: list[list[str]] = [[]]
    in_code = False
    for regel in bron.splitlines():
        kaal = regel.strip()
        if kaal.startswith(("```", "~~~")):
            in_code = not in_code
        elif not in_code and (re.match(r"^#{2,3}\s", kaal) or kaal.startswith(DOCENT_MARKER)):
            if any(r.strip() for r in delen[-1]):
                delen.append([])
        delen[-1].append(regel)
    return ["\n".join(d).strip("\n") for d in delen if any(r.strip() for r in d)]


def _alineas(bron: str) -> list[str]:
    """Blokken gescheiden door een lege regel (codeblokken blijven heel)."""
    delen: list[list[str]] = [[]]
    in_code = False
    for regel in bron.splitlines():
        if regel.strip().startswith(("```", "~~~")):
            in_code = not in_code
        if not regel.strip() and not in_code:
            if delen[-1]:
                delen.append([])
            continue
        delen[-1].append(regel)
    return ["\n".join(d) for d in delen if d]


def _op_maat(bron: str) -> list[str]:
    """Knip een te hoge tekst tussen alinea's in zo weinig mogelijk stukken die elk op een dia passen.

    Bij dat aantal stukken kiezen we de knippunten zo dat het hoogste stuk zo laag mogelijk is
    (gelijkmatig verdeeld, niet de eerste dia vol en de laatste bijna leeg).
    """
    if markdown_hoogte(bron) <= BUDGET:
        return [bron]
    alineas = _alineas(bron)
    n = len(alineas)

    def hoogte(a: int, b: int) -> float:
        return markdown_hoogte("\n\n".join(alineas[a:b]))

    beste: list[str] = [bron]
    for k in range(2, n + 1):
        # best[j][i]: laagste mogelijke 'hoogste stuk' voor de eerste i alinea's in j stukken
        oneindig = float("inf")
        best = [[oneindig] * (n + 1) for _ in range(k + 1)]
        knip = [[0] * (n + 1) for _ in range(k + 1)]
        best[0][0] = 0.0
        for j in range(1, k + 1):
            for i in range(j, n + 1):
                for v in range(j - 1, i):
                    kandidaat = max(best[j - 1][v], hoogte(v, i))
                    if kandidaat < best[j][i]:
                        best[j][i], knip[j][i] = kandidaat, v
        if best[k][n] <= BUDGET:
            grenzen, i = [], n
            for j in range(k, 0, -1):
                grenzen.append((knip[j][i], i))
                i = knip[j][i]
            return ["\n\n".join(alineas[a:b]) for a, b in reversed(grenzen)]
        beste = ["\n\n".join([a]) for a in alineas]
    return beste  # zelfs per alinea te hoog: elke alinea een eigen cel


def _nieuw_id(oud: str, k: int) -> str:
    """Een vast, geldig cel-id voor het k-de stuk van cel ``oud`` (zelfde invoer, zelfde id)."""
    return hashlib.sha1(f"{oud}-{k}".encode()).hexdigest()[:8]


def splits_tekstcellen(nb: Any) -> bool:
    """Knip tekstcellen zodat elke ##/###-kop en elke docentnotitie een cel begint en geen tekstcel te hoog is.

    Verandert de cellen (niet de tekst die een student leest: de stukken staan in dezelfde volgorde).
    Twee keer draaien verandert niets meer. Geeft True als er iets geknipt is.
    """
    cellen = nb["cells"] if isinstance(nb, dict) else nb.cells
    nieuw = []
    veranderd = False
    for cel in cellen:
        if cel.get("cell_type") != "markdown":
            nieuw.append(cel)
            continue
        stukken = [s for deel in _deel_op(_tekst(cel.get("source"))) for s in _op_maat(deel)]
        if len(stukken) <= 1:
            nieuw.append(cel)
            continue
        veranderd = True
        for k, stuk in enumerate(stukken):
            kopie = nbformat.from_dict(dict(cel))
            kopie["metadata"] = dict(cel.get("metadata", {}))
            kopie["source"] = stuk
            if "id" in cel:
                kopie["id"] = cel["id"] if k == 0 else _nieuw_id(cel["id"], k)
            nieuw.append(kopie)
    if isinstance(nb, dict):
        nb["cells"] = nieuw
    else:
        nb.cells = nieuw
    return veranderd


# --- notebooks ------------------------------------------------------------------------------------------


def verwerk(pad: Path, splitsen: bool = False, schrijven: bool = True) -> bool:
    """Pas de regel toe op één notebook (en knip eerst, als ``splitsen``). Geeft True als het veranderde."""
    nb = nbformat.read(pad, as_version=4)
    veranderd = splits_tekstcellen(nb) if splitsen else False
    veranderd = pas_toe(nb) or veranderd
    if veranderd and schrijven:
        nbformat.write(nb, pad)
    return veranderd


def verslag(pad: Path) -> list[str]:
    """Regels over dia's die niet passen en koppen die midden in een cel staan."""
    nb = nbformat.read(pad, as_version=4)
    regels = []
    for dia, reden in te_hoog(nb):
        regels.append(f"{pad.name}: dia {dia.nummer} ({dia.kop or 'code/uitvoer'}) is ongeveer "
                      f"{dia.hoogte:.0f} px hoog (past: {BUDGET}): {reden}")
    for i, cel in enumerate(nb.cells):
        if cel.cell_type == "markdown" and len(_deel_op(cel.source)) > 1:
            regels.append(f"{pad.name}: cel {i + 1} heeft een ##/###-kop of docentnotitie midden in de cel; "
                          "splits hem (python -m klantlib.dia --splits)")
    return regels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m klantlib.dia", description=__doc__.splitlines()[0])
    parser.add_argument("paden", nargs="+", help="mappen of .ipynb-bestanden")
    parser.add_argument("--controleer", action="store_true",
                        help="niets schrijven; afsluiten met code 1 als een notebook zou veranderen")
    parser.add_argument("--splits", action="store_true",
                        help="eerst tekstcellen knippen bij koppen, docentnotities en te lange tekst")
    args = parser.parse_args(argv)
    from klantlib.notebooks_uitvoeren import notebooks_in  # hier: die module gebruikt deze

    code = 0
    for pad in notebooks_in(args.paden):
        veranderd = verwerk(pad, splitsen=args.splits, schrijven=not args.controleer)
        if args.controleer:
            if veranderd:
                print(f"{pad}: de dia-indeling klopt niet met de regel; draai python -m klantlib.dia {pad}")
                code = 1
            for regel in verslag(pad):
                print(f"  let op: {regel}")
        elif veranderd:
            print(f"dia's bijgewerkt: {pad}")
    return code


if __name__ == "__main__":
    sys.exit(main())
