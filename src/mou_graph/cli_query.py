"""CLI commands for Cypher: query, load (thin layer over mou_graph.cypher)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
