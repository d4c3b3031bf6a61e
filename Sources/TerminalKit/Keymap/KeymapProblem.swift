/// Something wrong with one line of a keymap file. The line is skipped (an error) or kept with
/// a caution (a warning); the program never stops for it.
public struct KeymapProblem: Sendable, Hashable {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    case syntax(String)
    case unknownContext(String)
    case unknownKey(String)
    case unknownAction(String)
    /// The key is already bound in this context (on `firstLine`).
    case duplicate(key: String, context: String, firstLine: Int)
    /// The key is written one way but a terminal sends it as another (`<C-i>` is `<Tab>`).
    case indistinguishable(written: String, sameAs: String)
    /// A context binding hides the global binding of the same key.
    case shadowsGlobal(key: String, context: String, globalAction: String)
    /// The key is reserved (the emergency quit) and cannot be bound.
    case reserved(String)
    /// The file exists but cannot be read (its permissions, or it is not UTF-8 text).
    case unreadable
  }

  public let file: String
  public let line: Int
  public let kind: Kind

  public init(file: String, line: Int, kind: Kind) {
    self.file = file
    self.line = line
    self.kind = kind
  }

  /// Whether the line was kept despite the problem.
  public var isWarning: Bool {
    switch kind {
    case .shadowsGlobal, .indistinguishable: return true
    default: return false
    }
  }
}
