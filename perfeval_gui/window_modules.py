"""The Qt-free modules the window needs, imported before Qt is.

Once loaded, PySide6 reads the source of every Python module imported after it (looking for
PySide use, for its "feature" switches): about 0.1 s of a cold start went into re-reading
sqlite-utils, the core and the standard library. ``__main__`` imports this module first.
"""

from __future__ import annotations

import argparse  # noqa: F401
import copy  # noqa: F401
import logging  # noqa: F401
import socket  # noqa: F401
import tempfile  # noqa: F401
import traceback  # noqa: F401
import zipfile  # noqa: F401

from . import resources  # noqa: F401
from .core import (  # noqa: F401
    figures,
    file_names,
    grouping,
    identity_codes,
    inputs,
    interchange,
    merge,
    model,
    narrative,
    new_report,
    outline,
    paths,
    profiles,
    scoring,
    values,
)
from .export import atomic  # noqa: F401
from .store import locks, repository, rescue, score_cache  # noqa: F401
