import Foundation
import GRDB
import LastmileCore
import LastmileDemo
import LastmileRules
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Demo data")
struct DemoDataTests {
  @Test(
    "demo fills a township: 8 to 12 villages with groups, households with members and cadres of every role"
  )
  func township() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 300)
    let counts = try store.counts()
    #expect((8...12).contains(counts.villages))
    #expect(counts.households == 300)
    #expect(counts.members > 600)
    let roles = try store.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT role FROM cadre ORDER BY role")
    }
    // Every role of the rules, and quotas true to life: most met, some short by a little,
    // some by a lot.
    #expect(Set(roles) == Set(RulesFile.defaults.roles.map(\.id)))
    let year = try store.quotaReport(period: Period(parsing: "2026-YTD", today: Fixtures.today)!)
    let shorts = year.cadres.map { row in
      row.results.map { Double($0.short) / Double(max(1, $0.required)) }.max() ?? 0
    }
    #expect(shorts.filter { $0 == 0 }.count * 2 > shorts.count)
    #expect(shorts.contains { $0 > 0 && $0 <= 0.25 })
    #expect(shorts.contains { $0 >= 0.5 })
    let withoutContact = try store.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM household h WHERE NOT EXISTS (
            SELECT 1 FROM contact_assignment ca WHERE ca.household_id = h.id AND ca.ends_on IS NULL)
          """)
    }
    #expect(withoutContact == 0)
  }

  @Test("every member's ID number is valid and agrees with their sex and birth date")
  func idNumbersAgree() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 300)
    let rows = try store.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id_number, sex, birth_date FROM member WHERE id_number <> ''")
    }
    #expect(rows.count > 500)
    var seen = Set<String>()
    for row in rows {
      let number: String = row["id_number"]
      let id = try ResidentID.validate(number, today: Fixtures.today).get()
      #expect(id.sex.rawValue == row["sex"] as String)
      #expect(id.birthDate == row["birth_date"] as LocalDate)
      #expect(seen.insert(number).inserted, "duplicate \(number)")
    }
  }

  @Test(
    "visits cover the twelve months before today, and requests every channel, decision and status")
  func visitsAndRequests() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 300)
    let (first, last) = try store.read { db in
      (
        try LocalDate.fetchOne(db, sql: "SELECT min(visited_on) FROM visit")!,
        try LocalDate.fetchOne(db, sql: "SELECT max(visited_on) FROM visit")!
      )
    }
    #expect(first >= Fixtures.today.adding(days: -366))
    #expect(last < Fixtures.today)
    let channels = try store.read { db in
      try Set(String.fetchAll(db, sql: "SELECT DISTINCT channel FROM help_request"))
    }
    let decisions = try store.read { db in
      try Set(
        String.fetchAll(
          db, sql: "SELECT DISTINCT decision FROM help_request WHERE decision IS NOT NULL"))
    }
    let statuses = try store.read { db in
      try Set(String.fetchAll(db, sql: "SELECT DISTINCT status FROM help_request"))
    }
    #expect(channels == Set(RequestChannel.allCases.map(\.rawValue)))
    #expect(decisions == Set(HandlingDecision.allCases.map(\.rawValue)))
    #expect(statuses == Set(RequestStatus.allCases.map(\.rawValue)))
    #expect(try store.counts().overdueRequests > 0)
  }

  @Test("deadlines of demo requests agree with the working-day calendar")
  func deadlinesAgree() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 200)
    let requests = try store.read { db in
      try HelpRequest.fetchAll(
        db,
        sql:
          "SELECT * FROM help_request WHERE decision IS NULL OR decision IN ('meeting', 'explained')"
      )
    }
    #expect(!requests.isEmpty)
    for request in requests where request.dueOn != nil {
      let expected = WorkingDayCalendar.builtIn.adding(workingDays: 7, to: request.receivedAt.date)
        .value
      let history = try store.auditEntries(table: "help_request", rowId: request.id)
      if history.contains(where: { $0.action == "extended" }) { continue }
      #expect(request.dueOn == expected, "\(request.receivedAt)")
    }
  }

  @Test("every demo request has a history that starts with its registration")
  func histories() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 100)
    let missing = try store.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM help_request r WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.table_name = 'help_request' AND a.row_id = r.id AND a.action = 'received')
          """)
    }
    #expect(missing == 0)
  }

  @Test("the same seed gives the same data")
  func deterministic() throws {
    let first = TemporaryFolder()
    let second = TemporaryFolder()
    let a = try Fixtures.demoStore(in: first, households: 150, seed: 99)
    let b = try Fixtures.demoStore(in: second, households: 150, seed: 99)
    for table in ExportTable.allCases {
      var left = StringSink()
      var right = StringSink()
      try a.export(table, options: ExportOptions(format: .json, unmask: true), to: &left)
      try b.export(table, options: ExportOptions(format: .json, unmask: true), to: &right)
      #expect(left.text == right.text, "\(table)")
    }
    let other = TemporaryFolder()
    let c = try Fixtures.demoStore(in: other, households: 150, seed: 100)
    var left = StringSink()
    var right = StringSink()
    try a.export(.households, options: ExportOptions(format: .json), to: &left)
    try c.export(.households, options: ExportOptions(format: .json), to: &right)
    #expect(left.text != right.text)
  }

  @Test("demo refuses a database that already holds data, and writes nothing")
  func refusesNonEmpty() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.saveHousehold(Household(householdNo: "X1", headName: "已有户"))
    #expect(throws: StoreError.notEmpty(path: store.url.path, households: 1)) {
      try store.fillWithDemoData(households: 10)
    }
    #expect(try store.counts().households == 1)
  }
}

@Suite("The demo's backlog")
struct DemoBacklogTests {
  @Test("the demo's overdue requests are days and weeks late, as an office's backlog is")
  func overdueAgesAsAnOffice() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 2000)
    let report = try store.overdueRequests()
    #expect(report.requests.count >= 5)
    let latest = try #require(report.requests.map(\.workingDaysOverdue).max())
    #expect(latest <= 30, "an overdue request \(latest) working days late")
  }
}
