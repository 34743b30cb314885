import BudgetExtract
import BudgetModel
import Foundation

/// Every money figure an extraction holds, each as one key: where it sits (section, outline
/// path, expense), the title it belongs to, its meaning (amount, prior year, supplementary
/// budget, table column) and its printed value. Titles are compared without spaces and in
/// NFKC, since converters differ in the spaces they put around Latin letters and digits.
struct FigureInventory {
  var keys: [String] = []

  init(_ doc: ExtractedDocument) {
    for h in doc.headlines {
      keys.append("headline|\(Self.section(h.section))|\(Self.squash(h.label))|\(h.figure.text)")
    }
    for table in doc.summaryTables {
      for row in table.rows {
        for (k, cell) in row.cells.enumerated() {
          keys.append(
            "table|\(Self.section(table.section))|\(Self.squash(row.label))|col\(k)|\(cell.text)")
        }
      }
    }
    add(doc.overview, "overview")
    var paths = add(doc.details, "detail")
    paths.append("")
    for e in doc.expenses {
      let place =
        "expense|\(paths[e.detailIndex ?? paths.count - 1])|\(e.kind.rawValue)|\(Self.squash(e.name))"
      if let a = e.amount { keys.append("\(place)|amount|\(a.text)") }
      if let p = e.prior { keys.append("\(place)|prior|\(p.text)") }
      if let s = e.supplementary { keys.append("\(place)|\(s.label ?? "")|\(s.text)") }
    }
    for f in doc.filp {
      keys.append("filp|\(Self.squash(f.figure.label ?? ""))|\(f.figure.text)")
    }
  }

  /// Adds the outline's figures; returns each record's path (`II/6/(2)`).
  @discardableResult
  mutating func add(_ records: [OutlineRecord], _ part: String) -> [String] {
    var stack: [String] = []
    var paths: [String] = []
    for r in records {
      let depth = r.level.depth
      stack = Array(stack.prefix(depth)) + Array(repeating: "", count: max(0, depth - stack.count))
      stack.append(r.number)
      let path = stack.joined(separator: "/")
      paths.append(path)
      let place = "\(part)|\(path)|\(Self.squash(r.title))"
      if let a = r.amount { keys.append("\(place)|amount|\(a.text)") }
      if let p = r.prior { keys.append("\(place)|prior|\(p.text)") }
    }
    return paths
  }

  static func squash(_ text: String) -> String {
    text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
  }

  /// `第2 …` and `第二 …` are the same section.
  static func section(_ title: String) -> String {
    "第\(KanjiNumeral.leadingNumber(squash(title), skipping: 1) ?? 0)"
  }

  /// The keys of `self` missing from `other` (as a multiset).
  func missing(from other: FigureInventory) -> [String] {
    var counts: [String: Int] = [:]
    for key in other.keys { counts[key, default: 0] += 1 }
    var result: [String] = []
    for key in keys {
      if let n = counts[key], n > 0 { counts[key] = n - 1 } else { result.append(key) }
    }
    return result
  }
}
