/// A problem heard on a visit, as the cadre writes it: on saving it becomes a help request.
public struct VisitProblem: Sendable, Hashable {
  /// A category code from the locality's list (`RequestCategory`).
  public var category: String
  public var content: String

  public init(category: String, content: String) {
    self.category = category
    self.content = content
  }
}
