import Foundation
import GRDB
import LastmileCore

/// Imports visits: each row adds a visit, or updates the one of the same day, kind, text,
/// households, cadres and village (so that a file imported again changes nothing; rows alike in
/// all of these match the stored ones alike, the first the first). Several cadres or households
/// in one cell are separated by `、`; a cadre not yet known is created (said once, as a
/// warning), a household must be in the roster.
struct VisitImporter: RowImporter {
  struct Plan {
    let row: ImportFile.Row
    var visit: Visit
    let cadres: [String]
    let village: String
    let isNew: Bool
    let changes: Bool
  }

  let file: ImportFile
  let today: LocalDate
  private var places: ImportPlaces
  private var households: [String: UUID] = [:]
  /// The visits already stored in the file's dates, by the key a row is matched on.
  private var existing: [Int: [UUID]] = [:]
  /// How many rows of each key the file has had so far.
  private var seen: [Int: Int] = [:]
  /// The days whose visits `existing` holds.
  private var daysRead: Set<String> = []
  private var announced: Set<String> = []

  init(file: ImportFile, today: LocalDate, places: ImportPlaces, _ db: Database) throws {
    self.file = file
    self.today = today
    self.places = places
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      households[try row.value("household_no", in: "household")] = try row.id("id", in: "household")
    }
  }

  /// Reads the visits of a day the database holds, the first time a row names the day: no row
  /// of the file before has that day, so none of them is among them.
  private mutating func readExisting(on date: LocalDate, _ db: Database) throws {
    guard daysRead.insert(date.description).inserted else { return }
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT t.id, t.visited_on, t.kind, t.content, t.household_ids, t.cadre_ids, t.hours,
          t.follow_up_on,
          CASE WHEN a.level = 'group' THEN a.parent_id ELSE a.id END AS village_id
        FROM visit t LEFT JOIN area a ON a.id = t.area_id
        WHERE t.deleted_at IS NULL AND t.visited_on = ?
        """, arguments: [date])
    while let row = try rows.next() {
      let households = ListColumn.decode(row["household_ids"]).sorted()
      let cadres = ListColumn.decode(row["cadre_ids"])
      let place: String = row["village_id"] ?? ""
      let hours = (row["hours"] as Double?).map(VisitHours.text) ?? ""
      let key = Self.key(
        row["visited_on"], row["kind"], row["content"],
        households + ["|"] + cadres + ["|", place, hours, row["follow_up_on"] ?? ""])
      existing[key, default: []].append(try row.id("id", in: Visit.Columns.table))
    }
  }

  /// What a row is matched on: the day, the kind, the text, the households, the cadres, the
  /// village, the hours and the follow-up.
  private static func key(_ date: String, _ kind: String, _ content: String, _ households: [String])
    -> Int
  {
    var hasher = Hasher()
    for part in [date, kind, content] + households { hasher.combine(part) }
    return hasher.finalize()
  }

  func closingWarnings() -> [ImportProblem] { [] }

  static let talliedTable: String? = "visit"
  static let bulkTable: String? = nil
  static let derived: Set<BulkLoad.Derived> = [.lastVisit]
  static let refreshesSearch = false

  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let dateText = cells.text(.date)
    let date = cells.date(.date)
    if dateText.isEmpty { cells.fail(.date, .field(.required)) }
    let kind = cells.coded(.kind, VisitKind.self)
    if cells.text(.kind).isEmpty { cells.fail(.kind, .field(.required)) }
    let cadres = cells.list(.cadres)
    for cadre in cadres where !places.hasCadre(cadre) && announced.insert("cadre:" + cadre).inserted
    {
      cells.warn(.cadres, .newCadre(cadre))
    }
    var householdIds: [UUID] = []
    for number in cells.list(.householdNo) {
      if let household = households[number] {
        householdIds.append(household)
      } else {
        cells.fail(.householdNo, .householdNotFound(number))
      }
    }
    let hoursText = cells.text(.hours)
    var hours: Double?
    if !hoursText.isEmpty {
      hours = VisitHours.parse(hoursText)
      if hours == nil {
        // A number out of range is said as one; anything else is not a number.
        cells.fail(.hours, .field(Double(hoursText) == nil ? .invalidNumber(hoursText) : .hours))
      }
    }
    let followUp = cells.date(.followUpOn)
    let village = cells.text(.village)
    if !village.isEmpty, !places.hasVillage(village), announced.insert(village).inserted {
      cells.warn(.village, .newArea(village))
    }
    let content = cells.text(.content)
    // Cadres not yet known get their ids when written; any id stands for them in the check.
    var visit = Visit(
      date: date ?? today, kind: kind ?? .homeVisit,
      cadreIds: cadres.map { places.existingCadre($0) ?? UUID() }, householdIds: householdIds,
      areaId: village.isEmpty ? nil : places.existingArea(village: village, group: "") ?? UUID(),
      hours: hours, content: content, followUpOn: followUp)
    // The visit's own rules (a date not in the future, a household for a home visit…) once
    // its cells are read, so that a problem is said once.
    if date != nil, kind != nil, cells.problems.allSatisfy(\.isWarning) {
      switch Validation.visit(visit, today: today) {
      case .success(let valid): visit = valid
      case .failure(let problems): cells.add(problems)
      }
    }
    let key = Self.key(
      visit.date.description, visit.kind.rawValue, visit.content,
      householdIds.map(\.databaseText).sorted() + ["|"]
        + cadres.map { places.existingCadre($0)?.databaseText ?? $0 }
        + [
          "|", places.existingArea(village: village, group: "")?.databaseText ?? village,
          visit.hours.map(VisitHours.text) ?? "", visit.followUpOn?.description ?? "",
        ])
    let occurrence = seen[key, default: 0]
    seen[key] = occurrence + 1
    warnings += cells.problems.filter(\.isWarning)
    let errors = cells.problems.filter { !$0.isWarning }
    guard errors.isEmpty else { return .refused(errors) }
    var isNew = true
    var changes = true
    try readExisting(on: visit.date, db)
    if let ids = existing[key], ids.indices.contains(occurrence),
      let current = try Visit.fetchOne(
        db, sql: "SELECT * FROM visit WHERE id = ?", arguments: [ids[occurrence].databaseText])
    {
      isNew = false
      visit.id = current.id
      visit.followUpDoneOn = current.followUpDoneOn
      visit.overnight = current.overnight
      visit.problems = current.problems
      if village.isEmpty { visit.areaId = current.areaId }
      let known = cadres.allSatisfy(places.hasCadre)
      changes = !known || current.columnValues.map(\.1) != visit.columnValues.map(\.1)
    }
    return .ok(
      Plan(row: row, visit: visit, cadres: cadres, village: village, isNew: isNew, changes: changes)
    )
  }

  mutating func orderPlaces(_ db: Database, _ context: ChangeContext) throws {
    try places.orderCreated(db, context)
  }

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  func households(of plan: Plan) -> [String] { plan.visit.householdIds.map(\.databaseText) }

  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    var visit = plan.visit
    var cadres: [UUID] = []
    for name in plan.cadres { cadres.append(try places.cadre(name, db, context)) }
    visit.cadreIds = cadres
    if let area = try places.area(village: plan.village, group: "", db, context) {
      visit.areaId = area
    }
    let changed = try db.saveAudited(
      table: Visit.Columns.table, id: visit.id, values: visit.columnValues, context: context,
      note: "import \(file.name):\(plan.row.line)")
    if changed { try VisitIndex.rewrite(db, visit) }
    return changed
  }
}
