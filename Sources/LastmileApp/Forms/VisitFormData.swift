import LastmileCore
import LastmileStore

/// What the visit form is built from, as the store holds it.
public struct VisitFormData: Sendable, Equatable {
  /// The visit edited, if any.
  public var visit: Visit?
  /// The households it names (the card's household for a new one written from a card).
  public var households: [HouseholdRef]
  /// The cadres it names (none for a new one: the operator is written in).
  public var cadres: [String]
  /// The villages and groups a visit may be to.
  public var areas: [AreaChoice]

  public init(visit: Visit?, households: [HouseholdRef], cadres: [String], areas: [AreaChoice]) {
    self.visit = visit
    self.households = households
    self.cadres = cadres
    self.areas = areas
  }
}
