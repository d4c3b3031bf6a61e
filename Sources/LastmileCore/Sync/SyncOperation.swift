import Foundation

/// One change as sync carries it: a new row with all its fields, a field of a row set to a
/// value, or a row deleted, with when (the hybrid clock) and where (the device and its count of
/// operations), and the operations it replaced as its writer saw them. Plain values, not tied to
/// SQLite: its id is unique across every laptop, so a county hub on another database can take
/// the same bundles in, each operation once.
public struct SyncOperation: Sendable, Hashable {
  /// What it does to the row.
  public enum Kind: String, Sendable, Hashable {
    /// A new row: `value` is an object of every field carried.
    case row
    /// Sets `field` to `value`.
    case set
    /// Deletes the row (tables that keep no tombstone column): wins over older edits.
    case delete
  }

  public let device: String
  /// The device's count of its operations, from 1.
  public let sequence: Int64
  public let time: HybridTimestamp
  public let table: String
  public let row: String
  public let kind: Kind
  /// The field set (`*` for a new row or a delete).
  public let field: String
  /// The value as stored (null for SQL NULL), or the new row's fields.
  public let value: JSONValue
  /// The operations this one replaced, as its writer saw them: a value replaced knowingly is
  /// no conflict; two values neither of which replaced the other are.
  public let prior: [String]

  public init(
    device: String, sequence: Int64, time: HybridTimestamp, table: String, row: String,
    kind: Kind = .set, field: String = "*", value: JSONValue = .null, prior: [String] = []
  ) {
    self.device = device
    self.sequence = sequence
    self.time = time
    self.table = table
    self.row = row
    self.kind = kind
    self.field = field
    self.value = value
    self.prior = prior
  }

  public var id: String { "\(device):\(sequence)" }

  /// The operation's place in the order every laptop agrees on: the clock, then the device,
  /// then its count (two operations of one write share the clock).
  public var version: String { Self.version(time: time.description, sequence: sequence) }

  /// The version of an operation of `sequence` stamped `time` (a clock's text).
  public static func version(time: String, sequence: Int64) -> String {
    let digits = String(sequence)
    return time + "/" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
  }

  /// Whether this operation is newer than `other`, on every laptop alike.
  public func wins(over other: SyncOperation) -> Bool { version > other.version }

  public static func == (lhs: SyncOperation, rhs: SyncOperation) -> Bool {
    lhs.json.serialized() == rhs.json.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The operation as one JSON line of a bundle.
  public var json: JSONValue {
    .object([
      ("id", .string(id)), ("device", .string(device)), ("seq", .int(Int(sequence))),
      ("hlc", .string(time.description)), ("table", .string(table)), ("row", .string(row)),
      ("kind", .string(kind.rawValue)), ("field", .string(field)), ("value", value),
      ("prior", prior.isEmpty ? .null : .string(prior.joined(separator: " "))),
    ])
  }

  /// An operation read back from its JSON object; nil when a part is missing or wrong.
  public init?(jsonObject object: [String: Any]) {
    guard let device = object["device"] as? String, !device.isEmpty,
      let sequence = (object["seq"] as? NSNumber)?.int64Value, sequence > 0,
      let time = (object["hlc"] as? String).flatMap(HybridTimestamp.init(parsing:)),
      let table = object["table"] as? String, let row = object["row"] as? String,
      let kind = (object["kind"] as? String).flatMap(Kind.init(rawValue:)),
      let field = object["field"] as? String, !field.isEmpty,
      (object["id"] as? String).map({ $0 == "\(device):\(sequence)" }) ?? true
    else { return nil }
    let value = JSONValue(any: object["value"] ?? NSNull())
    if kind == .row, case .object = value {
    } else if kind == .row {
      return nil
    }
    let prior = (object["prior"] as? String)?.split(separator: " ").map(String.init) ?? []
    self.init(
      device: device, sequence: sequence, time: time, table: table, row: row, kind: kind,
      field: field, value: value, prior: prior)
  }
}

extension JSONValue {
  /// A value read by `JSONSerialization` (objects with their keys sorted; true and false as
  /// the numbers SQLite keeps them as).
  public init(any: Any) {
    switch any {
    case let text as String: self = .string(text)
    case let number as NSNumber:
      if let int = Int(exactly: number.doubleValue),
        !String(describing: number).contains(".")
      {
        self = .int(int)
      } else {
        self = .double(number.doubleValue)
      }
    case let array as [Any]: self = .array(array.map(JSONValue.init(any:)))
    case let object as [String: Any]:
      self = .object(object.keys.sorted().map { ($0, JSONValue(any: object[$0]!)) })
    default: self = .null
    }
  }
}
