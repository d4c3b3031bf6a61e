import Foundation
import LastmileCore

/// A visit as its form says it: the households and cadres as typed, still to be found.
public struct VisitInput: Sendable, Equatable {
  /// The visit edited, or nil for a new one.
  public var id: UUID?
  public var date: LocalDate
  public var kind: VisitKind
  /// The households as typed (numbers or names, `、` between them).
  public var households: String
  /// The cadres as typed (names, `、` between them).
  public var cadres: String
  public var place: UUID?
  public var hours: Double?
  public var overnight: Bool
  public var content: String
  public var followUpOn: LocalDate?
  /// The problems heard, each to become a request.
  public var problems: [VisitProblem]
}
