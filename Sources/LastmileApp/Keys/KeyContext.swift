import LastmileCore

/// Where a key is pressed: each context has its own bindings and falls back to `global`.
public enum KeyContext: String, CaseIterable, Sendable {
  case global
  case roster
  case diary
  case queue
  case review
  case form
  case table

  /// The context's name in the help overlay.
  public var label: StringKey {
    switch self {
    case .global: .ctxGlobal
    case .roster: .ctxRoster
    case .diary: .ctxDiary
    case .queue: .ctxQueue
    case .review: .ctxReview
    case .form: .ctxForm
    case .table: .ctxTable
    }
  }
}
