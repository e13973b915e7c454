"""Stap: het bestand openen. Codering en scheidingsteken herkennen (CSV) of het blad kiezen (Excel).

Uitkomst: de ruwe cellen (alle CSV-cellen als tekst, Excel-cellen zoals
Excel ze bewaart), de kolomnamen en het rijnummer van de kopregel.
"""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from klantlib._compat import TEKST_PYTHON

from .fouten import InleesFout
from .kopregel import ZOEK_KOP, kop_score, zoek_kop
from .verslag import rijlijst

_SCHEIDINGSTEKENS = [";", ",", "\t", "|"]
_PROEF_BYTES = 256 * 1024
_PROEF_REGELS = 60
GROOT_EXCEL = 5_000_000  # bytes


def herken_codering(ruw: bytes) -> tuple[str, str]:
    """(python-codec, naam voor het verslag)."""
    if ruw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 met BOM"
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16 (Excel 'Unicode-tekst')"
    try:
        ruw.decode("utf-8")
        return "utf-8", "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        ruw.decode("cp1252")
        return "cp1252", "Windows-1252 (Nederlandse Excel)"
    except UnicodeDecodeError:
        return "latin-1", "ISO-8859-1 (latin-1)"


def kies_scheidingsteken(regels: list[str], naam: str) -> str:
    beste, beste_score = None, (0, 0)
    for teken in _SCHEIDINGSTEKENS:
        rijen = list(csv.reader(regels, delimiter=teken))
        breedtes = [len(r) for r in rijen if any(c.strip() for c in r)]
        if not breedtes:
            continue
        modaal = max(set(breedtes), key=breedtes.count)
        if modaal < 2:
            continue
        score = (breedtes.count(modaal), modaal)
        if score > beste_score:
            beste, beste_score = teken, score
    if beste is None:
        raise InleesFout(
            f"Bestand '{naam}': ik vind maar één kolom. Ik heb puntkomma, komma, tab en verticale streep "
            "geprobeerd als scheidingsteken. Is dit wel een CSV-export? Open het bestand in een teksteditor "
            "en kijk welk teken de kolommen scheidt."
        )
    return beste


def lees_csv(pad: Path, soort: str, eigen: set[str]):
    ruw = pad.read_bytes()
    naam = pad.name
    if not ruw.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InleesFout(f"Bestand '{naam}' is leeg: er staat niets in.")
    codec, coderingsnaam = herken_codering(ruw)
    proef = ruw[:_PROEF_BYTES].decode(codec, errors="ignore")
    if codec == "utf-8-sig":
        proef = proef.lstrip("\ufeff")
    regels = proef.splitlines()[:_PROEF_REGELS]
    if len(ruw) > _PROEF_BYTES and len(regels) > 1:
        regels = regels[:-1]  # de laatste regel kan half zijn
    teken = kies_scheidingsteken(regels, naam)
    rijen = list(csv.reader(regels, delimiter=teken))
    kop_i, namen, hoogte = zoek_kop(rijen, soort, eigen, naam)
    # Fysieke regel van de kop (aanhalingstekens met enters tellen we niet apart).
    breedte = len(rijen[kop_i])
    namen = (namen + [""] * breedte)[:breedte]
    try:
        # Heeft de eerste gegevensregel meer velden dan de kop, dan laat pandas de rest stil
        # vallen (met alleen een ParserWarning). Dan lezen we opnieuw met extra kolommen.
        for extra in range(0, 50):
            with warnings.catch_warnings(record=True) as meldingen:
                warnings.simplefilter("always", pd.errors.ParserWarning)
                data = pd.read_csv(
                    pad, sep=teken, encoding=codec, header=None, skiprows=kop_i + 1,
                    names=list(range(breedte + extra)), index_col=False, dtype=TEKST_PYTHON, keep_default_na=False,
                    na_filter=False, skip_blank_lines=False, engine="c",
                )
            if not any(issubclass(m.category, pd.errors.ParserWarning) for m in meldingen):
                break
        if extra:
            rest = data[list(range(breedte, breedte + extra))].to_numpy(dtype=object)
            gevuld = np.array([[isinstance(v, str) and bool(v.strip()) for v in r] for r in rest]).any(axis=1)
            if gevuld.any():
                rijen_ = np.flatnonzero(gevuld) + kop_i + 2
                raise InleesFout(
                    f"Bestand '{naam}': {rijlijst(rijen_)} {'heeft' if len(rijen_) == 1 else 'hebben'} meer velden "
                    f"dan de kopregel (rij {kop_i + 1}, {breedte} kolommen). Staat er een "
                    f"{'puntkomma' if teken == ';' else 'scheidingsteken'} in een tekst zonder aanhalingstekens?"
                )
            data = data[list(range(breedte))]
    except UnicodeError as fout:
        raise InleesFout(
            f"Bestand '{naam}': de tekst is niet te lezen als {coderingsnaam} ({fout.reason}, bij byte "
            f"{getattr(fout, 'start', '?')}). Het bestand is misschien beschadigd. Open het in Excel en sla het "
            "opnieuw op als 'CSV UTF-8'."
        ) from None
    except pd.errors.ParserError as fout:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(fout))
        if m:
            raise InleesFout(
                f"Bestand '{naam}': rij {m[2]} heeft {m[3]} velden, de kopregel (rij {kop_i + 1}) heeft er "
                f"{m[1]}. Staat er een {'puntkomma' if teken == ';' else 'scheidingsteken'} in een tekst "
                "zonder aanhalingstekens?"
            ) from None
        raise InleesFout(f"Bestand '{naam}' is geen geldige CSV: {fout}") from None
    info = {"codering": coderingsnaam, "scheidingsteken": teken, "blad": None}
    return data, namen, kop_i + 1, info


def lees_excel(pad: Path, soort: str, eigen: set[str], blad):
    import openpyxl

    naam = pad.name
    # Groot bestand: alleen-lezen is veel sneller; samengevoegde cellen zijn dan niet bekend,
    # maar combineer_kopregels (kopregel.py) vult een kopregel dan gewoon naar rechts aan.
    alleen_lezen = pad.stat().st_size > GROOT_EXCEL
    try:
        boek = openpyxl.load_workbook(pad, data_only=True, read_only=alleen_lezen)
    except Exception as fout:  # noqa: BLE001 - elke fout van openpyxl wordt een InleesFout
        raise InleesFout(f"Bestand '{naam}' kan ik niet openen als Excel-bestand: {fout}") from None
    bladen = boek.sheetnames
    waarschuwingen = []
    if blad is None:
        ws = boek.worksheets[0]
        if len(bladen) > 1:
            # Kies het blad waarvan de kopregel het best past (bij gelijkspel het eerste).
            def score(blad_):
                rijen_ = [list(r) for r in blad_.iter_rows(max_row=ZOEK_KOP, values_only=True)]
                return max((kop_score(["" if c is None else str(c) for c in r], soort, eigen)
                            for r in rijen_), default=0)
            scores = [score(b) for b in boek.worksheets]
            ws = boek.worksheets[scores.index(max(scores))]
            waarschuwingen.append(
                f"Het bestand heeft {len(bladen)} bladen ({', '.join(repr(b) for b in bladen)}); "
                f"gelezen: {ws.title!r} (daar passen de kolomnamen het best). Kies een ander met blad=..."
            )
    elif isinstance(blad, int) and not isinstance(blad, bool):
        if not 0 <= blad < len(bladen):
            raise InleesFout(
                f"Bestand '{naam}': blad={blad} bestaat niet. Er zijn {len(bladen)} bladen, geteld vanaf 0: "
                + ", ".join(f"{i} = {b!r}" for i, b in enumerate(bladen))
            )
        ws = boek.worksheets[blad]
    else:
        if blad not in bladen:
            raise InleesFout(
                f"Bestand '{naam}': blad {blad!r} bestaat niet. Gevonden bladen: "
                + ", ".join(repr(b) for b in bladen)
            )
        ws = boek[blad]
    rijen = [list(r) for r in ws.iter_rows(values_only=True)]
    # Lege kolommen rechts weglaten.
    breedte = 0
    for r in rijen:
        for j in range(len(r) - 1, -1, -1):
            if r[j] not in (None, ""):
                breedte = max(breedte, j + 1)
                break
    rijen = [(r + [None] * breedte)[:breedte] for r in rijen]
    while rijen and all(c in (None, "") for c in rijen[-1]):
        rijen.pop()
    if not rijen or breedte == 0:
        raise InleesFout(f"Bestand '{naam}' (blad {ws.title!r}) is leeg: er staat niets in.")
    if breedte < 2:
        raise InleesFout(f"Bestand '{naam}' (blad {ws.title!r}): ik vind maar één kolom.")
    boek_titel = ws.title
    samengevoegd: dict[int, set[int]] | None = None if alleen_lezen else {}
    for bereik in ([] if alleen_lezen else ws.merged_cells.ranges):
        for rij in range(bereik.min_row, bereik.max_row + 1):
            samengevoegd.setdefault(rij - 1, set()).update(range(bereik.min_col - 1, bereik.max_col))
    kop_i, namen, hoogte = zoek_kop(rijen, soort, eigen, naam, samengevoegd)
    data = pd.DataFrame(rijen[kop_i + 1:], columns=list(range(breedte)), dtype=object)
    if alleen_lezen:
        boek.close()
    info = {"codering": "Excel-werkmap (.xlsx)", "scheidingsteken": None, "blad": boek_titel,
            "waarschuwingen": waarschuwingen}
    return data, namen, kop_i + 1, info


def lees_bestand(pad: Path, soort: str, eigen: set[str], blad):
    """Open een CSV- of Excel-bestand. Geeft (cellen, kolomnamen, rijnummer kopregel, info).

    ``info`` heeft de codering, het scheidingsteken, het blad en eventuele waarschuwingen.
    """
    naam = pad.name
    achtervoegsel = pad.suffix.lower()
    if achtervoegsel in (".xlsx", ".xlsm"):
        return lees_excel(pad, soort, eigen, blad)
    if achtervoegsel in (".ods", ".numbers"):
        raise InleesFout(
            f"Bestand '{naam}' is geen Excel- of CSV-bestand. Sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    if achtervoegsel == ".xls":
        raise InleesFout(
            f"Bestand '{naam}' is een oud Excel-bestand (.xls). Open het in Excel en kies 'Opslaan als' "
            "> Excel-werkmap (.xlsx) of CSV (gescheiden door lijstscheidingsteken)."
        )
    if blad is not None:
        raise InleesFout(f"Bestand '{naam}' is geen Excel-bestand; blad={blad!r} kan dan niet.")
    return lees_csv(pad, soort, eigen)
