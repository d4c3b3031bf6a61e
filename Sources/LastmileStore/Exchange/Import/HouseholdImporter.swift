import Foundation
import GRDB
import LastmileCore

/// Imports households: each row adds a household or updates the one with its number.
struct HouseholdImporter: RowImporter {
  /// What one row will do.
  struct Plan {
    let row: ImportFile.Row
    var household: Household
    let village: String
    let group: String
    /// The contact cadres named, in the cell's order.
    let cadres: [String]
    let isNew: Bool
    var changes: Bool
  }

  let file: ImportFile
  private var masks = ImportMasks()
  let today: LocalDate
  private var places: ImportPlaces
  private var existing: [String: String] = [:]
  private var seen: [String: Int] = [:]
  /// New villages and cadres already warned about, so each is named once.
  private var announced: Set<String> = []

  init(file: ImportFile, today: LocalDate, places: ImportPlaces, _ db: Database) throws {
    self.file = file
    self.today = today
    self.places = places
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      existing[row["household_no"]] = row["id"]
    }
  }

  /// Reads and checks one row; the plan, or every problem in it.
  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let number = cells.text(.householdNo)
    if let first = seen[number], !number.isEmpty {
      cells.fail(.householdNo, .duplicateInFile(key: number, firstLine: first))
    } else {
      seen[number] = row.line
    }
    let current: Household? = try existing[number].flatMap { id in
      try Household.fetchOne(
        try db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?"), arguments: [id])
    }
    var household = current ?? Household(householdNo: number, headName: "")
    household.householdNo = number
    if cells.has(.headName) { household.headName = cells.text(.headName) }
    if cells.has(.address) { household.address = cells.text(.address) }
    if cells.has(.phone) { household.phone = masks.value(.phone, &cells, stored: household.phone) }
    if cells.has(.categories) { household.categories = cells.categories(.categories) }
    if cells.has(.povertyCause) {
      household.povertyCause = cells.coded(.povertyCause, PovertyCause.self)
    }
    if cells.has(.cardIssuedOn) { household.cardIssuedOn = cells.date(.cardIssuedOn) }
    if cells.has(.notes) { household.notes = cells.text(.notes) }
    switch Validation.household(household) {
    case .success(let valid): household = valid
    case .failure(let problems): cells.add(problems)
    }
    let village = cells.text(.village)
    let cadres = cells.list(.cadre)
    if !village.isEmpty, !places.hasVillage(village), announced.insert("area:" + village).inserted {
      cells.warn(.village, .newArea(village))
    }
    for cadre in cadres where !places.hasCadre(cadre) && announced.insert("cadre:" + cadre).inserted
    {
      cells.warn(.cadre, .newCadre(cadre))
    }
    warnings += cells.problems.filter(\.isWarning)
    let errors = cells.problems.filter { !$0.isWarning }
    guard errors.isEmpty else { return .refused(errors) }
    var planned = household
    if !village.isEmpty {
      planned.areaId =
        places.existingArea(village: village, group: cells.text(.group)) ?? .timeOrdered()
    }
    var changes = current.map { $0.columnValues.map(\.1) != planned.columnValues.map(\.1) } ?? true
    if !cadres.isEmpty, !changes {
      let named = Set(cadres.map { places.existingCadre($0)?.databaseText ?? "" })
      let contacts = try String.fetchAll(
        try db.cachedStatement(
          sql:
            "SELECT cadre_id FROM contact_assignment WHERE household_id = ? AND ends_on IS NULL AND deleted_at IS NULL"
        ),
        arguments: [household.id.databaseText])
      changes = named != Set(contacts)
    }
    return .ok(
      Plan(
        row: row, household: household, village: village, group: cells.text(.group), cadres: cadres,
        isNew: current == nil, changes: changes))
  }

  func closingWarnings() -> [ImportProblem] { masks.warnings(file) }

  static let talliedTable: String? = nil
  static let bulkTable: String? = "household"
  static let derived: Set<BulkLoad.Derived> = [.place, .cadreNames, .duplicates]
  static let refreshesSearch = true

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  func households(of plan: Plan) -> [String] { [plan.household.id.databaseText] }

  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    var household = plan.household
    if let area = try places.area(village: plan.village, group: plan.group, db, context) {
      household.areaId = area
    }
    var changed = try db.saveAudited(
      table: Household.Columns.table, id: household.id, values: household.columnValues,
      context: context,
      note: "import \(file.name):\(plan.row.line)")
    if !plan.cadres.isEmpty {
      var cadres: [UUID] = []
      for name in plan.cadres { cadres.append(try places.cadre(name, db, context)) }
      let moved = try db.setContactCadres(
        householdId: household.id, cadreIds: cadres, from: today, context: context)
      changed = changed || moved
    }
    return changed
  }
}
