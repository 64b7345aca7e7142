"""The frozen app's entry point (PyInstaller): the same ``run`` as the installed command."""

from perfeval_gui.__main__ import run

if __name__ == "__main__":
    run()
