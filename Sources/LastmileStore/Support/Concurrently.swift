import Foundation

/// Runs `count` pieces of work side by side; their results in order, or the first error.
func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) throws -> T) throws -> [T] {
  let box = ResultsBox<T>(count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    box.set(index, Result { try work(index) })
  }
  return try box.values()
}

/// Work started on another core, its result waited for when it is wanted.
final class InBackground<T: Sendable>: @unchecked Sendable {
  private let box = ResultsBox<T>(1)
  private let group = DispatchGroup()

  init(_ work: @escaping @Sendable () throws -> T) {
    DispatchQueue.global().async(group: group) { [box] in box.set(0, Result { try work() }) }
  }

  /// The result, once the work is done; or its error.
  func value() throws -> T {
    group.wait()
    return try box.values()[0]
  }
}
