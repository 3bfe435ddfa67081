//! The plan's lists in one table: which top-level keys hold lists of items,
//! which field of an item names it (its key), and what one item is called.
//! `sip check` names places by it (`action I2: text`), `sip diff` matches
//! items by it (reordering is no change), and labels say it in words.

/// One list of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListShape {
    /// The top-level key: `actions`.
    pub key: &'static str,
    /// The field that names an item, unique within the list: `id` for goals,
    /// needs and actions, `date` for follow-ups, `name` for people. `None`
    /// where items are named by recipient and date (`shared`).
    pub item_key: Option<&'static str>,
    /// Whether findings name an item by its key (`action I2`) or by its place
    /// (`participant 2`): people are named by position in findings, so a
    /// finding never repeats a name that may be sensitive.
    pub named_in_findings: bool,
    /// One item, in English running text: `action`.
    pub singular_en: &'static str,
    /// One item, in Swedish, capitalised as a line starts: `Insats`.
    pub singular_sv: &'static str,
    /// One item, in English, capitalised: `Action`.
    pub title_en: &'static str,
}

/// Every list of the plan, in the order of the format.
pub const LISTS: [ListShape; 7] = [
    ListShape {
        key: "guardians",
        item_key: Some("name"),
        named_in_findings: false,
        singular_en: "guardian",
        singular_sv: "Vårdnadshavare",
        title_en: "Guardian",
    },
    ListShape {
        key: "participants",
        item_key: Some("name"),
        named_in_findings: false,
        singular_en: "participant",
        singular_sv: "Deltagare",
        title_en: "Participant",
    },
    ListShape {
        key: "goals",
        item_key: Some("id"),
        named_in_findings: true,
        singular_en: "goal",
        singular_sv: "Mål",
        title_en: "Goal",
    },
    ListShape {
        key: "needs",
        item_key: Some("id"),
        named_in_findings: true,
        singular_en: "need",
        singular_sv: "Behov",
        title_en: "Need",
    },
    ListShape {
        key: "actions",
        item_key: Some("id"),
        named_in_findings: true,
        singular_en: "action",
        singular_sv: "Insats",
        title_en: "Action",
    },
    ListShape {
        key: "follow_ups",
        item_key: Some("date"),
        named_in_findings: true,
        singular_en: "follow-up",
        singular_sv: "Uppföljning",
        title_en: "Follow-up",
    },
    ListShape {
        key: "shared",
        item_key: None,
        named_in_findings: false,
        singular_en: "shared entry",
        singular_sv: "Delad med",
        title_en: "Shared with",
    },
];

/// A list inside an item of one of the plan's lists: a follow-up's `goals`
/// (named by `goal`, not to be confused with the plan's own `goals`, named
/// by `id`), `absent` (by `name`) and `attended` (names themselves).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NestedListShape {
    /// The top-level list whose items hold it: `follow_ups`.
    pub parent: &'static str,
    /// The key inside the item: `goals`.
    pub key: &'static str,
    /// The field that names an item; `None` for a list of scalars.
    pub item_key: Option<&'static str>,
    /// Whether findings name an item by its key (a goal id) or by its place
    /// (people: a finding never repeats a name).
    pub named_in_findings: bool,
    /// One item, in Swedish, capitalised: `Mål`.
    pub singular_sv: &'static str,
    /// One item, in English, capitalised: `Goal`.
    pub title_en: &'static str,
}

/// Every list inside an item of the plan's lists.
pub const NESTED_LISTS: [NestedListShape; 3] = [
    NestedListShape {
        parent: "follow_ups",
        key: "goals",
        item_key: Some("goal"),
        named_in_findings: true,
        singular_sv: "Mål",
        title_en: "Goal",
    },
    NestedListShape {
        parent: "follow_ups",
        key: "absent",
        item_key: Some("name"),
        named_in_findings: false,
        singular_sv: "Frånvarande",
        title_en: "Absent",
    },
    NestedListShape {
        parent: "follow_ups",
        key: "attended",
        item_key: None,
        named_in_findings: false,
        singular_sv: "Närvarande",
        title_en: "Attended",
    },
];

/// The list stored under `key` in an item of the list `parent`.
pub fn nested_list(parent: &str, key: &str) -> Option<&'static NestedListShape> {
    NESTED_LISTS
        .iter()
        .find(|l| l.parent == parent && l.key == key)
}

/// The list stored under `key`, if `key` is one of the plan's lists.
pub fn list(key: &str) -> Option<&'static ListShape> {
    LISTS.iter().find(|l| l.key == key)
}

/// The lists whose items carry ids (goals, needs, actions): ids are unique
/// across all three (SIP002).
pub const ID_LISTS: [&str; 3] = ["goals", "needs", "actions"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_a_key_of_the_plan_schema_and_an_array() {
        let schema = crate::plan::schema();
        let props = schema
            .pointer("/properties")
            .and_then(|p| p.as_object())
            .expect("the plan schema has properties");
        for shape in LISTS {
            assert!(props.contains_key(shape.key), "{}", shape.key);
            let text = props[shape.key].to_string();
            assert!(
                text.contains("array"),
                "{} is not a list: {text}",
                shape.key
            );
        }
        for key in ID_LISTS {
            assert_eq!(list(key).unwrap().item_key, Some("id"));
        }
        let defs = &schema["$defs"];
        for nested in NESTED_LISTS {
            assert!(list(nested.parent).is_some(), "{}", nested.parent);
            let def = match nested.parent {
                "follow_ups" => "FollowUp",
                other => panic!("no definition known for {other}"),
            };
            let prop = defs[def]["properties"][nested.key].to_string();
            assert!(prop.contains("array"), "{}.{}: {prop}", def, nested.key);
        }
        assert_eq!(
            nested_list("follow_ups", "goals").unwrap().item_key,
            Some("goal")
        );
        assert!(nested_list("needs", "goals").is_none());
        assert!(list("lead").is_none());
    }
}
