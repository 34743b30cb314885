import BudgetLoad
import BudgetModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Variant documents derived from the bundled sample by text substitution, written into a
/// fresh temporary folder: other ministries (all in Mappings/organizations.tsv) and the next
/// fiscal year (令和6年度→令和7年度 and 令和5年度→令和6年度 together).
struct Corpus {
  struct Variant: Sendable, Hashable {
    /// Replaces 総務省.
    var ministry: String
    /// The ministry's code in organizations.tsv.
    var code: String
    /// Shifts every fiscal year by one (R6 → R7, R5 → R6).
    var nextYear = false

    var documentId: String { "jp-\(code)-\(nextYear ? 2025 : 2024)-proposal" }
    var fileName: String { "\(code)-\(nextYear ? "r7" : "r6").txt" }
  }

  static let sampleURL = CLIRunner.root.appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt")
  static let sample: String = try! String(contentsOf: sampleURL, encoding: .utf8)
  static let sampleBytes: [UInt8] = Array(try! Data(contentsOf: sampleURL))

  /// Six documents with six distinct ids.
  static let six: [Variant] = [
    Variant(ministry: "総務省", code: "soumu"),
    Variant(ministry: "環境省", code: "kankyo"),
    Variant(ministry: "防衛省", code: "boei"),
    Variant(ministry: "文部科学省", code: "monka"),
    Variant(ministry: "総務省", code: "soumu", nextYear: true),
    Variant(ministry: "環境省", code: "kankyo", nextYear: true),
  ]

  static func text(_ v: Variant) -> String {
    var text = sample.replacingOccurrences(of: "総務省", with: v.ministry)
    if v.nextYear {
      // Both at once (through a placeholder), so R5 → R6 is not shifted again to R7.
      text = text.replacingOccurrences(of: "令和6年度", with: "\u{0}R7\u{0}")
        .replacingOccurrences(of: "令和5年度", with: "令和6年度")
        .replacingOccurrences(of: "\u{0}R7\u{0}", with: "令和7年度")
    }
    return text
  }

  /// The root of this corpus' temporary files; `inputs` holds the documents.
  let root: URL
  var inputs: URL { root.appendingPathComponent("inputs") }
  var out: URL { root.appendingPathComponent("out") }

  init(_ variants: [Variant] = Corpus.six, label: String = "corpus") throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("inputs"), withIntermediateDirectories: true)
    for v in variants { try write(Self.text(v), as: v.fileName) }
  }

  @discardableResult
  func write(_ text: String, as name: String) throws -> URL {
    try write(Array(text.utf8), as: name)
  }

  @discardableResult
  func write(_ bytes: [UInt8], as name: String) throws -> URL {
    let url = inputs.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }

  // MARK: Looking at an output folder

  /// Export folders (not dotfiles, not the archive's `all/`) of an output folder, sorted.
  static func exportFolders(_ out: URL) -> [String] {
    let fm = FileManager.default
    return ((try? fm.contentsOfDirectory(atPath: out.path)) ?? []).filter { name in
      var isDir: ObjCBool = false
      return !name.hasPrefix(".") && name != "all" && name != "series"
        && fm.fileExists(atPath: out.appendingPathComponent(name).path, isDirectory: &isDir)
        && isDir.boolValue
    }.sorted()
  }

  /// Names starting with `.tmp-` anywhere directly under the output folder.
  static func temporaries(_ out: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter {
      $0.hasPrefix(".tmp-")
    }.sorted()
  }

  /// Every file of the output folder, recursively, except `run-report.json` and the lock
  /// file: relative path → bytes.
  static func snapshot(_ out: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let fm = FileManager.default
    guard let e = fm.enumerator(atPath: out.path) else { return [:] }
    while let relative = e.nextObject() as? String {
      if relative == "run-report.json" || relative == ".budget-etl.lock" { continue }
      var isDir: ObjCBool = false
      let url = out.appendingPathComponent(relative)
      guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
      result[relative] = try Data(contentsOf: url)
    }
    return result
  }

  /// `<out>/run-report.json`, decoded loosely.
  static func report(_ out: URL) throws -> [String: Any] {
    let data = try Data(contentsOf: out.appendingPathComponent("run-report.json"))
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  /// documentId (or input, when there is none) → status, from the run report.
  static func statuses(_ out: URL) throws -> [String: String] {
    var result: [String: String] = [:]
    for d in try report(out)["documents"] as? [[String: Any]] ?? [] {
      let key = d["documentId"] as? String ?? d["input"] as? String ?? "?"
      result[key] = d["status"] as? String
    }
    return result
  }

  /// Polls `condition` every 5 ms for up to `timeout` seconds.
  static func waitFor(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition() { return true }
      usleep(5_000)
    }
    return condition()
  }
}

/// A started `budget-etl` process (stdout and stderr to files), for killing mid-run.
final class StartedCLI {
  let process = Process()
  let stderrURL: URL

  init(_ arguments: [String], logFolder: URL, environment: [String: String] = [:]) throws {
    process.executableURL = CLIRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = CLIRunner.root
    var env = ProcessInfo.processInfo.environment
    env["BUDGET_ETL_HOME"] = CLIRunner.root.path
    env.merge(environment) { $1 }
    process.environment = env
    stderrURL = logFolder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
    FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: stderrURL)
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  func kill9() {
    _ = kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for the end; returns the exit status, or -signal when killed.
  @discardableResult
  func wait() -> Int32 {
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
      ? -process.terminationStatus : process.terminationStatus
  }

  var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }
}

/// SHA-256 in hex, as manifests and run reports write it.
enum SHA256Hex {
  static func of(_ data: Data) -> String { SHA256.hex(Array(data)) }
  static func of(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}
