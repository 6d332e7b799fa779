"""Presentation pieces of the browser app (app.py): HTML rendering, downloads, the figures tabs."""
