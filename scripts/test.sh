#!/usr/bin/env bash
# The whole test suite: install (with test tools), then run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
exec .venv/bin/python -m pytest "$@"
