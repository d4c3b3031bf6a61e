import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Request numbers")
struct RequestNumberTests {
  private func register(_ store: LastmileStore, at moment: String, _ content: String) throws
    -> HelpRequest
  {
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: moment)!, channel: .walkIn,
        requester: Requester(name: "张三"), category: "health", content: content))
  }

  @Test("a laptop numbers a day's requests in order, from 01, by the day each was received")
  func numbersInOrder() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let code = RequestNumber.deviceCode(of: store.deviceId)
    #expect(code == "B7")
    let first = try register(store, at: "2026-11-02 09:00", "一")
    let second = try register(store, at: "2026-11-02 09:30", "二")
    let other = try register(store, at: "2026-11-03 10:00", "三")
    #expect(first.number == "SQ-20261102-\(code)-01")
    #expect(second.number == "SQ-20261102-\(code)-02")
    #expect(other.number == "SQ-20261103-\(code)-01")
    #expect(try store.request(id: second.id)?.number == second.number)
  }

  @Test("two laptops give the same day's requests numbers that differ, without asking each other")
  func uniqueAcrossLaptops() throws {
    let one = TemporaryFolder()
    let two = TemporaryFolder()
    // Two laptops, each with the id it made itself (their codes are the ends of those ids).
    let ids = ["1f9c6a40-0000-4000-8000-00000000004c", Fixtures.deviceId]
    let stores = try zip([one, two], ids).map { folder, id in
      try LastmileStore.open(
        at: folder.file("lastmile.db"), operatorName: "王主任", clock: .stopped(at: Fixtures.now),
        newDeviceId: id)
    }
    #expect(stores.map { RequestNumber.deviceCode(of: $0.deviceId) } == ["4C", "B7"])
    var numbers: [String] = []
    for store in stores {
      for minute in 0..<12 {
        numbers.append(try register(store, at: "2026-11-02 09:\(10 + minute)", "事项").number)
      }
    }
    #expect(Set(numbers).count == numbers.count)
    // Two laptops that happen to share a code could give one number twice: the database keeps
    // both when their bundles meet (migration 019), rather than refusing the merge.
  }

  @Test("the requests stored before numbers existed are numbered by the day and order received")
  func earlierRequestsNumbered() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.write { db, _ in
      try db.execute(sql: "UPDATE help_request SET number = NULL")
      try RequestNumbers.fillMissing(db)
    }
    let rows = try store.read { db in
      try Row.fetchAll(
        db, sql: "SELECT received_at, number FROM help_request ORDER BY received_at, id")
    }
    #expect(!rows.isEmpty)
    var last: [String: Int] = [:]
    for row in rows {
      let number: String = row["number"]
      let day = String((row["received_at"] as String).prefix(10)).filter(\.isNumber)
      #expect(number.hasPrefix("SQ-\(day)-"))
      let stem = String(number.dropLast(2))
      let sequence = try #require(RequestNumber.sequence(of: number))
      #expect(sequence == (last[stem] ?? 0) + 1)
      last[stem] = sequence
    }
  }
}

@Suite("The queue's status filter")
struct QueueStatusFilterTests {
  @Test("the status filter takes several values: the requests in any of them")
  func severalStatuses() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.handleRequest(Fixtures.uuid(40), .transfer(to: "镇卫生院", note: ""))
    #expect(try store.requestCount(filter: RequestFilter(statuses: [.inProgress])) == 1)
    #expect(try store.requestCount(filter: RequestFilter(statuses: [.registered])) == 1)
    #expect(
      try store.requestCount(filter: RequestFilter(statuses: [.registered, .inProgress])) == 2)
    #expect(try store.requestCount(filter: RequestFilter(statuses: [.closed, .replied])) == 0)
    // One status given alone is the same filter.
    #expect(RequestFilter(status: .closed) == RequestFilter(statuses: [.closed]))
  }
}

@Suite("A record book late to be handed over")
struct LateBookTests {
  @Test(
    "a day's book not handed over is late from the day after the next working day, until it is handed over"
  )
  func lateUntilHandedOver() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let day = LocalDate(parsing: "2026-11-11")!
    // The walk-in of Wednesday 11-11: due Thursday 11-12, late from Friday 11-13.
    #expect(
      try store.headlineCounts().lateBooks == [
        BookDeadlines.Late(day: day, since: LocalDate(parsing: "2026-11-13")!)
      ])
    let thursday = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-12 17:00")!))
    #expect(try thursday.headlineCounts().lateBooks.isEmpty)
    try store.handOverReceptionBook(on: day, to: "党政办")
    #expect(try store.headlineCounts().lateBooks.isEmpty)
  }
}
