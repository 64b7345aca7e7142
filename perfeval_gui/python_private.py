"""The CPython internals the program relies on, in one place.

A process that ends without Python's teardown (``__main__.leave``) first runs what was
registered to run at exit (logging's flush, temporary folders' removal): ``atexit`` has no
public way to run its handlers now, and ``_run_exitfuncs`` is the function a normal exit calls.
A Python that renames it or runs the handlers otherwise fails ``tests/test_python_private.py``.
"""

from __future__ import annotations

import atexit


def run_exit_handlers() -> None:
    """Run every function registered with ``atexit``, last registered first, once."""
    atexit._run_exitfuncs()
