import Foundation
import LastmileCore
import LastmileStore
import LastmileSync
import TestSupport
import Testing

@Suite("Bundles refused, the database untouched")
struct SyncRefusalTests {
  /// The database's files as bytes: the file and its write-ahead log.
  private func bytes(_ replica: Replica) throws -> [Data] {
    let path = replica.store.url.path
    return [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) ?? Data() }
  }

  /// A bundle from a small ledger to a new database, encrypted with `passphrase`.
  private func setUp() throws -> (Replica, Replica, Data, TemporaryFolder) {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    var settings = try b.store.localitySettings()
    settings.officeName = "青山镇"
    try b.store.saveLocalitySettings(settings)
    settings = try a.store.localitySettings()
    settings.officeName = "青山镇"
    try a.store.saveLocalitySettings(settings)
    let url = folder.file("a.lmsync")
    _ = try SyncExchange.export(a.store, to: "02", url: url, passphrase: "正确的口令-123")
    return (a, b, try Data(contentsOf: url), folder)
  }

  private func expectRefused(
    _ data: Data, passphrase: String?, with expected: SyncBundleError, into b: Replica,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try bytes(b)
    #expect(throws: expected, sourceLocation: sourceLocation) {
      try SyncExchange.import(b.store, data: data, passphrase: passphrase)
    }
    #expect(try bytes(b) == before, "the database changed", sourceLocation: sourceLocation)
  }

  @Test("a wrong passphrase is refused and the database stays byte for byte the same")
  func wrongPassphrase() throws {
    let (_, b, data, _) = try setUp()
    try expectRefused(data, passphrase: "不对的口令", with: .wrongPassphrase, into: b)
    try expectRefused(data, passphrase: nil, with: .passphraseNeeded, into: b)
    // The right one opens it.
    #expect(try SyncExchange.import(b.store, data: data, passphrase: "正确的口令-123").operations > 0)
  }

  @Test("a truncated bundle and a flipped byte are refused, each with its own reason")
  func truncatedAndAltered() throws {
    let (_, b, data, _) = try setUp()
    try expectRefused(data.prefix(40), passphrase: "正确的口令-123", with: .truncated, into: b)
    try expectRefused(
      data.prefix(data.count / 2), passphrase: "正确的口令-123", with: .altered, into: b)
    var flipped = data
    flipped[data.count / 2] ^= 0x01
    try expectRefused(flipped, passphrase: "正确的口令-123", with: .altered, into: b)
    try expectRefused(Data("name,phone\n".utf8), passphrase: nil, with: .notABundle, into: b)
  }

  @Test("a bundle of a newer format and one for another office are refused")
  func newerAndOtherOffice() throws {
    let (a, b, data, folder) = try setUp()
    var newer = data
    newer[7] = UInt8(SyncBundle.format + 1)
    try expectRefused(
      newer, passphrase: "正确的口令-123", with: .newerFormat(SyncBundle.format + 1), into: b)
    var settings = try a.store.localitySettings()
    settings.officeName = "河口乡"
    try a.store.saveLocalitySettings(settings)
    let url = folder.file("other.lmsync")
    _ = try SyncExchange.export(a.store, to: "02", url: url, passphrase: nil)
    try expectRefused(
      try Data(contentsOf: url), passphrase: nil, with: .otherOffice("河口乡"), into: b)
    // And a laptop's own bundle is not taken back.
    try expectRefused(try Data(contentsOf: url), passphrase: nil, with: .ownBundle, into: a)
  }

  @Test(
    "a line that is not an operation (not JSON, a part missing or of the wrong type) is refused by its number, the database untouched"
  )
  func malformedOperation() throws {
    let (_, b, data, _) = try setUp()
    let bundle = try SyncBundle.decode(data, passphrase: "正确的口令-123")
    let good = bundle.lines[0]
    let bad = [
      "not json at all",
      "[1, 2]",
      good.replacingOccurrences(of: "\"seq\":", with: "\"seq\":\"one\",\"x\":"),
      good.replacingOccurrences(of: "\"kind\":\"row\"", with: "\"kind\":\"rename\""),
      good.replacingOccurrences(of: "\"hlc\":\"", with: "\"hlc\":\"x"),
    ]
    for line in bad {
      var lines = bundle.lines
      lines.insert(line, at: 3)
      let plain = try SyncBundle(header: bundle.header, lines: lines).encoded(passphrase: nil)
      let before = try bytes(b)
      #expect(throws: StoreError.syncOperationMalformed(number: 4), "\(line.prefix(60))") {
        try SyncExchange.import(b.store, data: plain, passphrase: nil)
      }
      #expect(try bytes(b) == before, "the database changed")
    }
    #expect(
      StoreError.syncOperationMalformed(number: 4).text(.en).hasPrefix("change 4 of the bundle"))
  }

  @Test("a bundle whose request names an area nobody has is refused whole, the database untouched")
  func danglingReferenceRefused() throws {
    let (_, b, data, _) = try setUp()
    let bundle = try SyncBundle.decode(data, passphrase: "正确的口令-123")
    let index = try #require(
      bundle.lines.firstIndex {
        $0.contains("help_request") && $0.contains("\"area_id\":\"")
      })
    var lines = bundle.lines
    let line = lines[index]
    let start = try #require(line.range(of: "\"area_id\":\"")).upperBound
    let end = line.index(start, offsetBy: 36)
    lines[index] = line.replacingCharacters(
      in: start..<end, with: "00000000-0000-4000-8000-00000000dead")
    let plain = try SyncBundle(header: bundle.header, lines: lines).encoded(passphrase: nil)
    let before = try bytes(b)
    #expect(throws: StoreError.self) {
      try SyncExchange.import(b.store, data: plain, passphrase: nil)
    }
    #expect(try bytes(b) == before, "the database changed")
    #expect(try LastmileStore.check(at: b.store.url).isOK)
  }
}
