#!/usr/bin/env bash
# The main job on generated sample data: set up (scripts/setup.sh), generate a Terrascope-like NDVI
# series, composite it with terrascope:meancomposite and render a PNG. Arguments go to scripts/demo.py,
# e.g. scripts/demo.sh demo-output --dates 12 --size 2196
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec .venv/bin/python scripts/demo.py "$@"
