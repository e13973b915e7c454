"""De klantrelatiecyclus: waar staat elke klant, en hoe beweegt hij door de tijd?

De cyclus heeft drie fasen: **potentiële klant** (kocht nog niets), **klant**
(**nieuw**: de relatie is pas begonnen; **loyaal**: komt steeds terug) en
**ex-klant** (de relatie is voorbij). Een ex-klant is voor de leverancier
daarna weer een potentiële klant: wie terugkomt, begint een nieuwe relatie.

Met deze module deel je elk bedrijf (of elke vestiging of elk concern, zoals
in hoofdstuk 01) in een fase in op een peildatum, volg je klanten van jaar
tot jaar, reken je klantbehoud per cohort en per jaar uit en zet je de
redenen van vertrek op een rij.

De functies zijn puur: tabellen erin, tabellen eruit. Foute invoer geeft een
``ValueError`` met een Nederlandse melding die het argument noemt.

Definities (dezelfde in de les en in het werkboek)
--------------------------------------------------

Een **aankoop** is een factuurregel met ``soort == "factuur"`` (zonder kolom
``soort``: een regel met een positief bedrag); regels met hetzelfde
``factuurnummer`` zijn samen één aankoop. Een retour of creditnota hoort bij
de aankoop die hij corrigeert (``origineel_factuurnummer``; zonder die kolom
bij de laatste aankoop van dezelfde klant ervoor). Een aankoop telt alleen als
er netto iets overblijft: wie alles terugstuurt, heeft niets gekocht. We
kijken dus achteraf: een aankoop die later helemaal terugkomt, telt nooit.

Met ``contracten`` telt elke maand dat een contract liep ook als aankoop,
ook zonder factuur (zoals de basis ``"ingang"`` in hoofdstuk 01).

Op een peildatum *P* en met ``ex_na_maanden`` = *m* en ``nieuw_maanden`` = *n*:

- **klant**: kocht (netto) in de *m* maanden tot en met *P*.
- **nieuw**: een klant wiens huidige relatie begon in de *n* maanden tot en
  met *P*. Een relatie begint bij de eerste aankoop, en opnieuw bij een
  aankoop na een pauze van meer dan *m* maanden zonder aankoop: in die pauze
  was het bedrijf ex-klant. Een teruggewonnen klant is dus weer **nieuw**.
- **loyaal**: een klant die niet nieuw is.
- **ex-klant**: geen klant meer, maar kocht wel eerder.
- **potentieel**: kocht nog nooit (netto), maar is wel bekend: het staat in
  ``bedrijven``, of (met ``leads``) er is op *P* al een lead aangemaakt.

De *m* maanden tot en met *P*: met *P* = 31-12-2025 en *m* = 24 loopt het
venster van 1-1-2024 tot en met 31-12-2025, net als in hoofdstuk 01.

Wat vóór de eerste factuur in de data gebeurde, weten we niet. Daarom moet
het venster binnen de data vallen (anders een foutmelding), en betekent
``eerste_aankoop`` "de eerste aankoop in de data".

Overnames: bij ``volg_overnames=True`` (standaard, zoals hoofdstuk 01) telt
een bedrijf dat onder een nieuw KvK-nummer verdergaat
(``bedrijven.vorige_kvk_nummer``) als dezelfde klant. Met ``False`` zie je
wat een naïeve telling ziet: één ex-klant en één nieuwe klant.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from klantlib._compat import TEKST
from klantlib.definitie import (
    NIVEAUS,
    STANDAARD_DREMPEL,
    _codeer,
    _controleer_factuurrijen,
    _eis_datums,
    _eis_drempel,
    _eis_keuze,
    _eis_kolommen,
    _eis_tabel,
    _kolom,
    _maak_register,
    _normaliseer,
    _peildatum,
    _tekst,
)

__all__ = [
    "FASEN",
    "NIVEAUS",
    "cohorten",
    "fase_overgangen",
    "fasen_per_jaar",
    "klantbehoud",
    "klantfasen",
    "verloren_klanten",
    "vertrekredenen",
]

#: De vier fasen, in de volgorde van de cyclus.
FASEN = ("potentieel", "nieuw", "loyaal", "ex-klant")
#: Rij in :func:`fase_overgangen` voor wie op het eerste moment nog niet in ons bestand stond.
NOG_ONBEKEND = "nog onbekend"
#: Wie een relatie kan beëindigen.
DOOR = ("klant", "leverancier")

_POTENTIEEL, _NIEUW, _LOYAAL, _EX, _ONBEKEND = 0, 1, 2, 3, 4
_DAG = np.timedelta64(1, "D")


# --------------------------------------------------------------------------
# Invoer controleren
# --------------------------------------------------------------------------


def _eis_maanden(waarde, naam: str) -> int:
    if isinstance(waarde, (bool, np.bool_)) or not isinstance(waarde, (int, np.integer)):
        raise ValueError(f"{naam} moet een geheel aantal maanden zijn (1 of meer), niet {waarde!r}.")
    if waarde < 1:
        raise ValueError(f"{naam} moet 1 of meer zijn, niet {int(waarde)}.")
    return int(waarde)


def _eis_bool(waarde, naam: str) -> bool:
    if not isinstance(waarde, (bool, np.bool_)):
        raise ValueError(f"{naam} moet True of False zijn, niet {waarde!r}.")
    return bool(waarde)


def _dagen(waarden) -> np.ndarray:
    """Datums als gehele dagen sinds 1970 (int64); NaT wordt een heel klein getal."""
    return np.asarray(waarden).astype("datetime64[D]").astype(np.int64)


def _dag(datum: pd.Timestamp) -> int:
    return int(np.datetime64(pd.Timestamp(datum).date(), "D").astype(np.int64))


def _datum(dag: int) -> pd.Timestamp:
    return pd.Timestamp(np.datetime64(int(dag), "D"))


def _begin_venster(peil: pd.Timestamp, maanden: int) -> pd.Timestamp:
    """De eerste dag van het venster van ``maanden`` maanden tot en met ``peil``."""
    return peil - pd.DateOffset(months=maanden) + pd.Timedelta(days=1)


def _datum_tekst(datum: pd.Timestamp) -> str:
    return pd.Timestamp(datum).strftime("%d-%m-%Y")


# --------------------------------------------------------------------------
# De voorbereiding: alles wat niet van peildatum of venster afhangt
# --------------------------------------------------------------------------


@dataclass
class _Entiteiten:
    sleutels: list  # sleutel per code (vestigingsnummer, KvK-nummer, concern-KvK of genormaliseerde naam)
    namen: list  # leesbare naam per code
    bekend_vanaf: np.ndarray  # dag waarop de entiteit bekend werd (klein getal = altijd bekend)


class _Cyclus:
    """Rekent fasen uit voor één niveau; de voorbereiding gebeurt één keer.

    Alles wat van de peildatum of de vensters afhangt, rekent :meth:`fasen`
    snel uit met numpy. Zo kan een widget bij elke wijziging opnieuw rekenen.
    """

    def __init__(self, facturen, *, bedrijven, niveau="bedrijf", contracten=None, leads=None,
                 volg_overnames=True, drempel=STANDAARD_DREMPEL):
        _eis_keuze(niveau, "niveau", NIVEAUS)
        _eis_bool(volg_overnames, "volg_overnames")
        _eis_drempel(drempel)
        if bedrijven is None:
            raise ValueError("bedrijven is nodig: geef bedrijven=... mee (de tabel met vestigingen en bedrijven).")
        _eis_tabel(bedrijven, "bedrijven")
        _controleer_facturen(facturen)
        self.niveau = niveau
        tabel_bedrijven = bedrijven
        if not volg_overnames and "vorige_kvk_nummer" in bedrijven.columns:
            tabel_bedrijven = bedrijven.drop(columns=["vorige_kvk_nummer"])
        register = _maak_register(tabel_bedrijven)
        self._register = register

        sleutel_code: dict = {}
        sleutels: list = []
        namen_lijst: list = []

        def code_van(sleutel, naam) -> int:
            if sleutel not in sleutel_code:
                sleutel_code[sleutel] = len(sleutels)
                sleutels.append(sleutel)
                namen_lijst.append(naam)
            return sleutel_code[sleutel]

        register_labels = list(register.labels[niveau])
        register_namen = list(register.namen[niveau])
        for sleutel, naam in zip(register_labels, register_namen):
            code_van(sleutel, naam if isinstance(naam, str) else sleutel)
        n_register = len(sleutels)

        def codes_uit(codering) -> np.ndarray:
            """Zet de codes van :func:`_codeer` om naar onze eigen codes (via de sleutel)."""
            vertaal = np.empty(len(codering.labels), dtype=np.int64)
            namen_c = codering.namen
            for i, sleutel in enumerate(codering.labels):
                naam = namen_c[i] if i < len(namen_c) and isinstance(namen_c[i], str) else sleutel
                vertaal[i] = code_van(sleutel, naam)
            return vertaal[codering.codes]

        # Facturen: één code per regel.
        cod = _codeer(_kolom(facturen, "vestigingsnummer", None), _kolom(facturen, "klantnaam", None), None,
                      niveau, register, drempel, "facturen")
        f_code = codes_uit(cod)
        f_dag = _dagen(facturen["factuurdatum"].to_numpy())
        bedrag = facturen["bedrag"].to_numpy(dtype="float64")
        alle = np.arange(len(facturen))
        soort = _kolom(facturen, "soort", None)
        is_aankoop = np.asarray(_controleer_factuurrijen(facturen, alle, soort, bedrag), dtype=bool)
        echt, groep_netto, groep_van_rij = _echte_aankopen(facturen, f_code, f_dag, bedrag, is_aankoop)
        self.data_begin = _datum(int(f_dag.min())).replace(day=1) if len(f_dag) else None
        self.data_eind = _peildatum(None, facturen) if len(f_dag) else None
        # Netto per aankoop (alle regels met hetzelfde factuurnummer samen, met hun retouren), op dag gesorteerd.
        rijen = np.flatnonzero(is_aankoop)
        volgorde = np.argsort(f_dag[rijen], kind="stable")
        rijen = rijen[volgorde]
        eerste_van_groep = np.zeros(len(rijen), dtype=bool)
        if len(rijen):
            _, eerste = np.unique(groep_van_rij[rijen], return_index=True)
            eerste_van_groep[eerste] = True
        self.g_dag = f_dag[rijen][eerste_van_groep]
        self.g_code = f_code[rijen][eerste_van_groep]
        self.g_netto = groep_netto[groep_van_rij[rijen][eerste_van_groep]]

        # Activiteit: aankopen en (met contracten) elke maand dat een contract loopt.
        act_dag = [f_dag[echt]]
        act_code = [f_code[echt]]
        # Bekend vanaf: de eerste factuurregel, lead of contract (bedrijven zijn altijd bekend).
        bekend_dag = [f_dag]
        bekend_code = [f_code]
        self.heeft_contracten = contracten is not None
        self.c_code = np.zeros(0, dtype=np.int64)
        self.c_begin = np.zeros(0, dtype=np.int64)
        self.c_eind = np.zeros(0, dtype=np.int64)
        if contracten is not None:
            _controleer_contracten(contracten)
            ccod = _codeer(_kolom(contracten, "vestigingsnummer", None), None, _kolom(contracten, "kvk_nummer", None),
                           niveau, register, drempel, "contracten")
            c_code = codes_uit(ccod)
            c_begin = _dagen(contracten["ingangsdatum"].to_numpy())
            eind = contracten["einddatum"]
            geen_eind = eind.isna().to_numpy()
            grens = _dag(self.data_eind) if self.data_eind is not None else int(c_begin.max(initial=0))
            c_eind = np.where(geen_eind, np.iinfo(np.int64).max // 2, _dagen(eind.to_numpy()))
            self.c_code, self.c_begin, self.c_eind = c_code, c_begin, c_eind
            punten_dag, punten_code = _contractpunten(c_begin, np.minimum(c_eind, grens), c_code)
            act_dag.append(punten_dag)
            act_code.append(punten_code)
            getekend = contracten["getekend_op"] if "getekend_op" in contracten.columns else contracten["ingangsdatum"]
            g = _dagen(getekend.to_numpy())
            g = np.where(getekend.isna().to_numpy(), c_begin, g)
            bekend_dag.append(g)
            bekend_code.append(c_code)
        if leads is not None:
            l_code, l_dag = _codeer_leads(leads, register, niveau, code_van)
            bekend_dag.append(l_dag)
            bekend_code.append(l_code)

        n = len(sleutels)
        self.n = n
        act_dag_arr = np.concatenate(act_dag)
        act_code_arr = np.concatenate(act_code)
        # Op entiteit en daarna op dag gesorteerd: voor de pauzes tussen twee activiteiten.
        volgorde = np.lexsort((act_dag_arr, act_code_arr))
        self.a_dag = act_dag_arr[volgorde]
        self.a_code = act_code_arr[volgorde]
        self._starts: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        # Eerste echte aankoop (alleen facturen) en eerste activiteit per entiteit.
        groot = np.iinfo(np.int64).max
        self.eerste_aankoop = np.full(n, groot, dtype=np.int64)
        np.minimum.at(self.eerste_aankoop, f_code[echt], f_dag[echt])
        self.eerste_activiteit = np.full(n, groot, dtype=np.int64)
        np.minimum.at(self.eerste_activiteit, self.a_code, self.a_dag)
        # Op dag gesorteerd: echte aankopen (voor "laatste aankoop") en alle activiteit (voor "klant").
        volgorde = np.argsort(f_dag[echt], kind="stable")
        self.k_dag = f_dag[echt][volgorde]
        self.k_code = f_code[echt][volgorde]
        volgorde = np.argsort(self.a_dag, kind="stable")
        self.t_dag = self.a_dag[volgorde]
        self.t_code = self.a_code[volgorde]
        bekend = np.full(n, groot, dtype=np.int64)
        bekend[:n_register] = np.iinfo(np.int64).min // 2  # in ons bestand: altijd bekend
        np.minimum.at(bekend, np.concatenate(bekend_code), np.concatenate(bekend_dag))
        self.entiteiten = _Entiteiten(sleutels, namen_lijst, bekend)

    # -- hulp ---------------------------------------------------------------

    def controleer_peildatum(self, peildatum, maanden: int, naam: str = "peildatum") -> pd.Timestamp:
        """Geef de peildatum als Timestamp; fout als het venster niet binnen de data valt."""
        if self.data_eind is None:
            raise ValueError("De tabel facturen is leeg: er is niets om klanten in te delen.")
        peil = self.data_eind if peildatum is None else _peildatum(peildatum, pd.DataFrame({"factuurdatum": []}))
        if peil > self.data_eind:
            raise ValueError(
                f"{naam} {_datum_tekst(peil)} ligt buiten de data: de facturen lopen tot en met "
                f"{_datum_tekst(self.data_eind)}. Kies een {naam} tot en met die datum.")
        begin = _begin_venster(peil, maanden)
        if begin < self.data_begin:
            vroegst = self.data_begin + pd.DateOffset(months=maanden) - pd.Timedelta(days=1)
            raise ValueError(
                f"{naam} {_datum_tekst(peil)} ligt te dicht bij het begin van de data ({_datum_tekst(self.data_begin)}): "
                f"met een venster van {maanden} maanden kijk je terug tot {_datum_tekst(begin)}, en van vóór het begin "
                f"zijn er geen facturen. Kies een {naam} vanaf {_datum_tekst(vroegst)}, of een korter venster "
                f"(ex_na_maanden of nieuw_maanden).")
        return peil

    def _relatiestarts(self, m: int) -> tuple[np.ndarray, np.ndarray]:
        """Dagen en codes van de activiteiten waarmee een relatie begint (op dag gesorteerd)."""
        if m not in self._starts:
            dag, code = self.a_dag, self.a_code
            start = np.ones(len(dag), dtype=bool)
            if len(dag) > 1:
                zelfde = code[1:] == code[:-1]
                # Was het bedrijf de dag vóór deze activiteit nog klant? Alleen als de vorige activiteit
                # in het venster van m maanden tot en met die dag lag.
                dag_ervoor = pd.DatetimeIndex(dag[1:].astype("datetime64[D]") - _DAG)
                grens = _dagen((dag_ervoor - pd.DateOffset(months=m)).to_numpy()) + 1
                start[1:] = ~zelfde | (dag[:-1] < grens)
            volgorde = np.argsort(dag[start], kind="stable")
            self._starts[m] = (dag[start][volgorde], code[start][volgorde])
        return self._starts[m]

    # -- rekenen ------------------------------------------------------------

    def fasen(self, peil: pd.Timestamp, m: int, n_maanden: int) -> dict:
        """Fase-codes en kenmerken per entiteit op ``peil`` (arrays van lengte ``self.n``)."""
        p = _dag(peil)
        b = _dag(_begin_venster(peil, m))
        klein = np.iinfo(np.int64).min
        # Klant: de laatste activiteit tot en met P ligt in het venster.
        j = np.searchsorted(self.t_dag, p, side="right")
        laatste_act = np.full(self.n, klein, dtype=np.int64)
        np.maximum.at(laatste_act, self.t_code[:j], self.t_dag[:j])
        klant = laatste_act >= b
        ooit = laatste_act > klein
        bekend = self.entiteiten.bekend_vanaf <= p
        # Begin van de huidige (of laatste) relatie: de laatste start tot en met P.
        s_dag, s_code = self._relatiestarts(m)
        k = np.searchsorted(s_dag, p, side="right")
        begin = np.full(self.n, klein, dtype=np.int64)
        np.maximum.at(begin, s_code[:k], s_dag[:k])
        nieuw_vanaf = _dag(_begin_venster(peil, n_maanden))
        fase = np.full(self.n, _ONBEKEND, dtype=np.int8)
        fase[bekend] = _POTENTIEEL
        fase[ooit & ~klant] = _EX
        fase[klant] = _LOYAAL
        fase[klant & (begin >= nieuw_vanaf)] = _NIEUW
        # Laatste echte aankoop tot en met P.
        j = np.searchsorted(self.k_dag, p, side="right")
        laatste = np.full(self.n, klein, dtype=np.int64)
        np.maximum.at(laatste, self.k_code[:j], self.k_dag[:j])
        # Netto omzet van de aankopen in het venster (met hun retouren).
        links, rechts = np.searchsorted(self.g_dag, b, side="left"), np.searchsorted(self.g_dag, p, side="right")
        netto = np.bincount(self.g_code[links:rechts], weights=self.g_netto[links:rechts], minlength=self.n)
        loopt = np.zeros(self.n, dtype=bool)
        if self.heeft_contracten and len(self.c_code):
            actief = (self.c_begin <= p) & (self.c_eind >= p)
            loopt[np.unique(self.c_code[actief])] = True
        relaties = np.bincount(s_code[:k], minlength=self.n)
        return {"fase": fase, "netto": np.rint(netto) / 100, "contract": loopt, "begin": begin, "laatste": laatste,
                "relaties": relaties}

    def fasecodes(self, peil, m: int, n_maanden: int) -> np.ndarray:
        return self.fasen(peil, m, n_maanden)["fase"]

    def tabel(self, peil: pd.Timestamp, m: int, n_maanden: int) -> pd.DataFrame:
        """De uitkomst van :func:`klantfasen`."""
        uit = self.fasen(peil, m, n_maanden)
        fase = uit["fase"]
        rijen = np.flatnonzero(fase != _ONBEKEND)
        p = _dag(peil)
        eerste = self.eerste_aankoop[rijen]
        laatste = uit["laatste"][rijen]
        begin = uit["begin"][rijen]

        def datums(dagen: np.ndarray, geldig: np.ndarray) -> pd.Series:
            waarden = np.where(geldig, dagen, 0).astype("datetime64[D]").astype("datetime64[ns]")
            waarden[~geldig] = np.datetime64("NaT")
            return pd.Series(waarden, dtype="datetime64[ns]")

        tabel = pd.DataFrame({
            "klant": pd.Series(np.asarray(self.entiteiten.sleutels, dtype=object)[rijen], dtype=TEKST),
            "naam": pd.Series(np.asarray(self.entiteiten.namen, dtype=object)[rijen], dtype=TEKST),
            "fase": pd.Categorical(np.asarray(FASEN, dtype=object)[fase[rijen]], categories=list(FASEN)),
            "eerste_aankoop": datums(eerste, eerste <= p),
            "laatste_aankoop": datums(laatste, laatste > np.iinfo(np.int64).min),
            "begin_relatie": datums(begin, begin > np.iinfo(np.int64).min),
            "netto_omzet_venster": uit["netto"][rijen].round(2),
            "teruggewonnen": (uit["relaties"][rijen] > 1) & (fase[rijen] != _POTENTIEEL),
        })
        if self.heeft_contracten:
            tabel["lopend_contract"] = uit["contract"][rijen]
        # Op sleutel gesorteerd: twee uitkomsten op dezelfde peildatum hebben dan dezelfde rijen in dezelfde volgorde.
        volgorde = np.argsort(np.array([str(k) for k in tabel["klant"]], dtype=object), kind="stable")
        tabel = tabel.iloc[volgorde].reset_index(drop=True)
        tabel.attrs.update(peildatum=peil, ex_na_maanden=m, nieuw_maanden=n_maanden, niveau=self.niveau)
        return tabel

    def aantallen(self, peil, m: int, n_maanden: int) -> pd.Series:
        fase = self.fasecodes(peil, m, n_maanden)
        tel = np.bincount(fase, minlength=5)[:4]
        return pd.Series(tel, index=pd.Index(list(FASEN), name="fase"), name="aantal", dtype="int64")

    def overgangen(self, van: pd.Timestamp, naar: pd.Timestamp, m: int, n_maanden: int) -> pd.DataFrame:
        a = self.fasecodes(van, m, n_maanden).astype(np.int64)
        b = self.fasecodes(naar, m, n_maanden).astype(np.int64)
        tel = np.bincount(a * 5 + b, minlength=25).reshape(5, 5)
        rijen = list(FASEN) + ([NOG_ONBEKEND] if tel[_ONBEKEND].sum() else [])
        tabel = pd.DataFrame(tel[: len(rijen), :4], index=rijen, columns=list(FASEN), dtype="int64")
        tabel.index.name = f"fase eind {van.year}" if _is_jaareinde(van) else f"fase op {_datum_tekst(van)}"
        tabel.columns.name = f"fase eind {naar.year}" if _is_jaareinde(naar) else f"fase op {_datum_tekst(naar)}"
        tabel.attrs.update(van=van, naar=naar, ex_na_maanden=m, nieuw_maanden=n_maanden, niveau=self.niveau)
        return tabel


def _echte_aankopen(facturen, code, dag, bedrag, is_aankoop):
    """Welke aankopen leverden netto iets op, na hun retouren en creditnota's?

    Aankoopregels met hetzelfde ``factuurnummer`` vormen samen één aankoop.
    Een retour of creditnota hoort bij de aankoop van ``origineel_factuurnummer``;
    zonder die koppeling bij de laatste aankoop van dezelfde klant op of vóór
    zijn datum. Een aankoop is echt als zijn netto bedrag (in hele centen)
    groter is dan 0: wie alles terugstuurt, heeft niets gekocht.

    Geeft (echt per regel, netto in centen per aankoop, aankoopnummer per regel;
    -1 voor een retour zonder aankoop).
    """
    n = len(bedrag)
    centen = np.rint(bedrag * 100)
    rijen = np.flatnonzero(is_aankoop)
    if "factuurnummer" in facturen.columns:
        nummers = _tekst(facturen["factuurnummer"])
        sleutel = np.where(pd.isna(nummers), None, nummers)
        sleutel = np.array([s if s is not None else f"\x00rij{i}" for i, s in enumerate(sleutel)], dtype=object)
    else:
        sleutel = np.array([f"\x00rij{i}" for i in range(n)], dtype=object)
    groep_codes, groep_labels = pd.factorize(sleutel[rijen])
    groep = np.full(n, -1, dtype=np.int64)
    groep[rijen] = groep_codes
    terug = np.flatnonzero(~is_aankoop)
    if len(terug):
        gevonden = np.full(len(terug), -1, dtype=np.int64)
        if "origineel_factuurnummer" in facturen.columns:
            origineel = _tekst(facturen["origineel_factuurnummer"])[terug]
            index = pd.Index(groep_labels, dtype=object)
            gevonden = np.where(pd.isna(origineel), -1, index.get_indexer(np.where(pd.isna(origineel), "", origineel)))
        zonder = gevonden < 0
        if zonder.any() and len(rijen):
            # De laatste aankoop van dezelfde klant op of vóór de datum van de retour.
            volgorde = np.lexsort((dag[rijen], code[rijen]))
            sleutels = code[rijen][volgorde].astype(np.float64) * 1e6 + dag[rijen][volgorde]
            zoek = code[terug[zonder]].astype(np.float64) * 1e6 + dag[terug[zonder]]
            pos = np.searchsorted(sleutels, zoek, side="right") - 1
            goed = (pos >= 0) & (code[rijen][volgorde][np.maximum(pos, 0)] == code[terug[zonder]])
            kandidaat = np.where(goed, groep[rijen][volgorde][np.maximum(pos, 0)], -1)
            gevonden[zonder] = kandidaat
        groep[terug] = gevonden
    netto = np.bincount(groep[groep >= 0], weights=centen[groep >= 0], minlength=len(groep_labels))
    echt = is_aankoop & (netto[np.maximum(groep, 0)] > 0)
    return echt, netto, groep


def _is_jaareinde(datum: pd.Timestamp) -> bool:
    return datum.month == 12 and datum.day == 31


def _contractpunten(begin: np.ndarray, eind: np.ndarray, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Elke maand dat een contract loopt één activiteit: de ingangsdatum, de 1e van elke maand en het einde."""
    dagen, codes = [], []
    for b, e, c in zip(begin.tolist(), eind.tolist(), code.tolist()):
        if e < b:
            continue
        maanden = np.arange(np.datetime64(b, "D").astype("datetime64[M]") + 1,
                            np.datetime64(e, "D").astype("datetime64[M]") + 1)
        punten = np.concatenate([[b], maanden.astype("datetime64[D]").astype(np.int64), [e]])
        dagen.append(punten)
        codes.append(np.full(len(punten), c, dtype=np.int64))
    if not dagen:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(dagen), np.concatenate(codes)


def _codeer_leads(leads, register, niveau: str, code_van) -> tuple[np.ndarray, np.ndarray]:
    """Codes en aanmaakdag van leads: met KvK-nummer via bedrijven, anders op genormaliseerde naam."""
    _eis_tabel(leads, "leads")
    _eis_kolommen(leads, "leads", ["aangemaakt_op", "bedrijfsnaam"])
    _eis_datums(leads, "leads", "aangemaakt_op")
    dag = _dagen(leads["aangemaakt_op"].to_numpy())
    leeg = leads["aangemaakt_op"].isna().to_numpy()
    if leeg.any():
        i = int(np.flatnonzero(leeg)[0])
        waar = f"lead_id {leads['lead_id'].iloc[i]!r}" if "lead_id" in leads.columns else f"rij {i}"
        raise ValueError(f"Kolom 'aangemaakt_op' in leads is leeg ({waar}); elke lead heeft een aanmaakdatum.")
    kvk = _tekst(leads["kvk_nummer"]) if "kvk_nummer" in leads.columns else np.full(len(leads), None, dtype=object)
    naam = _tekst(leads["bedrijfsnaam"])
    labels = register.labels[niveau]
    namen = register.namen[niveau]
    codes = np.empty(len(leads), dtype=np.int64)
    for i, (k, nm) in enumerate(zip(kvk, naam)):
        if isinstance(k, str) and k in register.hoofdrij:
            c = register.codes[niveau][register.hoofdrij[k]]
            codes[i] = code_van(labels[c], namen[c])
        elif isinstance(nm, str) and nm.strip():
            codes[i] = code_van(_normaliseer(nm), nm.strip())
        else:
            waar = f"lead_id {leads['lead_id'].iloc[i]!r}" if "lead_id" in leads.columns else f"rij {i}"
            raise ValueError(f"leads: {waar} heeft geen bekend kvk_nummer en geen bedrijfsnaam.")
    return codes, dag


def _controleer_facturen(facturen) -> None:
    _eis_tabel(facturen, "facturen")
    _eis_kolommen(facturen, "facturen", ["factuurdatum", "bedrag"])
    if "vestigingsnummer" not in facturen.columns and "klantnaam" not in facturen.columns:
        raise ValueError("De tabel facturen heeft een kolom 'vestigingsnummer' of 'klantnaam' nodig om klanten "
                         "te herkennen.")
    _eis_datums(facturen, "facturen", "factuurdatum")
    bedrag = facturen["bedrag"]
    if pd.api.types.is_bool_dtype(bedrag.dtype) or not pd.api.types.is_numeric_dtype(bedrag.dtype):
        raise ValueError(f"Kolom 'bedrag' in facturen moet getallen bevatten (type is {bedrag.dtype}).")
    leeg = facturen["factuurdatum"].isna().to_numpy()
    if leeg.any():
        i = int(np.flatnonzero(leeg)[0])
        waar = f"factuurnummer {facturen['factuurnummer'].iloc[i]!r}" if "factuurnummer" in facturen.columns else f"rij {i}"
        raise ValueError(f"Kolom 'factuurdatum' in facturen is leeg in {int(leeg.sum())} rij(en), bijvoorbeeld "
                         f"{waar}; zonder datum weten we niet wanneer er gekocht is.")


def _controleer_contracten(contracten) -> None:
    _eis_tabel(contracten, "contracten")
    _eis_kolommen(contracten, "contracten", ["vestigingsnummer", "ingangsdatum", "einddatum"])
    _eis_datums(contracten, "contracten", "ingangsdatum")
    _eis_datums(contracten, "contracten", "einddatum")
    leeg = contracten["ingangsdatum"].isna().to_numpy()
    if leeg.any():
        i = int(np.flatnonzero(leeg)[0])
        waar = (f"contractnummer {contracten['contractnummer'].iloc[i]!r}" if "contractnummer" in contracten.columns
                else f"rij {i}")
        raise ValueError(f"Kolom 'ingangsdatum' in contracten is leeg ({waar}); elk contract heeft een ingangsdatum.")


def _cyclus(facturen, bedrijven, niveau, contracten, leads, volg_overnames, drempel) -> _Cyclus:
    return _Cyclus(facturen, bedrijven=bedrijven, niveau=niveau, contracten=contracten, leads=leads,
                   volg_overnames=volg_overnames, drempel=drempel)


def _jaar(waarde, naam: str) -> int:
    if isinstance(waarde, (bool, np.bool_)) or not isinstance(waarde, (int, np.integer)):
        raise ValueError(f"{naam} moet een jaartal zijn, zoals 2025, niet {waarde!r}.")
    return int(waarde)


# --------------------------------------------------------------------------
# Publieke functies
# --------------------------------------------------------------------------


def klantfasen(facturen: pd.DataFrame, peildatum=None, *, bedrijven: pd.DataFrame, niveau: str = "bedrijf",
               ex_na_maanden: int = 24, nieuw_maanden: int = 12, contracten: pd.DataFrame | None = None,
               leads: pd.DataFrame | None = None, volg_overnames: bool = True,
               drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """In welke fase van de klantrelatiecyclus staat elk bedrijf op de peildatum?

    Eén rij per entiteit op ``niveau`` (``"vestiging"``, ``"bedrijf"`` of
    ``"concern"``, zoals in hoofdstuk 01) die op de peildatum bekend is.
    De definities van de fasen staan bovenaan deze module (en in de les).

    - ``peildatum``: de dag waarop je kijkt; standaard het einde van de maand
      van de laatste factuur. Het venster van ``ex_na_maanden`` (en van
      ``nieuw_maanden``) moet binnen de data vallen.
    - ``ex_na_maanden``: hoeveel maanden zonder netto aankoop iemand nog klant
      blijft (standaard 24).
    - ``nieuw_maanden``: hoe lang een klant na het begin van de relatie
      "nieuw" heet (standaard 12).
    - ``contracten``: met deze tabel telt een contract dat op de peildatum
      loopt als klant, ook zonder factuur.
    - ``leads``: met deze tabel tellen ook organisaties met een lead (die op
      de peildatum al bestond) als potentiële klant, ook als ze niet in
      ``bedrijven`` staan.
    - ``volg_overnames``: ``True`` telt een overgenomen bedrijf en zijn
      opvolger als één klant.

    Kolommen: ``klant`` (de sleutel), ``naam``, ``fase`` (categorie:
    potentieel, nieuw, loyaal, ex-klant), ``eerste_aankoop`` en
    ``laatste_aankoop`` (tot en met de peildatum; leeg als er geen is),
    ``begin_relatie`` (begin van de huidige of laatste relatie),
    ``netto_omzet_venster`` (netto omzet in het venster van
    ``ex_na_maanden``), ``teruggewonnen`` (True: de huidige relatie is niet
    de eerste) en met ``contracten`` ook ``lopend_contract``. Gesorteerd op
    fase en sleutel.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002", "000000000003", "000000000004"],
    ...                   "kvk_nummer": ["11111111", "22222222", "33333333", "44444444"],
    ...                   "concern_kvk": ["11111111", "22222222", "33333333", "44444444"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V.", "De Boer B.V.", "Bakker B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-06-10", "2025-11-01", "2023-02-01", "2025-12-15"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000001", "000000000002", "000000000004"],
    ...                   "soort": ["factuur"] * 4, "bedrag": [100.0, 200.0, 50.0, 75.0]})
    >>> klantfasen(f, "2025-12-31", bedrijven=b)[["naam", "fase", "eerste_aankoop"]]
               naam        fase eerste_aankoop
    0   Jansen B.V.      loyaal     2024-06-10
    1     Smit B.V.    ex-klant     2023-02-01
    2  De Boer B.V.  potentieel            NaT
    3   Bakker B.V.       nieuw     2025-12-15
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    n = _eis_maanden(nieuw_maanden, "nieuw_maanden")
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, leads, volg_overnames, drempel)
    peil = cyclus.controleer_peildatum(peildatum, max(m, n))
    return cyclus.tabel(peil, m, n)


def _jaren_lijst(jaren, cyclus: _Cyclus, maanden: int, naam: str = "jaren") -> list[int]:
    if jaren is None:
        eerste = (cyclus.data_begin + pd.DateOffset(months=maanden) - pd.Timedelta(days=1)).year
        if not _is_jaareinde(cyclus.data_begin + pd.DateOffset(months=maanden) - pd.Timedelta(days=1)):
            eerste += 1
        laatste = cyclus.data_eind.year if _is_jaareinde(cyclus.data_eind) else cyclus.data_eind.year - 1
        return list(range(eerste, laatste + 1))
    if isinstance(jaren, (int, np.integer)) and not isinstance(jaren, (bool, np.bool_)):
        return [int(jaren)]
    if isinstance(jaren, (str, bytes)) or not hasattr(jaren, "__iter__"):
        raise ValueError(f"{naam} moet een lijst met jaartallen zijn, zoals [2024, 2025], niet {jaren!r}.")
    lijst = [_jaar(j, naam) for j in jaren]
    if not lijst:
        raise ValueError(f"{naam} is leeg; geef minstens één jaartal, zoals [2024, 2025].")
    if sorted(set(lijst)) != lijst:
        raise ValueError(f"{naam} moet oplopende jaartallen zonder dubbele bevatten, niet {lijst!r}.")
    return lijst


def fase_overgangen(facturen: pd.DataFrame, jaren, *, bedrijven: pd.DataFrame, niveau: str = "bedrijf",
                    ex_na_maanden: int = 24, nieuw_maanden: int = 12, contracten: pd.DataFrame | None = None,
                    leads: pd.DataFrame | None = None, volg_overnames: bool = True,
                    drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Van welke fase naar welke fase? Aantallen tussen het einde van twee jaren.

    ``jaren`` is één jaar *t* (dan: eind *t* → eind *t* + 1) of twee jaren
    ``(t, u)``. Rijen: de fase op 31-12 van *t*; kolommen: de fase op 31-12
    van *u*. Elke rij telt op tot het aantal in die fase aan het eind van *t*;
    elke kolom tot het aantal aan het eind van *u*.

    Een paar vakken hebben een eigen naam: ex-klant → nieuw is een
    **terugwinst** (de relatie begint opnieuw), potentieel → nieuw een
    gewonnen klant, nieuw/loyaal → ex-klant een verloren klant. Was een
    organisatie aan het eind van *t* nog niet bekend (een lead die later
    binnenkwam), dan staat hij in de extra rij ``"nog onbekend"``; die rij is
    er alleen als hij niet leeg is.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"], "concern_kvk": ["11111111", "22222222"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-05-01", "2025-02-01", "2025-12-01", "2023-06-01"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000001", "000000000001", "000000000002"],
    ...                   "bedrag": [100.0, 80.0, 80.0, 60.0]})
    >>> fase_overgangen(f, 2024, bedrijven=b, ex_na_maanden=12)
    fase eind 2025  potentieel  nieuw  loyaal  ex-klant
    fase eind 2024                                     
    potentieel               0      0       0         0
    nieuw                    0      0       1         0
    loyaal                   0      0       0         0
    ex-klant                 0      0       0         1
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    n = _eis_maanden(nieuw_maanden, "nieuw_maanden")
    if isinstance(jaren, (int, np.integer)) and not isinstance(jaren, (bool, np.bool_)):
        paar = [int(jaren), int(jaren) + 1]
    else:
        if isinstance(jaren, (str, bytes)) or not hasattr(jaren, "__iter__"):
            raise ValueError(f"jaren moet een jaartal zijn (zoals 2024) of twee jaartallen (zoals (2024, 2025)), "
                             f"niet {jaren!r}.")
        paar = [_jaar(j, "jaren") for j in jaren]
        if len(paar) != 2 or paar[0] >= paar[1]:
            raise ValueError(f"jaren moet één jaartal zijn of twee oplopende jaartallen, zoals (2024, 2025), niet "
                             f"{jaren!r}.")
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, leads, volg_overnames, drempel)
    van = cyclus.controleer_peildatum(pd.Timestamp(paar[0], 12, 31), max(m, n), "jaren")
    naar = cyclus.controleer_peildatum(pd.Timestamp(paar[1], 12, 31), max(m, n), "jaren")
    return cyclus.overgangen(van, naar, m, n)


def fasen_per_jaar(facturen: pd.DataFrame, jaren=None, *, bedrijven: pd.DataFrame, niveau: str = "bedrijf",
                   ex_na_maanden: int = 24, nieuw_maanden: int = 12, contracten: pd.DataFrame | None = None,
                   leads: pd.DataFrame | None = None, volg_overnames: bool = True,
                   drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Het aantal entiteiten per fase aan het eind van elk jaar.

    Zonder ``jaren`` alle jaren waarvan het venster binnen de data valt.
    Rijen: de jaren (index ``jaar``); kolommen: de vier fasen.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"], "concern_kvk": ["11111111", "22222222"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2023-01-10", "2023-11-01", "2024-05-01", "2025-02-01",
    ...                                                   "2025-12-01"]),
    ...                   "vestigingsnummer": ["000000000001"] * 5, "bedrag": [100.0, 80.0, 60.0, 90.0, 90.0]})
    >>> fasen_per_jaar(f, bedrijven=b, ex_na_maanden=12)
    fase  potentieel  nieuw  loyaal  ex-klant
    jaar                                     
    2023           1      1       0         0
    2024           1      0       1         0
    2025           1      0       1         0
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    n = _eis_maanden(nieuw_maanden, "nieuw_maanden")
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, leads, volg_overnames, drempel)
    lijst = _jaren_lijst(jaren, cyclus, max(m, n))
    rijen = {}
    for jaar in lijst:
        peil = cyclus.controleer_peildatum(pd.Timestamp(jaar, 12, 31), max(m, n), "jaren")
        rijen[jaar] = cyclus.aantallen(peil, m, n)
    uit = pd.DataFrame(rijen).T.astype("int64")
    uit.index.name = "jaar"
    uit.columns.name = "fase"
    return uit


def klantbehoud(facturen: pd.DataFrame, jaren=None, *, bedrijven: pd.DataFrame, niveau: str = "bedrijf",
                ex_na_maanden: int = 12, contracten: pd.DataFrame | None = None,
                leads: pd.DataFrame | None = None, volg_overnames: bool = True,
                drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Klantbehoud en klantverloop per jaar: hoeveel klanten hielden we, verloren en wonnen we?

    Per jaar *t* vergelijken we de klanten aan het eind van *t* − 1 met die
    aan het eind van *t*. Standaard is ``ex_na_maanden`` hier **12**: klant is
    wie in dat jaar netto kocht. (Met 24 maanden blijft iedereen die in
    *t* − 1 kocht aan het eind van *t* vanzelf klant, en meet je een jaar te
    laat.)

    Kolommen: ``klanten_begin`` (klanten eind *t* − 1), ``behouden`` (ook eind
    *t* klant), ``verloren`` (eind *t* ex-klant), ``gewonnen`` (nieuw: was
    potentieel of nog onbekend), ``teruggewonnen`` (was ex-klant),
    ``klanten_eind``, ``behoud`` (behouden / klanten_begin) en ``verloop``
    (verloren / klanten_begin, in het Engels *churn rate*). Zonder ``jaren``:
    alle jaren waarvoor dat kan.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002", "000000000003"],
    ...                   "kvk_nummer": ["11111111", "22222222", "33333333"],
    ...                   "concern_kvk": ["11111111", "22222222", "33333333"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V.", "De Boer B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-01-05", "2025-03-01", "2024-05-01", "2025-12-01"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000001", "000000000002", "000000000003"],
    ...                   "bedrag": [100.0, 100.0, 50.0, 70.0]})
    >>> klantbehoud(f, [2025], bedrijven=b)[["klanten_begin", "behouden", "verloren", "gewonnen", "verloop"]]
          klanten_begin  behouden  verloren  gewonnen  verloop
    jaar                                                      
    2025              2         1         1         1      0.5
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, leads, volg_overnames, drempel)
    if jaren is None:
        lijst = _jaren_lijst(None, cyclus, m)[1:]
    else:
        lijst = _jaren_lijst(jaren, cyclus, m)
    rijen = []
    for jaar in lijst:
        van = cyclus.controleer_peildatum(pd.Timestamp(jaar - 1, 12, 31), m, "jaren")
        naar = cyclus.controleer_peildatum(pd.Timestamp(jaar, 12, 31), m, "jaren")
        a = cyclus.fasecodes(van, m, 12)
        b_ = cyclus.fasecodes(naar, m, 12)
        klant_a = (a == _NIEUW) | (a == _LOYAAL)
        klant_b = (b_ == _NIEUW) | (b_ == _LOYAAL)
        begin = int(klant_a.sum())
        behouden = int((klant_a & klant_b).sum())
        rijen.append({
            "jaar": jaar, "klanten_begin": begin, "behouden": behouden,
            "verloren": int((klant_a & ~klant_b).sum()),
            "gewonnen": int((klant_b & ((a == _POTENTIEEL) | (a == _ONBEKEND))).sum()),
            "teruggewonnen": int((klant_b & (a == _EX)).sum()),
            "klanten_eind": int(klant_b.sum()),
        })
    uit = pd.DataFrame(rijen, columns=["jaar", "klanten_begin", "behouden", "verloren", "gewonnen", "teruggewonnen",
                                       "klanten_eind"]).set_index("jaar")
    uit = uit.astype("int64")
    begin = uit["klanten_begin"].replace(0, np.nan)
    uit["behoud"] = (uit["behouden"] / begin).astype("float64")
    uit["verloop"] = (uit["verloren"] / begin).astype("float64")
    return uit


def cohorten(facturen: pd.DataFrame, *, bedrijven: pd.DataFrame, niveau: str = "bedrijf", ex_na_maanden: int = 12,
             contracten: pd.DataFrame | None = None, volg_overnames: bool = True, waarde: str = "aandeel",
             drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Klantbehoud per cohort: welk deel is na 1, 2, 3 ... jaar nog klant?

    Een **cohort** is de groep die in hetzelfde jaar voor het eerst kocht
    (de eerste aankoop in de data; met ``contracten`` telt ook de ingang
    van een contract). Per cohort *c* en per *k* jaar later: het deel van
    het cohort dat aan het eind van jaar *c* + *k* klant is (netto gekocht in
    de ``ex_na_maanden`` maanden ervoor, standaard 12, of een lopend
    contract). Een teruggewonnen klant telt weer mee. Vakken na het einde van
    de data blijven leeg (NaN).

    ``waarde="aandeel"`` (standaard) geeft delen (0–1); ``waarde="aantal"``
    de aantallen, met de kolom ``0`` = de grootte van het cohort.

    Let op: in het cohort van het eerste jaar van de data zitten ook klanten
    die al langer kochten; wat daarvoor gebeurde, zien we niet.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002"],
    ...                   "kvk_nummer": ["11111111", "22222222"], "concern_kvk": ["11111111", "22222222"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2023-01-03", "2024-03-01", "2023-05-01", "2025-12-01"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000001", "000000000002", "000000000002"],
    ...                   "bedrag": [100.0, 100.0, 50.0, 50.0]})
    >>> cohorten(f, bedrijven=b)
    jaren later    1    2
    cohort               
    2023         0.5  0.5
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    _eis_keuze(waarde, "waarde", ("aandeel", "aantal"))
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, None, volg_overnames, drempel)
    eerste = cyclus.eerste_activiteit
    heeft = eerste < np.iinfo(np.int64).max
    jaar = np.full(cyclus.n, -1, dtype=np.int64)
    jaar[heeft] = eerste[heeft].astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    laatste_jaar = cyclus.data_eind.year if _is_jaareinde(cyclus.data_eind) else cyclus.data_eind.year - 1
    cohortjaren = sorted({int(j) for j in jaar[heeft] if j <= laatste_jaar - 1})
    max_k = laatste_jaar - cohortjaren[0] if cohortjaren else 0
    klant_per_jaar = {}
    for j in range(cohortjaren[0] + 1 if cohortjaren else 0, laatste_jaar + 1):
        peil = pd.Timestamp(j, 12, 31)
        begin = _begin_venster(peil, m)
        if begin < cyclus.data_begin:
            raise ValueError(f"ex_na_maanden={m} is te lang voor deze data: aan het eind van {j} kijk je terug tot "
                             f"{_datum_tekst(begin)}, vóór het begin van de data. Kies een korter venster.")
        fase = cyclus.fasecodes(peil, m, 12)
        klant_per_jaar[j] = (fase == _NIEUW) | (fase == _LOYAAL)
    rijen = {}
    for c in cohortjaren:
        lid = jaar == c
        rij = {0: int(lid.sum())} if waarde == "aantal" else {}
        for k in range(1, max_k + 1):
            if c + k <= laatste_jaar:
                aantal = int((lid & klant_per_jaar[c + k]).sum())
                rij[k] = aantal if waarde == "aantal" else aantal / int(lid.sum())
            else:
                rij[k] = np.nan
        rijen[c] = rij
    uit = pd.DataFrame.from_dict(rijen, orient="index")
    if waarde == "aantal":
        uit = uit.astype("Int64") if uit.isna().any().any() else uit.astype("int64")
    else:
        uit = uit.astype("float64")
    uit.index.name = "cohort"
    uit.columns.name = "jaren later"
    return uit


def _codes_per_kvk(cyclus: _Cyclus, bedrijven: pd.DataFrame) -> dict:
    """KvK-nummer -> entiteitcodes op het niveau van ``cyclus`` (voor opzeggingen)."""
    register = cyclus._register
    kvk = _tekst(bedrijven["kvk_nummer"])
    labels = register.labels[cyclus.niveau]
    index = {s: i for i, s in enumerate(cyclus.entiteiten.sleutels)}
    uit: dict = {}
    for rij, k in enumerate(kvk):
        sleutel = labels[register.codes[cyclus.niveau][rij]]
        uit.setdefault(k, set()).add(index[sleutel])
    return uit


def _controleer_opzeggingen(opzeggingen) -> None:
    _eis_tabel(opzeggingen, "opzeggingen")
    _eis_kolommen(opzeggingen, "opzeggingen", ["datum", "door", "reden"])
    _eis_datums(opzeggingen, "opzeggingen", "datum")
    for kolom in ("datum", "door", "reden"):
        leeg = opzeggingen[kolom].isna().to_numpy()
        if leeg.any():
            i = int(np.flatnonzero(leeg)[0])
            waar = (f"opzegging_id {opzeggingen['opzegging_id'].iloc[i]!r}" if "opzegging_id" in opzeggingen.columns
                    else f"rij {i}")
            raise ValueError(f"Kolom '{kolom}' in opzeggingen is leeg ({waar}).")
    door = _tekst(opzeggingen["door"])
    fout = [i for i, d in enumerate(door) if d not in DOOR]
    if fout:
        i = fout[0]
        waar = (f"opzegging_id {opzeggingen['opzegging_id'].iloc[i]!r}" if "opzegging_id" in opzeggingen.columns
                else f"rij {i}")
        raise ValueError(f"Kolom 'door' in opzeggingen bevat {door[i]!r} ({waar}); toegestaan zijn 'klant' en "
                         "'leverancier'.")


def vertrekredenen(opzeggingen: pd.DataFrame, *, per=None, jaren=None) -> pd.DataFrame:
    """Wie beëindigde de relatie (klant of leverancier) en waarom? Aantallen per groep.

    ``per`` is ``None``, ``"jaar"``, ``"business_unit"`` of een lijst van die
    twee: dan krijg je de aantallen per jaar (van ``datum``) en/of per
    business unit. ``jaren``: alleen deze jaren (een jaartal of een lijst).

    Een lange tabel met kolommen: de groepen van ``per``, ``door``,
    ``reden``, ``aantal`` en ``aandeel`` (deel van alle opzeggingen in de
    groep). Gesorteerd op groep en van veel naar weinig.

    Let op: alleen wie opzegde, staat in ``opzeggingen``. Een klant die stil
    wegblijft, zie je hier niet (zie :func:`verloren_klanten`).

    >>> o = pd.DataFrame({"datum": pd.to_datetime(["2024-02-01", "2024-06-01", "2025-01-05"]),
    ...                   "door": ["klant", "leverancier", "klant"],
    ...                   "reden": ["prijs", "betaalachterstand", "prijs"]})
    >>> vertrekredenen(o)
              door              reden  aantal   aandeel
    0        klant              prijs       2  0.666667
    1  leverancier  betaalachterstand       1  0.333333
    """
    _controleer_opzeggingen(opzeggingen)
    if per is None:
        groepen: list[str] = []
    elif isinstance(per, str):
        groepen = [per]
    else:
        try:
            groepen = list(per)
        except TypeError:
            raise ValueError(f"per moet None, 'jaar', 'business_unit' of een lijst daarvan zijn, niet {per!r}.") from None
    for g in groepen:
        _eis_keuze(g, "per", ("jaar", "business_unit"))
    tabel = pd.DataFrame({
        "jaar": opzeggingen["datum"].dt.year.astype("int64"),
        "door": opzeggingen["door"].astype(TEKST),
        "reden": opzeggingen["reden"].astype(TEKST),
    })
    if "business_unit" in groepen:
        _eis_kolommen(opzeggingen, "opzeggingen", ["business_unit"], " (nodig voor per='business_unit')")
        tabel["business_unit"] = opzeggingen["business_unit"].astype(TEKST).fillna("(onbekend)")
    if jaren is not None:
        lijst = [_jaar(jaren, "jaren")] if isinstance(jaren, (int, np.integer)) else [_jaar(j, "jaren") for j in jaren]
        tabel = tabel[tabel["jaar"].isin(lijst)]
    sleutel = groepen + ["door", "reden"]
    uit = tabel.groupby(sleutel, sort=False).size().rename("aantal").reset_index()
    if groepen:
        totaal = uit.groupby(groepen)["aantal"].transform("sum")
    else:
        totaal = uit["aantal"].sum()
    uit["aantal"] = uit["aantal"].astype("int64")
    uit["aandeel"] = (uit["aantal"] / totaal).astype("float64")
    uit = uit.sort_values(groepen + ["aantal", "door", "reden"], ascending=[True] * len(groepen) + [False, True, True],
                          kind="stable").reset_index(drop=True)
    return uit


def verloren_klanten(facturen: pd.DataFrame, jaar: int, *, bedrijven: pd.DataFrame,
                     opzeggingen: pd.DataFrame | None = None, niveau: str = "bedrijf", ex_na_maanden: int = 12,
                     contracten: pd.DataFrame | None = None, volg_overnames: bool = True,
                     drempel: float = STANDAARD_DREMPEL) -> pd.DataFrame:
    """Welke klanten verloren we in ``jaar``, en weten we waarom?

    Verloren = klant aan het eind van ``jaar`` − 1 en ex-klant aan het eind
    van ``jaar`` (standaard met een venster van 12 maanden, zoals
    :func:`klantbehoud`). Met ``opzeggingen`` zoeken we per verloren klant
    de laatste opzegging tot en met het eind van ``jaar`` erbij.

    Kolommen: ``klant``, ``naam``, ``laatste_aankoop``, en met opzeggingen
    ``opzegdatum``, ``door`` en ``reden``; zonder opzegging staat bij
    ``door`` ``"onbekend"`` en bij ``reden`` ``"stil vertrokken"``: de klant
    bleef weg zonder iets te zeggen.

    >>> b = pd.DataFrame({"vestigingsnummer": ["000000000001", "000000000002", "000000000003"],
    ...                   "kvk_nummer": ["11111111", "22222222", "33333333"],
    ...                   "concern_kvk": ["11111111", "22222222", "33333333"],
    ...                   "bedrijfsnaam": ["Jansen B.V.", "Smit B.V.", "De Boer B.V."]})
    >>> f = pd.DataFrame({"factuurdatum": pd.to_datetime(["2024-01-08", "2024-05-01", "2025-12-01"]),
    ...                   "vestigingsnummer": ["000000000001", "000000000002", "000000000003"],
    ...                   "bedrag": [100.0, 50.0, 80.0]})
    >>> o = pd.DataFrame({"kvk_nummer": ["11111111"], "datum": pd.to_datetime(["2024-06-01"]),
    ...                   "door": ["klant"], "reden": ["prijs"]})
    >>> verloren_klanten(f, 2025, bedrijven=b, opzeggingen=o)[["naam", "door", "reden"]]
              naam      door            reden
    0  Jansen B.V.     klant            prijs
    1    Smit B.V.  onbekend  stil vertrokken
    """
    m = _eis_maanden(ex_na_maanden, "ex_na_maanden")
    jaar = _jaar(jaar, "jaar")
    cyclus = _cyclus(facturen, bedrijven, niveau, contracten, None, volg_overnames, drempel)
    van = cyclus.controleer_peildatum(pd.Timestamp(jaar - 1, 12, 31), m, "jaar")
    naar = cyclus.controleer_peildatum(pd.Timestamp(jaar, 12, 31), m, "jaar")
    a = cyclus.fasen(van, m, 12)
    b_ = cyclus.fasen(naar, m, 12)
    klant_a = (a["fase"] == _NIEUW) | (a["fase"] == _LOYAAL)
    rijen = np.flatnonzero(klant_a & (b_["fase"] == _EX))
    laatste = b_["laatste"][rijen]
    geen = laatste == np.iinfo(np.int64).min
    laatste_datum = np.where(geen, 0, laatste).astype("datetime64[D]").astype("datetime64[ns]")
    laatste_datum[geen] = np.datetime64("NaT")
    uit = pd.DataFrame({
        "klant": pd.Series(np.asarray(cyclus.entiteiten.sleutels, dtype=object)[rijen], dtype=TEKST),
        "naam": pd.Series(np.asarray(cyclus.entiteiten.namen, dtype=object)[rijen], dtype=TEKST),
        "laatste_aankoop": pd.Series(laatste_datum, dtype="datetime64[ns]"),
    })
    if opzeggingen is not None:
        _controleer_opzeggingen(opzeggingen)
        _eis_kolommen(opzeggingen, "opzeggingen", ["kvk_nummer"])
        per_kvk = _codes_per_kvk(cyclus, bedrijven)
        o = opzeggingen[opzeggingen["datum"] <= naar].sort_values("datum", kind="stable")
        laatste_opzegging: dict = {}
        for k, datum, door, reden in zip(_tekst(o["kvk_nummer"]), o["datum"], _tekst(o["door"]), _tekst(o["reden"])):
            for code in per_kvk.get(k, ()):
                laatste_opzegging[code] = (datum, door, reden)
        gevonden = [laatste_opzegging.get(int(r)) for r in rijen]
        uit["opzegdatum"] = pd.Series([g[0] if g else pd.NaT for g in gevonden], dtype="datetime64[ns]")
        uit["door"] = pd.Series([g[1] if g else "onbekend" for g in gevonden], dtype=TEKST)
        uit["reden"] = pd.Series([g[2] if g else "stil vertrokken" for g in gevonden], dtype=TEKST)
    uit = uit.sort_values(["laatste_aankoop", "klant"], kind="stable").reset_index(drop=True)
    uit.attrs.update(jaar=jaar, ex_na_maanden=m, niveau=niveau)
    return uit
