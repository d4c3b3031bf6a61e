/// What is wrong with one line of a holiday file.
public enum HolidayFileProblem: Error, Sendable, Equatable, Localizable {
  case unknownDirective(String)
  case badYear(String)
  case duplicateYear(Int)
  case dateBeforeYear
  case missingDate
  case badDate(String)
  case reversedRange(String)
  case dateOutsideYear(String, Int)
  case workdayNotWeekend(LocalDate)
  case bothOffAndWork(LocalDate)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .unknownDirective(let word): return l(.holidayUnknownDirective(word))
    case .badYear(let word): return l(.holidayBadYear(word))
    case .duplicateYear(let year): return l(.holidayDuplicateYear(year))
    case .dateBeforeYear: return l(.holidayDateBeforeYear)
    case .missingDate: return l(.holidayMissingDate)
    case .badDate(let word): return l(.holidayBadDate(word))
    case .reversedRange(let word): return l(.holidayReversedRange(word))
    case .dateOutsideYear(let word, let year): return l(.holidayDateOutsideYear(word, year))
    case .workdayNotWeekend(let date): return l(.holidayWorkdayNotWeekend(date))
    case .bothOffAndWork(let date): return l(.holidayBothOffAndWork(date))
    }
  }
}
