import Foundation
import LastmileCore
import LastmileStore

extension RatesReport: PrintedReport {
  /// The report for people, in `language`: the four rates of all the requests, then of each
  /// group; the requests that lowered them under the table.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    func cell(_ rate: Rate) -> String {
      rate.percent.map {
        l(.ratesRate(String(format: "%.1f", $0), rate.numerator, rate.denominator))
      }
        ?? l(.ratesNoRate)
    }
    func row(_ name: String, _ figures: Figures) -> [String] {
      [
        name, String(figures.received), cell(figures.response), cell(figures.resolution),
        cell(figures.satisfaction), cell(figures.followUp),
      ]
    }
    let groupName: (String) -> String = { name in
      guard !name.isEmpty else { return l(.ratesNoGroup) }
      return grouping == .category ? RequestCategory.find(name)?.label(language) ?? name : name
    }
    let closing =
      lowered.isEmpty
      ? []
      : [l(.ratesLoweredHeader(lowered.count))]
        + lowered.map { item in
          let why =
            switch item.why {
            case .lateReply:
              l(
                .ratesLateReply(
                  item.dueOn ?? item.receivedAt.date, item.repliedOn ?? item.receivedAt.date))
            case .unreplied: l(.ratesUnreplied(item.dueOn ?? item.receivedAt.date))
            case .dissatisfied: l(.ratesDissatisfied)
            }
          return "\(item.number) \(item.receivedAt) \(item.requester) · "
            + (RequestCategory.find(item.category)?.label(language) ?? item.category) + " · "
            + String(item.content.prefix(30)) + " · " + why
        }
    var table = ReportTable(
      title: l(.ratesTitle(from, through)),
      preamble: [l(.ratesSummary(total.received, lowered.count))],
      columns: [
        .init(l(.ratesGroup), weight: 3), .init(l(.ratesReceived), alignment: .right, weight: 1),
        .init(l(.ratesResponse), alignment: .right, weight: 2),
        .init(l(.ratesResolution), alignment: .right, weight: 2),
        .init(l(.ratesSatisfaction), alignment: .right, weight: 2),
        .init(l(.ratesFollowUp), alignment: .right, weight: 2),
      ],
      rows: total.received == 0
        ? [] : [row(l(.ratesAll), total)] + groups.map { row(groupName($0.name), $0.figures) },
      closing: closing, emptyText: l(.ratesNone))
    guard total.received > 0 else { return table }
    let rates: [(RatesText, Rate)] = [
      (.ratesResponse, total.response), (.ratesResolution, total.resolution),
      (.ratesSatisfaction, total.satisfaction), (.ratesFollowUp, total.followUp),
    ]
    table.charts = [
      ReportChart(
        title: l(.ratesChartAll),
        bars: rates.map { name, rate in
          ReportChart.Bar(
            label: l(name), value: rate.percent ?? 0,
            text: rate.percent.map { String(format: "%.1f%%", $0) } ?? "—")
        }, scale: 100)
    ]
    if !groups.isEmpty {
      table.charts.append(
        ReportChart(
          title: l(.ratesChartResolution),
          bars: groups.map { group in
            let rate = group.figures.resolution
            return ReportChart.Bar(
              label: groupName(group.name), value: rate.percent ?? 0,
              text: rate.percent.map {
                String(format: "%.1f%% (%d/%d)", $0, rate.numerator, rate.denominator)
              } ?? "—")
          }, scale: 100))
    }
    return table
  }

  /// One object: the period, the rates of all and of each group with their numerators and
  /// denominators, and the requests that lowered them. Stable snake_case keys.
  public var json: JSONValue {
    func rate(_ rate: Rate) -> JSONValue {
      .object([("numerator", .int(rate.numerator)), ("denominator", .int(rate.denominator))])
    }
    func figures(_ figures: Figures) -> [(String, JSONValue)] {
      [
        ("received", .int(figures.received)), ("response", rate(figures.response)),
        ("resolution", rate(figures.resolution)), ("satisfaction", rate(figures.satisfaction)),
        ("follow_up", rate(figures.followUp)),
      ]
    }
    return .object([
      ("from", .string(from.description)), ("to", .string(through.description)),
      ("by", .optional(grouping?.rawValue)), ("all", .object(figures(total))),
      (
        "groups",
        .array(groups.map { .object([("name", .string($0.name))] + figures($0.figures)) })
      ),
      (
        "lowered",
        .array(
          lowered.map { item in
            .object([
              ("id", .string(item.id.uuidString.lowercased())), ("number", .nonEmpty(item.number)),
              ("received_at", .string(item.receivedAt.isoText)),
              ("requester_name", .string(item.requester)), ("category", .string(item.category)),
              ("due_on", .optional(item.dueOn?.description)),
              ("replied_on", .optional(item.repliedOn?.description)),
              ("why", .string(item.why.rawValue)),
            ])
          })
      ),
    ])
  }

}
