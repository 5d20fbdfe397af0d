#!/usr/bin/env bash
# Refresh the translation sources i18n/terrascope_processing_<lang>.ts from the plugin's strings (needs
# pylupdate5: Debian package pyqt5-dev-tools). Existing translations are kept; translate new ones with
# Qt Linguist; scripts/package.sh compiles them to .qm with lrelease.
#
# Strings are found in:
#   - self.tr("...") in an algorithm class (context: the class name);
#   - QCoreApplication.translate("Context", "...");
#   - a module's own short helper, e.g. _tr("..."), defined exactly as
#         def _tr(text):
#             return QCoreApplication.translate("SeriesParameters", text)
#     (pylupdate5 does not know such helpers: a copy of the sources with the calls spelled out is scanned);
#   - QT_TRANSLATE_NOOP("ShippedModel", "...") in scripts/build_model.py (the shipped models' labels, help).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"
LANGUAGES=(fr nl)
sources=(plugin.py algorithms/*.py scripts/build_model.py)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$REPO_ROOT" "$WORK" "${sources[@]}" <<'PY'
import os
import re
import sys

root, work, *sources = sys.argv[1:]
helper = re.compile(r'^def (\w+)\(text\):\n    return QCoreApplication\.translate\("(\w+)", text\)$', re.M)
for source in sources:
    with open(os.path.join(root, source), encoding="utf-8") as stream:
        text = stream.read()
    for name, context in helper.findall(text):  # same line numbers: the .ts locations stay true
        text = re.sub(r"(?<![\w.])(?<!def )%s\(" % re.escape(name), f'QCoreApplication.translate("{context}", ', text)
    target = os.path.join(work, source)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as stream:
        stream.write(text)
PY
mkdir -p "$WORK/i18n"
for language in "${LANGUAGES[@]}"; do
    ts="i18n/terrascope_processing_${language}.ts"
    [ -e "$ts" ] && cp "$ts" "$WORK/$ts"
    (cd "$WORK" && pylupdate5 -noobsolete "${sources[@]}" -ts "$ts" 2>/dev/null)
    cp "$WORK/$ts" "$ts"
done
