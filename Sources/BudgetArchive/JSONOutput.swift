/// Pretty, key-sorted JSON with a final newline (the same input gives the same bytes), for the
/// archive's metadata files. The bytes are those `JSONSerialization` wrote with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `"key" : value`, keys in
/// case-insensitive order); a test holds the two equal. Written by hand because
/// `JSONSerialization` sorted the keys through `AnyHashable` and a localized comparison: 8 ms
/// of a one-document run, more than the database's inserts.
enum JSONOutput {
  static func bytes(_ object: Any) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 15)
    write(object, depth: 0, into: &out)
    out.append(0x0A)
    return out
  }

  /// Dictionaries are `[String: Any]`, arrays `[Any]`; strings, booleans and integers are the
  /// scalars; anything else is written as `null`.
  private static func write(_ value: Any, depth: Int, into out: inout [UInt8]) {
    switch value {
    case let s as String: string(s, into: &out)
    case let b as Bool: out += b ? Array("true".utf8) : Array("false".utf8)
    case let i as Int: out += Array(String(i).utf8)
    case let i as Int64: out += Array(String(i).utf8)
    case let d as [String: Any]:
      let keys = sortedKeys(d)
      container(UInt8(ascii: "{"), UInt8(ascii: "}"), count: keys.count, depth: depth, into: &out) {
        string(keys[$0], into: &$1)
        $1 += Array(" : ".utf8)
        write(d[keys[$0]]!, depth: depth + 1, into: &$1)
      }
    case let a as [Any]:
      container(UInt8(ascii: "["), UInt8(ascii: "]"), count: a.count, depth: depth, into: &out) {
        write(a[$0], depth: depth + 1, into: &$1)
      }
    default: out += Array("null".utf8)
    }
  }

  /// `open`, a line per element at `depth + 1`, the close at `depth` (an empty container is
  /// written with an empty line, as `JSONSerialization` wrote it).
  private static func container(
    _ open: UInt8, _ close: UInt8, count: Int, depth: Int, into out: inout [UInt8],
    element: (Int, inout [UInt8]) -> Void
  ) {
    out.append(open)
    out.append(0x0A)
    for i in 0..<count {
      if i > 0 { out += [UInt8(ascii: ","), 0x0A] }
      out += repeatElement(UInt8(ascii: " "), count: 2 * (depth + 1))
      element(i, &out)
    }
    out.append(0x0A)
    out += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    out.append(close)
  }

  /// Keys in the order `JSONSerialization` sorted them (a localized, case-insensitive, numeric
  /// comparison): punctuation before digits before letters, case ignored, runs of digits by
  /// their value; equal so far, lowercase before uppercase.
  static func precedes(_ a: String, _ b: String) -> Bool {
    precedes(a, collationKey(a), b, collationKey(b))
  }

  /// The keys of `d` in ``precedes(_:_:)``'s order, each key's weights computed once (not at
  /// every comparison: the sort of a small dictionary compares each pair).
  static func sortedKeys(_ d: [String: Any]) -> [String] {
    d.keys.map { ($0, collationKey($0)) }.sorted { precedes($0.0, $0.1, $1.0, $1.1) }.map(\.0)
  }

  private static func precedes(_ a: String, _ x: [Int], _ b: String, _ y: [Int]) -> Bool {
    if x != y { return x.lexicographicallyPrecedes(y) }
    // Ties: lowercase first (letters' case swapped, then bytes).
    func swapped(_ c: UInt8) -> UInt8 {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) ? c ^ 0x20 : c
    }
    return a.utf8.lazy.map(swapped).lexicographicallyPrecedes(b.utf8.lazy.map(swapped))
  }

  /// The key's primary weights: each run of digits as (its length without leading zeros, its
  /// digits), other ASCII by `rank`, anything else after ASCII by its bytes.
  private static func collationKey(_ s: String) -> [Int] {
    var key: [Int] = []
    var digits: [UInt8] = []
    func endDigits() {
      guard !digits.isEmpty else { return }
      let value = digits.drop { $0 == UInt8(ascii: "0") }
      key.append(1000 + value.count)
      key += value.map { 1000 + Int($0) }
      digits.removeAll()
    }
    for c in s.utf8 {
      if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
        digits.append(c)
        continue
      }
      endDigits()
      key.append(rank[Int(c)])
    }
    endDigits()
    return key
  }

  /// Primary weights of bytes: ASCII punctuation and symbols in the Unicode collation order
  /// (`_ - , ; : ! ? . ' " ( ) [ ] { } @ * / \ & # % ` ^ + < = > | ~ $`), then digits (above),
  /// then letters without case, then other bytes.
  private static let rank: [Int] = {
    var rank = (0..<256).map { 3000 + $0 }
    let punctuation = Array("\t\n\u{0B}\u{0C}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8)
    for (i, c) in punctuation.enumerated() { rank[Int(c)] = i }
    for c in UInt8(ascii: "a")...UInt8(ascii: "z") {
      rank[Int(c)] = 2000 + Int(c)
      rank[Int(c - 32)] = 2000 + Int(c)
    }
    return rank
  }()

  /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, … or `\u00XX`,
  /// everything else (slashes and non-ASCII included) as its UTF-8 bytes.
  private static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), b]
      case UInt8(ascii: "\\"): out += [b, b]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
