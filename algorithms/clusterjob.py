"""terrascope:clusterjob: a ready job folder for the cluster runner (spark/) from the selection and
settings a user tried in QGIS: the code zip, the runner script, its arguments and submit.sh."""

import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import jobs
from ..core.histogram import DEFAULT_BINS, MAX_BINS
from ..core.temporalstatistics import STATISTICS, parse_percentiles
from ..spark.cli import job_arguments
from ..spark.jobfolder import write_job_folder
from .base import GROUP_CLUSTER, PLUGIN_DIR, core_errors
from .findproducts import FindProductsAlgorithm
from .series_parameters import SCALE, add_mask_parameters, add_scale_parameter, mask_settings_from_parameters
from .temporalstatistics import TemporalStatisticsAlgorithm


class ClusterJobAlgorithm(FindProductsAlgorithm):
    """The selection of Find products and the settings of the composites, written as a Spark job."""

    ALGORITHM_ID = "clusterjob"
    GROUP_ID = GROUP_CLUSTER

    COMMAND = "COMMAND"
    COUNT = "COUNT"
    STATISTICS = "STATISTICS"
    PERCENTILES = "PERCENTILES"
    BINS = "BINS"
    MINIMUM = "MINIMUM"
    MAXIMUM = "MAXIMUM"
    CLUSTER_OUTPUT = "CLUSTER_OUTPUT"
    OUTPUT = "OUTPUT"
    SUBMIT = "SUBMIT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Cluster job (Spark)")

    def tags(self):
        return self.tr("terrascope,spark,cluster,yarn,job,archive,composite,statistics,histogram,region").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Writes a job folder that runs a mean composite, temporal statistics or a histogram over a whole "
            "archive selection on Apache Spark: on the Terrascope cluster (YARN) or on any machine.\n\n"
            "Selection and settings: as in 'Find products' (the archive folder as the cluster sees it, "
            "content, dates, tiles, extent, cloud cover) and as in the composites (scene classification "
            "classes, growth of clouds and shadows, scaling). Nothing is read here: the cluster scans the "
            "archive when the job runs.\n\n"
            "The job folder holds terrascope_processing.zip (the code), run.py, arguments.txt and submit.sh: "
            "'./submit.sh local' runs it here with spark-submit, './submit.sh yarn' on the cluster (after "
            "kinit, with a packed Python environment holding GDAL, numpy and lxml: see the script). The job "
            "writes one Cloud Optimized GeoTIFF per tile, VRT mosaics and job.json into its output folder, "
            "with the values this plugin's algorithms give for each tile."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        self._add(QgsProcessingParameterString(self.INPUT, self.tr("Archive folder (as the cluster sees it)"),
                                               defaultValue="/data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2"),
                  self.tr("The archive folder the job scans, recursively, as a path on the cluster (it need not "
                          "exist on this machine); several folders separated by semicolons."))
        self._add_content_dates_tiles()
        self._add_extent_and_cloud()
        self._add(QgsProcessingParameterEnum(
            self.COMMAND, self.tr("Computation"), options=[self.tr("Mean composite"), self.tr("Temporal statistics"),
                                                            self.tr("Histogram")], defaultValue=0),
            self.tr("Mean composite: one mean (and count) per tile. Temporal statistics: the chosen statistics "
                    "per tile. Histogram: one histogram of every selected product."))
        add_mask_parameters(self, preset=True)
        add_scale_parameter(self)
        self._add(QgsProcessingParameterBoolean(self.COUNT, self.tr("Also the number of valid observations"),
                                                defaultValue=True),
                  self.tr("Mean composite: also write the count per tile (count.tif, count.vrt)."))
        self._add(QgsProcessingParameterEnum(
            self.STATISTICS, self.tr("Statistics"), options=TemporalStatisticsAlgorithm().statistic_names(),
            allowMultiple=True, defaultValue=[0, 1, 5]),
            self.tr("Temporal statistics: which statistics, as in 'Temporal statistics'."))
        self._add(QgsProcessingParameterString(self.PERCENTILES, self.tr("Percentiles (0–100, comma-separated)"),
                                               defaultValue="10,50,90", optional=True),
                  self.tr("Temporal statistics: the percentiles when 'Percentiles' is chosen."))
        self._add(QgsProcessingParameterNumber(self.BINS, self.tr("Number of bins"),
                                               type=QgsProcessingParameterNumber.Integer, defaultValue=DEFAULT_BINS,
                                               minValue=1, maxValue=MAX_BINS),
                  self.tr("Histogram: how many equal bins."))
        for name, label in ((self.MINIMUM, self.tr("Histogram minimum")), (self.MAXIMUM, self.tr("Histogram maximum"))):
            self._add(QgsProcessingParameterNumber(name, label, type=QgsProcessingParameterNumber.Double,
                                                   optional=True),
                      self.tr("Histogram: the range; empty: the content's physical (or digital number) range."))
        self._add(QgsProcessingParameterString(self.CLUSTER_OUTPUT, self.tr("Output folder of the job"),
                                               optional=True),
                  self.tr("Where the job writes its results, as a path that the driver and every executor "
                          "reach (on the cluster: a shared folder, e.g. under /data/users). Empty: a folder "
                          "'output' in the job folder, for a run on this machine."))
        self._add(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Job folder")),
                  self.tr("The folder to write the job into (created if needed)."))
        self.addOutput(QgsProcessingOutputFile(self.SUBMIT, self.tr("Submit script")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        output = self.parameterAsString(parameters, self.CLUSTER_OUTPUT, context).strip()
        archives = [path.strip() for path in self.parameterAsString(parameters, self.INPUT, context).split(";")
                    if path.strip()]
        command = jobs.COMMANDS[self.parameterAsEnum(parameters, self.COMMAND, context)]
        options = {}
        if command == jobs.COMPOSITE:
            options["count"] = self.parameterAsBoolean(parameters, self.COUNT, context)
        elif command == jobs.STATISTICS:
            options["statistics"] = [STATISTICS[index] for index in
                                     self.parameterAsEnums(parameters, self.STATISTICS, context)]
        else:
            options["bins"] = self.parameterAsInt(parameters, self.BINS, context)
            for name, key in ((self.MINIMUM, "minimum"), (self.MAXIMUM, "maximum")):
                if parameters.get(name) not in (None, ""):
                    options[key] = self.parameterAsDouble(parameters, name, context)
        with core_errors():
            if command == jobs.STATISTICS:
                options["percentiles"] = parse_percentiles(self.parameterAsString(parameters, self.PERCENTILES, context))
            settings = jobs.JobSettings(command, masking=mask_settings_from_parameters(self, parameters, context, feedback),
                                        physical=self.parameterAsBoolean(parameters, SCALE, context), **options)
            arguments = job_arguments(settings, archives, self._filters(parameters, context, feedback),
                                      output or os.path.join(os.path.abspath(folder), "output"))
            submit = write_job_folder(folder, arguments, PLUGIN_DIR)
        feedback.pushInfo(self.tr("Job written to {}; submit it with {} local (or yarn)").format(folder, submit))
        return {self.OUTPUT: folder, self.SUBMIT: submit}
