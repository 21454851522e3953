#!/usr/bin/env bash
# Sets up the project in .venv and runs the whole test suite (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[dev]"
if [ -f tests/cypher_lint/package.json ]; then
  (cd tests/cypher_lint && npm ci --no-audit --no-fund --silent)
fi
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks
.venv/bin/python -m pytest "$@"
