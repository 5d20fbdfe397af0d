#!/usr/bin/env bash
# Refresh the translation sources i18n/terrascope_processing_<lang>.ts from the strings marked with
# tr() in the plugin (needs pylupdate5: Debian package pyqt5-dev-tools). Translate them with Qt
# Linguist; scripts/package.sh compiles them to .qm with lrelease.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"
LANGUAGES=(fr nl)
sources=(plugin.py algorithms/*.py)
for language in "${LANGUAGES[@]}"; do
    pylupdate5 -noobsolete "${sources[@]}" -ts "i18n/terrascope_processing_${language}.ts"
done
