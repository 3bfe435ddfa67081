//! The file-system walk over any tree of folders, files and symbolic links
//! (loops, dangling links, names that are not UTF-8, folders named like
//! plans, hidden folders): never a panic or a hang, every path it returns
//! is named like a plan and returned once, and no plan file is skipped.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

#[derive(Debug, Arbitrary)]
enum Name {
    Fixed(u8),
    /// Raw bytes: Latin-1 "Åsa", spaces, anything but `/` and NUL.
    Raw(Vec<u8>, bool),
}

#[derive(Debug, Arbitrary)]
enum Op {
    Dir { parent: u8, name: Name },
    File { parent: u8, name: Name },
    /// A link to another entry (by index), to the root, to itself, or dangling.
    Link { parent: u8, name: Name, target: u8 },
}

const FIXED: &[&[u8]] = &[
    b"a",
    b"b",
    b"plans",
    b".hidden",
    b"x.sip.yaml",
    b"y.sip.yaml",
    b"c d.sip.yaml",
    b"\xc5sa.sip.yaml",
    b"X.SIP.YAML",
    b"z.sip.yml",
];

fn name(name: &Name) -> Option<OsString> {
    let bytes = match name {
        Name::Fixed(i) => FIXED[usize::from(*i) % FIXED.len()].to_vec(),
        Name::Raw(bytes, plan) => {
            let mut bytes: Vec<u8> = bytes.iter().copied().filter(|&b| b != b'/' && b != 0).take(40).collect();
            // Dot files could be ignore files (`.gitignore`, `.ignore`): only the fixed `.hidden`.
            if bytes.is_empty() || bytes[0] == b'.' {
                return None;
            }
            if *plan {
                bytes.extend_from_slice(b".sip.yaml");
            }
            bytes
        }
    };
    Some(OsString::from_vec(bytes))
}

fn is_plan_name(name: &std::ffi::OsStr) -> bool {
    name.as_bytes().ends_with(b".sip.yaml")
}

fuzz_target!(|ops: Vec<Op>| {
    if ops.len() > 24 {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path().join("plans");
    std::fs::create_dir(&root).unwrap();
    // Entries made so far (the root first), and whether each is a folder.
    let mut entries: Vec<(PathBuf, bool)> = vec![(root.clone(), true)];
    // Plan files that a walk must find: regular files named like a plan,
    // reached without a hidden folder or a folder named like a plan.
    let mut expected: Vec<PathBuf> = Vec::new();
    let mut reachable: HashSet<PathBuf> = HashSet::from([root.clone()]);
    for op in &ops {
        let (parent, name_of) = match op {
            Op::Dir { parent, name } | Op::File { parent, name } | Op::Link { parent, name, .. } => {
                (parent, name)
            }
        };
        let dirs: Vec<&PathBuf> = entries.iter().filter(|(_, d)| *d).map(|(p, _)| p).collect();
        let parent = dirs[usize::from(*parent) % dirs.len()].clone();
        let Some(name) = name(name_of) else { continue };
        let path = parent.join(&name);
        if path.symlink_metadata().is_ok() {
            continue;
        }
        let made = match op {
            Op::Dir { .. } => std::fs::create_dir(&path).map(|()| true),
            Op::File { .. } => std::fs::write(&path, "sip: 1\n").map(|()| false),
            Op::Link { target, .. } => {
                let target = match usize::from(*target) % (entries.len() + 2) {
                    i if i < entries.len() => entries[i].0.clone(),
                    i if i == entries.len() => path.clone(),
                    _ => dir.path().join("nowhere"),
                };
                std::os::unix::fs::symlink(&target, &path).map(|()| false)
            }
        };
        // A name too long for the file system is simply not made.
        let Ok(is_dir) = made else { continue };
        entries.push((path.clone(), is_dir));
        let parent_ok = reachable.contains(&parent);
        let hidden = name.as_bytes().starts_with(b".");
        if is_dir && parent_ok && !hidden && !is_plan_name(&name) {
            reachable.insert(path.clone());
        }
        if matches!(op, Op::File { .. }) && parent_ok && !hidden && is_plan_name(&name) {
            expected.push(path);
        }
    }
    let scope = sip::walk::Scope {
        cwd: dir.path().to_path_buf(),
        root: dir.path().to_path_buf(),
        plans_dir: root.clone(),
        max_plans: 10_000,
        max_file_size: 1024,
    };
    let found = match sip::walk::plan_files(&scope, &[]) {
        Ok(found) => found,
        // Too many plans (links can multiply them) is a clear stop, not a crash.
        Err(sip::error::Error::TooManyPlans { .. }) => return,
        Err(e) => panic!("{e:?} in {entries:?}"),
    };
    let mut seen = HashSet::new();
    for input in &found {
        assert!(seen.insert(input.path.clone()), "twice: {:?}", input.path);
        assert!(is_plan_name(input.path.as_os_str()), "not a plan: {:?}", input.path);
        assert!(input.path.starts_with(&root), "outside: {:?}", input.path);
        assert!(!input.display.is_empty());
    }
    for path in &expected {
        assert!(seen.contains(path), "skipped: {path:?} in {found:?}");
    }
    // Named paths too: the root and each expected plan by itself.
    let named: Vec<PathBuf> = expected.iter().map(|p| p.strip_prefix(dir.path()).unwrap().to_path_buf()).collect();
    // (No paths at all would mean the plans folder.)
    if !named.is_empty()
        && let Ok(found) = sip::walk::plan_files(&scope, &named)
    {
        assert_eq!(found.len(), named.len(), "{named:?}");
    }
});
