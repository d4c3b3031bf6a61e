import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The registry's forms: a cadre, a contact household or point, a contact's end, an area.
extension FormFactory {
  /// A cadre's form: the role from the rules in force, held since a date.
  static func cadreForm(_ cadre: Cadre?, rules: Rules, today: LocalDate, _ l: Localizer)
    -> FormState
  {
    let c = cadre ?? Cadre(name: "", role: .staff)
    let roles = rules.roles.map {
      PickList.Option(
        id: $0.id, label: $0.label(l.language), keywords: keywords($0.chinese) + " " + $0.english)
    }
    return FormState(
      title: cadre.map { l(.cadreFormEdit($0.name)) } ?? l(.cadreFormNew),
      fields: [
        FormField(
          .name, label: FieldName.name.title(l.language),
          kind: .text(TextField(c.name, maxLength: 20)), required: true),
        FormField(
          .role, label: l(.fieldRole),
          kind: .pick(PickList(options: roles, chosen: c.role.rawValue)), required: true),
        FormField(
          .since, label: l(.fieldRoleSince),
          kind: .date(
            TextField(
              (c.roleSince ?? (cadre == nil ? today : nil))?.description ?? "",
              maxLength: 10))),
        FormField(.unit, label: l(.fieldUnit), kind: .text(TextField(c.unit, maxLength: 40))),
        concealed(
          FormField(
            .phone, label: FieldName.phone.title(l.language),
            kind: .text(TextField(c.phone, maxLength: 20)))),
        FormField(
          .notes, label: FieldName.notes.title(l.language),
          kind: .area(TextArea(c.notes), lines: 2)),
      ])
  }

  /// The cadre a filled-in cadre form describes.
  static func cadre(from form: FormState, id: UUID?) -> Cadre {
    // Every field of a cadre is in the form: an edit is the cadre of that id as typed.
    var result = Cadre(id: id ?? .timeOrdered(), name: "", role: .staff)
    result.name = form[.name]
    result.role = CadreRole(rawValue: form[.role])
    result.roleSince = LocalDate(parsing: form[.since].trimmingCharacters(in: .whitespaces))
    result.unit = form[.unit].trimmingCharacters(in: .whitespaces)
    result.phone = form[.phone]
    result.notes = form[.notes]
    return result
  }

  /// A household the cadre starts to contact, from a day.
  static func contactHouseholdForm(_ name: String, today: LocalDate, _ l: Localizer) -> FormState {
    FormState(
      title: l(.contactHouseholdTitle(name)),
      fields: [
        FormField(
          .households, label: l(.fieldHousehold), kind: .text(TextField(maxLength: 30)),
          required: true),
        FormField(
          .date, label: l(.fieldStartsOn),
          kind: .date(TextField(today.description, maxLength: 10)), required: true),
      ])
  }

  /// A contact point the cadre starts to contact, from a day: any area, a county department
  /// or a township as well as a village.
  static func contactAreaForm(
    _ name: String, areas: [AreaChoice], today: LocalDate, _ l: Localizer
  ) -> FormState {
    FormState(
      title: l(.contactAreaTitle(name)),
      fields: [
        FormField(
          .place, label: FieldName.place.title(l.language),
          kind: .pick(PickList(options: areaOptions(areas, l.language))), required: true),
        FormField(
          .date, label: l(.fieldStartsOn),
          kind: .date(TextField(today.description, maxLength: 10)), required: true),
      ])
  }

  /// The end of a contact, on a day.
  static func endContactForm(_ label: String, today: LocalDate, _ l: Localizer) -> FormState {
    FormState(
      title: l(.endContactTitle(label)),
      fields: [
        FormField(
          .date, label: l(.fieldEndsOn), kind: .date(TextField(today.description, maxLength: 10)),
          required: true)
      ])
  }

  /// An area's form: a new one under a parent with its level, or a name to change.
  static func areaForm(
    _ area: AreaChoice?, under parent: AreaChoice?, areas: [AreaChoice], _ l: Localizer
  ) -> FormState {
    let language = l.language
    if let area {
      return FormState(
        title: l(.areaFormEdit(area.path.last ?? "")),
        fields: [
          FormField(
            .name, label: l(.fieldAreaName),
            kind: .text(TextField(area.path.last ?? "", maxLength: 30)), required: true)
        ])
    }
    // A new area goes under the one the keys were on, one level down, by default.
    let level: AreaLevel =
      switch parent?.level {
      case .county?: .township
      case .township?: .village
      case .village?, .group?: .group
      case .department?, nil: .village
      }
    let levels = AreaLevel.allCases.map {
      PickList.Option(id: $0.rawValue, label: $0.label(language))
    }
    let parents =
      [PickList.Option(id: "", label: l(.topLevel))]
      + areaOptions(areas.filter { $0.level != .group }, language)
    let under =
      parent?.level == .group
      ? areas.first { area in
        area.path == Array(parent!.path.dropLast())
      } : parent
    return FormState(
      title: l(.areaFormNew),
      fields: [
        FormField(
          .name, label: l(.fieldAreaName), kind: .text(TextField(maxLength: 30)),
          required: true),
        FormField(
          .level, label: l(.fieldLevel),
          kind: .pick(PickList(options: levels, chosen: level.rawValue)), required: true),
        FormField(
          .parent, label: l(.fieldParent),
          kind: .pick(PickList(options: parents, chosen: under?.id.uuidString ?? ""))),
      ])
  }

  /// Areas as options, by their path.
  static func areaOptions(_ areas: [AreaChoice], _ language: Language) -> [PickList.Option] {
    areas.map {
      PickList.Option(
        id: $0.id.uuidString, label: $0.path.joined(separator: " › "),
        keywords: keywords($0.path.joined()))
    }
  }
}
