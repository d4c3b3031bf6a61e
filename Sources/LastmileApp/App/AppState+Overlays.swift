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
    }
  }

  private mutating func handleHelp(_ key: Key, scroll: Int) -> [AppEffect] {
    let lines = AppView.helpOverlay(for: self).lineCount
    let room = max(1, size.height - 5)
    var newScroll = scroll
    switch keymap.action(for: key, in: [KeyContext.table.rawValue, KeyContext.global.rawValue]).flatMap(ActionName.init) {
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
    let no = key == .character("n") || key == .character("N") || action(for: key) == .back
    switch question {
    case .quitUnsaved:
      if yes {
        overlays.removeLast()
        quitting = true
      } else if no {
        overlays.removeLast()
      }
      return []
    case .closeUnsaved:
      if yes {
        overlays.removeLast()
        closeTopForm()
      } else if no {
        overlays.removeLast()
      }
      return []
    case .restoreDraft(let draft):
      if key == .character("r") || key == .character("R") {
        overlays.removeLast()
        switch FormKind(rawValue: draft.kind) {
        case .settings:
          return [.clearDraft, .loadSettings(draft: draft.payload)]
        case .changeOperator:
          var form = FormKind.operatorForm(name: "", language: language)
          FormKind.restore(draft.payload, into: &form)
          overlays.append(.form(.changeOperator, form, dirty: true))
          return [.clearDraft]
        case nil:
          return [.clearDraft]
        }
      }
      if key == .character("d") || key == .character("D") || action(for: key) == .back {
        overlays.removeLast()
        return [.clearDraft]
      }
      return []
    }
  }

  private mutating func handleForm(_ key: Key, kind: FormKind, form: FormState, dirty: Bool) -> [AppEffect] {
    var form = form
    var dirty = dirty
    var effects: [AppEffect] = []
    defer {
      if let index = overlays.lastIndex(where: { if case .form = $0 { true } else { false } }), index == overlays.count - 1 {
        overlays[index] = .form(kind, form, dirty: dirty)
      }
    }
    // Typed text always goes to the field; only other keys are looked up in the keymap.
    let bound: ActionName? = key.isPrintable || (form.pickOpen && key == .enter) ? nil : action(for: key)
    switch bound {
    case .formSubmit:
      guard kind.checkAll(&form, language: language) else { return [] }
      form.message = nil
      switch kind {
      case .changeOperator: effects.append(.changeOperator(form["name"].trimmingCharacters(in: .whitespaces)))
      case .settings: effects.append(.saveSettings(FormKind.settings(from: form)))
      }
      return effects
    case .next, .previous:
      if form.pickOpen {
        form.pickOpen = false
        return []
      }
      let left = bound == .next ? form.focusNext() : form.focusPrevious()
      form.setMessage(kind.check(field: left, value: form[left], language: language), for: left)
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
    case .quit where !key.isPrintable:
      if dirty { overlays.append(.confirm(.quitUnsaved)) } else { quitting = true }
      return []
    case .help where !key.isPrintable:
      overlays.append(.help(scroll: 0))
      return []
    default:
      break
    }
    if key == .enter, !form.pickOpen, case .text? = form.fields.indices.contains(form.focus) ? form.fields[form.focus].kind.textKind : nil {
      // Enter in a one-line field moves on, as Tab does.
      let left = form.focusNext()
      form.setMessage(kind.check(field: left, value: form[left], language: language), for: left)
      return []
    }
    switch form.edit(key, measure: TextMeasure(), areaWidth: max(10, min(size.width - 10, 76) - 4 - 20)) {
    case .edited(let id):
      dirty = true
      if form.fields.first(where: { $0.id == id })?.message != nil {
        form.setMessage(kind.check(field: id, value: form[id], language: language), for: id)
      }
    case .adjustDate, .none:
      break
    }
    return effects
  }
}

extension FormField.Kind {
  /// `.text` for one-line text fields, nil for the others.
  var textKind: FormField.Kind? {
    if case .text = self { return self }
    return nil
  }
}
