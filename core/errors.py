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
