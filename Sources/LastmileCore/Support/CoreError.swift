/// An error of the domain core, told as a sentence.
public enum CoreError: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// A line of a holiday file is wrong.
  case holidayFile(file: String, line: Int, problem: HolidayFileProblem)
  /// A file could not be read.
  case unreadableFile(path: String, problem: FileProblem)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .holidayFile(let file, let line, let problem):
      return "\(file):\(line): \(problem.text(language))"
    case .unreadableFile(let path, let problem):
      return l(.fileUnreadable(path, problem.text(language)))
    }
  }

  public var description: String { text(.en) }
}
