import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// The schema a database gets, and the upgrade of a database made by the first version.
@Suite("The schema and its migrations")
struct SchemaTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Schema")

  /// Every table, index, trigger and view of the database at `url`, as `sqlite_master` says.
  static func schema(of url: URL) throws -> String {
    let queue = try DatabaseQueue(path: url.path)
    defer { try? queue.close() }
    return try queue.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
      ).map { row in
        "-- \(row["type"] as String) \(row["name"] as String) on \(row["tbl_name"] as String)\n"
          + (row["sql"] as String) + ";\n"
      }.joined(separator: "\n")
    }
  }

  /// Compares `schema` with the golden file (`LASTMILE_RECORD_SCHEMA=1` writes it instead).
  static func expectGolden(_ schema: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = folder.appendingPathComponent("schema.sql")
    if ProcessInfo.processInfo.environment["LASTMILE_RECORD_SCHEMA"] == "1" {
      try schema.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      schema == expected,
      "the schema of a new database changed: a schema change is a new migration, and the golden file Schema/schema.sql says what it makes",
      sourceLocation: sourceLocation)
  }

  @Test("a new database gets exactly the schema of the golden file")
  func newDatabase() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.close()
    try Self.expectGolden(try Self.schema(of: folder.file("lastmile.db")))
  }

  @Test("the migrations are registered in order, each once, and a new database records them all")
  func migrationsRecorded() throws {
    let folder = TemporaryFolder()
    _ = try Fixtures.store(in: folder)
    let identifiers = Migrations.known
    #expect(identifiers == identifiers.sorted())
    #expect(Set(identifiers).count == identifiers.count)
    let queue = try DatabaseQueue(path: folder.file("lastmile.db").path)
    let applied = try queue.read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }
    #expect(applied == identifiers)
  }

  /// A database of the first schema, with data, loaded from the dump kept beside the tests.
  static func firstVersion(in folder: TemporaryFolder) throws -> URL {
    let url = folder.file("first.db")
    let dump = try String(
      contentsOf: Self.folder.appendingPathComponent("schema-001-with-data.sql"), encoding: .utf8)
    let queue = try DatabaseQueue(path: url.path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: dump) }
    try queue.close()
    return url
  }

  @Test("a database of the first schema, with data, upgrades to the schema of a new one")
  func upgradeSchema() throws {
    let folder = TemporaryFolder()
    let url = try Self.firstVersion(in: folder)
    let store = try LastmileStore.open(at: url, create: false, clock: .fixed(Fixtures.today))
    try store.close()
    try Self.expectGolden(try Self.schema(of: url))
  }

  @Test("after the upgrade every row is there and the roster's columns are filled from them")
  func upgradeData() throws {
    let folder = TemporaryFolder()
    let url = try Self.firstVersion(in: folder)
    let today = LocalDate(year: 2025, month: 3, day: 10)!
    let store = try LastmileStore.open(at: url, create: false, clock: .fixed(today))
    #expect(store.deviceId == "a1b2c3d4-0000-4000-8000-000000000001")
    #expect(store.lastOperator == "王主任")
    let roster = try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 10).map(\.model)
    #expect(roster.map(\.householdNo) == ["01010001", "01010002"])
    #expect(roster.map(\.memberCount) == [2, 2])
    #expect(roster.map(\.cadres) == ["李干部", ""])
    #expect(roster.map(\.openRequests) == [1, 0])
    #expect(roster[0].lastVisitOn == LocalDate(year: 2025, month: 2, day: 20))
    #expect(roster.map(\.village) == ["石桥村", "石桥村"])
    #expect(roster.map(\.group) == ["一组", "一组"])
    let search = try store.searchRoster(
      "oyn", filter: RosterFilter(), sort: ListingSort(), after: nil, backward: false,
      including: true)
    #expect(search.row?.model.householdNo == "01010002")
    let counts = try store.counts()
    #expect(counts.households == 2)
    #expect(counts.members == 4)
    #expect(counts.visits == 2)
    #expect(counts.requests == 3)
    #expect(counts.openRequests == 2)
    #expect(counts.overdueRequests == 2)
    let queue = try store.requestPage(
      sort: ListingSort(key: QueueColumn.workOrder.rawValue, ascending: true), anchor: .first,
      limit: 10)
    #expect(queue.map(\.model.requester) == ["张三丰", "孙大爷", "欧阳娜娜"])
    let history = try store.requestHistory(
      id: UUID(uuidString: "00000000-0000-4000-8000-000000000061")!)
    #expect(history.map(\.action) == [.received, .transferred])
    #expect(history.last?.toStatus == .inProgress)
    // The walk-ins of the first version are the lines of their days' record books.
    let book = try store.receptionBook(on: LocalDate(year: 2025, month: 2, day: 26)!)
    #expect(book.entries.map(\.requester) == ["欧阳娜娜", "孙大爷"])
    #expect(book.entries.map(\.address) == ["石桥村一组15号", "河口社区"])
    #expect(book.entries.first?.dueOn == nil)
    // The first version's rows are written to as any other.
    try store.acting(as: "测试员").handleRequest(
      UUID(uuidString: "00000000-0000-4000-8000-000000000063")!,
      .explain(reason: "已联系环卫所"))
    #expect(try store.requestHeadlineCounts().open == 1)
  }

  @Test(
    "the roster's columns kept by the triggers are those a bulk load computes, after any change")
  func derivedColumnsAgree() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.deleteMember(id: Fixtures.uuid(21))
    try store.saveMember(
      Member(householdId: Fixtures.uuid(12), name: "Smith Jr", relation: .son))
    try store.deleteVisit(id: Fixtures.uuid(31))
    try store.saveArea(
      Area(id: Fixtures.uuid(4), parentId: Fixtures.uuid(2), level: .group, name: "新二组"))
    // A second 张三丰 in the village, then renamed: neither is a duplicate any more; a member
    // given the ID number of another household's member: both households are.
    var namesake = Household(
      householdNo: "01010009", headName: "张三丰", areaId: Fixtures.uuid(4), address: "二组9号")
    try store.saveHousehold(namesake)
    #expect(try store.rosterCount(filter: RosterFilter(possibleDuplicates: true)) == 2)
    namesake.headName = "张三"
    try store.saveHousehold(namesake)
    var member = try #require(
      try store.members(ofHousehold: Fixtures.uuid(12)).first { $0.name == "Smith Jr" })
    member.idNumber = try #require(try store.member(id: Fixtures.uuid(20))).idNumber
    try store.saveMember(member)
    #expect(try store.rosterCount(filter: RosterFilter(possibleDuplicates: true)) == 2)
    let columns: [(String, String)] = [
      ("area_sort", DerivedColumns.areaSort), ("village_id", DerivedColumns.village),
      ("member_count", DerivedColumns.memberCount), ("last_visit_on", DerivedColumns.lastVisit),
      ("open_requests", DerivedColumns.openRequests), ("cadre_names", DerivedColumns.cadreNames),
      ("cadre_sort", DerivedColumns.cadreSort),
      ("members_without_id", DerivedColumns.membersWithoutID),
      ("possible_duplicate", DerivedColumns.possibleDuplicate),
    ]
    try store.read { db in
      for (column, expression) in columns {
        let differing =
          try Int.fetchOne(
            db,
            sql: "SELECT count(*) FROM household WHERE \(column) IS NOT (\(expression))") ?? -1
        #expect(differing == 0, "\(column)")
      }
    }
  }
}

@Suite("What sync carries")
struct SyncScopeTests {
  @Test("every table of a new database is declared synced, derived or local")
  func everyTableDeclared() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let tables = try store.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    #expect(!tables.isEmpty)
    let undeclared = tables.filter { SyncTables.scope(of: $0) == nil }
    #expect(undeclared.isEmpty, "tables neither synced nor declared local: \(undeclared)")
    // And no declaration names a table the schema no longer has.
    let stale = SyncTables.scopes.keys.filter { !tables.contains($0) }
    #expect(stale.isEmpty, "declared but not in the schema: \(stale)")
  }

  @Test("the office's settings are carried, the laptop's own are not")
  func settingsSplit() {
    #expect(SettingKey.officeName.isOffices && SettingKey.categories.isOffices)
    #expect(!SettingKey.deviceId.isOffices && !SettingKey.lastOperator.isOffices)
  }
}
