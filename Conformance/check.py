#!/usr/bin/env python3
"""Conformance checks for a budget-etl export directory, with real third-party validators.

Usage: check.py EXPORT_DIR

EXPORT_DIR holds one folder per document (a folder with manifest.json or budget.jsonld; the
directory itself counts when it holds them), and optionally a top-level catalog.jsonld (the
export index). For each document folder:

  jsonld     pyld expands budget.jsonld with no network (the context is inlined; remote loads
             are refused), every key is a term the context defines (nothing is dropped on
             expansion), N-Quads conversion succeeds, rdflib parses both the JSON-LD and the
             N-Quads with the same triple count, and the obeu-measure:amount of every
             observation equals amount_jpy in observations.csv (same set of (id, amount)).
  datapackage  frictionless validates datapackage.json (schemas, types, keys, rows).
  csvw       the csvw package reads csv-metadata.json and every table's row count equals the
             CSV file's.
  catalog    catalog.jsonld expands as JSON-LD and has one dcat:Distribution per file listed
             in manifest.json (byte size and SHA-256 agreeing with the disk).
  manifest   every file on disk (but dotfiles) is listed, and manifest sha256/size match the files.
  xml        budget.xml validates with xmlschema against budget-1.0.xsd in the folder (or the
             repository's Sources/BudgetXML/Schema/budget-1.0.xsd when none was copied).
  crossformat  one model, three formats: budget.jsonld after real JSON-LD expansion (pyld,
             offline), budget.xml parsed as XML, and the CSV files (in their declared encodings)
             hold the same set of (observation id, measure, fiscal year, amount), the same item
             hierarchy edges (items.csv parent_id, XML item/@parent, skos:broader), the same
             expense edges (expenses.csv item_id, XML expense/@item, skos:broader) and the same
             labels (CSV title/name/label less the formula-neutralizing `'`, XML title/name/label,
             skos:prefLabel), each exactly once.

Prints one PASS/FAIL line per check and closes with `conformance: N passed, M failed`; exits 1
on any failure (or when no document folder is found), 2 on bad usage.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sys
import traceback
import urllib.parse
from pathlib import Path
from typing import Any, Callable

QB = "http://purl.org/linked-data/cube#"
OBEU_AMOUNT = "http://data.openbudgets.eu/ontology/dsd/measure/amount"
DCTERMS = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"
SPDX = "http://spdx.org/rdf/terms#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
INTEGER_TYPES = {XSD + "integer", XSD + "decimal", XSD + "long", XSD + "int"}

SKOS = "http://www.w3.org/2004/02/skos/core#"
BE = "https://budget-etl.example/vocab#"
OBEU_FISCAL_YEAR = "http://data.openbudgets.eu/ontology/dsd/dimension/fiscalYear"
XML_NS = "urn:budget-etl:schema:budget:1.0"
# The characters a CSV text cell is neutralized against (a `'` is put before them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

REPO_XSD = Path(__file__).resolve().parent.parent / "Sources/BudgetXML/Schema/budget-1.0.xsd"
# Files a manifest or catalog does not describe.
UNLISTED = {"manifest.json"}


class CheckFailure(Exception):
    """A check found a conformance problem (as opposed to crashing)."""


class Skip(Exception):
    """A check does not apply to this folder."""


# ----------------------------------------------------------------------------------------
# Helpers


def refuse_remote(url: str, options: dict | None = None) -> dict:
    """pyld document loader that never touches the network."""
    from pyld import jsonld

    raise jsonld.JsonLdError(
        f"remote document loading is disabled (offline check): {url}",
        "jsonld.LoadDocumentError",
        {"url": url},
        code="loading document failed",
    )


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_json(path: Path) -> Any:
    with path.open("rb") as handle:
        return json.loads(handle.read().decode("utf-8"))


def is_keyword(key: str) -> bool:
    return key.startswith("@")


def term_defined(key: str, context: dict) -> bool:
    """A key expands when the context defines it, or it is a compact IRI with a defined
    prefix, or it is an absolute IRI."""
    if key in context:
        return True
    if ":" in key:
        prefix, suffix = key.split(":", 1)
        if suffix.startswith("//"):
            return True  # absolute IRI
        return prefix in context
    return False


def language_map_terms(context: dict) -> set[str]:
    """Terms whose values are language maps (their keys are language tags, not terms)."""
    result = set()
    for term, definition in context.items():
        if isinstance(definition, dict):
            container = definition.get("@container")
            containers = container if isinstance(container, list) else [container]
            if "@language" in containers or "@index" in containers or "@id" in containers:
                result.add(term)
    return result


def used_keys(value: Any, skip_values_of: set[str], path: str = "$") -> list[tuple[str, str]]:
    """(key, path) for every object key outside @context, not descending into map containers."""
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "@context":
                continue
            found.append((key, path))
            if key in skip_values_of:
                continue
            found.extend(used_keys(inner, skip_values_of, f"{path}.{key}"))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.extend(used_keys(inner, skip_values_of, f"{path}[{index}]"))
    return found


def count_properties(value: Any) -> int:
    """Non-keyword keys with a non-null value, recursively (value objects excluded)."""
    total = 0
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "@context":
                continue
            if not is_keyword(key) and inner is not None:
                total += 1
            total += count_properties(inner)
    elif isinstance(value, list):
        for inner in value:
            total += count_properties(inner)
    return total


def inline_context(document: Any, name: str) -> dict:
    """The inlined context object; fails on a remote or relative reference."""
    if not isinstance(document, dict) or "@context" not in document:
        raise CheckFailure(f"{name}: no @context")
    context = document["@context"]
    contexts = context if isinstance(context, list) else [context]
    merged: dict = {}
    for entry in contexts:
        if isinstance(entry, str):
            raise CheckFailure(f"{name}: @context references {entry!r}; it must be inlined")
        if isinstance(entry, dict):
            merged.update(entry)
    return merged


def flattened_nodes(path: Path, require_inline: bool = True) -> list[dict]:
    """The nodes of a JSON-LD file, expanded and flattened offline (no remote context)."""
    from pyld import jsonld

    document = load_json(path)
    if require_inline:
        inline_context(document, path.name)
    expanded = jsonld.expand(document, {"documentLoader": refuse_remote, "base": path.resolve().as_uri()})
    flat = jsonld.flatten(expanded, None, {"documentLoader": refuse_remote})
    return flat["@graph"] if isinstance(flat, dict) else flat


def read_csv_rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    codec = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig"}.get(encoding.lower(), encoding)
    text = path.read_bytes().decode(codec)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def resource_encodings(folder: Path) -> dict[str, str]:
    """CSV file name -> encoding, as datapackage.json declares (default utf-8)."""
    result: dict[str, str] = {}
    package = folder / "datapackage.json"
    if package.exists():
        try:
            for resource in load_json(package).get("resources", []):
                path = resource.get("path")
                if isinstance(path, str):
                    result[path] = resource.get("encoding", "utf-8")
        except (ValueError, AttributeError):
            pass
    return result


def file_uri_relative(iri: str, folder: Path) -> str | None:
    """The file name an IRI resolved against the folder points at, if it is inside it."""
    base = folder.resolve().as_uri() + "/"
    if iri.startswith(base):
        return urllib.parse.unquote(iri[len(base):])
    return None


def node_values(node: dict, prop: str) -> list[Any]:
    values = node.get(prop, [])
    return values if isinstance(values, list) else [values]


# ----------------------------------------------------------------------------------------
# Checks; each raises CheckFailure (or Skip), or returns a short summary.


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
    observations = set(graph.subjects(rdflib.URIRef(RDF_TYPE), observation_type))
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
        raise CheckFailure(f"{len(observations)} qb:Observation nodes, {len(rows)} observation rows")
    return f"{pyld_count} triples, {len(observations)} observations, {len(rdf_amounts)} amounts match"


def check_datapackage(folder: Path) -> str:
    from frictionless import Package

    path = folder / "datapackage.json"
    if not path.exists():
        raise CheckFailure("datapackage.json is missing")
    previous = os.getcwd()
    os.chdir(folder)  # frictionless resolves resource paths against the working directory safely
    try:
        package = Package("datapackage.json")
        report = package.validate()
    finally:
        os.chdir(previous)
    if not report.valid:
        problems = []
        for error in report.errors:
            problems.append(f"package: {error.type}: {error.message}")
        for task in report.tasks:
            for error in task.errors:
                row = getattr(error, "row_number", None)
                problems.append(f"{task.name}{f' row {row}' if row else ''}: {error.type}: {error.message}")
        shown = "\n    ".join(problems[:20])
        more = f"\n    ... {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CheckFailure(f"{len(problems)} errors:\n    {shown}{more}")
    rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
    return f"{len(report.tasks)} resources, {rows} rows valid"


def check_csvw(folder: Path) -> str:
    import csvw

    path = folder / "csv-metadata.json"
    if not path.exists():
        raise CheckFailure("csv-metadata.json is missing")
    warnings: list[str] = []

    class Collect:
        def warning(self, message, *args):
            warnings.append(message % args if args else str(message))

        def error(self, message, *args):
            warnings.append(message % args if args else str(message))

        info = debug = lambda self, *args, **kwargs: None

    group = csvw.TableGroup.from_file(str(path))
    encodings = resource_encodings(folder)
    summaries = []
    for table in group.tables:
        name = urllib.parse.unquote(str(table.url))
        rows = list(table.iterdicts(log=Collect()))
        csv_rows = read_csv_rows(folder / name, encodings.get(name, "utf-8"))
        if len(rows) != len(csv_rows):
            raise CheckFailure(f"{name}: csvw read {len(rows)} rows, the CSV has {len(csv_rows)}")
        summaries.append(f"{name} {len(rows)}")
    if not group.tables:
        raise CheckFailure("no tables")
    if warnings:
        raise CheckFailure(f"{len(warnings)} csvw problems: {warnings[:10]}")
    try:
        if not group.check_all_constraints():
            raise CheckFailure("csvw: foreign-key or primary-key constraints violated")
    except AttributeError:
        pass
    return ", ".join(summaries)


def read_manifest(folder: Path) -> dict:
    path = folder / "manifest.json"
    if not path.exists():
        raise CheckFailure("manifest.json is missing")
    manifest = load_json(path)
    if not isinstance(manifest.get("files"), list):
        raise CheckFailure("manifest.json has no files list")
    return manifest


def check_manifest(folder: Path) -> str:
    manifest = read_manifest(folder)
    problems = []
    listed = set()
    for entry in manifest["files"]:
        name = entry.get("name", "")
        listed.add(name)
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: listed but missing")
            continue
        if entry.get("bytes") != path.stat().st_size:
            problems.append(f"{name}: size {entry.get('bytes')} in manifest, {path.stat().st_size} on disk")
        if entry.get("sha256") != sha256_file(path):
            problems.append(f"{name}: sha256 differs from the file")
    for path in sorted(folder.iterdir()):
        hidden = path.name.startswith(".")  # the batch runner's bookkeeping (e.g. .build-key)
        if path.is_file() and not hidden and path.name not in listed and path.name not in UNLISTED:
            problems.append(f"{path.name}: on disk but not in manifest.json")
    source = manifest.get("source", {})
    if not isinstance(source.get("sha256"), str) or len(source.get("sha256", "")) != 64:
        problems.append("source.sha256 (the input's SHA-256) is missing")
    for key in ("toolVersion", "mappingVersion"):
        if not manifest.get(key):
            problems.append(f"{key} is missing")
    if problems:
        raise CheckFailure("; ".join(problems))
    return f"{len(listed)} files match"


def check_catalog(folder: Path) -> str:
    path = folder / "catalog.jsonld"
    if not path.exists():
        raise CheckFailure("catalog.jsonld is missing")
    manifest = read_manifest(folder)
    nodes = flattened_nodes(path)
    by_id = {node.get("@id"): node for node in nodes}
    datasets = [n for n in nodes if DCAT + "Dataset" in node_values(n, "@type")]
    if len(datasets) != 1:
        raise CheckFailure(f"{len(datasets)} dcat:Dataset nodes, expected 1")
    distributions = [n for n in nodes if DCAT + "Distribution" in node_values(n, "@type")]
    linked = {v.get("@id") for v in node_values(datasets[0], DCAT + "distribution")}
    problems = []
    seen: dict[str, dict] = {}
    for node in distributions:
        if node.get("@id") not in linked:
            problems.append(f"{node.get('@id')}: not linked by dcat:distribution")
        urls = [v.get("@id", "") for v in node_values(node, DCAT + "downloadURL")]
        names = [file_uri_relative(url, folder) for url in urls]
        if len(names) != 1 or names[0] is None:
            problems.append(f"{node.get('@id')}: downloadURL {urls} is not one file of the folder")
            continue
        seen[names[0]] = node
    expected = {entry["name"] for entry in manifest["files"]} - {"catalog.jsonld", "manifest.json"}
    if set(seen) != expected or len(distributions) != len(expected):
        problems.append(
            f"distributions {sorted(seen)} ({len(distributions)}) != manifest files {sorted(expected)}"
        )
    for name, node in seen.items():
        file = folder / name
        if not file.is_file():
            continue
        sizes = [v.get("@value") for v in node_values(node, DCAT + "byteSize")]
        if [str(s) for s in sizes] != [str(file.stat().st_size)]:
            problems.append(f"{name}: byteSize {sizes}, file has {file.stat().st_size}")
        checksums = [by_id.get(v.get("@id"), v) for v in node_values(node, SPDX + "checksum")]
        values = [c.get("@value") for cs in checksums for c in node_values(cs, SPDX + "checksumValue")]
        if values != [sha256_file(file)]:
            problems.append(f"{name}: spdx checksum {values} differs from the file")
    if problems:
        raise CheckFailure("; ".join(problems[:10]))
    return f"{len(distributions)} distributions match manifest.json"


def check_xml(folder: Path) -> str:
    import xmlschema

    xml = folder / "budget.xml"
    if not xml.exists():
        raise CheckFailure("budget.xml is missing")
    schema_path = folder / "budget-1.0.xsd"
    origin = "export folder"
    if not schema_path.exists():
        if not REPO_XSD.exists():
            raise Skip("no budget-1.0.xsd in the folder or the repository")
        schema_path, origin = REPO_XSD, "repository"
    schema = xmlschema.XMLSchema(str(schema_path))
    errors = list(schema.iter_errors(str(xml)))
    if errors:
        shown = "\n    ".join(f"{e.path}: {e.reason}" for e in errors[:10])
        raise CheckFailure(f"{len(errors)} schema errors:\n    {shown}")
    return f"valid against budget-1.0.xsd ({origin})"


def literal_values(node: dict, prop: str) -> list[Any]:
    return [v.get("@value") for v in node_values(node, prop) if isinstance(v, dict) and "@value" in v]


def integer_text(value: Any, where: str) -> str:
    """Exact integer text of an amount; a float or a non-integer is a failure."""
    if isinstance(value, bool) or isinstance(value, float):
        raise CheckFailure(f"{where}: amount {value!r} is not an exact integer")
    try:
        return str(int(str(value)))
    except ValueError:
        raise CheckFailure(f"{where}: amount {value!r} is not an integer") from None


def compare_three(kind: str, csv_items: list, xml_items: list, ld_items: list) -> int:
    """The three lists must hold the same elements, each once; returns how many."""
    problems = []
    for name, items in (("CSV", csv_items), ("XML", xml_items), ("JSON-LD", ld_items)):
        if len(set(items)) != len(items):
            seen, dups = set(), set()
            for item in items:
                (dups if item in seen else seen).add(item)
            problems.append(f"{name} repeats {sorted(dups, key=str)[:3]}")
    reference = set(csv_items)
    for name, items in (("XML", xml_items), ("JSON-LD", ld_items)):
        other = set(items)
        if other != reference:
            only_other = sorted(other - reference, key=str)[:5]
            only_csv = sorted(reference - other, key=str)[:5]
            problems.append(f"only in {name} {only_other}, only in CSV {only_csv}")
    if problems:
        raise CheckFailure(f"{kind} differ: " + "; ".join(problems))
    return len(reference)


def csv_label(value: str) -> str:
    """A CSV text cell without the `'` the writer puts before formula-like text."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def check_crossformat(folder: Path) -> str:
    import xml.etree.ElementTree as ET

    for name in ("budget.jsonld", "budget.xml", "observations.csv", "items.csv", "expenses.csv"):
        if not (folder / name).exists():
            raise CheckFailure(f"{name} is missing")

    # JSON-LD, expanded (and flattened, so nested nodes count too) with no network.
    nodes = flattened_nodes(folder / "budget.jsonld", require_inline=False)
    identifiers = {}
    for node in nodes:
        values = literal_values(node, DCTERMS + "identifier")
        if len(values) == 1:
            identifiers[node.get("@id")] = str(values[0])

    def one(node: dict, prop: str, default: str | None = None) -> str:
        values = literal_values(node, prop)
        if len(values) == 1:
            return str(values[0])
        if not values and default is not None:
            return default
        raise CheckFailure(f"JSON-LD {node.get('@id')}: {len(values)} values of <{prop}>, expected 1")

    def broader(node: dict) -> str:
        refs = [v.get("@id") for v in node_values(node, SKOS + "broader") if isinstance(v, dict)]
        if len(refs) > 1:
            raise CheckFailure(f"JSON-LD {node.get('@id')}: {len(refs)} skos:broader")
        return identifiers.get(refs[0], f"?{refs[0]}") if refs else ""

    ld_obs, ld_items, ld_expenses, ld_labels = [], [], [], []
    for node in nodes:
        types = node_values(node, "@type")
        if QB + "Observation" in types:
            amounts = literal_values(node, OBEU_AMOUNT)
            if len(amounts) > 1:
                raise CheckFailure(f"JSON-LD {node.get('@id')}: {len(amounts)} amounts")
            amount = integer_text(amounts[0], str(node.get("@id"))) if amounts else ""
            ld_obs.append(
                (one(node, DCTERMS + "identifier"), one(node, BE + "measure"), one(node, OBEU_FISCAL_YEAR), amount)
            )
            continue
        labelled = False
        if BE + "Expense" in types:
            ld_expenses.append((one(node, DCTERMS + "identifier"), broader(node)))
            labelled = True
        elif SKOS + "Concept" in types:
            ld_items.append((one(node, DCTERMS + "identifier"), broader(node)))
            labelled = True
        elif BE + "SummaryEntry" in types or BE + "FilpEntry" in types:
            labelled = True
        if labelled:
            for label in literal_values(node, SKOS + "prefLabel"):
                ld_labels.append((one(node, DCTERMS + "identifier"), str(label)))

    # XML.
    ns = {"b": XML_NS}
    root = ET.parse(folder / "budget.xml").getroot()
    if root.tag != f"{{{XML_NS}}}budget-document":
        raise CheckFailure(f"budget.xml: root element {root.tag}, expected budget-document in {XML_NS}")
    xml_obs, xml_items, xml_expenses, xml_labels = [], [], [], []
    subjects = [
        ("b:items/b:item", "b:title"),
        ("b:expenses/b:expense", "b:name"),
        ("b:summary/b:entry", "b:label"),
        ("b:filp/b:filp-entry", "b:label"),
    ]
    for xpath, label_path in subjects:
        for element in root.findall(xpath, ns):
            subject = element.get("id", "")
            for figure in element.findall("b:figure", ns):
                measure = figure.get("measure", "")
                value = figure.find("b:value", ns)
                amount = integer_text((value.text or "").strip(), f"XML {subject}/{measure}") if value is not None else ""
                xml_obs.append((f"{subject}/{measure}", measure, figure.get("fiscal-year", ""), amount))
            for label in element.findall(label_path, ns):
                xml_labels.append((subject, label.text or ""))
    for item in root.findall("b:items/b:item", ns):
        xml_items.append((item.get("id", ""), item.get("parent", "")))
    for expense in root.findall("b:expenses/b:expense", ns):
        xml_expenses.append((expense.get("id", ""), expense.get("item", "")))

    # CSV, in the encodings datapackage.json declares.
    encodings = resource_encodings(folder)

    def rows(name: str) -> list[dict[str, str]]:
        path = folder / name
        return read_csv_rows(path, encodings.get(name, "utf-8")) if path.exists() else []

    csv_obs = [
        (r["id"], r["measure"], r["fiscal_year"], integer_text(r["amount_jpy"], f"CSV {r['id']}") if r["amount_jpy"] else "")
        for r in rows("observations.csv")
    ]
    item_rows = rows("items.csv")
    expense_rows = rows("expenses.csv")
    csv_items = [(r["id"], r["parent_id"]) for r in item_rows]
    csv_expenses = [(r["id"], r["item_id"]) for r in expense_rows]
    csv_labels = (
        [(r["id"], csv_label(r["title"])) for r in item_rows]
        + [(r["id"], csv_label(r["name"])) for r in expense_rows]
        + [(r["id"], csv_label(r["label"])) for r in rows("summary.csv") + rows("filp.csv")]
    )

    counts, problems = [], []
    for kind, triple in (
        ("observations", (csv_obs, xml_obs, ld_obs)),
        ("item edges", (csv_items, xml_items, ld_items)),
        ("expense edges", (csv_expenses, xml_expenses, ld_expenses)),
        ("labels", (csv_labels, xml_labels, ld_labels)),
    ):
        try:
            counts.append(compare_three(kind, *triple))
        except CheckFailure as failure:
            counts.append(0)
            problems.append(str(failure))
    if problems:
        raise CheckFailure("\n    ".join(problems))
    observations, items, expenses, labels = counts
    if observations == 0:
        raise CheckFailure("no observations")
    return (
        f"{observations} observations, {items} item edges, {expenses} expense edges, "
        f"{labels} labels identical in CSV, XML and JSON-LD"
    )


def check_index(root: Path, folders: list[Path]) -> str:
    path = root / "catalog.jsonld"
    nodes = flattened_nodes(path)
    by_id = {node.get("@id"): node for node in nodes}
    problems = []
    manifests = 0
    for node in nodes:
        if DCAT + "Distribution" not in node_values(node, "@type"):
            continue
        for url in node_values(node, DCAT + "downloadURL"):
            name = file_uri_relative(url.get("@id", ""), root)
            if name is None or not (root / name).is_file():
                problems.append(f"{url.get('@id')}: not a file under the export directory")
                continue
            manifests += 1
            checksums = [by_id.get(v.get("@id"), v) for v in node_values(node, SPDX + "checksum")]
            values = [c.get("@value") for cs in checksums for c in node_values(cs, SPDX + "checksumValue")]
            if values and values != [sha256_file(root / name)]:
                problems.append(f"{name}: checksum in the index differs from the file")
    if manifests != len(folders):
        problems.append(f"index lists {manifests} manifests, {len(folders)} document folders exist")
    if problems:
        raise CheckFailure("; ".join(problems[:10]))
    return f"{manifests} documents"


# ----------------------------------------------------------------------------------------


def document_folders(root: Path) -> list[Path]:
    markers = ("manifest.json", "budget.jsonld")
    folders = [p for p in sorted(root.iterdir()) if p.is_dir() and any((p / m).exists() for m in markers)]
    if not folders and any((root / m).exists() for m in markers):
        folders = [root]
    return folders


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = Path(argv[1])
    if not root.is_dir():
        print(f"check.py: {root} is not a directory", file=sys.stderr)
        return 2

    passed = failed = 0

    def run(label: str, check: Callable[[], str]) -> None:
        nonlocal passed, failed
        try:
            summary = check()
        except Skip as skip:
            print(f"SKIP {label}: {skip}")
            return
        except CheckFailure as failure:
            failed += 1
            print(f"FAIL {label}: {failure}")
            return
        except Exception as error:  # a validator crashed: that is a failure too
            failed += 1
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            print(f"FAIL {label}: {detail}")
            if os.environ.get("CONFORMANCE_DEBUG"):
                traceback.print_exc()
            return
        passed += 1
        print(f"PASS {label}: {summary}")

    folders = document_folders(root)
    if not folders:
        print(f"FAIL {root}: no document folders (with manifest.json or budget.jsonld)")
        failed += 1
    checks = [
        ("jsonld", check_jsonld),
        ("datapackage", check_datapackage),
        ("csvw", check_csvw),
        ("manifest", check_manifest),
        ("catalog", check_catalog),
        ("xml", check_xml),
        ("crossformat", check_crossformat),
    ]
    for folder in folders:
        for name, check in checks:
            run(f"{folder.name} {name}", lambda check=check, folder=folder: check(folder))
    if folders and folders != [root] and (root / "catalog.jsonld").exists():
        run("index catalog.jsonld", lambda: check_index(root, folders))

    print(f"conformance: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
