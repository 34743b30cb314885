import BudgetETL
import Foundation

// `budget-etl-fuzz`: one input through extract → transform → export, in memory.
//
// Built by `make fuzz` with `-sanitize=fuzzer -DFUZZING`, it hands `fuzzOne` to libFuzzer
// (`LLVMFuzzerRunDriver`) with the seed corpus `Fuzz/corpus`. Built normally, it replays the
// files given as arguments (a crash found by the fuzzer, the seed corpus) and prints one
// line per file. A bad input must end in a clean error naming it; a crash, a trap, a hang or
// an error the tool reports as its own bug is what the fuzzer looks for.

let pipeline: Pipeline = {
  do {
    return try Pipeline(mappingsDirectory: ResourceLocator.mappingsDirectory(nil))
  } catch {
    FileHandle.standardError.write(Data("budget-etl-fuzz: \(FailureText.of(error))\n".utf8))
    exit(2)
  }
}()

/// Runs one input; returns the error's sentence, or nil when the document exported.
func fuzzOne(_ bytes: [UInt8], source: String = "fuzz-input.txt") -> String? {
  do {
    let extracted = try pipeline.extract(bytes: bytes, sourceName: source)
    let document = try pipeline.transform(extracted)
    _ = try pipeline.export(document)
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
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  _ = pipeline
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      _ = fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    })
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
