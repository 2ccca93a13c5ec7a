//! The secondary's own data: static data (strings, tables, vtables) that only the moved
//! functions use leaves the primary's data segments and arrives with the secondary, as
//! its active data segments at the same addresses (docs/loading.md, "Data").
//!
//! Which data the primary uses is found without guessing at object sizes:
//!
//! - The linker's relocation output (`-Clink-arg=--emit-relocs`, `.cargo/config.toml`)
//!   names every data object with its extent, and every pointer stored in data (vtables
//!   point at strings, tables at other tables).
//! - Every address the primary's code can name is an immediate: an `i32.const` (or either
//!   half of an `i64.const`) or the offset of a load or store. Each one keeps the object
//!   it lies in, and a neighbour within 64 bytes of it (a loop may start from an address
//!   just before or after its object) that the code names from there; a global's
//!   initializer keeps every object within 64 bytes.
//! - The code relocations are read function by function: when a function's own code names
//!   something near its immediate, only code that stays in the primary keeps a neighbour,
//!   and an address where one object ends and the next starts keeps the next one only if
//!   such code names it there (`kept_by`).
//! - Kept objects keep what they point to, transitively.
//! - The slack is checked, not assumed: the linker's code relocations give every address
//!   the code names as an object plus an offset. An object some code names from further
//!   away than the slack (`TABLE[i - 25]` folds to an address 100 bytes before `TABLE`)
//!   always stays, and so does whatever a pointer outside every object points to.
//!
//! Everything else moves. Before the secondary arrives the primary cannot name those
//! bytes, so it cannot read them; after, they are there.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use walrus::ir::{Instr, Value, Visitor};
use walrus::{ConstExpr, DataKind, Module};
use wasmparser::{
    KnownCustom, Linking, Operator, Parser, Payload, RelocationType, SymbolFlags, SymbolInfo,
};

use crate::Error;

/// How far from an immediate address an object still counts as named by it.
const SLACK: u32 = 64;

/// The data objects of the linked module and the pointers between them.
#[derive(Debug, Default)]
pub struct DataMap {
    /// Object extents in memory, sorted by start; no empty ones.
    pub objects: Vec<Range<u32>>,
    /// For each object, the objects it points to.
    pub points_to: Vec<Vec<usize>>,
    /// Objects that stay whatever the primary's code names: code addresses one from
    /// beyond the slack, or a pointer in bytes no object covers points to it.
    pub pinned: Vec<bool>,
    /// For each object, the addresses the linked code names it by (its start plus each
    /// code relocation's addend), each with the function whose code it is (an index into
    /// `functions`; `None` when the relocation lies in no function body): an immediate
    /// near but outside an object keeps it only if code that stays names the object from
    /// there (`kept_by`).
    pub named_at: Vec<Vec<(u32, Option<u32>)>>,
    /// The linked module's defined functions by index: their names as the split reads
    /// them (`crate::normalize` of the demangled symbol).
    pub functions: HashMap<u32, String>,
    /// For each function name, the addresses its linked code names (any object), sorted.
    pub names_by_function: HashMap<String, Vec<u32>>,
    /// The linked module's initial memory, from address 0: its active data segments.
    pub image: Vec<u8>,
}

/// An active data segment of the linked module: its address in memory and its bytes'
/// place in the file (`None` in a list of segments for a passive one: symbols count it).
struct Segment {
    address: u32,
    file: Range<usize>,
}

/// A data segment of the linked module: an active one's bytes written into `image` at its
/// address.
fn read_segment(data: wasmparser::Data<'_>, image: &mut Vec<u8>) -> Result<Option<Segment>, Error> {
    let wasmparser::DataKind::Active { offset_expr, .. } = data.kind else {
        return Ok(None);
    };
    let Operator::I32Const { value } = offset_expr.get_operators_reader().read()? else {
        return Err("a data segment at a non-constant address".into());
    };
    let start = value as u32 as usize;
    if image.len() < start + data.data.len() {
        image.resize(start + data.data.len(), 0);
    }
    image[start..start + data.data.len()].copy_from_slice(data.data);
    let end = data.range.end;
    Ok(Some(Segment {
        address: value as u32,
        file: end - data.data.len()..end,
    }))
}

/// Whether a relocation is a memory address.
fn is_address(ty: RelocationType) -> bool {
    use RelocationType::*;
    matches!(
        ty,
        MemoryAddrLeb
            | MemoryAddrSleb
            | MemoryAddrI32
            | MemoryAddrRelSleb
            | MemoryAddrLeb64
            | MemoryAddrSleb64
            | MemoryAddrI64
            | MemoryAddrRelSleb64
            | MemoryAddrTlsSleb
            | MemoryAddrLocrelI32
            | MemoryAddrTlsSleb64
    )
}

/// The linking section's symbol table: each defined data symbol (not an absolute one,
/// whose "segment" is not a segment) as (segment, offset, size) by symbol index, and
/// each defined function's name by function index (demangled, as `crate::normalize`
/// reads names).
fn read_symbols(
    table: wasmparser::SymbolInfoMap<'_>,
    symbols: &mut HashMap<u32, (u32, u32, u32)>,
    functions: &mut HashMap<u32, String>,
) -> Result<(), Error> {
    for (index, symbol) in table.into_iter().enumerate() {
        match symbol? {
            SymbolInfo::Data {
                symbol: Some(d),
                flags,
                ..
            } if !flags.contains(SymbolFlags::ABSOLUTE) => {
                symbols.insert(index as u32, (d.index, d.offset, d.size));
            }
            SymbolInfo::Func {
                flags,
                index,
                name: Some(name),
            } if !flags.contains(SymbolFlags::UNDEFINED) => {
                let name = format!("{}", rustc_demangle::demangle(name));
                functions.insert(index, crate::normalize(&name));
            }
            _ => {}
        }
    }
    Ok(())
}

impl DataMap {
    /// Reads the linking and `reloc.DATA` sections of the linker's output.
    pub fn read(linked: &[u8]) -> Result<DataMap, Error> {
        let mut segments = Vec::new();
        let mut image = Vec::new();
        let mut data_start = None;
        let mut symbols: HashMap<u32, (u32, u32, u32)> = HashMap::new();
        let mut relocs = Vec::new();
        let mut code_relocs = Vec::new();
        // Function bodies, as file ranges, in order; the code section's contents start at
        // `code_start` (code relocations count from there).
        let mut bodies: Vec<Range<usize>> = Vec::new();
        let mut code_start = 0;
        let mut imported_functions = 0u32;
        let mut functions = HashMap::new();
        for payload in Parser::new(0).parse_all(linked) {
            match payload? {
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        if matches!(import?.ty, wasmparser::TypeRef::Func(_)) {
                            imported_functions += 1;
                        }
                    }
                }
                Payload::CodeSectionStart { range, .. } => code_start = range.start,
                Payload::CodeSectionEntry(body) => bodies.push(body.range()),
                Payload::DataSection(reader) => {
                    data_start = Some(reader.range().start);
                    for data in reader {
                        segments.push(read_segment(data?, &mut image)?);
                    }
                }
                Payload::CustomSection(section) => match section.as_known() {
                    KnownCustom::Linking(linking) => {
                        for sub in linking.subsections() {
                            let Linking::SymbolTable(table) = sub? else {
                                continue;
                            };
                            read_symbols(table, &mut symbols, &mut functions)?;
                        }
                    }
                    KnownCustom::Reloc(reloc) if section.name() == "reloc.DATA" => {
                        for entry in reloc.entries() {
                            relocs.push(entry?);
                        }
                    }
                    KnownCustom::Reloc(reloc) if section.name() == "reloc.CODE" => {
                        for entry in reloc.entries() {
                            code_relocs.push(entry?);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        let data_start = data_start.ok_or("the linked module has no data section")?;
        if symbols.is_empty() {
            return Err(
                "the linked module has no data symbols (built without --emit-relocs?)".into(),
            );
        }
        let extent = |&(segment, offset, size): &(u32, u32, u32)| -> Option<Range<u32>> {
            let s = segments.get(segment as usize)?.as_ref()?;
            (size > 0).then(|| s.address + offset..s.address + offset + size)
        };
        let symbols: HashMap<u32, Range<u32>> = symbols
            .iter()
            .filter_map(|(i, d)| extent(d).map(|r| (*i, r)))
            .collect();
        let mut objects: Vec<Range<u32>> = symbols.values().cloned().collect();
        objects.sort_by_key(|r| (r.start, r.end));
        objects.dedup();
        let mut map = DataMap {
            points_to: vec![Vec::new(); objects.len()],
            pinned: vec![false; objects.len()],
            named_at: vec![Vec::new(); objects.len()],
            functions,
            names_by_function: HashMap::new(),
            objects,
            image,
        };
        // The function whose body holds a code relocation.
        let function_at = |offset: u32| -> Option<u32> {
            let file = code_start + offset as usize;
            let k = bodies.partition_point(|b| b.end <= file);
            bodies
                .get(k)
                .filter(|b| b.contains(&file))
                .map(|_| imported_functions + k as u32)
        };
        let code_relocs: Vec<_> = code_relocs
            .into_iter()
            .map(|entry| {
                let function = function_at(entry.offset);
                (entry, function)
            })
            .collect();
        map.read_code_relocs(&code_relocs, &symbols);
        map.read_pointers(&relocs, &symbols, data_start, &segments);
        for addresses in map.names_by_function.values_mut() {
            addresses.sort_unstable();
            addresses.dedup();
        }
        Ok(map)
    }

    /// Where the linked code names each object, and by which function (`named_at`,
    /// `names_by_function`); an object named from beyond the slack is pinned.
    fn read_code_relocs(
        &mut self,
        relocs: &[(wasmparser::RelocationEntry, Option<u32>)],
        symbols: &HashMap<u32, Range<u32>>,
    ) {
        for (entry, function) in relocs {
            let Some(target) = symbols.get(&entry.index).filter(|_| is_address(entry.ty)) else {
                continue;
            };
            let size = i64::from(target.end - target.start);
            let slack = i64::from(SLACK);
            let at = (i64::from(target.start) + entry.addend).clamp(0, i64::from(u32::MAX)) as u32;
            if let Some(name) = function.and_then(|f| self.functions.get(&f)) {
                self.names_by_function
                    .entry(name.clone())
                    .or_default()
                    .push(at);
            }
            for i in self.overlapping(target.clone()).collect::<Vec<_>>() {
                self.named_at[i].push((at, *function));
            }
            if entry.addend < -slack || entry.addend > size + slack {
                for i in self.overlapping(target.clone()).collect::<Vec<_>>() {
                    self.pinned[i] = true;
                }
            }
        }
    }

    /// The pointers stored in data (`reloc.DATA`): what each object points to; a pointer
    /// in bytes no object covers pins its target.
    fn read_pointers(
        &mut self,
        relocs: &[wasmparser::RelocationEntry],
        symbols: &HashMap<u32, Range<u32>>,
        data_start: usize,
        segments: &[Option<Segment>],
    ) {
        for entry in relocs {
            let Some(target) = symbols.get(&entry.index).filter(|_| is_address(entry.ty)) else {
                continue;
            };
            let to: Vec<usize> = self.overlapping(target.clone()).collect();
            let file = data_start + entry.offset as usize;
            let at = segments
                .iter()
                .flatten()
                .find(|s| s.file.contains(&file))
                .map(|s| s.address + (file - s.file.start) as u32);
            let from: Vec<usize> = at
                .map(|at| self.containing(at).collect())
                .unwrap_or_default();
            if from.is_empty() {
                // A pointer in bytes no object covers: they stay, so what it points to does.
                for &t in &to {
                    self.pinned[t] = true;
                }
            }
            for f in from {
                self.points_to[f].extend(&to);
            }
        }
    }

    /// Whether the linked code of the function named `name` names an address within the
    /// slack of `address`: whether an immediate of that function is its own, not code
    /// inlined from elsewhere.
    fn explains(&self, name: &str, address: u32) -> bool {
        self.names_by_function.get(name).is_some_and(|at| {
            let from = at.partition_point(|&a| a < address.saturating_sub(SLACK));
            at.get(from)
                .is_some_and(|&a| a <= address.saturating_add(SLACK))
        })
    }

    fn overlapping(&self, r: Range<u32>) -> impl Iterator<Item = usize> + '_ {
        // Objects are sorted by start; an object overlapping `r` starts before r.end.
        let end = self.objects.partition_point(|o| o.start < r.end);
        (0..end).filter(move |&i| self.objects[i].end > r.start)
    }

    fn containing(&self, at: u32) -> impl Iterator<Item = usize> + '_ {
        self.overlapping(at..at + 1)
    }

    /// The objects the primary can reach: those near an address its code or globals name,
    /// and what they point to. `moved`: the names of the functions the split moves (their
    /// code no longer names anything in the primary).
    pub fn kept_by(&self, primary: &Module, moved: &HashSet<String>) -> Vec<bool> {
        let mut kept = self.pinned.clone();
        kept.resize(self.objects.len(), false);
        let mut stack: Vec<usize> = (0..kept.len()).filter(|&i| kept[i]).collect();
        let ends: HashSet<u32> = self.objects.iter().map(|o| o.end).collect();
        // Whether code that stays names object `i` within the slack of `address`: the code
        // of `from` (the function the immediate is in) or of any function the split leaves
        // in the primary, or code it cannot tell (no name; a relocation outside a body).
        let claimed = |i: usize, address: u32, from: Option<&str>| {
            self.named_at[i].iter().any(|&(at, function)| {
                at.abs_diff(address) <= SLACK
                    && match function.and_then(|f| self.functions.get(&f)) {
                        Some(name) => Some(name.as_str()) == from || !moved.contains(name),
                        None => true,
                    }
            })
        };
        // An immediate keeps the objects it lies in, and a neighbour within the slack
        // only if code names that neighbour from within the slack of it too (`TABLE[i - 1]`
        // folded to just before `TABLE`; the end of a slice): an address that is simply
        // the next object's start does not keep the object before it.
        //
        // When the function's own linked code names something near the immediate (it is
        // not code inlined from another function), the naming code must be code that
        // stays, and an address where one object ends and the next starts is either
        // object's: it keeps the next one only if code that stays names it there. (A
        // 6.6 KB lesson text started where a 24-byte table of the Controls view ended; only
        // the moved lesson code named the text.) Global initializers were not relocated
        // code, so theirs keep every neighbour.
        let mut keep =
            |address: u32, from: Option<&str>, any_neighbour: bool, stack: &mut Vec<usize>| {
                let around = address.saturating_sub(SLACK)..address.saturating_add(SLACK + 1);
                let own = from.is_some_and(|f| self.explains(f, address));
                for i in self.overlapping(around) {
                    let object = &self.objects[i];
                    let boundary = own && address == object.start && ends.contains(&address);
                    let inside = object.contains(&address) && !boundary;
                    let named = if own {
                        claimed(i, address, from)
                    } else {
                        self.named_at[i]
                            .iter()
                            .any(|&(at, _)| at.abs_diff(address) <= SLACK)
                    };
                    if !(inside || any_neighbour || named) {
                        continue;
                    }
                    if !kept[i] {
                        kept[i] = true;
                        stack.push(i);
                    }
                }
            };
        struct Addresses(Vec<u32>);
        impl<'a> Visitor<'a> for Addresses {
            fn visit_instr(&mut self, instr: &'a Instr, _: &'a walrus::InstrLocId) {
                let offset = match instr {
                    Instr::Const(c) => {
                        match c.value {
                            Value::I32(v) => self.0.push(v as u32),
                            Value::I64(v) => {
                                self.0.push(v as u32);
                                self.0.push((v >> 32) as u32);
                            }
                            _ => {}
                        }
                        return;
                    }
                    Instr::Load(i) => i.arg.offset,
                    Instr::Store(i) => i.arg.offset,
                    Instr::AtomicRmw(i) => i.arg.offset,
                    Instr::Cmpxchg(i) => i.arg.offset,
                    Instr::AtomicNotify(i) => i.arg.offset,
                    Instr::AtomicWait(i) => i.arg.offset,
                    Instr::LoadSimd(i) => i.arg.offset,
                    _ => return,
                };
                self.0.push(offset as u32);
            }
        }
        for (id, f) in primary.funcs.iter_local() {
            let mut addresses = Addresses(Vec::new());
            walrus::ir::dfs_in_order(&mut addresses, f, f.entry_block());
            let name = primary.funcs.get(id).name.as_deref().map(crate::normalize);
            for a in addresses.0 {
                keep(a, name.as_deref(), false, &mut stack);
            }
        }
        for g in primary.globals.iter() {
            match g.kind {
                walrus::GlobalKind::Local(ConstExpr::Value(Value::I32(v))) => {
                    keep(v as u32, None, true, &mut stack)
                }
                walrus::GlobalKind::Local(ConstExpr::Value(Value::I64(v))) => {
                    keep(v as u32, None, true, &mut stack);
                    keep((v >> 32) as u32, None, true, &mut stack);
                }
                _ => {}
            }
        }
        while let Some(i) = stack.pop() {
            for &j in &self.points_to[i] {
                if !kept[j] {
                    kept[j] = true;
                    stack.push(j);
                }
            }
        }
        kept
    }
}

/// Moves the bytes of every object the primary cannot reach out of its data segments:
/// zeroed there (the final `wasm-opt` cuts the zero runs out) and returned as
/// `(address, bytes)` runs for the secondary. Fails if the linked module's objects do not
/// lie in the primary's data, byte for byte: then the two are not of one build.
pub fn take_unreached(
    map: &DataMap,
    primary: &mut Module,
    moved: &HashSet<String>,
) -> Result<Vec<(u32, Vec<u8>)>, Error> {
    let kept = map.kept_by(primary, moved);
    let pick = |want: bool| {
        union(
            map.objects
                .iter()
                .zip(&kept)
                .filter(|(_, k)| **k == want)
                .map(|(o, _)| o.clone()),
        )
    };
    // Objects may overlap (aliases): a byte any kept object covers stays.
    let moved = subtract(&pick(false), &pick(true));
    let mut runs = Vec::new();
    for r in &moved {
        let bytes = map
            .image
            .get(r.start as usize..r.end as usize)
            .ok_or("a data object outside the linked module's data")?
            .to_vec();
        if bytes.iter().any(|&b| b != 0) {
            runs.push((r.start, bytes));
        }
    }
    let ids: Vec<walrus::DataId> = primary.data.iter().map(|d| d.id()).collect();
    for id in ids {
        let data = primary.data.get_mut(id);
        let DataKind::Active {
            offset: ConstExpr::Value(Value::I32(base)),
            ..
        } = data.kind
        else {
            continue;
        };
        let seg = base as u32..base as u32 + data.value.len() as u32;
        for (a, b) in &runs {
            let lo = (*a).max(seg.start);
            let hi = (*a + b.len() as u32).min(seg.end);
            for at in lo..hi {
                let here = &mut data.value[(at - seg.start) as usize];
                if *here != b[(at - a) as usize] {
                    return Err(format!(
                        "the data at {at:#x} differs between the linked module and the wasm: \
                         not one build"
                    )
                    .into());
                }
                *here = 0;
            }
        }
    }
    Ok(runs)
}

/// The union of ranges, sorted and disjoint.
fn union(ranges: impl Iterator<Item = Range<u32>>) -> Vec<Range<u32>> {
    let mut all: Vec<Range<u32>> = ranges.collect();
    all.sort_by_key(|r| r.start);
    let mut out: Vec<Range<u32>> = Vec::new();
    for r in all {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// `from` without `minus` (both sorted and disjoint).
fn subtract(from: &[Range<u32>], minus: &[Range<u32>]) -> Vec<Range<u32>> {
    let mut out = Vec::new();
    for r in from {
        let mut start = r.start;
        for m in minus.iter().filter(|m| m.end > r.start && m.start < r.end) {
            if m.start > start {
                out.push(start..m.start);
            }
            start = start.max(m.end);
        }
        if start < r.end {
            out.push(start..r.end);
        }
    }
    out
}
