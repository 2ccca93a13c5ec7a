// A generated QEMU harness recording, long enough to test and measure reading in slices
// (tests/e2e/bounded.spec.ts, tests/bench/bench.mjs; issue 24).

// A harness recording of a run that never converges (as model/benches/replay.rs writes
// it): the header, then `samples` query-migrate samples 100 ms apart, a pass every 2 s and
// guest counters once a second.
export function longRecording(samples) {
  const lines = [
    '{"kind": "run", "name": "long", "desc": "not converging", "mode": "live", "guest_mem_mib": 384, "dirtier_mib": 192, "dirty_rate_pages_s": 32768, "max_bandwidth_mib_s": 64, "downtime_limit_ms": 300, "capabilities": [], "cancel_after_s": 20000, "ram.total": 403185664, "ram.page-size": 4096}',
  ];
  for (let k = 1; k <= samples; k++) {
    const t = (k * 0.1).toFixed(3);
    const sent = k * 6831430;
    const pass = 1 + Math.floor(k / 20);
    if (k % 20 === 0) lines.push(`{"kind": "event", "vm": "src", "rel": ${t}, "event": "MIGRATION_PASS", "pass": ${pass}}`);
    if (k % 10 === 0) lines.push(`{"kind": "dirty", "vm": "src", "rel": ${t}, "rate": 32768, "pages": ${k * 3277}}`);
    lines.push(
      `{"kind": "sample", "rel": ${t}, "status": "active", "total-time": ${k * 100}, "setup-time": 1, "expected-downtime": 2243, "ram.transferred": ${sent}, "ram.remaining": ${147189760 - (k % 20) * 6000000}, "ram.duplicate": 31686, "ram.normal": ${k * 1664}, "ram.dirty-pages-rate": 16729, "ram.dirty-sync-count": ${pass}, "ram.mbps": 546.32592, "ram.pages-per-second": 16640, "ram.precopy-bytes": ${sent}, "ram.downtime-bytes": 0, "ram.postcopy-bytes": 0, "ram.postcopy-requests": 0}`,
    );
  }
  return lines.join('\n') + '\n';
}

