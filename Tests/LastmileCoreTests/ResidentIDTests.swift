import Testing

@testable import LastmileCore

@Suite("Resident ID numbers (GB 11643)")
struct ResidentIDTests {
  let today = LocalDate(year: 2026, month: 11, day: 25)!

  @Test(
    "the standard's sample numbers pass, with sex and birth date read from them",
    arguments: [
      ("11010519491231002X", "1949-12-31", Sex.female),
      ("440524188001010014", "1880-01-01", Sex.male),
      ("110101200001010037", "2000-01-01", Sex.male),
      ("430523198805140026", "1988-05-14", Sex.female),
    ])
  func validNumbers(number: String, birth: String, sex: Sex) throws {
    let id = try ResidentID.validate(number, today: today).get()
    #expect(id.number == number)
    #expect(id.birthDate == LocalDate(parsing: birth))
    #expect(id.sex == sex)
    #expect(!id.wasUpgraded)
  }

  @Test("the check digit is computed with ISO 7064 MOD 11-2, X standing for 10")
  func checkDigit() {
    #expect(
      ResidentID.checkCharacter(for: Array("11010519491231002").compactMap(\.wholeNumberValue))
        == "X")
    #expect(
      ResidentID.checkCharacter(for: Array("44052418800101001").compactMap(\.wholeNumberValue))
        == "4")
  }

  @Test("a wrong check digit is refused, saying what it should be")
  func wrongCheckDigit() {
    #expect(
      ResidentID.validate("110105194912310021", today: today)
        == .failure(.checkDigit(expected: "X", found: "1")))
    let message = ResidentIDProblem.checkDigit(expected: "X", found: "1").text(.zh)
    #expect(message.contains("应为 X"))
  }

  @Test("a 15-digit legacy number is upgraded to 18 with a flag")
  func legacyNumber() throws {
    let id = try ResidentID.validate("110105491231002", today: today).get()
    #expect(id.number == "11010519491231002X")
    #expect(id.wasUpgraded)
    #expect(id.sex == .female)
  }

  @Test("each broken rule is named")
  func brokenRules() {
    #expect(ResidentID.validate("", today: today) == .failure(.empty))
    #expect(ResidentID.validate("1101051949123100", today: today) == .failure(.wrongLength(16)))
    #expect(
      ResidentID.validate("11010519491231A02X", today: today)
        == .failure(.notDigit(position: 15, character: "A")))
    #expect(
      ResidentID.validate("990105194912310020", today: today) == .failure(.unknownProvince("99")))
    #expect(
      ResidentID.validate("110105194902300020", today: today)
        == .failure(.invalidBirthDate("19490230")))
    #expect(
      ResidentID.validate("110105202712310020", today: today)
        == .failure(.birthDateInFuture(LocalDate(year: 2027, month: 12, day: 31)!)))
    #expect(ResidentID.validate("4.30523E+17", today: today) == .failure(.scientificNotation))
  }

  @Test("a lower-case x, spaces and full-width digits are accepted")
  func forgivingInput() throws {
    #expect(
      try ResidentID.validate("11010519491231002x", today: today).get().number
        == "11010519491231002X")
    #expect(
      try ResidentID.validate("110105 19491231 002X", today: today).get().number
        == "11010519491231002X")
    #expect(
      try ResidentID.validate("１１０１０５１９４９１２３１００２Ｘ", today: today).get().number
        == "11010519491231002X")
  }

  @Test("changing any one digit of a valid number makes it fail")
  func singleDigitErrorsAreCaught() {
    let valid = Array("430523198805140026")
    for position in 0..<17 {
      for digit in 0...9 where Character(String(digit)) != valid[position] {
        var changed = valid
        changed[position] = Character(String(digit))
        if case .success = ResidentID.validate(String(changed), today: today) {
          Issue.record("\(String(changed)) passed")
        }
      }
    }
  }

  @Test("every ID number the demo's generator would make for a birth date and sex agrees with them")
  func generatedNumbersAgree() throws {
    var day = LocalDate(year: 1930, month: 1, day: 1)!
    while day < today {
      for male in [true, false] {
        let (y, m, d) = day.components
        let body =
          "430523" + LocalDate.pad(y, 4) + LocalDate.pad(m, 2) + LocalDate.pad(d, 2) + "12"
          + (male ? "3" : "4")
        let number =
          body + String(ResidentID.checkCharacter(for: body.compactMap(\.wholeNumberValue)))
        let id = try ResidentID.validate(number, today: today).get()
        #expect(id.birthDate == day && id.sex == (male ? .male : .female))
      }
      day = day.adding(days: 97)
    }
  }
}

@Suite("Phone numbers")
struct PhoneNumberTests {
  @Test(
    "mobiles and landlines with their area code are accepted in one normal form",
    arguments: [
      ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"),
      ("+86 138-1234-5678", "13812345678"),
      ("008613812345678", "13812345678"), ("19912345678", "19912345678"),
      ("010-62345678", "010-62345678"), ("01062345678", "010-62345678"),
      ("(0739)5123456", "0739-5123456"),
      ("0739-5123456", "0739-5123456"), ("0755-23456789", "0755-23456789"),
      ("020-83456789转123", "020-83456789-123"),
    ])
  func valid(input: String, normal: String) {
    #expect(PhoneNumber.normalize(input) == .success(normal))
  }

  @Test("each bad number gets its reason")
  func invalid() {
    #expect(PhoneNumber.normalize("") == .failure(.empty))
    #expect(PhoneNumber.normalize("1381234567") == .failure(.mobileLength(10)))
    #expect(PhoneNumber.normalize("12812345678") == .failure(.mobilePrefix("12")))
    #expect(PhoneNumber.normalize("5123456") == .failure(.missingAreaCode))
    #expect(PhoneNumber.normalize("0739-512345") == .failure(.landlineLength(6)))
    #expect(PhoneNumber.normalize("0739-0123456") == .failure(.landlineLength(7)))
    #expect(PhoneNumber.normalize("07395-123456") == .failure(.badAreaCode("07395")))
    #expect(PhoneNumber.normalize("138abc12345") == .failure(.invalidCharacter("a")))
  }
}

@Suite("Masking")
struct MaskingTests {
  @Test("ID numbers keep the region code and the last four characters")
  func idNumbers() {
    #expect(Masking.idNumber("110101199003071234") == "110101********1234")
    #expect(Masking.idNumber("11010519491231002X") == "110105********002X")
  }

  @Test("mobiles keep three and four digits, landlines their area code and last four")
  func phones() {
    #expect(Masking.phone("13812341234") == "138****1234")
    #expect(Masking.phone("0739-5123456") == "0739-***3456")
    #expect(Masking.phone("010-12345678") == "010-****5678")
    #expect(Masking.phone("") == "")
  }
}
