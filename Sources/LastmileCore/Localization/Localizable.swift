/// Something that can say itself to the user in either language.
public protocol Localizable {
  /// The sentence in `language`.
  func text(_ language: Language) -> String
}

/// An error whose sentence leaves out what the system said (SQLite's or the system's own
/// words): that detail goes to the support log, and the sentence says so only once it is there.
public protocol WithholdsDetail {
  /// What the system said, or nil when the sentence is all there is.
  var withheldDetail: String? { get }
}

extension FileProblem: WithholdsDetail {
  public var withheldDetail: String? {
    if case .other(let detail) = self { return detail }
    return nil
  }
}

extension CoreError: WithholdsDetail {
  public var withheldDetail: String? {
    if case .unreadableFile(_, let problem) = self { return problem.withheldDetail }
    return nil
  }
}
