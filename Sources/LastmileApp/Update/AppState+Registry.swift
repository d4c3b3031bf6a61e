import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The registry over the review: the cadres, a cadre's own view with their contacts and
/// quotas, and the areas. Each list moves by row and page; changes go through forms, and a
/// retirement is asked first.
extension AppState {
  /// This month, as the registry first counts it.
  var thisMonth: Period { Period(months: today, through: today) }

  /// Whether the month of `day` can be judged: it has begun. A later one is said, not shown.
  mutating func isJudged(_ day: LocalDate) -> Bool {
    guard LocalDate(year: day.year, month: day.month, day: 1)! <= today else {
      message = StatusMessage(l(.noLaterMonth), .warning)
      return false
    }
    return true
  }

  /// The keys every registry layer shares: Esc, the help, quitting, and the shell's own.
  private mutating func registryShared(_ action: ActionName?) -> [AppEffect]? {
    switch action {
    case .back?:
      navigation.pop()
      return []
    case .help?:
      navigation.push(.help(scroll: 0))
      return []
    case let action? where isShellAction(action):
      return perform(action)
    default:
      return nil
    }
  }

  /// A key while the cadre registry is open.
  mutating func cadresKey(_ key: Key, _ list: CadreListState) -> [AppEffect] {
    let action = action(for: key)
    if let selected = moved(list.selected, count: list.rows.count, by: action) {
      var list = list
      list.selected = selected
      navigation.replaceTop(.cadres(list))
      return []
    }
    let chosen = list.selectedCadre?.cadre
    switch action {
    case .open?:
      return chosen.map { [.openCadre($0.id, list.period, selected: 0)] } ?? []
    case .add?:
      return [.loadFormData(.cadre(nil), draft: nil)]
    case .edit?:
      return chosen.map { [.loadFormData(.cadre($0.id), draft: nil)] } ?? []
    case .delete?:
      guard let row = list.selectedCadre else { return [] }
      navigation.push(
        .dialog(
          .retireCadre(
            row.cadre.id, name: row.cadre.name,
            contacts: row.contactAreas + row.contactHouseholds)))
      return []
    case .periodBefore?, .periodAfter?:
      let month = list.period.first.adding(months: action == .periodBefore ? -1 : 1)
      guard isJudged(month) else { return [] }
      return [.loadCadres(Period(months: month, through: month), select: chosen?.id)]
    case .search?:
      navigation.push(
        .form(
          FormLayer(
            kind: .cadreSearch, form: FormFactory.make(.cadreSearch, data: .none, state: self)!)))
      return []
    case .searchNext?:
      guard let query = list.query else { return [] }
      findCadre(query, from: list.selected + 1)
      return []
    default:
      return registryShared(action) ?? []
    }
  }

  /// A key while a cadre's own view is open.
  mutating func cadreKey(_ key: Key, _ view: CadreViewState) -> [AppEffect] {
    let action = action(for: key)
    if let selected = moved(view.selected, count: view.itemCount, by: action) {
      var view = view
      view.selected = selected
      navigation.replaceTop(.cadre(view))
      return []
    }
    let cadre = view.detail.cadre
    switch action {
    case .edit?:
      return [.loadFormData(.cadre(cadre.id), draft: nil)]
    case .contactHousehold?:
      return [.loadFormData(.contactHousehold(cadre: cadre.id), draft: nil)]
    case .contactArea?:
      return [.loadFormData(.contactArea(cadre: cadre.id), draft: nil)]
    case .delete?:
      guard let contact = view.selectedContact, contact.endsOn == nil else { return [] }
      return [.loadFormData(.endContact(contact.id, cadre: cadre.id), draft: nil)]
    case .open?:
      guard let (part, result) = view.selectedQuota else { return [] }
      let quota = language == .zh ? result.kind.chinese : result.kind.english
      openReader(
        title: l(.evidenceTitle(cadre.name, quota)),
        text: ([part.role.label(language) + " · " + part.period.description]
          + (result.evidence.isEmpty ? [l(.evidenceNone)] : result.evidence))
          .joined(separator: "\n"))
      return []
    case .periodBefore?, .periodAfter?:
      let month = view.detail.period.first.adding(months: action == .periodBefore ? -1 : 1)
      guard isJudged(month) else { return [] }
      return [.openCadre(cadre.id, Period(months: month, through: month), selected: view.selected)]
    default:
      return registryShared(action) ?? []
    }
  }

  /// A key while the areas are open.
  mutating func areasKey(_ key: Key, _ list: AreaListState) -> [AppEffect] {
    let action = action(for: key)
    if let selected = moved(list.selected, count: list.rows.count, by: action) {
      var list = list
      list.selected = selected
      navigation.replaceTop(.areas(list))
      return []
    }
    switch action {
    case .add?:
      return [.loadFormData(.area(nil), draft: nil)]
    case .edit?:
      return list.selectedArea.map { [.loadFormData(.area($0.id), draft: nil)] } ?? []
    case .delete?:
      guard let area = list.selectedArea else { return [] }
      navigation.push(.dialog(.retireArea(area.id, name: area.path.joined(separator: " › "))))
      return []
    default:
      return registryShared(action) ?? []
    }
  }

  /// The registry's layers open now, innermost last.
  private var openCadreView: CadreViewState? {
    navigation.layers.lazy.reversed().compactMap { layer -> CadreViewState? in
      if case .cadre(let view) = layer { view } else { nil }
    }.first
  }

  private var openCadreList: CadreListState? {
    navigation.layers.lazy.reversed().compactMap { layer -> CadreListState? in
      if case .cadres(let list) = layer { list } else { nil }
    }.first
  }

  private var openAreaList: AreaListState? {
    navigation.layers.lazy.reversed().compactMap { layer -> AreaListState? in
      if case .areas(let list) = layer { list } else { nil }
    }.first
  }

  /// The area the keys are on in the areas, if they are open.
  var selectedRegistryArea: AreaChoice? { openAreaList?.selectedArea }

  /// Moves the registry's selection to the next cadre `query` finds, from `start`; says so
  /// when none.
  private mutating func findCadre(_ query: String, from start: Int) {
    guard var list = openCadreList else { return }
    list.query = query
    if let found = list.match(query, from: start) {
      list.selected = found
    } else {
      message = StatusMessage(l(.cadreNotFound(query)), .warning)
    }
    navigation.show(.cadres(list)) {
      if case .cadres = $0 { true } else { false }
    }
  }

  /// What saving a registry form does.
  mutating func submitRegistry(_ kind: FormKind, _ form: FormState) -> [AppEffect] {
    func date(_ id: FieldID, _ name: FieldName) -> LocalDate?? {
      let text = form[id].trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { return .some(nil) }
      guard let date = LocalDate(parsing: text) else {
        _ = formRejected([FieldProblem(name, .invalidDate(text))])
        return nil
      }
      return .some(date)
    }
    switch kind {
    case .cadre(let id):
      guard let since = date(.since, .roleSince) else { return [] }
      var cadre = FormFactory.cadre(from: form, id: id)
      cadre.roleSince = since
      return [.saveCadre(cadre)]
    case .contactHousehold(let cadre):
      guard let from = date(.date, .date), let from else { return [] }
      return [
        .assignContact(cadre: cadre, household: form[.households], area: nil, from: from)
      ]
    case .contactArea(let cadre):
      guard let from = date(.date, .date), let from, let area = UUID(uuidString: form[.place])
      else { return [] }
      return [.assignContact(cadre: cadre, household: nil, area: area, from: from)]
    case .endContact(let id, _):
      guard let end = date(.date, .date), let end else { return [] }
      return [.endContact(id, on: end)]
    case .cadreSearch:
      closeForm()
      findCadre(form[.text], from: openCadreList?.selected ?? 0)
      return []
    case .area(let id):
      if let id, let shown = openAreaList?.rows.first(where: { $0.id == id }) {
        return [
          .saveArea(
            Area(
              id: id, parentId: shown.parentId, level: shown.level,
              name: form[.name].trimmingCharacters(in: .whitespaces)))
        ]
      }
      return [
        .saveArea(
          Area(
            parentId: UUID(uuidString: form[.parent]),
            level: AreaLevel(rawValue: form[.level]) ?? .village,
            name: form[.name].trimmingCharacters(in: .whitespaces)))
      ]
    default:
      return []
    }
  }

  /// The registry was read: its list opens, or shows the new reading.
  mutating func cadresLoaded(_ rows: [CadreSummary], _ period: Period, select: UUID?)
    -> [AppEffect]
  {
    let list = CadreListState(
      rows: rows, period: period, selecting: select ?? openCadreList?.selectedCadre?.cadre.id)
    var kept = list
    if select == nil, let open = openCadreList, open.period == period {
      kept.selected = min(open.selected, max(0, rows.count - 1))
    }
    let replacing: (Layer) -> Bool = {
      if case .cadres = $0 { true } else { false }
    }
    if navigation.layers.contains(where: replacing) {
      navigation.show(.cadres(kept), replacing: replacing)
    } else {
      navigation.push(.cadres(list))
    }
    return []
  }

  /// A cadre was read: their view opens, or shows the new reading.
  mutating func cadreLoaded(_ detail: CadreDetail?, selected: Int) -> [AppEffect] {
    guard let detail else {
      message = StatusMessage(l(.cadreGone), .warning)
      navigation.removeAll {
        if case .cadre = $0 { true } else { false }
      }
      return []
    }
    let view = CadreViewState(detail: detail, selected: selected)
    navigation.show(.cadre(view)) {
      if case .cadre = $0 { true } else { false }
    }
    return []
  }

  /// The areas were read: their list opens, or shows the new reading.
  mutating func areasLoaded(_ rows: [AreaChoice], select: UUID?) -> [AppEffect] {
    let list = AreaListState(rows: rows, selecting: select ?? openAreaList?.selectedArea?.id)
    navigation.show(.areas(list)) {
      if case .areas = $0 { true } else { false }
    }
    return []
  }

  /// A registry change was written: the form closes, the message is said, and each registry
  /// layer open is read again.
  mutating func registryChanged(_ text: String, warning: Bool, select: UUID?) -> [AppEffect] {
    closeForm()
    message = StatusMessage(text, warning ? .warning : .info)
    return [countsEffect] + registryReload(select: select)
  }

  /// Each registry layer open, read again (after a change, or back at the review from a
  /// pane where visits or contacts may have changed).
  func registryReload(select: UUID? = nil) -> [AppEffect] {
    var effects: [AppEffect] = []
    if let list = openCadreList { effects.append(.loadCadres(list.period, select: select)) }
    if let view = openCadreView {
      effects.append(.openCadre(view.detail.cadre.id, view.detail.period, selected: view.selected))
    }
    if openAreaList != nil { effects.append(.loadAreas(select: select)) }
    return effects
  }
}
