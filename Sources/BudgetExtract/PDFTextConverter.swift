import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The decode step for PDF input: poppler's `pdftotext -layout -enc UTF-8` (Debian package
/// `poppler-utils`). `-layout` is the mode chosen: on the sample typeset as PDF it keeps
/// table columns and a heading's amount on the heading's line, where reading-order output
/// prints title runs and amount runs apart (measured in `LayoutFixtureTests`).
///
/// A PDF can be hostile: a page of a few hundred KB can inflate to hundreds of MB of text
/// operators. `pdftotext` therefore runs as a ``ChildProcess`` under ``Limits`` (wall time,
/// address space, text size), in a process group of its own that is killed whenever the
/// conversion ends and when budget-etl is stopped (SIGTERM, SIGINT, SIGHUP; SIGKILL through
/// `PR_SET_PDEATHSIG`). The PDF goes to it on standard input from a file without a name
/// (memfd) and its text comes back on a pipe: no temporary file or folder exists that a
/// stopped run could leave behind.
public enum PDFTextConverter {
  /// The bounds of one conversion. Passing one fails that document only, with a message
  /// naming the input, the limit and its option.
  public struct Limits: Sendable, Equatable {
    /// Wall time per PDF in seconds (`--pdf-timeout`).
    public var seconds: Double
    /// Address space of `pdftotext` in bytes (`--pdf-memory-mb`).
    public var memoryBytes: Int
    /// Bytes of text (`--max-input-mb`: a PDF's text is bounded as a text input is).
    public var textBytes: Int

    public init(
      seconds: Double = 60, memoryBytes: Int = 1024 * 1_048_576, textBytes: Int = 20 * 1_048_576
    ) {
      self.seconds = seconds
      self.memoryBytes = memoryBytes
      self.textBytes = textBytes
    }

    /// 60 s, 1024 MB, 20 MB of text.
    public static let standard = Limits()
  }

  /// The limits of the conversions in this task (set by the pipeline from its options).
  @TaskLocal public static var limits = Limits.standard

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
  public static func text(of bytes: [UInt8], source: String, limits: Limits = limits) throws
    -> [UInt8]
  {
    guard let tool = executable() else { throw BudgetExtractError.pdfToolMissing(source: source) }
    let child = ChildProcess(
      executable: tool.path, arguments: ["-layout", "-enc", "UTF-8", "-", "-"],
      limits: ChildProcess.Limits(
        seconds: limits.seconds, addressSpaceBytes: limits.memoryBytes,
        outputBytes: limits.textBytes))
    let result: ChildProcess.Result
    do {
      let input = try ChildProcess.anonymousFile(bytes)
      defer { close(input) }
      result = try child.run(input: input)
    } catch let error as ChildProcess.StartError {
      throw PDFLimitError.notStarted(source: source, reason: String(cString: strerror(error.code)))
    }
    let said = String(decoding: result.errors, as: UTF8.self)
    switch result.ending {
    case .exited(0): break
    case .timedOut: throw PDFLimitError.timedOut(source: source, seconds: limits.seconds)
    case .outputTooLarge: throw PDFLimitError.textTooLarge(source: source, bytes: limits.textBytes)
    case .exited(let status):
      if outOfMemory(said) { throw PDFLimitError.outOfMemory(source: source, limits.memoryBytes) }
      throw BudgetExtractError.pdfUnreadable(
        source: source, reason: reason(status: status, said: said))
    case .signaled(let signal):
      if [SIGABRT, SIGSEGV, SIGBUS, SIGKILL].contains(signal) || outOfMemory(said) {
        throw PDFLimitError.outOfMemory(source: source, limits.memoryBytes)
      }
      throw BudgetExtractError.pdfUnreadable(
        source: source, reason: "pdftotext was ended by signal \(signal)")
    }
    let text = result.output
    if text.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D || $0 == 0x09 }) {
      throw BudgetExtractError.pdfWithoutText(source: source)
    }
    return text
  }

  /// Whether `pdftotext`'s messages say that an allocation failed (or, under a very small
  /// limit, that the loader could not map a library).
  static func outOfMemory(_ said: String) -> Bool {
    let lowered = said.lowercased()
    let words = [
      "bad_alloc", "out of memory", "cannot allocate", "failed to allocate", "failed to map",
    ]
    return words.contains {
      lowered.contains($0)
    }
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
