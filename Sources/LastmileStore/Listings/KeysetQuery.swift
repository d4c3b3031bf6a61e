import GRDB

/// Reads a sorted listing a page at a time by key (keyset pagination): each page starts from
/// the key of a row already shown, so page 1 and page 10,000 cost the same, and no table is
/// ever read whole.
public struct KeysetQuery: Sendable {
  /// The listed table, aliased `t`.
  let table: String
  /// Joins that only add columns to show (left joins on a key): counting leaves them out.
  var joins = ""
  /// The condition every listed row meets (live rows, a filter); it names only `t`.
  let condition: String
  /// The columns to select besides the key.
  let columns: String
  /// The SQL expression of each sort key; each should have an index ending with `t.id`.
  let sortExpressions: [String]
  /// Values for the `?` placeholders of `condition`.
  var conditionArguments: [DatabaseValue] = []
  /// The index counting reads the table by, where the planner would read every row instead
  /// (`INDEXED BY …`).
  var countIndex: String?
  /// The index a page reads its rows by instead of the sort's: for a narrow filter, whose few
  /// rows are then sorted, where walking the sort's index would pass every row it refuses.
  var pageIndex: String?

  /// This query with `extra` ANDed to its condition.
  func narrowed(by extra: String, arguments: [DatabaseValue] = []) -> KeysetQuery {
    var copy = self
    copy = KeysetQuery(
      table: table, joins: joins, condition: "\(condition) AND (\(extra))", columns: columns,
      sortExpressions: sortExpressions, conditionArguments: conditionArguments + arguments,
      countIndex: countIndex, pageIndex: pageIndex)
    return copy
  }

  /// The condition with its placeholders named (`:c0`, `:c1`…), and their values: for a query
  /// that has named arguments of its own.
  func namedCondition() -> (String, [String: DatabaseValue]) {
    var named: [String: DatabaseValue] = [:]
    var text = ""
    var index = 0
    for character in condition {
      if character == "?", index < conditionArguments.count {
        text += ":c\(index)"
        named["c\(index)"] = conditionArguments[index]
        index += 1
      } else {
        text.append(character)
      }
    }
    return (text, named)
  }

  /// Reads up to `limit` rows from `anchor`, in listing order.
  func page(_ db: Database, sort: ListingSort, anchor: PageAnchor, limit: Int) throws -> [(
    ListingKey, Row
  )] {
    let expression = sortExpressions[min(sort.key, sortExpressions.count - 1)]
    let forward: Bool
    var bound = ""
    var keyArguments: StatementArguments = []
    switch anchor {
    case .first:
      forward = true
    case .last:
      forward = false
    case .after(let key):
      forward = true
      bound = sort.ascending ? ">" : "<"
      keyArguments = [key.sortValue, key.id]
    case .from(let key):
      forward = true
      bound = sort.ascending ? ">=" : "<="
      keyArguments = [key.sortValue, key.id]
    case .before(let key):
      forward = false
      bound = sort.ascending ? "<" : ">"
      keyArguments = [key.sortValue, key.id]
    }
    let ascendingScan = forward == sort.ascending
    let direction = ascendingScan ? "ASC" : "DESC"
    var sql =
      "SELECT \(columns), \(expression) AS listing_sort, t.id AS listing_id FROM \(paged) \(joins) WHERE \(condition)"
    if !bound.isEmpty { sql += " AND (\(expression), t.id) \(bound) (?, ?)" }
    sql += " ORDER BY \(expression) \(direction), t.id \(direction) LIMIT \(max(0, limit))"
    var all = StatementArguments(conditionArguments)
    all += keyArguments
    var rows = try Row.fetchAll(db, sql: sql, arguments: all).map { row in
      (ListingKey(sortValue: row["listing_sort"], id: row["listing_id"]), row)
    }
    if !forward { rows.reverse() }
    return rows
  }

  /// How many rows the listing has.
  /// The table as counting reads it.
  private var counted: String { countIndex.map { "\(table) INDEXED BY \($0)" } ?? table }

  /// The table as a page reads it.
  private var paged: String { pageIndex.map { "\(table) INDEXED BY \($0)" } ?? table }

  func count(_ db: Database) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT count(*) FROM \(counted) WHERE \(condition)",
      arguments: StatementArguments(conditionArguments)) ?? 0
  }

  /// How many rows each of `queries` (narrowings of one listing) has, counted in one pass over
  /// the rows that meet `base` (their common condition) by the first's counting index.
  static func counts(_ db: Database, _ queries: [KeysetQuery], base: String) throws -> [Int] {
    guard let first = queries.first else { return [] }
    let sums = queries.map { "ifnull(sum(\($0.condition)), 0)" }.joined(separator: ", ")
    let any = queries.map { "(\($0.condition))" }.joined(separator: " OR ")
    let arguments = queries.flatMap(\.conditionArguments)
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT \(sums) FROM \(first.counted) WHERE \(base) AND (\(any))",
        arguments: StatementArguments(arguments + arguments))
    else { return queries.map { _ in 0 } }
    return (0..<queries.count).map { row[$0] }
  }

  /// How many rows the listing has, counting no further than `limit`.
  func count(_ db: Database, upTo limit: Int) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(counted) WHERE \(condition) LIMIT \(limit))",
      arguments: StatementArguments(conditionArguments)) ?? 0
  }

  /// How many rows come before `key` in listing order (the position of a row).
  func position(of key: ListingKey, _ db: Database, sort: ListingSort) throws -> Int {
    let expression = sortExpressions[min(sort.key, sortExpressions.count - 1)]
    let bound = sort.ascending ? "<" : ">"
    var all = StatementArguments(conditionArguments)
    all += [key.sortValue, key.id]
    return try Int.fetchOne(
      db,
      sql:
        "SELECT count(*) FROM \(table) WHERE \(condition) AND (\(expression), t.id) \(bound) (?, ?)",
      arguments: all) ?? 0
  }
}
