/// What a reading of `visit_cadre vc` needs to leave the deleted visits out without reading
/// every visit's row: their ids, few, from an index of their own.
enum VisitSQL {
  static let live = """
    vc.visit_id NOT IN (SELECT id FROM visit INDEXED BY visit_deleted WHERE deleted_at IS NOT NULL)
    """
}
