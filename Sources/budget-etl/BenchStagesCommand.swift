import ArgumentParser
import BudgetETL
import BudgetModel
import BudgetXML
import Foundation

/// `budget-etl bench-stages INPUT --repeat N` (hidden): runs each stage of the pipeline on one
/// document N times and prints the median microseconds of the thread's CPU time per stage as
/// JSON (CPU time, as issue #14's targets are, so that other jobs on a shared machine disturb
/// the figures less than wall time). Used by `Bench/run.sh`; the stages are composed as in
/// `Pipeline.export`.
struct BenchStagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-stages", abstract: "Median time per pipeline stage for one input (JSON).",
    shouldDisplay: false)

  @Argument(help: "The input text file.")
  var input: String

  @Option(name: .customLong("repeat"), help: "Timed runs per stage (after one warm-up run).")
  var repeatCount: Int = 20

  @OptionGroup var pipelineArguments: PipelineArguments

  func validate() throws {
    guard repeatCount >= 1 else { throw ValidationError("--repeat must be at least 1") }
  }

  static let stages = [
    "read", "extract", "transform", "csv", "jsonld", "xml", "xml_write", "metadata", "html",
    "total",
  ]

  func run() throws {
    let pipeline = try pipelineArguments.pipeline()
    let options = pipeline.options
    var samples: [String: [Double]] = [:]
    // One untimed warm-up run (loads the schema, the context, lazily built tables).
    for round in 0...repeatCount {
      var times: [String: Double] = [:]
      func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Self.cpuNanoseconds()
        let result = try body()
        times[stage] = Double(Self.cpuNanoseconds() - start) / 1000
        return result
      }
      let begin = Self.cpuNanoseconds()
      let bytes = try timed("read") { try InputReader.read(input) }
      let extracted = try timed("extract") { try pipeline.extract(bytes: bytes, sourceName: input) }
      let document = try timed("transform") { try pipeline.transform(extracted) }
      var context = pipeline.context(for: document)
      for format in ExportFormats.all where !format.needsSourceLines {
        try timed(format.name) { try context.write(format) }
      }
      try timed("metadata") {
        for format in ExportFormats.first + ExportFormats.last { try context.write(format) }
      }
      // Not part of the total: the XML written without validation, so that validation's
      // share of the "xml" stage is "xml" minus "xml_write".
      let totalEnd = Self.cpuNanoseconds()
      _ = try timed("xml_write") { try XMLExporter().xmlBytes(for: document) }
      // Not part of the total either: index.html and source.html (source lines split untimed).
      context.sourceLines = try pipeline.sourceLines(bytes: bytes, sourceName: input)
      let html = try ExportFormats.named("html")[0]
      _ = try timed("html") { try html.files(in: context) }
      times["total"] = Double(totalEnd - begin) / 1000
      guard round > 0 else { continue }
      for (stage, t) in times { samples[stage, default: []].append(t) }
    }
    var json =
      "{\"input\": \(quoted(input)), \"repeat\": \(repeatCount), \"unit\": \"microseconds of thread CPU time (median)\", \"stages\": {"
    json += Self.stages.map { stage in
      let sorted = (samples[stage] ?? [0]).sorted()
      let n = sorted.count
      let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
      return "\(quoted(stage)): \(Int(median.rounded()))"
    }.joined(separator: ", ")
    json += "}}"
    print(json)
  }

  /// The calling thread's CPU time (user + system), in nanoseconds.
  static func cpuNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private func quoted(_ s: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = (try? encoder.encode(s)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
