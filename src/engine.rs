//! The one place the page runs the engine.
//!
//! [`run_comparison`] takes plain data and returns plain data, so it can move into a Web
//! Worker unchanged: the page asks for a pair, and an [`crate::state::Action::ComparisonReady`]
//! brings the result back, whichever thread computed it.

use crate::state::DocId;
use crate::timing;
use crate::view_model::PairView;
use corroborate_core::{facts, Comparison, Document, FactMatrix, Options};

/// A finished comparison of two shelf documents, with what the panes need to draw it.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonResult {
    /// The left document's id.
    pub left: DocId,
    /// The right document's id.
    pub right: DocId,
    /// The options it was computed with.
    pub options: Options,
    /// What the engine found.
    pub comparison: Comparison,
    /// Rows and styled runs, built once so rendering only walks them.
    pub view: PairView,
}

/// Compare two reports; records the User Timing measure `corroborate:compare`.
pub fn run_comparison(left: &Document, right: &Document, options: &Options) -> Comparison {
    let _measure = timing::Measure::start("corroborate:compare");
    corroborate_core::compare(left, right, options)
}

/// Compare two shelf documents and prepare their view.
pub fn compare_pair(
    (left_id, left): (DocId, &Document),
    (right_id, right): (DocId, &Document),
    options: &Options,
) -> ComparisonResult {
    let comparison = run_comparison(left, right, options);
    let view = PairView::build(&comparison, left, right);
    ComparisonResult {
        left: left_id,
        right: right_id,
        options: options.clone(),
        comparison,
        view,
    }
}

/// The fact × source matrix of the whole shelf.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixResult {
    /// The shelf it was computed for, in column order.
    pub docs: Vec<DocId>,
    /// Which report carries which fact.
    pub matrix: FactMatrix,
}

/// Build the fact × source matrix of `docs` (three or more reports).
pub fn run_matrix(ids: Vec<DocId>, docs: &[Document]) -> MatrixResult {
    let _measure = timing::Measure::start("corroborate:matrix");
    MatrixResult {
        docs: ids,
        matrix: facts::matrix(docs),
    }
}
