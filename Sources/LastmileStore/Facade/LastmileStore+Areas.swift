import Foundation
import GRDB
import LastmileCore

/// An area with its full name, for pick lists (`青山镇 › 石桥村 › 一组`).
public struct AreaChoice: Sendable, Equatable {
  public let id: UUID
  public let parentId: UUID?
  public let level: AreaLevel
  /// The names from the township down.
  public let path: [String]
}

/// A cadre for pick lists.
public struct CadreChoice: Sendable, Equatable {
  public let id: UUID
  public let name: String
  public let role: CadreRole
  public let unit: String
  /// The role's names under the rules in force.
  public let roleName: RoleRules
}

extension LastmileStore {
  /// Every live area in roster order, each with its path.
  public func areaChoices() throws -> [AreaChoice] {
    try read { db in try areaChoices(db) }
  }

  /// Every live area in roster order, each with its path, read in `db`.
  func areaChoices(_ db: Database) throws -> [AreaChoice] {
    let rows = try Row.fetchAll(
      db,
      sql:
        "SELECT id, parent_id, level, name, position FROM area WHERE deleted_at IS NULL ORDER BY position, name"
    )
    var byParent: [String: [Row]] = [:]
    for row in rows { byParent[(row["parent_id"] as String?) ?? "", default: []].append(row) }
    var result: [AreaChoice] = []
    func walk(_ parent: String, _ path: [String]) throws {
      for row in byParent[parent] ?? [] {
        let t = Area.Columns.table
        let name: String = try row.value("name", in: t)
        let id = try row.id("id", in: t)
        result.append(
          AreaChoice(
            id: id, parentId: try row.optionalId("parent_id", in: t),
            level: try row.value("level", in: t), path: path + [name]))
        try walk(try row.value("id", in: t), path + [name])
      }
    }
    try walk("", [])
    return result
  }

  /// Every live cadre, by name.
  public func cadreChoices() throws -> [CadreChoice] {
    try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT id, name, role, unit FROM cadre WHERE deleted_at IS NULL ORDER BY name_pinyin, name"
      ).map {
        let role: CadreRole = try $0.value("role", in: Cadre.Columns.table)
        return CadreChoice(
          id: try $0.id("id", in: Cadre.Columns.table),
          name: try $0.value("name", in: Cadre.Columns.table), role: role,
          unit: try $0.value("unit", in: Cadre.Columns.table), roleName: rules.rules(of: role))
      }
    }
  }

  /// The cadre in force for a household, if one.
  public func contactCadre(ofHousehold householdId: UUID) throws -> UUID? {
    try read { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT cadre_id FROM contact_assignment WHERE household_id = ? AND ends_on IS NULL AND deleted_at IS NULL
          ORDER BY starts_on DESC LIMIT 1
          """, arguments: [householdId.databaseText]
      ).flatMap(UUID.init(uuidString:))
    }
  }
}
