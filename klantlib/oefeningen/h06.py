"""Hoofdstuk 06: salesfunnel (conversie, slagingskans, targets en prognose).

Het werkboek ``solutions/06_salesfunnel_werkboek.ipynb`` hoort hierbij. Alle
referenties rekenen met de actieve dataset (``laad("leads")``), dus ook met
een persoonlijke dataset (``seed=``).
"""

from __future__ import annotations

import math

from klantlib.data import laad
from klantlib.funnel import benodigd, doorlooptijd, funnel, funnel_uit_leads, pijplijn_prognose
from klantlib.oefeningen.kern import Fout, Functie, Meerkeuze, Open, Waarde

#: De funnel van oefening 6.1 (eigen getallen, geen data).
VOORBEELD_61 = {"gebeld": 600, "prospect": 90, "offerte": 27, "klant": 9}
PEILDATUM_69 = "2025-09-30"


def _slagingskansen_61() -> list[float]:
    return funnel(VOORBEELD_61)["slagingskans"].tolist()


def _conversie_offerte() -> float:
    return float(funnel_uit_leads(laad("leads")).loc["offerte", "conversie"])


def _benodigde_offertes_rond(klanten, kans) -> int:
    return round(klanten / kans)


def _benodigde_offertes_omlaag(klanten, kans) -> int:
    return int(klanten / kans)


def _benodigde_offertes(klanten, kans) -> int:
    return int(benodigd(klanten, [kans]).iloc[0])


def _leads_nodig() -> int:
    conversies = funnel_uit_leads(laad("leads"), alleen_afgesloten=True)["conversie"].iloc[:3].tolist()
    return int(benodigd(15, conversies).iloc[0])


def _beste_verkoper() -> str:
    per = funnel_uit_leads(laad("leads"), per="verkoper")
    return str(per.xs("offerte", level="fase")["conversie"].idxmax())


def _gewonnen():
    leads = laad("leads")
    return leads[leads["gewonnen_op"].notna()]


def _marge_per_lead():
    leads = laad("leads")
    return _gewonnen().groupby("bron")["bruto_marge"].sum() / leads.groupby("bron").size()


def _traagste_stap_dagen() -> float:
    return float(doorlooptijd(laad("leads"))["mediaan"].max())


def _prognose(peildatum: str = PEILDATUM_69, max_dagen: int | None = 90):
    return pijplijn_prognose(laad("leads"), peildatum, max_dagen_in_fase=max_dagen)


def _prognose_marge() -> float:
    return float(_prognose()["verwachte_bruto_marge"].sum())


def _per_verkoper_offerte():
    return funnel_uit_leads(laad("leads"), per="verkoper").xs("offerte", level="fase")


def _conversies_61() -> list[float]:
    return funnel(VOORBEELD_61)["conversie"].tolist()[:3] + [1.0]


def _leads_nodig_alles() -> int:
    conversies = funnel_uit_leads(laad("leads"))["conversie"].iloc[:3].tolist()
    return int(benodigd(15, conversies).iloc[0])


def _leads_nodig_een_keer_afronden() -> int:
    conversies = funnel_uit_leads(laad("leads"), alleen_afgesloten=True)["conversie"].iloc[:3].tolist()
    return math.ceil(15 / (conversies[0] * conversies[1] * conversies[2]))


def _marge_per_bron(deler: str):
    leads = laad("leads")
    gewonnen = leads[leads["gewonnen_op"].notna()]
    noemer = leads.groupby("bron").size() if deler == "alle" else gewonnen.groupby("bron").size()
    return gewonnen.groupby("bron")["bruto_marge"].sum() / noemer


#: Oefening 6.12: een eenvoudige OTE-regeling (verzonnen getallen).
OTE_612 = {"vast": 45000, "variabel": 15000, "gehaald": 0.8}


def _ote_inkomen() -> float:
    return OTE_612["vast"] + OTE_612["gehaald"] * OTE_612["variabel"]


def _lijkt_op_conversies(antwoord) -> bool:
    """Herken bij 6.1 de conversies (naar de volgende fase) in plaats van de slagingskansen."""
    try:
        waarden = [float(x) for x in list(antwoord)[:3]]
    except (TypeError, ValueError):
        return False
    return len(waarden) == 3 and all(abs(a - c) < 0.0015 for a, c in zip(waarden, _conversies_61()[:3]))


OEFENINGEN = [
    Waarde(
        id="6.1",
        variabele="slagingskansen",
        vraag=(
            "Een verkoper belde 600 organisaties. Daar kwamen 90 prospects uit, hij bracht 27 offertes uit "
            "en won 9 klanten. Maak een lijst `slagingskansen` met per fase (gebeld, prospect, offerte, "
            "klant, in die volgorde) het deel dat uiteindelijk klant werd. Geef delen (zoals 0.5), op drie "
            "decimalen nauwkeurig."
        ),
        referentie=_slagingskansen_61,
        decimalen=3,
        eenheid="deel",
        hints=[
            "De slagingskans van een fase is: aantal klanten / aantal in die fase (les 06, 'Conversie en "
            "slagingskans').",
            "Voor gebeld: 9 / 600. De laatste fase (klant) heeft kans 1.",
            "Of laat `funnel({...})` het werk doen en neem de kolom `slagingskans` met `.tolist()`.",
        ],
        oplossing=(
            'slagingskansen = funnel({"gebeld": 600, "prospect": 90, "offerte": 27, "klant": 9})'
            '["slagingskans"].tolist()'
        ),
        fouten=[
            Fout("Dit zijn de conversies: het deel dat de vólgende fase haalt. Gevraagd is de slagingskans: het "
                 "deel dat uiteindelijk klant wordt, dus 9 gedeeld door het aantal in die fase.",
                 herken=_lijkt_op_conversies),
        ],
    ),
    Waarde(
        id="6.2",
        variabele="conversie_offerte",
        vraag=(
            "Welk deel van de offertes van Vermeer Werkplek werd een order? Gebruik de hele tabel `leads` "
            "(alle leads, ook die nog lopen) en geef een deel, zoals 0.5, op drie decimalen nauwkeurig."
        ),
        referentie=_conversie_offerte,
        decimalen=3,
        eenheid="deel",
        hints=[
            "Een lead heeft een offerte gehad als `offerte_op` gevuld is; gewonnen als `gewonnen_op` gevuld is.",
            "Tel met `.notna().sum()` en deel de twee aantallen door elkaar.",
            "Of: `funnel_uit_leads(leads).loc[\"offerte\", \"conversie\"]`.",
        ],
        oplossing='conversie_offerte = funnel_uit_leads(leads).loc["offerte", "conversie"]',
        fouten=[
            Fout("Je gebruikte alleen de afgesloten leads. De vraag wil alle leads, ook die nog lopen: "
                 "`funnel_uit_leads(leads)` zonder `alleen_afgesloten`.",
                 waarde=lambda: float(funnel_uit_leads(laad("leads"), alleen_afgesloten=True)
                                      .loc["offerte", "conversie"])),
            Fout("Je deelde andersom. Deel het aantal gewonnen leads door het aantal offertes.",
                 waarde=lambda: 1 / _conversie_offerte()),
            Fout("Dit is de conversie van prospect naar offerte. Gevraagd is die van offerte naar order.",
                 waarde=lambda: float(funnel_uit_leads(laad("leads")).loc["prospect", "conversie"])),
        ],
    ),
    Functie(
        id="6.3",
        functie="benodigde_offertes",
        vraag=(
            "Schrijf een functie `benodigde_offertes(klanten, kans)`: hoeveel offertes moet je uitbrengen "
            "om `klanten` klanten te halen als een offerte met kans `kans` slaagt? Rond naar boven af met "
            "`math.ceil(...)` (dat staat al klaar: `import math` in de eerste cel)."
        ),
        gevallen=[(10, 0.5), (10, 0.3), (3, 0.4), (1, 1.0), (12, 0.25), (5, 0.6)],
        referentie=_benodigde_offertes,
        hints=[
            "Reken terug: klanten gedeeld door de kans.",
            "Een halve offerte bestaat niet, en met naar beneden afronden haal je het doel niet.",
            "`math.ceil(x)` rondt naar boven af: `return math.ceil(klanten / kans)`.",
        ],
        oplossing=(
            "def benodigde_offertes(klanten, kans):\n"
            "    return math.ceil(klanten / kans)"
        ),
        fouten=[
            Fout("`round` rondt af naar het dichtstbijzijnde getal. Met 33 offertes haal je 10 klanten bij 30 % net "
                 "niet: rond naar boven af met `math.ceil`.", functie=_benodigde_offertes_rond),
            Fout("`int(...)` rondt naar beneden af. Dan haal je het doel niet: rond naar boven af met "
                 "`math.ceil`.", functie=_benodigde_offertes_omlaag),
            Fout("Je rondt niet af. Een halve offerte bestaat niet: rond naar boven af met `math.ceil`.",
                 functie=lambda klanten, kans: klanten / kans),
            Fout("Je vermenigvuldigt. Terugrekenen is delen: klanten gedeeld door de kans.",
                 functie=lambda klanten, kans: math.ceil(klanten * kans)),
        ],
    ),
    Waarde(
        id="6.4",
        variabele="leads_nodig",
        vraag=(
            "Een nieuwe verkoper moet 15 klanten halen. Gebruik de conversies van Vermeer uit de "
            "afgesloten leads (`funnel_uit_leads(leads, alleen_afgesloten=True)`). Hoeveel leads heeft hij "
            "nodig? Rond bij elke fase naar boven af. Geef een geheel getal."
        ),
        referentie=_leads_nodig,
        decimalen=0,
        eenheid="aantal",
        hints=[
            "De conversies staan in de kolom `conversie`; de laatste rij (klant) is leeg. Neem de eerste drie "
            "met `.iloc[:3]`: `.iloc[:3]` kiest de eerste drie rijen (op positie).",
            "`benodigd(doel, conversies)` rekent terug en rondt bij elke fase naar boven af (les 06, "
            "'Terugrekenen vanaf een doel').",
            "Het antwoord is het bovenste getal van de uitkomst (de fase lead): `.iloc[0]`.",
        ],
        oplossing=(
            'conversies = funnel_uit_leads(leads, alleen_afgesloten=True)["conversie"].iloc[:3]\n'
            "leads_nodig = benodigd(15, conversies).iloc[0]"
        ),
        fouten=[
            Fout("Je gebruikte de conversies van alle leads. De vraag wil die van de afgesloten leads: "
                 "`alleen_afgesloten=True`.", waarde=_leads_nodig_alles),
            Fout("Je rondde pas aan het eind af. Rond bij elke fase naar boven af; `benodigd` doet dat voor je.",
                 waarde=_leads_nodig_een_keer_afronden),
            Fout("Dit is het doel zelf (de onderste rij). Het aantal leads staat bovenaan: `.iloc[0]`.",
                 waarde=lambda: 15),
        ],
    ),
    Waarde(
        id="6.5",
        variabele="beste_verkoper",
        vraag=(
            "Welke verkoper zet het grootste deel van zijn offertes om in een order (de beste quote-to-win)? "
            "Geef de naam als tekst."
        ),
        referentie=_beste_verkoper,
        hints=[
            "`funnel_uit_leads(leads, per=\"verkoper\")` geeft per verkoper een funnel.",
            "Kies de fase offerte met `.xs(\"offerte\", level=\"fase\")`; de kolom `conversie` is dan de "
            "quote-to-win. (`.xs` kiest alle rijen met dezelfde fase.)",
            "`.idxmax()` geeft de naam bij de hoogste waarde.",
        ],
        oplossing=(
            'per_verkoper = funnel_uit_leads(leads, per="verkoper")\n'
            'beste_verkoper = per_verkoper.xs("offerte", level="fase")["conversie"].idxmax()'
        ),
        fouten=[
            Fout("Dit is de verkoper met de láágste quote-to-win. Gebruik `.idxmax()`.",
                 waarde=lambda: str(_per_verkoper_offerte()["conversie"].idxmin())),
            Fout("Dit is de verkoper met de meeste offertes. Gevraagd is het grootste deel dat een order werd: "
                 "de kolom `conversie`.", waarde=lambda: str(_per_verkoper_offerte()["aantal"].idxmax())),
            Fout("Dit is de verkoper met de beste conversie van lead naar prospect. Gevraagd is die van offerte "
                 "naar order.", waarde=lambda: str(funnel_uit_leads(laad("leads"), per="verkoper")
                                                  .xs("lead", level="fase")["conversie"].idxmax())),
        ],
    ),
    Waarde(
        id="6.6",
        variabele="marge_per_lead",
        vraag=(
            "Welke leadbron levert de meeste gewonnen bruto marge op per lead? Maak eerst een Series "
            "`marge_per_lead` met de bron als index: de bruto marge van de gewonnen leads uit die bron, gedeeld "
            "door het aantal leads uit die bron. De volgorde maakt niet uit; op hele euro's nauwkeurig is goed."
        ),
        referentie=_marge_per_lead,
        decimalen=0,
        eenheid="euro",
        volgorde=False,
        hints=[
            "Gewonnen leads hebben een datum in `gewonnen_op`: `leads[leads[\"gewonnen_op\"].notna()]`.",
            "Tel per bron de bruto marge van de gewonnen leads op, en tel per bron alle leads met "
            "`leads.groupby(\"bron\").size()`.",
            "Deel de twee Series door elkaar: pandas deelt per bron.",
        ],
        oplossing=(
            'gewonnen = leads[leads["gewonnen_op"].notna()]\n'
            'marge_per_lead = gewonnen.groupby("bron")["bruto_marge"].sum() / leads.groupby("bron").size()'
        ),
        fouten=[
            Fout("Je nam de totale gewonnen marge per bron. Deel die nog door het aantal leads uit die bron.",
                 waarde=lambda: _gewonnen().groupby("bron")["bruto_marge"].sum()),
            Fout("Je deelde door het aantal gewonnen leads (de marge per order). Deel door álle leads uit die "
                 "bron: `leads.groupby(\"bron\").size()`.", waarde=lambda: _marge_per_bron("gewonnen")),
            Fout("Je deelde de marge van álle leads (ook verloren en open) door het aantal leads. Tel alleen de "
                 "marge van de gewonnen leads.",
                 waarde=lambda: laad("leads").groupby("bron")["bruto_marge"].sum() / laad("leads").groupby("bron").size()),
        ],
    ),
    Waarde(
        id="6.7",
        variabele="traagste_stap_dagen",
        vraag=(
            "Welke stap in de funnel duurt het langst? Geef de mediaan doorlooptijd van die stap, in dagen, op "
            "één decimaal nauwkeurig."
        ),
        referentie=_traagste_stap_dagen,
        decimalen=1,
        eenheid="dagen",
        hints=[
            "`doorlooptijd(leads)` geeft per stap de mediaan in dagen.",
            "De traagste stap heeft de hoogste mediaan: `.max()` op de kolom `mediaan`.",
        ],
        oplossing='traagste_stap_dagen = doorlooptijd(leads)["mediaan"].max()',
        fouten=[
            Fout("Dit is de naam van de stap. Gevraagd is het aantal dagen: `.max()` in plaats van `.idxmax()`.",
                 herken=lambda a: isinstance(a, str) and "→" in a),
            Fout("Dit is de snelste stap. Gevraagd is de traagste: `.max()`.",
                 waarde=lambda: float(doorlooptijd(laad("leads"))["mediaan"].min())),
            Fout("Dit is het derde kwartiel. Gevraagd is de mediaan: de kolom `mediaan`.",
                 waarde=lambda: float(doorlooptijd(laad("leads"))["kwartiel_3"].max())),
        ],
    ),
    Meerkeuze(
        id="6.8",
        variabele="antwoord_6_8",
        vraag="Welke van deze targets is een inputtarget?",
        opties={
            "a": "Dit jaar 10 nieuwe klanten binnenhalen.",
            "b": "€ 20.000 bruto marge uit nieuwe klanten.",
            "c": "Dit kwartaal 20 offertes uitbrengen.",
            "d": "Een quote-to-win van minstens 50 %.",
        },
        juist="c",
        hints=[
            "Een inputtarget gaat over wat de verkoper doet, een outputtarget over het resultaat.",
            "Welk van de vier heeft de verkoper helemaal zelf in de hand?",
        ],
        uitleg=(
            "Offertes uitbrengen is een activiteit: een inputtarget. Klanten, marge en de quote-to-win zijn "
            "resultaten; daar beslist de klant mee over."
        ),
        waarom_niet={
            "a": "Nieuwe klanten zijn een resultaat: een outputtarget. De klant beslist mee.",
            "b": "Bruto marge is een resultaat: een outputtarget.",
            "d": "De quote-to-win hangt af van wat klanten tekenen: een resultaat, dus output.",
        },
    ),
    Waarde(
        id="6.9",
        variabele="prognose_marge",
        vraag=(
            "Het is 30 september 2025, het begin van het laatste kwartaal. Maak met `pijplijn_prognose` een "
            "gewogen prognose van de bruto marge die de open pijplijn nog oplevert. Tel leads die al meer "
            "dan 90 dagen in hun fase staan niet mee. Geef één bedrag in euro's; op hele euro's nauwkeurig is "
            "goed."
        ),
        referentie=_prognose_marge,
        decimalen=0,
        eenheid="euro",
        hints=[
            "`pijplijn_prognose(leads, \"2025-09-30\", max_dagen_in_fase=90)` geeft een tabel per fase.",
            "De kolom `verwachte_bruto_marge` is de marge maal de slagingskans van de fase.",
            "Tel de drie fasen op met `.sum()`.",
        ],
        oplossing=(
            'prognose = pijplijn_prognose(leads, "2025-09-30", max_dagen_in_fase=90)\n'
            'prognose_marge = prognose["verwachte_bruto_marge"].sum()'
        ),
        fouten=[
            Fout("Je telde ook de leads die al meer dan 90 dagen in hun fase staan. Geef "
                 "`max_dagen_in_fase=90` mee.",
                 waarde=lambda: float(_prognose(max_dagen=None)["verwachte_bruto_marge"].sum())),
            Fout("Je nam de marge van alle open leads zonder te wegen. Een gewogen prognose gebruikt "
                 "`verwachte_bruto_marge`: marge maal slagingskans.",
                 waarde=lambda: float(_prognose()["open_bruto_marge"].sum())),
            Fout("Je gebruikte de peildatum uit de les (30 juni). Deze vraag speelt op 30 september 2025: "
                 "`\"2025-09-30\"`.", waarde=lambda: float(_prognose("2025-06-30")["verwachte_bruto_marge"].sum())),
        ],
    ),
    Open(
        id="6.10",
        variabele="luie_campagne",
        vraag=(
            "Marketing wil goedkoop veel leads: een algemene advertentie in een vakblad en een gekocht "
            "bestand. Wat doet zo'n luie campagne met de eerste conversie (lead → prospect), en wat "
            "betekent dat voor het werk van de verkopers?"
        ),
        modelantwoord=(
            "Er komen veel leads bij, maar die organisaties kennen Vermeer nauwelijks en de campagne ging "
            "niet over hun eigen vragen. Daardoor wordt een kleiner deel prospect: de eerste conversie daalt "
            "(in de data doen gekochte bestanden het slechtst). Verkopers moeten dan meer bellen voor "
            "hetzelfde aantal afspraken, dus het inputtarget bovenin de funnel stijgt. Een campagne die "
            "ingaat op de problemen van de klant, zoals een seminar, levert minder maar betere leads op."
        ),
        hints=[
            "Les 06, 'Per leadbron': welke bron heeft de laagste conversie van lead naar prospect?",
            "Als minder leads prospect worden, hoeveel leads heeft een verkoper dan nodig voor dezelfde afspraken?",
        ],
        min_woorden=15,
        moet_noemen=[
            ("wat er met de conversie gebeurt", ["conversie", "prospect", "daalt", "lager", "minder", "kleiner"]),
            ("gevolg voor de verkopers", ["verkoper", "bellen", "belt", "werk", "tijd", "afspraken", "input",
                                          "contact"]),
        ],
    ),
    Meerkeuze(
        id="6.11",
        variabele="antwoord_6_11",
        vraag=("De salesmanager wil op de Balanced Scorecard bijhouden hoeveel dagen een offerte gemiddeld "
               "openstaat voordat de klant tekent. Bij welk perspectief hoort die KPI?"),
        opties={
            "a": "Financieel",
            "b": "Klant",
            "c": "Interne processen",
            "d": "Leren en groeien",
        },
        juist="c",
        hints=["Les 06, 'De Balanced Scorecard': welk perspectief gaat over de processen waarin je moet "
               "uitblinken?"],
        uitleg=("De doorlooptijd van offerte tot klant meet hoe goed het salesproces loopt: interne processen."),
        waarom_niet={
            "a": "Financieel gaat over geld voor de aandeelhouders, zoals de bruto marge.",
            "b": "Het klantperspectief gaat over hoe interessant je bent voor klanten, zoals het aantal nieuwe "
                 "klanten.",
            "d": "Leren en groeien gaat over de vaardigheden van de mensen en de kwaliteit van de systemen, zoals "
                 "trainingsuren per verkoper of de datakwaliteit van het CRM.",
        },
    ),
    Waarde(
        id="6.12",
        variabele="inkomen_ote",
        vraag=("Een verkoper heeft een OTE van € 60.000: € 45.000 vast en € 15.000 variabel. Hij haalt 80 % van "
               "zijn marge-target; het variabele deel groeit gewoon mee (een eenvoudige regeling). Hoeveel euro "
               "verdient hij dit jaar? Op hele euro's nauwkeurig."),
        referentie=_ote_inkomen,
        decimalen=0,
        eenheid="euro",
        hints=[
            "Alleen het variabele deel hangt af van de target.",
            "80 % van het variabele deel, plus het vaste deel.",
            "`inkomen_ote = 45000 + 0.8 * 15000`",
        ],
        oplossing="inkomen_ote = 45000 + 0.8 * 15000",
        fouten=[
            Fout("Je nam 80 % van het hele OTE. Het vaste deel krijgt hij altijd; alleen het variabele deel "
                 "hangt af van de target.", waarde=lambda: 0.8 * 60000),
            Fout("Dit is het OTE zelf: zo veel verdient hij bij precies 100 % van zijn target.",
                 waarde=lambda: 60000),
            Fout("Dit is alleen het variabele deel. Tel het vaste deel (€ 45.000) erbij op.",
                 waarde=lambda: 0.8 * 15000),
        ],
    ),
]
