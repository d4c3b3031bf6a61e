import LastmileCore

/// The application's words for sync: its form, its progress, the conflicts to settle.
enum SyncAppText: LocalizedText {
  case syncTitle(String)
  case fieldDirection
  case directionExport
  case directionImport
  case fieldPeer
  case fieldBundle
  case fieldPassphrase
  case fieldPlain
  case fieldFull
  case peerNeeded
  case syncPassphraseShort(Int)
  case syncExporting
  case syncImporting
  case syncUnsent(Int)
  case syncUnsentLoaded(Int)
  case syncConflicts(Int)
  case conflictsTitle(Int)
  case fieldConflict
  case fieldSettlement
  case settleKeep
  case settleTake
  case settleWrite
  case fieldNewValue
  case newValueNeeded
  case conflictValue(String, String, String, String, String, String)
  case conflictRevived(String, String, String)
  case conflictSettled(Int)
  case reviewConflicts(Int)
  case peersKnown(String)

  var translations: Translations {
    switch self {
    case .syncTitle(let p1): Translations("同步（本机代号 \(p1)）", "Sync (this laptop: \(p1))")
    case .fieldDirection: Translations("做什么", "what")
    case .directionExport:
      Translations("写同步包给另一台电脑", "write a bundle for another laptop")
    case .directionImport: Translations("导入另一台电脑的同步包", "merge a bundle from another laptop")
    case .fieldPeer: Translations("对方代号", "peer's code")
    case .fieldBundle: Translations("同步包文件", "bundle file")
    case .fieldPassphrase: Translations("口令", "passphrase")
    case .fieldPlain: Translations("不加密（仅测试）", "plain (tests only)")
    case .fieldFull: Translations("写出全部数据", "everything")
    case .peerNeeded:
      Translations("写同步包要填对方电脑的代号", "a bundle is written for a peer: give its code")
    case .syncPassphraseShort(let p1):
      Translations("口令至少 \(p1) 个字符", "the passphrase needs at least \(p1) characters")
    case .syncExporting: Translations("正在写同步包……", "writing the bundle…")
    case .syncImporting: Translations("正在导入同步包……", "merging the bundle…")
    case .syncUnsent(let p1): Translations("未同步 \(p1)", "unsent \(p1)")
    case .syncUnsentLoaded(let p1):
      Translations("未同步 \(p1)+", "unsent \(p1)+")
    case .syncConflicts(let p1): Translations("冲突 \(p1)", "conflicts \(p1)")
    case .conflictsTitle(let p1): Translations("同步冲突（\(p1) 处）", "Sync conflicts (\(p1))")
    case .fieldConflict: Translations("冲突", "conflict")
    case .fieldSettlement: Translations("处理", "settle by")
    case .settleKeep: Translations("保留现值", "keep the value now")
    case .settleTake: Translations("改用另一台电脑的值", "take the other laptop's value")
    case .settleWrite: Translations("填写新值", "type a new value")
    case .fieldNewValue: Translations("新值", "new value")
    case .newValueNeeded: Translations("选了填写新值，请填写", "type the new value")
    case .conflictValue(let p1, let p2, let p3, let p4, let p5, let p6):
      Translations(
        "\(p1) · \(p2)：现「\(p3)」(\(p4))／另「\(p5)」(\(p6))",
        "\(p1) · \(p2): now “\(p3)” (\(p4)) / other “\(p5)” (\(p6))")
    case .conflictRevived(let p1, let p2, let p3):
      Translations(
        "\(p1) · 在 \(p2) 上已删除，在 \(p3) 上又修改，已恢复（保留＝留着，改用＝再删除）",
        "\(p1) · deleted on \(p2), edited later on \(p3), brought back (keep = keep it, take = delete it again)"
      )
    case .conflictSettled(let p1):
      Translations("已处理；还有 \(p1) 处冲突", "settled; \(p1) conflicts left")
    case .reviewConflicts(let p1):
      Translations("同步冲突 \(p1) 处（Enter 处理）", "sync conflicts: \(p1) (Enter settles)")
    case .peersKnown(let p1): Translations("已知：\(p1)", "known: \(p1)")
    }
  }
}

extension Localizer {
  func callAsFunction(_ text: SyncAppText) -> String { text.text(language) }
}
