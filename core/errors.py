"""Exceptions raised by the core; the algorithms turn them into ``QgsProcessingException``."""


class TerrascopeError(Exception):
    """Something the user can fix: the message names the file and what is wrong."""


class ProductNameError(TerrascopeError, ValueError):
    """A file or folder name that does not follow the Terrascope naming convention."""


class UnknownContentError(TerrascopeError, ValueError):
    """A product content that the product table does not know."""


class MetadataError(TerrascopeError):
    """An XML sidecar that cannot be read safely."""


class RasterError(TerrascopeError):
    """A raster that cannot be opened or read, or that does not fit with the others."""


class Cancelled(TerrascopeError):
    """The user cancelled the work; no output was left behind."""


def release_frames(error):
    """Drop the local variables of the finished frames in the tracebacks of ``error`` and of the
    exceptions it chains: a GDAL dataset held there stays open (its file too, deleted or not) for as
    long as the exception is kept, and GDAL 3.6 crashes when one outlives QGIS."""
    import traceback

    seen = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        pending += [current.__cause__, current.__context__]
