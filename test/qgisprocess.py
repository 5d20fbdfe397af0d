"""Running qgis_process in tests: the executable, and an environment confined to a throw-away HOME."""

import os
import shutil
import subprocess

TIMEOUT = 300


def find_qgis_process():
    """qgis_process.bin where it exists: Debian's /usr/bin/qgis_process wrapper passes --noversioncheck,
    which QGIS 3.22 rejects."""
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process.bin"), shutil.which("qgis_process")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


QGIS_PROCESS = find_qgis_process()


def environment(home):
    """The current environment with HOME (and the XDG folders) in ``home`` and no QGIS overrides."""
    home = str(home)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QGIS_", "PYTHON"))}
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env.update(HOME=home, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime,
               XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"))
    return env


def qgis_process(home, *arguments):
    """Run qgis_process with HOME in ``home``; returns the CompletedProcess (text output)."""
    return subprocess.run([QGIS_PROCESS, *arguments], env=environment(home), capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=str(home))
