import Foundation

/// The UTC instant a row was written, as stored (`2026-11-25T07:20:31.415Z`): sortable as text.
public enum Timestamp {
  /// The text of an instant in UTC with milliseconds.
  public static func text(_ instant: Date) -> String {
    text(millisecondsSince1970: Int((instant.timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// The text of an instant given in milliseconds since 1970 (UTC).
  public static func text(millisecondsSince1970 millis: Int) -> String {
    let days = Int((Double(millis) / 86_400_000).rounded(.down))
    let rest = millis - days * 86_400_000
    let (y, m, d) = LocalDate(dayNumber: days).components
    return String(unsafeUninitializedCapacity: 24) { buffer in
      let parts: [(Int, Int, UInt8)] = [
        (y, 4, UInt8(ascii: "-")), (m, 2, UInt8(ascii: "-")), (d, 2, UInt8(ascii: "T")),
        (rest / 3_600_000, 2, UInt8(ascii: ":")), (rest / 60_000 % 60, 2, UInt8(ascii: ":")),
        (rest / 1000 % 60, 2, UInt8(ascii: ".")), (rest % 1000, 3, UInt8(ascii: "Z")),
      ]
      var at = 0
      for (value, width, separator) in parts {
        LocalDate.writeDigits(value, width, into: buffer, at: at)
        buffer[at + width] = separator
        at += width + 1
      }
      return at
    }
  }

  /// The text of the current instant.
  public static var now: String { text(Date()) }
}
