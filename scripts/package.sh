#!/usr/bin/env bash
# Build the release zip for the QGIS plugin repository:
#   dist/terrascope_processing-<version>.zip, holding terrascope_processing/{metadata.txt, __init__.py,
#   plugin.py, core/, algorithms/, resources/, i18n/*.qm, LICENSE, README.md}; no tests, benchmarks,
#   scripts or CI files.
#
#   scripts/package.sh                  # version from metadata.txt
#   scripts/package.sh 0.2.0            # write this version into the packaged metadata.txt
#   DIST_DIR=/tmp/out scripts/package.sh
#
# Translations: each i18n/*.ts is compiled to .qm with lrelease when it is available (Debian:
# qttools5-dev-tools); without it, .qm files already in i18n/ are shipped as they are.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PLUGIN_NAME=terrascope_processing
DIST_DIR="${DIST_DIR:-$REPO_ROOT/dist}"
VERSION="${1:-$(sed -n 's/^version=//p' "$REPO_ROOT/metadata.txt" | head -n1 | tr -d '[:space:]')}"

if [ -z "$VERSION" ]; then
    echo "package.sh: no version given and none in metadata.txt" >&2
    exit 1
fi

BUILD="$(mktemp -d)"
trap 'rm -rf "$BUILD"' EXIT
STAGE="$BUILD/$PLUGIN_NAME"
mkdir -p "$STAGE" "$DIST_DIR"

# The plugin files only; Python caches and editor leftovers stay out.
for item in metadata.txt __init__.py plugin.py core algorithms resources LICENSE README.md; do
    if [ -e "$REPO_ROOT/$item" ]; then
        cp -R "$REPO_ROOT/$item" "$STAGE/"
    elif [ "$item" != LICENSE ] && [ "$item" != README.md ]; then
        echo "package.sh: $item is missing" >&2
        exit 1
    fi
done
find "$STAGE" \( -name __pycache__ -o -name '*.pyc' -o -name '*~' -o -name '.*.swp' \) -prune -exec rm -rf {} +

# Translations: compiled .qm files only.
mkdir -p "$STAGE/i18n"
lrelease_bin="$(command -v lrelease || command -v lrelease-qt5 || true)"
shopt -s nullglob
for ts in "$REPO_ROOT"/i18n/*.ts; do
    if [ -n "$lrelease_bin" ]; then
        "$lrelease_bin" -silent "$ts" -qm "$STAGE/i18n/$(basename "${ts%.ts}").qm"
    else
        echo "package.sh: lrelease not found; $(basename "$ts") is not compiled" >&2
    fi
done
for qm in "$REPO_ROOT"/i18n/*.qm; do
    [ -e "$STAGE/i18n/$(basename "$qm")" ] || cp "$qm" "$STAGE/i18n/"
done
shopt -u nullglob

# The release version goes into the packaged metadata.txt (the repository's copy is left alone).
sed -i "s/^version=.*/version=$VERSION/" "$STAGE/metadata.txt"

ZIP="$DIST_DIR/$PLUGIN_NAME-$VERSION.zip"
rm -f "$ZIP"
python3 - "$BUILD" "$PLUGIN_NAME" "$ZIP" <<'PY'
import os
import sys
import zipfile

build, name, target = sys.argv[1:]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, dirs, files in os.walk(os.path.join(build, name)):
        dirs.sort()
        relative = os.path.relpath(folder, build)
        archive.write(folder, relative)  # directory entries too: some installers expect them
        for file_name in sorted(files):
            path = os.path.join(folder, file_name)
            archive.write(path, os.path.join(relative, file_name))
PY
echo "$ZIP"
