"""The top-level catalog.jsonld lists one manifest.json per document folder, checksummed."""

from __future__ import annotations

from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure


def check_index(root: Path) -> str:
    folders = document_folders(root)
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


def test_index(root: Path) -> None:
    check_index(root)
