import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The review's forms: its period and area, and the export of one of its panels' tables.
extension FormFactory {
  static func reviewScopeForm(_ state: AppState, areas: [AreaChoice]) -> FormState {
    let l = state.l
    let options = areaOptions(areas, all: l(.reviewAllAreas))
    return FormState(
      title: l(.reviewScopeTitle),
      fields: [
        FormField(
          .period, label: l(.fieldPeriod),
          kind: .text(
            TextField((state.review.period ?? state.thisMonth).description, maxLength: 8)),
          required: true),
        FormField(
          .area, label: l(.fieldReviewArea),
          kind: .pick(PickList(options: options, chosen: state.review.area?.uuidString ?? ""))),
      ])
  }

  static func reviewExportForm(_ state: AppState) -> FormState {
    let l = state.l
    let panels = ReviewLayout.panels(state).filter { $0.table.count > 1 }
    let period = (state.review.period ?? state.thisMonth).description
    return FormState(
      title: l(.reviewExportTitle),
      fields: [
        FormField(
          .panel, label: l(.fieldPanel),
          kind: .pick(
            PickList(
              options: panels.enumerated().map {
                .init(id: String($0.offset), label: $0.element.title)
              },
              chosen: "0"))),
        formatField(l),
        FormField(
          .file, label: l(.fieldFile),
          kind: .text(
            TextField(
              "\(state.homeFolder)/"
                + fileSafe(
                  ["lastmile", l(Tab.review.paneTitle), state.review.areaName, period]
                    .filter { !$0.isEmpty }.joined(separator: "-")) + ".csv")),
          required: true),
      ])
  }

  /// The table a filled-in review export form asks for, written as CSV or JSON.
  static func reviewExport(from form: FormState, state: AppState) -> AppEffect {
    let panels = ReviewLayout.panels(state).filter { $0.table.count > 1 }
    let panel = panels[min(max(0, Int(form[.panel]) ?? 0), panels.count - 1)]
    let header = panel.table[0]
    let rows = Array(panel.table.dropFirst())
    let path = filePath(form, format: form[.format] == "json" ? "json" : "csv")
    let text: String
    if form[.format] == "json" {
      text =
        JSONValue.array(
          rows.map { row in .object(zip(header, row).map { ($0, JSONValue.string($1)) }) }
        ).pretty() + "\n"
    } else {
      text = ReportTable(
        title: panel.title, columns: header.map { ReportTable.Column($0) }, rows: rows,
        emptyText: ""
      ).rendered(.csv)
    }
    return .writeText(text, rows: rows.count, path: path)
  }
}
