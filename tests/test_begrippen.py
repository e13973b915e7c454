"""Eén term per begrip (issue 18): de begrippenlijst, de link ernaar en de vaste woorden.

Wat deze tests afdwingen (zie BEGRIPPEN_AFSPRAKEN.md):

a. Elke les (``notebooks/0*.ipynb``) linkt in haar openingscel, onder "Wat je nodig hebt", met precies
   :data:`LINKREGEL` naar ``notebooks/begrippen.md``, en dat bestand bestaat.
b. De "nooit"-varianten (:data:`VERBODEN`) komen niet voor in ``notebooks/``, ``solutions/``, ``exercises/``
   (tekst, code en opgeslagen uitvoer) en in de teksten en docstrings van ``klantlib/``. Alleen
   ``notebooks/begrippen.md`` mag de schrijfwijze van het boek één keer noemen.
c. Elk begrip uit de lijst staat echt in de les die erachter staat (``*(les NN)*``).
d. Titels en slotregels volgen één patroon: les ``# NN Titel`` en als slot een regel
   ``**Verder oefenen:** open het werkboek [...](../exercises/...)``; werkboek ``# Werkboek NN: titel`` en als
   slot ``Terug naar de les: `../notebooks/NN_naam.ipynb`.``
"""

from __future__ import annotations

import io
import json
import re
import tokenize
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
BEGRIPPEN = NOTEBOOKS / "begrippen.md"
LESSEN = sorted(NOTEBOOKS.glob("0*.ipynb"))
WERKBOEKEN = sorted((REPO / "solutions").glob("0*.ipynb")) + sorted((REPO / "exercises").glob("0*.ipynb"))
DOCENT_MARKER = "**Voor de docent:**"

LINKREGEL = "- De [begrippenlijst](begrippen.md): elk begrip uit de cursus in één of twee zinnen."

# --------------------------------------------------------------------------------------------------
# De verboden varianten. Elke regel: (naam, patroon, wat het wel moet zijn). Hoofdletters tellen niet.
# De patronen staan op woordgrenzen, zodat "klantrelatiecyclus", "passief tevreden(en)", "Net Promoter
# Score" en de kolom "passief_tevredenen" er niet onder vallen.
VERBODEN: list[tuple[str, str, str]] = [
    ("fases", r"\bfases\b", "fasen"),
    ("Net Promotor Score", r"\bnet[\s-]+promotor\s+score\b", "Net Promoter Score"),
    ("promoters", r"\bpromoters\b|\bpromoter\b(?![\s-]+score)", "promotors"),
    ("detractors", r"\bdetractors?\b", "criticasters"),
    ("passieven", r"\bpassieven\b", "passief tevredenen"),
    # "passief" als zelfstandig naamwoord: "25 % passief", "promotors, passief en criticasters", "de passief",
    # "passief telt niet mee", de oude kolom "passief". Alleen "passief tevreden(en)" mag.
    ("passief (zelfstandig)", r"\bpassief\b(?![\s*_]+tevreden)", "passief tevredenen (groep) of passief tevreden"),
    ("schuilnaam", r"\bschuilna(?:a)?m(?:en)?\b", "pseudoniem"),
    ("typfout", r"\btypfout(?:en)?\b", "tikfout"),
    ("lerend vermogen", r"\blerend\s+vermogen\b", "leren en groeien"),
    ("klantcyclus", r"\bklantcyclus\b", "klantrelatiecyclus"),
    ("hit rate", r"\bhit[\s-]?rates?\b", "slagingskans of conversie"),
    ("succeskans", r"\bsucceskans(?:en)?\b", "slagingskans"),
    ("walletshare", r"\bwallet[\s-]?share\b", "share of wallet"),
    ("aandeel in de portemonnee", r"\baandeel\s+in\s+de\s+portemonnee\b", "share of wallet"),
    # De salesfuncties heten zoals in het boek (sales binnendienst ... key accountmanager); een "large
    # accountmanager" bestaat daar niet. Large account is de klant (bron 002), geen functie.
    ("large accountmanager", r"\blarge[\s-]?account[\s-]?manager", "key accountmanager (de salesfunctie uit het boek)"),
    ("een rij is een factuur", r"\b(?:rij|regel)\s+is\s+(?:één|een)\s+factuur\b", "een rij is een factuurregel"),
]
_VERBODEN = [(naam, re.compile(p, re.IGNORECASE), goed) for naam, p, goed in VERBODEN]

#: Een verbeterzin mag de foute vorm noemen: "geef 'passief tevreden' terug in plaats van 'passief'".
_VERBETERING = re.compile(r"in plaats van", re.IGNORECASE)

#: Code die met opzet een fout antwoord nabootst (een bekende fout in een oefening), met de reden.
#: (bestand, stukje van de bronregel): waarom
TOEGESTAAN = {
    ("klantlib/oefeningen/h03.py", 'return "passief" if uit == "passief tevreden" else uit'):
        "bootst het oude label na, zodat de controle die fout herkent en uitlegt",
}


def _overtredingen(tekst: str, waar: str) -> list[str]:
    uit = []
    for naam, patroon, goed in _VERBODEN:
        for m in patroon.finditer(tekst):
            if _VERBETERING.search(tekst[max(0, m.start() - 80):m.end() + 80]):
                continue
            begin = max(0, m.start() - 30)
            fragment = tekst[begin:m.end() + 30].replace("\n", " ")
            uit.append(f"{waar}: '{m.group(0)}' ({naam}; gebruik: {goed}) in …{fragment}…")
    return uit


def _python_teksten(bron: str, commentaar: bool = True) -> list[tuple[int, str]]:
    """De strings (ook docstrings en f-strings) en, als ``commentaar``, het commentaar uit Python-code.

    Namen van variabelen en argumenten tellen niet mee: die zijn code, geen tekst voor de lezer.
    Strings die direct na elkaar staan ("..." "...") worden samengevoegd, zoals Python dat doet.
    """
    uit: list[tuple[int, str]] = []
    vorige_string = False
    try:
        for tok in tokenize.generate_tokens(io.StringIO(bron).readline):
            if tok.type == tokenize.STRING:
                if vorige_string:
                    regel, tekst = uit[-1]
                    uit[-1] = (regel, tekst + _string_inhoud(tok.string))
                else:
                    uit.append((tok.start[0], _string_inhoud(tok.string)))
                vorige_string = True
            elif tok.type == tokenize.COMMENT:
                if commentaar:
                    uit.append((tok.start[0], tok.string))
            elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                vorige_string = False
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return [(1, bron)]
    return uit


def _string_inhoud(s: str) -> str:
    m = re.match(r"^[rbuftRBUFT]*('''|\"\"\"|'|\")", s)
    if not m:
        return s
    q = m.group(1)
    return s[m.end():len(s) - len(q)] if s.endswith(q) else s[m.end():]


def _uitvoer_teksten(cel: dict) -> list[str]:
    teksten = []
    for uit in cel.get("outputs", []):
        if "text" in uit:
            teksten.append(_tekst(uit["text"]))
        for mime, waarde in (uit.get("data") or {}).items():
            if mime.startswith("text/") or mime in ("application/json",):
                teksten.append(_tekst(waarde) if not isinstance(waarde, dict) else json.dumps(waarde))
        if uit.get("output_type") == "error":
            teksten.append(" ".join(uit.get("traceback", [])))
    return teksten


def _tekst(waarde) -> str:
    return "".join(waarde) if isinstance(waarde, list) else str(waarde)


def _nb(pad: Path) -> dict:
    return json.loads(pad.read_text(encoding="utf-8"))


def _notebook_overtredingen(pad: Path) -> list[str]:
    nb = _nb(pad)
    uit = []
    for i, cel in enumerate(nb["cells"], start=1):
        bron = _tekst(cel["source"])
        if cel["cell_type"] == "code":
            for regel, tekst in _python_teksten(bron):
                uit += _overtredingen(tekst, f"cel {i}, coderegel {regel}")
            for tekst in _uitvoer_teksten(cel):
                uit += _overtredingen(tekst, f"cel {i}, uitvoer")
        else:
            uit += _overtredingen(bron, f"cel {i}")
    return uit


VOCAB_BESTANDEN = sorted(
    [p for map_ in ("notebooks", "solutions", "exercises") for p in (REPO / map_).glob("*.ipynb")]
    + [p for p in NOTEBOOKS.glob("*.md") if p != BEGRIPPEN]
    + sorted((REPO / "klantlib").rglob("*.py"))
    + sorted((REPO / "klantlib").rglob("*.md"))
)


@pytest.mark.parametrize("pad", VOCAB_BESTANDEN, ids=lambda p: str(p.relative_to(REPO)))
def test_geen_verboden_varianten(pad):
    if pad.suffix == ".ipynb":
        fouten = _notebook_overtredingen(pad)
    elif pad.suffix == ".py":
        fouten = []
        bron = pad.read_text(encoding="utf-8")
        regels = bron.splitlines()
        toegestaan = [stuk for (bestand, stuk) in TOEGESTAAN if bestand == str(pad.relative_to(REPO))]
        # In klantlib: de teksten die een gebruiker leest (strings en docstrings), niet het commentaar.
        for regel, tekst in _python_teksten(bron, commentaar=False):
            if any(stuk in regels[regel - 1] for stuk in toegestaan):
                continue
            fouten += _overtredingen(tekst, f"regel {regel}")
    else:
        fouten = _overtredingen(pad.read_text(encoding="utf-8"), "tekst")
    assert not fouten, f"{pad.relative_to(REPO)}: woorden uit de 'nooit'-kolom van de afspraken:\n" + "\n".join(fouten)


@pytest.mark.parametrize("tekst, fout", [
    ("25 % passief en 20 % criticasters", True),
    ("promotors, passief en criticasters", True),
    ("(7 of 8 is passief.)", True),
    ("| 7 of 8 | **passief** (tevreden) |", True),
    ("de kolom `passief`", True),
    ("55 % passief tevredenen", False),
    ("één respondent is passief\ntevreden", False),
    ("| 7 of 8 | **passief tevreden** |", False),
    ("aandelen['passief_tevredenen']", False),
    ("drie fases", True),
    ("drie fasen", False),
    ("de klantrelatiecyclus", False),
    ("de klantcyclus", True),
    ("Net Promoter Score", False),
    ("Net Promotor Score", True),
    ("de promoters", True),
    ("key accountmanager", False),
    ("large accountmanager", True),
    ("een schuilnaam", True),
    ("een typfout", True),
    ("de tikfout", False),
    ("hit rate", True),
    ("walletshare", True),
    ("share of wallet", False),
    ("Eén rij is één factuur.", True),
    ("Eén rij is één factuurregel.", False),
    ("Geef `\"passief tevreden\"` terug in plaats van `\"passief\"`.", False),
    ("het oude label 'passief' in plaats van 'passief tevreden'", False),
])
def test_patronen_met_de_hand(tekst, fout):
    assert bool(_overtredingen(tekst, "x")) is fout


def test_python_teksten_negeert_namen_maar_niet_strings():
    bron = 'def f(passief=1):\n    """Aandeel passief en criticasters."""\n    x = "a " "passief"\n    return passief  # passief\n'
    teksten = [t for _, t in _python_teksten(bron)]
    assert "Aandeel passief en criticasters." in teksten
    assert "a passief" in teksten  # aan elkaar geplakte strings
    assert "# passief" in teksten
    assert not any("def f" in t for t in teksten)


# --------------------------------------------------------------------------------------------------
# a. de link in de openingscel

def _openingscellen(nb: dict) -> list[dict]:
    """De tekstcellen vóór de eerste ##-sectie (de opening kan over een paar dia-cellen verdeeld zijn)."""
    uit = []
    for cel in nb["cells"]:
        bron = _tekst(cel["source"])
        if cel["cell_type"] == "markdown" and bron.startswith("## "):
            break
        if cel["cell_type"] == "markdown":
            uit.append(cel)
    return uit


@pytest.mark.parametrize("pad", LESSEN, ids=lambda p: p.name)
def test_openingscel_linkt_naar_de_begrippenlijst(pad):
    cellen = _openingscellen(_nb(pad))
    nodig = [_tekst(c["source"]) for c in cellen if "**Wat je nodig hebt**" in _tekst(c["source"])]
    assert nodig, f"{pad.name}: geen 'Wat je nodig hebt' in de opening"
    regels = nodig[0].split("**Wat je nodig hebt**", 1)[1].splitlines()
    assert LINKREGEL in regels, (
        f"{pad.name}: onder 'Wat je nodig hebt' ontbreekt precies deze regel:\n{LINKREGEL}")
    doel = re.search(r"\]\(([^)]+)\)", LINKREGEL).group(1)
    assert (pad.parent / doel).is_file(), f"{pad.name}: de link wijst naar {doel}, maar dat bestand is er niet"


# --------------------------------------------------------------------------------------------------
# c. de begrippenlijst zelf, en elk begrip in zijn les

ITEM = re.compile(r"^\*\*(?P<term>[^*]+)\*\* — (?P<uitleg>.+) \*\(les (?P<les>\d\d)\)\*$")

#: Wat er in de les moet staan als dat niet gewoon het begrip is (allemaal, hoofdletters tellen niet).
ZOEK = {
    "Net Promoter Score (NPS)": ["Net Promoter Score"],
    "Sell wide en sell deep": ["sell wide", "sell deep"],
    "Sales 1.0, 2.0 en 3.0": ["Sales 1.0", "Sales 2.0", "Sales 3.0"],
    "Passief tevredenen": ["passief tevreden"],
    "Top-3-leverancier": ["top-3-leverancier"],
    "Inputtarget": ["inputtarget"],
    "Outputtarget": ["outputtarget"],
}


def _begrippen() -> list[dict]:
    tekst = BEGRIPPEN.read_text(encoding="utf-8")
    items = []
    for regel in tekst.splitlines():
        if regel.startswith("**"):
            m = ITEM.match(regel)
            assert m, f"begrippen.md: deze regel volgt het patroon '**Begrip** — uitleg *(les NN)*' niet:\n{regel}"
            items.append(m.groupdict())
    return items


def _sorteersleutel(term: str) -> str:
    s = unicodedata.normalize("NFKD", term).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]", " ", s)


def _les_tekst(nn: str) -> str:
    """De tekst die een student in les NN leest: alle tekstcellen behalve de docentnotities."""
    pad = next(NOTEBOOKS.glob(f"{nn}_*.ipynb"))
    cellen = _nb(pad)["cells"]
    return "\n".join(_tekst(c["source"]) for c in cellen
                     if c["cell_type"] == "markdown" and not _tekst(c["source"]).startswith(DOCENT_MARKER))


def test_begrippenlijst_vorm():
    items = _begrippen()
    assert len(items) >= 80, f"maar {len(items)} begrippen"
    termen = [i["term"] for i in items]
    assert len(set(map(str.lower, termen))) == len(termen), "een begrip staat er twee keer in"
    assert termen == sorted(termen, key=_sorteersleutel), "de begrippen staan niet op alfabet"
    lessen = {p.name[:2] for p in LESSEN}
    for i in items:
        assert i["les"] in lessen, f"{i['term']}: les {i['les']} bestaat niet"
        eigen = [z for z in re.split(r"(?<=[.!?])\s+(?=[A-Z*\"])", i["uitleg"])
                 if not re.search(r"\b(boek|bron)\b|Engels", z)]
        assert 1 <= len(eigen) <= 2, f"{i['term']}: {len(eigen)} zinnen uitleg (één of twee, plus hooguit de schrijfwijze van het boek)"


def test_begrippenlijst_noemt_de_schrijfwijze_van_het_boek_een_keer():
    regels = BEGRIPPEN.read_text(encoding="utf-8").splitlines()
    for variant in ("Net Promotor Score", "promoters", "detractors", "lerend vermogen"):
        met = [r for r in regels if re.search(rf"\b{re.escape(variant)}", r, re.IGNORECASE)]
        assert len(met) == 1, f"'{variant}' hoort in precies één begrip te staan, niet in {len(met)}"


def test_begrippenlijst_dekt_de_afgesproken_begrippen():
    termen = {i["term"].lower() for i in _begrippen()}
    for nodig in ("klantdefinitie", "omzetbasis", "klantrelatiecyclus", "potentiële klant", "nieuwe klant",
                  "loyale klant", "ex-klant", "promotors", "criticasters", "passief tevredenen",
                  "net promoter score (nps)", "betrouwbaarheidsinterval", "waardestrategie", "waardeketen",
                  "big data", "datawarehouse", "datamining", "lift", "avg", "pseudoniem", "salesfunnel",
                  "slagingskans", "conversie", "balanced scorecard", "leren en groeien", "kpi",
                  "kritische succesfactor", "large account", "share of wallet", "dmu", "psu", "accountplan",
                  "witte vlek", "herroepingsrecht", "klant centraal", "marktverkenning", "klantportfolioanalyse",
                  "klachtafhandeling", "new-business-plan", "factuurregel"):
        assert nodig in termen, f"'{nodig}' ontbreekt in de begrippenlijst"


def _concept_id(item: dict) -> str:
    return f"{item['term']} (les {item['les']})"


try:
    _ITEMS = _begrippen()
except (AssertionError, FileNotFoundError):
    _ITEMS = []


@pytest.mark.parametrize("item", _ITEMS, ids=_concept_id)
def test_begrip_staat_in_zijn_les(item):
    tekst = _les_tekst(item["les"])
    zoek = ZOEK.get(item["term"], [re.sub(r"\s*\([^)]*\)", "", item["term"]).strip()])
    for woord in zoek:
        # Korte afkortingen (KPI, OTE) als heel woord; langere woorden mogen een uitgang hebben (fasen, -en, -s).
        patroon = rf"\b{re.escape(woord)}\b" if len(woord) <= 4 else rf"\b{re.escape(woord)}"
        assert re.search(patroon, tekst, re.IGNORECASE), (
            f"begrippen.md zegt dat les {item['les']} '{item['term']}' leert, maar '{woord}' staat niet in de "
            f"tekst van die les")


# --------------------------------------------------------------------------------------------------
# d. titels en slotregels

@pytest.mark.parametrize("pad", LESSEN, ids=lambda p: p.name)
def test_lestitel(pad):
    eerste = _tekst(_nb(pad)["cells"][0]["source"]).splitlines()[0]
    nn = pad.name[:2]
    assert re.match(rf"^# {nn} \S", eerste) and not eerste.startswith(f"# {nn} –"), (
        f"{pad.name}: de titel moet beginnen met '# {nn} Titel', niet {eerste!r}")


def _laatste_tekstcel(nb: dict) -> str:
    tekst = [_tekst(c["source"]) for c in nb["cells"]
             if c["cell_type"] == "markdown" and not _tekst(c["source"]).startswith(DOCENT_MARKER)]
    return tekst[-1]


@pytest.mark.parametrize("pad", LESSEN, ids=lambda p: p.name)
def test_les_eindigt_met_de_link_naar_het_werkboek(pad):
    werkboek = f"{pad.stem}_werkboek.ipynb"
    regel = f"**Verder oefenen:** open het werkboek [{werkboek}](../exercises/{werkboek})."
    assert regel in _laatste_tekstcel(_nb(pad)).splitlines(), (
        f"{pad.name}: de laatste tekstcel heeft niet de regel\n{regel}")
    assert (REPO / "exercises" / werkboek).is_file()


@pytest.mark.parametrize("pad", WERKBOEKEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_werkboektitel_en_slotregel(pad):
    nb = _nb(pad)
    nn = pad.name[:2]
    eerste = _tekst(nb["cells"][0]["source"]).splitlines()[0]
    assert re.match(rf"^# Werkboek {nn}: \S", eerste), (
        f"{pad.parent.name}/{pad.name}: de titel moet beginnen met '# Werkboek {nn}: ', niet {eerste!r}")
    les = pad.name.replace("_werkboek", "")
    slot = f"Terug naar de les: `../notebooks/{les}`."
    laatste = _laatste_tekstcel(nb).strip().splitlines()[-1]
    assert laatste == slot, f"{pad.parent.name}/{pad.name}: de laatste regel moet zijn\n{slot}\nnu: {laatste!r}"
    assert (NOTEBOOKS / les).is_file()
