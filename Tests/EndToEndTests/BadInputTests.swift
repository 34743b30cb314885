import Foundation
import Testing

/// Failure isolation: each bad input is reported with its file (and line or byte offset where
/// there is one) while the good documents of the same run still export; exit code 1.
@Suite struct BadInputTests {
  static func cp932(_ text: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", "CP932"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    DispatchQueue.global().async {
      input.fileHandleForWriting.write(Data(text.utf8))
      try? input.fileHandleForWriting.close()
    }
    let data = readToEnd(output.fileHandleForReading)
    process.waitUntilExit()
    return Array(data)
  }

  static func utf16LE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<offset].filter { $0 == 0x0A }.count + 1
  }

  @Test func eachBadInputIsReportedWhileTheGoodOnesExport() throws {
    let corpus = try Corpus([Corpus.six[0]], label: "bad-inputs")
    defer { corpus.remove() }
    let dir = corpus.inputs.path
    let v = { (ministry: String, code: String) in
      Corpus.text(Corpus.Variant(ministry: ministry, code: code))
    }

    // Good: a name with spaces and Japanese characters; UTF-16 with a BOM.
    try corpus.write(v("防衛省", "boei"), as: "防衛省 予算 (案).txt")
    try corpus.write([0xFF, 0xFE] + Self.utf16LE(v("文部科学省", "monka")), as: "utf16-bom.txt")
    // Empty; binary (PNG signature, NUL at offset 8); UTF-16 without a BOM (NUL at offset 1).
    try corpus.write([], as: "empty.txt")
    try corpus.write(
      [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52,
      ], as: "binary.txt")
    try corpus.write(Self.utf16LE(v("環境省", "kankyo")), as: "utf16-no-bom.txt")
    // Shift_JIS with an unassigned lead byte (0x85) at the start of line 100.
    var sjis = try Self.cp932(v("外務省", "gaimu"))
    let line100 = sjis.indices.filter { sjis[$0] == 0x0A }[98] + 1
    sjis.insert(contentsOf: [0x85, 0x40], at: line100)
    try corpus.write(sjis, as: "sjis-broken.txt")
    // Cut off inside a multibyte character at about 40 %.
    let homu = Array(v("法務省", "homu").utf8)
    var cut = homu.count * 4 / 10
    while homu[cut - 1] < 0xE0 { cut += 1 }  // end on the lead byte of a 3-byte character
    try corpus.write(Array(homu[..<cut]), as: "truncated-mid-char.txt")
    // Cut off at a line end at about 40 %: still a (shorter) overview.
    let zaimu = Array(v("財務省", "zaimu").utf8)
    let lineCut = zaimu[..<(zaimu.count * 4 / 10)].lastIndex(of: 0x0A)! + 1
    try corpus.write(Array(zaimu[..<lineCut]), as: "truncated-at-line.txt")
    // One amount garbled (line 28: 573億円 → 12.3.4億円).
    try corpus.write(
      v("環境省", "kankyo").replacingOccurrences(of: "573億円", with: "12.3.4億円"),
      as: "garbled-amount.txt")
    // 50 MB of repeated lines.
    let chunk = Data(String(repeating: "これは予算の概要ではない繰り返しの行です。0123456789\n", count: 10_000).utf8)
    let hugeURL = corpus.inputs.appendingPathComponent("huge.txt")
    FileManager.default.createFile(atPath: hugeURL.path, contents: nil)
    let handle = try FileHandle(forWritingTo: hugeURL)
    while try handle.offset() < 50_000_000 { handle.write(chunk) }
    try handle.close()
    let hugeSize =
      try FileManager.default.attributesOfItem(atPath: hugeURL.path)[.size] as? Int ?? 0
    // A symlink loop.
    try FileManager.default.createSymbolicLink(
      atPath: "\(dir)/loop.txt", withDestinationPath: "loop.txt")

    let started = Date()
    let result = try CLIRunner.run(["run", dir, "--out", corpus.out.path, "--jobs", "2"])
    let seconds = Date().timeIntervalSince(started)
    #expect(result.status == 1)
    #expect(seconds < 60, "the 50 MB file must not stall the run")
    let err = result.stderr

    #expect(err.contains("\(dir)/empty.txt: the input is empty"))
    #expect(
      err.contains("\(dir)/binary.txt: binary data (NUL byte) at byte offset 8; expected text"))
    #expect(
      err.contains(
        "\(dir)/utf16-no-bom.txt: binary data (NUL byte) at byte offset 1; expected text"))
    let sjisLine = Self.line(at: line100, in: sjis)
    #expect(sjisLine == 100)
    #expect(
      err.contains(
        "\(dir)/sjis-broken.txt:100: bytes at offset \(line100) are not valid CP932 (Shift_JIS)"))
    #expect(
      err.contains(
        "\(dir)/truncated-mid-char.txt:\(Self.line(at: cut - 1, in: homu)): bytes at offset \(cut - 1) are not valid UTF-8"
      ))
    #expect(hugeSize >= 50_000_000)
    #expect(
      err.contains(
        "\(dir)/huge.txt: \(String(format: "%.1f", Double(hugeSize) / 1_048_576)) MB is larger than the input limit of 20.0 MB (--max-input-mb)"
      ))
    #expect(err.contains("\(dir)/loop.txt: Too many levels of symbolic links"))
    #expect(
      err.contains("\(dir)/garbled-amount.txt:28: malformed amount '12.3.4': 令和6年度予算額（案）\t12.3.4億円")
    )
    #expect(err.contains("0 unchanged, 7 failed"))

    // The good ones, the garbled amount (a warning) and the file cut at a line end exported.
    #expect(
      Corpus.exportFolders(corpus.out) == [
        "jp-boei-2024-proposal", "jp-kankyo-2024-proposal", "jp-monka-2024-proposal",
        "jp-soumu-2024-proposal",
        "jp-zaimu-2024-proposal",
      ])
    let validate = try CLIRunner.run(
      ["validate"]
        + Corpus.exportFolders(corpus.out).map { corpus.out.appendingPathComponent($0).path })
    #expect(validate.status == 0, "\(validate.stderr)")
    let garbledReport = try String(
      contentsOf: corpus.out.appendingPathComponent(
        "jp-kankyo-2024-proposal/validation-report.txt"), encoding: .utf8)
    #expect(
      garbledReport.contains(
        "garbled-amount.txt:28: warning: [malformed_amount] malformed amount '12.3.4'"))
    #expect(
      err.contains(
        "jp-kankyo-2024-proposal: 2 warning(s), 1 unrecognized line(s) (line 28); see validation-report.txt"
      ))
    // The file cut at a line end exports, but its report says the document looks cut short.
    let cutReport = try String(
      contentsOf: corpus.out.appendingPathComponent("jp-zaimu-2024-proposal/validation-report.txt"),
      encoding: .utf8)
    #expect(cutReport.contains("[missing_detail]"))
    #expect(cutReport.contains("(is the document cut short?)"))

    // The run report: every input with its status; the failures with their message.
    let statuses = try Corpus.statuses(corpus.out)
    #expect(statuses["\(dir)/huge.txt"] == "failed")
    #expect(statuses["\(dir)/loop.txt"] == "failed")
    #expect(statuses["jp-zaimu-2024-proposal"] == "exported")
    #expect(statuses.count == 12)
  }

  @Test func garbledAmountFailsUnderStrict() throws {
    let corpus = try Corpus([], label: "bad-strict")
    defer { corpus.remove() }
    try corpus.write(
      Corpus.text(Corpus.six[1]).replacingOccurrences(of: "573億円", with: "12.3.4億円"),
      as: "garbled.txt")
    let result = try CLIRunner.run([
      "run", corpus.inputs.path, "--out", corpus.out.path, "--strict",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("garbled.txt:28: malformed amount '12.3.4'"))
    #expect(
      result.stderr.contains(
        "\(corpus.inputs.path)/garbled.txt: 2 reconciliation warning(s) (--strict)"))
    #expect(Corpus.exportFolders(corpus.out) == [])
  }

  /// A text that is no budget overview (minutes of a meeting)
  /// fails by name instead of exporting an empty document; the overview beside it exports.
  @Test func aTextWithoutBudgetStructureFails() throws {
    let corpus = try Corpus([Corpus.six[1]], label: "bad-structure")
    defer { corpus.remove() }
    try corpus.write("議事録\n会議は10時に始まった。\n", as: "minutes.txt")
    let result = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(corpus.inputs.path)/minutes.txt: no budget overview structure found (no headings, tables or amounts)"
      ))
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])
  }

  @Test func symlinkLoopGivenDirectlyIsNamed() throws {
    let corpus = try Corpus([Corpus.six[1]], label: "bad-loop")
    defer { corpus.remove() }
    let loop = corpus.root.appendingPathComponent("loop").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop")
    let result = try CLIRunner.run(["run", loop, corpus.inputs.path, "--out", corpus.out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("FAILED \(loop): Too many levels of symbolic links"))
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])
  }

  @Test func twoInputsWithOneDocumentIdNameBothAndOverwriteNothing() throws {
    let corpus = try Corpus([], label: "bad-duplicate")
    defer { corpus.remove() }
    let a = try corpus.write(Corpus.sample, as: "copy-a.txt")
    let b = try corpus.write(Corpus.sample, as: "copy-b.txt")
    let fresh = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path])
    #expect(fresh.status == 1)
    #expect(
      fresh.stderr.contains(
        "\(b.path): resolves to document id 'jp-soumu-2024-proposal', as does \(a.path); neither is exported (rename or remove one)"
      ))
    #expect(
      fresh.stderr.contains(
        "\(a.path): resolves to document id 'jp-soumu-2024-proposal', as does \(b.path); neither is exported"
      ))
    #expect(Corpus.exportFolders(corpus.out) == [])

    // With an export in place: a second, different input for the same id changes nothing.
    try FileManager.default.removeItem(at: b)
    #expect(try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path]).status == 0)
    let before = try Corpus.snapshot(corpus.out)
    try corpus.write(Corpus.sample + "\n", as: "copy-b.txt")
    let again = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path])
    #expect(again.status == 1)
    #expect(
      again.stderr.contains(
        "\(b.path): resolves to document id 'jp-soumu-2024-proposal', as does \(a.path)"))
    #expect(try Corpus.snapshot(corpus.out) == before)
  }
}
