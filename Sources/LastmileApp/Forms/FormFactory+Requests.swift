import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The forms of the queue: its filters, each handling action, the record book's handover.
extension FormFactory {
  static func queueFilterForm(
    _ filter: RequestFilter, assignees: [String],
    categories list: [RequestCategory] = RequestCategory.defaults, _ l: Localizer
  ) -> FormState {
    let language = l.language
    let all = PickList.Option(id: "", label: l(.all))
    func options<T: CodedValue>(_ type: T.Type) -> [PickList.Option] {
      [all] + T.allCases.map { PickList.Option(id: $0.rawValue, label: $0.label(language)) }
    }
    let categories =
      [all]
      + list.map { PickList.Option(id: $0.code, label: $0.label(language)) }
    return FormState(
      title: l(.queueFilterTitle),
      fields: [
        FormField(
          .status, label: FieldName.status.title(language),
          kind: .choices(
            ChoiceList(
              options: RequestStatus.allCases.map {
                .init(id: $0.rawValue, label: $0.label(language))
              },
              checked: Set(filter.statuses.map(\.rawValue))))),
        FormField(
          .category, label: FieldName.category.title(language),
          kind: .pick(PickList(options: categories, chosen: filter.category ?? ""))),
        FormField(
          .channel, label: FieldName.channel.title(language),
          kind: .pick(
            PickList(options: options(RequestChannel.self), chosen: filter.channel?.rawValue ?? ""))
        ),
        FormField(
          .decision, label: FieldName.decision.title(language),
          kind: .pick(
            PickList(
              options: options(HandlingDecision.self), chosen: filter.decision?.rawValue ?? ""))),
        FormField(
          .assignee, label: FieldName.assignee.title(language),
          kind: .text(TextField(filter.assignee ?? "", maxLength: 30)),
          placeholder: assignees.prefix(3).joined(separator: l(.listSeparator))),
        FormField(.overdue, label: l(.filterOverdue), kind: .pick(yesNo(filter.overdue, l))),
        FormField(
          .flag, label: l(.filterDeskFlag),
          kind: .pick(
            PickList(
              options: [all]
                + DeskFlag.allCases.map { PickList.Option(id: $0.rawValue, label: l($0.name)) },
              chosen: filter.flag?.rawValue ?? ""))),
        FormField(
          .day, label: l(.filterReceptionDay),
          kind: .date(TextField(filter.receptionDay?.description ?? "", maxLength: 10)),
          placeholder: "YYYY-MM-DD"),
      ])
  }

  /// The queue filter a filled-in filter form describes.
  static func queueFilter(
    from form: FormState, categories: [RequestCategory] = RequestCategory.defaults
  ) -> RequestFilter {
    RequestFilter(
      statuses: Set(
        form[.status].split(separator: "|").compactMap { RequestStatus(rawValue: String($0)) }),
      category: RequestCategory.find(form[.category], in: categories)?.code,
      channel: RequestChannel(rawValue: form[.channel]),
      decision: HandlingDecision(rawValue: form[.decision]),
      assignee: form[.assignee].nonBlank, overdue: form[.overdue] == "yes",
      receptionDay: LocalDate(parsing: form[.day]), flag: DeskFlag(rawValue: form[.flag]))
  }

  /// How the queue's pane header says what `filter` keeps.
  /// The queue's search: a number or words. It opens with the search in force, to change.
  static func queueSearchForm(_ l: Localizer, text: String = "") -> FormState {
    FormState(
      title: l(.queueSearchTitle),
      fields: [
        FormField(
          .text, label: l(.diarySearchField), kind: .text(TextField(text, maxLength: 40)),
          placeholder: l(.queueSearchHint))
      ])
  }

  static func queueFilterLabel(_ filter: RequestFilter, area: String = "", language: Language)
    -> String
  {
    let l = Localizer(language)
    let parts: [String?] = [
      filter.area == nil ? nil : area,
      filter.receivedIn.map { days in
        // Whole months are named as the review names them.
        days.lowerBound.day == 1 && days.upperBound == days.upperBound.lastOfMonth
          ? l(
            .filterReceivedIn(Period(months: days.lowerBound, through: days.upperBound).description)
          )
          : l(.filterReceivedLabel(days.lowerBound, days.upperBound))
      },
      filter.stillOpen ? l(.filterStillOpenLabel) : nil,
      filter.statuses.isEmpty
        ? nil
        : RequestStatus.allCases.filter(filter.statuses.contains).map { $0.label(language) }
          .joined(separator: l(.listSeparator)),
      filter.category.map { RequestCategory.find($0)?.label(language) ?? $0 },
      filter.channel?.label(language), filter.decision?.label(language), filter.assignee,
      filter.overdue ? l(.filterOverdueLabel) : nil,
      filter.receptionDay.map { l(.filterReceptionDayLabel($0)) },
      filter.flag.map { l($0.name) },
      filter.text.map { "“\($0)”" },
    ]
    return parts.compactMap { $0 }.joined(separator: " · ")
  }

  /// The form of one handling action, with what that action needs.
  static func handlingForm(
    _ detail: RequestDetail, _ action: RequestAction, targets: [String], cadres: [CadreChoice],
    today: LocalDate, _ l: Localizer
  ) -> FormState {
    let language = l.language
    let request = detail.request
    func text(_ label: FormText, required: Bool, lines: Int = 3) -> FormField {
      FormField(
        .text, label: l(label), kind: .area(TextArea(), lines: lines), required: required)
    }
    func satisfaction(_ id: FieldID, _ label: FormText) -> FormField {
      let options = Satisfaction.allCases.map {
        DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
      }
      return FormField(
        id, label: l(label), kind: .digits(DigitChoice(options: options)), required: true)
    }
    var fields: [FormField]
    switch action {
    case .solvedOnSpot: fields = [text(.fieldHow, required: true)]
    case .transferred:
      fields = [
        FormField(.target, label: l(.fieldTransferTo), kind: targetKind(targets), required: true),
        text(.fieldNote, required: false, lines: 2),
      ]
    case .referredToMeeting:
      let meetings = MeetingKind.allCases.map {
        DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
      }
      fields = [
        FormField(
          .kind, label: l(.fieldMeeting),
          kind: .digits(
            DigitChoice(options: meetings, chosen: (request.meeting ?? .office).rawValue)),
          required: true),
        text(.fieldMeetingQuestion, required: false),
      ]
    case .explained: fields = [text(.fieldReason, required: true)]
    case .replied:
      let kinds = ReplyKind.allCases.map {
        DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
      }
      fields = [
        FormField(
          .kind, label: l(.fieldReplyKind),
          kind: .digits(DigitChoice(options: kinds, chosen: detail.proposedReplyKind.rawValue))),
        text(.fieldReply, required: true),
      ]
    case .closed where request.closeRequest != nil:
      // A close asked for: the second person approves it or sends it back with a reason.
      let asked = request.closeRequest!
      let answers = [
        DigitChoice.Option(id: "approve", label: l(.approveClose)),
        DigitChoice.Option(id: "refuse", label: l(.refuseClose)),
      ]
      fields = [
        FormField(
          .decision, label: l(.fieldApproval),
          kind: .digits(DigitChoice(options: answers, chosen: "approve")), required: true),
        text(.fieldNote, required: false, lines: 2),
      ]
      fields[0].message = l(
        .closeAskedBy(asked.by, asked.at.description, asked.satisfaction.label(language)))
    case .closed:
      fields = [
        satisfaction(.satisfaction, .fieldSatisfaction),
        text(.fieldNote, required: false, lines: 2),
      ]
    case .reopened: fields = [text(.fieldReason, required: true)]
    case .reassigned:
      // The cadres and the transfer list, by key or by search; a name typed that is neither
      // is taken as it is.
      var names: [String] = []
      for name in cadres.map(\.name) + targets where !names.contains(name) { names.append(name) }
      fields = [
        FormField(
          .assignee, label: l(.fieldAssignee),
          kind: .pick(
            PickList(
              options: names.map { PickList.Option(id: $0, label: $0, keywords: keywords($0)) },
              chosen: request.assignee.isEmpty ? nil : request.assignee, numbered: true,
              allowsFreeText: true)),
          required: true),
        text(.fieldNote, required: false, lines: 2),
      ]
    case .extended:
      let proposed = (request.dueOn ?? today).adding(days: 7)
      fields = [
        FormField(
          .due, label: l(.fieldNewDue),
          kind: .date(TextField(proposed.description, maxLength: 10)), required: true),
        text(.fieldReason, required: true, lines: 2),
      ]
    case .urged: fields = [text(.fieldNote, required: false, lines: 2)]
    case .followedUp:
      let methods = FollowUpMethod.allCases.map {
        DigitChoice.Option(id: $0.rawValue, label: $0.label(language))
      }
      fields = [
        FormField(
          .method, label: l(.fieldFollowUpMethod),
          kind: .digits(DigitChoice(options: methods, chosen: FollowUpMethod.call.rawValue)),
          required: true),
        satisfaction(.answer, .fieldFollowUpAnswer), text(.fieldNote, required: false, lines: 2),
      ]
    case .merged:
      let options = detail.mergeCandidates.map {
        PickList.Option(id: $0.id.uuidString, label: $0.label)
      }
      // The earlier request on the same matter is proposed; on another matter, the user chooses.
      let sameMatter = detail.mergeCandidates.first { $0.category == request.category }
      fields = [
        FormField(
          .into, label: l(.fieldMergeInto),
          kind: .pick(PickList(options: options, chosen: sameMatter?.id.uuidString)),
          required: true)
      ]
    case .slipReceived:
      fields = [
        dayField(.fieldSignedOn),
        FormField(.to, label: l(.fieldSignedBy), kind: .text(TextField(maxLength: 30))),
      ]
    case .departmentReplied:
      fields = [dayField(.fieldRepliedOn), text(.fieldDepartmentReply, required: true)]
    case .returned:
      fields = [dayField(.fieldReturnedOn), text(.fieldReturnReason, required: true, lines: 3)]
    case .received, .edited, .deleted, .slipIssued, .meetingDecided, .closeRequested,
      .closeApproved, .closeRefused:
      fields = []
    }
    /// A day the department did something, today unless typed.
    func dayField(_ label: FormText) -> FormField {
      FormField(
        .date, label: l(label), kind: .date(TextField(today.description, maxLength: 10)),
        required: true, placeholder: "YYYY-MM-DD")
    }
    return FormState(
      title: l(.handlingTitle(action.label(language), request.mergeLabel)), fields: fields)
  }

  /// The handling a filled-in action form describes.
  static func handling(from form: FormState, action: RequestAction) -> RequestHandling? {
    let text = form[.text]
    switch action {
    case .solvedOnSpot: return .solveOnSpot(how: text)
    case .transferred: return .transfer(to: form[.target], note: text)
    case .referredToMeeting:
      return .referToMeeting(note: text, meeting: MeetingKind(rawValue: form[.kind]) ?? .office)
    case .explained: return .explain(reason: text)
    case .replied: return .reply(ReplyKind(rawValue: form[.kind]) ?? .oral, text: text)
    case .closed where form.has(.decision):
      return form[.decision] == "refuse" ? .refuseClose(reason: text) : .approveClose(note: text)
    case .closed:
      guard let satisfaction = Satisfaction(rawValue: form[.satisfaction]) else { return nil }
      return .close(satisfaction, note: text)
    case .reopened: return .reopen(reason: text)
    case .reassigned: return .reassign(to: form[.assignee], note: text)
    case .extended:
      guard let due = LocalDate(parsing: form[.due]) else { return nil }
      return .extend(to: due, reason: text)
    case .urged: return .urge(note: text)
    case .followedUp:
      guard let method = FollowUpMethod(rawValue: form[.method]),
        let answer = Satisfaction(rawValue: form[.answer])
      else {
        return nil
      }
      return .followUp(method, answer: answer, note: text)
    case .merged:
      guard let field = form.fields.first(where: { $0.id == FieldID.into.rawValue }),
        case .pick(let list) = field.kind,
        let id = list.chosen.flatMap(UUID.init(uuidString:))
      else { return nil }
      return .merge(into: id, label: list.chosenLabel)
    case .slipReceived, .departmentReplied, .returned:
      guard let day = LocalDate(parsing: form[.date].trimmingCharacters(in: .whitespaces)) else {
        return nil
      }
      switch action {
      case .slipReceived: return .departmentReceived(on: day, by: form[.to])
      case .departmentReplied: return .departmentReplied(on: day, text: text)
      default: return .sendBack(on: day, reason: text)
      }
    case .received, .edited, .deleted, .slipIssued, .meetingDecided, .closeRequested,
      .closeApproved, .closeRefused:
      return nil
    }
  }

  static func handOverForm(_ day: LocalDate, _ l: Localizer) -> FormState {
    FormState(
      title: l(.handOverTitle(day)),
      fields: [
        FormField(
          .to, label: FieldName.receivedBy.title(l.language),
          kind: .text(TextField(maxLength: 30)), required: true),
        FormField(.note, label: l(.fieldNote), kind: .text(TextField(maxLength: 60))),
      ])
  }

  /// The day whose record book to open, typed.
  static func bookDayForm(_ day: LocalDate, _ l: Localizer) -> FormState {
    FormState(
      title: l(.bookDayTitle),
      fields: [
        FormField(
          .day, label: l(.filterReceptionDay),
          kind: .date(TextField(day.description, maxLength: 10)),
          required: true, placeholder: "YYYY-MM-DD")
      ])
  }

  /// Who is on duty on a reception day: one of the leaders listed in the settings, or another
  /// name typed when none are listed.
  static func dutyLeaderForm(_ day: DutyDay, leaders: [String], _ l: Localizer) -> FormState {
    let kind: FormField.Kind =
      leaders.isEmpty
      ? .text(TextField(day.leader, maxLength: 20))
      : .pick(
        PickList(
          options: leaders.map { .init(id: $0, label: $0) },
          chosen: leaders.contains(day.leader) ? day.leader : leaders[0]))
    return FormState(
      title: l(.dutyLeaderTitle(day.day)),
      fields: [FormField(.dutyLeader, label: l(.fieldDutyLeader), kind: kind, required: true)])
  }

  /// Where to print a slip, and whether the requester's phone is printed whole.
  static func transferSlipForm(number: String, _ state: AppState) -> FormState {
    let l = state.l
    return FormState(
      title: l(.slipFormTitle(number)),
      fields: [
        FormField(
          .file, label: l(.fieldFile),
          kind: .text(TextField("\(state.homeFolder)/\(l(.slipFileName(number))).html")),
          required: true),
        FormField(.unmask, label: l(.fieldUnmask), kind: .pick(yesNo(false, l))),
      ])
  }

  static func exportBookForm(_ day: LocalDate, _ state: AppState) -> FormState {
    let l = state.l
    let home = state.homeFolder
    let formats = ReportFormat.allCases.map {
      PickList.Option(id: $0.rawValue, label: $0.rawValue.uppercased())
    }
    return FormState(
      title: l(.exportBookTitle(day)),
      fields: [
        FormField(
          .format, label: l(.fieldFormat),
          kind: .pick(PickList(options: formats, chosen: ReportFormat.html.rawValue))),
        FormField(
          .file, label: l(.fieldFile),
          kind: .text(TextField("\(home)/\(l(.bookFileName(day))).html")), required: true),
        FormField(.unmask, label: l(.fieldUnmask), kind: .pick(yesNo(false, l))),
      ])
  }
}

extension FormFactory {
  /// What the meeting decided of a matter: solve it (who, by when), transfer it (to whom), or
  /// explain why it cannot be (the reason); a note either way.
  static func meetingOutcomeForm(targets: [String], _ state: AppState) -> FormState {
    let l = state.l
    let outcomes = [
      DigitChoice.Option(id: "solve", label: l(.outcomeSolve)),
      DigitChoice.Option(id: "transfer", label: l(.outcomeTransfer)),
      DigitChoice.Option(id: "explain", label: l(.outcomeExplain)),
    ]
    return FormState(
      title: l(.outcomeTitle),
      fields: [
        FormField(
          .decision, label: l(.fieldOutcome),
          kind: .digits(DigitChoice(options: outcomes, chosen: "solve")), required: true),
        FormField(
          .assignee, label: l(.fieldOutcomeAssignee),
          kind: .pick(
            PickList(
              options: targets.map { PickList.Option(id: $0, label: $0, keywords: keywords($0)) },
              chosen: nil, numbered: true, allowsFreeText: true))),
        FormField(
          .date, label: l(.fieldOutcomeDue),
          kind: .date(TextField(state.today.adding(days: 14).description, maxLength: 10)),
          placeholder: "YYYY-MM-DD"),
        FormField(.content, label: l(.fieldOutcomeNote), kind: .area(TextArea(), lines: 3)),
      ])
  }

  /// The outcome a filled-in meeting form gives, or what it lacks.
  static func meetingOutcome(from form: FormState, today: LocalDate)
    -> Result<MeetingOutcome, FieldProblems>
  {
    let assignee = form[.assignee].trimmingCharacters(in: .whitespaces)
    let note = form[.content]
    switch form[.decision] {
    case "transfer":
      guard !assignee.isEmpty else {
        return .failure(FieldProblems([FieldProblem(.assignee, .required)]))
      }
      return .success(.transfer(to: assignee, note: note))
    case "explain":
      guard note.nonBlank != nil else {
        return .failure(FieldProblems([FieldProblem(.content, .required)]))
      }
      return .success(.explain(reason: note))
    default:
      var problems: [FieldProblem] = []
      if assignee.isEmpty { problems.append(FieldProblem(.assignee, .required)) }
      let typed = form[.date].trimmingCharacters(in: .whitespaces)
      let due = LocalDate(parsing: typed)
      if due == nil {
        problems.append(FieldProblem(.date, typed.isEmpty ? .required : .invalidDate(typed)))
      }
      if let due, due < today {
        problems.append(FieldProblem(.date, .notBefore(today.description)))
      }
      guard problems.isEmpty, let due else { return .failure(FieldProblems(problems)) }
      return .success(.solve(assignee: assignee, due: due, note: note))
    }
  }

  /// Where to print a meeting's agenda.
  static func printAgendaForm(_ meeting: MeetingKind, _ state: AppState) -> FormState {
    let l = state.l
    // A file's name without spaces: 办公会 in Chinese, `office` in English.
    let name = state.language == .zh ? meeting.chinese : meeting.rawValue
    return FormState(
      title: l(.agendaPrintTitle(meeting.label(state.language))),
      fields: [
        FormField(
          .file, label: l(.fieldFile),
          kind: .text(
            TextField(
              "\(state.homeFolder)/\(l(.agendaFileName(name, state.today))).html"
            )),
          required: true)
      ])
  }
}

extension FormFactory {
  /// The phrase book, to choose one by its digit or by typing part of it.
  static func phraseForm(_ phrases: [String], _ l: Localizer) -> FormState {
    FormState(
      title: l(.phraseTitle),
      fields: [
        FormField(
          .phrases, label: l(.fieldPhrase),
          kind: .pick(
            PickList(
              options: phrases.map { PickList.Option(id: $0, label: $0) }, chosen: nil,
              numbered: true)),
          required: true)
      ])
  }
}
