import Foundation

/// What a name typed into a form stands for: one record, none, or several to choose between.
public enum Resolution<Value: Sendable & Equatable>: Sendable, Equatable {
  case found(Value)
  /// Nothing answers to the name.
  case notFound(String)
  /// Several records answer to the name: how each is told apart.
  case ambiguous(String, candidates: [String])

  /// The record found, if exactly one was.
  public var value: Value? {
    if case .found(let value) = self { return value }
    return nil
  }
}

/// A household as a visit names it: its number, its head and where it is.
public struct HouseholdRef: Sendable, Equatable {
  public let id: UUID
  public let number: String
  public let head: String
  public let place: String
  /// The village it is in, for the requests the visit raises.
  public let villageId: UUID?

  public init(id: UUID, number: String, head: String, place: String, villageId: UUID?) {
    self.id = id
    self.number = number
    self.head = head
    self.place = place
    self.villageId = villageId
  }

  /// How a form writes it back: the number, then the head.
  public var label: String { "\(number) \(head)" }
}

/// A cadre as a visit names them.
public struct CadreRef: Sendable, Equatable {
  public let id: UUID
  public let name: String

  public init(id: UUID, name: String) {
    self.id = id
    self.name = name
  }
}
