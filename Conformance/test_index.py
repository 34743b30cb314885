"""The top-level catalog.jsonld lists one dataset per document folder, with its manifest.json as
a checksummed distribution, and one dataset for the archive of every document (issue 22):
budget.sqlite and every file of all/ as distributions with media type, byte size and SHA-256
agreeing with the disk."""

from __future__ import annotations

from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure

ARCHIVE_MEDIA_TYPES = {
    ".sqlite": "application/vnd.sqlite3",
    ".csv": "text/csv",
    "csv-metadata.json": "application/csvm+json",
    "datapackage.json": "application/json",
}
IANA = "http://www.iana.org/assignments/media-types/"


def archive_files(root: Path) -> set[str]:
    """budget.sqlite and the files of all/, as paths relative to the export directory."""
    files = {"budget.sqlite"} if (root / "budget.sqlite").is_file() else set()
    if (root / "all").is_dir():
        files |= {f"all/{p.name}" for p in (root / "all").iterdir() if p.is_file()}
    return files


def check_distribution(node: dict, by_id: dict, root: Path, name: str) -> list[str]:
    problems = []
    checksums = [by_id.get(v.get("@id"), v) for v in node_values(node, SPDX + "checksum")]
    values = [c.get("@value") for cs in checksums for c in node_values(cs, SPDX + "checksumValue")]
    if values and values != [sha256_file(root / name)]:
        problems.append(f"{name}: checksum in the index differs from the file")
    sizes = [str(v.get("@value")) for v in node_values(node, DCAT + "byteSize")]
    if sizes and sizes != [str((root / name).stat().st_size)]:
        problems.append(f"{name}: byteSize {sizes}, the file has {(root / name).stat().st_size}")
    return problems


def check_archive(by_id: dict, root: Path, listed: dict[str, dict]) -> list[str]:
    """Every archive file is a distribution of the archive's dataset, with its media type, size
    and checksum."""
    problems = []
    expected = archive_files(root)
    if set(listed) != expected:
        problems.append(f"archive distributions {sorted(listed)} != files {sorted(expected)}")
    for name, dist in listed.items():
        if not (root / name).is_file():
            continue
        if not node_values(dist, DCAT + "byteSize") or not node_values(dist, SPDX + "checksum"):
            problems.append(f"{name}: no byteSize or checksum")
        key = next((k for k in ARCHIVE_MEDIA_TYPES if name.endswith(k)), None)
        types = [by_id.get(v.get("@id"), v).get("@id", "") for v in node_values(dist, DCAT + "mediaType")]
        if key and types != [IANA + ARCHIVE_MEDIA_TYPES[key]]:
            problems.append(f"{name}: media type {types}")
    return problems


def check_index(root: Path) -> str:
    folders = document_folders(root)
    nodes = flattened_nodes(root / "catalog.jsonld")
    by_id = {node.get("@id"): node for node in nodes}
    problems = []
    manifests = 0
    archive: dict[str, dict] = {}
    for dataset in nodes:
        if DCAT + "Dataset" not in node_values(dataset, "@type"):
            continue
        is_archive = [v.get("@value") for v in node_values(dataset, DCTERMS + "identifier")] == ["archive"]
        for ref in node_values(dataset, DCAT + "distribution"):
            node = by_id.get(ref.get("@id"), ref)
            for url in node_values(node, DCAT + "downloadURL"):
                name = file_uri_relative(url.get("@id", ""), root)
                if name is None or not (root / name).is_file():
                    problems.append(f"{url.get('@id')}: not a file under the export directory")
                    continue
                problems += check_distribution(node, by_id, root, name)
                if is_archive:
                    archive[name] = node
                elif Path(name).name == "manifest.json":
                    manifests += 1
                else:
                    problems.append(f"{name}: a document's dataset lists more than its manifest")
    if manifests != len(folders):
        problems.append(f"index lists {manifests} manifests, {len(folders)} document folders exist")
    problems += check_archive(by_id, root, archive)
    if problems:
        raise CheckFailure("; ".join(problems[:10]))
    return f"{manifests} documents, {len(archive)} archive files"


# ----------------------------------------------------------------------------------------


def test_index(root: Path) -> None:
    check_index(root)
