#!/usr/bin/env bash
# Install KuntaSome with its test extras into .venv, then lint, type-check and run the
# whole test suite: Qt offscreen, a real Secret Service (gnome-keyring in a private D-Bus
# session) and a throw-away PostgreSQL server started by the tests themselves.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
# The exact versions in packaging/constraints.txt, for the build backend too (PIP_CONSTRAINT
# reaches the isolated build environment, -c would not).
PIP_CONSTRAINT="$PWD/packaging/constraints.txt" \
  .venv/bin/python -m pip install -q --disable-pip-version-check '.[test]'
# eark-validator in an environment of its own (it pins lxml): the E-ARK packages are checked
# with it by tests/eark/ip_check.py.
[ -x .venv-eark/bin/python ] || "${PYTHON:-python3}" -m venv .venv-eark
.venv-eark/bin/python -m pip install -q --disable-pip-version-check \
  -r packaging/constraints-eark.txt
export KUNTASOME_EARK_PYTHON="$PWD/.venv-eark/bin/python"
.venv/bin/ruff check src tests
.venv/bin/ruff format --check src tests
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
# The installers' test (CI sets KUNTASOME_TEST_INSTALLER=1): build the Linux bundle and .deb,
# install and smoke-test them, and let tests/packaging/test_installed.py check the installed
# program as the rest of the suite checks the code (about four minutes).
if [ "${KUNTASOME_TEST_INSTALLER:-}" = 1 ]; then
  bash packaging/linux/build-and-smoke-test.sh --install
  KUNTASOME_INSTALLED="$(cat build/dist/installed-program)"
  export KUNTASOME_INSTALLED
fi
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  XDG_DATA_HOME="$(mktemp -d)"
  export XDG_DATA_HOME
  exec dbus-run-session -- sh -c \
    'printf kuntasome | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh .venv/bin/python -m pytest "$@"
fi
exec .venv/bin/python -m pytest "$@"
