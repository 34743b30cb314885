"""Every file on disk (but dotfiles) is listed in manifest.json with its size and SHA-256."""

from __future__ import annotations

from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure, Skip


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


def test_manifest(folder: Path) -> None:
    check_manifest(folder)
