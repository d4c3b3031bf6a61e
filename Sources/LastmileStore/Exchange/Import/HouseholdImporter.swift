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
  private var existing: [String: UUID] = [:]
  private var seen = ImportKeys("household_no")
  /// The areas' keys in the area order and their villages, by area.
  private var placeOf: [UUID: (key: String, village: String?)] = [:]
  /// The cadres' names and their pinyin, by cadre, read once.
  private var cadreLabels: [UUID: CadreLabel] = [:]
  /// The households this batch adds and their contact cadres, written at its end.
  private var added: [NewHousehold] = []
  /// New villages and cadres already warned about, so each is named once.
  private var announced: Set<String> = []

  init(file: ImportFile, today: LocalDate, places: ImportPlaces, _ db: Database) throws {
    self.file = file
    self.today = today
    self.places = places
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      existing[row["household_no"]] = try row.id("id", in: Household.Columns.table)
    }
  }

  /// Reads and checks one row; the plan, or every problem in it.
  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let number = cells.text(.householdNo)
    if !number.isEmpty, let first = try seen.firstLine(of: number, line: row.line, db) {
      cells.fail(.householdNo, .duplicateInFile(key: number, firstLine: first))
    }
    let current: Household? = try existing[number].flatMap { id in
      try Household.fetchOne(
        try db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?"),
        arguments: [id.databaseText])
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
  static let pinyinField: FieldName? = .headName
  static let bulkTable: String? = "household"
  static let derived: Set<BulkLoad.Derived> = [.place, .cadreNames, .duplicates]
  static let refreshesSearch = true

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  /// A new household has its roster's columns and search document written with it; an
  /// existing one's are filled and read again.
  func households(of plan: Plan) -> [String] {
    plan.isNew ? [] : [plan.household.id.databaseText]
  }

  /// Writes an existing household's row at once; a new one's goes with the batch's others
  /// in `endBatch`, a statement for many.
  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    var household = plan.household
    if let area = try places.area(village: plan.village, group: plan.group, db, context) {
      household.areaId = area
    }
    var cadres: [UUID] = []
    for name in plan.cadres { cadres.append(try places.cadre(name, db, context)) }
    let note = "import \(file.name):\(plan.row.line)"
    guard !plan.isNew else {
      // A new household's pinyin, place in the area order (`DerivedColumns`, unless an area
      // moves later) and search document are made from the row, not read back (it has no
      // members yet), in `endBatch` with the batch's others.
      let place = try self.place(of: household.areaId, db)
      var labels: [CadreLabel] = []
      for id in cadres { labels.append(try label(of: id, db)) }
      added.append(
        NewHousehold(
          household: household, area: place.key, village: place.village, cadres: labels,
          contactsFrom: today, note: note))
      return true
    }
    var changed = try db.saveAudited(
      table: Household.Columns.table, id: household.id, values: household.columnValues,
      context: context, note: note)
    if !cadres.isEmpty {
      let moved = try db.setContactCadres(
        householdId: household.id, cadreIds: cadres, from: today, context: context)
      changed = changed || moved
    }
    return changed
  }

  /// The rows, audit entries and search documents of the batch's new households and their
  /// contact cadres' assignments, made on both cores.
  mutating func takeBatch() -> @Sendable () throws -> [MadeHousehold] {
    let added = self.added
    self.added.removeAll(keepingCapacity: true)
    return {
      let parts = added.count >= 1_000 ? 2 : 1
      return try concurrently(parts) { part in
        added[(part * added.count / parts)..<((part + 1) * added.count / parts)].map(\.made)
      }.flatMap { $0 }
    }
  }

  /// Writes the batch's new households, as `takeBatch` made them, a statement for many, then
  /// their contact cadres' assignments likewise.
  mutating func endBatch(_ made: [MadeHousehold], _ db: Database, _ context: ChangeContext)
    throws -> [(id: String, tokens: String)]
  {
    try db.insertAudited(
      into: Household.Columns.table, rows: made.map(\.row), context: context)
    try db.insertAudited(
      into: ContactAssignment.Columns.table, rows: made.flatMap(\.contacts), context: context)
    return made.map(\.document)
  }

  /// The key of an area in the area order and its village (`DerivedColumns`), read once.
  private mutating func place(of area: UUID?, _ db: Database) throws -> (
    key: String, village: String?
  ) {
    guard let area else { return ("", nil) }
    if let known = placeOf[area] { return known }
    let row = try Row.fetchOne(
      db,
      sql: "SELECT \(DerivedColumns.areaKey(of: "?1")), \(DerivedColumns.village(of: "?1"))",
      arguments: [area.databaseText])
    let place: (key: String, village: String?) = (row?[0] ?? "", row?[1])
    placeOf[area] = place
    return place
  }

  /// A cadre's name and its pinyin, read once.
  private mutating func label(of cadre: UUID, _ db: Database) throws -> CadreLabel {
    if let known = cadreLabels[cadre] { return known }
    let row = try Row.fetchOne(
      db, sql: "SELECT name, name_pinyin FROM cadre WHERE id = ?", arguments: [cadre.databaseText])
    let label = CadreLabel(id: cadre, name: row?["name"] ?? "", pinyin: row?["name_pinyin"] ?? "")
    cadreLabels[cadre] = label
    return label
  }

  mutating func orderPlaces(_ db: Database, _ context: ChangeContext) throws {
    try places.orderCreated(db, context)
  }
}

/// A household an import adds, with its place in the area order.
private struct NewHousehold: Sendable {
  let household: Household
  /// The key of its area in the area order, and its village (`DerivedColumns`).
  let area: String
  let village: String?
  /// Its contact cadres (`DerivedColumns.cadreNames` and `cadreSort` are made of them).
  let cadres: [CadreLabel]
  /// The day its contact cadres' assignments start.
  let contactsFrom: LocalDate
  let note: String

  /// Its row, with the roster's columns and the audit entry made, its search document, and its
  /// contact cadres' assignments (a new household has none yet: they are only added).
  var made: MadeHousehold {
    let values = household.columnValues
    // As `DerivedColumns` orders them: by the start of the assignment (all today), then by
    // name as SQLite compares text, byte by byte.
    let ordered = cadres.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    let row = AuditedInsert(
      id: household.id.databaseText, values: values,
      derived: [
        ("head_pinyin", Pinyin.full(household.headName).databaseValue),
        ("area_sort", (area + "/" + household.householdNo).databaseValue),
        ("village_id", village.databaseValue),
        ("cadre_names", ordered.map(\.name).joined(separator: "、").databaseValue),
        ("cadre_sort", ordered.map(\.pinyin).joined(separator: " ").databaseValue),
      ], note: note, after: auditJSON(values))
    let tokens = SearchDocument.tokens(
      householdNo: household.householdNo, headName: household.headName, phone: household.phone,
      people: [])
    let contacts = cadres.map { cadre in
      let assignment = ContactAssignment(
        cadreId: cadre.id, target: .household(household.id), startsOn: contactsFrom)
      return AuditedInsert(
        id: assignment.id.databaseText, values: assignment.columnValues,
        after: auditJSON(assignment.columnValues))
    }
    return MadeHousehold(
      row: row, document: (household.id.databaseText, tokens), contacts: contacts)
  }
}

/// A new household as an import writes it: its row, its search document, its contact cadres'
/// assignments.
struct MadeHousehold: Sendable {
  let row: AuditedInsert
  let document: (id: String, tokens: String)
  let contacts: [AuditedInsert]
}

/// A contact cadre's name and its pinyin, as a household's roster columns list them.
private struct CadreLabel: Sendable {
  let id: UUID
  let name: String
  let pinyin: String
}
