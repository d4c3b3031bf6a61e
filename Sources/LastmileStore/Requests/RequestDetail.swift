import Foundation
import LastmileCore

/// A request as its own view shows it: every field, where it comes from, and its history.
public struct RequestDetail: Sendable, Equatable {
  public let request: HelpRequest
  public let village: String
  /// The requester's household number and address, when the requester is in the roster.
  public let householdNo: String
  public let householdAddress: String
  /// The request this one was merged into, as its history names it.
  public let mergedIntoLabel: String
  public let history: [HistoryEvent]
  /// Earlier live requests of the same requester (by household, else by name and phone) that
  /// this one could be merged into, newest first.
  public let mergeCandidates: [MergeCandidate]
  /// The transfer slips printed for it, the first first.
  public var slips: [TransferSlip] = []
  /// The flag the record book's deadlines give it today, and since when.
  public var flag: DeskFlag? = nil
  public var flaggedSince: LocalDate? = nil
  /// The kind of reply its category calls for (a matter of principle in writing).
  public var proposedReplyKind: ReplyKind = .oral

  /// A request this one could be merged into.
  public struct MergeCandidate: Sendable, Equatable {
    public let id: UUID
    public let label: String
    /// Its category, to tell a request on the same matter.
    public let category: String

    public init(id: UUID, label: String, category: String = "") {
      self.id = id
      self.label = label
      self.category = category
    }
  }
}
