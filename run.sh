#!/usr/bin/env bash
# The main job on a fresh machine: set up, ingest the bundled samples, summarise, serve the workbench.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
export FOOTHOLD_DB=${FOOTHOLD_DB:-sqlite:///foothold.db}
.venv/bin/foothold ingest samples/
.venv/bin/foothold summary
exec .venv/bin/foothold serve "$@"
