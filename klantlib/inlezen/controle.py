"""Stap: controleren en melden. Onleesbare kolommen, totaalregels, dubbele nummers,
datums in de toekomst; per soort tabel de laatste afwerking (soort factuur, klantfasen).

Niets verdwijnt stil: wat we weglaten of veranderen, staat in het verslag.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from klantlib._compat import TEKST

from .fouten import InleesFout
from .schema import SOORT_FACTUUR
from .tekst import str_take, str_uit_object, tekstwaarden, vertaal_uniek
from .verslag import euro, rijlijst, voorbeeldwaarden

#: Het woord totaal (of subtotaal, eindtotaal) vooraan in een cel, als heel woord: 'Totaalbouw B.V.' is een klant.
TOTAAL = re.compile(r"^\s*(sub|eind|grand\s*)?\s*tota(a)?l(en|bedrag|omzet)?\b", re.I)


def controleer_onleesbaar(naam, bron, onleesbaar, leeg, vol, s, rijnummers, wat):
    """Is (bijna) de hele kolom onleesbaar, dan is het waarschijnlijk de verkeerde kolom: fout."""
    gevuld = vol & ~leeg
    if not onleesbaar.any():
        return
    if onleesbaar.sum() * 2 > gevuld.sum():
        raise InleesFout(
            f"Bestand '{naam}', kolom {bron!r}: ik verwacht {wat}, maar {int(onleesbaar.sum())} van de "
            f"{int(gevuld.sum())} gevulde waarden zijn dat niet ({voorbeeldwaarden(s, onleesbaar)}; "
            f"{rijlijst(rijnummers[onleesbaar])}). Is dit de goede kolom? Geef anders zelf de kolom op met "
            "kolommen={...}."
        )


def controleer_totaal(totaal, koppeling, schema, uit, apart, waarschuwingen, rijnummers):
    """Totaalregels gevonden: vergelijk elk met de som van de gebruikte rijen die het optelt.

    Een subtotaal telt de rijen sinds het vorige (sub)totaal op; een eindtotaal alle rijen erboven.
    We vergelijken met allebei en zeggen welke klopt.
    """
    doelen = [d for d in koppeling.values() if schema[d][0] == "bedrag"]
    if "bedrag" in uit and "bedrag" not in doelen and "bedrag" in schema:
        doelen.append("bedrag")  # bedrag uit debet en credit
    gebruikt = ~apart
    for doel in doelen:
        waarden = uit[doel]
        vorige = -1
        for i in np.flatnonzero(totaal):
            w = waarden[i]
            if np.isnan(w):
                vorige = i
                continue
            boven = gebruikt.copy()
            boven[i:] = False
            stuk = boven.copy()
            stuk[: vorige + 1] = False
            som_boven, som_stuk = float(np.nansum(waarden[boven])), float(np.nansum(waarden[stuk]))
            begin = f"Totaalregel in rij {rijnummers[i]} niet meegeteld: {doel} {euro(w)}; "
            if vorige < 0:
                erboven = "" if not gebruikt[i:].any() else " erboven"
                tekst = (f"som van de gebruikte rijen{erboven} {euro(som_boven)} "
                         f"({'klopt' if _gelijk(w, som_boven) else 'wijkt af'}).")
            elif _gelijk(w, som_stuk) and stuk.any():
                tekst = f"som van de gebruikte rijen {_van_tot(rijnummers[stuk])}: {euro(som_stuk)} (klopt)."
            elif _gelijk(w, som_boven):
                tekst = f"som van alle gebruikte rijen erboven {euro(som_boven)} (klopt)."
            else:
                tekst = (f"som van de gebruikte rijen {_van_tot(rijnummers[stuk])}: {euro(som_stuk)}, van alle "
                         f"gebruikte rijen erboven: {euro(som_boven)} (wijkt af)." if stuk.any() else
                         f"som van alle gebruikte rijen erboven {euro(som_boven)} (wijkt af).")
            waarschuwingen.append(begin + tekst)
            vorige = i


def _gelijk(a: float, b: float) -> bool:
    return abs(a - b) < 0.005 + 1e-9 * abs(b)


def _van_tot(rijen) -> str:
    return f"{int(rijen[0])} t/m {int(rijen[-1])}" if len(rijen) > 1 else f"{int(rijen[0])}"


def toekomst(df, kolom, rijen, waarschuwingen, peil):
    if kolom not in df or df[kolom].isna().all():
        return
    later = (df[kolom] > peil).to_numpy()
    if later.any():
        waarschuwingen.append(
            f"{kolom}: {int(later.sum())} datum(s) na {peil:%d-%m-%Y} (in de toekomst), "
            f"{rijlijst(rijen[later])}. Niet weggelaten; controleer ze."
        )


def dubbel_id(df, kolom, rijen, waarschuwingen, wat="nummer"):
    s = df[kolom]
    dubbel = (s.duplicated(keep=False) & s.notna()).to_numpy()
    if dubbel.any():
        waarschuwingen.append(
            f"{kolom}: {int(s[dubbel].nunique())} {wat}(s) komen vaker voor, {rijlijst(rijen[dubbel])}. "
            "Niet weggelaten."
        )


def facturen_afronden(df, rijen, koppeling, waarschuwingen, peil, soorttabel=None):
    """Soort afleiden of vertalen; het teken laten passen bij de soort; waarschuwen voor dubbele
    nummers, creditnota's en datums in de toekomst."""
    negatief = (df["bedrag"] < 0).to_numpy()
    afgeleid = np.where(negatief, "creditnota", "factuur").astype(object) if "soort" in koppeling.values() else None
    if "soort" in koppeling.values():
        origineel = df["soort"]
        vertaald, onbekend = vertaal_uniek(origineel, soorttabel or SOORT_FACTUUR)
        if onbekend.any():
            _soort_uit_tekst(origineel, vertaald, onbekend, waarschuwingen)
            onbekend = onbekend & pd.isna(vertaald)
        if onbekend.any():
            waarschuwingen.append(
                "soort: onbekende waarden " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:5])
                + " bewaard zoals ze zijn (bekend: factuur, creditnota, retour)."
            )
            vertaald[onbekend] = origineel.to_numpy(dtype=object)[onbekend]
        _meld_vertaling("soort", origineel, vertaald, waarschuwingen)
        leeg = pd.isna(vertaald)
        vertaald[leeg] = afgeleid[leeg]
        df["soort"] = str_uit_object(vertaald)
    else:
        df["soort"] = str_take(["factuur", "creditnota"], negatief.astype(np.int64))
        if len(df):
            waarschuwingen.append("soort: geen kolom gevonden; afgeleid uit het bedrag (negatief = creditnota).")
    # Dubbele factuurnummers; daarbinnen: precies gelijke rijen.
    # Zelfde als duplicated(keep=False), maar via codes (veel sneller bij een miljoen nummers).
    # Een factuurnummer is nooit leeg (verplicht), dus elke code is 0 of meer.
    codes, _ = pd.factorize(df["factuurnummer"].to_numpy(dtype=object))
    zelfde_nr = np.bincount(codes, minlength=1)[codes] > 1
    if zelfde_nr.any():
        gelijk = np.zeros(len(df), dtype=bool)
        gelijk[zelfde_nr] = df[zelfde_nr].duplicated(keep=False).to_numpy()
        if gelijk.any():
            waarschuwingen.append(
                f"{int(df[gelijk].duplicated().sum())} rij(en) zijn precies gelijk aan een andere rij, "
                f"{rijlijst(rijen[gelijk])}. Mogelijk dubbel geëxporteerd. Niet weggelaten."
            )
        dubbel = zelfde_nr & ~gelijk
        if dubbel.any():
            waarschuwingen.append(
                f"factuurnummer: {int(df['factuurnummer'][dubbel].nunique())} nummer(s) komen vaker voor met "
                f"verschillende inhoud, {rijlijst(rijen[dubbel])} (factuurregels?). Niet weggelaten."
            )
    negatief = _teken_uit_soort(df, negatief, rijen, waarschuwingen)
    credit = negatief
    if credit.any():
        waarschuwingen.append(
            f"{int(credit.sum())} creditnota('s)/retour(en) met samen {euro(float(df['bedrag'][credit].sum()))}, "
            f"{rijlijst(rijen[credit])}. Meegeteld (negatief bedrag)."
        )
    toekomst(df, "factuurdatum", rijen, waarschuwingen, peil)
    return df


def _meld_vertaling(kolom, origineel: pd.Series, vertaald: np.ndarray, waarschuwingen) -> None:
    """Zeg welke waarden vertaald zijn naar de waarden van de cursus (een verandering van een waarde)."""
    oud = origineel.to_numpy(dtype=object)
    anders = pd.notna(vertaald) & pd.notna(oud) & (vertaald != oud)
    if not anders.any():
        return
    paren = list(dict.fromkeys(zip(oud[anders].tolist(), vertaald[anders].tolist())))
    waarschuwingen.append(
        f"{kolom}: {int(anders.sum())} waarde(n) vertaald naar de woorden van de cursus ("
        + ", ".join(f"{a!r} -> {b}" for a, b in paren[:4]) + (", ..." if len(paren) > 4 else "") + ")."
    )


#: Een woord in een vrije tekst dat de soort factuur verraadt.
_SOORTWOORDEN = [(re.compile(r"credit", re.I), "creditnota"), (re.compile(r"retour|return", re.I), "retour"),
                 (re.compile(r"factuur|invoice", re.I), "factuur")]


def _soort_uit_tekst(origineel, vertaald, onbekend, waarschuwingen) -> None:
    """Onbekende soorten met een herkenbaar woord ('Creditnota retour stoel') vertalen, met melding."""
    waarden = origineel.to_numpy(dtype=object)
    voorbeelden = []
    for waarde in pd.unique(waarden[onbekend]):
        for patroon, soort in _SOORTWOORDEN:
            if isinstance(waarde, str) and patroon.search(waarde):
                vertaald[onbekend & (waarden == waarde)] = soort
                if len(voorbeelden) < 3:
                    voorbeelden.append(f"{waarde!r} -> {soort}")
                break
    if voorbeelden:
        waarschuwingen.append("soort: vertaald op een woord in de tekst (" + ", ".join(voorbeelden) + ").")


def _teken_uit_soort(df, negatief, rijen, waarschuwingen):
    """Een creditnota of retour met een positief bedrag: in een bestand zonder negatieve bedragen staat het
    teken in de soort (negatief maken, met melding); anders alleen waarschuwen. Geeft het nieuwe masker negatief."""
    soort = df["soort"].isin(["creditnota", "retour"]).to_numpy()
    positief = soort & (df["bedrag"] > 0).to_numpy()
    if not positief.any():
        return negatief
    if not negatief.any():
        bedrag = df["bedrag"].to_numpy(dtype="float64", copy=True)
        bedrag[positief] = -bedrag[positief]
        df["bedrag"] = bedrag
        waarschuwingen.append(
            f"soort: {int(positief.sum())} creditnota('s)/retour(en) hadden een positief bedrag. In dit bestand "
            f"is geen enkel bedrag negatief: het teken staat in de soort. Die bedragen zijn negatief gemaakt "
            f"(samen {euro(float(bedrag[positief].sum()))}), {rijlijst(rijen[positief])}."
        )
        return bedrag < 0
    waarschuwingen.append(
        f"soort: {int(positief.sum())} creditnota('s)/retour(en) hebben een positief bedrag, terwijl andere bedragen "
        f"in dit bestand wel negatief zijn, {rijlijst(rijen[positief])}. Niet veranderd: ze tellen als positief "
        "bedrag. Controleer ze."
    )
    return negatief


#: Hoe ver een deal kwam: welke fasedatums horen erbij.
_NIVEAU = {"lead": 0, "prospect": 1, "offerte": 2, "gewonnen": 3, "verloren": 1}


def leads_afronden(df, rijen, koppeling, waarschuwingen, peil, fasentabel, extra=None):
    """Klantfase vertalen (en de uitkomst uit een statuskolom); ontbrekende fasedatums afleiden en dat melden."""
    dubbel_id(df, "lead_id", rijen, waarschuwingen)
    toekomst(df, "aangemaakt_op", rijen, waarschuwingen, peil)
    extra = extra or {}
    uitkomst = extra.get("uitkomst")
    if "klantfase" not in koppeling.values() and uitkomst is None:
        return df
    if "klantfase" in koppeling.values():
        origineel = df["klantfase"]
        fase, onbekend = vertaal_uniek(origineel, fasentabel)
        if onbekend.any():
            raise InleesFout(
                "klantfase: onbekende fasen " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:8])
                + f" ({rijlijst(rijen[onbekend])}). Bekend zijn onder meer 'lead', 'prospect', "
                "'offerte', 'gewonnen', 'verloren' en de standaardfasen van HubSpot, Salesforce, Pipedrive en "
                "Teamleader. Vertaal je eigen fasen met fasen={'jouw fase': 'prospect', ...}."
            )
        _meld_vertaling("klantfase", origineel, fase, waarschuwingen)
    else:
        fase = np.array(extra.get("fase_uit_status"), dtype=object)
    if uitkomst is not None:
        fase = _fase_uit_uitkomst(fase, np.asarray(uitkomst, dtype=object), extra.get("uitkomst_bronnen", []),
                                  "klantfase" in koppeling.values(), rijen, waarschuwingen)
    df["klantfase"] = str_uit_object(fase)
    _fasedatums(df, koppeling, rijen, waarschuwingen)
    return df


def _fase_uit_uitkomst(fase, uitkomst, bronnen, fase_in_bestand, rijen, waarschuwingen):
    """De uitkomst (gewonnen/verloren) gaat voor de fase; open deals zonder fase zijn prospect."""
    fase = fase.copy()
    bron = " en ".join(repr(b) for b in bronnen)
    win, los, open_ = uitkomst == "gewonnen", uitkomst == "verloren", uitkomst == "open"
    anders = (win & (fase != "gewonnen")) | (los & (fase != "verloren"))
    gesloten_maar_open = open_ & np.isin(fase, ["gewonnen", "verloren"])
    fase[win] = "gewonnen"
    fase[los] = "verloren"
    zonder = open_ & pd.isna(fase)
    fase[zonder] = "prospect"
    waarschuwingen.append(
        f"klantfase: de uitkomst komt uit kolom {bron}: {int(win.sum())} gewonnen, {int(los.sum())} verloren, "
        f"{int(open_.sum())} open."
        + (f" Bij {int(anders.sum())} deal(s) stond de fase nog ergens anders ({rijlijst(rijen[anders])}); de "
           "uitkomst telt." if fase_in_bestand and anders.any() else "")
        + (f" {int(zonder.sum())} open deal(s) zonder fase tellen als prospect." if zonder.any() else "")
    )
    if gesloten_maar_open.any():
        waarschuwingen.append(f"klantfase: {int(gesloten_maar_open.sum())} deal(s) hebben een fase gewonnen of "
                              f"verloren maar de status open, {rijlijst(rijen[gesloten_maar_open])}; de fase telt.")
    return fase


def _fasedatums(df, koppeling, rijen, waarschuwingen) -> None:
    """Fasedatums die niet in het bestand staan, afleiden uit de fase. Elke afleiding staat in het verslag."""
    fase = df["klantfase"]
    niveau = fase.map(_NIVEAU)
    basis = df["aangemaakt_op"]
    in_bestand = set(koppeling.values())
    afgeleid = []
    for kolom, vanaf in (("prospect_op", 1), ("offerte_op", 2)):
        if kolom not in in_bestand:
            df[kolom] = basis.where(niveau >= vanaf)
            afgeleid.append(kolom)
    sluit_uit, via_aanmaak = [], []
    for kolom, uitkomst in (("gewonnen_op", "gewonnen"), ("verloren_op", "verloren")):
        hoort = (fase == uitkomst).to_numpy()
        if kolom in in_bestand:
            leeg = hoort & df[kolom].isna().to_numpy()
            vreemd = ~hoort & df[kolom].notna().to_numpy()
            if vreemd.any():
                waarschuwingen.append(f"{kolom}: {int(vreemd.sum())} deal(s) hebben een {kolom} maar zijn niet "
                                      f"{uitkomst}, {rijlijst(rijen[vreemd])}. Niet veranderd; controleer ze.")
        else:
            leeg = hoort
            sluit_uit.append(kolom)
        if not leeg.any():
            continue
        uit_sluit = leeg & df["sluitdatum"].notna().to_numpy()
        uit_aanmaak = leeg & ~uit_sluit
        df.loc[uit_sluit, kolom] = df.loc[uit_sluit, "sluitdatum"]
        df.loc[uit_aanmaak, kolom] = basis[uit_aanmaak]
        if uit_sluit.any() and kolom in in_bestand:
            waarschuwingen.append(f"{kolom}: {int(uit_sluit.sum())} {uitkomst} deal(s) zonder {kolom}; de "
                                  f"sluitdatum gebruikt, {rijlijst(rijen[uit_sluit])}.")
        if uit_aanmaak.any():
            via_aanmaak.append(kolom)
            waarschuwingen.append(
                f"{kolom}: {int(uit_aanmaak.sum())} {uitkomst} deal(s) zonder {kolom} en zonder sluitdatum, "
                f"{rijlijst(rijen[uit_aanmaak])}: {kolom} = aanmaakdatum (een andere datum staat niet in de "
                "export). De doorlooptijd van die deals klopt daardoor niet."
            )
    if not afgeleid and not sluit_uit:
        return
    if (afgeleid == ["prospect_op", "offerte_op"] and sorted(sluit_uit) == ["gewonnen_op", "verloren_op"]
            and not via_aanmaak):
        waarschuwingen.append(
            "Fasedatums ontbreken: afgeleid uit de klantfase. prospect_op en offerte_op = aanmaakdatum, "
            "gewonnen_op/verloren_op = sluitdatum. Aantallen per fase kloppen daarmee; doorlooptijden niet. "
            "Een verloren deal telt alleen als prospect (in welke fase hij verloren ging, staat niet in de export)."
        )
        return
    uit_bestand = [k for k in ("prospect_op", "offerte_op", "gewonnen_op", "verloren_op") if k in in_bestand]
    delen = []
    if afgeleid:
        delen.append(f"{' en '.join(afgeleid)} = aanmaakdatum")
    if sluit_uit:
        delen.append(f"{'/'.join(sluit_uit)} = sluitdatum"
                     + (" (waar die ontbreekt: de aanmaakdatum, zie hierboven)" if via_aanmaak else ""))
    waarschuwingen.append(
        f"Fasedatums ontbreken{' deels' if uit_bestand else ''}: afgeleid uit de klantfase. " + "; ".join(delen) + "."
        + (f" Uit het bestand: {', '.join(uit_bestand)}." if uit_bestand else "")
        + " Aantallen per fase kloppen daarmee; doorlooptijden van afgeleide datums niet."
    )


def lege_rijen(data: pd.DataFrame, koprij: int, naam: str):
    """Geheel lege rijen herkennen (ook een rij met alleen spaties); lege rijen onderaan weglaten.

    Geeft (data, rijnummers zoals in Excel, masker lege rijen, tekstcache). De tekstcache
    bewaart per CSV-kolom de tekstwaarden die we hier al maakten (en hoeveel waarden spaties
    verloren), voor de stap omzetten.
    """
    rijnummers = np.arange(koprij + 1, koprij + 1 + len(data))
    # Per kolom kijken we alleen nog naar de rijen die tot dan toe leeg zijn:
    # meestal is dat na één kolom niets meer.
    kandidaten = np.arange(len(data))
    tekstcache: dict[int, tuple[np.ndarray, int]] = {}
    for j in range(data.shape[1]):
        if not len(kandidaten):
            break
        kol = data[j].to_numpy(dtype=object)
        kol = kol[kandidaten] if len(kandidaten) < len(kol) else kol
        if data[j].dtype != object:  # CSV: alles tekst
            if len(kandidaten) == len(data):
                tel: list[int] = []
                kol = tekstwaarden(data[j], tel)
                tekstcache[j] = (kol, tel[0])
            else:
                kol = np.array([x.strip() if isinstance(x, str) else "" for x in kol], dtype=object)
            kandidaten = kandidaten[kol == ""]
            continue
        blanco = np.array([v is None or (isinstance(v, str) and not v.strip())
                           or (isinstance(v, float) and np.isnan(v)) for v in kol], dtype=bool)
        kandidaten = kandidaten[blanco]
    leeg_rij = np.zeros(len(data), dtype=bool)
    leeg_rij[kandidaten] = True
    if leeg_rij.all():
        raise InleesFout(
            f"Bestand '{naam}' heeft een kopregel (rij {koprij}) maar geen rijen met gegevens."
        )
    # Lege rijen onderaan tellen niet als gelezen (Excel laat die soms staan).
    laatste = int(np.flatnonzero(~leeg_rij)[-1])
    if laatste < len(data) - 1:
        data = data.iloc[: laatste + 1]
        rijnummers = rijnummers[: laatste + 1]
        leeg_rij = leeg_rij[: laatste + 1]
    return data, rijnummers, leeg_rij, tekstcache


def zet_apart(data: pd.DataFrame, leeg_rij: np.ndarray, redenen, rijnummers: np.ndarray,
              naamkolommen: tuple[int, ...] = (), idkolom: int | None = None):
    """Rijen apart zetten: leeg, totaalregel, of een verplicht veld ontbreekt of is onleesbaar.

    Elke rij krijgt één reden (de eerste die past). Een totaalregel is een rij met een probleem
    en het woord totaal in een cel; staat dat woord in de kolom met de klantnaam, dan alleen als
    het nummer (``idkolom``) leeg is: 'Totaal Installatie B.V.' met een factuurnummer is een klant.
    Geeft (masker apart, masker totaalregels, tabel met rij en reden voor het verslag).
    """
    n = len(data)
    reden_per_rij = np.full(n, None, dtype=object)
    reden_per_rij[leeg_rij] = "lege rij"
    probleem = np.zeros(n, dtype=bool)
    for masker, _ in redenen:
        probleem |= masker
    totaal = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(probleem):
        cellen = data.iloc[i].tolist()
        id_leeg = idkolom is None or not str(cellen[idkolom] if cellen[idkolom] is not None else "").strip() \
            or (isinstance(cellen[idkolom], str) and bool(TOTAAL.match(cellen[idkolom])))
        if any(isinstance(v, str) and TOTAAL.match(v) and (j not in naamkolommen or id_leeg)
               for j, v in enumerate(cellen)):
            totaal[i] = True
            reden_per_rij[i] = "totaalregel (telt de rijen erboven op)"
    for masker, reden in redenen:
        zet = masker & ~totaal & (reden_per_rij == None)  # noqa: E711
        reden_per_rij[zet] = reden
    apart = reden_per_rij != None  # noqa: E711
    apart_gezet = pd.DataFrame({"rij": rijnummers[apart].astype(int),
                                "reden": pd.array(reden_per_rij[apart].tolist(), dtype=TEKST)})
    return apart, totaal, apart_gezet


def rond_af(soort: str, resultaat: pd.DataFrame, rijen: np.ndarray, koppeling: dict[str, str],
            waarschuwingen: list[str], peil: pd.Timestamp, fasentabel: dict[str, str],
            soorttabel: dict[str, str] | None = None, extra: dict | None = None) -> pd.DataFrame:
    """De laatste controles en afleidingen, per soort tabel."""
    if soort == "facturen":
        return facturen_afronden(resultaat, rijen, koppeling, waarschuwingen, peil, soorttabel)
    if soort == "leads":
        return leads_afronden(resultaat, rijen, koppeling, waarschuwingen, peil, fasentabel, extra)
    if soort == "enquetes":
        toekomst(resultaat, "datum", rijen, waarschuwingen, peil)
    elif soort == "bedrijven":
        dubbel_id(resultaat, "vestigingsnummer" if "vestigingsnummer" in koppeling.values() else "kvk_nummer",
                  rijen, waarschuwingen)
    return resultaat
