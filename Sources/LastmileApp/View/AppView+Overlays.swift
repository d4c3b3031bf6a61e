import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// A layer that does not cover the body by itself: a form, the help, a dialog, the menu.
  func renderOverlay(_ layer: Layer, _ state: AppState, into screen: inout Screen) {
    let l = state.l
    let area = screen.bounds
    screen.cursor = nil
    switch layer {
    case .help(let scroll):
      clearBody(&screen)
      var help = AppView.helpOverlay(for: state)
      help.scroll = scroll
      help.render(into: &screen, in: area, theme: theme)
    case .reader(let reader):
      clearBody(&screen)
      let lines = TextReader.lines(of: reader.text, in: area, measure: measure).count
      let room = TextReader.room(in: area)
      let footer = l(
        .readerFooter(
          keyName(.back, state), min(lines, reader.scroll + 1), min(lines, reader.scroll + room),
          lines))
      TextReader(title: reader.title, text: reader.text, scroll: reader.scroll, footer: footer)
        .render(into: &screen, in: area, theme: theme)
    case .busy:
      let text = state.progress.map { Self.progressText($0) } ?? l(.demoLoading)
      ConfirmDialog(title: "lastmile", message: text, answers: []).render(
        into: &screen, in: area, theme: theme)
    case .firstStart:
      let options = [ActionName.dialogDemo, .dialogImport, .dialogBlank, .dialogSync].map {
        "[\(keyName($0, state, context: .dialog))] " + l($0.label)
      }
      let message = ([l(.firstEmpty(state.databaseName)), ""] + options).joined(separator: "\n")
      ConfirmDialog(title: l(.firstTitle), message: message, answers: []).render(
        into: &screen, in: area, theme: theme)
    case .dialog(let question):
      dialog(question, state).render(into: &screen, in: area, theme: theme)
    case .handlingMenu(let menu):
      handlingMenu(menu.label, menu.actions, state).render(into: &screen, in: area, theme: theme)
    case .form(let layer):
      clearBody(&screen)
      var hints = l(
        .formHints(
          keyName(.formSubmit, state, context: .form), keyName(.next, state),
          keyName(.back, state)))
      if layer.conceals {
        hints += " · " + l(.formRevealHint(keyName(.reveal, state, context: .form)))
      }
      let view = FormView(form: layer.form, hints: hints)
      let width = Layout.formWidth(Size(width: area.width, height: area.height))
      let rect = area.centered(
        Size(
          width: width,
          height: min(area.height - 2, view.contentHeight(width: width, measure: measure) + 3)))
      screen.cursor = view.render(into: &screen, rect: rect, theme: theme)
    case .card, .request, .reception, .book, .calendar, .rota, .agenda, .cadres, .cadre, .areas:
      break
    }
  }

  /// A question in its box, each answer with the key the dialog context binds to it.
  private func dialog(_ question: Question, _ state: AppState) -> ConfirmDialog {
    let l = state.l
    func answers(_ actions: [ActionName]) -> [String] {
      actions.map { "[\(keyName($0, state, context: .dialog))] " + l($0.label) }
    }
    let yesNo = answers([.dialogYes, .dialogNo])
    func answer(_ action: ActionName, _ text: AppText) -> String {
      "[\(keyName(action, state, context: action == .back ? .global : .dialog))] " + l(text)
    }
    switch question {
    case .quitUnsaved:
      return ConfirmDialog(
        title: l(.quitTitle), message: l(.quitUnsaved),
        answers: [
          answer(.dialogYes, .answerQuitKeeping), answer(.dialogDiscard, .answerQuitDiscarding),
          answer(.dialogNo, .answerStay),
        ])
    case .closeUnsaved:
      return ConfirmDialog(
        title: l(.discardTitle), message: l(.closeUnsaved),
        answers: [answer(.dialogYes, .answerDiscardTyped), answer(.dialogNo, .answerKeepEditing)])
    case .restoreDraft(let draft):
      let saved = LocalDateTime(parsingTimestamp: draft.savedAt)?.description ?? draft.savedAt
      return ConfirmDialog(
        title: l(.draftTitle), message: l(.draftOffer(draft.title, saved, draft.operatorName)),
        answers: answers([.dialogRestore, .dialogDiscard]) + [answer(.back, .answerLater)])
    case .deleteHousehold(_, let number, let head, let members):
      return ConfirmDialog(
        title: l(.deleteTitle),
        message: l(
          .deleteHouseholdConfirm(number, head, members, keyName(.undo, state, context: .roster))),
        answers: yesNo)
    case .deleteMember(_, let name, let isHead):
      let undo = keyName(.undo, state, context: .card)
      return ConfirmDialog(
        title: l(.deleteTitle),
        message: isHead
          ? l(.deleteHeadConfirm(name, keyName(.edit, state, context: .card), undo))
          : l(.deleteMemberConfirm(name, undo)),
        answers: yesNo)
    case .duplicates(let hints, _):
      // Each a sentence of its own here, so it starts as one.
      let lines = hints.prefix(5).map {
        let text = ImportProblem.Reason.duplicate($0).text(state.language)
        return text.prefix(1).uppercased() + text.dropFirst() + (state.language == .en ? "." : "。")
      }
      return ConfirmDialog(
        title: l(.duplicateTitle), message: lines.joined(separator: "\n"),
        answers: answers([.dialogSaveAnyway, .dialogOpenExisting])
          + ["[\(keyName(.back, state))] " + l(.answerBackToForm)])
    case .newCadres(let names, _):
      return ConfirmDialog(
        title: l(.newCadresTitle),
        message: l(.newCadresConfirm(names.joined(separator: "、"))),
        answers: [
          "[\(keyName(.dialogYes, state, context: .dialog))] " + l(.answerRegisterAndSave),
          answer(.dialogNo, .answerKeepEditing),
        ])
    case .retireCadre(_, let name, let contacts):
      return ConfirmDialog(
        title: l(.retireTitle), message: l(.retireCadreConfirm(name, contacts)), answers: yesNo)
    case .extraReceptionDay:
      return ConfirmDialog(
        title: l(.receptionExtraTitle),
        message: l(.receptionExtraConfirm(state.receptionDayLine.text)),
        answers: [
          "[\(keyName(.dialogYes, state, context: .dialog))] " + l(.receptionExtraYes),
          "[\(keyName(.dialogNo, state, context: .dialog))] " + l(.receptionExtraNo),
        ])
    case .retireArea(_, let name):
      return ConfirmDialog(
        title: l(.retireTitle), message: l(.retireAreaConfirm(name)), answers: yesNo)
    case .deleteVisit(_, let label):
      return ConfirmDialog(
        title: l(.deleteTitle),
        message: l(.deleteVisitConfirm(label, keyName(.undo, state, context: .diary))),
        answers: yesNo)
    case .merge(let from, let into):
      return ConfirmDialog(
        title: l(.mergeTitle(from.householdNo)),
        message: l(.mergeConfirm(from.householdNo, from.headName, into.householdNo, into.headName)),
        answers: yesNo)
    case .report(let title, let lines):
      return ConfirmDialog(
        title: title, message: lines.joined(separator: "\n"), answers: [l(.answerAnyKey)])
    }
  }

  /// Blanks everything between the tab bar and the status line, under a modal overlay.
  private func clearBody(_ screen: inout Screen) {
    screen.fill(
      Rect(x: 0, y: 1, width: screen.size.width, height: screen.size.height - 2),
      style: theme.normal)
  }

  /// The key help for where the keys are now: the keys that work there, by context, the
  /// most specific first. A key that does nothing there is not listed, nor one that a more
  /// specific context takes, nor a printable key where typing goes to a field; the keys a
  /// layer reads by itself (Enter in a field, the digits of a choice) come first.
  static func helpOverlay(for state: AppState) -> HelpOverlay {
    let l = state.l
    let layer = state.helpLayer
    let acting = state.helpActions(for: layer)
    let handled = state.handledActions(for: layer)
    let typing = state.takesText(layer)
    var sections: [HelpOverlay.Section] = []
    let implicit = implicitKeys(for: layer, state)
    if !implicit.isEmpty {
      sections.append(HelpOverlay.Section(title: l(.helpTyping), entries: implicit))
    }
    var taken: Set<Key> = []
    for context in state.helpContexts {
      let contextName = context.rawValue
      var entries = ActionName.allCases.compactMap { action -> (keys: String, label: String)? in
        guard acting.contains(action) else { return nil }
        let keys = state.keymap.keys(for: action.rawValue, in: contextName).filter {
          !taken.contains($0) && !(typing && $0.isTyped)
        }
        guard !keys.isEmpty else { return nil }
        return (
          keys.map(KeyNotation.label).joined(separator: " "),
          action.registryLabel(in: context).map { l($0) } ?? l(action.label)
        )
      }
      for action in handled {
        taken.formUnion(state.keymap.keys(for: action.rawValue, in: contextName))
      }
      if context == .global {
        entries.append((KeyNotation.label(Keymaps.emergencyQuit), l(.emergencyQuit)))
      }
      guard !entries.isEmpty else { continue }
      sections.append(HelpOverlay.Section(title: l(context.label), entries: entries))
    }
    let close = state.keymap.keys(for: ActionName.back.rawValue, in: KeyContext.global.rawValue)
      .first
    return HelpOverlay(
      title: l(.helpTitle), sections: sections,
      footer: l(.helpFooter(close.map(KeyNotation.label) ?? "Esc")))
  }

  /// The keys a layer reads by itself, which no keymap binds.
  private static func implicitKeys(for layer: Layer?, _ state: AppState) -> [(
    keys: String, label: String
  )] {
    let l = state.l
    switch layer {
    case .form:
      return [
        ("Enter", l(.helpEnterNext)), ("Up Down", l(.helpDateStep)),
        ("1…9 0 - =", l(.helpDigitChoice)), ("Ctrl-U Ctrl-K", l(.helpClearLine)),
      ]
    case .reception:
      return [
        ("Up Down", l(.helpDeskMatches)), ("Enter", l(.helpDeskLink)),
        ("1…9 0 - =", l(.helpDigitChoice)), ("Ctrl-U Ctrl-K", l(.helpClearLine)),
      ]
    case nil where state.takesText(nil):
      return [("Enter", l(.helpSearchEnter))]
    default:
      return []
    }
  }
}

extension AppView {
  /// Work under way as a line and a bar: `正在导入同步包…` over `[#######-------] 45%`.
  static func progressText(_ progress: BusyProgress) -> String {
    progress.label + "\n" + ProgressBar.text(progress.fraction)
  }
}
