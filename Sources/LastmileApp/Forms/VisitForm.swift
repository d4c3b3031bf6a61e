import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The form a cadre writes a visit in: where and with whom first, the text it opens on, then
/// the problems heard, one line each with its category; a new line appears as the last fills.
enum VisitForm {
  /// The id of the `n`th problem's text and category fields (from 1).
  static func problemID(_ n: Int) -> String { "problem.\(n)" }
  static func categoryID(_ n: Int) -> String { "problem_category.\(n)" }

  /// The number of a problem's text or category field, if it is one.
  static func problemNumber(of id: String) -> Int? {
    guard let dot = id.lastIndex(of: "."), id.hasPrefix("problem") else { return nil }
    return Int(id[id.index(after: dot)...])
  }

  static func make(
    _ data: VisitFormData, today: LocalDate, operatorName: String,
    categories: [RequestCategory] = RequestCategory.defaults, _ l: Localizer
  ) -> FormState {
    let language = l.language
    let visit = data.visit
    let kinds = VisitKind.allCases.map {
      DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
    }
    let places =
      [PickList.Option(id: "", label: l(.none))]
      + data.areas.filter { $0.level != .township }.map {
        PickList.Option(
          id: $0.id.uuidString, label: $0.path.dropFirst().joined(separator: " › "),
          keywords: FormFactory.keywords($0.path.joined()))
      }
    var form = FormState(
      title: visit.map { l(.visitTitleEdit($0.date, $0.kind.label(language))) }
        ?? l(.visitTitleNew),
      fields: [
        FormField(
          .date, label: FieldName.date.title(language),
          kind: .date(TextField((visit?.date ?? today).description, maxLength: 10)),
          required: true),
        FormField(
          .kind, label: FieldName.kind.title(language),
          kind: .digits(
            DigitChoice(options: kinds, chosen: (visit?.kind ?? .homeVisit).rawValue)),
          required: true),
        FormField(
          .households, label: l(.fieldVisitHouseholds),
          kind: .text(
            TextField(data.households.map(\.label).joined(separator: "、"), maxLength: 300)),
          placeholder: l(.visitHouseholdsHint)),
        FormField(
          .place, label: l(.fieldVisitPlace),
          kind: .pick(PickList(options: places, chosen: visit?.areaId?.uuidString ?? ""))),
        FormField(
          .cadres, label: FieldName.cadres.title(language),
          kind: .text(
            TextField(
              (data.cadres.isEmpty ? [operatorName] : data.cadres).joined(separator: "、"),
              maxLength: 200)),
          required: true, placeholder: l(.visitCadresHint)),
        FormField(
          .hours, label: l(.fieldVisitHours),
          kind: .text(TextField(visit?.hours.map(VisitHours.text) ?? "", maxLength: 4))),
        FormField(
          .overnight, label: FieldName.overnight.title(language),
          kind: .pick(FormFactory.yesNo(visit?.overnight ?? false, l))),
        FormField(
          .followUp, label: FieldName.followUpOn.title(language),
          kind: .date(TextField(visit?.followUpOn?.description ?? "", maxLength: 10)),
          placeholder: l(.visitFollowUpHint)),
        FormField(
          .content, label: l(.fieldVisitText),
          kind: .area(TextArea(visit?.content ?? ""), lines: 5),
          required: true),
      ])
    grow(&form, language: language, categories: categories)
    form.focus(on: .content)
    return form
  }

  /// The choice between the households a name fits: each with its number, head and place, and
  /// the person the name found with their relation and age; by digit or by typing.
  static func chooser(
    _ typed: String, _ candidates: [HouseholdCandidate], today: LocalDate, _ l: Localizer
  ) -> FormState {
    let language = l.language
    let options = candidates.map { candidate -> PickList.Option in
      let household = candidate.household
      let age = candidate.birthDate.map { l(.candidateAge($0.years(to: today))) } ?? ""
      let who = [candidate.person, candidate.relation.label(language), age].filter { !$0.isEmpty }
        .joined(separator: " ")
      return PickList.Option(
        id: household.label, label: "\(household.label)  \(household.place) · \(who)",
        keywords: FormFactory.keywords(candidate.person) + " " + household.number)
    }
    return FormState(
      title: l(.chooseHouseholdTitle(typed)),
      fields: [
        FormField(
          .target, label: l(.fieldVisitHouseholds),
          kind: .pick(PickList(options: options, numbered: true)), required: true)
      ])
  }

  /// Adds a problem line when the last one holds text (and the first one, to begin with).
  static func grow(
    _ form: inout FormState, language: Language,
    categories: [RequestCategory] = RequestCategory.defaults
  ) {
    let last = problemCount(form)
    guard last == 0 || !form[problemID(last)].trimmingCharacters(in: .whitespaces).isEmpty else {
      return
    }
    appendProblem(&form, language: language, categories: categories)
  }

  /// How many problem lines the form has.
  static func problemCount(_ form: FormState) -> Int {
    form.fields.filter { $0.id.hasPrefix("problem.") }.count
  }

  private static func appendProblem(
    _ form: inout FormState, language: Language, categories list: [RequestCategory]
  ) {
    let l = Localizer(language)
    let n = problemCount(form) + 1
    let categories = list.map { DigitChoice.Option(id: $0.code, label: $0.label(language)) }
    form.fields.append(
      FormField(
        id: problemID(n), label: l(.fieldVisitProblem(n)),
        kind: .text(TextField(maxLength: 200)), placeholder: n == 1 ? l(.visitProblemHint) : ""))
    form.fields.append(
      FormField(
        id: categoryID(n), label: FieldName.category.title(language),
        kind: .digits(DigitChoice(options: categories))))
  }

  /// Makes room for the problems a draft holds before its values are filled in.
  static func prepare(
    _ form: inout FormState, forDraft payload: String, language: Language,
    categories: [RequestCategory] = RequestCategory.defaults
  ) {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: String]
    else { return }
    let wanted =
      object.keys.compactMap { $0.hasPrefix("problem.") ? problemNumber(of: $0) : nil }.max() ?? 0
    while problemCount(form) < wanted {
      appendProblem(&form, language: language, categories: categories)
    }
  }

  /// The message for a field of the visit form, or nil when it is fine.
  static func check(
    field id: String, value: String, in form: FormState, today: LocalDate, language: Language
  ) -> String? {
    let l = Localizer(language)
    if let n = problemNumber(of: id), id.hasPrefix("problem_category.") {
      let text = form[problemID(n)].trimmingCharacters(in: .whitespaces)
      return !text.isEmpty && value.isEmpty ? FieldProblem.Reason.required.text(language) : nil
    }
    switch FieldID(rawValue: id) {
    case .date:
      guard let date = LocalDate(parsing: value) else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      if date < Validation.earliestVisit {
        return FieldProblem.Reason.notBefore(Validation.earliestVisit.description).text(language)
      }
      return date > today ? FieldProblem.Reason.inFuture(value).text(language) : nil
    case .followUp:
      guard !value.isEmpty else { return nil }
      guard let date = LocalDate(parsing: value) else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      if let visited = LocalDate(parsing: form[.date]), date < visited {
        return FieldProblem.Reason.notBefore(visited.description).text(language)
      }
      return nil
    case .hours:
      guard !value.isEmpty else { return nil }
      guard let hours = VisitHours.parse(value), (0...24).contains(hours) else {
        return l(.fieldHoursRange)
      }
      return nil
    default:
      return nil
    }
  }

  /// The visit the form describes (nil while its date is not a date).
  static func input(from form: FormState, id: UUID?) -> VisitInput? {
    guard let date = LocalDate(parsing: form[.date]) else { return nil }
    let numbers = form.fields.compactMap { field in
      field.id.hasPrefix("problem.") ? problemNumber(of: field.id) : nil
    }.sorted()
    let problems = numbers.compactMap { n -> VisitProblem? in
      let text = form[problemID(n)].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { return nil }
      return VisitProblem(category: form[categoryID(n)], content: text)
    }
    let hours = form[.hours].trimmingCharacters(in: .whitespaces)
    return VisitInput(
      id: id, date: date,
      kind: VisitKind(rawValue: form[.kind]) ?? .homeVisit, households: form[.households],
      cadres: form[.cadres], place: UUID(uuidString: form[.place]),
      hours: hours.isEmpty ? nil : VisitHours.parse(hours), overnight: form[.overnight] == "yes",
      content: form[.content], followUpOn: LocalDate(parsing: form[.followUp]),
      problems: problems)
  }
}
