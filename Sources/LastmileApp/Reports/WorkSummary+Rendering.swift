import Foundation
import LastmileCore
import LastmileStore

extension WorkSummary.Cadre {
  /// The counts in the order the summary's paragraph says them.
  var figures: [Int] {
    [
      grassrootsDays, stationedDays, nights, groups, groupVisits, households, cards, diaries,
      situationReports, surveyReports, suggestions, problemsRaised, problemsSolved,
    ]
  }
}

extension WorkSummary: PrintedReport {
  /// A cadre's paragraph, the way a work summary reads, in `language`.
  public func paragraph(_ cadre: Cadre, _ language: Language) -> String {
    Localizer(language)(
      .summaryParagraph(cadre.name, cadre.role.label(language), from, through, cadre.figures))
  }

  /// The report for people: a line of counts per cadre, then each cadre's paragraph.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    var table = ReportTable(
      title: l(.summaryTitle(from, through)), preamble: [l(.summaryPreamble(cadres.count))],
      columns: [
        .init(l(.summaryCadre), weight: 2), .init(l(.summaryRole), weight: 2),
        .init(l(.summaryGrassroots), alignment: .right, weight: 1),
        .init(l(.summaryStationed), alignment: .right, weight: 1),
        .init(l(.summaryNights), alignment: .right, weight: 1),
        .init(l(.summaryGroups), alignment: .right, weight: 2),
        .init(l(.summaryHouseholds), alignment: .right, weight: 1),
        .init(l(.summaryCards), alignment: .right, weight: 1),
        .init(l(.summaryDiaries), alignment: .right, weight: 1),
        .init(l(.summarySituationReports), alignment: .right, weight: 1),
        .init(l(.summarySurveyReports), alignment: .right, weight: 1),
        .init(l(.summarySuggestions), alignment: .right, weight: 1),
        .init(l(.summaryProblems), alignment: .right, weight: 2),
      ],
      rows: cadres.map { cadre in
        [
          cadre.name, cadre.role.label(language), String(cadre.grassrootsDays),
          String(cadre.stationedDays), String(cadre.nights),
          l(.summaryGroupTimes(cadre.groups, cadre.groupVisits)), String(cadre.households),
          String(cadre.cards), String(cadre.diaries), String(cadre.situationReports),
          String(cadre.surveyReports), String(cadre.suggestions),
          l(.summarySolvedOf(cadre.problemsRaised, cadre.problemsSolved)),
        ]
      },
      closing: cadres.isEmpty
        ? [] : [l(.summaryParagraphsHeader)] + cadres.map { paragraph($0, language) },
      emptyText: l(.summaryNone))
    table.portrait = true
    table.charts = charts(language)
    return table
  }

  /// The most cadres a printed chart names.
  static let chartedCadres = 20

  /// One cadre's counts as bars; or, for many, the days at the grassroots and the households
  /// visited of those with the most.
  func charts(_ language: Language) -> [ReportChart] {
    let l = Localizer(language)
    if cadres.count == 1, let cadre = cadres.first {
      let names: [SummaryText] = [
        .summaryGrassroots, .summaryStationed, .summaryNights, .summaryHouseholds, .summaryCards,
        .summaryDiaries, .summarySituationReports, .summarySurveyReports, .summarySuggestions,
      ]
      let values = [
        cadre.grassrootsDays, cadre.stationedDays, cadre.nights, cadre.households, cadre.cards,
        cadre.diaries, cadre.situationReports, cadre.surveyReports, cadre.suggestions,
      ]
      return [
        ReportChart(
          title: cadre.name,
          bars: zip(names, values).map {
            ReportChart.Bar(label: l($0), value: Double($1), text: String($1))
          })
      ]
    }
    func chart(_ title: SummaryText, _ value: (Cadre) -> Int) -> ReportChart {
      ReportChart(
        title: l(title),
        bars: cadres.sorted { value($0) > value($1) }.prefix(Self.chartedCadres).map {
          ReportChart.Bar(label: $0.name, value: Double(value($0)), text: String(value($0)))
        })
    }
    guard !cadres.isEmpty else { return [] }
    return [
      chart(.summaryChartDays(Self.chartedCadres)) { $0.grassrootsDays },
      chart(.summaryChartHouseholds(Self.chartedCadres)) { $0.households },
    ]
  }

  /// One object per cadre with each count and the paragraph in both languages: snake_case keys.
  public var json: JSONValue {
    .object([
      ("from", .string(from.description)), ("to", .string(through.description)),
      (
        "cadres",
        .array(
          cadres.map { cadre in
            .object([
              ("name", .string(cadre.name)), ("role", .string(cadre.role.id)),
              ("unit", .nonEmpty(cadre.unit)), ("grassroots_days", .int(cadre.grassrootsDays)),
              ("stationed_days", .int(cadre.stationedDays)), ("nights", .int(cadre.nights)),
              ("groups_visited", .int(cadre.groups)), ("group_visits", .int(cadre.groupVisits)),
              ("households_visited", .int(cadre.households)), ("cards_issued", .int(cadre.cards)),
              ("diary_entries", .int(cadre.diaries)),
              ("situation_reports", .int(cadre.situationReports)),
              ("survey_reports", .int(cadre.surveyReports)),
              ("suggestions", .int(cadre.suggestions)),
              ("problems_raised", .int(cadre.problemsRaised)),
              ("problems_solved", .int(cadre.problemsSolved)),
              ("summary_zh", .string(paragraph(cadre, .zh))),
              ("summary_en", .string(paragraph(cadre, .en))),
            ])
          })
      ),
    ])
  }

}
