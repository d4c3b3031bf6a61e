/// Where the user is: the active pane, and for each pane the stack of what is open over it.
///
/// Each pane keeps its own stack, so a request's view left open in the queue is still there
/// when the user comes back from the roster; only the active pane's stack is drawn and has
/// the keys, and its top has them.
public struct Navigation: Sendable, Equatable {
  /// The active pane.
  public var tab: Tab = .roster
  private var stacks: [Tab: [Layer]] = [:]

  public init() {}

  /// What is open over the active pane, from the bottom up.
  public var layers: [Layer] { stacks[tab] ?? [] }

  /// The layer that has the keys, or nil when the pane itself has them.
  public var top: Layer? { layers.last }

  /// The layer under the top one.
  var belowTop: Layer? { layers.dropLast().last }

  /// Every layer of every pane (for a draft left in one).
  var allLayers: [Layer] { Tab.allCases.flatMap { stacks[$0] ?? [] } }

  /// Opens `layer` over the active pane.
  mutating func push(_ layer: Layer) {
    stacks[tab, default: []].append(layer)
  }

  /// Closes the top layer.
  @discardableResult
  mutating func pop() -> Layer? {
    stacks[tab]?.popLast()
  }

  /// Replaces the top layer (its state changed).
  mutating func replaceTop(_ layer: Layer) {
    guard stacks[tab]?.isEmpty == false else { return }
    stacks[tab]![stacks[tab]!.count - 1] = layer
  }

  /// Closes the topmost layer of the active pane that matches.
  mutating func removeLast(where match: (Layer) -> Bool) {
    guard let index = stacks[tab]?.lastIndex(where: match) else { return }
    stacks[tab]?.remove(at: index)
  }

  /// Closes every layer of the active pane that matches.
  mutating func removeAll(where match: (Layer) -> Bool) {
    stacks[tab]?.removeAll(where: match)
  }

  /// Changes the topmost layer of the active pane that `update` recognises; returns whether
  /// one was found.
  @discardableResult
  mutating func updateTopmost(_ update: (inout Layer) -> Bool) -> Bool {
    guard var stack = stacks[tab] else { return false }
    for index in stack.indices.reversed() {
      var layer = stack[index]
      if update(&layer) {
        stack[index] = layer
        stacks[tab] = stack
        return true
      }
    }
    return false
  }

  /// Shows `layer` in place of the topmost layer that `matches` (a list read again), or opens it
  /// when none does.
  mutating func show(_ layer: Layer, replacing matches: (Layer) -> Bool) {
    let replaced = updateTopmost { current in
      guard matches(current) else { return false }
      current = layer
      return true
    }
    if !replaced { push(layer) }
  }
}
