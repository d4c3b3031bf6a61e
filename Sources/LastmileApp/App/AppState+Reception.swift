import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Reception mode: the fast intake loop of the officer at the desk.
///
/// The form opens on the visitor. What is typed there searches the roster; Up and Down move in
/// the people found, Enter links the one highlighted (phone and village come with them) and goes
/// on to the category. A category or a decision is one key (its number); the form moves on by
/// itself after it. Ctrl-S saves, the form starts again for the next person, and the count of
/// the day's walk-ins goes up. A visitor not in the roster is simply typed, with a phone and a
/// village, and Tab goes on without linking anyone.
extension AppState {
  typealias ReceptionField = ReceptionState.Field

  /// A key while reception mode has the keys.
  mutating func receptionKey(_ key: Key) -> [AppEffect] {
    guard var desk = reception else { return [] }
    var effects: [AppEffect] = []
    defer { if reception != nil { reception = desk } }
    let onRequester = desk.form.focusedID == ReceptionField.requester
    let chain = [
      KeyContext.reception.rawValue, KeyContext.form.rawValue, KeyContext.global.rawValue,
    ]
    let bound: ActionName? =
      key.isPrintable || (desk.form.pickOpen && key == .enter)
      ? nil : keymap.action(for: key, in: chain).flatMap(ActionName.init(rawValue:))
    switch bound {
    case .formSubmit:
      desk.form.pickOpen = false
      return saveWalkIn(&desk)
    case .back:
      if desk.form.pickOpen {
        desk.form.pickOpen = false
      } else if onRequester, !desk.matches.isEmpty {
        desk.matches = []
      } else {
        reception = nil
      }
      return []
    case .book:
      return [.openBook(today)]
    case .help:
      overlays.append(.help(scroll: 0))
      return []
    case .next, .previous:
      if desk.form.pickOpen {
        desk.form.pickOpen = false
        return []
      }
      desk.matches = []
      if bound == .next { desk.form.focusNext() } else { desk.form.focusPrevious() }
      return []
    default:
      break
    }
    if onRequester, !desk.matches.isEmpty {
      switch key {
      case .down:
        desk.highlighted = min(desk.matches.count - 1, desk.highlighted + 1)
        return []
      case .up:
        desk.highlighted = max(0, desk.highlighted - 1)
        return []
      case .enter:
        link(&desk, desk.matches[min(desk.highlighted, desk.matches.count - 1)])
        return []
      default:
        break
      }
    }
    if key == .enter, !desk.form.pickOpen, case .text = desk.form.fields[desk.form.focus].kind {
      desk.matches = []
      desk.form.focusNext()
      return []
    }
    switch desk.form.edit(key, measure: TextMeasure(), areaWidth: max(10, size.width / 2 - 16)) {
    case .edited(let id):
      desk.form.setMessage(nil, for: id)
      effects += edited(id, &desk)
    case .adjustDate, .none:
      break
    }
    return effects
  }

  /// What changing a field of the intake form does besides.
  private mutating func edited(_ id: String, _ desk: inout ReceptionState) -> [AppEffect] {
    switch id {
    case ReceptionField.requester:
      let typed = desk.form[ReceptionField.requester]
      if let linked = desk.linked, linked.name != typed { desk.linked = nil }
      guard typed.nonBlank != nil else {
        desk.matches = []
        return []
      }
      return [.findPeople(typed)]
    case ReceptionField.category:
      focus(&desk, on: ReceptionField.content)
    case ReceptionField.decision:
      let transfer = desk.form[ReceptionField.decision] == HandlingDecision.transferred.rawValue
      let present = desk.form.fields.firstIndex { $0.id == ReceptionField.target }
      if transfer, present == nil,
        let decision = desk.form.fields.firstIndex(where: { $0.id == ReceptionField.decision })
      {
        desk.form.fields.insert(desk.targetField, at: decision + 1)
      } else if !transfer, let present {
        desk.form.fields.remove(at: present)
      }
      focus(&desk, on: transfer ? ReceptionField.target : ReceptionField.detail)
    case ReceptionField.target:
      focus(&desk, on: ReceptionField.detail)
    default:
      break
    }
    return []
  }

  /// Links the visitor to a person of the roster: their phone and village come with them.
  private func link(_ desk: inout ReceptionState, _ person: PersonMatch) {
    desk.linked = person
    desk.matches = []
    desk.highlighted = 0
    desk.form[ReceptionField.requester] = person.name
    desk.form[ReceptionField.phone] = person.phone
    if let village = person.villageId { desk.form[ReceptionField.village] = village.uuidString }
    focus(&desk, on: ReceptionField.category)
  }

  private func focus(_ desk: inout ReceptionState, on id: String) {
    if let index = desk.form.fields.firstIndex(where: { $0.id == id }) { desk.form.focus = index }
  }

  /// Checks the form and asks to register the walk-in; or shows what is missing, field by field.
  private mutating func saveWalkIn(_ desk: inout ReceptionState) -> [AppEffect] {
    let now =
      LocalDateTime(parsing: desk.form[ReceptionField.received]) ?? LocalDateTime(startOf: today)
    switch FormFactory.walkIn(from: desk, now: now, language: language) {
    case .success(let (request, handling)):
      desk.form.message = nil
      return [.registerWalkIn(request, handling)]
    case .failure(let problems):
      let fields: [FieldName: String] = [
        .requesterName: ReceptionField.requester, .phone: ReceptionField.phone,
        .category: ReceptionField.category,
        .content: ReceptionField.content, .decision: ReceptionField.detail,
        .assignee: ReceptionField.target,
        .receivedAt: ReceptionField.received,
      ]
      for problem in problems.all {
        if let id = fields[problem.field] {
          desk.form.setMessage(problem.reason.text(language), for: id)
        } else {
          desk.form.message = problem.text(language)
        }
      }
      if let first = desk.form.fields.first(where: { $0.message != nil }) {
        focus(&desk, on: first.id)
      }
      return []
    }
  }

  /// Takes in the people found for what was typed, if it is still what the field holds.
  mutating func peopleFound(_ query: String, _ people: [PersonMatch]) -> [AppEffect] {
    guard var desk = reception, desk.form[ReceptionField.requester] == query, desk.linked == nil
    else { return [] }
    desk.matches = people
    desk.highlighted = 0
    reception = desk
    return []
  }

  /// Starts the form again for the next person, counting the one just logged.
  mutating func walkInRegistered(_ request: HelpRequest, next: ReceptionState) -> [AppEffect] {
    guard let desk = reception else { return [] }
    var fresh = next
    fresh.saved = Array(
      ([request.receivedAt.description.suffix(5) + " " + request.requester.name] + desk.saved)
        .prefix(8))
    reception = fresh
    message = StatusMessage(l(.walkInSaved(request.requester.name, next.walkInsToday)))
    return [requestCountsEffect, .reloadQueue]
  }
}
