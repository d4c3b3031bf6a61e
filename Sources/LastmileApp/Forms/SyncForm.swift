import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The sync forms: a bundle to write for a peer or to merge, and the conflicts to settle.
enum SyncForm {
  /// The shortest passphrase a bundle takes.
  static let shortestPassphrase = 8

  /// The bundle form: what to do, the peer (to write), the file, the passphrase. An empty
  /// database is most likely joining the office: it proposes to merge.
  static func bundleForm(code: String, peers: [String], state: AppState) -> FormState {
    let l = state.l
    let joining = state.counts.isEmpty
    let directions = PickList(
      options: [
        .init(id: "export", label: l(.directionExport)),
        .init(id: "import", label: l(.directionImport)),
      ], chosen: joining ? "import" : "export")
    var form = FormState(
      title: l(.syncTitle(code)),
      fields: [
        FormField(.direction, label: l(.fieldDirection), kind: .pick(directions)),
        FormField(
          .to, label: l(.fieldPeer), kind: .text(TextField(peers.first ?? "", maxLength: 20)),
          placeholder: peers.isEmpty ? "B7" : l(.peersKnown(peers.joined(separator: " ")))),
        FormField(
          .file, label: l(.fieldBundle),
          kind: .text(
            TextField(joining ? "" : exportPath(state, code: code, peer: peers.first ?? ""))),
          required: true, placeholder: "/media/usb/lastmile.lmsync"),
        {
          var field = FormField(
            .passphrase, label: l(.fieldPassphrase), kind: .text(TextField(maxLength: 200)))
          field.secret = true
          return field
        }(),
        FormField(.plain, label: l(.fieldPlain), kind: .pick(FormFactory.yesNo(false, l))),
        FormField(.full, label: l(.fieldFull), kind: .pick(FormFactory.yesNo(false, l))),
      ])
    form.focus = 0
    return form
  }

  /// The file a bundle for `peer` is proposed to go to: the home folder, named for the two
  /// laptops and the day.
  static func exportPath(_ state: AppState, code: String, peer: String) -> String {
    let to = peer.isEmpty ? "" : "-" + FormFactory.fileSafe(peer)
    return "\(state.homeFolder)/lastmile-\(code)\(to)-\(state.today).lmsync"
  }

  /// The direction changed: a file proposed for writing is not one to read.
  static func directionChosen(_ form: inout FormState, before: String) {
    guard form[.direction] != before else { return }
    if form[.direction] == "import", form[.file].hasSuffix(".lmsync"),
      form[.file].contains("/lastmile-")
    {
      form[.file] = ""
      form.setMessage(nil, for: FieldID.file.rawValue)
    }
  }

  /// The message for a field of a sync form, or nil when it is fine.
  static func check(
    _ kind: FormKind, field id: String, value: String, in form: FormState, language: Language
  ) -> String? {
    let l = Localizer(language)
    switch (kind, FieldID(rawValue: id)) {
    case (.syncBundle, .to?):
      return form[.direction] == "export" && value.isEmpty ? l(.peerNeeded) : nil
    case (.syncBundle, .passphrase?):
      // A plain bundle takes none; an encrypted one to write takes a long enough one; one to
      // read takes what it was written with (a plain one, none).
      if form[.plain] == "yes" || form[.direction] == "import" { return nil }
      return form[.passphrase].count < shortestPassphrase
        ? l(.syncPassphraseShort(shortestPassphrase)) : nil
    case (.syncConflicts, .text?):
      return form[.settlement] == "write" && value.isEmpty ? l(.newValueNeeded) : nil
    default:
      return nil
    }
  }

  /// The work a filled-in bundle form asks for.
  static func effect(from form: FormState) -> AppEffect {
    let path = form[.file].trimmingCharacters(in: .whitespaces)
    let passphrase = form[.plain] == "yes" || form[.passphrase].isEmpty ? nil : form[.passphrase]
    if form[.direction] == "import" {
      return .syncImport(path: path, passphrase: passphrase)
    }
    return .syncExport(
      peer: form[.to].trimmingCharacters(in: .whitespaces).uppercased(), path: path,
      passphrase: passphrase, full: form[.full] == "yes")
  }

  /// The conflicts form: the conflict (a pick list), how to settle it, a new value.
  static func conflictsForm(_ conflicts: [SyncConflict], state: AppState) -> FormState {
    let l = state.l
    let list = PickList(
      options: conflicts.map { .init(id: String($0.id), label: label($0, state)) },
      chosen: conflicts.first.map { String($0.id) })
    let choices = PickList(
      options: [
        .init(id: "keep", label: l(.settleKeep)), .init(id: "take", label: l(.settleTake)),
        .init(id: "write", label: l(.settleWrite)),
      ], chosen: "keep")
    return FormState(
      title: l(.conflictsTitle(conflicts.count)),
      fields: [
        FormField(.conflict, label: l(.fieldConflict), kind: .pick(list)),
        FormField(.settlement, label: l(.fieldSettlement), kind: .pick(choices)),
        FormField(.text, label: l(.fieldNewValue), kind: .text(TextField(maxLength: 200))),
      ])
  }

  /// How the list names a conflict: the row, the field, the two values and their laptops;
  /// phones and ID numbers masked.
  static func label(_ conflict: SyncConflict, _ state: AppState) -> String {
    let l = state.l
    let subject = conflict.subject
    guard conflict.kind == .value else {
      return l(.conflictRevived(subject, conflict.lostBy, conflict.currentBy))
    }
    let field = FieldName(rawValue: conflict.field)?.label(state.language) ?? conflict.field
    func shown(_ value: String?) -> String {
      let text = value ?? ""
      switch conflict.field {
      case "id_number": return Masking.idNumber(text)
      case "phone", "requester_phone": return Masking.phone(text)
      default: return String(text.prefix(24))
      }
    }
    return l(
      .conflictValue(
        subject, field, shown(conflict.current), conflict.currentBy, shown(conflict.lost),
        conflict.lostBy))
  }

  /// The settling a filled-in conflicts form asks for.
  static func effect(settling form: FormState) -> AppEffect? {
    guard let id = Int64(form[.conflict]) else { return nil }
    let settlement: SyncSettlement =
      switch form[.settlement] {
      case "take": .takeLost
      case "write": .write(form[.text].trimmingCharacters(in: .whitespaces))
      default: .keepCurrent
      }
    return .settleConflict(id, settlement)
  }
}
