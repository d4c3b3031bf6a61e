/// What the record book's own deadlines flag in the office's week, besides a book not handed
/// over: a walk-in with no handling decision at the end of its day, a transfer the office did not
/// make (no slip) by the working day after the book arrived, and a matter a department sent back.
public enum DeskFlag: String, CaseIterable, Sendable, Hashable {
  case undecided
  case notTransferred = "not_transferred"
  case returned
}

/// How many requests a flag holds, and since when the oldest of them is flagged.
public struct DeskFlagCount: Sendable, Equatable {
  public let flag: DeskFlag
  public let count: Int
  public let since: LocalDate

  public init(flag: DeskFlag, count: Int, since: LocalDate) {
    self.flag = flag
    self.count = count
    self.since = since
  }
}
