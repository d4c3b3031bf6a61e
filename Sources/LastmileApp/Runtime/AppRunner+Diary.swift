import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppRunner {
  /// Does the work of the diary: finding what a visit names, recording, deleting, reading.
  func performDiary(_ effect: AppEffect) throws -> AppAction? {
    switch effect {
    case .resolveHouseholds(let typed):
      return .householdsResolved(typed: typed, try store.resolveHouseholds(typed))
    case .findHouseholdCandidates(let typed):
      return .householdCandidatesFound(typed: typed, try store.householdCandidates(typed))
    case .resolveCadres(let typed):
      return .cadresResolved(typed: typed, try store.resolveCadres(typed))
    case .saveVisit(let input, let newCadres):
      return try saveVisit(input, newCadres: newCadres)
    case .deleteVisit(let id):
      let label = try visitLabel(id)
      try store.deleteVisit(id: id, requests: [])
      return .visitDeleted(label: label, undo: .restoreVisit(id, label: label))
    case .openVisit(let id):
      return .visitLoaded(try store.visitDetail(id: id))
    case .openCalendar(let target, let year, let month, let select):
      let cadre: CadreRef?
      switch target {
      case .cadre(let id): cadre = try store.cadreRef(id: id)
      case .visitCadre(let visit):
        cadre = try store.visit(id: visit).flatMap(\.cadreIds.first).flatMap(store.cadreRef(id:))
      case .operatorCadre: cadre = try store.operatorCadre()
      }
      return .calendarLoaded(
        try cadre.map { try store.cadreMonth($0, year: year, month: month) }, select: select)
    case .markFollowUpDone(let id):
      guard try store.markFollowUpDone(visit: id) else { return .followUpMarked(nil) }
      let label = try visitLabel(id)
      return .followUpMarked(label, undo: .reopenFollowUp(id, label: label))
    default:
      return nil
    }
  }

  /// Takes back one change to the diary.
  func undoDiary(_ entry: UndoEntry) throws {
    switch entry {
    case .deleteVisit(let id, let requests, _): try store.deleteVisit(id: id, requests: requests)
    case .restoreVisit(let id, _): try store.restoreVisit(id: id)
    case .saveVisit(let visit, _): try store.saveVisit(visit)
    case .reopenFollowUp(let id, _): try store.reopenFollowUp(visit: id)
    default: break
    }
  }

  /// How the status line names a visit: its date and first household or place.
  private func visitLabel(_ id: UUID) throws -> String {
    guard let detail = try store.visitDetail(id: id) else { return "" }
    let subject = detail.households.first.map(\.head) ?? detail.place
    return "\(detail.visit.date) \(subject)".trimmingCharacters(in: .whitespaces)
  }

  /// Records a visit once everything it names is found: a household or cadre not found, or
  /// fitting several, is said under its field; people not among the cadres are registered
  /// only when the user agreed (`newCadres`), and asked about first.
  private func saveVisit(_ input: VisitInput, newCadres: [String]) throws -> AppAction {
    var problems: [FieldProblem] = []
    let households = try store.resolveHouseholds(input.households)
    let cadres = try store.resolveCadres(input.cadres)
    for resolution in households { problems += Self.problem(resolution, .households) }
    for resolution in cadres {
      if case .ambiguous = resolution { problems += Self.problem(resolution, .cadres) }
    }
    if !problems.isEmpty { return .formRejected(problems) }
    let unknown = cadres.compactMap { resolution -> String? in
      if case .notFound(let name) = resolution { name } else { nil }
    }
    if !unknown.allSatisfy(newCadres.contains) {
      return .newCadresFound(unknown, retry: .saveVisit(input, newCadres: unknown))
    }
    // Registered as staff until the registry says more, with the visit or not at all.
    let registered = unknown.map { Cadre(name: $0, role: .staff) }
    var cadreIds: [UUID] = []
    for resolution in cadres {
      let id: UUID? =
        switch resolution {
        case .found(let cadre): cadre.id
        case .notFound(let name): registered.first { $0.name == name }?.id
        case .ambiguous: nil
        }
      if let id, !cadreIds.contains(id) { cadreIds.append(id) }
    }
    var householdIds: [UUID] = []
    for id in households.compactMap(\.value?.id) where !householdIds.contains(id) {
      householdIds.append(id)
    }
    // A visit's place is its households' village when they share one.
    let villages = Set(households.compactMap(\.value).map(\.villageId))
    let before = try input.id.flatMap { try store.visit(id: $0) }
    let visit = Visit(
      id: input.id ?? .timeOrdered(), date: input.date, kind: input.kind, cadreIds: cadreIds,
      householdIds: householdIds,
      areaId: input.place ?? (villages.count == 1 ? villages.first ?? nil : nil),
      hours: input.hours,
      content: input.content, problems: before?.problems ?? "", followUpOn: input.followUpOn,
      overnight: input.overnight, followUpDoneOn: before?.followUpDoneOn)
    let recorded = try store.recordVisit(visit, problems: input.problems, newCadres: registered)
    let label = try visitLabel(visit.id)
    let undo: UndoEntry =
      before.map { .saveVisit($0, label: label) }
      ?? .deleteVisit(visit.id, requests: recorded.requests.map(\.id), label: label)
    return .visitSaved(
      label: label, undo: undo, raised: recorded.requests.count,
      household: visit.householdIds.first)
  }

  private static func problem<T>(_ resolution: Resolution<T>, _ field: FieldName)
    -> [FieldProblem]
  {
    switch resolution {
    case .found: []
    case .notFound(let typed): [FieldProblem(field, .missingReference(typed))]
    case .ambiguous(let typed, let candidates):
      [FieldProblem(field, .ambiguous(typed, candidates: candidates.joined(separator: " · ")))]
    }
  }
}
