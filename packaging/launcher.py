"""The frozen app's entry point (PyInstaller): the same ``main`` as the installed command."""

import sys

from perfeval_gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
