"""The provider and the rules every registered algorithm follows (design.md, style.md)."""

import re

from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterDefinition

from terrascope_processing.algorithms import provider as provider_module
from terrascope_processing.algorithms.base import TerrascopeAlgorithm, group_names


def test_provider_identity(provider):
    assert provider.id() == "terrascope"
    assert provider.name() == "Terrascope"
    assert not provider.icon().isNull()
    assert provider.versionInfo() == "0.1.0"


def test_every_listed_algorithm_is_registered(provider):
    ids = sorted(algorithm.id() for algorithm in provider.algorithms())
    expected = sorted(f"terrascope:{cls.ALGORITHM_ID}" for cls in provider_module.ALGORITHMS)
    assert ids == expected
    assert len(set(ids)) == len(ids)
    assert "terrascope:parseproduct" in ids


def test_algorithms_follow_the_shared_rules(provider):
    for algorithm in provider.algorithms():
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
