import Foundation
import LastmileCore

/// Who is changing the database, from which device, and when: stamped on rows and audit entries.
struct ChangeContext: Sendable {
  /// The operator at the keyboard.
  let operatorName: String
  /// This device's id (the `device_id` setting).
  let deviceId: String
  /// The UTC instant of the change, as stored.
  let timestamp: String

  init(operatorName: String, deviceId: String, timestamp: String = Timestamp.now) {
    self.operatorName = operatorName
    self.deviceId = deviceId
    self.timestamp = timestamp
  }
}
