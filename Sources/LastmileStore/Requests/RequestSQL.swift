import LastmileCore

/// The queue's rules as SQL, written once: what waits for a reply, the working order, overdue.
///
/// Migration 005 holds its own copy of the working order in its index, frozen as shipped; the
/// query-plan tests fail when the two stop matching.
enum RequestSQL {
  /// The statuses that wait for a reply, as an SQL list (`'registered', 'in_progress'`).
  static let awaitingStatuses = RequestStatus.allCases.filter(\.awaitsReply)
    .map { "'\($0.rawValue)'" }.joined(separator: ", ")

  /// A request of `help_request t` waits for a reply.
  static let awaitsReply = "t.status IN (\(awaitingStatuses))"

  /// The queue's working order: requests waiting for a reply first, by deadline (the overdue
  /// ones come first), then the others by deadline. Keyset pages sort by exactly this text,
  /// which the index `help_request_listing_work` holds.
  static let workOrder =
    "(CASE WHEN t.status IN (\(awaitingStatuses)) THEN '0' ELSE '1' END) || ifnull(t.due_on, '9999-12-31')"

  /// Overdue on `today` (`DeadlinePolicy.isOverdue` in SQL): waiting for a reply and due before
  /// today, said through the working order so that its index finds the overdue requests as its
  /// first entries, for the page and the count alike.
  static func overdue(on today: LocalDate) -> (condition: String, argument: String) {
    ("\(workOrder) < ?", "0" + today.description)
  }
}
