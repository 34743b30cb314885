import ArgumentParser
import Foundation
import Logging

/// `--log-format`, `--quiet`, `--verbose`: logs go to stderr through swift-log.
struct LoggingArguments: ParsableArguments {
  enum Format: String, ExpressibleByArgument {
    case text, json
  }

  @Option(help: "Log format on stderr: text or json (for log collectors).")
  var logFormat: Format = .text

  @Flag(name: .shortAndLong, help: "Only errors (for cron).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also informational messages.")
  var verbose = false

  func bootstrap() -> Logger {
    let level: Logger.Level = quiet ? .error : (verbose ? .info : .notice)
    let format = logFormat
    LoggingSystem.bootstrap { label in
      var handler = StderrLogHandler(label: label, format: format)
      handler.logLevel = level
      return handler
    }
    return Logger(label: "budget-etl")
  }
}

/// Log lines on stderr: `budget-etl: level: message` (text), or one JSON object per line with
/// time, level, label, message and metadata (json, for log collectors).
struct StderrLogHandler: LogHandler {
  let label: String
  let format: LoggingArguments.Format
  var logLevel: Logger.Level = .notice
  var metadata: Logger.Metadata = [:]

  init(label: String, format: LoggingArguments.Format) {
    self.label = label
    self.format = format
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    guard format == .json else {
      FileHandle.standardError.write(Data("budget-etl: \(event.level): \(event.message)\n".utf8))
      return
    }
    var object: [String: Any] = [:]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      object[key] = Self.json(value)
    }
    object["time"] = ISO8601DateFormatter().string(from: Date())
    object["level"] = "\(event.level)"
    object["label"] = label
    object["message"] = "\(event.message)"
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
      FileHandle.standardError.write(data + Data("\n".utf8))
    }
  }

  static func json(_ value: Logger.MetadataValue) -> Any {
    switch value {
    case .string(let s): return s
    case .stringConvertible(let c): return c.description
    case .array(let a): return a.map(json)
    case .dictionary(let d): return d.mapValues(json)
    }
  }
}
