#!/bin/sh
# Checks the frozen build in dist/kiosk/ as a technician would on a new kiosk, with nothing from
# the source tree or the virtualenv in reach:
#   1. `kiosk-console self-test` (database + migrations, fonts, printer, Qt, translations, every
#      role's screen offscreen, voice) passes, and neither its output nor its logs hold an
#      unexpected error line (a module PyInstaller missed shows up here as one);
#   2. `kiosk-console ticket take <service> --json` saves a ticket and prints it on the simulated
#      printer, which writes a PNG;
#   3. `kiosk run` (the windowed program, as the systemd unit starts it) brings its GUI up under
#      the watchdog and stops cleanly on SIGTERM;
#   4. the start-up times: launch → `--help` printed, launch → self-test done, launch → GUI up.
# Usage: sh scripts/frozen_selftest.sh [dist/kiosk]     (after scripts/build_installer.sh)
# Exit 0 when all is well; 1 on a failure (the offending lines are printed). KEEP=1 keeps the
# temporary KIOSK_HOME for a look.
set -eu
cd "$(dirname "$0")/.."
DIST=$(cd "${1:-dist/kiosk}" 2>/dev/null && pwd) || { echo "no ${1:-dist/kiosk}: run scripts/build_installer.sh" >&2; exit 2; }
EXE=$DIST/kiosk-console
[ -x "$EXE" ] || { echo "no $EXE: run scripts/build_installer.sh" >&2; exit 2; }
SERVICE=${SERVICE:-HT}  # "Hộ tịch" in resources/sample_center.toml

work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-frozen.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $work"; else trap 'rm -rf "$work"' EXIT; fi
# a clean environment: the frozen program alone, its bundled resources, a fresh data folder
unset KIOSK_RESOURCES PYTHONPATH PYTHONHOME KIOSK_LANG KIOSK_NO_WATCHDOG 2>/dev/null || true
export QT_QPA_PLATFORM=offscreen
cd "$work"  # nothing importable in the current folder

# Lines that look like trouble in the output or the logs…
SUSPECT='Traceback|Error|error:|Exception|No module named|Failed to|failed to|Cannot load|cannot load|Could not|Couldn.t|not found|qt\.qpa|QObject::|Warning|WARNING|CRITICAL|\[PYI-|^FAIL|Segmentation|core dumped|Lỗi'
# …and those that are expected, each with the reason. Extended regular expressions, one a line.
cat > "$work/allow" <<'EOF'
# QtTextToSpeech links Qt Multimedia, which probes PipeWire for audio devices at start; the
# board's voice is espeak-ng, which plays by itself, and most kiosks (and CI) have no PipeWire.
Couldn.t load pipewire-0\.3 library
Couldn.t resolve pipewire-0\.3 symbols
# speech-dispatcher's libspeechd is not installed (CI, most kiosks): Qt's speechd engine does
# not load and the board speaks through espeak-ng instead (the self-test's "voice" line).
Error loading text-to-speech plug-in .{1,2}speechd
# the offscreen platform's note about window size hints (ui/app.py drops it; kept for safety)
propagateSizeHints
EOF
grep -Ev '^(#|$)' "$work/allow" > "$work/allow.re"

now_ms() { date +%s%3N; }
failed=0
problem() { echo "FROZEN SELF-TEST: $*" >&2; failed=1; }

# Suspect lines of a file that no allow-list entry explains.
unexpected() { grep -E "$SUSPECT" "$1" | grep -Ev -f "$work/allow.re" || true; }
# Warnings and errors in the logs (JSON lines, or text lines from older versions).
log_problems() {
  [ -d "$1/logs" ] || return 0
  find "$1/logs" -type f ! -name '.*' | while read -r f; do
    grep -E '"level": ?"(WARNING|ERROR|CRITICAL)"| (WARNING|ERROR|CRITICAL) |Traceback' "$f" \
      | grep -Ev -f "$work/allow.re" | sed "s|^|$(basename "$f"): |" || true
  done
}

# ---------------------------------------------------------------- what the bundle must carry
# libusb: pyusb's PyInstaller hook makes the frozen program look for it only inside the bundle
if [ "$(uname -s)" = Linux ] && ! ls "$DIST"/_internal/libusb-1.0.so* >/dev/null 2>&1; then
  problem "no libusb-1.0 in the bundle: usb:// printers cannot work (install libusb-1.0-0 on the build machine, build again)"
fi

# ---------------------------------------------------------------- --help (start-up alone)
export KIOSK_HOME="$work/home-help"
t0=$(now_ms)
"$EXE" --help > "$work/help.out" 2>&1 || problem "kiosk-console --help exited with $?"
help_ms=$(( $(now_ms) - t0 ))
grep -q 'self-test' "$work/help.out" || problem "--help does not list the commands: $(head -c 300 "$work/help.out")"

# ---------------------------------------------------------------- 1. self-test
export KIOSK_HOME="$work/home-selftest"
t0=$(now_ms)
rc=0
"$EXE" self-test > "$work/selftest.out" 2>&1 || rc=$?
selftest_ms=$(( $(now_ms) - t0 ))
cat "$work/selftest.out"
[ "$rc" = 0 ] || problem "self-test exited with $rc"
grep -Eq '^[0-9]+ passed, 0 failed' "$work/selftest.out" || problem "self-test did not report 0 failed"
for check in config database font printer qt translations 'role kiosk' 'role counter' 'role display' \
             'role technician' voice; do
  grep -Eq "^OK +$check " "$work/selftest.out" || problem "self-test check '$check' missing or not OK"
done
bad=$(unexpected "$work/selftest.out")
[ -z "$bad" ] || problem "unexpected lines in the self-test's output:
$bad"
bad=$(log_problems "$KIOSK_HOME")
[ -z "$bad" ] || problem "unexpected warnings/errors in the self-test's logs:
$bad"

# ---------------------------------------------------------------- 2. a ticket, printed
export KIOSK_HOME="$work/home-ticket"
t0=$(now_ms)
rc=0
"$EXE" ticket take "$SERVICE" --json > "$work/ticket.out" 2> "$work/ticket.err" || rc=$?
ticket_ms=$(( $(now_ms) - t0 ))
cat "$work/ticket.out"
[ "$rc" = 0 ] || problem "ticket take $SERVICE exited with $rc: $(cat "$work/ticket.err")"
grep -q '"printed": true' "$work/ticket.out" || problem "the ticket was not printed"
png=$(grep -o '"[^"]*\.png"' "$work/ticket.out" | head -n 1 | tr -d '"')
if [ -z "$png" ] || [ ! -s "$png" ]; then
  problem "the simulated printer wrote no PNG (print_output: $png)"
elif [ "$(head -c 4 "$png" | od -An -c | tr -d ' \n')" != '211PNG' ]; then
  problem "$png is not a PNG image"
fi
bad=$(unexpected "$work/ticket.err")
[ -z "$bad" ] || problem "unexpected lines from ticket take:
$bad"
bad=$(log_problems "$KIOSK_HOME")
[ -z "$bad" ] || problem "unexpected warnings/errors in ticket take's logs:
$bad"

# ---------------------------------------------------------------- 3. `kiosk run`, as systemd starts it
# the windowed program under its watchdog (kiosk/supervisor.py): the watchdog starts the GUI as
# a child (the frozen executable again), the GUI logs "GUI up" (event gui_up); SIGTERM stops both
export KIOSK_HOME="$work/home-run"
t0=$(now_ms)
"$DIST/kiosk" run --role kiosk > "$work/run.out" 2>&1 &
sup=$!
run_ms=
while [ $(( $(now_ms) - t0 )) -lt 60000 ] && kill -0 "$sup" 2>/dev/null; do
  if grep -qs '"event": "gui_up"' "$KIOSK_HOME/logs/kiosk.jsonl"; then run_ms=$(( $(now_ms) - t0 )); break; fi
  sleep 0.2
done
[ -n "$run_ms" ] || problem "kiosk run: no \"GUI up\" in logs/kiosk.jsonl within 60 s"
children=$(ps -o pid= --ppid "$sup" 2>/dev/null || true)
kill -TERM "$sup" 2>/dev/null || true
rc=0
wait "$sup" || rc=$?
[ "$rc" = 0 ] || problem "kiosk run exited with $rc after SIGTERM"
for child in $children; do  # the watchdog must not leave its GUI behind
  if kill -0 "$child" 2>/dev/null; then problem "GUI process $child still running after the watchdog stopped"; kill -KILL "$child"; fi
done
bad=$(unexpected "$work/run.out")
[ -z "$bad" ] || problem "unexpected lines from kiosk run:
$bad"
bad=$(log_problems "$KIOSK_HOME")
[ -z "$bad" ] || problem "unexpected warnings/errors in kiosk run's logs:
$bad"

# ---------------------------------------------------------------- times
echo "frozen start-up ($DIST, $(nproc 2>/dev/null || echo '?') cores):"
echo "  kiosk-console --help                      ${help_ms} ms"
echo "  kiosk-console self-test, new data folder  ${selftest_ms} ms (database created and migrated)"
echo "  kiosk-console ticket take $SERVICE --json    ${ticket_ms} ms (new data folder, printed to PNG)"
echo "  kiosk run --role kiosk → GUI up           ${run_ms:-?} ms (watchdog + GUI process, new data folder)"
if [ "$failed" = 0 ]; then
  echo "frozen self-test: OK"
else
  echo "frozen self-test: FAILED (KEEP=1 keeps $work)" >&2
fi
exit "$failed"
