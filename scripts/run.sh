#!/usr/bin/env bash
# The main job on the embedded default: install, then extract the events of the
# bundled example (Spanish Wikipedia, CC BY-SA 4.0) and print them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/cronica extract examples/seed.txt "$@"
