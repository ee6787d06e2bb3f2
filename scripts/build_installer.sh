#!/bin/sh
# Builds the one-folder PyInstaller bundle dist/kiosk/ (kiosk, kiosk-console, _internal/) from
# build_installer.spec, then prints the build time and the bundle's size.
# Usage: sh scripts/build_installer.sh          (`make installer` runs it, then frozen_selftest.sh)
#   VENV=.venv           the virtualenv with '.[gui,installer]' installed
#   KIOSK_BUILD_CLEAN=0  keep PyInstaller's caches (build/, ~/.cache/pyinstaller) from the last
#                        build: a rebuild after a small change is faster; the default is --clean
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python
if ! "$PY" -c 'import PyInstaller, PySide6' 2>/dev/null; then
  echo "THIẾU / MISSING: PyInstaller or PySide6 in $VENV. Install: $PY -m pip install -e '.[gui,installer]'" >&2
  exit 2
fi
# the frozen program cannot compile .ts files at run time: the .qm must exist before the build
make --no-print-directory VENV="$VENV" translations
for qm in resources/i18n/kiosk_vi.qm resources/i18n/kiosk_en.qm; do
  if [ ! -s "$qm" ]; then echo "missing $qm (make translations)" >&2; exit 2; fi
done

clean=--clean
[ "${KIOSK_BUILD_CLEAN:-1}" = 0 ] && clean=
start=$(date +%s)
# WARN: the build's own notes (libraries not found on this machine, e.g. libspeechd, the xcb
# helpers the target installs itself) without PyInstaller's thousand INFO lines
"$PY" -m PyInstaller --noconfirm $clean --log-level WARN build_installer.spec
end=$(date +%s)

test -x dist/kiosk/kiosk && test -x dist/kiosk/kiosk-console
size=$(du -sh dist/kiosk | cut -f1)
files=$(find dist/kiosk | wc -l)
echo "dist/kiosk: $size, $files files, built in $((end - start)) s on $(nproc 2>/dev/null || echo '?') cores"
echo "largest parts:"
du -s dist/kiosk/_internal/PySide6/Qt/lib dist/kiosk/_internal/PySide6/Qt/plugins dist/kiosk/_internal/* 2>/dev/null | sort -rn | head -n 8 \
  | awk '{ printf "  %6.1f MB  %s\n", $1 / 1024, $2 }'
