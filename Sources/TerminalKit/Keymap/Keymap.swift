/// Key bindings by context, read from files in the spirit of tig and mutt:
///
/// ```
/// # comment
/// bind global ? help
/// bind table <PgDn> table.page_down
/// unbind roster d
/// ```
///
/// A key is looked up in a chain of contexts (the pane's, then `table`, then `global`); the
/// first binding wins.
public struct Keymap: Sendable, Hashable {
  /// Actions by key, by context.
  public private(set) var bindings: [String: [Key: String]]
  /// The file line each binding came from, for messages.
  private var origins: [String: [Key: Int]]

  public init() {
    bindings = [:]
    origins = [:]
  }

  /// The rules a keymap is checked against.
  public struct Rules: Sendable {
    public var contexts: Set<String>
    public var actions: Set<String>
    /// Keys no file may bind (the emergency quit).
    public var reserved: Set<Key>
    /// The context whose bindings others shadow.
    public var globalContext: String
    /// Contexts that own every key while they are open (a dialog's answers): binding a key
    /// the global context binds is their point, not a shadow to warn of.
    public var modalContexts: Set<String>

    public init(
      contexts: Set<String>, actions: Set<String>, reserved: Set<Key>,
      globalContext: String = "global", modalContexts: Set<String> = []
    ) {
      self.contexts = contexts
      self.actions = actions
      self.reserved = reserved
      self.globalContext = globalContext
      self.modalContexts = modalContexts
    }
  }

  /// Applies the lines of a keymap file on top of this keymap; returns every problem found.
  ///
  /// A `bind` replaces any binding the key had from an earlier file; within one file, binding
  /// a key twice in a context is an error and the later line is skipped.
  @discardableResult
  public mutating func apply(_ text: String, file: String, rules: Rules) -> [KeymapProblem] {
    var problems: [KeymapProblem] = []
    var seenInFile: [String: [Key: Int]] = [:]
    var pendingShadows: [(Int, String, Key, String)] = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      let words = Keymap.words(String(rawLine))
      let line = words.joined(separator: " ")
      guard !words.isEmpty else { continue }
      func report(_ kind: KeymapProblem.Kind) {
        problems.append(KeymapProblem(file: file, line: number, kind: kind))
      }
      let verb = words[0]
      guard verb == "bind" || verb == "unbind" else {
        report(.syntax(line))
        continue
      }
      let expected = verb == "bind" ? 4 : 3
      guard words.count == expected else {
        report(.syntax(line))
        continue
      }
      let context = words[1]
      let written = words[2]
      guard rules.contexts.contains(context) else {
        report(.unknownContext(context))
        continue
      }
      guard let key = KeyNotation.parse(written) else {
        report(.unknownKey(written))
        continue
      }
      if rules.reserved.contains(key) {
        report(.reserved(written))
        continue
      }
      if let same = KeyNotation.indistinguishable.first(where: {
        $0.written.lowercased() == written.lowercased()
      }) {
        report(.indistinguishable(written: written, sameAs: KeyNotation.format(same.sameAs)))
      }
      if verb == "unbind" {
        bindings[context]?[key] = nil
        origins[context]?[key] = nil
        continue
      }
      let action = words[3]
      guard rules.actions.contains(action) else {
        report(.unknownAction(action))
        continue
      }
      if let first = seenInFile[context]?[key] {
        report(.duplicate(key: written, context: context, firstLine: first))
        continue
      }
      seenInFile[context, default: [:]][key] = number
      bindings[context, default: [:]][key] = action
      origins[context, default: [:]][key] = number
      if context != rules.globalContext, !rules.modalContexts.contains(context) {
        pendingShadows.append((number, context, key, written))
      }
    }
    for (number, context, key, written) in pendingShadows {
      if let globalAction = bindings[rules.globalContext]?[key],
        bindings[context]?[key] != globalAction
      {
        problems.append(
          KeymapProblem(
            file: file, line: number,
            kind: .shadowsGlobal(key: written, context: context, globalAction: globalAction)))
      }
    }
    return problems.sorted { $0.line < $1.line }
  }

  /// The action bound to `key` in the first context of `chain` that binds it.
  public func action(for key: Key, in chain: [String]) -> String? {
    for context in chain {
      if let action = bindings[context]?[key] { return action }
    }
    return nil
  }

  /// The keys bound to `action` in `context`, the shortest to write first.
  public func keys(for action: String, in context: String) -> [Key] {
    (bindings[context] ?? [:]).filter { $0.value == action }.map(\.key).sorted {
      // The shortest first, and of two letters the lower case one (`r` before `R`).
      let (a, b) = (KeyNotation.format($0), KeyNotation.format($1))
      return (a.count, a.lowercased() != a ? 1 : 0, a) < (b.count, b.lowercased() != b ? 1 : 0, b)
    }
  }

  /// Every binding of `context`, sorted by action then key, for the help overlay.
  public func entries(in context: String) -> [(action: String, keys: [Key])] {
    let grouped = Dictionary(grouping: bindings[context] ?? [:], by: \.value)
    return grouped.keys.sorted().map { action in
      (
        action,
        grouped[action]!.map(\.key).sorted { KeyNotation.format($0) < KeyNotation.format($1) }
      )
    }
  }

  /// The words of a line up to its comment: `#` starts a comment anywhere but where the key
  /// goes (`bind table # action` binds the `#` key).
  private static func words(_ line: String) -> [String] {
    let all = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    for (index, word) in all.enumerated() where word.hasPrefix("#") && index != 2 {
      return Array(all[..<index])
    }
    return all
  }
}
