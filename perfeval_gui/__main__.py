"""Entry point: ``perfeval-gui`` opens the window; with a sub-command it works headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence

HEADLESS = {"score", "check", "export", "import", "dump", "list", "summary", "archive", "backup",
            "restore", "read"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in HEADLESS for a in args[:3]) or any(a in ("-h", "--help") for a in args):
        from .cli import run

        return run(args)
    from . import window_modules  # noqa: F401 - before Qt: see there why
    from .ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
