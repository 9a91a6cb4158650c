#!/usr/bin/env bash
# Run the whole test suite (sets up first, including the browser for end-to-end tests).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
