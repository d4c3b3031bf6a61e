import Foundation
import LastmileCore
import TerminalKit

/// The phrase book: F6 in a field that takes text offers the office's common decisions, replies
/// and explanations; the one chosen goes in at the end of what is typed there.
extension AppState {
  /// Opens the phrase book for the focused field of `form`, when it takes text.
  mutating func offerPhrases(for form: FormState) {
    guard !form.fields.isEmpty else { return }
    switch form.fields[form.focus].kind {
    case .text, .area:
      guard !phrases.isEmpty else {
        message = StatusMessage(l(.phrasesNone(keyName(.settings, in: .global))), .warning)
        return
      }
      // The list open at once: a digit or a few characters and Enter choose.
      var book = FormFactory.phraseForm(phrases, l)
      book.pickOpen = true
      navigation.push(.form(FormLayer(kind: .phrase(field: form.focusedID), form: book)))
    default:
      message = StatusMessage(l(.phrasesTextOnly), .warning)
    }
  }

  /// Puts the phrase chosen in the field it was asked for, in the form or the desk under it.
  mutating func insertPhrase(_ phrase: String, into field: String) {
    closeForm()
    func joined(_ typed: String) -> String {
      let trimmed = typed.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty ? phrase : trimmed + phrase
    }
    navigation.updateTopmost { layer in
      switch layer {
      case .form(var under):
        under.form[field] = joined(under.form[field])
        under.dirty = true
        layer = .form(under)
        return true
      case .reception(var desk):
        desk.form[field] = joined(desk.form[field])
        layer = .reception(desk)
        return true
      default:
        return false
      }
    }
  }
}
