import BudgetModel
import BudgetTestSupport
import Testing

@testable import BudgetLoad

/// The validation report written straight as bytes is the report the `JSONText` tree and the
/// `TextOutputStream` writer make (the reference), byte for byte.
@Suite struct ValidationReportBytesTests {
  func reference(_ document: BudgetDocument) -> (json: [UInt8], text: [UInt8]) {
    var text = ""
    ValidationReportWriter.write(document, to: &text)
    return (ValidationReportWriter.json(for: document).bytes, Array(text.utf8))
  }

  func expectSame(_ document: BudgetDocument) {
    let (json, text) = reference(document)
    #expect(ValidationReportWriter.jsonBytes(for: document) == json)
    #expect(ValidationReportWriter.textBytes(for: document) == text)
  }

  /// The sample's chapter I and the whole sample: their findings (2.(1): 458.1 against 458.0 億円, lines 227 231 252
  /// 262 268, among them).
  @Test func sampleFindings() throws {
    let document = SampleFixtures.chapterOne
    #expect(document.findings.contains { $0.lines == [227, 231, 252, 262, 268] })
    expectSame(document)
    expectSame(SampleFixtures.document)
    let files = try ValidationReportWriter.files(for: document)
    #expect(files.map(\.bytes) == [reference(document).json, reference(document).text])
  }

  /// No findings, a finding without lines or subject, amounts, negative amounts, and text that
  /// JSON escapes (quote, backslash, line break, DEL, control characters).
  @Test func edgeCases() {
    var document = SampleFixtures.chapterOne
    document.findings = []
    expectSame(document)
    document.findings = [
      Finding(
        severity: .info, code: .childrenSumRounding, message: "a \"quoted\" \\ text\n\u{7F}\u{01}",
        subjectId: nil, lines: []),
      Finding(
        severity: .warning, code: .duplicateHeading, message: "heading 2.(1) appears twice",
        subjectId: "c1-2-1", expectedJPY: 45_800_000_000, actualJPY: -39_000_000_000,
        lines: [19]),
      Finding(
        severity: .info, code: .childrenSumRounding, message: "総務省", subjectId: "c1",
        expectedJPY: 0, lines: [1, 2, 3]),
    ]
    expectSame(document)
  }
}
