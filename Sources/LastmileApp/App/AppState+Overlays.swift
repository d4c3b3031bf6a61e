import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key pressed while an overlay has the keys.
  mutating func handle(_ key: Key, in overlay: Overlay) -> [AppEffect] {
    switch overlay {
    case .busy:
      return []
    case .help(let scroll):
      return handleHelp(key, scroll: scroll)
    case .confirm(let question):
      return answer(question, with: key)
    case .firstStart:
      switch key {
      case .character("1"):
        overlays.append(.busy)
        return [.loadDemo]
      case .character("2"):
        overlays.removeLast()
        return [.prepareForm(.importFile, draft: nil)]
      case .character("3"):
        overlays.removeLast()
        return []
      default:
        if action(for: key) == .back { overlays.removeLast() }
        if action(for: key) == .quit { quitting = true }
        return []
      }
    case .form(let kind, let form, let dirty):
      return handleForm(key, kind: kind, form: form, dirty: dirty)
    case .handlingMenu(let id, let label, let actions):
      return handleMenu(key, id: id, label: label, actions: actions)
    }
  }

  private mutating func handleHelp(_ key: Key, scroll: Int) -> [AppEffect] {
    let lines = AppView.helpOverlay(for: self).lineCount
    let room = max(1, size.height - 5)
    var newScroll = scroll
    switch keymap.action(for: key, in: [KeyContext.table.rawValue, KeyContext.global.rawValue])
      .flatMap(ActionName.init)
    {
    case .tableDown: newScroll += 1
    case .tableUp: newScroll -= 1
    case .tablePageDown: newScroll += room
    case .tablePageUp: newScroll -= room
    case .tableTop: newScroll = 0
    case .tableBottom: newScroll = lines
    case .back, .help, .quit:
      overlays.removeLast()
      return []
    default:
      return []
    }
    overlays[overlays.count - 1] = .help(scroll: max(0, min(newScroll, lines - room)))
    return []
  }

  private mutating func answer(_ question: Question, with key: Key) -> [AppEffect] {
    let yes = key == .character("y") || key == .character("Y")
    let no =
      key == .character("n") || key == .character("N") || action(for: key) == .back
      || key == .escape
    func close() { overlays.removeLast() }
    switch question {
    case .quitUnsaved:
      if yes {
        close()
        quitting = true
      } else if no {
        close()
      }
    case .closeUnsaved:
      if yes {
        close()
        closeTopForm()
      } else if no {
        close()
      }
    case .restoreDraft(let draft):
      if key == .character("r") || key == .character("R") {
        close()
        guard let kind = FormKind(draftKind: draft.kind) else { return [.clearDraft] }
        return [.clearDraft, .prepareForm(kind, draft: draft.payload)]
      }
      if key == .character("d") || key == .character("D") || no {
        close()
        return [.clearDraft]
      }
    case .deleteHousehold(let id, _):
      if yes {
        close()
        if card?.card.household.id == id { card = nil }
        return [.deleteHousehold(id)]
      }
      if no { close() }
    case .deleteMember(let id, _):
      if yes {
        close()
        return [.deleteMember(id)]
      }
      if no { close() }
    case .duplicates(let hints, let retry):
      if key == .character("s") || key == .character("S") {
        close()
        return [retry]
      }
      if key == .character("o") || key == .character("O"), let first = hints.first {
        close()
        closeTopForm()
        tab = .roster
        return [.openCard(first.householdId)]
      }
      if no { close() }
    case .merge(let source, let target, _):
      if yes {
        close()
        return [.merge(source: source, target: target)]
      }
      if no { close() }
    case .report:
      close()
    }
    return []
  }

  private mutating func handleForm(_ key: Key, kind: FormKind, form: FormState, dirty: Bool)
    -> [AppEffect]
  {
    var form = form
    var dirty = dirty
    defer {
      if let index = overlays.lastIndex(where: { if case .form = $0 { true } else { false } }),
        index == overlays.count - 1
      {
        overlays[index] = .form(kind, form, dirty: dirty)
      }
    }
    // Typed text always goes to the field; only other keys are looked up in the keymap.
    let bound: ActionName? =
      key.isPrintable || (form.pickOpen && key == .enter) ? nil : action(for: key)
    switch bound {
    case .formSubmit:
      if form.pickOpen { form.pickOpen = false }
      guard kind.checkAll(&form, today: today, language: language) else { return [] }
      form.message = nil
      return submit(kind, form)
    case .next, .previous:
      if form.pickOpen {
        form.pickOpen = false
        return []
      }
      let left = bound == .next ? form.focusNext() : form.focusPrevious()
      kind.leave(field: left, form: &form, today: today, language: language)
      return []
    case .back:
      if form.pickOpen {
        form.pickOpen = false
        return []
      }
      if dirty {
        overlays.append(.confirm(.closeUnsaved))
      } else {
        overlays.removeLast()
      }
      return []
    case .quit:
      if dirty { overlays.append(.confirm(.quitUnsaved)) } else { quitting = true }
      return []
    case .help:
      overlays.append(.help(scroll: 0))
      return []
    default:
      break
    }
    if key == .enter, !form.pickOpen, form.fields.indices.contains(form.focus),
      case .text = form.fields[form.focus].kind
    {
      // Enter in a one-line field moves on, as Tab does.
      let left = form.focusNext()
      kind.leave(field: left, form: &form, today: today, language: language)
      return []
    }
    switch form.edit(key, measure: TextMeasure(), areaWidth: max(10, min(size.width - 4, 76) - 24))
    {
    case .edited(let id):
      dirty = true
      if form.fields.first(where: { $0.id == id })?.message != nil {
        form.setMessage(kind.check(field: id, in: form, today: today, language: language), for: id)
      }
    case .adjustDate(let id, let days):
      let base = LocalDate(parsing: form[id]) ?? today
      form[id] = base.adding(days: days).description
      dirty = true
    case .none:
      break
    }
    return []
  }

  /// What saving a checked form does.
  private mutating func submit(_ kind: FormKind, _ form: FormState) -> [AppEffect] {
    switch kind {
    case .changeOperator:
      return [.changeOperator(form["name"].trimmingCharacters(in: .whitespaces))]
    case .settings:
      return [.saveSettings(FormFactory.settings(from: form))]
    case .household(let id):
      let (household, cadre) = FormFactory.household(from: form, id: id)
      return [.saveHousehold(household, cadre: cadre, isNew: id == nil, confirmed: false)]
    case .member(let householdId, let memberId):
      return [
        .saveMember(
          FormFactory.member(from: form, householdId: householdId, id: memberId),
          isNew: memberId == nil, confirmed: false)
      ]
    case .rosterFilter:
      let (filter, label) = FormFactory.filter(from: form, language: language)
      rosterFilter = filter
      rosterFilterLabel = label
      closeTopForm()
      roster.rows = []
      return [loadPage(.roster, .top, withCount: true)].compactMap { $0 }
    case .importFile:
      return [
        .importFile(
          ImportTable(rawValue: form["table"]) ?? .households,
          path: form["file"].trimmingCharacters(in: .whitespaces),
          dryRun: form["dry_run"] == "yes", skipInvalid: form["skip_invalid"] == "yes")
      ]
    case .exportFile:
      return [
        .exportFile(
          ExportTable(rawValue: form["table"]) ?? .households,
          ExportFormat(rawValue: form["format"]) ?? .csv,
          path: form["file"].trimmingCharacters(in: .whitespaces), unmask: form["unmask"] == "yes")
      ]
    case .merge(let source):
      return [
        .prepareMerge(
          source: source, targetNumber: form["target"].trimmingCharacters(in: .whitespaces))
      ]
    case .queueFilter:
      closeTopForm()
      return filterQueue(FormFactory.queueFilter(from: form))
    case .handleRequest(let id, let action):
      guard let handling = FormFactory.handling(from: form, action: action) else { return [] }
      return [.handleRequest(id, handling)]
    case .handOver(let day):
      return [.handOverBook(day, to: form["to"], note: form["note"])]
    case .exportBook(let day):
      return [
        .exportBook(
          day, ReportFormat(rawValue: form["format"]) ?? .html,
          path: form["file"].trimmingCharacters(in: .whitespaces))
      ]
    }
  }
}
