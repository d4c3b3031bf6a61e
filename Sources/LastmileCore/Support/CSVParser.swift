/// Reads CSV (RFC 4180) a piece at a time: quoted fields with doubled quotes and line breaks
/// inside, CRLF or LF line ends, blank lines skipped. A piece may end anywhere, even inside a
/// quoted field; each record keeps the line it starts on, for messages that say where.
///
/// The text is UTF-8, read as bytes: every byte the format gives a meaning to is ASCII, and no
/// byte of a multi-byte character is. A record longer than `recordLimit` bytes keeps only its
/// first ones and is marked, so that a quote left open in a large file does not gather the rest
/// of it into memory.
public struct CSVParser: Sendable {
  /// One record and the line it starts on (from 1).
  public struct Record: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
    /// Whether the record was longer than the parser keeps (its fields are cut short).
    public let isOversized: Bool

    public init(line: Int, fields: [String], isOversized: Bool = false) {
      self.line = line
      self.fields = fields
      self.isOversized = isOversized
    }
  }

  /// The most bytes of one record kept, unless a parser is given another limit.
  public static let defaultRecordLimit = 1 << 20
  /// The most bytes of one record kept.
  public let recordLimit: Int
  private var records: [Record] = []
  private var fields: [String] = []
  private var field: [UInt8] = []
  private var inQuotes = false
  /// A quote met inside quotes at the end of a piece: the next byte tells a doubled quote from
  /// the end of the field.
  private var quoteEnding = false
  /// A carriage return met at the end of a piece: a line feed that follows belongs to it.
  private var afterReturn = false
  private var line = 1
  private var recordLine = 1
  private var recordBytes = 0
  private var oversized = false

  public init(recordLimit: Int = defaultRecordLimit) {
    self.recordLimit = recordLimit
  }

  /// Reads the next piece of text; returns the records it completed.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Record] {
    for byte in bytes { take(byte) }
    defer { records.removeAll(keepingCapacity: true) }
    return records
  }

  /// Ends the text: the last record, and the line of a quote left open (its record then runs
  /// to the end of the text).
  public mutating func finish() -> (records: [Record], unclosedQuoteLine: Int?) {
    if quoteEnding {
      quoteEnding = false
      inQuotes = false
    }
    afterReturn = false
    let open = inQuotes ? recordLine : nil
    if !field.isEmpty || !fields.isEmpty || inQuotes { endRecord() }
    inQuotes = false
    defer { records.removeAll() }
    return (records, open)
  }

  private mutating func take(_ byte: UInt8) {
    if afterReturn {
      afterReturn = false
      if byte == UInt8(ascii: "\n") { return }
    }
    if quoteEnding {
      quoteEnding = false
      if byte == UInt8(ascii: "\"") {
        append(byte)
        return
      }
      inQuotes = false
    }
    if inQuotes {
      if byte == UInt8(ascii: "\"") {
        quoteEnding = true
      } else {
        if byte == UInt8(ascii: "\n") { line += 1 }
        append(byte)
      }
      return
    }
    switch byte {
    case UInt8(ascii: "\"") where field.isEmpty:
      inQuotes = true
    case UInt8(ascii: ","):
      endField()
    case UInt8(ascii: "\r"):
      afterReturn = true
      endLine()
    case UInt8(ascii: "\n"):
      endLine()
    default:
      append(byte)
    }
  }

  private mutating func append(_ byte: UInt8) {
    recordBytes += 1
    if recordBytes > recordLimit {
      oversized = true
    } else {
      field.append(byte)
    }
  }

  private mutating func endField() {
    fields.append(String(decoding: field, as: UTF8.self))
    field.removeAll(keepingCapacity: true)
  }

  private mutating func endLine() {
    endRecord()
    line += 1
    recordLine = line
  }

  private mutating func endRecord() {
    endField()
    if !(fields.count == 1 && fields[0].isEmpty) {
      records.append(Record(line: recordLine, fields: fields, isOversized: oversized))
    }
    // A new array of the last record's size: the record keeps the old one.
    let width = fields.count
    fields = []
    fields.reserveCapacity(width)
    recordBytes = 0
    oversized = false
  }
}
