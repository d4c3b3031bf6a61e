import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// An import reads, checks and writes its file a batch of rows at a time, all of it or nothing.
@Suite("Imports read their file a batch at a time")
struct StreamedImportTests {
  /// A households file of `count` rows; `bad` rows have no head's name.
  private func households(_ count: Int, bad: Set<Int> = []) -> String {
    var text = "户号,户主,村,电话\n"
    for index in 0..<count {
      let head = bad.contains(index) ? "" : "户主\(index)"
      text +=
        String(format: "0101%05d", index)
        + ",\(head),第一村,1380000\(String(format: "%04d", index % 10_000))\n"
    }
    return text
  }

  @Test("a bad row after the first batch refuses the file: the batches before it are rolled back")
  func badRowInALaterBatch() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let rows = LastmileStore.importBatch + 700
    let file = folder.file("h.csv")
    try households(rows, bad: [LastmileStore.importBatch + 500]).write(
      to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .households, from: file, name: "h.csv", options: ImportOptions(language: .en))
    #expect(!report.written)
    #expect(report.rows == rows)
    #expect(report.rejected == 1)
    #expect(report.added == 0)
    #expect(
      report.problems.filter { !$0.isWarning }.map { $0.text(.en) } == [
        "h.csv:\(LastmileStore.importBatch + 502): 户主: required"
      ])
    #expect(try store.counts().households == 0)
    #expect(try LastmileStore.check(at: store.url).isOK)
  }

  @Test(
    "with --skip-invalid the good rows of every batch land and the bad ones go to the rejected file"
  )
  func skipInvalidAcrossBatches() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let rows = LastmileStore.importBatch * 2 + 10
    let bad: Set<Int> = [3, LastmileStore.importBatch + 1, rows - 1]
    let file = folder.file("h.csv")
    try households(rows, bad: bad).write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .households, from: file, name: "h.csv",
      options: ImportOptions(skipInvalid: true, language: .en))
    #expect(report.written)
    #expect(report.added == rows - bad.count)
    #expect(report.rejected == bad.count)
    #expect(try store.counts().households == rows - bad.count)
    let rejected = try String(contentsOf: try #require(report.rejectedFile), encoding: .utf8)
    let lines = rejected.split(separator: "\r\n")
    #expect(lines.count == bad.count + 1)
    #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",required") })
    // Every household of every batch has its search document and its place in the roster.
    let (documents, unplaced) = try store.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM household_search"),
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM household WHERE area_sort = '' OR head_pinyin = ''")
      )
    }
    #expect(documents == rows - bad.count)
    #expect(unplaced == 0)
    #expect(try LastmileStore.check(at: store.url).isOK)
  }

  @Test(
    "an import's groups made out of their order are put in number order at its end, and every household's place follows, in a small import and a large one",
    arguments: [30, 6_000]
  )
  func importOrdersItsGroups(rows: Int) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var text = "户号,户主,村,组\n"
    let groups = ["第10网格", "第2网格", "第5网格"]
    for index in 0..<rows {
      text += String(format: "0303%05d", index) + ",户主\(index),石桥村,\(groups[index % 3])\n"
    }
    let file = folder.file("h.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(try store.importCSV(.households, from: file).added == rows)
    let (order, stale) = try store.pool.read { db in
      (
        try String.fetchAll(
          db,
          sql: "SELECT name FROM area WHERE level = 'group' ORDER BY position"),
        try Int.fetchOne(
          db,
          sql: "SELECT count(*) FROM household WHERE area_sort IS NOT \(DerivedColumns.areaSort)")
      )
    }
    #expect(order == ["第2网格", "第5网格", "第10网格"])
    #expect(stale == 0)
    let first = try store.rosterPage(sort: RosterColumn.area.ascending, anchor: .first, limit: 1)
    #expect(first.map(\.model.headName) == ["户主1"])
  }

  @Test(
    "new households' contact cadres are listed in the roster's columns as the database would list them, cadres new and old, in any order in the cell"
  )
  func newHouseholdsCadreColumnsMatchTheDatabase() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var text = "户号,户主,联系干部\n"
    // Names whose order by bytes differs from the order written, one of them an English name.
    let cells = ["王干部、李干部", "李干部", "Zhou、王干部、阿干部", ""]
    for index in 0..<(LastmileStore.importBatch + 40) {
      text += String(format: "0404%05d", index) + ",户主\(index),\(cells[index % cells.count])\n"
    }
    let file = folder.file("h.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(try store.importCSV(.households, from: file).added == LastmileStore.importBatch + 40)
    let (stale, listed) = try store.pool.read { db in
      (
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM household
            WHERE cadre_names IS NOT \(DerivedColumns.cadreNames)
              OR cadre_sort IS NOT \(DerivedColumns.cadreSort)
            """),
        try String.fetchOne(
          db, sql: "SELECT cadre_names FROM household WHERE household_no = '040400002'")
      )
    }
    #expect(stale == 0)
    #expect(listed == "Zhou、王干部、阿干部")
  }

  @Test("a file with a thousand bad rows keeps the first 100 problems and counts all of them")
  func problemsKeptAndCounted() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    try households(1_000, bad: Set(0..<1_000)).write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(.households, from: file, name: "h.csv")
    // A thousand rows without a head, and the new village's warning on the first of them.
    #expect(report.problems.count == ImportReport.problemsKept)
    #expect(report.problemCount == 1_001)
    #expect(report.errorCount == 1_000)
    #expect(report.problemsLeftOut == 901)
    #expect(report.problems.prefix(2).map(\.isWarning) == [false, true])
    #expect(report.problems.first?.line == 2)
    #expect(report.problems.last?.line == 100)
  }

  @Test("a row longer than a megabyte is refused with its line; the rows after it are still read")
  func oversizedRow() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    let long = String(repeating: "长", count: 400_000)
    try "户号,户主,备注\n01010001,张三,\"\(long)\"\n01010002,李四,\n".write(
      to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .households, from: file, name: "h.csv", options: ImportOptions(language: .en))
    #expect(report.rows == 2)
    #expect(report.rejected == 1)
    #expect(
      report.problems.first?.text(.en)
        == "h.csv:2: this row is longer than 1024 KB and only its start was read (a quote left unpaired?)"
    )
    #expect(try store.counts().households == 0)
  }

  @Test("a GB18030 file of several pieces imports as the same text as its UTF-8 twin")
  func gb18030AcrossPieces() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var text = "户号,户主,地址\n"
    // More than one piece: the reader's pieces end after a byte no character is made of.
    let address = String(repeating: "镕堃喆", count: 40)
    let count = TextPieces.readSize / (address.utf8.count / 2) + 100
    for index in 0..<count {
      text += String(format: "0101%05d", index) + ",张三\(index),\(address)\n"
    }
    let file = folder.file("gb.csv")
    try #require(TextDecoding.gb18030(text)).write(to: file)
    let report = try store.importCSV(.households, from: file, name: "gb.csv")
    #expect(report.encoding == .gb18030)
    #expect(report.added == count)
    let addresses = try store.pool.read {
      try String.fetchAll($0, sql: "SELECT DISTINCT address FROM household")
    }
    #expect(addresses == [address])
  }
}

/// The parser and the reader of pieces give what reading the whole text at once gives.
@Suite("CSV read a piece at a time")
struct CSVPiecesTests {
  @Test("the records are the same wherever the text is cut into pieces")
  func cutAnywhere() {
    let text =
      "a,b,c\r\n\"x, \"\"quoted\"\"\",\"two\nlines\",z\r\n\n\"\",last,\"\"\"\"\rend,,\n\"open\nquote"
    let whole = CSVReader.read(text)
    let bytes = Array(text.utf8)
    for cut in 0...bytes.count {
      for second in cut...bytes.count
      where second == cut || second == bytes.count || second % 3 == 0 {
        var parser = CSVParser()
        var records = parser.feed(bytes[..<cut])
        records += parser.feed(bytes[cut..<second])
        records += parser.feed(bytes[second...])
        let (last, unclosed) = parser.finish()
        #expect(records + last == whole.records, "cut at \(cut) and \(second)")
        #expect(unclosed == whole.unclosedQuoteLine)
      }
    }
    #expect(whole.records.map(\.line) == [1, 2, 5, 6, 7])
    #expect(whole.records[1].fields == ["x, \"quoted\"", "two\nlines", "z"])
    #expect(whole.unclosedQuoteLine == 7)
  }

  @Test("a file's pieces put together are the file, and each ends after a byte below 0x30")
  func piecesOfAFile() throws {
    let folder = TemporaryFolder()
    let file = folder.file("p.txt")
    var bytes: [UInt8] = []
    var generator = SeededGenerator(seed: 7)
    while bytes.count < TextPieces.readSize * 3 {
      bytes +=
        Array("张三丰,".utf8)
        + (0..<Int.random(in: 0...50, using: &generator)).map { _ in
          UInt8.random(in: 0x30...0x7E, using: &generator)
        } + [0x0A]
    }
    try Data(bytes).write(to: file)
    let pieces = try TextPieces(url: file)
    var joined: [UInt8] = []
    var count = 0
    while let piece = try pieces.next() {
      #expect(piece.last.map { $0 < 0x30 } == true)
      joined += piece
      count += 1
    }
    #expect(joined == bytes)
    #expect(count >= 3)
  }
}

/// The keys an import has met go to a temporary table past the first ones.
@Suite("An import's keys kept in bounded memory")
struct ImportKeysTests {
  @Test("a key met again is found with its first line, in memory or in the table past it")
  func spillsToTable() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.pool.write { db in
      var keys = ImportKeys("test", inMemory: 2)
      var firsts: [Int?] = []
      for (line, key) in ["a", "b", "c", "d", "a", "c", "e", "d", "b"].enumerated() {
        firsts.append(try keys.firstLine(of: key, line: line + 1, db))
      }
      #expect(firsts == [nil, nil, nil, nil, 1, 3, nil, 4, 2])
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.import_key") == 3)
    }
  }
}
