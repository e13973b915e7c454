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

TOTAAL = re.compile(r"^\s*(sub|eind)?\s*tota(a)?l", re.I)


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
    """Totaalregel gevonden: vergelijk met de som van de gebruikte bedragen."""
    for doel in koppeling.values():
        if schema[doel][0] != "bedrag":
            continue
        waarden = uit[doel]
        gebruikt = float(np.nansum(waarden[~apart]))
        for i in np.flatnonzero(totaal):
            w = waarden[i]
            if np.isnan(w):
                continue
            klopt = "klopt" if abs(w - gebruikt) < 0.005 + 1e-9 * abs(gebruikt) else "wijkt af"
            waarschuwingen.append(
                f"Totaalregel in rij {rijnummers[i]} niet meegeteld: {doel} {euro(w)}; som van de gebruikte "
                f"rijen {euro(gebruikt)} ({klopt})."
            )


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


def facturen_afronden(df, rijen, koppeling, waarschuwingen, peil):
    """Soort afleiden of vertalen; waarschuwen voor dubbele nummers, creditnota's, toekomst."""
    negatief = (df["bedrag"] < 0).to_numpy()
    afgeleid = np.where(negatief, "creditnota", "factuur").astype(object) if "soort" in koppeling.values() else None
    if "soort" in koppeling.values():
        origineel = df["soort"]
        vertaald, onbekend = vertaal_uniek(origineel, SOORT_FACTUUR)
        if onbekend.any():
            waarschuwingen.append(
                "soort: onbekende waarden " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:5])
                + " bewaard zoals ze zijn (bekend: factuur, creditnota, retour)."
            )
            vertaald[onbekend] = origineel.to_numpy(dtype=object)[onbekend]
        leeg = pd.isna(vertaald)
        vertaald[leeg] = afgeleid[leeg]
        df["soort"] = str_uit_object(vertaald)
    else:
        df["soort"] = str_take(["factuur", "creditnota"], negatief.astype(np.int64))
        if len(df):
            waarschuwingen.append("soort: geen kolom gevonden; afgeleid uit het bedrag (negatief = creditnota).")
    # Dubbele factuurnummers; daarbinnen: precies gelijke rijen.
    zelfde_nr = df["factuurnummer"].duplicated(keep=False).to_numpy()
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
    credit = negatief | df["soort"].isin(["creditnota", "retour"]).to_numpy()
    if credit.any():
        waarschuwingen.append(
            f"{int(credit.sum())} creditnota('s)/retour(en) met samen {euro(float(df['bedrag'][credit].sum()))}, "
            f"{rijlijst(rijen[credit])}. Meegeteld (negatief bedrag)."
        )
    toekomst(df, "factuurdatum", rijen, waarschuwingen, peil)
    return df


def leads_afronden(df, rijen, koppeling, waarschuwingen, peil, fasentabel):
    """Klantfase vertalen; ontbrekende fasedatums afleiden uit fase en sluitdatum."""
    dubbel_id(df, "lead_id", rijen, waarschuwingen)
    toekomst(df, "aangemaakt_op", rijen, waarschuwingen, peil)
    if "klantfase" not in koppeling.values():
        return df
    origineel = df["klantfase"]
    fase, onbekend = vertaal_uniek(origineel, fasentabel)
    if onbekend.any():
        raise InleesFout(
            "klantfase: onbekende fasen " + ", ".join(repr(v) for v in origineel[onbekend].unique()[:8])
            + f" ({rijlijst(rijen[onbekend])}). Bekend zijn onder meer 'lead', 'prospect', "
            "'offerte', 'gewonnen', 'verloren' en de standaardfasen van HubSpot en Salesforce. Vertaal je eigen "
            "fasen met fasen={'jouw fase': 'prospect', ...}."
        )
    df["klantfase"] = str_uit_object(fase)
    datums = ["prospect_op", "offerte_op", "gewonnen_op", "verloren_op"]
    if any(d in koppeling.values() for d in datums):
        return df
    # Geen fasedatums in het bestand: afleiden, en dat eerlijk melden.
    volgorde = {"lead": 0, "prospect": 1, "offerte": 2, "gewonnen": 3, "verloren": 1}
    niveau = df["klantfase"].map(volgorde)
    basis = df["aangemaakt_op"]
    sluit = df["sluitdatum"].where(df["sluitdatum"].notna(), basis)
    df["prospect_op"] = basis.where(niveau >= 1)
    df["offerte_op"] = basis.where(niveau >= 2)
    df["gewonnen_op"] = sluit.where(df["klantfase"] == "gewonnen")
    df["verloren_op"] = sluit.where(df["klantfase"] == "verloren")
    waarschuwingen.append(
        "Fasedatums ontbreken: afgeleid uit de klantfase. prospect_op en offerte_op = aanmaakdatum, "
        "gewonnen_op/verloren_op = sluitdatum. Aantallen per fase kloppen daarmee; doorlooptijden niet. "
        "Een verloren deal telt alleen als prospect (in welke fase hij verloren ging, staat niet in de export)."
    )
    return df


def lege_rijen(data: pd.DataFrame, koprij: int, naam: str):
    """Geheel lege rijen herkennen (ook een rij met alleen spaties); lege rijen onderaan weglaten.

    Geeft (data, rijnummers zoals in Excel, masker lege rijen, tekstcache). De tekstcache
    bewaart per CSV-kolom de tekstwaarden die we hier al maakten, voor de stap omzetten.
    """
    rijnummers = np.arange(koprij + 1, koprij + 1 + len(data))
    # Per kolom kijken we alleen nog naar de rijen die tot dan toe leeg zijn:
    # meestal is dat na één kolom niets meer.
    kandidaten = np.arange(len(data))
    tekstcache: dict[int, np.ndarray] = {}
    for j in range(data.shape[1]):
        if not len(kandidaten):
            break
        kol = data[j].to_numpy(dtype=object)
        kol = kol[kandidaten] if len(kandidaten) < len(kol) else kol
        if data[j].dtype != object:  # CSV: alles tekst
            if len(kandidaten) == len(data):
                kol = tekstcache[j] = tekstwaarden(data[j])
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


def zet_apart(data: pd.DataFrame, leeg_rij: np.ndarray, redenen, rijnummers: np.ndarray):
    """Rijen apart zetten: leeg, totaalregel, of een verplicht veld ontbreekt of is onleesbaar.

    Elke rij krijgt één reden (de eerste die past). Geeft (masker apart, masker totaalregels,
    tabel met rij en reden voor het verslag).
    """
    n = len(data)
    reden_per_rij = np.full(n, None, dtype=object)
    reden_per_rij[leeg_rij] = "lege rij"
    probleem = np.zeros(n, dtype=bool)
    for masker, _ in redenen:
        probleem |= masker
    totaal = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(probleem):
        if any(isinstance(v, str) and TOTAAL.match(v) for v in data.iloc[i].tolist()):
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
            waarschuwingen: list[str], peil: pd.Timestamp, fasentabel: dict[str, str]) -> pd.DataFrame:
    """De laatste controles en afleidingen, per soort tabel."""
    if soort == "facturen":
        return facturen_afronden(resultaat, rijen, koppeling, waarschuwingen, peil)
    if soort == "leads":
        return leads_afronden(resultaat, rijen, koppeling, waarschuwingen, peil, fasentabel)
    if soort == "enquetes":
        toekomst(resultaat, "datum", rijen, waarschuwingen, peil)
    elif soort == "bedrijven":
        dubbel_id(resultaat, "vestigingsnummer" if "vestigingsnummer" in koppeling.values() else "kvk_nummer",
                  rijen, waarschuwingen)
    return resultaat
