import Foundation

extension Manifest {
  /// Reads the bytes of a `manifest.json`: the one way the tool reads a manifest (to verify an
  /// export folder, to skip an unchanged document, to rebuild the export index and its page).
  ///
  /// - Throws: ``JSONLDError/invalidManifest(_:)`` naming `path` and the first thing wrong.
  public init(reading bytes: [UInt8], path: String) throws {
    do {
      self = try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    } catch {
      throw JSONLDError.invalidManifest("\(path): not a valid manifest (\(Self.problem(error)))")
    }
  }

  /// The decoder's error in words: which key is missing or has the wrong type.
  static func problem(_ error: any Error) -> String {
    func name(_ path: [any CodingKey]) -> String {
      path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      return "\"\(name(context.codingPath + [key]))\" is missing"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
      return "\"\(name(context.codingPath))\" is not of the type a manifest has"
    case .dataCorrupted(let context)? where !context.codingPath.isEmpty:
      return "\"\(name(context.codingPath))\" is malformed"
    default:
      return "truncated or edited: not JSON"
    }
  }
}
