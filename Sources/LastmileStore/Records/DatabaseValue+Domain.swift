import Foundation
import GRDB
import LastmileCore

// Domain values as the database stores them: dates and date-times as text that sorts, coded
// enumerations by their English codes.

extension LocalDate: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
    String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(parsing:))
  }
}

extension LocalDateTime: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { isoText.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDateTime? {
    String.fromDatabaseValue(dbValue).flatMap(LocalDateTime.init(parsing:))
  }
}

extension AreaLevel: DatabaseValueConvertible {}
extension Sex: DatabaseValueConvertible {}
extension Urgency: DatabaseValueConvertible {}
extension HouseholdCategory: DatabaseValueConvertible {}
extension PovertyCause: DatabaseValueConvertible {}
extension Relation: DatabaseValueConvertible {}
extension CadreRole: DatabaseValueConvertible {}
extension VisitKind: DatabaseValueConvertible {}
extension RequestChannel: DatabaseValueConvertible {}
extension HandlingDecision: DatabaseValueConvertible {}
extension MeetingKind: DatabaseValueConvertible {}
extension ReplyKind: DatabaseValueConvertible {}
extension RequestStatus: DatabaseValueConvertible {}
extension Satisfaction: DatabaseValueConvertible {}

/// Lists in one text column: codes joined by `|`, which no code or tag contains.
enum ListColumn {
  static func encode(_ items: [String]) -> String { items.joined(separator: "|") }

  static func decode(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: "|").map(String.init)
  }
}
