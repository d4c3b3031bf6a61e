import Foundation

extension String {
  /// The text without white space or line breaks at either end.
  ///
  /// Most cells of a ledger have none, and for them this costs two character tests instead of
  /// a pass through Foundation.
  public var trimmed: String {
    guard let first = first, let last = last else { return self }
    if !first.isWhitespace, !last.isWhitespace { return self }
    return trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The trimmed text, or nil when nothing is left of it.
  public var nonBlank: String? {
    let text = trimmed
    return text.isEmpty ? nil : text
  }
}
