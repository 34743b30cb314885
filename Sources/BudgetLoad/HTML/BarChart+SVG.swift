import BudgetModel

extension BarChart {
  /// Writes the `<svg>`; `title` and `description` become its `<title>` and `<desc>`.
  func write(title: String, description: String, to out: inout HTMLOutput) {
    var body = HTMLOutput(capacity: 16_384)
    var y = 6
    for chapter in chapters {
      y = writeChapter(chapter, y: y, to: &body)
    }
    let orphans = rows.filter { row in !chapters.contains { $0.id == row.item.parentId } }
    for row in orphans { y = writeRow(row, y: y, to: &body) }
    let height = y + 6
    out.open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.width) \(height)"),
        ("width", String(Self.width)), ("height", String(height)), ("role", "img"),
        ("aria-labelledby", "chart-title chart-desc"), ("font-size", String(Self.fontSize)),
      ])
    out.newline()
    out.element("title", [("id", "chart-title")], text: title)
    out.element("desc", [("id", "chart-desc")], text: description)
    out.newline()
    out.bytes += body.bytes
    out.close("svg")
  }

  func writeChapter(_ chapter: BudgetItem, y start: Int, to out: inout HTMLOutput) -> Int {
    var y = start + 8
    for line in Self.wrap(chapter.code + " " + chapter.title, em: Self.wrapEm - 2) {
      y += Self.lineHeight
      out.element(
        "text", [("x", String(Self.left)), ("y", String(y)), ("font-weight", "700")], text: line)
      out.newline()
    }
    y += 4
    for row in rows where row.item.parentId == chapter.id {
      y = writeRow(row, y: y, to: &out)
    }
    return y
  }

  func writeRow(_ row: Row, y start: Int, to out: inout HTMLOutput) -> Int {
    var y = start
    let item = row.item
    out.open(
      "g",
      [
        ("class", "mark"), ("data-id", item.id),
        ("data-yen", row.budget?.amountJPY.map { String($0) } ?? ""),
        ("data-prior-yen", row.prior?.amountJPY.map { String($0) } ?? ""),
      ])
    out.element("title", text: tooltip(row))
    for line in Self.wrap(item.code + ". " + item.title) {
      y += Self.lineHeight
      out.element("text", [("x", String(Self.left + 4)), ("y", String(y))], text: line)
    }
    y += 4
    y = writeBar(row.budget, y: y, prior: false, to: &out)
    if row.prior != nil { y = writeBar(row.prior, y: y + 2, prior: true, to: &out) }
    out.close("g")
    out.newline()
    return y + 8
  }

  /// A budget-year bar, or the thinner prior-year bar, with its amount after it.
  func writeBar(_ figure: Figure?, y: Int, prior: Bool, to out: inout HTMLOutput) -> Int {
    let height = prior ? Self.priorBar : Self.budgetBar
    let color = prior ? "#8da2b8" : "#1f5fa8"
    let textY = String(y + height - 2)
    guard let figure, let yen = figure.amountJPY else {
      let label = figure == nil ? "金額の記載なし" : "—"
      out.element(
        "text",
        [("x", String(Self.left + 4)), ("y", textY), ("fill", "#595959"), ("font-size", "11")],
        text: label)
      return y + max(height, 11)
    }
    let (length, cut) = length(yen)
    let counted = figure.countsTowardTotal
    out.open(
      "rect",
      [
        ("class", prior ? "prior" : "budget"), ("x", String(Self.left)), ("y", String(y)),
        ("width", String(length)),
        ("height", String(height)), ("fill", counted ? color : "#ffffff"),
        ("stroke", counted ? nil : color),
        ("stroke-dasharray", counted ? nil : "3 2"), ("data-yen", String(yen)),
      ])
    out.close("rect")
    if cut {
      let x = Self.left + length * 3 / 4
      out.open(
        "path",
        [("d", "M\(x) \(y - 2)l6 \(height + 4)h5l-6 -\(height + 4)z"), ("fill", "#ffffff")])
      out.close("path")
    }
    out.element(
      "text",
      [
        ("x", String(Self.left + length + 4)), ("y", textY), ("font-size", prior ? "11" : "12"),
        ("fill", prior ? "#595959" : "#1a1a1a"),
      ],
      text: label(figure, prior: prior))
    return y + height
  }

  func tooltip(_ row: Row) -> String {
    var parts = [row.item.code + ". " + row.item.title]
    parts.append(
      (row.budget?.measure == .request ? "要求額 " : "予算額 ")
        + (row.budget?.amountJPY.map { YenText.oku($0) + "億円" } ?? "—"))
    parts.append("前年度 " + (row.prior?.amountJPY.map { YenText.oku($0) + "億円" } ?? "—"))
    return parts.joined(separator: "\n")
  }
}
