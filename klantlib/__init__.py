"""klantlib: de hulpbibliotheek van de cursus Klant centraal."""

__version__ = "0.1.0"
