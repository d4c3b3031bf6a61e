import Foundation
import LastmileCore
import TerminalKit

/// What the reception desk holds of a walk-in being typed, kept as a draft: the form's values,
/// the person linked, and whether the time of receipt was typed.
public struct ReceptionDraft: Sendable, Equatable, Codable {
  /// How a draft names the desk.
  public static let kind = "reception"

  public var values: [String: String]
  public var linkedMember: UUID?
  public var receivedTyped: Bool
  /// The field that had the focus.
  public var focus: String?

  public init(
    values: [String: String], linkedMember: UUID?, receivedTyped: Bool, focus: String? = nil
  ) {
    self.values = values
    self.linkedMember = linkedMember
    self.receivedTyped = receivedTyped
    self.focus = focus
  }

  /// The draft a payload holds, or nil when it is not one.
  public init?(payload: String) {
    guard let draft = try? JSONDecoder().decode(Self.self, from: Data(payload.utf8)) else {
      return nil
    }
    self = draft
  }

  /// The payload stored.
  public var payload: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
