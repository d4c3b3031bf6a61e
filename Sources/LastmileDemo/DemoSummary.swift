/// What the demo generator wrote.
public struct DemoSummary: Sendable, Equatable {
  public var townships = 0
  public var villages = 0
  public var groups = 0
  public var households = 0
  public var members = 0
  public var cadres = 0
  public var assignments = 0
  public var visits = 0
  public var requests = 0
  public var overdueRequests = 0

  public init() {}
}
