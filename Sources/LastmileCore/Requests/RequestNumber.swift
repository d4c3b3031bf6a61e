/// The number of a request a person reads out and quotes: `SQ-20261125-3F-07` — 诉求, the day it
/// was received, the code of the laptop that registered it, and that laptop's count of the day.
/// Laptops give numbers without asking each other: two laptops differ by their codes.
public enum RequestNumber {
  /// What every number starts with.
  public static let prefix = "SQ"

  /// A laptop's code: the last two hexadecimal digits of its device id, in capitals (the
  /// random end of the id, not its time-ordered start).
  public static func deviceCode(of deviceId: String) -> String {
    let digits = deviceId.filter(\.isHexDigit)
    return String(digits.suffix(2)).uppercased()
  }

  /// What every number of `day` given by the laptop `code` starts with.
  public static func stem(on day: LocalDate, code: String) -> String {
    "\(prefix)-\(day.description.filter(\.isNumber))-\(code)-"
  }

  /// The `sequence`th number of `day` given by the laptop `code` (two digits at least).
  public static func make(on day: LocalDate, code: String, sequence: Int) -> String {
    stem(on: day, code: code) + (sequence < 10 ? "0" : "") + String(sequence)
  }

  /// The count a number ends with, or nil when it is not one.
  public static func sequence(of number: String) -> Int? {
    number.split(separator: "-").last.flatMap { Int($0) }
  }
}
