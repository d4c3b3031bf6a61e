import Foundation

/// Where lastmile keeps its database and its configuration, following the XDG conventions.
public struct ConfigPaths: Sendable {
  private let environment: [String: String]

  /// Paths read from `environment` (normally the process environment).
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  private var home: String {
    environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
  }

  /// `$LASTMILE_DB`, else `$XDG_DATA_HOME/lastmile/lastmile.db`, else
  /// `~/.local/share/lastmile/lastmile.db`.
  public var defaultDatabase: URL {
    if let path = environment["LASTMILE_DB"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
    return URL(fileURLWithPath: data).appendingPathComponent("lastmile/lastmile.db")
  }

  /// `$XDG_CONFIG_HOME/lastmile`, else `~/.config/lastmile`.
  public var configFolder: URL {
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    return URL(fileURLWithPath: config).appendingPathComponent("lastmile")
  }
}
