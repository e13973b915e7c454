"""Stap: de kolommen van het bestand koppelen aan de kolommen van de cursustabel.

In deze volgorde:

1. je eigen koppeling (``kolommen=``); ``None`` betekent: deze kolom niet gebruiken;
2. het profiel van het systeem dat de export maakte (:mod:`.profielen`), als dat herkend is;
3. de bekende namen uit :data:`~klantlib.inlezen.schema.SYNONIEMEN` (en de hulpkolommen
   uit :data:`~klantlib.inlezen.schema.HULPSYNONIEMEN`).

Passen twee kolommen bij dezelfde cursuskolom, dan wint de naam die eerder in de lijst
staat, en dat staat in het verslag. Hulpkolommen (valuta, D/C, debet en credit, status)
komen niet in de tabel, maar bepalen hoe een andere kolom gelezen wordt.
"""

from __future__ import annotations

import re

from .fouten import InleesFout
from .profielen import kopsleutel
from .schema import BEVAT, HULPROLLEN, SCHEMA, SYNONIEMEN, SYNONIEMEN_INDEX, naamsleutel

#: Voorvoegsels die CRM-exports voor elke kolom zetten ('Deal - Title'): ook zonder proberen.
_VOORVOEGSELS = {"leads": ("deal", "opportunity", "verkoopkans")}


def koppel_naam(cel: object, soort: str):
    """Kolomnaam -> (kolom of hulprol, prioriteit) of None."""
    s = naamsleutel(cel)
    if not s:
        return None
    index = SYNONIEMEN_INDEX[soort]
    if s in index:
        return index[s]
    for voor in _VOORVOEGSELS.get(soort, ()):
        if s.startswith(voor) and s[len(voor):] in index:
            return index[s[len(voor):]]
    for kol, stukjes in BEVAT.get(soort, {}).items():
        if any(stuk in s for stuk in stukjes):
            return kol, 100
    return None


def doelen(soort: str) -> set[str]:
    """Alles waaraan je een kolom kunt koppelen: de kolommen van de cursustabel en de hulprollen."""
    return set(SCHEMA[soort]) | set(HULPROLLEN[soort])


def controleer_kolommen(kolommen, schema, soort) -> dict[str, str | None]:
    """Eigen koppeling controleren. Geeft {kolom in bestand: kolom in cursus, hulprol of None}."""
    if kolommen is None:
        return {}
    if not isinstance(kolommen, dict):
        raise InleesFout("kolommen moet een dict zijn: {kolom in jouw bestand: kolom in de cursus}.")
    toegestaan = doelen(soort)
    eigen: dict[str, str | None] = {}
    for bron, doel in kolommen.items():
        if doel is not None and doel not in toegestaan and bron in toegestaan:
            bron, doel = doel, bron  # andersom opgegeven: ook goed
        if doel is not None and doel not in toegestaan:
            hulp = HULPROLLEN[soort]
            raise InleesFout(
                f"kolommen: {doel!r} is geen kolom van de tabel {soort}. Kies uit: {', '.join(schema)}"
                + (f"; of een hulpkolom: {', '.join(hulp)}" if hulp else "")
                + ". Met None gebruik je een kolom niet."
            )
        eigen[str(bron)] = doel
    waarden = [d for d in eigen.values() if d is not None]
    dubbel = [d for d in set(waarden) if waarden.count(d) > 1]
    if dubbel:
        raise InleesFout(f"kolommen: meer dan één kolom gekoppeld aan {', '.join(map(repr, dubbel))}.")
    return eigen


def koppel(kopnamen, soort, eigen, naam, waarschuwingen, profiel=None):
    """Kolomnamen uit het bestand koppelen. Geeft (koppeling, hulpkolommen, niet gebruikt, bewust genegeerd).

    ``koppeling`` en ``hulpkolommen`` zijn {kolom in bestand: kolom in cursus of hulprol}, in de
    volgorde van het bestand. ``bewust genegeerd`` is {kolom: door wie} (kolommen= of het profiel).
    """
    schema = SCHEMA[soort]
    gekozen: dict[str, str] = {}
    genegeerd: dict[str, str] = {}
    gezien: set[str] = set()
    for bron, doel in eigen.items():
        if bron not in kopnamen:
            passend = [k for k in kopnamen if naamsleutel(k) == naamsleutel(bron)]
            if not passend:
                raise InleesFout(
                    f"Bestand '{naam}': de kolom {bron!r} uit kolommen=... staat niet in het bestand. "
                    f"Gevonden kolommen: {', '.join(repr(k) for k in kopnamen if k)}."
                )
            bron = passend[0]
        if doel is None:
            genegeerd[bron] = "kolommen=..."
            continue
        gekozen[bron] = doel
        gezien.add(doel)
    kandidaten: dict[str, list[tuple[tuple[int, int], int, str]]] = {}
    for j, kop in enumerate(kopnamen):
        if not kop or kop in gekozen or kop in genegeerd:
            continue
        gevonden = None
        if profiel is not None and kopsleutel(kop) in profiel.kolommen:
            doel, rang = profiel.kolommen[kopsleutel(kop)]
            if doel is None:
                genegeerd[kop] = profiel.naam
                continue
            gevonden = (doel, (0, rang))
        if gevonden is None:
            algemeen = koppel_naam(kop, soort)
            if algemeen is not None:
                gevonden = (algemeen[0], (1, algemeen[1]))
        if gevonden is None or gevonden[0] in gezien:
            continue
        kandidaten.setdefault(gevonden[0], []).append((gevonden[1], j, kop))
    for doel, lijst in kandidaten.items():
        lijst.sort()
        gekozen[lijst[0][2]] = doel
        # Noemt het profiel van het systeem meer kolommen voor dezelfde cursuskolom, dan is de
        # volgorde in het profiel de keuze: geen waarschuwing (de andere staat onder 'Niet gebruikt').
        if len(lijst) > 1 and not all(prio[0] == 0 for prio, _, _ in lijst):
            waarschuwingen.append(
                f"{doel}: meer kolommen passen ({', '.join(repr(k) for _, _, k in lijst)}); gebruikt: "
                f"{lijst[0][2]!r}. Wil je een andere? Geef kolommen={{{lijst[1][2]!r}: '{doel}'}}."
            )
    volgorde = {k: i for i, k in enumerate(kopnamen)}
    gekozen = dict(sorted(gekozen.items(), key=lambda kv: volgorde[kv[0]]))
    koppeling = {b: d for b, d in gekozen.items() if d in schema}
    hulp = {b: d for b, d in gekozen.items() if d not in schema}
    dubbele_koppen = sorted({k for k in kopnamen if k and kopnamen.count(k) > 1})
    if dubbele_koppen:
        waarschuwingen.append("Kolomnamen komen dubbel voor: " + ", ".join(map(repr, dubbele_koppen))
                              + "; alleen de eerste is gebruikt.")
    return koppeling, hulp, niet_gebruikte(kopnamen, koppeling, hulp), genegeerd


def niet_gebruikte(kopnamen, koppeling, hulp) -> list[str]:
    """De kolommen van het bestand die nergens aan gekoppeld zijn (ook als hulpkolom niet)."""
    niet_gebruikt = [k for k in kopnamen if k and k not in koppeling and k not in hulp]
    naamloos = [j for j, k in enumerate(kopnamen) if not k]
    if naamloos:
        niet_gebruikt.append(f"{len(naamloos)} kolom(men) zonder naam")
    return niet_gebruikt


def tekst_ontbreekt(naam, soort, ontbreekt, kopnamen):
    delen = []
    for kol in ontbreekt:
        namen = SYNONIEMEN[soort].get(kol, [])[:6]
        delen.append(f"'{kol}' (bijvoorbeeld {', '.join(repr(x) for x in namen)})")
    gevonden = ", ".join(repr(k) for k in kopnamen if k) or "geen"
    voorbeeld = ontbreekt[0]
    return (
        f"Bestand '{naam}': verplichte kolom{'men' if len(ontbreekt) > 1 else ''} niet gevonden voor "
        f"{soort}: {'; '.join(delen)}. Gevonden kolommen: {gevonden}. Heet de kolom bij jou anders? Geef dan "
        f"kolommen={{'naam in jouw bestand': '{voorbeeld}'}}."
    )


def controleer_verplicht(naam: str, soort: str, schema: dict, koppeling: dict[str, str], kopnamen: list[str],
                         hulp: dict[str, str] | None = None):
    """Stop met uitleg als een verplichte kolom van de cursustabel niet gekoppeld is.

    Een bedrag mag ook uit twee kolommen komen: debet en credit.
    """
    rollen = set((hulp or {}).values())
    ontbreekt = [k for k, (_, verplicht) in schema.items() if verplicht and k not in koppeling.values()
                 and not (k == "bedrag" and rollen & {"debet", "credit"})]
    if ontbreekt:
        raise InleesFout(tekst_ontbreekt(naam, soort, ontbreekt, kopnamen))


#: Kolommen die er toe lijken te doen als ze niet gebruikt worden: (soort, categorie, patroon op de sleutel).
_BELANGRIJK = [
    ("facturen", "het teken van het bedrag", re.compile(r"^(dc|debetcredit|debitcredit|teken|sign)$|^(debet|debit|credit)")),
    ("facturen", "de valuta", re.compile(r"valuta|currency|munt")),
    ("leads", "de valuta", re.compile(r"valuta|currency|munt")),
    ("facturen", "de status van de factuur", re.compile(r"status|^state$")),
    ("leads", "de uitkomst van de deal", re.compile(r"status|gewonnen|verloren|^won|^lost|closed|gesloten")),
    ("facturen", "een klantnummer", re.compile(r"(klant|debiteur|debtor|relatie|customer|deb)(nummer|nr|code|id)")),
    (None, "een KvK-nummer", re.compile(r"kvk|chamberofcommerce|^coc")),
]


def belangrijk_maar_niet_gebruikt(niet_gebruikt: list[str], genegeerd: dict[str, str], soort: str,
                                  waarschuwingen: list[str]) -> None:
    """Waarschuw voor een kolom die er toe lijkt te doen (teken, valuta, status, klantnummer) maar niet meedoet."""
    for kop in niet_gebruikt:
        if kop in genegeerd:
            continue
        s = naamsleutel(kop)
        for voor, wat, patroon in _BELANGRIJK:
            if (voor is None or voor == soort) and s and patroon.search(s):
                waarschuwingen.append(
                    f"Kolom {kop!r} is niet gebruikt, maar lijkt {wat} te bevatten. Hoort hij bij je gegevens? "
                    f"Koppel hem met kolommen={{{kop!r}: ...}}; doet hij er niet toe, geef dan "
                    f"kolommen={{{kop!r}: None}}."
                )
                break
