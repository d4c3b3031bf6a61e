/// A result computed with the working-day calendar, and the years it had to estimate.
///
/// A year with no official arrangement on file is computed on weekends alone; such an answer
/// names those years so that the screen or report can show a warning beside it.
public struct CalendarAnswer<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The computed value.
  public let value: Value
  /// Years the computation crossed that have no holiday arrangement on file, in order.
  public let estimatedYears: [Int]

  /// An answer and the years it estimated.
  public init(value: Value, estimatedYears: [Int]) {
    self.value = value
    self.estimatedYears = estimatedYears
  }

  /// Whether any part of the answer was computed on weekends alone.
  public var isEstimated: Bool { !estimatedYears.isEmpty }
}
