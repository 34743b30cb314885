import Foundation

@testable import BudgetXML

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads written XML back with Foundation's DOM (libxml2 underneath) and answers XPath
/// queries; element names are matched by local name, so queries need no namespace prefix.
///
/// Every use of Foundation's libxml2 tree (parsing, queries, freeing) is under
/// `LibXML2.schemaLock`, as the validator's use of libxml2 is: the two side by side on two
/// threads crashed libxml2 2.9.14.
final class XMLReadBack {
  private var document: XMLDocument?

  init(_ bytes: [UInt8]) throws {
    document = try LibXML2.schemaLock.withLock {
      try XMLDocument(data: Data(bytes), options: [])
    }
  }

  deinit {
    LibXML2.schemaLock.withLock { document = nil }
  }

  /// The string values of the nodes `xpath` selects, in document order.
  func strings(_ xpath: String) throws -> [String] {
    try LibXML2.schemaLock.withLock {
      try document?.nodes(forXPath: xpath).map { $0.stringValue ?? "" } ?? []
    }
  }

  /// The string value of the single node `xpath` selects, nil unless exactly one matches.
  func string(_ xpath: String) throws -> String? {
    let values = try strings(xpath)
    return values.count == 1 ? values[0] : nil
  }

  /// `//*[local-name()='a']/*[local-name()='b'][@id='x']` for `path("a", "b[@id='x']")`: a
  /// step may end in a predicate.
  static func path(_ steps: String...) -> String {
    "/"
      + steps.map { step -> String in
        if let bracket = step.firstIndex(of: "[") {
          return "/*[local-name()='\(step[..<bracket])']\(step[bracket...])"
        }
        return "/*[local-name()='\(step)']"
      }.joined()
  }
}
