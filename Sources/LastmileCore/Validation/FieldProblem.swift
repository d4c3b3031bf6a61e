/// What is wrong with one field of a record: the field, and why.
public struct FieldProblem: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// Why a field's value is refused.
  public enum Reason: Sendable, Equatable, Localizable {
    case required
    case residentID(ResidentIDProblem)
    case phone(PhoneProblem)
    case sexDisagreesWithID(idSays: Sex)
    case birthDateDisagreesWithID(idSays: LocalDate)
    case unknownValue(String, accepted: String)
    case invalidDate(String)
    /// Not a date and time (`YYYY-MM-DD HH:MM`).
    case invalidDateTime(String)
    /// A moment later than now, where only the past can be recorded.
    case inFuture(String)
    case invalidNumber(String)
    case duplicate(String)
    case missingReference(String)
    /// A name that fits several records: the candidates, as the message lists them.
    case ambiguous(String, candidates: String)
    /// A date before the one it follows.
    case notBefore(String)
    /// Hours outside 0–24.
    case hours
    /// A kind of visit about a place that names neither households nor a place.
    case placeNeeded
    /// A value taken away that records still use (the value, how many records).
    case inUse(String, Int)
    /// More values than the field takes (at most so many), or none where one is needed.
    case count(most: Int)
    /// Longer than the field takes (at most so many characters).
    case tooLong(most: Int)
    /// A control character (an escape, a NUL, a line break in a one-line field).
    case controlCharacter
    /// A date outside the years a record can have (`Validation.plausibleDates`).
    case implausibleDate(String)

    public func text(_ language: Language) -> String {
      let l = Localizer(language)
      switch self {
      case .required: return l(.fieldRequired)
      case .residentID(let problem): return problem.text(language)
      case .phone(let problem): return problem.text(language)
      case .sexDisagreesWithID(let sex): return l(.fieldSexDisagrees(sex.label(language)))
      case .birthDateDisagreesWithID(let date): return l(.fieldBirthDateDisagrees(date))
      case .unknownValue(let value, let accepted): return l(.fieldUnknownValue(value, accepted))
      case .invalidDate(let value): return l(.fieldInvalidDate(value))
      case .invalidDateTime(let value): return l(.fieldInvalidDateTime(value))
      case .inFuture(let value): return l(.fieldInFuture(value))
      case .invalidNumber(let value): return l(.fieldInvalidNumber(value))
      case .duplicate(let what): return l(.fieldDuplicate(what))
      case .missingReference(let what): return l(.fieldMissingReference(what))
      case .ambiguous(let what, let candidates): return l(.fieldAmbiguous(what, candidates))
      case .notBefore(let date): return l(.fieldNotBefore(date))
      case .hours: return l(.fieldHours)
      case .placeNeeded: return l(.fieldPlaceNeeded)
      case .inUse(let value, let count): return l(.fieldInUse(value, count))
      case .count(let most): return l(.fieldCount(most))
      case .tooLong(let most): return l(.fieldTooLong(most))
      case .controlCharacter: return l(.fieldControlCharacter)
      case .implausibleDate(let date):
        return l(
          .fieldImplausibleDate(
            date, Validation.plausibleDates.lowerBound.description,
            Validation.plausibleDates.upperBound.description))
      }
    }
  }

  public let field: FieldName
  public let reason: Reason

  /// A problem with `field`.
  public init(_ field: FieldName, _ reason: Reason) {
    self.field = field
    self.reason = reason
  }

  /// `field: reason`, the field named as the files name it in `language`.
  public func text(_ language: Language) -> String {
    "\(field.label(language)): \(reason.text(language))"
  }

  public var description: String { text(.en) }
}

/// Every problem found in one record.
public struct FieldProblems: Error, Sendable, Equatable {
  /// The problems, in the order of the record's fields.
  public let all: [FieldProblem]

  /// The problems found.
  public init(_ all: [FieldProblem]) {
    self.all = all
  }
}
