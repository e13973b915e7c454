"""Stap: de kolommen van het bestand koppelen aan de kolommen van de cursustabel.

Eerst je eigen koppeling (``kolommen=``), dan de bekende namen uit
:data:`~klantlib.inlezen.schema.SYNONIEMEN`. Passen twee kolommen, dan wint
de naam die eerder in de lijst staat, en dat staat in het verslag.
"""

from __future__ import annotations

from .fouten import InleesFout
from .schema import BEVAT, SYNONIEMEN, SYNONIEMEN_INDEX, naamsleutel


def koppel_naam(cel: object, soort: str):
    """Kolomnaam -> (schema-kolom, prioriteit) of None."""
    s = naamsleutel(cel)
    if not s:
        return None
    if s in SYNONIEMEN_INDEX[soort]:
        return SYNONIEMEN_INDEX[soort][s]
    for kol, stukjes in BEVAT.get(soort, {}).items():
        if any(stuk in s for stuk in stukjes):
            return kol, 100
    return None


def controleer_kolommen(kolommen, schema, soort) -> dict[str, str]:
    """Eigen koppeling controleren. Geeft {kolom in bestand: kolom in cursus}."""
    if kolommen is None:
        return {}
    if not isinstance(kolommen, dict):
        raise InleesFout("kolommen moet een dict zijn: {kolom in jouw bestand: kolom in de cursus}.")
    eigen = {}
    for bron, doel in kolommen.items():
        if doel not in schema and bron in schema:
            bron, doel = doel, bron  # andersom opgegeven: ook goed
        if doel not in schema:
            raise InleesFout(
                f"kolommen: {doel!r} is geen kolom van de tabel {soort}. Kies uit: {', '.join(schema)}."
            )
        eigen[str(bron)] = doel
    dubbel = [d for d in set(eigen.values()) if list(eigen.values()).count(d) > 1]
    if dubbel:
        raise InleesFout(f"kolommen: meer dan één kolom gekoppeld aan {', '.join(map(repr, dubbel))}.")
    return eigen


def koppel(kopnamen, soort, eigen, naam, waarschuwingen):
    """Kolomnamen uit het bestand koppelen aan de cursuskolommen."""
    koppeling: dict[str, str] = {}
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
        koppeling[bron] = doel
        gezien.add(doel)
    kandidaten: dict[str, list[tuple[int, int, str]]] = {}
    for j, kop in enumerate(kopnamen):
        if not kop or kop in koppeling:
            continue
        gevonden = koppel_naam(kop, soort)
        if gevonden is None or gevonden[0] in gezien:
            continue
        kandidaten.setdefault(gevonden[0], []).append((gevonden[1], j, kop))
    for doel, lijst in kandidaten.items():
        lijst.sort()
        koppeling[lijst[0][2]] = doel
        if len(lijst) > 1:
            waarschuwingen.append(
                f"{doel}: meer kolommen passen ({', '.join(repr(k) for _, _, k in lijst)}); gebruikt: "
                f"{lijst[0][2]!r}. Wil je een andere? Geef kolommen={{{lijst[1][2]!r}: '{doel}'}}."
            )
    volgorde = {k: i for i, k in enumerate(kopnamen)}
    koppeling = dict(sorted(koppeling.items(), key=lambda kv: volgorde[kv[0]]))
    dubbele_koppen = sorted({k for k in kopnamen if k and kopnamen.count(k) > 1})
    if dubbele_koppen:
        waarschuwingen.append("Kolomnamen komen dubbel voor: " + ", ".join(map(repr, dubbele_koppen))
                              + "; alleen de eerste is gebruikt.")
    niet_gebruikt = [k for k in kopnamen if k and k not in koppeling]
    naamloos = [j for j, k in enumerate(kopnamen) if not k]
    if naamloos:
        niet_gebruikt.append(f"{len(naamloos)} kolom(men) zonder naam")
    return koppeling, niet_gebruikt


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


def controleer_verplicht(naam: str, soort: str, schema: dict, koppeling: dict[str, str], kopnamen: list[str]):
    """Stop met uitleg als een verplichte kolom van de cursustabel niet gekoppeld is."""
    ontbreekt = [k for k, (_, verplicht) in schema.items() if verplicht and k not in koppeling.values()]
    if ontbreekt:
        raise InleesFout(tekst_ontbreekt(naam, soort, ontbreekt, kopnamen))
