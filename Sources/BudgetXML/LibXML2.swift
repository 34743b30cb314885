import CLibXML2
import Foundation

/// Process-wide libxml2 set-up and the bridge from libxml2's C error callbacks to
/// `XMLValidationIssue`s.
enum LibXML2 {
  /// Serializes schema compilation and validation across the process. libxml2 2.9.14 crashed
  /// in `xmlStrdup` (a bad pointer, signal 11) when several threads validated at once while
  /// reporting errors (the parameterized tests validate invalid documents in parallel), so
  /// only one thread is inside libxml2's schema code at a time. Recursive: a test that reads
  /// XML back with Foundation's libxml2-based parsers holds it too, and may validate while
  /// holding it. (The crash that remained under the lock was not a second thread: a fault
  /// found by the stream validation left the reused context pointing at a freed parser
  /// context; see `XMLSchemaValidator.validate(_:)`.)
  static let schemaLock = NSRecursiveLock()

  /// `xmlInitParser()`, run exactly once (Swift initializes static lets once, thread-safely).
  private static let initialized: Void = { xmlInitParser() }()

  /// Initializes libxml2 once and silences its global error handlers for the calling thread.
  ///
  /// libxml2 keeps its global error handlers per thread, so every entry point that parses or
  /// writes calls this first: nothing is ever printed to standard error, and errors that
  /// matter are collected through the structured callbacks instead.
  static func prepareThread() {
    _ = initialized
    xmlSetStructuredErrorFunc(nil) { _, _ in }
    xmlSetGenericErrorFunc(nil, silentGenericHandler)
  }

  /// A do-nothing `xmlGenericErrorFunc`.
  ///
  /// The C type is variadic, which Swift cannot declare, so Swift imports it as an opaque
  /// pointer. The handler ignores every argument, which is safe to call through a variadic
  /// function pointer on the platforms Swift supports.
  private static var silentGenericHandler: OpaquePointer {
    let handler: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = {
      _, _ in
    }
    return unsafeBitCast(handler, to: OpaquePointer.self)
  }

  /// Routes the global structured error handler of the calling thread to `collector` while
  /// `body` runs, then silences it again.
  static func collectingGlobalErrors<R>(
    into collector: IssueCollector, _ body: () throws -> R
  ) rethrows -> R {
    xmlSetStructuredErrorFunc(collector.context) { context, error in
      LibXML2.record(error.map { UnsafePointer($0) }, into: context)
    }
    defer { xmlSetStructuredErrorFunc(nil) { _, _ in } }
    return try body()
  }

  /// Records an error reported by libxml2 into the `IssueCollector` that `context` points at.
  /// Warnings are dropped: only errors make a document invalid.
  static func record(_ error: UnsafePointer<xmlError>?, into context: UnsafeMutableRawPointer?) {
    guard let error, let context else { return }
    let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
    let value = error.pointee
    guard value.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var line = Int(value.line)
    if line <= 0, let node = value.node {
      line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
    }
    var message = value.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    while let last = message.last, last.isNewline || last == " " { message.removeLast() }
    collector.issues.append(XMLValidationIssue(line: max(line, 0), message: message))
  }
}

/// Collects issues from libxml2's structured error callbacks, which receive it as an opaque
/// context pointer. The owner keeps it alive for as long as libxml2 may call back.
final class IssueCollector {
  var issues: [XMLValidationIssue] = []

  /// An unretained pointer to `self` for libxml2's `void *` context arguments.
  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
