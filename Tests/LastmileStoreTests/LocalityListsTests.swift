import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The locality's categories and phrase book")
struct LocalityListsTests {
  @Test(
    "categories are the locality's: renamed, added and reordered are kept; codes stay for those kept"
  )
  func categoriesKept() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var settings = try store.localitySettings()
    #expect(settings.categories == RequestCategory.defaults)
    let parsed = RequestCategory.parse(
      lines: "住房 homes\n农村饮水 drinking water\n 其他 \n住房\n\n医疗健康", known: settings.categories)
    #expect(parsed.map(\.chinese) == ["住房", "农村饮水", "其他", "医疗健康"])
    #expect(parsed.map(\.code) == ["housing", "农村饮水", "other", "health"])
    #expect(parsed[0].english == "homes" && parsed[1].english == "drinking water")
    settings.categories = parsed
    settings.phrases = ["已当场解答。", "已转办。"]
    try store.saveLocalitySettings(settings)
    let read = try store.localitySettings()
    #expect(read.categories == parsed)
    #expect(read.phrases == ["已当场解答。", "已转办。"])
  }

  @Test("a category still used by requests cannot go, and more than twelve are refused")
  func refusals() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .phone,
        requester: Requester(name: "张三"), category: "housing", content: "漏雨"))
    var settings = try store.localitySettings()
    settings.categories = RequestCategory.defaults.filter { $0.code != "housing" }
    #expect(throws: StoreError.invalidRecord([FieldProblem(.category, .inUse("住房", 1))])) {
      try store.saveLocalitySettings(settings)
    }
    settings.categories =
      RequestCategory.defaults + [RequestCategory(code: "水", chinese: "水", english: "water")]
    #expect(throws: StoreError.invalidRecord([FieldProblem(.category, .count(most: 12))])) {
      try store.saveLocalitySettings(settings)
    }
    #expect(try store.localitySettings().categories == RequestCategory.defaults)
  }
}
