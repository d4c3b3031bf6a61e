import Foundation
import LastmileCore

/// The decisions taken at a meeting and not yet recorded, kept as a draft: a session that ends
/// before Ctrl-S offers them back with the agenda.
enum AgendaDraft {
  static let prefix = "agenda:"

  /// The draft's kind for `meeting`'s agenda.
  static func kind(_ meeting: MeetingKind) -> String { prefix + meeting.rawValue }

  /// The meeting a draft's kind names, when it is an agenda's.
  static func meeting(ofKind kind: String) -> MeetingKind? {
    kind.hasPrefix(prefix) ? MeetingKind(rawValue: String(kind.dropFirst(prefix.count))) : nil
  }

  /// The decisions as the draft keeps them.
  static func payload(_ decided: [UUID: MeetingOutcome]) -> String {
    JSONValue.object(
      decided.sorted { $0.key.uuidString < $1.key.uuidString }.map { id, outcome in
        let fields: [(String, String)]
        switch outcome {
        case .solve(let assignee, let due, let note):
          fields = [
            ("kind", "solve"), ("assignee", assignee), ("due", due.description), ("note", note),
          ]
        case .transfer(let target, let note):
          fields = [("kind", "transfer"), ("assignee", target), ("note", note)]
        case .explain(let reason): fields = [("kind", "explain"), ("note", reason)]
        }
        return (id.uuidString, .object(fields.map { ($0.0, .string($0.1)) }))
      }
    ).serialized()
  }

  /// The decisions a draft's payload holds.
  static func decisions(_ payload: String) -> [UUID: MeetingOutcome] {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8))
        as? [String: [String: String]]
    else { return [:] }
    var decided: [UUID: MeetingOutcome] = [:]
    for (key, fields) in object {
      guard let id = UUID(uuidString: key) else { continue }
      let note = fields["note"] ?? ""
      switch fields["kind"] {
      case "solve":
        guard let due = fields["due"].flatMap(LocalDate.init(parsing:)) else { continue }
        decided[id] = .solve(assignee: fields["assignee"] ?? "", due: due, note: note)
      case "transfer": decided[id] = .transfer(to: fields["assignee"] ?? "", note: note)
      case "explain": decided[id] = .explain(reason: note)
      default: continue
      }
    }
    return decided
  }
}
