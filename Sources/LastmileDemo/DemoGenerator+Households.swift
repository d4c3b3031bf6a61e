import Foundation
import LastmileCore
import LastmileStore

extension DemoGenerator {
  /// A person planned before they are written.
  struct Person {
    var name: String
    var relation: Relation
    var male: Bool
    var birth: LocalDate
    var awayForWork = false
  }

  mutating func writeHouseholds(_ writer: inout BulkLoader, _ villages: [Village]) throws
    -> [PlannedHousehold]
  {
    var planned: [PlannedHousehold] = []
    planned.reserveCapacity(householdCount)
    var written = 0
    for (villageIndex, village) in villages.enumerated() {
      var numberInGroup = Array(repeating: 0, count: village.groups.count)
      for sequence in 1...max(village.households, 1) where village.households > 0 {
        let group = random.below(village.groups.count)
        numberInGroup[group] += 1
        let number =
          LocalDate.pad(village.townshipIndex + 1, 2) + LocalDate.pad(village.index + 1, 2)
          + LocalDate.pad(sequence, 4)
        let address = village.name + village.groups[group].name + "\(numberInGroup[group])号"
        planned.append(
          try writeHousehold(
            &writer, village: village, villageIndex: villageIndex, group: village.groups[group].id,
            number: number, address: address))
        written += 1
        if written % 2000 == 0 { report(0.02 + 0.33 * Double(written) / Double(householdCount)) }
      }
    }
    return planned
  }

  private mutating func writeHousehold(
    _ writer: inout BulkLoader, village: Village, villageIndex: Int, group: UUID, number: String,
    address: String
  ) throws -> PlannedHousehold {
    let elderlyOnly = random.chance(0.16)
    let people = planPeople(elderlyOnly: elderlyOnly)
    let head = people[0]
    let hasLeftBehindChild =
      people.contains {
        ($0.relation == .grandson || $0.relation == .granddaughter) && age($0.birth) < 16
      } && people.contains { $0.awayForWork }
    var categories: [HouseholdCategory] = []
    let poor = random.chance(elderlyOnly ? 0.22 : 0.13)
    let monitored = random.chance(poor ? 0.1 : 0.02)
    let allowance = random.chance(elderlyOnly ? 0.14 : 0.035)
    let extreme = elderlyOnly && people.count == 1 && random.chance(0.12)
    let disabled = random.chance(0.045)
    if poor { categories.append(.povertyAlleviated) }
    if monitored { categories.append(.monitored) }
    if allowance { categories.append(.minimumAllowance) }
    if extreme { categories.append(.extremePoverty) }
    if elderlyOnly && random.chance(0.85) { categories.append(.emptyNestElderly) }
    if hasLeftBehindChild { categories.append(.leftBehindChildren) }
    if disabled { categories.append(.disability) }
    if monitored || extreme || (allowance && disabled) || random.chance(0.02) {
      categories.append(.keyHousehold)
    }
    let cause: PovertyCause? =
      poor || monitored
      ? (disabled && random.chance(0.6) ? .disability : DemoGenerator.causes.pick(&random)) : nil
    let householdId = random.uuid()
    let created = stamp(LocalDateTime(startOf: today.adding(days: -random.int(380...1100))))

    var adults: [(UUID, String, String)] = []
    var householdPhone = ""
    var disabilityGiven = false
    var memberCreated: [(Member, Person)] = []
    for person in people {
      let memberAge = age(person.birth)
      let phone = memberAge >= 16 && random.chance(memberAge > 70 ? 0.35 : 0.8) ? mobile() : ""
      if householdPhone.isEmpty, !phone.isEmpty,
        person.relation == .head || person.relation == .spouse
      {
        householdPhone = phone
      }
      var member = Member(
        id: random.uuid(), householdId: householdId, name: person.name, relation: person.relation,
        sex: person.male ? .male : .female, birthDate: person.birth,
        idNumber: memberAge < 1 && random.chance(0.5) ? "" : idNumber(for: person), phone: phone)
      if memberAge > 55, random.chance(0.3) { member.health = random.pick(DemoTexts.healthNotes) }
      if disabled, !disabilityGiven, memberAge > 10 {
        member.disability = random.pick(DemoTexts.disabilityNotes)
        disabilityGiven = true
      }
      if (6...18).contains(memberAge) {
        member.schooling =
          memberAge < 12 ? "村小" + String(memberAge - 5) + "年级" : memberAge < 15 ? "镇中学" : "县一中"
      }
      if person.awayForWork { member.tags.append("外出务工") }
      if hasLeftBehindChild, memberAge < 16,
        person.relation == .grandson || person.relation == .granddaughter
      {
        member.tags.append("留守儿童")
      }
      memberCreated.append((member, person))
      if memberAge >= 18 { adults.append((member.id, member.name, phone)) }
    }
    if householdPhone.isEmpty {
      householdPhone =
        random.chance(0.4)
        ? landline() : memberCreated.first(where: { !$0.0.phone.isEmpty })?.0.phone ?? ""
    }
    let household = Household(
      id: householdId, householdNo: number, headName: head.name, areaId: group, address: address,
      phone: householdPhone, categories: categories, povertyCause: cause,
      cardIssuedOn: random.chance(0.85) ? today.adding(days: -random.int(30...1000)) : nil,
      helpMeasures: poor || monitored || allowance
        ? (0..<random.int(1...2)).map { _ in random.pick(DemoTexts.helpMeasures) }.joined(
          separator: "；") : "",
      notes: random.chance(0.06) ? "户主长期在外务工，有事请联系其家属。" : "")
    let rowid = try writer.household(household, created: created)
    for (member, _) in memberCreated { try writer.member(member, created: created) }
    writer.searchDocument(rowid: rowid, household, members: memberCreated.map(\.0))
    summary.households += 1
    summary.members += memberCreated.count

    // One contact cadre of the village: a key or poor household one whose role takes
    // households while they have room (the one drawn first), any other a village committee
    // member; key households also one of its leaders, while the leader has room.
    let drawn = village.contactCadres[random.below(village.contactCadres.count)]
    // (An ordinary household now and then too, so that a small township fills the roles.)
    let needy =
      household.categories.contains(.keyHousehold) || poor || monitored || allowance
      || extra.chance(0.6)
    var first = needy ? takeRoom(drawn) : nil
    for cadre in village.contactCadres where needy && first == nil { first = takeRoom(cadre) }
    if let first { quotaContacts.append((first, householdId, village.id)) }
    var contacts = [first ?? gridCadre(village)]
    if household.categories.contains(.keyHousehold), !village.leaders.isEmpty {
      let leader = village.leaders[random.below(village.leaders.count)]
      if let leader = takeRoom(leader) { contacts.append(leader) }
    }
    for (index, cadre) in contacts.enumerated() {
      let starts = today.adding(days: -random.int(380...1000))
      if index == 0, random.chance(0.05) {
        // An earlier contact cadre, replaced after more than a year.
        let earlier = village.contactCadres[random.below(village.contactCadres.count)]
        try writer.assignment(
          id: random.uuid(), cadre: earlier, household: householdId, area: nil,
          startsOn: starts.adding(days: -random.int(400...700)), endsOn: starts.adding(days: -1),
          note: "工作调整", created: created)
        summary.assignments += 1
      }
      try writer.assignment(
        id: random.uuid(), cadre: cadre, household: householdId, area: nil, startsOn: starts,
        created: created)
      summary.assignments += 1
    }
    return PlannedHousehold(
      id: householdId, villageIndex: villageIndex, categories: categories, contactCadres: contacts,
      adults: adults, isElderlyOnly: elderlyOnly, isPoor: poor || monitored || allowance)
  }

  static let causes = WeightedTable<PovertyCause>([
    (.illness, 40), (.disability, 12), (.education, 10), (.lackOfLabor, 12), (.lackOfSkills, 10),
    (.lackOfFunds, 8), (.lackOfLand, 3), (.other, 5),
  ])

  /// Age in whole years on today.
  func age(_ birth: LocalDate) -> Int {
    let (y, m, d) = today.components
    return y - birth.year - ((m, d) < (birth.month, birth.day) ? 1 : 0)
  }

  /// A birth date for someone aged `years` today.
  mutating func birthDate(age years: Int) -> LocalDate {
    let year = today.year - years
    let month = random.int(1...12)
    let day = random.int(1...LocalDate.daysInMonth(year: year, month: month))
    var date = LocalDate(year: year, month: month, day: day)!
    if date > today { date = date.adding(days: -365) }
    return date
  }

  /// The people of one household, the head first.
  mutating func planPeople(elderlyOnly: Bool) -> [Person] {
    let surname = DemoNames.surnames.pick(&random)
    let headAge = elderlyOnly ? random.int(62...90) : random.int(28...74)
    let headMale = random.chance(0.88)
    func person(_ relation: Relation, age: Int, male: Bool, surname given: String? = nil) -> Person
    {
      let birth = birthDate(age: age)
      return Person(
        name: personName(bornIn: birth.year, male: male, surname: given), relation: relation,
        male: male,
        birth: birth)
    }
    var people = [person(.head, age: headAge, male: headMale, surname: surname)]
    if random.chance(elderlyOnly ? 0.6 : 0.86) {
      people.append(person(.spouse, age: max(20, headAge + random.int(-6...4)), male: !headMale))
    }
    guard !elderlyOnly else { return people }
    var children: [Person] = []
    if headAge < 70 {
      for _ in 0..<random.int(headAge < 35 ? 0...2 : 1...3) {
        let childAge = headAge - random.int(22...34)
        guard childAge >= 0 else { continue }
        let male = random.chance(0.52)
        var child = person(male ? .son : .daughter, age: childAge, male: male, surname: surname)
        child.awayForWork = childAge >= 18 && childAge <= 50 && random.chance(0.55)
        children.append(child)
      }
    }
    people += children
    if let son = children.first(where: { $0.relation == .son && age($0.birth) >= 24 }),
      random.chance(0.6)
    {
      var wife = person(.daughterInLaw, age: age(son.birth) + random.int(-3...2), male: false)
      wife.awayForWork = son.awayForWork && random.chance(0.6)
      people.append(wife)
      for _ in 0..<random.int(0...2) {
        let grandAge = age(son.birth) - random.int(22...30)
        guard grandAge >= 0 else { continue }
        let male = random.chance(0.52)
        people.append(
          person(male ? .grandson : .granddaughter, age: grandAge, male: male, surname: surname))
      }
    }
    if headAge < 58, random.chance(0.18) {
      let parentAge = min(96, headAge + random.int(22...32))
      let male = random.chance(0.35)
      people.append(
        person(male ? .father : .mother, age: parentAge, male: male, surname: male ? surname : nil))
    }
    return people
  }

  /// A valid ID number for a person, unique in this database: region, birth date, a sequence
  /// whose last digit is odd for men and even for women, and the check character.
  mutating func idNumber(for person: Person) -> String {
    let marriedIn = person.relation == .spouse || person.relation == .daughterInLaw
    let region =
      random.chance(marriedIn ? 0.3 : 0.04)
      ? random.pick(DemoNames.otherRegionCodes) : DemoNames.regionCode
    let (y, m, d) = person.birth.components
    let birth = LocalDate.pad(y, 4) + LocalDate.pad(m, 2) + LocalDate.pad(d, 2)
    while true {
      let sexDigit = random.below(5) * 2 + (person.male ? 1 : 0)
      let body = region + birth + LocalDate.pad(random.below(100), 2) + String(sexDigit)
      let digits = body.compactMap(\.wholeNumberValue)
      let number = body + String(ResidentID.checkCharacter(for: digits))
      if usedIdNumbers.insert(number).inserted { return number }
    }
  }
}
