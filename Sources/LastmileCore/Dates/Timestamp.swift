import Foundation

/// The UTC instant a row was written, as stored (`2026-11-25T07:20:31.415Z`): sortable as text.
public enum Timestamp {
  /// The text of an instant in UTC with milliseconds.
  public static func text(_ instant: Date) -> String {
    let millis = Int((instant.timeIntervalSince1970 * 1000).rounded(.down))
    let days = Int((Double(millis) / 86_400_000).rounded(.down))
    let rest = millis - days * 86_400_000
    let date = LocalDate(dayNumber: days)
    let hours = rest / 3_600_000
    let minutes = rest / 60_000 % 60
    let seconds = rest / 1000 % 60
    return "\(date)T\(LocalDate.pad(hours, 2)):\(LocalDate.pad(minutes, 2)):"
      + "\(LocalDate.pad(seconds, 2)).\(LocalDate.pad(rest % 1000, 3))Z"
  }

  /// The text of the current instant.
  public static var now: String { text(Date()) }
}
