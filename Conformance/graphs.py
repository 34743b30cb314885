"""RDF graphs of an export folder, read offline with rdflib (and csv2rdf for csv-metadata.json).

- `cube_graph(folder)`: budget.jsonld + dsd.jsonld + vocabulary.ttl, the graph a Data Cube
  consumer loads, normalized as the RDF Data Cube recommendation (section 10) asks.
- `csvw_graph(folder)`: the RDF the CSVW metadata yields under csv2rdf semantics (standard
  mode, without the table-group and row provenance triples), written here from the W3C
  "Generating RDF from Tabular Data on the Web" rules the metadata uses: aboutUrl,
  propertyUrl and valueUrl URI templates, datatypes, lang, separator, suppressOutput and
  virtual columns.
"""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import rdflib
import uritemplate
from rdflib.namespace import RDF, XSD

from support import CheckFailure, load_json, read_csv_rows, resource_encodings

QB = rdflib.Namespace("http://purl.org/linked-data/cube#")
BE = rdflib.Namespace("https://budget-etl.example/vocab#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
OBEU_DIM = rdflib.Namespace("http://data.openbudgets.eu/ontology/dsd/dimension/")
OBEU_MEASURE = rdflib.Namespace("http://data.openbudgets.eu/ontology/dsd/measure/")
CODELIST = "https://budget-etl.example/codelist/"

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# Section 10.2 of the recommendation: phase 1 (type and property closure) and phase 2
# (push attachment levels down to observations), for the constructs this export can use.
NORMALIZATION = [
    "INSERT { ?o rdf:type qb:Observation } WHERE { [] qb:observation ?o }",
    "INSERT { ?o rdf:type qb:Observation } WHERE { ?o qb:dataSet [] }",
    "INSERT { ?s rdf:type qb:Slice } WHERE { [] qb:slice ?s }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:DimensionProperty } WHERE { ?cs qb:dimension ?p }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:MeasureProperty } WHERE { ?cs qb:measure ?p }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:AttributeProperty } WHERE { ?cs qb:attribute ?p }",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:DataSet .
        ?dataset qb:structure [ qb:component ?spec ] ; ?comp ?value .
        ?obs qb:dataSet ?dataset . }""",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:Slice .
        ?dataset qb:structure [ qb:component ?spec ] ; qb:slice ?slice .
        ?slice ?comp ?value ; qb:observation ?obs . }""",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:MeasureProperty .
        ?dataset qb:structure [ qb:component ?spec ] .
        ?comp a qb:AttributeProperty . ?measure a qb:MeasureProperty ; ?comp ?value .
        ?obs qb:dataSet ?dataset ; ?measure [] . }""",
]


def normalize(graph: rdflib.Graph) -> rdflib.Graph:
    for update in NORMALIZATION:
        graph.update(PREFIXES + update)
    return graph


def parse_jsonld(graph: rdflib.Graph, path: Path) -> None:
    """Parses a JSON-LD file whose contexts are all inlined (rdflib fetches nothing then)."""
    document = load_json(path)
    contexts = document.get("@context") if isinstance(document, dict) else None
    for context in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(context, str):
            raise CheckFailure(f"{path.name}: @context references {context!r}; it must be inlined")
    graph.parse(data=json.dumps(document), format="json-ld", base=path.resolve().as_uri())


def cube_graph(folder: Path, normalized: bool = True) -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in ("budget.jsonld", "dsd.jsonld"):
        if not (folder / name).exists():
            raise CheckFailure(f"{name} is missing")
        parse_jsonld(graph, folder / name)
    if not (folder / "vocabulary.ttl").exists():
        raise CheckFailure("vocabulary.ttl is missing")
    graph.parse(folder / "vocabulary.ttl", format="turtle")
    return normalize(graph) if normalized else graph


XSD_TYPES = {
    "string": None, "integer": XSD.integer, "decimal": XSD.decimal, "boolean": XSD.boolean,
    "gYear": XSD.gYear, "date": XSD.date, "number": XSD.double, "anyURI": XSD.anyURI,
}


def _template(template: str | None, values: dict, base: str) -> str | None:
    if template is None:
        return None
    return urllib.parse.urljoin(base, uritemplate.expand(template, values))


def _literal(text: str, column: dict) -> rdflib.Literal:
    datatype = column.get("datatype", "string")
    name = datatype.get("base", "string") if isinstance(datatype, dict) else datatype
    if name == "boolean":
        text = {"1": "true", "0": "false"}.get(text, text)
    xsd = XSD_TYPES.get(name, XSD[name])
    if xsd is None:
        return rdflib.Literal(text, lang=column.get("lang"))
    return rdflib.Literal(text, datatype=xsd)


def csvw_graph(folder: Path) -> rdflib.Graph:
    """csv2rdf of csv-metadata.json (the columns and virtual columns of every table)."""
    path = folder / "csv-metadata.json"
    metadata = load_json(path)
    encodings = resource_encodings(folder)
    graph = rdflib.Graph()
    for table in metadata["tables"]:
        url = urllib.parse.urljoin(path.resolve().as_uri(), table["url"])
        schema = table["tableSchema"]
        name = urllib.parse.unquote(table["url"])
        rows = read_csv_rows(folder / name, encodings.get(name, "utf-8"))
        for number, row in enumerate(rows, start=1):
            values = {k: v for k, v in row.items() if v != ""}
            values["_row"] = str(number)
            about = _template(schema.get("aboutUrl"), values, url)
            subject = rdflib.URIRef(about) if about else rdflib.BNode()
            for column in schema["columns"]:
                if column.get("suppressOutput"):
                    continue
                predicate = rdflib.URIRef(_template(column.get("propertyUrl"), values, url)
                                          or f"{url}#{column['name']}")
                if column.get("virtual"):
                    graph.add((subject, predicate, rdflib.URIRef(_template(column["valueUrl"], values, url))))
                    continue
                cell = row.get(column["name"], "")
                if cell == "":
                    continue
                cells = cell.split(column["separator"]) if column.get("separator") else [cell]
                for part in cells:
                    if "valueUrl" in column:
                        graph.add((subject, predicate, rdflib.URIRef(
                            _template(column["valueUrl"], {**values, column["name"]: part}, url))))
                    else:
                        graph.add((subject, predicate, _literal(part, column)))
    return graph


def cube_observations(graph: rdflib.Graph) -> set:
    return set(graph.subjects(RDF.type, QB.Observation))


def describe(graph: rdflib.Graph, subject) -> frozenset:
    """The (predicate, object) pairs of a subject, literals compared by value and datatype."""
    return frozenset((p, o) for p, o in graph.predicate_objects(subject))
