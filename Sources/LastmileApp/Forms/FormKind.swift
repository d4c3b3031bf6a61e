import Foundation
import LastmileCore
import TerminalKit

/// The forms of the application: what each is for, how it checks a field as the user leaves
/// it, and what saving it does.
public enum FormKind: Sendable, Hashable {
  /// Who is at the keyboard.
  case changeOperator
  /// The locality's settings.
  case settings
  /// A household: a new one (nil) or an existing one.
  case household(UUID?)
  /// A member of a household: a new one (nil) or an existing one.
  case member(household: UUID, member: UUID?)
  /// The roster's filters.
  case rosterFilter
  /// A CSV file to import.
  case importFile
  /// A file to export a pane's list (or a whole table) to.
  case exportFile(Tab)
  /// The household to merge the card's household into.
  case merge(source: UUID)
  /// The queue's filters.
  case queueFilter
  /// One action of a request's handling, with what it needs.
  case handleRequest(UUID, RequestAction)
  /// The handover of a reception day's record book.
  case handOver(LocalDate)
  /// The day whose record book to open (from the book of this day).
  case bookDay(LocalDate)
  /// A file to write a reception day's record book to.
  case exportBook(LocalDate)
  /// The diary's filters.
  case diaryFilter
  /// The diary's search of its text and names.
  case diarySearch
  /// Words or a number to find in the queue.
  case queueSearch
  /// A phrase of the phrase book to insert in the field `field` of the form under it.
  case phrase(field: String)
  /// What a meeting decided of a matter on its agenda.
  case meetingOutcome(UUID, MeetingKind)
  /// Where to print a meeting's agenda.
  case printAgenda(MeetingKind)
  /// Where to print a transferred request's slip (交办单).
  case transferSlip(UUID, number: String)
  /// The leader on duty on a reception day, in place of the rota's.
  case dutyLeader(LocalDate)
  /// The cadre whose month the calendar shows.
  case calendarCadre
  /// The household a name typed in a visit's form is, among several.
  case chooseHousehold(String)
  /// A visit: a new one (nil), written from a household's card (`household`), or an existing one.
  case visit(UUID?, household: UUID?)
  /// A cadre: a new one (nil) or an existing one.
  case cadre(UUID?)
  /// A household the cadre starts to contact.
  case contactHousehold(cadre: UUID)
  /// An area the cadre starts to contact (a contact point).
  case contactArea(cadre: UUID)
  /// The end of a contact, with its date.
  case endContact(UUID, cadre: UUID)
  /// An area: a new one (nil) or one renamed.
  case area(UUID?)
  /// A name (or its pinyin) to find in the cadre registry.
  case cadreSearch
  /// The review's period and area.
  case reviewScope
  /// A sync bundle to write for a peer or to merge.
  case syncBundle
  /// The conflicts merges left, one settled at a time.
  case syncConflicts

  /// Whether what is typed in it is kept as a draft (never a passphrase).
  public var keepsDraft: Bool {
    switch self {
    case .syncBundle, .syncConflicts: false
    default: true
    }
  }

  /// The household whose personal data the form shows, if any (a reveal is recorded on it).
  public var household: UUID? {
    switch self {
    case .household(let id): id
    case .member(let household, _): household
    default: nil
    }
  }

  /// How a draft names the form.
  public var draftKind: String {
    switch self {
    case .changeOperator: "operator"
    case .settings: "settings"
    case .household(let id): "household:" + (id?.uuidString ?? "new")
    case .member(let household, let member):
      "member:\(household.uuidString):" + (member?.uuidString ?? "new")
    case .rosterFilter: "filter"
    case .importFile: "import"
    case .exportFile(let pane): "export:\(pane.rawValue)"
    case .merge(let source): "merge:\(source.uuidString)"
    case .queueFilter: "queue-filter"
    case .handleRequest(let id, let action): "handle:\(id.uuidString):\(action.rawValue)"
    case .handOver(let day): "handover:\(day)"
    case .bookDay(let day): "book-day:\(day)"
    case .exportBook(let day): "export-book:\(day)"
    case .visit(let id, let household):
      "visit:" + (id?.uuidString ?? "new") + ":" + (household?.uuidString ?? "none")
    case .diaryFilter: "diary-filter"
    case .diarySearch: "diary-search"
    case .queueSearch: "queue-search"
    case .dutyLeader(let day): "duty-leader:\(day)"
    case .meetingOutcome(let id, let meeting):
      "meeting-outcome:\(id.uuidString):\(meeting.rawValue)"
    case .phrase(let field): "phrase:\(field)"
    case .printAgenda(let meeting): "print-agenda:\(meeting.rawValue)"
    case .transferSlip(let id, let number): "transfer-slip:\(id.uuidString):\(number)"
    case .calendarCadre: "calendar-cadre"
    case .chooseHousehold(let typed): "choose-household:" + typed
    case .cadre(let id): "cadre:" + (id?.uuidString ?? "new")
    case .contactHousehold(let cadre): "contact-household:" + cadre.uuidString
    case .contactArea(let cadre): "contact-area:" + cadre.uuidString
    case .endContact(let id, let cadre): "end-contact:\(id.uuidString):\(cadre.uuidString)"
    case .area(let id): "area:" + (id?.uuidString ?? "new")
    case .cadreSearch: "cadre-search"
    case .reviewScope: "review-scope"
    case .syncBundle: "sync"
    case .syncConflicts: "sync-conflicts"
    }
  }

  /// The form a draft names.
  public init?(draftKind: String) {
    let parts = draftKind.split(separator: ":").map(String.init)
    switch parts.first {
    case "operator": self = .changeOperator
    case "settings": self = .settings
    case "household" where parts.count == 2: self = .household(UUID(uuidString: parts[1]))
    case "member" where parts.count == 3:
      guard let household = UUID(uuidString: parts[1]) else { return nil }
      self = .member(household: household, member: UUID(uuidString: parts[2]))
    case "filter": self = .rosterFilter
    case "review-scope": self = .reviewScope
    case "import": self = .importFile
    case "export" where parts.count == 2:
      guard let pane = Int(parts[1]).flatMap(Tab.init(rawValue:)) else { return nil }
      self = .exportFile(pane)
    case "merge" where parts.count == 2:
      guard let source = UUID(uuidString: parts[1]) else { return nil }
      self = .merge(source: source)
    case "queue-filter": self = .queueFilter
    case "handle" where parts.count == 3:
      guard let id = UUID(uuidString: parts[1]), let action = RequestAction(rawValue: parts[2])
      else { return nil }
      self = .handleRequest(id, action)
    case "transfer-slip" where parts.count == 3:
      guard let id = UUID(uuidString: parts[1]) else { return nil }
      self = .transferSlip(id, number: parts[2])
    case "phrase" where parts.count == 2:
      self = .phrase(field: parts[1])
    case "meeting-outcome" where parts.count == 3:
      guard let id = UUID(uuidString: parts[1]), let meeting = MeetingKind(rawValue: parts[2])
      else { return nil }
      self = .meetingOutcome(id, meeting)
    case "print-agenda" where parts.count == 2:
      guard let meeting = MeetingKind(rawValue: parts[1]) else { return nil }
      self = .printAgenda(meeting)
    case "duty-leader" where parts.count == 2:
      guard let day = LocalDate(parsing: parts[1]) else { return nil }
      self = .dutyLeader(day)
    case "handover" where parts.count == 2:
      guard let day = LocalDate(parsing: parts[1]) else { return nil }
      self = .handOver(day)
    case "book-day" where parts.count == 2:
      guard let day = LocalDate(parsing: parts[1]) else { return nil }
      self = .bookDay(day)
    case "export-book" where parts.count == 2:
      guard let day = LocalDate(parsing: parts[1]) else { return nil }
      self = .exportBook(day)
    case "diary-filter": self = .diaryFilter
    case "diary-search": self = .diarySearch
    case "queue-search": self = .queueSearch
    case "calendar-cadre": self = .calendarCadre
    case "choose-household" where parts.count == 2: self = .chooseHousehold(parts[1])
    case "cadre" where parts.count == 2: self = .cadre(UUID(uuidString: parts[1]))
    case "contact-household" where parts.count == 2:
      guard let cadre = UUID(uuidString: parts[1]) else { return nil }
      self = .contactHousehold(cadre: cadre)
    case "contact-area" where parts.count == 2:
      guard let cadre = UUID(uuidString: parts[1]) else { return nil }
      self = .contactArea(cadre: cadre)
    case "end-contact" where parts.count == 3:
      guard let id = UUID(uuidString: parts[1]), let cadre = UUID(uuidString: parts[2])
      else { return nil }
      self = .endContact(id, cadre: cadre)
    case "area" where parts.count == 2: self = .area(UUID(uuidString: parts[1]))
    case "cadre-search": self = .cadreSearch
    case "visit" where parts.count == 3:
      self = .visit(UUID(uuidString: parts[1]), household: UUID(uuidString: parts[2]))
    default: return nil
    }
  }

  /// The message for a field's value, or nil when it is fine.
  public func check(field id: String, in form: FormState, today: LocalDate, language: Language)
    -> String?
  {
    let l = Localizer(language)
    let value = form[id].trimmingCharacters(in: .whitespaces)
    if form.fields.first(where: { $0.id == id })?.required == true, value.isEmpty {
      return FieldProblem.Reason.required.text(language)
    }
    switch (self, FieldID(rawValue: id)) {
    case (.reviewScope, .period?):
      guard let period = Period(parsing: value, today: today) else {
        return l(.reviewBadPeriod(value))
      }
      return period.first > today ? l(.reviewNotBegun(period.description)) : nil
    case (.settings, .receptionDays?):
      let days = value.split(separator: " ")
      guard days.allSatisfy({ Int($0).map { (1...7).contains($0) } ?? false }) else {
        return l(.receptionDaysHint)
      }
      return nil
    case (.settings, .receptionHours?):
      return ReceptionSchedule.hours(value) == nil ? l(.receptionBadHours(value)) : nil
    case (.rosterFilter, .days?):
      guard value.isEmpty || (Int(value).map { $0 > 0 } ?? false) else { return l(.positiveNumber) }
      return nil
    case (_, .phone?) where !value.isEmpty:
      if case .failure(let problem) = PhoneNumber.normalize(value) { return problem.text(language) }
      return nil
    case (_, .idNumber?) where !value.isEmpty:
      if case .failure(let problem) = ResidentID.validate(value, today: today) {
        return problem.text(language)
      }
      return nil
    case (.syncBundle, _), (.syncConflicts, _):
      return SyncForm.check(self, field: id, value: value, in: form, language: language)
    case (.diaryFilter, _):
      return DiaryFilterForm.check(field: id, value: value, in: form, language: language)
    case (.visit, _):
      return VisitForm.check(field: id, value: value, in: form, today: today, language: language)
    case (.handleRequest(_, .extended), .due?):
      // A new deadline is a date after today, and an extension is weeks, not years.
      guard let due = LocalDate(parsing: value) else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      if due <= today { return l(.extensionNotAfterToday) }
      if due > today.adding(days: Self.longestExtension) {
        return l(.extensionTooLong(Self.longestExtension))
      }
      return nil
    case (.bookDay, .day?):
      guard LocalDate(parsing: value) != nil else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      return nil
    case (_, .birthDate?), (_, .cardIssuedOn?):
      guard value.isEmpty || LocalDate(parsing: value) != nil else {
        return FieldProblem.Reason.invalidDate(value).text(language)
      }
      if let date = LocalDate(parsing: value), date > today { return l(.dateInFuture) }
      return nil
    default:
      return nil
    }
  }

  /// Checks the field just left and fills what it implies: a valid ID number fills the sex and
  /// birth date that are empty or that the ID number `before` it implied (a corrected ID number
  /// corrects them), and says so when they disagree.
  public func leave(
    field id: String, form: inout FormState, before: String = "", today: LocalDate,
    language: Language
  ) {
    form.setMessage(check(field: id, in: form, today: today, language: language), for: id)
    if case .syncBundle = self, id == FieldID.direction.rawValue {
      SyncForm.directionChosen(&form, before: before)
      return
    }
    if case .exportFile = self, id == FieldID.format.rawValue {
      // The file's ending follows the format chosen.
      let file = form[.file]
      for ending in [".csv", ".json"] where file.hasSuffix(ending) {
        form[.file] = String(file.dropLast(ending.count)) + "." + form[.format]
      }
      return
    }
    guard case .member = self, id == FieldID.idNumber.rawValue,
      case .success(let resident) = ResidentID.validate(form[id], today: today)
    else { return }
    if resident.wasUpgraded { form[id] = resident.number }
    let earlier: ResidentID? =
      if case .success(let old) = ResidentID.validate(before, today: today) { old } else { nil }
    if form[.sex].isEmpty || form[.sex] == earlier?.sex.rawValue {
      form[.sex] = resident.sex.rawValue
    }
    if form[.birthDate].isEmpty || form[.birthDate] == earlier?.birthDate.description {
      form[.birthDate] = resident.birthDate.description
    }
    for field in [FieldID.sex.rawValue, FieldID.birthDate.rawValue] {
      form.setMessage(check(field: field, in: form, today: today, language: language), for: field)
    }
    if let sex = Sex(rawValue: form[.sex]), sex != resident.sex {
      form.setMessage(
        FieldProblem.Reason.sexDisagreesWithID(idSays: resident.sex).text(language),
        for: FieldID.sex)
    }
    if let birth = LocalDate(parsing: form[.birthDate]),
      birth != resident.birthDate
    {
      form.setMessage(
        FieldProblem.Reason.birthDateDisagreesWithID(idSays: resident.birthDate).text(language),
        for: FieldID.birthDate)
    }
  }

  /// Checks every field, setting their messages; returns whether the form can be saved.
  public func checkAll(_ form: inout FormState, today: LocalDate, language: Language) -> Bool {
    var firstBad: Int?
    for (index, field) in form.fields.enumerated() {
      let message = check(field: field.id, in: form, today: today, language: language)
      form.fields[index].message = message
      if message != nil, firstBad == nil { firstBad = index }
    }
    if let firstBad { form.focus = firstBad }
    return firstBad == nil
  }

  /// The form's values as JSON, for a draft.
  /// The form's values as JSON, for a draft, with the field that had the focus.
  public static func payload(of form: FormState) -> String {
    JSONValue.object(
      form.fields.map { ($0.id, .string($0.value)) } + [(focusKey, .string(form.focusedID))]
    ).serialized()
  }

  /// Fills `form` with the values of a draft's payload, the focus where it was.
  public static func restore(_ payload: String, into form: inout FormState) {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: String]
    else { return }
    for (id, value) in object where id != focusKey { form[id] = value }
    if let focused = object[focusKey],
      let index = form.fields.firstIndex(where: { $0.id == focused })
    {
      form.focus = index
    }
  }

  /// The furthest a deadline is extended, in days from today.
  static let longestExtension = 90

  /// Where a draft's payload says which field had the focus (no field id starts with `_`).
  static let focusKey = "_focus"
}
