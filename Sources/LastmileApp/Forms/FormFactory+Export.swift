import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The export form of a pane: the list as the pane shows it (its filter and sort), or a whole
/// table, to a file named for what it holds.
extension FormFactory {
  /// The id of the choice "the list as shown" in the form's table field.
  static let viewChoice = "view"

  static func exportForm(_ state: AppState, pane: Tab) -> FormState {
    let l = state.l
    let view = state.exportView(of: pane)
    var tables = tableList(["households", "members", "visits", "requests"], "households", l)
    if view != nil {
      let shown = state.table(of: pane).total
      tables.options.insert(
        PickList.Option(
          id: viewChoice, label: l(.exportAsShown(shown, state.filterLabel(of: pane) ?? l(.all)))),
        at: 0)
      tables.chosen = viewChoice
    }
    return FormState(
      title: l(.exportTitle),
      fields: [
        FormField(.table, label: l(.fieldTable), kind: .pick(tables)),
        formatField(l),
        FormField(
          .file, label: l(.fieldFile),
          kind: .text(TextField(exportPath(state, pane: view == nil ? nil : pane, format: "csv"))),
          required: true),
        FormField(.unmask, label: l(.fieldUnmask), kind: .pick(yesNo(false, l))),
      ])
  }

  /// The file proposed: in the home folder, named for the pane and its filter, and the day.
  static func exportPath(_ state: AppState, pane: Tab?, format: String) -> String {
    var name = "lastmile"
    if let pane {
      name += "-" + state.l(pane.paneTitle)
      if let filter = state.filterLabel(of: pane) { name += "-" + filter }
    }
    return "\(state.homeFolder)/\(fileSafe(name))-\(state.today).\(format)"
  }

  /// The file a form names, its `.csv` or `.json` ending made that of the format chosen (the
  /// name proposed ends as the format first offered).
  static func filePath(_ form: FormState, format: String) -> String {
    let path = form[.file].trimmingCharacters(in: .whitespaces)
    for ending in [".csv", ".json"] where path.lowercased().hasSuffix(ending) {
      return String(path.dropLast(ending.count)) + "." + format
    }
    return path
  }

  /// A name without what a file name cannot hold (separators, spaces), and not too long.
  static func fileSafe(_ name: String) -> String {
    let unsafe = Set<Character>("/\\:*?\"<>| ·")
    let cleaned = String(name.map { unsafe.contains($0) ? "-" : $0 })
      .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    return String(cleaned.prefix(40))
  }

  /// The export a filled-in export form of `pane` asks for.
  static func export(from form: FormState, pane: Tab, state: AppState) -> AppEffect {
    let l = state.l
    let format = ExportFormat(rawValue: form[.format]) ?? .csv
    let path = filePath(form, format: format.rawValue)
    let unmask = form[.unmask] == "yes"
    if form[.table] == viewChoice, let view = state.exportView(of: pane) {
      let note = l(.exportNote(l(pane.paneTitle), state.filterLabel(of: pane) ?? l(.all)))
      return .exportFile(
        view.table,
        ExportOptions(
          format: format, language: state.language, unmask: unmask, view: view, note: note),
        path: path)
    }
    return .exportFile(
      ExportTable(rawValue: form[.table]) ?? .households,
      ExportOptions(format: format, language: state.language, unmask: unmask), path: path)
  }
}

extension AppState {
  /// What a pane shows, as an export: its filter and sort (nil for the review).
  func exportView(of pane: Tab) -> ExportView? {
    switch pane {
    case .roster: .roster(roster.filter, roster.table.sort)
    case .queue: .queue(queue.filter, queue.table.sort)
    case .diary: .diary(diary.filter, diary.table.sort)
    case .review: nil
    }
  }

  /// The filter a pane is narrowed by, as its header says it; nil when it shows all.
  func filterLabel(of pane: Tab) -> String? {
    switch pane {
    case .roster: roster.filterLabel.nonBlank
    case .queue: queueFilterLabel.nonBlank
    case .diary: diary.filterLabel.nonBlank
    case .review: nil
    }
  }

  /// How many rows a pane's list holds.
  func table(of pane: Tab) -> (total: Int, loaded: Bool) {
    switch pane {
    case .roster: (roster.table.total, roster.table.loaded)
    case .queue: (queue.table.total, queue.table.loaded)
    case .diary: (diary.table.total, diary.table.loaded)
    case .review: (0, false)
    }
  }
}
