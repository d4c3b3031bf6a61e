import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// Opens a form built from what the store read, with a draft's values when restoring one.
  mutating func openForm(_ kind: FormKind, data: FormData, draft: String?) -> [AppEffect] {
    guard var form = FormFactory.make(kind, data: data, state: self) else { return [] }
    if let draft {
      if case .visit = kind {
        VisitForm.prepare(&form, forDraft: draft, language: language, categories: categories)
      }
      FormKind.restore(draft, into: &form)
    }
    if let shown = card, shown.revealed, kind.household == shown.card.household.id {
      // Revealed on the card (and recorded): the form shows the same in full.
      for index in form.fields.indices { form.fields[index].concealed = nil }
    }
    navigation.push(.form(FormLayer(kind: kind, form: form, dirty: draft != nil)))
    return []
  }

  /// A key while a form has the keys: typed text always goes to the field; other keys are
  /// looked up in the form's contexts.
  mutating func formKey(_ key: Key, _ layer: FormLayer) -> [AppEffect] {
    var layer = layer
    var effects: [AppEffect] = []
    var bound: ActionName? =
      key.isPrintable || (layer.form.pickOpen && key == .enter) ? nil : action(for: key)
    if key == .enter, layer.form.fields.count == 1, case .text = layer.form.fields[0].kind {
      // A form of one line (a search, a name) is done when Enter is pressed.
      bound = .formSubmit
    }
    switch bound {
    case .formSubmit:
      layer.form.keepTyped()
      guard layer.kind.checkAll(&layer.form, today: today, language: language) else { break }
      layer.form.message = nil
      navigation.replaceTop(.form(layer))
      if layer.kind != .changeOperator, askOperatorFirst() { return [] }
      return submit(layer.kind, layer.form)
    case .formPhrase:
      navigation.replaceTop(.form(layer))
      offerPhrases(for: layer.form)
      return []
    case .next, .previous:
      // What was typed in an open list that takes free text is its answer; Tab moves on.
      layer.form.keepTyped()
      let left = bound == .next ? layer.form.focusNext() : layer.form.focusPrevious()
      layer.form = leave(left, layer.form, &layer, &effects)
    case .back:
      if layer.form.pickOpen {
        layer.form.pickOpen = false
        break
      }
      if layer.dirty {
        navigation.push(.dialog(.closeUnsaved))
      } else {
        navigation.pop()
      }
      return []
    case .quit:
      navigation.replaceTop(.form(layer))
      return requestQuit()
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .reveal:
      // Showing personal data in full is recorded in the audit log first.
      guard layer.conceals, let household = layer.kind.household else { break }
      navigation.replaceTop(.form(layer))
      return [.reveal(household)]
    default:
      let before = layer.form.fields.first?.value
      effects = edit(key, &layer)
      // A form whose one question is a choice (which household, which cadre) is answered by
      // the choice.
      if layer.form.fields.count == 1, case .pick = layer.form.fields[0].kind,
        !layer.form.pickOpen, let chosen = layer.form.fields.first?.value, !chosen.isEmpty,
        chosen != before
      {
        navigation.replaceTop(.form(layer))
        if askOperatorFirst() { return [] }
        return submit(layer.kind, layer.form)
      }
    }
    navigation.replaceTop(.form(layer))
    return effects
  }

  /// Gives a key to the focused field, wrapping text areas where the view draws them.
  private mutating func edit(_ key: Key, _ layer: inout FormLayer) -> [AppEffect] {
    var form = layer.form
    defer { layer.form = form }
    if key == .enter, !form.pickOpen, form.fields.indices.contains(form.focus),
      case .text = form.fields[form.focus].kind
    {
      // Enter in a one-line field moves on, as Tab does.
      let left = form.focusNext()
      var effects: [AppEffect] = []
      form = leave(left, form, &layer, &effects)
      return effects
    }
    let width = Layout.areaWidth(of: form, boxWidth: Layout.formWidth(size), measure: measure)
    let before = form.fields.map(\.value)
    defer { if form.fields.map(\.value) != before { layer.dirty = true } }
    defer {
      if case .visit = layer.kind {
        VisitForm.grow(&form, language: language, categories: categories)
      }
    }
    var effects: [AppEffect] = []
    switch form.edit(key, measure: measure, areaWidth: width) {
    case .edited(let id):
      if form.fields.first(where: { $0.id == id })?.message != nil {
        form.setMessage(
          layer.kind.check(field: id, in: form, today: today, language: language), for: id)
      }
    case .chose:
      // A digit chose an option: the answer is given, so the next question comes.
      let left = form.focusNext()
      form = leave(left, form, &layer, &effects)
    case .adjustDate(let id, let days):
      let base = LocalDate(parsing: form[id]) ?? today
      form[id] = base.adding(days: days).description
    case .none:
      break
    }
    return effects
  }

  /// Checks the field just left and fills what it implies, knowing what it held before; a
  /// visit's households and cadres, when changed, are looked up in the store.
  private func leave(
    _ id: String, _ form: FormState, _ layer: inout FormLayer, _ effects: inout [AppEffect]
  ) -> FormState {
    var form = form
    let before = layer.settled[id] ?? ""
    layer.kind.leave(field: id, form: &form, before: before, today: today, language: language)
    layer.settled[id] = form[id]
    if case .visit = layer.kind, form[id] != before,
      !form[id].trimmingCharacters(in: .whitespaces).isEmpty
    {
      switch FieldID(rawValue: id) {
      case .households: effects.append(.resolveHouseholds(form[id]))
      case .cadres: effects.append(.resolveCadres(form[id]))
      default: break
      }
    }
    return form
  }

  /// What saving a checked form does.
  private mutating func submit(_ kind: FormKind, _ form: FormState) -> [AppEffect] {
    switch kind {
    case .syncBundle, .syncConflicts:
      return submitSync(kind, form)
    case .changeOperator:
      return [.changeOperator(form[.name].trimmingCharacters(in: .whitespaces))]
    case .settings:
      return [
        .saveSettings(FormFactory.settings(from: form, policy: policy, categories: categories))
      ]
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
      roster.filter = filter
      roster.filterLabel = label
      closeForm()
      roster.table.rows = []
      return [loadPage(.roster, .top, withCount: true)].compactMap { $0 } + searchAgain()
    case .importFile:
      return [
        .importFile(
          ImportTable(rawValue: form[.table]) ?? .households,
          path: form[.file].trimmingCharacters(in: .whitespaces),
          dryRun: form[.dryRun] == "yes", skipInvalid: form[.skipInvalid] == "yes", language)
      ]
    case .exportFile(.review):
      return [FormFactory.reviewExport(from: form, state: self)]
    case .exportFile(let pane):
      return [FormFactory.export(from: form, pane: pane, state: self)]
    case .merge(let source):
      return [
        .findMergeTarget(
          source: source, targetNumber: form[.target].trimmingCharacters(in: .whitespaces))
      ]
    case .reviewScope:
      let today = self.today
      guard let period = Period(parsing: form[.period], today: today) else { return [] }
      let area = UUID(uuidString: form[.area])
      let name = form.fields.first { $0.id == FieldID.area.rawValue }.flatMap { field in
        if case .pick(let list) = field.kind { list.chosenLabel } else { nil }
      }
      closeForm()
      let effects = scopeReview(
        period: period, area: area, name: (name ?? "").trimmingCharacters(in: .whitespaces))
      // A draft of the form restored over another pane: its figures are shown where they are.
      return navigation.tab == .review ? effects : switchTab(to: .review)
    case .queueFilter:
      closeForm()
      return filterQueue(FormFactory.queueFilter(from: form, categories: categories))
    case .handleRequest(let id, let action):
      guard let handling = FormFactory.handling(from: form, action: action) else { return [] }
      return [.handleRequest(id, handling)]
    case .handOver(let day):
      return [.handOverBook(day, to: form[.to], note: form[.note])]
    case .phrase(let field):
      insertPhrase(form[.phrases], into: field)
      return []
    case .meetingOutcome(let id, let meeting):
      switch FormFactory.meetingOutcome(from: form, today: today) {
      case .failure(let problems): return formRejected(problems.all)
      case .success(let outcome):
        closeForm()
        guard navigation.layers.contains(where: { if case .agenda = $0 { true } else { false } })
        else { return decideWithoutAgenda(id, outcome, meeting) }
        updateAgenda { $0.decided[id] = outcome }
        return []
      }
    case .printAgenda(let meeting):
      return [
        .printAgenda(meeting, path: form[.file].trimmingCharacters(in: .whitespaces), language)
      ]
    case .transferSlip(let id, _):
      return [
        .printSlip(
          id, path: form[.file].trimmingCharacters(in: .whitespaces),
          unmask: form[.unmask] == "yes", language)
      ]
    case .dutyLeader(let day):
      let month = day.adding(days: 1 - day.day)
      return [
        .loadRota(month: month, select: day, change: .replace(day, leader: form[.dutyLeader]))
      ]
    case .bookDay:
      closeForm()
      return LocalDate(parsing: form[.day].trimmingCharacters(in: .whitespaces)).map {
        [.openBook($0)]
      } ?? []
    case .diaryFilter:
      let text = diary.filter.text
      diary.filter = DiaryFilterForm.filter(from: form, keeping: text, l)
      diary.filterLabel = DiaryFilterForm.label(of: form, diary.filter, l)
      closeForm()
      return reloadDiary()
    case .chooseHousehold(let typed):
      return householdChosen(typed, form[.target])
    case .cadre, .contactHousehold, .contactArea, .endContact, .area, .cadreSearch:
      return submitRegistry(kind, form)
    case .calendarCadre:
      guard let cadre = UUID(uuidString: form[.cadre]) else { return [] }
      let shown = navigation.layers.reversed().lazy.compactMap { layer -> CalendarState? in
        if case .calendar(let calendar) = layer { calendar } else { nil }
      }.first
      let day = shown?.selected ?? today
      return [.openCalendar(.cadre(cadre), year: day.year, month: day.month, select: day)]
    case .queueSearch:
      let text = form[.text].trimmingCharacters(in: .whitespaces)
      var filter = queue.filter
      filter.text = text.isEmpty ? nil : text
      closeForm()
      return filterQueue(filter)
    case .diarySearch:
      let text = form[.text].trimmingCharacters(in: .whitespaces)
      diary.filter.text = text.isEmpty ? nil : text
      let kept = diary.filterLabel.components(separatedBy: " · ").filter { !$0.hasPrefix("“") }
      diary.filterLabel = (kept.filter { !$0.isEmpty } + (text.isEmpty ? [] : ["“\(text)”"]))
        .joined(separator: " · ")
      closeForm()
      return reloadDiary()
    case .visit(let id, _):
      return VisitForm.input(from: form, id: id).map { [.saveVisit($0, newCadres: [])] } ?? []
    case .exportBook(let day):
      return [
        .exportBook(
          day, ReportFormat(rawValue: form[.format]) ?? .html,
          path: form[.file].trimmingCharacters(in: .whitespaces), unmask: form[.unmask] == "yes",
          language)
      ]
    }
  }
}
