"""Pure-Python core of Terrascope Processing: no ``qgis`` import anywhere below this package."""
