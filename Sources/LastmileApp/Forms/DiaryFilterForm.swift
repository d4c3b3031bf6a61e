import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The diary's filters as a form: who went, the kind, the village, the dates, the follow-ups;
/// and the search of its text and names.
enum DiaryFilterForm {
  static func make(
    _ filter: VisitFilter, areas: [AreaChoice], cadres: [CadreChoice], _ l: Localizer
  ) -> FormState {
    let language = l.language
    let all = PickList.Option(id: "", label: l(.all))
    let villages =
      [all]
      + areas.filter { $0.level == .village }.map {
        PickList.Option(
          id: $0.id.uuidString, label: $0.path.last ?? "",
          keywords: FormFactory.keywords($0.path.last ?? ""))
      }
    let kinds =
      [all] + VisitKind.allCases.map { PickList.Option(id: $0.rawValue, label: $0.label(language)) }
    let followUps =
      [all]
      + VisitFilter.FollowUp.allCases.map {
        PickList.Option(
          id: $0.rawValue, label: l($0 == .open ? .followUpOpenLabel : .followUpOverdueLabel))
      }
    return FormState(
      title: l(.diaryFilterTitle),
      fields: [
        FormField(
          .cadre, label: FieldName.cadres.title(language),
          kind: .pick(
            PickList(
              options: [all] + FormFactory.cadreOptions(cadres, language),
              chosen: filter.cadre?.uuidString ?? ""))),
        FormField(
          .kind, label: FieldName.kind.title(language),
          kind: .pick(PickList(options: kinds, chosen: filter.kind?.rawValue ?? ""))),
        FormField(
          .village, label: FieldName.village.title(language),
          kind: .pick(PickList(options: villages, chosen: filter.village?.uuidString ?? ""))),
        FormField(
          .from, label: l(.fieldFrom),
          kind: .date(TextField(filter.from?.description ?? "", maxLength: 10))),
        FormField(
          .to, label: l(.fieldThrough),
          kind: .date(TextField(filter.through?.description ?? "", maxLength: 10))),
        FormField(
          .followUp, label: FieldName.followUpOn.title(language),
          kind: .pick(PickList(options: followUps, chosen: filter.followUp?.rawValue ?? ""))),
      ])
  }

  /// The search form: words of the text, or a name.
  static func searchForm(_ l: Localizer) -> FormState {
    // It opens empty: a new search replaces the one in force (the header says it).
    FormState(
      title: l(.diarySearchTitle),
      fields: [
        FormField(
          .text, label: l(.diarySearchField), kind: .text(TextField(maxLength: 40)),
          placeholder: l(.diarySearchHint))
      ])
  }

  /// The filter the form sets (the search kept), and how the pane header says it.
  static func filter(from form: FormState, keeping text: String?, _ l: Localizer) -> VisitFilter {
    VisitFilter(
      cadre: UUID(uuidString: form[.cadre]), kind: VisitKind(rawValue: form[.kind]),
      village: UUID(uuidString: form[.village]), from: LocalDate(parsing: form[.from]),
      through: LocalDate(parsing: form[.to]),
      followUp: VisitFilter.FollowUp(rawValue: form[.followUp]),
      text: text)
  }

  /// How the header says the filter: the chosen labels, the dates, the search.
  static func label(of form: FormState?, _ filter: VisitFilter, _ l: Localizer) -> String {
    func chosen(_ id: FieldID) -> String? {
      guard let field = form?.fields.first(where: { $0.id == id.rawValue }),
        case .pick(let list) = field.kind, list.chosen?.isEmpty == false
      else { return nil }
      return list.chosenLabel.trimmingCharacters(in: .whitespaces)
    }
    var parts: [String?] = [chosen(.cadre), chosen(.kind), chosen(.village)]
    switch (filter.from, filter.through) {
    case (let from?, let through?): parts.append("\(from)–\(through)")
    case (let from?, nil): parts.append(l(.dateFromLabel(from)))
    case (nil, let through?): parts.append(l(.dateThroughLabel(through)))
    case (nil, nil): break
    }
    parts.append(chosen(.followUp))
    if let text = filter.text, !text.isEmpty { parts.append("“\(text)”") }
    return parts.compactMap { $0 }.joined(separator: " · ")
  }

  /// The message for a field of the filter form, or nil when it is fine.
  static func check(field id: String, value: String, in form: FormState, language: Language)
    -> String?
  {
    switch FieldID(rawValue: id) {
    case .from?, .to?:
      guard value.isEmpty || LocalDate(parsing: value) != nil else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      // A range that ends before it starts keeps nothing: said, not shown as an empty diary.
      if FieldID(rawValue: id) == .to, let through = LocalDate(parsing: value),
        let from = LocalDate(parsing: form[.from]), through < from
      {
        return FieldProblem.Reason.notBefore(from.description).text(language)
      }
      return nil
    default:
      return nil
    }
  }
}
