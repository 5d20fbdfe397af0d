"""The files behind raster-layer parameters, found without leaving anything beside them.

- ``layers_without_pam()``: while QGIS loads inputs as layers (its parameter checks, ``parameterAs...``),
  GDAL's PAM is off for this thread only, so the statistics QGIS computes on loading are not written to
  ``.aux.xml`` files beside the inputs; the user's other work keeps PAM.
- ``unreadable_raster_input``: a raster input given as a file GDAL cannot read (corrupt, empty, not a
  raster) is named with the reason, where QGIS's own check would only say "Incorrect parameter value".
- ``value_to_check``: what of a parameter's value QGIS's own check still has to load as layers.
- ``raster_path`` / ``raster_paths``: the file behind a raster-layer or multiple-layers parameter.
"""

import contextlib
import os

from osgeo import gdal
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import TerrascopeError
from ..core.raster import open_raster
from ..core.remote import is_network_path

PAM_OPTION = "GDAL_PAM_ENABLED"


def _tr(text):
    return QCoreApplication.translate("TerrascopeInputs", text)


@contextlib.contextmanager
def layers_without_pam():
    """GDAL datasets opened in this block, in this thread, never write ``.aux.xml`` files (PAM is a
    per-dataset choice made when it is opened); other threads and later datasets are not affected."""
    previous = gdal.GetThreadLocalConfigOption(PAM_OPTION, None)
    gdal.SetThreadLocalConfigOption(PAM_OPTION, "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption(PAM_OPTION, previous)


def _is_raster_parameter(definition):
    return isinstance(definition, QgsProcessingParameterRasterLayer) or (
        isinstance(definition, QgsProcessingParameterMultipleLayers)
        and definition.layerType() == QgsProcessing.TypeRaster)


def _raster_parameters(algorithm):
    return [definition for definition in algorithm.parameterDefinitions() if _is_raster_parameter(definition)]


def _as_list(value):
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _is_given_file(item):
    return isinstance(item, str) and os.path.isfile(item)


def _given_files(value):
    return [item for item in _as_list(value) if _is_given_file(item)]


def unreadable_raster_input(algorithm, parameters):
    """The message for the first raster input given as a file that GDAL cannot read, naming the
    parameter, the file and the reason; None when every such file opens."""
    for definition in _raster_parameters(algorithm):
        for path in _given_files(parameters.get(definition.name())):
            try:
                with layers_without_pam():
                    open_raster(path)
            except TerrascopeError as error:
                return f"{definition.description()} ({definition.name()}): {error}"
    return None


NOTHING_TO_CHECK = object()


def value_to_check(definition, value):
    """The part of ``value`` that QGIS's check of ``definition`` must still see: a raster input given as a
    file is left out (``unreadable_raster_input`` has opened it with GDAL), and so is a GDAL network path
    (QGIS 3.22 loads no layer from one; the series checks it when it opens it). QGIS's check would load
    each of them as a layer, which samples statistics and keeps the layer, with GDAL's cached blocks,
    for the whole run: about 6 MB per input. ``NOTHING_TO_CHECK`` when nothing is left."""
    if not _is_raster_parameter(definition):
        return value
    values = _as_list(value)
    left = [item for item in values
            if not (_is_given_file(item) or (isinstance(item, str) and is_network_path(item)))]
    if len(left) == len(values):
        return value
    if not left:
        return NOTHING_TO_CHECK
    return left


def _layer_file(layer):
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
    if layer.providerType() != "gdal" or not path or not os.path.isfile(path):
        raise QgsProcessingException(
            _tr("{}: not a raster file (the inputs must be Terrascope GeoTIFFs)").format(layer.source()))
    return path


def raster_path(algorithm, parameters, name, context):
    """The file behind a raster-layer parameter (None when an optional one is empty): a path as given,
    else the file of the layer."""
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if _given_files(value):
        return value
    with layers_without_pam():
        layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(_tr("{}: not a raster layer or file").format(
            algorithm.parameterAsString(parameters, name, context) or name))
    return _layer_file(layer)


def raster_paths(algorithm, parameters, name, context):
    """The files behind a multiple-layers parameter, in the given order: paths as given, else the
    files of the layers."""
    value = parameters.get(name)
    values = _as_list(value)
    if values and len(_given_files(values)) == len(values):
        return list(values)
    with layers_without_pam():
        layers = algorithm.parameterAsLayerList(parameters, name, context)
    return [_layer_file(layer) for layer in layers]
