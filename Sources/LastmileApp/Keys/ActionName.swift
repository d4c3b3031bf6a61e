import LastmileCore

/// The stable names of what a key can do; keymap files bind keys to these.
public enum ActionName: String, CaseIterable, Sendable {
  case quit
  case help
  case back
  case next
  case previous
  case tabRoster = "tab.roster"
  case tabDiary = "tab.diary"
  case tabQueue = "tab.queue"
  case tabReview = "tab.review"
  case redraw
  case changeOperator = "operator"
  case settings
  case tableDown = "table.down"
  case tableUp = "table.up"
  case tablePageDown = "table.page_down"
  case tablePageUp = "table.page_up"
  case tableTop = "table.top"
  case tableBottom = "table.bottom"
  case tableSortNext = "table.sort_next"
  case tableSortReverse = "table.sort_reverse"
  case formSubmit = "form.submit"
  case open
  case add
  case edit
  case delete
  case undo
  case search
  case searchNext = "search.next"
  case searchPrevious = "search.previous"
  case filter
  case filterClear = "filter.clear"
  case reveal
  case merge
  case importFile = "import"
  case exportFile = "export"

  /// What the action does, as the help overlay says it.
  public var label: StringKey {
    switch self {
    case .quit: .actQuit
    case .help: .actHelp
    case .back: .actBack
    case .next: .actNext
    case .previous: .actPrevious
    case .tabRoster: .actTabRoster
    case .tabDiary: .actTabDiary
    case .tabQueue: .actTabQueue
    case .tabReview: .actTabReview
    case .redraw: .actRedraw
    case .changeOperator: .actOperator
    case .settings: .actSettings
    case .tableDown: .actTableDown
    case .tableUp: .actTableUp
    case .tablePageDown: .actTablePageDown
    case .tablePageUp: .actTablePageUp
    case .tableTop: .actTableTop
    case .tableBottom: .actTableBottom
    case .tableSortNext: .actTableSortNext
    case .tableSortReverse: .actTableSortReverse
    case .formSubmit: .actFormSubmit
    case .open: .actOpen
    case .add: .actAdd
    case .edit: .actEdit
    case .delete: .actDelete
    case .undo: .actUndo
    case .search: .actSearch
    case .searchNext: .actSearchNext
    case .searchPrevious: .actSearchPrevious
    case .filter: .actFilter
    case .filterClear: .actFilterClear
    case .reveal: .actReveal
    case .merge: .actMerge
    case .importFile: .actImport
    case .exportFile: .actExport
    }
  }
}
