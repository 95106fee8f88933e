//! The page's components, one per file. All are presentational (props in, `Html` out) except
//! [`drop_zone::DropZone`], which listens for drops on the whole page, and
//! [`shortcuts_dialog::ShortcutsDialog`], which opens and closes itself as a modal dialog.

pub mod comparison_view;
pub mod conflict_list;
pub mod doc_card;
pub mod drop_zone;
pub mod empty_state;
pub mod excerpt;
pub mod export_menu;
pub mod fact_filters;
pub mod fact_list;
pub mod fact_matrix;
pub mod facts_panel;
pub mod file_picker;
pub mod header;
pub mod legend;
pub mod message_list;
pub mod pair_picker;
pub mod pane;
pub mod paste_box;
pub mod progress;
pub mod sentence;
pub mod shelf;
pub mod shortcuts_dialog;
pub mod similarity_map;
pub mod summary_bar;
pub mod theme_switch;
