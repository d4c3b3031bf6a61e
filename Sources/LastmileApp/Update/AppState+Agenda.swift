import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// A meeting's agenda: its matters, what the meeting decided of each (held until Ctrl-S records
/// them all in one step), the other meeting, and the agenda printed.
extension AppState {
  /// A key while the agenda is open.
  mutating func agendaKey(_ key: Key, _ agenda: AgendaState) -> [AppEffect] {
    var agenda = agenda
    switch action(for: key) {
    case .back:
      // Decisions taken and not recorded are asked about, as typed text is.
      if !agenda.decided.isEmpty {
        navigation.push(.dialog(.closeUnsaved))
      } else {
        navigation.pop()
        return [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
      }
      return []
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .quit:
      return requestQuit()
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      agenda.selected =
        moved(agenda.selected, count: agenda.agenda.items.count, by: action(for: key)) ?? 0
      navigation.replaceTop(.agenda(agenda))
      return []
    case .agendaMeeting:
      guard agenda.decided.isEmpty else {
        message = StatusMessage(l(.agendaRecordFirst(keyName(.formSubmit, in: .agenda))), .warning)
        return []
      }
      let other: MeetingKind = agenda.agenda.meeting == .office ? .branch : .office
      return [.loadAgenda(other, record: [:])]
    case .open:
      guard let item = agenda.current else { return [] }
      return [
        .loadFormData(.meetingOutcome(item.request.id, agenda.agenda.meeting), draft: nil)
      ]
    case .agendaUndo:
      guard let item = agenda.current else { return [] }
      agenda.decided[item.request.id] = nil
      navigation.replaceTop(.agenda(agenda))
      return []
    case .formSubmit:
      guard !agenda.decided.isEmpty else {
        message = StatusMessage(l(.agendaNothingDecided), .warning)
        return []
      }
      return [.loadAgenda(agenda.agenda.meeting, record: agenda.decided)]
    case .exportFile:
      navigation.push(
        .form(
          FormLayer(
            kind: .printAgenda(agenda.agenda.meeting),
            form: FormFactory.printAgendaForm(agenda.agenda.meeting, self))))
      return []
    default:
      return []
    }
  }

  /// Opens the agenda of the office meeting.
  func openAgenda() -> [AppEffect] { [.loadAgenda(.office, record: [:])] }

  /// The agenda was read (after its decisions were recorded): it opens, or shows again, with
  /// the decisions a draft brought back.
  mutating func agendaLoaded(_ agenda: MeetingAgenda, recorded: Int) -> [AppEffect] {
    var shown = AgendaState(agenda: agenda, decided: restoredDecisions)
    restoredDecisions = [:]
    if case .agenda(let old)? = navigation.layers.last(where: {
      if case .agenda = $0 { true } else { false }
    }), old.agenda.meeting == agenda.meeting, recorded == 0 {
      shown = AgendaState(
        agenda: agenda, decided: old.decided.merging(shown.decided) { _, restored in restored })
      shown.selected = min(old.selected, max(0, agenda.items.count - 1))
    }
    navigation.show(.agenda(shown)) {
      if case .agenda = $0 { true } else { false }
    }
    if recorded > 0 {
      message = StatusMessage(l(.agendaRecorded(recorded)))
      return [requestCountsEffect, .whenIdle(.reloadLists)]
    }
    return []
  }

  /// Changes the agenda, if open.
  mutating func updateAgenda(_ change: (inout AgendaState) -> Void) {
    navigation.updateTopmost { layer in
      guard case .agenda(var agenda) = layer else { return false }
      change(&agenda)
      layer = .agenda(agenda)
      return true
    }
  }

  /// A decision taken in a form whose agenda is not open (a draft brought back): the agenda
  /// opens with it, to be recorded with the others.
  mutating func decideWithoutAgenda(_ id: UUID, _ outcome: MeetingOutcome, _ meeting: MeetingKind)
    -> [AppEffect]
  {
    restoredDecisions[id] = outcome
    return [.loadAgenda(meeting, record: [:])]
  }
}
