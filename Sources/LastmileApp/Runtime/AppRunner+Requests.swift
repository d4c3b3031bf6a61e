import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppRunner {
  /// Does the work of the queue, the reception desk and the record book.
  func performRequests(_ effect: AppEffect) throws -> AppAction? {
    switch effect {
    case .openRequest(let id):
      return .requestLoaded(try store.requestDetail(id: id))
    case .handleRequest(let id, let handling):
      let handled = try store.handleRequest(id, handling)
      return .requestHandled(label: handled.mergeLabel, action: handling.action)
    case .loadReception(let start):
      var linked: PersonMatch?
      switch start {
      case .blank: break
      case .household(let id): linked = try store.person(headOf: id)
      case .draft(let draft):
        linked = try draft.linkedMember.flatMap { try store.person(member: $0) }
      }
      var data = ReceptionData(
        villages: try store.areaChoices(),
        transferTargets: try store.localitySettings().transferTargets,
        walkInsToday: try store.walkInCount(on: store.clock.today), start: start, linked: linked)
      data.extraDay = try store.isExtraReceptionDay(store.clock.today)
      data.dutyLeader = try store.dutyLeader(on: store.clock.today)
      return .receptionLoaded(data)
    case .openExtraReceptionDay(let day):
      try store.openExtraReceptionDay(day)
      return .extraReceptionDayOpened
    case .countWalkIns(let day):
      return .walkInsCounted(try store.walkInCount(on: day))
    case .findPeople(let query):
      return .peopleFound(query: query, try store.findPeople(query))
    case .registerWalkIn(let request, let handling):
      let saved = try store.registerRequest(request, handling: handling)
      return .walkInRegistered(
        saved, walkInsToday: try store.walkInCount(on: store.clock.today))
    case .openBook(let day):
      return .bookLoaded(try store.receptionBook(on: day))
    case .openAdjacentBook(let day, let after):
      guard let found = try store.receptionDay(nextTo: day, after: after) else {
        return .noReceptionDay(after: after)
      }
      return .bookLoaded(try store.receptionBook(on: found))
    case .handOverBook(let day, let receiver, let note):
      try store.handOverReceptionBook(on: day, to: receiver, note: note)
      return .bookHandedOver(try store.receptionBook(on: day))
    case .loadAgenda(let meeting, let record):
      let decisions = try store.meetingAgenda(meeting).items.compactMap { item in
        record[item.request.id].map { (item.request.id, $0) }
      }
      if !decisions.isEmpty { try store.recordMeetingDecisions(decisions) }
      return .agendaLoaded(try store.meetingAgenda(meeting), recorded: decisions.count)
    case .printAgenda(let meeting, let path, let language):
      let agenda = try store.meetingAgenda(meeting)
      let url = UserPath.url(path)
      try writeFile(url) { sink in
        try sink.write(agenda.rendered(.html, language: language))
      }
      return .exported(rows: agenda.items.count, path: url.path)
    case .printSlip(let id, let path, let unmask, let language):
      let document = try store.issueTransferSlip(request: id)
      if unmask {
        try store.recordUnmasked(
          table: "transfer_slip", what: "transfer slip of \(document.detail.request.number)")
      }
      let url = UserPath.url(path)
      try writeFile(url) { sink in
        try sink.write(document.rendered(.html, language: language, unmask: unmask))
      }
      return .slipPrinted(path: url.path)
    case .exportBook(let day, let format, let path, let unmask, let language):
      let book = try store.receptionBook(on: day, revealing: unmask)
      let url = UserPath.url(path)
      try writeFile(url) { sink in
        try sink.write(book.rendered(format, language: language, unmask: unmask))
      }
      return .exported(rows: book.entries.count, path: url.path)
    default:
      return nil
    }
  }
}
