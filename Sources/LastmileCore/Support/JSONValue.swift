import Foundation

/// A JSON value whose objects keep their keys in the order given, for stable, documented output.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// JSON text already written (an audit entry's stored fields), put in as it is.
  case written(String)

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  /// A string, or null when `text` is nil.
  public static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// A string, or null when `text` is empty or nil.
  public static func nonEmpty(_ text: String?) -> JSONValue {
    guard let text, !text.isEmpty else { return .null }
    return .string(text)
  }

  /// Compact JSON text.
  public func serialized() -> String {
    var output = ""
    write(into: &output, indent: nil, level: 0)
    return output
  }

  /// JSON text with two-space indentation.
  public func pretty() -> String {
    var output = ""
    write(into: &output, indent: "  ", level: 0)
    return output
  }

  private func write(into output: inout String, indent: String?, level: Int) {
    switch self {
    case .null: output += "null"
    case .written(let text): output += text
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value):
      if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        output += String(Int(value))
      } else if value.isFinite {
        output += String(value)
      } else {
        output += "null"
      }
    case .string(let value): JSONValue.writeString(value, into: &output)
    case .array(let items):
      writeContainer(
        open: "[", close: "]", count: items.count, into: &output, indent: indent, level: level
      ) { index, output in
        items[index].write(into: &output, indent: indent, level: level + 1)
      }
    case .object(let members):
      writeContainer(
        open: "{", close: "}", count: members.count, into: &output, indent: indent, level: level
      ) { index, output in
        JSONValue.writeString(members[index].0, into: &output)
        output += indent == nil ? ":" : ": "
        members[index].1.write(into: &output, indent: indent, level: level + 1)
      }
    }
  }

  private func writeContainer(
    open: String, close: String, count: Int, into output: inout String, indent: String?,
    level: Int, item: (Int, inout String) -> Void
  ) {
    output += open
    guard count > 0 else {
      output += close
      return
    }
    for index in 0..<count {
      if index > 0 { output += "," }
      if let indent { output += "\n" + String(repeating: indent, count: level + 1) }
      item(index, &output)
    }
    if let indent { output += "\n" + String(repeating: indent, count: level) }
    output += close
  }

  private static func writeString(_ value: String, into output: inout String) {
    output += "\""
    // Most values need no escape at all: copy them whole.
    if !value.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      output += value
      output += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        output +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
