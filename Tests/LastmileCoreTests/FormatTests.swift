import Testing

@testable import LastmileCore

@Suite("CSV and JSON writing")
struct FormatTests {
  @Test("CSV starts with a byte-order mark and quotes only fields that need it")
  func csv() {
    var writer = CSVWriter()
    writer.write(["户号", "备注"])
    writer.write(["001", "含,逗号"])
    writer.write(["002", "引号\"和\n换行"])
    #expect(writer.text == "\u{FEFF}户号,备注\r\n001,\"含,逗号\"\r\n002,\"引号\"\"和\n换行\"\r\n")
  }

  @Test("JSON keeps the keys in the order given and escapes control characters")
  func json() {
    let value = JSONValue.object([
      ("b", .int(1)), ("a", .string("引\"号\n")),
      ("c", .array([.bool(true), .null, .double(1.5), .double(2)])),
    ])
    #expect(value.serialized() == #"{"b":1,"a":"引\"号\n","c":[true,null,1.5,2]}"#)
  }

  @Test("validation fills sex and birth date from the ID number and refuses disagreement")
  func memberValidation() throws {
    let today = LocalDate(year: 2026, month: 11, day: 25)!
    let member = Member(
      householdId: .init(), name: " 王秀英 ", relation: .spouse, idNumber: "11010519491231002x")
    let valid = try Validation.member(member, today: today).get()
    #expect(valid.name == "王秀英")
    #expect(valid.sex == .female)
    #expect(valid.birthDate == LocalDate(year: 1949, month: 12, day: 31))
    var wrong = member
    wrong.sex = .male
    #expect(
      Validation.member(wrong, today: today)
        == .failure(FieldProblems([FieldProblem(.sex, .sexDisagreesWithID(idSays: .female))])))
  }

  @Test("names with numbers sort as people count: digits and Chinese numerals by value")
  func naturalOrder() {
    let names = ["第10网格", "第2网格", "十一组", "二组", "一百零五组", "第1网格", "三组"]
    #expect(
      names.sorted(by: NaturalOrder.precedes)
        == ["二组", "三组", "十一组", "一百零五组", "第1网格", "第2网格", "第10网格"])
  }
}
