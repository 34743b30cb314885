import BudgetModel
import Foundation

/// Turns input bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// Shift_JIS/CP932; detects which when not told. Undecodable bytes are an error naming the
/// byte offset, never replacement characters.
public struct InputDecoder: Sendable {
  /// The encodings the decoder reads.
  public enum Encoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16 = "utf-16"
    case cp932 = "cp932"

    /// Accepts common spellings: `utf8`, `UTF-8`, `shift_jis`, `sjis`, `cp932`, `windows-31j`.
    public init?(name: String) {
      switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
      case "utf-8", "utf8": self = .utf8
      case "utf-8-bom", "utf-8-sig", "utf8-bom": self = .utf8BOM
      case "utf-16", "utf16": self = .utf16
      case "cp932", "shift-jis", "sjis", "shiftjis", "windows-31j", "ms932": self = .cp932
      default: return nil
      }
    }
  }

  /// The encoding to use, or nil to detect it.
  public var encoding: Encoding?

  public init(encoding: Encoding? = nil) {
    self.encoding = encoding
  }

  /// Decodes `bytes`; `source` names the input in errors.
  public func decode(_ bytes: [UInt8], source: String) throws -> (text: String, encoding: Encoding)
  {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw BudgetExtractError.emptyInput(source: source)
    }
    let hasUTF16BOM =
      bytes.count >= 2
      && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    if let encoding {
      return (try decode(bytes, as: encoding, source: source), encoding)
    }
    if hasUTF16BOM { return (try decode(bytes, as: .utf16, source: source), .utf16) }
    if let nul = Self.firstNUL(bytes) {
      throw BudgetExtractError.binaryInput(source: source, byteOffset: nul)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (try decode(bytes, as: .utf8BOM, source: source), .utf8BOM)
    }
    // One validating pass for the common case; the offset of a failure only when there is one.
    if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
    guard let utf8Failure = Self.firstInvalidUTF8(bytes) else {
      return (String(decoding: bytes, as: UTF8.self), .utf8)
    }
    do {
      return (try decode(bytes, as: .cp932, source: source), .cp932)
    } catch let BudgetExtractError.undecodableBytes(_, _, cp932Offset, _) {
      // Report the encoding that got further: that is most likely the intended one.
      let offset = max(utf8Failure, cp932Offset)
      let name = utf8Failure >= cp932Offset ? "UTF-8" : "CP932 (Shift_JIS)"
      throw BudgetExtractError.undecodableBytes(
        source: source, encoding: name, byteOffset: offset, line: Self.line(at: offset, in: bytes))
    }
  }

  private func decode(_ bytes: [UInt8], as encoding: Encoding, source: String) throws -> String {
    switch encoding {
    case .utf8, .utf8BOM:
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      if let bad = Self.firstInvalidUTF8(body) {
        let offset = bad + (bytes.count - body.count)
        throw BudgetExtractError.undecodableBytes(
          source: source, encoding: "UTF-8", byteOffset: offset,
          line: Self.line(at: offset, in: bytes))
      }
      if let nul = body.firstIndex(of: 0) {
        throw BudgetExtractError.binaryInput(
          source: source, byteOffset: nul + (bytes.count - body.count))
      }
      return String(decoding: body, as: UTF8.self)
    case .utf16:
      return try Self.decodeUTF16(bytes, source: source)
    case .cp932:
      return try Self.iconvDecode(
        bytes, from: "CP932", displayName: "CP932 (Shift_JIS)", source: source)
    }
  }

  /// Offset of the first NUL byte (`memchr`, not a loop over the array), or nil.
  static func firstNUL(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else {
        return nil
      }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
  }

  /// Offset of the first byte that breaks UTF-8, or nil when all of it is valid.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      var need = 0
      var minScalar: UInt32 = 0
      var scalar: UInt32 = 0
      switch b {
      case 0xC2...0xDF:
        need = 1
        scalar = UInt32(b & 0x1F)
        minScalar = 0x80
      case 0xE0...0xEF:
        need = 2
        scalar = UInt32(b & 0x0F)
        minScalar = 0x800
      case 0xF0...0xF4:
        need = 3
        scalar = UInt32(b & 0x07)
        minScalar = 0x10000
      default: return i
      }
      for k in 1...need {
        guard i + k < n else { return i }
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      if scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
      i += need + 1
    }
    return nil
  }

  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    for b in bytes[..<min(offset, bytes.count)] where b == 0x0A { line += 1 }
    return line
  }

  static func decodeUTF16(_ bytes: [UInt8], source: String) throws -> String {
    var bigEndian = false
    var start = 0
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
      bigEndian = true
      start = 2
    }
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { start = 2 }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = start
    while i + 1 < bytes.count {
      let u =
        bigEndian
        ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
      units.append(u)
      i += 2
    }
    if i < bytes.count {
      throw BudgetExtractError.undecodableBytes(
        source: source, encoding: "UTF-16", byteOffset: i, line: 0)
    }
    var result = String.UnicodeScalarView()
    var iterator = units.makeIterator()
    var decoder = UTF16()
    var unitIndex = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s):
        result.append(s)
        unitIndex += s.value > 0xFFFF ? 2 : 1
      case .emptyInput: break loop
      case .error:
        let offset = start + unitIndex * 2
        throw BudgetExtractError.undecodableBytes(
          source: source, encoding: "UTF-16", byteOffset: offset,
          line: result.reduce(1) { $1 == "\n" ? $0 + 1 : $0 })
      }
    }
    return String(result)
  }

  /// Decodes with the C library's iconv, reporting the offset of the first byte it cannot
  /// convert.
  static func iconvDecode(
    _ bytes: [UInt8], from charset: String, displayName: String, source: String
  ) throws -> String {
    switch Iconv.convert(bytes, from: charset, to: "UTF-8") {
    case .success(let utf8):
      return String(decoding: utf8, as: UTF8.self)
    case .failure(.unavailable):
      throw BudgetExtractError.unsupportedEncoding(charset)
    case .failure(.stopped(let offset)):
      throw BudgetExtractError.undecodableBytes(
        source: source, encoding: displayName, byteOffset: offset, line: line(at: offset, in: bytes)
      )
    }
  }
}
