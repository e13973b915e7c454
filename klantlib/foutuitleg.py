"""Fouten in de code van een leerling, uitgelegd in gewone woorden.

In een notebook vervangt klantlib (bij ``import klantlib``) de lange Python-
traceback voor de fouten die beginners het vaakst maken door één kort blok in
het Nederlands:

- een kolom die niet bestaat (``enquetes["Score"]``), met een voorstel uit de
  kolommen van de tabel (``Bedoel je 'score'?``), en een rijlabel dat niet
  bestaat;
- een naam die (nog) niet bestaat: gemaakt in een cel hierboven die nog niet
  is uitgevoerd ("voer eerst de cellen hierboven uit"), een tikfout, een
  vergeten import, of tekst zonder aanhalingstekens;
- een SyntaxError door ``%``, ``€``, een komma of punt in een getal, een
  studentnummer met een 0 vooraan, een vergeten aanhalingsteken of haakje,
  of een verkeerde inspringing;
- een paar veelvoorkomende TypeError's en AttributeError's (nog een ``____``
  in de code, een tuple van ``lees_export``, ``pd.NA`` vergelijken, haakjes
  achter een tabel).

De echte uitzondering blijft bestaan: de cel geeft nog steeds een fout (tests
en nakijken zien hem), en ``%tb`` in een nieuwe cel toont de volledige
Python-melding. Fouten die we niet kennen, houden hun gewone traceback.

De functies hier zijn gewone functies (ze printen niets), zodat ze zonder
notebook te testen zijn; :func:`installeer` hangt ze in IPython.
"""

from __future__ import annotations

import builtins
import difflib
import importlib
import inspect
import linecache
import os
import re
import sys
import traceback
from typing import Any

_ROOD = "\x1b[1;31m"
_GRIJS = "\x1b[2m"
_UIT = "\x1b[0m"

#: De laatste regel van elk blok: zo vind je de volledige melding terug.
VOETREGEL = "(De volledige melding van Python zie je met %tb in een nieuwe cel.)"

_IMPORTS = {
    "pd": "import pandas as pd",
    "pandas": "import pandas as pd",
    "np": "import numpy as np",
    "numpy": "import numpy as np",
    "math": "import math",
    "plt": "import matplotlib.pyplot as plt",
    "Path": "from pathlib import Path",
    "Werkboek": "from klantlib.oefeningen import Werkboek",
}

_KLANTLIB_MODULES = ("klantlib.data", "klantlib.definitie", "klantlib.nps", "klantlib.funnel",
                     "klantlib.inlezen", "klantlib.opmaak")


def _lijkt_op(naam: str, kandidaten, n: int = 2) -> list[str]:
    """Namen die op ``naam`` lijken: eerst alleen anders in hoofdletters, dan tikfouten."""
    kandidaten = [str(k) for k in kandidaten]
    gelijk = [k for k in kandidaten if k.casefold() == str(naam).casefold() and k != str(naam)]
    if gelijk:
        return gelijk[:n]
    klein = {k.casefold(): k for k in kandidaten}
    return [klein[k] for k in difflib.get_close_matches(str(naam).casefold(), list(klein), n=n, cutoff=0.75)]


def _opsomming(waarden, max_aantal: int = 12) -> str:
    waarden = [f"'{w}'" for w in list(waarden)[:max_aantal + 1]]
    if len(waarden) > max_aantal:
        return ", ".join(waarden[:max_aantal]) + ", ..."
    return ", ".join(waarden)


def _bekende_klantlib_functie(naam: str) -> str | None:
    """De module van klantlib waar een functie met deze naam in staat (voor een vergeten import)."""
    for module_naam in _KLANTLIB_MODULES:
        try:
            module = sys.modules.get(module_naam) or importlib.import_module(module_naam)
        except Exception:  # noqa: BLE001
            continue
        object_ = getattr(module, naam, None)
        if object_ is not None and getattr(object_, "__module__", "").startswith("klantlib"):
            return module_naam
    return None


# ---------------------------------------------------------------------------
# Per soort fout
# ---------------------------------------------------------------------------


def _uit_celregel(tb) -> str | None:
    """De regel uit de cel van de leerling waar het misging (als we die vinden)."""
    regel = None
    for frame, nummer in traceback.walk_tb(tb):
        bestand = frame.f_code.co_filename
        if "ipykernel_" in bestand or bestand.startswith("<ipython-input") or bestand.startswith("<cell"):
            tekst = linecache.getline(bestand, nummer).strip()
            if tekst:
                regel = f"Regel {nummer}: {tekst}"
    return regel


def _pandas_object(tb, sleutel) -> tuple[str, list] | None:
    """Zoek in de traceback de tabel of Series waarop de leerling een kolom of label zocht."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        return None
    for frame, _ in traceback.walk_tb(tb):
        zelf = frame.f_locals.get("self")
        if isinstance(zelf, pd.DataFrame):
            return "kolom", list(zelf.columns)
        if isinstance(zelf, pd.Series):
            return "rijlabel", list(zelf.index)
        obj = getattr(zelf, "obj", None)
        if type(zelf).__name__ in ("_LocIndexer", "_AtIndexer", "_iLocIndexer") and isinstance(
                obj, (pd.DataFrame, pd.Series)):
            if isinstance(obj, pd.DataFrame):
                try:
                    in_index = sleutel in obj.index
                except TypeError:
                    in_index = False
                if in_index:
                    return "kolom", list(obj.columns)
            return "rijlabel", list(obj.index)
    return None


def sleutel_uitleg(fout: KeyError, tb=None) -> list[str]:
    """Een KeyError: meestal een kolom of rijlabel dat niet bestaat."""
    sleutel = fout.args[0] if fout.args else None
    if isinstance(sleutel, tuple) and len(sleutel) > 1 and all(isinstance(k, str) for k in sleutel):
        # tabel["a", "b"]: Python maakt daar één sleutel ("a", "b") van, geen lijst van kolommen.
        lijst = ", ".join(f'"{k}"' for k in sleutel)
        return [f"Je vroeg {len(sleutel)} kolommen tussen enkele blokhaken. Kies meer kolommen met dubbele "
                f"blokhaken: `tabel[[{lijst}]]`."]
    namen = [sleutel]
    if isinstance(sleutel, str):
        gevonden = re.search(r"None of \[Index\(\[(.*?)\]", sleutel) or re.search(r"^\[(.*?)\] not in index", sleutel)
        if gevonden:
            namen = re.findall(r"'([^']*)'", gevonden.group(1)) or namen
    gevonden_obj = _pandas_object(tb, namen[0]) if tb is not None else None
    if gevonden_obj is None:
        return [f"De sleutel '{sleutel}' bestaat niet. Controleer de spelling: hoofdletters en spaties tellen mee."]
    wat, kandidaten = gevonden_obj
    naam = namen[0]
    if wat == "kolom":
        regels = [f"De kolom '{naam}' bestaat niet in deze tabel."]
    else:
        regels = [f"Het rijlabel '{naam}' bestaat niet."]
    lijkt = _lijkt_op(naam, kandidaten) if isinstance(naam, str) else []
    if lijkt:
        anders = "Let op: hoofdletters tellen mee." if lijkt[0].casefold() == str(naam).casefold() else \
            "Let op de spelling."
        regels.append(f"Bedoel je '{lijkt[0]}'? {anders}")
    elif wat == "kolom":
        regels.append(f"De kolommen van deze tabel zijn: {_opsomming(kandidaten)}.")
    else:
        import pandas as pd
        if kandidaten and all(isinstance(k, int) for k in kandidaten[:20]):
            regels.append("Deze rijen hebben gewone nummers als label (0, 1, 2, ...). Zoek je een kolom? "
                          "Schrijf dan de naam van de kolom tussen blokhaken: `tabel[\"kolom\"]`.")
        elif kandidaten and not isinstance(kandidaten[0], pd.Timestamp):
            regels.append(f"Bestaande labels zijn bijvoorbeeld: {_opsomming(kandidaten, 8)}.")
    return regels


def naam_uitleg(fout: NameError, namespace: dict | None = None, cellen: list[str] | None = None,
                verkeerde_cel: set[str] | None = None) -> list[str]:
    """Een NameError: de naam bestaat (nog) niet. Waarom waarschijnlijk niet?"""
    naam = getattr(fout, "name", None)
    if not naam:
        m = re.search(r"name '([^']+)' is not defined", str(fout))
        naam = m.group(1) if m else "?"
    namespace = namespace or {}
    if naam == "____":
        return ["`____` is de lege plek die jij invult. Die bestaat pas als je de eerste cel van het werkboek "
                "hebt uitgevoerd (die zet alles klaar).",
                "Voer eerst de cellen hierboven uit: menu Run → Run All Above Selected Cell. Of vervang `____` "
                "door je eigen code."]
    if verkeerde_cel and naam in verkeerde_cel:
        return [f"`{naam}` bestaat niet, omdat de cel die `{naam}` maakt zelf een foutmelding gaf.",
                "Los eerst die fout op en voer die cel opnieuw uit."]
    if cellen:
        from klantlib.oefeningen.kern import toegewezen_namen
        for bron in cellen:
            try:
                gemaakt = naam in toegewezen_namen(bron)
            except Exception:  # noqa: BLE001
                gemaakt = False
            if gemaakt:
                return [f"`{naam}` wordt gemaakt in een andere cel van dit notebook, maar die cel is nog niet "
                        "uitgevoerd sinds je het notebook opende of de kernel herstartte.",
                        "Voer eerst de cellen hierboven uit: menu Run → Run All Above Selected Cell."]
    bekend = [k for k in namespace if not k.startswith("_")] + [k for k in dir(builtins) if not k.startswith("_")]
    # facturen_2025 is geen tikfout van facturen: het is een hulpvariabele die nog niet is gemaakt.
    bekend = [k for k in bekend if not (naam.startswith(k + "_") or k.startswith(naam + "_"))]
    lijkt = _lijkt_op(naam, bekend, 1)
    if lijkt:
        return [f"De naam `{naam}` bestaat niet. Bedoel je `{lijkt[0]}`? Python let op hoofdletters en spelling."]
    if naam in _IMPORTS:
        return [f"`{naam}` is nog niet geïmporteerd. Zet `{_IMPORTS[naam]}` bovenaan, in de eerste cel, en voer "
                "die cel opnieuw uit."]
    module = _bekende_klantlib_functie(naam)
    if module:
        return [f"`{naam}` is een functie uit klantlib die in dit notebook nog niet is geïmporteerd.",
                f"Zet `from {module} import {naam}` in de eerste cel en voer die cel opnieuw uit."]
    if re.fullmatch(r"[A-Za-zÀ-ÿ]{1,20}", naam):
        return [f"De naam `{naam}` bestaat niet. Bedoel je de tekst \"{naam}\"? Tekst zet je tussen "
                f"aanhalingstekens: \"{naam}\".",
                "Is het wel een variabele? Voer dan eerst de cel uit die hem maakt, en controleer de spelling."]
    return [f"De naam `{naam}` bestaat (nog) niet. Heb je de cellen hierboven uitgevoerd? Na het openen van het "
            "notebook of een herstart moet dat opnieuw (menu Run → Run All Above Selected Cell).",
            "Controleer ook de spelling: hoofdletters tellen mee."]


def syntax_uitleg(fout: SyntaxError) -> list[str]:
    """Een SyntaxError of IndentationError: wat klopt er niet aan de regel?"""
    tekst = (fout.text or "").rstrip("\n")
    bericht = str(getattr(fout, "msg", "") or "")
    regel = f"Regel {fout.lineno}: {tekst.strip()}" if fout.lineno and tekst.strip() else None
    uitleg: list[str]
    if isinstance(fout, IndentationError) or "indent" in bericht:
        if "unexpected indent" in bericht:
            uitleg = ["Deze regel begint met spaties die er niet horen. Haal de spaties aan het begin weg; "
                      "alleen na een regel die eindigt op `:` (zoals `def`, `if`, `for`) spring je in."]
        elif "expected an indented block" in bericht:
            uitleg = ["Na een regel die eindigt op `:` (zoals `def`, `if`, `else`, `for`) moet de volgende "
                      "regel inspringen: vier spaties (of één keer Tab)."]
        else:
            uitleg = ["De inspringing (de spaties aan het begin van de regel) klopt niet. Regels in hetzelfde "
                      "blok beginnen precies even ver naar rechts."]
    elif "leading zeros" in bericht:
        if "seed" in tekst:
            uitleg = ["Een getal mag in Python niet met een 0 beginnen. Zet je studentnummer tussen "
                      "aanhalingstekens: `seed=\"0123456\"`."]
        elif re.search(r"\d,0\d", tekst):
            uitleg = ["Gebruik in Python een punt als decimaalteken, geen komma: `0.05` in plaats van `0,05`."]
        else:
            uitleg = ["Een getal mag in Python niet met een 0 beginnen (behalve 0 zelf, of een kommagetal zoals "
                      "`0.5`). Bedoel je een studentnummer of code? Zet die dan tussen aanhalingstekens."]
    elif re.search(r"\d\s*%\s*($|[)\],;#])", tekst):
        uitleg = ["Python kent geen procentteken achter een getal. Schrijf alleen het getal: `48.6` in plaats "
                  "van `48.6%`. Vraagt de oefening een deel (tussen 0 en 1)? Deel dan door 100: `0.486`."]
    elif "€" in tekst:
        uitleg = ["Python kent het euroteken niet in code. Schrijf alleen het getal, zonder € en zonder punt "
                  "tussen de duizendtallen: `1234.50` in plaats van `€ 1.234,50`."]
    elif re.search(r"\d\.\d{3}\.\d{3}", tekst):
        uitleg = ["Schrijf grote getallen zonder punten tussen de duizendtallen: `1234567` in plaats van "
                  "`1.234.567`. In Python is de punt een decimaalteken."]
    elif any(teken in tekst for teken in "“”‘’„"):
        uitleg = ["Je code bevat een 'krul'-aanhalingsteken (zoals “ of ’), bijvoorbeeld uit Word of een pdf. "
                  "Typ de aanhalingstekens opnieuw op je toetsenbord: \" of '."]
    elif "unterminated string" in bericht or "EOL while scanning" in bericht or "EOF while scanning" in bericht \
            or "unterminated triple-quoted" in bericht:
        uitleg = ["Je bent een aanhalingsteken vergeten. Tekst begint en eindigt met hetzelfde teken, zoals "
                  "\"Zorg\" of 'Zorg'. Bij tekst over meer regels gebruik je drie aanhalingstekens: \"\"\"...\"\"\"."]
    elif "never closed" in bericht or "unmatched" in bericht or "does not match" in bericht:
        uitleg = ["De haakjes kloppen niet: een ( [ of { wordt niet gesloten, of er staat er één te veel. Tel de "
                  "haakjes: elk openend haakje heeft een sluitend haakje."]
    elif "Maybe you meant '==' or ':=' instead of '='" in bericht or "cannot assign to comparison" in bericht:
        uitleg = ["Gebruik `==` om te vergelijken (is gelijk aan) en `=` om een variabele een waarde te geven."]
    elif "expected ':'" in bericht:
        uitleg = ["Na `def`, `if`, `elif`, `else` en `for` hoort een dubbele punt `:` aan het eind van de regel."]
    elif "cannot assign to" in bericht:
        uitleg = ["Links van `=` staat de naam die de waarde krijgt, rechts de berekening: "
                  "`aantal_leeg = enquetes[\"score\"].isna().sum()`."]
    elif "invalid character" in bericht:
        teken = bericht.split("(")[0].replace("invalid character", "").strip()
        uitleg = [f"Deze regel bevat een teken dat Python niet kent ({teken}). Haal het weg of typ het opnieuw."]
    elif "Perhaps you forgot a comma" in bericht:
        uitleg = ["Python begrijpt deze regel niet. Staan er twee woorden of getallen naast elkaar zonder `,` "
                  "of rekenteken ertussen? Of is tekst niet tussen aanhalingstekens gezet?"]
    else:
        uitleg = ["Python begrijpt deze regel niet. Kijk naar haakjes, aanhalingstekens, komma's en de `:` aan "
                  "het eind van `def`/`if`/`for`. Getallen schrijf je met een punt als decimaalteken, zonder % of €."]
    return ([regel] if regel else []) + uitleg


def attribuut_uitleg(fout: AttributeError) -> list[str] | None:
    naam = getattr(fout, "name", None)
    obj = getattr(fout, "obj", None)
    bericht = str(fout)
    soort = type(obj).__name__ if obj is not None else (re.findall(r"'(\w+)' object", bericht) or [""])[0]
    if soort == "_Plaatshouder" or "_Plaatshouder" in bericht:
        return ["Op deze plek staat nog `____`. Vul eerst je eigen code in op die plek."]
    if soort == "tuple":
        return [f"Je gebruikt `.{naam}` op een tuple: meer waarden tegelijk. `lees_export` geeft bijvoorbeeld "
                "twee dingen terug: de tabel en het verslag.",
                "Pak ze apart uit, `tabel, verslag = lees_export(...)`, en gebruik daarna `tabel`."]
    if soort == "NoneType":
        return [f"Je gebruikt `.{naam}` op None (niets). Gaf je een variabele de uitkomst van `print(...)`, of "
                "vergat je `return` in een functie?"]
    if soort == "list" and naam in ("unique", "sum", "mean", "groupby", "head", "isna", "tolist", "value_counts",
                                    "loc", "iloc"):
        return [f"Een gewone lijst heeft geen `.{naam}`. Dat werkt op een kolom (Series) of tabel. Gebruik de "
                "kolom zelf, of laat `.tolist()` weg tot het eind."]
    if soort in ("DataFrame", "Series") and naam and obj is not None:
        kolommen = list(getattr(obj, "columns", [])) if soort == "DataFrame" else []
        lijkt = _lijkt_op(naam, [k for k in kolommen if isinstance(k, str)], 1)
        if lijkt:
            return [f"Een kolom kies je met blokhaken: `tabel[\"{lijkt[0]}\"]` (let op de spelling)."]
        methoden = [m for m in dir(obj) if not m.startswith("_")]
        lijkt = _lijkt_op(naam, methoden, 1)
        if lijkt:
            return [f"Een {'tabel' if soort == 'DataFrame' else 'Series'} heeft geen `.{naam}`. Bedoel je "
                    f"`.{lijkt[0]}`? Python let op hoofdletters en spelling."]
        return [f"Een {'tabel' if soort == 'DataFrame' else 'Series'} heeft geen `.{naam}`. Controleer de spelling."]
    if obj is not None and naam:
        lijkt = _lijkt_op(naam, [m for m in dir(obj) if not m.startswith("_")], 1)
        if lijkt:
            return [f"`.{naam}` bestaat niet voor {soort}. Bedoel je `.{lijkt[0]}`?"]
    return None


def type_uitleg(fout: TypeError, namespace: dict | None = None) -> list[str] | None:
    bericht = str(fout)
    if "_Plaatshouder" in bericht:
        return ["Er staat nog `____` in je code. Vul eerst je eigen code in op die plek."]
    if "NA is ambiguous" in bericht or "NAType" in bericht:
        return ["Een lege waarde (`<NA>`) kun je niet vergelijken of optellen. Laat lege waarden eerst weg, "
                "bijvoorbeeld met `.dropna()` of met `pd.notna(waarde)`."]
    if re.search(r"does not support (operation )?'?(sum|mean|median)|Could not convert .* to numeric|"
                 r"agg function failed", bericht):
        return ["Je rekent met kolommen die geen getallen zijn (zoals datums of tekst). Kies eerst de kolom die je "
                "wilt optellen: `tabel.groupby(\"kolom\")[\"bedrag\"].sum()`."]
    m = re.search(r"'(\w+)' object is not callable", bericht)
    if m:
        soort = m.group(1)
        if soort in ("DataFrame", "Series"):
            return ["Je zet ronde haakjes `( )` achter een tabel of kolom. Een kolom kies je met blokhaken: "
                    "`tabel[\"kolom\"]`."]
        if soort in ("int", "float"):
            return ["Je zet ronde haakjes direct achter een getal. Vermenigvuldigen schrijf je met `*`: "
                    "`2 * (3 + 4)`. Of heb je een functie per ongeluk een getal als waarde gegeven?"]
        if soort == "str":
            return ["Je zet ronde haakjes achter tekst. Heeft een variabele per ongeluk dezelfde naam als een "
                    "functie gekregen?"]
        return None
    m = re.search(r"'(method|function|builtin_function_or_method)' object is not subscriptable", bericht)
    if m:
        return ["Je zet blokhaken `[ ]` direct achter een methode. Methoden roep je aan met ronde haakjes: "
                "`.groupby(\"kolom\")`, `.sum()`."]
    if re.search(r"unsupported operand type\(s\).*'str'|can only concatenate str|can't multiply sequence", bericht) \
            or re.search(r"'str' and '(int|float)'|'(int|float)' and 'str'", bericht):
        return ["Je rekent met tekst. Staat er een getal tussen aanhalingstekens? Haal ze weg: `48.6`, niet "
                "`\"48.6\"`."]
    m = re.search(r"(\w+)\(\) got an unexpected keyword argument '(\w+)'", bericht)
    if m:
        functie, argument = m.groups()
        regels = [f"`{functie}` kent het argument `{argument}` niet."]
        doel = (namespace or {}).get(functie)
        if doel is not None:
            try:
                parameters = list(inspect.signature(doel).parameters)
            except (TypeError, ValueError):
                parameters = []
            lijkt = _lijkt_op(argument, parameters, 1)
            if lijkt:
                regels.append(f"Bedoel je `{lijkt[0]}=`?")
            elif parameters:
                regels.append(f"De argumenten zijn: {', '.join(parameters)}.")
        return regels
    m = re.search(r"(\w+)\(\) missing (\d+) required positional arguments?: (.*)", bericht)
    if m:
        return [f"`{m.group(1)}` mist een argument: {m.group(3).replace(' and ', ' en ')}. Geef het mee tussen de "
                "haakjes."]
    return None


def waarde_uitleg(fout: ValueError) -> list[str] | None:
    bericht = str(fout)
    if "truth value of a Series is ambiguous" in bericht or "truth value of a DataFrame is ambiguous" in bericht:
        return ["Bij een filter op een tabel gebruik je `&` (en), `|` (of) en `~` (niet) in plaats van `and`, "
                "`or` en `not`, met haakjes om elke vergelijking: `(a > 1) & (b == \"x\")`."]
    m = re.search(r"invalid literal for int\(\) with base 10: '(.*)'", bericht)
    if m:
        return [f"De tekst '{m.group(1)}' is voor Python geen geheel getal. Alleen cijfers mogen erin, zonder "
                "punt, komma, € of %."]
    m = re.search(r"could not convert string to float: '(.*)'", bericht)
    if m:
        return [f"De tekst '{m.group(1)}' is voor Python geen getal. Gebruik een punt als decimaalteken en geen "
                "€, % of punt tussen de duizendtallen."]
    return None


def uitleg(fout: BaseException, tb=None, namespace: dict | None = None, cellen: list[str] | None = None,
           verkeerde_cel: set[str] | None = None) -> list[str] | None:
    """Nederlandse uitleg (regels tekst) voor een fout van een beginner, of ``None``."""
    try:
        if isinstance(fout, SyntaxError):
            return syntax_uitleg(fout)
        if isinstance(fout, KeyError):
            regels = sleutel_uitleg(fout, tb)
        elif isinstance(fout, NameError):
            regels = naam_uitleg(fout, namespace, cellen, verkeerde_cel)
        elif isinstance(fout, AttributeError):
            regels = attribuut_uitleg(fout)
        elif isinstance(fout, TypeError):
            regels = type_uitleg(fout, namespace)
        elif isinstance(fout, ZeroDivisionError):
            regels = ["Je deelt door nul. Is het getal waardoor je deelt misschien 0, bijvoorbeeld omdat een "
                      "filter geen enkele rij overliet?"]
        elif isinstance(fout, IndexError):
            regels = ["Die positie bestaat niet. Tellen begint bij 0: `[0]` of `.iloc[0]` is de eerste. Is je lijst "
                      "of tabel misschien leeg?"]
        elif isinstance(fout, FileNotFoundError):
            if getattr(fout, "filename", None):
                regels = [f"Het bestand bestaat niet: {fout.filename}. Controleer de naam en de map."]
            else:
                regels = [str(fout)]
        elif isinstance(fout, ValueError):
            regels = waarde_uitleg(fout)
        else:
            regels = None
    except Exception:  # noqa: BLE001 - de uitleg mag zelf nooit een fout geven
        return None
    if regels is None:
        return None
    regel = _uit_celregel(tb) if tb is not None else None
    return ([regel] if regel else []) + regels


def uit_klantlib(tb) -> bool:
    """Ontstond de fout in klantlib zelf (de laatste regel van de traceback staat in het pakket)?"""
    pakket = os.path.dirname(os.path.abspath(__file__))
    laatste = tb
    while laatste is not None and laatste.tb_next is not None:
        laatste = laatste.tb_next
    bron = os.path.abspath(laatste.tb_frame.f_code.co_filename) if laatste is not None else ""
    return bron.startswith(pakket + os.sep)


def blok(fout: BaseException, regels: list[str]) -> list[str]:
    """Het blok dat de leerling ziet: een kop, de uitleg en de voetregel."""
    naam = type(fout).__name__
    kop, *rest = regels or [""]
    if kop.startswith("Regel ") and rest:
        return [f"{_ROOD}Fout ({naam}) in {kop[0].lower()}{kop[1:]}{_UIT}", *rest, f"{_GRIJS}{VOETREGEL}{_UIT}"]
    return [f"{_ROOD}Fout ({naam}): {kop}{_UIT}", *rest, f"{_GRIJS}{VOETREGEL}{_UIT}"]


def installeer(shell) -> bool:
    """Hang de uitleg in een IPython-shell (één keer). Geeft True als hij nu is ingehangen."""
    if shell is None or getattr(shell, "_klantlib_korte_fouten", False):
        return False

    def toon(zelf, soort, waarde, tb, tb_offset=None):
        zelf._get_exc_info((soort, waarde, tb))  # zodat %tb de volledige melding kan tonen
        eigen = isinstance(waarde, ValueError) or type(waarde).__module__.startswith("klantlib")
        if eigen and uit_klantlib(tb):
            regels = str(waarde).strip().splitlines() or [type(waarde).__name__]
        else:
            try:
                from klantlib.oefeningen.kern import notebook_codecellen
                cellen = notebook_codecellen(zelf.user_ns)
            except Exception:  # noqa: BLE001
                cellen = []
            volger = getattr(zelf, "_klantlib_celvolger", None)
            regels = uitleg(waarde, tb, zelf.user_ns, cellen, set(volger.fout) if volger else None)
        if regels is None:
            zelf.showtraceback((soort, waarde, tb), tb_offset=tb_offset)
            return None
        stb = blok(waarde, regels)
        zelf._showtraceback(soort, waarde, stb)
        return stb

    shell.set_custom_exc((Exception,), toon)
    shell._klantlib_korte_fouten = True
    return True
