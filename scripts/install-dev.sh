#!/usr/bin/env bash
# Install this working copy into a QGIS user profile as the plugin "terrascope_processing" (a symlink,
# so edits take effect on the next QGIS start) and enable it, for the desktop and for qgis_process.
#
#   scripts/install-dev.sh                 # the "default" profile of the current user
#   scripts/install-dev.sh --profile NAME  # another profile
#   scripts/install-dev.sh --uninstall     # remove the link and disable the plugin
#
# QGIS_PROFILES_DIR overrides the profiles folder (default ~/.local/share/QGIS/QGIS3/profiles, where
# QGIS 3 on Linux keeps them; qgis_process uses the "default" profile). Restart QGIS afterwards.
set -euo pipefail

PLUGIN_NAME=terrascope_processing
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PROFILE=default
UNINSTALL=0

while [ $# -gt 0 ]; do
    case "$1" in
        --profile) PROFILE="${2:?--profile needs a name}"; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install-dev.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

PROFILES_DIR="${QGIS_PROFILES_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles}"
PROFILE_DIR="$PROFILES_DIR/$PROFILE"
PLUGINS_DIR="$PROFILE_DIR/python/plugins"
TARGET="$PLUGINS_DIR/$PLUGIN_NAME"
INI="$PROFILE_DIR/QGIS/QGIS3.ini"

# Enable or disable the plugin in the profile's QGIS3.ini ([PythonPlugins] terrascope_processing=true),
# the setting the desktop and qgis_process read (what "qgis_process plugins enable" writes). Only that
# one line is touched; the rest of the file is kept byte for byte.
set_enabled() {  # set_enabled true|false
    mkdir -p "$(dirname "$INI")"
    python3 - "$INI" "$PLUGIN_NAME" "$1" <<'PY'
import os, sys
path, name, value = sys.argv[1:]
lines = []
if os.path.exists(path):
    with open(path, encoding="utf-8", newline="") as stream:
        lines = stream.read().splitlines(keepends=True)
if lines and not lines[-1].endswith("\n"):
    lines[-1] += "\n"
entry = f"{name}={value}\n"
section = next((i for i, line in enumerate(lines) if line.strip() == "[PythonPlugins]"), None)
if section is None:
    if lines and lines[-1].strip():
        lines.append("\n")
    lines += ["[PythonPlugins]\n", entry]
else:
    end = next((i for i in range(section + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    for i in range(section + 1, end):
        if lines[i].split("=", 1)[0].strip() == name:
            lines[i] = entry
            break
    else:
        lines.insert(section + 1, entry)
with open(path, "w", encoding="utf-8", newline="") as stream:
    stream.writelines(lines)
PY
}

if [ "$UNINSTALL" = 1 ]; then
    if [ -L "$TARGET" ]; then rm "$TARGET"; fi
    if [ -f "$INI" ]; then set_enabled false; fi
    echo "Removed $TARGET"
    exit 0
fi

mkdir -p "$PLUGINS_DIR"
if [ -e "$TARGET" ] && [ ! -L "$TARGET" ]; then
    echo "install-dev.sh: $TARGET exists and is not a symlink (an installed copy?); remove it first" >&2
    exit 1
fi
ln -sfn "$REPO_ROOT" "$TARGET"

set_enabled true

echo "Linked $TARGET -> $REPO_ROOT and enabled $PLUGIN_NAME in $INI"
