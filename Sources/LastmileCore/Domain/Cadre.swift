import Foundation

/// A cadre (干部) who contacts households and areas.
public struct Cadre: Sendable, Hashable, Identifiable {
  public var id: UUID
  public var name: String
  public var role: CadreRole
  /// The unit or office the cadre works in.
  public var unit: String
  public var phone: String
  public var notes: String

  /// A cadre with a name and role.
  public init(
    id: UUID = .timeOrdered(), name: String, role: CadreRole, unit: String = "", phone: String = "",
    notes: String = ""
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.unit = unit
    self.phone = phone
    self.notes = notes
  }
}
