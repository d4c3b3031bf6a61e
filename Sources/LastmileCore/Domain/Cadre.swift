import Foundation

/// A cadre (干部) who contacts households and areas.
public struct Cadre: Sendable, Hashable, Identifiable {
  public var id: UUID
  public var name: String
  /// The role of the rules file the cadre holds now.
  public var role: CadreRole
  /// The day the cadre took the role (任职日期), when known.
  public var roleSince: LocalDate?
  /// The unit or office the cadre works in.
  public var unit: String
  public var phone: String
  public var notes: String

  /// A cadre with a name and role.
  public init(
    id: UUID = .timeOrdered(), name: String, role: CadreRole, roleSince: LocalDate? = nil,
    unit: String = "",
    phone: String = "", notes: String = ""
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.roleSince = roleSince
    self.unit = unit
    self.phone = phone
    self.notes = notes
  }
}
