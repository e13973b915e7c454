"""Profielen van systemen: hoe Exact, Twinfield, HubSpot en andere pakketten exporteren.

Een profiel is een klein tekstbestand per systeem in de map ``systemen/``
(INI-opmaak, te lezen en aan te vullen zonder te programmeren). Het zegt:

- aan welke kolomkoppen je een export van dat systeem herkent (``herken``, ``minimaal``; minstens
  één van de gevonden koppen moet eigen zijn aan het systeem, geen algemene naam als 'Factuurdatum');
- welke kolom van de export bij welke kolom van de cursus hoort (``[kolommen]``), ook
  hulpkolommen zoals de valuta of het teken (D/C) van een bedrag, en welke kolommen
  bewust niet meedoen (``-``);
- wat de waarden betekenen: fasen van deals (``[fasen]``), de status van een deal
  (``[status]``), de soort factuur (``[soort]``), de status van een factuur
  (``[factuurstatus]``) en een D/C-kolom (``[debet_credit]``);
- welke datumvolgorde het systeem gebruikt als een datum twee kanten op kan
  (``datumvolgorde``), welk decimaalteken bij twijfel (``decimaalteken``), en of er
  een tweede kopregel onder de eerste staat (``tweede_kopregel``).

Alles wat je zelf meegeeft aan :func:`~klantlib.inlezen.lees_export`
(``kolommen=``, ``datumvolgorde=``, ``decimaalteken=``, ``fasen=``) gaat voor het profiel.
Een eigen profiel gebruik je met ``lees_export(..., systeem="pad/naar/mijnsysteem.ini")``.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .fouten import InleesFout
from .schema import HULPROLLEN, SCHEMA, SOORTEN, SYNONIEMEN_INDEX, naamsleutel

MAP = Path(__file__).resolve().parent / "systemen"

#: Toegestane waarden per waardensectie van een profiel.
_WAARDEN = {
    "fasen": ("lead", "prospect", "offerte", "gewonnen", "verloren"),
    "status": ("open", "gewonnen", "verloren", "verwijderd"),
    "soort": ("factuur", "creditnota", "retour"),
    "factuurstatus": ("concept", "geldig"),
    "debet_credit": ("debet", "credit"),
}
NIET_GEBRUIKEN = "-"


def kopsleutel(kop: object) -> str:
    """Kolomkop vergelijkbaar maken; een kop van alleen leestekens (zoals '#') blijft zichzelf."""
    return naamsleutel(kop) or str(kop).strip()


@dataclass(frozen=True)
class Profiel:
    """Eén systeem: hoe herken je de export en hoe lees je hem."""

    naam: str
    soort: str
    bestand: str
    herken: tuple[str, ...]
    minimaal: int
    kolommen: dict[str, tuple[str | None, int]] = field(default_factory=dict)
    waarden: dict[str, dict[str, str]] = field(default_factory=dict)
    datumvolgorde: str | None = None
    decimaalteken: str | None = None
    tweede_kopregel: bool = False
    eigen_valuta: frozenset[str] = frozenset()
    bronnen: tuple[str, ...] = ()

    def koppen(self) -> set[str]:
        """Alle kolomkoppen die het profiel kent (sleutels), voor het zoeken naar de kopregel."""
        return set(self.kolommen) | set(self.herken)


def _lijst(tekst: str) -> list[str]:
    return [d.strip() for d in tekst.replace("\n", "|").split("|") if d.strip()]


def lees_profiel(pad) -> Profiel:
    """Lees één profielbestand en controleer het. Een fout noemt het bestand en de regel die niet klopt."""
    pad = Path(pad)
    naam_bestand = pad.name
    lezer = configparser.ConfigParser(delimiters=("=",), interpolation=None, comment_prefixes=(";",),
                                      inline_comment_prefixes=None, strict=True)
    lezer.optionxform = str  # hoofdletters in kolomkoppen laten staan (voor het verslag)
    try:
        with open(pad, encoding="utf-8") as f:
            lezer.read_file(f)
    except FileNotFoundError:
        raise InleesFout(f"Profiel '{pad}' bestaat niet.") from None
    except configparser.Error as fout:
        raise InleesFout(f"Profiel '{naam_bestand}' is niet te lezen: {fout}") from None
    if not lezer.has_section("systeem"):
        raise InleesFout(f"Profiel '{naam_bestand}': de sectie [systeem] ontbreekt.")
    sys_ = lezer["systeem"]
    for verplicht in ("naam", "soort", "herken"):
        if not sys_.get(verplicht, "").strip():
            raise InleesFout(f"Profiel '{naam_bestand}': '{verplicht} = ...' ontbreekt in [systeem].")
    soort = sys_["soort"].strip()
    if soort not in SOORTEN:
        raise InleesFout(f"Profiel '{naam_bestand}': soort {soort!r} bestaat niet; kies uit {', '.join(SOORTEN)}.")
    herken = tuple(kopsleutel(k) for k in _lijst(sys_["herken"]))
    try:
        minimaal = int(sys_.get("minimaal", "2"))
    except ValueError:
        raise InleesFout(f"Profiel '{naam_bestand}': minimaal moet een geheel getal zijn.") from None
    doelen = set(SCHEMA[soort]) | set(HULPROLLEN[soort])
    kolommen: dict[str, tuple[str | None, int]] = {}
    if lezer.has_section("kolommen"):
        for rang, (kop, doel) in enumerate(lezer["kolommen"].items()):
            doel = doel.strip()
            if doel != NIET_GEBRUIKEN and doel not in doelen:
                raise InleesFout(
                    f"Profiel '{naam_bestand}', [kolommen] {kop} = {doel}: {doel!r} is geen kolom van {soort}. "
                    f"Kies uit: {', '.join(sorted(doelen))}, of '{NIET_GEBRUIKEN}' (niet gebruiken)."
                )
            kolommen.setdefault(kopsleutel(kop), (None if doel == NIET_GEBRUIKEN else doel, rang))
    waarden: dict[str, dict[str, str]] = {}
    for sectie, toegestaan in _WAARDEN.items():
        if not lezer.has_section(sectie):
            continue
        tabel = {}
        for waarde, betekenis in lezer[sectie].items():
            betekenis = betekenis.strip()
            if betekenis not in toegestaan:
                raise InleesFout(
                    f"Profiel '{naam_bestand}', [{sectie}] {waarde} = {betekenis}: kies uit {', '.join(toegestaan)}."
                )
            tabel[naamsleutel(waarde) or waarde.strip()] = betekenis
        waarden[sectie] = tabel
    volgorde = sys_.get("datumvolgorde", "").strip() or None
    if volgorde not in (None, "dmj", "mdj"):
        raise InleesFout(f"Profiel '{naam_bestand}': datumvolgorde moet dmj of mdj zijn.")
    dec = sys_.get("decimaalteken", "").strip() or None
    if dec not in (None, ",", "."):
        raise InleesFout(f"Profiel '{naam_bestand}': decimaalteken moet , of . zijn.")
    tweede = sys_.get("tweede_kopregel", "nee").strip().lower()
    if tweede not in ("ja", "nee"):
        raise InleesFout(f"Profiel '{naam_bestand}': tweede_kopregel moet ja of nee zijn.")
    return Profiel(
        naam=sys_["naam"].strip(), soort=soort, bestand=naam_bestand, herken=herken, minimaal=minimaal,
        kolommen=kolommen, waarden=waarden, datumvolgorde=volgorde, decimaalteken=dec,
        tweede_kopregel=tweede == "ja",
        eigen_valuta=frozenset(kopsleutel(k) for k in _lijst(sys_.get("eigen_valuta", ""))),
        bronnen=tuple(_lijst(sys_.get("bronnen", ""))),
    )


@lru_cache(maxsize=1)
def _ingebouwd() -> tuple[Profiel, ...]:
    return tuple(lees_profiel(p) for p in sorted(MAP.glob("*.ini")))


def profielen(soort: str | None = None) -> list[Profiel]:
    """De meegeleverde profielen (van één soort tabel, of alle)."""
    return [p for p in _ingebouwd() if soort is None or p.soort == soort]


def alle_koppen(soort: str) -> set[str]:
    """Alle kolomkoppen (sleutels) die een profiel van deze soort kent."""
    uit: set[str] = set()
    for p in profielen(soort):
        uit |= p.koppen()
    return uit


def kies_profiel(kopnamen: list[str], soort: str, systeem, naam: str):
    """Welk systeem maakte deze export? Geeft (profiel of None, tekst voor het verslag of None).

    ``systeem``: None = herkennen aan de kolomkoppen; False = geen profiel; een naam
    (zoals 'Twinfield') of het pad naar een eigen profielbestand = dat profiel.
    """
    if systeem is False:
        return None, None
    sleutels = {kopsleutel(k): k for k in kopnamen if k}
    if systeem is not None:
        profiel = _zoek(systeem, soort)
        gevonden = [sleutels[k] for k in profiel.herken if k in sleutels]
        return profiel, f"Gelezen als export van {profiel.naam} (systeem={systeem!r})" + (
            f"; herkende kolommen: {', '.join(map(repr, gevonden))}." if gevonden else
            "; geen van de kolommen die dit systeem meestal heeft, staat in het bestand.")
    if not _ingebouwd():
        return None, (f"Let op: de profielen van systemen ontbreken (map {MAP}); de export is alleen met de "
                      "algemene regels gelezen. Installeer klantlib opnieuw.")
    kandidaten = []
    algemeen = SYNONIEMEN_INDEX[soort]
    for profiel in profielen(soort):
        gevonden = [sleutels[k] for k in dict.fromkeys(profiel.herken) if k in sleutels]
        # Minstens één kolom die alleen dit soort systeem heeft: 'Factuurdatum' alleen zegt niets.
        eigen = [k for k in gevonden if kopsleutel(k) not in algemeen]
        if len(gevonden) >= profiel.minimaal and eigen:
            kandidaten.append((len(gevonden), profiel, gevonden))
    if not kandidaten:
        return None, None
    kandidaten.sort(key=lambda x: (-x[0], x[1].bestand))
    aantal, profiel, gevonden = kandidaten[0]
    tekst = (f"Herkend als export van {profiel.naam} (aan de kolommen {', '.join(map(repr, gevonden))}). "
             "Klopt dat niet? Geef systeem=False of de naam van het goede systeem.")
    ook = [p.naam for a, p, _ in kandidaten[1:] if a == aantal and p.naam != profiel.naam]
    if ook:
        tekst += f" Ook mogelijk: {', '.join(ook)}."
    return profiel, tekst


def _zoek(systeem, soort: str) -> Profiel:
    if isinstance(systeem, Profiel):
        profiel = systeem
    elif isinstance(systeem, (str, Path)) and str(systeem).lower().endswith(".ini"):
        profiel = lees_profiel(systeem)
    elif isinstance(systeem, str):
        passend = [p for p in _ingebouwd() if naamsleutel(systeem) in (naamsleutel(p.naam),
                                                                        naamsleutel(Path(p.bestand).stem))]
        if not passend:
            namen = sorted({p.naam for p in _ingebouwd()})
            raise InleesFout(f"systeem={systeem!r} ken ik niet. Bekende systemen: {', '.join(namen)}. "
                             "Of geef het pad naar een eigen profiel (.ini).")
        eigen_soort = [p for p in passend if p.soort == soort]
        if not eigen_soort:
            raise InleesFout(f"systeem={systeem!r} heeft geen profiel voor soort={soort!r} "
                             f"(wel voor {', '.join(sorted({p.soort for p in passend}))}).")
        profiel = eigen_soort[0]
    else:
        raise InleesFout("systeem moet None (herkennen), False (geen profiel), de naam van een systeem of het pad "
                         "naar een profielbestand (.ini) zijn.")
    if profiel.soort != soort:
        raise InleesFout(f"Profiel '{profiel.bestand}' is voor soort={profiel.soort!r}, niet voor {soort!r}.")
    return profiel
