import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes staged exports back to disk in the background while the jobs go on (issue #24).
///
/// A run publishes its staged folders only at the end, after one `syncfs`
/// (``ExportPublisher/syncStaged(_:)``). Syncing each folder as it was staged kept a job
/// waiting on the disk (and flushing every other writer's data on the file system) instead of
/// working: with `--jobs 2` the two cores were not kept busy. Not syncing until the end let a
/// 1,000-document run pile up its 1.3 GB of dirty pages, and the writers were throttled into
/// doing the writeback themselves. So this thread calls `syncfs` whenever `threshold` bytes
/// have been staged since it last began one: the dirty pages stay bounded and no job waits.
/// It is only a way to spread the disk's work: durability before publication is still given
/// by the final sync.
final class StagedFlusher: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending = 0
  private var stopping = false
  private let finished = DispatchSemaphore(value: 0)
  private let directory: String
  private let threshold: Int
  private var flushes = 0

  /// How many background `syncfs` calls were begun (for tests and profiles).
  var flushCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return flushes
  }

  init(directory: String, threshold: Int = 32 << 20) {
    self.directory = directory
    self.threshold = threshold
  }

  /// Starts the thread; nil where `syncfs` is missing (the final sync fsyncs each file).
  static func start(directory: String, threshold: Int = 32 << 20) -> StagedFlusher? {
    guard ExportPublisher.syncfs != nil else { return nil }
    let flusher = StagedFlusher(directory: directory, threshold: threshold)
    let thread = Thread { flusher.loop() }
    thread.name = "budget-etl staged flusher"
    thread.start()
    return flusher
  }

  /// `bytes` more were staged (unsynced).
  func staged(bytes: Int) {
    condition.lock()
    pending += bytes
    if pending >= threshold { condition.signal() }
    condition.unlock()
  }

  /// Stops the thread after the `syncfs` it may be running; returns when it has ended.
  func stop() {
    condition.lock()
    stopping = true
    condition.signal()
    condition.unlock()
    finished.wait()
  }

  private func loop() {
    condition.lock()
    while true {
      while pending < threshold && !stopping { condition.wait() }
      if stopping { break }
      pending = 0
      flushes += 1
      condition.unlock()
      let fd = open(directory, O_RDONLY | O_DIRECTORY)
      if fd >= 0 {
        _ = ExportPublisher.syncfs?(fd)
        close(fd)
      }
      condition.lock()
    }
    condition.unlock()
    finished.signal()
  }
}
