import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile audit`: the audit log, and the check of its hash chain.
  struct Audit: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "audit", abstract: text(.cmdAudit), subcommands: [List.self, Verify.self],
        defaultSubcommand: List.self)
    }
  }
}

/// How `lastmile audit` prints the log.
enum AuditFormat: String, CaseIterable, CommandChoice {
  case text
  case csv
  case json
}

extension Lastmile.Audit {
  /// `lastmile audit [--since D] [--operator NAME] [--format …]`: who changed and who revealed
  /// what, when, oldest first.
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "list", abstract: text(.cmdAuditList))
    }

    @OptionGroup var global: GlobalOptions

    @Option(
      help: ArgumentHelp(text(.optAuditSince), valueName: "YYYY-MM-DD"),
      transform: LocalDate.parser())
    var since: LocalDate?

    @Option(name: .customLong("by"), help: ArgumentHelp(text(.optAuditBy), valueName: "NAME"))
    var by: String?

    @Option(
      help: ArgumentHelp(text(.optAuditFormat), valueName: "text|csv|json"),
      transform: AuditFormat.parser())
    var format = AuditFormat.text

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      let filter = AuditFilter(since: since, operatorName: by ?? global.operatorName)
      var output = StandardOutputSink()
      var csv = CSVWriter()
      var first = true
      switch format {
      case .csv:
        csv.write(AuditListing.csvHeader)
      case .json:
        try output.write("[")
      case .text: break
      }
      try store.auditLog(filter) { entry in
        switch format {
        case .text: try output.write(AuditListing.line(entry, Console.language) + "\n")
        case .csv:
          csv.write(AuditListing.csvRow(entry))
          try output.write(csv.text)
          csv = CSVWriter(byteOrderMark: false)
        case .json:
          try output.write((first ? "\n  " : ",\n  ") + AuditListing.json(entry).serialized())
        }
        first = false
      }
      switch format {
      case .csv where first: try output.write(csv.text)
      case .json: try output.write(first ? "]\n" : "\n]\n")
      default: break
      }
    }
  }

  /// `lastmile audit verify`: works the chain out again and says where it breaks.
  struct Verify: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "verify", abstract: text(.cmdAuditVerify))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      let (entries, problems) = try store.verifyAuditChain()
      guard !problems.isEmpty else {
        print(text(.auditChainHolds(entries)))
        return
      }
      for problem in problems { print(problem.text(Console.language)) }
      throw ExitCode(1)
    }
  }
}
