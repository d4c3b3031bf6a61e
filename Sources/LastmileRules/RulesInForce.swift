import Foundation
import LastmileCore

/// The rules in force: the shipped ones, with the locality's file over them when there is one.
public struct RulesInForce: Sendable {
  public let rules: Rules
  /// The locality's file, if one was read.
  public let file: URL?
  /// Problems of the locality's file (what was sound of it still applies).
  public let problems: [RulesProblem]

  /// The locality's file: `rules.toml` in the configuration folder.
  public static func localFile(configFolder: URL) -> URL {
    configFolder.appendingPathComponent("rules.toml")
  }

  /// Reads the rules in force for the configuration folder.
  public static func load(configFolder: URL) -> RulesInForce {
    let defaults = RulesFile.defaults
    let url = localFile(configFolder: configFolder)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return RulesInForce(rules: defaults, file: nil, problems: [])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return RulesInForce(
        rules: defaults, file: url,
        problems: [RulesProblem(file: url.path, line: 1, reason: .syntax("not UTF-8"))])
    }
    let (read, problems) = RulesFile.parse(text, file: url.path)
    return RulesInForce(
      rules: read.map(defaults.overridden(by:)) ?? defaults, file: url, problems: problems)
  }

  /// The rules as `rules show` prints them: each role with its quotas, then the deadlines.
  public func described(_ language: Language) -> [String] {
    let l = Localizer(language)
    var lines: [String] = []
    for role in rules.roles {
      lines.append("\(role.label(language)) (\(role.id))")
      let quotas = QuotaKind.allCases.compactMap { kind in
        rules.role(role.id)?.quotas[kind].map {
          "  \(language == .zh ? kind.chinese : kind.english): \($0)"
        }
      }
      lines += quotas.isEmpty ? ["  " + l(.rulesNoQuota)] : quotas
    }
    let deadlines = rules.deadlines
    lines.append(
      l(
        .rulesDeadlines(
          deadlines.replyWorkingDays, deadlines.transferCalendarDays,
          deadlines.dueSoonWorkingDays)))
    return lines
  }
}
