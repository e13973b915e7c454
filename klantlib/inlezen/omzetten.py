"""Stap: elke gekoppelde kolom omzetten naar het type van de cursustabel.

Per kolom: tekst en nummers (voorloopnullen blijven), bedragen en getallen
(:mod:`.getallen`), datums (:mod:`.datums`) en ja/nee. Wat niet te lezen is,
wordt een reden om een rij apart te zetten (verplichte kolom) of een
waarschuwing met 'leeg gelaten' (andere kolommen).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .controle import controleer_onleesbaar
from .datums import bekijk_datums, controleer_volgorde, datums_omzetten, kies_volgorde
from .fouten import InleesFout
from .getallen import bedragen, naar_geheel, score_zonder_label, tekst_bedrag_keuze
from .nummers import kvk_nummers
from .schema import KVK_KOLOMMEN
from .tekst import JA, NEE, TEKST_ECHT, lege_kolom, tekst_uit, tekstwaarden, vul_voorloopnullen
from .verslag import rijlijst, toon_waarde, voorbeeldwaarden

#: Een reden om rijen apart te zetten: (masker over de rijen, reden voor het verslag).
Reden = tuple[np.ndarray, str]


def zet_om(data: pd.DataFrame, kopnamen: list[str], koppeling: dict[str, str], schema: dict,
           tekstcache: dict[int, tuple[np.ndarray, int]], vol: np.ndarray, rijnummers: np.ndarray, naam: str,
           datumvolgorde, decimaalteken, waarschuwingen: list[str], profiel=None) -> tuple[dict, list[Reden]]:
    """Alle gekoppelde kolommen omzetten. Geeft ({cursuskolom: waarden}, redenen).

    ``profiel`` (van het systeem dat de export maakte) geeft de datumvolgorde en het
    decimaalteken als een kolom twee kanten op kan; wat je zelf opgeeft, gaat voor.
    """
    uit: dict = {}
    redenen: list[Reden] = []
    datumkolommen = {}
    for bron, doel in koppeling.items():
        j = kopnamen.index(bron)
        s = data[j]
        type_, verplicht = schema[doel]
        if type_ in ("id", "tekst"):
            uit[doel] = _tekst(s, tekstcache.get(j), type_, verplicht, doel, bron, vol, rijnummers, naam, redenen,
                               waarschuwingen)
        elif type_ in ("bedrag", "score", "geheel"):
            dec = decimaalteken.get(doel) if isinstance(decimaalteken, dict) else decimaalteken
            uit[doel] = _getal(s, type_, verplicht, dec, doel, bron, vol, rijnummers, naam, redenen,
                               waarschuwingen, profiel)
        elif type_ == "datum":
            vg = datumvolgorde.get(doel) if isinstance(datumvolgorde, dict) else datumvolgorde
            datumkolommen[doel] = (s, bron, controleer_volgorde(vg))
        elif type_ == "janee":
            uit[doel] = _janee(s, doel, bron, vol, rijnummers, waarschuwingen)
    standaard = (profiel.datumvolgorde, profiel.naam) if profiel is not None and profiel.datumvolgorde else None
    _datums(datumkolommen, koppeling, schema, vol, rijnummers, naam, uit, redenen, waarschuwingen, standaard)
    return uit, redenen


def _tekst(s, cache, type_, verplicht, doel, bron, vol, rijnummers, naam, redenen, waarschuwingen):
    if cache is None:
        tel: list[int] = []
        t = tekstwaarden(s, tel)
        gestript = tel[0]
    else:
        t, gestript = cache
    if gestript:
        waarschuwingen.append(f"{doel}: spaties voor of na de tekst weggehaald in {gestript} waarde(n) van kolom "
                              f"{bron!r}.")
    if doel in KVK_KOLOMMEN:
        t = kvk_nummers(t, doel, bron, vol, rijnummers, verplicht, naam, redenen, waarschuwingen)
    elif type_ == "id":
        t = vul_voorloopnullen(t, doel, bron, waarschuwingen)
    leeg = t == ""
    if verplicht:
        redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
    return tekst_uit(t, leeg, s)


def lees_bedragen(s, dec, doel, bron, rijnummers, naam, waarschuwingen, profiel=None):
    """Een kolom met bedragen lezen (type bedrag): met '€ -' als nul, zonder vreemde valuta.

    Geeft (waarden, leeg, onleesbaar). Stopt met uitleg als de kolom niet eenduidig is of
    bedragen in dollars of ponden bevat.
    """
    meldingen: dict = {}
    waarden, leeg, onleesbaar, keuze = bedragen(s, dec, streep_is_nul=True, meldingen=meldingen)
    if (waarden is None and keuze[0] == "dubbelzinnig" and profiel is not None and profiel.decimaalteken
            and dec is None):
        meldingen = {}
        waarden, leeg, onleesbaar, keuze = bedragen(s, profiel.decimaalteken, streep_is_nul=True,
                                                    meldingen=meldingen)
        waarschuwingen.append(
            f"{doel}: de bedragen in kolom {bron!r} kunnen twee kanten op; decimaalteken "
            f"{profiel.decimaalteken!r} aangenomen omdat {profiel.naam} zo exporteert."
        )
    if waarden is None:
        raise InleesFout(tekst_bedrag_keuze(naam, bron, keuze, rijnummers, s))
    if meldingen.get("vreemde_valuta") is not None:
        i = meldingen["vreemde_valuta"]
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: rij {rijnummers[i]} ({toon_waarde(s, i)}) is een bedrag in een "
            "andere valuta dan de euro. Die tel ik niet op als euro's. Exporteer de bedragen in euro (of ook de "
            "kolom met het omgerekende bedrag) en lees het bestand opnieuw in."
        )
    nul = meldingen.get("nul")
    if nul is not None and nul.any():
        waarschuwingen.append(
            f"{doel}: {int(nul.sum())} keer een streepje zonder getal (zoals '€ -', de Excel-notatie voor nul) "
            f"in kolom {bron!r}, gelezen als € 0,00: {rijlijst(rijnummers[nul])}."
        )
    return waarden, leeg, onleesbaar


def _getal(s, type_, verplicht, dec, doel, bron, vol, rijnummers, naam, redenen, waarschuwingen, profiel=None):
    if type_ == "score":
        s = score_zonder_label(s, bron, waarschuwingen)
    if type_ == "bedrag":
        waarden, leeg, onleesbaar = lees_bedragen(s, dec, doel, bron, rijnummers, naam, waarschuwingen, profiel)
    else:
        waarden, leeg, onleesbaar, keuze = bedragen(s, dec)
        if waarden is None:
            raise InleesFout(tekst_bedrag_keuze(naam, bron, keuze, rijnummers, s))
    onleesbaar &= vol
    controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers,
                          "bedragen" if type_ == "bedrag" else "getallen")
    if type_ == "bedrag":
        uitkomst = waarden
    else:
        geheel, niet_geheel = naar_geheel(waarden)
        if type_ == "score":
            buiten = ~np.isnan(waarden) & ((waarden < 0) | (waarden > 10))
            geheel[buiten] = pd.NA
            redenen.append((buiten & vol, f"score ligt niet tussen 0 en 10 (kolom {bron!r})"))
        redenen.append((niet_geheel & vol, f"{doel} is geen geheel getal (kolom {bron!r})"))
        uitkomst = geheel
    if verplicht and type_ != "score":
        redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
    if onleesbaar.any():
        tekst = (f"{doel}: geen {'bedrag' if type_ == 'bedrag' else 'getal'} in kolom {bron!r} "
                 f"({voorbeeldwaarden(s, onleesbaar)})")
        if verplicht:
            redenen.append((onleesbaar, tekst))
        else:
            waarschuwingen.append(f"{tekst}, {rijlijst(rijnummers[onleesbaar])}: leeg gelaten.")
    return uitkomst


def _janee(s, doel, bron, vol, rijnummers, waarschuwingen):
    t = np.array([x.lower() for x in tekstwaarden(s)], dtype=object)
    ja = np.isin(t, list(JA))
    nee = np.isin(t, list(NEE))
    leeg = t == ""
    onbekend = ~ja & ~nee & ~leeg & vol
    if onbekend.any():
        waarschuwingen.append(f"{doel}: geen ja/nee in kolom {bron!r}, {rijlijst(rijnummers[onbekend])}: "
                              "leeg gelaten.")
    w = pd.array(ja, dtype="boolean")
    w[onbekend | leeg] = pd.NA
    return w


def _datums(datumkolommen, koppeling, schema, vol, rijnummers, naam, uit, redenen, waarschuwingen, standaard=None):
    """Datums: eerst alle kolommen bekijken, dan samen beslissen over de volgorde."""
    analyses = {d: bekijk_datums(s) for d, (s, bron, vg) in datumkolommen.items()}
    bestandsbewijs = next((d for d, a in analyses.items()
                           if a["bewijs"]["dmj"] is not None and a["bewijs"]["mdj"] is None), None)
    tijd_weg = []
    for doel, (s, bron, vg) in datumkolommen.items():
        a = analyses[doel]
        volgorde = vg if vg is not None else kies_volgorde(a["bewijs"], s, naam, bron, doel, rijnummers,
                                                           bestandsbewijs, koppeling, waarschuwingen, standaard)
        waarden, leeg, onleesbaar, tijd = datums_omzetten(a, volgorde)
        onleesbaar &= vol
        verplicht = schema[doel][1]
        controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers, "datums")
        if tijd:
            tijd_weg.append(bron)
        if len(a["notaties"]) > 1:
            waarschuwingen.append(f"{doel}: kolom {bron!r} heeft verschillende datumnotaties door elkaar; "
                                  "allemaal gelezen met de dag voor de maand.")
        if a["compact"] is not None:
            waarschuwingen.append(f"{doel}: kolom {bron!r} heeft datums als JJJJMMDD (zoals {a['compact']!r}); "
                                  "gelezen als jaar, maand, dag.")
        if a["serieel"] or (a["getal"].any() and a["compact"] is None):
            waarschuwingen.append(f"{doel}: kolom {bron!r} bevat Excel-datumgetallen (zoals 45356); "
                                  "omgezet naar datums.")
        if verplicht:
            redenen.append((leeg & vol, f"{doel} ontbreekt (kolom {bron!r} is leeg)"))
        if onleesbaar.any():
            tekst = f"{doel}: geen datum in kolom {bron!r} ({voorbeeldwaarden(s, onleesbaar)})"
            if verplicht:
                redenen.append((onleesbaar, tekst))
            else:
                waarschuwingen.append(f"{tekst}, {rijlijst(rijnummers[onleesbaar])}: leeg gelaten.")
        uit[doel] = waarden
    if tijd_weg:
        waarschuwingen.append("Tijdstippen weggelaten (alleen de datum telt) in kolom "
                              + ", ".join(repr(b) for b in tijd_weg) + ".")


def maak_tabel(uit: dict, schema: dict, houd: np.ndarray) -> pd.DataFrame:
    """De cursustabel: precies de kolommen van het schema, alleen de rijen in ``houd``."""
    for kol, w in list(uit.items()):
        # Zonder ontbrekende waarden: dezelfde typen als de cursustabellen (bool, int64).
        if schema[kol][0] in ("janee", "geheel") and not pd.isna(w[houd]).any():
            uit[kol] = np.asarray(w.to_numpy(dtype="bool" if schema[kol][0] == "janee" else "int64"))
    lege: dict[str, object] = {}  # één lege kolom per type, gedeeld (scheelt werk bij grote bestanden)
    return pd.DataFrame({
        kol: (uit[kol][houd] if kol in uit
              else lege.setdefault(type_, lege_kolom(type_, int(houd.sum()))))
        for kol, (type_, _) in schema.items()
    })


def als_cursustekst(resultaat: pd.DataFrame) -> pd.DataFrame:
    """Intern rekenen we met Python-tekst; de uitkomst krijgt overal het tekst-type van de cursusdata."""
    for kol in resultaat.columns:
        if isinstance(resultaat[kol].dtype, pd.StringDtype) and resultaat[kol].dtype != TEKST_ECHT:
            resultaat[kol] = resultaat[kol].astype(TEKST_ECHT)
    return resultaat
