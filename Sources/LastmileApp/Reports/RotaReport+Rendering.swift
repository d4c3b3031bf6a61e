import Foundation
import LastmileCore
import LastmileStore

extension RotaReport: PrintedReport {
  /// The rota for the notice board, in `language`.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    let names = l(.weekdays).split(separator: " ").map(String.init)
    var preamble: [String] = []
    if !officeName.isEmpty { preamble.append(officeName) }
    preamble.append(
      l(
        .rotaReportHours(
          schedule.weekdays.sorted().map { names[$0 - 1] }.joined(separator: l(.listSeparator)),
          schedule.hoursText)))
    return ReportTable(
      title: l(.rotaTitle(month.year, month.month)),
      preamble: preamble,
      columns: [
        .init(l(.rotaDay), weight: 2), .init(l(.rotaWeekday), weight: 1),
        .init(l(.rotaHours), weight: 2), .init(l(.rotaLeader), weight: 3),
        .init(l(.rotaWhy), weight: 4),
      ],
      rows: days.map { day in
        [
          day.day.description, names[day.day.weekday - 1], schedule.hoursText,
          day.leader.isEmpty ? l(.rotaUnset) : day.leader, Self.reason(day, l),
        ]
      },
      emptyText: l(.rotaNone))
  }

  /// Why a day holds a reception, when not by its weekday.
  static func reason(_ day: DutyDay, _ l: Localizer) -> String {
    switch day.reason {
    case .moved(let from, let holiday)?: l(.rotaMoved(from, holiday))
    case .makeUp(let name)?: l(.rotaMakeUp(name))
    case .scheduled?: ""
    case nil: day.extra ? l(.rotaExtra) : l(.rotaOutside)
    }
  }

  /// One object per day: stable English keys for scripts.
  public var json: JSONValue {
    .object([
      ("month", .string(String(month.description.prefix(7)))),
      ("hours", .string(schedule.hoursText)),
      (
        "days",
        .array(
          days.map { day in
            .object([
              ("day", .string(day.day.description)), ("leader", .nonEmpty(day.leader)),
              ("extra", .bool(day.extra)),
            ])
          })
      ),
    ])
  }
}
