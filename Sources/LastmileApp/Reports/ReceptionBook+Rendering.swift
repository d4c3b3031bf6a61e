import Foundation
import LastmileCore
import LastmileStore

extension ReceptionBook {
  /// The book with the columns of the paper one, in `language`; phones masked unless `unmask`.
  public func table(_ language: Language, unmask: Bool = false) -> ReportTable {
    let l = Localizer(language)
    var preamble: [String] = []
    if !officeName.isEmpty { preamble.append(officeName) }
    preamble.append(l(.bookDayLine(day, entries.count)))
    if let by = extraDayOpenedBy { preamble.append(l(.bookExtraDay(by))) }
    if let leader = dutyLeader { preamble.append(l(.bookDutyLeader(leader))) }
    if changedSinceHandover > 0 {
      preamble.append(l(.bookChangedAfterHandover(changedSinceHandover)))
    }
    return ReportTable(
      title: l(.bookTitle(day)),
      preamble: preamble,
      columns: [
        .init(l(.bookNumber), alignment: .right, weight: 1), .init(l(.bookRequester), weight: 2),
        .init(l(.bookAddress), weight: 3), .init(l(.bookPhone), weight: 3),
        .init(l(.bookContent), weight: 6),
        .init(l(.bookDecision), weight: 5), .init(l(.bookAssignee), weight: 3),
        .init(l(.bookDue), weight: 2), .init(l(.colRequestNumber), weight: 4),
      ],
      rows: entries.map { entry in
        [
          entry.late == nil ? String(entry.number) : "\(entry.number) " + l(.bookLateMark),
          entry.requester, entry.address,
          unmask ? entry.phone : Masking.phone(entry.phone), entry.content,
          decisionText(entry, language),
          entry.assignee, dueText(entry, language), entry.requestNumber,
        ]
      },
      closing: [handoverText(language)]
        + lateEntries.compactMap { entry in
          entry.late.map { l(.bookLateEntry(entry.number, $0.by, $0.at)) }
        } + [l(.bookSignatures)],
      emptyText: l(.bookEmpty(day)))
  }

  /// 处理意见: the decision and what it says.
  func decisionText(_ entry: Entry, _ language: Language) -> String {
    guard let decision = entry.decision else { return Localizer(language)(.undecided) }
    let l = Localizer(language)
    return [decision.label(language), entry.decisionNote].filter { !$0.isEmpty }.joined(
      separator: l(.noteJoiner))
  }

  /// 答复期限: the date, or that the answer was given on the spot.
  func dueText(_ entry: Entry, _ language: Language) -> String {
    if entry.decision == .solvedOnSpot { return Localizer(language)(.bookAnsweredOnSpot) }
    return entry.dueOn?.description ?? ""
  }

  /// Whether, when, by whom and to whom the book was handed over.
  func handoverText(_ language: Language) -> String {
    let l = Localizer(language)
    guard let handover else { return l(.bookNotHandedOver) }
    let text = l(.bookHandedOver(handover.at, handover.by, handover.to))
    return handover.note.isEmpty ? text : text + l(.listSeparator) + handover.note
  }

  /// The book as JSON: stable English keys for scripts.
  public func json(unmask: Bool = false) -> JSONValue {
    .object([
      ("day", .string(day.description)), ("office", .nonEmpty(officeName)),
      (
        "handed_over",
        handover.map {
          .object([
            ("at", .string($0.at.isoText)), ("by", .string($0.by)), ("to", .string($0.to)),
            ("note", .nonEmpty($0.note)),
          ])
        } ?? .null
      ),
      (
        "entries",
        .array(
          entries.map { entry in
            .object([
              ("number", .int(entry.number)),
              ("id", .string(entry.requestId.uuidString.lowercased())),
              ("request_number", .nonEmpty(entry.requestNumber)),
              ("received_at", .string(entry.receivedAt.isoText)),
              ("requester_name", .string(entry.requester)),
              ("address", .nonEmpty(entry.address)),
              ("phone", .nonEmpty(unmask ? entry.phone : Masking.phone(entry.phone))),
              ("content", .string(entry.content)), ("decision", .optional(entry.decision?.code)),
              ("decision_note", .nonEmpty(entry.decisionNote)),
              ("assignee", .nonEmpty(entry.assignee)),
              ("due_on", .optional(entry.dueOn?.description)),
              ("status", .string(entry.status.code)),
              (
                "late_entry",
                entry.late.map {
                  .object([("by", .string($0.by)), ("at", .string($0.at.isoText))])
                } ?? .null
              ),
            ])
          })
      ),
    ])
  }

  /// The book in `format`.
  public func rendered(_ format: ReportFormat, language: Language, unmask: Bool = false) -> String {
    format == .json
      ? json(unmask: unmask).pretty() + "\n" : table(language, unmask: unmask).rendered(format)
  }
}
