import Foundation
import LastmileCore
import LastmileStore

extension DemoGenerator {
  static let channels = WeightedTable<RequestChannel>([
    (.walkIn, 40), (.phone, 30), (.letter, 8), (.mailbox, 8), (.other, 14),
  ])
  static let categories = WeightedTable<String>([
    ("policy", 18), ("elderly_care", 12), ("health", 10), ("infrastructure", 12), ("sanitation", 8),
    ("convenience", 10), ("dispute_security", 8), ("employment", 6), ("housing", 5),
    ("education_culture", 4), ("suggestion", 4), ("other", 3),
  ])
  static let decisions = WeightedTable<HandlingDecision>([
    (.solvedOnSpot, 35), (.transferred, 30), (.meeting, 13), (.explained, 22),
  ])
  static let satisfactions = WeightedTable<Satisfaction>([
    (.satisfied, 75), (.mostlySatisfied, 18), (.dissatisfied, 7),
  ])
  static let urgencies = WeightedTable<Urgency>([(.normal, 85), (.urgent, 12), (.critical, 3)])

  mutating func writeRequests(
    _ writer: inout BulkLoader, _ villages: [Village], _ households: [PlannedHousehold],
    raisedByVisits raised: [RaisedProblem]
  ) throws {
    let receptionDays = (1...365).map { today.adding(days: -$0) }.filter {
      $0.weekday == 3 && calendar.isWorkingDay($0)
    }
    let target = max(householdCount * 3, raised.count)
    for problem in raised {
      let household = households[problem.household]
      let received = LocalDateTime(
        date: problem.date, hour: random.int(9...17), minute: random.int(0...59))!
      try writeRequest(
        &writer, villages, received: received, channel: .visit, household: household,
        category: problem.category, content: problem.text, visitId: problem.visitId)
    }
    for index in 0..<(target - raised.count) {
      let channel = DemoGenerator.channels.pick(&random)
      let received: LocalDateTime
      if channel == .walkIn, !receptionDays.isEmpty {
        // Reception day: Wednesdays 15:00 to 17:40.
        let minute = random.int(0...159)
        received = LocalDateTime(
          date: random.pick(receptionDays), hour: 15 + minute / 60, minute: minute % 60)!
      } else {
        received = officeTime(on: pastDate(within: 365))
      }
      let category = DemoGenerator.categories.pick(&random)
      let content = random.pick(DemoTexts.requests[category]!)
      let household = random.chance(0.86) ? households[random.below(households.count)] : nil
      try writeRequest(
        &writer, villages, received: received, channel: channel, household: household,
        category: category,
        content: content, visitId: nil)
      if index % 5000 == 0 { report(0.6 + 0.25 * Double(index) / Double(target)) }
    }
  }

  private mutating func writeRequest(
    _ writer: inout BulkLoader, _ villages: [Village], received: LocalDateTime,
    channel: RequestChannel,
    household: PlannedHousehold?, category: String, content: String, visitId: UUID?
  ) throws {
    let requester: Requester
    let areaId: UUID
    let receiver: String
    if let household, let adult = household.adults.isEmpty ? nil : random.pick(household.adults) {
      requester = Requester(
        name: adult.name, phone: adult.phone, householdId: household.id, memberId: adult.id)
      areaId = villages[household.villageIndex].id
      receiver = cadreNames[household.contactCadres[0]] ?? "demo"
    } else {
      let village = random.pick(villages)
      let birth = today.year - random.int(20...70)
      requester = Requester(
        name: personName(bornIn: birth, male: random.chance(0.6)), phone: mobile(),
        place: village.name + "（非本村户籍）")
      areaId = village.id
      receiver = cadreNames[village.contactCadres[0]] ?? "demo"
    }
    var request = HelpRequest(
      id: random.uuid(), receivedAt: received, channel: channel, requester: requester,
      areaId: areaId,
      category: category, content: content, urgency: DemoGenerator.urgencies.pick(&random),
      visitId: visitId)
    var history = DemoHistory(request: request.id, operatorName: receiver)
    history.add(received, .received, from: nil, to: .registered, note: "")
    let replyDue = policy.replyDue(receivedOn: received.date, calendar: calendar).value
    let age = received.date.days(to: today)

    if (age <= 2 && random.chance(0.5)) || ((13...40).contains(age) && random.chance(0.05)) {
      // Not decided yet; one of the last weeks' was forgotten and is overdue by days or weeks,
      // as an office's backlog is (the older ones were dealt with long since).
      request.dueOn = replyDue
    } else {
      let decision = DemoGenerator.decisions.pick(&random)
      request.decision = decision
      switch decision {
      case .solvedOnSpot:
        request.decisionNote = random.pick(DemoTexts.solvedOnSpot)
        request.assignee = receiver
        let replied = later(received, minutes: random.int(10...60))
        request.status = .replied
        request.reply = request.decisionNote
        request.repliedAt = replied
        history.add(
          replied, .solvedOnSpot, from: .registered, to: .replied, note: request.decisionNote)
        closeMaybe(&request, &history, chance: 0.85)
      case .explained:
        request.decisionNote = random.pick(
          DemoTexts.explainedByCategory[category] ?? DemoTexts.explained)
        request.assignee = receiver
        request.dueOn = replyDue
        let replied = laterWorkingDay(received.date, by: random.int(0...2))
        guard replied <= today else { break }
        request.status = .replied
        request.reply = request.decisionNote
        request.repliedAt = officeTime(on: replied)
        history.add(
          request.repliedAt!, .explained, from: .registered, to: .replied,
          note: request.decisionNote)
        closeMaybe(&request, &history, chance: 0.7)
      case .transferred, .meeting:
        let handedOn = laterWorkingDay(received.date, by: random.int(0...2))
        guard handedOn <= today else {
          request.dueOn = replyDue
          break
        }
        if decision == .transferred {
          request.assignee = random.pick(DemoNames.departments)
          request.decisionNote = "转" + request.assignee + "办理"
          request.dueOn = policy.transferDue(transferredOn: handedOn, calendar: calendar)
        } else {
          request.assignee = "镇党政办"
          request.decisionNote = random.pick(DemoTexts.meeting)
          request.meeting = random.chance(0.7) ? .office : .branch
          request.dueOn = replyDue
        }
        request.status = .inProgress
        history.add(
          officeTime(on: handedOn), decision == .transferred ? .transferred : .referredToMeeting,
          from: .registered, to: .inProgress, note: request.decisionNote)
        // Some meetings have met: who solves the matter, and by when.
        let met = laterWorkingDay(handedOn, by: random.int(3...7))
        if decision == .meeting, random.chance(0.3), met <= today {
          let meeting = request.meeting ?? .office
          request.decision = .assignedByMeeting
          request.meeting = nil
          request.assignee = random.pick(DemoNames.departments)
          request.decisionNote = "\(meeting.chinese)决定：由\(request.assignee)限期解决"
          request.dueOn = laterWorkingDay(met, by: 10)
          history.add(
            officeTime(on: met), .meetingDecided, from: .inProgress, to: .inProgress,
            note: request.decisionNote)
        }
        settle(&request, &history, handedOn: handedOn)
      case .assignedByMeeting:
        break
      }
    }
    // Matters of principle mostly answered in writing, the rest orally.
    if !request.reply.isEmpty, request.replyKind == nil {
      let principle = LocalitySettings.defaultWrittenCategories.contains(request.category)
      request.replyKind = principle && random.chance(0.8) ? .written : .oral
    }
    try writer.request(
      request, created: stamp(received), updated: history.lastStamp ?? stamp(received))
    try history.write(&writer, stamp: stamp)
    summary.requests += 1
    if request.isOverdue(on: today) { summary.overdueRequests += 1 }
  }

  /// A request handed on: replied in time mostly, late sometimes, a few still open past due.
  private mutating func settle(
    _ request: inout HelpRequest, _ history: inout DemoHistory, handedOn: LocalDate
  ) {
    guard let due = request.dueOn else { return }
    // Past due, a request of the last five weeks may still be open; older ones were answered,
    // some of them late: an office's overdue list holds days and weeks, not a year.
    let stillOpen =
      due >= today ? random.chance(0.7) : due.days(to: today) <= 35 && random.chance(0.3)
    if stillOpen {
      if due < today {
        if random.chance(0.5) {
          history.add(
            officeTime(on: min(today.adding(days: -1), due.adding(days: 1))), .urged,
            from: .inProgress, to: .inProgress, note: "已电话催办" + request.assignee)
        }
      } else if random.chance(0.1) {
        let newDue = due.adding(days: random.int(5...10))
        history.add(
          officeTime(on: max(handedOn, today.adding(days: -1))), .extended,
          from: .inProgress, to: .inProgress, note: "\(newDue)：需现场勘查")
        request.dueOn = newDue
        request.extensions = 1
      }
      return
    }
    let latest = min(today, due.adding(days: random.chance(0.9) ? 0 : random.int(1...6)))
    guard handedOn < latest else { return }
    let repliedOn = handedOn.adding(days: random.int(1...handedOn.days(to: latest)))
    request.status = .replied
    request.reply = random.pick(DemoTexts.replies)
    request.repliedAt = officeTime(on: repliedOn)
    history.add(request.repliedAt!, .replied, from: .inProgress, to: .replied, note: request.reply)
    closeMaybe(&request, &history, chance: 0.8)
  }

  private mutating func closeMaybe(
    _ request: inout HelpRequest, _ history: inout DemoHistory, chance: Double
  ) {
    guard let replied = request.repliedAt, random.chance(chance) else { return }
    let closedOn = replied.date.adding(days: random.int(0...7))
    guard closedOn <= today else { return }
    let satisfaction = DemoGenerator.satisfactions.pick(&random)
    request.status = .closed
    request.satisfaction = satisfaction
    request.closedAt =
      closedOn == replied.date ? later(replied, minutes: 5) : officeTime(on: closedOn)
    history.add(request.closedAt!, .closed, from: .replied, to: .closed, note: satisfaction.chinese)
    if random.chance(0.2) {
      let followed = closedOn.adding(days: random.int(3...20))
      if followed < today {
        history.add(
          officeTime(on: followed), .followedUp, from: .closed, to: .closed,
          note: "电话回访：" + satisfaction.chinese)
      }
    }
  }

  private func later(_ time: LocalDateTime, minutes: Int) -> LocalDateTime {
    let total = min(time.minuteOfDay + minutes, 23 * 60 + 59)
    return LocalDateTime(date: time.date, hour: total / 60, minute: total % 60)!
  }

  private func laterWorkingDay(_ date: LocalDate, by days: Int) -> LocalDate {
    days == 0 ? date : calendar.adding(workingDays: days, to: date).value
  }
}

/// The history of one demo request, written to the audit log as the workflow would have.
struct DemoHistory {
  let request: UUID
  let operatorName: String
  private var events: [(LocalDateTime, RequestAction, RequestStatus?, RequestStatus?, String)] = []

  init(request: UUID, operatorName: String) {
    self.request = request
    self.operatorName = operatorName
  }

  mutating func add(
    _ at: LocalDateTime, _ action: RequestAction, from: RequestStatus?, to: RequestStatus?,
    note: String
  ) {
    events.append((at, action, from, to, note))
  }

  var lastStamp: String? {
    events.last.map { Timestamp.text($0.0.instant()) }
  }

  func write(_ writer: inout BulkLoader, stamp: (LocalDateTime) -> String) throws {
    for (at, action, from, to, note) in events {
      try writer.history(
        request: request, at: stamp(at), operatorName: operatorName, action: action,
        from: from, to: to, note: note)
    }
  }
}
