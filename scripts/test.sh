#!/usr/bin/env bash
# Sets up the project in .venv and runs the whole test suite (the README's test command).
# The tests use real components: Debian's Chromium (the HTML view), Node.js and npm (Neo4j's
# Cypher linter) and iproute2/util-linux (the private network of the Bolt server test). Run as
# root on Debian/Ubuntu, the script installs whichever of them is missing; elsewhere it names
# them and stops, rather than letting those tests fail one by one.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium fonts-nanum"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
command -v ip >/dev/null 2>&1 || missing="$missing iproute2"
command -v unshare >/dev/null 2>&1 || missing="$missing util-linux"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null
  else
    echo "the tests need these system packages:$missing (install them, or run this script as root on Debian)" >&2
    exit 2
  fi
fi

python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[dev]"
(cd tests/cypher_lint && npm ci --no-audit --no-fund --silent)
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/python -m pytest "$@"
