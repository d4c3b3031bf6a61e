import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  func renderOverlay(_ overlay: Overlay, _ state: AppState, into screen: inout Screen) {
    let l = state.l
    let area = screen.bounds
    switch overlay {
    case .help(let scroll):
      clearBody(&screen)
      var help = AppView.helpOverlay(for: state)
      help.scroll = scroll
      help.render(into: &screen, in: area, theme: theme)
      screen.cursor = nil
    case .busy:
      ConfirmDialog(title: "lastmile", message: l(.demoLoading), answers: []).render(
        into: &screen, in: area, theme: theme)
      screen.cursor = nil
    case .firstStart:
      let message = [l(.firstEmpty(state.databaseName)), "", l(.firstDemo), l(.firstBlank)].joined(
        separator: "\n")
      ConfirmDialog(title: l(.firstTitle), message: message, answers: []).render(
        into: &screen, in: area, theme: theme)
      screen.cursor = nil
    case .confirm(let question):
      let dialog: ConfirmDialog
      switch question {
      case .quitUnsaved:
        dialog = ConfirmDialog(
          title: l(.quitTitle), message: l(.quitUnsaved), answers: [l(.answerYes), l(.answerNo)])
      case .closeUnsaved:
        dialog = ConfirmDialog(
          title: l(.quitTitle), message: l(.closeUnsaved), answers: [l(.answerYes), l(.answerNo)])
      case .restoreDraft(let draft):
        let saved = LocalDateTime(parsingTimestamp: draft.savedAt)?.description ?? draft.savedAt
        dialog = ConfirmDialog(
          title: l(.draftTitle), message: l(.draftOffer(draft.title, saved, draft.operatorName)),
          answers: [l(.answerRestore), l(.answerDiscard)])
      case .deleteHousehold(_, let message), .deleteMember(_, let message):
        dialog = ConfirmDialog(
          title: l(.deleteTitle), message: message, answers: [l(.answerYes), l(.answerNo)])
      case .duplicates(let hints, _):
        let lines = hints.prefix(5).map { ImportProblem.Reason.duplicate($0).text(state.language) }
        dialog = ConfirmDialog(
          title: l(.duplicateTitle), message: lines.joined(separator: "\n"),
          answers: [l(.answerSaveAnyway), l(.answerOpenExisting), l(.answerBack)])
      case .merge(_, _, let message):
        dialog = ConfirmDialog(
          title: l(.mergeTitle("")).trimmingCharacters(in: .whitespaces), message: message,
          answers: [l(.answerYes), l(.answerNo)])
      case .report(let title, let lines):
        dialog = ConfirmDialog(
          title: title, message: lines.joined(separator: "\n"), answers: ["[Enter]"])
      }
      dialog.render(into: &screen, in: area, theme: theme)
      screen.cursor = nil
    case .handlingMenu(_, let label, let actions):
      handlingMenu(label, actions, state).render(into: &screen, in: area, theme: theme)
      screen.cursor = nil
    case .form(_, let form, _):
      clearBody(&screen)
      let hints = l(
        .formHints(
          keyName(.formSubmit, state, context: .form), keyName(.next, state),
          keyName(.back, state)))
      let view = FormView(form: form, hints: hints)
      let width = min(area.width - 4, 76)
      let rect = area.centered(
        Size(
          width: width,
          height: min(area.height - 2, view.contentHeight(width: width, measure: measure) + 3)))
      screen.cursor = view.render(into: &screen, rect: rect, theme: theme)
    }
  }

  /// Blanks everything between the tab bar and the status line, under a modal overlay.
  private func clearBody(_ screen: inout Screen) {
    screen.fill(
      Rect(x: 0, y: 1, width: screen.size.width, height: screen.size.height - 2),
      style: theme.normal)
  }

  /// The key help for where the keys are now: the focused context's bindings, then the
  /// table's, then the global ones, with the emergency quit.
  static func helpOverlay(for state: AppState) -> HelpOverlay {
    let l = state.l
    var sections: [HelpOverlay.Section] = []
    for contextName in state.keyChain {
      guard let context = KeyContext(rawValue: contextName) else { continue }
      var entries = ActionName.allCases.compactMap { action -> (keys: String, label: String)? in
        let keys = state.keymap.keys(for: action.rawValue, in: contextName)
        guard !keys.isEmpty else { return nil }
        return (keys.map(KeyNotation.format).joined(separator: " "), l(action.label))
      }
      if context == .global {
        entries.append((KeyNotation.format(Keymaps.emergencyQuit), l(.emergencyQuit)))
      }
      guard !entries.isEmpty else { continue }
      sections.append(HelpOverlay.Section(title: l(context.label), entries: entries))
    }
    let close = state.keymap.keys(for: ActionName.back.rawValue, in: KeyContext.global.rawValue)
      .first
    return HelpOverlay(
      title: l(.helpTitle), sections: sections,
      footer: l(.helpFooter(close.map(KeyNotation.format) ?? "Esc")))
  }
}

extension LocalDateTime {
  /// The local date-time of a stored UTC timestamp (`2026-11-25T07:20:31.415Z`).
  init?(parsingTimestamp text: String) {
    guard let instant = Timestamp.date(text) else { return nil }
    self.init(instant)
  }
}
