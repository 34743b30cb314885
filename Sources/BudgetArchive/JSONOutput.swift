/// Pretty, key-sorted JSON with a final newline (the same input gives the same bytes), for the
/// archive's metadata files. The bytes are those `JSONSerialization` wrote with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `"key" : value`, keys in
/// case-insensitive order); a test holds the two equal. Written by hand because
/// `JSONSerialization` sorted the keys through `AnyHashable` and a localized comparison: 8 ms
/// of a one-document run, more than the database's inserts.
enum JSONOutput {
  static func bytes(_ object: Any) -> [UInt8] { bytes(JSONValue(any: object)) }

  static func bytes(_ value: JSONValue) -> [UInt8] {
    var writer = Writer()
    writer.out.reserveCapacity(1 << 15)
    writer.write(value, depth: 0)
    writer.out.append(0x0A)
    return writer.out
  }

  /// The bytes so far and each key's collation weights, computed once per file (the same few
  /// dozen keys name every column of every table).
  private struct Writer {
    var out: [UInt8] = []
    var weights: [String: [Int]] = [:]

    mutating func write(_ value: JSONValue, depth: Int) {
      switch value {
      case .string(let s): JSONOutput.string(s, into: &out)
      case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
      case .int(let i): out.append(contentsOf: String(i).utf8)
      case .null: out.append(contentsOf: "null".utf8)
      case .object(let d):
        let keys = sortedKeys(d)
        open(UInt8(ascii: "{"))
        for (i, key) in keys.enumerated() {
          element(i, depth: depth)
          JSONOutput.string(key, into: &out)
          out.append(contentsOf: " : ".utf8)
          write(d[key]!, depth: depth + 1)
        }
        close(UInt8(ascii: "}"), depth: depth)
      case .array(let a):
        open(UInt8(ascii: "["))
        for (i, v) in a.enumerated() {
          element(i, depth: depth)
          write(v, depth: depth + 1)
        }
        close(UInt8(ascii: "]"), depth: depth)
      }
    }

    /// `open`, a line per element at `depth + 1`, the close at `depth` (an empty container is
    /// written with an empty line, as `JSONSerialization` wrote it).
    private mutating func open(_ open: UInt8) {
      out.append(open)
      out.append(0x0A)
    }

    private mutating func element(_ i: Int, depth: Int) {
      if i > 0 { out.append(contentsOf: ",\n".utf8) }
      indent(depth + 1)
    }

    private mutating func close(_ close: UInt8, depth: Int) {
      out.append(0x0A)
      indent(depth)
      out.append(close)
    }

    private mutating func indent(_ depth: Int) {
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func sortedKeys(_ d: [String: JSONValue]) -> [String] {
      var keyed: [(String, [Int])] = []
      keyed.reserveCapacity(d.count)
      for key in d.keys {
        if let w = weights[key] {
          keyed.append((key, w))
        } else {
          let w = JSONOutput.collationKey(key)
          weights[key] = w
          keyed.append((key, w))
        }
      }
      keyed.sort { JSONOutput.precedes($0.0, $0.1, $1.0, $1.1) }
      return keyed.map(\.0)
    }
  }

  /// Keys in the order `JSONSerialization` sorted them (a localized, case-insensitive, numeric
  /// comparison): punctuation before digits before letters, case ignored, runs of digits by
  /// their value; equal so far, lowercase before uppercase.
  static func precedes(_ a: String, _ b: String) -> Bool {
    precedes(a, collationKey(a), b, collationKey(b))
  }

  fileprivate static func precedes(_ a: String, _ x: [Int], _ b: String, _ y: [Int]) -> Bool {
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
  fileprivate static func collationKey(_ s: String) -> [Int] {
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
  fileprivate static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      var start = 0
      for (i, b) in bytes.enumerated()
      where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        escape(b, into: &out)
        start = i + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape(_ b: UInt8, into out: inout [UInt8]) {
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
    case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
    case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
    case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
    case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
    case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
    default:
      let hex = Array("0123456789abcdef".utf8)
      out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
    }
  }
}
