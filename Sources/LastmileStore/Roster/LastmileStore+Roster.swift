import Foundation
import GRDB
import LastmileCore

extension Listing {
  /// The roster: live households, with everything the table shows, sorted by `RosterColumn`.
  public static let roster = KeysetQuery(
    table: "household t",
    joins: "LEFT JOIN area g ON g.id = t.area_id LEFT JOIN area v ON v.id = t.village_id",
    condition: "t.deleted_at IS NULL",
    columns: """
      t.id, t.household_no, t.head_name, t.phone, t.categories, t.member_count, t.cadre_names,
      t.last_visit_on, t.open_requests, v.name AS village_name, t.rowid AS listing_rowid,
      CASE WHEN g.level = 'group' THEN g.name END AS group_name
      """,
    sortExpressions: [
      "t.area_sort", "t.household_no", "t.head_pinyin", "t.member_count", "t.categories",
      "t.cadre_sort",
      "t.last_visit_on", "t.open_requests",
    ])
}

/// What a search found: the row it moved to, and how many households match.
public struct RosterSearchResult: Sendable, Equatable {
  public let row: ListingRow<HouseholdSummary>?
  public let matches: Int
  /// Whether more households than `matches` match: a broad search is not counted to the end.
  public let moreThan: Bool

  public init(row: ListingRow<HouseholdSummary>?, matches: Int, moreThan: Bool = false) {
    self.row = row
    self.matches = matches
    self.moreThan = moreThan
  }

  static let none = RosterSearchResult(row: nil, matches: 0)
}

extension LastmileStore {
  /// The roster narrowed by `filter`.
  func rosterQuery(_ db: Database, _ filter: RosterFilter) throws -> KeysetQuery {
    var query = Listing.roster
    if let area = filter.area {
      let prefix =
        try String.fetchOne(
          db,
          sql: """
            SELECT CASE a.level
              WHEN 'group' THEN printf('%04d', t.position) || t.name || '.' || printf('%04d', v.position) || v.name
                || '.' || printf('%04d', a.position) || a.name || '/'
              WHEN 'village' THEN printf('%04d', v.position) || v.name || '.' || printf('%04d', a.position) || a.name || '.'
              ELSE printf('%04d', a.position) || a.name || '.' END
            FROM area a LEFT JOIN area v ON v.id = a.parent_id LEFT JOIN area t ON t.id = v.parent_id
            WHERE a.id = ?
            """, arguments: [area.databaseText]) ?? "\u{FFFF}"
      query = query.narrowed(
        by: "t.area_sort >= ? AND t.area_sort < ?",
        arguments: [prefix.databaseValue, (prefix + "\u{FFFF}").databaseValue])
    }
    if let category = filter.category {
      query = query.narrowed(
        by: "t.categories > '' AND '|' || t.categories || '|' LIKE ?",
        arguments: ["%|\(category.rawValue)|%".databaseValue])
      // Counted from the index of categories past the households with none (0.01 s on a
      // county), not every household's row (0.7 s), which the planner would read.
      query.countIndex = "household_roster_categories"
    }
    if let cadre = filter.cadre {
      query = query.narrowed(
        by: """
          EXISTS (SELECT 1 FROM contact_assignment ca WHERE ca.household_id = t.id AND ca.cadre_id = ?
            AND ca.ends_on IS NULL AND ca.deleted_at IS NULL)
          """, arguments: [cadre.databaseText.databaseValue])
    }
    if let days = filter.notVisitedForDays {
      query = query.narrowed(
        by: "t.last_visit_on < ?", arguments: [clock.today.adding(days: -days).databaseValue])
    }
    if filter.hasOpenRequests {
      query = query.narrowed(by: "t.open_requests > 0")
    }
    // The data's health, from the flags kept on the household (each with an index of its own).
    if filter.possibleDuplicates {
      query = query.narrowed(by: "t.possible_duplicate = 1")
    }
    if let days = filter.notVisitedIn {
      query = query.narrowed(
        by: """
          NOT EXISTS (SELECT 1 FROM visit_household vh WHERE vh.household_id = t.id
            AND vh.visited_on >= ? AND vh.visited_on <= ?
            AND vh.visit_id NOT IN (SELECT id FROM visit INDEXED BY visit_deleted
              WHERE deleted_at IS NOT NULL))
          """, arguments: [days.lowerBound.databaseValue, days.upperBound.databaseValue])
    }
    if filter.withoutContact {
      query = query.narrowed(by: "t.cadre_names = ''")
    }
    if filter.memberWithoutID {
      query = query.narrowed(by: "t.members_without_id > 0")
    }
    return query
  }

  /// A page of the roster.
  public func rosterPage(
    filter: RosterFilter = RosterFilter(), sort: ListingSort, anchor: PageAnchor, limit: Int
  )
    throws -> [ListingRow<HouseholdSummary>]
  {
    try read { db in
      try rosterQuery(db, filter).page(db, sort: sort, anchor: anchor, limit: limit).map {
        try Self.rosterRow($0)
      }
    }
  }

  /// How many households the filtered roster has.
  public func rosterCount(filter: RosterFilter = RosterFilter()) throws -> Int {
    try read { db in try rosterQuery(db, filter).count(db) }
  }

  /// How many matches a search counts exactly; beyond this it reports "more than".
  public static let searchCountLimit = 3_000

  /// Finds the next household matching `text` after `key` (before it when `backward`), going
  /// round to the other end; with no key, the first match.
  ///
  /// A search that matches few households reads them by row id and sorts them. One that
  /// matches many first tests the next rows of the roster against the query in memory, where
  /// the match almost always is; failing that it walks the roster in order from `key` and
  /// takes the first row among the matches. Reading and sorting tens of thousands of rows on
  /// every keystroke would not keep up with typing.
  public func searchRoster(
    _ text: String, filter: RosterFilter = RosterFilter(), sort: ListingSort,
    after key: ListingKey?,
    backward: Bool = false, including: Bool = false, countLimit limit: Int = searchCountLimit
  ) throws -> RosterSearchResult {
    guard let search = SearchQuery(typed: text) else { return .none }
    let match = search.fts
    return try read { db in
      let matching = "SELECT rowid FROM household_search WHERE household_search MATCH ?"
      let candidates =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM (\(matching) LIMIT \(limit + 1))", arguments: [match]) ?? 0
      guard candidates > 0 else { return .none }
      let few = candidates <= limit
      // `+` keeps SQLite from looking the matches up by row id: it walks the roster's index.
      let query = try rosterQuery(db, filter).narrowed(
        by: few ? "t.rowid IN (\(matching))" : "+t.rowid IN (\(matching))",
        arguments: [match.databaseValue])
      // Every live household has one search document, so without a filter the documents count them.
      let counted = filter.isEmpty ? candidates : try query.count(db, upTo: limit + 1)
      guard counted > 0 else { return .none }
      var anchor: PageAnchor = backward ? .last : .first
      if let key { anchor = backward ? .before(key) : (including ? .from(key) : .after(key)) }
      let nearby = !few && !search.isHouseholdNumberOnly
      var found =
        nearby ? try nearbyMatch(db, filter, sort, anchor, backward: backward, search) : []
      if found.isEmpty { found = try query.page(db, sort: sort, anchor: anchor, limit: 1) }
      if found.isEmpty {
        found = try query.page(db, sort: sort, anchor: backward ? .last : .first, limit: 1)
      }
      return RosterSearchResult(
        row: try found.first.map { try Self.rosterRow($0) }, matches: min(counted, limit),
        moreThan: counted > limit)
    }
  }

  /// How many rows from the anchor a broad search tests in memory before walking the roster:
  /// a first look, then a longer one.
  static let nearbyRows = [64, 256]

  /// The first match among the next rows from `anchor`, their documents tested in memory:
  /// for a broad search this is where the match almost always is. Empty when none matches.
  private func nearbyMatch(
    _ db: Database, _ filter: RosterFilter, _ sort: ListingSort, _ anchor: PageAnchor,
    backward: Bool,
    _ search: SearchQuery
  ) throws -> [(ListingKey, Row)] {
    let query = try rosterQuery(db, filter)
    let document = try db.cachedStatement(
      sql: "SELECT tokens FROM household_search WHERE rowid = ?")
    var from = anchor
    for size in Self.nearbyRows {
      var rows = try query.page(db, sort: sort, anchor: from, limit: size)
      if backward { rows.reverse() }
      for row in rows {
        if let tokens = try String.fetchOne(document, arguments: [row.1["listing_rowid"]]),
          search.matches(tokens)
        {
          return [row]
        }
      }
      guard rows.count == size, let last = rows.last else { break }
      from = backward ? .before(last.0) : .after(last.0)
    }
    return []
  }

  /// How many rows come before `key` in the filtered, sorted roster: the row's number, less one.
  public func rosterPosition(
    of key: ListingKey, filter: RosterFilter = RosterFilter(), sort: ListingSort
  ) throws -> Int {
    try read { db in try rosterQuery(db, filter).position(of: key, db, sort: sort) }
  }

  private static func rosterRow(_ pair: (ListingKey, Row)) throws -> ListingRow<HouseholdSummary> {
    let (key, row) = pair
    let t = Household.Columns.table
    let lastVisit: String = try row.value("last_visit_on", in: t)
    return ListingRow(
      key: key,
      model: HouseholdSummary(
        id: try row.id("id", in: t), householdNo: try row.value("household_no", in: t),
        headName: try row.value("head_name", in: t),
        village: try row.optional("village_name", in: t) ?? "",
        group: try row.optional("group_name", in: t) ?? "",
        memberCount: try row.value("member_count", in: t),
        categories: try row.codes("categories", in: t),
        cadres: try row.value("cadre_names", in: t), phone: try row.value("phone", in: t),
        lastVisitOn: lastVisit.isEmpty ? nil : try row.value("last_visit_on", in: t),
        openRequests: try row.value("open_requests", in: t)))
  }
}
