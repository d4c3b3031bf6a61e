import Foundation
import LastmileCore
import TOMLKit

/// Reads a rules file: the TOML of `rules.toml`, every problem at once with its line.
public enum RulesFile {
  /// The rules the source documents set, as shipped.
  public static var defaults: Rules {
    let text = String(decoding: PackageResources.rules_toml, as: UTF8.self)
    let (read, _) = parse(text, file: "rules.toml")
    return Rules(roles: []).overridden(by: read ?? RulesOverride())
  }

  /// What a file sets, and every problem found; nil when the file is not TOML at all.
  public static func parse(_ text: String, file: String) -> (RulesOverride?, [RulesProblem]) {
    if let line = TableHeaderGuard.badHeader(in: text) {
      return (nil, [RulesProblem(file: file, line: line, reason: .badTableHeader)])
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return (
        nil,
        [
          RulesProblem(
            file: file, line: error.source.begin.line, reason: .syntax(error.description))
        ]
      )
    } catch {
      return (nil, [RulesProblem(file: file, line: 1, reason: .syntax(String(describing: error)))])
    }
    let lines = SourceLines(text)
    var problems: [RulesProblem] = []
    var read = RulesOverride()
    func problem(_ line: Int, _ reason: RulesProblem.Reason) {
      problems.append(RulesProblem(file: file, line: line, reason: reason))
    }
    for key in table.keys where key != "deadlines" && key != "roles" {
      problem(lines.topLevel(key), .unknownKey(key))
    }
    if let value = table["deadlines"] {
      let start = lines.table("deadlines")
      if let deadlines = value.table {
        for key in deadlines.keys {
          let line = lines.key(key, after: start)
          guard
            ["reply_working_days", "transfer_calendar_days", "due_soon_working_days"].contains(key)
          else {
            problem(line, .unknownKey(key))
            continue
          }
          guard let count = count(deadlines[key], key, line, &problems, file: file) else {
            continue
          }
          switch key {
          case "reply_working_days": read.replyWorkingDays = count
          case "transfer_calendar_days": read.transferCalendarDays = count
          default: read.dueSoonWorkingDays = count
          }
        }
      } else {
        problem(start, .notATable("deadlines"))
      }
    }
    if let value = table["roles"] {
      if let roles = value.array {
        var seen: Set<String> = []
        for (index, element) in roles.enumerated() {
          let start = lines.arrayTable("roles", index)
          guard let role = element.table else {
            problem(start, .notATable("roles"))
            continue
          }
          guard let idValue = role["id"] else {
            problem(start, .missingKey("id"))
            continue
          }
          guard let id = idValue.string else {
            problem(lines.key("id", after: start), .notText("id"))
            continue
          }
          if !seen.insert(id).inserted {
            problem(lines.key("id", after: start), .duplicateRole(id))
          }
          var entry = RulesOverride.Role(id: id)
          for key in role.keys where key != "id" {
            let line = lines.key(key, after: start)
            switch key {
            case "name", "english":
              guard let text = role[key]?.string else {
                problem(line, .notText(key))
                continue
              }
              if key == "name" { entry.chinese = text } else { entry.english = text }
            default:
              guard let kind = QuotaKind(rawValue: key) else {
                problem(line, .unknownKey(key))
                continue
              }
              if let count = count(role[key], key, line, &problems, file: file) {
                entry.quotas[kind] = count
              }
            }
          }
          read.roles.append(entry)
        }
      } else {
        problem(lines.topLevel("roles"), .notATable("roles"))
      }
    }
    return (read, problems.sorted { $0.line < $1.line })
  }

  /// A whole number of at least 0, or nil with the problem said.
  private static func count(
    _ value: (any TOMLValueConvertible)?, _ key: String, _ line: Int,
    _ problems: inout [RulesProblem], file: String
  ) -> Int? {
    guard let number = value?.int else {
      problems.append(RulesProblem(file: file, line: line, reason: .notANumber(key)))
      return nil
    }
    guard number >= 0 else {
      problems.append(RulesProblem(file: file, line: line, reason: .negative(key)))
      return nil
    }
    return number
  }
}

/// Where keys and tables are in a TOML text, for the lines of problems the parser cannot give.
struct SourceLines {
  let lines: [String]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  /// The line (from 1) of `[name]`, else 1.
  func table(_ name: String) -> Int {
    (lines.firstIndex { $0.hasPrefix("[\(name)]") }).map { $0 + 1 } ?? 1
  }

  /// The line of the `index`th `[[name]]`, else 1.
  func arrayTable(_ name: String, _ index: Int) -> Int {
    let starts = lines.indices.filter { lines[$0].hasPrefix("[[\(name)]]") }
    return starts.indices.contains(index) ? starts[index] + 1 : 1
  }

  /// The line of `key = …` at the top of the file (before any table), else 1.
  func topLevel(_ key: String) -> Int {
    let end = lines.firstIndex { $0.hasPrefix("[") } ?? lines.count
    return (lines[..<end].firstIndex { isKey(key, $0) }).map { $0 + 1 }
      ?? (lines.firstIndex { $0.hasPrefix("[\(key)]") || $0.hasPrefix("[[\(key)]]") }).map {
        $0 + 1
      }
      ?? 1
  }

  /// The line of `key = …` in the table whose header is on line `start`, else `start`.
  func key(_ key: String, after start: Int) -> Int {
    // The header is at index start - 1; its keys follow until the next header.
    for index in start..<max(start, lines.count) {
      if lines[index].hasPrefix("[") { break }
      if isKey(key, lines[index]) { return index + 1 }
    }
    return start
  }

  private func isKey(_ key: String, _ line: String) -> Bool {
    let name = line.split(separator: "=", maxSplits: 1).first.map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
    return line.contains("=") && name == key
  }
}
