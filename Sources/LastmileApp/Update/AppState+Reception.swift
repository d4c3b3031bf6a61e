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
  /// A key while the reception desk has the keys.
  mutating func receptionKey(_ key: Key, _ desk: ReceptionState) -> [AppEffect] {
    var desk = desk
    var effects: [AppEffect] = []
    let onRequester = desk.form.focused == .requester
    let bound: ActionName? =
      key.isPrintable || (desk.form.pickOpen && key == .enter) ? nil : action(for: key)
    switch bound {
    case .formSubmit:
      desk.form.keepTyped()
      navigation.replaceTop(.reception(desk))
      if askOperatorFirst() { return [] }
      effects = saveWalkIn(&desk)
    case .back:
      // Esc closes what is open inside the form first; a desk holding typed text asks.
      if desk.form.pickOpen {
        desk.form.pickOpen = false
      } else if onRequester, !desk.matches.isEmpty {
        desk.matches = []
        desk.listClosed = true
      } else if desk.hasTypedText {
        navigation.replaceTop(.reception(desk))
        navigation.push(.dialog(.closeUnsaved))
        return []
      } else {
        navigation.pop()
        return []
      }
    case .book:
      navigation.replaceTop(.reception(desk))
      return [.openBook(today)]
    case .rota:
      navigation.replaceTop(.reception(desk))
      return openRota()
    case .formPhrase:
      navigation.replaceTop(.reception(desk))
      offerPhrases(for: desk.form)
      return []
    case .quit:
      navigation.replaceTop(.reception(desk))
      return requestQuit()
    case .help:
      navigation.replaceTop(.reception(desk))
      navigation.push(.help(scroll: 0))
      return []
    case .next, .previous:
      if desk.form.pickOpen {
        // The desk's lists take no free text: Tab closes the list first.
        desk.form.keepTyped()
      } else {
        desk.matches = []
        if bound == .next { desk.form.focusNext() } else { desk.form.focusPrevious() }
      }
    default:
      effects = deskEdit(key, &desk, onRequester: onRequester)
    }
    navigation.replaceTop(.reception(desk))
    return effects
  }

  /// Opens the desk as it starts: empty, with a household's head linked, or from a draft.
  mutating func receptionLoaded(_ data: ReceptionData) -> [AppEffect] {
    var desk = FormFactory.receptionState(data, state: self)
    switch data.start {
    case .blank: break
    case .household:
      if let person = data.linked {
        link(&desk, person)
        desk.prefilledForm = desk.form
        desk.prefilledLink = person
      }
    case .draft(let draft):
      desk.restore(draft, linked: data.linked)
      if !desk.receivedTyped { desk.follow(now: now) }
    }
    navigation.push(.reception(desk))
    // Outside the schedule the desk asks, once a day, whether this is an extra day (加开).
    if !data.extraDay, !schedule.isReceptionDay(today, calendar: calendar),
      askedExtraDay != today
    {
      askedExtraDay = today
      navigation.push(.dialog(.extraReceptionDay))
    }
    return []
  }

  /// Today was recorded as an extra reception day.
  mutating func extraReceptionDayOpened() -> [AppEffect] {
    updateDesk { $0.extraDay = true }
    message = StatusMessage(l(.receptionExtraOpened(today)))
    return []
  }

  /// A key given to the intake form: moving in the people found, or editing the field.
  private mutating func deskEdit(_ key: Key, _ desk: inout ReceptionState, onRequester: Bool)
    -> [AppEffect]
  {
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
    let width = Layout.areaWidth(
      of: desk.form, boxWidth: Layout.receptionFormWidth(size), measure: measure)
    switch desk.form.edit(key, measure: measure, areaWidth: width) {
    case .edited(let id):
      desk.form.setMessage(nil, for: id)
      return edited(FieldID(rawValue: id), &desk, chose: false)
    case .chose(let id):
      desk.form.setMessage(nil, for: id)
      return edited(FieldID(rawValue: id), &desk, chose: true)
    case .adjustDate, .none:
      return []
    }
  }

  /// What changing a field of the intake form does besides.
  ///
  /// An option chosen by its digit moves the focus on; one stepped to with an arrow stays.
  private mutating func edited(_ id: FieldID?, _ desk: inout ReceptionState, chose: Bool)
    -> [AppEffect]
  {
    switch id {
    case .requester:
      desk.listClosed = false
      let typed = desk.form[.requester]
      if let linked = desk.linked, linked.name != typed { desk.linked = nil }
      guard typed.nonBlank != nil else {
        desk.matches = []
        return []
      }
      return [.findPeople(typed)]
    case .received:
      desk.receivedTyped = true
    case .category:
      if chose { desk.form.focus(on: .content) }
    case .decision:
      let transfer = desk.form[.decision] == HandlingDecision.transferred.rawValue
      desk.showTarget(transfer)
      if chose { desk.form.focus(on: transfer ? .target : .detail) }
    case .target:
      if chose { desk.form.focus(on: .detail) }
    default:
      // A village picked, an urgency chosen: the next question comes.
      if chose { desk.form.focusNext() }
    }
    return []
  }

  /// Links the visitor to a person of the roster: their phone and village come with them.
  func link(_ desk: inout ReceptionState, _ person: PersonMatch) {
    desk.linked = person
    desk.matches = []
    desk.highlighted = 0
    desk.form[.requester] = person.name
    desk.form[.phone] = person.phone
    // The phone comes from the roster masked, as everywhere; typing replaces it whole.
    if let index = desk.form.fields.firstIndex(where: { $0.id == FieldID.phone.rawValue }) {
      desk.form.fields[index].concealed = FormFactory.mask(FieldID.phone.rawValue, person.phone)
    }
    if let village = person.villageId { desk.form[.village] = village.uuidString }
    desk.form.focus(on: .category)
  }

  /// Checks the form and asks to register the walk-in; or shows what is missing, field by field.
  private func saveWalkIn(_ desk: inout ReceptionState) -> [AppEffect] {
    switch FormFactory.walkIn(from: desk, now: now, language: language) {
    case .success(let (request, handling)):
      desk.form.message = nil
      return [.registerWalkIn(request, handling)]
    case .failure(let problems):
      let fields: [FieldName: FieldID] = [
        .requesterName: .requester, .phone: .phone, .category: .category, .content: .content,
        .decision: .detail, .assignee: .target, .receivedAt: .received,
      ]
      for problem in problems.all {
        if let id = fields[problem.field] {
          desk.form.setMessage(problem.reason.text(language), for: id)
        } else {
          desk.form.message = problem.text(language)
        }
      }
      if let first = desk.form.fields.first(where: { $0.message != nil }),
        let id = FieldID(rawValue: first.id)
      {
        desk.form.focus(on: id)
      }
      return []
    }
  }

  /// Takes in the people found for what was typed, if it is still what the field holds.
  mutating func peopleFound(_ query: String, _ people: PeopleFound) -> [AppEffect] {
    updateDesk { desk in
      guard desk.form[.requester] == query, desk.linked == nil else { return }
      desk.found = people
      desk.highlighted = 0
    }
    return []
  }

  /// The oldest record book late to be handed over, since when, and how many more: what the
  /// status line and the desk say; nil when none is late.
  var lateBookText: String? {
    counts.lateBooks.first.map { late in
      l(
        .statusLateBook(
          late.day.compact(relativeTo: today), late.since.compact(relativeTo: today),
          counts.lateBooks.count - 1))
    }
  }

  /// The desk flags in short, for the status line (`未定 2（自 11-26） · 退单 1（自 11-28）`).
  var deskFlagsText: String? {
    let parts = counts.deskFlags.map {
      l($0.flag.short($0.count, since: $0.since.compact(relativeTo: today)))
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// What the desk says of today under the schedule, and whether today holds a reception.
  var receptionDayLine: (text: String, held: Bool) {
    let hours = schedule.hoursText
    if reception?.extraDay == true { return (l(.receptionDayExtra(hours)), true) }
    switch schedule.reason(today, calendar: calendar) {
    case .scheduled?: return (l(.receptionDayToday(hours)), true)
    case .moved(let from, let holiday)?: return (l(.receptionDayMoved(from, holiday, hours)), true)
    case .makeUp(let name)?: return (l(.receptionDayMakeUp(name, hours)), true)
    case nil:
      guard let next = schedule.days(from: today, count: 1, calendar: calendar).first else {
        return (l(.receptionDayNone), false)
      }
      let names = l(.weekdays).split(separator: " ")
      return (
        l(.receptionDayNot("\(next.compact(relativeTo: today)) \(names[next.weekday - 1])")), false
      )
    }
  }

  /// Starts the form again for the next person, counting the one just logged.
  mutating func walkInRegistered(_ request: HelpRequest, walkInsToday: Int) -> [AppEffect] {
    guard reception != nil else { return [] }
    let entry = request.receivedAt.description.suffix(5) + " " + request.requester.name
    let moment = now
    updateDesk { desk in
      desk = desk.startingAgain(walkIns: walkInsToday, now: moment)
      desk.saved = Array(([String(entry)] + desk.saved).prefix(8))
    }
    message = StatusMessage(l(.walkInSaved(request.requester.name, request.number, walkInsToday)))
    return [requestCountsEffect, .whenIdle(.reloadLists)]
  }
}
