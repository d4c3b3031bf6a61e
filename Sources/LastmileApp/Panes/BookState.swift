import LastmileCore
import LastmileStore

/// A reception day's record book, open over the panes.
public struct BookState: Sendable, Equatable {
  public var book: ReceptionBook
  /// The entry selected, shown in full under the table.
  public var selected = 0

  public init(book: ReceptionBook) {
    self.book = book
  }

  /// The selected entry whole, for the reader: each column of the paper book on its line.
  func selectedText(_ language: Language) -> String? {
    let report = book.table(language)
    guard report.rows.indices.contains(selected) else { return nil }
    let row = report.rows[selected]
    let entry = book.entries[selected]
    // A late entry says who wrote it after the handover, and when.
    let late =
      entry.late.map { [Localizer(language)(.bookLateEntry(entry.number, $0.by, $0.at))] } ?? []
    return (zip(report.columns.map(\.header), row).map { $0 + "：" + $1 } + late)
      .joined(separator: "\n\n")
  }
}
