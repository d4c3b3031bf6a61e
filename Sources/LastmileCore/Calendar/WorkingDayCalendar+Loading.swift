import Foundation

extension WorkingDayCalendar {
  /// The shipped calendar with the years of the user's `holidays.txt` in the config folder, if any.
  ///
  /// A year in the user's file replaces the shipped year of the same number.
  public static func load(configFolder: URL) throws -> WorkingDayCalendar {
    let file = configFolder.appendingPathComponent(userFileName)
    guard FileManager.default.fileExists(atPath: file.path) else { return builtIn }
    let text = try TextFile.read(file)
    return builtIn.merging(try HolidayFileParser.parse(text, file: file.path))
  }

  /// The name of the user's holiday file in the config folder.
  public static let userFileName = "holidays.txt"
}
