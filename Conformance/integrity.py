"""The integrity constraints of the W3C RDF Data Cube recommendation (section 11.1), IC-1 to
IC-21, as the recommendation states them: SPARQL ASK queries that return true when the
constraint is violated, asked over a normalized graph (see graphs.normalize).

IC-20 and IC-21 are templates over the qb:parentChildProperty of each qb:HierarchicalCodeList;
`instances()` instantiates them with the recommendation's instantiation queries. The slice
constraints (IC-7 to IC-10, IC-18) and the measure-dimension ones (IC-15 to IC-17) hold
vacuously here: the export publishes no slices and uses no qb:measureType.
"""

from __future__ import annotations

from graphs import PREFIXES

CONSTRAINTS: dict[str, str] = {
    "IC-1 unique data set": """ASK {
  { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?dataset1 . } }
  UNION
  { ?obs a qb:Observation ; qb:dataSet ?dataset1, ?dataset2 . FILTER (?dataset1 != ?dataset2) }
}""",
    "IC-2 unique DSD": """ASK {
  { ?dataset a qb:DataSet . FILTER NOT EXISTS { ?dataset qb:structure ?dsd . } }
  UNION
  { ?dataset a qb:DataSet ; qb:structure ?dsd1, ?dsd2 . FILTER (?dsd1 != ?dsd2) }
}""",
    "IC-3 DSD includes measure": """ASK {
  ?dsd a qb:DataStructureDefinition .
  FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty [a qb:MeasureProperty]] }
}""",
    "IC-4 dimensions have range": """ASK {
  ?dim a qb:DimensionProperty .
  FILTER NOT EXISTS { ?dim rdfs:range [] }
}""",
    "IC-5 concept dimensions have code lists": """ASK {
  ?dim a qb:DimensionProperty ; rdfs:range skos:Concept .
  FILTER NOT EXISTS { ?dim qb:codeList [] }
}""",
    "IC-6 only attributes may be optional": """ASK {
  ?dsd qb:component ?componentSpec .
  ?componentSpec qb:componentRequired "false"^^xsd:boolean ; qb:componentProperty ?component .
  FILTER NOT EXISTS { ?component a qb:AttributeProperty }
}""",
    "IC-7 slice keys must be declared": """ASK {
  ?sliceKey a qb:SliceKey .
  FILTER NOT EXISTS { [a qb:DataStructureDefinition] qb:sliceKey ?sliceKey }
}""",
    "IC-8 slice keys consistent with DSD": """ASK {
  ?slicekey a qb:SliceKey ; qb:componentProperty ?prop .
  ?dsd qb:sliceKey ?slicekey .
  FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty ?prop] }
}""",
    "IC-9 unique slice structure": """ASK {
  { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } }
  UNION
  { ?slice a qb:Slice ; qb:sliceStructure ?key1, ?key2 . FILTER (?key1 != ?key2) }
}""",
    "IC-10 slice dimensions complete": """ASK {
  ?slice qb:sliceStructure [qb:componentProperty ?dim] .
  FILTER NOT EXISTS { ?slice ?dim [] }
}""",
    "IC-11 all dimensions required": """ASK {
  ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty .
  FILTER NOT EXISTS { ?obs ?dim [] }
}""",
    "IC-12 no duplicate observations": """ASK {
  FILTER( ?allEqual )
  {
    SELECT (MIN(?equal) AS ?allEqual) WHERE {
      ?obs1 qb:dataSet ?dataset .
      ?obs2 qb:dataSet ?dataset .
      FILTER (?obs1 != ?obs2)
      ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty .
      ?obs1 ?dim ?value1 .
      ?obs2 ?dim ?value2 .
      BIND( ?value1 = ?value2 AS ?equal)
    } GROUP BY ?obs1 ?obs2
  }
}""",
    "IC-13 required attributes": """ASK {
  ?obs qb:dataSet/qb:structure/qb:component ?component .
  ?component qb:componentRequired "true"^^xsd:boolean ; qb:componentProperty ?attr .
  FILTER NOT EXISTS { ?obs ?attr [] }
}""",
    "IC-14 all measures present": """ASK {
  ?obs qb:dataSet/qb:structure ?dsd .
  FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty qb:measureType }
  ?dsd qb:component/qb:componentProperty ?measure .
  ?measure a qb:MeasureProperty .
  FILTER NOT EXISTS { ?obs ?measure [] }
}""",
    "IC-15 measure dimension consistent": """ASK {
  ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure .
  ?dsd qb:component/qb:componentProperty qb:measureType .
  FILTER NOT EXISTS { ?obs ?measure [] }
}""",
    "IC-16 single measure on measure dimension observation": """ASK {
  ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure ; ?omeasure [] .
  ?dsd qb:component/qb:componentProperty qb:measureType ;
       qb:component/qb:componentProperty ?omeasure .
  ?omeasure a qb:MeasureProperty .
  FILTER (?omeasure != ?measure)
}""",
    "IC-17 all measures present in measures dimension cube": """ASK {
  {
    SELECT ?numMeasures (COUNT(?obs2) AS ?count) WHERE {
      {
        SELECT ?dsd (COUNT(?m) AS ?numMeasures) WHERE {
          ?dsd qb:component/qb:componentProperty ?m .
          ?m a qb:MeasureProperty .
        } GROUP BY ?dsd
      }
      ?obs1 qb:dataSet/qb:structure ?dsd ; qb:dataSet ?dataset ; qb:measureType ?m1 .
      ?obs2 qb:dataSet ?dataset ; qb:measureType ?m2 .
      FILTER NOT EXISTS {
        ?dsd qb:component/qb:componentProperty ?dim .
        FILTER (?dim != qb:measureType)
        ?dim a qb:DimensionProperty .
        ?obs1 ?dim ?v1 .
        ?obs2 ?dim ?v2 .
        FILTER (?v1 != ?v2)
      }
    } GROUP BY ?obs1 ?numMeasures
    HAVING (?count != ?numMeasures)
  }
}""",
    "IC-18 consistent data set links": """ASK {
  ?dataset qb:slice ?slice .
  ?slice qb:observation ?obs .
  FILTER NOT EXISTS { ?obs qb:dataSet ?dataset . }
}""",
    "IC-19 codes from code list (concept scheme)": """ASK {
  ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty ; qb:codeList ?list .
  ?list a skos:ConceptScheme .
  ?obs ?dim ?v .
  FILTER NOT EXISTS { ?v a skos:Concept ; skos:inScheme ?list }
}""",
    "IC-19 codes from code list (collection)": """ASK {
  ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty ; qb:codeList ?list .
  ?list a skos:Collection .
  ?obs ?dim ?v .
  FILTER NOT EXISTS { ?v a skos:Concept . ?list skos:member+ ?v }
}""",
}

IC20 = """ASK {
  ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty ; qb:codeList ?list .
  ?list a qb:HierarchicalCodeList .
  ?obs ?dim ?v .
  FILTER NOT EXISTS { ?list qb:hierarchyRoot/<$p>* ?v }
}"""
IC20_INSTANCES = """SELECT ?p WHERE {
  ?hierarchy a qb:HierarchicalCodeList ; qb:parentChildProperty ?p .
  FILTER ( isIRI(?p) )
}"""
IC21 = """ASK {
  ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty ; qb:codeList ?list .
  ?list a qb:HierarchicalCodeList .
  ?obs ?dim ?v .
  FILTER NOT EXISTS { ?list qb:hierarchyRoot/(^<$p>)* ?v }
}"""
IC21_INSTANCES = """SELECT ?p WHERE {
  ?hierarchy a qb:HierarchicalCodeList ; qb:parentChildProperty ?pcp .
  FILTER( isBlank(?pcp) )
  ?pcp owl:inverseOf ?p .
  FILTER( isIRI(?p) )
}"""


def instances(graph) -> dict[str, str]:
    """Every constraint to ask of `graph`: IC-1 to IC-19, and IC-20/IC-21 once per
    parent-child property of the graph's hierarchical code lists (none: nothing to ask)."""
    result = dict(CONSTRAINTS)
    for name, template, query in (("IC-20 codes from hierarchy", IC20, IC20_INSTANCES),
                                  ("IC-21 codes from hierarchy (inverse)", IC21, IC21_INSTANCES)):
        for (p,) in graph.query(PREFIXES + query):
            result[f"{name} <{p}>"] = template.replace("$p", str(p))
        result.setdefault(name, "")  # listed, and vacuously true without hierarchical lists
    return result


def violated(graph, query: str) -> bool:
    return bool(query) and bool(graph.query(PREFIXES + query).askAnswer)
