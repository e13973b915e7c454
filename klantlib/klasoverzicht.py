"""Het klasoverzicht na het nakijken: wat ging de klas goed af, en waar ging het mis?

:func:`klantlib.nakijken.main` schrijft naast de cijfers een bestand
``klasoverzicht.html`` (één bestand, werkt zonder internet in elke browser) en,
met ``--xlsx``, dezelfde cijfers als extra tabbladen in het Excel-bestand.

Per oefening zie je welk deel van de klas hem goed had, hoeveel studenten hem
niet probeerden, en welke terugkoppeling de studenten die hem níet goed hadden
het vaakst kregen. Die terugkoppeling komt uit de controles zelf
(``wb.controleer``). Getallen in die zinnen worden vervangen door ``…``, want met
persoonlijke datasets heeft elke student een ander getal: zo tel je dezelfde
fout bij elkaar op.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections import Counter

import pandas as pd

__all__ = ["per_oefening", "verdeling_totalen", "niet_uitgevoerd", "maak_html", "schrijf_html", "kern_van"]

# Een getal, maar niet in een naam (``omzet_2025``) of een oefeningnummer in ``wb.hint("0.2")``.
_GETAL = re.compile(r"(?<![\w.])[-−+]?\d+(?:[.,]\d+)*(?![\w\"]|[.,]\d)")
#: De vaste slotzin van elke terugkoppeling; zegt in het overzicht niets.
_HINTZIN = re.compile(r"\s*Vraag een hint met wb\.hint\([^)]*\)\.?\s*$", re.IGNORECASE)
_OPMAAK = re.compile(r"\*\*|\*|`|^>\s*")


def kern_van(tekst: str | None, max_tekens: int = 160) -> str:
    """De kern van een terugkoppeling: eerste alinea, zonder opmaak, getallen als ``…``.

    >>> kern_van("Je antwoord **48,6** is te hoog.\\n\\nTip: deel door 100.")
    'Je antwoord … is te hoog.'
    >>> kern_van('`omzet_2025`: je telde 12 facturen. Vraag een hint met `wb.hint("0.2")`.')
    'omzet_2025: je telde … facturen.'
    >>> kern_van("") == kern_van(None) == ""
    True
    """
    if not tekst:
        return ""
    eerste = str(tekst).strip().split("\n\n")[0]
    eerste = _OPMAAK.sub("", eerste)
    eerste = _HINTZIN.sub("", eerste)
    eerste = _GETAL.sub("…", eerste)
    eerste = re.sub(r"\s+", " ", eerste).strip()
    return eerste if len(eerste) <= max_tekens else eerste[: max_tekens - 1].rstrip() + "…"


def _eindstand(uitkomst: dict) -> dict[str, tuple[str, str]]:
    """Per oefening (id) de beste status en de terugkoppeling die daarbij hoort.

    De eindcontrole geeft de stand aan het eind van het notebook; heeft een controle
    eerder in het notebook "goed" gezegd, dan telt die (zoals in de cijferlijst).
    """
    rang = {"goed": 2, "fout": 1, "leeg": 0}
    stand: dict[str, tuple[str, str]] = {}
    for r in uitkomst.get("controles", []):
        if r.get("soort") not in ("controle", "eind") or r.get("id") is None:
            continue
        id_, status = str(r["id"]), r.get("status")
        oud = stand.get(id_)
        if oud is None or rang.get(status, -1) > rang.get(oud[0], -1) or (
                status == oud[0] and r.get("soort") == "eind"):
            stand[id_] = (status, r.get("tekst") or "")
    return stand


def per_oefening(uitkomsten: list[dict], ids: list[str]) -> pd.DataFrame:
    """Eén rij per oefening: hoeveel notebooks, hoeveel goed, en de meest gegeven terugkoppeling.

    Alleen notebooks met een gestart werkboek tellen mee (een kapot bestand niet).
    Gesorteerd van moeilijk (laagste deel goed) naar makkelijk.

    >>> u = [{"controles": [{"soort": "start"}, {"soort": "eind", "id": "1.1", "status": "goed"}]},
    ...      {"controles": [{"soort": "start"}, {"soort": "eind", "id": "1.1", "status": "fout",
    ...                      "tekst": "Je antwoord 12 is te hoog."}]},
    ...      {"controles": [{"soort": "start"}, {"soort": "eind", "id": "1.1", "status": "fout",
    ...                      "tekst": "Je antwoord 15 is te hoog."}]}]
    >>> t = per_oefening(u, ["1.1"])
    >>> [t.loc[0, "oefening"]] + [int(t.loc[0, k]) for k in ("notebooks", "goed", "niet_geprobeerd")]
    ['1.1', 3, 1, 0]
    >>> t.loc[0, "meest_gegeven_terugkoppeling"], int(t.loc[0, "hoe_vaak"])
    ('Je antwoord … is te hoog.', 2)
    """
    meegeteld = [u for u in uitkomsten if any(r.get("soort") == "start" for r in u.get("controles", []))]
    standen = [_eindstand(u) for u in meegeteld]
    rijen = []
    for id_ in ids:
        goed = leeg = 0
        teksten: Counter[str] = Counter()
        for stand in standen:
            status, tekst = stand.get(id_, ("leeg", ""))
            if status == "goed":
                goed += 1
            elif status == "fout":
                teksten[kern_van(tekst) or "(geen uitleg)"] += 1
            else:
                leeg += 1
        n = len(standen)
        vaakst, hoe_vaak = teksten.most_common(1)[0] if teksten else ("", 0)
        rijen.append(dict(oefening=id_, notebooks=n, goed=goed, aandeel_goed=goed / n if n else float("nan"),
                          niet_geprobeerd=leeg, nog_niet_goed=sum(teksten.values()),
                          meest_gegeven_terugkoppeling=vaakst, hoe_vaak=hoe_vaak))
    tabel = pd.DataFrame(rijen, columns=["oefening", "notebooks", "goed", "aandeel_goed", "niet_geprobeerd",
                                         "nog_niet_goed", "meest_gegeven_terugkoppeling", "hoe_vaak"])
    return tabel.sort_values(["aandeel_goed", "oefening"], kind="stable").reset_index(drop=True)


def verdeling_totalen(cijfers: pd.DataFrame) -> pd.Series:
    """Hoeveel notebooks elk totaal haalden (0 tot het aantal oefeningen).

    >>> verdeling_totalen(pd.DataFrame({"totaal": [3, 3, 1]})).to_dict()
    {0: 0, 1: 1, 2: 0, 3: 2}
    """
    if cijfers.empty:
        return pd.Series(dtype="int64", name="notebooks")
    hoogste = int(cijfers["totaal"].max())
    kolommen = [k for k in cijfers.columns if k not in ("bestand", "seed", "totaal", "status")]
    hoogste = max(hoogste, len(kolommen))
    return cijfers["totaal"].value_counts().reindex(range(hoogste + 1), fill_value=0).rename("notebooks")


def niet_uitgevoerd(uitkomsten: list[dict]) -> pd.DataFrame:
    """Notebooks die niet (helemaal) konden draaien, met de reden uit het logboek."""
    from klantlib.nakijken import MISLUKT

    rijen = [dict(bestand=u["bestand"], status=u["status"], reden=(u.get("log") or [""])[-1])
             for u in sorted(uitkomsten, key=lambda u: u["bestand"]) if u["status"] in MISLUKT]
    return pd.DataFrame(rijen, columns=["bestand", "status", "reden"])


def _grafiek_png(tabel: pd.DataFrame, totalen: pd.Series) -> str:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    fig, (links, rechts) = plt.subplots(1, 2, figsize=(10, max(2.5, 0.32 * len(tabel) + 1)),
                                        gridspec_kw={"width_ratios": [3, 2]})
    volgorde = tabel.iloc[::-1]  # moeilijkste bovenaan
    links.barh([str(o) for o in volgorde["oefening"]], 100 * volgorde["aandeel_goed"].fillna(0), color="#2a6f97")
    links.set_xlim(0, 100)
    links.set_xlabel("Deel van de klas goed (%)")
    links.set_title("Per oefening (moeilijkste bovenaan)")
    rechts.bar([str(t) for t in totalen.index], totalen.to_numpy(), color="#61a5c2")
    rechts.set_xlabel("Aantal oefeningen goed")
    rechts.set_ylabel("Aantal notebooks")
    from matplotlib.ticker import MaxNLocator
    rechts.yaxis.set_major_locator(MaxNLocator(integer=True))
    rechts.set_title("Verdeling van de totalen")
    for ax in (links, rechts):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def maak_html(cijfers: pd.DataFrame, oefeningen: pd.DataFrame, mislukt: pd.DataFrame, titel: str = "Klasoverzicht") -> str:
    """Het klasoverzicht als één HTML-pagina (grafiek als ingebed plaatje, geen internet nodig)."""
    totalen = verdeling_totalen(cijfers)
    e = html.escape
    regels = []
    for r in oefeningen.itertuples():
        deel = "–" if pd.isna(r.aandeel_goed) else f"{100 * r.aandeel_goed:.0f} %"
        fb = e(r.meest_gegeven_terugkoppeling) + (f" <small>({r.hoe_vaak}×)</small>" if r.hoe_vaak else "")
        regels.append(f"<tr><td>{e(str(r.oefening))}</td><td class='getal'>{deel}</td>"
                      f"<td class='getal'>{r.goed} van {r.notebooks}</td><td class='getal'>{r.niet_geprobeerd}</td>"
                      f"<td>{fb}</td></tr>")
    mislukt_html = "".join(f"<tr><td>{e(r.bestand)}</td><td>{e(r.status)}</td><td>{e(r.reden)}</td></tr>"
                           for r in mislukt.itertuples()) or "<tr><td colspan='3'>Alle notebooks konden draaien.</td></tr>"
    png = _grafiek_png(oefeningen, totalen) if len(oefeningen) else ""
    plaatje = f"<img alt='Deel goed per oefening en verdeling van de totalen' src='data:image/png;base64,{png}'>" if png else ""
    gemiddeld = f"{cijfers['totaal'].mean():.1f}" if len(cijfers) else "–"
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{e(titel)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 70em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }} th, td {{ border-bottom: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }}
th {{ background: #eef4f8; }} td.getal {{ text-align: right; white-space: nowrap; }} img {{ max-width: 100%; }}
</style></head><body>
<h1>{e(titel)}</h1>
<p>{len(cijfers)} notebook(s) nagekeken; gemiddeld {gemiddeld} oefening(en) goed.
Open vragen worden niet automatisch nagekeken: die staan hier niet in.</p>
{plaatje}
<h2>Per oefening, moeilijkste eerst</h2>
<p>"Meest gegeven terugkoppeling": wat de controle het vaakst zei tegen studenten die de oefening
níet goed hadden. Getallen staan er als … (met persoonlijke datasets heeft iedereen andere getallen).</p>
<table><thead><tr><th>Oefening</th><th>Goed</th><th>Aantal</th><th>Niet geprobeerd</th><th>Meest gegeven terugkoppeling</th></tr></thead>
<tbody>{''.join(regels)}</tbody></table>
<h2>Notebooks die niet (helemaal) konden draaien</h2>
<table><thead><tr><th>Bestand</th><th>Status</th><th>Reden</th></tr></thead><tbody>{mislukt_html}</tbody></table>
</body></html>
"""


def schrijf_html(pad, cijfers: pd.DataFrame, oefeningen: pd.DataFrame, mislukt: pd.DataFrame) -> None:
    from pathlib import Path

    Path(pad).write_text(maak_html(cijfers, oefeningen, mislukt), encoding="utf-8")
