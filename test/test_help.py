"""What a QGIS user reads: the help of every algorithm the provider offers (models included), as the
algorithm dialog renders it, as qgis_process prints it, and as tooltips show it."""

import re

import pytest
from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QTextDocument

MARKUP = re.compile(r"<[A-Za-z/!?]|&#?\w+;")  # a tag or an entity: HTML, which qgis_process prints raw
LONG_HELP_WORDS = 120
INTRO_WORDS = 60
PARAGRAPH_WORDS = 110


def algorithms(provider):
    return sorted(provider.algorithms(), key=lambda algorithm: algorithm.id())


def dialog_html(algorithm):
    """The help panel's HTML: QgsProcessingAlgorithmDialogBase::formatHelp (QGIS 3.22), one <p> per line."""
    paragraphs = "".join(f"<p>{line}</p>" for line in algorithm.shortHelpString().split("\n"))
    return f"<h2>{algorithm.displayName()}</h2>{paragraphs}"


def rendered(html):
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_every_algorithm_is_checked(provider):
    ids = [algorithm.id() for algorithm in algorithms(provider)]
    assert "terrascope:maskbyscl" in ids and "terrascope:findandcomposite" in ids


def test_help_panel_shows_every_word(provider):
    """Nothing in a help text is taken for HTML: the panel shows all of it (the name pattern's
    <MISSION> placeholders used to vanish as unknown tags)."""
    for algorithm in algorithms(provider):
        text = f"{algorithm.displayName()} {algorithm.shortHelpString()}"
        assert rendered(dialog_html(algorithm)).split() == text.split(), algorithm.id()


def test_help_is_plain_text(provider):
    """qgis_process prints shortHelpString() and the parameters' help as they are: no tags, no entities;
    tooltips (the parameters' help) would take them as rich text."""
    for algorithm in algorithms(provider):
        assert not MARKUP.search(algorithm.shortHelpString()), algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert not MARKUP.search(parameter.help()), (algorithm.id(), parameter.name())
            assert not MARKUP.search(parameter.description()), (algorithm.id(), parameter.name())


def test_name_pattern_reaches_the_maskbyscl_panel(provider):
    from terrascope_processing.core.naming import NAME_PATTERN

    algorithm = provider.algorithm("maskbyscl")
    shown = rendered(dialog_html(algorithm))
    for placeholder in re.findall(r"<(\w+)>", NAME_PATTERN):
        assert placeholder in shown


def test_help_names_parameters_by_their_labels(provider):
    """The dialog shows labels, not ids: a help text that says DILATION or SCALE points at nothing the user
    sees. (Outputs that are not parameters, e.g. parseproduct's, are known by their ids in the results.)"""
    for algorithm in algorithms(provider):
        ids = {parameter.name() for parameter in algorithm.parameterDefinitions()
               if re.fullmatch(r"[A-Z][A-Z0-9_]+", parameter.name())
               and parameter.name() not in parameter.description()}  # "Scene classification (SCL)" is fine
        texts = [algorithm.shortHelpString()] + [parameter.help() for parameter in algorithm.parameterDefinitions()]
        for text in texts:
            named = {word for word in re.findall(r"\b[A-Z][A-Z0-9_]+\b", text) if word in ids}
            assert not named, (algorithm.id(), sorted(named), text[:80])


def test_long_help_is_structured(provider):
    """A long help starts with a short introduction, then sections (paragraphs) of readable length."""
    for algorithm in algorithms(provider):
        text = algorithm.shortHelpString()
        if len(text.split()) <= LONG_HELP_WORDS:
            continue
        paragraphs = [paragraph for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]
        assert len(paragraphs) >= 3, algorithm.id()
        assert len(paragraphs[0].split()) <= INTRO_WORDS, (algorithm.id(), paragraphs[0][:80])
        for paragraph in paragraphs:
            for line in paragraph.split("\n"):
                assert len(line.split()) <= PARAGRAPH_WORDS, (algorithm.id(), line[:80])


def readme_anchors():
    """The anchors of README.md on GitHub: its headings' (lower case, punctuation dropped, spaces to '-')
    and explicit ones (<a id="..."></a>)."""
    from conftest import REPO_ROOT

    with open(f"{REPO_ROOT}/README.md", encoding="utf-8") as stream:
        text = stream.read()
    headings = [line.lstrip("#").strip() for line in text.splitlines() if re.match(r"#{1,6} ", line)]
    explicit = set(re.findall(r'<a (?:id|name)="([^"]+)"', text))
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings} | explicit


def test_help_urls_point_at_readme_sections(provider):
    """Every algorithm's Help button opens its own section of the README in the plugin's repository."""
    import configparser

    from conftest import REPO_ROOT
    from terrascope_processing.algorithms.base import HELP_BASE_URL

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(f"{REPO_ROOT}/metadata.txt", encoding="utf-8")
    assert HELP_BASE_URL.startswith(parser["general"]["repository"] + "/")
    anchors = readme_anchors()
    for algorithm in algorithms(provider):
        url = algorithm.helpUrl()
        assert url == f"{HELP_BASE_URL}#{algorithm.name()}", algorithm.id()
        assert algorithm.name() in anchors, f"README.md needs a section '### {algorithm.name()}'"
