import Foundation

/// That a cadre contacts (联系/包保) a household or an area, from one date to another.
///
/// Assignments are never overwritten: a change of contact ends one assignment and starts
/// another, so the history of who contacted whom is kept.
public struct ContactAssignment: Sendable, Hashable, Identifiable {
  /// What a cadre contacts.
  public enum Target: Sendable, Hashable {
    case household(UUID)
    case area(UUID)
  }

  public var id: UUID
  public var cadreId: UUID
  public var target: Target
  public var startsOn: LocalDate
  /// The last day of the assignment; nil while it is in force.
  public var endsOn: LocalDate?
  public var note: String

  /// An assignment of `cadreId` to `target` from `startsOn`.
  public init(
    id: UUID = .timeOrdered(), cadreId: UUID, target: Target, startsOn: LocalDate,
    endsOn: LocalDate? = nil,
    note: String = ""
  ) {
    self.id = id
    self.cadreId = cadreId
    self.target = target
    self.startsOn = startsOn
    self.endsOn = endsOn
    self.note = note
  }
}
