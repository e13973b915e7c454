"""lees_export: een export inlezen, stap voor stap.

De stappen staan elk in een eigen module:

1. :mod:`.bestand` – het bestand openen: codering en scheidingsteken (CSV) of het blad (Excel);
   :mod:`.kopregel` zoekt daarbij de kopregel;
2. :mod:`.kolommen` – de kolommen koppelen aan de cursustabel (:mod:`.schema`);
3. :mod:`.controle` – lege rijen herkennen;
4. :mod:`.omzetten` – elke kolom omzetten: tekst, :mod:`.getallen`, :mod:`.datums`, ja/nee;
5. :mod:`.controle` – rijen apart zetten, totaalregels, afronden per soort, waarschuwingen;
6. :mod:`.verslag` – alles wat er gebeurde in één verslag.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .bestand import lees_bestand
from .controle import controleer_totaal, lege_rijen, rond_af, zet_apart
from .datums import controleer_volgorde
from .fouten import InleesFout
from .getallen import controleer_decimaalteken
from .kolommen import controleer_kolommen, controleer_verplicht, koppel
from .omzetten import als_cursustekst, maak_tabel, zet_om
from .schema import FASEN, SCHEMA, SOORTEN, naamsleutel
from .verslag import Inleesverslag

#: De fasen van de cursus (waarden die ``fasen=`` mag gebruiken).
CURSUSFASEN = ("lead", "prospect", "offerte", "gewonnen", "verloren")


def lees_export(pad, soort: str = "facturen", kolommen: dict | None = None, blad=None, *,
                datumvolgorde: str | dict | None = None, decimaalteken: str | dict | None = None,
                fasen: dict | None = None, peildatum=None):
    """Lees een export (CSV of Excel) in als tabel van de cursus.

    Parameters
    ----------
    pad : str of Path
        Het bestand: .csv, .txt, .tsv of .xlsx.
    soort : 'facturen', 'leads', 'enquetes' of 'bedrijven'
        Welke tabel van de cursus het bestand moet worden.
    kolommen : dict, optioneel
        Je eigen koppeling ``{kolom in jouw bestand: kolom in de cursus}``,
        bijvoorbeeld ``{"Omschr. debiteur": "klantnaam"}``. Die gaat voor de
        ingebouwde lijst met bekende namen (:data:`SYNONIEMEN`).
    blad : str of int, optioneel
        Bij Excel: de naam van het blad, of het nummer geteld vanaf 0.
        Zonder ``blad`` lees je het eerste blad.
    datumvolgorde : 'dmj' of 'mdj', optioneel
        Alleen nodig als datums als '05-03-2024' twee kanten op kunnen
        (dag-maand-jaar of maand-dag-jaar). Mag ook een dict per kolom zijn.
    decimaalteken : ',' of '.', optioneel
        Alleen nodig als bedragen als '1.234' twee kanten op kunnen.
        Mag ook een dict per kolom zijn.
    fasen : dict, optioneel
        Alleen bij leads: je eigen fasenamen vertaald naar de fasen van de
        cursus, bijvoorbeeld ``{"Demo gegeven": "prospect"}``. Bekende namen
        (ook die van HubSpot en Salesforce) staan in :data:`FASEN`.
    peildatum : datum, optioneel
        Datums na de peildatum geven een waarschuwing. Standaard: vandaag.

    Geeft
    -----
    (DataFrame, Inleesverslag)
        De tabel met precies de kolommen van de cursustabel (ontbrekende
        kolommen zijn leeg) en het verslag: rijen gelezen, gebruikt, apart
        gezet en waarom, plus waarschuwingen. Nummers (factuurnummer,
        KvK-nummer) blijven tekst, zodat voorloopnullen blijven staan. Spaties
        voor en na een tekst worden weggehaald. Kolommen die niet in de
        cursustabel horen, komen niet in het resultaat (ze staan in het verslag
        onder 'Niet gebruikt').

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
    pad, schema, eigen, fasentabel = _controleer_opties(pad, soort, kolommen, datumvolgorde, decimaalteken, fasen)
    naam = pad.name

    # 1. Het bestand openen: codering, scheidingsteken of blad, en de kopregel.
    data, kopnamen, koprij, info = lees_bestand(pad, soort, {naamsleutel(k) for k in eigen}, blad)
    waarschuwingen: list[str] = list(info.get("waarschuwingen", []))

    # 2. De kolommen koppelen aan de kolommen van de cursustabel.
    koppeling, niet_gebruikt = koppel(kopnamen, soort, eigen, naam, waarschuwingen)
    controleer_verplicht(naam, soort, schema, koppeling, kopnamen)

    # 3. Lege rijen herkennen.
    data, rijnummers, leeg_rij, tekstcache = lege_rijen(data, koprij, naam)

    # 4. Elke kolom omzetten naar het type van de cursus.
    uit, redenen = zet_om(data, kopnamen, koppeling, schema, tekstcache, ~leeg_rij, rijnummers, naam,
                          datumvolgorde, decimaalteken, waarschuwingen)

    # 5. Rijen apart zetten (met reden), de tabel maken en controleren.
    apart, totaal, apart_gezet = zet_apart(data, leeg_rij, redenen, rijnummers)
    resultaat = maak_tabel(uit, schema, ~apart)
    if totaal.any():
        controleer_totaal(totaal, koppeling, schema, uit, apart, waarschuwingen, rijnummers)
    peil = pd.Timestamp.today().normalize() if peildatum is None else pd.Timestamp(peildatum)
    resultaat = rond_af(soort, resultaat, rijnummers[~apart], koppeling, waarschuwingen, peil, fasentabel)
    resultaat = als_cursustekst(resultaat)

    # 6. Het verslag.
    verslag = Inleesverslag(
        bestand=naam, soort=soort, codering=info["codering"], scheidingsteken=info["scheidingsteken"],
        kopregel=koprij, koppeling=koppeling, niet_gebruikt=niet_gebruikt, rijen_gelezen=len(data),
        rijen_gebruikt=len(resultaat), apart_gezet=apart_gezet, waarschuwingen=waarschuwingen,
        blad=info["blad"],
    )
    return resultaat, verslag


def _controleer_opties(pad, soort, kolommen, datumvolgorde, decimaalteken, fasen):
    """De argumenten van lees_export controleren. Geeft (pad, schema, eigen koppeling, fasentabel)."""
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
    fasentabel = dict(FASEN)
    if fasen is not None:
        if soort != "leads" or not isinstance(fasen, dict):
            raise InleesFout("fasen=... kan alleen bij soort='leads', als dict {jouw fase: fase in de cursus}.")
        fout = {k: v for k, v in fasen.items() if v not in CURSUSFASEN}
        if fout:
            raise InleesFout(f"fasen: {fout} - kies per fase uit {', '.join(map(repr, CURSUSFASEN))}.")
        fasentabel.update({naamsleutel(k): v for k, v in fasen.items()})
    return pad, schema, eigen, fasentabel
