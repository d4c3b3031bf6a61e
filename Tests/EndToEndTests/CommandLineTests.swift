import Foundation
import GRDB
import TestSupport
import Testing

@Suite("The lastmile command line")
struct CommandLineTests {
  @Test(
    "demo, then check prints ok; demo again is refused with exit 1; export lists requests with deadlines"
  )
  func demoCheckExport() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    let demo = try runner.run([
      "demo", "--db", db, "--today", "2026-11-25", "--households", "150", "--operator", "测试员",
    ])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stdout.contains("150 households"))
    let check = try runner.run(["check", "--db", db])
    #expect(check.status == 0)
    #expect(check.stdout.hasPrefix("ok: integrity, foreign keys"))
    let checkZh = try runner.run(["check", "--db", db, "--lang", "zh"])
    #expect(checkZh.stdout.hasPrefix("ok：完整性"))
    let again = try runner.run(["demo", "--db", db, "--today", "2026-11-25"])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already holds data"))
    #expect(again.stderr.split(separator: "\n").count == 1)
    let export = try runner.run([
      "export", "requests", "--db", db, "--format", "json", "--today", "2026-11-25",
    ])
    #expect(export.status == 0)
    let requests = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
    #expect(requests.count == 450)
    let overdue = requests.filter { $0["overdue"] as? Bool == true }
    #expect(!overdue.isEmpty)
    for request in overdue {
      let due = try #require(request["due_on"] as? String)
      #expect(due < "2026-11-25")
      #expect(["registered", "in_progress"].contains(request["status"] as? String))
    }
  }

  @Test("--help lists every command")
  func help() throws {
    let folder = TemporaryFolder()
    let output = try BinaryRunner(home: folder.url).run(["--help"])
    #expect(output.status == 0)
    for command in ["demo", "export", "check", "backup"] {
      #expect(output.stdout.contains(command))
    }
  }

  @Test("help and messages are in Chinese under a zh locale")
  func chineseMessages() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let help = try runner.run(["--help"])
    #expect(help.stdout.contains("民情台账"))
    let missing = try runner.run(["check", "--db", folder.file("none.db").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("没有数据库"))
  }

  @Test(
    "each mistake a user can make gives one clear line on stderr and exit 1 or 2, never a trace",
    arguments: [
      (
        ["check", "--db", "/nonexistent/folder/x.db"], Int32(1),
        "no database at /nonexistent/folder/x.db"
      ),
      (
        ["export", "households", "--db", "@DB@", "--out", "/nonexistent/out.csv"], 1,
        "the folder /nonexistent does not exist"
      ),
      (
        ["export", "parcels", "--db", "@DB@"], 2,
        "'parcels' does not fit <households|members|visits|requests|cadres>: expected one of households, members, visits, requests, cadres"
      ),
      (
        ["export", "households", "--db", "@DB@", "--format", "xml"], 2,
        "'xml' does not fit --format <csv|json>: expected one of csv, json"
      ),
      (
        ["demo", "--db", "@DB@", "--today", "2026-02-30"], 2,
        "'2026-02-30' does not fit --today <YYYY-MM-DD>: expected a date"
      ),
      (
        ["demo", "--db", "@DB@", "--lang", "fr"], 2,
        "'fr' does not fit --lang <zh|en>: expected zh or en"
      ),
      (["demo", "--db", "@DB@", "--households", "0"], 2, "--households: must be a whole number"),
      (["check", "--db", "@NOTDB@"], 1, "is not a lastmile database"),
      (["check", "--db", "@FOLDER@"], 1, "is a folder, not a database file"),
      (["frobnicate"], 2, "lastmile: error: unexpected argument 'frobnicate'"),
    ])
  func userErrors(arguments: [String], status: Int32, message: String) throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "5", "--today", "2026-11-25"])
    let notDatabase = folder.file("notes.txt")
    try Data("hello".utf8).write(to: notDatabase)
    let subfolder = folder.file("a folder")
    try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
    let resolved = arguments.map {
      $0 == "@DB@"
        ? db : $0 == "@NOTDB@" ? notDatabase.path : $0 == "@FOLDER@" ? subfolder.path : $0
    }
    let output = try runner.run(resolved)
    #expect(output.status == status, "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(!output.stderr.contains("Fatal error"))
    #expect(!output.stderr.contains("Error:"), "one prefix: \(output.stderr)")
    #expect(!output.stderr.contains("Stack dump"))
    if status == 1 { #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)") }
  }

  @Test("export to a file writes it whole and says how many rows")
  func exportToFile() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "20", "--today", "2026-11-25"])
    let out = folder.file("households.csv")
    let output = try runner.run([
      "export", "households", "--db", db, "--out", out.path, "--lang", "zh",
    ])
    #expect(output.status == 0)
    #expect(output.stderr.contains("已导出 20 行"))
    let data = try Data(contentsOf: out)
    #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    #expect(String(decoding: data, as: UTF8.self).contains("户号,户主,村,组"))
  }

  @Test("--out - writes an export and a report to standard output, never to a file named -")
  func outDashIsStandardOutput() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "20", "--today", "2026-11-25"])
    for arguments in [["export", "households"], ["report", "overdue", "--today", "2026-11-25"]] {
      let output = try runner.run(
        arguments + ["--db", db, "--out", "-", "--lang", "en"], in: folder.url)
      #expect(output.status == 0, "\(output.stderr)")
      #expect(!output.stdout.isEmpty)
      #expect(!FileManager.default.fileExists(atPath: folder.file("-").path))
    }
  }

  @Test(
    "keymap check reads a user's file over the shipped keymap, and names a file that is not UTF-8")
  func keymapCheck() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let file = folder.file("keymap")
    try "bind roster q search\n".write(to: file, atomically: true, encoding: .utf8)
    let shadowed = try runner.run(["keymap", "check", file.path, "--lang", "en"])
    #expect(shadowed.status == 0)
    #expect(
      shadowed.stdout.contains("\(file.path):1: warning: q in roster hides its global binding"))
    try Data([0x62, 0x69, 0x6E, 0x64, 0xFF, 0xFE, 0x0A]).write(to: file)
    let binary = try runner.run(["keymap", "check", file.path, "--lang", "en"])
    #expect(binary.status == 1)
    #expect(binary.stderr.contains("it is not UTF-8 text"))
    #expect(binary.stderr.contains(file.path))
  }

  @Test("an empty file where a database is read is refused untouched; the app or demo makes it one")
  func emptyFileRefused() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("e.db")
    _ = FileManager.default.createFile(atPath: db.path, contents: nil)
    for arguments in [
      ["export", "households", "--db", db.path], ["report", "overdue", "--db", db.path],
      ["check", "--db", db.path],
    ] {
      let output = try runner.run(arguments + ["--lang", "en"])
      #expect(output.status == 1)
      #expect(output.stderr.contains("is empty, not yet a lastmile database"))
    }
    #expect(try Data(contentsOf: db).isEmpty)
    let demo = try runner.run(["demo", "--db", db.path, "--households", "10", "--operator", "王"])
    #expect(demo.status == 0, "\(demo.stderr)")
  }

  @Test("backup prints the path of a copy beside the database")
  func backup() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "10", "--today", "2026-11-25"])
    let output = try runner.run(["backup", "--db", db])
    #expect(output.status == 0)
    let path = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(path.hasPrefix(folder.file("backups").path + "/lastmile-"))
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try runner.run(["check", "--db", path]).stdout.hasPrefix("ok"))
  }

  @Test("the default database lives under XDG_DATA_HOME")
  func defaultDatabase() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let output = try runner.run(["demo", "--households", "5", "--today", "2026-11-25"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.file("data/lastmile/lastmile.db").path))
  }
}

@Suite("lastmile import")
struct ImportCommandTests {
  @Test("a file of 1,000 bad rows lists the first 100 problems and counts the rest, exit 1")
  func manyProblemsCounted() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let file = folder.file("households.csv")
    let rows = (1...1_000).map { String(format: "%04d,,", $0) }.joined(separator: "\n")
    try ("户号,户主,电话\n" + rows + "\n").write(to: file, atomically: true, encoding: .utf8)
    let refused = try runner.run([
      "import", "households", file.path, "--db", folder.file("x.db").path, "--operator", "测试员",
      "--lang", "en",
    ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(file.path):101: 户主: required"))
    #expect(!refused.stderr.contains("\(file.path):102: "))
    #expect(refused.stderr.contains("… and 900 more problems not listed"))
    #expect(refused.stderr.split(separator: "\n").count < 110)
  }

  @Test("a file of good rows and 150 warnings lists the first 100 and counts the rest as warnings")
  func manyWarningsCounted() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let file = folder.file("households.csv")
    let rows = (1...150).map { String(format: "%04d,户主%d,石桥村,干部%d", $0, $0, $0) }
    try ("户号,户主,村,联系干部\n" + rows.joined(separator: "\n") + "\n").write(
      to: file, atomically: true, encoding: .utf8)
    let output = try runner.run([
      "import", "households", file.path, "--db", folder.file("x.db").path, "--operator", "测试员",
      "--lang", "en",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("150 added"))
    #expect(output.stderr.contains("… and 51 more warnings not listed"), "\(output.stderr)")
    #expect(!output.stderr.contains("--skip-invalid"))
  }

  @Test(
    "a file with a bad row is refused whole with each line reported, exit 1; with --skip-invalid the rest is imported"
  )
  func refusedAndSkipped() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    let file = folder.file("households.csv")
    try "户号,户主,村,电话\n0001,张三,石桥村,13812341234\n0002,,石桥村,\n0003,李四,石桥村,12345\n".write(
      to: file, atomically: true, encoding: .utf8)
    let refused = try runner.run([
      "import", "households", file.path, "--db", db, "--operator", "测试员", "--lang", "en",
    ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(file.path):3: 户主: required"))
    #expect(
      refused.stderr.contains("\(file.path):4: 电话: a mobile number has 11 digits, this one has 5"))
    #expect(refused.stderr.components(separatedBy: "new area").count == 2)
    #expect(refused.stderr.contains("nothing was imported: 2 rows have problems"))
    let skipped = try runner.run([
      "import", "households", file.path, "--db", db, "--skip-invalid", "--lang", "en",
    ])
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stdout.contains("households: 1 added, 0 updated, 0 unchanged, 2 refused"))
    #expect(FileManager.default.fileExists(atPath: folder.file("households.rejected.csv").path))
    let again = try runner.run([
      "import", "households", file.path, "--db", db, "--skip-invalid", "--dry-run", "--lang", "en",
    ])
    #expect(again.stdout.contains("0 added, 0 updated, 1 unchanged"))
    #expect(again.stdout.contains("dry run"))
  }

  @Test("--template writes a header-only file in the chosen language")
  func template() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let output = try runner.run(["import", "members", "-", "--template", "--lang", "zh"])
    #expect(output.stdout == "\u{FEFF}户号,姓名,与户主关系,性别,出生日期,身份证号,电话,备注,健康状况,残疾情况,就学情况,标签\r\n")
  }
}

@Suite("lastmile audit")
struct AuditCommandTests {
  @Test(
    "audit lists who revealed what, by operator and day, in text and JSON; verify says ok, then where a tampered chain breaks"
  )
  func listAndVerify() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "10", "--operator", "测试员"])
    let export = try runner.run([
      "export", "members", "--db", db, "--unmask", "--out", folder.file("m.csv").path,
      "--operator", "审计员",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let listed = try runner.run(["audit", "--db", db, "--operator", "审计员", "--lang", "en"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let lines = listed.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains("审计员  members *  reveal  written in full: export of members") == true)
    let json = try runner.run(["audit", "--db", db, "--since", "2000-01-01", "--format", "json"])
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count > 10)
    #expect(entries.last?["action"] as? String == "reveal")
    let none = try runner.run(["audit", "--db", db, "--since", "2999-01-01"])
    #expect(none.stdout.isEmpty)
    let verified = try runner.run(["audit", "verify", "--db", db, "--lang", "en"])
    #expect(verified.status == 0)
    #expect(verified.stdout.hasPrefix("ok: \(entries.count) audit entries"))
    let queue = try DatabaseQueue(path: db)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          DROP TRIGGER audit_log_no_update;
          UPDATE audit_log SET note = '' WHERE action = 'reveal';
          CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
          """)
    }
    try queue.close()
    let broken = try runner.run(["audit", "verify", "--db", db, "--lang", "en"])
    #expect(broken.status == 1)
    #expect(broken.stdout.contains("do not give the seal after them"), "\(broken.stdout)")
    let check = try runner.run(["check", "--db", db, "--lang", "en"])
    #expect(check.status == 1)
  }
}
