#!/usr/bin/env bash
# Run the whole test suite (after scripts/setup.sh). Extra arguments go to pytest, e.g.
#   scripts/test.sh test/test_parseproduct.py -x
# Exits non-zero on any failure, and also when no test ran (none collected, or all skipped).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
report="$(mktemp --suffix=.xml)"
trap 'rm -f "$report"' EXIT

status=0
.venv/bin/python -m pytest --junitxml="$report" "$@" || status=$?
if [ "$status" -ne 0 ]; then
    # 5 is pytest's "no tests collected": a failure too.
    exit "$status"
fi

.venv/bin/python - "$report" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
count = lambda key: sum(int(suite.get(key, 0)) for suite in suites)
ran = count("tests") - count("skipped")
if ran <= 0:
    sys.exit("test.sh: no test ran (all were skipped or none was collected)")
PY
