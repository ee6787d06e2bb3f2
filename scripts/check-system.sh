#!/bin/sh
# Says clearly what a fresh Debian/Ubuntu machine lacks before `make` installs anything.
# Usage: scripts/check-system.sh [python] [gui]
PY=${1:-python3}
WANT_GUI=${2:-gui}
fail=0
if ! command -v "$PY" >/dev/null 2>&1; then
  echo "THIẾU / MISSING: $PY (Python 3.11 or newer). Install: sudo apt-get install python3 python3-venv"
  exit 1
fi
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "THIẾU / MISSING: Python 3.11+ (found $("$PY" --version 2>&1)). Install a newer python3, or run: make PY=python3.12"
  exit 1
fi
if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "THIẾU / MISSING: the venv module. Install: sudo apt-get install python3-venv"
  fail=1
fi
if [ "$WANT_GUI" = gui ] && command -v ldconfig >/dev/null 2>&1; then
  missing=""
  for pair in libGL.so.1:libgl1 libEGL.so.1:libegl1 libxkbcommon.so.0:libxkbcommon0 \
              libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0; do
    lib=${pair%%:*}; pkg=${pair##*:}
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then missing="$missing $pkg"; fi
  done
  if [ -n "${DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-xcb}" = xcb ]; then
    for pair in libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
                libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
                libxcb-shape.so.0:libxcb-shape0 libxcb-render-util.so.0:libxcb-render-util0 \
                libxcb-image.so.0:libxcb-image0; do
      lib=${pair%%:*}; pkg=${pair##*:}
      if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then missing="$missing $pkg"; fi
    done
  fi
  if [ -n "$missing" ]; then
    echo "THIẾU / MISSING system libraries for Qt:$missing"
    echo "  Install: sudo apt-get install$missing"
    fail=1
  fi
fi
exit $fail
