import LastmileCore

/// What the masked cells of an import leave (`430523********0179`, `138****1234`, as a default
/// export writes them): a masked cell that fits the stored value keeps it; one that does not fit
/// keeps it too, with a warning on its line; where nothing is stored the value is unknown, left
/// empty and counted, so that the file's report says how many were not carried.
struct ImportMasks {
  private var unknown: [FieldName: Int] = [:]

  /// The value `field` takes from `cells`: the cell as typed, or for a masked cell `stored`
  /// (empty and counted when nothing is stored).
  mutating func value(_ field: FieldName, _ cells: inout ImportParsing, stored: String) -> String {
    let cell = cells.text(field)
    guard cells.isMasked(field) else { return cell }
    if stored.isEmpty {
      unknown[field, default: 0] += 1
    } else if !Masking.fits(cell, stored) {
      cells.warn(field, .maskedMismatch(cell))
    }
    return stored
  }

  /// One warning per column whose masked cells were not known here, on the header's line.
  func warnings(_ file: ImportFile) -> [ImportProblem] {
    unknown.sorted { $0.key.rawValue < $1.key.rawValue }.map { field, count in
      ImportProblem(
        file: file.name, line: file.headerLine, column: file.headerOf[field] ?? field.chinese,
        reason: .maskedUnknown(count), isWarning: true)
    }
  }
}
