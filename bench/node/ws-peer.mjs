// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The node peer of the ingest benchmark: the `ws` package, JSON.parse on every frame.
// node ws-peer.mjs URL IDLE_MS [FRAME_TO_SEND ...]
// Prints: RESULT frames=N seconds=S rate=R   (seconds: first frame to last)
import WebSocket from 'ws';

const [url, idleArg, ...toSend] = process.argv.slice(2);
const idleMs = Number(idleArg || 1000);
let frames = 0, parsed = 0, first = -1n, last = -1n, timer = null;

const ws = new WebSocket(url, { maxPayload: 64 * 1024 * 1024, perMessageDeflate: false });
const finish = () => {
  const seconds = first >= 0n ? Number(last - first) / 1e9 : 0;
  const rate = seconds > 0 ? (frames - 1) / seconds : 0;
  console.log(`RESULT frames=${frames} seconds=${seconds.toFixed(3)} rate=${rate.toFixed(0)} parsed=${parsed}`);
  ws.terminate();
  process.exit(frames > 0 ? 0 : 1);
};
const arm = () => { clearTimeout(timer); timer = setTimeout(finish, idleMs); };
ws.on('open', () => { for (const t of toSend) ws.send(t); arm(); });
ws.on('message', (data, isBinary) => {
  last = process.hrtime.bigint();
  if (first < 0n) first = last;
  ++frames;
  const msg = JSON.parse(isBinary ? data : data.toString('utf8'));
  if (msg && typeof msg === 'object') ++parsed;
  arm();
});
ws.on('close', finish);
ws.on('error', (e) => { console.error(`ws-peer: ${e.message}`); process.exit(2); });
