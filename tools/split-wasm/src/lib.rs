//! Splits a wasm module in two: a primary module, the first download, and a secondary
//! module holding the functions picked by name, fetched after the app has started.
//! docs/loading.md explains the layout; in short:
//!
//! - Every picked function keeps its index in the primary, with a three-instruction body
//!   instead of its own (a stub): if its slot in the split table is empty, call the
//!   import `split.load` (which instantiates the secondary, synchronously if it must), then
//!   call the slot with the same arguments. Callers, vtables and exports are untouched.
//! - The secondary holds the picked functions' real bodies and every function only they
//!   reach. It imports the memory, the tables, the globals and the functions of the
//!   primary it uses (which the primary exports under short names), and on instantiation
//!   its one element segment fills the split table.
//!
//! No code is duplicated: a function is in exactly one of the two modules.

use std::collections::{BTreeSet, HashMap, HashSet};

pub mod data;

use walrus::ir::{
    dfs_in_order, dfs_pre_order_mut, Call, CallIndirect, RefIsNull, TableGet, Value, Visitor,
    VisitorMut,
};
use walrus::{
    ConstExpr, DataId, ElementId, ElementItems, ElementKind, ExportItem, FunctionBuilder,
    FunctionId, FunctionKind, GlobalId, GlobalKind, ImportKind, MemoryId, Module, ModuleConfig,
    RefType, TableId,
};

/// The import module of the secondary (the primary's exports) and of the loader.
pub const PRIMARY: &str = "p";
/// The primary's import that instantiates the secondary.
pub const LOADER: (&str, &str) = ("split", "load");
/// The primary's export (and the secondary's import) of the split table.
pub const SPLIT_TABLE: &str = "__split";

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// What `split` made.
#[derive(Debug)]
pub struct Split {
    pub primary: Vec<u8>,
    pub secondary: Vec<u8>,
    /// The functions picked by name (each has a stub in the primary).
    pub picked: usize,
    /// Every function in the secondary (the picked ones and those only they reach).
    pub moved: usize,
    /// Primary items the secondary imports.
    pub shared: usize,
    /// The name of each slot's function (`split.load`'s argument).
    pub slots: Vec<String>,
    /// Bytes of static data that moved with the functions (src/data.rs).
    pub moved_data: usize,
}

/// The names of a keep list: one per line; a line starting with `#` is a comment.
pub fn keep_list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// A function's name without the crates' disambiguators (`yew[cb37e96f909f5b52]::…` →
/// `yew::…`): they depend on where the crate was built from, the rest does not. Without
/// the number the tools add to tell same-named copies apart (`<str>::eq.483`) as well:
/// it shifts whenever any code changes, so a keep list naming it would go stale at the
/// next commit. Every copy of a kept name is kept.
pub fn normalize(name: &str) -> String {
    let name = match name.rsplit_once('.') {
        Some((base, n))
            if !base.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            base
        }
        _ => name,
    };
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let (head, tail) = rest.split_at(open);
        out.push_str(head);
        match tail[1..].find(']') {
            Some(close) if close > 0 && tail[1..=close].bytes().all(|b| b.is_ascii_hexdigit()) => {
                rest = &tail[close + 2..];
            }
            _ => {
                out.push('[');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Drops the linker's `linking` and `reloc.*` sections, which `--emit-relocs` leaves in
/// the module (src/data.rs reads them from the linker's output): after wasm-bindgen and
/// wasm-opt they describe code that is no longer there.
fn strip_linking(m: &mut Module) {
    let stale: Vec<_> = m
        .customs
        .iter()
        .filter(|(_, c)| c.name() == "linking" || c.name().starts_with("reloc."))
        .map(|(id, _)| id)
        .collect();
    for id in stale {
        m.customs.delete(id);
    }
}

fn config() -> ModuleConfig {
    let mut config = ModuleConfig::new();
    // The names are read here to pick functions; neither output keeps them.
    // SPLIT_WASM_NAMES=1 keeps them, to see what each module holds (twiggy).
    let names = std::env::var_os("SPLIT_WASM_NAMES").is_some();
    config
        .generate_name_section(names)
        .generate_producers_section(false);
    config
}

/// Function ids by index (the same in every parse of the same bytes).
fn ids_by_index(m: &Module) -> HashMap<usize, FunctionId> {
    m.funcs.iter().map(|f| (f.id().index(), f.id())).collect()
}

/// What a function body refers to.
#[derive(Default)]
struct Refs {
    funcs: BTreeSet<usize>,
    globals: BTreeSet<usize>,
    tables: BTreeSet<usize>,
    memories: BTreeSet<usize>,
    segments: usize,
}

impl<'a> Visitor<'a> for Refs {
    fn visit_function_id(&mut self, f: &FunctionId) {
        self.funcs.insert(f.index());
    }
    fn visit_global_id(&mut self, g: &GlobalId) {
        self.globals.insert(g.index());
    }
    fn visit_table_id(&mut self, t: &TableId) {
        self.tables.insert(t.index());
    }
    fn visit_memory_id(&mut self, m: &MemoryId) {
        self.memories.insert(m.index());
    }
    fn visit_data_id(&mut self, _: &DataId) {
        self.segments += 1;
    }
    fn visit_element_id(&mut self, _: &ElementId) {
        self.segments += 1;
    }
}

fn refs_of(m: &Module) -> HashMap<usize, Refs> {
    m.funcs
        .iter_local()
        .map(|(id, f)| {
            let mut refs = Refs::default();
            dfs_in_order(&mut refs, f, f.entry_block());
            (id.index(), refs)
        })
        .collect()
}

/// Replaces each picked function's body by a stub that loads the secondary if its slot
/// is empty and calls the slot. Returns the split table.
fn stub(m: &mut Module, picked: &[usize]) -> TableId {
    let slots = picked.len() as u64;
    let table = m
        .tables
        .add_local(false, slots, Some(slots), RefType::FUNCREF);
    m.exports.add(SPLIT_TABLE, table);
    // `split.load(slot)`: the slot says which function was wanted first.
    let load_ty = m.types.add(&[walrus::ValType::I32], &[]);
    let (load, _) = m.add_import_func(LOADER.0, LOADER.1, load_ty);
    let ids = ids_by_index(m);
    for (slot, index) in picked.iter().enumerate() {
        let id = ids[index];
        let ty = m.funcs.get(id).ty();
        let (params, results) = {
            let (p, r) = m.types.params_results(ty);
            (p.to_vec(), r.to_vec())
        };
        let mut builder = FunctionBuilder::new(&mut m.types, &params, &results);
        let args: Vec<_> = params.iter().map(|t| m.locals.add(*t)).collect();
        let slot = i32::try_from(slot).expect("fewer than 2^31 functions");
        let mut body = builder.func_body();
        body.i32_const(slot)
            .instr(TableGet { table })
            .instr(RefIsNull {})
            .if_else(
                None,
                |then| {
                    then.i32_const(slot).instr(Call { func: load });
                },
                |_| {},
            );
        for arg in &args {
            body.local_get(*arg);
        }
        body.i32_const(slot).instr(CallIndirect { ty, table });
        m.funcs.get_mut(id).kind = FunctionKind::Local(builder.local_func(args));
    }
    table
}

/// Short export names: the secondary imports many of them.
fn name(kind: char, index: usize) -> String {
    format!("{kind}{index:x}")
}

/// Splits `wasm` (with a name section) so that every local function whose normalized
/// name is not in `keep` moves to the secondary, with what only it reaches. Exported
/// functions stay (the JS glue calls them by name), and so do functions without a name
/// (wasm-bindgen's shims): a profile cannot name them.
///
/// With `linked`, the linker's output for the same build with its relocations, the static
/// data only the moved functions use moves too (src/data.rs).
pub fn split(wasm: &[u8], keep: &HashSet<String>, linked: Option<&[u8]>) -> Result<Split, Error> {
    split_data(
        wasm,
        |name| {
            let name = normalize(name);
            !name.is_empty() && !keep.contains(&name) && !runtime(&name)
        },
        linked,
    )
}

/// The app's runtime, which stays in the primary whether or not a profile saw it run:
/// drop glue (`core::ptr::drop_in_place::<T>`) for any type outside the features, and
/// Yew's scheduler with the containers it keeps its queues in. Both run on paths that
/// depend on timing, not on what the page shows: the scheduler drops a component's
/// pending render when a second one is queued before it runs (CI, 2026-12-07), and
/// rebalances its queue's tree only when many components wait at once. A profile run
/// cannot be relied on to see them, and a stub there would fetch the secondary
/// synchronously (docs/loading.md).
pub fn runtime(name: &str) -> bool {
    const FEATURES: [&str; 5] = [
        "vm_migration_lab::features::",
        "migration_model::exercise::",
        "migration_model::replay::",
        "migration_model::sweep::",
        "migration_model::lesson::",
    ];
    (name.starts_with("core::ptr::drop_in_place::<") || name.contains("yew::scheduler::"))
        && !FEATURES.iter().any(|f| name.contains(f))
}

/// Splits `wasm` so that every local, unexported function whose name `pick` accepts
/// moves to the secondary, with what only it reaches.
pub fn split_with(wasm: &[u8], pick: impl Fn(&str) -> bool) -> Result<Split, Error> {
    split_data(wasm, pick, None)
}

/// `split_with`, and with `linked` the data only the moved functions use (src/data.rs).
pub fn split_data(
    wasm: &[u8],
    pick: impl Fn(&str) -> bool,
    linked: Option<&[u8]>,
) -> Result<Split, Error> {
    let data_map = linked.map(data::DataMap::read).transpose()?;
    // 1. The picked functions, and what each function refers to.
    let mut analysis = config().parse(wasm)?;
    let exported: HashSet<usize> = analysis
        .exports
        .iter()
        .filter_map(|e| match e.item {
            ExportItem::Function(f) => Some(f.index()),
            _ => None,
        })
        .collect();
    let picked: Vec<usize> = {
        let mut picked: Vec<usize> = analysis
            .funcs
            .iter_local()
            .filter(|(id, _)| !exported.contains(&id.index()))
            .filter(|(id, _)| pick(analysis.funcs.get(*id).name.as_deref().unwrap_or("")))
            .map(|(id, _)| id.index())
            .collect();
        picked.sort_unstable();
        picked
    };
    if picked.is_empty() {
        return Err("no function to move (was the name section kept?)".into());
    }
    let refs = refs_of(&analysis);
    let slots = {
        let ids = ids_by_index(&analysis);
        let name = |i: &usize| analysis.funcs.get(ids[i]).name.clone().unwrap_or_default();
        picked.iter().map(|i| normalize(&name(i))).collect()
    };

    // 2. What the primary still reaches once the picked bodies are stubs.
    stub(&mut analysis, &picked);
    walrus::passes::gc::run(&mut analysis);
    let in_primary: HashSet<usize> = analysis.funcs.iter().map(|f| f.id().index()).collect();
    let picked_set: HashSet<usize> = picked.iter().copied().collect();

    // 3. The secondary: the picked functions and what they reach that the primary does not.
    let mut moved = BTreeSet::new();
    let mut stack = picked.clone();
    while let Some(f) = stack.pop() {
        if !moved.insert(f) {
            continue;
        }
        for g in &refs[&f].funcs {
            let local = refs.contains_key(g);
            if local && (picked_set.contains(g) || !in_primary.contains(g)) {
                stack.push(*g);
            }
        }
    }
    let mut need = Refs::default();
    for f in &moved {
        let r = &refs[f];
        need.funcs
            .extend(r.funcs.iter().filter(|g| !moved.contains(g)));
        need.globals.extend(&r.globals);
        need.tables.extend(&r.tables);
        need.memories.extend(&r.memories);
        need.segments += r.segments;
    }
    if data_map.is_some() {
        // The moved data arrives in the primary's memory.
        need.memories
            .extend(analysis.memories.iter().map(|m| m.id().index()));
    }
    if need.segments > 0 {
        return Err(
            "a function to move uses memory.init, data.drop, table.init or elem.drop; \
                    passive segments stay in the primary"
                .into(),
        );
    }
    let shared = need.funcs.len() + need.globals.len() + need.tables.len() + need.memories.len();

    // 4. The primary: stubs, and exports of everything the secondary uses.
    let mut primary = config().parse(wasm)?;
    let ids = ids_by_index(&primary);
    // Whose code the primary no longer has (src/data.rs reads relocations by function).
    let moved_names: HashSet<String> = moved
        .iter()
        .filter_map(|f| primary.funcs.get(ids[f]).name.as_deref().map(normalize))
        .collect();
    stub(&mut primary, &picked);
    for f in &need.funcs {
        primary.exports.add(&name('f', *f), ids[f]);
    }
    for g in primary.globals.iter().map(|g| g.id()).collect::<Vec<_>>() {
        if need.globals.contains(&g.index()) {
            primary.exports.add(&name('g', g.index()), g);
        }
    }
    for t in primary.tables.iter().map(|t| t.id()).collect::<Vec<_>>() {
        if need.tables.contains(&t.index()) {
            primary.exports.add(&name('t', t.index()), t);
        }
    }
    for m in primary.memories.iter().map(|m| m.id()).collect::<Vec<_>>() {
        if need.memories.contains(&m.index()) {
            primary.exports.add(&name('m', m.index()), m);
        }
    }
    walrus::passes::gc::run(&mut primary);
    let runs = match &data_map {
        Some(map) => data::take_unreached(map, &mut primary, &moved_names)?,
        None => Vec::new(),
    };

    // 5. The secondary: the moved bodies; everything else imported from the primary.
    let mut secondary = config().parse(wasm)?;
    let ids = ids_by_index(&secondary);
    let mut imported = HashMap::new();
    for f in &need.funcs {
        let ty = secondary.funcs.get(ids[f]).ty();
        let (id, _) = secondary.add_import_func(PRIMARY, &name('f', *f), ty);
        imported.insert(ids[f], id);
    }
    struct Remap<'a>(&'a HashMap<FunctionId, FunctionId>);
    impl VisitorMut for Remap<'_> {
        fn visit_function_id_mut(&mut self, f: &mut FunctionId) {
            if let Some(to) = self.0.get(f) {
                *f = *to;
            }
        }
    }
    for f in &moved {
        if let FunctionKind::Local(local) = &mut secondary.funcs.get_mut(ids[f]).kind {
            let entry = local.entry_block();
            dfs_pre_order_mut(&mut Remap(&imported), local, entry);
        }
    }
    for id in secondary.exports.iter().map(|e| e.id()).collect::<Vec<_>>() {
        secondary.exports.delete(id);
    }
    secondary.start = None;
    for id in secondary.data.iter().map(|d| d.id()).collect::<Vec<_>>() {
        secondary.data.delete(id);
    }
    for id in secondary
        .elements
        .iter()
        .map(|e| e.id())
        .collect::<Vec<_>>()
    {
        secondary.elements.delete(id);
    }
    // Globals, tables and memories the moved code uses come from the primary.
    let globals: Vec<GlobalId> = secondary.globals.iter().map(|g| g.id()).collect();
    for g in globals {
        if !need.globals.contains(&g.index()) {
            continue;
        }
        let import = secondary
            .imports
            .add(PRIMARY, &name('g', g.index()), ImportKind::Global(g));
        if let GlobalKind::Import(old) = secondary.globals.get(g).kind {
            secondary.imports.delete(old);
        }
        secondary.globals.get_mut(g).kind = GlobalKind::Import(import);
    }
    let tables: Vec<TableId> = secondary.tables.iter().map(|t| t.id()).collect();
    for t in tables {
        secondary.tables.get_mut(t).elem_segments.clear();
        if !need.tables.contains(&t.index()) {
            continue;
        }
        let import = secondary
            .imports
            .add(PRIMARY, &name('t', t.index()), ImportKind::Table(t));
        if let Some(old) = secondary.tables.get_mut(t).import.replace(import) {
            secondary.imports.delete(old);
        }
    }
    let memories: Vec<MemoryId> = secondary.memories.iter().map(|m| m.id()).collect();
    for m in memories {
        secondary.memories.get_mut(m).data_segments.clear();
        if !need.memories.contains(&m.index()) {
            continue;
        }
        let import = secondary
            .imports
            .add(PRIMARY, &name('m', m.index()), ImportKind::Memory(m));
        if let Some(old) = secondary.memories.get_mut(m).import.replace(import) {
            secondary.imports.delete(old);
        }
    }
    // The moved data, at its addresses in the primary's memory.
    let memory = secondary.memories.iter().map(|m| m.id()).next();
    for (address, bytes) in &runs {
        let memory = memory.ok_or("data to move but no memory")?;
        let id = secondary.data.add(
            walrus::DataKind::Active {
                memory,
                offset: ConstExpr::Value(Value::I32(*address as i32)),
            },
            bytes.clone(),
        );
        secondary.memories.get_mut(memory).data_segments.insert(id);
    }
    let count = picked.len() as u64;
    let (table, _) = secondary.add_import_table(
        PRIMARY,
        SPLIT_TABLE,
        false,
        count,
        Some(count),
        RefType::FUNCREF,
    );
    let fill = secondary.elements.add(
        ElementKind::Active {
            table,
            offset: ConstExpr::Value(Value::I32(0)),
        },
        ElementItems::Functions(picked.iter().map(|f| ids[f]).collect()),
    );
    secondary.tables.get_mut(table).elem_segments.insert(fill);
    walrus::passes::gc::run(&mut secondary);

    strip_linking(&mut primary);
    strip_linking(&mut secondary);
    Ok(Split {
        primary: primary.emit_wasm(),
        secondary: secondary.emit_wasm(),
        picked: picked.len(),
        moved: moved.len(),
        shared,
        slots,
        moved_data: runs.iter().map(|(_, b)| b.len()).sum(),
    })
}

/// Each local function's index and name.
pub type Names = Vec<(usize, String)>;

/// The profiling build: every local function first calls the import `prof.hit` with its
/// index, so a browser run can tell which functions the first screen runs
/// (scripts/split-profile.mjs). Returns the module and each index's name.
pub fn instrument(wasm: &[u8]) -> Result<(Vec<u8>, Names), Error> {
    let mut config = ModuleConfig::new();
    config.generate_name_section(true);
    let mut m = config.parse(wasm)?;
    let names = m
        .funcs
        .iter_local()
        .map(|(id, _)| (id.index(), m.funcs.get(id).name.clone().unwrap_or_default()))
        .collect();
    let hit_ty = m.types.add(&[walrus::ValType::I32], &[]);
    let (hit, _) = m.add_import_func("prof", "hit", hit_ty);
    for (id, f) in m.funcs.iter_local_mut() {
        let index = i32::try_from(id.index()).expect("fewer than 2^31 functions");
        let entry = f.entry_block();
        f.block_mut(entry).instrs.insert(
            0,
            (
                walrus::ir::Const {
                    value: Value::I32(index),
                }
                .into(),
                Default::default(),
            ),
        );
        f.block_mut(entry)
            .instrs
            .insert(1, (Call { func: hit }.into(), Default::default()));
    }
    Ok((m.emit_wasm(), names))
}

/// Short import names: wasm-bindgen names each JS import `__wbg_<name>_<16 hex digits>`
/// and puts them under the module `./<crate>_bg.js`, in the wasm's import section and
/// again as keys of the glue's import object. Both become short (`_0`, `_1`, …; module
/// `w`), in both files, which saves about 4 KiB gzipped of the first download. Every
/// name must appear exactly once in the glue, as a key (`name:`), else nothing changes
/// and this fails: a glue of another shape is not guessed at.
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), Error> {
    let mut config = ModuleConfig::new();
    config.generate_name_section(true);
    let mut m = config.parse(wasm)?;
    strip_linking(&mut m);
    let modules: HashSet<&str> = m
        .imports
        .iter()
        .filter(|i| i.module.ends_with("_bg.js"))
        .map(|i| i.module.as_str())
        .collect();
    let module = match modules.into_iter().collect::<Vec<_>>()[..] {
        [module] => module.to_owned(),
        _ => return Err("expected the imports of one `*_bg.js` module".into()),
    };
    let quoted = format!("\"{module}\":");
    if glue.matches(&quoted).count() != 1 {
        return Err(format!("the glue does not name {quoted} exactly once").into());
    }
    let mut glue = glue.replacen(&quoted, "w:", 1);
    for (short, import) in m
        .imports
        .iter_mut()
        .filter(|i| i.module == module)
        .enumerate()
    {
        let key = format!("{}:", import.name);
        let at: Vec<usize> = glue.match_indices(&key).map(|(i, _)| i).collect();
        // A key starts after `{`, `,` or whitespace (not inside a longer name).
        let keys: Vec<usize> = at
            .into_iter()
            .filter(|&i| {
                glue[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c == '{' || c == ',' || c.is_whitespace())
            })
            .collect();
        let [i] = keys[..] else {
            return Err(format!("the glue has {} keys `{key}`, not one", keys.len()).into());
        };
        let name = format!("_{short:x}");
        glue.replace_range(i..i + key.len() - 1, &name);
        import.name = name;
        import.module = "w".to_owned();
    }
    Ok((m.emit_wasm(), glue))
}
