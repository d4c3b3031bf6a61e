import Foundation
import GRDB
import LastmileCore

/// The cadre registry: listing, adding, editing (a change of role keeps the one before),
/// retiring, and a cadre whole with their contacts and quotas.
extension LastmileStore {
  /// Every live cadre by name, with their contacts in force and how short they are over
  /// `period`.
  public func cadreSummaries(period: Period) throws -> [CadreSummary] {
    let compliance = try compliance(of: nil, period: period)
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.*,
            (SELECT count(*) FROM contact_assignment ca WHERE ca.cadre_id = c.id
              AND ca.area_id IS NOT NULL AND ca.ends_on IS NULL AND ca.deleted_at IS NULL) AS areas,
            (SELECT count(*) FROM contact_assignment ca WHERE ca.cadre_id = c.id
              AND ca.household_id IS NOT NULL AND ca.ends_on IS NULL AND ca.deleted_at IS NULL)
              AS households
          FROM cadre c WHERE c.deleted_at IS NULL ORDER BY c.name_pinyin, c.name
          """
      ).map { row in
        let cadre = try Cadre(row: row)
        let parts = (compliance[cadre.id] ?? []).filter { !$0.role.quotas.isEmpty }
        return CadreSummary(
          cadre: cadre, role: rules.rules(of: cadre.role), contactAreas: row["areas"],
          contactHouseholds: row["households"],
          short: parts.isEmpty ? nil : parts.reduce(0) { $0 + $1.short })
      }
    }
  }

  /// A live cadre whole, their quotas over `period`; nil when there is none.
  public func cadreDetail(id: UUID, period: Period) throws -> CadreDetail? {
    let compliance = try compliance(cadre: id, period: period)
    return try read { db in
      guard
        let cadre = try Cadre.fetchOne(
          db, sql: "SELECT * FROM cadre WHERE id = ? AND deleted_at IS NULL",
          arguments: [id.databaseText])
      else { return nil }
      let history = try roleHistories(db, cadres: [id])[id]
      let past = (history?.past ?? []).reversed().map {
        (role: rules.rules(of: $0.role), from: $0.from, through: $0.through)
      }
      let contacts = try contactRows(db, where: "ca.cadre_id = ?", [id.databaseText])
      return CadreDetail(
        cadre: cadre, role: rules.rules(of: cadre.role), pastRoles: past, contacts: contacts,
        period: period, compliance: compliance)
    }
  }

  /// A live cadre, if there is one of this id.
  public func cadre(id: UUID) throws -> Cadre? {
    try read { db in
      try Cadre.fetchOne(
        db, sql: "SELECT * FROM cadre WHERE id = ? AND deleted_at IS NULL",
        arguments: [id.databaseText])
    }
  }

  /// A contact, in force or ended, if there is one of this id.
  public func cadreContact(id: UUID) throws -> CadreContact? {
    try read { db in try contactRows(db, where: "ca.id = ?", [id.databaseText]).first }
  }

  /// Every contact of a household, in force first, then the ended ones: who contacted it, and
  /// when.
  public func householdContacts(_ householdId: UUID) throws -> [CadreContact] {
    try read { db in
      try contactRows(db, where: "ca.household_id = ?", [householdId.databaseText])
    }
  }

  /// Contacts matching a condition on `ca`, in force first (oldest first), then ended (the
  /// newest end first); each flagged when it ended before its cadre's role asks.
  func contactRows(_ db: Database, where condition: String, _ arguments: StatementArguments)
    throws -> [CadreContact]
  {
    let t = ContactAssignment.Columns.table
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT ca.id, ca.household_id, ca.area_id, ca.starts_on, ca.ends_on, c.name, c.role,
          h.household_no || ' ' || h.head_name AS household
        FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
        LEFT JOIN household h ON h.id = ca.household_id
        WHERE \(condition) AND ca.deleted_at IS NULL
        ORDER BY ca.ends_on IS NOT NULL, CASE WHEN ca.ends_on IS NULL THEN ca.starts_on END,
          ca.ends_on DESC, ca.area_id IS NULL, h.household_no, ca.id
        """, arguments: arguments)
    // The areas' paths, read only when a contact is an area (a household's card reads none).
    let paths =
      rows.contains { $0["area_id"] != nil }
      ? Dictionary(
        try areaChoices(db).map { ($0.id, $0.path.joined(separator: " › ")) },
        uniquingKeysWith: { first, _ in first }) : [:]
    return try rows.map { row in
      let start: LocalDate = try row.value("starts_on", in: t)
      let end: LocalDate? = try row.optional("ends_on", in: t)
      let role: CadreRole = try row.value("role", in: t)
      let area = try row.optionalId("area_id", in: t)
      let months = rules.rules(of: role).quotas[.minimumContactMonths]
      return CadreContact(
        id: try row.id("id", in: t), cadreName: row["name"], isHousehold: area == nil,
        label: area.map { paths[$0] ?? "" } ?? (row["household"] as String? ?? ""),
        startsOn: start, endsOn: end,
        endedEarly: end.map { end in months.map { start.adding(months: $0) > end } ?? false }
          ?? false)
    }
  }

  /// Saves a cadre, new or changed. A change of role keeps the role before with its dates
  /// (to the day before the new one's), and the new role is held from `roleSince`, else today.
  /// The role must be one of the rules in force.
  public func saveCadre(_ cadre: Cadre) throws {
    var valid = try Validation.cadre(cadre).orThrow()
    guard rules.role(valid.role.rawValue) != nil else {
      throw StoreError.invalidRecord([
        FieldProblem(
          .role,
          .unknownValue(
            valid.role.rawValue, accepted: rules.roles.map(\.chinese).joined(separator: "、")))
      ])
    }
    let today = clock.today
    if let since = valid.roleSince, since > today {
      throw StoreError.invalidRecord([FieldProblem(.roleSince, .inFuture(since.description))])
    }
    try write { db, context in
      let before = try Cadre.fetchOne(
        db, sql: "SELECT * FROM cadre WHERE id = ? AND deleted_at IS NULL",
        arguments: [valid.id.databaseText])
      // A role's first day comes after the roles before it.
      let lastPast = try LocalDate.fetchOne(
        db,
        sql: "SELECT max(ends_on) FROM cadre_past_role WHERE cadre_id = ? AND deleted_at IS NULL",
        arguments: [valid.id.databaseText])
      if let before, before.role != valid.role {
        let since = valid.roleSince == before.roleSince ? today : (valid.roleSince ?? today)
        if let previous = before.roleSince, since <= previous {
          throw StoreError.invalidRecord([
            FieldProblem(.roleSince, .notBefore(previous.adding(days: 1).description))
          ])
        }
        valid.roleSince = since
        let pastID = UUID.timeOrdered().databaseText
        let through = max(since.adding(days: -1), before.roleSince ?? since.adding(days: -1))
        try db.insertAudited(
          into: "cadre_past_role", id: pastID,
          values: [
            ("cadre_id", valid.id.databaseText.databaseValue),
            ("role", before.role.databaseValue),
            ("starts_on", before.roleSince.databaseValue), ("ends_on", through.databaseValue),
          ], context: context, note: "role changed to \(valid.role.rawValue)")
      } else if let since = valid.roleSince, let lastPast, since <= lastPast {
        throw StoreError.invalidRecord([
          FieldProblem(.roleSince, .notBefore(lastPast.adding(days: 1).description))
        ])
      }
      try db.saveAudited(
        table: Cadre.Columns.table, id: valid.id, values: valid.columnValues, context: context)
    }
  }

  /// Retires a cadre (a tombstone, kept in the history of what they did) and ends their
  /// contacts in force on `date`, in one transaction.
  public func retireCadre(id: UUID, on date: LocalDate) throws {
    try write { db, context in
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT id, starts_on FROM contact_assignment WHERE cadre_id = ? AND ends_on IS NULL
            AND deleted_at IS NULL
          """, arguments: [id.databaseText])
      {
        let start: LocalDate = try row.value("starts_on", in: ContactAssignment.Columns.table)
        try db.updateAudited(
          table: ContactAssignment.Columns.table, id: row["id"],
          values: [("ends_on", max(date, start).databaseValue)], context: context,
          action: "end", note: "cadre retired")
      }
      try db.tombstoneAudited(table: Cadre.Columns.table, id: id.databaseText, context: context)
    }
  }
}
