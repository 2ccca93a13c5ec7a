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
//!   half of an `i64.const`) or the offset of a load or store. Each one keeps every object
//!   within 64 bytes of it (a loop may start from an address just before or after its
//!   object), and so does the primary's global initializers.
//! - Kept objects keep what they point to, transitively.
//! - The slack is checked, not assumed: the linker's code relocations give every address
//!   the code names as an object plus an offset. An object some code names from further
//!   away than the slack (`TABLE[i - 25]` folds to an address 100 bytes before `TABLE`)
//!   always stays, and so does whatever a pointer outside every object points to.
//!
//! Everything else moves. Before the secondary arrives the primary cannot name those
//! bytes, so it cannot read them; after, they are there.

use std::collections::HashMap;
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
    /// The linked module's initial memory, from address 0: its active data segments.
    pub image: Vec<u8>,
}

impl DataMap {
    /// Reads the linking and `reloc.DATA` sections of the linker's output.
    pub fn read(linked: &[u8]) -> Result<DataMap, Error> {
        /// An active segment (`None` in `segments` for a passive one: symbols count it).
        struct Segment {
            address: u32,
            file: Range<usize>,
        }
        let mut segments = Vec::new();
        let mut image = Vec::new();
        let mut data_start = None;
        let mut symbols: HashMap<u32, (u32, u32, u32)> = HashMap::new();
        let mut relocs = Vec::new();
        let mut code_relocs = Vec::new();
        for payload in Parser::new(0).parse_all(linked) {
            match payload? {
                Payload::DataSection(reader) => {
                    data_start = Some(reader.range().start);
                    for data in reader {
                        let data = data?;
                        let wasmparser::DataKind::Active { offset_expr, .. } = data.kind else {
                            segments.push(None);
                            continue;
                        };
                        let Operator::I32Const { value } =
                            offset_expr.get_operators_reader().read()?
                        else {
                            return Err("a data segment at a non-constant address".into());
                        };
                        let start = value as u32 as usize;
                        if image.len() < start + data.data.len() {
                            image.resize(start + data.data.len(), 0);
                        }
                        image[start..start + data.data.len()].copy_from_slice(data.data);
                        let end = data.range.end;
                        segments.push(Some(Segment {
                            address: value as u32,
                            file: end - data.data.len()..end,
                        }));
                    }
                }
                Payload::CustomSection(section) => match section.as_known() {
                    KnownCustom::Linking(linking) => {
                        for sub in linking.subsections() {
                            let Linking::SymbolTable(table) = sub? else {
                                continue;
                            };
                            for (index, symbol) in table.into_iter().enumerate() {
                                if let SymbolInfo::Data {
                                    symbol: Some(d),
                                    flags,
                                    ..
                                } = symbol?
                                {
                                    // An absolute symbol's "segment" is not a segment.
                                    if !flags.contains(SymbolFlags::ABSOLUTE) {
                                        symbols.insert(index as u32, (d.index, d.offset, d.size));
                                    }
                                }
                            }
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
            objects,
            image,
        };
        let is_address = |ty: RelocationType| {
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
        };
        for entry in &code_relocs {
            let Some(target) = symbols.get(&entry.index).filter(|_| is_address(entry.ty)) else {
                continue;
            };
            let size = i64::from(target.end - target.start);
            let slack = i64::from(SLACK);
            if entry.addend < -slack || entry.addend > size + slack {
                for i in map.overlapping(target.clone()).collect::<Vec<_>>() {
                    map.pinned[i] = true;
                }
            }
        }
        for entry in relocs {
            let Some(target) = symbols.get(&entry.index).filter(|_| is_address(entry.ty)) else {
                continue;
            };
            let to: Vec<usize> = map.overlapping(target.clone()).collect();
            let file = data_start + entry.offset as usize;
            let at = segments
                .iter()
                .flatten()
                .find(|s| s.file.contains(&file))
                .map(|s| s.address + (file - s.file.start) as u32);
            let from: Vec<usize> = at
                .map(|at| map.containing(at).collect())
                .unwrap_or_default();
            if from.is_empty() {
                // A pointer in bytes no object covers: they stay, so what it points to does.
                for &t in &to {
                    map.pinned[t] = true;
                }
            }
            for f in from {
                map.points_to[f].extend(&to);
            }
        }
        Ok(map)
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
    /// and what they point to.
    pub fn kept_by(&self, primary: &Module) -> Vec<bool> {
        let mut kept = self.pinned.clone();
        kept.resize(self.objects.len(), false);
        let mut stack: Vec<usize> = (0..kept.len()).filter(|&i| kept[i]).collect();
        let mut keep = |address: u32, stack: &mut Vec<usize>| {
            let around = address.saturating_sub(SLACK)..address.saturating_add(SLACK + 1);
            for i in self.overlapping(around) {
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
        let mut addresses = Addresses(Vec::new());
        for (_, f) in primary.funcs.iter_local() {
            walrus::ir::dfs_in_order(&mut addresses, f, f.entry_block());
        }
        for g in primary.globals.iter() {
            match g.kind {
                walrus::GlobalKind::Local(ConstExpr::Value(Value::I32(v))) => {
                    addresses.0.push(v as u32)
                }
                walrus::GlobalKind::Local(ConstExpr::Value(Value::I64(v))) => {
                    addresses.0.push(v as u32);
                    addresses.0.push((v >> 32) as u32);
                }
                _ => {}
            }
        }
        for a in addresses.0 {
            keep(a, &mut stack);
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
pub fn take_unreached(map: &DataMap, primary: &mut Module) -> Result<Vec<(u32, Vec<u8>)>, Error> {
    let kept = map.kept_by(primary);
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
