import GRDB

/// Migration 004: the triggers that keep the roster's columns on insert stand aside during a
/// bulk load (demo data, an import), which fills those columns in one pass at its end.
///
/// A bulk load is marked by a `bulk_load` row in `setting`, written and removed inside the
/// load's own transaction, so no other connection ever sees it.
enum BulkLoadMigration {
  static func migrate(_ db: Database) throws {
    let idle = "NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')"
    let fill = RosterMigration.fill
    try db.execute(
      sql: """
        DROP TRIGGER household_area_sort_insert;
        CREATE TRIGGER household_area_sort_insert AFTER INSERT ON household WHEN \(idle) BEGIN
          UPDATE household
          SET area_sort = \(RosterMigration.areaSortExpression(areaId: "NEW.area_id", number: "NEW.household_no")),
            village_id = \(RosterMigration.villageExpression("NEW.area_id"))
          WHERE id = NEW.id;
        END;

        DROP TRIGGER member_count_insert;
        CREATE TRIGGER member_count_insert AFTER INSERT ON member WHEN \(idle) BEGIN
          UPDATE household SET member_count = \(fill(RosterMigration.memberCount, "NEW.household_id"))
          WHERE id = NEW.household_id;
        END;

        DROP TRIGGER last_visit_insert;
        CREATE TRIGGER last_visit_insert AFTER INSERT ON visit_household WHEN \(idle) BEGIN
          UPDATE household SET last_visit_on = \(fill(RosterMigration.lastVisit, "NEW.household_id"))
          WHERE id = NEW.household_id;
        END;

        DROP TRIGGER open_requests_insert;
        CREATE TRIGGER open_requests_insert AFTER INSERT ON help_request
        WHEN NEW.household_id IS NOT NULL AND \(idle) BEGIN
          UPDATE household SET open_requests = \(fill(RosterMigration.openRequests, "NEW.household_id"))
          WHERE id = NEW.household_id;
        END;

        DROP TRIGGER cadre_names_insert;
        CREATE TRIGGER cadre_names_insert AFTER INSERT ON contact_assignment
        WHEN NEW.household_id IS NOT NULL AND \(idle) BEGIN
          UPDATE household SET cadre_names = \(fill(RosterMigration.cadreNames, "NEW.household_id"))
          WHERE id = NEW.household_id;
        END;
        """)
  }
}
