"""Hoofdstuk 06: salesfunnel (conversie, slagingskans, targets en prognose).

Het werkboek ``solutions/06_salesfunnel_werkboek.ipynb`` hoort hierbij. Alle
referenties rekenen met de actieve dataset (``laad("leads")``), dus ook met
een persoonlijke dataset (``seed=``).
"""

from __future__ import annotations

from klantlib.data import laad
from klantlib.funnel import benodigd, doorlooptijd, funnel, funnel_uit_leads, pijplijn_prognose
from klantlib.oefeningen.kern import Functie, Meerkeuze, Open, Waarde

#: De funnel van oefening 6.1 (eigen getallen, geen data).
VOORBEELD_61 = {"gebeld": 600, "prospect": 90, "offerte": 27, "klant": 9}
PEILDATUM_69 = "2025-09-30"


def _slagingskansen_61() -> list[float]:
    return funnel(VOORBEELD_61)["slagingskans"].tolist()


def _conversie_offerte() -> float:
    return float(funnel_uit_leads(laad("leads")).loc["offerte", "conversie"])


def _benodigde_offertes(klanten, kans) -> int:
    return int(benodigd(klanten, [kans]).iloc[0])


def _leads_nodig() -> int:
    conversies = funnel_uit_leads(laad("leads"), alleen_afgesloten=True)["conversie"].iloc[:3].tolist()
    return int(benodigd(15, conversies).iloc[0])


def _beste_verkoper() -> str:
    per = funnel_uit_leads(laad("leads"), per="verkoper")
    return str(per.xs("offerte", level="fase")["conversie"].idxmax())


def _beste_bron() -> str:
    leads = laad("leads")
    gewonnen = leads[leads["gewonnen_op"].notna()]
    marge_per_lead = gewonnen.groupby("bron")["bruto_marge"].sum() / leads.groupby("bron").size()
    return str(marge_per_lead.fillna(0).idxmax())


def _traagste_stap_dagen() -> float:
    return float(doorlooptijd(laad("leads"))["mediaan"].max())


def _prognose_marge() -> float:
    p = pijplijn_prognose(laad("leads"), PEILDATUM_69, max_dagen_in_fase=90)
    return float(p["verwachte_bruto_marge"].sum())


OEFENINGEN = [
    Waarde(
        id="6.1",
        variabele="slagingskansen",
        vraag=(
            "Een verkoper belde 600 organisaties. Daar kwamen 90 prospects uit, hij bracht 27 offertes uit "
            "en won 9 klanten. Maak een lijst `slagingskansen` met per fase (gebeld, prospect, offerte, "
            "klant) het deel dat uiteindelijk klant werd."
        ),
        referentie=_slagingskansen_61,
        tolerantie=0.001,
        hints=[
            "De slagingskans van een fase is: aantal klanten / aantal in die fase.",
            "Voor gebeld: 9 / 600. De laatste fase (klant) heeft kans 1.",
            "Of laat `funnel({...})` het werk doen en neem de kolom `slagingskans` met `.tolist()`.",
        ],
        oplossing=(
            'slagingskansen = funnel({"gebeld": 600, "prospect": 90, "offerte": 27, "klant": 9})'
            '["slagingskans"].tolist()'
        ),
    ),
    Waarde(
        id="6.2",
        variabele="conversie_offerte",
        vraag=(
            "Welk deel van de offertes van Vermeer Werkplek werd een order? Gebruik de hele tabel `leads` "
            "(alle leads, ook die nog lopen) en geef een deel, zoals 0.5."
        ),
        referentie=_conversie_offerte,
        tolerantie=0.001,
        hints=[
            "Een lead heeft een offerte gehad als `offerte_op` gevuld is; gewonnen als `gewonnen_op` gevuld is.",
            "Tel met `.notna().sum()` en deel de twee aantallen door elkaar.",
            "Of: `funnel_uit_leads(leads).loc[\"offerte\", \"conversie\"]`.",
        ],
        oplossing='conversie_offerte = funnel_uit_leads(leads).loc["offerte", "conversie"]',
    ),
    Functie(
        id="6.3",
        functie="benodigde_offertes",
        vraag=(
            "Schrijf een functie `benodigde_offertes(klanten, kans)`: hoeveel offertes moet je uitbrengen "
            "om `klanten` klanten te halen als een offerte met kans `kans` slaagt? Rond naar boven af."
        ),
        gevallen=[(10, 0.5), (10, 0.3), (3, 0.4), (1, 1.0), (12, 0.25), (5, 0.6)],
        referentie=_benodigde_offertes,
        hints=[
            "Reken terug: klanten gedeeld door de kans.",
            "Een halve offerte bestaat niet, en met naar beneden afronden haal je het doel niet.",
            "`math.ceil(x)` rondt naar boven af (zet `import math` in je cel).",
        ],
        oplossing=(
            "import math\n\n"
            "def benodigde_offertes(klanten, kans):\n"
            "    return math.ceil(klanten / kans)"
        ),
    ),
    Waarde(
        id="6.4",
        variabele="leads_nodig",
        vraag=(
            "Een nieuwe verkoper moet 15 klanten halen. Gebruik de conversies van Vermeer uit de "
            "afgesloten leads (`funnel_uit_leads(leads, alleen_afgesloten=True)`). Hoeveel leads heeft hij "
            "nodig? Rond bij elke fase naar boven af."
        ),
        referentie=_leads_nodig,
        hints=[
            "De conversies staan in de kolom `conversie`; de laatste rij (klant) is leeg. Neem de eerste drie.",
            "`benodigd(doel, conversies)` rekent terug en rondt bij elke fase naar boven af.",
            "Het antwoord is het bovenste getal: `.iloc[0]`.",
        ],
        oplossing=(
            'conversies = funnel_uit_leads(leads, alleen_afgesloten=True)["conversie"].iloc[:3].tolist()\n'
            "leads_nodig = benodigd(15, conversies).iloc[0]"
        ),
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
            "Kies de fase offerte met `.xs(\"offerte\", level=\"fase\")`; de kolom `conversie` is dan de quote-to-win.",
            "`.idxmax()` geeft de naam bij de hoogste waarde.",
        ],
        oplossing=(
            'per_verkoper = funnel_uit_leads(leads, per="verkoper")\n'
            'beste_verkoper = per_verkoper.xs("offerte", level="fase")["conversie"].idxmax()'
        ),
    ),
    Waarde(
        id="6.6",
        variabele="beste_bron",
        vraag=(
            "Welke leadbron levert de meeste gewonnen bruto marge op per lead? Deel per bron de bruto marge "
            "van de gewonnen leads door het aantal leads uit die bron. Geef de naam van de bron."
        ),
        referentie=_beste_bron,
        hints=[
            "Gewonnen leads hebben een datum in `gewonnen_op`: `leads[leads[\"gewonnen_op\"].notna()]`.",
            "Tel per bron de bruto marge van de gewonnen leads op, en tel per bron alle leads met `.size()`.",
            "Deel de twee Series door elkaar en neem `.idxmax()`.",
        ],
        oplossing=(
            'gewonnen = leads[leads["gewonnen_op"].notna()]\n'
            'marge_per_lead = gewonnen.groupby("bron")["bruto_marge"].sum() / leads.groupby("bron").size()\n'
            "beste_bron = marge_per_lead.idxmax()"
        ),
    ),
    Waarde(
        id="6.7",
        variabele="traagste_stap_dagen",
        vraag=(
            "Welke stap in de funnel duurt het langst? Geef de mediaan doorlooptijd van die stap, in dagen."
        ),
        referentie=_traagste_stap_dagen,
        tolerantie=0.01,
        hints=[
            "`doorlooptijd(leads)` geeft per stap de mediaan in dagen.",
            "De traagste stap heeft de hoogste mediaan: `.max()` op de kolom `mediaan`.",
        ],
        oplossing='traagste_stap_dagen = doorlooptijd(leads)["mediaan"].max()',
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
    ),
    Waarde(
        id="6.9",
        variabele="prognose_marge",
        vraag=(
            "Het is 30 september 2025, het begin van het laatste kwartaal. Maak met `pijplijn_prognose` een "
            "gewogen prognose van de bruto marge die de open pijplijn nog oplevert. Tel leads die al meer "
            "dan 90 dagen in hun fase staan niet mee. Geef één bedrag in euro's."
        ),
        referentie=_prognose_marge,
        tolerantie=1.0,
        hints=[
            "`pijplijn_prognose(leads, \"2025-09-30\", max_dagen_in_fase=90)` geeft een tabel per fase.",
            "De kolom `verwachte_bruto_marge` is de marge maal de slagingskans van de fase.",
            "Tel de drie fasen op met `.sum()`.",
        ],
        oplossing=(
            'prognose = pijplijn_prognose(leads, "2025-09-30", max_dagen_in_fase=90)\n'
            'prognose_marge = prognose["verwachte_bruto_marge"].sum()'
        ),
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
    ),
]
