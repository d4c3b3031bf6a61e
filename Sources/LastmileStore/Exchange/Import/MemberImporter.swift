import Foundation
import GRDB
import LastmileCore

/// Imports members: each row adds a member to the household with its number, or updates the
/// member of that household with the same ID number — whole, or masked as an export writes it,
/// which two namesakes do not share — or, without one, the only member of that name.
struct MemberImporter: RowImporter {
  struct Plan {
    let row: ImportFile.Row
    let member: Member
    let isNew: Bool
    let changes: Bool
  }

  let file: ImportFile
  let today: LocalDate
  private var households: [String: UUID] = [:]
  private var membersOf: [UUID: [Member]] = [:]
  private var seenIDs = ImportKeys("id_number")
  /// The masked ID numbers of members this file adds without a whole one, so that a later row
  /// of a namesake is not taken for them.
  private var maskedIDs: [UUID: String] = [:]
  private var masks = ImportMasks()

  init(file: ImportFile, today: LocalDate, _ db: Database) throws {
    self.file = file
    self.today = today
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      households[try row.value("household_no", in: "household")] = try row.id("id", in: "household")
    }
  }

  static let pinyinField: FieldName? = .name

  /// The members of a written batch are read again from the database when a row names their
  /// household: the file's members are not all held at once.
  mutating func batchWritten() { membersOf.removeAll(keepingCapacity: true) }

  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let number = cells.text(.householdNo)
    guard let householdId = households[number] else {
      cells.fail(.householdNo, .householdNotFound(number))
      return .refused(cells.problems)
    }
    if membersOf[householdId] == nil {
      membersOf[householdId] = try Member.fetchAll(
        db, sql: "SELECT * FROM member WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [householdId.databaseText])
    }
    let name = cells.text(.name)
    let maskedID = cells.isMasked(.idNumber) ? cells.text(.idNumber) : ""
    let typedID = maskedID.isEmpty ? cells.text(.idNumber) : ""
    let normalizedID = (try? ResidentID.validate(typedID, today: today).get().number) ?? typedID
    let current: Member?
    let born = LocalDate(parsing: cells.text(.birthDate))
    switch match(
      in: membersOf[householdId]!, name: name, id: normalizedID, masked: maskedID, born: born)
    {
    case .one(let member): current = member
    case .none: current = nil
    case .several:
      cells.fail(.name, .ambiguousMember(name))
      return .refused(cells.problems)
    }
    var member = current ?? Member(householdId: householdId, name: name, relation: .other)
    member.name = name
    if cells.has(.relation), let relation = cells.coded(.relation, Relation.self) {
      member.relation = relation
    }
    if cells.has(.sex) { member.sex = cells.coded(.sex, Sex.self) ?? member.sex }
    if cells.has(.birthDate) { member.birthDate = cells.date(.birthDate) ?? member.birthDate }
    if cells.has(.idNumber) {
      member.idNumber = masks.value(.idNumber, &cells, stored: member.idNumber)
    }
    if cells.has(.phone) { member.phone = masks.value(.phone, &cells, stored: member.phone) }
    if cells.has(.notes) { member.notes = cells.text(.notes) }
    if cells.has(.health) { member.health = cells.text(.health) }
    if cells.has(.disability) { member.disability = cells.text(.disability) }
    if cells.has(.schooling) { member.schooling = cells.text(.schooling) }
    if cells.has(.tags) { member.tags = cells.list(.tags) }
    switch Validation.member(member, today: today) {
    case .success(let valid): member = valid
    case .failure(let problems): cells.add(problems)
    }
    if !member.idNumber.isEmpty {
      if let first = try seenIDs.firstLine(of: member.idNumber, line: row.line, db) {
        cells.fail(
          .idNumber, .duplicateInFile(key: Masking.idNumber(member.idNumber), firstLine: first))
      } else {
        let elsewhere = try Row.fetchAll(
          db,
          sql: """
            SELECT h.id, h.household_no, h.head_name FROM member m JOIN household h ON h.id = m.household_id
            WHERE m.id_number = ? AND m.deleted_at IS NULL AND h.deleted_at IS NULL AND h.id <> ?
            """, arguments: [member.idNumber, householdId.databaseText])
        for other in elsewhere {
          cells.warn(
            .idNumber,
            .duplicate(
              DuplicateHint(
                householdId: try other.id("id", in: Household.Columns.table),
                householdNo: try other.value("household_no", in: Household.Columns.table),
                headName: try other.value("head_name", in: Household.Columns.table),
                reason: .sameIDNumber(member.idNumber))))
        }
      }
    }
    warnings += cells.problems.filter(\.isWarning)
    let errors = cells.problems.filter { !$0.isWarning }
    guard errors.isEmpty else { return .refused(errors) }
    if current == nil {
      membersOf[householdId]!.append(member)
      if member.idNumber.isEmpty, !maskedID.isEmpty { maskedIDs[member.id] = maskedID }
    }
    let changes = current.map { $0.columnValues.map(\.1) != member.columnValues.map(\.1) } ?? true
    return .ok(Plan(row: row, member: member, isNew: current == nil, changes: changes))
  }

  /// Which member of a household a row names.
  private enum Match {
    case none
    case one(Member)
    case several
  }

  /// The member a row names: by the whole ID number; by a masked one that fits (and the same
  /// name); else by the name, when one member without an ID number has it — or, for a row
  /// without any ID number, when exactly one member has it. Namesakes left are told apart by
  /// the date of birth, when the row gives one.
  private func match(
    in members: [Member], name: String, id: String, masked: String, born: LocalDate?
  ) -> Match {
    if !id.isEmpty, let same = members.first(where: { $0.idNumber == id }) { return .one(same) }
    let namesakes = members.filter { $0.name == name }
    if !masked.isEmpty {
      let fitting = namesakes.filter {
        Masking.fits(masked, $0.idNumber) || maskedIDs[$0.id] == masked
      }
      if fitting.count == 1 { return .one(fitting[0]) }
      if fitting.count > 1 { return .several }
    }
    let candidates =
      id.isEmpty && masked.isEmpty
      ? namesakes : namesakes.filter { $0.idNumber.isEmpty && maskedIDs[$0.id] == nil }
    guard candidates.count > 1 else { return candidates.first.map { .one($0) } ?? .none }
    let sameBirth = candidates.filter { born != nil && $0.birthDate == born }
    return sameBirth.count == 1 ? .one(sameBirth[0]) : .several
  }

  func closingWarnings() -> [ImportProblem] { masks.warnings(file) }

  static let talliedTable: String? = nil
  static let bulkTable: String? = nil
  static let derived: Set<BulkLoad.Derived> = [.memberCount, .duplicates]
  static let refreshesSearch = true

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  func households(of plan: Plan) -> [String] { [plan.member.householdId.databaseText] }

  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    try db.saveAudited(
      table: Member.Columns.table, id: plan.member.id, values: plan.member.columnValues,
      context: context,
      note: "import \(file.name):\(plan.row.line)")
  }
}
