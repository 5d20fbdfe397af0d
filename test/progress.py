"""The progress double of the core tests (the engine's protocol: ``report(fraction)``, ``cancelled()``):
it records every report and cancels when told to."""


class Progress:
    """Records ``reports``; ``cancelled()`` is True once ``cancel_after_reports`` reports arrived, or
    after ``cancel_after_checks`` calls of ``cancelled()`` (never, by default)."""

    def __init__(self, cancel_after_reports=None, cancel_after_checks=None):
        self.reports = []
        self.checks = 0
        self.cancel_after_reports = cancel_after_reports
        self.cancel_after_checks = cancel_after_checks

    def report(self, fraction):
        self.reports.append(fraction)

    def cancelled(self):
        self.checks += 1
        return ((self.cancel_after_reports is not None and len(self.reports) >= self.cancel_after_reports)
                or (self.cancel_after_checks is not None and self.checks > self.cancel_after_checks))
