import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue #23: a hostile or broken PDF cannot hang a run. pdftotext runs under a wall-time,
/// a memory and a text-size limit; a PDF past one fails alone with a sentence naming it, the
/// limit and the option, while the other documents export; when the run is stopped (SIGTERM,
/// SIGINT, SIGKILL) no pdftotext and no temporary file is left. Small limits keep it quick.
@Suite(.serialized) struct PDFLimitTests {
  static let fixtures = CLIRunner.root.appendingPathComponent("Tests/Fixtures/Layouts")
  static let sample = fixtures.appendingPathComponent("sample-plain.pdf")

  /// Twenty ministries of organizations.tsv other than 総務省's.
  static let ministries: [(code: String, name: String)] = [
    ("kokkai", "国会"), ("saibansho", "裁判所"), ("kensain", "会計検査院"), ("naikakufu", "内閣府"),
    ("digital", "デジタル庁"), ("fukko", "復興庁"), ("homu", "法務省"), ("gaimu", "外務省"),
    ("zaimu", "財務省"), ("monka", "文部科学省"), ("kosei", "厚生労働省"), ("norin", "農林水産省"),
    ("keisan", "経済産業省"), ("kokudo", "国土交通省"), ("kankyo", "環境省"), ("boei", "防衛省"),
    ("kodomo", "こども家庭庁"), ("keisatsu", "警察庁"), ("kinyu", "金融庁"), ("shohisha", "消費者庁"),
  ]

  static func elapsed(_ body: () throws -> CLIRunner.Result) rethrows -> (CLIRunner.Result, Double)
  {
    let started = Date()
    let result = try body()
    return (result, Date().timeIntervalSince(started))
  }

  @Test func bombFailsAtTheMemoryLimitWhileTheOtherPDFExports() throws {
    let faults = try PDFFaults(label: "memory")
    defer { faults.remove() }
    let bomb = try faults.bomb()
    try FileManager.default.copyItem(
      at: Self.sample, to: faults.inputs.appendingPathComponent("sample-plain.pdf"))
    let (result, seconds) = try Self.elapsed {
      try CLIRunner.run(
        ["run", faults.inputs.path, "--out", faults.out.path, "--pdf-memory-mb", "256"],
        environment: faults.environment)
    }
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "FAILED \(bomb.path): pdftotext ran out of the memory limit of 256 MB per PDF (--pdf-memory-mb) and was stopped"
      ), "\(result.stderr)")
    #expect(Corpus.exportFolders(faults.out) == ["jp-soumu-2024-proposal"])
    #expect(seconds < 30)
    #expect(faults.leftInTmp == [])
  }

  @Test func bombFailsInAboutTheTimeLimit() throws {
    let faults = try PDFFaults(label: "time")
    defer { faults.remove() }
    let bomb = try faults.bomb()
    let (result, seconds) = try Self.elapsed {
      try CLIRunner.run(
        ["run", bomb.path, "--out", faults.out.path, "--pdf-timeout", "2"],
        environment: faults.environment)
    }
    #expect(result.status == 1)
    // Within 2 s pdftotext either passes 2 s or, on a fast machine, 1024 MB: both are named.
    let time =
      "\(bomb.path): pdftotext did not finish within the time limit of 2 s per PDF (--pdf-timeout)"
    let memory =
      "\(bomb.path): pdftotext ran out of the memory limit of 1024 MB per PDF (--pdf-memory-mb)"
    #expect(result.stderr.contains(time) || result.stderr.contains(memory), "\(result.stderr)")
    #expect(seconds < 2 + 8, "stopped at the limit, not when pdftotext would have finished")
    #expect(faults.leftInTmp == [])
  }

  @Test func hungPdftotextIsStoppedWithWhatItStarted() throws {
    let faults = try PDFFaults(label: "hung")
    defer { faults.remove() }
    let pids = faults.root.appendingPathComponent("pids")
    let environment = try faults.fakePdftotext(
      "sleep 60 & echo $! >> \(pids.path); echo $$ >> \(pids.path); wait")
    let (result, seconds) = try Self.elapsed {
      try CLIRunner.run(
        ["run", Self.sample.path, "--out", faults.out.path, "--pdf-timeout", "1"],
        environment: environment)
    }
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(Self.sample.path): pdftotext did not finish within the time limit of 1 s per PDF (--pdf-timeout) and was stopped"
      ), "\(result.stderr)")
    #expect(seconds < 10)
    let started = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n")
      .compactMap { Int32($0) }
    #expect(started.count == 2)
    #expect(Processes.allGone(started), "the fake pdftotext and its sleep were killed as a group")
  }

  @Test func textPastTheInputLimitStopsPdftotext() throws {
    let faults = try PDFFaults(label: "text")
    defer { faults.remove() }
    // 400 pages drawing one content stream: ~70 KB of PDF, ~1 MB of text.
    let repeated = try faults.make("repeated", "repeated.pdf", "400")
    let result = try CLIRunner.run(
      ["run", repeated.path, "--out", faults.out.path, "--max-input-mb", "0.25"],
      environment: faults.environment)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(repeated.path): the PDF's text is larger than the limit of 0.25 MB (--max-input-mb, the limit of a text input); pdftotext was stopped"
      ), "\(result.stderr)")
    #expect(faults.leftInTmp == [])
  }

  @Test func pdftotextFailingOrPrintingNothingFailsThatPDFOnly() throws {
    let faults = try PDFFaults(label: "broken")
    defer { faults.remove() }
    let truncated = try faults.make("truncated", "truncated.pdf")
    let empty = try faults.make("empty", "empty.pdf")
    try FileManager.default.copyItem(
      at: Self.sample, to: faults.inputs.appendingPathComponent("sample-plain.pdf"))
    let result = try CLIRunner.run(
      ["run", faults.inputs.path, "--out", faults.out.path], environment: faults.environment)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "FAILED \(truncated.path): cannot read the PDF: the PDF is damaged or not a PDF that pdftotext can open"
      ), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "FAILED \(empty.path): the PDF has no text layer (scanned pages?); only PDFs with text can be read"
      ), "\(result.stderr)")
    #expect(Corpus.exportFolders(faults.out) == ["jp-soumu-2024-proposal"])
    // A pdftotext that exits 0 without a byte of text: the same sentence, never an empty export.
    let silent = try faults.fakePdftotext("cat > /dev/null; exit 0")
    let quiet = try CLIRunner.run(
      ["run", Self.sample.path, "--out", faults.out.path, "--force"], environment: silent)
    #expect(quiet.status == 1)
    #expect(quiet.stderr.contains("\(Self.sample.path): the PDF has no text layer"))
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGKILL])
  func stoppedMidConversionLeavesNoPdftotextAndNoTemporaryFile(_ signal: Int32) throws {
    let faults = try PDFFaults(label: "signal-\(signal)")
    defer { faults.remove() }
    // Two bombs, two jobs: two conversions at once when the signal comes.
    try faults.bomb("bomb-1.pdf")
    try faults.bomb("bomb-2.pdf")
    let run = [
      "run", faults.inputs.path, "--out", faults.out.path, "--jobs", "2", "--pdf-timeout", "60",
      "--pdf-memory-mb", "2048",
    ]
    let started = try StartedCLI(run, logFolder: faults.root, environment: faults.environment)
    var converting: [Int32] = []
    let sawIt = Corpus.waitFor(timeout: 30) {
      converting = Processes.children(of: started.pid, named: "pdftotext")
      return converting.count == 2 || !started.process.isRunning
    }
    #expect(sawIt && converting.count == 2, "two pdftotext started")
    usleep(300_000)
    #expect(converting.allSatisfy(Processes.alive), "still converting when the signal comes")
    let masks =
      ((try? String(contentsOfFile: "/proc/\(started.pid)/status", encoding: .utf8)) ?? "")
      .split(separator: "\n").filter { $0.hasPrefix("Sig") }.joined(separator: " ")
    kill(started.pid, signal)
    #expect(started.wait() == -signal, "budget-etl ends by the signal, as before: \(masks)")
    #expect(Processes.allGone(converting), "no pdftotext left after signal \(signal)")
    #expect(faults.leftInTmp == [], "no temporary file left after signal \(signal)")
  }

  @Test func folderOfTwentyPDFsWithOneBombExportsNineteen() throws {
    let faults = try PDFFaults(label: "twenty")
    defer { faults.remove() }
    try faults.textPDFs(Array(Self.ministries.prefix(19)))
    let bomb = try faults.bomb()
    let (result, seconds) = try Self.elapsed {
      try CLIRunner.run(
        [
          "run", faults.inputs.path, "--out", faults.out.path, "--pdf-timeout", "3",
          "--pdf-memory-mb", "256",
        ], environment: faults.environment)
    }
    #expect(result.status == 1)
    #expect(Corpus.exportFolders(faults.out).count == 19, "\(result.stderr)")
    #expect(result.stderr.contains("19 exported, 0 unchanged, 1 failed"))
    let failed = result.stderr.split(separator: "\n").filter { $0.contains("FAILED") }
    #expect(failed.count == 1)
    #expect(failed.first?.contains("FAILED \(bomb.path): pdftotext ") == true)
    #expect(failed.first?.contains("limit of") == true)
    #expect(try Corpus.statuses(faults.out)[bomb.path] == "failed", "run-report.json names it")
    #expect(seconds < 60, "the bomb costs the run about its limit, not minutes")
    #expect(faults.leftInTmp == [])
  }
}
