/// The roster's columns kept on the household row (its place in the area order, its village,
/// its member count and members without an ID number, last visit, open requests, contact
/// cadres, and whether it may be a duplicate), as SQL that computes each
/// for `household`: what a bulk load fills in one pass at its end.
///
/// Triggers of migrations 003, 004 and 010 keep the same columns row by row, in their own frozen
/// copy; the store tests compare the two on every kind of change.
enum DerivedColumns {
  private static func key(_ alias: String) -> String {
    "printf('%04d', \(alias).position) || \(alias).name"
  }

  /// The area order: township, village and group keys joined, then the household number.
  static let areaSort = areaKey(of: "household.area_id") + " || '/' || household.household_no"

  /// The township, village and group keys of the area `areaId` (SQL: a column or `?`) names,
  /// joined; empty when it names none. What `areaSort` puts before the household number.
  static func areaKey(of areaId: String) -> String {
    """
    ifnull((SELECT CASE a.level
        WHEN 'group' THEN \(key("t")) || '.' || \(key("v")) || '.' || \(key("a"))
        WHEN 'village' THEN \(key("v2")) || '.' || \(key("a")) || '.'
        ELSE \(key("a")) || '..' END
      FROM area a
      LEFT JOIN area v ON v.id = a.parent_id
      LEFT JOIN area t ON t.id = v.parent_id
      LEFT JOIN area v2 ON v2.id = a.parent_id
      WHERE a.id = \(areaId)), '')
    """
  }

  /// The village of the household's area: a group's parent, or the village itself.
  static let village = village(of: "household.area_id")

  /// The village of the area `areaId` (SQL: a column or `?`) names.
  static func village(of areaId: String) -> String {
    """
    (SELECT CASE a.level WHEN 'group' THEN a.parent_id WHEN 'village' THEN a.id END
      FROM area a WHERE a.id = \(areaId))
    """
  }

  static let memberCount = """
    (SELECT count(*) FROM member m WHERE m.household_id = household.id AND m.deleted_at IS NULL)
    """

  /// Members without an ID number.
  static let membersWithoutID = """
    (SELECT count(*) FROM member m WHERE m.household_id = household.id
      AND m.deleted_at IS NULL AND m.id_number = '')
    """

  /// Possibly a duplicate: a live household whose head's name another has in the same village,
  /// or with a member whose ID number a member of another household has.
  static let possibleDuplicate = """
    (household.deleted_at IS NULL AND (
      EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
        AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
      OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
        AND o.id <> household.id AND o.deleted_at IS NULL)
      OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
        AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
        WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    """

  static let lastVisit = """
    ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = household.id AND v.deleted_at IS NULL), '')
    """

  static let openRequests = """
    (SELECT count(*) FROM help_request t WHERE t.household_id = household.id
      AND \(RequestSQL.awaitsReply) AND t.deleted_at IS NULL)
    """

  /// The contact cadres' names in pinyin, in the same order: what the roster sorts by cadre.
  static let cadreSort = """
    ifnull((SELECT group_concat(name_pinyin, ' ') FROM (SELECT c.name_pinyin FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
    """

  static let cadreNames = """
    ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
    """
}
