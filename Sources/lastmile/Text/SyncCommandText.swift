import LastmileCore

/// The words of `lastmile sync`.
enum SyncCommandText: LocalizedText {
  case cmdSync
  case cmdSyncExport
  case cmdSyncImport
  case cmdSyncStatus
  case optTo
  case optSyncOut
  case optFull
  case optPlain
  case optPassphraseFile
  case argBundle
  case passphrasePrompt
  case passphraseAgain
  case passphraseMismatch
  case passphraseShort(Int)
  case passphraseFileEmpty(String)
  case importedAlreadyHeld(Int)
  case statusDevice(String, String)
  case statusOffice(String)
  case statusUnsent(Int)
  case statusNoPeers
  case statusPeer(String)
  case statusReceived(String, Int)
  case statusSent(String, Int)
  case statusNever
  case statusWaiting(Int)
  case statusConflicts(Int)

  var translations: Translations {
    switch self {
    case .cmdSync:
      Translations(
        "与其他电脑交换数据（U 盘上的同步包）", "exchange data with other laptops (sync bundles on a USB stick)")
    case .cmdSyncExport:
      Translations("写出给某台电脑的同步包", "write a sync bundle for a laptop")
    case .cmdSyncImport:
      Translations("导入另一台电脑的同步包", "merge a sync bundle from another laptop")
    case .cmdSyncStatus:
      Translations("列出同步对象与未发送的改动", "list the peers and the changes not yet sent")
    case .optTo:
      Translations("对方电脑的代号（sync status 里的两位代号）", "the peer's code (as sync status lists it)")
    case .optSyncOut: Translations("同步包文件", "the bundle file to write")
    case .optFull:
      Translations(
        "写出全部数据，不只是对方未确认的", "write everything, not only what the peer has not acknowledged")
    case .optPlain:
      Translations("不加密（仅供测试）", "write it unencrypted (for testing only)")
    case .optPassphraseFile:
      Translations("从文件第一行读口令", "read the passphrase from the first line of this file")
    case .argBundle: Translations("同步包文件", "the bundle file")
    case .passphrasePrompt: Translations("同步包口令：", "bundle passphrase: ")
    case .passphraseAgain: Translations("再输一次口令：", "the passphrase again: ")
    case .passphraseMismatch:
      Translations("两次输入的口令不一样，未写出同步包", "the two passphrases differ; no bundle written")
    case .passphraseShort(let p1):
      Translations("口令至少 \(p1) 个字符", "the passphrase needs at least \(p1) characters")
    case .passphraseFileEmpty(let p1):
      Translations("口令文件 \(p1) 的第一行是空的", "the first line of the passphrase file \(p1) is empty")
    case .importedAlreadyHeld(let p1):
      Translations("\(p1) 项改动本机已有，未重复导入", "\(p1) changes were already held and not taken twice")
    case .statusDevice(let p1, let p2):
      Translations("本机代号 \(p1)（设备 \(p2)）", "this laptop: \(p1) (device \(p2))")
    case .statusOffice(let p1): Translations("单位：\(p1)", "office: \(p1)")
    case .statusUnsent(let p1):
      Translations("未发送的改动：\(p1) 条记录", "changes not yet sent: \(p1) records")
    case .statusNoPeers:
      Translations("还没有与其他电脑交换过同步包", "no bundles exchanged with another laptop yet")
    case .statusPeer(let p1): Translations("对方 \(p1)", "peer \(p1)")
    case .statusReceived(let p1, let p2):
      Translations("  最近收到：\(p1)，\(p2) 项改动", "  last received: \(p1), \(p2) changes")
    case .statusSent(let p1, let p2):
      Translations("  最近发出：\(p1)，\(p2) 项改动", "  last sent: \(p1), \(p2) changes")
    case .statusNever: Translations("从未", "never")
    case .statusWaiting(let p1):
      Translations("  对方尚未确认：\(p1) 项改动", "  not yet acknowledged by it: \(p1) changes")
    case .statusConflicts(let p1):
      Translations("待处理的冲突：\(p1) 处（在复核中处理）", "conflicts to settle: \(p1) (in the review)")
    }
  }
}

/// A text of `lastmile sync`, in the language the command line asks for.
func text(_ text: SyncCommandText) -> String {
  text.text(Console.language)
}
