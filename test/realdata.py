"""The real Terrascope catalogue and STAC responses kept in test/data (see the README there)."""

import json
import os

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def real_json(name):
    """A JSON test resource from test/data; a missing one fails the test rather than skipping it."""
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as stream:
        return json.load(stream)
