import BudgetETL
import Foundation

// `budget-etl-fuzz`: one input through extract → transform → export, in memory.
//
// Built by `make fuzz` with `-sanitize=fuzzer -DFUZZING`, it hands `LLVMFuzzerTestOneInput`
// to libFuzzer's driver with the seed corpus `Fuzz/corpus`. Built normally, it replays the
// files given as arguments (a crash found by the fuzzer, the seed corpus) and prints one
// line per file. A bad input must end in a clean error naming it; a crash, a trap, a hang or
// an error the tool reports as its own bug is what the fuzzer looks for.

/// The pipeline, built on first use (by whichever entry point runs first).
enum Fuzz {
  static let pipeline: Pipeline = {
    do {
      return try Pipeline(mappingsDirectory: ResourceLocator.mappingsDirectory(nil))
    } catch {
      FileHandle.standardError.write(Data("budget-etl-fuzz: \(FailureText.of(error))\n".utf8))
      exit(2)
    }
  }()
}

/// Runs one input; returns the error's sentence, or nil when the document exported.
func fuzzOne(_ bytes: [UInt8], source: String = "fuzz-input.txt") -> String? {
  do {
    let extracted = try Fuzz.pipeline.extract(bytes: bytes, sourceName: source)
    let document = try Fuzz.pipeline.transform(extracted)
    _ = try Fuzz.pipeline.export(document)
    return nil
  } catch {
    let text = FailureText.of(error)
    // The tool's own bugs (two records with one id, its XML failing its schema) are reported
    // as internal errors: for the fuzzer they are crashes.
    if text.contains("internal error") { fatalError("defect: \(text)") }
    return text
  }
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }

  // Swift's `main` is linked rather than libFuzzer's: hand the callback to libFuzzer's driver.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) })
#else
  var exported = 0
  for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
      print("\(path): cannot read")
      continue
    }
    let result = fuzzOne(Array(data), source: path)
    if result == nil { exported += 1 }
    print("\(path): \(result ?? "exported")")
  }
  print("\(exported) of \(CommandLine.arguments.count - 1) input(s) exported; no crash")
#endif
