"""Every applicable integrity constraint of the W3C RDF Data Cube recommendation (IC-1 to IC-21,
integrity.py) holds on each document's graph (budget.jsonld + dsd.jsonld + vocabulary.ttl,
normalized), asked with rdflib.

IC-12 (no duplicate observations) compares every pair of observations: the normative query is
quadratic and takes minutes in rdflib for 500 observations, so the suite asks the equivalent
grouping (`duplicate_observations`: observations of one data set whose dimension values are all
single and equal); the self-test asks the normative query too and sees both agree."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import rdflib

import integrity
from graphs import QB, cube_graph, cube_observations
from support import CheckFailure

IC12 = "IC-12 no duplicate observations"


def duplicate_observations(graph: rdflib.Graph) -> list[tuple]:
    """Pairs IC-12 forbids: two observations of one data set equal on every dimension."""
    seen: dict[tuple, rdflib.term.Node] = {}
    duplicates = []
    dimensions: dict = defaultdict(list)
    for dataset, dsd in graph.subject_objects(QB.structure):
        for component in graph.objects(dsd, QB.component):
            for prop in graph.objects(component, QB.componentProperty):
                if (prop, rdflib.RDF.type, QB.DimensionProperty) in graph:
                    dimensions[dataset].append(prop)
    for obs, dataset in sorted(graph.subject_objects(QB.dataSet)):
        dims = sorted(dimensions.get(dataset, []))
        key = [dataset]
        for dim in dims:
            values = set(graph.objects(obs, dim))
            key.append(values.pop() if len(values) == 1 else ("unique", obs))
        key = tuple(key)
        if key in seen:
            duplicates.append((seen[key], obs))
        else:
            seen[key] = obs
    return duplicates


def check_cube(folder: Path, skip: tuple[str, ...] = (IC12,)) -> str:
    graph = cube_graph(folder)
    if not cube_observations(graph):
        raise CheckFailure("no qb:Observation in the graph")
    violated = [name for name, query in integrity.instances(graph).items()
                if name not in skip and integrity.violated(graph, query)]
    duplicates = duplicate_observations(graph)
    if duplicates:
        violated.append(f"{IC12}: {[(str(a), str(b)) for a, b in duplicates[:3]]}")
    if violated:
        raise CheckFailure("integrity constraints violated: " + "; ".join(violated))
    return f"{len(integrity.instances(graph))} constraints hold on {len(cube_observations(graph))} observations"


@pytest.mark.parametrize("name", sorted(integrity.CONSTRAINTS) + ["IC-20", "IC-21"])
def test_constraint_is_asked(name: str) -> None:
    """The suite asks every constraint of the recommendation (IC-1 … IC-21)."""
    assert any(key.startswith(name.split(" ")[0] + " ") for key in integrity.instances(rdflib.Graph()))


def test_integrity_constraints(folder: Path) -> None:
    check_cube(folder)
