import BudgetETL
import BudgetLoad
import BudgetTransform
import Foundation
import Logging
import Testing

/// Typed failures to the edge (issue #21): a document's outcome stays a value until it is
/// printed, its sentence names the input exactly once, and `run-report.json` keeps its fields.
@Suite struct RunOutcomeTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func theInputLeadsTheSentenceOnce() {
    let named = DocumentFailure(
      input: "in/a.txt", stage: .transform,
      underlying: BudgetTransformError.noStatedUnit(source: "in/a.txt"))
    #expect(
      FailureText.of(named)
        == "in/a.txt: the document states no unit (such as 億円) for its figures")
    let unnamed = DocumentFailure(
      input: "in/a.txt", stage: .export, underlying: JSONLDError.invalidBaseIRI("x"))
    #expect(FailureText.of(unnamed) == "in/a.txt: base IRI is not absolute: x")
    // A mapping file's error names the mapping file, not the input: the input leads.
    let mapping = DocumentFailure(
      input: "in/a.txt", stage: .transform,
      underlying: BudgetTransformError.mapping(file: "units.tsv", line: 2, message: "bad"))
    #expect(FailureText.of(mapping) == "in/a.txt: units.tsv:2: bad")
  }

  @Test func theRunReportKeepsItsFields() throws {
    var failed = RunReport.Document(
      input: "in/a.txt",
      outcome: .failed(
        DocumentFailure(
          input: "in/a.txt", stage: .transform,
          underlying: BudgetTransformError.noStatedUnit(source: "in/a.txt"))))
    failed.durationMs = 3
    var skipped = RunReport.Document(input: "in/b.txt", outcome: .unchanged)
    skipped.documentId = "jp-x-2024-proposal"
    let report = RunReport(
      toolVersion: "1", mappingVersion: "m", documents: [failed, skipped], notInInputs: [],
      pruned: [])
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let documents = try #require(object["documents"] as? [[String: Any]])
    #expect(documents[0]["status"] as? String == "failed")
    #expect(documents[0]["error"] as? String == FailureText.of(failed.failure!))
    #expect(documents[0]["stage"] as? String == "transform")
    #expect(documents[1]["status"] as? String == "skipped")
    #expect(documents[1]["error"] == nil && documents[1]["stage"] == nil)
    let expectedKeys: Set<String> = [
      "input", "documentId", "inputSHA256", "status", "error", "stage", "warnings",
      "roundingNotes", "items", "expenses", "observations", "unrecognizedLines",
      "firstUnrecognizedLines", "durationMs", "outputs",
    ]
    #expect(Set(documents.flatMap(\.keys)).isSubset(of: expectedKeys))
    // Read back: the outcome and the sentence, once.
    let decoded = try JSONDecoder().decode(RunReport.self, from: data)
    #expect(decoded.documents.map(\.status) == [.failed, .skipped])
    #expect(decoded.documents[0].failure.map(FailureText.of) == FailureText.of(failed.failure!))
    #expect(decoded.documents[0].failure?.stage == .transform)
  }

  /// Each input's outcome with the stage it failed in; progress once per input, in order.
  @Test func aRunReportsOutcomesStagesAndProgress() async throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "run-outcome-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    let inputs = work.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.root.appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt"),
      to: inputs.appendingPathComponent("a.txt"))
    try Data().write(to: inputs.appendingPathComponent("b.txt"))
    let missing = work.appendingPathComponent("missing.txt").path
    var options = BatchRunner.Options(
      inputs: [inputs.path, missing], outputDirectory: work.appendingPathComponent("out"))
    options.jobs = 2
    let pipeline = try Pipeline(mappingsDirectory: Self.root.appendingPathComponent("Mappings"))
    var logger = Logger(label: "run-outcome-test")
    logger.logLevel = .critical
    let (updates, continuation) = AsyncStream.makeStream(of: BatchRunner.Progress.self)
    let runner = BatchRunner(
      options: options, pipeline: pipeline, logger: logger,
      progress: { continuation.yield($0) })
    let report = try await runner.run()
    continuation.finish()
    var seen: [BatchRunner.Progress] = []
    for await update in updates { seen.append(update) }
    #expect(seen.map(\.done) == [1, 2, 3] && seen.allSatisfy { $0.total == 3 })
    let byName = Dictionary(
      uniqueKeysWithValues: report.documents.map { (($0.input as NSString).lastPathComponent, $0) })
    #expect(byName["a.txt"]?.status == .exported)
    #expect(byName["b.txt"]?.failure?.stage == .extract)
    #expect(byName["missing.txt"]?.failure?.stage == .read)
    #expect(
      byName["b.txt"].flatMap(\.failure).map(FailureText.of)
        == "\(inputs.appendingPathComponent("b.txt").path): the input is empty")
  }
}
