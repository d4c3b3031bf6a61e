import Foundation
import LastmileCore
import LastmileStore

/// A cadre's month calendar open over the diary, with the day the keys are on.
public struct CalendarState: Sendable, Equatable {
  public var month: CadreMonth
  public var selected: LocalDate

  public init(month: CadreMonth, selected: LocalDate) {
    self.month = month
    self.selected = min(max(selected, month.first), month.last)
  }
}

/// Whose calendar to open.
public enum CalendarTarget: Sendable, Equatable {
  /// The first cadre of a visit.
  case visitCadre(UUID)
  case cadre(UUID)
  /// The cadre who is at the keyboard.
  case operatorCadre
}
