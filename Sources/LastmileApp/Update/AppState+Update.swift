import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// Changes the state for what happened and returns the work to do. A pure function of the
  /// state and the action: no input, output, clock or environment is read here.
  public mutating func update(_ action: AppAction) -> [AppEffect] {
    let effects = apply(action)
    if quitting { return effects }
    if case .idle(.keepDraft) = action { return effects }
    offerPendingDraft()
    return effects + draftFollowUp()
  }

  private mutating func apply(_ action: AppAction) -> [AppEffect] {
    switch action {
    case .started(let info):
      return started(info)
    case .keyPressed(let key):
      // The emergency quit still works under the lock (the drafts are kept); nothing else
      // reaches what the lock hides.
      if lock?.locked == true, key != Keymaps.emergencyQuit, key != .control("c") {
        return lockKey(key)
      }
      lock?.lastActivity = now
      // The lock's key works wherever the keys are, a form being typed included.
      if keymap.action(for: key, in: [KeyContext.global.rawValue]) == ActionName.lock.rawValue {
        return lockNow()
      }
      return handle(key)
    case .pinChecked(let accepted):
      return pinChecked(accepted)
    case .resized(let newSize):
      size = newSize
      guard !isTooSmall else { return [.redraw] }
      return [.redraw] + [loadPage(navigation.tab, .reload, withCount: false)].compactMap { $0 }
    case .clockTicked(let moment):
      return clockTicked(moment)
    case .idle(.reloadLists):
      // What the desk or a visit changed shows in the queue and in the roster's columns, and
      // in the record book's flags on the status line.
      var effects: [AppEffect] = [.loadBookFlags, .loadSyncCounts]
      if queue.table.loaded {
        effects += [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
      }
      if roster.table.loaded {
        effects += [loadPage(.roster, .reload, withCount: false)].compactMap { $0 }
      }
      return effects
    case .idle(.keepDraft):
      return keepDraft()
    case .householdsLoaded(let request, let rows, let total):
      roster.table.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .visitsLoaded(let request, let rows, let total):
      diary.table.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .requestsLoaded(let request, let rows, let total):
      queue.table.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .countsLoaded(let newCounts, let byStatus):
      counts = newCounts
      if let byStatus { review.statusCounts = byStatus }
      return []
    case .followUpsCounted(let count):
      counts.followUpsDue = count
      return []
    case .requestCountsLoaded(let open, let overdue):
      counts.openRequests = open
      counts.overdueRequests = overdue
      return []
    case .formDataLoaded(let kind, let data, let draft):
      return openForm(kind, data: data, draft: draft)
    case .settingsSaved(let settings):
      policy = settings.policy
      schedule = settings.schedule
      categories = settings.categories
      phrases = settings.phrases
      closeForm()
      message = StatusMessage(l(.settingsSaved))
      return afterChange()
    case .operatorChanged(let name):
      operatorName = name
      closeForm()
      message = StatusMessage(l(.operatorChanged(name)))
      return loadPendingDemo()
    case .demoLoaded(let summary):
      navigation.removeAll { $0 == .busy || $0 == .firstStart }
      message = StatusMessage(
        l(.demoLoaded(summary.households, summary.visits, summary.requests)))
      return resetPanes()
    case .failed(let failure):
      return failed(failure)
    case .stopRequested:
      return quitNow()
    case .searchFound(let query, let result):
      return searchFound(query, result)
    case .rosterLocated(let key, let position):
      return rosterLocated(key, position)
    case .cardLoaded(let card):
      return cardLoaded(card)
    case .requestLoaded(let detail):
      return requestLoaded(detail)
    case .bookFlagsLoaded(let late, let flags):
      counts.lateBooks = late
      counts.deskFlags = flags
      return []
    case .syncCountsLoaded(let unsent, let conflicts, let loaded):
      counts.unsent = unsent
      counts.syncConflicts = conflicts
      counts.unsentLoaded = loaded
      return []
    case .syncProgress(let fraction):
      return syncProgressed(fraction)
    case .syncExported(let operations, let path, let peer):
      return syncExported(operations: operations, path: path, peer: peer)
    case .syncImported(let summary):
      return syncImported(summary)
    case .conflictSettled(let remaining):
      return conflictSettled(remaining: remaining)
    case .agendaLoaded(let agenda, let recorded):
      return agendaLoaded(agenda, recorded: recorded)
    case .slipPrinted(let path):
      closeForm()
      message = StatusMessage(l(.slipWritten(path)))
      return [.whenIdle(.reloadLists)] + (requestView.map { [.openRequest($0.request.id)] } ?? [])
    case .requestHandled(let label, let done):
      closeForm()
      message = StatusMessage(l(.requestHandled(done.label(language), label)))
      var effects =
        [requestCountsEffect, .whenIdle(.reloadLists)]
        + [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
      if let view = requestView { effects.append(.openRequest(view.request.id)) }
      return effects
    case .receptionLoaded(let data):
      return receptionLoaded(data)
    case .walkInsCounted(let count):
      updateDesk { $0.walkInsToday = count }
      return []
    case .peopleFound(let query, let people):
      return peopleFound(query, people)
    case .walkInRegistered(let request, let walkIns):
      return walkInRegistered(request, walkInsToday: walkIns)
    case .extraReceptionDayOpened:
      return extraReceptionDayOpened()
    case .bookLoaded(let book):
      return bookLoaded(book)
    case .noReceptionDay(let after):
      message = StatusMessage(l(after ? .noLaterReceptionDay : .noEarlierReceptionDay), .warning)
      return []
    case .bookHandedOver(let book):
      closeForm()
      updateBook { $0.book = book }
      message = StatusMessage(l(.bookHandedOverMessage(book.day, book.handover?.to ?? "")))
      // The status line stops saying the book is late.
      return [.loadBookFlags]
    case .householdsResolved(let typed, let found):
      return householdsResolved(typed, found)
    case .householdCandidatesFound(let typed, let candidates):
      return householdCandidatesFound(typed, candidates)
    case .cadresResolved(let typed, let found):
      return cadresResolved(typed, found)
    case .newCadresFound(let names, let retry):
      navigation.push(.dialog(.newCadres(names, retry: retry)))
      return []
    case .visitSaved(let label, let undo, let raised, let household):
      return visitSaved(label: label, undo: undo, raised: raised, household: household)
    case .visitDeleted(let label, let undo):
      undoStack.append(undo)
      message = StatusMessage(l(.deleted(label, keyName(.undo, in: .diary))))
      return afterChange()
    case .visitLoaded(let detail):
      return visitLoaded(detail)
    case .calendarLoaded(let month, let select):
      return calendarLoaded(month, select: select)
    case .rotaLoaded(let rota, let message):
      return rotaLoaded(rota, message: message)
    case .reviewLoaded(let figures):
      return reviewLoaded(figures)
    case .cadresLoaded(let rows, let period, let select):
      return cadresLoaded(rows, period, select: select)
    case .cadreLoaded(let detail, let selected):
      return cadreLoaded(detail, selected: selected)
    case .areasLoaded(let rows, let select):
      return areasLoaded(rows, select: select)
    case .registryChanged(let text, let warning, let select):
      return registryChanged(text, warning: warning, select: select)
    case .followUpMarked(let label, let undo):
      guard let label, let undo else {
        message = StatusMessage(l(.noFollowUp), .warning)
        return []
      }
      undoStack.append(undo)
      message = StatusMessage(l(.followUpMarked(label)))
      return afterChange()
    case .saved(let label, let household, let undo, let openCard):
      closeForm()
      undoStack.append(undo)
      message = StatusMessage(l(.saved(label)))
      var effects =
        [countsEffect] + [loadPage(.roster, .reload, withCount: true)].compactMap { $0 }
      if openCard || card != nil { effects.append(.openCard(household)) }
      return effects
    case .deleted(let label, let undo):
      undoStack.append(undo)
      message = StatusMessage(l(.deleted(label, keyName(.undo, in: .roster))))
      return afterChange()
    case .undone(let label):
      message = StatusMessage(l(.undone(label)))
      return afterChange()
    case .duplicatesFound(let hints, let retry):
      navigation.push(.dialog(.duplicates(hints, retry: retry)))
      return []
    case .formRejected(let problems):
      return formRejected(problems)
    case .imported(let report):
      closeForm()
      navigation.push(
        .dialog(
          .report(
            title: l(report.hasErrors && !report.written ? .importFailed : .importDone),
            lines: reportLines(report))))
      return report.written ? resetPanes() : []
    case .exported(let rows, let path):
      closeForm()
      message = StatusMessage(l(.exported(rows, path)))
      return []
    case .mergeTargetFound(let from, let into):
      navigation.push(.dialog(.merge(from: from, into: into)))
      return []
    case .merged(let from, let into):
      closeForm()
      message = StatusMessage(l(.merged(from.householdNo, into.householdNo)))
      return afterChange() + [.openCard(into.id)]
    case .revealed:
      if case .form(var layer) = navigation.top {
        for index in layer.form.fields.indices { layer.form.fields[index].concealed = nil }
        navigation.replaceTop(.form(layer))
      } else {
        updateCard { $0.revealed = true }
      }
      message = StatusMessage(l(.revealed), .warning)
      return []
    }
  }

  /// A failure said on the form it came from, or on the status line.
  private mutating func failed(_ failure: Failure) -> [AppEffect] {
    navigation.removeAll { $0 == .busy }
    progress = nil
    let text = failure.text(language)
    if case .form(var layer) = navigation.top {
      layer.form.message = text
      navigation.replaceTop(.form(layer))
    } else {
      message = StatusMessage(l(.errorStatus(text)), .error)
    }
    return []
  }

  /// The store's refusal of a form's record, each problem under its field.
  mutating func formRejected(_ problems: [FieldProblem]) -> [AppEffect] {
    guard case .form(var layer) = navigation.top else { return [] }
    var first: FieldID?
    for problem in problems {
      if let id = FieldID(problem.field), layer.form.has(id) {
        layer.form.setMessage(problem.reason.text(language), for: id)
        if first == nil { first = id }
      } else {
        layer.form.message = problem.text(language)
      }
    }
    // The focus goes to the first field refused, as a check of the form does.
    if let first { layer.form.focus(on: first) }
    navigation.replaceTop(.form(layer))
    return []
  }

  /// The lines of an import report: the summary, then the first problems.
  func reportLines(_ report: ImportReport) -> [String] {
    var lines = [
      l(
        .importSummary(
          report.table.title(language), report.added, report.updated, report.unchanged,
          report.rejected, report.rows, report.encoding.rawValue))
    ]
    if !report.written, report.hasErrors { lines.append(l(.importRefusedInApp(report.rejected))) }
    if let rejected = report.rejectedFile {
      lines.append(l(.importRejectedWritten(rejected.path)))
    }
    let shown = 8
    lines += report.problems.prefix(shown).map { $0.text(language) }
    if report.problemCount > shown {
      lines.append(l(.moreProblems(report.problemCount - shown)))
    }
    return lines
  }
}
