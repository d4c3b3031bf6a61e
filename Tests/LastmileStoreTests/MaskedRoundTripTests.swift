import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// A default export masks ID numbers and phones; edited in a spreadsheet, it imports back into
/// its own database and into an empty one without merging namesakes or losing a word.
@Suite("The masked round trip: export, edit, import back")
struct MaskedRoundTripTests {
  /// A demo store with two members of one household who share a name and differ in their ID.
  private func storeWithNamesakes(_ folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.demoStore(in: folder, households: 40)
    let household = try #require(try store.household(number: "01010001"))
    for (born, sequence) in [("2003-02-27", 17), ("2005-04-29", 29)] {
      let date = LocalDate(parsing: born)!
      try store.saveMember(
        Member(
          householdId: household.id, name: "王帅", relation: .son, sex: .male, birthDate: date,
          idNumber: Fixtures.idNumber(born: date, male: true, sequence: sequence),
          phone: "1390000\(sequence)00"))
    }
    return store
  }

  private func exported(_ table: ExportTable, _ store: LastmileStore, _ folder: TemporaryFolder)
    throws -> URL
  {
    var sink = StringSink()
    try store.export(table, options: ExportOptions(format: .csv, language: .en), to: &sink)
    let file = folder.file("\(table.rawValue).csv")
    try sink.text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test("a masked members export imported back into its own database changes nothing")
  func backIntoItsOwnDatabase() throws {
    let folder = TemporaryFolder()
    let store = try storeWithNamesakes(folder)
    let file = try exported(.members, store, folder)
    let report = try store.importCSV(.members, from: file, options: ImportOptions(language: .en))
    #expect(report.problems.filter { !$0.isWarning }.map { $0.text(.en) } == [])
    #expect(report.added == 0 && report.updated == 0 && report.unchanged == report.rows)
  }

  @Test(
    "into an empty database namesakes stay two members, and the masked values are reported as unknown"
  )
  func intoAnEmptyDatabase() throws {
    let folder = TemporaryFolder()
    let store = try storeWithNamesakes(folder)
    let households = try exported(.households, store, folder)
    let members = try exported(.members, store, folder)
    let empty = try Fixtures.store(in: folder, name: "empty.db")
    let first = try empty.importCSV(
      .households, from: households, name: "households.csv", options: ImportOptions(language: .en))
    let phones = try store.counts()
    #expect(first.written && first.added == phones.households)
    let warned = first.problems.map { $0.text(.en) }
    #expect(
      warned.contains {
        $0.hasPrefix("households.csv:1: phone: warning: ")
          && $0.contains("masked like 138****1234, with no value stored here: left empty")
      }, "\(warned)")
    let second = try empty.importCSV(
      .members, from: members, name: "members.csv", options: ImportOptions(language: .en))
    #expect(second.problems.filter { !$0.isWarning }.map { $0.text(.en) } == [])
    #expect(second.added == second.rows)
    #expect(
      second.problems.contains {
        $0.column == "id_number" && $0.reason == .maskedUnknown(second.rows)
      })
    #expect(try empty.counts().members == (try store.counts().members))
    let again = try empty.importCSV(.members, from: members, options: ImportOptions(language: .en))
    #expect(again.problems.filter { !$0.isWarning }.map { $0.text(.en) } == [])
    #expect(again.added == 0 && again.updated == 0)
  }

  @Test("a row without an ID number naming one of two namesakes is refused by its line")
  func namesakeWithoutIDRefused() throws {
    let folder = TemporaryFolder()
    let store = try storeWithNamesakes(folder)
    let household = try #require(try store.household(number: "01010001"))
    let file = folder.file("m.csv")
    try "household_no,name,notes\n\(household.householdNo),王帅,改了备注\n".write(
      to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .members, from: file, name: "m.csv", options: ImportOptions(language: .en))
    #expect(!report.written)
    #expect(
      report.problems.map { $0.text(.en) } == [
        "m.csv:2: name: more than one member of this household is named “王帅”: give the ID number to tell them apart"
      ])
  }
}
