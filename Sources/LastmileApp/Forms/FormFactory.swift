import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Builds forms from what the store holds (a household's values, the areas and cadres to pick).
enum FormFactory {
  /// The form of `kind`, built from what the store read and the state; nil when what it
  /// was to show is gone (a request deleted meanwhile).
  static func make(_ kind: FormKind, data: FormData, state: AppState) -> FormState? {
    let l = state.l
    switch (kind, data) {
    case (.changeOperator, _):
      return state.operatorForm()
    case (.settings, .settings(let settings)):
      return settingsForm(settings, l)
    case (.household, .household(let household, let cadre, let areas, let cadres)):
      return householdForm(household, cadre: cadre, areas: areas, cadres: cadres, l)
    case (.member, .member(let member, let householdNo)):
      return memberForm(member, householdNo: householdNo, l)
    case (.reviewScope, .places(let areas, _)):
      return reviewScopeForm(state, areas: areas)
    case (.rosterFilter, .places(let areas, let cadres)):
      return filterForm(state.roster.filter, areas: areas, cadres: cadres, l)
    case (.importFile, _):
      return importForm(l)
    case (.syncBundle, .sync(let code, let peers)):
      return SyncForm.bundleForm(code: code, peers: peers, state: state)
    case (.syncConflicts, .conflicts(let conflicts)):
      return SyncForm.conflictsForm(conflicts, state: state)
    case (.exportFile(.review), _):
      return reviewExportForm(state)
    case (.exportFile(let pane), _):
      return exportForm(state, pane: pane)
    case (.merge, .merge(let householdNo)):
      return FormState(
        title: l(.mergeTitle(householdNo)),
        fields: [
          FormField(.target, label: l(.mergeTarget), kind: .text(TextField()), required: true)
        ])
    case (.queueFilter, .assignees(let assignees)):
      return queueFilterForm(
        state.queue.filter, assignees: assignees, categories: state.categories, l)
    case (.handleRequest(_, let action), .handling(let detail, let targets, let cadres)):
      return handlingForm(detail, action, targets: targets, cadres: cadres, today: state.today, l)
    case (.handOver(let day), _):
      return handOverForm(day, l)
    case (.bookDay(let day), _):
      return bookDayForm(day, l)
    case (.phrase, _):
      return phraseForm(state.phrases, l)
    case (.meetingOutcome, .assignees(let targets)):
      return meetingOutcomeForm(targets: targets, state)
    case (.printAgenda(let meeting), _):
      return printAgendaForm(meeting, state)
    case (.transferSlip(_, let number), _):
      return transferSlipForm(number: number, state)
    case (.dutyLeader(let day), _):
      return dutyLeaderForm(
        DutyDay(day: day, leader: "", reason: nil, extra: false), leaders: state.rotaLeaders, l)
    case (.exportBook(let day), _):
      return exportBookForm(day, state)
    case (.diaryFilter, .places(let areas, let cadres)):
      return DiaryFilterForm.make(state.diary.filter, areas: areas, cadres: cadres, l)
    case (.cadre, .registry(let cadre, _, _)):
      return cadreForm(cadre, rules: state.rules, today: state.today, l)
    case (.contactHousehold, .registry(let cadre, _, _)):
      return contactHouseholdForm(cadre?.name ?? "", today: state.today, l)
    case (.contactArea, .registry(let cadre, _, let areas)):
      return contactAreaForm(cadre?.name ?? "", areas: areas, today: state.today, l)
    case (.endContact, .registry(_, let contact, _)):
      return endContactForm(contact?.label ?? "", today: state.today, l)
    case (.area(let id), .places(let areas, _)):
      return areaForm(
        id.flatMap { id in areas.first { $0.id == id } }, under: state.selectedRegistryArea,
        areas: areas, l)
    case (.calendarCadre, .places(_, let cadres)):
      return FormState(
        title: l(.calendarCadreTitle),
        fields: [
          FormField(
            .cadre, label: FieldName.cadres.title(l.language),
            kind: .pick(PickList(options: cadreOptions(cadres, l.language))), required: true)
        ])
    case (.chooseHousehold(let typed), .householdChoices(let candidates)):
      return VisitForm.chooser(typed, candidates, today: state.today, l)
    case (.diarySearch, _):
      return DiaryFilterForm.searchForm(l)
    case (.queueSearch, _):
      return queueSearchForm(l)
    case (.cadreSearch, _):
      return FormState(
        title: l(.cadreSearchTitle),
        fields: [
          FormField(
            .text, label: l(.cadreSearchField), kind: .text(TextField(maxLength: 20)),
            required: true)
        ])
    case (.visit, .visit(let data)):
      return VisitForm.make(
        data, today: state.today, operatorName: state.operatorName, categories: state.categories,
        l)
    default:
      return nil
    }
  }

  /// The import form: which table, which file, a dry run, skipping bad rows.
  static func importForm(_ l: Localizer) -> FormState {
    FormState(
      title: l(.importTitle),
      fields: [
        FormField(
          .table, label: l(.fieldTable),
          kind: .pick(tableList(["households", "members", "requests", "visits"], "households", l))),
        FormField(
          .file, label: l(.fieldFile), kind: .text(TextField()), required: true,
          placeholder: "~/households.csv"),
        FormField(.dryRun, label: l(.fieldDryRun), kind: .pick(yesNo(false, l))),
        FormField(.skipInvalid, label: l(.fieldSkipInvalid), kind: .pick(yesNo(false, l))),
      ])
  }

  /// The settings form: the office's name and where requests are transferred; the deadlines
  /// are the rules file's, said under the form.
  static func settingsForm(_ settings: LocalitySettings, _ l: Localizer) -> FormState {
    var form = FormState(
      title: l(.settingsTitle),
      fields: [
        FormField(
          .office, label: l(.fieldOffice),
          kind: .text(TextField(settings.officeName, maxLength: 40))),
        FormField(
          .targets, label: l(.fieldTargets),
          kind: .area(TextArea(settings.transferTargets.joined(separator: "\n")), lines: 4)),
        FormField(
          .dutyLeaders, label: l(.fieldDutyLeaders),
          kind: .area(TextArea(settings.dutyLeaders.joined(separator: "\n")), lines: 3)),
        FormField(
          .receptionDays, label: l(.fieldReceptionDays),
          kind: .text(
            TextField(
              settings.schedule.weekdays.sorted().map(String.init).joined(separator: " "),
              maxLength: 13)),
          placeholder: l(.receptionDaysHint)),
        FormField(
          .receptionHours, label: l(.fieldReceptionHours),
          kind: .text(TextField(settings.schedule.hoursText, maxLength: 11)), required: true),
        FormField(
          .receptionHoliday, label: l(.fieldReceptionHoliday),
          kind: .pick(
            PickList(
              options: [
                .init(id: "cancel", label: l(.receptionHolidayCancels)),
                .init(id: "move", label: l(.receptionHolidayMoves)),
              ], chosen: settings.schedule.holidayMoves ? "move" : "cancel"))),
        FormField(
          .receptionMakeUp, label: l(.fieldReceptionMakeUp),
          kind: .pick(
            PickList(
              options: [
                .init(id: "no", label: l(.receptionMakeUpNo)),
                .init(id: "yes", label: l(.receptionMakeUpYes)),
              ], chosen: settings.schedule.makeUpDays ? "yes" : "no"))),
        FormField(
          .category, label: l(.fieldCategories),
          kind: .area(TextArea(RequestCategory.lines(settings.categories)), lines: 3),
          placeholder: l(.categoriesHint)),
        FormField(
          .writtenCategories, label: l(.fieldWrittenCategories),
          kind: .choices(
            ChoiceList(
              options: settings.categories.map {
                .init(id: $0.code, label: $0.label(l.language))
              },
              checked: settings.writtenCategories))),
        FormField(
          .phrases, label: l(.fieldPhrases),
          kind: .area(TextArea(settings.phrases.joined(separator: "\n")), lines: 3)),
        FormField(
          .closeApproval, label: l(.fieldCloseApproval),
          kind: .pick(yesNo(settings.closeNeedsApproval, l))),
      ])
    let policy = settings.policy
    form.message = l(
      .settingsDeadlinesFromRules(
        policy.replyWorkingDays, policy.transferCalendarDays, policy.dueSoonWorkingDays))
    return form
  }

  static func householdForm(
    _ household: Household?, cadre: UUID?, areas: [AreaChoice], cadres: [CadreChoice],
    _ l: Localizer
  ) -> FormState {
    let h = household ?? Household(householdNo: "", headName: "")
    let language = l.language
    func field(_ name: FieldName, _ kind: FormField.Kind, required: Bool = false) -> FormField {
      FormField(id: name.rawValue, label: name.title(language), kind: kind, required: required)
    }
    let areaOptions = areas.filter { $0.level != .township }.map {
      PickList.Option(
        id: $0.id.uuidString, label: $0.path.dropFirst().joined(separator: " › "),
        keywords: keywords($0.path.joined()))
    }
    let causes =
      [PickList.Option(id: "", label: l(.none))]
      + PovertyCause.allCases.map { PickList.Option(id: $0.rawValue, label: $0.label(language)) }
    return FormState(
      title: household == nil ? l(.householdTitleNew) : l(.householdTitleEdit(h.householdNo)),
      fields: [
        field(.householdNo, .text(TextField(h.householdNo, maxLength: 30)), required: true),
        field(.headName, .text(TextField(h.headName, maxLength: 20)), required: true),
        FormField(
          .area, label: l(.fieldArea),
          kind: .pick(PickList(options: areaOptions, chosen: h.areaId?.uuidString))),
        field(.address, .text(TextField(h.address, maxLength: 60))),
        concealed(field(.phone, .text(TextField(h.phone, maxLength: 20)))),
        field(
          .categories,
          .choices(
            ChoiceList(
              options: HouseholdCategory.allCases.map {
                .init(id: $0.rawValue, label: $0.label(language))
              },
              checked: Set(h.categories.map(\.rawValue))))),
        field(
          .povertyCause, .pick(PickList(options: causes, chosen: h.povertyCause?.rawValue ?? ""))),
        field(
          .cadre,
          .pick(
            PickList(
              options: [.init(id: "", label: l(.none))] + cadreOptions(cadres, language),
              chosen: cadre?.uuidString ?? ""))),
        field(.cardIssuedOn, .date(TextField(h.cardIssuedOn?.description ?? "", maxLength: 10))),
        field(.helpMeasures, .area(TextArea(h.helpMeasures), lines: 2)),
        field(.notes, .area(TextArea(h.notes), lines: 2)),
      ])
  }

  static func memberForm(_ member: Member?, householdNo: String, _ l: Localizer) -> FormState {
    let m = member ?? Member(householdId: UUID(), name: "", relation: .other)
    let language = l.language
    func field(_ name: FieldName, _ kind: FormField.Kind, required: Bool = false) -> FormField {
      FormField(id: name.rawValue, label: name.title(language), kind: kind, required: required)
    }
    return FormState(
      title: member == nil ? l(.memberTitleNew(householdNo)) : l(.memberTitleEdit(m.name)),
      fields: [
        field(.name, .text(TextField(m.name, maxLength: 20)), required: true),
        field(
          .relation,
          .pick(
            PickList(
              options: Relation.allCases.map { .init(id: $0.rawValue, label: $0.label(language)) },
              chosen: (member?.relation ?? .son).rawValue))),
        concealed(field(.idNumber, .text(TextField(m.idNumber, maxLength: 20)))),
        field(
          .sex,
          .pick(
            PickList(
              options: [.init(id: "", label: l(.none))]
                + Sex.allCases.map { .init(id: $0.rawValue, label: $0.label(language)) },
              chosen: m.sex?.rawValue ?? ""))),
        field(.birthDate, .date(TextField(m.birthDate?.description ?? "", maxLength: 10))),
        concealed(field(.phone, .text(TextField(m.phone, maxLength: 20)))),
        FormField(
          .health, label: l(.fieldHealth), kind: .text(TextField(m.health, maxLength: 60))),
        FormField(
          .disability, label: l(.fieldDisability),
          kind: .text(TextField(m.disability, maxLength: 60))),
        FormField(
          .schooling, label: l(.fieldSchooling),
          kind: .text(TextField(m.schooling, maxLength: 60))),
        FormField(
          .tags, label: l(.fieldTags),
          kind: .text(TextField(m.tags.joined(separator: "、"), maxLength: 60))),
        field(.notes, .area(TextArea(m.notes), lines: 2)),
      ])
  }

  static func filterForm(
    _ filter: RosterFilter, areas: [AreaChoice], cadres: [CadreChoice], _ l: Localizer
  ) -> FormState {
    let language = l.language
    let areaOptions = areaOptions(areas, all: l(.all))
    let categories =
      [PickList.Option(id: "", label: l(.all))]
      + HouseholdCategory.allCases.map {
        PickList.Option(id: $0.rawValue, label: $0.label(language))
      }
    return FormState(
      title: l(.filterTitle),
      fields: [
        FormField(
          .area, label: l(.filterArea),
          kind: .pick(PickList(options: areaOptions, chosen: filter.area?.uuidString ?? ""))),
        FormField(
          .category, label: FieldName.categories.title(language),
          kind: .pick(PickList(options: categories, chosen: filter.category?.rawValue ?? ""))),
        FormField(
          .cadre, label: FieldName.cadre.title(language),
          kind: .pick(
            PickList(
              options: [.init(id: "", label: l(.all))] + cadreOptions(cadres, language),
              chosen: filter.cadre?.uuidString ?? ""))),
        FormField(
          .days, label: l(.filterDays),
          kind: .text(TextField(filter.notVisitedForDays.map(String.init) ?? "", maxLength: 4))),
        FormField(
          .openRequests, label: l(.filterOpen), kind: .pick(yesNo(filter.hasOpenRequests, l))),
        FormField(
          .duplicates, label: l(.filterDuplicates),
          kind: .pick(yesNo(filter.possibleDuplicates, l))),
      ])
  }

  static func cadreOptions(_ cadres: [CadreChoice], _ language: Language) -> [PickList
    .Option]
  {
    cadres.map {
      PickList.Option(
        id: $0.id.uuidString, label: "\($0.name)（\($0.roleName.label(language))）",
        keywords: keywords($0.name))
    }
  }

  /// How whom to transfer to is chosen: by one key while the transfer list fits the keys of
  /// the top row, otherwise in a list searched by typing (pinyin too), the first twelve by key.
  static func targetKind(_ targets: [String]) -> FormField.Kind {
    if targets.count <= DigitChoice.keys.count {
      return .digits(DigitChoice(options: targets.map { DigitChoice.Option(id: $0, label: $0) }))
    }
    return .pick(
      PickList(
        options: targets.map { PickList.Option(id: $0, label: $0, keywords: keywords($0)) },
        numbered: true))
  }

  /// The field with its value masked (an ID number, a phone) until the user asks to see it.
  static func concealed(_ field: FormField) -> FormField {
    var field = field
    field.concealed = mask(field.id, field.value)
    return field
  }

  /// How a field of personal data is masked; nil when it is not one, or empty.
  static func mask(_ id: String, _ value: String) -> String? {
    guard !value.isEmpty else { return nil }
    switch FieldID(rawValue: id) {
    case .idNumber: return Masking.idNumber(value)
    case .phone: return Masking.phone(value)
    default: return nil
    }
  }

  static func yesNo(_ value: Bool, _ l: Localizer) -> PickList {
    PickList(
      options: [.init(id: "no", label: l(.no)), .init(id: "yes", label: l(.yes))],
      chosen: value ? "yes" : "no")
  }

  static func tableList(_ names: [String], _ chosen: String, _ l: Localizer) -> PickList {
    let labels: [String: FormText] = [
      "households": .tableHouseholds, "members": .tableMembers, "visits": .tableVisits,
      "requests": .tableRequests,
    ]
    return PickList(
      options: names.map { .init(id: $0, label: l(labels[$0] ?? .tableHouseholds)) }, chosen: chosen
    )
  }

  /// Pinyin and initials of a name, so that a pick list narrows by them too.
  /// The areas as a tree to pick from (each indented by its depth, found by its path's pinyin),
  /// after a first choice of all of them named `all`.
  static func areaOptions(_ areas: [AreaChoice], all: String) -> [PickList.Option] {
    [PickList.Option(id: "", label: all)]
      + areas.map {
        PickList.Option(
          id: $0.id.uuidString,
          label: String(repeating: "  ", count: $0.path.count - 1) + ($0.path.last ?? ""),
          keywords: keywords($0.path.joined()))
      }
  }

  /// The format of an export: CSV (chosen first) or JSON.
  static func formatField(_ l: Localizer) -> FormField {
    FormField(
      .format, label: l(.fieldFormat),
      kind: .pick(
        PickList(
          options: [.init(id: "csv", label: "CSV"), .init(id: "json", label: "JSON")],
          chosen: "csv")))
  }

  static func keywords(_ text: String) -> String {
    Pinyin.full(text) + " " + Pinyin.initials(text)
  }
}
