import Foundation
import GRDB
import LastmileCore

/// Another household that a record may duplicate.
public struct DuplicateHint: Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    /// A member of it has the same ID number.
    case sameIDNumber(String)
    /// Its head has the same name, in the same village.
    case sameHeadInVillage(String)
  }

  public let householdId: UUID
  public let householdNo: String
  public let headName: String
  public let reason: Reason
}

extension LastmileStore {
  /// Households other than `householdId` with a live member holding `idNumber`.
  public func householdsWithIDNumber(
    _ idNumber: String, except householdId: UUID?, memberId: UUID? = nil
  ) throws
    -> [DuplicateHint]
  {
    let normalized =
      (try? ResidentID.validate(idNumber, today: clock.today).get().number) ?? idNumber
    guard !normalized.isEmpty else { return [] }
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT h.id, h.household_no, h.head_name FROM member m JOIN household h ON h.id = m.household_id
          WHERE m.id_number = ? AND m.deleted_at IS NULL AND h.deleted_at IS NULL AND m.id <> ?
            AND (? IS NULL OR h.id <> ?)
          """,
        arguments: [
          normalized, memberId?.databaseText ?? "", householdId?.databaseText,
          householdId?.databaseText,
        ]
      ).map {
        DuplicateHint(
          householdId: try $0.id("id", in: Household.Columns.table),
          householdNo: try $0.value("household_no", in: Household.Columns.table),
          headName: try $0.value("head_name", in: Household.Columns.table),
          reason: .sameIDNumber(normalized))
      }
    }
  }

  /// Households other than `householdId` whose head is called `headName` in the village of
  /// `areaId`.
  public func householdsWithHead(
    _ headName: String, inVillageOf areaId: UUID?, except householdId: UUID?
  ) throws
    -> [DuplicateHint]
  {
    guard let areaId else { return [] }
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT h.id, h.household_no, h.head_name FROM household h
          WHERE h.head_name = ? AND h.deleted_at IS NULL AND (? IS NULL OR h.id <> ?)
            AND h.village_id = (SELECT CASE level WHEN 'group' THEN parent_id WHEN 'village' THEN id END
              FROM area WHERE id = ?)
          """,
        arguments: [
          headName.trimmingCharacters(in: .whitespaces), householdId?.databaseText,
          householdId?.databaseText, areaId.databaseText,
        ]
      ).map {
        DuplicateHint(
          householdId: try $0.id("id", in: Household.Columns.table),
          householdNo: try $0.value("household_no", in: Household.Columns.table),
          headName: try $0.value("head_name", in: Household.Columns.table),
          reason: .sameHeadInVillage(headName))
      }
    }
  }
}
