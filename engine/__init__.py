"""Pneumoscan engine: image input, model bundle, inference, heatmaps, export.

This package never imports Qt or the training package.
"""

from engine._version import __version__

__all__ = ["__version__"]
