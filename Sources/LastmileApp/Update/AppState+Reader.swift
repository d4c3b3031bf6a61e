import Foundation
import LastmileCore
import TerminalKit

/// The reader: a long text (a request's matter, a record book entry, a visit) opened whole,
/// scrolled by line and by page.
extension AppState {
  /// Opens `text` to be read whole under `title`.
  mutating func openReader(title: String, text: String, links: [ReaderLink] = []) {
    navigation.push(.reader(ReaderLayer(title: title, text: text, links: links)))
  }

  /// The screen the reader's box is laid out in.
  var readerArea: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  /// A key while the reader is open: the table's keys scroll it; Esc, help or quit close it.
  mutating func readerKey(_ key: Key, _ reader: ReaderLayer) -> [AppEffect] {
    let lines = TextReader.lines(of: reader.text, in: readerArea, measure: measure).count
    let room = TextReader.room(in: readerArea)
    var scroll = reader.scroll
    if case .character(let typed) = key, let digit = typed.wholeNumberValue,
      reader.links.indices.contains(digit - 1)
    {
      // A digit opens what the text names, in its own pane; the reader stays open here.
      switch reader.links[digit - 1] {
      case .household(let id): return switchTab(to: .roster) + [.openCard(id)]
      case .request(let id): return switchTab(to: .queue) + [.openRequest(id)]
      }
    }
    switch action(for: key) {
    case .tableDown: scroll += 1
    case .tableUp: scroll -= 1
    case .tablePageDown: scroll += room
    case .tablePageUp: scroll -= room
    case .tableTop: scroll = 0
    case .tableBottom: scroll = lines
    case .back, .quit:
      navigation.pop()
      return []
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    default:
      return []
    }
    var moved = reader
    moved.scroll = max(0, min(scroll, lines - room))
    navigation.replaceTop(.reader(moved))
    return []
  }
}
