import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The reception desk's intake form, and the request it describes.
extension FormFactory {
  /// Reception mode on a fresh form, with today's count of walk-ins.
  static func receptionState(_ data: ReceptionData, state: AppState) -> ReceptionState {
    let l = state.l
    let villages = data.villages.filter { $0.level == .village }
    var desk = ReceptionState(
      form: receptionForm(
        villages: villages, now: state.now, language: state.language,
        categories: state.categories),
      walkInsToday: data.walkInsToday,
      targetField: FormField(
        .target, label: l(.fieldTransferTo), kind: targetKind(data.transferTargets),
        required: true))
    desk.extraDay = data.extraDay
    desk.dutyLeader = data.dutyLeader
    return desk
  }

  /// The intake form: who came, what they raised, what was decided, and when.
  static func receptionForm(
    villages: [AreaChoice], now: LocalDateTime, language: Language,
    categories list: [RequestCategory] = RequestCategory.defaults
  ) -> FormState {
    let l = Localizer(language)
    let villageOptions =
      [PickList.Option(id: "", label: l(.none))]
      + villages.map {
        PickList.Option(
          id: $0.id.uuidString, label: $0.path.last ?? "",
          keywords: keywords($0.path.last ?? ""))
      }
    let categories = list.map { DigitChoice.Option(id: $0.code, label: $0.label(language)) }
    let decisions = HandlingDecision.atTheDesk.map {
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
          .requester, label: l(.fieldRequester), kind: .text(TextField(maxLength: 20)),
          required: true,
          placeholder: l(.receptionRequesterHint)),
        FormField(
          .phone, label: FieldName.phone.title(language),
          kind: .text(TextField(maxLength: 20))),
        FormField(
          .village, label: l(.fieldVillage),
          kind: .pick(PickList(options: villageOptions, chosen: ""))),
        FormField(
          .category, label: FieldName.category.title(language),
          kind: .digits(DigitChoice(options: categories)), required: true),
        FormField(
          .content, label: l(.fieldContent), kind: .area(TextArea(), lines: 3),
          required: true),
        FormField(
          .decision, label: FieldName.decision.title(language),
          kind: .digits(DigitChoice(options: decisions))),
        FormField(
          .detail, label: l(.fieldDecisionDetail), kind: .text(TextField(maxLength: 120))),
        FormField(
          .urgency, label: FieldName.urgency.title(language),
          kind: .digits(DigitChoice(options: urgencies, chosen: Urgency.normal.rawValue))),
        FormField(
          .channel, label: FieldName.channel.title(language),
          kind: .pick(PickList(options: channels, chosen: RequestChannel.walkIn.rawValue))),
        FormField(
          .received, label: FieldName.receivedAt.title(language),
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
    let received = LocalDateTime(parsing: form[.received]) ?? now
    if LocalDateTime(parsing: form[.received]) == nil, form[.received].nonBlank != nil {
      problems.append(FieldProblem(.receivedAt, .invalidDateTime(form[.received])))
    }
    let linked = reception.linked
    let requester = Requester(
      name: form[.requester].trimmed, phone: form[.phone].trimmed,
      place: linked == nil ? (villageName(form) ?? "") : "", householdId: linked?.householdId,
      memberId: linked?.memberId)
    let request = HelpRequest(
      receivedAt: received, channel: RequestChannel(rawValue: form[.channel]) ?? .walkIn,
      requester: requester,
      areaId: UUID(uuidString: form[.village]) ?? linked?.villageId,
      category: form[.category],
      content: form[.content], urgency: Urgency(rawValue: form[.urgency]) ?? .normal)
    let detail = form[.detail]
    var handling: RequestHandling?
    switch HandlingDecision(rawValue: form[.decision]) {
    case .solvedOnSpot?:
      if detail.nonBlank == nil { problems.append(FieldProblem(.decision, .required)) }
      handling = .solveOnSpot(how: detail)
    case .transferred?:
      if form[.target].nonBlank == nil { problems.append(FieldProblem(.assignee, .required)) }
      handling = .transfer(to: form[.target], note: detail)
    case .meeting?: handling = .referToMeeting(note: detail)
    case .explained?:
      if detail.nonBlank == nil { problems.append(FieldProblem(.decision, .required)) }
      handling = .explain(reason: detail)
    case .assignedByMeeting?, nil: handling = nil
    }
    if case .failure(let found) = Validation.request(request, today: now.date) {
      problems += found.all
    }
    return problems.isEmpty ? .success((request, handling)) : .failure(FieldProblems(problems))
  }

  /// The village chosen in the form, by name.
  private static func villageName(_ form: FormState) -> String? {
    guard let field = form.fields.first(where: { $0.id == FieldID.village.rawValue }),
      case .pick(let list) = field.kind,
      list.chosen?.isEmpty == false
    else { return nil }
    return list.chosenLabel
  }
}
