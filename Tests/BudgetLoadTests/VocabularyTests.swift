import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

/// The term and code-list tables are the one source of the vocabulary (issue #21, item 1):
/// the published files are regenerated from them byte for byte, the code lists are the
/// model's cases and the XSD's enumerations, and every project property a CSV column states
/// is a term of the table.
@Suite struct VocabularyTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Resources/budget-vocabulary.ttl` is what ``VocabularyTurtle`` writes; with
  /// `RECORD_VOCABULARY=1` the test rewrites it instead.
  @Test func publishedVocabularyIsTheGeneratedOne() throws {
    let url = Self.root.appendingPathComponent(
      "Sources/BudgetLoad/Resources/" + JSONLDContext.vocabularyResourceName)
    if ProcessInfo.processInfo.environment["RECORD_VOCABULARY"] == "1" {
      try Data(VocabularyTurtle.bytes).write(to: url)
    }
    let onDisk = try Data(contentsOf: url)
    #expect(
      onDisk == Data(VocabularyTurtle.bytes),
      "regenerate: RECORD_VOCABULARY=1 swift test --filter VocabularyTests")
  }

  @Test func termsAreUnique() {
    let names = Term.all.map(\.name)
    #expect(Set(names).count == names.count)
  }

  /// Every `be:` property a CSV column or a table's virtual column states is in the table: a
  /// new column with a new property fails here until the term is added. Suppressed columns
  /// state no triple and are left out (`expenses.is_part_of` names an undefined
  /// `be:isPartOf`, whose local name the context gives `dcterms:isPartOf`).
  @Test func everyProjectPropertyOfTheTablesIsATerm() {
    let terms = Set(Term.all.map(\.iri))
    for table in TableSchema.all {
      let properties =
        table.columns.filter { !$0.suppressOutput }.compactMap(\.propertyURL)
        + table.virtualProperties.map(\.propertyURL)
        + table.virtualProperties.compactMap(\.valueURL)
      for property in properties where property.hasPrefix(Vocabulary.budget) {
        #expect(terms.contains(property), "\(table.name): \(property) is not in Term.all")
      }
    }
  }

  /// The enumerations of `budget-1.3.xsd`, by simple type name.
  static func xsdEnumerations() throws -> [String: [String]] {
    let xsd = try String(
      contentsOf: root.appendingPathComponent("Sources/BudgetXML/Schema/budget-1.3.xsd"),
      encoding: .utf8)
    var found: [String: [String]] = [:]
    for part in xsd.components(separatedBy: "<xs:simpleType name=\"").dropFirst() {
      let name = String(part.prefix { $0 != "\"" })
      let body = part.components(separatedBy: "</xs:simpleType>")[0]
      let values = body.components(separatedBy: "<xs:enumeration value=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      }
      if !values.isEmpty { found[name] = values }
    }
    return found
  }

  /// The code lists, the model's cases and the hand-written XSD agree, value for value and in
  /// order; the XSD stays the published file.
  @Test func codeListsAreTheModelsCasesAndTheSchemasEnumerations() throws {
    let xsd = try Self.xsdEnumerations()
    let figureKinds = CodeList.figureKinds.codes.map(\.notation)
    let markers = CodeList.markers.codes.map(\.notation)
    #expect(figureKinds == Measure.allCases.map(\.rawValue))
    #expect(markers == FigureMarker.allCases.map(\.rawValue))
    #expect(xsd["Measure"] == figureKinds)
    #expect(xsd["FigureMarker"] == markers)
    #expect(xsd["Level"] == OutlineLevel.allCases.map(\.rawValue))
    #expect(TableSchema.markerValues == markers)
  }

  /// Every coded term's list is one of the code lists, the currency authority, or
  /// OpenBudgets.eu's operation characters.
  @Test func codedTermsNameAKnownList() {
    let lists = Set(CodeList.all.map { $0.iri + "/" })
    for term in Term.all {
      if case .coded(let list) = term.value {
        #expect(
          lists.contains(list) || list == Vocabulary.currencyAuthority
            || list == OpenBudgetsCode.operationCharacters, "\(term.name)")
      }
    }
  }
}
