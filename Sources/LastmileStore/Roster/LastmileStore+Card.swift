import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The contact card of a live household.
  public func householdCard(id: UUID, visitLimit: Int = 50) throws -> HouseholdCard? {
    try read { db in
      let key = id.databaseText
      guard
        let household = try Household.fetchOne(
          db, sql: "SELECT * FROM household WHERE id = ? AND deleted_at IS NULL", arguments: [key])
      else { return nil }
      let place = try Row.fetchOne(
        db,
        sql: """
          SELECT a.level, a.name AS area, p.name AS parent, pp.name AS grandparent
          FROM area a LEFT JOIN area p ON p.id = a.parent_id LEFT JOIN area pp ON pp.id = p.parent_id
          WHERE a.id = ?
          """, arguments: [household.areaId?.databaseText])
      var township = ""
      var village = ""
      var group = ""
      if let place {
        switch AreaLevel(rawValue: place["level"] ?? "") {
        case .group?:
          group = place["area"] ?? ""
          village = place["parent"] ?? ""
          township = place["grandparent"] ?? ""
        case .village?:
          village = place["area"] ?? ""
          township = place["parent"] ?? ""
        default:
          township = place["area"] ?? ""
        }
      }
      let assignments = try Row.fetchAll(
        db,
        sql: """
          SELECT c.name, c.role, ca.starts_on, ca.ends_on FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
          WHERE ca.household_id = ? AND ca.deleted_at IS NULL ORDER BY ca.starts_on DESC
          """, arguments: [key])
      let contacts = try assignments.filter { ($0["ends_on"] as String?) == nil }.map {
        (
          name: try $0.value("name", in: Cadre.Columns.table) as String,
          role: rules.rules(of: try $0.value("role", in: Cadre.Columns.table) as CadreRole),
          since: try $0.value("starts_on", in: ContactAssignment.Columns.table) as LocalDate
        )
      }
      let past = try contactRows(db, where: "ca.household_id = ?", [key]).filter {
        $0.endsOn != nil
      }
      let members = try Member.fetchAll(
        db,
        sql: """
          SELECT * FROM member WHERE household_id = ? AND deleted_at IS NULL
          ORDER BY relation <> 'head', birth_date, name
          """, arguments: [key])
      let visits = try Row.fetchAll(
        db,
        sql: """
          SELECT v.id, v.visited_on, v.kind, v.content, a.name AS village_name,
            (SELECT group_concat(name, '、') FROM (SELECT c.name FROM visit_cadre vc JOIN cadre c ON c.id = vc.cadre_id
              WHERE vc.visit_id = v.id ORDER BY vc.position)) AS cadre_names
          FROM visit_household vh JOIN visit v ON v.id = vh.visit_id LEFT JOIN area a ON a.id = v.area_id
          WHERE vh.household_id = ? AND v.deleted_at IS NULL
          ORDER BY vh.visited_on DESC LIMIT ?
          """, arguments: [key, visitLimit]
      ).map { row in
        try VisitSummary(row: row, households: household.headName)
      }
      let requests = try Row.fetchAll(
        db,
        sql: """
          SELECT t.*, a.name AS village_name FROM help_request t LEFT JOIN area a ON a.id = t.area_id
          WHERE t.household_id = ? AND t.deleted_at IS NULL
          ORDER BY \(RequestSQL.awaitsReply) DESC, t.received_at DESC
          """, arguments: [key]
      ).map { try RequestSummary(row: $0) }
      return HouseholdCard(
        household: household, township: township, village: village, group: group,
        contacts: contacts,
        pastContacts: past, members: members, visits: visits, requests: requests)
    }
  }

  /// Records that a household's ID numbers and phones were shown in full, and by whom.
  public func recordReveal(householdId: UUID) throws {
    try write { db, context in
      try db.appendAudit(
        table: Household.Columns.table, rowId: householdId.databaseText, action: "reveal",
        before: nil, after: nil,
        note: "ID numbers and phones shown in full", context: context)
    }
  }

  /// Records that a whole list's ID numbers and phones were written out in full (an unmasked
  /// export or report): what, and by whom. It comes before the file is written, so that no
  /// file with them exists unrecorded; a database that cannot record it refuses.
  public func recordUnmasked(table: String, what: String) throws {
    try write { db, context in
      try db.appendAudit(
        table: table, rowId: "*", action: "reveal", before: nil, after: nil,
        note: "written in full: \(what)", context: context)
    }
  }

  /// Makes `cadreId` the household's contact cadre from `date` (nil: none): other contacts in
  /// force end the day before, so the history keeps who contacted the household when.
  public func setContactCadre(householdId: UUID, cadreId: UUID?, from date: LocalDate) throws {
    try write { db, context in
      try db.setContactCadres(
        householdId: householdId, cadreIds: cadreId.map { [$0] } ?? [], from: date, context: context
      )
    }
  }
}

extension Database {
  /// Makes `cadreIds` the household's contact cadres from `date`: contacts in force that are not
  /// among them end the day before, so the history keeps who contacted the household when.
  /// Returns whether anything changed.
  @discardableResult
  func setContactCadres(
    householdId: UUID, cadreIds: [UUID], from date: LocalDate, context: ChangeContext
  ) throws -> Bool {
    let current = try Row.fetchAll(
      try cachedStatement(
        sql: """
          SELECT id, cadre_id FROM contact_assignment
          WHERE household_id = ? AND ends_on IS NULL AND deleted_at IS NULL
          """), arguments: [householdId.databaseText])
    let wanted = cadreIds.map(\.databaseText)
    let inForce = current.map { $0["cadre_id"] as String }
    var changed = false
    for row in current where !wanted.contains(row["cadre_id"] as String) {
      try updateAudited(
        table: ContactAssignment.Columns.table, id: row["id"],
        values: [(ContactAssignment.Columns.endsOn, date.adding(days: -1).databaseValue)],
        context: context,
        action: "end")
      changed = true
    }
    for cadreId in cadreIds where !inForce.contains(cadreId.databaseText) {
      let assignment = ContactAssignment(
        cadreId: cadreId, target: .household(householdId), startsOn: date)
      try insertAudited(
        into: ContactAssignment.Columns.table, id: assignment.id.databaseText,
        values: assignment.columnValues,
        context: context)
      changed = true
    }
    return changed
  }
}
