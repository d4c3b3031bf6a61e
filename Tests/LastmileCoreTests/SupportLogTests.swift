import Foundation
import LastmileCore
import TestSupport
import Testing

@Suite("The support log")
struct SupportLogTests {
  @Test("entries go beside the database, private to the owner, one line each")
  func writes() throws {
    let folder = TemporaryFolder()
    let log = SupportLog(besideDatabase: folder.file("lastmile.db"))
    log.write("import", "SQLITE_FULL: database or disk is full\nsecond line")
    log.write("app", "another")
    let text = try String(contentsOf: folder.file("lastmile.log"), encoding: .utf8)
    #expect(text.split(separator: "\n").count == 2)
    #expect(text.contains("[import] SQLITE_FULL: database or disk is full ⏎ second line"))
    let mode = try FileManager.default.attributesOfItem(atPath: folder.file("lastmile.log").path)[
      .posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
  }

  @Test("past its limit the log moves to lastmile.log.1 and starts again, so it stays bounded")
  func rotates() throws {
    let folder = TemporaryFolder()
    let log = SupportLog(besideDatabase: folder.file("lastmile.db"), limit: 1000)
    for index in 0..<200 {
      log.write("test", "entry \(index) " + String(repeating: "x", count: 40))
    }
    let current = try Data(contentsOf: folder.file("lastmile.log")).count
    let old = try Data(contentsOf: folder.file("lastmile.log.1")).count
    #expect(current <= 1100)
    #expect(old <= 1100)
    #expect(
      try String(contentsOf: folder.file("lastmile.log"), encoding: .utf8).contains("entry 199"))
  }

  @Test(
    "a sentence says the detail is in the log only when it left something out and the log has it")
  func reportSaysWhereOnlyWhenTrue() throws {
    let folder = TemporaryFolder()
    let log = SupportLog(besideDatabase: folder.file("lastmile.db"))
    let refused = CoreError.unreadableFile(path: "/x", problem: .other(detail: "EIO"))
    #expect(
      log.report(refused, context: "t", language: .en).hasSuffix(
        " (the detail is in \(log.url.path))"))
    // The log holds the detail the sentence left out, not the sentence alone.
    #expect(try String(contentsOf: log.url, encoding: .utf8).contains("EIO"))
    let plain = CoreError.unreadableFile(path: "/x", problem: .notFound)
    #expect(!log.report(plain, context: "t", language: .en).contains("detail"))
    let nowhere = SupportLog(besideDatabase: folder.file("missing/lastmile.db"))
    #expect(!nowhere.write("t", "x"))
    #expect(!nowhere.report(refused, context: "t", language: .en).contains("detail"))
  }
}
