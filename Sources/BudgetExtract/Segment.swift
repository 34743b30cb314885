import BudgetModel

/// A piece of a line after the conversion noise is gone: `**bold**` markers and table pipes
/// removed, list bullets stripped (and remembered), and a line that holds two headings
/// (`…**73.5 億円****(1) …`) split in two.
struct Segment {
  var line: Line
  /// The line began with a list bullet (`・`, `○`, `●`, `•`, `- `).
  var isBullet: Bool
  /// The line began with `○`, which also opens a FILP program.
  var isCircle = false
  /// The bullet stripped from the line when text follows it without a space (`・維持更新`):
  /// in a wrapped title that is a middle dot of the title, not a bullet.
  var bulletMark = ""

  /// (`bulletMark` is `・` or empty.)
  var isTightDot: Bool { !bulletMark.isEmpty }

  /// The segment's text as a title continues with it (the middle dot kept).
  var titleText: String { bulletMark + line.trimmedText(0..<s.count) }

  var number: Int { line.number }
  /// The input lines of this segment.
  var span: SourceSpan { line.span }
  var s: [Unicode.Scalar] { line.normalized }
  var isEmpty: Bool { line.normalized.isEmpty }

  static let mainExpenseMark = SoumuOverviewLayout.mainExpenseMark

  /// Cleans one input line into zero or more segments.
  static func segments(of raw: Line) -> [Segment] {
    if isPlain(raw) { return clean(raw).map { [$0] } ?? [] }
    if !raw.normalized.contains(where: { $0 == "*" || $0 == "|" }) { return unmarked(raw) }
    // 1. Drop `**` (keeping both arrays aligned), remembering where they stood.
    var orig: [Unicode.Scalar] = []
    var norm: [Unicode.Scalar] = []
    orig.reserveCapacity(raw.original.count)
    norm.reserveCapacity(raw.original.count)
    var boldBreaks: [Int] = []
    var rawIndex: [Int] = []
    rawIndex.reserveCapacity(raw.original.count)
    var i = 0
    let n = raw.normalized.count
    while i < n {
      let ch = raw.normalized[i]
      if ch == "*" && i + 1 < n && raw.normalized[i + 1] == "*" {
        while i < n && raw.normalized[i] == "*" { i += 1 }
        boldBreaks.append(norm.count)
        continue
      }
      if ch == "|" {
        orig.append(" ")
        norm.append(" ")
      } else {
        orig.append(raw.original[i])
        norm.append(ch)
      }
      rawIndex.append(i)
      i += 1
    }
    let cuts = cutPoints(norm, boldBreaks: boldBreaks)
    var pieces: [Segment] = []
    var start = 0
    for cut in cuts + [norm.count] where cut >= start {
      let piece = raw.piece(
        original: Array(orig[start..<cut]), normalized: Array(norm[start..<cut]),
        from: start < rawIndex.count ? rawIndex[start] : raw.normalized.count,
        to: cut > 0 && cut <= rawIndex.count ? rawIndex[cut - 1] + 1 : raw.normalized.count)
      if let seg = clean(piece) {
        pieces.append(seg)
      }
      start = cut
    }
    return pieces
  }

  /// A line with a `【` but no `*` or `|`: cut before a 【主な経費】 that does not start it, its
  /// arrays shared when it is not cut (what `segments(of:)` does, without copying the line).
  static func unmarked(_ raw: Line) -> [Segment] {
    var pieces: [Segment] = []
    var start = 0
    let n = raw.normalized.count
    for cut in cutPoints(raw.normalized, boldBreaks: []) + [n] where cut >= start {
      let whole = start == 0 && cut == n
      let piece = raw.piece(
        original: whole ? raw.original : Array(raw.original[start..<cut]),
        normalized: whole ? raw.normalized : Array(raw.normalized[start..<cut]),
        from: start, to: cut)
      if let seg = clean(piece) { pieces.append(seg) }
      start = cut
    }
    return pieces
  }

  /// Most lines have no `*`, `|` or 【主な経費】: they are one segment, cleaned in place.
  static func isPlain(_ raw: Line) -> Bool {
    raw.normalized.withUnsafeBufferPointer { s in
      !s.contains { $0 == "*" || $0 == "|" || $0 == "【" }
    }
  }

  /// Where a cleaned line splits into segments: where a bold run ends right before another
  /// heading, and before a 【主な経費】 that does not start the line; sorted.
  static func cutPoints(_ norm: [Unicode.Scalar], boldBreaks: [Int]) -> [Int] {
    // Split where a bold run ends right before another heading.
    var cuts: [Int] = []
    for b in boldBreaks where b > 0 && b < norm.count {
      var k = b
      while k < norm.count && norm[k].isSpace { k += 1 }
      let before = norm[..<b].contains { !$0.isSpace }
      if before, OutlineHeading.markerLength(norm, at: k) != nil { cuts.append(k) }
    }
    // Split before a 【主な経費】 that does not start the line.
    if let k = norm.firstIndex(of: mainExpenseMark),
      norm[..<k].contains(where: { !$0.isSpace && $0 != "-" && $0 != "・" })
    {
      cuts.append(k)
    }
    cuts.sort()
    return cuts
  }

  /// Trims spaces, strips bullets, and drops separator lines (`-----`, `|--|--|`).
  static func clean(_ line: Line) -> Segment? {
    var lo = 0
    var hi = line.normalized.count
    let s = line.normalized
    func trim() {
      while lo < hi && s[lo].isSpace { lo += 1 }
      while hi > lo && s[hi - 1].isSpace { hi -= 1 }
    }
    trim()
    if lo == hi { return nil }
    if s[lo..<hi].allSatisfy({ $0 == "-" || $0 == ":" || $0 == " " || $0 == "—" || $0 == "=" })
      && hi - lo > 1
    {
      return nil
    }
    var bullet = false
    while lo < hi {
      let ch = s[lo]
      if ch == "・" || ch == "•" || ch == "○" || ch == "●" || ch == "◦" {
        bullet = true
        lo += 1
      } else if ch == "-" && (lo + 1 == hi || s[lo + 1].isSpace || s[lo + 1] == "・") {
        bullet = true
        lo += 1
      } else {
        break
      }
      trim()
    }
    if lo == hi { return nil }
    let circle = s.first { !$0.isSpace } == "○"
    var first = 0
    while first < s.count, s[first].isSpace { first += 1 }
    let tight = bullet && lo == first + 1 && s[first] == "・" && !s[first + 1].isSpace
    if lo == 0 && hi == s.count { return Segment(line: line, isBullet: bullet, isCircle: circle) }
    return Segment(
      line: line.slice(lo..<hi), isBullet: bullet, isCircle: circle, bulletMark: tight ? "・" : "")
  }
}
