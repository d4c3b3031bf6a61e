import GRDB
import LastmileCore

extension SyncMerge {
  /// What a merge must work out again once its rows have landed: the search documents (and
  /// head-name pinyin) of the households it touched, the cadre and household index of its
  /// visits, and the pinyin of renamed cadres. The counts and names a household shows are kept
  /// by the schema's triggers as the rows land.
  struct Effects {
    var households: Set<String> = []
    /// The visits written: their index is rewritten from `sync_touched` (a county's first
    /// bundle writes a million), so only whether any was.
    var visits = false
    var cadres = false

    /// The fields of `table` a search document, a visit's index or a cadre's pinyin is worked
    /// out from: a merge that changes none of them (a note, an address) rebuilds none.
    static func searched(_ table: String) -> Set<String> {
      switch table {
      case "household": ["household_no", "head_name", "phone", "deleted_at"]
      case "member": ["household_id", "name", "phone", "id_number", "deleted_at"]
      case "visit":
        ["visited_on", "kind", "cadre_ids", "household_ids", "area_id", "overnight", "deleted_at"]
      case "cadre": ["name"]
      case "contact_assignment", "help_request": ["household_id"]
      default: []
      }
    }

    /// A row of `table` about to land: the households it belonged to and will belong to.
    mutating func note(table: String, local: Row?, target: [String: DatabaseValue]) {
      guard ["member", "contact_assignment", "help_request"].contains(table) else { return }
      if let old = local?["household_id"] as String? { households.insert(old) }
      if let new = String.fromDatabaseValue(target["household_id"] ?? .null) {
        households.insert(new)
      }
    }

    /// A row of `table` written.
    mutating func inserted(table: String, row: String) {
      switch table {
      case "household": households.insert(row)
      case "visit": visits = true
      case "cadre": cadres = true
      default: break
      }
    }

    func apply(_ db: Database) throws {
      if visits {
        let visits = try Visit.fetchCursor(
          db,
          sql: """
            SELECT v.* FROM sync_touched t JOIN visit v ON v.id = t.row_id
            WHERE t.table_name = 'visit'
            """)
        while let visit = try visits.next() { try VisitIndex.rewrite(db, visit) }
      }
      if !households.isEmpty { try SearchIndex.refresh(db, households: households) }
      // The search leaves a deleted household's pinyin as it was; one that lands deleted
      // takes it all the same, as it had where it was made.
      let head = try db.cachedStatement(
        sql: "SELECT head_name FROM household WHERE id = ? AND deleted_at IS NOT NULL")
      let pinyin = try db.cachedStatement(
        sql: "UPDATE household SET head_pinyin = ? WHERE id = ? AND head_pinyin <> ?")
      for id in households.sorted() {
        guard let name = try String.fetchOne(head, arguments: [id]) else { continue }
        let full = Pinyin.full(name)
        try pinyin.execute(arguments: [full, id, full])
      }
      if cadres { try CadrePinyin.fillMissing(db) }
    }
  }
}
