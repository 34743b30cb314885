import BudgetModel
import BudgetTestSupport
import Foundation
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

  /// `JSONText.writeString` reads eight bytes at a time: every byte it escapes, at every
  /// offset of a word, after ASCII and after Japanese, written as a byte-by-byte reference
  /// writes it (DEL escaped or not).
  @Test func jsonStringsEscapedAtEveryOffset() {
    func reference(_ text: String, escapingDelete: Bool) -> [UInt8] {
      var out: [UInt8] = [0x22]
      for byte in text.utf8 {
        switch byte {
        case 0x22: out += Array("\\\"".utf8)
        case 0x5C: out += Array("\\\\".utf8)
        case 0x0A: out += Array("\\n".utf8)
        case 0x0D: out += Array("\\r".utf8)
        case 0x09: out += Array("\\t".utf8)
        case 0x08: out += Array("\\b".utf8)
        case 0x0C: out += Array("\\f".utf8)
        case 0x00..<0x20,
          0x7F where escapingDelete || byte != 0x7F:
          out += Array(String(format: "\\u%04x", Int(byte)).utf8)
        default: out.append(byte)
        }
      }
      return out + [0x22]
    }
    for special in ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}"]
    {
      for offset in 0..<17 {
        for text in [
          String(repeating: "a", count: offset) + special + "総務省/予算",
          String(repeating: "あ", count: offset) + special,
          special + String(repeating: "b", count: offset),
        ] {
          for escapingDelete in [true, false] {
            var out: [UInt8] = []
            JSONText.writeString(text, into: &out, escapingDelete: escapingDelete)
            #expect(
              out == reference(text, escapingDelete: escapingDelete), "\(text.debugDescription)")
          }
        }
      }
    }
  }
}
