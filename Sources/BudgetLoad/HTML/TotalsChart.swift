import BudgetModel

/// The small chart of a ministry's section on the top-level `index.html`: one bar per
/// document, in fiscal-year and phase order, for the headline total most of its documents
/// print (usually 第1 一般会計), coloured by phase, with the fiscal years beneath. Inline
/// SVG with a `<title>` per bar; 360 units wide, so it fits a 390 px screen at full size.
struct TotalsChart {
  struct Bar {
    var fiscalYear: Int
    var phase: String
    var text: String
    var yen: Int64?
  }

  static let width = 360
  static let top = 22
  static let plotHeight = 96
  static let side = 8

  var id: String
  var label: String?
  var bars: [Bar] = []

  init(documents: [SeriesPages.Entry], id: String) {
    self.id = id
    // The first headline total (usually 第1 一般会計); a document without it is a gap.
    label = CatalogPage.labels(documents).first
    guard let label else { return }
    for (_, manifest) in documents {
      let yen = manifest.headlineTotals?.first(where: { $0.label == label })?.budgetJPY
      bars.append(
        Bar(
          fiscalYear: manifest.fiscalYear, phase: manifest.phase,
          text: CatalogPage.yearText(manifest) + " " + (manifest.phaseNameJa ?? manifest.phase)
            + " " + (yen.map(YenText.headline) ?? "記載なし"), yen: yen))
    }
  }

  /// The colour class of a phase: request, draft, or any later stage.
  static func phaseClass(_ phase: String) -> String {
    switch phase {
    case "request": "request"
    case "proposal": "proposal"
    default: "other"
    }
  }

  static let colors = ["request": "#8da2b8", "proposal": "#1f5fa8", "other": "#3d7a3a"]
  static let phaseNames = ["request": "概算要求", "proposal": "予算案", "other": "成立・補正・決算"]

  func write(to out: inout HTMLOutput) {
    guard let label, bars.contains(where: { $0.yen != nil }) else { return }
    let largest = max(bars.compactMap(\.yen).max() ?? 1, 1)
    let height = Self.top + Self.plotHeight + 20
    let description =
      "「\(label)」の予算額を文書ごとに年度・段階の順に並べた棒グラフ（棒のない文書は記載なし）。最大 \(YenText.headline(largest))。数値は下の表にあります。"
    out.element("figure", [("class", "series-chart")]) { out in
      out.open(
        "svg",
        [
          ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.width) \(height)"),
          ("width", String(Self.width)), ("height", String(height)), ("role", "img"),
          ("aria-labelledby", "\(id)-ct \(id)-cd"), ("font-size", "11"),
        ])
      out.element("title", [("id", id + "-ct")], text: "\(label)の推移")
      out.element("desc", [("id", id + "-cd")], text: description)
      out.newline()
      writeAxis(largest: largest, &out)
      writeBars(largest: largest, &out)
      out.close("svg")
      out.newline()
      out.element("figcaption") { out in
        let present = Set(bars.map { Self.phaseClass($0.phase) })
        for phase in ["request", "proposal", "other"] where present.contains(phase) {
          out.element("span", [("class", "legend " + phase)], text: "")
          out.text(Self.phaseNames[phase]! + "　")
        }
        out.open("br")
        out.text(description)
      }
    }
    out.newline()
  }

  func writeAxis(largest: Int64, _ out: inout HTMLOutput) {
    let base = Self.top + Self.plotHeight
    out.element(
      "text", [("x", String(Self.side)), ("y", "14"), ("fill", "#595959")],
      text: "\(label ?? "")（最大 \(YenText.headline(largest))）".clipped(toEm: 30))
    out.open(
      "path",
      [
        ("d", "M\(Self.side) \(base)H\(Self.width - Self.side)"), ("stroke", "#595959"),
        ("stroke-width", "1"),
      ])
    out.close("path")
    out.newline()
  }

  func writeBars(largest: Int64, _ out: inout HTMLOutput) {
    let base = Self.top + Self.plotHeight
    let slot = Double(Self.width - 2 * Self.side) / Double(bars.count)
    let barWidth = max(1, min(28, Int(slot * 0.7)))
    var lastLabelX = -100
    var lastYear: Int?
    for (index, bar) in bars.enumerated() {
      let center = Double(Self.side) + slot * (Double(index) + 0.5)
      if let yen = bar.yen {
        let length = Int(
          (Double(max(yen, 0)) / Double(largest) * Double(Self.plotHeight)).rounded())
        out.open(
          "rect",
          [
            ("class", Self.phaseClass(bar.phase)), ("x", String(Int(center) - barWidth / 2)),
            ("y", String(base - length)), ("width", String(barWidth)),
            ("height", String(length)), ("fill", Self.colors[Self.phaseClass(bar.phase)]),
            ("data-yen", String(yen)),
          ])
        out.element("title", text: bar.text)
        out.close("rect")
        out.newline()
      }
      // The year under its first bar, when there is room beside the previous one.
      let x = min(max(Int(center), Self.side + 14), Self.width - Self.side - 14)
      if bar.fiscalYear != lastYear, x - lastLabelX >= 34 {
        out.element(
          "text", [("x", String(x)), ("y", String(base + 14)), ("text-anchor", "middle")],
          text: String(bar.fiscalYear))
        lastLabelX = x
      }
      lastYear = bar.fiscalYear
    }
  }
}

extension String {
  /// The text cut to about `em` full-width characters (half-width ones count 0.6), with `…`.
  func clipped(toEm em: Double) -> String {
    var used = 0.0
    var result = ""
    for character in self {
      used += character.unicodeScalars.first.map { $0.value >= 0x2E80 } == true ? 1 : 0.6
      if used > em { return result + "…" }
      result.append(character)
    }
    return result
  }
}
