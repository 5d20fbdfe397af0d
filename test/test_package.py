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
def installed_home(release, tmp_path, settings=""):
    """A throw-away HOME whose QGIS profile has the release zip installed and enabled (plus ``settings``,
    more QGIS3.ini text)."""
    home = tmp_path / "home"
    profile = home / ".local/share/QGIS/QGIS3/profiles/default"
    plugins = profile / "python/plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(release) as archive:
        archive.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS/QGIS3.ini").write_text(f"[PythonPlugins]\n{PACKAGE}=true\n{settings}", encoding="utf-8")
    return home


def test_unpacked_zip_loads_in_qgis_process(release, tmp_path):
    home = installed_home(release, tmp_path)
    result = qgis_process(home, "list")
    assert result.returncode == 0, result.stderr
    assert "terrascope:parseproduct" in result.stdout


# --- the checks of the official plugin repository (plugins.qgis.org, QGIS-Django plugins/validator.py) ---

REPOSITORY_REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                       "tracker", "repository")
PLACEHOLDER_URLS = ("http://bugs", "http://repo", "http://homepage")
PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net", "localhost", "email.com", "domain.com")
MAX_UPLOAD = 25_000_000


def test_zip_passes_the_plugin_repository_checks(release):
    import re
    from urllib.parse import urlparse

    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtSvg import QSvgRenderer

    assert release.stat().st_size <= MAX_UPLOAD
    with zipfile.ZipFile(release) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        for name in names:
            assert ".." not in name and not name.startswith("/"), name
            assert ".pyc" not in name, name
            assert not {"__MACOSX", ".git", "__pycache__"} & set(name.split("/")), name
        assert {name.split("/")[0] for name in names} == {PACKAGE}
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9-_]+", PACKAGE)
        assert f"{PACKAGE}/__init__.py" in names and f"{PACKAGE}/metadata.txt" in names
        assert f"{PACKAGE}/LICENSE" in names  # mandatory since June 2024
        license_text = archive.read(f"{PACKAGE}/LICENSE").decode("utf-8")
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
        general = parser["general"]
        icon = archive.read(f"{PACKAGE}/{general['icon']}")

    assert "GNU GENERAL PUBLIC LICENSE" in license_text and "Version 2, June 1991" in license_text
    assert [key for key in REPOSITORY_REQUIRED if not general.get(key, "").strip()] == []
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert re.fullmatch(r"\d+\.\d+", general["qgisMinimumVersion"])
    assert "/" not in general["author"]
    for flag in ("experimental", "deprecated", "server"):
        assert general[flag].lower() in ("true", "false"), flag
    for key in ("tracker", "repository", "homepage"):
        url = urlparse(general[key])
        assert url.scheme == "https" and url.netloc and general[key] not in PLACEHOLDER_URLS, key
    user, _, domain = general["email"].partition("@")
    assert user and "." in domain and " " not in general["email"], general["email"]
    assert not domain.endswith(PLACEHOLDER_DOMAINS), f"placeholder email {general['email']}"
    assert QSvgRenderer(QByteArray(icon)).isValid()


def test_zip_ships_the_compiled_translations(release):
    from qgis.PyQt.QtCore import QTranslator

    expected = {"fr": "Composite moyen", "nl": "Gemiddeld composiet"}
    with zipfile.ZipFile(release) as archive:
        names = set(archive.namelist())
        for language, mean_composite in expected.items():
            path = f"{PACKAGE}/i18n/{PACKAGE}_{language}.qm"
            assert path in names
            translator = QTranslator()
            assert translator.loadFromData(archive.read(path)), path
            assert translator.translate("MeanCompositeAlgorithm", "Mean composite") == mean_composite


# The algorithms whose French names and groups are checked (those of the 0.2 translation round).
TRANSLATED_ALGORITHMS = ("terrascope:parseproduct", "terrascope:scaletophysical", "terrascope:maskbyscl",
                         "terrascope:findproducts", "terrascope:searchcatalogue", "terrascope:meancomposite",
                         "terrascope:temporalstatistics", "terrascope:histogram", "terrascope:timeseries",
                         "terrascope:findandcomposite")


@pytest.mark.skipif(QGIS_PROCESS is None and not os.environ.get("CI"), reason="qgis_process is not installed")
def test_a_french_qgis_shows_the_plugin_in_french(provider, release, tmp_path):
    """The release zip installed in a QGIS whose user interface is French: algorithm names, groups and
    parameter labels are French, every one of them translated (none left as in the English session)."""
    import json

    from qgis.core import QgsApplication

    home = installed_home(release, tmp_path, "[locale]\nuserLocale=fr\noverrideFlag=true\n")
    listing = qgis_process(home, "list", "--json")
    assert listing.returncode == 0, listing.stderr
    french = json.loads(listing.stdout)["providers"]["terrascope"]["algorithms"]
    assert french["terrascope:meancomposite"]["name"] == "Composite moyen"
    assert french["terrascope:meancomposite"]["group"] == "Composites et séries temporelles"
    assert french["terrascope:maskbyscl"]["group"] == "Mise à l'échelle et masquage"
    for algorithm_id in TRANSLATED_ALGORITHMS:  # this session is English
        english = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        assert french[algorithm_id]["name"] != english.displayName(), algorithm_id
        assert french[algorithm_id]["group"] != english.group(), algorithm_id

    details = qgis_process(home, "help", "terrascope:meancomposite", "--json")
    assert details.returncode == 0, details.stderr
    parameters = json.loads(details.stdout)["parameters"]
    assert parameters["INPUTS"]["description"] == "Rasters en entrée (un contenu, une grille)"
    assert parameters["SCALE"]["description"] == "Convertir en valeurs physiques"
    english = provider.algorithm("meancomposite")
    for name in ("INPUTS", "CLASSES", "DILATION", "MASK_PRESET", "SCALE", "OUTPUT", "COUNT", "PERIOD", "COG"):
        assert parameters[name]["description"] != english.parameterDefinition(name).description(), name
