import LastmileCore

extension ActionName {
  /// What an action does in a registry context, where the shared label would name other panes'
  /// records; nil elsewhere.
  func registryLabel(in context: KeyContext) -> RegistryText? {
    switch (context, self) {
    case (.cadres, .open): .helpOpenCadre
    case (.cadres, .search): .helpSearchCadre
    case (.cadres, .searchNext): .helpSearchNextCadre
    case (.cadres, .add): .helpAddCadre
    case (.cadres, .edit), (.cadre, .edit): .helpEditCadre
    case (.cadres, .delete): .helpRetireCadre
    case (.cadre, .open): .helpEvidence
    case (.cadre, .delete): .helpEndContact
    case (.areas, .add): .helpAddArea
    case (.areas, .edit): .helpRenameArea
    case (.areas, .delete): .helpRetireArea
    default: nil
    }
  }
}
