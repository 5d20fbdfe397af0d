#!/usr/bin/env bash
# Prepare a machine to run the tests, idempotently and without questions:
#   1. the Debian 12 packages (QGIS 3.22, GDAL, numpy, scipy, lxml), installed when missing, as root or
#      through sudo;
#   2. .venv in the repository, made from /usr/bin/python3 with --system-site-packages (QGIS's Python
#      bindings only exist for the system Python), with the test tools of requirements-test.txt;
#   3. pyspark (the Terrascope cluster's version) in .venv, for the cluster runner (spark/); its JVM is
#      Debian's openjdk-17-jre-headless (Spark 4 needs Java 17).
# Re-running it does nothing when everything is in place.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="$REPO_ROOT/.venv"
REQUIREMENTS="$REPO_ROOT/requirements-test.txt"
PYSPARK_VERSION=4.0.1  # the Terrascope cluster's Spark
SYSTEM_PYTHON=/usr/bin/python3
PACKAGES=(python3-qgis qgis qgis-providers python3-gdal gdal-bin python3-lxml python3-numpy python3-scipy python3-venv
          openjdk-17-jre-headless qttools5-dev-tools)  # qttools5-dev-tools: lrelease, for scripts/package.sh

log() { echo "setup.sh: $*" >&2; }

# --- 1. Debian packages ----------------------------------------------------------------------------
missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ]; then as_root=(sudo); else as_root=(sudo -n); fi  # ask for a password only at a terminal
    else
        log "missing Debian packages (${missing[*]}) and neither root nor sudo to install them"
        exit 1
    fi
    log "installing ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# --- 2. the virtual environment -------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import qgis.core, osgeo.gdal" >/dev/null 2>&1; then
    log "creating $VENV"
    rm -rf "$VENV"
    "$SYSTEM_PYTHON" -m venv --system-site-packages "$VENV"
fi

stamp="$VENV/.requirements-test.sha256"
wanted="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    log "installing the test tools from $(basename "$REQUIREMENTS")"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet -r "$REQUIREMENTS"
    echo "$wanted" > "$stamp"
fi

# --- 3. pyspark ---------------------------------------------------------------------------------------
if ! "$VENV/bin/python" -c "import sys, importlib.metadata as m; sys.exit(m.version('pyspark') != '$PYSPARK_VERSION')" >/dev/null 2>&1; then
    log "installing pyspark==$PYSPARK_VERSION into $VENV"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet "pyspark==$PYSPARK_VERSION"
fi

"$VENV/bin/python" -c "import qgis.core, osgeo.gdal, numpy, scipy, lxml, pytest, pytest_qgis, hypothesis, pyspark"
