"""Frozen entry point of the desktop app (PyInstaller runs this as __main__)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
