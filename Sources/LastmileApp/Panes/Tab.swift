import LastmileCore

/// The four tabs of the shell.
public enum Tab: Int, CaseIterable, Sendable {
  case roster
  case diary
  case queue
  case review

  /// The tab's short title in the tab bar.
  public var title: AppText {
    switch self {
    case .roster: .tabRoster
    case .diary: .tabDiary
    case .queue: .tabQueue
    case .review: .tabReview
    }
  }

  /// The pane's full title.
  public var paneTitle: AppText {
    switch self {
    case .roster: .paneRoster
    case .diary: .paneDiary
    case .queue: .paneQueue
    case .review: .paneReview
    }
  }

  /// The key context of the tab's pane.
  public var context: KeyContext {
    switch self {
    case .roster: .roster
    case .diary: .diary
    case .queue: .queue
    case .review: .review
    }
  }

  /// Whether the pane shows a table (and so takes the table keys).
  public var hasTable: Bool { self != .review }
}
