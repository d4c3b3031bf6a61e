import Foundation

/// A small text file the user wrote (a keymap, a holiday list), read whole.
public enum TextFile {
  /// The file's text: UTF-8, a byte-order mark dropped. A file that cannot be read, or is not
  /// UTF-8, is refused with the reason and its path.
  public static func read(_ url: URL) throws -> String {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CoreError.unreadableFile(path: url.path, problem: FileProblem(error))
    }
    guard var text = String(data: data, encoding: .utf8) else {
      throw CoreError.unreadableFile(path: url.path, problem: .notUTF8)
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }
}
