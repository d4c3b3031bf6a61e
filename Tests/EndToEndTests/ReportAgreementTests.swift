import Foundation
import GRDB
import TestSupport
import Testing

/// `report rates` and `report summary` on a demo database, checked against the same rows
/// counted here by SQL of the test's own, not the program's.
@Suite("The reports agree with the rows counted independently")
struct ReportAgreementTests {
  let from = "2026-01-01"
  let to = "2026-11-25"

  func demo(_ folder: TemporaryFolder, _ runner: BinaryRunner) throws -> String {
    let db = folder.file("a.db").path
    let demo = try runner.run(["demo", "--db", db, "--today", to, "--households", "150"])
    #expect(demo.status == 0, "\(demo.stderr)")
    return db
  }

  func json(_ runner: BinaryRunner, _ arguments: [String]) throws -> [String: Any] {
    let result = try runner.run(arguments + ["--today", to, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test("report rates: each rate's numerator and denominator, by category too, are the rows' own")
  func rates() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = try demo(folder, runner)
    let report = try json(
      runner, ["report", "rates", "--db", db, "--from", from, "--to", to, "--by", "category"])
    // Every request received in the period, its answer day, deadline, status and rating, and
    // whether the audit log holds a follow-up.
    struct Counted { var n = [String: Int]() }
    var all = Counted()
    var groups: [String: Counted] = [:]
    let queue = try DatabaseQueue(path: db)
    try queue.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT category, status, due_on, satisfaction,
            date(coalesce(replied_at, closed_at)) AS answered,
            (SELECT count(*) FROM audit_log l WHERE l.table_name = 'help_request'
              AND l.row_id = help_request.id AND l.action = 'followed_up') AS follow_ups
          FROM help_request
          WHERE deleted_at IS NULL AND merged_into_id IS NULL
            AND date(received_at) BETWEEN ? AND ?
          """, arguments: [from, to])
      for row in rows {
        let due: String? = row["due_on"]
        let answered: String? = row["answered"]
        let satisfaction: String? = row["satisfaction"]
        let closed = (row["status"] as String) == "closed"
        var add = [String: Int]()
        add["received"] = 1
        if answered != nil || (due.map { $0 < to } ?? false) { add["response_d"] = 1 }
        if let answered, due == nil || answered <= due! { add["response_n"] = 1 }
        add["resolution_d"] = 1
        if closed { add["resolution_n"] = 1 }
        if satisfaction != nil { add["satisfaction_d"] = 1 }
        if satisfaction == "satisfied" || satisfaction == "mostly_satisfied" {
          add["satisfaction_n"] = 1
        }
        if closed { add["follow_up_d"] = 1 }
        if closed && (row["follow_ups"] as Int) > 0 { add["follow_up_n"] = 1 }
        all.n.merge(add, uniquingKeysWith: +)
        groups[row["category"], default: Counted()].n.merge(add, uniquingKeysWith: +)
      }
    }
    func check(_ figures: [String: Any]?, _ counted: Counted) {
      #expect(figures?["received"] as? Int == counted.n["received"])
      for rate in ["response", "resolution", "satisfaction", "follow_up"] {
        let pair = figures?[rate] as? [String: Any]
        #expect(pair?["numerator"] as? Int == counted.n[rate + "_n"] ?? 0, "\(rate)")
        #expect(pair?["denominator"] as? Int == counted.n[rate + "_d"] ?? 0, "\(rate)")
      }
    }
    #expect((all.n["received"] ?? 0) > 100)
    check(report["all"] as? [String: Any], all)
    let listed = try #require(report["groups"] as? [[String: Any]])
    #expect(Set(listed.compactMap { $0["name"] as? String }) == Set(groups.keys))
    for group in listed {
      check(group, groups[group["name"] as? String ?? ""] ?? Counted())
    }
  }

  @Test(
    "report summary: each cadre's visits, households, written work and problems are the rows' own")
  func summary() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = try demo(folder, runner)
    let report = try json(runner, ["report", "summary", "--db", db, "--from", from, "--to", to])
    let cadres = try #require(report["cadres"] as? [[String: Any]])
    #expect(!cadres.isEmpty)
    let queue = try DatabaseQueue(path: db)
    try queue.read { db in
      let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM cadre WHERE deleted_at IS NULL")
      #expect(cadres.count == live)
      // The visits of each cadre in the period, one row per visit, with its households.
      let visits = try Row.fetchAll(
        db,
        sql: """
          SELECT c.name, v.id, v.kind, v.visited_on, v.overnight,
            (SELECT group_concat(household_id) FROM visit_household WHERE visit_id = v.id) AS households
          FROM cadre c JOIN visit_cadre vc ON vc.cadre_id = c.id
          JOIN visit v ON v.id = vc.visit_id
          WHERE c.deleted_at IS NULL AND v.deleted_at IS NULL AND v.visited_on BETWEEN ? AND ?
          """, arguments: [from, to])
      var byName: [String: [Row]] = [:]
      for row in visits { byName[row["name"], default: []].append(row) }
      let written: Set<String> = ["diary", "situation_report", "suggestion", "survey_report"]
      // Namesakes are told apart by the report's order alone: the test checks the names one
      // cadre holds.
      let names = cadres.compactMap { $0["name"] as? String }
      let unique = cadres.filter { cadre in
        names.filter { $0 == cadre["name"] as? String }.count == 1
      }
      #expect(unique.count * 10 >= cadres.count * 9)
      for cadre in unique {
        let name = try #require(cadre["name"] as? String)
        let rows = byName[name] ?? []
        let out = Set(
          rows.filter { !written.contains($0["kind"]) }.map { $0["visited_on"] as String })
        #expect(cadre["grassroots_days"] as? Int == out.count, "\(name)")
        let stationed = Set(
          rows.filter { ($0["kind"] as String) == "stationed" }.map { $0["visited_on"] as String })
        #expect(cadre["stationed_days"] as? Int == stationed.count, "\(name)")
        let nights = Set(
          rows.filter { ($0["overnight"] as Int) == 1 }.map { $0["visited_on"] as String })
        #expect(cadre["nights"] as? Int == nights.count, "\(name)")
        let households = Set(
          rows.flatMap {
            (($0["households"] as String?) ?? "").split(separator: ",").map(String.init)
          })
        #expect(cadre["households_visited"] as? Int == households.count, "\(name)")
        for (key, kind) in [
          ("diary_entries", "diary"), ("situation_reports", "situation_report"),
          ("survey_reports", "survey_report"), ("suggestions", "suggestion"),
        ] {
          #expect(
            cadre[key] as? Int == rows.filter { ($0["kind"] as String) == kind }.count,
            "\(name) \(key)")
        }
        let ids = rows.map { $0["id"] as String }
        let raised =
          try ids.isEmpty
          ? []
          : Row.fetchAll(
            db,
            sql:
              "SELECT status FROM help_request WHERE deleted_at IS NULL AND visit_id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
            arguments: StatementArguments(ids))
        #expect(cadre["problems_raised"] as? Int == raised.count, "\(name)")
        #expect(
          cadre["problems_solved"] as? Int
            == raised.filter { ($0["status"] as String) == "closed" }.count,
          "\(name)")
      }
    }
  }
}
