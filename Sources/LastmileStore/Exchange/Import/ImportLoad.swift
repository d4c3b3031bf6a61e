import Foundation
import GRDB
import LastmileCore

/// The bulk-load side of an import that writes: begun before its first batch, told of each
/// batch written, finished once the file is read.
///
/// A large import (from the file's line count, known before a row is read) drops its table's
/// secondary indexes and builds them again at its end, and holds the tallies back. The roster's
/// columns of the households a batch touched are filled once it is written.
struct ImportLoad {
  private let derived: Set<BulkLoad.Derived>
  private let refreshesSearch: Bool
  private let suspended: [String]
  /// The search index's merge setting before the load, when the load changed it.
  private let automerge: Int?

  init<Importer: RowImporter>(_ db: Database, _ importer: Importer.Type, estimatedRows: Int) throws
  {
    derived = Importer.derived
    refreshesSearch = Importer.refreshesSearch
    try BulkLoad.begin(db)
    if let table = Importer.bulkTable,
      estimatedRows >= max(5_000, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
    {
      suspended = try BulkLoad.suspendIndexes(db, tables: [table])
    } else {
      suspended = []
    }
    // The search index merges its segments 16 at a time rather than 4 while a large load
    // writes: a quarter less work, and a search over the segments as quick.
    if refreshesSearch, estimatedRows >= 5_000 {
      automerge =
        try Int.fetchOne(
          db, sql: "SELECT v FROM household_search_config WHERE k = 'automerge'") ?? 4
      try SearchIndex.setAutomerge(db, 16)
    } else {
      automerge = nil
    }
    if let table = Importer.talliedTable,
      Tallies.holdsBack(
        rows: estimatedRows,
        existing: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
    {
      try Tallies.suspend(db)
    }
  }

  /// A batch is written: the households it touched get their roster's columns and their search
  /// documents: those it added get the ones made as they were written, the others are read
  /// again.
  func written(_ db: Database, households: [String], documents: [(id: String, tokens: String)])
    throws
  {
    if !households.isEmpty {
      try BulkLoad.fill(db, households: households, columns: derived)
    }
    guard refreshesSearch else { return }
    try SearchIndex.add(db, documents)
    let added = Set(documents.map(\.id))
    try SearchIndex.refresh(db, households: households.filter { !added.contains($0) })
  }

  /// Ends the load: `ordering` (the areas the import created put in order, with the roster's
  /// order of their households), the indexes built again, the duplicates flagged.
  func finish(_ db: Database, ordering: () throws -> Void) throws {
    // The index builds sort through files beyond the page cache's size: a smaller cache for
    // them keeps the end of a large load from holding two caches' worth (sorting half a
    // million households' indexes peaked 40 MB above the load).
    try db.execute(sql: "PRAGMA cache_size = -8192")
    // The areas are put in order before the indexes over that order are built, once.
    try ordering()
    try BulkLoad.restoreIndexes(db, suspended)
    try BulkLoad.finish(db, columns: [])
    if let automerge { try SearchIndex.setAutomerge(db, automerge) }
    if derived.contains(.duplicates) { try BulkLoad.flagDuplicates(db) }
  }
}
