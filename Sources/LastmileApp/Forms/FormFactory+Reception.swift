import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The reception desk's intake form, and the request it describes.
extension FormFactory {
  typealias Field = ReceptionState.Field

  /// Reception mode on a fresh form, with today's count of walk-ins.
  static func receptionState(store: LastmileStore, language: Language, walkIns: Int) throws
    -> ReceptionState
  {
    let villages = try store.areaChoices().filter { $0.level == .village }
    let targets = try store.localitySettings().transferTargets
    let l = Localizer(language)
    return ReceptionState(
      form: receptionForm(villages: villages, now: store.clock.now, language: language),
      walkInsToday: walkIns,
      targetField: FormField(
        id: Field.target, label: l(.fieldTransferTo),
        kind: .digits(DigitChoice(options: targets.map { DigitChoice.Option(id: $0, label: $0) })),
        required: true))
  }

  /// The intake form: who came, what they raised, what was decided, and when.
  static func receptionForm(villages: [AreaChoice], now: LocalDateTime, language: Language)
    -> FormState
  {
    let l = Localizer(language)
    let villageOptions =
      [PickList.Option(id: "", label: l(.none))]
      + villages.map {
        PickList.Option(
          id: $0.id.uuidString, label: $0.path.last ?? "",
          keywords: Pinyin.full($0.path.last ?? "") + " " + Pinyin.initials($0.path.last ?? ""))
      }
    let categories = RequestCategory.defaults.map {
      DigitChoice.Option(id: $0.code, label: $0.label(language))
    }
    let decisions = HandlingDecision.allCases.map {
      DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
    }
    let channels = RequestChannel.allCases.map {
      PickList.Option(id: $0.rawValue, label: $0.label(language))
    }
    let urgencies = Urgency.allCases.map {
      DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
    }
    return FormState(
      title: l(.receptionTitle),
      fields: [
        FormField(
          id: Field.requester, label: l(.fieldRequester), kind: .text(TextField(maxLength: 20)),
          required: true,
          placeholder: l(.receptionRequesterHint)),
        FormField(
          id: Field.phone, label: FieldName.phone.title(language),
          kind: .text(TextField(maxLength: 20))),
        FormField(
          id: Field.village, label: l(.fieldVillage),
          kind: .pick(PickList(options: villageOptions, chosen: ""))),
        FormField(
          id: Field.category, label: FieldName.category.title(language),
          kind: .digits(DigitChoice(options: categories)), required: true),
        FormField(
          id: Field.content, label: l(.fieldContent), kind: .area(TextArea(), lines: 3),
          required: true),
        FormField(
          id: Field.decision, label: FieldName.decision.title(language),
          kind: .digits(DigitChoice(options: decisions))),
        FormField(
          id: Field.detail, label: l(.fieldDecisionDetail), kind: .text(TextField(maxLength: 120))),
        FormField(
          id: Field.urgency, label: FieldName.urgency.title(language),
          kind: .digits(DigitChoice(options: urgencies, chosen: Urgency.normal.rawValue))),
        FormField(
          id: Field.channel, label: FieldName.channel.title(language),
          kind: .pick(PickList(options: channels, chosen: RequestChannel.walkIn.rawValue))),
        FormField(
          id: Field.received, label: FieldName.receivedAt.title(language),
          kind: .text(TextField(now.description, maxLength: 16))),
      ])
  }

  /// The request the intake form describes (linked to `linked` when a person of the roster was
  /// chosen), and the decision made at the desk; or the problems, field by field.
  static func walkIn(from reception: ReceptionState, now: LocalDateTime, language: Language)
    -> Result<
      (HelpRequest, RequestHandling?), FieldProblems
    >
  {
    let form = reception.form
    var problems: [FieldProblem] = []
    let received = LocalDateTime(parsing: form[Field.received]) ?? now
    if LocalDateTime(parsing: form[Field.received]) == nil, form[Field.received].nonBlank != nil {
      problems.append(FieldProblem(.receivedAt, .invalidDate(form[Field.received])))
    }
    let linked = reception.linked
    let requester = Requester(
      name: form[Field.requester].trimmed, phone: form[Field.phone].trimmed,
      place: linked == nil ? (villageName(form) ?? "") : "", householdId: linked?.householdId,
      memberId: linked?.memberId)
    let request = HelpRequest(
      receivedAt: received, channel: RequestChannel(rawValue: form[Field.channel]) ?? .walkIn,
      requester: requester,
      areaId: UUID(uuidString: form[Field.village]) ?? linked?.villageId,
      category: form[Field.category],
      content: form[Field.content], urgency: Urgency(rawValue: form[Field.urgency]) ?? .normal)
    let detail = form[Field.detail]
    var handling: RequestHandling?
    switch HandlingDecision(rawValue: form[Field.decision]) {
    case .solvedOnSpot?:
      if detail.nonBlank == nil { problems.append(FieldProblem(.decision, .required)) }
      handling = .solveOnSpot(how: detail)
    case .transferred?:
      if form[Field.target].nonBlank == nil { problems.append(FieldProblem(.assignee, .required)) }
      handling = .transfer(to: form[Field.target], note: detail)
    case .meeting?: handling = .referToMeeting(note: detail)
    case .explained?:
      if detail.nonBlank == nil { problems.append(FieldProblem(.decision, .required)) }
      handling = .explain(reason: detail)
    case nil: handling = nil
    }
    if case .failure(let found) = Validation.request(request) { problems += found.all }
    return problems.isEmpty ? .success((request, handling)) : .failure(FieldProblems(problems))
  }

  /// The village chosen in the form, by name.
  private static func villageName(_ form: FormState) -> String? {
    guard let field = form.fields.first(where: { $0.id == Field.village }),
      case .pick(let list) = field.kind,
      list.chosen?.isEmpty == false
    else { return nil }
    return list.chosenLabel
  }
}
