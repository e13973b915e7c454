"""De fout van de importer: één soort, met een Nederlandse uitleg."""

from __future__ import annotations


class InleesFout(ValueError):
    """Een bestand kan niet (veilig) worden ingelezen. De tekst zegt waarom."""


# Iedereen gebruikt hem als klantlib.inlezen.InleesFout; zo heet hij ook in meldingen.
InleesFout.__module__ = "klantlib.inlezen"
