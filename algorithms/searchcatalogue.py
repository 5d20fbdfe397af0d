"""terrascope:searchcatalogue: find Terrascope products in the STAC catalogue, with the filters and outputs of
findproducts (footprints and a layer list ready for the composites)."""

from qgis.core import (
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.errors import Cancelled
from ..core.remote import remember_scl
from ..core.searchcatalogue import DEFAULT_COLLECTION, DEFAULT_URL, search
from .base import FeedbackProgress, run_core
from .findproducts import FindProductsAlgorithm
from .network import network_fetch, remember_authentication


class SearchCatalogueAlgorithm(FindProductsAlgorithm):
    """Search a collection of the Terrascope STAC catalogue; outputs as findproducts."""

    ALGORITHM_ID = "searchcatalogue"

    URL = "URL"
    COLLECTION = "COLLECTION"
    AUTHCFG = "AUTHCFG"
    LOCAL = "LOCAL"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Search the Terrascope catalogue")

    def tags(self):
        return self.tr("terrascope,sentinel-2,stac,catalogue,search,find,download,cog,footprint,time series").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Searches a collection of the Terrascope STAC catalogue (https://stac.terrascope.be) with the "
            "filters of 'Find products', and gives the same outputs: the footprints of the products found "
            "and the list of their files (Layers), ready for the composites, temporal statistics or "
            "histogram.\n\n"
            "Collection: e.g. terrascope-s2-ndvi-v2, terrascope-s2-toc-v2, terrascope-s2-fapar-v2. Content "
            "picks the files of each product (NDVI, TOC-B04, …); empty: every product raster except "
            "quicklooks and masks, which for a biophysical collection is its own content. Tiles and cloud "
            "cover come from the catalogue's items, the footprints from their geometries; of several "
            "versions of one acquisition only the highest is kept.\n\n"
            "Files: on the Terrascope platform (where the archive is mounted) the local files are used "
            "('Use local files where they exist'); elsewhere the files are read over the network "
            "(GDAL /vsicurl/ URLs), and the scene classification of each product is the one its "
            "catalogue item names. Reading Terrascope files over the network needs a Terrascope account: "
            "choose an authentication configuration (e.g. OAuth2 with your account, or Basic) under "
            "Authentication; the algorithms that then read these files in the same QGIS session use it, "
            "for those reads only.\n\n"
            "Errors (unreachable catalogue, refused access, unknown collection, an unreadable answer) "
            "stop the run with a message; finding nothing is a warning.")

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        self._add(QgsProcessingParameterString(self.URL, self.tr("Catalogue URL"), defaultValue=DEFAULT_URL),
                  self.tr("The STAC API of the catalogue (its /search is used)."))
        self._add(QgsProcessingParameterString(
            self.COLLECTION, self.tr("Collection"), defaultValue=DEFAULT_COLLECTION),
            self.tr("The collection to search, e.g. terrascope-s2-ndvi-v2 or terrascope-s2-toc-v2."))
        self._add_content_dates_tiles()
        self._add_extent_and_cloud()
        self._add(QgsProcessingParameterAuthConfig(self.AUTHCFG, self.tr("Authentication"), optional=True),
                  self.tr("A QGIS authentication configuration for your Terrascope account, used for the "
                          "catalogue and for reading its files over the network."))
        self._add(QgsProcessingParameterBoolean(
            self.LOCAL, self.tr("Use local files where they exist"), defaultValue=True),
            self.tr("On the Terrascope platform the catalogue's files are also mounted locally: use those "
                    "paths where they exist (ticked), or always read over the network (unticked)."),
            advanced=True)
        self._add_outputs()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        url = self.parameterAsString(parameters, self.URL, context).strip() or DEFAULT_URL
        collection = self.parameterAsString(parameters, self.COLLECTION, context).strip()
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        fetch = network_fetch(authcfg, feedback)

        def fetch_unless_cancelled(address):
            response = fetch(address)
            if feedback.isCanceled():
                raise Cancelled("cancelled by the user")
            return response

        feedback.pushInfo(self.tr("Searching {} in {}").format(collection, url))
        result = run_core(
            search, fetch_unless_cancelled, url, collection,
            local=self.parameterAsBoolean(parameters, self.LOCAL, context),
            progress=FeedbackProgress(feedback), **self._filters(parameters, context, feedback))
        remember_scl(result.records)
        remember_authentication([r.path for r in result.records] + [r.scl_path for r in result.records
                                                                     if r.scl_path], authcfg)
        feedback.pushInfo(self.tr(
            "{} items, {} Terrascope files, {} older or duplicate versions set aside: {} products found.")
            .format(result.files_seen, result.names_parsed, result.superseded, len(result.records)))
        return self._write_records(parameters, context, feedback, result, f"{collection} ({url})")
