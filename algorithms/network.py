"""The network the QGIS way, for the catalogue: requests through QGIS's network access manager (the user's
proxies, authentication configurations and timeouts), and the authentication of a QGIS authentication
configuration passed to GDAL for the reads of one run.

    fetch = network_fetch(authcfg, feedback)       # fetch(url) -> core.searchcatalogue.Response
    remember_authentication(record_paths, authcfg)  # after a catalogue search
    with authenticated_reads(paths):                # around a run that reads /vsicurl/ URLs
        ...
Only the id of a configuration is remembered (for the life of the QGIS session); its secret is asked of
QGIS's authentication manager for each run, kept in memory only and never logged.
"""

import contextlib

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.remote import http_headers, is_network_path, url_prefix
from ..core.searchcatalogue import Response
from .base import core_errors

_AUTHCFG_OF = {}  # /vsicurl/ URL prefix -> QGIS authentication configuration id


def _tr(text):
    return QCoreApplication.translate("Network", text)


def network_fetch(authcfg="", feedback=None):
    """A ``fetch(url) -> core.searchcatalogue.Response`` doing GETs through QGIS's network access manager (the
    user's proxies and timeout), with the authentication configuration ``authcfg`` (an id; "" for none); a
    cancel of ``feedback`` aborts the request under way."""

    def fetch(url):
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", b"application/geo+json, application/json")
        if authcfg and not QgsApplication.authManager().updateNetworkRequest(request, authcfg):
            raise _unusable(authcfg)
        reply = _get_uncached(request)
        if authcfg:
            QgsApplication.authManager().updateNetworkReply(reply, authcfg)
        abort = feedback.canceled.connect(reply.abort) if feedback is not None else None
        try:
            if not reply.isFinished():
                loop = QEventLoop()
                reply.finished.connect(loop.quit)
                loop.exec_()
            status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
            if not status:  # no HTTP answer: refused, unknown host, timed out, cancelled
                return Response(url, 0, error=reply.errorString())
            reason = reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute) or ""
            return Response(url, int(status), bytes(reply.readAll()), reason=str(reason))
        finally:
            if abort is not None:
                feedback.canceled.disconnect(abort)
            reply.deleteLater()

    return fetch


def _get_uncached(request):
    """GET ``request`` from the network, never from QGIS's cache and never into it. Qt answers a 5xx with
    whatever copy of the URL the cache holds (stale-if-error, whatever the request's cache control), so a
    copy left by another request is removed first: a search reports what the catalogue answers now."""
    manager = QgsNetworkAccessManager.instance()
    if manager.cache() is not None:
        manager.cache().remove(request.url())
    request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
    request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
    return manager.get(request)


def _unusable(authcfg):
    return QgsProcessingException(_tr(
        "The authentication configuration {} cannot be used (is it there, and the master password given?)")
        .format(authcfg))


def _headers(authcfg, prefix):
    """The HTTP headers (``"Name: value"`` lines) that the configuration ``authcfg`` adds to a request."""
    request = QNetworkRequest(QUrl(prefix[len("/vsicurl/"):]))
    if not QgsApplication.authManager().updateNetworkRequest(request, authcfg):
        raise _unusable(authcfg)
    return "\r\n".join(f"{bytes(name).decode('latin-1')}: {bytes(request.rawHeader(name)).decode('latin-1')}"
                       for name in request.rawHeaderList())


def remember_authentication(paths, authcfg):
    """Read the network ``paths`` (assets of a catalogue search) with ``authcfg`` in later runs."""
    for path in paths:
        if is_network_path(path):
            if authcfg:
                _AUTHCFG_OF[url_prefix(path)] = authcfg
            else:
                _AUTHCFG_OF.pop(url_prefix(path), None)


@contextlib.contextmanager
def authenticated_reads(paths):
    """Within the block, GDAL reads the network ``paths`` with the authentication remembered for their
    server (if any); outside it, never."""
    prefixes = sorted({url_prefix(path) for path in paths if is_network_path(path)} & set(_AUTHCFG_OF))
    if not prefixes:
        yield
        return
    if len(prefixes) > 1:
        raise QgsProcessingException(_tr(
            "The inputs come from several servers that need authentication ({}): run them separately.")
            .format(", ".join(prefixes)))
    prefix = prefixes[0]
    with contextlib.ExitStack() as scope:
        with core_errors():
            scope.enter_context(http_headers(prefix, _headers(_AUTHCFG_OF[prefix], prefix), paths))
        yield
