import BudgetModel

extension ExtractionState {
  /// The outline read so far as the overview list turns out to be the detail sections: a
  /// document without an overview list (「主要事項」) starts its details right after the
  /// summary tables. What only details have — a 【主な経費】 line, a bullet, a prior-year
  /// figure in parentheses — moves the records over; the outline is then built from the
  /// details alone.
  mutating func overviewWasDetails() {
    guard mode == .overview, document.details.isEmpty else { return }
    document.details = document.overview
    document.overview = []
    mode = .detail
    maxOverviewChapter = 0
    func moved(_ ref: (inDetail: Bool, index: Int)?) -> (inDetail: Bool, index: Int)? {
      ref.map { (true, $0.index) }
    }
    pendingHeading = moved(pendingHeading)
    completedHeading = moved(completedHeading)
    unpairedHeadings = unpairedHeadings.map { (true, $0.index) }
  }
}
