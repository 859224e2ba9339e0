#!/usr/bin/env bash
# Makes sure Debian's scikit-learn (package python3-sklearn) is importable by /usr/bin/python3, the interpreter
# scripts/bench/sklearn_baseline.py runs under. Does nothing when it already is; otherwise installs the package with
# apt-get (as root, or through sudo when available). Quiet on success: one line on standard error.
# Exit codes: 0 ok (already there or installed), 1 install failed or sklearn still not importable afterwards.
# Usage: scripts/bench/install_sklearn.sh
set -euo pipefail

PY=/usr/bin/python3
PKG=python3-sklearn

version() { "$PY" -c 'import sklearn; print(sklearn.__version__)' 2>/dev/null; }

if [ -x "$PY" ] && v=$(version); then
  echo "install_sklearn.sh: scikit-learn $v already importable by $PY" >&2
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install_sklearn.sh: error: $PY cannot import sklearn and apt-get is not available (Debian/Ubuntu only);" \
       "install the $PKG package for $PY by other means" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo -n)
else
  echo "install_sklearn.sh: error: $PY cannot import sklearn; installing $PKG needs root (run as root or install sudo)" >&2
  exit 1
fi

log=$(mktemp /tmp/install_sklearn.XXXXXX.log)
trap 'rm -f "$log"' EXIT
echo "install_sklearn.sh: $PY cannot import sklearn, installing $PKG with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "$PKG"; } >"$log" 2>&1; then
  echo "install_sklearn.sh: error: apt-get could not install $PKG; last lines of its output:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi

if ! v=$(version); then
  echo "install_sklearn.sh: error: $PKG installed but $PY still cannot import sklearn:" >&2
  "$PY" -c 'import sklearn' >&2 || true
  exit 1
fi
echo "install_sklearn.sh: installed scikit-learn $v for $PY" >&2
