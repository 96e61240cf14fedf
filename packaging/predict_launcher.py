"""Frozen entry point of the console batch command (pneumoscan-predict)."""

import sys

from engine.cli.predict import main

if __name__ == "__main__":
    sys.exit(main())
