"""dvdtrack: read DVD release notes into a database of editions tied to films."""

__version__ = "0.1.0"
