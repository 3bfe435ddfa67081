//! Every word a person reads, in their language: Project Fluent catalogues
//! (`templates/labels/<lang>.ftl`), one file per language with plural rules
//! and variables, readable and editable by a translator.
//!
//! sip ships Swedish and English, built in. A plan repository may add a
//! language, or change sip's wording, by putting its own file in its
//! templates folder (`templates/labels/ar.ftl`): its messages come first,
//! and what it leaves out falls back to the repository's language. Commands
//! speak `--lang`, else `lang` in `sip.toml`, else Swedish; `sip render` may
//! use the person's own language (`person.language`) when a catalogue for it
//! exists.
//!
//! This module knows nothing about plans: callers name messages by id.

mod catalogue;
mod message;

pub use catalogue::{Catalogue, LoadError};
pub use message::{Arg, Message};
