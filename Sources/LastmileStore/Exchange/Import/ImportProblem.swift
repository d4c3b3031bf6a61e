import LastmileCore

/// One thing wrong (or worth a warning) in an imported file, with where it is.
public struct ImportProblem: Sendable, Equatable, Localizable {
  /// What is wrong.
  public enum Reason: Sendable, Equatable, Localizable {
    case field(FieldProblem.Reason)
    case unknownColumn
    case duplicateInFile(key: String, firstLine: Int)
    case householdNotFound(String)
    case newCadre(String)
    case newArea(String)
    case areaNotFound(String)
    case duplicate(DuplicateHint)
    case columnCount(Int, expected: Int)
    /// A line break in a field that holds one line (a name, a number).
    case lineBreak
    /// A row longer than this many bytes: only its start was read.
    case rowTooLong(Int)
    /// This many cells of a column were masked and nothing was stored to keep: left empty.
    case maskedUnknown(Int)
    /// A masked cell that does not fit the value stored, which is kept.
    case maskedMismatch(String)
    /// Several members of the household have this name and the row gives no ID number that
    /// tells them apart.
    case ambiguousMember(String)

    public func text(_ language: Language) -> String {
      let l = Localizer(language)
      switch self {
      case .field(let reason): return reason.text(language)
      case .unknownColumn: return l(.importUnknownColumn)
      case .duplicateInFile(let key, let line): return l(.importDuplicateInFile(key, line))
      case .householdNotFound(let number): return l(.importHouseholdNotFound(number))
      case .newCadre(let name): return l(.importNewCadre(name))
      case .newArea(let name): return l(.importNewArea(name))
      case .areaNotFound(let name): return l(.importAreaNotFound(name))
      case .duplicate(let hint):
        switch hint.reason {
        case .sameIDNumber(let number):
          // Messages mask identifiers: the file may have held only masked ones.
          return l(
            .duplicateIDNumber(
              Masking.idNumber(number), hint.householdNo, Masking.name(hint.headName)))
        case .sameHeadInVillage(let name): return l(.duplicateHead(name, hint.householdNo))
        }
      case .columnCount(let found, let expected): return l(.importColumnCount(found, expected))
      case .lineBreak: return l(.importLineBreak)
      case .rowTooLong(let bytes): return l(.importRowTooLong(bytes / 1_024))
      case .maskedUnknown(let count): return l(.importMaskedUnknown(count))
      case .maskedMismatch(let cell): return l(.importMaskedMismatch(cell))
      case .ambiguousMember(let name): return l(.importAmbiguousMember(name))
      }
    }
  }

  public let file: String
  public let line: Int
  /// The column as the file's header writes it, if the problem is in one cell.
  public let column: String?
  public let reason: Reason
  /// Whether the row is still imported.
  public let isWarning: Bool

  /// `FILE:LINE: column: reason`.
  public func text(_ language: Language) -> String {
    let place = "\(file):\(line)"
    let prefix = isWarning ? Localizer(language)(.warningPrefix) + ": " : ""
    guard let column else { return "\(place): \(prefix)\(reason.text(language))" }
    return "\(place): \(column): \(prefix)\(reason.text(language))"
  }
}
