"""budget.jsonld of the sample yields exactly the RDF graph it yielded before its serialization
was compacted (issue #14: codes as `@type: @vocab` values with property-scoped `@vocab`, the
document as the term `doc`): `snapshots/sample-budget-graph.nq.gz` holds that graph as sorted
N-Quads, made with pyld from the export of 120d28e (re-recorded for schema 1.2, whose
observations each state their operation character). Both pyld (to N-Quads) and rdflib (its own
JSON-LD parser) must give exactly those triples.

A deliberate change of the sample's graph (new figures, a new property) re-records the snapshot:
`budget-etl run Inputs/soumu-r6-yosan-an-gaiyo.txt --out DIR`, then
`python Conformance/test_graph_snapshot.py DIR/jp-soumu-2024-proposal/budget.jsonld`."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from support import CheckFailure, load_json, refuse_remote

SAMPLE = "jp-soumu-2024-proposal"
SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "sample-budget-graph.nq.gz"
SAMPLE_INPUT = Path(__file__).resolve().parent.parent / "Inputs" / "soumu-r6-yosan-an-gaiyo.txt"


def is_sample(folder: Path) -> bool:
    """The export of the sample itself (the 10-document corpus has a perturbed 総務省 2024
    document under the same folder name): its source.txt is the sample's bytes."""
    source = folder / "source.txt"
    return folder.name == SAMPLE and source.exists() and source.read_bytes() == SAMPLE_INPUT.read_bytes()


def pyld_lines(path: Path) -> list[str]:
    from pyld import jsonld

    options = {"documentLoader": refuse_remote, "base": path.resolve().as_uri(),
               "format": "application/n-quads"}
    nquads = jsonld.to_rdf(load_json(path), options)
    return sorted({line for line in nquads.splitlines() if line.strip()})


def check_same_graph(path: Path) -> str:
    import rdflib
    from rdflib.compare import to_isomorphic

    expected = gzip.decompress(SNAPSHOT.read_bytes()).decode("utf-8").splitlines()
    actual = pyld_lines(path)
    if actual != expected:
        only_new = sorted(set(actual) - set(expected))[:5]
        only_old = sorted(set(expected) - set(actual))[:5]
        raise CheckFailure(
            f"pyld: {len(actual)} triples, snapshot {len(expected)}; "
            f"only now: {only_new}; only before: {only_old}")
    before = rdflib.Graph()
    before.parse(data="\n".join(expected) + "\n", format="nt")
    now = rdflib.Graph()
    now.parse(data=json.dumps(load_json(path)), format="json-ld", base=path.resolve().as_uri())
    if len(now) != len(before) or to_isomorphic(now) != to_isomorphic(before):
        raise CheckFailure(f"rdflib reads {len(now)} triples, not the snapshot's {len(before)}")
    return f"{len(actual)} triples, as before"


def test_sample_graph_unchanged(folder: Path) -> None:
    if not is_sample(folder):
        pytest.skip("the snapshot is of the sample's graph")
    check_same_graph(folder / "budget.jsonld")


if __name__ == "__main__":
    lines = pyld_lines(Path(sys.argv[1]))
    SNAPSHOT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{SNAPSHOT}: {len(lines)} triples")
