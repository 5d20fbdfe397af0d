"""SIGINT (Ctrl+C) and SIGTERM in ``qgis_process``: they cancel a running algorithm as the Cancel button
does (no output committed, temporary files removed, the run fails with a clear message) instead of
being ignored (SIGINT: the run went on and replaced the output) or killing the process at once
(SIGTERM: hidden temporary files were left behind).

``enable()`` (the provider calls it in qgis_process only) turns this on; ``running()`` marks a run of
core code (``base.core_errors`` uses it) and, on the main thread, sets the handlers (at each run:
qgis_process sets its own SIGINT handler after the plugins have loaded); ``received()`` is the signal
number once one arrived during a run (``base.FeedbackProgress.cancelled`` asks it). Outside a run a
signal does what it did before, or its default (terminate) when that is not known.
"""

import contextlib
import os
import signal
import threading

SIGNALS = (signal.SIGINT, signal.SIGTERM)

_lock = threading.Lock()
_enabled = False
_runs = 0
_received = None
_previous = {}


def enable():
    """Let termination signals cancel runs in this process (call it in qgis_process only)."""
    global _enabled
    _enabled = True


def received():
    """The number of the termination signal received during a run, else None."""
    return _received


@contextlib.contextmanager
def running():
    """Mark a run: a termination signal arriving within cancels it."""
    global _runs
    if _enabled and threading.current_thread() is threading.main_thread():
        for number in SIGNALS:
            current = signal.getsignal(number)
            if current is not _handle:
                _previous[number] = current
                signal.signal(number, _handle)
    with _lock:
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1


def _handle(number, frame):
    global _received
    if _runs:
        _received = number  # the run notices it within one window and cancels
        return
    previous = _previous.get(number)
    signal.signal(number, previous if previous is not None else signal.SIG_DFL)
    os.kill(os.getpid(), number)


def describe(number):
    """``SIGTERM``, ``SIGINT``."""
    return signal.Signals(number).name
