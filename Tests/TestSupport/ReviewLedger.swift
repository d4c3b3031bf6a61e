import Foundation
import LastmileCore
import LastmileStore

extension Fixtures {
  /// The small ledger with an October (国庆 in it: 10-01 to 10-07 off, 10-10 a make-up working
  /// day) and a September behind it, each request handled on its own day:
  ///
  /// - 50, received 09-30, never answered: due 10-15 (seven working days: 10-08, 09, 10, 12,
  ///   13, 14, 15), unreplied past its deadline.
  /// - 51, received 10-01 (a holiday) by phone, health: due 10-15 the same way; replied on
  ///   10-15, the last working day of its deadline; closed 10-16 满意; followed up 10-20.
  /// - 52, received 10-09 at the desk, housing: due 10-19 (10-10, 12, 13, 14, 15, 16, 19);
  ///   replied 10-20, a day late; closed 10-21 不满意.
  /// - 53, received 10-20 by phone, health: due 10-29; never answered.
  /// - 54, received 10-30 by letter, infrastructure: due 11-10; replied 11-02; closed 11-03
  ///   基本满意.
  ///
  /// 李干部 visits household 12 (二组) on 09-15, 10-10 and 10-12; household 11 becomes a key
  /// household (重点户), last visited 11-18.
  public static func reviewLedger(in folder: TemporaryFolder) throws -> LastmileStore {
    let store = try smallLedger(in: folder)
    func on(_ moment: String) throws -> LastmileStore {
      try LastmileStore.open(
        at: folder.file("lastmile.db"), clock: .stopped(at: LocalDateTime(parsing: moment)!)
      ).acting(as: "王主任")
    }
    func request(
      _ n: Int, _ received: String, _ channel: RequestChannel, _ category: String,
      household: Int = 12
    ) throws {
      try on(received).registerRequest(
        HelpRequest(
          id: uuid(n), receivedAt: LocalDateTime(parsing: received)!, channel: channel,
          requester: Requester(name: "Smith", householdId: uuid(household)), areaId: uuid(2),
          category: category, content: "诉求 \(n)"))
    }
    try request(50, "2026-09-30 09:00", .phone, "policy")
    try request(51, "2026-10-01 08:30", .phone, "health")
    try request(52, "2026-10-09 15:10", .walkIn, "housing")
    try request(53, "2026-10-20 10:00", .phone, "health")
    try request(54, "2026-10-30 11:00", .letter, "infrastructure")
    _ = try on("2026-10-15 16:00").handleRequest(uuid(51), .reply(.oral, text: "已答复"))
    _ = try on("2026-10-16 09:00").handleRequest(uuid(51), .close(.satisfied, note: ""))
    _ = try on("2026-10-20 09:00").handleRequest(
      uuid(51), .followUp(.call, answer: .satisfied, note: "回访满意"))
    _ = try on("2026-10-20 16:00").handleRequest(uuid(52), .reply(.written, text: "已答复"))
    _ = try on("2026-10-21 09:00").handleRequest(uuid(52), .close(.dissatisfied, note: ""))
    _ = try on("2026-11-02 09:00").handleRequest(uuid(54), .reply(.oral, text: "已答复"))
    _ = try on("2026-11-03 09:00").handleRequest(uuid(54), .close(.mostlySatisfied, note: ""))
    for (n, day) in [(60, "2026-09-15"), (61, "2026-10-10"), (62, "2026-10-12")] {
      try store.saveVisit(
        Visit(
          id: uuid(n), date: LocalDate(parsing: day)!, kind: .homeVisit, cadreIds: [uuid(5)],
          householdIds: [uuid(12)], areaId: uuid(2), content: "走访 \(day)"))
    }
    var key = try store.household(id: uuid(11))!
    key.categories = [.minimumAllowance, .keyHousehold]
    try store.saveHousehold(key)
    return store
  }
}
