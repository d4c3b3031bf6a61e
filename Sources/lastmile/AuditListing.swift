import Foundation
import LastmileCore
import LastmileStore

/// An audit entry as `lastmile audit` prints it: a line for a person, a CSV row, a JSON object.
enum AuditListing {
  static let csvHeader = [
    "seq", "at", "operator", "device_id", "table", "row_id", "action", "before", "after", "note",
  ]

  /// `#12  2026-11-25 10:00  测试员  member 0b1c2d3e  update  phone: 138****1234 → 139****5678`.
  static func line(_ entry: AuditEntry, _ language: Language) -> String {
    let row = entry.rowId == "*" ? "*" : String(entry.rowId.prefix(8))
    var parts = [
      "#\(entry.seq)", entry.localTime.description, entry.operatorName, "\(entry.table) \(row)",
      entry.action,
    ]
    let changes = self.changes(entry)
    if !changes.isEmpty { parts.append(changes) }
    if !entry.note.isEmpty { parts.append(entry.note) }
    return PrintableText.cleaned(parts.joined(separator: "  "))
  }

  static func csvRow(_ entry: AuditEntry) -> [String] {
    [
      String(entry.seq), entry.localTime.description, entry.operatorName, entry.deviceId,
      entry.table, entry.rowId, entry.action, entry.before ?? "", entry.after ?? "", entry.note,
    ]
  }

  static func json(_ entry: AuditEntry) -> JSONValue {
    .object([
      ("seq", .int(entry.seq)), ("at", .string(entry.at)),
      ("operator", .string(entry.operatorName)),
      ("device_id", .string(entry.deviceId)), ("table", .string(entry.table)),
      ("row_id", .string(entry.rowId)), ("action", .string(entry.action)),
      ("before", entry.before.map(JSONValue.written) ?? .null),
      ("after", entry.after.map(JSONValue.written) ?? .null), ("note", .string(entry.note)),
    ])
  }

  /// `field: before → after` for each field the entry names, in the order of its names.
  private static func changes(_ entry: AuditEntry) -> String {
    let before = fields(entry.before)
    let after = fields(entry.after)
    let names = Set(before.keys).union(after.keys).sorted()
    return names.map { name in
      let old = before[name].map(shown) ?? ""
      let new = after[name].map(shown) ?? ""
      return entry.before == nil ? "\(name): \(new)" : "\(name): \(old) → \(new)"
    }.joined(separator: "; ")
  }

  private static func fields(_ json: String?) -> [String: Any] {
    guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else {
      return [:]
    }
    return object as? [String: Any] ?? [:]
  }

  private static func shown(_ value: Any) -> String {
    if value is NSNull { return "∅" }
    let text = "\(value)"
    return text.count > 40 ? String(text.prefix(39)) + "…" : text
  }
}
