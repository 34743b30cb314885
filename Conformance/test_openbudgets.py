"""OpenBudgets.eu's seven integrity constraints (data model, integrity-constraints/), asked of
each document's normalized Data Cube graph (budget.jsonld + dsd.jsonld + vocabulary.ttl).

The queries are our own, written from what each constraint states: ASK queries that return true
when the constraint is violated. Those that need OpenBudgets.eu's ontology read it from a named
graph holding openbudgets/ontology.ttl (the OpenBudgets.eu terms the exports use, restated);
"wrong character case" reads the RDF Data Cube terms from the one published vocabulary rdflib
can name offline: the terms listed in QB_TERMS.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from graphs import PREFIXES, cube_graph
from support import CheckFailure

HERE = Path(__file__).resolve().parent
DATA = rdflib.URIRef("urn:budget-etl:validated-dataset")
ONTOLOGY = rdflib.URIRef("urn:budget-etl:openbudgets-ontology")
CUBE = rdflib.URIRef("urn:budget-etl:data-cube")

OBEU_PREFIXES = PREFIXES + """
PREFIX obeu: <http://data.openbudgets.eu/ontology/>
PREFIX obeu-attribute: <http://data.openbudgets.eu/ontology/dsd/attribute/>
PREFIX obeu-dimension: <http://data.openbudgets.eu/ontology/dsd/dimension/>
PREFIX obeu-measure: <http://data.openbudgets.eu/ontology/dsd/measure/>
"""

# The classes and properties of the RDF Data Cube vocabulary (W3C recommendation, section 13).
QB_TERMS = """Attachable AttributeProperty CodedProperty ComponentProperty ComponentSet
ComponentSpecification DataSet DataStructureDefinition DimensionProperty HierarchicalCodeList
MeasureProperty Observation ObservationGroup Slice SliceKey attribute codeList component
componentAttachment componentProperty componentRequired concept dataSet dimension hierarchyRoot
measure measureDimension measureType observation observationGroup order parentChildProperty
slice sliceKey sliceStructure structure""".split()

CONSTRAINTS: dict[str, str] = {
    # Every DSD has, as components or their super-properties, the five mandatory properties.
    "missing mandatory component properties": """ASK {
  GRAPH <urn:budget-etl:validated-dataset> {
    ?structure a qb:DataStructureDefinition .
    VALUES ?mandatory { obeu-attribute:currency obeu-dimension:fiscalPeriod
                        obeu-dimension:operationCharacter obeu-dimension:organization
                        obeu-measure:amount }
    FILTER NOT EXISTS {
      ?structure qb:component ?spec . ?spec qb:componentProperty ?used .
      ?used rdfs:subPropertyOf* ?mandatory .
    }
  }
}""",
    # A core coded property keeps the code list OpenBudgets.eu gives it.
    "code list redefinition": """ASK {
  GRAPH <urn:budget-etl:validated-dataset> {
    ?property qb:codeList ?ours .
    { ?property a qb:CodedProperty } UNION { ?property a qb:DimensionProperty }
  }
  GRAPH <urn:budget-etl:openbudgets-ontology> { ?property qb:codeList ?theirs . }
  FILTER (?ours != ?theirs)
}""",
    # Every term of the OpenBudgets.eu namespace used is one the ontology defines.
    "hijacked core namespace": """ASK {
  { SELECT DISTINCT ?term WHERE {
      GRAPH <urn:budget-etl:validated-dataset> { { [] a ?term } UNION { [] ?term [] } } } }
  FILTER (STRSTARTS(STR(?term), "http://data.openbudgets.eu/ontology/"))
  FILTER NOT EXISTS {
    GRAPH <urn:budget-etl:openbudgets-ontology> {
      ?term rdfs:isDefinedBy <http://data.openbudgets.eu/ontology>
    }
  }
}""",
    # No resource is typed with one of the ontology's properties.
    "property instantiation": """ASK {
  GRAPH <urn:budget-etl:openbudgets-ontology> { ?property a rdf:Property }
  GRAPH <urn:budget-etl:validated-dataset> { ?resource a ?property }
}""",
    # The abstract classification properties appear only as super-properties.
    "use of abstract property": """ASK {
  GRAPH <urn:budget-etl:validated-dataset> {
    VALUES ?abstract { obeu-dimension:administrativeClassification obeu-dimension:classification
                       obeu-dimension:economicClassification
                       obeu-dimension:functionalClassification
                       obeu-dimension:programmeClassification }
    ?structure a qb:DataStructureDefinition ; qb:component ?spec .
    { ?spec qb:dimension ?abstract } UNION { ?spec qb:componentProperty ?abstract }
  }
}""",
    # No term the ontology deprecates is used, as a class or a property.
    "use of deprecated term": """ASK {
  GRAPH <urn:budget-etl:openbudgets-ontology> { ?term owl:deprecated true }
  { SELECT DISTINCT ?term WHERE {
      GRAPH <urn:budget-etl:validated-dataset> { { [] a ?term } UNION { [] ?term [] } } } }
}""",
    # Every qb: term used is spelled as the Data Cube vocabulary spells it.
    "wrong qb character case": """ASK {
  { SELECT DISTINCT ?term WHERE {
      GRAPH <urn:budget-etl:validated-dataset> { { [] a ?term } UNION { [] ?term [] } } } }
  FILTER (STRSTARTS(STR(?term), "http://purl.org/linked-data/cube#"))
  FILTER NOT EXISTS { GRAPH <urn:budget-etl:data-cube> { ?term a rdfs:Resource } }
  GRAPH <urn:budget-etl:data-cube> { ?known a rdfs:Resource }
  FILTER (LCASE(STR(?term)) = LCASE(STR(?known)))
}""",
}


def dataset(graph: rdflib.Graph) -> rdflib.Dataset:
    """The export's graph, the OpenBudgets.eu ontology and the Data Cube terms, as named graphs."""
    data = rdflib.Dataset()
    validated = data.graph(DATA)
    for triple in graph:
        validated.add(triple)
    data.graph(ONTOLOGY).parse(HERE / "openbudgets" / "ontology.ttl", format="turtle")
    cube = data.graph(CUBE)
    qb = rdflib.Namespace("http://purl.org/linked-data/cube#")
    for term in QB_TERMS:
        cube.add((qb[term], rdflib.RDF.type, rdflib.RDFS.Resource))
    return data


def violated(data: rdflib.Dataset) -> list[str]:
    return [name for name, query in CONSTRAINTS.items()
            if bool(data.query(OBEU_PREFIXES + query).askAnswer)]


def check_openbudgets(folder: Path) -> str:
    broken = violated(dataset(cube_graph(folder)))
    if broken:
        raise CheckFailure("OpenBudgets.eu integrity constraints violated: " + ", ".join(broken))
    return f"{len(CONSTRAINTS)} OpenBudgets.eu constraints hold"


def test_seven_constraints_are_asked() -> None:
    assert len(CONSTRAINTS) == 7


@pytest.mark.parametrize("name", sorted(CONSTRAINTS))
def test_constraint_catches_its_violation(name: str) -> None:
    """Each query finds the violation it is about in a small graph made to break it."""
    bad = rdflib.Graph()
    bad.parse(data=BROKEN[name], format="turtle")
    assert name in violated(dataset(bad))


BROKEN_PREFIXES = """@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix obeu-dimension: <http://data.openbudgets.eu/ontology/dsd/dimension/> .
@prefix ex: <https://example.org/> .
"""
BROKEN = {name: BROKEN_PREFIXES + body for name, body in {
    "missing mandatory component properties":
        "ex:dsd a qb:DataStructureDefinition ; qb:component [ qb:componentProperty ex:x ] .",
    "code list redefinition":
        "obeu-dimension:budgetPhase a qb:DimensionProperty ; qb:codeList ex:phases .",
    "hijacked core namespace": "ex:o obeu-dimension:mine ex:v .",
    "property instantiation": "ex:o a obeu-dimension:organization .",
    "use of abstract property":
        "ex:dsd a qb:DataStructureDefinition ; "
        "qb:component [ qb:dimension obeu-dimension:classification ] .",
    "use of deprecated term": "ex:o obeu-dimension:budgetaryUnit ex:v .",
    "wrong qb character case": "ex:o a qb:observation ; qb:dataset ex:d .",
}.items()}


def test_openbudgets_constraints(folder: Path) -> None:
    check_openbudgets(folder)


def test_phases_match_openbudgets_codes(folder: Path) -> None:
    """The budget stage is a sub-property of OpenBudgets.eu's, and the document's stage concept
    is matched (SKOS) to a code of OpenBudgets.eu's budget-phase list when one fits."""
    graph = cube_graph(folder)
    be = rdflib.Namespace("https://budget-etl.example/vocab#")
    obeu_phase = rdflib.URIRef("http://data.openbudgets.eu/ontology/dsd/dimension/budgetPhase")
    assert (be.budgetPhase, rdflib.RDFS.subPropertyOf, obeu_phase) in graph
    codes = {f"http://data.openbudgets.eu/resource/codelist/budget-phase/{c}"
             for c in ("approved", "draft", "executed", "revised")}
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    phases = set(graph.objects(None, be.budgetPhase))
    assert phases, "no observation states its budget phase"
    for phase in phases:
        matches = {str(o) for p in (skos.closeMatch, skos.exactMatch) for o in graph.objects(phase, p)}
        assert matches <= codes, f"{phase} matched to {matches - codes}, not OpenBudgets.eu codes"
