import Foundation

/// Runs `count` pieces of work side by side; their results in order, or the first error.
func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) throws -> T) throws -> [T] {
  let box = ResultsBox<T>(count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    box.set(index, Result { try work(index) })
  }
  return try box.values()
}
