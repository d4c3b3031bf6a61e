import Foundation
import LastmileCore

/// A transfer slip (交办单): what the office gave a department to handle, and what the department
/// did with it — signed for it (签收), replied, or sent it back (退单) — each with its day.
public struct TransferSlip: Sendable, Equatable {
  public let id: UUID
  public let requestId: UUID
  public let department: String
  public let issuedOn: LocalDate
  public let issuedBy: String
  public let dueOn: LocalDate?
  public var receivedOn: LocalDate?
  public var receivedBy: String
  public var repliedOn: LocalDate?
  public var reply: String
  public var returnedOn: LocalDate?
  public var returnReason: String

  public init(
    id: UUID, requestId: UUID, department: String, issuedOn: LocalDate, issuedBy: String,
    dueOn: LocalDate?, receivedOn: LocalDate? = nil, receivedBy: String = "",
    repliedOn: LocalDate? = nil, reply: String = "", returnedOn: LocalDate? = nil,
    returnReason: String = ""
  ) {
    self.id = id
    self.requestId = requestId
    self.department = department
    self.issuedOn = issuedOn
    self.issuedBy = issuedBy
    self.dueOn = dueOn
    self.receivedOn = receivedOn
    self.receivedBy = receivedBy
    self.repliedOn = repliedOn
    self.reply = reply
    self.returnedOn = returnedOn
    self.returnReason = returnReason
  }
}

/// A slip to print: the slip, its request and where the requester lives, and the office.
public struct TransferSlipDocument: Sendable, Equatable {
  public let slip: TransferSlip
  public let detail: RequestDetail
  public let officeName: String

  public init(slip: TransferSlip, detail: RequestDetail, officeName: String) {
    self.slip = slip
    self.detail = detail
    self.officeName = officeName
  }
}
