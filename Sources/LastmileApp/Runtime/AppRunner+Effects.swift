import Foundation
import LastmileCore
import LastmileDemo
import LastmileStore
import TerminalKit

extension AppRunner {
  /// Does one piece of work against the store; returns what happened.
  func perform(_ effect: AppEffect) -> AppAction? {
    do {
      return try performThrowing(effect)
    } catch StoreError.invalidRecord(let problems) {
      return .formRejected(problems)
    } catch {
      return .failed(failure(error))
    }
  }

  private func performThrowing(_ effect: AppEffect) throws -> AppAction? {
    switch effect {
    case .loadPage(let tab, let request, let anchor, let limit, let sort, let filter, let count):
      return try loadPage(tab, request, anchor, limit, sort, filter, count)
    case .loadCounts(let full):
      return full
        ? .countsLoaded(try store.counts(), try store.requestCountsByStatus())
        : .countsLoaded(try store.headlineCounts(), nil)
    case .loadSyncCounts, .syncExport, .syncImport, .settleConflict:
      return try performSync(effect)
    case .loadBookFlags:
      let flags = try store.bookFlags()
      return .bookFlagsLoaded(flags.lateBooks, flags.deskFlags)
    case .loadRequestCounts:
      let counts = try store.requestHeadlineCounts()
      return .requestCountsLoaded(open: counts.open, overdue: counts.overdue)
    case .loadDiaryCounts:
      return .followUpsCounted(try store.followUpsDueCount())
    case .loadFormData(let kind, let draft):
      return .formDataLoaded(kind, try formData(kind), draft: draft)
    case .searchRoster(let query, let filter, let sort, let after, let backward, let including):
      return .searchFound(
        query: query,
        try store.searchRoster(
          query, filter: filter, sort: sort, after: after, backward: backward,
          including: including))
    case .locateRoster(let key, let filter, let sort):
      return .rosterLocated(
        key, position: try store.rosterPosition(of: key, filter: filter, sort: sort))
    case .whenIdle(let event):
      return .idle(event)
    case .openCard(let id):
      return .cardLoaded(try store.householdCard(id: id))
    case .saveHousehold(let household, let cadre, let isNew, let confirmed):
      return try saveHousehold(household, cadre: cadre, isNew: isNew, confirmed: confirmed)
    case .saveMember(let member, let isNew, let confirmed):
      return try saveMember(member, isNew: isNew, confirmed: confirmed)
    case .deleteHousehold(let id):
      let household = try store.household(id: id)
      try store.deleteHousehold(id: id)
      let label = household.map { "\($0.householdNo) \($0.headName)" } ?? ""
      return .deleted(label: label, undo: .restoreHousehold(id, label: label))
    case .deleteMember(let id):
      let member = try store.member(id: id)
      try store.deleteMember(id: id)
      let label = member?.name ?? ""
      return .deleted(label: label, undo: .restoreMember(id, label: label))
    case .undo(let entry):
      try undo(entry)
      return .undone(label: entry.label)
    case .reveal(let id):
      try store.recordReveal(householdId: id)
      return .revealed
    case .findMergeTarget(let source, let number):
      guard let target = try store.household(number: number), target.id != source,
        let from = try store.household(id: source)
      else {
        return .formRejected([FieldProblem(.householdNo, .missingReference(number))])
      }
      return .mergeTargetFound(from: from, into: target)
    case .merge(let source, let target):
      guard let from = try store.household(id: source), let into = try store.household(id: target)
      else { throw StoreError.recordGone(RecordName(.household)) }
      try store.mergeHousehold(source, into: target)
      return .merged(from: from, into: into)
    case .importFile(let table, let path, let dryRun, let skipInvalid, let language):
      let url = UserPath.url(path)
      return .imported(
        try store.importCSV(
          table, from: url, name: path,
          options: ImportOptions(dryRun: dryRun, skipInvalid: skipInvalid, language: language)))
    case .exportFile(let table, let options, let path):
      let url = UserPath.url(path)
      let rows = try writeFile(url) { sink in try store.export(table, options: options, to: &sink) }
      return .exported(rows: rows, path: url.path)
    case .saveSettings(let settings):
      try store.saveLocalitySettings(settings)
      return .settingsSaved(try store.localitySettings())
    case .changeOperator(let name):
      store = try store.acting(as: name)
      return .operatorChanged(store.operatorName)
    case .loadDemo:
      return .demoLoaded(try store.fillWithDemoData())
    case .saveDraft(let draft):
      try store.saveDraft(draft)
      return nil
    case .clearDraft(let kind):
      try store.clearDraft(kind: kind)
      return nil
    case .redraw:
      backend.invalidate()
      return nil
    case .checkPIN(let pin):
      return .pinChecked(lockFile?.accepts(pin) ?? true)
    case .openRequest, .handleRequest, .loadReception, .openExtraReceptionDay, .countWalkIns,
      .findPeople,
      .registerWalkIn, .openBook, .openAdjacentBook, .handOverBook, .exportBook, .printSlip,
      .loadAgenda, .printAgenda:
      return try performRequests(effect)
    case .resolveHouseholds, .findHouseholdCandidates, .resolveCadres, .saveVisit, .deleteVisit,
      .openVisit,
      .markFollowUpDone, .openCalendar:
      return try performDiary(effect)
    case .loadRota(let month, let select, let change):
      return try performRota(month: month, select: select, change: change)
    case .loadReview(let period, let area):
      return .reviewLoaded(try store.reviewFigures(period: period, area: area, parts: .main))
    case .loadReviewLater(var figures):
      try store.addReviewFigures(to: &figures, parts: .later)
      return .reviewLoaded(figures)
    case .writeText(let text, let rows, let path):
      let url = UserPath.url(path)
      try writeFile(url) { sink in try sink.write(text) }
      return .exported(rows: rows, path: url.path)
    case .loadCadres, .openCadre, .saveCadre, .retireCadre, .assignContact, .endContact,
      .loadAreas, .saveArea, .retireArea:
      return try performRegistry(effect)
    }
  }

  /// What a form is built from, read from the store.
  private func formData(_ kind: FormKind) throws -> FormData {
    switch kind {
    case .settings:
      return .settings(try store.localitySettings())
    case .syncBundle:
      let peers = try store.syncPeers().sorted { ($0.receivedAt ?? "") > ($1.receivedAt ?? "") }
      return .sync(code: store.deviceCode, peers: peers.map(\.label))
    case .syncConflicts:
      return .conflicts(try store.syncConflicts())
    case .household(let id):
      return .household(
        try id.flatMap { try store.household(id: $0) },
        cadre: try id.flatMap { try store.contactCadre(ofHousehold: $0) },
        areas: try store.areaChoices(), cadres: try store.cadreChoices())
    case .member(let householdId, let memberId):
      guard let household = try store.household(id: householdId) else {
        throw StoreError.recordGone(RecordName(.household))
      }
      return .member(
        try memberId.flatMap { try store.member(id: $0) }, householdNo: household.householdNo)
    case .cadre(let id):
      return .registry(cadre: try id.flatMap(store.cadre(id:)), contact: nil, areas: [])
    case .contactHousehold(let cadre):
      return .registry(cadre: try store.cadre(id: cadre), contact: nil, areas: [])
    case .contactArea(let cadre):
      return .registry(
        cadre: try store.cadre(id: cadre), contact: nil, areas: try store.areaChoices())
    case .endContact(let id, let cadre):
      return .registry(
        cadre: try store.cadre(id: cadre), contact: try store.cadreContact(id: id), areas: [])
    case .rosterFilter, .diaryFilter, .calendarCadre, .area, .reviewScope:
      return .places(areas: try store.areaChoices(), cadres: try store.cadreChoices())
    case .merge(let source):
      guard let household = try store.household(id: source) else {
        throw StoreError.recordGone(RecordName(.household))
      }
      return .merge(householdNo: household.householdNo)
    case .queueFilter, .meetingOutcome:
      return .assignees(try store.localitySettings().transferTargets)
    case .handleRequest(let id, _):
      guard let detail = try store.requestDetail(id: id) else {
        throw StoreError.recordGone(RecordName(.request))
      }
      return .handling(
        detail, targets: try store.localitySettings().transferTargets,
        cadres: try store.cadreChoices())
    case .visit(let id, let household):
      let visit = try id.flatMap { try store.visit(id: $0) }
      if id != nil, visit == nil { throw StoreError.recordGone(RecordName(.visit)) }
      return .visit(
        VisitFormData(
          visit: visit,
          households: try store.householdRefs(visit?.householdIds ?? household.map { [$0] } ?? []),
          cadres: try store.cadreRefs(visit?.cadreIds ?? []).map(\.name),
          areas: try store.areaChoices()))
    case .chooseHousehold(let typed):
      return .householdChoices(try store.householdCandidates(typed))
    case .changeOperator, .importFile, .exportFile, .handOver, .exportBook, .bookDay, .dutyLeader,
      .transferSlip, .printAgenda, .phrase,
      .diarySearch,
      .queueSearch,
      .cadreSearch:
      return .none
    }
  }

  /// Writes a file whole or not at all.
  func writeFile<T>(_ url: URL, _ body: (inout FileSink) throws -> T) throws -> T {
    var sink = try FileSink(url: url)
    do {
      let result = try body(&sink)
      try sink.commit()
      return result
    } catch {
      sink.discard()
      throw error
    }
  }

  private func loadPage(
    _ tab: Tab, _ request: PageRequest, _ anchor: PageAnchor, _ limit: Int, _ sort: ListingSort,
    _ filter: PaneFilter, _ withCount: Bool
  ) throws -> AppAction? {
    switch (tab, filter) {
    case (.roster, .roster(let filter)):
      let (rows, total) = try LastmileStore.page(from: anchor, limit: limit, withCount: withCount) {
        try store.rosterPage(filter: filter, sort: sort, anchor: anchor, limit: limit)
      } count: {
        try store.rosterCount(filter: filter)
      }
      return .householdsLoaded(request, rows, total: total)
    case (.diary, .diary(let filter)):
      let (rows, total) = try LastmileStore.page(from: anchor, limit: limit, withCount: withCount) {
        try store.visitPage(filter: filter, sort: sort, anchor: anchor, limit: limit)
      } count: {
        try store.visitCount(filter: filter)
      }
      return .visitsLoaded(request, rows, total: total)
    case (.queue, .queue(let filter)):
      let (rows, total) = try LastmileStore.page(from: anchor, limit: limit, withCount: withCount) {
        try store.requestPage(filter: filter, sort: sort, anchor: anchor, limit: limit)
      } count: {
        try store.requestCount(filter: filter)
      }
      return .requestsLoaded(request, rows, total: total)
    default:
      return nil
    }
  }

  private func saveHousehold(_ household: Household, cadre: UUID?, isNew: Bool, confirmed: Bool)
    throws -> AppAction
  {
    if !confirmed {
      let hints = try store.householdsWithHead(
        household.headName, inVillageOf: household.areaId, except: household.id)
      if !hints.isEmpty {
        return .duplicatesFound(
          hints, retry: .saveHousehold(household, cadre: cadre, isNew: isNew, confirmed: true))
      }
    }
    let before = try store.household(id: household.id)
    let beforeCadre = try store.contactCadre(ofHousehold: household.id)
    try store.saveHousehold(household)
    if cadre != beforeCadre {
      try store.setContactCadre(householdId: household.id, cadreId: cadre, from: store.clock.today)
    }
    let label = "\(household.householdNo) \(household.headName)"
    let undo: UndoEntry =
      before.map { .saveHousehold($0, cadre: beforeCadre, label: label) }
      ?? .deleteHousehold(household.id, label: label)
    return .saved(label: label, household: household.id, undo: undo, openCard: isNew)
  }

  private func saveMember(_ member: Member, isNew: Bool, confirmed: Bool) throws -> AppAction {
    if !confirmed, !member.idNumber.isEmpty {
      let hints = try store.householdsWithIDNumber(
        member.idNumber, except: member.householdId, memberId: member.id)
      if !hints.isEmpty {
        return .duplicatesFound(hints, retry: .saveMember(member, isNew: isNew, confirmed: true))
      }
    }
    let before = try store.member(id: member.id)
    try store.saveMember(member)
    let undo: UndoEntry =
      before.map { .saveMember($0, label: member.name) }
      ?? .deleteMember(member.id, label: member.name)
    return .saved(label: member.name, household: member.householdId, undo: undo, openCard: true)
  }

  private func undo(_ entry: UndoEntry) throws {
    switch entry {
    case .restoreHousehold(let id, _): try store.restoreHousehold(id: id)
    case .deleteHousehold(let id, _): try store.deleteHousehold(id: id)
    case .saveHousehold(let household, let cadre, _):
      try store.saveHousehold(household)
      try store.setContactCadre(householdId: household.id, cadreId: cadre, from: store.clock.today)
    case .restoreMember(let id, _): try store.restoreMember(id: id)
    case .deleteMember(let id, _): try store.deleteMember(id: id)
    case .saveMember(let member, _): try store.saveMember(member)
    case .deleteVisit, .restoreVisit, .saveVisit, .reopenFollowUp: try undoDiary(entry)
    }
  }
}
