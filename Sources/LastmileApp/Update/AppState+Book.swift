import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key while a record book is open.
  mutating func bookKey(_ key: Key, _ open: BookState) -> [AppEffect] {
    let day = open.book.day
    switch action(for: key) {
    case .back:
      navigation.pop()
      return []
    case .open:
      guard let text = open.selectedText(language) else { return [] }
      openReader(title: l(.readerBookTitle(day, open.selected + 1)), text: text)
      return []
    case .bookPreviousDay:
      return [.openAdjacentBook(from: day, after: false)]
    case .bookNextDay:
      return [.openAdjacentBook(from: day, after: true)]
    case .bookGoToDay:
      navigation.push(.form(FormLayer(kind: .bookDay(day), form: FormFactory.bookDayForm(day, l))))
      return []
    case .bookHandOver:
      if let handover = open.book.handover {
        message = StatusMessage(
          StoreError.alreadyHandedOver(day: day, at: handover.at.description, by: handover.by)
            .text(language), .warning)
        return []
      }
      navigation.push(
        .form(FormLayer(kind: .handOver(day), form: FormFactory.handOverForm(day, l))))
      return []
    case .exportFile:
      navigation.push(
        .form(FormLayer(kind: .exportBook(day), form: FormFactory.exportBookForm(day, self))))
      return []
    case let action?
    where [.tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom].contains(
      action):
      let count = open.book.entries.count
      var selected = open.selected
      switch action {
      case .tableDown: selected += 1
      case .tableUp: selected -= 1
      case .tablePageDown: selected += max(1, pageSize / 2)
      case .tablePageUp: selected -= max(1, pageSize / 2)
      case .tableTop: selected = 0
      default: selected = count
      }
      updateBook { $0.selected = max(0, min(selected, max(0, count - 1))) }
      return []
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .quit:
      return requestQuit()
    default:
      return []
    }
  }

  /// Takes in a book read for a day: over the one open (keeping the selection on the same
  /// day), or opened.
  mutating func bookLoaded(_ book: ReceptionBook) -> [AppEffect] {
    let selected = self.book?.book.day == book.day ? self.book?.selected ?? 0 : 0
    var state = BookState(book: book)
    state.selected = min(selected, max(0, book.entries.count - 1))
    let replaced = navigation.updateTopmost { layer in
      guard case .book = layer else { return false }
      layer = .book(state)
      return true
    }
    if !replaced { navigation.push(.book(state)) }
    return []
  }
}
