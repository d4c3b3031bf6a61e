import Foundation
import GRDB
import LastmileCore

/// Imports cadres: a row updates the live cadre of the same name and phone (a masked phone as
/// exported matches the phone it masks; the same name alone when a phone is not given and the
/// name is one cadre's), else adds one. The role is a role
/// of the rules in force, by its name or id. The contact points (by name, or `township/village`)
/// and households (by number) listed are started for the cadre on the date they took the role
/// (else today) unless they already hold them; contacts not listed are left as they are.
struct CadreImporter: RowImporter {
  struct Plan {
    let row: ImportFile.Row
    var cadre: Cadre
    let areas: [UUID]
    let households: [UUID]
    let isNew: Bool
    let changes: Bool
  }

  let file: ImportFile
  private var masks = ImportMasks()
  let today: LocalDate
  let rules: Rules
  /// The live cadres by name.
  private var cadres: [String: [Cadre]] = [:]
  /// The areas each path (or name) may mean.
  private var areasByPath: [String: [UUID]] = [:]
  private var households: [String: UUID] = [:]
  /// The contacts in force, as `cadre/target`.
  private var held: Set<String> = []
  /// Each area's whole path, to name the candidates of an ambiguous one.
  private var paths: [UUID: String] = [:]
  /// The names the file has had so far, to say a repeated row.
  private var seen: [String: Int] = [:]

  init(file: ImportFile, today: LocalDate, rules: Rules, areas: [AreaChoice], _ db: Database)
    throws
  {
    self.file = file
    self.today = today
    self.rules = rules
    for cadre in try Cadre.fetchAll(
      db, sql: "SELECT * FROM cadre WHERE deleted_at IS NULL ORDER BY created_at")
    {
      cadres[cadre.name, default: []].append(cadre)
    }
    // A path from any level down is accepted (`石桥村/一组` as well as `青山镇/石桥村/一组`), a
    // name alone too, when it is one area's.
    for area in areas {
      paths[area.id] = area.path.joined(separator: "/")
      for start in 0..<area.path.count {
        areasByPath[area.path[start...].joined(separator: "/"), default: []].append(area.id)
      }
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      households[try row.value("household_no", in: "household")] = try row.id("id", in: "household")
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT cadre_id || '/' || coalesce(household_id, area_id) AS key FROM contact_assignment
        WHERE ends_on IS NULL AND deleted_at IS NULL
        """)
    {
      held.insert(row["key"])
    }
  }

  func closingWarnings() -> [ImportProblem] { masks.warnings(file) }

  static let talliedTable: String? = nil
  static let bulkTable: String? = nil
  static let derived: Set<BulkLoad.Derived> = [.cadreNames]
  static let refreshesSearch = false

  /// The live cadre a row names: by name and phone; by name alone when a phone is missing or
  /// masked and the name is one cadre's.
  private func match(name: String, phone: String) -> Cadre? {
    let namesakes = cadres[name] ?? []
    if !phone.isEmpty, !Masking.isMasked(phone) {
      let wanted = (try? PhoneNumber.normalize(phone).get()) ?? phone
      if let same = namesakes.first(where: {
        ((try? PhoneNumber.normalize($0.phone).get()) ?? $0.phone) == wanted
      }) {
        return same
      }
      return namesakes.count == 1 && namesakes[0].phone.isEmpty ? namesakes[0] : nil
    }
    if Masking.isMasked(phone) {
      // A masked phone as lastmile exports it tells namesakes apart as well as the whole one.
      let same = namesakes.filter { Masking.fits(phone, $0.phone) }
      if same.count == 1 { return same[0] }
    }
    return namesakes.count == 1 ? namesakes[0] : nil
  }

  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let name = cells.text(.name)
    if name.isEmpty { cells.fail(.name, .field(.required)) }
    let roleText = cells.text(.role)
    let role = rules.role(named: roleText)
    if roleText.isEmpty {
      cells.fail(.role, .field(.required))
    } else if role == nil {
      cells.fail(
        .role,
        .field(
          .unknownValue(roleText, accepted: rules.roles.map(\.chinese).joined(separator: "、"))))
    }
    let since = cells.date(.roleSince)
    let phone = cells.text(.phone)
    var areaIds: [UUID] = []
    for place in cells.list(.contactAreas) {
      let meant = areasByPath[place] ?? []
      if meant.count == 1 {
        areaIds.append(meant[0])
      } else if meant.isEmpty {
        cells.fail(.contactAreas, .areaNotFound(place))
      } else {
        cells.fail(
          .contactAreas,
          .field(
            .ambiguous(
              place,
              candidates: meant.compactMap { paths[$0] }.joined(separator: "、"))))
      }
    }
    var householdIds: [UUID] = []
    for number in cells.list(.contactHouseholds) {
      if let id = households[number] {
        householdIds.append(id)
      } else {
        cells.fail(.contactHouseholds, .householdNotFound(number))
      }
    }
    let key = name + "/" + phone
    if let first = seen[key] {
      cells.fail(.name, .duplicateInFile(key: name, firstLine: first))
    } else {
      seen[key] = row.line
    }
    let existing = match(name: name, phone: phone)
    var cadre =
      existing
      ?? Cadre(name: name, role: role ?? .staff)
    cadre.name = name
    cadre.role = role ?? cadre.role
    if since != nil { cadre.roleSince = since }
    if cells.has(.unit) { cadre.unit = cells.text(.unit) }
    if cells.has(.phone) { cadre.phone = masks.value(.phone, &cells, stored: cadre.phone) }
    if cells.has(.notes) { cadre.notes = cells.text(.notes) }
    if cells.problems.allSatisfy(\.isWarning) {
      switch Validation.cadre(cadre) {
      case .success(let valid): cadre = valid
      case .failure(let problems): cells.add(problems)
      }
    }
    warnings += cells.problems.filter(\.isWarning)
    let errors = cells.problems.filter { !$0.isWarning }
    guard errors.isEmpty else { return .refused(errors) }
    let newAreas = areaIds.filter { !held.contains(cadre.id.databaseText + "/" + $0.databaseText) }
    let newHouseholds = householdIds.filter {
      !held.contains(cadre.id.databaseText + "/" + $0.databaseText)
    }
    let changes =
      existing.map { $0 != cadre } ?? true || !newAreas.isEmpty || !newHouseholds.isEmpty
    return .ok(
      Plan(
        row: row, cadre: cadre, areas: newAreas, households: newHouseholds, isNew: existing == nil,
        changes: changes))
  }

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  func households(of plan: Plan) -> [String] { plan.households.map(\.databaseText) }

  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    let note = "import \(file.name):\(plan.row.line)"
    var changed = try db.saveAudited(
      table: Cadre.Columns.table, id: plan.cadre.id, values: plan.cadre.columnValues,
      context: context, note: note)
    let start = plan.cadre.roleSince.map { min($0, today) } ?? today
    let targets =
      plan.areas.map { ContactAssignment.Target.area($0) }
      + plan.households.map { ContactAssignment.Target.household($0) }
    for target in targets {
      let contact = ContactAssignment(cadreId: plan.cadre.id, target: target, startsOn: start)
      try db.insertAudited(
        into: ContactAssignment.Columns.table, id: contact.id.databaseText,
        values: contact.columnValues, context: context, note: note)
      changed = true
    }
    return changed
  }
}
