#!/usr/bin/env bash
# Set up foothold in ./.venv from pinned dependencies (idempotent; offline-safe after the first run).
#   scripts/setup.sh          the application
#   scripts/setup.sh --test   plus test tools, the Chromium browser for the end-to-end tests and
#                             PostgreSQL binaries (the tests start a private server)
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $($PY --version)"
  $PY -m venv .venv
fi
PIP=".venv/bin/python -m pip --disable-pip-version-check -q"
stamp=.venv/.foothold-installed
lock_hash=$(cat requirements.lock requirements-test.lock pyproject.toml | sha256sum | cut -c1-16)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {   # apt_install PACKAGE... (Debian packages the tests need)
  [ $apt_updated = 1 ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash$want_test" ]; then
  echo "==> installing pinned Python dependencies (requirements.lock)"
  $PIP install -r requirements.lock
  $PIP install --no-deps -e .
  if [ $want_test = 1 ]; then
    # PyICU (for the FollowTheMoney extra) has no wheel here: it compiles against libicu.
    if ! pkg-config --exists icu-uc 2>/dev/null || ! command -v g++ >/dev/null; then
      echo "==> installing libicu-dev, g++, pkg-config (to build PyICU for foothold[ftm])"
      apt_install libicu-dev g++ pkg-config
    fi
    $PIP install -r requirements-test.lock
  fi
  echo "$lock_hash$want_test" > "$stamp"
fi

if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "==> installing front-end libraries from npm (package-lock.json)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

if [ $want_test = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  echo "==> installing Debian's postgresql for the PostgreSQL half of the tests (tests/pg_server.py)"
  apt_install postgresql
fi

if [ $want_test = 1 ] && [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's chromium for browser tests"
  apt_install chromium
fi
