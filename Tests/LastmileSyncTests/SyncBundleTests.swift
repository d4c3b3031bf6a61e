import Foundation
import LastmileCore
import LastmileSync
import Testing

@Suite("Sync bundles: the file")
struct SyncBundleTests {
  private let operations = (1...50).map { index in
    SyncOperation(
      device: "0f3a", sequence: Int64(index),
      time: HybridTimestamp(wall: 1_764_072_000_000 + Int64(index), counter: 0, device: "0f3a"),
      table: "household", row: "row-\(index % 7)", field: "address",
      value: index % 10 == 0 ? .null : .string("石桥村\(index)组"))
  }

  private var bundle: SyncBundle {
    SyncBundle(
      header: SyncBundle.Header(
        office: "青山镇", from: "0f3a", to: "office", made: "2026-11-25T10:00:00Z"),
      operations: operations)
  }

  @Test(
    "written encrypted and plain, a bundle reads back whole; its header reads without the passphrase"
  )
  func roundTrip() throws {
    let sealed = try bundle.encoded(passphrase: "山路十八弯")
    let read = try SyncBundle.decode(sealed, passphrase: "山路十八弯", office: "青山镇")
    #expect(read.operations == operations)
    #expect(read.header.operations == 50 && read.header.encrypted)
    #expect(try SyncBundle.header(of: sealed).from == "0f3a")
    // Encrypted: no address in clear.
    #expect(sealed.range(of: Data("石桥村".utf8)) == nil)
    let plain = try bundle.encoded(passphrase: nil)
    #expect(try SyncBundle.decode(plain, passphrase: nil).operations == operations)
    // Compressed: smaller than the operations as text.
    let text = operations.map { $0.json.serialized() }.joined(separator: "\n")
    #expect(plain.count < text.utf8.count / 2)
  }

  @Test("a wrong passphrase, none, another office: each refused with its own reason")
  func refusals() throws {
    let sealed = try bundle.encoded(passphrase: "山路十八弯")
    #expect(throws: SyncBundleError.wrongPassphrase) {
      try SyncBundle.decode(sealed, passphrase: "山路十九弯")
    }
    #expect(throws: SyncBundleError.passphraseNeeded) {
      try SyncBundle.decode(sealed, passphrase: nil)
    }
    #expect(throws: SyncBundleError.otherOffice("青山镇")) {
      try SyncBundle.decode(sealed, passphrase: "山路十八弯", office: "龙潭镇")
    }
    #expect(throws: SyncBundleError.notABundle) {
      try SyncBundle.decode(Data("户号,户主\n".utf8), passphrase: nil)
    }
  }

  @Test("a bundle cut short, or with any byte flipped, is refused")
  func damaged() throws {
    let sealed = try bundle.encoded(passphrase: "山路十八弯")
    for cut in [20, sealed.count / 2, sealed.count - 1] {
      #expect(throws: (any Error).self) {
        try SyncBundle.decode(sealed.prefix(cut), passphrase: "山路十八弯")
      }
    }
    #expect(throws: SyncBundleError.truncated) {
      try SyncBundle.decode(sealed.prefix(20), passphrase: "山路十八弯")
    }
    // The header's length flipped reads as cut or altered: refused either way.
    var length = sealed
    length[9] ^= 0x01
    #expect(throws: SyncBundleError.self) { try SyncBundle.decode(length, passphrase: "山路十八弯") }
    for position in [14, 40, sealed.count / 2, sealed.count - 40, sealed.count - 1] {
      var flipped = sealed
      flipped[position] ^= 0x01
      #expect(throws: SyncBundleError.altered) {
        try SyncBundle.decode(flipped, passphrase: "山路十八弯")
      }
    }
  }

  @Test("a bundle of a newer format is refused by its number, before anything else is read")
  func newerFormat() throws {
    var newer = try bundle.encoded(passphrase: nil)
    newer[7] = UInt8(SyncBundle.format + 1)
    #expect(throws: SyncBundleError.newerFormat(SyncBundle.format + 1)) {
      try SyncBundle.decode(newer, passphrase: nil)
    }
  }
}

@Suite("Sync bundles: what a refusal says")
struct SyncBundleMessageTests {
  @Test("each refusal says what is wrong in both languages")
  func messages() {
    #expect(SyncBundleError.wrongPassphrase.text(.zh).contains("口令不对"))
    #expect(SyncBundleError.newerFormat(2).text(.en).contains("format 2; this one reads 1"))
    #expect(SyncBundleError.otherOffice("龙潭镇").text(.zh).contains("“龙潭镇”"))
    #expect(SyncBundleError.truncated.text(.en).contains("cut short"))
  }
}

@Suite("Sync bundles: streamed a chunk at a time")
struct SyncBundleStreamTests {
  @Test("a bundle of many chunks reads back whole, in order, encrypted and plain")
  func manyChunks() throws {
    let filler = String(repeating: "村道硬化工程进度说明", count: 20)
    let operations = (1...6_000).map { index in
      SyncOperation(
        device: "0f3a", sequence: Int64(index),
        time: HybridTimestamp(wall: 1_764_072_000_000, counter: index, device: "0f3a"),
        table: "visit", row: "row-\(index)", field: "content", value: .string("\(index) \(filler)")
      )
    }
    let bundle = SyncBundle(
      header: SyncBundle.Header(office: "", from: "3F", to: "B7", made: "2026-11-25T10:00:00Z"),
      operations: operations)
    for passphrase in ["山路十八弯", nil] {
      let data = try bundle.encoded(passphrase: passphrase)
      // More than one chunk: the raw text is several mebibytes.
      #expect(bundle.lines.joined().utf8.count > 3 * SyncBundleWriter.chunkSize)
      let read = try SyncBundle.decode(data, passphrase: passphrase)
      #expect(read.lines == bundle.lines)
    }
  }
}
