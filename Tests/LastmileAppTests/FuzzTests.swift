import Crypto
import Foundation
import LastmileApp
import LastmileCore
import LastmileRules
import LastmileStore
import LastmileSync
import TerminalKit
import TestSupport
import Testing

/// Random and mutated inputs for every reader of a file from elsewhere — the CSV import, the
/// keymap and rules files, the sync bundle — with a seeded generator: none may crash, hang or
/// give back more than its input's worth. Each run prints its count and seed;
/// `LASTMILE_FUZZ_SEED` repeats one and `LASTMILE_FUZZ_CASES` makes a long run (the suite runs
/// 400 cases a reader).
@Suite("Fuzzing the readers of outside files", .timeLimit(.minutes(5)))
struct FuzzTests {
  static let seed = SeededGenerator.seed(from: "LASTMILE_FUZZ_SEED")
  static let cases = SeededGenerator.count(from: "LASTMILE_FUZZ_CASES", otherwise: 400)

  /// Bytes that make readers take other paths: quotes, separators, line ends, NUL, bytes
  /// that are not UTF-8, the starts of formulas and of TOML tables.
  static let tokens: [[UInt8]] = [
    [0x22], [0x2C], [0x0A], [0x0D, 0x0A], [0x00], [0xFF], [0xEF, 0xBB, 0xBF], [0x3D], [0x5B],
    [0x5D], [0x23], [0x09], Array("\"\"".utf8), Array("张三".utf8), [0xB1, 0x69], [0x1B, 0x5B],
    Array("=".utf8), Array("[[roles]]".utf8), Array("ctrl+".utf8),
    Array(String(repeating: "9", count: 40).utf8),
  ]

  /// `seed` mutated a few times: a byte changed, bytes put in, a run removed or doubled.
  static func mutate(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
    var bytes = seed
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0 where !bytes.isEmpty: bytes[at] = UInt8.random(in: 0...255, using: &random)
      case 1: bytes.insert(contentsOf: tokens.randomElement(using: &random)!, at: at)
      case 2 where !bytes.isEmpty:
        let end = min(bytes.count, at + Int.random(in: 1...64, using: &random))
        bytes.removeSubrange(at..<end)
      case 3 where !bytes.isEmpty:
        let end = min(bytes.count, at + Int.random(in: 1...256, using: &random))
        bytes.insert(contentsOf: bytes[at..<end], at: end)
      case 4:
        bytes.insert(
          contentsOf: (0..<Int.random(in: 1...32, using: &random)).map { _ in
            UInt8.random(in: 0...255, using: &random)
          }, at: at)
      default:
        bytes = Array(bytes.prefix(at))
      }
    }
    return bytes
  }

  /// Random bytes, a tenth of the cases; the seed mutated otherwise.
  static func input(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
    guard Int.random(in: 0..<10, using: &random) == 0 else { return mutate(seed, &random) }
    return (0..<Int.random(in: 0...2_000, using: &random)).map { _ in
      UInt8.random(in: 0...255, using: &random)
    }
  }

  /// A plain bundle of a demo laptop's whole data, as it would go on a USB stick.
  static func bundle(_ folder: TemporaryFolder, households: Int) throws -> Data {
    let store = try Fixtures.demoStore(in: folder, households: households)
    let url = folder.file("b.lmsync")
    _ = try SyncExchange.export(store, to: "B8", url: url, passphrase: nil, full: true)
    return try Data(contentsOf: url)
  }

  @Test("the CSV import reads mutated households and members files without crashing")
  func csvImport() throws {
    var random = SeededGenerator(seed: Self.seed)
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 20)
    var seeds: [[UInt8]] = []
    for table in [ExportTable.households, .members] {
      var sink = StringSink()
      try store.export(table, options: ExportOptions(format: .csv, language: .zh), to: &sink)
      seeds.append(Array(sink.text.utf8))
    }
    let file = folder.file("fuzz.csv")
    var refused = 0
    for index in 0..<Self.cases {
      let bytes = Self.input(seeds[index % 2], &random)
      try Data(bytes).write(to: file)
      do {
        let report = try store.importCSV(
          index % 2 == 0 ? .households : .members, from: file,
          options: ImportOptions(dryRun: true, language: .en))
        #expect(report.rows <= bytes.count, "seed \(Self.seed), case \(index)")
      } catch is StoreError {
        refused += 1
      } catch is CoreError {
        refused += 1
      }
      // What the reader gives back is never more than the file held.
      let text = String(decoding: bytes, as: UTF8.self)
      let records = CSVReader.read(text).records
      #expect(
        records.reduce(0) { $0 + $1.fields.reduce(0) { $0 + $1.utf8.count } } <= text.utf8.count,
        "seed \(Self.seed), case \(index)")
    }
    print("fuzz csv: \(Self.cases) cases, \(refused) refused whole, seed \(Self.seed)")
  }

  @Test("the keymap reader takes mutated keymap files and says what is wrong, by line")
  func keymapFiles() throws {
    var random = SeededGenerator(seed: Self.seed ^ 0x4B45)
    let seeds = Keymaps.builtIn.keys.sorted().map { Array(Keymaps.builtIn[$0]!.utf8) }
    for index in 0..<Self.cases {
      let text = String(decoding: Self.input(seeds[index % seeds.count], &random), as: UTF8.self)
      var keymap = Keymap()
      let problems = keymap.apply(text, file: "fuzz", rules: Keymaps.rules)
      let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
      #expect(problems.allSatisfy { $0.line <= lines + 1 }, "seed \(Self.seed), case \(index)")
      #expect(problems.count <= 3 * lines + 3, "seed \(Self.seed), case \(index)")
    }
    print("fuzz keymap: \(Self.cases) cases, seed \(Self.seed)")
  }

  @Test("the rules reader takes mutated rules files without crashing")
  func rulesFiles() throws {
    var random = SeededGenerator(seed: Self.seed ^ 0x5255)
    let shipped = try Data(
      contentsOf: BinaryRunner.packageRoot.appendingPathComponent(
        "Sources/LastmileRules/Resources/rules.toml"))
    var refused = 0
    for index in 0..<Self.cases {
      let text = String(decoding: Self.input(Array(shipped), &random), as: UTF8.self)
      let (override, problems) = RulesFile.parse(text, file: "fuzz.toml")
      if override == nil { refused += 1 }
      let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
      #expect(problems.count <= 3 * lines + 3, "seed \(Self.seed), case \(index)")
    }
    print("fuzz rules: \(Self.cases) cases, \(refused) refused whole, seed \(Self.seed)")
  }

  @Test(
    "the bundle reader refuses mutated bundles, and bundles mutated under a good checksum, in a sentence"
  )
  func bundles() throws {
    var random = SeededGenerator(seed: Self.seed ^ 0x4255)
    let folder = TemporaryFolder()
    let written = Array(try Self.bundle(folder, households: 10))
    var read = 0
    for index in 0..<Self.cases {
      var bytes = Self.input(written, &random)
      // Half the cases carry a checksum that holds, so that the reader goes past it.
      if index % 2 == 1, bytes.count > 32 {
        let body = bytes.dropLast(32)
        bytes = Array(body) + Array(SHA256.hash(data: Data(body)))
      }
      do {
        let reader = try SyncBundleReader(DataSource(Data(bytes)), passphrase: nil)
        var lines = 0
        var size = 0
        while let line = try reader.next() {
          lines += 1
          size += line.utf8.count
          #expect(lines <= 1_000_000, "seed \(Self.seed), case \(index)")
        }
        // A chunk inflates to at most 64 MB: what a bundle gives is bounded by its chunks.
        #expect(size <= (bytes.count + 1) * 64 << 10, "seed \(Self.seed), case \(index)")
        read += 1
      } catch let error as SyncBundleError {
        #expect(!error.text(.en).isEmpty)
      }
    }
    print("fuzz bundle: \(Self.cases) cases, \(read) read through, seed \(Self.seed)")
  }

  @Test(
    "bundles whose operations are mutated, sealed as a laptop would, are merged or refused in a sentence, and the database stays sound"
  )
  func mutatedOperations() throws {
    var random = SeededGenerator(seed: Self.seed ^ 0x4F50)
    let folder = TemporaryFolder()
    let reader = try SyncBundleReader(
      DataSource(try Self.bundle(folder, households: 5)), passphrase: nil)
    var lines: [String] = []
    while let line = try reader.next() { lines.append(line) }
    let target = try LastmileStore.open(
      at: folder.file("target.db"), clock: .stopped(at: Fixtures.now),
      newDeviceId: "00000000-0000-4000-8000-0000000000c8"
    ).acting(as: "测试员")
    let cases = max(20, Self.cases / 4)
    var merged = 0
    for index in 0..<cases {
      var mutated = lines
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<mutated.count, using: &random)
        let bytes = Self.mutate(Array(mutated[at].utf8), &random)
        mutated[at] = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
          of: "\n", with: " ")
      }
      var header = reader.header
      header.operations = mutated.count
      var data = Data()
      let writer = try SyncBundleWriter(header: header, passphrase: nil) { data.append($0) }
      for line in mutated { try writer.append(line) }
      try writer.finish()
      do {
        _ = try SyncExchange.import(target, data: data, passphrase: nil)
        merged += 1
      } catch let error as StoreError {
        #expect(!error.text(.en).isEmpty)
      } catch let error as SyncBundleError {
        #expect(!error.text(.en).isEmpty)
      }
      if index % 10 == 9 {
        let report = try LastmileStore.check(at: target.url)
        #expect(report.isOK, "seed \(Self.seed), case \(index): \(report.problems)")
      }
    }
    print("fuzz operations: \(cases) bundles, \(merged) merged, seed \(Self.seed)")
  }
}
