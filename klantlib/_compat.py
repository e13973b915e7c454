"""Verschillen tussen pandas 2.3 en pandas 3 op één plek.

Alleen voor intern gebruik. pandas 3 heeft een eigen tekst-type ``"str"``:
lege waarden blijven leeg (NaN). In pandas 2 maakt ``astype("str")`` van een
lege waarde de tekst ``'None'`` of ``'nan'``. Dat zou stil gegevens veranderen.
Daarom gebruikt klantlib overal :data:`TEKST`: in pandas 3 is dat ``"str"``,
in pandas 2.3 hetzelfde type onder een andere naam.

>>> import pandas as pd
>>> pd.Series(["a", None]).astype(TEKST).isna().tolist()
[False, True]
>>> str(pd.Series(["a"]).astype(TEKST).dtype)
'str'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PANDAS_3 = int(pd.__version__.split(".")[0]) >= 3

#: Het tekst-type voor kolommen met tekst (lege waarden blijven NaN).
TEKST = "str" if PANDAS_3 else pd.StringDtype("python", na_value=np.nan)

#: Tekst als gewone Python-objecten (ook als pyarrow er is). Voor intern rekenwerk
#: dat per waarde Python-code draait: dan is omzetten vanuit Arrow duurder dan het werk.
TEKST_PYTHON = pd.StringDtype("python", na_value=np.nan)
