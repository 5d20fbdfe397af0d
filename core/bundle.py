"""Zipping the package for a cluster job: ``terrascope_processing/`` at the root of the zip, so the zip is
a Spark ``--py-files`` (and, with every item, the plugin zip QGIS installs).

Used by ``scripts/package.sh`` (run as a script: ``python3 core/bundle.py SOURCE TARGET [ITEM ...]``) and
by the Cluster job algorithm. Standard library only.
"""

import os
import sys
import uuid
import zipfile

PACKAGE = "terrascope_processing"
CLUSTER_ITEMS = ("__init__.py", "metadata.txt", "core", "spark")  # what executors and the driver import
_SKIPPED = ("__pycache__",)
_SKIPPED_SUFFIXES = (".pyc", "~", ".swp")


def write_zip(source, target, items=None):
    """Zip ``items`` (names in the folder ``source``; default: all) under ``PACKAGE/`` into ``target``,
    with directory entries, in name order, without Python caches; written to a temporary file and
    renamed. Returns ``target``."""
    source = os.path.abspath(os.fspath(source))
    items = sorted(items) if items else sorted(os.listdir(source))
    temporary = f"{target}.{uuid.uuid4().hex}.partial"
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(source, PACKAGE)
            for item in items:
                path = os.path.join(source, item)
                if not os.path.exists(path):
                    raise FileNotFoundError(f"{path}: missing, cannot be packaged")
                if os.path.isfile(path):
                    archive.write(path, os.path.join(PACKAGE, item))
                    continue
                for folder, dirs, files in os.walk(path):
                    dirs[:] = sorted(name for name in dirs if name not in _SKIPPED)
                    relative = os.path.join(PACKAGE, os.path.relpath(folder, source))
                    archive.write(folder, relative)
                    for name in sorted(files):
                        if not name.endswith(_SKIPPED_SUFFIXES):
                            archive.write(os.path.join(folder, name), os.path.join(relative, name))
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return target


if __name__ == "__main__":
    write_zip(sys.argv[1], sys.argv[2], sys.argv[3:] or None)
