import LastmileStore

/// The filter a pane's page is read under.
public enum PaneFilter: Sendable, Hashable {
  case none
  case roster(RosterFilter)
  case queue(RequestFilter)
  case diary(VisitFilter)
}
