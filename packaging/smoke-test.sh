#!/usr/bin/env bash
# The installed program tried as a user would, on Linux and macOS (Windows: the same steps in
# packaging/windows/build-and-smoke-test.ps1):
#
#   bash packaging/smoke-test.sh PROGRAM VERSION
#
# --version, the Swedish help, the window's self-test on a new data folder (fi) and on the
# demo town (sv), demo, check, moderation verify, a report PDF (qpdf --check where qpdf is
# installed); then the cold start of PROGRAM against the same code in build/venv.
set -euo pipefail
PROGRAM=$1
VERSION=$2
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fail() { echo "FAILED: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

[ "$("$PROGRAM" --version)" = "KuntaSome $VERSION" ] || fail "--version"
"$PROGRAM" --lang sv --help | grep -q "användning" || fail "the Swedish help"
report=$("$PROGRAM" --data-dir "$scratch/new" --lang fi --smoke-test) || fail "window on a new folder"
echo "$report"
echo "$report" | grep -q '"sections": \["Tänään", "Kanavat"' || fail "the Finnish sections"
"$PROGRAM" --data-dir "$scratch/demo" demo >/dev/null 2>&1 || fail "demo"
"$PROGRAM" --data-dir "$scratch/demo" check >/dev/null || fail "check"
"$PROGRAM" --data-dir "$scratch/demo" moderation verify >/dev/null || fail "moderation verify"
"$PROGRAM" --data-dir "$scratch/demo" report --period 2026-10 --lang sv --out "$scratch/r.pdf" \
  >/dev/null || fail "report"
head -c 5 "$scratch/r.pdf" | grep -q '%PDF-' || fail "the report is no PDF"
if command -v qpdf >/dev/null; then
  qpdf --check "$scratch/r.pdf" >/dev/null || fail "qpdf --check of the report"
fi
frozen=$("$PROGRAM" --data-dir "$scratch/demo" --lang sv --smoke-test) || fail "window on the demo"
echo "$frozen" | grep -q '"I dag"' || fail "the Swedish sections"

venv=$(build/venv/bin/python -m kuntasome --data-dir "$scratch/demo" --lang sv --smoke-test)
seconds() { echo "$1" | sed 's/.*"seconds": \([0-9.]*\).*/\1/'; }
time_of() {
  local start
  start=$(python3 -c 'import time; print(time.time())')
  "$@" >/dev/null
  python3 -c "import time; print(f'{time.time() - $start:.2f}')"
}
echo "window until the overview has loaded: frozen $(seconds "$frozen") s, venv $(seconds "$venv") s"
echo "whole start-to-exit: frozen $(time_of "$PROGRAM" --data-dir "$scratch/demo" --smoke-test) s," \
  "venv $(time_of build/venv/bin/python -m kuntasome --data-dir "$scratch/demo" --smoke-test) s"
