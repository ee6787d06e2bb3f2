#!/usr/bin/env bash
# Known vulnerabilities in every pinned package (constraints.txt), looked up by pip-audit.
#
#   scripts/audit_deps.sh            audit constraints.txt
#   scripts/audit_deps.sh --freeze   rewrite constraints.txt from the virtualenv, then audit it
#
# Exit 0: no known vulnerability. 1: vulnerabilities (package, id, fixed versions listed).
# 2: the audit could not be done (vulnerability service unreachable, packages it could not look
# up, pip-audit missing): never reported as "no vulnerability". AUDIT_OFFLINE_OK=1 turns 2 into 0
# (the notice is still printed): for a machine that reaches no vulnerability service.
# VENV (default .venv), CONSTRAINTS (default constraints.txt), AUDIT_SERVICE (pypi | osv).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
CONSTRAINTS=${CONSTRAINTS:-constraints.txt}
SERVICE=${AUDIT_SERVICE:-pypi}
PY="$VENV/bin/python"

cannot() {
  echo "audit_deps: KHÔNG kiểm tra được lỗ hổng / the audit could not be done: $*" >&2
  if [ "${AUDIT_OFFLINE_OK:-0}" = 1 ]; then
    echo "audit_deps: AUDIT_OFFLINE_OK=1: not failing; nothing was checked" >&2
    exit 0
  fi
  exit 2
}

if [ "${1:-}" = "--freeze" ]; then
  tmp=$(mktemp)
  { grep '^#' "$CONSTRAINTS" 2>/dev/null || echo "# pinned by scripts/audit_deps.sh --freeze"
    "$PY" -m pip freeze --exclude-editable; } > "$tmp"
  mv "$tmp" "$CONSTRAINTS"
  echo "audit_deps: $CONSTRAINTS rewritten from $VENV ($(grep -c '==' "$CONSTRAINTS") packages)"
fi

[ -x "$VENV/bin/pip-audit" ] || cannot "pip-audit is not installed in $VENV ($VENV/bin/pip install pip-audit)"
[ -f "$CONSTRAINTS" ] || cannot "$CONSTRAINTS not found"

# the virtualenv drifting from the pins is worth knowing, not a failure
if ! diff -q <(grep -v '^#' "$CONSTRAINTS" | sort -f) <("$PY" -m pip freeze --exclude-editable | sort -f) >/dev/null; then
  echo "audit_deps: note: $VENV differs from $CONSTRAINTS (scripts/audit_deps.sh --freeze to pin what is installed)" >&2
fi

report=$(mktemp)
errors=$(mktemp)
trap 'rm -f "$report" "$errors"' EXIT
start=$(date +%s)
# every package is pinned: no resolution, no pip (nothing is downloaded or installed)
"$VENV/bin/pip-audit" -r "$CONSTRAINTS" --no-deps --disable-pip -s "$SERVICE" --progress-spinner off \
  --timeout 20 -f json -o "$report" 2>"$errors" || true
if [ ! -s "$report" ]; then
  cannot "pip-audit gave no report (service '$SERVICE'): $(grep -v '^WARNING' "$errors" | tail -n 1)"
fi

status=0
"$PY" - "$report" "$SERVICE" "$(( $(date +%s) - start ))" <<'EOF' || status=$?
import json
import sys

report, service, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
deps = json.load(open(report, encoding="utf-8"))["dependencies"]
skipped = [d for d in deps if d.get("skip_reason")]
found = [(d["name"], d["version"], v) for d in deps for v in d.get("vulns", [])]
for name, version, v in found:
    fixed = ", ".join(v.get("fix_versions") or []) or "no fixed version yet"
    aliases = ", ".join(v.get("aliases") or [])
    print(f"VULNERABLE {name}=={version}  {v['id']}{f' ({aliases})' if aliases else ''}  fixed in: {fixed}")
audited = len(deps) - len(skipped)
print(f"audit_deps: {audited} of {len(deps)} packages checked against '{service}' in {seconds} s: "
      + (f"{len(found)} known vulnerabilities" if audited else "NOTHING CHECKED"))
if found:
    sys.exit(1)
if skipped:
    for d in skipped[:5]:
        print(f"  not checked: {d['skip_reason']}", file=sys.stderr)
    why = ("the vulnerability service answered for no package" if not audited
           else f"{len(skipped)} packages could not be looked up")
    print(why, file=sys.stderr)
    sys.exit(3)
EOF
[ "$status" = 3 ] && cannot "service '$SERVICE' (AUDIT_SERVICE=osv to try the other one)"
exit "$status"
