"""The `mou-graph` command line (typer): `app`, with one module per command group."""

from .app import app

__all__ = ["app"]
