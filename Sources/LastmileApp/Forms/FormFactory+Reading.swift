import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension FormFactory {
  /// The settings a filled-in settings form describes.
  static func settings(from form: FormState) -> LocalitySettings {
    LocalitySettings(
      officeName: form["office"],
      policy: DeadlinePolicy(
        replyWorkingDays: Int(form["reply_days"].trimmingCharacters(in: .whitespaces)) ?? 7,
        transferCalendarDays: Int(form["transfer_days"].trimmingCharacters(in: .whitespaces)) ?? 7,
        dueSoonWorkingDays: Int(form["due_soon"].trimmingCharacters(in: .whitespaces)) ?? 2),
      transferTargets: form["targets"].split(separator: "\n").map(String.init))
  }

  /// The household (and its contact cadre) a filled-in household form describes.
  static func household(from form: FormState, id: UUID?) -> (Household, UUID?) {
    let household = Household(
      id: id ?? .timeOrdered(), householdNo: form[FieldName.householdNo.rawValue],
      headName: form[FieldName.headName.rawValue],
      areaId: UUID(uuidString: form["area"]), address: form[FieldName.address.rawValue],
      phone: form[FieldName.phone.rawValue],
      categories: form[FieldName.categories.rawValue].split(separator: "|").compactMap {
        HouseholdCategory(rawValue: String($0))
      },
      povertyCause: PovertyCause(rawValue: form[FieldName.povertyCause.rawValue]),
      cardIssuedOn: LocalDate(parsing: form[FieldName.cardIssuedOn.rawValue]),
      helpMeasures: form[FieldName.helpMeasures.rawValue], notes: form[FieldName.notes.rawValue])
    return (household, UUID(uuidString: form[FieldName.cadre.rawValue]))
  }

  /// The member a filled-in member form describes.
  static func member(from form: FormState, householdId: UUID, id: UUID?) -> Member {
    Member(
      id: id ?? .timeOrdered(), householdId: householdId, name: form[FieldName.name.rawValue],
      relation: Relation(rawValue: form[FieldName.relation.rawValue]) ?? .other,
      sex: Sex(rawValue: form[FieldName.sex.rawValue]),
      birthDate: LocalDate(parsing: form[FieldName.birthDate.rawValue]),
      idNumber: form[FieldName.idNumber.rawValue], phone: form[FieldName.phone.rawValue],
      health: form["health"],
      disability: form["disability"], schooling: form["schooling"],
      tags: form["tags"].split(whereSeparator: { "、,，;；".contains($0) }).map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty },
      notes: form[FieldName.notes.rawValue])
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
    if let area = UUID(uuidString: form["area"]) {
      filter.area = area
      parts.append(label("area"))
    }
    if let category = HouseholdCategory(rawValue: form["category"]) {
      filter.category = category
      parts.append(category.label(language))
    }
    if let cadre = UUID(uuidString: form["cadre"]) {
      filter.cadre = cadre
      parts.append(label("cadre"))
    }
    if let days = Int(form["days"].trimmingCharacters(in: .whitespaces)), days > 0 {
      filter.notVisitedForDays = days
      parts.append(l(.filterDaysLabel(days)))
    }
    if form["open"] == "yes" {
      filter.hasOpenRequests = true
      parts.append(l(.filterOpenLabel))
    }
    if form["duplicates"] == "yes" {
      filter.possibleDuplicates = true
      parts.append(l(.filterDuplicatesLabel))
    }
    return (filter, parts.joined(separator: " · "))
  }
}
