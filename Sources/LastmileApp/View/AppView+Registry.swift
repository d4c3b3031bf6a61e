import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The registry drawn: the cadres as a table, a cadre's view as lines that scroll with the
/// keys, and the areas as an indented tree.
extension AppView {
  /// The keys of a registry layer, on the bottom line, each with a short word.
  private func registryKeys(
    _ keys: [(ActionName, RegistryText)], _ context: KeyContext, _ state: AppState,
    into screen: inout Screen, rect: Rect, extra: String? = nil
  ) {
    let l = state.l
    let line =
      keys.map { keyName($0.0, state, context: context) + " " + l($0.1) }
      + [extra].compactMap { $0 }
      + [keyName(.back, state) + " " + l(.keyBack)]
    screen.putFitted(
      line.joined(separator: " · "), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2,
      style: theme.muted)
  }

  func renderCadres(
    _ list: CadreListState, _ state: AppState, into screen: inout Screen, rect: Rect
  ) {
    let l = state.l
    let language = state.language
    screen.fill(rect, style: theme.normal)
    screen.putFitted(
      l(.cadresTitle(list.rows.count, list.period.description)), x: rect.x + 1, y: rect.y,
      width: rect.width - 2, style: theme.accent)
    let columns = [
      TableColumn(l(.columnName), width: .flexible(min: 6, weight: 2)),
      TableColumn(l(.columnRole), width: .flexible(min: 8, weight: 3)),
      TableColumn(l(.columnUnit), width: .flexible(min: 6, weight: 3)),
      TableColumn(l(.columnPhone), width: .fixed(11)),
      TableColumn(l(.columnSince), width: .fixed(10)),
      TableColumn(l(.columnContacts), width: .fixed(9), alignment: .right),
      TableColumn(l(.columnShort), width: .fixed(8), alignment: .right),
    ]
    let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 2)
    let visible = max(1, TableView.visibleRows(in: tableRect))
    let first = max(0, list.selected - visible + 1)
    let shown = Array(list.rows.dropFirst(first).prefix(visible))
    var table = TableView(
      columns: columns,
      rows: shown.map { row in
        [
          row.cadre.name, row.role.label(language), row.cadre.unit,
          row.cadre.phone.isEmpty ? "" : Masking.phone(row.cadre.phone),
          row.cadre.roleSince?.description ?? "",
          l(.contactsCount(row.contactAreas, row.contactHouseholds)),
          row.short.map { $0 == 0 ? l(.allMet) : l(.shortBy($0)) } ?? l(.noQuota),
        ]
      },
      rowStyles: shown.map { ($0.short ?? 0) > 0 ? theme.warning : nil },
      selected: list.rows.isEmpty ? nil : list.selected - first, totalRows: list.rows.count,
      firstRowNumber: first, emptyText: l(.noCadres))
    table.marksSelection = true
    table.render(into: &screen, rect: tableRect, theme: theme)
    let months =
      keyName(.periodBefore, state, context: .cadres) + " "
      + keyName(.periodAfter, state, context: .cadres)
    registryKeys(
      [
        (.open, .keyOpenCadre), (.search, .keySearch), (.add, .keyAdd), (.edit, .keyEdit),
        (.delete, .keyRetireCadre),
      ], .cadres,
      state, into: &screen, rect: rect, extra: months + " " + l(.keyMonths))
  }

  func renderCadre(_ view: CadreViewState, _ state: AppState, into screen: inout Screen, rect: Rect)
  {
    let l = state.l
    let language = state.language
    let detail = view.detail
    let cadre = detail.cadre
    screen.fill(rect, style: theme.normal)
    screen.putFitted(
      l(.cadreTitle(cadre.name)), x: rect.x + 1, y: rect.y, width: rect.width - 2,
      style: theme.accent)
    var header = [
      l(
        .cadreLine(
          detail.role.label(language), cadre.unit.isEmpty ? "—" : cadre.unit,
          cadre.phone.isEmpty ? "—" : Masking.phone(cadre.phone)))
        + " · "
        + (cadre.roleSince.map { l(.columnSince) + " " + $0.description } ?? l(.roleSinceUnknown))
    ]
    header += detail.pastRoles.map {
      l(.pastRole($0.role.label(language), $0.from?.description ?? "?", $0.through.description))
    }
    // Every line below the header, each contact and quota with its place in the keys' list.
    var lines: [(text: String, style: Style, item: Int?)] = [
      (l(.contactsHeader), theme.header, nil)
    ]
    if detail.contacts.isEmpty { lines.append((l(.noContacts), theme.muted, nil)) }
    for (index, contact) in detail.contacts.enumerated() {
      var text = "  " + contact.label + "  "
      var style = theme.normal
      if let end = contact.endsOn {
        text += l(.contactEnded(contact.startsOn.description, end.description))
        style = theme.muted
        if contact.endedEarly {
          text += " · " + l(.endedEarly)
          style = theme.warning
        }
      } else {
        text += l(.contactInForce(contact.startsOn.description))
      }
      lines.append((text, style, index))
    }
    lines.append((l(.quotasHeader(detail.period.description)), theme.header, nil))
    var item = detail.contacts.count
    for part in detail.compliance {
      if detail.compliance.count > 1 || part.role.id != detail.role.id {
        lines.append(
          (l(.quotasPart(part.role.label(language), part.period.description)), theme.muted, nil))
      }
      if part.results.isEmpty { lines.append(("  " + l(.noQuota), theme.muted, nil)) }
      for result in part.results {
        let verdict = result.isMet ? l(.quotaMet) : l(.quotaShort(result.short))
        let text =
          if result.kind == .minimumContactMonths {
            l(
              .keptLine(
                part.role.quotas[.minimumContactMonths] ?? 0, result.required, result.done,
                verdict))
          } else {
            l(
              .quotaLine(
                result.kind.resultLabel(part.role.quotas[result.kind] ?? 0, language),
                result.required, result.done, verdict))
          }
        lines.append(("  " + text, result.isMet ? theme.normal : theme.warning, item))
        item += 1
      }
    }
    for (index, text) in header.enumerated() where rect.y + 1 + index < rect.maxY - 1 {
      screen.putFitted(
        text, x: rect.x + 1, y: rect.y + 1 + index, width: rect.width - 2,
        style: index == 0 ? theme.normal : theme.muted)
    }
    let top = rect.y + 2 + header.count
    let room = max(1, rect.maxY - 1 - top)
    let selectedLine = lines.firstIndex { $0.item == view.selected } ?? 0
    let first = max(0, min(selectedLine - room / 2, lines.count - room))
    for (offset, line) in lines.dropFirst(first).prefix(room).enumerated() {
      let selected = line.item != nil && line.item == view.selected
      screen.putFitted(
        line.text, x: rect.x + 1, y: top + offset, width: rect.width - 2,
        style: selected ? theme.selected : line.style)
    }
    let months =
      keyName(.periodBefore, state, context: .cadre) + " "
      + keyName(.periodAfter, state, context: .cadre)
    registryKeys(
      [
        (.open, .keyEvidence), (.edit, .keyEdit), (.contactHousehold, .keyContactHousehold),
        (.contactArea, .keyContactArea), (.delete, .keyEndContact),
      ], .cadre, state, into: &screen, rect: rect, extra: months + " " + l(.keyMonths))
  }

  func renderAreas(_ list: AreaListState, _ state: AppState, into screen: inout Screen, rect: Rect)
  {
    let l = state.l
    let language = state.language
    screen.fill(rect, style: theme.normal)
    screen.putFitted(
      l(.areasTitle(list.rows.count)), x: rect.x + 1, y: rect.y, width: rect.width - 2,
      style: theme.accent)
    let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 2)
    let visible = max(1, TableView.visibleRows(in: tableRect))
    let first = max(0, list.selected - visible + 1)
    let shown = Array(list.rows.dropFirst(first).prefix(visible))
    var table = TableView(
      columns: [
        TableColumn(l(.columnAreaName), width: .flexible(min: 12, weight: 3)),
        TableColumn(l(.columnLevel), width: .flexible(min: 8, weight: 2)),
      ],
      rows: shown.map { area in
        [
          String(repeating: "  ", count: area.path.count - 1) + (area.path.last ?? ""),
          area.level.label(language),
        ]
      },
      selected: list.rows.isEmpty ? nil : list.selected - first, totalRows: list.rows.count,
      firstRowNumber: first, emptyText: l(.noAreas))
    table.marksSelection = true
    table.render(into: &screen, rect: tableRect, theme: theme)
    registryKeys(
      [(.add, .keyAdd), (.edit, .keyEdit), (.delete, .keyRetire)], .areas, state, into: &screen,
      rect: rect)
  }
}
