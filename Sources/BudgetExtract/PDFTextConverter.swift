import Foundation

/// The decode step for PDF input: poppler's `pdftotext -layout -enc UTF-8` (Debian package
/// `poppler-utils`). `-layout` is the mode chosen: on the sample typeset as PDF it keeps
/// table columns and a heading's amount on the heading's line, where reading-order output
/// prints title runs and amount runs apart (measured in `LayoutFixtureTests`).
/// Input and output go through temporary files, and the tool's messages to a file too, so
/// no pipe can fill up and block it.
public enum PDFTextConverter {
  /// Whether `bytes` are a PDF (`%PDF-` within the first 1024 bytes, as readers accept).
  public static func isPDF(_ bytes: [UInt8]) -> Bool {
    let magic: [UInt8] = Array("%PDF-".utf8)
    let end = min(bytes.count, 1024)
    guard end >= magic.count else { return false }
    return (0...(end - magic.count)).contains { start in
      bytes[start] == magic[0] && bytes[start..<(start + magic.count)].elementsEqual(magic)
    }
  }

  /// The `pdftotext` executable on `PATH`, or nil.
  public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> URL?
  {
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("pdftotext")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// The text of a PDF, as UTF-8 bytes. `source` names the input in errors.
  public static func text(of bytes: [UInt8], source: String) throws -> [UInt8] {
    guard let tool = executable() else { throw BudgetExtractError.pdfToolMissing(source: source) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budget-etl-pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.pdf")
    let output = folder.appendingPathComponent("output.txt")
    let messages = folder.appendingPathComponent("messages.txt")
    try Data(bytes).write(to: input)
    FileManager.default.createFile(atPath: messages.path, contents: nil)
    let process = Process()
    process.executableURL = tool
    process.arguments = ["-layout", "-enc", "UTF-8", input.path, output.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: messages)
    try process.run()
    process.waitUntilExit()
    let status = process.terminationStatus
    guard status == 0, let text = try? Data(contentsOf: output) else {
      let said = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
      throw BudgetExtractError.pdfUnreadable(
        source: source, reason: reason(status: status, said: said))
    }
    let result = Array(text)
    if result.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D || $0 == 0x09 }) {
      throw BudgetExtractError.pdfWithoutText(source: source)
    }
    return result
  }

  /// Why `pdftotext` failed, in words.
  static func reason(status: Int32, said: String) -> String {
    let lowered = said.lowercased()
    if lowered.contains("password") || lowered.contains("encrypt") || status == 3 {
      return "the PDF is encrypted (password-protected or copying not permitted)"
    }
    if status == 1 || lowered.contains("couldn't") || lowered.contains("error") {
      return "the PDF is damaged or not a PDF that pdftotext can open"
    }
    return "pdftotext stopped with status \(status)"
  }
}
