"""terrascope:findandtimeseries: the shipped model resources/models/find_and_time_series.model3 (find
products -> time series at the user's points or fields), built by scripts/build_model.py."""

from qgis.PyQt.QtCore import QCoreApplication

from .base import GROUP_TIMESERIES
from .shipped_model import ShippedModel


class FindAndTimeSeriesModel(ShippedModel):
    """The find products -> time series model, as ``terrascope:findandtimeseries``."""

    ALGORITHM_ID = "findandtimeseries"
    GROUP_ID = GROUP_TIMESERIES
    MODEL_FILE = "find_and_time_series.model3"

    def displayName(self):  # noqa: N802 (Qt naming)
        return QCoreApplication.translate("FindAndTimeSeriesModel", "Find products and time series at fields (model)")

    def tags(self):
        return QCoreApplication.translate(
            "FindAndTimeSeriesModel",
            "terrascope,sentinel-2,model,archive,find,time series,ndvi curve,points,fields,workflow").split(",")
