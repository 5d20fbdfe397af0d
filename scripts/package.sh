#!/usr/bin/env bash
# Build the release zip for the QGIS plugin repository:
#   dist/terrascope_processing-<version>.zip, holding terrascope_processing/{metadata.txt, __init__.py,
#   plugin.py, core/, algorithms/, spark/, resources/, i18n/*.qm, LICENSE, README.md}; no tests,
#   benchmarks, scripts or CI files.
# With --core, the zip a Spark cluster job needs as --py-files instead (no QGIS parts):
#   dist/terrascope_processing-core-<version>.zip, holding terrascope_processing/{__init__.py,
#   metadata.txt, core/, spark/}. (The plugin zip works as --py-files too.)
#
#   scripts/package.sh                  # version from metadata.txt
#   scripts/package.sh 0.2.0            # write this version into the packaged metadata.txt
#   scripts/package.sh --core [0.2.0]
#   DIST_DIR=/tmp/out scripts/package.sh
#
# Translations: each i18n/*.ts is compiled to .qm with lrelease (Debian: qttools5-dev-tools, which
# scripts/setup.sh installs).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PLUGIN_NAME=terrascope_processing
CORE_ONLY=0
if [ "${1:-}" = "--core" ]; then
    CORE_ONLY=1
    shift
fi
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
for item in metadata.txt __init__.py plugin.py core algorithms spark resources LICENSE README.md; do
    if [ ! -e "$REPO_ROOT/$item" ]; then
        echo "package.sh: $item is missing" >&2  # the plugin repository refuses a zip without LICENSE
        exit 1
    fi
    cp -R "$REPO_ROOT/$item" "$STAGE/"
done
find "$STAGE" \( -name __pycache__ -o -name '*.pyc' -o -name '*~' -o -name '.*.swp' \) -prune -exec rm -rf {} +

# Translations: each i18n/*.ts compiled to .qm (the .ts sources stay out of the zip).
mkdir -p "$STAGE/i18n"
lrelease_bin="$(command -v lrelease || command -v lrelease-qt5 || true)"
shopt -s nullglob
for ts in "$REPO_ROOT"/i18n/*.ts; do
    if [ -z "$lrelease_bin" ]; then
        echo "package.sh: lrelease is missing (Debian: qttools5-dev-tools); the translations cannot be compiled" >&2
        exit 1
    fi
    "$lrelease_bin" -silent "$ts" -qm "$STAGE/i18n/$(basename "${ts%.ts}").qm"
done
shopt -u nullglob

# The release version goes into the packaged metadata.txt (the repository's copy is left alone).
sed -i "s/^version=.*/version=$VERSION/" "$STAGE/metadata.txt"

if [ "$CORE_ONLY" -eq 1 ]; then
    ZIP="$DIST_DIR/$PLUGIN_NAME-core-$VERSION.zip"
    python3 "$REPO_ROOT/core/bundle.py" "$STAGE" "$ZIP" __init__.py metadata.txt core spark
else
    ZIP="$DIST_DIR/$PLUGIN_NAME-$VERSION.zip"
    python3 "$REPO_ROOT/core/bundle.py" "$STAGE" "$ZIP"
fi
echo "$ZIP"
