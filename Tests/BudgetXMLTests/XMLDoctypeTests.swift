import BudgetModel
import BudgetTestSupport
import BudgetXML
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `budget.xml` edited to hold a DOCTYPE with entities: reported in a sentence, and no
/// entity ever resolved. The entities point at traps that notice being opened: a FIFO (a
/// reader opening it lets a non-blocking writer open too) and a TCP port on 127.0.0.1 (a
/// connection waits in its backlog). Both the UTF-8 document (found by the prolog scan) and
/// its UTF-16 copy (parsed by libxml2 first) are tried.
@Suite(.serialized) struct XMLDoctypeTests {
  /// A listening socket on 127.0.0.1 and an ephemeral port.
  final class Listener {
    let fd: Int32
    let port: UInt16

    init() throws {
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(fd, $0, length) == 0 && listen(fd, 8) == 0 && getsockname(fd, $0, &length) == 0
        }
      }
      try #require(bound)
      self.fd = fd
      port = UInt16(bigEndian: address.sin_port)
      _ = fcntl(fd, F_SETFL, O_NONBLOCK)
    }

    /// Whether anything connected.
    var connected: Bool {
      let client = accept(fd, nil, nil)
      if client >= 0 { close(client) }
      return client >= 0
    }

    deinit { close(fd) }
  }

  /// Whether a reader opened the FIFO at `path` during `body`.
  static func openedForReading(_ path: String, during body: () -> Void) -> Bool {
    let done = Atomic()
    let seen = Atomic()
    let watcher = Thread {
      while !done.value {
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        if fd >= 0 {  // a reader has it open: let it read end of file at once
          seen.value = true
          close(fd)
        }
        usleep(1000)
      }
    }
    watcher.start()
    body()
    usleep(20_000)
    done.value = true
    return seen.value
  }

  final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = false
    var value: Bool {
      get { lock.withLock { stored } }
      set { lock.withLock { stored = newValue } }
    }
  }

  func document(fifo: String, port: UInt16) throws -> String {
    let xml = String(
      decoding: try XMLExporter().xmlBytes(for: SampleFixtures.chapterOne), as: UTF8.self)
    let doctype = """
      <!DOCTYPE budget-document [
        <!ENTITY local SYSTEM "file://\(fifo)">
        <!ENTITY remote SYSTEM "http://127.0.0.1:\(port)/budget.dtd">
        <!ENTITY inner "億円">
      ]>

      """
    try #require(xml.contains("<stated-unit>億円<"))
    return xml.replacingOccurrences(of: "<budget-document", with: doctype + "<budget-document")
      .replacingOccurrences(of: "<stated-unit>億円<", with: "<stated-unit>&local;&remote;&inner;<")
  }

  @Test(arguments: ["utf-8", "utf-16"])
  func doctypeWithEntitiesIsASentenceAndNothingIsOpened(_ encoding: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "doctype-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("entity.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let listener = try Listener()
    var text = try document(fifo: fifo, port: listener.port)
    var bytes = Array(text.utf8)
    if encoding == "utf-16" {
      text = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
      bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
    let validator = try XMLSchemaValidator()
    var issues: [XMLValidationIssue] = []
    let opened = Self.openedForReading(fifo) { issues = validator.validate(bytes) }
    #expect(!opened, "the file:// entity was opened")
    #expect(!listener.connected, "the http://127.0.0.1 entity was fetched")
    #expect(issues.count == 1)
    #expect(
      issues.first?.message.hasPrefix(
        "The document has a document type declaration (<!DOCTYPE …>) that declares entities, which a budget.xml export never has"
      ) == true, "\(issues)")
    #expect(!issues.contains { $0.message.contains("Internal error") })
  }

  @Test func theTrapsNoticeBeingOpened() throws {
    let fifo = FileManager.default.temporaryDirectory.appendingPathComponent(
      "doctype-trap-\(UUID().uuidString)"
    ).path
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    let opened = Self.openedForReading(fifo) {
      let fd = open(fifo, O_RDONLY | O_NONBLOCK)
      usleep(50_000)
      close(fd)
    }
    #expect(opened)
    let listener = try Listener()
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(client) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = listener.port.bigEndian
    let rc = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    #expect(rc == 0)
    #expect(listener.connected)
  }

  @Test func doctypeWithoutEntitiesAfterAComment() throws {
    let xml =
      "<?xml version=\"1.0\"?>\n<!-- edited -->\n<!DOCTYPE budget-document>\n<budget-document/>"
    let issues = try XMLSchemaValidator().validate(Array(xml.utf8))
    #expect(issues.map(\.line) == [3])
    #expect(
      issues.first?.message.hasPrefix(
        "The document has a document type declaration (<!DOCTYPE …>), which") == true)
  }

  @Test func theWordDoctypeInsideTheDocumentIsNoDoctype() throws {
    let xml = String(
      decoding: try XMLExporter().xmlBytes(for: SampleFixtures.chapterOne), as: UTF8.self
    ).replacingOccurrences(of: "<stated-unit>億円<", with: "<stated-unit>&lt;!DOCTYPE<")
    #expect(
      !(try XMLSchemaValidator().validate(Array(xml.utf8))).contains {
        $0.message.contains("DOCTYPE") && $0.message.hasPrefix("The document has")
      })
  }
}
