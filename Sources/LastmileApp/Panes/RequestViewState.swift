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

  /// What the reader shows of the request: the matter, what was decided, the reply, and the
  /// notes of its history, each whole.
  func fullText(_ l: Localizer) -> String {
    let language = l.language
    var parts = [l(.fieldContent) + "：" + request.content]
    let decision = [request.decision?.label(language) ?? "", request.decisionNote].filter {
      !$0.isEmpty
    }
    if !decision.isEmpty {
      parts.append(l(.colDecision) + "：" + decision.joined(separator: l(.noteJoiner)))
    }
    if !request.reply.isEmpty { parts.append(l(.fieldReply) + "：" + request.reply) }
    for event in detail.history where !event.note.isEmpty {
      parts.append(
        "\(event.at) \(event.operatorName) \(event.action.label(language))：\(event.note)")
    }
    return parts.joined(separator: "\n\n")
  }
}
