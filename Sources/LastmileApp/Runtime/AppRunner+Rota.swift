import Foundation
import LastmileCore
import LastmileStore

extension AppRunner {
  /// Changes the duty rota when asked, then reads the month the rota shows.
  func performRota(month: LocalDate, select: LocalDate?, change: RotaChange?) throws -> AppAction {
    let l = Localizer(state.language)
    var message: String?
    var select = select
    switch change {
    case .generate(let first, let last)?:
      let given = try store.generateDutyRota(from: first, through: last)
      message = l(.rotaGenerated(given))
    case .swap(let a, let b)?:
      try store.swapDuty(a, b)
      message = l(.rotaSwapped(a, b))
      select = b
    case .replace(let day, let leader)?:
      try store.setDutyLeader(leader, on: day)
      message = l(.rotaReplaced(day, leader.trimmingCharacters(in: .whitespaces)))
      select = day
    case nil: break
    }
    let rota = RotaState(
      month: month,
      days: try store.dutyRota(from: month, through: month.adding(months: 1).adding(days: -1)),
      leaders: try store.localitySettings().dutyLeaders, select: select)
    return .rotaLoaded(rota, message: message)
  }
}
