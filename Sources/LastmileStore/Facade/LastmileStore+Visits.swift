import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Saves a visit (new or changed) with its cadres and households.
  public func saveVisit(_ visit: Visit) throws {
    try write { db, context in
      let changed = try db.saveAudited(
        table: Visit.Columns.table, id: visit.id, values: visit.columnValues, context: context)
      if changed { try VisitIndex.rewrite(db, visit) }
    }
  }

  /// The live visit with this id.
  public func visit(id: UUID) throws -> Visit? {
    try read { db in
      try Visit.fetchOne(
        db, sql: "SELECT * FROM visit WHERE id = ? AND deleted_at IS NULL",
        arguments: [id.databaseText])
    }
  }

  /// The visits to a household, the newest first.
  public func visits(ofHousehold householdId: UUID, limit: Int = 100) throws -> [Visit] {
    try read { db in
      try Visit.fetchAll(
        db,
        sql: """
          SELECT v.* FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
          WHERE vh.household_id = ? AND v.deleted_at IS NULL
          ORDER BY vh.visited_on DESC LIMIT ?
          """,
        arguments: [householdId.databaseText, limit])
    }
  }

  /// Deletes a visit as a tombstone.
  public func deleteVisit(id: UUID) throws {
    try write { db, context in
      try db.tombstoneAudited(table: Visit.Columns.table, id: id.databaseText, context: context)
    }
  }
}

/// The tables that index a visit's cadres and households.
enum VisitIndex {
  /// Rewrites a visit's rows of `visit_cadre` and `visit_household`. The statements are kept
  /// prepared: preparing one compiles the triggers that keep the tallies, which cost more than
  /// running it (an import of 100,000 visits took 145 s instead of 40).
  static func rewrite(_ db: Database, _ visit: Visit) throws {
    let id = visit.id.databaseText
    try db.cachedStatement(sql: "DELETE FROM visit_cadre WHERE visit_id = ?").execute(
      arguments: [id])
    try db.cachedStatement(sql: "DELETE FROM visit_household WHERE visit_id = ?").execute(
      arguments: [id])
    let cadre = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO visit_cadre (visit_id, cadre_id, position, visited_on, kind, overnight, area_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for (position, cadreId) in visit.cadreIds.enumerated() {
      try cadre.execute(arguments: [
        id, cadreId.databaseText, position, visit.date, visit.kind.rawValue, visit.overnight,
        visit.areaId?.databaseText,
      ])
    }
    let household = try db.cachedStatement(
      sql:
        "INSERT OR IGNORE INTO visit_household (visit_id, household_id, visited_on) VALUES (?, ?, ?)"
    )
    for householdId in visit.householdIds {
      try household.execute(arguments: [id, householdId.databaseText, visit.date])
    }
  }
}
