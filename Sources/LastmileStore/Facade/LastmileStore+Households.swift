import Foundation
import GRDB
import LastmileCore

extension LastmileStore {

  /// Saves a household (new or changed) after validation; its number must be unique.
  public func saveHousehold(_ household: Household) throws {
    let valid = try Validation.household(household).orThrow()
    try write { db, context in
      let clash = try String.fetchOne(
        db,
        sql: "SELECT id FROM household WHERE household_no = ? AND deleted_at IS NULL AND id <> ?",
        arguments: [valid.householdNo, valid.id.databaseText])
      if clash != nil {
        throw StoreError.invalidRecord([FieldProblem(.householdNo, .duplicate(valid.householdNo))])
      }
      try db.saveAudited(
        table: Household.Columns.table, id: valid.id, values: valid.columnValues, context: context)
      try SearchIndex.refresh(db, households: [valid.id.databaseText])
    }
  }

  /// Deletes a household and its members as tombstones, in one transaction.
  public func deleteHousehold(id: UUID) throws {
    try write { db, context in
      let members = try String.fetchAll(
        db, sql: "SELECT id FROM member WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [id.databaseText])
      try db.tombstoneAudited(table: Household.Columns.table, id: id.databaseText, context: context)
      for member in members {
        try db.tombstoneAudited(
          table: Member.Columns.table, id: member, context: context, note: "household deleted")
      }
      try SearchIndex.refresh(db, households: [id.databaseText])
    }
  }

  /// The live household with this id.
  public func household(id: UUID) throws -> Household? {
    try read { db in
      try Household.fetchOne(
        db, sql: "SELECT * FROM household WHERE id = ? AND deleted_at IS NULL",
        arguments: [id.databaseText])
    }
  }

  /// The live household with this number.
  public func household(number: String) throws -> Household? {
    try read { db in
      try Household.fetchOne(
        db, sql: "SELECT * FROM household WHERE household_no = ? AND deleted_at IS NULL",
        arguments: [number])
    }
  }

  /// Saves a member (new or changed) after validation; the household must be live.
  public func saveMember(_ member: Member) throws {
    let valid = try Validation.member(member, today: clock.today).orThrow()
    try write { db, context in
      guard try db.isLive(Household.Columns.table, valid.householdId) else {
        throw StoreError.invalidRecord([
          FieldProblem(.householdNo, .missingReference(valid.householdId.databaseText))
        ])
      }
      let previous = try String.fetchOne(
        db, sql: "SELECT household_id FROM member WHERE id = ?", arguments: [valid.id.databaseText])
      try db.saveAudited(
        table: Member.Columns.table, id: valid.id, values: valid.columnValues, context: context)
      try SearchIndex.refresh(
        db, households: [valid.householdId.databaseText] + (previous.map { [$0] } ?? []))
    }
  }

  /// Deletes a member as a tombstone.
  public func deleteMember(id: UUID) throws {
    try write { db, context in
      try db.tombstoneAudited(table: Member.Columns.table, id: id.databaseText, context: context)
      try SearchIndex.refresh(
        db,
        households: try String.fetchAll(
          db, sql: "SELECT household_id FROM member WHERE id = ?", arguments: [id.databaseText]))
    }
  }

  /// Brings back a deleted member.
  public func restoreMember(id: UUID) throws {
    try write { db, context in
      try db.restoreAudited(table: Member.Columns.table, id: id.databaseText, context: context)
      try SearchIndex.refresh(
        db,
        households: try String.fetchAll(
          db, sql: "SELECT household_id FROM member WHERE id = ?", arguments: [id.databaseText]))
    }
  }

  /// The member with this id, live or not.
  public func member(id: UUID) throws -> Member? {
    try read { db in
      try Member.fetchOne(
        db, sql: "SELECT * FROM member WHERE id = ?", arguments: [id.databaseText])
    }
  }

  /// The live members of a household, the head first.
  public func members(ofHousehold householdId: UUID) throws -> [Member] {
    try read { db in
      try Member.fetchAll(
        db,
        sql: """
          SELECT * FROM member WHERE household_id = ? AND deleted_at IS NULL
          ORDER BY relation <> 'head', birth_date, name
          """,
        arguments: [householdId.databaseText])
    }
  }

  /// Restores a deleted household and the members deleted with it (in the same transaction,
  /// so with the same tombstone time).
  public func restoreHousehold(id: UUID) throws {
    try write { db, context in
      let members = try String.fetchAll(
        db,
        sql: """
          SELECT m.id FROM member m JOIN household h ON h.id = m.household_id
          WHERE h.id = ? AND h.deleted_at IS NOT NULL AND m.deleted_at = h.deleted_at
          """,
        arguments: [id.databaseText])
      try db.restoreAudited(table: Household.Columns.table, id: id.databaseText, context: context)
      for member in members {
        try db.restoreAudited(
          table: Member.Columns.table, id: member, context: context, note: "household restored")
      }
      try SearchIndex.refresh(db, households: [id.databaseText])
    }
  }
}
