import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Writes `table` to `sink` in the format of PRODUCT.md; returns the number of rows.
  ///
  /// CSV starts with a byte-order mark so that Excel opens it as UTF-8, with Chinese headers
  /// and words under Chinese, English ones otherwise. JSON is an array of objects with the
  /// documented keys. ID numbers and phones are masked unless `options.unmask`.
  @discardableResult
  public func export(_ table: ExportTable, options: ExportOptions, to sink: inout some TextSink)
    throws -> Int
  {
    if options.unmask {
      try recordUnmasked(
        table: table.rawValue,
        what: "export of \(table.rawValue)" + (options.note.map { " (\($0))" } ?? ""))
    }
    let queries = ExportQueries(
      today: clock.today, unmask: options.unmask, categories: try localitySettings().categories,
      rules: rules)
    let columns = options.format == .csv ? table.csvColumns : table.jsonColumns
    return try read { db in
      var sql = queries.sql(table)
      var arguments = StatementArguments(["today": clock.today.databaseValue])
      if let view = options.view {
        let (query, sort) = try viewQuery(view, db)
        let (condition, named) = query.namedCondition()
        let expression = query.sortExpressions[min(sort.key, query.sortExpressions.count - 1)]
        let direction = sort.ascending ? "ASC" : "DESC"
        sql = queries.sql(
          table, condition: condition, order: "\(expression) \(direction), t.id \(direction)")
        arguments = StatementArguments(named.merging(["today": clock.today.databaseValue]) { $1 })
      }
      var count = 0
      var buffer = ""
      buffer.reserveCapacity(1 << 16)
      func flush(force: Bool = false) throws {
        if force || buffer.utf8.count >= 1 << 16 {
          try sink.write(buffer)
          buffer.removeAll(keepingCapacity: true)
        }
      }
      switch options.format {
      case .csv:
        var header = CSVWriter()
        if let note = options.note { header.write(["# " + note]) }
        header.write(columns.map { $0.label(options.language) })
        buffer += header.text
      case .json:
        buffer += "["
      }
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() {
        let cells = try queries.cells(table, row)
        switch options.format {
        case .csv:
          var line = CSVWriter(byteOrderMark: false)
          line.write(columns.map { (cells[$0] ?? .null).csv(options.language) })
          buffer += line.text
        case .json:
          let object = JSONValue.object(columns.map { ($0.rawValue, (cells[$0] ?? .null).json) })
          buffer += (count == 0 ? "\n  " : ",\n  ") + object.serialized()
        }
        count += 1
        try flush()
      }
      if options.format == .json { buffer += count == 0 ? "]\n" : "\n]\n" }
      try flush(force: true)
      return count
    }
  }
}

extension LastmileStore {
  /// The listing a pane's view reads, and its sort.
  fileprivate func viewQuery(_ view: ExportView, _ db: Database) throws -> (
    KeysetQuery, ListingSort
  ) {
    switch view {
    case .roster(let filter, let sort): (try rosterQuery(db, filter), sort)
    case .queue(let filter, let sort): (queueQuery(filter), sort)
    case .diary(let filter, let sort): (diaryQuery(filter), sort)
    }
  }
}
