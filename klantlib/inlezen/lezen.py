"""lees_export: een export inlezen, stap voor stap.

De stappen staan elk in een eigen module:

1. :mod:`.bestand` – het bestand openen: codering en scheidingsteken (CSV) of het blad (Excel);
   :mod:`.kopregel` zoekt daarbij de kopregel;
2. :mod:`.profielen` – welk systeem maakte de export (Exact, Twinfield, HubSpot, ...)?
3. :mod:`.kolommen` – de kolommen koppelen aan de cursustabel (:mod:`.schema`);
4. :mod:`.conventies` – valuta en klantcodes: welke kolom is het bedrag in euro, welke de naam?
5. :mod:`.controle` – lege rijen herkennen;
6. :mod:`.omzetten` – elke kolom omzetten: tekst, :mod:`.nummers`, :mod:`.getallen`, :mod:`.datums`, ja/nee;
7. :mod:`.conventies` – teken (D/C, debet en credit), status en uitkomst toepassen;
8. :mod:`.controle` – rijen apart zetten, totaalregels, afronden per soort, waarschuwingen;
9. :mod:`.verslag` – alles wat er gebeurde in één verslag.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .bestand import lees_bestand
from .controle import controleer_totaal, lege_rijen, rond_af, zet_apart
from .conventies import kies_bedragkolom, klantcodes_als_naam, pas_toe
from .datums import controleer_volgorde
from .fouten import InleesFout
from .getallen import controleer_decimaalteken
from .kolommen import (belangrijk_maar_niet_gebruikt, controleer_kolommen, controleer_verplicht, koppel,
                       niet_gebruikte)
from .kopregel import sla_tweede_kopregel_over
from .omzetten import als_cursustekst, maak_tabel, zet_om
from .profielen import alle_koppen, kies_profiel
from .schema import FASEN, SCHEMA, SOORT_FACTUUR, SOORTEN, naamsleutel
from .tekst import tekstwaarden
from .verslag import Inleesverslag, rijlijst

#: De fasen van de cursus (waarden die ``fasen=`` mag gebruiken).
CURSUSFASEN = ("lead", "prospect", "offerte", "gewonnen", "verloren")
#: De kolom die een rij aanwijst, per soort (een totaalregel heeft die niet).
_IDKOLOM = {"facturen": "factuurnummer", "leads": "lead_id", "enquetes": "enquete_id", "bedrijven": "kvk_nummer"}
_NAAMKOLOMMEN = ("klantnaam", "bedrijfsnaam")


def lees_export(pad, soort: str = "facturen", kolommen: dict | None = None, blad=None, *,
                datumvolgorde: str | dict | None = None, decimaalteken: str | dict | None = None,
                fasen: dict | None = None, peildatum=None, systeem=None):
    """Lees een export (CSV of Excel) in als tabel van de cursus.

    Parameters
    ----------
    pad : str of Path
        Het bestand: .csv, .txt, .tsv of .xlsx.
    soort : 'facturen', 'leads', 'enquetes' of 'bedrijven'
        Welke tabel van de cursus het bestand moet worden.
    kolommen : dict, optioneel
        Je eigen koppeling ``{kolom in jouw bestand: kolom in de cursus}``,
        bijvoorbeeld ``{"Omschr. debiteur": "klantnaam"}``. Die gaat voor het
        profiel van het systeem en voor de ingebouwde lijst met bekende namen
        (:data:`SYNONIEMEN`). Met ``None`` gebruik je een kolom niet:
        ``{"Valuta": None}``. Ook hulpkolommen kun je zo koppelen, zoals
        ``{"D/C": "debet_credit"}`` of ``{"Munt": "valuta"}``.
    blad : str of int, optioneel
        Bij Excel: de naam van het blad, of het nummer geteld vanaf 0.
        Zonder ``blad`` lees je het blad waarvan de kolomnamen het best
        passen (bij gelijke stand het eerste); het verslag zegt welk blad.
    datumvolgorde : 'dmj' of 'mdj', optioneel
        Alleen nodig als datums als '05-03-2024' twee kanten op kunnen
        (dag-maand-jaar of maand-dag-jaar). Mag ook een dict per kolom zijn.
    decimaalteken : ',' of '.', optioneel
        Alleen nodig als bedragen als '1.234' twee kanten op kunnen.
        Mag ook een dict per kolom zijn.
    fasen : dict, optioneel
        Alleen bij leads: je eigen fasenamen vertaald naar de fasen van de
        cursus, bijvoorbeeld ``{"Demo gegeven": "prospect"}``. Bekende namen
        (ook die van HubSpot, Salesforce, Pipedrive en Teamleader) staan in
        :data:`FASEN` en in de profielen van die systemen.
    peildatum : datum, optioneel
        Datums na de peildatum geven een waarschuwing. Standaard: vandaag.
    systeem : str, False of pad, optioneel
        Standaard herkent de functie zelf uit welk systeem de export komt
        (Exact Online, Twinfield, AFAS, Moneybird, SnelStart, HubSpot,
        Salesforce, Pipedrive, Teamleader, Google Formulieren, Microsoft
        Forms, SurveyMonkey, Typeform) en leest hem zoals dat systeem
        exporteert. Met ``systeem="Twinfield"`` kies je zelf, met
        ``systeem=False`` zet je het uit, en met het pad naar een eigen
        profiel (.ini, zie ``klantlib/inlezen/systemen/``) lees je een
        systeem dat er niet bij staat.

    Geeft
    -----
    (DataFrame, Inleesverslag)
        De tabel met precies de kolommen van de cursustabel (ontbrekende
        kolommen zijn leeg) en het verslag: rijen gelezen, gebruikt, apart
        gezet en waarom, plus waarschuwingen. Nummers (factuurnummer,
        KvK-nummer, klantnummer) blijven tekst, zodat voorloopnullen blijven
        staan. Spaties voor en na een tekst worden weggehaald. Kolommen die
        niet in de cursustabel horen, komen niet in het resultaat (ze staan in
        het verslag onder 'Niet gebruikt').

    Fouten
    ------
    InleesFout
        Met een uitleg in het Nederlands: het bestand, de kolom en de rijen
        zoals je ze in Excel ziet.

    >>> from klantlib.inlezen import voorbeeldbestand
    >>> facturen, verslag = lees_export(voorbeeldbestand("exact_facturen.csv"), peildatum="2025-12-31")
    >>> verslag.rijen_gelezen, verslag.rijen_gebruikt, verslag.rijen_apart
    (324, 322, 2)
    >>> facturen["bedrag"].iloc[0], str(facturen["factuurdatum"].iloc[0].date())
    (np.float64(1007.24), '2024-01-02')
    """
    pad, schema, eigen, eigen_fasen = _controleer_opties(pad, soort, kolommen, datumvolgorde, decimaalteken, fasen)
    naam = pad.name

    # 1. Het bestand openen: codering, scheidingsteken of blad, en de kopregel.
    bekende_koppen = {naamsleutel(k) for k in eigen} | alle_koppen(soort)
    data, kopnamen, koprij, info = lees_bestand(pad, soort, bekende_koppen, blad)
    waarschuwingen: list[str] = list(info.get("waarschuwingen", []))

    # 2. Welk systeem maakte de export? Het profiel zegt hoe dat systeem exporteert.
    profiel, herkend = kies_profiel(kopnamen, soort, systeem, naam)
    data, koprij = sla_tweede_kopregel_over(data, koprij, profiel, waarschuwingen)
    fasentabel = {**FASEN, **(profiel.waarden.get("fasen", {}) if profiel else {}), **eigen_fasen}
    soorttabel = {**SOORT_FACTUUR, **(profiel.waarden.get("soort", {}) if profiel else {})}

    # 3. De kolommen koppelen aan de kolommen van de cursustabel (en de hulpkolommen).
    koppeling, hulp, niet_gebruikt, genegeerd = koppel(kopnamen, soort, eigen, naam, waarschuwingen, profiel)

    # 4. Welke kolom is de naam, welke het bedrag in euro?
    klantcodes_als_naam(data, kopnamen, koppeling, hulp, soort, waarschuwingen)
    kies_bedragkolom(data, kopnamen, koppeling, hulp, soort, profiel, naam, koprij, waarschuwingen, eigen)
    niet_gebruikt = niet_gebruikte(kopnamen, koppeling, hulp)
    controleer_verplicht(naam, soort, schema, koppeling, kopnamen, hulp)
    belangrijk_maar_niet_gebruikt(niet_gebruikt, genegeerd, soort, waarschuwingen)

    # 5. Lege rijen herkennen.
    data, rijnummers, leeg_rij, tekstcache = lege_rijen(data, koprij, naam)

    # 6. Elke kolom omzetten naar het type van de cursus.
    uit, redenen = zet_om(data, kopnamen, koppeling, schema, tekstcache, ~leeg_rij, rijnummers, naam,
                          datumvolgorde, decimaalteken, waarschuwingen, profiel)

    # 7. Teken, status en uitkomst: zoals het systeem ze opschrijft.
    extra = pas_toe(data, kopnamen, koppeling, hulp, soort, profiel, uit, redenen, ~leeg_rij, rijnummers, naam,
                    decimaalteken, waarschuwingen)

    # 8. Rijen apart zetten (met reden), de tabel maken en controleren.
    naamkolommen = tuple(kopnamen.index(b) for b, d in koppeling.items() if d in _NAAMKOLOMMEN)
    idbron = next((b for b, d in koppeling.items() if d == _IDKOLOM[soort]), None)
    apart, totaal, apart_gezet = zet_apart(data, leeg_rij, redenen, rijnummers, naamkolommen,
                                           kopnamen.index(idbron) if idbron else None)
    houd = ~apart
    resultaat = maak_tabel(uit, schema, houd)
    if totaal.any():
        controleer_totaal(totaal, koppeling, schema, uit, apart, waarschuwingen, rijnummers)
    peil = pd.Timestamp.today().normalize() if peildatum is None else pd.Timestamp(peildatum)
    if "uitkomst" in extra:
        extra = {**extra, "uitkomst": extra["uitkomst"][houd], "fase_uit_status": extra["fase_uit_status"][houd]}
    resultaat = rond_af(soort, resultaat, rijnummers[houd], koppeling, waarschuwingen, peil, fasentabel,
                        soorttabel, extra)
    if soort == "facturen":
        _credit_in_tekst(data, kopnamen, niet_gebruikt, houd, resultaat, rijnummers[houd], waarschuwingen)
    resultaat = als_cursustekst(resultaat)

    # 9. Het verslag.
    verslag = Inleesverslag(
        bestand=naam, soort=soort, codering=info["codering"], scheidingsteken=info["scheidingsteken"],
        kopregel=koprij, koppeling=koppeling, niet_gebruikt=niet_gebruikt, rijen_gelezen=len(data),
        rijen_gebruikt=len(resultaat), apart_gezet=apart_gezet, waarschuwingen=waarschuwingen,
        blad=info["blad"], systeem=profiel.naam if profiel else None, herkend=herkend, hulpkolommen=hulp,
    )
    return resultaat, verslag


def _controleer_opties(pad, soort, kolommen, datumvolgorde, decimaalteken, fasen):
    """De argumenten van lees_export controleren. Geeft (pad, schema, eigen koppeling, eigen fasen)."""
    if soort not in SCHEMA:
        raise InleesFout(f"soort moet een van {', '.join(repr(s) for s in SOORTEN)} zijn, niet {soort!r}.")
    pad = Path(pad)
    if not pad.exists():
        raise InleesFout(f"Bestand '{pad}' bestaat niet. Controleer de map en de bestandsnaam.")
    if pad.is_dir():
        raise InleesFout(f"'{pad}' is een map, geen bestand.")
    schema = SCHEMA[soort]
    eigen = controleer_kolommen(kolommen, schema, soort)
    for k, w in (("datumvolgorde", datumvolgorde), ("decimaalteken", decimaalteken)):
        if isinstance(w, dict):
            onbekend = [c for c in w if c not in schema]
            if onbekend:
                raise InleesFout(f"{k}: onbekende kolom(men) {onbekend}. Gebruik kolomnamen van de cursus, "
                                 f"zoals {', '.join(c for c, (t, _) in schema.items() if t in ('datum', 'bedrag'))}.")
    if not isinstance(datumvolgorde, dict):
        controleer_volgorde(datumvolgorde)
    if not isinstance(decimaalteken, dict):
        controleer_decimaalteken(decimaalteken)
    eigen_fasen: dict[str, str] = {}
    if fasen is not None:
        if soort != "leads" or not isinstance(fasen, dict):
            raise InleesFout("fasen=... kan alleen bij soort='leads', als dict {jouw fase: fase in de cursus}.")
        fout = {k: v for k, v in fasen.items() if v not in CURSUSFASEN}
        if fout:
            raise InleesFout(f"fasen: {fout} - kies per fase uit {', '.join(map(repr, CURSUSFASEN))}.")
        eigen_fasen = {naamsleutel(k): v for k, v in fasen.items()}
    return pad, schema, eigen, eigen_fasen


_CREDITWOORD = re.compile(r"\bcredit|\bretour", re.I)


def _credit_in_tekst(data, kopnamen, niet_gebruikt, houd, resultaat, rijen, waarschuwingen) -> None:
    """Een niet-gebruikte kolom noemt 'creditnota' of 'retour' bij een positief bedrag: dan staat het teken
    misschien in die kolom. Dat zeggen we, want zo'n regel telt nu als factuur."""
    positief = ((resultaat["bedrag"] > 0) & (resultaat["soort"] == "factuur")).to_numpy()
    if not positief.any():
        return
    for kop in niet_gebruikt:
        if kop not in kopnamen:
            continue
        tekst = tekstwaarden(data[kopnamen.index(kop)])[houd]
        codes, uniek = pd.factorize(tekst)
        raak = [i for i, u in enumerate(uniek) if u and _CREDITWOORD.search(u)]
        if not raak:
            continue
        masker = np.isin(codes, raak) & positief
        if masker.any():
            waarschuwingen.append(
                f"Kolom {kop!r} noemt een creditnota of retour (zoals {uniek[raak[0]]!r}) in {rijlijst(rijen[masker])}, "
                "maar het bedrag is positief: die regels tellen als factuur. Staat het teken in die kolom? Geef dan "
                f"kolommen={{{kop!r}: 'soort'}}."
            )
