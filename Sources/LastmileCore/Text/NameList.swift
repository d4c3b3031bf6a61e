import Foundation

/// A list as people type it in one field: names or numbers separated by `、`, commas, semicolons
/// or new lines.
public enum NameList {
  /// The items of `text`, trimmed, the empty ones left out.
  public static func items(_ text: String) -> [String] {
    text.split(whereSeparator: { "、,，;；\n".contains($0) })
      .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
