/// The diary's conditions, written once: the listing, the counts and the reports use them.
enum DiarySQL {
  /// A visit `v` whose follow-up is still open: it has a date, was not marked done, and no
  /// later visit went to one of its households.
  static let followUpOpen = """
    v.follow_up_on IS NOT NULL AND v.follow_up_done_on IS NULL AND v.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM visit_household vh
      JOIN visit_household later ON later.household_id = vh.household_id
        AND later.visited_on > vh.visited_on
      JOIN visit lv ON lv.id = later.visit_id AND lv.deleted_at IS NULL
      WHERE vh.visit_id = v.id)
    """
}
