import LastmileCore
import LastmileStore

/// A request's own view, open over the queue: every field, and its history as a timeline.
public struct RequestViewState: Sendable, Equatable {
  public var detail: RequestDetail
  /// The first line of the timeline shown.
  public var scroll = 0

  public init(detail: RequestDetail) {
    self.detail = detail
  }

  public var request: HelpRequest { detail.request }
}
