import Foundation
import GRDB
import LastmileCore

/// Areas made, renamed and retired in the application: a county and its departments, the
/// townships, their villages and communities, and their groups and grids.
extension LastmileStore {
  /// The levels an area of `level` may sit under (nil: at the top).
  public static func parentLevels(of level: AreaLevel) -> [AreaLevel?] {
    switch level {
    case .county: [nil]
    case .department, .township: [nil, .county]
    case .village: [nil, .township]
    case .group: [.village]
    }
  }

  /// Saves an area, new or renamed: its name is required and its level must fit under its
  /// parent (a group under a village, a village under a township, …).
  public func saveArea(_ area: Area) throws {
    var valid = area
    valid.name = area.name.trimmed
    guard !valid.name.isEmpty else {
      throw StoreError.invalidRecord([FieldProblem(.name, .required)])
    }
    try write { db, context in
      let parentLevel = try area.parentId.flatMap {
        try String.fetchOne(
          db, sql: "SELECT level FROM area WHERE id = ? AND deleted_at IS NULL",
          arguments: [$0.databaseText]
        ).flatMap(AreaLevel.init(rawValue:))
      }
      if area.parentId != nil, parentLevel == nil {
        throw StoreError.recordGone(RecordName(.area))
      }
      guard Self.parentLevels(of: valid.level).contains(parentLevel) else {
        throw StoreError.areaLevel(name: valid.name, level: valid.level, parent: parentLevel)
      }
      // Two areas of one name under one parent could not be told apart.
      let namesake = try String.fetchOne(
        db,
        sql: "SELECT id FROM area WHERE name = ? AND parent_id IS ? AND id <> ? "
          + "AND deleted_at IS NULL",
        arguments: [valid.name, valid.parentId?.databaseText, valid.id.databaseText])
      if namesake != nil {
        throw StoreError.invalidRecord([FieldProblem(.name, .duplicate(valid.name))])
      }
      try db.saveAudited(
        table: Area.Columns.table, id: valid.id, values: valid.columnValues, context: context)
    }
  }

  /// Retires an area (a tombstone): refused while households live in it, areas are under it, or
  /// cadres contact it.
  public func retireArea(id: UUID) throws {
    try write { db, context in
      let key = id.databaseText
      let name =
        try String.fetchOne(
          db, sql: "SELECT name FROM area WHERE id = ? AND deleted_at IS NULL", arguments: [key])
      guard let name else { throw db.goneError(table: Area.Columns.table, id: key) }
      let households =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM household WHERE area_id = ? AND deleted_at IS NULL",
          arguments: [key]) ?? 0
      let areas =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM area WHERE parent_id = ? AND deleted_at IS NULL",
          arguments: [key]) ?? 0
      let contacts =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM contact_assignment WHERE area_id = ? AND ends_on IS NULL
              AND deleted_at IS NULL
            """, arguments: [key]) ?? 0
      guard households + areas + contacts == 0 else {
        throw StoreError.areaInUse(
          name: name, households: households, areas: areas, contacts: contacts)
      }
      try db.tombstoneAudited(table: Area.Columns.table, id: key, context: context)
    }
  }
}
