import Foundation
import GRDB
import LastmileCore

/// Finds the villages, groups and cadres an imported file names, creating those it lacks.
struct ImportPlaces {
  private var villages: [String: UUID] = [:]
  private var groups: [String: UUID] = [:]
  private var cadres: [String: UUID] = [:]
  private var township: UUID?
  private let townshipName: String
  /// The parents under which the import created numbered areas out of their order, put in
  /// order by `orderCreated` once the rows are written.
  private var unordered: Set<String> = []
  /// The areas this import created, by parent.
  private var created: [String: [(id: UUID, name: String)]] = [:]

  init(_ db: Database, townshipName: String) throws {
    self.townshipName = townshipName
    for row in try Row.fetchAll(
      db, sql: "SELECT id, parent_id, level, name FROM area WHERE deleted_at IS NULL")
    {
      let id = try row.id("id", in: "area")
      let name: String = row["name"]
      switch AreaLevel(rawValue: row["level"]) {
      case .township?: if township == nil { township = id }
      case .village?: if villages[name] == nil { villages[name] = id }
      case .group?: groups[(row["parent_id"] as String? ?? "") + "/" + name] = id
      case .county?, .department?, nil: break
      }
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT id, name FROM cadre WHERE deleted_at IS NULL ORDER BY created_at")
    {
      let name: String = row["name"]
      if cadres[name] == nil { cadres[name] = try row.id("id", in: "cadre") }
    }
  }

  /// Whether a village of this name exists (or was created by this import).
  func hasVillage(_ name: String) -> Bool { villages[name] != nil }

  /// Whether a cadre of this name exists (or was created by this import).
  func hasCadre(_ name: String) -> Bool { cadres[name] != nil }

  /// The existing area of a village and group, without creating any; nil when one is missing.
  func existingArea(village: String, group: String) -> UUID? {
    guard let villageId = villages[village] else { return nil }
    return group.isEmpty ? villageId : groups[villageId.databaseText + "/" + group]
  }

  /// The existing cadre of this name, if any.
  func existingCadre(_ name: String) -> UUID? { cadres[name] }

  /// The area of a village and group, created when missing; nil when no village is named.
  mutating func area(village: String, group: String, _ db: Database, _ context: ChangeContext)
    throws -> UUID?
  {
    guard !village.isEmpty else { return nil }
    let villageId =
      try villages[village]
      ?? create(.village, village, parent: try townshipId(db, context), db, context)
    villages[village] = villageId
    guard !group.isEmpty else { return villageId }
    let key = villageId.databaseText + "/" + group
    let groupId = try groups[key] ?? create(.group, group, parent: villageId, db, context)
    groups[key] = groupId
    return groupId
  }

  /// The cadre of this name, created (as staff) when missing.
  mutating func cadre(_ name: String, _ db: Database, _ context: ChangeContext) throws -> UUID {
    if let id = cadres[name] { return id }
    let cadre = Cadre(name: name, role: .staff)
    try db.insertAudited(
      into: Cadre.Columns.table, id: cadre.id.databaseText, values: cadre.columnValues,
      context: context,
      note: "created by import")
    cadres[name] = cadre.id
    return cadre.id
  }

  private mutating func townshipId(_ db: Database, _ context: ChangeContext) throws -> UUID {
    if let township { return township }
    let id = try create(.township, townshipName, parent: nil, db, context)
    township = id
    return id
  }

  private mutating func create(
    _ level: AreaLevel, _ name: String, parent: UUID?, _ db: Database, _ context: ChangeContext
  )
    throws -> UUID
  {
    let area = Area(parentId: parent, level: level, name: name)
    let position =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM area WHERE parent_id IS ?", arguments: [parent?.databaseText]
      ) ?? 0
    try db.insertAudited(
      into: Area.Columns.table, id: area.id.databaseText,
      values: area.columnValues + [("position", position.databaseValue)], context: context,
      note: "created by import")
    let key = parent?.databaseText ?? ""
    let before = created[key, default: []]
    created[key, default: []].append((area.id, name))
    // Every area under this parent is new and numbered: they go in the order of their numbers
    // (第2网格 before 第10网格), not of the file's rows. One that comes after all the others
    // (a file in order) is in its place already; the others are put in order at the end.
    if created[key]?.count == position + 1,
      created[key, default: []].allSatisfy({ NaturalOrder.isNumbered($0.name) }),
      !before.allSatisfy({ NaturalOrder.precedes($0.name, name) })
    {
      unordered.insert(key)
    }
    return area.id
  }

  /// Puts the numbered areas the import created in the order of their numbers: once, when
  /// the rows are written, inside the bulk load (whose mark keeps the trigger that follows a
  /// move household by household aside); the places in the order of the households under the
  /// areas moved are then written again, in one pass.
  mutating func orderCreated(_ db: Database, _ context: ChangeContext) throws {
    var moved: [String] = []
    for key in unordered.sorted() {
      let ordered = created[key, default: []].sorted { NaturalOrder.precedes($0.name, $1.name) }
      for (index, sibling) in ordered.enumerated() {
        let changed = try db.updateAudited(
          table: Area.Columns.table, id: sibling.id.databaseText,
          values: [("position", index.databaseValue)], context: context,
          note: "ordered by name on import")
        if changed { moved.append(sibling.id.databaseText) }
      }
    }
    unordered.removeAll()
    guard !moved.isEmpty else { return }
    // Each area's key in the order is worked out once, then given to its households.
    try db.execute(
      sql: """
        CREATE TEMP TABLE import_area_key (id TEXT PRIMARY KEY, key TEXT NOT NULL, village TEXT);
        INSERT INTO import_area_key
          SELECT area.id, \(DerivedColumns.areaKey(of: "area.id")), \(DerivedColumns.village(of: "area.id"))
          FROM area WHERE id IN (SELECT value FROM json_each(?1))
            OR parent_id IN (SELECT value FROM json_each(?1))
            OR parent_id IN (SELECT id FROM area WHERE parent_id IN (SELECT value FROM json_each(?1)));
        UPDATE household SET area_sort = k.key || '/' || household.household_no, village_id = k.village
          FROM import_area_key k WHERE k.id = household.area_id;
        DROP TABLE import_area_key;
        """,
      arguments: [JSONValue.array(moved.map(JSONValue.string)).serialized()])
  }
}
