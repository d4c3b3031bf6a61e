import Foundation
import LastmileCore
import Testing

@Suite("The hybrid logical clock and sync operations")
struct SyncOperationTests {
  @Test("each reading comes after the last, also when the wall clock stands still or goes back")
  func monotonic() {
    var clock = HybridClock(device: "b7")
    let first = clock.tick(wall: 1_000)
    let same = clock.tick(wall: 1_000)
    let back = clock.tick(wall: 900)
    let later = clock.tick(wall: 2_000)
    #expect(first < same && same < back && back < later)
    #expect(back.wall == 1_000 && back.counter == 2)
    #expect(later == HybridTimestamp(wall: 2_000, counter: 0, device: "b7"))
  }

  @Test("a reading received from a laptop whose clock runs ahead puts the next one after it")
  func receiveAhead() {
    var clock = HybridClock(device: "a1")
    _ = clock.tick(wall: 1_000)
    let remote = HybridTimestamp(wall: 5_000, counter: 3, device: "c2")
    clock.receive(remote, wall: 1_100)
    let next = clock.tick(wall: 1_200)
    #expect(remote < next)
    #expect(next.wall == 5_000)
  }

  @Test("readings as text sort as the readings do, and read back")
  func textOrder() {
    let readings = [
      HybridTimestamp(wall: 9, counter: 10, device: "a"),
      HybridTimestamp(wall: 10, counter: 0, device: "a"),
      HybridTimestamp(wall: 10, counter: 0, device: "b"),
      HybridTimestamp(wall: 1_764_072_000_000, counter: 2, device: "a"),
    ]
    #expect(readings.map(\.description).sorted() == readings.sorted().map(\.description))
    for reading in readings { #expect(HybridTimestamp(parsing: reading.description) == reading) }
  }

  @Test("an operation goes to JSON and back whole, its id unique by device and count")
  func jsonRoundTrip() throws {
    let operation = SyncOperation(
      device: "0f3a", sequence: 42, time: HybridTimestamp(wall: 1_000, counter: 1, device: "0f3a"),
      table: "household", row: "0193-abcd", field: "address", value: .string("石桥村3组"),
      prior: ["0f3a:41", "7c:9"])
    let data = Data(operation.json.serialized().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(SyncOperation(jsonObject: object) == operation)
    #expect(operation.id == "0f3a:42")
    let tombstone = SyncOperation(
      device: "0f3a", sequence: 43, time: HybridTimestamp(wall: 1_001, counter: 0, device: "0f3a"),
      table: "household", row: "0193-abcd", kind: .delete)
    let back = try #require(
      try JSONSerialization.jsonObject(with: Data(tombstone.json.serialized().utf8))
        as? [String: Any])
    #expect(SyncOperation(jsonObject: back) == tombstone)
  }

  @Test("the same operations applied in any order leave every field with the same winner")
  func anyOrderSameWinner() {
    // A seeded shuffle: the same cases every run.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    var operations: [SyncOperation] = []
    for index in 0..<60 {
      let device = ["a", "b", "c"][Int(next() % 3)]
      operations.append(
        SyncOperation(
          device: device, sequence: Int64(index),
          time: HybridTimestamp(wall: Int64(next() % 20), counter: Int(next() % 3), device: device),
          table: "member", row: "r\(next() % 4)", field: ["name", "phone"][Int(next() % 2)],
          value: .string("v\(index)")))
    }
    func applied(_ list: [SyncOperation]) -> [String: JSONValue] {
      var winners: [String: SyncOperation] = [:]
      for operation in list {
        let key = operation.row + "." + operation.field
        if let held = winners[key], !operation.wins(over: held) { continue }
        winners[key] = operation
      }
      return winners.mapValues(\.value)
    }
    let expected = applied(operations)
    for _ in 0..<20 {
      var shuffled = operations
      for index in shuffled.indices.reversed() {
        shuffled.swapAt(index, Int(next() % UInt64(index + 1)))
      }
      #expect(applied(shuffled) == expected)
    }
  }
}
