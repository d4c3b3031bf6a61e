import Foundation
import LastmileCore
import TerminalKit

/// The forms of the shell. Each builds its fields, checks a field as the user leaves it, and
/// says what saving it does.
public enum FormKind: String, Sendable, CaseIterable {
  /// Who is at the keyboard.
  case changeOperator = "operator"
  /// The locality's settings.
  case settings

  /// The title of the form.
  public var title: StringKey {
    switch self {
    case .changeOperator: .operatorTitle
    case .settings: .settingsTitle
    }
  }

  /// The operator form, with the current name filled in.
  public static func operatorForm(name: String, language: Language) -> FormState {
    let l = Localizer(language)
    return FormState(
      title: l(.operatorTitle),
      fields: [FormField(id: "name", label: l(.operatorName), kind: .text(TextField(name, maxLength: 20)), required: true)])
  }

  /// The settings form, filled from the locality's settings.
  public static func settingsForm(_ settings: LocalitySettings, language: Language) -> FormState {
    let l = Localizer(language)
    return FormState(
      title: l(.settingsTitle),
      fields: [
        FormField(id: "office", label: l(.fieldOffice), kind: .text(TextField(settings.officeName, maxLength: 40))),
        FormField(
          id: "reply_days", label: l(.fieldReplyDays),
          kind: .text(TextField(String(settings.policy.replyWorkingDays), maxLength: 2)), required: true),
        FormField(
          id: "transfer_days", label: l(.fieldTransferDays),
          kind: .text(TextField(String(settings.policy.transferCalendarDays), maxLength: 2)), required: true),
        FormField(
          id: "targets", label: l(.fieldTargets),
          kind: .area(TextArea(settings.transferTargets.joined(separator: "\n")), lines: 6)),
      ])
  }

  /// The message for a field's value, or nil when it is fine.
  public func check(field id: String, value: String, language: Language) -> String? {
    let l = Localizer(language)
    switch (self, id) {
    case (.changeOperator, "name"):
      return value.trimmingCharacters(in: .whitespaces).isEmpty ? l(.fieldRequired) : nil
    case (.settings, "reply_days"), (.settings, "transfer_days"):
      guard let days = Int(value.trimmingCharacters(in: .whitespaces)), (1...60).contains(days) else {
        return l(.numberRange)
      }
      return nil
    default:
      return nil
    }
  }

  /// Checks every field, setting their messages; returns whether the form can be saved.
  public func checkAll(_ form: inout FormState, language: Language) -> Bool {
    var firstBad: Int?
    for (index, field) in form.fields.enumerated() {
      let message = check(field: field.id, value: field.value, language: language)
      form.fields[index].message = message
      if message != nil, firstBad == nil { firstBad = index }
    }
    if let firstBad { form.focus = firstBad }
    return firstBad == nil
  }

  /// The settings a filled-in settings form describes.
  public static func settings(from form: FormState) -> LocalitySettings {
    LocalitySettings(
      officeName: form["office"],
      policy: DeadlinePolicy(
        replyWorkingDays: Int(form["reply_days"].trimmingCharacters(in: .whitespaces)) ?? 7,
        transferCalendarDays: Int(form["transfer_days"].trimmingCharacters(in: .whitespaces)) ?? 7),
      transferTargets: form["targets"].split(separator: "\n").map(String.init))
  }

  /// The form's values as JSON, for a draft.
  public static func payload(of form: FormState) -> String {
    JSONValue.object(form.fields.map { ($0.id, .string($0.value)) }).serialized()
  }

  /// Fills `form` with the values of a draft's payload.
  public static func restore(_ payload: String, into form: inout FormState) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: String] else { return }
    for (id, value) in object { form[id] = value }
  }
}
