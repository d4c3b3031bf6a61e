import Foundation

/// A path as a user types it, on the command line or in a form.
public enum UserPath {
  /// The file a typed path names: `~` and `~/…` are the home folder (`$HOME`, as the shell
  /// has it), a relative path is from the working folder, and spaces around it do not count.
  public static func url(
    _ typed: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    URL(fileURLWithPath: expanded(typed, environment: environment))
  }

  /// The typed path with its `~` replaced by the home folder.
  public static func expanded(
    _ typed: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let path = typed.trimmingCharacters(in: .whitespaces)
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + path.dropFirst()
  }
}
