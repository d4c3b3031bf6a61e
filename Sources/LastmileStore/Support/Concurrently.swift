import Foundation

/// Runs `count` pieces of work side by side; their results in order, or the first error.
func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) throws -> T) throws -> [T] {
  let box = ResultsBox<T>(count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    box.set(index, Result { try work(index) })
  }
  return try box.values()
}

/// Runs `work` on another core while `alongside` runs on this one; both results, or the first
/// error (once both are done).
func meanwhile<T: Sendable, U>(
  _ work: @escaping @Sendable () throws -> T, _ alongside: () throws -> U
) throws -> (T, U) {
  let box = ResultsBox<T>(1)
  let group = DispatchGroup()
  DispatchQueue.global().async(group: group) { box.set(0, Result { try work() }) }
  let here = Result { try alongside() }
  group.wait()
  return (try box.values()[0], try here.get())
}
