#!/usr/bin/env bash
# Sets up the project in .venv and runs the main job on the example articles: extraction,
# then the graph views in graphs/example/, and the merge candidates left for a person to review.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e .
.venv/bin/mou-graph extract examples/
.venv/bin/mou-graph extract examples/ --format json --output graphs/example/extraction.json
.venv/bin/mou-graph build graphs/example/extraction.json --out graphs/example
.venv/bin/mou-graph stats graphs/example --top 10
.venv/bin/mou-graph review graphs/example --list
