import Foundation
import LastmileCore

/// The diary's filters; they combine (all must hold).
public struct VisitFilter: Sendable, Hashable {
  /// Which follow-ups a visit must have.
  public enum FollowUp: String, Sendable, Hashable, CaseIterable {
    /// A follow-up still open (no later visit to the household, not marked done).
    case open
    /// An open follow-up whose date has passed.
    case overdue
  }

  public var cadre: UUID?
  public var kind: VisitKind?
  /// A village (its groups included).
  public var village: UUID?
  public var from: LocalDate?
  public var through: LocalDate?
  public var followUp: FollowUp?
  /// Words the text holds, or a name (a cadre's, or a household member's as the roster's
  /// search finds them, pinyin and initials too).
  public var text: String?

  public init(
    cadre: UUID? = nil, kind: VisitKind? = nil, village: UUID? = nil, from: LocalDate? = nil,
    through: LocalDate? = nil, followUp: FollowUp? = nil, text: String? = nil
  ) {
    self.cadre = cadre
    self.kind = kind
    self.village = village
    self.from = from
    self.through = through
    self.followUp = followUp
    self.text = text
  }

  /// Whether no filter is set.
  public var isEmpty: Bool { self == VisitFilter() }
}
