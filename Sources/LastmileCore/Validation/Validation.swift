import Foundation

/// The rules a record must pass before it is stored; each returns the record in normal form
/// (ID numbers upgraded to 18 characters, phones in one form) or every problem found.
public enum Validation {
  /// A household: its number and head are required, its phone must be valid.
  public static func household(_ household: Household) -> Result<Household, FieldProblems> {
    var result = household
    var problems: [FieldProblem] = []
    result.householdNo = household.householdNo.trimmed
    result.headName = household.headName.trimmed
    if result.householdNo.isEmpty { problems.append(FieldProblem(.householdNo, .required)) }
    if result.headName.isEmpty { problems.append(FieldProblem(.headName, .required)) }
    TextRule.key.check(&result.householdNo, .householdNo, &problems)
    TextRule.name.check(&result.headName, .headName, &problems)
    TextRule.line.check(&result.address, .address, &problems)
    TextRule.text.check(&result.helpMeasures, .helpMeasures, &problems)
    TextRule.text.check(&result.notes, .notes, &problems)
    if let issued = result.cardIssuedOn, !plausibleDates.contains(issued) {
      problems.append(FieldProblem(.cardIssuedOn, .implausibleDate(issued.description)))
    }
    checkPhone(&result.phone, &problems)
    var seen = Set<HouseholdCategory>()
    result.categories = household.categories.filter { seen.insert($0).inserted }
    return problems.isEmpty ? .success(result) : .failure(FieldProblems(problems))
  }

  /// A member: the name is required; a given ID number must pass GB 11643 and agree with a
  /// given sex and birth date, which it fills in when they are missing.
  public static func member(_ member: Member, today: LocalDate) -> Result<Member, FieldProblems> {
    var result = member
    var problems: [FieldProblem] = []
    result.name = member.name.trimmed
    if result.name.isEmpty { problems.append(FieldProblem(.name, .required)) }
    if !member.idNumber.trimmed.isEmpty {
      switch ResidentID.validate(member.idNumber, today: today) {
      case .failure(let problem):
        problems.append(FieldProblem(.idNumber, .residentID(problem)))
      case .success(let id):
        result.idNumber = id.number
        if let sex = member.sex, sex != id.sex {
          problems.append(FieldProblem(.sex, .sexDisagreesWithID(idSays: id.sex)))
        }
        if let birth = member.birthDate, birth != id.birthDate {
          problems.append(FieldProblem(.birthDate, .birthDateDisagreesWithID(idSays: id.birthDate)))
        }
        result.sex = member.sex ?? id.sex
        result.birthDate = member.birthDate ?? id.birthDate
      }
    }
    TextRule.name.check(&result.name, .name, &problems)
    TextRule.line.check(&result.health, .health, &problems)
    TextRule.line.check(&result.disability, .disability, &problems)
    TextRule.line.check(&result.schooling, .schooling, &problems)
    TextRule.text.check(&result.notes, .notes, &problems)
    for index in result.tags.indices { TextRule.name.check(&result.tags[index], .tags, &problems) }
    if let birth = result.birthDate, !plausibleDates.contains(birth) {
      problems.append(FieldProblem(.birthDate, .implausibleDate(birth.description)))
    }
    checkPhone(&result.phone, &problems)
    return problems.isEmpty ? .success(result) : .failure(FieldProblems(problems))
  }

  /// A cadre: the name is required, the phone must be valid.
  public static func cadre(_ cadre: Cadre) -> Result<Cadre, FieldProblems> {
    var result = cadre
    var problems: [FieldProblem] = []
    result.name = cadre.name.trimmed
    if result.name.isEmpty { problems.append(FieldProblem(.name, .required)) }
    TextRule.name.check(&result.name, .name, &problems)
    TextRule.line.check(&result.unit, .unit, &problems)
    TextRule.text.check(&result.notes, .notes, &problems)
    checkPhone(&result.phone, &problems)
    return problems.isEmpty ? .success(result) : .failure(FieldProblems(problems))
  }

  /// A help request: who asked and what they asked are required, a phone must be valid.
  /// The request checked; `today`, when given, refuses a receipt on a later day.
  public static func request(_ request: HelpRequest, today: LocalDate? = nil) -> Result<
    HelpRequest, FieldProblems
  > {
    var result = request
    var problems: [FieldProblem] = []
    if let today, request.receivedAt.date > today {
      problems.append(FieldProblem(.receivedAt, .inFuture(request.receivedAt.description)))
    }
    result.requester.name = request.requester.name.trimmed
    result.content = request.content.trimmed
    if result.requester.name.isEmpty { problems.append(FieldProblem(.requesterName, .required)) }
    if result.content.isEmpty { problems.append(FieldProblem(.content, .required)) }
    if result.category.isEmpty { problems.append(FieldProblem(.category, .required)) }
    TextRule.name.check(&result.requester.name, .requesterName, &problems)
    TextRule.line.check(&result.requester.place, .address, &problems)
    TextRule.text.check(&result.content, .content, &problems)
    checkPhone(&result.requester.phone, &problems)
    return problems.isEmpty ? .success(result) : .failure(FieldProblems(problems))
  }

  /// The days a birth or a card's issue can fall on: `9999-12-31` is a slip of the keys.
  public static let plausibleDates =
    LocalDate(year: 1900, month: 1, day: 1)!...LocalDate(year: 2099, month: 12, day: 31)!

  /// The earliest day a visit is taken from: an older one is a slip of the keys.
  public static let earliestVisit = LocalDate(year: 2000, month: 1, day: 1)!

  /// A visit: not in the future, something written, at least one cadre, hours 0–24, a
  /// follow-up not before the visit, and a place or households for a visit about a place.
  public static func visit(_ visit: Visit, today: LocalDate) -> Result<Visit, FieldProblems> {
    var result = visit
    var problems: [FieldProblem] = []
    if visit.date > today {
      problems.append(FieldProblem(.date, .inFuture(visit.date.description)))
    }
    if visit.date < earliestVisit {
      problems.append(FieldProblem(.date, .notBefore(earliestVisit.description)))
    }
    result.content = visit.content.trimmed
    if result.content.isEmpty { problems.append(FieldProblem(.content, .required)) }
    TextRule.text.check(&result.content, .content, &problems)
    TextRule.text.check(&result.problems, .problem, &problems)
    if visit.cadreIds.isEmpty { problems.append(FieldProblem(.cadres, .required)) }
    if let hours = visit.hours, !(0...24).contains(hours) {
      problems.append(FieldProblem(.hours, .hours))
    }
    if let followUp = visit.followUpOn, followUp < visit.date {
      problems.append(FieldProblem(.followUpOn, .notBefore(visit.date.description)))
    }
    if visit.kind.needsHousehold, visit.householdIds.isEmpty {
      problems.append(FieldProblem(.households, .required))
    }
    if visit.kind.needsPlace, visit.householdIds.isEmpty, visit.areaId == nil {
      problems.append(FieldProblem(.place, .placeNeeded))
    }
    return problems.isEmpty ? .success(result) : .failure(FieldProblems(problems))
  }

  private static func checkPhone(_ phone: inout String, _ problems: inout [FieldProblem]) {
    guard !phone.trimmed.isEmpty else {
      phone = ""
      return
    }
    switch PhoneNumber.normalize(phone) {
    case .success(let normal): phone = normal
    case .failure(let problem): problems.append(FieldProblem(.phone, .phone(problem)))
    }
  }
}
