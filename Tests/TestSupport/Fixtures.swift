import Foundation
import LastmileCore
import LastmileDemo
import LastmileStore

/// Shared values and stores for tests.
public enum Fixtures {
  /// The date the tests take as today.
  public static let today = LocalDate(year: 2026, month: 11, day: 25)!

  /// The moment the tests take as now: ten in the morning of `today`, so that what a test
  /// draws or records of the time is the same on every run.
  public static let now = LocalDateTime(date: today, hour: 10, minute: 0)!

  /// A store on a new database file in `folder`, acting as `operatorName`, its clock stopped at `now`.
  public static func store(
    in folder: TemporaryFolder, name: String = "lastmile.db", operatorName: String = "测试员"
  )
    throws -> LastmileStore
  {
    try LastmileStore.open(at: folder.file(name), clock: .stopped(at: now), newDeviceId: deviceId)
      .acting(as: operatorName)
  }

  /// The device id of the tests' databases: its requests are numbered `SQ-…-B7-01`.
  public static let deviceId = "00000000-0000-4000-8000-0000000000b7"

  /// A store filled with demo data (200 households unless said otherwise).
  public static func demoStore(in folder: TemporaryFolder, households: Int = 200, seed: UInt64 = 7)
    throws
    -> LastmileStore
  {
    let store = try self.store(in: folder)
    _ = try store.fillWithDemoData(households: households, seed: seed)
    return store
  }

  /// A valid 18-character ID number for a birth date and sex (region 430523).
  public static func idNumber(born: LocalDate, male: Bool, sequence: Int = 12) -> String {
    let (y, m, d) = born.components
    let body =
      "430523" + LocalDate.pad(y, 4) + LocalDate.pad(m, 2) + LocalDate.pad(d, 2)
      + LocalDate.pad(sequence, 2)
      + String(male ? 1 : 2)
    return body + String(ResidentID.checkCharacter(for: body.compactMap(\.wholeNumberValue)))
  }
}
