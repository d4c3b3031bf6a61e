import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("Reception day in tmux", .serialized)
struct ReceptionFlowTests {
  /// One walk-in as the officer logs it: who came, and what they raised.
  struct Visitor {
    let name: String
    let content: String
  }

  @Test(
    "five walk-ins logged at the desk (three from the roster, two newcomers; one transferred, one solved on the spot) fill the record book, and the unsolved ones fall overdue later"
  )
  func fiveWalkIns() throws {
    let ledger = try DemoLedger()
    let (db, runner) = (ledger.path, ledger.runner)
    // Three people of the roster, by their names as the visitor gives them.
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    var roster: [PersonMatch] = []
    for number in ["01010001", "01020002", "01030003"] {
      let head = try #require(try store.household(number: number)).headName
      roster.append(try #require(try store.findPeople(head).people.first))
    }
    try store.close()
    #expect(Set(roster.map(\.name)).count == 3)

    let tmux = try ledger.tmux(width: 100, height: 30)
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("R")
    try tmux.waitFor("今日来访 0 人")

    // A person of the roster: the name, Enter to link, a category digit, the matter, and the
    // decision when one is made at the desk.
    func rosterWalkIn(
      _ person: PersonMatch, content: String, decision: (digit: String, detail: String)?, count: Int
    ) throws {
      try tmux.type(person.name, chunk: 1)
      try tmux.waitFor("  \(person.householdNo) \(person.place)")
      try tmux.press("Enter")
      try tmux.waitFor("已选定户籍中的人")
      try tmux.press("3")
      try tmux.type(content)
      if let decision {
        try tmux.press("Tab", decision.digit)
        try tmux.type(decision.detail)
      }
      try tmux.press("C-s")
      try tmux.waitFor("今日来访 \(count) 人")
    }
    // A newcomer: the name, then the phone and the village in the same form.
    func newcomer(
      _ name: String, phone: String, village: String, content: String, transferTo digit: String?,
      count: Int
    ) throws {
      try tmux.type(name, chunk: 1)
      try tmux.waitFor("户籍中没有找到")
      try tmux.press("Tab")
      try tmux.type(phone)
      try tmux.press("Tab")
      try tmux.type(village, chunk: 1)
      // Enter picks the village and moves on to the category.
      try tmux.press("Enter", "8")
      try tmux.type(content)
      if let digit {
        try tmux.press("Tab", "2")
        try tmux.waitFor("转给")
        try tmux.press(digit)
      }
      try tmux.press("C-s")
      try tmux.waitFor("今日来访 \(count) 人")
    }

    try rosterWalkIn(roster[0], content: "低保复核什么时候有结果", decision: nil, count: 1)
    try rosterWalkIn(roster[1], content: "医保报销材料怎么交", decision: ("1", "当场讲解报销流程"), count: 2)
    try newcomer(
      "孙悟空", phone: "13900001111", village: "石桥", content: "村口路灯坏了", transferTo: "1", count: 3)
    try rosterWalkIn(roster[2], content: "宅基地边界有争议", decision: nil, count: 4)
    try newcomer(
      "猪八戒", phone: "13900002222", village: "青山", content: "水渠堵了", transferTo: nil, count: 5)

    // The record book of the day, in the application.
    try tmux.press("F4")
    let book = try tmux.waitFor("接待日记录簿（2026-11-25）")
    for name in roster.map(\.name) + ["孙悟空", "猪八戒"] { #expect(book.contains(name)) }
    try tmux.press("Escape")
    try tmux.waitFor("今日来访 5 人")
    try tmux.press("Escape")
    try tmux.waitForGone("今日来访")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")

    // The record book from the command line lists exactly those five, in the order they came.
    let reception = try runner.run([
      "report", "reception", "--db", db, "--date", "2026-11-25", "--format", "json", "--unmask",
    ])
    #expect(reception.status == 0)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(reception.stdout.utf8)) as? [String: Any])[
        "entries"]
    let rows = try #require(entries as? [[String: Any]])
    let expected = [roster[0].name, roster[1].name, "孙悟空", roster[2].name, "猪八戒"]
    #expect(rows.compactMap { $0["requester_name"] as? String } == expected)
    #expect(rows[2]["phone"] as? String == "13900001111")
    #expect(rows[4]["phone"] as? String == "13900002222")
    #expect(
      rows.map { $0["decision"] as? String } == [nil, "solved_on_spot", "transferred", nil, nil])
    #expect(rows[1]["decision_note"] as? String == "当场讲解报销流程")
    #expect(rows[2]["assignee"] as? String == LocalitySettings.defaultTransferTargets[0])
    #expect(rows[2]["due_on"] as? String == "2026-12-02")

    // On 2026-12-10 the three left undecided and the transfer are overdue; the one solved on the
    // spot is not.
    let overdue = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-12-10", "--format", "json",
    ])
    #expect(overdue.status == 0)
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
    let today = listed.filter { ($0["received_at"] as? String)?.hasPrefix("2026-11-25") == true }
    let byName = Dictionary(
      uniqueKeysWithValues: today.compactMap { row in
        (row["requester_name"] as? String).map { ($0, row) }
      })
    #expect(Set(byName.keys) == [roster[0].name, "孙悟空", roster[2].name, "猪八戒"])
    #expect(byName["孙悟空"]?["decision"] as? String == "transferred")
    #expect(byName["孙悟空"]?["due_on"] as? String == "2026-12-02")
    #expect(byName["孙悟空"]?["working_days_overdue"] as? Int == 6)
    #expect(byName[roster[0].name]?["due_on"] as? String == "2026-12-04")
    #expect(byName[roster[0].name]?["household_no"] as? String == roster[0].householdNo)
    #expect(byName["猪八戒"]?["working_days_overdue"] as? Int == 4)
  }

  /// The record book of 2026-11-25 as `report reception --format json` gives it.
  func book(_ ledger: DemoLedger) throws -> [String: Any] {
    let output = try ledger.runner.run([
      "report", "reception", "--db", ledger.path, "--date", "2026-11-25", "--format", "json",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
  }

  @Test(
    "a walk-in survives an Esc and a SIGHUP; after the handover the book keeps its lines and marks a late one"
  )
  func walkInSurvivesAndBookHolds() throws {
    let ledger = try DemoLedger()
    let db = ledger.path
    let tmux = try ledger.tmux(width: 100, height: 30)
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("R")
    try tmux.waitFor("今日来访 0 人")
    try tmux.type("沙和尚", chunk: 1)
    try tmux.waitFor("户籍中没有找到")
    try tmux.press("Tab")
    try tmux.type("13900003333")
    // One Esc too many asks; keeping on loses nothing.
    try tmux.press("Escape")
    try tmux.waitFor("放弃填写的内容吗")
    try tmux.press("n")
    var screen = try tmux.waitForGone("放弃填写的内容吗")
    #expect(screen.contains("沙和尚") && screen.contains("13900003333"))
    // The connection drops: the desk is kept as a draft and offered back.
    let pid = try #require(try tmux.childPID(named: "lastmile"))
    kill(pid, SIGHUP)
    try tmux.waitFor("EXIT=129")
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("恢复草稿")
    try tmux.press("r")
    screen = try tmux.waitForGone("恢复草稿")
    #expect(screen.contains("沙和尚") && screen.contains("13900003333"), "\(screen)")
    try tmux.press("Tab")
    try tmux.type("石桥", chunk: 1)
    try tmux.press("Enter", "8")
    try tmux.type("水渠堵了")
    try tmux.press("C-s")
    try tmux.waitFor("今日来访 1 人")

    // The book is handed over; what it says then is the record.
    try tmux.press("F4")
    try tmux.waitFor("接待日记录簿（2026-11-25）")
    try tmux.press("h")
    try tmux.waitFor("移交")
    try tmux.type("党政办", chunk: 1)
    try tmux.press("C-s")
    try tmux.waitFor("移交给 党政办")
    let before = try book(ledger)
    let beforeEntries = try #require(before["entries"] as? [[String: Any]])
    #expect(beforeEntries.count == 1)
    #expect(beforeEntries[0]["requester_name"] as? String == "沙和尚")
    #expect(beforeEntries[0]["late_entry"] is NSNull)

    // A walk-in logged after the handover is a late entry; the first line does not change.
    try tmux.press("Escape")
    try tmux.waitFor("今日来访 1 人")
    try tmux.type("唐三藏", chunk: 1)
    try tmux.waitFor("户籍中没有找到")
    try tmux.press("Tab")
    try tmux.type("13900004444")
    try tmux.press("Tab")
    try tmux.type("石桥", chunk: 1)
    try tmux.press("Enter", "7")
    try tmux.type("低保政策咨询")
    try tmux.press("C-s")
    try tmux.waitFor("今日来访 2 人")
    try tmux.press("F4")
    screen = try tmux.waitFor("移交后补录 1 条")
    #expect(screen.contains("唐三藏"))
    try tmux.press("Escape")
    try tmux.waitForGone("接待日记录簿")
    try tmux.press("Escape")
    try tmux.waitForGone("今日来访")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")

    let after = try book(ledger)
    let afterEntries = try #require(after["entries"] as? [[String: Any]])
    #expect(afterEntries.count == 2)
    #expect(NSDictionary(dictionary: afterEntries[0]) == NSDictionary(dictionary: beforeEntries[0]))
    #expect(
      NSDictionary(dictionary: after["handed_over"] as? [String: Any] ?? [:])
        == NSDictionary(dictionary: before["handed_over"] as? [String: Any] ?? [:]))
    let late = try #require(afterEntries[1]["late_entry"] as? [String: Any])
    #expect(late["by"] as? String == "王主任")
    #expect(afterEntries[1]["requester_name"] as? String == "唐三藏")
  }
}
