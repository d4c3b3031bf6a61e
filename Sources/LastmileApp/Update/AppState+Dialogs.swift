import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key while a question is asked: its answers are the dialog context's keys.
  mutating func answer(_ question: Question, with key: Key) -> [AppEffect] {
    let answer = action(for: key)
    let no = answer == .dialogNo || answer == .back
    switch question {
    case .quitUnsaved:
      if answer == .dialogYes {
        navigation.pop()
        return quitNow()
      } else if answer == .dialogDiscard {
        navigation.pop()
        return quitDiscarding()
      } else if no {
        navigation.pop()
      }
    case .closeUnsaved:
      if answer == .dialogYes {
        navigation.pop()
        navigation.pop()
      } else if no {
        navigation.pop()
      }
    case .restoreDraft(let draft):
      // Only the discard key throws typed text away; Esc and "no" keep it for later.
      if answer == .dialogRestore {
        navigation.pop()
        return restore(draft)
      }
      if answer == .dialogDiscard {
        navigation.pop()
        return [.clearDraft(kind: draft.kind)]
      }
      if no {
        navigation.pop()
        message = StatusMessage(l(.draftKept(draft.title)))
      }
    case .deleteHousehold(let id, _, _, _):
      if answer == .dialogYes {
        navigation.pop()
        return [.deleteHousehold(id)]
      }
      if no { navigation.pop() }
    case .deleteMember(let id, _, _):
      if answer == .dialogYes {
        navigation.pop()
        return [.deleteMember(id)]
      }
      if no { navigation.pop() }
    case .duplicates(let hints, let retry):
      if answer == .dialogSaveAnyway {
        navigation.pop()
        return [retry]
      }
      if answer == .dialogOpenExisting, let first = hints.first {
        navigation.pop()
        closeForm()
        navigation.tab = .roster
        return [.openCard(first.householdId)]
      }
      if no { navigation.pop() }
    case .newCadres(_, let retry):
      if answer == .dialogYes {
        navigation.pop()
        return [retry]
      }
      if no { navigation.pop() }
    case .deleteVisit(let id, _):
      if answer == .dialogYes {
        navigation.pop()
        return [.deleteVisit(id)]
      }
      if no { navigation.pop() }
    case .retireCadre(let id, let name, _):
      if answer == .dialogYes {
        navigation.pop()
        return [.retireCadre(id, name: name, on: today)]
      }
      if no { navigation.pop() }
    case .extraReceptionDay:
      if answer == .dialogYes {
        navigation.pop()
        return [.openExtraReceptionDay(today)]
      }
      if no { navigation.pop() }
    case .retireArea(let id, let name):
      if answer == .dialogYes {
        navigation.pop()
        return [.retireArea(id, name: name)]
      }
      if no { navigation.pop() }
    case .merge(let from, let into):
      if answer == .dialogYes {
        navigation.pop()
        return [.merge(source: from.id, target: into.id)]
      }
      if no { navigation.pop() }
    case .report:
      navigation.pop()
    }
    return []
  }

  /// A key while the first-start choice is offered.
  mutating func firstStartKey(_ key: Key) -> [AppEffect] {
    switch action(for: key) {
    case .dialogDemo:
      navigation.push(.busy)
      return [.loadDemo]
    case .dialogImport:
      navigation.pop()
      navigation.push(.form(FormLayer(kind: .importFile, form: FormFactory.importForm(l))))
      return []
    case .dialogBlank, .back:
      navigation.pop()
      return []
    case .dialogSync:
      navigation.pop()
      return [.loadFormData(.syncBundle, draft: nil)]
    case .quit:
      return requestQuit()
    default:
      return []
    }
  }

  /// A key while the help is open: the table's keys scroll it; Esc, the help key or quit
  /// close it.
  mutating func helpKey(_ key: Key, scroll: Int) -> [AppEffect] {
    let lines = AppView.helpOverlay(for: self).lineCount
    let room = Layout.helpRoom(size)
    var newScroll = scroll
    switch action(for: key) {
    case .tableDown: newScroll += 1
    case .tableUp: newScroll -= 1
    case .tablePageDown: newScroll += room
    case .tablePageUp: newScroll -= room
    case .tableTop: newScroll = 0
    case .tableBottom: newScroll = lines
    case .back, .help, .quit:
      navigation.pop()
      return []
    default:
      return []
    }
    navigation.replaceTop(.help(scroll: max(0, min(newScroll, lines - room))))
    return []
  }
}
