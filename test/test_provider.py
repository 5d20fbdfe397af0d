"""The provider and the rules every registered algorithm follows (design.md, style.md)."""

import re

from qgis.core import QgsProcessingAlgorithm, QgsProcessingModelAlgorithm, QgsProcessingParameterDefinition

from terrascope_processing.algorithms import provider as provider_module
from terrascope_processing.algorithms.base import TerrascopeAlgorithm, group_names


def test_provider_identity(provider):
    assert provider.id() == "terrascope"
    assert provider.name() == "Terrascope"
    assert not provider.icon().isNull()
    assert provider.versionInfo() == "0.1.0"


def test_every_listed_algorithm_is_registered(provider):
    ids = sorted(algorithm.id() for algorithm in provider.algorithms())
    expected = sorted(f"terrascope:{cls.ALGORITHM_ID}"
                      for cls in provider_module.ALGORITHMS + provider_module.MODELS)
    assert ids == expected
    assert len(set(ids)) == len(ids)
    assert "terrascope:parseproduct" in ids


def test_algorithms_follow_the_shared_rules(provider):
    for algorithm in provider.algorithms():
        if isinstance(algorithm, QgsProcessingModelAlgorithm):
            continue  # shipped models: test_models_follow_the_shared_rules
        name = algorithm.name()
        assert isinstance(algorithm, TerrascopeAlgorithm), name
        assert re.fullmatch(r"[a-z]+", name), name
        assert name == type(algorithm).ALGORITHM_ID  # a literal constant, not derived from the label
        assert algorithm.displayName().strip(), name
        assert algorithm.groupId() in group_names(), name
        assert algorithm.group() == group_names()[algorithm.groupId()]
        assert algorithm.shortHelpString().strip(), name
        assert algorithm.helpUrl().endswith("#" + name)
        assert not algorithm.icon().isNull()
        copy = algorithm.createInstance()
        assert type(copy) is type(algorithm)
        for parameter in algorithm.parameterDefinitions():
            assert isinstance(parameter, QgsProcessingParameterDefinition)
            assert parameter.name() == parameter.name().upper(), (name, parameter.name())
            assert parameter.description().strip(), (name, parameter.name())
            assert parameter.help().strip(), f"{name}: parameter {parameter.name()} has no help (setHelp)"
        for output in algorithm.outputDefinitions():
            assert output.name() == output.name().upper(), (name, output.name())
        assert isinstance(algorithm, QgsProcessingAlgorithm)


def test_models_follow_the_shared_rules(provider):
    """Shipped models (resources/models/*.model3) keep a literal id, a group, help and their children."""
    models = [algorithm for algorithm in provider.algorithms()
              if isinstance(algorithm, QgsProcessingModelAlgorithm)]
    assert len(models) == len(provider_module.MODELS)
    for model in models:
        name = model.name()
        assert re.fullmatch(r"[a-z]+", name), name
        assert name == type(model).ALGORITHM_ID
        assert model.displayName().strip()
        assert model.groupId() in group_names()
        assert model.shortHelpString().strip()
        assert not model.icon().isNull()
        assert type(model.createInstance()) is type(model)
        assert all(model.childAlgorithm(child).algorithm() is not None for child in model.childAlgorithms())
        for parameter in model.parameterDefinitions():
            if not parameter.isDestination():  # model outputs are named "<child id>:<output>" by QGIS
                assert parameter.name() == parameter.name().upper(), (name, parameter.name())
                assert parameter.help().strip(), (name, parameter.name())


def test_labels_leave_optional_to_qgis(provider):
    """QGIS appends "[optional]" to the label of an optional parameter: a label saying so itself reads
    "... (optional ...) [optional]" in the dialog."""
    for algorithm in provider.algorithms():
        for parameter in algorithm.parameterDefinitions():
            assert "optional" not in parameter.description().lower(), (algorithm.id(), parameter.description())
