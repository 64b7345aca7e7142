"""The Qt-free modules the window needs, imported before Qt is.

Once loaded, PySide6 reads the source of every Python module imported after it (looking for
PySide use, for its "feature" switches): about 0.1 s of a cold start went into re-reading
sqlite-utils, the core and the standard library. ``__main__`` imports this module first.
"""

from __future__ import annotations

import argparse  # noqa: F401
import copy  # noqa: F401
import tempfile  # noqa: F401
import traceback  # noqa: F401

from .core import figures, grouping, identity_codes, interchange, model, paths, profiles, scoring, values  # noqa: F401
from .export import atomic  # noqa: F401
from .store import repository  # noqa: F401
