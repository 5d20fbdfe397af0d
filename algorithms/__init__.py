"""The Processing provider and its algorithms: thin glue from QGIS parameters to ``core`` calls."""
