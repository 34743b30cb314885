import Foundation

/// Two pieces of work at once: `first` on a thread of its own, `second` on the caller's, both
/// finished before it returns (each result or error handed back as it came). Used where a run
/// has more than one job and the catalog's steps do not depend on each other.
enum BothAtOnce {
  static func run<A, B>(_ first: @escaping () throws -> A, _ second: () throws -> B) -> (
    Result<A, Error>, Result<B, Error>
  ) {
    let box = Box(first)
    let thread = Thread { box.run() }
    thread.start()
    let b = Result { try second() }
    return (box.wait(), b)
  }

  /// The other thread's work and its result, handed over under a lock.
  private final class Box<A>: @unchecked Sendable {
    private let work: () throws -> A
    private let condition = NSCondition()
    private var result: Result<A, Error>?

    init(_ work: @escaping () throws -> A) { self.work = work }

    func run() {
      let r = Result { try work() }
      condition.lock()
      result = r
      condition.broadcast()
      condition.unlock()
    }

    func wait() -> Result<A, Error> {
      condition.lock()
      defer { condition.unlock() }
      while result == nil { condition.wait() }
      return result!
    }
  }
}
