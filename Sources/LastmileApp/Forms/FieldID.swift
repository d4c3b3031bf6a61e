import LastmileCore
import TerminalKit

/// The name of every field of the application's forms: what a form is read and checked by.
/// Domain fields carry the names files give them (`FieldName`), so a problem the store reports
/// for a column lands under its field.
public enum FieldID: String, Sendable, CaseIterable {
  case householdNo = "household_no"
  case headName = "head_name"
  case address, phone, categories, cadre, notes, name, relation, sex, category, decision
  case assignee, status, channel, urgency
  case povertyCause = "poverty_cause"
  case cardIssuedOn = "card_issued_on"
  case helpMeasures = "help_measures"
  case birthDate = "birth_date"
  case idNumber = "id_number"
  case area, health, disability, schooling, tags
  case dutyLeaders = "duty_leaders"
  case dutyLeader = "duty_leader"
  case flag
  case phrases
  case closeApproval = "close_approval"
  case writtenCategories = "written_categories"
  case office, targets, receptionDays, receptionHours, receptionHoliday, receptionMakeUp
  case days, duplicates, overdue, day
  case openRequests = "open"
  case table, file, format, unmask
  case dryRun = "dry_run"
  case skipInvalid = "skip_invalid"
  case target, text, kind, satisfaction, method, answer, due, into, to, note
  case requester, village, content, detail, received
  case date, cadres, households, place, overnight, hours, from
  case followUp = "follow_up_on"
  case role, unit, level, parent
  case since = "role_since"
  case period, panel
  case direction, passphrase, plain, full, conflict, settlement

  /// The field a file's column is entered in, where the form has one.
  init?(_ name: FieldName) {
    self.init(rawValue: name.rawValue)
  }
}

extension FormState {
  /// The value of the field `id`.
  subscript(_ id: FieldID) -> String {
    get { self[id.rawValue] }
    set { self[id.rawValue] = newValue }
  }

  /// Sets or clears the message under the field `id`.
  mutating func setMessage(_ message: String?, for id: FieldID) {
    setMessage(message, for: id.rawValue)
  }

  /// The focused field.
  var focused: FieldID? { FieldID(rawValue: focusedID) }

  /// Moves the focus to the field `id`, if the form has it.
  mutating func focus(on id: FieldID) {
    if let index = fields.firstIndex(where: { $0.id == id.rawValue }) { focus = index }
  }

  /// Whether the form has the field `id`.
  func has(_ id: FieldID) -> Bool { fields.contains { $0.id == id.rawValue } }
}

extension FormField {
  /// A field named by the application's typed id.
  init(
    _ id: FieldID, label: String, kind: Kind, required: Bool = false, placeholder: String = ""
  ) {
    self.init(
      id: id.rawValue, label: label, kind: kind, required: required, placeholder: placeholder)
  }
}
