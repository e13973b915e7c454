"""Zelftest van de browsertest: bewijst dat hij kan falen.

We maken een klein notebook met drie widgets die de afspraken volgen
(``klantlib-widget``, ``klantlib-<naam>``, ``klantlib-resultaat``) en één plot:

* ``heel``              werkt goed (tekst én plaatje): de browsertest moet hem
  goedkeuren en de latentie van zijn plaatje meten;
* ``kapot``             de callback gooit een fout, het resultaat verandert niet;
* ``stil_plaatje``      de tekst werkt, maar het plaatje wordt nooit bijgewerkt:
  de latentiemeting moet dat als fout melden;
* ``verkeerde_versie``  een widget met een niet-bestaande versie van de
  view-module: de browser toont "Error displaying widget" / kan hem niet laden;
* en een laatste cel die een ``ValueError`` geeft (foutuitvoer in de cel).

De browsertest draait dit notebook net als een les. De zelftest slaagt alleen
als precies ``heel`` goed is en er fouten zijn die het notebook én de
widgets ``kapot``, ``stil_plaatje`` en ``verkeerde_versie`` noemen, plus de
foutuitvoer.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

NOTEBOOK = "zelftest/zelftest_kapotte_widget.ipynb"

_SETUP = '''\
import io

import ipywidgets as widgets
import matplotlib.pyplot as plt
from PIL import Image


def kwadraat_tekst(n):
    """Pure functie: de tekst die de widget toont."""
    return f"<b>{n} in het kwadraat is {n * n}</b>"


def plaatje(k):
    """Een klein PNG-plaatje met een kleur die bij elke k anders is."""
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), ((37 * k) % 256, (91 * k) % 256, 120)).save(buffer, format="png")
    return buffer.getvalue()


def maak_widget(naam, kapot=False, plaatje_bijwerken=True):
    schuif = widgets.IntSlider(value=3, min=0, max=10, description="Getal")
    keuze = widgets.Dropdown(options=["3", "5", "7"], value="3", description="Keuze")
    resultaat = widgets.HTML(kwadraat_tekst(3)).add_class("klantlib-resultaat")
    beeld = widgets.Image(value=plaatje(0), format="png")
    teller = [0]

    def bij_wijziging(change):
        if kapot:
            raise RuntimeError("expres kapot voor de zelftest")
        resultaat.value = kwadraat_tekst(int(change["new"]))
        teller[0] += 1
        if plaatje_bijwerken:
            beeld.value = plaatje(teller[0])

    schuif.observe(bij_wijziging, names="value")
    keuze.observe(bij_wijziging, names="value")
    doos = widgets.VBox([schuif, keuze, resultaat, beeld])
    doos.add_class("klantlib-widget")
    doos.add_class(f"klantlib-{naam}")
    return doos
'''

_CELLEN = [
    ("markdown", "# Zelftest browsertest\n\nDit notebook is expres deels kapot."),
    ("code", _SETUP),
    ("code", 'maak_widget("heel")'),
    ("code", 'maak_widget("kapot", kapot=True)'),
    ("code", 'maak_widget("stil_plaatje", plaatje_bijwerken=False)'),
    (
        "code",
        'verkeerd = widgets.VBox([widgets.HTML("versie 99").add_class("klantlib-resultaat")])\n'
        'verkeerd._view_module_version = "99.0.0"\n'
        'verkeerd.add_class("klantlib-widget")\n'
        'verkeerd.add_class("klantlib-verkeerde_versie")\n'
        "verkeerd",
    ),
    ("code", "fig, ax = plt.subplots(figsize=(4, 2))\nax.plot([1, 2, 3], [1, 4, 9])\nax.set_title('Kwadraten');"),
    # als laatste: een cel die een fout geeft (Run All stopt hier)
    ("code", 'raise ValueError("expres fout voor de zelftest")'),
]


def kwadraat_tekst(n: int) -> str:
    """Dezelfde pure functie als in het notebook.

    >>> kwadraat_tekst(4)
    '<b>4 in het kwadraat is 16</b>'
    """
    return f"<b>{n} in het kwadraat is {n * n}</b>"


#: widgetspec-regels voor het zelftest-notebook (zelfde formaat als widgetspec.WIDGETS).
WIDGETS = [
    {
        "notebook": NOTEBOOK,
        "widget": "heel",
        "actie": ("slider", "Getal", "ArrowRight"),
        "verwacht": lambda: kwadraat_tekst(4),
    },
    {
        "notebook": NOTEBOOK,
        "widget": "heel",
        "actie": ("dropdown", "Keuze", "7"),
        "verwacht": lambda: kwadraat_tekst(7),
    },
    {
        # de tekst klopt (deze regel slaagt); alleen de latentiemeting moet hem afkeuren
        "notebook": NOTEBOOK,
        "widget": "stil_plaatje",
        "actie": ("slider", "Getal", "ArrowRight"),
        "verwacht": lambda: kwadraat_tekst(4),
    },
    {
        "notebook": NOTEBOOK,
        "widget": "kapot",
        "actie": ("slider", "Getal", "ArrowRight", 2),
        "verwacht": lambda: kwadraat_tekst(5),
    },
]

#: de widget waarvan de tekst werkt maar het plaatje niet (alleen de latentiemeting ziet dat)
STIL_PLAATJE = "stil_plaatje"
#: widgets die in de zelftest moeten falen, en die die moet slagen.
MOET_FALEN = ("kapot", "verkeerde_versie", STIL_PLAATJE)
MOET_SLAGEN = ("heel",)


def schrijf_notebook(root: Path) -> Path:
    """Schrijf het zelftest-notebook onder ``root`` en geef het pad terug."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for soort, bron in _CELLEN:
        maak = nbformat.v4.new_code_cell if soort == "code" else nbformat.v4.new_markdown_cell
        nb.cells.append(maak(bron))
    pad = root / NOTEBOOK
    pad.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, pad)
    return pad
