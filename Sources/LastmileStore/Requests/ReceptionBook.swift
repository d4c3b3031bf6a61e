import Foundation
import LastmileCore

/// The record book of a reception day (接待日记录簿): the walk-ins of the day with the columns of
/// the paper book, and its handover.
public struct ReceptionBook: Sendable, Equatable {
  /// One walk-in, as a line of the book.
  public struct Entry: Sendable, Equatable {
    /// 序号: the walk-in's number in the day, from 1.
    public let number: Int
    public let requestId: UUID
    /// The request's number, which the person quotes (`SQ-20261125-3F-07`).
    public let requestNumber: String
    public let receivedAt: LocalDateTime
    /// 来访人
    public let requester: String
    /// 住址: the household's address, or the place a newcomer gave.
    public let address: String
    /// 联系电话
    public let phone: String
    /// 反映问题
    public let content: String
    /// 处理意见: the decision and its note.
    public let decision: HandlingDecision?
    public let decisionNote: String
    /// 承办人
    public let assignee: String
    /// 答复期限: none when solved on the spot.
    public let dueOn: LocalDate?
    /// The request's status as the desk left it.
    public let status: RequestStatus
    /// Who wrote the line after the book was handed over, and when (补录); nil for a line of
    /// the day.
    public let late: LateEntry?
  }

  /// A line written after the day's book was handed over.
  public struct LateEntry: Sendable, Equatable {
    public let by: String
    public let at: LocalDateTime
  }

  /// Who handed the day's book over, to whom and when (移交).
  public struct Handover: Sendable, Equatable {
    public let at: LocalDateTime
    public let by: String
    public let to: String
    public let note: String
  }

  public let day: LocalDate
  /// The office, for the book's title.
  public let officeName: String
  public let entries: [Entry]
  /// The latest handover (a book that gained late entries is handed over again).
  public let handover: Handover?
  /// The late entries written since the latest handover: the book changed after it.
  public let changedSinceHandover: Int
  /// The leader on duty that day (值班领导): as recorded at the handover, else the rota's.
  public var dutyLeader: String? = nil
  /// Who opened the day as an extra reception day (加开), when it was one.
  public var extraDayOpenedBy: String? = nil

  /// The lines written after the (first) handover.
  public var lateEntries: [Entry] { entries.filter { $0.late != nil } }
}
