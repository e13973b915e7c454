"""Ingeleverde werkboeken nakijken.

Gebruik::

    python -m klantlib.nakijken <map met ingeleverde notebooks> --uit cijfers.csv [--xlsx]

Elk notebook draait van boven naar beneden in een nieuwe kernel, op een
tijdelijke kopie (het origineel blijft onaangeroerd; de werkmap is een
tijdelijke map). Er lopen twee notebooks tegelijk. Elke controle
(``wb.controleer``) schrijft haar uitkomst weg, en aan het eind controleert
een extra cel alle oefeningen van het hoofdstuk met de variabelen zoals ze dan
zijn. Een oefening telt als goed (1) als een van die controles goed zegt.

Uitvoer: een CSV met één rij per notebook (bestand, seed, één kolom per
oefening met 1 of 0, totaal, status), naast de CSV een logboek
(``cijfers.log``) met wat er per notebook misging, en ``klasoverzicht.html``:
per oefening het deel van de klas dat hem goed had en de terugkoppeling die de
anderen het vaakst kregen (zie :mod:`klantlib.klasoverzicht`). Met ``--xlsx``
staan dezelfde cijfers als tabbladen in het Excel-bestand.

Let op: nakijken voert de code van studenten uit. Dat is geen afgeschermde
omgeving (geen sandbox): een notebook kan alles wat jij op deze computer mag.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

NAKIJK_VARIABELE = "KLANTLIB_NAKIJKEN"
STANDAARD_CEL_TIMEOUT = 60
STANDAARD_NOTEBOOK_TIMEOUT = 600
EINDCEL_TIMEOUT = 60
MAX_UITVOER = 1_000_000  # tekens uitvoer per notebook die we bewaren
_HOOFDSTUK = re.compile(r"""Werkboek\(\s*["'](h\w+)["']""")

# status per notebook
OK = "ok"
CELFOUTEN = "fouten in cellen"
TE_LANG = "te lang"
KERNEL_GESTOPT = "kernel gestopt"
ONLEESBAAR = "geen notebook"
MISLUKT = (TE_LANG, KERNEL_GESTOPT, ONLEESBAAR)


def _eindcel(hoofdstuk: str | None) -> str:
    return ("import klantlib.oefeningen.kern as _klantlib_kern\n"
            f"_klantlib_kern.eindcontrole(globals(), {hoofdstuk!r})")


def _hoofdstuk_van(nb) -> str | None:
    meta = nb.get("metadata", {}).get("klantlib", {})
    if isinstance(meta, dict) and meta.get("hoofdstuk"):
        return str(meta["hoofdstuk"])
    for cel in nb.cells:
        if cel.cell_type == "code" and (m := _HOOFDSTUK.search(cel.source)):
            return m.group(1)
    return None


def _maak_client_klasse():
    from nbclient import NotebookClient

    class Client(NotebookClient):
        """NotebookClient die fouten per cel onthoudt en uitvoer begrenst."""

        def __init__(self, *args, max_uitvoer: int = MAX_UITVOER, ipc_pad: str | None = None, **kwargs):
            super().__init__(*args, **kwargs)
            self.celfouten: list[tuple[int, str, str]] = []
            self.uitvoer_over = max_uitvoer
            self.ingekort = False
            self.ipc_pad = ipc_pad

        def create_kernel_manager(self):
            # IPC (unix-sockets) in plaats van TCP: geen botsende poorten als er veel
            # kernels tegelijk starten, en geen onversleuteld netwerkverkeer.
            if self.ipc_pad is None:
                return super().create_kernel_manager()
            self.km = self.kernel_manager_class(kernel_name=self.kernel_name, config=self.config,
                                                transport="ipc", ip=self.ipc_pad)
            return self.km

        def output(self, outs, msg, display_id, cell_index):
            grootte = len(json.dumps(msg.get("content", {}), default=str))
            self.uitvoer_over -= grootte
            if self.uitvoer_over < 0:
                self.ingekort = True
                return None
            return super().output(outs, msg, display_id, cell_index)

        async def _check_raise_for_error(self, cell, cell_index, exec_reply):
            if exec_reply is not None and exec_reply.get("content", {}).get("status") == "error":
                inhoud = exec_reply["content"]
                self.celfouten.append((cell_index, str(inhoud.get("ename", "")),
                                       str(inhoud.get("evalue", ""))))
            return await super()._check_raise_for_error(cell, cell_index, exec_reply)

    return Client


def _lees_regels(pad: Path) -> list[dict]:
    regels = []
    if not pad.exists():
        return regels
    for regel in pad.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            regels.append(json.loads(regel))
        except ValueError:
            continue
    return regels


def _cachemap_absoluut() -> None:
    """Een relatieve ``KLANTLIB_CACHE`` absoluut maken.

    De kernels erven de omgeving van dit proces (en delen zo de cache met
    persoonlijke datasets), maar draaien in een tijdelijke werkmap: een
    relatieve map zou daar ergens anders uitkomen.
    """
    map_ = os.environ.get("KLANTLIB_CACHE", "").strip()
    if map_:
        os.environ["KLANTLIB_CACHE"] = os.path.abspath(os.path.expanduser(map_))


def nakijk_notebook(pad: str | os.PathLike, cel_timeout: float = STANDAARD_CEL_TIMEOUT,
                    notebook_timeout: float = STANDAARD_NOTEBOOK_TIMEOUT,
                    max_uitvoer: int = MAX_UITVOER) -> dict:
    """Voer één notebook uit in een nieuwe kernel en verzamel de uitkomsten.

    Geeft een dict met ``bestand``, ``hoofdstuk``, ``seed``, ``statussen``
    ({id: beste status}), ``controles`` (alle weggeschreven regels),
    ``status`` en ``log`` (regels tekst).
    """
    import nbformat
    from nbclient.exceptions import DeadKernelError

    pad = Path(pad)
    uitkomst = {"bestand": pad.name, "hoofdstuk": None, "seed": None, "statussen": {},
                "controles": [], "status": OK, "log": [], "celfouten": 0}
    log = uitkomst["log"]
    try:
        nb = nbformat.read(pad, as_version=4)
        if not isinstance(nb.get("cells"), list):
            raise ValueError("geen cellen")
    except Exception as fout:  # noqa: BLE001
        uitkomst["status"] = ONLEESBAAR
        log.append(f"Dit bestand is geen leesbaar notebook ({type(fout).__name__}); niet nagekeken.")
        return uitkomst

    import klantlib

    versie = nb.get("metadata", {}).get("klantlib", {}).get("versie")
    if versie and versie != klantlib.__version__:
        log.append(f"Let op: werkboek gemaakt met klantlib {versie}, nagekeken met {klantlib.__version__}.")
    hoofdstuk = _hoofdstuk_van(nb)
    uitkomst["hoofdstuk"] = hoofdstuk
    nb.cells.append(nbformat.v4.new_code_cell(_eindcel(hoofdstuk)))
    eind_index = len(nb.cells) - 1

    _cachemap_absoluut()
    werkmap = Path(tempfile.mkdtemp(prefix="nakijken-werk-"))
    uitslagmap = Path(tempfile.mkdtemp(prefix="nakijken-uit-"))
    uitslagen = uitslagmap / "controles.jsonl"
    shutil.copy2(pad, werkmap / pad.name)
    oud_env = {k: os.environ.get(k) for k in (NAKIJK_VARIABELE, "MPLBACKEND")}
    os.environ[NAKIJK_VARIABELE] = str(uitslagen)
    os.environ["MPLBACKEND"] = "Agg"
    Client = _maak_client_klasse()

    def nieuwe_client():
        return Client(
            nb, timeout=max(1, int(cel_timeout)), kernel_name="python3", allow_errors=True,
            interrupt_on_timeout=True, record_timing=False, max_uitvoer=max_uitvoer,
            shutdown_kernel="immediate", extra_arguments=["--HistoryManager.enabled=False"],
            error_on_timeout={"ename": "Tijdslimiet", "evalue": "", "traceback": []},
            resources={"metadata": {"path": str(werkmap)}}, ipc_pad=str(uitslagmap / "kernel"),
        )

    client = nieuwe_client()
    start = time.monotonic()
    overgeslagen = 0
    try:
        stapel = contextlib.ExitStack()
        for poging in range(3):  # een kernel die niet wil starten: nog eens proberen
            try:
                stapel.enter_context(client.setup_kernel(stderr=subprocess.DEVNULL))
                break
            except RuntimeError:
                if poging == 2:
                    raise
                client = nieuwe_client()
                time.sleep(1)
        with stapel:
            for index, cel in enumerate(nb.cells):
                if cel.cell_type != "code":
                    continue
                eind = index == eind_index
                over = notebook_timeout - (time.monotonic() - start)
                if not eind and over <= 0:
                    overgeslagen += 1
                    continue
                client.timeout = EINDCEL_TIMEOUT if eind else max(1, int(min(cel_timeout, over)))
                voor = len(client.celfouten)
                try:
                    client.execute_cell(cel, index)
                except DeadKernelError:
                    uitkomst["status"] = KERNEL_GESTOPT
                    log.append(f"cel {index + 1}: de kernel is gestopt (gecrasht of afgesloten); "
                               "de rest van het notebook is niet uitgevoerd.")
                    break
                for cel_index, naam, waarde in client.celfouten[voor:]:
                    if eind:
                        log.append(f"eindcontrole: {naam}: {waarde}".rstrip(": "))
                    elif naam == "Tijdslimiet":
                        uitkomst["status"] = TE_LANG
                        log.append(f"cel {cel_index + 1}: duurde langer dan {client.timeout} s; "
                                   "de cel is afgebroken.")
                    else:
                        uitkomst["celfouten"] += 1
                        log.append(f"cel {cel_index + 1}: {naam}: {waarde}"[:300].rstrip(": "))
    except DeadKernelError:
        uitkomst["status"] = KERNEL_GESTOPT
        log.append("De kernel is gestopt; het notebook is niet (helemaal) uitgevoerd.")
    except Exception as fout:  # noqa: BLE001 - één notebook mag het nakijken nooit stoppen
        uitkomst["status"] = KERNEL_GESTOPT
        log.append(f"Het notebook kon niet worden uitgevoerd: {type(fout).__name__}: {fout}"[:300])
    finally:
        for k, v in oud_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        regels = _lees_regels(uitslagen)
        shutil.rmtree(werkmap, ignore_errors=True)
        shutil.rmtree(uitslagmap, ignore_errors=True)
    if overgeslagen:
        uitkomst["status"] = TE_LANG
        log.append(f"Het notebook duurde langer dan {notebook_timeout:g} s; {overgeslagen} cel(len) "
                   "zijn overgeslagen.")
    if client.ingekort:
        log.append("Het notebook gaf heel veel uitvoer; die is ingekort (dat telt niet mee voor het cijfer).")
    if uitkomst["status"] == OK and uitkomst["celfouten"]:
        uitkomst["status"] = CELFOUTEN

    uitkomst["controles"] = regels
    starts = [r for r in regels if r.get("soort") == "start"]
    if starts:
        uitkomst["seed"] = starts[-1].get("seed")
        if uitkomst["hoofdstuk"] is None:
            uitkomst["hoofdstuk"] = starts[-1].get("hoofdstuk")
        seeds = {json.dumps(s.get("seed")) for s in starts}
        if len(seeds) > 1:
            log.append(f"Let op: het werkboek is met verschillende seeds gestart ({', '.join(sorted(seeds))}).")
    else:
        log.append("Geen werkboek gestart (de eerste cel met Werkboek(...) ontbreekt of gaf een fout).")
    rang = {"goed": 2, "fout": 1, "leeg": 0}
    statussen: dict[str, str] = {}
    for r in regels:
        if r.get("soort") in ("controle", "eind") and r.get("id") is not None:
            oud = statussen.get(r["id"])
            if oud is None or rang.get(r.get("status"), -1) > rang.get(oud, -1):
                statussen[str(r["id"])] = r.get("status")
    uitkomst["statussen"] = statussen
    if not any(r.get("soort") == "eind" for r in regels) and uitkomst["status"] != ONLEESBAAR:
        log.append("De eindcontrole is niet gelukt; alleen de controles uit het notebook zelf tellen.")
    return uitkomst


def _kolommen(uitkomsten: list[dict]) -> list[str]:
    """De nakijkbare oefening-id's van alle hoofdstukken, in volgorde."""
    from klantlib.oefeningen.kern import laad_hoofdstuk

    ids: list[str] = []
    for hoofdstuk in sorted({u["hoofdstuk"] for u in uitkomsten if u.get("hoofdstuk")}):
        try:
            oefeningen = laad_hoofdstuk(hoofdstuk)
        except Exception:  # noqa: BLE001
            continue
        ids.extend(o.id for o in oefeningen if getattr(o, "nakijkbaar", True) and o.id not in ids)
    return ids


def cijferlijst(uitkomsten: list[dict]):
    """De tabel met één rij per notebook."""
    import pandas as pd

    ids = _kolommen(uitkomsten)
    rijen = []
    for u in sorted(uitkomsten, key=lambda u: u["bestand"]):
        rij = {"bestand": u["bestand"], "seed": u.get("seed")}
        for id in ids:
            rij[id] = int(u["statussen"].get(id) == "goed")
        rij["totaal"] = sum(rij[id] for id in ids)
        rij["status"] = u["status"]
        rijen.append(rij)
    tabel = pd.DataFrame(rijen, columns=["bestand", "seed", *ids, "totaal", "status"])
    tabel["seed"] = tabel["seed"].astype("Int64")
    return tabel


def logtekst(uitkomsten: list[dict], overgeslagen: list[str]) -> str:
    regels = []
    ids = _kolommen(uitkomsten)
    for u in sorted(uitkomsten, key=lambda u: u["bestand"]):
        seed = "standaarddataset" if u.get("seed") is None else f"seed {u['seed']}"
        goed = sum(1 for id in ids if u["statussen"].get(id) == "goed")
        regels.append(f"== {u['bestand']} ({u.get('hoofdstuk') or 'hoofdstuk onbekend'}, {seed}) ==")
        regels.append(f"   status: {u['status']}; {goed} nagekeken oefening(en) goed")
        regels.extend(f"   {r}" for r in u["log"])
    for naam in overgeslagen:
        regels.append(f"== {naam} ==")
        regels.append("   overgeslagen: geen notebook (.ipynb)")
    return "\n".join(regels) + "\n"


def zoek_bestanden(map_: Path) -> tuple[list[Path], list[str]]:
    """(notebooks, namen van overgeslagen bestanden) in een map, recursief."""
    notebooks, overgeslagen = [], []
    for pad in sorted(map_.rglob("*")):
        if not pad.is_file() or any(d.startswith(".") for d in pad.relative_to(map_).parts):
            continue
        if pad.suffix == ".ipynb":
            notebooks.append(pad)
        else:
            overgeslagen.append(str(pad.relative_to(map_)))
    return notebooks, overgeslagen


def nakijken(map_: Path, werkers: int = 2, cel_timeout: float = STANDAARD_CEL_TIMEOUT,
             notebook_timeout: float = STANDAARD_NOTEBOOK_TIMEOUT, voortgang: bool = True):
    """Kijk alle notebooks in ``map_`` na. Geeft (uitkomsten, overgeslagen)."""
    from tqdm import tqdm

    notebooks, overgeslagen = zoek_bestanden(map_)
    uitkomsten = []
    if not notebooks:
        return uitkomsten, overgeslagen
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(1, werkers), mp_context=context) as pool:
        taken = {pool.submit(nakijk_notebook, str(p), cel_timeout, notebook_timeout): p for p in notebooks}
        with tqdm(total=len(taken), desc="Nakijken", unit="notebook", disable=not voortgang) as balk:
            for taak in as_completed(taken):
                pad = taken[taak]
                try:
                    uitkomst = taak.result()
                except Exception as fout:  # noqa: BLE001
                    uitkomst = {"bestand": pad.name, "hoofdstuk": None, "seed": None, "statussen": {},
                                "controles": [], "status": KERNEL_GESTOPT, "celfouten": 0,
                                "log": [f"Nakijken mislukt: {type(fout).__name__}: {fout}"[:300]]}
                uitkomst["bestand"] = str(pad.relative_to(map_))
                uitkomsten.append(uitkomst)
                balk.update(1)
    return uitkomsten, overgeslagen


def pd_excel_writer(pad: Path):
    import pandas as pd

    return pd.ExcelWriter(pad, engine="openpyxl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m klantlib.nakijken",
        description="Kijk een map met ingeleverde werkboeken na. Let op: dit voert de code van "
                    "studenten uit en is geen afgeschermde omgeving (geen sandbox).")
    parser.add_argument("map", type=Path, help="map met ingeleverde notebooks")
    parser.add_argument("--uit", type=Path, default=Path("cijfers.csv"), help="CSV-bestand voor de cijfers")
    parser.add_argument("--xlsx", action="store_true", help="schrijf ook een Excel-bestand naast de CSV")
    parser.add_argument("--werkers", type=int, default=2, help="notebooks tegelijk (standaard 2)")
    parser.add_argument("--cel-timeout", type=float, default=STANDAARD_CEL_TIMEOUT,
                        help=f"seconden per cel (standaard {STANDAARD_CEL_TIMEOUT})")
    parser.add_argument("--notebook-timeout", type=float, default=STANDAARD_NOTEBOOK_TIMEOUT,
                        help=f"seconden per notebook (standaard {STANDAARD_NOTEBOOK_TIMEOUT})")
    parser.add_argument("--stil", action="store_true", help="geen voortgangsbalk")
    args = parser.parse_args(argv)
    if not args.map.is_dir():
        print(f"Fout: de map bestaat niet: {args.map}", file=sys.stderr)
        return 2
    uitkomsten, overgeslagen = nakijken(args.map, args.werkers, args.cel_timeout, args.notebook_timeout,
                                        voortgang=not args.stil)
    from klantlib import klasoverzicht

    tabel = cijferlijst(uitkomsten)
    args.uit.parent.mkdir(parents=True, exist_ok=True)
    tabel.to_csv(args.uit, index=False)
    logpad = args.uit.with_suffix(".log")
    logpad.write_text(logtekst(uitkomsten, overgeslagen), encoding="utf-8")
    per_oefening = klasoverzicht.per_oefening(uitkomsten, _kolommen(uitkomsten))
    niet_gelukt = klasoverzicht.niet_uitgevoerd(uitkomsten)
    overzichtpad = args.uit.with_name("klasoverzicht.html")
    klasoverzicht.schrijf_html(overzichtpad, tabel, per_oefening, niet_gelukt)
    if args.xlsx:
        with pd_excel_writer(args.uit.with_suffix(".xlsx")) as schrijver:
            tabel.to_excel(schrijver, sheet_name="cijfers", index=False)
            per_oefening.to_excel(schrijver, sheet_name="klasoverzicht", index=False)
            klasoverzicht.verdeling_totalen(tabel).rename_axis("totaal").reset_index().to_excel(
                schrijver, sheet_name="totalen", index=False)
            niet_gelukt.to_excel(schrijver, sheet_name="niet uitgevoerd", index=False)
    mislukt = [u["bestand"] for u in uitkomsten if u["status"] in MISLUKT]
    print(f"{len(uitkomsten)} notebook(s) nagekeken -> {args.uit} (logboek: {logpad}; klasoverzicht: {overzichtpad})")
    if overgeslagen:
        print(f"{len(overgeslagen)} bestand(en) overgeslagen (geen notebook); zie het logboek.")
    if mislukt:
        print(f"{len(mislukt)} notebook(s) niet helemaal uitgevoerd: {', '.join(mislukt)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
