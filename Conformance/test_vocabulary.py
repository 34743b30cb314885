"""Every term budget.jsonld, dsd.jsonld and csv-metadata.json (under csv2rdf) use is defined: by a
standard vocabulary, or by the export's vocabulary.ttl (the `be:` terms: an rdfs:Class or
rdf:Property with labels and comments in Japanese and English, and a range for properties), or,
for the document's own budget-line dimension, by dsd.jsonld."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS

from graphs import BE, csvw_graph, cube_graph, parse_jsonld

STANDARD = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2004/02/skos/core#",
    "http://purl.org/dc/terms/", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
    "http://purl.org/linked-data/cube#", "http://data.openbudgets.eu/ontology/",
    "http://www.w3.org/ns/org#", "http://reference.data.gov.uk/def/intervals/",
)


def used_terms(folder: Path) -> set:
    graph = rdflib.Graph()
    for name in ("budget.jsonld", "dsd.jsonld"):
        parse_jsonld(graph, folder / name)
    graph += csvw_graph(folder)
    return set(graph.predicates()) | set(graph.objects(None, RDF.type))


def undefined_terms(folder: Path) -> list[str]:
    definitions = cube_graph(folder, normalized=False)
    problems = []
    for term in sorted(used_terms(folder)):
        iri = str(term)
        if iri.startswith(STANDARD) and not iri.startswith(str(BE)):
            continue
        labels = {l.language for l in definitions.objects(term, RDFS.label)}
        comments = {c.language for c in definitions.objects(term, RDFS.comment)}
        if not {"ja", "en"} <= labels:
            problems.append(f"{iri}: no rdfs:label in ja and en")
        if iri.startswith(str(BE)) and not {"ja", "en"} <= comments:
            problems.append(f"{iri}: no rdfs:comment in ja and en")
        kinds = set(definitions.objects(term, RDF.type))
        if not kinds & {RDFS.Class, RDF.Property}:
            problems.append(f"{iri}: neither an rdfs:Class nor an rdf:Property")
        if RDF.Property in kinds and definitions.value(term, RDFS.range) is None:
            problems.append(f"{iri}: no rdfs:range")
    return problems


def test_terms_defined(folder: Path) -> None:
    problems = undefined_terms(folder)
    assert not problems, "\n".join(problems)
