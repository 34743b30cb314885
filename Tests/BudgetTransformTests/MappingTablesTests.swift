import Foundation
import Testing

@testable import BudgetTransform

/// The TSV reader of `Mappings/` (bytes, no regular expressions): rows of the bundled tables,
/// line numbers of bad rows, and the code checks that replaced the patterns
/// `^[a-z][a-z0-9-]*$` (organizations) and `^[a-z0-9]+(-[a-z0-9]+)*$` (phases).
@Suite struct MappingTablesTests {
  @Test func theBundledTablesReadAsTheSampleNeedsThem() throws {
    let mappings = Support.mappings
    #expect(mappings.organizations.count == 25)
    let soumu = try #require(mappings.organizations.first { $0.organization.nameJa == "総務省" })
    #expect(soumu.organization.corporateNumber == "2000012020001")
    #expect(mappings.units["百万円"] == 6 && mappings.eras["令和"] == 2019)
    #expect(mappings.phases.first?.phase.fiscalDataPackagePhase != nil)
    #expect(!mappings.version.isEmpty && !mappings.version.contains("\n"))
  }

  @Test func rowsSkipTheHeaderCommentsAndEmptyLinesAndKeepLineNumbers() throws {
    let text = "unit\tpower_of_ten\r\n# comment\r\n兆円\t12\r\n\r\n円\t0"
    let rows = try MappingTables.rows(Array(text.utf8), file: "units.tsv", columns: 2)
    #expect(rows.map(\.0) == [3, 5])
    #expect(rows.map(\.1) == [["兆円", "12"], ["円", "0"]])
  }

  @Test func aShortRowIsAnErrorNamingFileAndLine() {
    let text = "era\tfirst_year\n令和\t2019\n平成\n"
    #expect {
      try MappingTables.rows(Array(text.utf8), file: "eras.tsv", columns: 2)
    } throws: { error in
      guard case BudgetTransformError.mapping(let file, let line, _) = error else { return false }
      return file == "eras.tsv" && line == 3
    }
  }

  @Test(arguments: [
    ("soumu", false, true), ("kokudo-kotsu", false, true), ("Soumu", false, false),
    ("1abc", false, false),
    ("", false, false), ("総務", false, false), ("supplementary-1", true, true),
    ("initial", true, true),
    ("a--b", true, false), ("-a", true, false), ("a-", true, false), ("a_b", true, false),
  ])
  func codes(_ text: String, _ hyphenated: Bool, _ valid: Bool) {
    #expect(MappingTables.isCode(text, hyphenated: hyphenated) == valid)
  }

  @Test func versionIsTrimmed() {
    #expect(MappingTables.trimmed(" 2024.2\n") == "2024.2")
    #expect(MappingTables.trimmed("\n") == "")
  }
}
