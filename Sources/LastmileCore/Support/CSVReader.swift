/// Reads CSV (RFC 4180): quoted fields with doubled quotes and line breaks inside, CRLF or LF
/// line ends. Each record keeps the line it starts on, for messages that say where.
public enum CSVReader {
  /// One record and the line it starts on (from 1).
  public struct Record: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
  }

  /// The records of `text`, and the line of a quote left open (its record then runs to the end
  /// of the text); blank lines are skipped.
  public static func read(_ text: String) -> (records: [Record], unclosedQuoteLine: Int?) {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1
    var recordLine = 1
    var fieldStarted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(line: recordLine, fields: fields))
      }
      fields = []
      field = ""
      fieldStarted = false
    }
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where !fieldStarted || field.isEmpty:
        inQuotes = true
        fieldStarted = true
      case ",":
        fields.append(field)
        field = ""
        fieldStarted = false
      case "\r":
        let next = iterator.next()
        if next != "\n" { pending = next }
        endRecord()
        line += 1
        recordLine = line
      case "\n":
        endRecord()
        line += 1
        recordLine = line
      default:
        field.unicodeScalars.append(scalar)
        fieldStarted = true
      }
    }
    let openRecord = inQuotes ? recordLine : nil
    if !field.isEmpty || !fields.isEmpty || inQuotes { endRecord() }
    return (records, openRecord)
  }

  /// The records of `text`, blank lines skipped (a quote left open runs to the end).
  public static func records(_ text: String) -> [Record] { read(text).records }
}
