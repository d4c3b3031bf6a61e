import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// The duty rota: a month's reception days, a line each, with the leader on duty and why the
  /// day holds a reception; the leaders in turn above, the keys below.
  func renderRota(_ rota: RotaState, _ state: AppState, into screen: inout Screen, rect: Rect) {
    let l = state.l
    screen.fill(rect, style: theme.normal)
    screen.putFitted(
      l(.rotaTitle(rota.month.year, rota.month.month)), x: rect.x + 1, y: rect.y,
      width: rect.width / 2, style: theme.accent)
    let leaders =
      rota.leaders.isEmpty
      ? l(.rotaNoLeaders(keyName(.settings, state, context: .global)))
      : l(.rotaLeaders(rota.leaders.joined(separator: state.language == .zh ? "、" : ", ")))
    screen.putFitted(
      leaders, x: rect.x + 1, y: rect.y + 1, width: rect.width - 2,
      style: rota.leaders.isEmpty ? theme.warning : theme.muted)
    let names = l(.weekdays).split(separator: " ").map(String.init)
    let tableRect = Rect(x: rect.x, y: rect.y + 3, width: rect.width - 1, height: rect.height - 5)
    let visible = max(1, TableView.visibleRows(in: tableRect))
    let first = max(0, rota.selected - visible + 1)
    var table = TableView(
      columns: [
        TableColumn(l(.rotaDay), width: .fixed(10)),
        TableColumn(l(.rotaWeekday), width: .fixed(8)),
        TableColumn(l(.rotaLeader), width: .flexible(min: 10, weight: 2)),
        TableColumn(l(.rotaWhy), width: .flexible(min: 10, weight: 3)),
      ],
      rows: rota.days.dropFirst(first).map { day in
        let why = [day.day == rota.marked ? l(.rotaMarkedShort) : "", RotaReport.reason(day, l)]
          .filter { !$0.isEmpty }
        return [
          day.day.description, names[day.day.weekday - 1],
          day.leader.isEmpty ? l(.rotaUnset) : day.leader, why.joined(separator: l(.noteJoiner)),
        ]
      },
      selected: rota.days.isEmpty ? nil : rota.selected - first, totalRows: rota.days.count,
      firstRowNumber: first, emptyText: l(.rotaNone))
    table.marksSelection = true
    table.render(into: &screen, rect: tableRect, theme: theme)
    let months =
      keyName(.periodBefore, state, context: .rota) + " "
      + keyName(.periodAfter, state, context: .rota) + " " + l(.rotaKeyMonths)
    let keys =
      [
        (ActionName.rotaGenerate, KeyContext.rota), (.rotaGenerateQuarter, .rota),
        (.rotaSwap, .rota), (.rotaReplace, .rota), (.open, .rota),
      ].map { keyName($0.0, state, context: $0.1) + " " + l(Self.rotaKeyLabel($0.0)) }
      + [months, keyName(.back, state, context: .global) + " " + l(.rotaKeyBack)]
    screen.putFitted(
      keys.joined(separator: " · "), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2,
      style: theme.muted)
  }

  /// The keys' words under the rota, shorter than the help's.
  private static func rotaKeyLabel(_ action: ActionName) -> AppText {
    switch action {
    case .rotaGenerate: .rotaKeyMonth
    case .rotaGenerateQuarter: .rotaKeyQuarter
    case .rotaSwap: .rotaKeySwap
    case .rotaReplace: .rotaKeyReplace
    default: .rotaKeyBook
    }
  }
}
