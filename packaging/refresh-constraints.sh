#!/usr/bin/env bash
# Refresh packaging/constraints.txt, the exact versions of every Python package the tests, CI
# and the installers use (a new release of a dependency cannot change the app or turn the build
# red without a commit). Run it on the oldest supported Python, then run the tests and commit
# the file with what changed:
#   PYTHON=python3.11 packaging/refresh-constraints.sh && packaging/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
venv="$(mktemp -d)"
trap 'rm -rf "$venv"' EXIT
"${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# hatchling: the build backend (pip builds the wheel with it, under the same constraints).
"$venv/bin/python" -m pip install -q --disable-pip-version-check hatchling '.[test,bench]'
{
  echo "# Made by packaging/refresh-constraints.sh on Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'); do not edit by hand."
  "$venv/bin/python" -m pip freeze --exclude kuntasome --exclude pip
} > packaging/constraints.txt.new
mv packaging/constraints.txt.new packaging/constraints.txt
echo "packaging/constraints.txt: $(grep -vc '^#' packaging/constraints.txt) packages pinned."

# The E-ARK validator the tests check packages with lives apart (it pins its own lxml).
eark="$(mktemp -d)"
trap 'rm -rf "$venv" "$eark"' EXIT
"${PYTHON:-python3}" -m venv "$eark"
"$eark/bin/python" -m pip install -q --disable-pip-version-check "eark-validator==${EARK_VALIDATOR:-1.1.3}"
{
  echo "# The separate environment for eark-validator (it pins its own lxml): made by packaging/refresh-constraints.sh; do not edit by hand."
  "$eark/bin/python" -m pip freeze --exclude pip
} > packaging/constraints-eark.txt
