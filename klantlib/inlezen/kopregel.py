"""Stap: de kopregel vinden, ook onder een titel of verdeeld over twee regels.

We proberen de eerste regels van het bestand en kiezen de regel (of twee
regels samen) met de meeste bekende kolomnamen.
"""

from __future__ import annotations

from .fouten import InleesFout
from .kolommen import koppel_naam
from .schema import naamsleutel

ZOEK_KOP = 30


def kop_score(cellen: list[str], soort: str, eigen: set[str]) -> int:
    gevonden = set()
    for cel in cellen:
        doel = koppel_naam(cel, soort)
        if doel is not None:
            gevonden.add(doel[0])
        elif naamsleutel(cel) in eigen and naamsleutel(cel):
            gevonden.add("eigen:" + naamsleutel(cel))
    return len(gevonden)


def combineer_kopregels(boven: list, onder: list, samengevoegd: set[int] | None) -> list[str]:
    """Twee kopregels samenvoegen: 'Factuur' boven 'nummer' -> 'Factuur nummer'."""
    gevuld, vorige = [], ""
    for i, cel in enumerate(boven):
        tekst = "" if cel is None else str(cel).strip()
        if tekst:
            vorige = tekst
        elif samengevoegd is None or i in samengevoegd:
            tekst = vorige
        gevuld.append(tekst)
    uit = []
    for i in range(max(len(gevuld), len(onder))):
        b = gevuld[i] if i < len(gevuld) else ""
        o = "" if i >= len(onder) or onder[i] is None else str(onder[i]).strip()
        uit.append(f"{b} {o}".strip() if b != o else o)
    return uit


def zoek_kop(rijen: list[list], soort: str, eigen: set[str], naam: str,
             samengevoegd: dict[int, set[int]] | None = None):
    """Zoek de kopregel in de eerste rijen. Geeft (index, namen, aantal kopregels)."""
    beste = None  # (score, -index, -hoogte)
    for i, rij in enumerate(rijen[:ZOEK_KOP]):
        cellen = ["" if c is None else str(c).strip() for c in rij]
        if sum(bool(c) for c in cellen) < 2:
            continue
        kandidaten = [(cellen, 1)]
        if i > 0 and any(c not in (None, "") for c in rijen[i - 1]):
            fusie = None if samengevoegd is None else samengevoegd.get(i - 1, set())
            kandidaten.append((combineer_kopregels(rijen[i - 1], rij, fusie), 2))
        for namen, hoogte in kandidaten:
            score = kop_score(namen, soort, eigen)
            sleutel = (score, -i, -hoogte)
            if beste is None or sleutel > beste[0]:
                beste = (sleutel, i, namen, hoogte)
    if beste is None:
        raise InleesFout(f"Bestand '{naam}': ik vind geen kopregel met kolomnamen.")
    if beste[0][0] == 0:
        # Geen enkele bekende naam: neem de eerste regel met twee of meer cellen.
        for i, rij in enumerate(rijen[:ZOEK_KOP]):
            cellen = ["" if c is None else str(c).strip() for c in rij]
            if sum(bool(c) for c in cellen) >= 2:
                return i, cellen, 1
    _, i, namen, hoogte = beste
    return i, namen, hoogte


#: Waarden in een tweede kopregel onder de vragen van een enquêtetool (SurveyMonkey: 'Response').
_TWEEDE_KOP = {"response", "openendedresponse", "antwoord", "openantwoord", "other", "otherpleasespecify",
               "anders", "andersnamelijk", "reactie"}


def sla_tweede_kopregel_over(data, koprij: int, profiel, waarschuwingen: list[str]):
    """Staat onder de kopregel nog een kopregel ('Response', 'Open-Ended Response'), sla die dan over.

    Dat gebeurt als alle gevulde cellen van de eerste rij zulke woorden zijn, of als het profiel van
    het systeem een tweede kopregel belooft en de rij geen enkel cijfer bevat. Geeft (data, koprij).
    """
    if len(data) == 0:
        return data, koprij
    cellen = [str(v).strip() for v in data.iloc[0].tolist()
              if v is not None and not (isinstance(v, float) and v != v) and str(v).strip()]
    if not cellen:
        return data, koprij
    bekend = all(naamsleutel(c) in _TWEEDE_KOP for c in cellen)
    belofte = profiel is not None and profiel.tweede_kopregel and not any(ch.isdigit() for c in cellen for ch in c)
    if not (bekend or belofte):
        return data, koprij
    waarschuwingen.append(
        f"Rij {koprij + 1} is een tweede kopregel ({', '.join(repr(c) for c in cellen[:3])}"
        f"{', ...' if len(cellen) > 3 else ''}); niet als antwoord gelezen."
    )
    return data.iloc[1:].reset_index(drop=True), koprij + 1
