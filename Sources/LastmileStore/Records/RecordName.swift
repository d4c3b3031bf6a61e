import LastmileCore

/// How a sentence names a record: its kind, and the name a person knows it by (a household's
/// number, a member's name, a request's receipt and requester), where there is one.
public struct RecordName: Sendable, Equatable {
  /// What kind of record it is.
  public enum Kind: Sendable, Equatable {
    case household, member, request, visit, cadre, area, contact, handover, other

    func text(_ language: Language) -> String {
      let l = Localizer(language)
      switch self {
      case .household: return l(.recordHousehold)
      case .member: return l(.recordMember)
      case .request: return l(.recordRequest)
      case .visit: return l(.recordVisit)
      case .cadre: return l(.recordCadre)
      case .area: return l(.recordArea)
      case .contact: return l(.recordContact)
      case .handover: return l(.recordHandover)
      case .other: return l(.recordOther)
      }
    }
  }

  public let kind: Kind
  /// The name people know it by; empty when there is none (the row is not there at all).
  public let name: String

  public init(_ kind: Kind, _ name: String = "") {
    self.kind = kind
    self.name = name
  }

  /// The kind of the records of `table`.
  static func kind(ofTable table: String) -> Kind {
    switch table {
    case "household": .household
    case "member": .member
    case "help_request": .request
    case "visit": .visit
    case "cadre": .cadre
    case "area": .area
    case "contact_assignment": .contact
    case "reception_handover": .handover
    default: .other
    }
  }

  /// "户 01010001 已被删除", or that the record no longer exists.
  func goneText(_ language: Language) -> String {
    let l = Localizer(language)
    return name.isEmpty
      ? l(.storeGone(kind.text(language))) : l(.storeGoneNamed(kind.text(language), name))
  }
}
