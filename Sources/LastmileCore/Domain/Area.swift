import Foundation

/// A township, a village or community, or a village group or grid.
public struct Area: Sendable, Hashable, Identifiable {
  public var id: UUID
  /// The area this one belongs to (a group's village, a village's township); nil for a township.
  public var parentId: UUID?
  public var level: AreaLevel
  public var name: String
  /// An official code, when known (统计用区划代码), else empty.
  public var code: String

  /// An area with its place in the hierarchy.
  public init(
    id: UUID = .timeOrdered(), parentId: UUID?, level: AreaLevel, name: String, code: String = ""
  ) {
    self.id = id
    self.parentId = parentId
    self.level = level
    self.name = name
    self.code = code
  }
}
