import GRDB
import LastmileCore

/// Gives requests their numbers (`RequestNumber`) as they are written.
enum RequestNumbers {
  /// The next number of `day` for the laptop `deviceId`: one past the highest it gave that day.
  static func next(_ db: Database, on day: LocalDate, deviceId: String) throws -> String {
    let code = RequestNumber.deviceCode(of: deviceId)
    let stem = RequestNumber.stem(on: day, code: code)
    let highest =
      try Int.fetchOne(
        db,
        sql: """
          SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM help_request
          WHERE number >= ? AND number < ?
          """, arguments: [stem.count + 1, stem, stem + "~"]) ?? 0
    return RequestNumber.make(on: day, code: code, sequence: highest + 1)
  }

  /// Numbers the requests a bulk load wrote without one, in the order received, after the
  /// numbers each laptop already gave on each day.
  static func fillMissing(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE help_request SET number = n.number FROM (
          SELECT id, stem || printf('%02d', row_number() OVER (
              PARTITION BY stem ORDER BY received_at, id)
            + ifnull((SELECT max(CAST(substr(o.number, length(stem) + 1) AS INTEGER))
              FROM help_request o WHERE o.number >= stem AND o.number < stem || '~'), 0)) AS number
          FROM (
            SELECT id, received_at, '\(RequestNumber.prefix)-'
              || replace(substr(received_at, 1, 10), '-', '') || '-'
              || upper(substr(device_id, -2)) || '-' AS stem
            FROM help_request WHERE number IS NULL)) n
        WHERE n.id = help_request.id
        """)
  }
}
