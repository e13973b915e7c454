"""Draai alle benchmarks in deze map na elkaar en print hun cijfers.

Draaien: make benchmark  (of .venv/bin/python benchmarks/run_all.py)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

hier = Path(__file__).resolve().parent
fouten = 0
for script in sorted(hier.glob("bench_*.py")):
    print(f"\n##### {script.name}", flush=True)
    fouten += subprocess.run([sys.executable, str(script)], cwd=hier.parent).returncode != 0
sys.exit(1 if fouten else 0)
