import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit

/// The office's week: the status line's flags, the meetings' agenda and the duty rota, read as
/// the program reads them on a county.
extension Benchmark {
  func officeWeek(_ store: LastmileStore) throws -> [Measurement] {
    // The status line's counts: the headline figures with the late books and the desk flags,
    // read again after every change.
    let headline = try (0..<20).map { _ in try milliseconds { _ = try store.headlineCounts() } }
    let agenda = try (0..<10).map { index in
      try milliseconds { _ = try store.meetingAgenda(index % 2 == 0 ? .office : .branch) }
    }
    let today = store.clock.today
    let first = today.adding(days: 1 - today.day)
    let rota = try (0..<10).map { index in
      try milliseconds {
        let month = first.adding(months: index % 3)
        _ = try store.dutyRota(from: month, through: month.adding(months: 1).adding(days: -1))
      }
    }
    // A flag's requests in the queue, first page and count.
    let flagged = try DeskFlag.allCases.flatMap { flag in
      try (0..<3).map { _ in
        try milliseconds {
          let filter = RequestFilter(flag: flag)
          _ = try LastmileStore.page(from: .first, limit: 40, withCount: true) {
            try store.requestPage(
              filter: filter, sort: QueueColumn.workOrder.ascending, anchor: .first, limit: 40)
          } count: {
            try store.requestCount(filter: filter)
          }
        }
      }
    }
    return [
      Measurement(.benchHeadlineFlags, unit: "ms", samples: headline, budget: 50),
      Measurement(.benchAgenda, unit: "ms", samples: agenda, budget: 100),
      Measurement(.benchRotaMonth, unit: "ms", samples: rota, budget: 20),
      Measurement(.benchQueueFlag, unit: "ms", samples: flagged, budget: 100),
    ]
  }
}
