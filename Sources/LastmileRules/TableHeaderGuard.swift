/// Finds the table headers the TOML parser cannot take (`[`, `[.]`, `[科]`: a header whose name
/// does not start with a bare key's character or a quote), which stop the program in its
/// checks instead of being reported: such a file is refused with the line, before it is parsed.
enum TableHeaderGuard {
  /// The line (from 1) of the first header the parser cannot take, nil when there is none.
  static func badHeader(in text: String) -> Int? {
    var depth = 0
    var multiline: Substring? = nil
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      if let quote = multiline {
        if line.contains(quote) { multiline = nil }
        continue
      }
      if depth == 0, line.first == "[" {
        let name = line.dropFirst(line.hasPrefix("[[") ? 2 : 1).drop { $0 == " " || $0 == "\t" }
        guard let first = name.first else { return index + 1 }
        let bare =
          first.isASCII && (first.isLetter || first.isNumber || first == "_" || first == "-")
        if !(bare || first == "\"" || first == "'" || first == "]") { return index + 1 }
        continue
      }
      depth = max(0, depth + brackets(line, &multiline))
    }
    return nil
  }

  /// How many arrays a value line opens and leaves open, outside strings and comments; a
  /// multi-line string it opens is left in `multiline`.
  private static func brackets(_ line: Substring, _ multiline: inout Substring?) -> Int {
    var count = 0
    var rest = line[...]
    while let character = rest.first {
      if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") {
        let quote = rest.prefix(3)
        rest = rest.dropFirst(3)
        guard let end = rest.range(of: quote) else {
          multiline = quote
          return count
        }
        rest = rest[end.upperBound...]
        continue
      }
      rest = rest.dropFirst()
      switch character {
      case "#": return count
      case "\"", "'":
        // A one-line string: to its closing quote (a backslash escapes one in "…").
        var escaped = false
        while let next = rest.first {
          rest = rest.dropFirst()
          if character == "\"", next == "\\", !escaped {
            escaped = true
            continue
          }
          if next == character, !escaped { break }
          escaped = false
        }
      case "[": count += 1
      case "]": count -= 1
      default: break
      }
    }
    return count
  }
}
