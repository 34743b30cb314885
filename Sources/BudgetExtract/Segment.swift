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

}

/// Cuts lines into `Segment`s. It knows no ministry's words: the marks of the layout's lists
/// (`DocumentLayout.listMarks`, as 総務省's `【主な経費】`) are where a line that does not
/// start with one is cut in two.
struct Segmenter {
  /// The layout's list marks.
  let listMarks: [[Unicode.Scalar]]
  /// The first scalar of the first mark, and those of the others: a line without any of them
  /// (nor `*` or `|`) is plain.
  private let initial: Unicode.Scalar
  private let otherInitials: [Unicode.Scalar]

  init(listMarks: [[Unicode.Scalar]]) {
    self.listMarks = listMarks.filter { !$0.isEmpty }
    let initials = self.listMarks.map { $0[0] }
    initial = initials.first ?? "*"
    otherInitials = Array(Set(initials.dropFirst()).subtracting([initial])).sorted {
      $0.value < $1.value
    }
  }

  /// Cleans one input line into zero or more segments.
  /// (`marked`: the caller has found the line not plain already.)
  func segments(of raw: Line, marked: Bool = false) -> [Segment] {
    if !marked, isPlain(raw) { return Segment.clean(raw).map { [$0] } ?? [] }
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
      if let seg = Segment.clean(piece) {
        pieces.append(seg)
      }
      start = cut
    }
    return pieces
  }

  /// A line with a list mark's first scalar but no `*` or `|`: cut before a list mark that does
  /// not start it, its arrays shared when it is not cut (what `segments(of:)` does, without
  /// copying the line).
  func unmarked(_ raw: Line) -> [Segment] {
    var pieces: [Segment] = []
    var start = 0
    let n = raw.normalized.count
    for cut in cutPoints(raw.normalized, boldBreaks: []) + [n] where cut >= start {
      let whole = start == 0 && cut == n
      let piece = raw.piece(
        original: whole ? raw.original : Array(raw.original[start..<cut]),
        normalized: whole ? raw.normalized : Array(raw.normalized[start..<cut]),
        from: start, to: cut)
      if let seg = Segment.clean(piece) { pieces.append(seg) }
      start = cut
    }
    return pieces
  }

  /// Most lines have no `*`, `|` or list mark: they are one segment, cleaned in place.
  func isPlain(_ raw: Line) -> Bool {
    let initial = self.initial
    if otherInitials.isEmpty {
      return raw.normalized.withUnsafeBufferPointer { s in
        s.firstIndex(ofAny: "*", "|", initial, initial) == nil
      }
    }
    return raw.normalized.withUnsafeBufferPointer { s in
      !s.contains { $0 == "*" || $0 == "|" || $0 == initial || otherInitials.contains($0) }
    }
  }

  /// `isPlain`, and for a plain line whether it holds `other` too, in one scan (a layout's
  /// own test for a word, asked of every line). A line that is not plain is not read to its
  /// end: `holds` is then true (not known).
  func isPlain(_ raw: Line, holding other: Unicode.Scalar) -> (plain: Bool, holds: Bool) {
    let initial = self.initial
    guard otherInitials.isEmpty else { return (isPlain(raw), true) }
    return raw.normalized.withUnsafeBufferPointer { s in
      guard let hit = s.firstIndex(ofAny: "*", "|", initial, other) else { return (true, false) }
      let ch = s[hit]
      if ch == "*" || ch == "|" || ch == initial { return (false, true) }
      // `other` found: the rest of the line decides whether it is plain.
      return (s.firstIndex(ofAny: "*", "|", initial, initial, from: hit + 1) == nil, true)
    }
  }

  /// Where a cleaned line splits into segments: where a bold run ends right before another
  /// heading, and before a list mark that does not start the line; sorted.
  func cutPoints(_ norm: [Unicode.Scalar], boldBreaks: [Int]) -> [Int] {
    // Split where a bold run ends right before another heading.
    var cuts: [Int] = []
    for b in boldBreaks where b > 0 && b < norm.count {
      var k = b
      while k < norm.count && norm[k].isSpace { k += 1 }
      let before = norm[..<b].contains { !$0.isSpace }
      if before, OutlineHeading.markerLength(norm, at: k) != nil { cuts.append(k) }
    }
    // Split before a list mark that does not start the line.
    for mark in listMarks {
      if let k = norm.firstIndex(of: mark),
        norm[..<k].contains(where: { !$0.isSpace && $0 != "-" && $0 != "・" }), !cuts.contains(k)
      {
        cuts.append(k)
      }
    }
    cuts.sort()
    return cuts
  }
}

extension Segment {
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
