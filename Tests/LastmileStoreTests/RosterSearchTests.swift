import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Roster search")
struct RosterSearchTests {
  /// Households whose heads have the polyphonic surnames, and one with members, phones and IDs.
  func ledger(_ folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.store(in: folder)
    let heads = [
      ("0001", "张三丰"), ("0002", "单田芳"), ("0003", "曾国藩"), ("0004", "解缙"), ("0005", "仇英"),
      ("0006", "区志坚"),
      ("0007", "查良镛"), ("0008", "朴槿惠"), ("0009", "盖聂"), ("0010", "尉迟恭"), ("0011", "张伟"),
    ]
    for (number, name) in heads {
      try store.saveHousehold(
        Household(id: Fixtures.uuid(Int(number)!), householdNo: "0101\(number)", headName: name))
    }
    try store.saveMember(
      Member(
        householdId: Fixtures.uuid(1), name: "李秀英", relation: .spouse,
        idNumber: "430523201501010016",
        phone: "13812345678"))
    return store
  }

  func find(_ store: LastmileStore, _ text: String) throws -> [String] {
    var found: [String] = []
    var key: ListingKey?
    let sort = ListingSort(key: RosterColumn.householdNo.rawValue)
    let first = try store.searchRoster(text, sort: sort, after: nil, including: true)
    guard let row = first.row else { return [] }
    found.append(row.model.headName)
    key = row.key
    for _ in 1..<first.matches {
      guard let next = try store.searchRoster(text, sort: sort, after: key).row else { break }
      found.append(next.model.headName)
      key = next.key
    }
    return found
  }

  @Test(
    "names are found by a Chinese substring, by full pinyin and by initials, polyphonic surnames read right",
    arguments: [
      ("三丰", ["张三丰"]), ("张", ["张三丰", "张伟"]), ("zhangsanfeng", ["张三丰"]), ("zsf", ["张三丰"]),
      ("sanfeng", ["张三丰"]), ("zhang", ["张三丰", "张伟"]), ("shantianfang", ["单田芳"]), ("stf", ["单田芳"]),
      ("zengguofan", ["曾国藩"]), ("xiejin", ["解缙"]), ("qiuying", ["仇英"]), ("ouzhijian", ["区志坚"]),
      ("zhaliangyong", ["查良镛"]), ("zly", ["查良镛"]), ("piaojinhui", ["朴槿惠"]), ("genie", ["盖聂"]),
      ("yuchigong", ["尉迟恭"]), ("ycg", ["尉迟恭"]), ("秀英", ["张三丰"]), ("lixiuying", ["张三丰"]),
    ])
  func names(query: String, expected: [String]) throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    #expect(try find(store, query) == expected)
  }

  @Test(
    "any run of four or more phone digits, the last four to six of an ID number and the household number find the household"
  )
  func numbers() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    for query in [
      "1381", "2345", "345678", "13812345678", "0016", "10016", "010016", "01010011", "0101001",
    ] {
      #expect(try !find(store, query).isEmpty, "\(query)")
    }
    #expect(try find(store, "0016") == ["张三丰"])
    #expect(try find(store, "01010011") == ["张伟"])
    #expect(try find(store, "9999").isEmpty)
    #expect(try find(store, "李秀英的") == [])
    // A letter searches pinyin only, never the tokens phones and ID numbers are written as.
    #expect(try find(store, "i").isEmpty)
  }

  @Test("a deleted household is no longer found, and a renamed head is found by the new name")
  func indexFollowsChanges() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    try store.deleteHousehold(id: Fixtures.uuid(11))
    #expect(try find(store, "张") == ["张三丰"])
    var household = try #require(try store.household(id: Fixtures.uuid(2)))
    household.headName = "单雄信"
    try store.saveHousehold(household)
    #expect(try find(store, "shanxiongxin") == ["单雄信"])
    #expect(try find(store, "shantianfang").isEmpty)
  }

  @Test("searching steps forward and back, going round at the ends")
  func stepping() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let sort = ListingSort(key: RosterColumn.householdNo.rawValue)
    let first = try #require(
      try store.searchRoster("zhang", sort: sort, after: nil, including: true).row)
    #expect(first.model.headName == "张三丰")
    let second = try #require(try store.searchRoster("zhang", sort: sort, after: first.key).row)
    #expect(second.model.headName == "张伟")
    let around = try #require(try store.searchRoster("zhang", sort: sort, after: second.key).row)
    #expect(around.model.headName == "张三丰")
    let back = try #require(
      try store.searchRoster("zhang", sort: sort, after: first.key, backward: true).row)
    #expect(back.model.headName == "张伟")
    #expect(try store.rosterPosition(of: first.key, sort: sort) == 0)
    #expect(try store.rosterPosition(of: second.key, sort: sort) == 10)
  }

  @Test(
    "a search matching more households than it counts walks the roster in order and says 'more than'"
  )
  func broadSearch() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let sort = ListingSort(key: RosterColumn.householdNo.rawValue)
    // "0101" matches every household number: with a count limit of 3 the search is a broad one.
    let first = try store.searchRoster(
      "0101", sort: sort, after: nil, including: true, countLimit: 3)
    #expect(first.matches == 3)
    #expect(first.moreThan)
    #expect(first.row?.model.householdNo == "01010001")
    let fifth = try store.searchRoster(
      "0101", sort: sort, after: try #require(first.row).key, countLimit: 3)
    #expect(fifth.row?.model.householdNo == "01010002")
    let last = try store.searchRoster("0101", sort: sort, after: nil, backward: true, countLimit: 3)
    #expect(last.row?.model.householdNo == "01010011")
    #expect(try store.rosterPosition(of: try #require(last.row).key, sort: sort) == 10)
    // Within a filter the broad walk counts what the filter leaves.
    for index in [3, 5] {
      var household = try #require(try store.household(id: Fixtures.uuid(index)))
      household.categories = [.minimumAllowance]
      try store.saveHousehold(household)
    }
    var filter = RosterFilter()
    filter.category = .minimumAllowance
    let filtered = try store.searchRoster(
      "0101", filter: filter, sort: sort, after: nil, including: true, countLimit: 3)
    #expect(filtered.matches == 2)
    #expect(!filtered.moreThan)
    #expect(filtered.row?.model.householdNo == "01010003")
    let exact = try store.searchRoster(
      "0101", sort: sort, after: nil, including: true, countLimit: 20)
    #expect(exact.matches == 11)
    #expect(!exact.moreThan)
    let zhang = try store.searchRoster(
      "zhang", sort: sort, after: nil, including: true, countLimit: 1)
    #expect(zhang.moreThan)
    #expect(try find(store, "zhang") == ["张三丰", "张伟"])
  }

  @Test(
    "testing a search document in memory agrees with FTS5 for names, pinyin, phones, ID tails and numbers"
  )
  func inMemoryAgreesWithIndex() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 150)
    let documents = try store.read { db in
      try Row.fetchAll(db, sql: "SELECT rowid, tokens FROM household_search").map {
        ($0[0] as Int64, $0[1] as String)
      }
    }
    let someone = try #require(
      try store.read { db in
        try Row.fetchOne(
          db, sql: "SELECT name, phone, id_number FROM member WHERE phone <> '' AND id_number <> ''"
        )
      })
    let name: String = someone["name"]
    let phone: String = someone["phone"]
    let idNumber: String = someone["id_number"]
    let typed = [
      name, String(name.prefix(1)), String(name.suffix(2)), Pinyin.full(name),
      Pinyin.initials(name), "z", "zh",
      String(phone.prefix(4)), String(phone.dropFirst(3).prefix(5)), String(idNumber.suffix(4)),
      "0", "01", "0101",
    ]
    for text in typed {
      let query = try #require(SearchQuery(typed: text))
      let indexed = try store.read { db in
        try Set(
          Int64.fetchAll(
            db, sql: "SELECT rowid FROM household_search WHERE household_search MATCH ?",
            arguments: [query.fts]))
      }
      let tested = Set(documents.filter { query.matches($0.1) }.map(\.0))
      #expect(indexed == tested, "\(text)")
      #expect(!indexed.isEmpty, "\(text)")
    }
  }
}
