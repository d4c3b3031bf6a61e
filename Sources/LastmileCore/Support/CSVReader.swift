/// Reads a whole CSV text at once, as `CSVParser` reads it a piece at a time.
public enum CSVReader {
  /// The records of `text`, and the line of a quote left open (its record then runs to the end
  /// of the text); blank lines are skipped.
  public static func read(_ text: String) -> (records: [CSVParser.Record], unclosedQuoteLine: Int?)
  {
    var parser = CSVParser()
    let records = parser.feed(text.utf8)
    let (last, unclosed) = parser.finish()
    return (records + last, unclosed)
  }
}
