"""Namen, e-mailadressen en telefoonnummers vervangen door vaste pseudoniemen (AVG)."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

import pandas as pd

from klantlib._compat import TEKST

from .schema import naamsleutel

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_TELEFOON = re.compile(r"(?<![\w+])(?:\+31|0031|0)[\s\-()]*(?:\d[\s\-()]*){8}\d(?!\d)")
_MIN_SLEUTEL = 16


def _pseudoniem(sleutel: bytes, soort: str, waarde: str) -> str:
    if soort == "email":
        norm = waarde.strip().lower()
    elif soort == "telefoon":
        cijfers = re.sub(r"\D", "", waarde)
        if cijfers.startswith("0031"):
            cijfers = "0" + cijfers[4:]
        elif cijfers.startswith("31") and len(cijfers) == 11:
            cijfers = "0" + cijfers[2:]
        norm = cijfers
    else:
        norm = " ".join(unicodedata.normalize("NFC", waarde).casefold().split())
    code = hmac.new(sleutel, f"{soort}:{norm}".encode(), hashlib.sha256).hexdigest()[:12]
    if soort == "email":
        return f"{code}@pseudoniem.invalid"
    if soort == "telefoon":
        return f"tel-{code}"
    return f"persoon-{code}"


def _soort_waarde(waarde: str) -> str:
    if _EMAIL.fullmatch(waarde.strip()):
        return "email"
    if _TELEFOON.fullmatch(waarde.strip()):
        return "telefoon"
    return "naam"


_PERSOONSKOLOMMEN = {
    "verkoper": "naam", "contact_id": "auto", "voornaam": "naam", "achternaam": "naam", "naam": "naam",
    "contactpersoon": "naam", "email": "email", "emailadres": "email", "telefoon": "telefoon",
    "telefoonnummer": "telefoon", "mobiel": "telefoon",
}


def pseudonimiseer(data: pd.DataFrame, sleutel, kolommen=None, tekstkolommen=None) -> pd.DataFrame:
    """Vervang namen, e-mailadressen en telefoonnummers door vaste pseudoniemen (AVG).

    Dezelfde waarde krijgt met dezelfde sleutel altijd hetzelfde pseudoniem,
    ook in een ander bestand. Zo kun je tabellen nog steeds koppelen. Zonder
    de sleutel is het pseudoniem niet terug te rekenen naar de naam (HMAC-SHA256).
    Bewaar de sleutel dus goed en deel hem niet.

    Parameters
    ----------
    data : DataFrame
    sleutel : str of bytes
        Je geheime sleutel, minstens 16 tekens. Maak er een met
        ``secrets.token_hex(32)``.
    kolommen : list of dict, optioneel
        Welke kolommen. Een lijst (soort per waarde bepaald: e-mail,
        telefoon of naam) of een dict ``{kolom: 'naam'|'email'|'telefoon'|'auto'}``.
        Zonder ``kolommen``: de bekende persoonskolommen die in ``data`` staan
        (zoals verkoper, contact_id, email, telefoon).
    tekstkolommen : list, optioneel
        Open tekst (zoals ``verbeterpunt``): e-mailadressen, telefoonnummers en
        de namen uit ``kolommen`` die daarin staan, worden ook vervangen.

    >>> df = pd.DataFrame({"verkoper": ["Anna de Vries", "anna  de vries", None]})
    >>> uit = pseudonimiseer(df, "een-lange-geheime-sleutel")
    >>> uit["verkoper"].iloc[0] == uit["verkoper"].iloc[1], uit["verkoper"].iloc[0].startswith("persoon-")
    (True, True)
    >>> bool(pd.isna(uit["verkoper"].iloc[2]))
    True
    """
    if not isinstance(data, pd.DataFrame):
        raise ValueError("data moet een DataFrame zijn.")
    if isinstance(sleutel, str):
        sleutel_b = sleutel.encode()
    elif isinstance(sleutel, bytes):
        sleutel_b = sleutel
    else:
        raise ValueError("sleutel moet tekst (str) of bytes zijn.")
    if len(sleutel_b) < _MIN_SLEUTEL:
        raise ValueError(
            f"sleutel is te kort ({len(sleutel_b)} tekens); gebruik er minstens {_MIN_SLEUTEL}. "
            "Maak een sterke sleutel met secrets.token_hex(32) en bewaar die buiten je notebook."
        )
    if kolommen is None:
        kolommen = {k: _PERSOONSKOLOMMEN[naamsleutel(k)] for k in data.columns if naamsleutel(k) in _PERSOONSKOLOMMEN}
    elif not isinstance(kolommen, dict):
        kolommen = {k: "auto" for k in kolommen}
    for k, soort in kolommen.items():
        if k not in data.columns:
            raise ValueError(f"kolommen: {k!r} staat niet in de tabel. Kolommen: {', '.join(map(str, data.columns))}.")
        if soort not in ("naam", "email", "telefoon", "auto"):
            raise ValueError(f"kolommen: soort {soort!r} voor {k!r} moet 'naam', 'email', 'telefoon' of 'auto' zijn.")
    tekstkolommen = list(tekstkolommen or [])
    for k in tekstkolommen:
        if k not in data.columns:
            raise ValueError(f"tekstkolommen: {k!r} staat niet in de tabel.")
    uit = data.copy()
    vervangen: dict[str, str] = {}
    for k, soort in kolommen.items():
        s = data[k]
        uniek = pd.unique(s[s.notna()])
        tabel = {}
        for v in uniek:
            tekst = str(v)
            if not tekst.strip():
                continue
            echt = _soort_waarde(tekst) if soort == "auto" else soort
            tabel[v] = _pseudoniem(sleutel_b, echt, tekst)
            if echt == "naam" and len(tekst.strip()) >= 3:
                vervangen[tekst.strip()] = tabel[v]
        uit[k] = s.map(lambda v: tabel.get(v, v) if pd.notna(v) else v).astype(s.dtype if s.dtype != object else TEKST)
    if tekstkolommen:
        namen = sorted(vervangen, key=len, reverse=True)
        patroon = re.compile(r"\b(" + "|".join(re.escape(n) for n in namen) + r")\b", re.I) if namen else None
        sleutel_namen = {n.casefold(): p for n, p in vervangen.items()}

        def schoon(tekst):
            if not isinstance(tekst, str):
                return tekst
            tekst = _EMAIL.sub(lambda m: _pseudoniem(sleutel_b, "email", m[0]), tekst)
            tekst = _TELEFOON.sub(lambda m: _pseudoniem(sleutel_b, "telefoon", m[0]), tekst)
            if patroon is not None:
                tekst = patroon.sub(lambda m: sleutel_namen.get(m[0].casefold(), m[0]), tekst)
            return tekst

        for k in tekstkolommen:
            uit[k] = data[k].map(schoon).astype(data[k].dtype if data[k].dtype != object else TEKST)
    return uit
