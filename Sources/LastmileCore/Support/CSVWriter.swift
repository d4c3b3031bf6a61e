import Foundation

/// Writes CSV (RFC 4180) as Excel on Chinese Windows expects it: UTF-8 with a byte-order mark,
/// CRLF line ends, fields quoted when they hold a comma, a quote or a line break, and a cell
/// Excel would run as a formula marked as text (`CSVFormula`).
public struct CSVWriter: Sendable {
  /// The text written so far.
  public private(set) var text: String

  /// A writer whose output starts with the UTF-8 byte-order mark when `byteOrderMark` is true.
  public init(byteOrderMark: Bool = true) {
    text = byteOrderMark ? "\u{FEFF}" : ""
  }

  /// Appends one record.
  public mutating func write(_ fields: [String]) {
    text += fields.map(CSVWriter.quoted).joined(separator: ",") + "\r\n"
  }

  /// `field` quoted when it must be, with inner quotes doubled.
  static func quoted(_ cell: String) -> String {
    let field = CSVFormula.neutralised(cell)
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
