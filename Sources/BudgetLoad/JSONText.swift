/// A JSON value with ordered object members, and a deterministic pretty-printer for it.
///
/// Foundation's `JSONSerialization` neither keeps key order nor leaves `/` unescaped, so the
/// linked-data writers build their output from this type instead: keys come out in the order
/// they were written, indentation is two spaces, `/` and every non-ASCII character (including
/// characters outside the BMP) are written as-is, and the text ends with a newline.
///
/// Numbers are integers only: money never passes through `Double`, and decimals are written
/// as typed JSON-LD literals (strings) by the callers.
indirect enum JSONText: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case string(String)
  case array([JSONText])
  /// An object whose members keep the order given.
  case object([(String, JSONText)])

  static func == (lhs: JSONText, rhs: JSONText) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// A string value, or `null` when `value` is nil.
  static func optional(_ value: String?) -> JSONText {
    value.map(JSONText.string) ?? .null
  }

  /// The pretty-printed text, ending with a newline.
  var rendered: String {
    var output = ""
    write(into: &output, indent: 0)
    output.append("\n")
    return output
  }

  /// The pretty-printed text as UTF-8 bytes.
  var bytes: [UInt8] { Array(rendered.utf8) }

  private func write(into output: inout String, indent: Int) {
    switch self {
    case .null:
      output.append("null")
    case .bool(let value):
      output.append(value ? "true" : "false")
    case .int(let value):
      output.append(String(value))
    case .string(let value):
      JSONText.writeString(value, into: &output)
    case .array(let elements):
      if elements.isEmpty {
        output.append("[]")
        return
      }
      output.append("[\n")
      for (index, element) in elements.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        element.write(into: &output, indent: indent + 2)
        output.append(index == elements.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent))
      output.append("]")
    case .object(let members):
      if members.isEmpty {
        output.append("{}")
        return
      }
      output.append("{\n")
      for (index, member) in members.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        JSONText.writeString(member.0, into: &output)
        output.append(": ")
        member.1.write(into: &output, indent: indent + 2)
        output.append(index == members.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent))
      output.append("}")
    }
  }

  /// Writes a JSON string literal: escapes `"`, `\` and control characters only.
  static func writeString(_ value: String, into output: inout String) {
    output.append("\"")
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          let hex = String(scalar.value, radix: 16)
          output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append("\"")
  }
}

/// Builds an object from members, dropping those whose value is nil.
///
/// `JSONText.members(("a", .string("x")), ("b", nil))` keeps only `a`, so optional fields
/// can be listed in place without breaking the fixed key order.
extension JSONText {
  static func members(_ pairs: (String, JSONText?)...) -> JSONText {
    .object(pairs.compactMap { pair in pair.1.map { (pair.0, $0) } })
  }

  /// A typed JSON-LD value object: `{"@value": value, "@type": datatype}`.
  static func typed(_ value: String, _ datatype: String) -> JSONText {
    .object([("@value", .string(value)), ("@type", .string(datatype))])
  }

  /// A language-tagged JSON-LD value object: `{"@value": value, "@language": language}`.
  static func tagged(_ value: String, _ language: String) -> JSONText {
    .object([("@value", .string(value)), ("@language", .string(language))])
  }

  /// A node reference: `{"@id": iri}`.
  static func ref(_ iri: String) -> JSONText {
    .object([("@id", .string(iri))])
  }
}
