import Foundation
import LastmileCore
import LastmileStore

/// How to take back one change of this session: the opposite change.
public enum UndoEntry: Sendable, Equatable {
  case restoreHousehold(UUID, label: String)
  case deleteHousehold(UUID, label: String)
  case saveHousehold(Household, cadre: UUID?, label: String)
  case restoreMember(UUID, label: String)
  case deleteMember(UUID, label: String)
  case saveMember(Member, label: String)
  /// Take back a new visit and the requests it raised.
  case deleteVisit(UUID, requests: [UUID], label: String)
  case restoreVisit(UUID, label: String)
  case saveVisit(Visit, label: String)
  /// Take back a follow-up marked done.
  case reopenFollowUp(UUID, label: String)

  /// What the change was, for the status line.
  public var label: String {
    switch self {
    case .restoreHousehold(_, let label), .deleteHousehold(_, let label),
      .saveHousehold(_, _, let label),
      .restoreMember(_, let label), .deleteMember(_, let label), .saveMember(_, let label),
      .deleteVisit(_, _, let label), .restoreVisit(_, let label), .saveVisit(_, let label),
      .reopenFollowUp(_, let label):
      label
    }
  }
}
