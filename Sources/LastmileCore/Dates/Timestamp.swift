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

  /// The instant a stored text names (`2026-11-25T07:20:31.415Z`), or nil when it is not one.
  public static func date(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T") else {
      return nil
    }
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in bytes[from..<(from + count)] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2),
      let minute = number(14, 2), let second = number(17, 2),
      let date = LocalDate(year: year, month: month, day: day)
    else { return nil }
    let millis = bytes.count >= 24 ? number(20, 3) ?? 0 : 0
    let seconds =
      Double(date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second) + Double(millis) / 1000
    return Date(timeIntervalSince1970: seconds)
  }

  /// The text of the current instant.
  public static var now: String { text(Date()) }
}

extension LocalDateTime {
  /// The local date-time of a stored UTC timestamp (`2026-11-25T07:20:31.415Z`).
  public init?(parsingTimestamp text: String) {
    guard let instant = Timestamp.date(text) else { return nil }
    self.init(instant)
  }
}
