import Foundation
import LastmileCore
import LastmileStore

/// A meeting's agenda open over the queue: its matters, the one the keys are on, and the
/// decisions taken at the meeting, held until they are recorded together.
public struct AgendaState: Sendable, Equatable {
  public var agenda: MeetingAgenda
  public var selected = 0
  /// What the meeting decided of each matter so far, not yet recorded.
  public var decided: [UUID: MeetingOutcome] = [:]

  public init(agenda: MeetingAgenda, decided: [UUID: MeetingOutcome] = [:]) {
    self.agenda = agenda
    self.decided = decided.filter { id, _ in agenda.items.contains { $0.request.id == id } }
  }

  /// The matter the keys are on.
  public var current: MeetingAgenda.Item? {
    agenda.items.indices.contains(selected) ? agenda.items[selected] : nil
  }

  /// The decisions in the agenda's order.
  public var decisions: [(UUID, MeetingOutcome)] {
    agenda.items.compactMap { item in decided[item.request.id].map { (item.request.id, $0) } }
  }
}
