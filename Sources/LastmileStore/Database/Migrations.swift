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
    ]
  }

  /// The migrator that brings any earlier database to the current schema.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in all {
      let sql = migration.sql
      migrator.registerMigration(migration.identifier) { db in try db.execute(sql: sql) }
    }
    return migrator
  }

  /// The identifiers of every migration this program knows, in order.
  static var known: [String] { all.map { $0.identifier } }
}
