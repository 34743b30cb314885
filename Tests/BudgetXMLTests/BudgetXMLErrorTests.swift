import BudgetXML
import Foundation
import Testing

@Suite("BudgetXMLError")
struct BudgetXMLErrorTests {
  @Test func invalidDocumentNamesLineNumbers() {
    let error = BudgetXMLError.invalidDocument([
      XMLValidationIssue(line: 12, message: "not an integer"),
      XMLValidationIssue(line: 40, message: "no match for keyref"),
    ])
    let description = error.errorDescription ?? ""
    #expect(description.contains("line 12: not an integer"))
    #expect(description.contains("line 40: no match for keyref"))
    #expect(description.contains("2 issues"))
  }

  @Test func longListsAreSummarized() {
    let issues = (1...15).map { XMLValidationIssue(line: $0, message: "bad") }
    let description = BudgetXMLError.invalidDocument(issues).errorDescription ?? ""
    #expect(description.contains("line 10: bad"))
    #expect(!description.contains("line 11: bad"))
    #expect(description.contains("and 5 more"))
  }

  @Test func otherCasesDescribeThemselves() {
    #expect(
      BudgetXMLError.schemaUnavailable("missing").errorDescription?.contains("missing") == true)
    #expect(
      BudgetXMLError.writerFailed("xmlTextWriterEndElement").errorDescription?
        .contains("xmlTextWriterEndElement") == true)
  }
}
