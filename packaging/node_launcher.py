"""Frozen entry point of the DICOM node (pneumoscan-node)."""

import sys

from engine.cli.node import main

if __name__ == "__main__":
    sys.exit(main())
