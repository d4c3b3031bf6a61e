/// The diary's conditions, written once: the listing, the counts and the reports use them.
enum DiarySQL {
  /// A visit (named `v` in the query) whose follow-up is still open: it has a date, was not
  /// marked done, and no later visit went to one of its households.
  static func followUpOpen(_ v: String) -> String {
    """
    \(v).follow_up_on IS NOT NULL AND \(v).follow_up_done_on IS NULL AND \(v).deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM visit_household fvh
      JOIN visit_household later ON later.household_id = fvh.household_id
        AND later.visited_on > fvh.visited_on
      JOIN visit lv ON lv.id = later.visit_id AND lv.deleted_at IS NULL
      WHERE fvh.visit_id = \(v).id)
    """
  }
}
