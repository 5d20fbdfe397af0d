"""The release zip (scripts/package.sh): only plugin files, under terrascope_processing/, and it works
when unpacked into a QGIS profile."""

import configparser
import os
import subprocess
import zipfile

import pytest

from conftest import PACKAGE, REPO_ROOT
from qgisprocess import QGIS_PROCESS, TIMEOUT, qgis_process

FORBIDDEN_TOP = {"test", "benchmarks", "scripts", ".ci", ".git", "dist", "build", ".venv", ".github"}


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "package.sh"), "9.8.7"],
                            env=dict(os.environ, DIST_DIR=str(out)), capture_output=True, text=True,
                            timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    path = out / f"{PACKAGE}-9.8.7.zip"
    assert path.is_file()
    assert result.stdout.strip() == str(path)
    return path


def test_zip_holds_only_the_plugin(release):
    with zipfile.ZipFile(release) as archive:
        names = archive.namelist()
    assert all(name.startswith(PACKAGE + "/") for name in names), names
    inside = {name[len(PACKAGE) + 1:] for name in names}
    for required in ("metadata.txt", "__init__.py", "plugin.py", "algorithms/provider.py",
                     "algorithms/base.py", "algorithms/parseproduct.py", "core/naming.py", "resources/icon.svg"):
        assert required in inside
    tops = {name.split("/", 1)[0] for name in inside if name}
    assert not tops & FORBIDDEN_TOP, tops
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    assert not any(name.endswith(".ts") for name in names)


def test_zip_metadata_carries_the_release_version(release):
    with zipfile.ZipFile(release) as archive:
        text = archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    assert parser["general"]["version"] == "9.8.7"


@pytest.mark.skipif(QGIS_PROCESS is None and not os.environ.get("CI"), reason="qgis_process is not installed")
def test_unpacked_zip_loads_in_qgis_process(release, tmp_path):
    home = tmp_path / "home"
    profile = home / ".local/share/QGIS/QGIS3/profiles/default"
    plugins = profile / "python/plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(release) as archive:
        archive.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS/QGIS3.ini").write_text(f"[PythonPlugins]\n{PACKAGE}=true\n", encoding="utf-8")
    result = qgis_process(home, "list")
    assert result.returncode == 0, result.stderr
    assert "terrascope:parseproduct" in result.stdout
