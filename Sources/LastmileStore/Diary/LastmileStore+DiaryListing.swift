import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The diary narrowed by `filter`.
  func diaryQuery(_ filter: VisitFilter) -> KeysetQuery {
    var query = Listing.visits
    if let cadre = filter.cadre {
      query = query.narrowed(
        by: "t.id IN (SELECT visit_id FROM visit_cadre WHERE cadre_id = ?)",
        arguments: [cadre.databaseText.databaseValue])
    }
    if let kind = filter.kind {
      query = query.narrowed(by: "t.kind = ?", arguments: [kind.databaseValue])
    }
    if let village = filter.village {
      query = query.narrowed(
        by: """
          (t.area_id = ? OR t.area_id IN (SELECT id FROM area WHERE parent_id = ?)
            OR t.id IN (SELECT vh.visit_id FROM visit_household vh JOIN household h
              ON h.id = vh.household_id WHERE h.village_id = ?))
          """,
        arguments: Array(repeating: village.databaseText.databaseValue, count: 3))
    }
    if let from = filter.from {
      query = query.narrowed(by: "t.visited_on >= ?", arguments: [from.databaseValue])
    }
    if let through = filter.through {
      query = query.narrowed(by: "t.visited_on <= ?", arguments: [through.databaseValue])
    }
    switch filter.followUp {
    case .open?:
      query = query.narrowed(by: DiarySQL.followUpOpen("t"))
    case .overdue?:
      query = query.narrowed(
        by: DiarySQL.followUpOpen("t") + " AND t.follow_up_on < ?",
        arguments: [clock.today.databaseValue])
    case nil:
      break
    }
    if let text = filter.text?.trimmed, !text.isEmpty {
      var alternatives = ["t.content LIKE ? ESCAPE '\\'"]
      var arguments: [DatabaseValue] = ["%" + Self.likeEscaped(text) + "%"].map(\.databaseValue)
      alternatives.append(
        "t.id IN (SELECT vc.visit_id FROM visit_cadre vc JOIN cadre c ON c.id = vc.cadre_id "
          + "WHERE c.name LIKE ? ESCAPE '\\')")
      arguments.append(("%" + Self.likeEscaped(text) + "%").databaseValue)
      if let names = SearchQuery(typed: text) {
        alternatives.append(
          """
          t.id IN (SELECT vh.visit_id FROM visit_household vh JOIN household h ON h.id = vh.household_id
            WHERE h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH ?))
          """)
        arguments.append(names.fts.databaseValue)
      }
      query = query.narrowed(
        by: "(" + alternatives.joined(separator: " OR ") + ")", arguments: arguments)
    }
    return query
  }

  /// `text` with LIKE's wildcards taken literally.
  static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }

  /// A page of the diary.
  public func visitPage(
    filter: VisitFilter = VisitFilter(), sort: ListingSort, anchor: PageAnchor, limit: Int
  ) throws -> [ListingRow<VisitSummary>] {
    try read { db in
      try diaryQuery(filter).page(db, sort: sort, anchor: anchor, limit: limit).map { key, row in
        ListingRow(
          key: key,
          model: try VisitSummary(
            row: row, households: try row.optional("household_names", in: Visit.Columns.table) ?? ""
          ))
      }
    }
  }

  /// How many visits the filtered diary has.
  public func visitCount(filter: VisitFilter = VisitFilter()) throws -> Int {
    try read { db in try diaryQuery(filter).count(db) }
  }
}
