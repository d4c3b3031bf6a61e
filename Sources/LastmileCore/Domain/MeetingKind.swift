/// The meeting a request is referred to (会议研究): the government's office meeting (办公会) or the
/// Party branch committee (支委会).
public enum MeetingKind: String, CodedValue {
  case office
  case branch

  public var chinese: String { self == .office ? "办公会" : "支委会" }
  public var english: String { self == .office ? "office meeting" : "branch committee" }

  public static var aliases: [String: MeetingKind] {
    ["办公会议": .office, "党政办公会": .office, "支部委员会": .branch, "党委会": .branch]
  }
}

/// What a meeting decided of a matter on its agenda.
public enum MeetingOutcome: Sendable, Hashable {
  /// Solved by someone it names, by a day it sets.
  case solve(assignee: String, due: LocalDate, note: String)
  /// Transferred to a department, which answers within the transfer deadline.
  case transfer(to: String, note: String)
  /// Cannot be solved: explained to the requester, with the reason.
  case explain(reason: String)
}
