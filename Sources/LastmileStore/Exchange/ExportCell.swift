import Foundation
import LastmileCore

/// One exported value, written one way in CSV and another in JSON.
enum ExportCell {
  case text(String)
  /// An enumeration: its code (JSON, English CSV) and its Chinese word (Chinese CSV).
  case coded(code: String, chinese: String)
  case codedList([(code: String, chinese: String)])
  /// Free words (tags): joined by `、` in CSV, an array in JSON.
  case list([String])
  case date(LocalDate?)
  case dateTime(LocalDateTime?)
  case number(Double?)
  case bool(Bool)
  /// A resident ID number: kept as text when a spreadsheet opens the CSV.
  case idNumber(String)
  case null

  /// An enumeration value, or null.
  static func coded<T: CodedValue>(_ value: T?) -> ExportCell {
    guard let value else { return .null }
    return .coded(code: value.rawValue, chinese: value.chinese)
  }

  func csv(_ language: Language) -> String {
    switch self {
    case .text(let text): return text
    case .coded(let code, let chinese): return language == .zh ? chinese : code
    case .codedList(let items):
      return language == .zh
        ? items.map(\.chinese).joined(separator: "、") : items.map(\.code).joined(separator: "|")
    case .list(let items): return items.joined(separator: "、")
    case .date(let date): return date?.description ?? ""
    case .dateTime(let time): return time?.description ?? ""
    case .number(let number): return number.map(ExportCell.format) ?? ""
    case .bool(let flag): return language == .zh ? (flag ? "是" : "否") : (flag ? "true" : "false")
    // A leading tab keeps Excel from turning 18 digits into 4.30523E+17; import trims it.
    case .idNumber(let number):
      return number.count == 18 && !number.contains("*") ? "\t" + number : number
    case .null: return ""
    }
  }

  var json: JSONValue {
    switch self {
    case .text(let text), .idNumber(let text): return .string(text)
    case .coded(let code, _): return .string(code)
    case .codedList(let items): return .array(items.map { .string($0.code) })
    case .list(let items): return .array(items.map(JSONValue.string))
    case .date(let date): return date.map { .string($0.description) } ?? .null
    case .dateTime(let time): return time.map { .string($0.isoText) } ?? .null
    case .number(let number): return number.map(JSONValue.double) ?? .null
    case .bool(let flag): return .bool(flag)
    case .null: return .null
    }
  }

  static func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(number)
  }
}
