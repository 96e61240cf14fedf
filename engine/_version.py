"""The single source of the application's version (pyproject reads it too)."""

__version__ = "0.1.0"
