"""Welke Chromium gebruikt de browsertest? Ook op de Mac of Windows-laptop van een docent.

Volgorde (issue 18):

1. ``KLANT_BROWSER``: een pad dat je zelf opgeeft.
2. Een Chromium of Chrome (of Edge, ook Chromium) die al op de computer staat: de gewone
   installatieplekken op Linux, macOS en Windows, en wat op het ``PATH`` staat.
3. De eigen browser van Playwright, als die geïnstalleerd is
   (``python -m playwright install chromium``).
4. Op Debian/Ubuntu als root (zoals de CI): de Debian-pakketten ``chromium`` en
   ``chromium-driver`` installeren met apt-get.
5. Anders: een duidelijke Nederlandse melding met het ene commando dat het oplost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DEBIAN_CHROMIUM = "/usr/bin/chromium"
INSTALLEER = f"{sys.executable} -m playwright install chromium"


def _vaste_plekken() -> list[Path]:
    plekken = [Path(DEBIAN_CHROMIUM), Path("/usr/bin/chromium-browser"), Path("/usr/bin/google-chrome"),
               Path("/usr/bin/google-chrome-stable"), Path("/snap/bin/chromium"),
               Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
               Path("/Applications/Chromium.app/Contents/MacOS/Chromium"),
               Path("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")]
    for basis in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"), os.environ.get("LOCALAPPDATA")):
        if basis:
            plekken += [Path(basis) / "Google" / "Chrome" / "Application" / "chrome.exe",
                        Path(basis) / "Chromium" / "Application" / "chrome.exe",
                        Path(basis) / "Microsoft" / "Edge" / "Application" / "msedge.exe"]
    return plekken


def systeembrowser() -> str | None:
    """Een Chromium-achtige browser die al geïnstalleerd is, of None."""
    eigen = os.environ.get("KLANT_BROWSER")
    if eigen:
        return eigen if Path(eigen).exists() else None
    for plek in _vaste_plekken():
        if plek.is_file():
            return str(plek)
    for naam in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge"):
        if gevonden := shutil.which(naam):
            return gevonden
    return None


def playwright_browser() -> str | None:
    """De Chromium die ``playwright install chromium`` neerzette, of None."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as pw:
            pad = pw.chromium.executable_path
    except Exception:  # noqa: BLE001 - geen driver of geen browser: dan niet
        return None
    return pad if pad and Path(pad).exists() else None


def _debian_installeren() -> str | None:
    apt = shutil.which("apt-get")
    if apt is None or not Path("/etc/debian_version").exists() or os.geteuid() != 0:
        return None
    print("browsertest: geen browser gevonden, Debian-chromium installeren met apt-get ...", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in ([apt, "update", "-q"],
                [apt, "install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver"]):
        r = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"'{' '.join(cmd)}' mislukte (code {r.returncode}):\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    if not Path(DEBIAN_CHROMIUM).exists():
        raise RuntimeError(f"apt-get installeerde chromium, maar {DEBIAN_CHROMIUM} bestaat niet.")
    print("browsertest: chromium geïnstalleerd.", flush=True)
    return DEBIAN_CHROMIUM


def zoek_browser() -> tuple[str | None, str]:
    """(pad naar de browser, waar hij vandaan komt) of (None, een Nederlandse uitleg wat je moet doen)."""
    if os.environ.get("KLANT_BROWSER") and systeembrowser() is None:
        return None, (f"KLANT_BROWSER wijst naar {os.environ['KLANT_BROWSER']}, maar daar staat geen browser. "
                      "Pas het pad aan of haal KLANT_BROWSER weg.")
    if pad := systeembrowser():
        return pad, "op deze computer"
    if pad := playwright_browser():
        return pad, "van Playwright"
    if pad := _debian_installeren():
        return pad, "Debian-pakket (net geïnstalleerd)"
    return None, ("Er is geen Chromium, Chrome of Edge gevonden voor de browsertest. Installeer de browser van "
                  f"Playwright met één commando in de cursusmap:\n    {INSTALLEER}\n"
                  "of geef het pad naar je eigen Chrome met de omgevingsvariabele KLANT_BROWSER.")
