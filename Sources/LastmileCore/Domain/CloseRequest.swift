/// A close asked for and waiting for a second person's approval (审核): who asked, when, and the
/// satisfaction and note the close is to record.
public struct CloseRequest: Sendable, Hashable {
  public var by: String
  public var at: LocalDateTime
  public var satisfaction: Satisfaction
  public var note: String

  public init(by: String, at: LocalDateTime, satisfaction: Satisfaction, note: String) {
    self.by = by
    self.at = at
    self.satisfaction = satisfaction
    self.note = note
  }
}
