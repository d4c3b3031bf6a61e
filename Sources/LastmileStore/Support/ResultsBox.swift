import Foundation

/// Results filled in from several threads, under a lock.
final class ResultsBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<T, any Error>?]

  init(_ count: Int) { results = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result<T, any Error>) {
    lock.lock()
    results[index] = result
    lock.unlock()
  }

  func values() throws -> [T] {
    try results.map { try $0!.get() }
  }
}
