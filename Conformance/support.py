"""Helpers shared by the conformance tests (one pytest module per check, `test_*.py`).

The tests are parametrized by document folder: every folder with a manifest.json or
budget.jsonld under each export directory given with `--exports DIR` (repeatable).
Everything runs offline: JSON-LD contexts are inlined and remote loading is refused.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import urllib.parse
from pathlib import Path
from typing import Any

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
XML_NS = "urn:budget-etl:schema:budget:1.3"
# The characters a CSV text cell is neutralized against (a `'` is put before them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

REPO_XSD = Path(__file__).resolve().parent.parent / "Sources/BudgetXML/Schema/budget-1.3.xsd"
# Files a manifest or catalog does not describe.
UNLISTED = {"manifest.json"}


class CheckFailure(Exception):
    """A check found a conformance problem (as opposed to crashing)."""


class Skip(Exception):
    """A check does not apply to this folder."""


def document_folders(root: Path) -> list[Path]:
    """The document folders of an export directory (the directory itself when it is one)."""
    markers = ("manifest.json", "budget.jsonld")
    folders = [p for p in sorted(root.iterdir()) if p.is_dir() and any((p / m).exists() for m in markers)]
    if not folders and any((root / m).exists() for m in markers):
        folders = [root]
    return folders


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


