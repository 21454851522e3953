"""`python -m mou_graph` runs the command line."""

from .cli import app

app(prog_name="mou-graph")
