"""The feedback double of the algorithm tests: a ``QgsProcessingFeedback`` that keeps every message a run
pushes, and can cancel the run at its first warning."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps ``infos``, ``warnings`` and ``errors`` (``messages``: all of them); with
    ``cancel_on_warning`` it cancels at the first warning (so that no huge raster is written)."""

    def __init__(self, cancel_on_warning=False):
        super().__init__()
        self.cancel_on_warning = cancel_on_warning
        self.infos, self.warnings, self.errors = [], [], []

    @property
    def messages(self):
        return self.infos + self.warnings + self.errors

    def pushInfo(self, info):  # noqa: N802 (Qt naming)
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (Qt naming)
        self.warnings.append(warning)
        super().pushWarning(warning)
        if self.cancel_on_warning:
            self.cancel()

    def reportError(self, error, fatal=False):  # noqa: N802 (Qt naming)
        self.errors.append(error)
        super().reportError(error, fatal)
