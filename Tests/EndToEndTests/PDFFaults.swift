import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The PDFs of the fault tests, made at test time by `Tests/Fixtures/Layouts/make-fault-pdfs.py`
/// (Python's standard library: the bomb needs zlib), in a temporary folder of their own.
struct PDFFaults {
  static let script = CLIRunner.root.appendingPathComponent(
    "Tests/Fixtures/Layouts/make-fault-pdfs.py")

  let root: URL
  var inputs: URL { root.appendingPathComponent("inputs") }
  var out: URL { root.appendingPathComponent("out") }
  /// The `TMPDIR` of the runs under test: it must be empty when they end, however they end.
  var tmp: URL { root.appendingPathComponent("tmp") }

  init(label: String) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pdf-faults-\(label)-\(UUID().uuidString)")
    for folder in [inputs, tmp] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Runs the generator (`bomb OUT MB`, `repeated OUT PAGES`, `empty OUT`, `truncated OUT`,
  /// `text OUTDIR FILE…`).
  func make(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.script.path] + arguments
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "make-fault-pdfs.py \(arguments.first ?? "")")
  }

  @discardableResult
  func make(_ kind: String, _ name: String, _ extra: String...) throws -> URL {
    let url = inputs.appendingPathComponent(name)
    try make([kind, url.path] + extra)
    return url
  }

  /// A bomb of 64 MB of text operators (~0.5 MB of PDF): >2 GB of pdftotext's memory unbounded.
  @discardableResult
  func bomb(_ name: String = "bomb.pdf") throws -> URL { try make("bomb", name, "64") }

  /// The sample with 総務省 replaced by each of `ministries`, typeset as `<code>.pdf`.
  func textPDFs(_ ministries: [(code: String, name: String)]) throws {
    let texts = root.appendingPathComponent("texts")
    try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
    var files: [String] = []
    for m in ministries {
      let url = texts.appendingPathComponent("\(m.code).txt")
      try Corpus.sample.replacingOccurrences(of: "総務省", with: m.name).write(
        to: url, atomically: true, encoding: .utf8)
      files.append(url.path)
    }
    try make(["text", inputs.path] + files)
  }

  /// The environment of a run under test: its own TMPDIR.
  var environment: [String: String] { ["TMPDIR": tmp.path] }

  /// Everything left in TMPDIR.
  var leftInTmp: [String] { (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? [] }

  /// A folder on PATH with a fake `pdftotext` (a shell script), before the real one.
  func fakePdftotext(_ script: String) throws -> [String: String] {
    let bin = root.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let tool = bin.appendingPathComponent("pdftotext")
    try "#!/bin/sh\n\(script)\n".write(to: tool, atomically: true, encoding: .utf8)
    chmod(tool.path, 0o755)
    return environment.merging(["PATH": "\(bin.path):/usr/bin:/bin"]) { $1 }
  }
}

/// Processes by `/proc`: children, names, whether alive.
enum Processes {
  /// The PIDs whose parent is `parent` and whose command is `name`.
  static func children(of parent: Int32, named name: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard let (command, ppid, _) = stat(pid) else { return false }
      return ppid == parent && command == name
    }
  }

  /// (command, parent PID, state) from `/proc/PID/stat`.
  static func stat(_ pid: Int32) -> (String, Int32, Character)? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")")
    else { return nil }
    let command = String(text[text.index(after: open)..<close])
    let fields = text[text.index(close, offsetBy: 2)...].split(separator: " ")
    guard fields.count > 2, let ppid = Int32(fields[1]) else { return nil }
    return (command, ppid, fields[0].first ?? "?")
  }

  /// Whether `pid` runs (a zombie waiting for its reaper does not).
  static func alive(_ pid: Int32) -> Bool {
    guard let (_, _, state) = stat(pid) else { return false }
    return state != "Z" && state != "X"
  }

  /// Waits up to 5 s for every one of `pids` to be dead.
  static func allGone(_ pids: [Int32]) -> Bool {
    Corpus.waitFor(timeout: 5) { !pids.contains(where: alive) }
  }
}
