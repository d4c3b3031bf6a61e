import Foundation
import LastmileCore
import LastmileStore

extension QuotaReport: PrintedReport {
  /// The report for people, in `language`: a line per cadre and quota, the cadres short first.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    let short = cadres.filter { $0.short > 0 }.count
    return ReportTable(
      title: l(.reportQuotasTitle(period.description)),
      preamble: [l(.reportQuotasSummary(cadres.count, short))],
      columns: [
        .init(FieldName.cadres.title(language), weight: 2),
        .init(FieldName.role.title(language), weight: 3),
        .init(l(.reportQuota), weight: 5),
        .init(l(.reportRequired), alignment: .right, weight: 1),
        .init(l(.reportDone), alignment: .right, weight: 1),
        .init(l(.reportShort), alignment: .right, weight: 1),
      ],
      rows: cadres.flatMap { row in
        row.results.map { result in
          [
            row.cadre.name,
            row.period == period
              ? row.role.label(language) : "\(row.role.label(language)) \(row.period)",
            result.kind.resultLabel(row.role.quotas[result.kind] ?? 0, language),
            String(result.required),
            String(result.done), result.isMet ? l(.reportMet) : String(result.short),
          ]
        }
      },
      emptyText: l(.reportQuotasNone))
  }

  /// One JSON object per cadre, with each quota and what counted: stable keys for scripts.
  public var json: JSONValue {
    .object([
      ("period", .string(period.description)),
      (
        "cadres",
        .array(
          cadres.map { row in
            .object([
              ("id", .string(row.cadre.id.uuidString)), ("name", .string(row.cadre.name)),
              ("role", .string(row.role.id)),
              ("months", .string(row.period.description)),
              ("short", .int(row.short)),
              (
                "quotas",
                .array(
                  row.results.map { result in
                    .object([
                      ("quota", .string(result.kind.rawValue)), ("required", .int(result.required)),
                      ("done", .int(result.done)), ("short", .int(result.short)),
                      ("counted", .array(result.evidence.map(JSONValue.string))),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }

}
