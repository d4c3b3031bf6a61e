import TerminalKit

extension AppState {
  /// The contexts a key is looked up in where `layer` has the keys (nil: the active pane),
  /// most specific first. Key dispatch, the keys drawn on screen and the help all ask this one
  /// function, so they cannot disagree.
  func keyContexts(for layer: Layer?) -> [KeyContext] {
    switch layer {
    case nil:
      return navigation.tab.hasTable
        ? [navigation.tab.context, .table, .global] : [navigation.tab.context, .global]
    case .card: return [.card, .table, .global]
    case .request, .handlingMenu: return [.request, .global]
    case .reception: return [.reception, .form, .global]
    case .book: return [.book, .global]
    case .form: return [.form, .global]
    case .dialog, .firstStart: return [.dialog, .global]
    case .help: return [.table, .global]
    case .busy: return []
    }
  }

  /// The contexts of what has the keys now.
  var keyContexts: [KeyContext] { keyContexts(for: navigation.top) }

  /// The contexts the help lists: those of what it was opened over.
  var helpContexts: [KeyContext] {
    if case .help = navigation.top { return keyContexts(for: navigation.belowTop) }
    return keyContexts
  }

  /// The action bound to `key` where the keys are now.
  func action(for key: Key) -> ActionName? {
    keymap.action(for: key, in: keyContexts.map(\.rawValue)).flatMap(ActionName.init(rawValue:))
  }

  /// The first key bound to `action` in `context`, as written (`<C-s>`), or `—`.
  func keyName(_ action: ActionName, in context: KeyContext = .global) -> String {
    keymap.keys(for: action.rawValue, in: context.rawValue).first.map(KeyNotation.label) ?? "—"
  }
}
