"""budget.jsonld and dsd.jsonld: pyld expands them with no network (contexts inlined, remote
loads refused), every key is a term the context defines (nothing is dropped on expansion),
N-Quads conversion succeeds, rdflib reads the same triples as pyld, and the obeu-measure:amount
of every observation equals amount_jpy in observations.csv."""

from __future__ import annotations

import json
from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure


def check_jsonld(folder: Path) -> str:
    from pyld import jsonld
    import rdflib

    path = folder / "budget.jsonld"
    if not path.exists():
        raise CheckFailure("budget.jsonld is missing")
    document = load_json(path)
    context = inline_context(document, "budget.jsonld")

    # Terms: every key used must be defined, or expansion silently drops it.
    skip = language_map_terms(context)
    undefined = sorted(
        {key for key, _ in used_keys(document, skip) if not is_keyword(key) and not term_defined(key, context)}
    )
    if undefined:
        raise CheckFailure(f"terms not defined in the context (dropped on expansion): {undefined}")
    types: list[str] = []
    for node in document.get("@graph", [document]):
        if isinstance(node, dict):
            value = node.get("@type", [])
            types += value if isinstance(value, list) else [value]
    undefined_types = sorted({t for t in types if not term_defined(t, context)})
    if undefined_types:
        raise CheckFailure(f"@type values not defined in the context: {undefined_types}")

    options = {"documentLoader": refuse_remote, "base": path.resolve().as_uri()}
    expanded = jsonld.expand(document, options)
    before, after = count_properties(document), count_properties(expanded)
    if before != after:
        raise CheckFailure(f"expansion kept {after} of {before} properties")

    nquads = jsonld.to_rdf(document, {**options, "format": "application/n-quads"})
    triples = [line for line in nquads.splitlines() if line.strip()]
    if not triples:
        raise CheckFailure("no triples")

    parsed = rdflib.Dataset()
    parsed.parse(data=nquads, format="nquads")
    pyld_count = len(parsed)
    graph = rdflib.Graph()
    graph.parse(data=json.dumps(document), format="json-ld", base=path.resolve().as_uri())
    if len(graph) != len(set(triples)):
        raise CheckFailure(f"rdflib read {len(graph)} triples, pyld wrote {len(set(triples))}")

    # Amounts: RDF observation amounts against observations.csv.
    amount = rdflib.URIRef(OBEU_AMOUNT)
    identifier = rdflib.URIRef(DCTERMS + "identifier")
    observation_type = rdflib.URIRef(QB + "Observation")
    rdf_amounts: set[tuple[str, int]] = set()
    bad_types: list[str] = []
    for subject, _, literal in graph.triples((None, amount, None)):
        if str(getattr(literal, "datatype", "")) not in INTEGER_TYPES:
            bad_types.append(f"{subject} {literal!r}")
            continue
        ids = [str(o) for o in graph.objects(subject, identifier)]
        obs_id = ids[0] if ids else urllib.parse.unquote(str(subject).split("/obs/", 1)[-1])
        rdf_amounts.add((obs_id, int(str(literal))))
    if bad_types:
        raise CheckFailure(f"amounts not typed xsd:integer/decimal: {bad_types[:5]}")
    observations = set(graph.subjects(rdflib.URIRef(RDF_TYPE), rdflib.URIRef(BE + "Figure")))
    in_cube = set(graph.subjects(rdflib.URIRef(RDF_TYPE), observation_type))
    csv_path = folder / "observations.csv"
    if not csv_path.exists():
        raise CheckFailure("observations.csv is missing: cannot compare amounts")
    encoding = resource_encodings(folder).get("observations.csv", "utf-8")
    rows = read_csv_rows(csv_path, encoding)
    csv_amounts = {(row["id"], int(row["amount_jpy"])) for row in rows if (row.get("amount_jpy") or "").strip()}
    if rdf_amounts != csv_amounts:
        only_rdf = sorted(rdf_amounts - csv_amounts)[:5]
        only_csv = sorted(csv_amounts - rdf_amounts)[:5]
        raise CheckFailure(f"amounts differ: only in RDF {only_rdf}, only in CSV {only_csv}")
    if len(observations) != len(rows):
        raise CheckFailure(f"{len(observations)} be:Figure nodes, {len(rows)} observation rows")
    with_amount = sum(1 for row in rows if (row.get("amount_jpy") or "").strip())
    if len(in_cube) != with_amount:
        raise CheckFailure(f"{len(in_cube)} qb:Observation nodes, {with_amount} rows with an amount")
    return f"{pyld_count} triples, {len(observations)} figures, {len(rdf_amounts)} amounts match"


def check_keys_defined(path: Path) -> str:
    """Every key and @type of a JSON-LD file expands (no term silently dropped)."""
    from pyld import jsonld

    document = load_json(path)
    context = inline_context(document, path.name)
    skip = language_map_terms(context)
    undefined = sorted(
        {key for key, _ in used_keys(document, skip) if not is_keyword(key) and not term_defined(key, context)}
    )
    if undefined:
        raise CheckFailure(f"{path.name}: terms not defined in the context: {undefined}")
    options = {"documentLoader": refuse_remote, "base": path.resolve().as_uri()}
    before, after = count_properties(document), count_properties(jsonld.expand(document, options))
    if before != after:
        raise CheckFailure(f"{path.name}: expansion kept {after} of {before} properties")
    return f"{before} properties expand"


def test_jsonld(folder: Path) -> None:
    check_jsonld(folder)


def test_dsd_jsonld_expands(folder: Path) -> None:
    check_keys_defined(folder / "dsd.jsonld")
