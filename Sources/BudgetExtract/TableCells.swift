/// Splits a table row into cells: cells are separated by tabs, by runs of two or more spaces
/// (as `pdftotext -layout` aligns columns) or by ideographic spaces. A single ASCII space
/// stays inside a cell (`総務省所管計上額 (地方交付税)`).
enum TableCells {
  /// Whether a line has a column gap (a tab, two spaces, an ideographic space).
  static func hasColumnGap(_ s: [Unicode.Scalar]) -> Bool {
    for k in s.indices
    where s[k] == "\t" || s[k] == "\u{3000}" || (s[k] == " " && k + 1 < s.count && s[k + 1] == " ")
    {
      return true
    }
    return false
  }

  static func split(_ line: Line) -> [[Unicode.Scalar]] {
    let o = line.original
    var cells: [[Unicode.Scalar]] = []
    var cell: [Unicode.Scalar] = []
    var i = 0
    func flush() {
      if cell.contains(where: { $0 != " " }) { cells.append(cell) }
      cell = []
    }
    while i < o.count {
      let ch = o[i]
      if ch == "\t" || ch == "\u{3000}"
        || (ch == " " && i + 1 < o.count && (o[i + 1] == " " || o[i + 1] == "\t"))
      {
        flush()
        while i < o.count, o[i] == " " || o[i] == "\t" || o[i] == "\u{3000}" { i += 1 }
        continue
      }
      cell.append(ch)
      i += 1
    }
    flush()
    return cells
  }
}
