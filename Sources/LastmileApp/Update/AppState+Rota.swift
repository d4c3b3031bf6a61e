import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The duty rota: a month's reception days and their leaders; filling the open days in turn
/// for the month or the quarter, swapping two days, replacing a day's leader, and the book of
/// a day.
extension AppState {
  /// Opens the rota on this month, the keys on today.
  mutating func openRota() -> [AppEffect] {
    [.loadRota(month: today.adding(days: 1 - today.day), select: today, change: nil)]
  }

  /// A key while the rota is open.
  mutating func rotaKey(_ key: Key, _ rota: RotaState) -> [AppEffect] {
    var rota = rota
    switch action(for: key) {
    case .back:
      if rota.marked != nil {
        // Esc first lets go of the day marked for a swap.
        rota.marked = nil
        navigation.replaceTop(.rota(rota))
      } else {
        navigation.pop()
      }
      return []
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .quit:
      return requestQuit()
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      rota.selected = moved(rota.selected, count: rota.days.count, by: action(for: key)) ?? 0
      navigation.replaceTop(.rota(rota))
      return []
    case .periodBefore, .periodAfter:
      let month = rota.month.adding(months: action(for: key) == .periodBefore ? -1 : 1)
      return [.loadRota(month: month, select: nil, change: nil)]
    case .rotaGenerate:
      return [
        .loadRota(month: rota.month, select: nil, change: .generate(rota.month, rota.monthEnd))
      ]
    case .rotaGenerateQuarter:
      // The quarter the month is in.
      let first = rota.month.adding(months: -((rota.month.month - 1) % 3))
      let last = first.adding(months: 3).adding(days: -1)
      return [.loadRota(month: rota.month, select: nil, change: .generate(first, last))]
    case .rotaSwap:
      guard let day = rota.current else { return [] }
      guard let marked = rota.marked else {
        rota.marked = day.day
        navigation.replaceTop(.rota(rota))
        message = StatusMessage(l(.rotaMarked(day.day)), .info)
        return []
      }
      rota.marked = nil
      navigation.replaceTop(.rota(rota))
      guard marked != day.day else { return [] }
      return [.loadRota(month: rota.month, select: day.day, change: .swap(marked, day.day))]
    case .rotaReplace:
      guard let day = rota.current else { return [] }
      navigation.push(
        .form(
          FormLayer(
            kind: .dutyLeader(day.day),
            form: FormFactory.dutyLeaderForm(day, leaders: rota.leaders, l))))
      return []
    case .open:
      guard let day = rota.current else { return [] }
      return [.openBook(day.day)]
    default:
      return []
    }
  }

  /// The rota's month was read: it opens, or shows the month again.
  mutating func rotaLoaded(_ rota: RotaState, message text: String?) -> [AppEffect] {
    var rota = rota
    if case .rota(let shown)? = navigation.layers.last(where: {
      if case .rota = $0 { true } else { false }
    }), shown.month == rota.month, text == nil {
      rota.selected = min(shown.selected, max(0, rota.days.count - 1))
    }
    if case .form(let form) = navigation.top, case .dutyLeader = form.kind { closeForm() }
    navigation.show(.rota(rota)) {
      if case .rota = $0 { true } else { false }
    }
    if let text { message = StatusMessage(text, .info) }
    return []
  }

  /// The leaders listed in the settings, as the rota last read them.
  var rotaLeaders: [String] {
    for layer in navigation.layers.reversed() {
      if case .rota(let rota) = layer { return rota.leaders }
    }
    return []
  }
}
