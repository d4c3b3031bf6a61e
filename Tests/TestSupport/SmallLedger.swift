import Foundation
import LastmileCore
import LastmileStore

extension Fixtures {
  /// A small ledger written by hand, for whole-frame tests: one village with two groups, three
  /// households, a cadre, two visits and two requests (one of them overdue on `today`).
  public static func smallLedger(in folder: TemporaryFolder) throws -> LastmileStore {
    let store = try self.store(in: folder, operatorName: "王主任")
    let township = Area(id: uuid(1), parentId: nil, level: .township, name: "青山镇")
    let village = Area(id: uuid(2), parentId: township.id, level: .village, name: "石桥村")
    let one = Area(id: uuid(3), parentId: village.id, level: .group, name: "一组")
    let two = Area(id: uuid(4), parentId: village.id, level: .group, name: "二组")
    for area in [township, village, one, two] { try store.saveArea(area) }
    let cadre = Cadre(id: uuid(5), name: "李干部", role: .staff, phone: "13900000001")
    try store.saveCadre(cadre)
    let households = [
      Household(
        id: uuid(10), householdNo: "01010001", headName: "张三丰", areaId: one.id, address: "石桥村一组1号",
        phone: "13812341234", categories: [.povertyAlleviated, .emptyNestElderly],
        povertyCause: .illness),
      Household(
        id: uuid(11), householdNo: "01010002", headName: "欧阳娜娜", areaId: one.id, address: "石桥村一组2号",
        phone: "0739-5123456", categories: [.minimumAllowance]),
      Household(
        id: uuid(12), householdNo: "01010003", headName: "Smith", areaId: two.id, address: "石桥村二组1号"
      ),
    ]
    for household in households {
      try store.saveHousehold(household)
      try store.assignContact(
        ContactAssignment(
          id: UUID(), cadreId: cadre.id, target: .household(household.id),
          startsOn: LocalDate(parsing: "2025-03-01")!))
    }
    try store.saveMember(
      Member(
        id: uuid(20), householdId: uuid(10), name: "张三丰", relation: .head,
        idNumber: idNumber(born: LocalDate(parsing: "1950-04-05")!, male: true)))
    try store.saveMember(
      Member(
        id: uuid(21), householdId: uuid(11), name: "欧阳娜娜", relation: .head,
        idNumber: idNumber(born: LocalDate(parsing: "1980-09-10")!, male: false)))
    try store.saveVisit(
      Visit(
        id: uuid(30), date: LocalDate(parsing: "2026-11-20")!, kind: .homeVisit,
        cadreIds: [cadre.id],
        householdIds: [uuid(10)], areaId: village.id, hours: 1, content: "老人独居，血压偏高，按时服药。"))
    try store.saveVisit(
      Visit(
        id: uuid(31), date: LocalDate(parsing: "2026-11-18")!, kind: .phone, cadreIds: [cadre.id],
        householdIds: [uuid(11)], areaId: village.id, content: "电话回访，家中一切正常。"))
    try store.registerRequest(
      HelpRequest(
        id: uuid(40), receivedAt: LocalDateTime(parsing: "2026-11-11 15:20")!, channel: .walkIn,
        requester: Requester(name: "张三丰", householdId: uuid(10)), areaId: village.id,
        category: "health",
        content: "办理慢病卡"))
    try store.registerRequest(
      HelpRequest(
        id: uuid(41), receivedAt: LocalDateTime(parsing: "2026-11-24 09:05")!, channel: .phone,
        requester: Requester(name: "欧阳娜娜", householdId: uuid(11)), areaId: village.id,
        category: "infrastructure",
        content: "路灯坏了"))
    return store
  }

  /// A fixed UUID for fixtures: `00000000-0000-4000-8000-0000000000NN`.
  public static func uuid(_ n: Int) -> UUID {
    UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
  }
}
