import Foundation

/// Reads holiday files: the shipped `holidays-cn.txt` and a user's additions, in one format.
///
/// ```
/// year 2026 国办发明电〔2025〕7号
/// off 2026-02-15..2026-02-23 春节
/// work 2026-02-14 春节调休
/// ```
public enum HolidayFileParser {
  /// The years in `text`; throws `CoreError.holidayFile` naming the first bad line.
  public static func parse(_ text: String, file: String) throws -> [HolidayYear] {
    let (years, problems) = parseAll(text)
    if let first = problems.first {
      throw CoreError.holidayFile(file: file, line: first.line, problem: first.problem)
    }
    return years
  }

  /// The years in `text` and every problem found, each with its line number.
  public static func parseAll(_ text: String) -> (
    years: [HolidayYear], problems: [(line: Int, problem: HolidayFileProblem)]
  ) {
    var years: [HolidayYear] = []
    var current: HolidayYear?
    var problems: [(Int, HolidayFileProblem)] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      guard !line.isEmpty else { continue }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      let directive = words[0]
      switch directive {
      case "year":
        guard words.count >= 2, let year = Int(words[1]), (1900...2999).contains(year) else {
          problems.append((lineNumber, .badYear(words.count >= 2 ? words[1] : "")))
          continue
        }
        if let done = current { years.append(done) }
        if years.contains(where: { $0.year == year }) {
          problems.append((lineNumber, .duplicateYear(year)))
        }
        current = HolidayYear(year: year, source: words.dropFirst(2).joined(separator: " "))
      case "off", "work":
        guard var year = current else {
          problems.append((lineNumber, .dateBeforeYear))
          continue
        }
        guard words.count >= 2 else {
          problems.append((lineNumber, .missingDate))
          continue
        }
        let name = words.dropFirst(2).joined(separator: " ")
        switch dates(words[1], directive: directive, year: year.year) {
        case .failure(let problem):
          problems.append((lineNumber, problem))
        case .success(let days):
          for day in days {
            if directive == "off" {
              if year.makeUpWorkdays[day] != nil {
                problems.append((lineNumber, .bothOffAndWork(day)))
              }
              year.daysOff[day] = name
            } else {
              if year.daysOff[day] != nil { problems.append((lineNumber, .bothOffAndWork(day))) }
              year.makeUpWorkdays[day] = name
            }
          }
          current = year
        }
      default:
        problems.append((lineNumber, .unknownDirective(directive)))
      }
    }
    if let done = current { years.append(done) }
    return (years, problems)
  }

  private static func dates(_ text: String, directive: String, year: Int) -> Result<
    [LocalDate], HolidayFileProblem
  > {
    let ends = text.components(separatedBy: "..")
    guard ends.count <= 2, directive == "off" || ends.count == 1 else {
      return .failure(.badDate(text))
    }
    guard let first = LocalDate(parsing: ends[0]) else { return .failure(.badDate(ends[0])) }
    let last: LocalDate
    if ends.count == 2 {
      guard let end = LocalDate(parsing: ends[1]) else { return .failure(.badDate(ends[1])) }
      guard first <= end else { return .failure(.reversedRange(text)) }
      last = end
    } else {
      last = first
    }
    guard first.year == year, last.year == year else {
      return .failure(.dateOutsideYear(text, year))
    }
    if directive == "work" && !first.isWeekend { return .failure(.workdayNotWeekend(first)) }
    return .success((0...first.days(to: last)).map { first.adding(days: $0) })
  }
}
