import LastmileCore

/// The outcome of `lastmile check`: the schema version and every problem found.
public struct CheckReport: Sendable, Equatable {
  /// One problem found by the check.
  public enum Problem: Sendable, Equatable, Localizable {
    case integrity(String)
    case foreignKey(table: String, row: String, parent: String)
    case schemaOlder(have: Int, known: Int)
    case auditGuardMissing(String)
    case triggerMissing(String)
    case triggerChanged(String)
    case triggerUnknown(String)
    case auditChain(AuditChainProblem)

    public func text(_ language: Language) -> String {
      let l = Localizer(language)
      switch self {
      case .integrity(let message): return l(.checkIntegrity(message))
      case .foreignKey(let table, let row, let parent):
        return l(.checkForeignKey(table, row, parent))
      case .schemaOlder(let have, let known): return l(.checkSchemaOlder(have, known))
      case .auditGuardMissing(let trigger): return l(.checkAuditTriggers(trigger))
      case .triggerMissing(let name): return l(.checkTriggerMissing(name))
      case .triggerChanged(let name): return l(.checkTriggerChanged(name))
      case .triggerUnknown(let name): return l(.checkTriggerUnknown(name))
      case .auditChain(let problem): return problem.text(language)
      }
    }
  }

  /// How many migrations the database has (its schema version).
  public let schemaVersion: Int
  /// How many migrations this program knows.
  public let knownVersion: Int
  /// Every problem found, empty when the database is sound.
  public let problems: [Problem]
  /// Whether the check found a write cut short and rolled it back first.
  public var recovered = false
  /// The sentence that says so.
  public static func recoveredText(_ language: Language) -> String {
    Localizer(language)(.checkRecovered)
  }

  /// Whether nothing is wrong.
  public var isOK: Bool { problems.isEmpty }
}
