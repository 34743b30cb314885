import BudgetModel

/// The chart of a document page: one horizontal bar per item (budget year), a thinner bar
/// for the prior year beneath it, grouped under the chapter headings, as inline SVG.
///
/// The chart is 360 units wide, so it is drawn at full size on a 390 px screen. Long Japanese
/// titles are wrapped onto lines above their bars, and the bars' scale leaves room after the
/// longest bar for its amount, so no label runs past the right edge. The scale is linear; when one item is more than four times the next largest (地方交付税 is
/// two orders of magnitude above the rest), its bars are drawn cut with a break mark and
/// the scale follows the others, so that their bars stay visible. Every bar is labelled with
/// its amount, and each item is one `<g class="mark">` carrying its id and exact yen.
struct BarChart {
  struct Row {
    var item: BudgetItem
    var budget: Figure?
    var prior: Figure?
  }

  static let width = 360
  static let left = 8
  static let fontSize = 12
  static let lineHeight = 17
  static let budgetBar = 13
  static let priorBar = 7
  /// Title lines: the width after the indent, in ems of the font size.
  static let wrapEm = Double(width - left - 8) / Double(fontSize)

  var rows: [Row]
  var chapters: [BudgetItem]
  var scaleMax: Int64
  /// The length of a bar at ``scaleMax`` (and of a cut bar), in viewBox units.
  var barSpace = Self.width - Self.left - 4

  /// `measure`: the document's own amounts (`budget`, or `request` in a request for its
  /// stage's budget).
  init(document: BudgetDocument, measure: Measure = .budget) {
    chapters = document.items.filter { $0.level == .chapter }
    rows = document.items.filter { $0.level == .item }.map {
      Row(item: $0, budget: $0.figure(measure), prior: $0.figure(.priorInitial))
    }
    let amounts = rows.flatMap { [$0.budget?.amountJPY, $0.prior?.amountJPY] }.compactMap { $0 }
      .map { max($0, 0) }.sorted(by: >)
    let largest = amounts.first ?? 1
    let others = amounts.first { $0 * 4 < largest }
    scaleMax = max(others.map { $0 + $0 / 10 } ?? largest, 1)
    barSpace = fittedBarSpace()
  }

  /// The longest bar length for which every bar's amount label ends inside the chart: a bar
  /// of `ratio` of the scale and a label `w` wide need `ratio × space + 4 + w ≤ width − left`.
  func fittedBarSpace() -> Int {
    let room = Double(Self.width - Self.left - 6)
    var space = room
    for row in rows {
      for (figure, prior) in [(row.budget, false), (row.prior, true)] {
        guard let figure, let yen = figure.amountJPY else { continue }
        let ratio = min(Double(max(yen, 0)) / Double(scaleMax), 1)
        let width = Self.textWidth(label(figure, prior: prior), fontSize: prior ? 11 : 12)
        if ratio > 0 { space = min(space, (room - width) / ratio) }
      }
    }
    return max(Int(space.rounded(.down)), 40)
  }

  /// A bar's amount label: `1,234.5億円`, `（合計外）` when not counted, `前年度 ` before a
  /// prior-year amount.
  func label(_ figure: Figure, prior: Bool) -> String {
    var label = figure.amountJPY.map { YenText.oku($0) + "億円" } ?? "—"
    if !figure.countsTowardTotal { label += "（合計外）" }
    if prior { label = "前年度 " + label }
    return label
  }

  /// The width a text takes at `fontSize`, on the safe side: full-width characters 1 em,
  /// others 0.64 em (DejaVu Sans digits, the widest fallback font's, are 0.636 em).
  static func textWidth(_ text: String, fontSize: Double) -> Double {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1 : 0.64) } * fontSize
  }

  /// Bar length in viewBox units, and whether the bar is cut.
  func length(_ yen: Int64) -> (Int, Bool) {
    let value = max(yen, 0)
    if value > scaleMax { return (barSpace, true) }
    let length = Int((Double(value) / Double(scaleMax) * Double(barSpace)).rounded())
    return (value > 0 ? max(length, 1) : 0, false)
  }

  /// Splits a title into lines of at most ``wrapEm`` (full-width characters count 1, others 0.64).
  static func wrap(_ text: String, em: Double = wrapEm) -> [String] {
    var lines: [String] = []
    var current = ""
    var used = 0.0
    for character in text {
      let w = character.unicodeScalars.first.map { $0.value >= 0x2E80 } == true ? 1.0 : 0.64
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
