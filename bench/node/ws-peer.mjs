// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The node peer of the ingest benchmark, written as a careful user would write the same job:
// the `ws` package, JSON.parse of every frame, and each row of a rows_updated merged into a Map
// by id (the live state of the table). The end of the flood is the known frame count, with one
// interval timer as a guard when fewer frames come; nothing runs per frame but the job.
// node ws-peer.mjs URL EXPECTED_FRAMES IDLE_MS [FRAME_TO_SEND ...]
// Prints: RESULT frames=N seconds=S rate=R rows=R   (seconds: first frame to last)
import WebSocket from 'ws';

const [url, expectedArg, idleArg, ...toSend] = process.argv.slice(2);
const expected = Number(expectedArg || 0);
const idleNs = BigInt(Number(idleArg || 2000)) * 1000000n;
const rows = new Map();
let frames = 0, first = -1n, last = -1n;

const ws = new WebSocket(url, { maxPayload: 64 * 1024 * 1024, perMessageDeflate: false });
const finish = () => {
  const seconds = first >= 0n ? Number(last - first) / 1e9 : 0;
  const rate = seconds > 0 ? (frames - 1) / seconds : 0;
  console.log(`RESULT frames=${frames} seconds=${seconds.toFixed(3)} rate=${rate.toFixed(0)} rows=${rows.size}`);
  ws.terminate();
  process.exit(frames > 0 ? 0 : 1);
};
ws.on('open', () => {
  for (const t of toSend) ws.send(t);
  // One timer for the whole run: it ends a flood that stops short of the expected count.
  setInterval(() => {
    const now = process.hrtime.bigint();
    if (frames > 0 && now - last > idleNs) finish();
  }, 250);
});
ws.on('message', (data, isBinary) => {
  last = process.hrtime.bigint();
  if (first < 0n) first = last;
  ++frames;
  const msg = JSON.parse(isBinary ? data : data.toString('utf8'));
  if (msg.type === 'rows_updated' || msg.type === 'rows_created') {
    for (const row of msg.rows) {
      const known = rows.get(row.id);
      if (known) Object.assign(known, row); else rows.set(row.id, row);
    }
  }
  if (expected > 0 && frames >= expected) finish();
});
ws.on('close', finish);
ws.on('error', (e) => { console.error(`ws-peer: ${e.message}`); process.exit(2); });
