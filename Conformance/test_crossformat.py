"""One model, three formats, one cube.

- budget.jsonld after real JSON-LD expansion (pyld, offline), budget.xml and the CSV files (in
  their declared encodings) hold the same observations (id, kind of figure, fiscal year, amount),
  item and expense edges and labels, each exactly once;
- the code lists agree: the item scheme's concepts are the ids of items.csv, expenses.csv,
  summary.csv and filp.csv (and of the XML), with the printed codes as skos:notation; the budget
  stage is one code in budget.xml, manifest.json, budget.jsonld and dsd.jsonld's code list; every
  kind of figure and marker used is a code of vocabulary.ttl's code lists;
- csv-metadata.json under csv2rdf yields the same figures as budget.jsonld (every triple of every
  figure, once both are normalized as a Data Cube consumer does), linked to the same data set,
  whose qb:structure is the DSD of dsd.jsonld.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import rdflib

from graphs import BE as BE_NS, CODELIST, QB as QB_NS, SKOS as SKOS_NS, csvw_graph, cube_graph, describe, normalize, parse_jsonld
from support import *  # noqa: F401,F403
from support import CheckFailure
from test_manifest import read_manifest

# Measures that hold a figure of any fiscal year (schema 1.1, SCHEMA.md "Versions"): their
# observation ids end in `-<year>` (`t1-r1/initial-2021`), those of the others in the measure.
YEAR_GENERAL_MEASURES = {"initial", "settlement", "revised"}


def observation_id(subject: str, measure: str, year: str) -> str:
    return f"{subject}/{measure}-{year}" if measure in YEAR_GENERAL_MEASURES else f"{subject}/{measure}"


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

    def code(node: dict, prop: str, list_path: str) -> str:
        refs = [v.get("@id", "") for v in node_values(node, prop) if isinstance(v, dict)]
        if len(refs) != 1 or list_path not in refs[0]:
            raise CheckFailure(f"JSON-LD {node.get('@id')}: <{prop}> {refs}, expected one code of {list_path}")
        return urllib.parse.unquote(refs[0].rsplit(list_path, 1)[1])

    def broader(node: dict) -> str:
        refs = [v.get("@id") for v in node_values(node, SKOS + "broader") if isinstance(v, dict)]
        if len(refs) > 1:
            raise CheckFailure(f"JSON-LD {node.get('@id')}: {len(refs)} skos:broader")
        return identifiers.get(refs[0], f"?{refs[0]}") if refs else ""

    ld_obs, ld_items, ld_expenses, ld_labels = [], [], [], []
    for node in nodes:
        types = node_values(node, "@type")
        if BE + "Figure" in types:
            amounts = literal_values(node, OBEU_AMOUNT)
            if len(amounts) > 1:
                raise CheckFailure(f"JSON-LD {node.get('@id')}: {len(amounts)} amounts")
            amount = integer_text(amounts[0], str(node.get("@id"))) if amounts else ""
            ld_obs.append(
                (one(node, DCTERMS + "identifier"), code(node, BE + "figureKind", "figure-kind/"),
                 code(node, OBEU_FISCAL_YEAR, "fiscal-year/"), amount)
            )
            continue
        labelled = False
        if BE + "Expense" in types:
            ld_expenses.append((one(node, DCTERMS + "identifier"), broader(node)))
            labelled = True
        elif BE + "SummaryEntry" in types or BE + "FilpEntry" in types:
            labelled = True
        elif SKOS + "Concept" in types:
            ld_items.append((one(node, DCTERMS + "identifier"), broader(node)))
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
                year = figure.get("fiscal-year", "")
                xml_obs.append((observation_id(subject, measure, year), measure, year, amount))
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


def check_code_lists(folder: Path) -> str:
    import xml.etree.ElementTree as ET

    graph = cube_graph(folder)
    dataset = next(graph.subjects(rdflib.RDF.type, QB_NS.DataSet))
    scheme = rdflib.URIRef(str(dataset) + "/items")
    identifier = rdflib.URIRef(DCTERMS + "identifier")
    concepts = {str(graph.value(c, identifier)): c for c in graph.subjects(SKOS_NS.inScheme, scheme)}
    encodings = resource_encodings(folder)
    rows = {name: read_csv_rows(folder / name, encodings.get(name, "utf-8"))
            for name in ("items.csv", "expenses.csv", "summary.csv", "filp.csv")}
    csv_ids = {r["id"] for table in rows.values() for r in table}
    root = ET.parse(folder / "budget.xml").getroot()
    ns = {"b": XML_NS}
    xml_ids = {e.get("id") for path in ("b:items/b:item", "b:expenses/b:expense", "b:summary/b:entry",
                                        "b:filp/b:filp-entry") for e in root.findall(path, ns)}
    problems = []
    if set(concepts) != csv_ids or csv_ids != xml_ids:
        problems.append(f"item scheme {len(concepts)} concepts, CSV {len(csv_ids)} ids, XML {len(xml_ids)} ids: "
                        f"only in scheme {sorted(set(concepts) - csv_ids)[:3]}, only in CSV {sorted(csv_ids - set(concepts))[:3]}")
    notations = {(i, str(graph.value(c, SKOS_NS.notation))) for i, c in concepts.items()
                 if graph.value(c, SKOS_NS.notation) is not None}
    csv_codes = {(r["id"], csv_label(r["code"])) for r in rows["items.csv"]}
    xml_codes = {(e.get("id"), e.get("code")) for e in root.findall("b:items/b:item", ns)}
    if not (notations == csv_codes == xml_codes):
        problems.append(f"printed codes differ: scheme {sorted(notations - csv_codes)[:3]}, CSV {sorted(csv_codes - notations)[:3]}")
    phase_xml = root.find("b:document-info/b:phase", ns).text
    phase_manifest = read_manifest(folder).get("phase")
    phase_ld = str(graph.value(dataset, BE_NS.phase))
    phase_concept = graph.value(dataset, BE_NS.budgetPhase)
    phase_dsd = str(graph.value(phase_concept, SKOS_NS.notation))
    if len({phase_xml, phase_manifest, phase_ld, phase_dsd}) != 1:
        problems.append(f"budget stage differs: XML {phase_xml}, manifest {phase_manifest}, JSON-LD {phase_ld}, code list {phase_dsd}")
    for slug, used in (("figure-kind", {r["measure"] for r in read_csv_rows(folder / "observations.csv", encodings.get("observations.csv", "utf-8"))}),
                       ("marker", {r["marker"] for table in rows.values() for r in table if r.get("marker")})):
        listed = {str(graph.value(c, SKOS_NS.notation)) for c in graph.subjects(SKOS_NS.inScheme, rdflib.URIRef(CODELIST + slug))}
        if not used <= listed:
            problems.append(f"{slug} codes {sorted(used - listed)} are not in the code list {sorted(listed)}")
    if problems:
        raise CheckFailure("; ".join(problems))
    return f"{len(concepts)} concepts, stage {phase_xml}"


def check_csvw_rdf(folder: Path) -> str:
    from_csv = normalize(csvw_graph(folder))
    from_ld = rdflib.Graph()
    parse_jsonld(from_ld, folder / "budget.jsonld")
    normalize(from_ld)
    figures = set(from_csv.subjects(rdflib.RDF.type, BE_NS.Figure))
    if not figures or figures != set(from_ld.subjects(rdflib.RDF.type, BE_NS.Figure)):
        raise CheckFailure(f"csv2rdf gives {len(figures)} figures, budget.jsonld {len(set(from_ld.subjects(rdflib.RDF.type, BE_NS.Figure)))}")
    differing = [str(f) for f in sorted(figures) if describe(from_csv, f) != describe(from_ld, f)]
    if differing:
        first = rdflib.URIRef(differing[0])
        raise CheckFailure(f"{len(differing)} figures differ, e.g. {first}: only from CSVW "
                           f"{sorted(describe(from_csv, first) - describe(from_ld, first))[:4]}, only from JSON-LD "
                           f"{sorted(describe(from_ld, first) - describe(from_csv, first))[:4]}")
    datasets = set(from_csv.objects(None, QB_NS.dataSet))
    structures = {from_ld.value(d, QB_NS.structure) for d in datasets}
    if len(datasets) != 1 or None in structures or structures != set(cube_graph(folder).subjects(rdflib.RDF.type, QB_NS.DataStructureDefinition)):
        raise CheckFailure(f"observations of csv2rdf link data sets {datasets} with structures {structures}")
    return f"{len(figures)} figures identical, {len(set(from_csv.subjects(rdflib.RDF.type, QB_NS.Observation)))} observations"


def test_three_formats(folder: Path) -> None:
    check_crossformat(folder)


def test_code_lists(folder: Path) -> None:
    check_code_lists(folder)


def test_csvw_rdf_equals_jsonld(folder: Path) -> None:
    check_csvw_rdf(folder)
