import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppRunner {
  /// Does the work of the registry: reading the cadres, a cadre and the areas, and writing
  /// their changes.
  func performRegistry(_ effect: AppEffect) throws -> AppAction? {
    let l = Localizer(state.language)
    switch effect {
    case .loadCadres(let period, let select):
      return .cadresLoaded(try store.cadreSummaries(period: period), period, select: select)
    case .openCadre(let id, let period, let selected):
      return .cadreLoaded(try store.cadreDetail(id: id, period: period), selected: selected)
    case .saveCadre(let cadre):
      try store.saveCadre(cadre)
      return .registryChanged(
        l(.cadreSaved(cadre.name.trimmingCharacters(in: .whitespaces))), warning: false,
        select: cadre.id)
    case .retireCadre(let id, let name, let day):
      try store.retireCadre(id: id, on: day)
      return .registryChanged(l(.cadreRetired(name)), warning: false)
    case .assignContact(let cadre, let typed, let area, let from):
      let target: ContactAssignment.Target
      let label: String
      if let area {
        target = .area(area)
        label = try store.areaChoices().first { $0.id == area }?.path.joined(separator: " › ") ?? ""
      } else {
        let text = (typed ?? "").trimmingCharacters(in: .whitespaces)
        let household: HouseholdRef
        if let found = try store.household(number: text) {
          household = try store.householdRefs([found.id])[0]
        } else {
          let heads = try store.householdCandidates(text).filter {
            $0.relation == .head && $0.person == text
          }
          guard heads.count == 1 else {
            return .formRejected([
              FieldProblem(
                .households,
                heads.isEmpty
                  ? .missingReference(text)
                  : .ambiguous(
                    text, candidates: heads.map(\.household.number).joined(separator: "、")))
            ])
          }
          household = heads[0].household
        }
        target = .household(household.id)
        label = household.number + " " + household.head
      }
      try store.assignContact(ContactAssignment(cadreId: cadre, target: target, startsOn: from))
      return .registryChanged(l(.contactAdded(label)), warning: false)
    case .endContact(let id, let day):
      let label = try store.cadreContact(id: id)?.label ?? ""
      let early = try store.endContact(id: id, on: day)
      return .registryChanged(
        l(early ? .contactEndedEarlyWarning(label) : .contactEndedMessage(label)), warning: early)
    case .loadAreas(let select):
      return .areasLoaded(try store.areaChoices(), select: select)
    case .saveArea(let area):
      try store.saveArea(area)
      return .registryChanged(l(.areaSaved(area.name)), warning: false, select: area.id)
    case .retireArea(let id, let name):
      try store.retireArea(id: id)
      return .registryChanged(l(.areaRetired(name)), warning: false)
    default:
      return nil
    }
  }
}
