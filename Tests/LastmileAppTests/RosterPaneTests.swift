import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The roster pane and the contact card")
struct RosterPaneTests {
  @Test(
    "the contact card shows every field with IDs and phones masked, in both languages",
    arguments: [Language.zh, .en])
  func card(language: Language) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, language: language)
    app.press(.enter)
    try expectFrame(app.styledFrame, named: "card-\(language.rawValue)")
    #expect(app.frame.contains("430523********"))
    #expect(!app.frame.contains("430523195004"))
  }

  @Test("revealing shows ID numbers in full and records it in the audit log")
  func reveal() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("v"))
    #expect(app.frame.contains("430523195004"))
    #expect(
      try store.auditEntries(table: "household", rowId: Fixtures.uuid(10)).last?.action == "reveal")
    app.press(.character("v"))
    #expect(!app.frame.contains("430523195004"))
  }

  @Test(
    "an edit form shows ID numbers and phones masked; Ctrl-R reveals them, recorded; a masked value left alone is saved as stored"
  )
  func maskedInForms() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let stored = try #require(try store.members(ofHousehold: Fixtures.uuid(10)).first)
    try store.saveMember(
      {
        var m = stored
        m.phone = "13812349876"
        return m
      }())
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .enter)
    #expect(app.frame.contains("修改成员"))
    #expect(!app.frame.contains(stored.idNumber))
    #expect(app.frame.contains(Masking.idNumber(stored.idNumber)))
    #expect(app.frame.contains("138****9876"))
    #expect(app.frame.contains("显示号码"))
    // Saved untouched: the stored values stay, not their masks.
    app.press(.control("s"))
    let saved = try #require(try store.members(ofHousehold: Fixtures.uuid(10)).first)
    #expect(saved.idNumber == stored.idNumber)
    #expect(saved.phone == "13812349876")
    #expect(
      try store.auditEntries(table: "household", rowId: Fixtures.uuid(10)).allSatisfy {
        $0.action != "reveal"
      })
    app.press(.enter, .control("r"))
    #expect(app.frame.contains(stored.idNumber))
    #expect(
      try store.auditEntries(table: "household", rowId: Fixtures.uuid(10)).last?.action == "reveal")
    // The household form masks its phone too.
    app.press(.escape, .character("e"))
    #expect(app.frame.contains("138****1234"))
  }

  @Test("a corrected ID number corrects the sex and birth date the old one gave")
  func correctedID() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.enter, .character("a"))
    app.type("张小宝")
    app.press(.tab, .tab)
    app.type("430523201501010016")
    app.press(.tab)
    #expect(app.runner.state.form?.form["sex"] == "male")
    app.press(.backTab)
    app.press(.control("u"))
    app.type("430523201602020029")
    app.press(.tab)
    let form = try #require(app.runner.state.form?.form)
    #expect(form["birth_date"] == "2016-02-02")
    #expect(form["sex"] == "female")
    #expect(form.fields.allSatisfy { $0.message == nil })
  }

  @Test(
    "a member with a wrong check digit is refused with the reason, in both languages",
    arguments: [Language.zh, .en])
  func memberValidation(language: Language) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, language: language)
    app.press(.enter, .character("a"))
    app.type("张小宝")
    app.press(.tab, .tab)
    app.type("430523201501010011")
    app.press(.tab)
    try expectFrame(app.styledFrame, named: "member-form-\(language.rawValue)")
  }

  @Test("a valid ID number fills sex and birth date, and the member is saved and shown on the card")
  func memberSaved() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("a"))
    app.type("张小宝")
    app.press(.tab, .tab)
    app.type("430523201501010016")
    app.press(.tab)
    #expect(app.frame.contains("2015-01-01"))
    app.press(.control("s"))
    #expect(app.frame.contains("已保存 张小宝"))
    #expect(app.runner.state.card?.card.members.map(\.name).contains("张小宝") == true)
    let member = try #require(
      try store.members(ofHousehold: Fixtures.uuid(10)).first { $0.name == "张小宝" })
    #expect(member.sex == .male)
    #expect(member.birthDate == LocalDate(parsing: "2015-01-01"))
  }

  @Test("deleting the head member warns that the household still names them as its head")
  func deleteHeadWarns() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("d"))
    #expect(app.frame.contains("张三丰 是户主"))
    #expect(app.frame.contains("e 改户主"))
    app.press(.character("n"))
    #expect(try store.members(ofHousehold: Fixtures.uuid(10)).count == 1)
  }

  @Test("deleting a household asks first, and u brings it back")
  func deleteAndUndo() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("d"))
    #expect(app.frame.contains("删除户 01010001（张三丰）及其 1 名成员"))
    app.press(.character("y"))
    #expect(app.runner.state.roster.table.total == 2)
    #expect(try store.household(id: Fixtures.uuid(10)) == nil)
    app.press(.character("u"))
    #expect(app.runner.state.roster.table.total == 3)
    #expect(try store.members(ofHousehold: Fixtures.uuid(10)).count == 1)
    // The restored household sorts first: it is drawn, not skipped until g.
    #expect(app.runner.state.roster.table.rows.first?.model.householdNo == "01010001")
    #expect(app.frame.contains("张三丰"))
    app.press(.character("u"))
    #expect(app.frame.contains("没有可以撤销的操作"))
  }

  @Test("an edit is undone to the values before it")
  func editAndUndo() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("e"), .tab)
    app.press(.control("u"))
    app.type("张君宝")
    app.press(.control("s"))
    #expect(try store.household(id: Fixtures.uuid(10))?.headName == "张君宝")
    app.press(.character("u"))
    #expect(try store.household(id: Fixtures.uuid(10))?.headName == "张三丰")
  }

  @Test("a household with the same head in the same village warns and links to the existing one")
  func duplicateWarning() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("a"))
    app.type("01010009")
    app.press(.tab)
    app.type("张三丰")
    app.press(.tab)
    app.type("一组")
    app.press(.enter)
    app.press(.control("s"))
    #expect(app.frame.contains("同村已有户主 张三丰 的户 01010001"))
    app.press(.character("o"))
    #expect(app.runner.state.card?.card.household.householdNo == "01010001")
    #expect(try store.household(number: "01010009") == nil)
  }

  @Test("typing a search jumps to the first match, and n and N step through the matches")
  func search() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 150)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("/"))
    app.type("zh")
    let matches = try #require(app.runner.state.roster.search?.matches)
    #expect(matches > 1)
    let first = try #require(app.runner.state.roster.table.selectedModel)
    app.press(.enter, .character("n"))
    let second = try #require(app.runner.state.roster.table.selectedModel)
    #expect(first.id != second.id)
    app.press(.character("N"))
    #expect(app.runner.state.roster.table.selectedModel?.id == first.id)
    #expect(app.frame.contains("找到 \(matches) 户"))
    // Deleting a match counts again; undoing it too.
    app.press(.character("d"), .character("y"))
    #expect(app.runner.state.roster.search?.matches == matches - 1)
    app.press(.character("u"))
    #expect(app.runner.state.roster.search?.matches == matches)
    #expect(app.frame.contains("找到 \(matches) 户"))
    app.press(.escape)
    #expect(app.runner.state.roster.search == nil)
  }

  /// On a demo roster, types the household number of the 100th household into the search
  /// key after key with no pause between them (so nothing that waits for idle has run).
  private func searchHundredthWithoutPause(_ folder: TemporaryFolder) throws -> (
    LastmileStore, AppHarness, ListingRow<HouseholdSummary>
  ) {
    let store = try Fixtures.demoStore(in: folder, households: 150)
    let app = try AppHarness(store: store, folder: folder)
    let target = try #require(
      try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 100).last)
    app.press(.character("/"))
    for scalar in target.model.householdNo.unicodeScalars {
      app.runner.feed(.character(scalar.value))
    }
    return (store, app, target)
  }

  @Test(
    "a search that jumps off the page answers at once and fills in the row number when the keyboard is idle"
  )
  func searchLocatesWhenIdle() throws {
    let folder = TemporaryFolder()
    let (store, app, target) = try searchHundredthWithoutPause(folder)
    app.runner.present()
    #expect(app.runner.state.roster.table.selectedModel?.householdNo == target.model.householdNo)
    #expect(!app.runner.state.roster.table.positionKnown)
    #expect(app.frame.contains("共 \(try store.rosterCount()) 条"))
    #expect(app.runner.doIdleWork())
    app.runner.present()
    #expect(app.runner.state.roster.table.positionKnown)
    let roster = app.runner.state.roster.table
    #expect(roster.firstRowNumber + roster.selected == 99)
    #expect(app.frame.contains("第 \(roster.firstRowNumber + 1)–"))
    #expect(!app.runner.doIdleWork())
  }

  @Test(
    "paging while a row number is still unknown asks the store, and the number found later is the new page's"
  )
  func pagingBeforeLocating() throws {
    let folder = TemporaryFolder()
    let (store, app, _) = try searchHundredthWithoutPause(folder)
    app.runner.feed(.character(13))
    let before = try #require(app.runner.state.roster.table.rows.first)
    app.runner.feed(.keyCode(KeyDecoder.KeyCodes.ncurses.pageDown))
    let after = try #require(app.runner.state.roster.table.rows.first)
    #expect(after.key != before.key)
    #expect(!app.runner.state.roster.table.positionKnown)
    while app.runner.doIdleWork() {}
    #expect(app.runner.state.roster.table.positionKnown)
    #expect(
      app.runner.state.roster.table.firstRowNumber
        == (try store.rosterPosition(of: after.key, sort: ListingSort())))
  }

  @Test(
    "a filter narrows the roster, shows itself in the header, and F clears it",
    arguments: [Language.zh, .en])
  func filter(language: Language) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, language: language)
    app.press(.character("f"), .tab)
    app.type(language == .zh ? "脱贫" : "poverty")
    app.press(.enter, .control("s"))
    try expectFrame(app.styledFrame, named: "roster-filter-\(language.rawValue)")
    #expect(app.runner.state.roster.table.total == 1)
    // A search within the filter still shows the filter.
    let label = app.runner.state.roster.filterLabel
    app.press(.character("/"))
    app.type("zsf")
    let header = app.frame.split(separator: "\n")[1]
    #expect(header.contains(label))
    app.press(.escape)
    app.press(.character("F"))
    #expect(app.runner.state.roster.table.total == 3)
  }

  @Test("merging from the card moves everything into the other household")
  func merge() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.down, .enter, .character("m"))
    app.type("01010001")
    app.press(.control("s"))
    #expect(app.frame.contains("01010001（张三丰）"))
    app.press(.character("y"))
    #expect(app.runner.state.card?.card.household.householdNo == "01010001")
    #expect(app.runner.state.card?.card.members.count == 2)
  }

  @Test("a file is exported from the pane and imported back from it")
  func exportAndImport() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    let file = folder.file("roster.csv").path
    app.press(.character("x"), .tab, .tab)
    app.press(.control("u"))
    app.type(file)
    app.press(.control("s"))
    #expect(app.frame.contains("已导出 3 行"))
    try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
      of: "Smith", with: "Smyth"
    )
    .write(toFile: file, atomically: true, encoding: .utf8)
    app.press(.character("i"), .tab)
    app.type(file)
    app.press(.control("s"))
    #expect(app.frame.contains("导入完成"))
    #expect(app.frame.contains("新增 0，更新 1，未变 2"))
    app.press(.enter)
    #expect(try store.household(number: "01010003")?.headName == "Smyth")
  }
}
