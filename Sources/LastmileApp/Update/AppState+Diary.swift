import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The diary: writing, reading, editing and deleting visits, and what the visit form looks up.
extension AppState {
  /// An action in the diary's table, or nil to fall through to the shell's.
  mutating func diaryAction(_ action: ActionName) -> [AppEffect]? {
    let selected = diary.table.selectedModel
    switch action {
    case .open:
      return selected.map { [.openVisit($0.id)] } ?? []
    case .add:
      return [.loadFormData(.visit(nil, household: nil), draft: nil)]
    case .edit:
      return selected.map { [.loadFormData(.visit($0.id, household: nil), draft: nil)] } ?? []
    case .delete:
      guard let visit = selected else { return [] }
      let subject = visit.households.isEmpty ? visit.village : visit.households
      navigation.push(
        .dialog(
          .deleteVisit(
            visit.id, label: "\(visit.date) \(subject)".trimmingCharacters(in: .whitespaces))))
      return []
    case .undo:
      return undoLast()
    case .calendar:
      // The selected visit's first cadre, else the cadre at the keyboard, this month.
      let target: CalendarTarget = selected.map { .visitCadre($0.id) } ?? .operatorCadre
      return [.openCalendar(target, year: today.year, month: today.month, select: today)]
    case .followUpDone:
      return selected.map { [.markFollowUpDone($0.id)] } ?? []
    case .filter:
      return [.loadFormData(.diaryFilter, draft: nil)]
    case .search:
      navigation.push(
        .form(FormLayer(kind: .diarySearch, form: DiaryFilterForm.searchForm(l))))
      return []
    case .filterClear:
      guard !diary.filter.isEmpty else { return [] }
      diary.filter = VisitFilter()
      diary.filterLabel = ""
      return reloadDiary()
    case .exportFile:
      navigation.push(
        .form(
          FormLayer(kind: .exportFile(.diary), form: FormFactory.exportForm(self, pane: .diary))))
      return []
    default:
      return nil
    }
  }

  /// The diary read again from its top under the filter in force.
  mutating func reloadDiary() -> [AppEffect] {
    diary.table.rows = []
    return [loadPage(.diary, .top, withCount: true)].compactMap { $0 }
  }

  /// The visit form's households were looked up: all found, the field names them as the
  /// store knows them; else the field says which was not found, or which fit several.
  mutating func householdsResolved(_ typed: String, _ found: [Resolution<HouseholdRef>])
    -> [AppEffect]
  {
    resolved(.households, typed, found) { $0.label }
    // A name that fits several households opens the choice between them.
    let ambiguous = found.compactMap { resolution -> String? in
      if case .ambiguous(let name, _) = resolution { name } else { nil }
    }
    return ambiguous.first.map { [.findHouseholdCandidates($0)] } ?? []
  }

  /// The households a name may be: the visit form's choice between them opens over it.
  mutating func householdCandidatesFound(_ typed: String, _ candidates: [HouseholdCandidate])
    -> [AppEffect]
  {
    guard case .form(let layer) = navigation.top, case .visit = layer.kind, candidates.count > 1
    else { return [] }
    var chooser = VisitForm.chooser(typed, candidates, today: today, l)
    chooser.pickOpen = true
    navigation.push(.form(FormLayer(kind: .chooseHousehold(typed), form: chooser)))
    return []
  }

  /// The household chosen for a name: the visit form under the choice names it instead, and
  /// looks its households up again.
  mutating func householdChosen(_ typed: String, _ label: String) -> [AppEffect] {
    closeForm()
    guard case .form(var layer) = navigation.top, case .visit = layer.kind else { return [] }
    let names = NameList.items(layer.form[.households])
    var kept: [String] = []
    for name in names.map({ $0 == typed ? label : $0 }) where !kept.contains(name) {
      kept.append(name)
    }
    let chosen = kept.joined(separator: "、")
    layer.form[.households] = chosen
    layer.form.setMessage(nil, for: .households)
    layer.dirty = true
    navigation.replaceTop(.form(layer))
    return [.resolveHouseholds(chosen)]
  }

  /// The visit form's cadres were looked up: a name not among the cadres is said, and asked
  /// about when the visit is saved.
  mutating func cadresResolved(_ typed: String, _ found: [Resolution<CadreRef>]) -> [AppEffect] {
    resolved(.cadres, typed, found) { $0.name }
    return []
  }

  private mutating func resolved<T>(
    _ field: FieldID, _ typed: String, _ found: [Resolution<T>], label: (T) -> String
  ) {
    guard case .form(var layer) = navigation.top, case .visit = layer.kind,
      layer.form[field] == typed
    else { return }
    var names: [String] = []
    for name in found.compactMap(\.value).map(label) where !names.contains(name) {
      names.append(name)
    }
    var problems: [String] = []
    for resolution in found {
      switch resolution {
      case .found: break
      case .notFound(let name):
        problems.append(
          field == .cadres
            ? l(.notAmongCadres(name))
            : FieldProblem.Reason.missingReference(name).text(language))
      case .ambiguous(let name, let candidates):
        problems.append(
          FieldProblem.Reason.ambiguous(
            name, candidates: candidates.joined(separator: language == .zh ? "；" : "; ")
          )
          .text(language))
      }
    }
    if problems.isEmpty {
      layer.form[field] = names.joined(separator: "、")
      layer.settled[field.rawValue] = layer.form[field]
      layer.form.setMessage(nil, for: field)
    } else {
      layer.form.setMessage(problems.joined(separator: "\n"), for: field)
    }
    navigation.replaceTop(.form(layer))
  }

  /// A visit was recorded: the form closes, undo can take it back, and the diary, the counts
  /// and a card open on its household are read again.
  mutating func visitSaved(label: String, undo: UndoEntry, raised: Int, household: UUID?)
    -> [AppEffect]
  {
    closeForm()
    undoStack.append(undo)
    message = StatusMessage(
      raised > 0 ? l(.visitSavedRaised(label, raised)) : l(.visitSaved(label)))
    // Only what a visit changes on the status line is counted again: the follow-ups, and the
    // requests when it raised some (the households' count stays).
    var effects: [AppEffect] = navigation.tab == .review ? [countsEffect] : [.loadDiaryCounts]
    if raised > 0, navigation.tab != .review { effects.append(.loadRequestCounts) }
    if diary.table.loaded || navigation.tab == .diary {
      effects += [loadPage(.diary, .reload, withCount: true)].compactMap { $0 }
    }
    effects.append(.whenIdle(.reloadLists))
    if let shown = card, shown.card.household.id == household || household == nil {
      effects.append(.openCard(shown.card.household.id))
    }
    return effects
  }

  /// A visit read whole opens in the reader: what it names, what it says, the requests it
  /// raised; a digit opens a household or a request it names.
  mutating func visitLoaded(_ detail: VisitDetail?) -> [AppEffect] {
    guard let detail else {
      message = StatusMessage(l(.visitGone), .warning)
      return []
    }
    let visit = detail.visit
    var lines: [String] = []
    lines.append(l(.readerCadres(detail.cadres.map(\.name).joined(separator: "、"))))
    if !detail.place.isEmpty { lines.append(l(.readerPlace(detail.place))) }
    if let hours = visit.hours { lines.append(l(.readerHours(VisitHours.text(hours)))) }
    if visit.overnight { lines.append(l(.readerOvernight)) }
    if let followUp = visit.followUpOn {
      let state =
        visit.followUpDoneOn.map { l(.readerFollowUpDone($0)) }
        ?? (detail.followUpOpen ? l(.readerFollowUpOpen) : "")
      lines.append(l(.readerFollowUp(followUp)) + state)
    }
    lines += ["", visit.content]
    var links: [ReaderLink] = []
    var linkLines: [String] = []
    for household in detail.households where links.count < 9 {
      links.append(.household(household.id))
      linkLines.append(
        "\(links.count)  " + l(.linkHousehold("\(household.label) \(household.place)")))
    }
    for request in detail.requests where links.count < 9 {
      links.append(.request(request.id))
      let category =
        RequestCategory.defaults.first { $0.code == request.category }?.label(language)
        ?? request.category
      linkLines.append(
        "\(links.count)  "
          + l(.linkRequest(category, request.content, request.status.label(language))))
    }
    if !links.isEmpty {
      lines += ["", l(.readerOpenLinks(links.count == 1 ? "1" : "1–\(links.count)"))] + linkLines
    }
    openReader(
      title: l(.readerVisitTitle(visit.date, visit.kind.label(language))),
      text: lines.joined(separator: "\n"), links: links)
    return []
  }
}
