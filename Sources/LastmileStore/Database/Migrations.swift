import GRDB

/// A migration as it shipped: a name and literal SQL, never edited afterwards.
protocol FrozenMigration {
  /// The name recorded in `grdb_migrations`.
  static var identifier: String { get }
  /// The statements, run in one transaction.
  static var sql: String { get }
}

/// The schema's history. Migrations are frozen once shipped: a change is a new migration.
enum Migrations {
  /// Every migration, in order.
  static var all: [any FrozenMigration.Type] {
    [
      Migration001InitialSchema.self,
      Migration002ListingIndexes.self,
      Migration003RosterColumns.self,
      Migration004BulkLoads.self,
      Migration005RequestWorkflow.self,
      Migration006BookEntries.self,
      Migration007VisitDiary.self,
      Migration008CadreRegistry.self,
      Migration009Review.self,
      Migration010Tallies.self,
      Migration011RequestNumbers.self,
      Migration012ReceptionDays.self,
      Migration013DutyRota.self,
      Migration014TransferSlips.self,
      Migration015DeskFlagsAndMeetings.self,
      Migration016RepliesAndApproval.self,
      Migration017FlagIndexes.self,
      Migration018SyncLog.self,
      Migration019MergedNumbers.self,
      Migration020DuplicateNumbers.self,
      Migration021RequesterIndex.self,
      Migration022DuplicateNumberIndex.self,
      Migration023WritesByIndex.self,
      Migration024AuditSeals.self,
      Migration025AreaOrderInBulk.self,
    ]
  }

  /// Brings the database to the current schema in one transaction, so that a kill half way
  /// leaves it as it was (each migration in a transaction of its own once left a new database
  /// at version 13 of 24). References are checked once, at the end, as the migrator does.
  static func migrate(_ writer: any DatabaseWriter) throws {
    try writer.writeWithoutTransaction { db in
      let applied: Set<String> =
        try db.tableExists("grdb_migrations")
        ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
      let pending = all.filter { !applied.contains($0.identifier) }
      guard !pending.isEmpty else { return }
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
      try db.inTransaction(.immediate) {
        try db.execute(
          sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        for migration in pending {
          try db.execute(sql: migration.sql)
          try db.execute(
            sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)",
            arguments: [migration.identifier])
        }
        if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
          throw DatabaseError(
            resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "FOREIGN KEY constraint failed")
        }
        return .commit
      }
    }
  }

  /// The identifiers of every migration this program knows, in order.
  static var known: [String] { all.map { $0.identifier } }
}
