"""Maak de proefbestanden voor klantlib.inlezen (tests/data/exports/).

Elk bestand laat één probleem zien (of een combinatie) zoals het in echte
exports voorkomt. Alle namen en bedragen zijn verzonnen door dit project; er
zit geen echte bedrijfsdata in. De verwachte uitkomst per bestand staat in
tests/test_inlezen.py.

Ook de voorbeeldexports voor les 08 in klantlib/voorbeelden/ komen hieruit.

Ook de exports in de stijl van echte systemen (tests/data/systemen/) komen hieruit.

Opnieuw maken: ``.venv/bin/python tests/data/maak_exports.py``
(het resultaat is elke keer byte voor byte gelijk).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl

MAP = Path(__file__).resolve().parent / "exports"
VASTE_TIJD = dt.datetime(2025, 1, 1, 12, 0, 0)


def tekst(naam: str, inhoud: str, codering: str = "utf-8", bom: bool = False, eol: str = "\r\n",
          map_: Path | None = None) -> None:
    data = inhoud.replace("\n", eol).encode(codering)
    if bom:
        data = b"\xef\xbb\xbf" + data
    ((map_ or MAP) / naam).write_bytes(data)


def zet_map(map_: Path) -> None:
    """Schrijf naar een andere map (de test vergelijkt zo de opgeslagen bestanden met de generator)."""
    global MAP
    MAP = Path(map_)


def excel(naam: str, bladen: dict[str, list[list]], samenvoegen: dict[str, list[str]] | None = None,
          formaten: dict[str, dict[str, str]] | None = None, map_: Path | None = None) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for titel, rijen in bladen.items():
        ws = wb.create_sheet(titel)
        for rij in rijen:
            ws.append(rij)
        for bereik in (samenvoegen or {}).get(titel, []):
            ws.merge_cells(bereik)
        for cel, formaat in (formaten or {}).get(titel, {}).items():
            ws[cel].number_format = formaat
    wb.properties.created = VASTE_TIJD
    wb.properties.modified = VASTE_TIJD
    wb.properties.creator = "klantlib"
    buffer = io.BytesIO()
    wb.save(buffer)
    # Opnieuw inpakken met een vaste tijd per onderdeel: zo is het bestand elke keer byte voor byte gelijk.
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile((map_ or MAP) / naam, "w", zipfile.ZIP_DEFLATED) as zuit:
        for onderdeel in zin.infolist():
            info = zipfile.ZipInfo(onderdeel.filename, date_time=(2025, 1, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            inhoud = zin.read(onderdeel.filename)
            if onderdeel.filename == "docProps/core.xml":  # openpyxl zet hier altijd 'nu' neer
                inhoud = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T12:00:00Z", inhoud)
            zuit.writestr(info, inhoud)


KOP_NL = "Factuurnummer;Factuurdatum;Klant;Bedrag\n"


def maak(map_: Path | None = None) -> list[str]:
    if map_ is not None:
        zet_map(map_)
    MAP.mkdir(parents=True, exist_ok=True)
    for oud in MAP.iterdir():
        oud.unlink()

    # 1. Nederlandse Excel: puntkomma, decimale komma, Windows-1252 (é in een naam)
    tekst("01_puntkomma_komma_cp1252.csv",
          "Factuurnummer;Factuurdatum;Debiteur;Bedrag excl. btw\n"
          "F2024-001;05-03-2024;Café De Zwaan B.V.;1.234,56\n"
          "F2024-002;18-03-2024;Bakkerij Ölmez;99,95\n"
          "F2024-003;02-04-2024;Café De Zwaan B.V.;12.500,00\n", codering="cp1252")
    # 2. UTF-8 met BOM en Engelse koppen, komma als scheidingsteken
    tekst("02_bom_engelse_koppen.csv",
          "InvoiceNumber,InvoiceDate,OrderedBy,AmountDC\n"
          "1001,2024-03-05,Zuidwest Logistiek B.V.,1234.50\n"
          "1002,2024-03-06,Noordhaven N.V.,-200.00\n", bom=True)
    # 3. Excel met titel en lege regel boven de kopregel
    excel("03_excel_titelregel.xlsx", {"Facturen": [
        ["Verkoopfacturen 2024 - export"],
        [],
        ["Factuurnummer", "Factuurdatum", "Klant", "Bedrag"],
        ["F-01", dt.datetime(2024, 3, 5), "Kantoorhuis Delta", 100.0],
        ["F-02", dt.datetime(2024, 3, 6), "Kantoorhuis Delta", 250.5],
        ["F-03", dt.datetime(2024, 3, 7), "Groen Advies", None],
        ["F-04", dt.datetime(2024, 3, 8), "Groen Advies", 75.25],
    ]})
    # 4. Leeg bestand
    tekst("04_leeg.csv", "")
    # 5. Alleen een kopregel
    tekst("05_alleen_kop.csv", KOP_NL)
    # 6. Totaalregel onderaan
    tekst("06_totaalregel.csv", KOP_NL +
          "A1;15-03-2024;Klant Een;100,00\n"
          "A2;16-03-2024;Klant Twee;250,50\n"
          "A3;17-03-2024;Klant Drie;49,50\n"
          "Totaal;;;400,00\n")
    # 7. Samengevoegde koppen (Excel): 'Factuur' boven 'nummer' en 'datum'
    excel("07_samengevoegde_koppen.xlsx", {"Blad1": [
        ["Factuur", None, "Klant", "Bedrag", None],
        ["nummer", "datum", None, "excl. btw", "btw"],
        ["2024-17", dt.datetime(2024, 5, 1), "Atelier Zon", 1000.0, 210.0],
        ["2024-18", dt.datetime(2024, 5, 2), "Atelier Zon", 500.0, 105.0],
    ]}, samenvoegen={"Blad1": ["A1:B1", "C1:C2", "D1:E1"]})
    # 8. Gemengde datumnotaties in één kolom
    tekst("08_gemengde_datums.csv", KOP_NL +
          "B1;2024-03-05;Klant Een;10,00\n"
          "B2;15-03-2024;Klant Een;20,00\n"
          "B3;5-4-2024;Klant Twee;30,00\n"
          "B4;16.04.2024;Klant Twee;40,00\n"
          "B5;3 mei 2024;Klant Drie;50,00\n")
    # 9. Valutatekens en spaties in bedragen
    tekst("09_valutatekens.csv", KOP_NL +
          "C1;13-03-2024;Klant Een;€ 1.234,56\n"
          "C2;14-03-2024;Klant Een;EUR 250,00\n"
          "C3;15-03-2024;Klant Twee;€ -12,50\n"
          "C4;16-03-2024;Klant Twee;€\u00a0 7,00\n")
    # 10. Tekst in de bedragkolom (verkeerde kolom)
    tekst("10_tekst_in_bedrag.csv", KOP_NL +
          "D1;13-03-2024;Klant Een;zie bijlage\n"
          "D2;14-03-2024;Klant Een;n.v.t.\n"
          "D3;15-03-2024;Klant Twee;onbekend\n")
    # 11. Tab als scheidingsteken
    tekst("11_tab.tsv", "Factuurnummer\tFactuurdatum\tKlant\tBedrag\n"
          "E1\t20-06-2024\tKlant Een\t10,5\n"
          "E2\t21-06-2024\tKlant Twee\t20,25\n")
    # 12. Engels: komma scheidt, punt is decimaal, komma als duizendtal (tussen aanhalingstekens)
    tekst("12_engels_duizendtallen.csv", "Invoice number,Invoice date,Customer,Amount\n"
          'G1,2024-07-01,Alpha Ltd,"1,234.56"\n'
          'G2,2024-07-02,Beta Ltd,"12,000.00"\n'
          "G3,2024-07-03,Beta Ltd,99.5\n")
    # 13. Min achter het bedrag (boekhoudpakketten)
    tekst("13_min_achter.csv", KOP_NL +
          "H1;13-03-2024;Klant Een;1.234,56\n"
          "H2;14-03-2024;Klant Een;1.234,56-\n")
    # 14. Haakjes voor negatieve bedragen
    tekst("14_haakjes.csv", KOP_NL +
          "I1;13-03-2024;Klant Een;1.000,00\n"
          "I2;14-03-2024;Klant Een;(250,00)\n")
    # 15. Dubbelzinnige bedragen: alleen '1.234'-achtige waarden
    tekst("15_dubbelzinnig_bedrag.csv", KOP_NL +
          "J1;13-03-2024;Klant Een;1.234\n"
          "J2;14-03-2024;Klant Een;2.500\n"
          "J3;15-03-2024;Klant Twee;750\n")
    # 16. Twee notaties door elkaar in één bedragkolom
    tekst("16_gemengde_bedragen.csv", KOP_NL +
          "K1;13-03-2024;Klant Een;1.234,56\n"
          "K2;14-03-2024;Klant Een;1,234.56\n")
    # 17. Amerikaanse datums (maand eerst)
    tekst("17_maand_eerst.csv", "Invoice number,Invoice date,Customer,Amount\n"
          "L1,03/25/2024,Alpha Ltd,10.00\n"
          "L2,04/02/2024,Alpha Ltd,20.00\n")
    # 18. Dubbelzinnige datums: dag en maand allebei <= 12
    tekst("18_dubbelzinnige_datums.csv", KOP_NL +
          "M1;05-03-2024;Klant Een;10,00\n"
          "M2;06-04-2024;Klant Een;20,00\n")
    # 19. Excel-datumgetallen (cel zonder datumopmaak)
    excel("19_excel_serienummers.xlsx", {"Facturen": [
        ["Factuurnummer", "Factuurdatum", "Klant", "Bedrag"],
        ["N1", 45356, "Klant Een", 10.0],
        ["N2", 45357, "Klant Een", 20.0],
    ]})
    # 20. Excel met echte datums, getallen als bedrag en factuurnummers als getal
    excel("20_excel_getallen.xlsx", {"Facturen": [
        ["Factuurnummer", "Factuurdatum", "Klant", "Bedrag", "Betaaldatum"],
        [20240001, dt.datetime(2024, 1, 31), "Klant Een", 1234.56, dt.datetime(2024, 2, 15)],
        [20240002, dt.datetime(2024, 2, 29), "Klant Twee", -99.0, None],
    ]})
    # 21. Voorloopnullen in nummers
    tekst("21_voorloopnullen.csv", "Factuurnummer;Factuurdatum;Klant;Bedrag;Vestigingsnummer\n"
          "000123;13-03-2024;Klant Een;10,00;000012345678\n"
          "000124;14-03-2024;Klant Een;20,00;000012345678\n")
    # 22. Verplichte kolom ontbreekt
    tekst("22_kolom_ontbreekt.csv", "Factuurnummer;Factuurdatum;Klant;Omschrijving\n"
          "P1;13-03-2024;Klant Een;Bureaustoel\n")
    # 23. Eigen kolomnamen: met kolommen={...} te koppelen
    tekst("23_eigen_namen.csv", "Nr.;Datum doc.;Omschr. debiteur;Netto EUR\n"
          "Q1;13-03-2024;Klant Een;10,00\n"
          "Q2;14-03-2024;Klant Twee;20,00\n")
    # 24. Maar één kolom (verkeerd scheidingsteken / geen CSV)
    tekst("24_een_kolom.csv", "Factuurnummer\nR1\nR2\n")
    # 25. Dubbele factuurnummers en een precies dubbele rij
    tekst("25_dubbele_nummers.csv", KOP_NL +
          "S1;13-03-2024;Klant Een;10,00\n"
          "S1;13-03-2024;Klant Een;10,00\n"
          "S2;14-03-2024;Klant Twee;20,00\n"
          "S2;14-03-2024;Klant Twee;5,00\n"
          "S3;15-03-2024;Klant Twee;7,00\n")
    # 26. Creditnota's met een soortkolom
    tekst("26_creditnota.csv", "Factuurnummer;Factuurdatum;Klant;Bedrag;Type;Oorspronkelijk factuurnummer\n"
          "T1;13-03-2024;Klant Een;500,00;Factuur;\n"
          "T2;20-03-2024;Klant Een;-500,00;Creditnota;T1\n"
          "T3;21-03-2024;Klant Twee;80,00;Verkoopfactuur;\n")
    # 27. Datum in de toekomst
    tekst("27_toekomst.csv", KOP_NL +
          "U1;13-03-2024;Klant Een;10,00\n"
          "U2;13-03-2099;Klant Een;20,00\n")
    # 28. Lege regels tussen de gegevens
    tekst("28_lege_regels.csv", KOP_NL +
          "V1;13-03-2024;Klant Een;10,00\n"
          ";;;\n"
          "\n"
          "V2;14-03-2024;Klant Twee;20,00\n")
    # 29. Eén onmogelijke datum (31 februari)
    tekst("29_onleesbare_datum.csv", KOP_NL +
          "W1;13-03-2024;Klant Een;10,00\n"
          "W2;31-02-2024;Klant Een;20,00\n"
          "W3;14-03-2024;Klant Twee;30,00\n"
          "W4;15-03-2024;Klant Twee;40,00\n")
    # 30. Puntkomma in een tekst zonder aanhalingstekens: te veel velden
    tekst("30_te_veel_velden.csv", KOP_NL +
          "X1;13-03-2024;Klant Een;10,00\n"
          "X2;14-03-2024;Klant; Twee;20,00\n")
    # 31. Excel 'Unicode-tekst': UTF-16 met tabs
    tekst("31_utf16_tab.txt", "\ufeffFactuurnummer\tFactuurdatum\tKlant\tBedrag\n"
          "Y1\t13-03-2024\tÉtoile B.V.\t10,00\n", codering="utf-16-le", bom=False)
    # 32. Meerdere bladen
    excel("32_meerdere_bladen.xlsx", {
        "Uitleg": [["Deze werkmap heeft de facturen op het tweede blad."]],
        "Facturen": [["Factuurnummer", "Factuurdatum", "Klant", "Bedrag"],
                     ["Z1", dt.datetime(2024, 3, 13), "Klant Een", 10.0]],
    })
    # 33. Moneybird-achtig: komma, ISO-datums, total_price_excl_tax
    tekst("33_moneybird_achtig.csv", "invoice_id,date,contact,total_price_excl_tax,state\n"
          "2024-0001,2024-03-13,Klant Een,100.0,paid\n"
          "2024-0002,2024-03-14,Klant Twee,250.75,open\n")
    # 34. Punten in datums en een tweecijferig jaar
    tekst("34_punt_datums.csv", KOP_NL +
          "AA1;13.03.24;Klant Een;10,00\n"
          "AA2;01.04.24;Klant Een;20,00\n")
    # 35. Bedrag leeg in één rij, onleesbaar in een andere
    tekst("35_bedrag_leeg_en_fout.csv", KOP_NL +
          "AB1;13-03-2024;Klant Een;10,00\n"
          "AB2;14-03-2024;Klant Een;\n"
          "AB3;15-03-2024;Klant Twee;tien euro\n"
          "AB4;16-03-2024;Klant Twee;30,00\n"
          "AB5;17-03-2024;Klant Twee;40,00\n")
    # 36. Oud Excel-formaat (.xls)
    (MAP / "36_oud_excel.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56)
    # 37. HubSpot-achtige deals (leads)
    tekst("37_hubspot_deals.csv",
          "Record ID,Deal Name,Associated Company,Deal Stage,Create Date,Close Date,Amount,Deal owner\n"
          "9001,Stoelen,Atelier Zon,Closed Won,2024-03-05 10:15,2024-04-01 00:00,12000,Anna de Vries\n"
          "9002,Bureaus,Groen Advies,Contract Sent,2024-03-06 09:00,,8000,Bram Smit\n"
          "9003,Werkplek,Noordhaven N.V.,Closed Lost,2024-03-07 14:30,2024-03-28 00:00,5000,Anna de Vries\n"
          "9004,Kasten,Kantoorhuis Delta,Appointment Scheduled,2024-03-08 11:00,,3000,Bram Smit\n", bom=True)
    # 38. Leads in het Nederlands met fasedatums
    tekst("38_leads_nl.csv",
          "Lead ID;Aangemaakt op;Bedrijfsnaam;Bron;Verkoper;Prospect op;Offerte op;Gewonnen op;Verloren op;Waarde\n"
          "L1;13-01-2024;Atelier Zon;beurs;Anna;20-01-2024;01-02-2024;15-02-2024;;12.000,00\n"
          "L2;14-01-2024;Groen Advies;website;Bram;;;;;\n"
          "L3;15-01-2024;Noordhaven N.V.;seminar;Anna;25-01-2024;;;20-02-2024;5.000,00\n")
    # 39. Enquête met de vraag als kolomkop, een lege score en een score 11
    tekst("39_enquete.csv",
          "Respons ID;Ingevuld op;E-mail;Hoe waarschijnlijk is het dat u ons aanbeveelt? (0-10);"
          "Wat kunnen we verbeteren?\n"
          "R1;13-03-2024;anna@atelierzon.example;9;Sneller leveren\n"
          "R2;14-03-2024;bram@groenadvies.example;6;Bel terug op 06-12345678\n"
          "R3;15-03-2024;cor@noordhaven.example;;\n"
          "R4;16-03-2024;dirk@delta.example;11;\n"
          "R5;17-03-2024;eva@delta.example;10;Prima\n", codering="cp1252")
    # 40. Bedrijven: KvK-nummers die Excel als getal heeft opgeslagen
    excel("40_bedrijven_kvk.xlsx", {"Bedrijven": [
        ["KvK-nummer", "Bedrijfsnaam", "Plaats", "Aantal medewerkers", "Hoofdvestiging"],
        [1234567, "Atelier Zon B.V.", "Utrecht", 12, "ja"],
        ["87654321", "Groen Advies V.O.F.", "Zwolle", 250, "nee"],
    ]})
    # 41. Dubbelzinnige datums in één kolom, zekere in een andere kolom van hetzelfde bestand
    tekst("41_datums_uit_ander_kolom.csv", "Factuurnummer;Factuurdatum;Klant;Bedrag;Betaaldatum\n"
          "AC1;13-03-2024;Klant Een;10,00;05-04-2024\n"
          "AC2;20-03-2024;Klant Twee;20,00;\n")
    # 42. Gemengde volgorde: rij met dag > 12 én rij met maand > 12
    tekst("42_datums_twee_volgordes.csv", KOP_NL +
          "AD1;13-03-2024;Klant Een;10,00\n"
          "AD2;03-25-2024;Klant Een;20,00\n")
    # 43. Eerste gegevensregel met een veld te veel (pandas laat dat stil vallen)
    tekst("43_eerste_rij_te_veel_velden.csv", KOP_NL +
          "AE1;13-03-2024;Klant; Een;10,00\n"
          "AE2;14-03-2024;Klant Twee;20,00\n")
    # 44. Elke regel eindigt op een puntkomma (lege laatste kolom): geen probleem
    tekst("44_puntkomma_aan_eind.csv", KOP_NL +
          "AF1;13-03-2024;Klant Een;10,00;\n"
          "AF2;14-03-2024;Klant Twee;20,00;\n")
    # 45. Eigen administratie: debiteurcode met voorloopnullen, KvK-nummer (met spatie, één ongeldig) en concern-KvK
    tekst("45_kvk_en_debiteurcode.csv",
          "Factuurnummer;Factuurdatum;Debiteurcode;Debiteurnaam;KvK-nummer;Concern KvK;Bedrag excl. btw\n"
          "2025-101;06-01-2025;000123;Bakkerij Van Dam B.V.;01234567;;1.250,00\n"
          "2025-102;13-01-2025;000123;Bakkerij van Dam BV;01234567;;300,00\n"
          "2025-103;20-01-2025;000456;Groen Advies V.O.F.;3412 3456;90000001;800,00\n"
          "2025-104;27-01-2025;000457;Groen Advies Noord B.V.;34123457;90000001;450,00\n"
          "2025-105;03-02-2025;000789;Atelier Zon;;;99,95\n"
          "2025-106;10-02-2025;000789;Atelier Zon Utrecht;123456789;;500,00\n", codering="cp1252")
    # 46. Excel: KvK-nummer als getal (voorloopnul weg), debiteurnummer als tekst en als getal
    excel("46_kvk_als_getal.xlsx", {"Facturen": [
        ["Factuurnummer", "Factuurdatum", "Debiteurnummer", "Klant", "KvK", "Bedrag"],
        ["V1", dt.datetime(2025, 3, 3), "00042", "Atelier Zon B.V.", 1234567, 100.0],
        ["V2", dt.datetime(2025, 3, 4), 42, "Groen Advies", 87654321, 200.0],
    ]})
    return sorted(p.name for p in MAP.iterdir())


# ---------------------------------------------------------------------------
# Exports zoals systemen ze maken (tests/data/systemen/), voor de profielen van klantlib.inlezen
# ---------------------------------------------------------------------------
# Geschreven in de stijl die de documentatie van elk systeem beschrijft (kolomnamen, datums,
# teken en valuta); zie de profielen in klantlib/inlezen/systemen/. Daarnaast een paar
# algemene bestanden met één valkuil elk. De verwachte uitkomst per bestand staat in
# tests/test_inlezen_systemen.py. Alle namen en bedragen zijn verzonnen.

SYSTEMEN = Path(__file__).resolve().parent / "systemen"


def maak_systemen(map_: Path | None = None) -> list[str]:
    uit = Path(map_) if map_ is not None else SYSTEMEN
    uit.mkdir(parents=True, exist_ok=True)
    for oud in uit.iterdir():
        oud.unlink()

    def t(naam, inhoud, **kw):
        tekst(naam, inhoud, map_=uit, **kw)

    # --- Boekhouding -------------------------------------------------------------------------
    # Exact Online (API-veldnamen): AmountDC in euro, AmountFC in de valuta van de factuur, een
    # creditnota (negatief), een factuur in dollars en een concept (telt niet). AccountCode met
    # spaties ervoor, zoals Exact codes opslaat.
    t("exact_online_verkoopfacturen.csv",
      "InvoiceNumber,InvoiceDate,AccountCode,OrderedByName,Currency,AmountDC,AmountFC,TypeDescription,"
      "StatusDescription,YourRef,Description\n"
      '25000101,2025-01-06,"                1001",Bakkerij Van Dam B.V.,EUR,1250.00,1250.00,Verkoopfactuur,Verwerkt,'
      "PO-771,Werkplekken\n"
      '25000102,2025-01-13,"                1002",Groen Advies V.O.F.,EUR,800.00,800.00,Verkoopfactuur,Verwerkt,,'
      "Monitoren\n"
      '25000103,2025-02-03,"                1003",Harbour Logistics Ltd,USD,1010.10,1100.00,Verkoopfactuur,Verwerkt,,'
      "Laptops\n"
      '25000104,2025-02-10,"                1001",Bakkerij Van Dam B.V.,EUR,-250.00,-250.00,Creditnota,Verwerkt,,'
      "Retour stoel\n"
      '25000105,2025-03-03,"                1004",Atelier Zon B.V.,EUR,400.00,400.00,Verkoopfactuur,Concept,,'
      "Bureaus\n", bom=True)
    # Twinfield (browse op debiteuren): 'Debiteur' is het nummer, 'Naam' de naam; 'Bedrag' in de valuta van
    # de boeking, 'Basisbedrag' in euro, beide met teken; D/C zegt het nog eens; totaalregel onderaan.
    t("twinfield_openstaande_posten.csv",
      "Administratie;Adm.naam;Debiteur;Naam;Factuurnr.;Factuurdatum;Valuta;Bedrag;Basisbedrag;D/C;"
      "Openstaand bedrag;Vervaldatum\n"
      "NL001;Vermeer Werkplek;1000;Bakkerij Van Dam B.V.;20250011;14-01-2025;EUR;1.512,50;1.512,50;Debet;"
      "1.512,50;13-02-2025\n"
      "NL001;Vermeer Werkplek;1001;Groen Advies V.O.F.;20250012;21-01-2025;EUR;968,00;968,00;Debet;€ -;20-02-2025\n"
      "NL001;Vermeer Werkplek;1002;Harbour Logistics Ltd;20250013;04-02-2025;GBP;1.000,00;1.185,20;Debet;1.185,20;"
      "06-03-2025\n"
      "NL001;Vermeer Werkplek;1000;Bakkerij Van Dam B.V.;20250014;11-02-2025;EUR;-302,50;-302,50;Credit;€ -;"
      "13-03-2025\n"
      "Totaal;;;;;;;;3.363,20;;;\n", codering="cp1252")
    # AFAS Profit (financiële mutaties): aparte kolommen debet en credit, '€ -' voor nul (Excel-opmaak),
    # debiteurnummers met voorloopnullen, een klant die 'Totaalbouw' heet en een totaalregel.
    t("afas_financiele_mutaties.csv",
      "Boekstuknummer;Factuurnummer;Boekstukdatum;Debiteurnummer;Naam debiteur;Omschrijving;Bedrag debet;"
      "Bedrag credit;Valuta;Code dagboek\n"
      "25100001;F25-0001;07-01-2025;00412;Totaalbouw Nederland B.V.;Factuur werkplekken;2.420,00;€ -;EUR;VK\n"
      "25100002;F25-0002;14-01-2025;00415;Kantoorhuis Delta B.V.;Factuur monitoren;605,00;€ -;EUR;VK\n"
      "25100003;F25-0003;28-01-2025;00412;Totaalbouw Nederland B.V.;Creditnota retour;€ -;242,00;EUR;VK\n"
      "25100004;F25-0004;04-02-2025;00420;Zorggroep Eemland;Factuur schoonmaak;1.210,00;€ -;EUR;VK\n"
      "Totaal;;;;;;4.235,00;242,00;;\n", codering="cp1252")
    # Moneybird (API-veldnamen): punt als decimaalteken, een factuur in dollars met het bedrag in euro
    # (_base), een creditfactuur, een concept, klantnummer met voorloopnullen, KvK-nummer met spatie.
    t("moneybird_facturen.csv",
      "invoice_id,invoice_date,contact,customer_id,chamber_of_commerce,currency,total_price_excl_tax,"
      "total_price_excl_tax_base,state,original_sales_invoice_id,paid_at\n"
      "2025-0001,2025-01-08,Atelier Zon B.V.,0042,01234567,EUR,1500.0,1500.0,paid,,2025-01-20\n"
      "2025-0002,2025-01-15,Harbour Logistics Ltd,0043,,USD,2000.0,1834.86,paid,,2025-02-01\n"
      "2025-0003,2025-02-05,Atelier Zon B.V.,0042,01234567,EUR,-300.0,-300.0,paid,2025-0001,\n"
      "2025-0004,2025-02-12,Groen Advies V.O.F.,0044,3412 3456,EUR,750.5,750.5,open,,\n"
      "2025-0005,2025-03-01,Kantoorhuis Delta B.V.,0045,,EUR,99.95,99.95,draft,,\n")
    # SnelStart (veldnamen van SnelStart): bedrag exclusief btw telt, inclusief en openstaand niet; een klant
    # die 'Totaalbouw' heet, één keer zonder factuurdatum (die rij is geen totaalregel).
    t("snelstart_verkoopfacturen.csv",
      "factuurnummer;factuurDatum;relatiecode;naam;kvkNummer;totaalbedragExclusiefBtw;totaalbedragInclusiefBtw;"
      "openstaandSaldo\n"
      "2025101;06-01-2025;1001;Totaalbouw Nederland B.V.;12345678;1.000,00;1.210,00;0,00\n"
      "2025102;13-01-2025;1002;Bakkerij Van Dam B.V.;01234567;450,00;544,50;544,50\n"
      "2025103;;1001;Totaalbouw Nederland B.V.;12345678;200,00;242,00;242,00\n"
      "2025104;03-02-2025;1003;Groen Advies V.O.F.;34123456;-100,00;-121,00;0,00\n", codering="cp1252")

    # --- CRM -------------------------------------------------------------------------------------
    # HubSpot, Nederlandse interface: Nederlandse fasen; één gewonnen deal zonder sluitingsdatum.
    t("hubspot_deals_nl.csv",
      "Record-ID,Dealnaam,Dealfase,Pijplijn,Gekoppeld bedrijf,Aanmaakdatum,Sluitingsdatum,Bedrag,Dealeigenaar\n"
      "31001,Werkplekken,Gesloten gewonnen,Verkooppijplijn,Atelier Zon B.V.,2025-01-06 09:12,2025-02-03 00:00,"
      "12000,Anna de Vries\n"
      "31002,Monitoren,Contract verzonden,Verkooppijplijn,Groen Advies V.O.F.,2025-01-08 10:00,,8000,Bram Smit\n"
      "31003,Schoonmaak,Gesloten verloren,Verkooppijplijn,Kantoorhuis Delta B.V.,2025-01-15 14:30,2025-02-20 00:00,"
      "5000,Anna de Vries\n"
      "31004,Laptops,Afspraak gepland,Verkooppijplijn,Zorggroep Eemland,2025-02-01 11:00,,3000,Bram Smit\n"
      "31005,Stoelen,Gesloten gewonnen,Verkooppijplijn,Bakkerij Van Dam B.V.,2025-02-10 08:45,,2500,Anna de Vries\n",
      bom=True)
    # HubSpot met meer valuta: 'Amount' in de valuta van de deal, 'Amount in company currency' in euro.
    t("hubspot_deals_valuta.csv",
      "Record ID,Deal Name,Deal Stage,Pipeline,Create Date,Close Date,Amount,Deal currency code,"
      "Amount in company currency,Deal owner\n"
      "32001,A,Closed Won,Sales Pipeline,2025-03-03 09:00,2025-03-20 00:00,10000,USD,9174.31,Anna de Vries\n"
      "32002,B,Closed Won,Sales Pipeline,2025-03-04 09:00,2025-03-25 00:00,5000,EUR,5000,Bram Smit\n"
      "32003,C,Qualified To Buy,Sales Pipeline,2025-03-05 09:00,,2000,GBP,2370.4,Bram Smit\n", bom=True)
    # Salesforce, Engelse interface: datums maand/dag/jaar, uitkomst in Won en Closed.
    t("salesforce_opportunities.csv",
      "Opportunity ID,Opportunity Name,Account Name,Stage,Created Date,Close Date,Amount,Opportunity Owner,"
      "Lead Source,Won,Closed,Probability (%)\n"
      "0065g00000A1,Werkplekken Q1,Atelier Zon B.V.,Closed Won,1/6/2025,2/3/2025,12000,Anna de Vries,Web,1,1,100\n"
      "0065g00000A2,Monitoren,Groen Advies V.O.F.,Proposal/Price Quote,1/8/2025,3/31/2025,8000,Bram Smit,Beurs,0,0,"
      "75\n"
      "0065g00000A3,Schoonmaak,Kantoorhuis Delta B.V.,Closed Lost,1/15/2025,2/20/2025,5000,Anna de Vries,Web,0,1,0\n"
      "0065g00000A4,Laptops,Zorggroep Eemland,Qualification,2/1/2025,4/30/2025,3000,Bram Smit,Partner,0,0,10\n")
    # Salesforce, Nederlandse interface: Nederlandse kolommen en fasen, datums dag-maand-jaar.
    t("salesforce_nl_verkoopkansen.csv",
      "Verkoopkans-ID;Naam verkoopkans;Accountnaam;Fase;Aanmaakdatum;Sluitingsdatum;Bedrag;Eigenaar verkoopkans;"
      "Gewonnen;Gesloten\n"
      "0065A;Werkplekken;Atelier Zon B.V.;Gesloten/gewonnen;06-01-2025;03-02-2025;12.000,00;Anna de Vries;1;1\n"
      "0065B;Monitoren;Groen Advies V.O.F.;Voorstel/prijsofferte;08-01-2025;31-03-2025;8.000,00;Bram Smit;0;0\n"
      "0065C;Schoonmaak;Kantoorhuis Delta B.V.;Gesloten/verloren;15-01-2025;20-02-2025;5.000,00;Anna de Vries;0;1\n",
      codering="cp1252")
    # Pipedrive: de uitkomst staat in 'Deal - Status' (drie gewonnen deals staan nog in een eerdere fase),
    # de datum in 'Won time'/'Lost time'; een verwijderde deal.
    t("pipedrive_deals.csv",
      "Deal - ID,Deal - Title,Deal - Organization,Deal - Value,Deal - Currency,Deal - Status,Deal - Stage,"
      "Deal - Pipeline,Deal - Owner,Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Expected close date\n"
      "101,Werkplekken,Atelier Zon B.V.,12000,EUR,won,Negotiations Started,Pipeline,Anna de Vries,"
      "2025-01-06 09:12:00,2025-02-03 15:20:11,,2025-02-28\n"
      "102,Monitoren,Groen Advies V.O.F.,8000,EUR,won,Proposal Made,Pipeline,Bram Smit,2025-01-08 10:00:00,"
      "2025-02-14 11:00:00,,2025-02-15\n"
      "103,Stoelen,Bakkerij Van Dam B.V.,2500,EUR,won,Contact Made,Pipeline,Anna de Vries,2025-01-10 08:00:00,"
      "2025-01-31 16:45:00,,\n"
      "104,Schoonmaak,Kantoorhuis Delta B.V.,5000,EUR,lost,Proposal Made,Pipeline,Anna de Vries,2025-01-15 14:30:00,,"
      "2025-02-20 09:00:00,\n"
      "105,Laptops,Zorggroep Eemland,3000,EUR,open,Demo Scheduled,Pipeline,Bram Smit,2025-02-01 11:00:00,,,"
      "2025-04-30\n"
      "106,Test,Testbedrijf,1,EUR,deleted,Lead In,Pipeline,Bram Smit,2025-02-02 11:00:00,,,\n")
    # Teamleader Focus: Nederlandse kolommen, status Open/Gewonnen/Verloren, datums dd/mm/jjjj.
    t("teamleader_deals.csv",
      "ID;Titel;Naam van de klant;Verantwoordelijke;Fase;Status;Waarde;Aangemaakt op;Aanvaard op;Geweigerd op;"
      "Verwachte afsluitdatum\n"
      "501;Werkplekken;Atelier Zon B.V.;Anna de Vries;Offerte verstuurd;Gewonnen;12.000,00;06/01/2025;03/02/2025;;"
      "28/02/2025\n"
      "502;Monitoren;Groen Advies V.O.F.;Bram Smit;Onderhandeling;Open;8.000,00;08/01/2025;;;15/03/2025\n"
      "503;Schoonmaak;Kantoorhuis Delta B.V.;Anna de Vries;Contact gelegd;Verloren;5.000,00;15/01/2025;;20/02/2025;\n"
      "504;Laptops;Zorggroep Eemland;Bram Smit;Nieuw;Open;3.000,00;01/02/2025;;;30/04/2025\n")

    # --- Enquêtes --------------------------------------------------------------------------------
    # Google Formulieren (Nederlands): Tijdstempel met tijd, de vraag als kop, een redenvraag.
    t("google_formulieren.csv",
      '"Tijdstempel","E-mailadres","Hoe waarschijnlijk is het dat u Vermeer Werkplek aanbeveelt aan een '
      'collega?","Wat is de belangrijkste reden voor uw score?"\n'
      '"13-3-2025 14:05:32","anna@atelierzon.example","10","Snelle levering"\n'
      '"14-3-2025 09:12:01","bram@groenadvies.example","6","Factuur klopte niet"\n'
      '"15-3-2025 16:40:55","cor@delta.example","8",""\n'
      '"2-4-2025 10:00:00","dewi@eemland.example","9","Vast aanspreekpunt"\n')
    # Microsoft Forms (Nederlands), geopend in Excel: Begintijd en Tijd van voltooien (die telt).
    excel("microsoft_forms.xlsx", {"Form1": [
        ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam",
         "Hoe waarschijnlijk is het dat u ons aanbeveelt aan een collega?", "Waarom geeft u dit cijfer?"],
        [1, dt.datetime(2025, 3, 13, 14, 2, 11), dt.datetime(2025, 3, 13, 14, 5, 32), "anna@atelierzon.example",
         "Anna de Vries", 10, "Snelle levering"],
        [2, dt.datetime(2025, 3, 14, 9, 10), dt.datetime(2025, 3, 14, 9, 12, 1), "bram@groenadvies.example",
         "Bram Smit", 3, "Te laat geleverd"],
        [3, dt.datetime(2025, 3, 31, 23, 58), dt.datetime(2025, 4, 1, 0, 3), "cor@delta.example", "Cor Jansen", 7,
         None],
    ]}, map_=uit)
    # SurveyMonkey: tweede kopregel ('Response'), datums mm/dd/jjjj met AM/PM.
    t("surveymonkey_antwoorden.csv",
      "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,"
      "How likely is it that you would recommend Vermeer Werkplek to a colleague?,"
      "What is the main reason for your score?\n"
      ",,,,,,,,,Response,Open-Ended Response\n"
      "114000000001,400000001,03/13/2025 02:01:10 PM,03/13/2025 02:05:32 PM,192.0.2.1,anna@atelierzon.example,,,,"
      "10,Fast delivery\n"
      "114000000002,400000001,03/14/2025 09:10:00 AM,03/14/2025 09:12:01 AM,192.0.2.2,bram@groenadvies.example,,,,"
      "5,Invoice was wrong\n"
      "114000000003,400000001,04/02/2025 10:00:00 AM,04/02/2025 10:03:00 AM,192.0.2.3,cor@delta.example,,,,9,\n")
    # Typeform: '#' is het antwoord, Submit Date (UTC) het moment van invullen.
    t("typeform_antwoorden.csv",
      "#,Hoe waarschijnlijk is het dat u ons aanbeveelt aan een collega?,Waarom?,Start Date (UTC),"
      "Submit Date (UTC),Network ID\n"
      "a1b2c3,9,Goede service,2025-03-13 14:01:00,2025-03-13 14:05:32,5f1e2d\n"
      "d4e5f6,2,Slechte levering,2025-03-14 23:59:00,2025-03-15 00:01:10,6a7b8c\n"
      "g7h8i9,8,,2025-04-02 10:00:00,2025-04-02 10:03:00,7d8e9f\n")

    # --- Algemene valkuilen (geen vast systeem) ---------------------------------------------------
    # Valuta zonder kolom in euro: stoppen.
    t("valuta_zonder_euro.csv", "Factuurnummer;Factuurdatum;Klant;Valuta;Bedrag\n"
      "V1;06-01-2025;Atelier Zon B.V.;EUR;1.000,00\n"
      "V2;13-01-2025;Harbour Logistics Ltd;USD;1.100,00\n"
      "V3;20-01-2025;Thames Office Ltd;GBP;900,00\n")
    # Dollarteken in het bedrag: stoppen.
    t("dollarteken_in_bedrag.csv", "Invoice number,Invoice date,Customer,Amount\n"
      'D1,2025-01-06,Harbour Logistics Ltd,"$1,200.00"\n'
      'D2,2025-01-13,Harbour Logistics Ltd,"$800.00"\n')
    # Teken in de soort: alle bedragen positief, de creditnota herken je aan de soort.
    t("creditnota_in_soort.csv", "Factuurnummer;Factuurdatum;Klant;Soort;Bedrag\n"
      "C1;06-01-2025;Atelier Zon B.V.;Factuur;1.000,00\n"
      "C2;13-01-2025;Atelier Zon B.V.;Creditnota;250,00\n"
      "C3;20-01-2025;Groen Advies V.O.F.;Factuur;400,00\n")
    # Creditnota alleen in de omschrijving (niet gekoppeld): waarschuwen, want die regel telt als factuur.
    t("creditnota_in_omschrijving.csv", "Factuurnummer;Factuurdatum;Klant;Omschrijving;Bedrag\n"
      "O1;06-01-2025;Atelier Zon B.V.;Werkplekken;1.000,00\n"
      "O2;13-01-2025;Atelier Zon B.V.;Creditnota op factuur O1;250,00\n"
      "O3;20-01-2025;Groen Advies V.O.F.;Monitoren;400,00\n")
    # Debiteur is een nummer, de naam staat ernaast; D/C zonder teken in het bedrag.
    t("debiteurnummer_en_dc.csv", "Debiteur;Naam;Factuurnr.;Factuurdatum;Basisbedrag;D/C\n"
      "1000;Bakkerij Van Dam B.V.;20250021;03-03-2025;500,00;debit\n"
      "1001;Groen Advies V.O.F.;20250022;10-03-2025;750,00;debit\n"
      "1000;Bakkerij Van Dam B.V.;20250023;17-03-2025;120,00;credit\n")
    # Subtotalen per kwartaal en een eindtotaal; een klant die 'Totaalbouw' heet.
    t("kwartaal_subtotalen.csv", "Factuurnummer;Factuurdatum;Klant;Bedrag\n"
      "Q1-1;06-01-2025;Atelier Zon B.V.;1.000,00\n"
      "Q1-2;13-02-2025;Totaalbouw Nederland B.V.;500,00\n"
      "Subtotaal Q1;;;1.500,00\n"
      "Q2-1;07-04-2025;Groen Advies V.O.F.;300,00\n"
      "Q2-2;12-05-2025;Totaalbouw Nederland B.V.;200,00\n"
      "Subtotaal Q2;;;500,00\n"
      "Totaal 2025;;;2.000,00\n")
    # Datums als JJJJMMDD.
    t("datums_jjjjmmdd.csv", "Factuurnummer;Factuurdatum;Klant;Bedrag;Betaaldatum\n"
      "J1;20250106;Atelier Zon B.V.;100,00;20250120\n"
      "J2;20250213;Groen Advies V.O.F.;200,00;\n")
    # Datums met AM/PM.
    t("datums_ampm.csv", "Invoice number,Invoice date,Customer,Amount\n"
      "A1,2025-03-13 02:05:32 PM,Atelier Zon B.V.,100.00\n"
      'A2,"Mar 14, 2025 9:12:01 AM",Groen Advies V.O.F.,200.00\n')
    # Gewonnen deals zonder sluitdatum: gewonnen_op wordt de aanmaakdatum, en dat staat in het verslag.
    t("deals_zonder_sluitdatum.csv", "Lead ID;Aangemaakt op;Bedrijfsnaam;Fase\n"
      "L1;06-01-2025;Atelier Zon B.V.;Gewonnen\n"
      "L2;13-01-2025;Groen Advies V.O.F.;Offerte\n"
      "L3;20-01-2025;Kantoorhuis Delta B.V.;Verloren\n")
    # Alleen een statuskolom (open, gewonnen, verloren), geen fase.
    t("leads_alleen_status.csv", "Lead ID;Aangemaakt op;Bedrijfsnaam;Status;Sluitdatum\n"
      "S1;06-01-2025;Atelier Zon B.V.;Gewonnen;03-02-2025\n"
      "S2;13-01-2025;Groen Advies V.O.F.;Open;\n"
      "S3;20-01-2025;Kantoorhuis Delta B.V.;Verloren;24-02-2025\n")
    return sorted(p.name for p in uit.iterdir())


# ---------------------------------------------------------------------------
# Voorbeeldexports voor les 08 (klantlib/voorbeelden/, meegeleverd met klantlib)
# ---------------------------------------------------------------------------

VOORBEELDEN = Path(__file__).resolve().parents[2] / "klantlib" / "voorbeelden"

_KLANTEN = [
    "Bakkerij Van Dam B.V.", "Atelier Zon B.V.", "Groen Advies V.O.F.", "Noordhaven Logistiek N.V.",
    "Kantoorhuis Delta B.V.", "Zorggroep Eemland", "Café De Zwaan", "Installatiebedrijf Kroon B.V.",
    "Stichting Scholengroep Rivierenland", "Drukkerij Ölmez B.V.", "Tandartspraktijk Smit", "Vries & Zn B.V.",
    "Autobedrijf Meijer B.V.", "Gemeentelijke Sportbedrijven", "Bouwbedrijf Hoekstra B.V.", "Advocatenkantoor Mulder",
    "Transport Visser B.V.", "Hotel De Linde", "Accountants Bos & De Jong", "Fysiotherapie Centrum Oost",
    "Reclamebureau Blauw", "Metaalwerken Brouwer B.V.", "Kinderopvang Het Nest", "Webwinkel Snel B.V.",
    "Architectenbureau Lijn", "Vastgoed Dekker B.V.", "Schoonmaakbedrijf Helder", "ICT Partners Zuid B.V.",
]
_VARIANT = {"Bakkerij Van Dam B.V.": "Bakkerij van Dam BV", "Atelier Zon B.V.": "ATELIER ZON BV",
            "Noordhaven Logistiek N.V.": "Noordhaven Logistiek"}
_PRODUCTEN = {"Kantoorinrichting": ["Bureaustoel", "Zit-stabureau", "Thuiswerkpakket", "Vergadertafel"],
              "ICT-werkplek": ["Laptop", "Beeldscherm", "Docking station"],
              "Facilitaire diensten": ["Schoonmaak (maand)", "Onderhoud (maand)"]}
_VERKOPERS = ["Anna de Vries", "Bram Smit", "Cor Jansen", "Dewi Bakker"]


def _nl_bedrag(x: float) -> str:
    tekst = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + tekst


def maak_voorbeelden(map_: Path | None = None) -> list[str]:
    """Drie voorbeeldexports: facturen (Exact-achtig), deals (HubSpot-achtig) en een enquête."""
    import numpy as np

    uit = Path(map_) if map_ is not None else VOORBEELDEN
    uit.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20240801)

    # 1. Facturen zoals een boekhoudpakket ze exporteert: puntkomma, decimale komma, Windows-1252.
    regels = ["Factuurnummer;Factuurdatum;Debiteurnummer;Debiteurnaam;Divisie;Omschrijving;"
              "Bedrag excl. btw;Btw;Bedrag incl. btw;Vervaldatum"]
    start = dt.date(2024, 1, 2)
    nummer = 24000
    rijen = []
    for _ in range(320):
        klant_i = int(min(rng.pareto(1.2) * 3, len(_KLANTEN) - 1))
        klant = _KLANTEN[klant_i]
        if klant in _VARIANT and rng.random() < 0.3:
            klant = _VARIANT[klant]
        bu = ["Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"][int(rng.integers(0, 3))]
        product = _PRODUCTEN[bu][int(rng.integers(0, len(_PRODUCTEN[bu])))]
        datum = start + dt.timedelta(days=int(rng.integers(0, 730)))
        bedrag = round(float(rng.lognormal(7, 0.9)), 2)
        rijen.append([datum, klant_i, klant, bu, product, bedrag])
    rijen.sort(key=lambda r: r[0])
    for datum, klant_i, klant, bu, product, bedrag in rijen:
        nummer += 1
        btw = round(bedrag * 0.21, 2)
        regels.append(f"{nummer};{datum:%d-%m-%Y};{10100 + klant_i};{klant};{bu};{product};"
                      f"{_nl_bedrag(bedrag)};{_nl_bedrag(btw)};{_nl_bedrag(bedrag + btw)};"
                      f"{datum + dt.timedelta(days=30):%d-%m-%Y}")
    # Een creditnota, een dubbel geëxporteerde regel, een regel zonder bedrag en een totaalregel.
    regels.append(f"{nummer + 1};15-12-2025;10100;Bakkerij Van Dam B.V.;Kantoorinrichting;Creditnota retour "
                  f"Thuiswerkpakket;-450,00;-94,50;-544,50;14-01-2026")
    regels.append(regels[40])
    regels.append(f"{nummer + 2};16-12-2025;10104;Kantoorhuis Delta B.V.;ICT-werkplek;Laptop;;;;15-01-2026")
    totaal = sum(r[5] for r in rijen) - 450 + float(regels[40].split(";")[6].replace(".", "").replace(",", "."))
    regels.append(f"Totaal;;;;;;{_nl_bedrag(totaal)};;;")
    (uit / "exact_facturen.csv").write_bytes(("\r\n".join(regels) + "\r\n").encode("cp1252"))

    # 2. Deals zoals een CRM ze exporteert: komma, Engelse koppen, datum met tijd, UTF-8 met BOM.
    fasen = ["Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled", "Decision Maker Bought-In",
             "Contract Sent", "Closed Won", "Closed Lost"]
    kans = [0.12, 0.10, 0.08, 0.05, 0.15, 0.22, 0.28]
    regels = ["Record ID,Deal Name,Associated Company,Deal Stage,Create Date,Close Date,Amount,Deal owner,Pipeline"]
    for i in range(140):
        fase = fasen[int(rng.choice(len(fasen), p=kans))]
        klant = _KLANTEN[int(rng.integers(0, len(_KLANTEN)))]
        gemaakt = dt.datetime(2024, 1, 8, 9) + dt.timedelta(days=int(rng.integers(0, 640)),
                                                            minutes=int(rng.integers(0, 480)))
        sluit = ""
        if fase.startswith("Closed"):
            sluit = (gemaakt + dt.timedelta(days=int(rng.integers(10, 90)))).strftime("%Y-%m-%d %H:%M")
        waarde = int(rng.integers(10, 400)) * 100
        verkoper = _VERKOPERS[int(rng.integers(0, len(_VERKOPERS)))]
        naam = f"{klant.split()[0]} - {['Werkplekken', 'Inrichting', 'Laptops', 'Schoonmaak'][i % 4]}"
        regels.append(f"{18800 + i},{naam},\"{klant}\",{fase},{gemaakt:%Y-%m-%d %H:%M},{sluit},{waarde},"
                      f"{verkoper},Sales Pipeline")
    (uit / "hubspot_deals.csv").write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(regels) + "\r\n").encode("utf-8"))

    # 3. Enquête zoals een enquêtetool hem exporteert: de vraag als kolomkop, namen en e-mailadressen.
    voornamen = ["Anna", "Bram", "Cor", "Dewi", "Eva", "Frank", "Gijs", "Hanna", "Ilse", "Joris", "Karin", "Lucas"]
    achternamen = ["de Vries", "Smit", "Jansen", "Bakker", "Visser", "Meijer", "Mulder", "Bos", "Dekker", "Brouwer"]
    punten = {"laag": ["De levering was te laat.", "Niemand belde terug.", "De factuur klopte niet.",
                       "Bel mij op 06-{tel} over de klacht."],
              "midden": ["Prima, maar het kan sneller.", "Meer uitleg bij de offerte.", ""],
              "hoog": ["Heel tevreden!", "", "Fijne accountmanager."]}
    regels = ["Respons ID;Ingevuld op;Naam;E-mail;Business unit;"
              "Hoe waarschijnlijk is het dat u ons aanbeveelt aan een collega? (0-10);Wat kunnen we verbeteren?"]
    for i in range(160):
        vn = voornamen[int(rng.integers(0, len(voornamen)))]
        an = achternamen[int(rng.integers(0, len(achternamen)))]
        klant = _KLANTEN[int(rng.integers(0, len(_KLANTEN)))]
        domein = "".join(c for c in klant.split()[0].lower() if c.isalpha()) + ".example"
        score = int(rng.choice(11, p=[.02, .02, .03, .04, .05, .07, .09, .15, .18, .2, .15]))
        groep = "laag" if score <= 6 else "midden" if score <= 8 else "hoog"
        punt = punten[groep][int(rng.integers(0, len(punten[groep])))].format(tel=int(rng.integers(10**7, 10**8)))
        score_tekst = "" if rng.random() < 0.04 else str(score)
        datum = dt.date(2025, 1, 6) + dt.timedelta(days=int(rng.integers(0, 340)))
        bu = ["Kantoorinrichting", "ICT-werkplek", "Facilitaire diensten"][int(rng.integers(0, 3))]
        regels.append(f"R{1000 + i};{datum:%d-%m-%Y};{vn} {an};{vn.lower()}.{an.replace(' ', '').lower()}@{domein};"
                      f"{bu};{score_tekst};{punt}")
    (uit / "enquete_export.csv").write_bytes(("\r\n".join(regels) + "\r\n").encode("cp1252"))
    (uit / "LEESMIJ.md").write_text(
        "# Voorbeeldexports\n\nVerzonnen exports voor les 08 (eigen data). Alle namen, e-mailadressen en "
        "bedragen zijn door het project gemaakt met tests/data/maak_exports.py; er zit geen echte "
        "bedrijfsdata in. Open een bestand met `klantlib.inlezen.voorbeeldbestand(naam)`.\n",
        encoding="utf-8")
    return sorted(p.name for p in uit.iterdir())


if __name__ == "__main__":
    namen = maak()
    print(f"{len(namen)} bestanden in {MAP}")
    namen = maak_systemen()
    print(f"{len(namen)} bestanden in {SYSTEMEN}")
    namen = maak_voorbeelden()
    print(f"{len(namen)} bestanden in {VOORBEELDEN}")
