import BudgetModel

/// The chart of a document page: one horizontal bar per item (budget year), a thinner bar
/// for the prior year beneath it, grouped under the chapter headings, as inline SVG.
///
/// Long Japanese titles are wrapped onto lines above their bars, so nothing is cut off. The
/// scale is linear; when one item is more than four times the next largest (地方交付税 is
/// two orders of magnitude above the rest), its bars are drawn cut with a break mark and
/// the scale follows the others, so that their bars stay visible. Every bar is labelled with
/// its amount, and each item is one `<g class="mark">` carrying its id and exact yen.
struct BarChart {
  struct Row {
    var item: BudgetItem
    var budget: Figure?
    var prior: Figure?
  }

  static let width = 440
  static let left = 8
  static let valueSpace = 104
  static let fontSize = 12
  static let lineHeight = 17
  static let budgetBar = 13
  static let priorBar = 7
  static let wrapEm = 34.0

  var rows: [Row]
  var chapters: [BudgetItem]
  var scaleMax: Int64

  init(document: BudgetDocument) {
    chapters = document.items.filter { $0.level == .chapter }
    rows = document.items.filter { $0.level == .item }.map {
      Row(item: $0, budget: $0.figure(.budget), prior: $0.figure(.priorInitial))
    }
    let amounts = rows.flatMap { [$0.budget?.amountJPY, $0.prior?.amountJPY] }.compactMap { $0 }
      .map { max($0, 0) }.sorted(by: >)
    let largest = amounts.first ?? 1
    let others = amounts.first { $0 * 4 < largest }
    scaleMax = max(others.map { $0 + $0 / 10 } ?? largest, 1)
  }

  var barSpace: Int { Self.width - Self.left - Self.valueSpace }

  /// Bar length in viewBox units, and whether the bar is cut.
  func length(_ yen: Int64) -> (Int, Bool) {
    let value = max(yen, 0)
    if value > scaleMax { return (barSpace, true) }
    let length = Int((Double(value) / Double(scaleMax) * Double(barSpace)).rounded())
    return (value > 0 ? max(length, 1) : 0, false)
  }

  /// Splits a title into lines of at most ``wrapEm`` (full-width characters count 1, others 0.55).
  static func wrap(_ text: String, em: Double = wrapEm) -> [String] {
    var lines: [String] = []
    var current = ""
    var used = 0.0
    for character in text {
      let w = character.unicodeScalars.first.map { $0.value >= 0x2E80 } == true ? 1.0 : 0.55
      if used + w > em, !current.isEmpty {
        lines.append(current)
        current = ""
        used = 0
      }
      current.append(character)
      used += w
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}

extension BudgetItem {
  /// The item's first figure of `measure`.
  func figure(_ measure: Measure) -> Figure? {
    figures.first { $0.measure == measure }
  }
}
