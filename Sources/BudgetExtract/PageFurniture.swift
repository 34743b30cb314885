/// Removes what a printed page adds around the text: page numbers in their usual forms
/// (`- 12 -`, `12/40`, and a bare `12` at a page's edge) and running heads or footers — a
/// line that stands at the top or bottom of three or more pages. Pages are told apart by form
/// feeds (`pdftotext`) or, in text without them, by the page-number lines themselves.
/// The other lines keep their numbers, so the records still point at the input.
enum PageFurniture {
  /// A line at the top or bottom of this many pages is a running head or footer.
  static let runningHeadPages = 3

  /// The lines without page furniture.
  static func removing(from lines: [Line]) -> [Line] {
    // Whether each line is a page number anywhere on a page (read once per line).
    let numbers = lines.map { isPageNumber($0.normalized, atEdge: false) }
    let edges = pageEdges(lines, pageNumbers: numbers)
    guard !edges.isEmpty else { return lines }
    var drop = Set<Int>()
    var counts: [[Unicode.Scalar]: Int] = [:]
    for (top, bottom) in edges {
      var keys = Set<[Unicode.Scalar]>()
      for index in [top, bottom].compactMap({ $0 }) where !drop.contains(index) {
        if isPageNumber(lines[index].normalized, atEdge: true) {
          drop.insert(index)
        } else {
          keys.insert(key(lines[index]))
        }
      }
      for k in keys { counts[k, default: 0] += 1 }
    }
    let repeated = Set(counts.filter { $0.value >= runningHeadPages }.keys)
    for (top, bottom) in edges {
      for index in [top, bottom].compactMap({ $0 }) where repeated.contains(key(lines[index])) {
        drop.insert(index)
      }
    }
    for index in lines.indices where numbers[index] { drop.insert(index) }
    guard !drop.isEmpty else { return lines }
    var kept = [Bool](repeating: true, count: lines.count)
    for index in drop { kept[index] = false }
    var result: [Line] = []
    result.reserveCapacity(lines.count - drop.count)
    for index in lines.indices where kept[index] { result.append(lines[index]) }
    return result
  }

  /// For each page, the index of its first and last non-blank line (not counting a page-number
  /// line, whose neighbour is the edge that matters for running heads).
  static func pageEdges(_ lines: [Line], pageNumbers: [Bool]? = nil) -> [(top: Int?, bottom: Int?)]
  {
    let numbers = pageNumbers ?? lines.map { isPageNumber($0.normalized, atEdge: false) }
    var starts = [0]
    for (index, line) in lines.enumerated() where index > 0 {
      if line.startsPage || numbers[index - 1] {
        starts.append(index)
      }
    }
    guard starts.count > 1 else { return [] }
    var edges: [(Int?, Int?)] = []
    for (k, start) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1] : lines.count
      let filled = (start..<end).filter { !isBlank(lines[$0].normalized) }
      var top = filled.first
      var bottom = filled.last
      if let b = bottom, numbers[b], filled.count > 1 {
        bottom = filled[filled.count - 2]
        edges.append((nil, b))
      }
      if let t = top, isPageNumber(lines[t].normalized, atEdge: true), filled.count > 1 {
        edges.append((t, nil))
        top = filled[1]
      }
      edges.append((top, bottom))
    }
    return edges
  }

  static func isBlank(_ s: [Unicode.Scalar]) -> Bool { s.allSatisfy { $0 == " " } }

  /// The text of a line with spaces removed, for comparing running heads.
  static func key(_ line: Line) -> [Unicode.Scalar] { line.normalized.filter { $0 != " " } }

  /// `- 12 -`, `— 12 —`, `12/40`, `12 / 40` anywhere; a bare `12` only at a page's edge.
  static func isPageNumber(_ s: [Unicode.Scalar], atEdge: Bool) -> Bool {
    // Most lines are text: more than 12 scalars besides spaces rules them out. The others
    // are read without a copy: `t` below is `s` without its spaces, walked by index.
    var filled = 0
    var digits = 0
    var first: Unicode.Scalar = " "
    var last: Unicode.Scalar = " "
    var slashes = 0
    var slashAt = -1
    for ch in s where ch != " " {
      if filled == 0 { first = ch }
      last = ch
      if ch.isASCIIDigit {
        digits += 1
      } else if ch == "/" {
        if slashes == 0 { slashAt = filled }
        slashes += 1
      }
      filled += 1
      if filled > 12 { return false }
    }
    guard filled > 0, digits > 0, digits <= 4 + 4 else { return false }
    if digits == filled { return atEdge && digits <= 4 }
    if Self.isDash(first), Self.isDash(last) {
      // `t.dropFirst().dropLast()` all digits.
      return filled >= 2 && digits == filled - 2 && !first.isASCIIDigit && !last.isASCIIDigit
    }
    if slashAt >= 0 {
      // Digits on both sides of the first `/`, nothing else.
      return slashes == 1 && digits == filled - 1 && slashAt > 0 && slashAt < filled - 1
    }
    return false
  }

  @inline(__always)
  static func isDash(_ ch: Unicode.Scalar) -> Bool {
    ch == "-" || ch == "—" || ch == "‐" || ch == "−" || ch == "–"
  }
}
