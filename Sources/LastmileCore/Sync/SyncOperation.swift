import Foundation

/// One change as sync carries it: a field of a row set to a value, or a row deleted
/// (a tombstone), with when (the hybrid clock) and where (the device and its count of
/// operations). Plain values, not tied to SQLite: its id is unique across every laptop, so a
/// county hub on another database can take the same bundles in, each operation once.
public struct SyncOperation: Sendable, Hashable {
  /// What it does to the row.
  public enum Kind: String, Sendable, Hashable {
    /// Sets `field` to `value` (the row made if it is not there).
    case set
    /// Deletes the row: a tombstone, which wins over older edits.
    case delete
  }

  public let device: String
  /// The device's count of its operations, from 1.
  public let sequence: Int64
  public let time: HybridTimestamp
  public let table: String
  public let row: String
  public let kind: Kind
  /// The field set (empty for a delete).
  public let field: String
  /// The value as stored, nil for SQL NULL.
  public let value: String?

  public init(
    device: String, sequence: Int64, time: HybridTimestamp, table: String, row: String,
    kind: Kind = .set, field: String = "", value: String? = nil
  ) {
    self.device = device
    self.sequence = sequence
    self.time = time
    self.table = table
    self.row = row
    self.kind = kind
    self.field = field
    self.value = value
  }

  /// `device:sequence`: unique across laptops without asking each other.
  public var id: String { "\(device):\(sequence)" }

  /// Whether `self` wins over `other` on the same field (or row): the later hybrid time, the
  /// device breaking a tie — the same on every laptop, whatever order they came in.
  public func wins(over other: SyncOperation) -> Bool { time > other.time }

  /// The operation as one JSON object with stable keys.
  public var json: JSONValue {
    .object([
      ("id", .string(id)), ("device", .string(device)), ("seq", .int(Int(sequence))),
      ("hlc", .string(time.description)), ("table", .string(table)), ("row", .string(row)),
      ("kind", .string(kind.rawValue)), ("field", .string(field)),
      ("value", value.map(JSONValue.string) ?? .null),
    ])
  }

  /// An operation from the object `json` wrote; nil when it is not one.
  public init?(jsonObject object: [String: Any]) {
    guard let device = object["device"] as? String, let sequence = object["seq"] as? Int,
      let time = (object["hlc"] as? String).flatMap(HybridTimestamp.init(parsing:)),
      let table = object["table"] as? String, let row = object["row"] as? String,
      let kind = (object["kind"] as? String).flatMap(Kind.init(rawValue:)),
      let field = object["field"] as? String
    else { return nil }
    let value = object["value"] as? String
    self.init(
      device: device, sequence: Int64(sequence), time: time, table: table, row: row, kind: kind,
      field: field, value: value)
  }
}
