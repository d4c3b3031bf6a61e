import Foundation
import LastmileCore
import LastmileStore

extension TransferSlipDocument {
  /// The slip as the department gets it (A4 portrait): the request's number, the matter, the
  /// requester (name, address and phone masked unless `unmask`), the deadline, and lines to sign for it, to
  /// reply and to send it back; what the department already did is filled in.
  public func table(_ language: Language, unmask: Bool = false) -> ReportTable {
    let l = Localizer(language)
    let request = detail.request
    // Masked, the department learns the village, not who or where: the office gives the rest.
    var requester = unmask ? request.requester.name : Masking.name(request.requester.name)
    let place = [detail.village, unmask ? detail.householdAddress : ""].filter { !$0.isEmpty }
      .joined(separator: " ")
    if !place.isEmpty { requester += "（\(place)）" }
    if !request.requester.phone.isEmpty {
      requester +=
        "  " + (unmask ? request.requester.phone : Masking.phone(request.requester.phone))
    }
    let rows: [[String]] = [
      [l(.slipNumber), request.number],
      [l(.slipIssuedOn), slip.issuedOn.description],
      [l(.slipDepartment), slip.department],
      [l(.slipRequester), requester],
      [
        FieldName.receivedAt.title(language),
        request.receivedAt.description + " " + request.channel.label(language),
      ],
      [
        l(.colCategory),
        RequestCategory.find(request.category)?.label(language) ?? request.category,
      ],
      [l(.slipMatter), request.content],
      [l(.slipDecision), request.decisionNote],
      [l(.slipDue), slip.dueOn?.description ?? ""],
    ]
    var closing: [String] = []
    closing.append(
      slip.receivedOn.map { l(.slipRecorded(l(.slipSignedFor($0.description, slip.receivedBy)))) }
        ?? l(.slipSignature))
    closing.append(
      slip.repliedOn.map { l(.slipRecorded(l(.slipReplied($0.description)) + "：" + slip.reply)) }
        ?? l(.slipReplyLines))
    closing.append(
      slip.returnedOn.map {
        l(.slipRecorded(l(.slipReturned($0.description, slip.returnReason))))
      } ?? l(.slipReturnLine))
    var table = ReportTable(
      title: l(.slipTitle),
      preamble: [officeName, l(.slipNumber) + "：" + request.number].filter { !$0.isEmpty },
      columns: [.init(l(.slipItem), weight: 1), .init(l(.slipValue), weight: 5)],
      rows: rows, closing: closing, emptyText: "")
    table.portrait = true
    return table
  }

  /// The slip in `format`.
  public func rendered(_ format: ReportFormat, language: Language, unmask: Bool = false) -> String {
    table(language, unmask: unmask).rendered(format)
  }
}
