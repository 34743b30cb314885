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
    return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
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
    // Most lines are text: more than 12 scalars besides spaces rules them out without a copy.
    var filled = 0
    for ch in s where ch != " " {
      filled += 1
      if filled > 12 { return false }
    }
    let t = s.filter { $0 != " " }
    guard !t.isEmpty, t.count <= 12 else { return false }
    let digits = t.filter(\.isASCIIDigit).count
    guard digits > 0, digits <= 4 + 4 else { return false }
    if t.allSatisfy(\.isASCIIDigit) { return atEdge && digits <= 4 }
    let dashes: Set<Unicode.Scalar> = ["-", "—", "‐", "−", "–"]
    if let first = t.first, let last = t.last, dashes.contains(first), dashes.contains(last) {
      return t.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
    }
    if let slash = t.firstIndex(of: "/") {
      return t[..<slash].allSatisfy(\.isASCIIDigit) && t[(slash + 1)...].allSatisfy(\.isASCIIDigit)
        && slash > 0 && slash < t.count - 1
    }
    return false
  }
}
