"""The observations of budget.jsonld meet our SHACL shapes (shapes/observation.ttl, pyshacl)."""

from __future__ import annotations

from pathlib import Path

from graphs import cube_graph
from support import CheckFailure

SHAPES = Path(__file__).resolve().parent / "shapes" / "observation.ttl"


def check_shapes(folder: Path) -> str:
    from pyshacl import validate

    graph = cube_graph(folder)
    # RDFS rule rdfs7 only: the document's budget-line dimension entails the OpenBudgets.eu
    # administrativeClassification it is a sub-property of (no range or domain entailment,
    # which would make the class constraints hold by inference).
    graph.update("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT { ?s ?super ?o } WHERE { ?p rdfs:subPropertyOf ?super . ?s ?p ?o }""")
    conforms, _, text = validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle",
                                 inference="none", advanced=True)
    if not conforms:
        raise CheckFailure(f"observations do not meet shapes/observation.ttl:\n{text[:3000]}")
    return "conforms"


def test_observation_shapes(folder: Path) -> None:
    check_shapes(folder)
