"""The plugin's version, from the metadata.txt at the package root (no QGIS needed; also from a zip)."""

import configparser
import pkgutil

PACKAGE = __package__.rsplit(".", 1)[0]  # the plugin package, whatever its folder is called


def package_version():
    """The version in metadata.txt ("" if it cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(pkgutil.get_data(PACKAGE, "metadata.txt").decode("utf-8"))
        return parser.get("general", "version", fallback="")
    except (OSError, AttributeError, UnicodeDecodeError, configparser.Error):
        return ""
