import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key while a record book is open.
  mutating func bookKey(_ key: Key) -> [AppEffect] {
    guard let open = book else { return [] }
    let chain = [KeyContext.book.rawValue, KeyContext.global.rawValue]
    let bound = keymap.action(for: key, in: chain).flatMap(ActionName.init(rawValue:))
    let day = open.book.day
    switch bound {
    case .back:
      book = nil
      return []
    case .bookPreviousDay:
      return [.openBook(day.adding(days: -1))]
    case .bookNextDay:
      return [.openBook(day.adding(days: 1))]
    case .bookHandOver:
      if let handover = open.book.handover {
        message = StatusMessage(
          StoreError.alreadyHandedOver(day: day, at: handover.at.description, by: handover.by).text(
            language), .warning)
        return []
      }
      return [.prepareForm(.handOver(day), draft: nil)]
    case .exportFile:
      return [.prepareForm(.exportBook(day), draft: nil)]
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      let count = open.book.entries.count
      var selected = open.selected
      switch bound {
      case .tableDown: selected += 1
      case .tableUp: selected -= 1
      case .tablePageDown: selected += max(1, pageSize / 2)
      case .tablePageUp: selected -= max(1, pageSize / 2)
      case .tableTop: selected = 0
      default: selected = count
      }
      book?.selected = max(0, min(selected, max(0, count - 1)))
      return []
    case .help:
      overlays.append(.help(scroll: 0))
      return []
    case .quit:
      quitting = true
      return []
    default:
      return []
    }
  }
}
