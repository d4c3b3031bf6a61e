import Foundation
import TestSupport
import Testing

@Suite("The report command")
struct ReportCommandTests {
  /// A demo database and the requests as `export requests --format json` lists them.
  func demo(_ folder: TemporaryFolder, _ runner: BinaryRunner) throws -> (
    db: String, requests: [[String: Any]]
  ) {
    let db = folder.file("r.db").path
    let demo = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "150"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let export = try runner.run([
      "export", "requests", "--db", db, "--format", "json", "--today", "2026-11-25",
    ])
    let requests = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
    return (db, requests)
  }

  @Test(
    "report overdue lists exactly the requests the export marks overdue, with working days, in every format"
  )
  func overdue() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let (db, requests) = try demo(folder, runner)
    let json = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-11-25", "--format", "json",
    ])
    #expect(json.status == 0, "\(json.stderr)")
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let expected = Set(
      requests.filter { $0["overdue"] as? Bool == true }.compactMap { $0["id"] as? String })
    #expect(!expected.isEmpty)
    #expect(Set(listed.compactMap { $0["id"] as? String }) == expected)
    #expect(listed.allSatisfy { ($0["working_days_overdue"] as? Int ?? 0) > 0 })
    let dues = listed.compactMap { $0["due_on"] as? String }
    #expect(dues == dues.sorted())
    let text = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-11-25", "--lang", "zh",
    ])
    #expect(text.stdout.hasPrefix("逾期诉求（截至 2026-11-25）\n截至 2026-11-25 共有 \(expected.count) 件"))
    #expect(text.stdout.contains("逾期工作日"))
    // The printed list says what each requester is waiting for.
    #expect(text.stdout.contains("  内容  "))
    for request in listed.prefix(3) {
      let content = try #require(request["content"] as? String)
      #expect(text.stdout.contains(String(content.prefix(8))))
    }
    let csv = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-11-25", "--format", "csv", "--lang", "en",
    ])
    #expect(csv.stdout.hasPrefix("\u{FEFF}Number,Received,Requester,Household No."))
    // Each request by the number its requester quotes.
    for request in listed {
      let number = try #require(request["number"] as? String)
      #expect(csv.stdout.contains("\n\(number),"))
    }
    #expect(csv.stdout.contains(",Category,What was heard,") || csv.stdout.contains(",Content,"))
    #expect(csv.stdout.split(whereSeparator: \.isNewline).count == expected.count + 1)
    let markdown = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-11-25", "--format", "markdown",
    ])
    #expect(markdown.stdout.contains("| ---: |"))
    #expect(
      markdown.stdout.contains("| 类别 | 内容 |") || markdown.stdout.contains("| Category | Content |"))
    // A later today finds more of them overdue, never fewer.
    let later = try runner.run([
      "report", "overdue", "--db", db, "--today", "2026-12-31", "--format", "json",
    ])
    let laterList = try #require(
      try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [[String: Any]])
    #expect(laterList.count > listed.count)
  }

  @Test(
    "report reception lists a day's walk-ins with the paper book's columns; the HTML prints on A4 landscape"
  )
  func reception() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let (db, requests) = try demo(folder, runner)
    let walkIns = requests.filter { $0["channel"] as? String == "walk_in" }
    let day = try #require(
      walkIns.compactMap { ($0["received_at"] as? String)?.prefix(10) }.first.map(String.init))
    let expected = walkIns.filter { ($0["received_at"] as? String)?.hasPrefix(day) == true }
    let json = try runner.run([
      "report", "reception", "--db", db, "--date", day, "--format", "json",
    ])
    let book = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let entries = try #require(book["entries"] as? [[String: Any]])
    #expect(entries.count == expected.count)
    #expect(entries.compactMap { $0["number"] as? Int } == Array(1...expected.count))
    #expect(entries.allSatisfy { ($0["phone"] as? String)?.contains("****") ?? true })
    let html = try runner.run([
      "report", "reception", "--db", db, "--date", day, "--format", "html",
    ])
    #expect(html.stdout.contains("@page { size: A4 landscape"))
    for header in ["序号", "来访人", "住址", "联系电话", "反映问题", "处理意见", "承办人", "答复期限"] {
      #expect(html.stdout.contains("<th>\(header)</th>"))
    }
    #expect(html.stdout.components(separatedBy: "<tr><td").count - 1 == expected.count)
    // The demo's office handed its books over the next working morning; its leaders took the
    // days in turn.
    #expect(html.stdout.contains("移交给 党政办"))
    #expect(html.stdout.contains("值班领导："))
    let file = folder.file("book.html").path
    let written = try runner.run([
      "report", "reception", "--db", db, "--date", day, "--format", "html", "--out", file,
    ])
    #expect(written.status == 0)
    #expect(written.stderr.contains(file))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == html.stdout)
  }

  @Test(
    "report rota prints a month's reception days with the leader on duty; html for the notice board, json for scripts"
  )
  func rota() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("r.db").path
    _ = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "40"])
    let json = try runner.run([
      "report", "rota", "--db", db, "--month", "2026-12", "--format", "json",
      "--today", "2026-11-25",
    ])
    #expect(json.status == 0, "\(json.stderr)")
    let rota = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let days = try #require(rota["days"] as? [[String: Any]])
    #expect(
      days.compactMap { $0["day"] as? String } == [
        "2026-12-02", "2026-12-09", "2026-12-16", "2026-12-23", "2026-12-30",
      ])
    let leaders = days.compactMap { $0["leader"] as? String }
    #expect(leaders.count == 5)
    #expect(zip(leaders, leaders.dropFirst()).allSatisfy { $0 != $1 })
    let html = try runner.run([
      "report", "rota", "--db", db, "--month", "2026-12", "--format", "html",
      "--today", "2026-11-25",
    ])
    #expect(html.stdout.contains("<h1>值班表 2026年12月</h1>"))
    #expect(html.stdout.contains("接待日：每周三 15:00–17:40"))
    for leader in Set(leaders) { #expect(html.stdout.contains("<td>\(leader)</td>")) }
    let bad = try runner.run(["report", "rota", "--db", db, "--month", "2026-13"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("“2026-13”"))
  }

  @Test("a bad format or date is a usage error that says which option and what it accepts")
  func badOptions() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("r.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "20"])
    let format = try runner.run(["report", "overdue", "--db", db, "--format", "pdf"])
    #expect(format.status == 2)
    #expect(
      format.stderr.contains(
        "'pdf' does not fit --format <text|markdown|html|csv|json>: expected one of text, markdown, html, csv, json"
      ))
    let date = try runner.run(["report", "reception", "--db", db, "--date", "2026-13-01"])
    #expect(date.status == 2)
    #expect(date.stderr.contains("'2026-13-01' does not fit --date <YYYY-MM-DD>: expected a date"))
  }
}

@Suite("The printed reports")
struct PrintedReportTests {
  @Test(
    "report summary prints on A4 portrait and report rates on A4 landscape, each with its letterhead and its bars as inline SVG"
  )
  func htmlReports() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("p.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "60", "--today", "2026-11-25"])
    let summary = try runner.run([
      "report", "summary", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--today",
      "2026-11-25", "--format", "html",
    ])
    #expect(summary.status == 0, "\(summary.stderr)")
    #expect(summary.stdout.contains("@page { size: A4 portrait"))
    #expect(summary.stdout.contains("2026-01-01 – 2026-11-25 · 数据库 \(db) · 2026-11-25"))
    #expect(summary.stdout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(summary.stdout.contains("下基层天数（最多的 20 人）"))
    #expect(summary.stdout.components(separatedBy: "<rect ").count > 10)
    let rates = try runner.run([
      "report", "rates", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--today",
      "2026-11-25", "--format", "html", "--by", "village",
    ])
    #expect(rates.status == 0, "\(rates.stderr)")
    #expect(rates.stdout.contains("@page { size: A4 landscape"))
    #expect(rates.stdout.contains("各组办结率"))
    #expect(rates.stdout.contains("<figcaption>四率</figcaption>"))
    // The text formats carry no letterhead and no chart.
    let text = try runner.run([
      "report", "rates", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--today",
      "2026-11-25",
    ])
    #expect(!text.stdout.contains("<svg") && !text.stdout.contains("数据库"))
  }
}
