import Foundation
import GRDB
import LastmileCore

/// The readings of the visits that the quotas count, for the cadres each concerns, each with
/// its arguments: the period's first and last days (and for the days, two months either side).
enum ComplianceSQL {
  /// A count a reading returns: of a contact's visits in a month (`key` the contact, `month`
  /// `2026-03`), or of a cadre's visits of a kind on a day (`key` the cadre, `month` the day).
  struct Counted: Sendable {
    let key: String
    let month: String
    let kind: String?
    let count: Int
  }

  typealias Reading = (sql: String, arguments: StatementArguments)

  /// The readings: the household contacts', the contact points' (the longest, cut by cadre so
  /// that the readings run two by two), then the days'.
  static func readings(monthly: String, toContacts: [String], byDays: String, period: Period)
    -> [Reading]
  {
    [household(monthly, period)] + toContacts.map { contactPoint($0, period) }
      + [days(byDays, period)]
  }

  /// A household contact's visits by the cadre while it was theirs, by month.
  private static func household(_ cadres: String, _ period: Period) -> Reading {
    (
      """
      SELECT ca.id AS key, substr(vc.visited_on, 1, 7) AS month, NULL AS kind, count(*) AS n
      FROM contact_assignment ca
      JOIN visit_household vh ON vh.household_id = ca.household_id
        AND vh.visited_on BETWEEN max(ca.starts_on, ?1) AND min(ifnull(ca.ends_on, ?2), ?2)
      JOIN visit_cadre vc ON vc.visit_id = vh.visit_id AND vc.cadre_id = ca.cadre_id
      JOIN visit v ON v.id = vh.visit_id AND v.deleted_at IS NULL
      WHERE ca.cadre_id IN (\(cadres)) AND ca.household_id IS NOT NULL AND ca.deleted_at IS NULL
        AND ca.starts_on <= ?2 AND (ca.ends_on IS NULL OR ca.ends_on >= ?1)
      GROUP BY ca.id, month
      """,
      [period.first, period.last]
    )
  }

  /// A contact point's: a visit there, in a place under it, or (a visit with no place of its
  /// own) to a household living there.
  private static func contactPoint(_ cadres: String, _ period: Period) -> Reading {
    (
      """
      SELECT ca.id AS key, substr(vc.visited_on, 1, 7) AS month, NULL AS kind, count(*) AS n
      FROM contact_assignment ca
      JOIN visit_cadre vc ON vc.cadre_id = ca.cadre_id
        AND vc.visited_on BETWEEN max(ca.starts_on, ?1) AND min(ifnull(ca.ends_on, ?2), ?2)
      JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
      LEFT JOIN area a ON a.id = v.area_id
      LEFT JOIN area p ON p.id = a.parent_id
      WHERE ca.cadre_id IN (\(cadres)) AND ca.area_id IS NOT NULL AND ca.deleted_at IS NULL
        AND ca.starts_on <= ?2 AND (ca.ends_on IS NULL OR ca.ends_on >= ?1)
        AND (ca.area_id IN (v.area_id, a.parent_id, p.parent_id) OR (v.area_id IS NULL AND EXISTS (
          SELECT 1 FROM visit_household vh JOIN household h ON h.id = vh.household_id
          LEFT JOIN area hv ON hv.id = h.village_id
          WHERE vh.visit_id = v.id AND ca.area_id IN (h.village_id, hv.parent_id))))
      GROUP BY ca.id, month
      """,
      [period.first, period.last]
    )
  }

  /// The days of the cadre's visits by kind; stationed days two months either side.
  private static func days(_ cadres: String, _ period: Period) -> Reading {
    (
      """
      SELECT vc.cadre_id AS key, vc.visited_on AS month, v.kind AS kind, count(*) AS n
      FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
      WHERE vc.cadre_id IN (\(cadres)) AND vc.visited_on BETWEEN ?3 AND ?4
        AND (v.kind = 'stationed' OR vc.visited_on BETWEEN ?1 AND ?2)
      GROUP BY vc.cadre_id, vc.visited_on, v.kind
      """,
      [period.first, period.last, period.first.adding(days: -62), period.last.adding(days: 62)]
    )
  }
}
