"""catalog.jsonld (DCAT-AP) has one dcat:Distribution per file of manifest.json, with byte size and
SHA-256 agreeing with the disk; both catalogs (per document and the top-level index) meet the
DCAT-AP 3.0 mandatory classes and properties (shapes/dcat-ap.ttl, pyshacl)."""

from __future__ import annotations

from pathlib import Path

import rdflib

from support import *  # noqa: F401,F403
from support import CheckFailure
from test_manifest import read_manifest

SHAPES = Path(__file__).resolve().parent / "shapes" / "dcat-ap.ttl"


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


def check_dcat_ap(path: Path) -> str:
    """pyshacl validates the catalog against the DCAT-AP 3.0 mandatory-property shapes."""
    from pyshacl import validate

    from graphs import parse_jsonld

    graph = rdflib.Graph()
    parse_jsonld(graph, path)
    conforms, _, text = validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle",
                                 inference="none", advanced=True)
    if not conforms:
        raise CheckFailure(f"{path.name} does not meet DCAT-AP 3.0:\n{text[:3000]}")
    return f"{len(graph)} triples conform"


def test_catalog(folder: Path) -> None:
    check_catalog(folder)


def test_catalog_dcat_ap(folder: Path) -> None:
    check_dcat_ap(folder / "catalog.jsonld")


def test_index_dcat_ap(root: Path) -> None:
    check_dcat_ap(root / "catalog.jsonld")
