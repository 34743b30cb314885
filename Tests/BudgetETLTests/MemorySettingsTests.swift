import Foundation
import Testing

@testable import BudgetETL

#if canImport(Glibc)
  import Glibc
#endif

/// The allocator keeps freed memory for the next document (issue #24, `MemorySettings`).
@Suite struct MemorySettingsTests {
  #if canImport(Glibc)
    /// Minor page faults of the calling thread (`RUSAGE_THREAD`) while `body` runs.
    static func faults(_ body: () -> Void) -> Int {
      var before = rusage()
      var after = rusage()
      getrusage(__rusage_who_t(1), &before)  // RUSAGE_THREAD
      body()
      getrusage(__rusage_who_t(1), &after)
      return after.ru_minflt - before.ru_minflt
    }

    /// A document's worth of small blocks: 2,048 of 4,000 bytes (8 MB), each written, then all
    /// freed, as a document's records and buffers are once it is published.
    static func documentRound() -> Int {
      faults {
        let blocks = (0..<2048).map { _ in malloc(4000)!.assumingMemoryBound(to: UInt8.self) }
        for block in blocks {
          block[0] = 1
          block[3999] = 1
        }
        for block in blocks.reversed() { free(block) }
      }
    }

    /// On a worker thread (documents are processed on them, each in a heap of its own arena),
    /// glibc's defaults give the freed 8 MB at the heap's top back to the kernel (trim
    /// threshold 128 KB), so the next round faults its ~2,000 pages in again; with
    /// `keepFreedMemory` the second round reuses them. Three tries, since another thread of the
    /// test process may share the arena and take the blocks in between.
    @Test func aSecondDocumentReusesTheFirstOnesPages() {
      #expect(MemorySettings.keepFreedMemory())
      let done = DispatchSemaphore(value: 0)
      nonisolated(unsafe) var rounds: [(first: Int, second: Int)] = []
      let thread = Thread {
        for _ in 0..<3 { rounds.append((Self.documentRound(), Self.documentRound())) }
        done.signal()
      }
      thread.start()
      done.wait()
      #expect(rounds.map(\.second).min()! < 64, "minor faults per round: \(rounds)")
    }
  #endif
}
