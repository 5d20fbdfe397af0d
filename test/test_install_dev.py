"""scripts/install-dev.sh: links the repository into a profile and enables it without disturbing the
profile's other settings; --uninstall undoes it. Always in a throw-away HOME."""

import os
import subprocess

from conftest import PACKAGE, REPO_ROOT
from qgisprocess import environment

SCRIPT = os.path.join(REPO_ROOT, "scripts", "install-dev.sh")
EXISTING_INI = (
    "[General]\n"
    "geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n"
    "\n"
    "[PythonPlugins]\n"
    "otherplugin=true\n"
    f"{PACKAGE}=false\n"
    "\n"
    "[qgis]\n"
    "key%20with%20spaces=a: b = c\n"
)


def install(home, *arguments):
    return subprocess.run(["bash", SCRIPT, *arguments], env=environment(home), capture_output=True, text=True,
                          timeout=120)


def test_install_enable_and_uninstall_keep_other_settings(tmp_path):
    profile = tmp_path / ".local/share/QGIS/QGIS3/profiles/default"
    ini = profile / "QGIS/QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(EXISTING_INI, encoding="utf-8")

    result = install(tmp_path)
    assert result.returncode == 0, result.stderr
    link = profile / "python/plugins" / PACKAGE
    assert link.is_symlink() and os.path.samefile(link, REPO_ROOT)
    assert ini.read_text(encoding="utf-8") == EXISTING_INI.replace(f"{PACKAGE}=false", f"{PACKAGE}=true")

    assert install(tmp_path).returncode == 0  # idempotent
    assert ini.read_text(encoding="utf-8").count(f"{PACKAGE}=true") == 1

    result = install(tmp_path, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not os.path.lexists(link)
    assert ini.read_text(encoding="utf-8") == EXISTING_INI


def test_install_into_a_fresh_profile_and_another_profile(tmp_path):
    assert install(tmp_path).returncode == 0
    ini = tmp_path / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
    assert ini.read_text(encoding="utf-8") == f"[PythonPlugins]\n{PACKAGE}=true\n"

    assert install(tmp_path, "--profile", "work").returncode == 0
    assert (tmp_path / ".local/share/QGIS/QGIS3/profiles/work/python/plugins" / PACKAGE).is_symlink()


def test_refuses_to_replace_an_installed_copy(tmp_path):
    copy = tmp_path / ".local/share/QGIS/QGIS3/profiles/default/python/plugins" / PACKAGE
    copy.mkdir(parents=True)
    result = install(tmp_path)
    assert result.returncode != 0
    assert "not a symlink" in result.stderr
    assert copy.is_dir() and not copy.is_symlink()
