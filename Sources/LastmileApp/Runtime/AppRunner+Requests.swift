import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppRunner {
  /// Does the work of the queue, the reception desk and the record book.
  func performRequests(_ effect: AppEffect) throws -> AppAction? {
    switch effect {
    case .loadRequestCounts:
      let counts = try store.requestHeadlineCounts()
      return .requestCountsLoaded(open: counts.open, overdue: counts.overdue)
    case .openRequest(let id):
      return .requestLoaded(try store.requestDetail(id: id))
    case .handleRequest(let id, let handling):
      let handled = try store.handleRequest(id, handling)
      return .requestHandled(label: handled.mergeLabel, action: handling.action)
    case .openReception:
      return .receptionReady(
        try FormFactory.receptionState(
          store: store, language: state.language,
          walkIns: try store.walkInCount(on: store.clock.today)))
    case .findPeople(let query):
      return .peopleFound(query: query, try store.findPeople(query))
    case .registerWalkIn(let request, let handling):
      let saved = try store.registerRequest(request, handling: handling)
      let walkIns = try store.walkInCount(on: store.clock.today)
      let next =
        try state.reception?.startingAgain(walkIns: walkIns, now: store.clock.now)
        ?? FormFactory.receptionState(store: store, language: state.language, walkIns: walkIns)
      return .walkInRegistered(saved, next: next)
    case .openBook(let day):
      return .bookLoaded(try store.receptionBook(on: day))
    case .handOverBook(let day, let receiver, let note):
      try store.handOverReceptionBook(on: day, to: receiver, note: note)
      return .bookHandedOver(try store.receptionBook(on: day))
    case .exportBook(let day, let format, let path):
      let book = try store.receptionBook(on: day)
      let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
      var sink = try FileSink(url: url)
      do {
        try sink.write(book.rendered(format, language: state.language))
        try sink.commit()
      } catch {
        sink.discard()
        throw error
      }
      return .exported(rows: book.entries.count, path: url.path)
    default:
      return nil
    }
  }
}
