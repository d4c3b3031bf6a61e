import LastmileCore

/// What was typed in the roster's search, as FTS5 runs it and as one document is tested
/// against it in memory (which costs far less than asking FTS5 about one row at a time).
struct SearchQuery: Equatable {
  /// One way of matching; a document matches the query when it matches any of them.
  enum Term: Equatable {
    /// These tokens one after the other (the characters of a Chinese name).
    case phrase([String])
    /// A token beginning with this.
    case prefix(String)
    /// This token.
    case token(String)
  }

  let terms: [Term]

  /// The query for what was typed, or nil when nothing can be searched.
  init?(typed: String) {
    let text = typed.trimmed
    guard !text.isEmpty else { return nil }
    if text.allSatisfy({ Pinyin.isHan($0) }) {
      terms = [.phrase(text.map(String.init))]
      return
    }
    let lowered = text.lowercased()
    if lowered.allSatisfy({ $0.isASCII && $0.isNumber }) {
      var terms: [Term] = [.prefix(SearchDocument.numberMark + lowered)]
      if lowered.count >= 4 {
        terms += [
          .prefix(SearchDocument.phoneMark + lowered), .token(SearchDocument.idMark + lowered),
        ]
      }
      self.terms = terms
      return
    }
    if lowered.count >= 4, lowered.count <= 6,
      lowered.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }),
      lowered.last == "x"
    {
      terms = [.token(SearchDocument.idMark + lowered)]
      return
    }
    if lowered.allSatisfy({ $0.isASCII && $0.isLetter }) {
      terms = [.prefix(lowered)]
      return
    }
    let simple = SearchDocument.simplify(lowered)
    guard !simple.isEmpty else { return nil }
    terms = [.prefix(SearchDocument.numberMark + simple)]
  }

  /// Whether only household numbers can match: numbers are given out by village and group, so
  /// the households a number's first digits match stand together in the roster, not spread
  /// through it as those of a name are.
  var isHouseholdNumberOnly: Bool {
    terms.allSatisfy {
      if case .prefix(let text) = $0 { text.hasPrefix(SearchDocument.numberMark) } else { false }
    }
  }

  /// The FTS5 MATCH expression.
  var fts: String {
    terms.map { term in
      switch term {
      case .phrase(let tokens): return "\"" + tokens.joined(separator: " ") + "\""
      case .prefix(let text): return "\"\(text)\"*"
      case .token(let text): return "\"\(text)\""
      }
    }.joined(separator: " OR ")
  }

  /// Whether a document (as `SearchDocument.tokens` writes it) matches.
  func matches(_ document: String) -> Bool {
    let tokens = document.split(separator: " ")
    return terms.contains { term in
      switch term {
      case .prefix(let text): return tokens.contains { $0.hasPrefix(text) }
      case .token(let text): return tokens.contains { $0 == text }
      case .phrase(let phrase):
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        return (0...(tokens.count - phrase.count)).contains { start in
          phrase.indices.allSatisfy { tokens[start + $0] == phrase[$0] }
        }
      }
    }
  }
}
