import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension FormFactory {
  /// The settings a filled-in settings form describes.
  static func settings(
    from form: FormState, policy: DeadlinePolicy,
    categories known: [RequestCategory] = RequestCategory.defaults
  ) -> LocalitySettings {
    let categories = RequestCategory.parse(lines: form[.category], known: known)
    let hours = ReceptionSchedule.hours(form[.receptionHours]) ?? (15 * 60, 17 * 60 + 40)
    return LocalitySettings(
      officeName: form[.office], policy: policy,
      transferTargets: form[.targets].split(separator: "\n").map(String.init),
      schedule: ReceptionSchedule(
        weekdays: Set(form[.receptionDays].split(separator: " ").compactMap { Int($0) }),
        opens: hours.0, closes: hours.1, holidayMoves: form[.receptionHoliday] == "move",
        makeUpDays: form[.receptionMakeUp] == "yes"),
      dutyLeaders: form[.dutyLeaders].split(separator: "\n").map(String.init),
      closeNeedsApproval: form[.closeApproval] == "yes",
      writtenCategories: Set(form[.writtenCategories].split(separator: "|").map(String.init)),
      categories: categories,
      phrases: form[.phrases].split(separator: "\n").map(String.init))
  }

  /// The household (and its contact cadre) a filled-in household form describes.
  static func household(from form: FormState, id: UUID?) -> (Household, UUID?) {
    let household = Household(
      id: id ?? .timeOrdered(), householdNo: form[.householdNo],
      headName: form[.headName],
      areaId: UUID(uuidString: form[.area]), address: form[.address],
      phone: form[.phone],
      categories: form[.categories].split(separator: "|").compactMap {
        HouseholdCategory(rawValue: String($0))
      },
      povertyCause: PovertyCause(rawValue: form[.povertyCause]),
      cardIssuedOn: LocalDate(parsing: form[.cardIssuedOn]),
      helpMeasures: form[.helpMeasures], notes: form[.notes])
    return (household, UUID(uuidString: form[.cadre]))
  }

  /// The member a filled-in member form describes.
  static func member(from form: FormState, householdId: UUID, id: UUID?) -> Member {
    Member(
      id: id ?? .timeOrdered(), householdId: householdId, name: form[.name],
      relation: Relation(rawValue: form[.relation]) ?? .other,
      sex: Sex(rawValue: form[.sex]),
      birthDate: LocalDate(parsing: form[.birthDate]),
      idNumber: form[.idNumber], phone: form[.phone],
      health: form[.health],
      disability: form[.disability], schooling: form[.schooling],
      tags: NameList.items(form[.tags]),
      notes: form[.notes])
  }

  /// The roster filter a filled-in filter form describes, and how the pane header says it.
  static func filter(from form: FormState, language: Language) -> (RosterFilter, String) {
    let l = Localizer(language)
    var filter = RosterFilter()
    var parts: [String] = []
    func label(_ id: String) -> String {
      guard let field = form.fields.first(where: { $0.id == id }), case .pick(let list) = field.kind
      else { return "" }
      return list.chosenLabel.trimmingCharacters(in: .whitespaces)
    }
    if let area = UUID(uuidString: form[.area]) {
      filter.area = area
      parts.append(label("area"))
    }
    if let category = HouseholdCategory(rawValue: form[.category]) {
      filter.category = category
      parts.append(category.label(language))
    }
    if let cadre = UUID(uuidString: form[.cadre]) {
      filter.cadre = cadre
      parts.append(label("cadre"))
    }
    if let days = Int(form[.days].trimmingCharacters(in: .whitespaces)), days > 0 {
      filter.notVisitedForDays = days
      parts.append(l(.filterDaysLabel(days)))
    }
    if form[.openRequests] == "yes" {
      filter.hasOpenRequests = true
      parts.append(l(.filterOpenLabel))
    }
    if form[.duplicates] == "yes" {
      filter.possibleDuplicates = true
      parts.append(l(.filterDuplicatesLabel))
    }
    return (filter, parts.joined(separator: " · "))
  }
}
