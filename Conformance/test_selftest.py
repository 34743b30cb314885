"""Self-test: each kind of defect, planted into a copy of the sample's export, is caught by the
check meant to catch it (and the unchanged export passes those checks, see the other modules).

Defects: a duplicate observation (IC-12), a missing dimension value (IC-11 and the shapes), a code
outside its code list (IC-19), a DCAT-AP mandatory property missing (per-document catalog and
top-level index), a term no vocabulary defines, CSVW and JSON-LD disagreeing, an amount-less
figure typed as an observation, and the older checks' defects (undefined JSON-LD term, amount
differing from the CSV, remote context, missing distribution, invalid XML, bad CSV cell, stray
file, an archive file changed after the index or not listed by it). The first --exports directory must hold the sample's document."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import rdflib

import integrity
from conftest import export_roots
from graphs import QB, cube_graph
from support import CheckFailure
from test_catalog import check_catalog, check_dcat_ap
from test_crossformat import check_csvw_rdf
from test_cube import check_cube, duplicate_observations
from test_datapackage import check_datapackage
from test_index import check_index
from test_graph_snapshot import check_same_graph
from test_jsonld import check_jsonld
from test_manifest import check_manifest
from test_shapes import check_shapes
from test_vocabulary import undefined_terms
from test_xml import check_xml

SAMPLE = "jp-soumu-2024-proposal"


def edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def observations(data: dict) -> list[dict]:
    # "obs/…" relative to @base, or an absolute "…/obs/…" (a base IRI ending in "#").
    return [n for n in data["@graph"] if "obs/" in n.get("@id", "") and "amount" in n]


def duplicate(data: dict) -> None:
    copy = dict(observations(data)[0])
    copy["@id"] += "-copy"
    copy["identifier"] += "-copy"
    data["@graph"].append(copy)


def drop_dimension(data: dict) -> None:
    del observations(data)[3]["fiscalYear"]


def foreign_code(data: dict) -> None:
    observations(data)[5]["figureKind"] = "bogus"  # a code of the figure-kind list (@vocab)


def amountless_in_cube(data: dict) -> None:
    node = next(n for n in data["@graph"] if n.get("@type") == "Figure")
    node["@type"] = ["Observation", "Figure"]
    node["dataSet"] = next(n["@id"] for n in data["@graph"] if n.get("@type") == "DataSet")


def shift_line(data: dict) -> None:
    observations(data)[7]["sourceLine"] += 1


def undefined_be_term(data: dict) -> None:
    observations(data)[0]["be:undefinedThing"] = "x"


def undefined_term(data: dict) -> None:
    data["@graph"][0]["undefinedTerm"] = "x"


def wrong_amount(data: dict) -> None:
    observations(data)[0]["amount"] = 1


def remote_context(data: dict) -> None:
    data["@context"] = ["https://example.org/ctx.jsonld"] + data["@context"]


def bogus_xml(folder: Path) -> None:
    path = folder / "budget.xml"
    path.write_text(path.read_text(encoding="utf-8").replace("<document-info>", "<bogus/><document-info>", 1),
                    encoding="utf-8")


def bad_cell(folder: Path) -> None:
    path = folder / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",18210700000000,", ",abc,", 1), encoding="utf-8")


def in_budget(change):
    return lambda root, folder: edit_json(folder / "budget.jsonld", change)


def vocabulary_check(folder: Path) -> None:
    problems = undefined_terms(folder)
    if problems:
        raise CheckFailure("; ".join(problems))


CASES = [
    ("duplicate observation", in_budget(duplicate), lambda root, f: check_cube(f)),
    ("missing dimension value (IC-11)", in_budget(drop_dimension), lambda root, f: check_cube(f)),
    ("missing dimension value (shapes)", in_budget(drop_dimension), lambda root, f: check_shapes(f)),
    ("code outside its list", in_budget(foreign_code), lambda root, f: check_cube(f)),
    ("code outside its list (shapes)", in_budget(foreign_code), lambda root, f: check_shapes(f)),
    ("amount-less figure in the cube", in_budget(amountless_in_cube), lambda root, f: check_cube(f)),
    ("amount-less figure in the cube (shapes)", in_budget(amountless_in_cube), lambda root, f: check_shapes(f)),
    ("dataset description missing (DCAT-AP)",
     lambda root, f: edit_json(f / "catalog.jsonld", lambda d: d.pop("dcterms:description")),
     lambda root, f: check_dcat_ap(f / "catalog.jsonld")),
    ("publisher name missing (DCAT-AP)",
     lambda root, f: edit_json(f / "catalog.jsonld", lambda d: d["dcterms:publisher"].pop("foaf:name")),
     lambda root, f: check_dcat_ap(f / "catalog.jsonld")),
    ("index publisher missing (DCAT-AP)",
     lambda root, f: edit_json(root / "catalog.jsonld", lambda d: d.pop("dcterms:publisher")),
     lambda root, f: check_dcat_ap(root / "catalog.jsonld")),
    ("CSVW and JSON-LD disagree", in_budget(shift_line), lambda root, f: check_csvw_rdf(f)),
    ("term no vocabulary defines", in_budget(undefined_be_term), lambda root, f: vocabulary_check(f)),
    ("undefined JSON-LD term", in_budget(undefined_term), lambda root, f: check_jsonld(f)),
    ("amount differs from CSV", in_budget(wrong_amount), lambda root, f: check_jsonld(f)),
    ("remote context", in_budget(remote_context), lambda root, f: check_jsonld(f)),
    ("graph differs from the snapshot", in_budget(wrong_amount),
     lambda root, f: check_same_graph(f / "budget.jsonld")),
    ("missing distribution",
     lambda root, f: edit_json(f / "catalog.jsonld", lambda d: d["dcat:distribution"].pop()),
     lambda root, f: check_catalog(f)),
    ("invalid XML", lambda root, f: bogus_xml(f), lambda root, f: check_xml(f)),
    ("bad CSV cell", lambda root, f: bad_cell(f), lambda root, f: check_datapackage(f)),
    ("stray file", lambda root, f: (f / "stray.txt").write_text("x"), lambda root, f: check_manifest(f)),
    ("archive file changed after the index",
     lambda root, f: (root / "all" / "items.csv").open("a").write("x\r\n"), lambda root, f: check_index(root)),
    ("archive file the index does not list",
     lambda root, f: (root / "all" / "extra.csv").write_text("a\r\n"), lambda root, f: check_index(root)),
]


@pytest.fixture
def sample_copy(pytestconfig, tmp_path: Path) -> tuple[Path, Path]:
    roots = [r for r in export_roots(pytestconfig) if (r / SAMPLE).is_dir()]
    if not roots:
        pytest.fail(f"no --exports directory holds {SAMPLE}: the self-test needs the sample's export")
    root = tmp_path / "exports"
    shutil.copytree(roots[0], root, ignore=shutil.ignore_patterns(".*"))
    return root, root / SAMPLE


@pytest.mark.parametrize("name, plant, check", CASES, ids=[c[0] for c in CASES])
def test_planted_defect_is_caught(sample_copy, name, plant, check) -> None:
    root, folder = sample_copy  # unchanged, it passes every check (the other modules)
    plant(root, folder)
    with pytest.raises(CheckFailure):
        check(root, folder)


def test_normative_ic12_agrees(sample_copy) -> None:
    """On a small cube (the DSD and two observations) the recommendation's own IC-12 query and
    the suite's grouping agree: both pass two distinct observations and both catch a copy."""
    root, folder = sample_copy
    edit_json(folder / "budget.jsonld", duplicate)
    full = cube_graph(folder)
    original, copy = duplicate_observations(full)[0]
    other = sorted(set(full.subjects(QB.dataSet, None)) - {original, copy})[0]
    for pair, expected in (((original, other), False), ((original, copy), True)):
        small = rdflib.Graph()
        for triple in full:
            if triple[0] not in (set(full.subjects(QB.dataSet, None)) - set(pair)):
                small.add(triple)
        assert integrity.violated(small, integrity.CONSTRAINTS["IC-12 no duplicate observations"]) is expected
        assert bool(duplicate_observations(small)) is expected
