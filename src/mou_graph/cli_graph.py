"""CLI commands for the graph: build, stats (thin layer over mou_graph.graph)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
