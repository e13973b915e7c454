"""Stap: de gewoonten van een systeem toepassen (valuta, teken, status, klantcodes).

Boekhoud- en CRM-systemen zeggen sommige dingen in een aparte kolom:

- **valuta**: een kolom 'Valuta' zegt in welke munt een bedrag staat. Staat er iets anders
  dan EUR, dan gebruiken we het bedrag dat al in euro is omgerekend ('Basisbedrag',
  'AmountDC', ...). Is dat er niet, dan stoppen we: dollars tellen we niet als euro's.
- **teken**: een D/C-kolom (debet/credit) of twee kolommen 'Debet' en 'Credit'. Op een
  debiteur is debet een factuur (positief) en credit een creditnota of betaling (negatief).
- **status**: een concept-factuur is nog geen factuur; bij deals zegt een statuskolom
  (open, gewonnen, verloren) of kolommen 'Won'/'Closed' hoe de deal afliep.
- **klantcodes**: een kolom met alleen nummers is een klantnummer, geen klantnaam.

Elke keuze en elke verandering staat in het verslag.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .controle import controleer_onleesbaar
from .fouten import InleesFout
from .omzetten import lees_bedragen
from .profielen import kopsleutel
from .schema import CONCEPT, DEBET_CREDIT, EIGEN_MUNT, EIGEN_VALUTA, FASEN, STATUS, naamsleutel
from .tekst import JA, NEE, tekstwaarden
from .verslag import euro, rijlijst

#: Per soort: de bedragkolom en de hulprol voor hetzelfde bedrag in vreemde valuta.
_BEDRAG = {"facturen": ("bedrag", "bedrag_valuta"), "leads": ("waarde", "waarde_valuta")}
_NAAMKOLOM = {"facturen": "klantnaam", "leads": "bedrijfsnaam"}
_NAAMWOORDEN = ("naam", "name")
#: Kolommen die een klantnaam bevatten, de beste eerst; en namen die geen klant zijn (administratie, grootboek).
_KLANTNAMEN = ("naam", "name", "klantnaam", "debiteurnaam", "naamdebiteur", "relatienaam", "kplrelnaam",
               "customername", "bedrijfsnaam", "accountnaam", "accountname")
_GEEN_KLANT = ("adm", "administratie", "grootboek", "dagboek", "gebruiker", "verkoper", "contactpersoon", "medewerker")


def _bron(tabel: dict[str, str], rol: str) -> str | None:
    return next((b for b, d in tabel.items() if d == rol), None)


def _tekst(data: pd.DataFrame, kopnamen: list[str], bron: str) -> np.ndarray:
    return tekstwaarden(data[kopnamen.index(bron)])


def _munt(waarde: str) -> str:
    m = waarde.strip().upper()
    return {"€": EIGEN_MUNT, "EURO": EIGEN_MUNT, "EUROS": EIGEN_MUNT}.get(m, m)


def kies_bedragkolom(data, kopnamen, koppeling, hulp, soort, profiel, naam, koprij, waarschuwingen,
                     eigen=None) -> None:
    """Valuta: noemt de valutakolom een andere munt dan de euro, gebruik dan het bedrag in euro.

    Verandert ``koppeling`` en ``hulp`` als er een kolom in euro is; stopt anders met uitleg.
    Koos je zelf de bedragkolom (``kolommen=``), dan verandert er niets: dan stoppen we met uitleg.
    """
    if soort not in _BEDRAG:
        return
    valuta = _bron(hulp, "valuta")
    if valuta is None:
        return
    doel, doel_valuta = _BEDRAG[soort]
    t = _tekst(data, kopnamen, valuta)
    codes, uniek = pd.factorize(t)
    munten = [_munt(u) for u in uniek]
    vreemd = sorted({m for m in munten if m and m != EIGEN_MUNT})
    if not vreemd:
        return
    vreemde_rijen = np.isin(codes, [i for i, m in enumerate(munten) if m and m != EIGEN_MUNT])
    rijen_tekst = rijlijst(np.flatnonzero(vreemde_rijen) + koprij + 1)
    eigen_munt = EIGEN_VALUTA | (set(profiel.eigen_valuta) if profiel is not None else set())
    huidig = _bron(koppeling, doel)
    if huidig is None and soort == "facturen" and {"debet", "credit"} & set(hulp.values()):
        huidig_eigen = all(kopsleutel(b) in eigen_munt or naamsleutel(b) in eigen_munt
                           for b, d in hulp.items() if d in ("debet", "credit"))
        if not huidig_eigen:
            raise InleesFout(_tekst_valuta(naam, valuta, vreemd, rijen_tekst, "debet/credit", doel))
        return
    if huidig is None:
        return
    if kopsleutel(huidig) in eigen_munt or naamsleutel(huidig) in eigen_munt:
        waarschuwingen.append(
            f"{doel}: kolom {valuta!r} noemt ook {', '.join(vreemd)} ({rijen_tekst}); de bedragen in kolom "
            f"{huidig!r} zijn al omgerekend naar euro en tellen zo mee."
        )
        return
    bezet = set(koppeling)
    alternatief = [k for k in kopnamen if k and k not in bezet
                   and (kopsleutel(k) in eigen_munt or naamsleutel(k) in eigen_munt)]
    zelf_gekozen = any(naamsleutel(b) == naamsleutel(huidig) for b in (eigen or {}))
    if not alternatief or zelf_gekozen:
        raise InleesFout(_tekst_valuta(naam, valuta, vreemd, rijen_tekst, huidig, doel))
    nieuw = alternatief[0]
    del koppeling[huidig]
    hulp.pop(nieuw, None)
    hulp[huidig] = doel_valuta
    koppeling[nieuw] = doel
    volgorde = {k: i for i, k in enumerate(kopnamen)}
    for tabel in (koppeling, hulp):
        geordend = dict(sorted(tabel.items(), key=lambda kv: volgorde[kv[0]]))
        tabel.clear()
        tabel.update(geordend)
    waarschuwingen.append(
        f"{doel}: kolom {valuta!r} noemt ook {', '.join(vreemd)} ({rijen_tekst}). Daarom telt het bedrag in euro "
        f"uit kolom {nieuw!r}, niet kolom {huidig!r} (die staat in de valuta van de factuur)."
    )


def _tekst_valuta(naam, valuta, vreemd, rijen_tekst, huidig, doel) -> str:
    return (
        f"Bestand '{naam}': kolom {valuta!r} noemt bedragen in {', '.join(vreemd)} ({rijen_tekst}), naast euro's. "
        f"Kolom {huidig!r} staat dan niet in één valuta: optellen zou bijvoorbeeld dollars als euro's tellen. "
        "Exporteer ook het bedrag omgerekend naar euro (vaak heet die kolom 'Basisbedrag', 'Bedrag in EUR' of "
        f"'Amount (converted)') en lees opnieuw in; of koppel die kolom zelf met kolommen={{'...': '{doel}'}}."
    )


def klantcodes_als_naam(data, kopnamen, koppeling, hulp, soort, waarschuwingen) -> None:
    """Een naamkolom met alleen nummers ('Debiteur' in Twinfield) is een klantnummer: zoek de echte naam."""
    doel = _NAAMKOLOM.get(soort)
    bron = _bron(koppeling, doel) if doel else None
    if bron is None:
        return
    proef = [w for w in _tekst(data.iloc[:2000], kopnamen, bron) if w]
    if not proef or sum(w.isdigit() for w in proef) < 0.9 * len(proef):
        return
    bezet = set(koppeling) | set(hulp)
    namen = [k for k in kopnamen if k and k not in bezet and any(w in naamsleutel(k) for w in _NAAMWOORDEN)
             and not naamsleutel(k).startswith(_GEEN_KLANT)]
    namen.sort(key=lambda k: (naamsleutel(k) not in _KLANTNAMEN, kopnamen.index(k)))
    if not namen:
        waarschuwingen.append(
            f"{doel}: kolom {bron!r} bevat alleen nummers (zoals {proef[0]!r}), geen namen. Klanten hebben dan "
            f"een nummer als naam. Heet de kolom met namen bij jou anders? Geef kolommen={{'...': '{doel}'}}."
        )
        return
    nieuw = namen[0]
    del koppeling[bron]
    if soort == "facturen" and "klantnummer" not in koppeling.values():
        koppeling[bron] = "klantnummer"
        gebruik = "gebruikt als klantnummer"
    else:
        gebruik = "niet gebruikt"
    koppeling[nieuw] = doel
    volgorde = {k: i for i, k in enumerate(kopnamen)}
    geordend = dict(sorted(koppeling.items(), key=lambda kv: volgorde[kv[0]]))
    koppeling.clear()
    koppeling.update(geordend)
    waarschuwingen.append(
        f"{doel}: kolom {bron!r} bevat nummers (zoals {proef[0]!r}), geen namen: {gebruik}. "
        f"De {doel} komt uit kolom {nieuw!r}."
    )


def pas_toe(data, kopnamen, koppeling, hulp, soort, profiel, uit, redenen, vol, rijnummers, naam, decimaalteken,
            waarschuwingen) -> dict:
    """Teken, status en uitkomst toepassen op de omgezette kolommen (``uit``). Geeft extra's voor afronden."""
    extra: dict = {}
    if soort == "facturen":
        dec = decimaalteken.get("bedrag") if isinstance(decimaalteken, dict) else decimaalteken
        # Rijen die toch apart gaan (zoals een totaalregel zonder factuurnummer) tellen niet mee bij het teken.
        probleem = np.zeros(len(data), dtype=bool)
        for masker, _ in redenen:
            probleem |= masker
        _debet_credit_kolommen(data, kopnamen, koppeling, hulp, profiel, uit, redenen, vol, ~probleem, rijnummers,
                               naam, dec, waarschuwingen)
        _dc_indicator(data, kopnamen, koppeling, hulp, profiel, uit, vol & ~probleem, rijnummers, naam,
                      waarschuwingen)
        _factuurstatus(data, kopnamen, hulp, profiel, redenen, vol, waarschuwingen)
    elif soort == "leads":
        extra.update(_uitkomst(data, kopnamen, koppeling, hulp, profiel, redenen, vol, rijnummers, naam,
                               waarschuwingen))
    return extra


def _debet_credit_kolommen(data, kopnamen, koppeling, hulp, profiel, uit, redenen, vol, goed, rijnummers, naam, dec,
                           waarschuwingen) -> None:
    debet, credit = _bron(hulp, "debet"), _bron(hulp, "credit")
    if debet is None and credit is None:
        return
    if "bedrag" in koppeling.values():
        waarschuwingen.append(
            f"bedrag: komt uit kolom {_bron(koppeling, 'bedrag')!r}; de kolommen "
            f"{', '.join(repr(b) for b in (debet, credit) if b)} (debet/credit) zijn niet gebruikt."
        )
        return
    n = len(data)
    d = np.full(n, np.nan)
    c = np.full(n, np.nan)
    for bron, waarden in ((debet, d), (credit, c)):
        if bron is None:
            continue
        s = data[kopnamen.index(bron)]
        w, leeg, onleesbaar = lees_bedragen(s, dec, "bedrag", bron, rijnummers, naam, waarschuwingen, profiel)
        controleer_onleesbaar(naam, bron, onleesbaar & vol, leeg, vol, s, rijnummers, "bedragen")
        if (onleesbaar & vol).any():
            waarschuwingen.append(f"bedrag: geen bedrag in kolom {bron!r}, {rijlijst(rijnummers[onleesbaar & vol])}: "
                                  "als leeg gelezen.")
        waarden[:] = w
    beide_leeg = np.isnan(d) & np.isnan(c)
    bedrag = np.where(np.isnan(d), 0.0, d) - np.where(np.isnan(c), 0.0, c)
    bedrag[beide_leeg] = np.nan
    uit["bedrag"] = bedrag
    kolommen = " en ".join(repr(b) for b in (debet, credit) if b)
    redenen.append((beide_leeg & vol, f"bedrag ontbreekt (kolommen {kolommen} zijn leeg)"))
    beide = ~np.isnan(d) & ~np.isnan(c) & (d != 0) & (c != 0) & vol & goed
    op_credit = ~np.isnan(c) & (c != 0) & vol & goed
    waarschuwingen.append(
        f"bedrag = debet min credit (kolommen {kolommen}): {int(op_credit.sum())} regel(s) op credit tellen negatief"
        + (f", {rijlijst(rijnummers[op_credit])}" if op_credit.any() else "") + "."
    )
    if beide.any():
        waarschuwingen.append(f"bedrag: debet én credit gevuld in {rijlijst(rijnummers[beide])}; "
                              "bedrag = debet min credit.")


def _dc_indicator(data, kopnamen, koppeling, hulp, profiel, uit, vol, rijnummers, naam, waarschuwingen) -> None:
    dc = _bron(hulp, "debet_credit")
    if dc is None or "bedrag" not in uit:
        return
    tabel = dict(DEBET_CREDIT)
    if profiel is not None:
        tabel.update(profiel.waarden.get("debet_credit", {}))
    t = _tekst(data, kopnamen, dc)
    codes, uniek = pd.factorize(t)
    betekenis = np.array([tabel.get(naamsleutel(u) or u) if u else None for u in uniek] + [None], dtype=object)
    onbekend = [u for u, b in zip(uniek, betekenis) if u and b is None]
    if onbekend:
        raise InleesFout(
            f"Bestand '{naam}', kolom {dc!r}: de waarden {', '.join(map(repr, onbekend[:5]))} ken ik niet als debet of "
            "credit (bekend: D, C, Debet, Credit, Debit, Dr, Cr). Zonder teken kan ik creditnota's niet van facturen "
            f"onderscheiden. Geef kolommen={{{dc!r}: None}} als de bedragen al een teken hebben."
        )
    soort_rij = betekenis[codes]
    b = uit["bedrag"]
    gevuld = ~np.isnan(b) & vol
    is_credit = (soort_rij == "credit") & gevuld
    is_debet = (soort_rij == "debet") & gevuld
    zonder = gevuld & ~is_credit & ~is_debet
    bron_bedrag = _bron(koppeling, "bedrag") or "debet/credit"
    if zonder.any():
        waarschuwingen.append(f"bedrag: geen debet of credit in kolom {dc!r}, {rijlijst(rijnummers[zonder])}: het teken "
                              "van het bedrag is gebleven zoals het was.")
    if is_credit.any() and not is_debet.any():
        raise InleesFout(
            f"Bestand '{naam}', kolom {dc!r}: alle regels staan op credit. Op een debiteur is credit een creditnota "
            "(negatief), maar op een omzetrekening is credit juist omzet (positief). Welke van de twee dit is, zie "
            "ik niet. Exporteer de regels op de debiteuren (verkoopfacturen), of geef "
            f"kolommen={{{dc!r}: None}} als de bedragen al kloppen."
        )
    negatief = (b < 0) & gevuld
    if not negatief.any():
        draai = is_credit & (b > 0)
        if draai.any():
            b[draai] = -b[draai]
            waarschuwingen.append(
                f"bedrag: {int(draai.sum())} bedrag(en) met credit in kolom {dc!r} negatief gemaakt (creditnota's, "
                f"samen {euro(float(b[draai].sum()))}), {rijlijst(rijnummers[draai])}."
            )
        return
    klopt = not (negatief & ~is_credit).any() and not (is_credit & (b > 0)).any()
    if klopt:
        waarschuwingen.append(f"bedrag: de bedragen in kolom {bron_bedrag!r} hebben al een teken dat past bij kolom "
                              f"{dc!r} (credit = negatief); niet omgedraaid.")
        return
    fout = np.flatnonzero((negatief & ~is_credit) | (is_credit & (b > 0)))
    r = rijnummers[fout[0]]
    raise InleesFout(
        f"Bestand '{naam}': kolom {bron_bedrag!r} heeft al negatieve bedragen, maar kolom {dc!r} spreekt dat tegen "
        f"(bijvoorbeeld rij {r}: {b[fout[0]]:g} met {t[fout[0]]!r}). Ik weet niet welk teken klopt. Controleer de "
        f"export; kloppen de bedragen, geef dan kolommen={{{dc!r}: None}}."
    )


def _factuurstatus(data, kopnamen, hulp, profiel, redenen, vol, waarschuwingen) -> None:
    bron = _bron(hulp, "factuurstatus")
    if bron is None:
        return
    tabel = {k: "concept" for k in CONCEPT}
    if profiel is not None:
        tabel.update(profiel.waarden.get("factuurstatus", {}))
    t = _tekst(data, kopnamen, bron)
    codes, uniek = pd.factorize(t)
    concept = [i for i, u in enumerate(uniek) if u and tabel.get(naamsleutel(u) or u) == "concept"]
    if not concept:
        return
    masker = np.isin(codes, concept) & vol
    voorbeeld = uniek[concept[0]]
    redenen.append((masker, f"conceptfactuur (kolom {bron!r} is {voorbeeld!r}): nog geen echte factuur"))


def _ja_nee(t: np.ndarray) -> np.ndarray:
    """Tekst -> True/False/None per rij."""
    klein = np.array([x.lower() for x in t], dtype=object)
    uit = np.full(len(t), None, dtype=object)
    uit[np.isin(klein, list(JA))] = True
    uit[np.isin(klein, list(NEE))] = False
    return uit


def _uitkomst(data, kopnamen, koppeling, hulp, profiel, redenen, vol, rijnummers, naam, waarschuwingen) -> dict:
    """Leads: de uitkomst per deal uit een statuskolom of uit kolommen gewonnen/gesloten."""
    status, gewonnen, gesloten = _bron(hulp, "status"), _bron(hulp, "gewonnen"), _bron(hulp, "gesloten")
    if status is None and gewonnen is None and gesloten is None:
        return {}
    n = len(data)
    uitkomst = np.full(n, None, dtype=object)
    fase_uit_status = np.full(n, None, dtype=object)
    bronnen = []
    if status is not None:
        tabel = dict(STATUS)
        if profiel is not None:
            tabel.update(profiel.waarden.get("status", {}))
        fasen = dict(FASEN)
        if profiel is not None:
            fasen.update(profiel.waarden.get("fasen", {}))
        t = _tekst(data, kopnamen, status)
        codes, uniek = pd.factorize(t)
        sleutels = [naamsleutel(u) or u for u in uniek]
        u_uit = np.array([tabel.get(k) for k in sleutels] + [None], dtype=object)
        u_fase = np.array([fasen.get(k) for k in sleutels] + [None], dtype=object)
        # Een statuskolom met fasenamen ('Offerte verstuurd'): de fase telt, de uitkomst volgt uit de fase.
        for i, f in enumerate(u_fase[:-1]):
            if u_uit[i] is None and f in ("gewonnen", "verloren"):
                u_uit[i] = f
            elif u_uit[i] is None and f is not None:
                u_uit[i] = "open"
        onbekend = [u for u, k, f in zip(uniek, u_uit, u_fase) if u and k is None and f is None]
        if onbekend and "klantfase" not in koppeling.values():
            raise InleesFout(
                f"Bestand '{naam}', kolom {status!r}: onbekende status(sen) {', '.join(map(repr, onbekend[:8]))}. "
                "Bekend zijn open, gewonnen, verloren (won, lost) en de fasen van de cursus. Vertaal je eigen "
                "waarden met fasen={'jouw waarde': 'prospect', ...}."
            )
        if onbekend:
            waarschuwingen.append(f"status: onbekende waarden {', '.join(map(repr, onbekend[:8]))} in kolom "
                                  f"{status!r}; voor die deals telt de fase.")
        uitkomst = u_uit[codes]
        fase_uit_status = u_fase[codes]
        bronnen.append(status)
    if gewonnen is not None or gesloten is not None:
        win = _ja_nee(_tekst(data, kopnamen, gewonnen)) if gewonnen is not None else np.full(n, None, dtype=object)
        dicht = _ja_nee(_tekst(data, kopnamen, gesloten)) if gesloten is not None else np.full(n, None, dtype=object)
        nog = pd.isna(uitkomst)
        uitkomst[nog & (win == True)] = "gewonnen"  # noqa: E712
        uitkomst[nog & (dicht == True) & (win == False)] = "verloren"  # noqa: E712
        uitkomst[nog & (dicht == False)] = "open"  # noqa: E712
        bronnen += [b for b in (gewonnen, gesloten) if b]
    weg = (uitkomst == "verwijderd") & vol
    if weg.any():
        redenen.append((weg, f"verwijderde deal (kolom {status!r})"))
    return {"uitkomst": uitkomst, "fase_uit_status": fase_uit_status, "uitkomst_bronnen": bronnen}
