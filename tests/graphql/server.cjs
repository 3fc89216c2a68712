// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A GraphQL subscription server made of graphql-ws, graphql and ws, as their documentation
// shows: Feedscope's GraphQL client is tested against code nobody here wrote. graphql and ws
// are Debian's packages (node-graphql, node-ws: NODE_PATH=/usr/share/nodejs); graphql-ws,
// which Debian does not package, is its published build, unmodified, in vendor/graphql-ws.
// node server.cjs [--token TOKEN]   prints "LISTENING <port>" once it listens on 127.0.0.1
//
// Subscription.prices yields a known story, 40 ms apart, then completes:
//   A 1.00, B 2.00, C 3.00  →  A 1.50, B 2.00, C 3.00  →  A 1.50, C 3.50 (B gone)
// Subscription.forever yields a counter until the client completes it.
'use strict';
const { WebSocketServer } = require('ws');
const { buildSchema } = require('graphql');
const { useServer } = require('./vendor/graphql-ws/lib/use/ws.js');

const tokenAt = process.argv.indexOf('--token');
const token = tokenAt > 0 ? process.argv[tokenAt + 1] : null;

const schema = buildSchema(`
  type Price { id: ID!, symbol: String!, price: Float! }
  type Tick { id: ID!, n: Int! }
  type Query { hello: String! }
  type Subscription { prices: [Price!]!, forever: [Tick!]! }
`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const story = [
  [{ id: 1, symbol: 'A', price: 1.0 }, { id: 2, symbol: 'B', price: 2.0 }, { id: 3, symbol: 'C', price: 3.0 }],
  [{ id: 1, symbol: 'A', price: 1.5 }, { id: 2, symbol: 'B', price: 2.0 }, { id: 3, symbol: 'C', price: 3.0 }],
  [{ id: 1, symbol: 'A', price: 1.5 }, { id: 3, symbol: 'C', price: 3.5 }],
];

const roots = {
  hello: () => 'world',
  prices: async function* () {
    for (const step of story) {
      await sleep(40);
      yield { prices: step };
    }
  },
  forever: async function* () {
    for (let n = 1; ; ++n) {
      await sleep(40);
      yield { forever: [{ id: 'tick', n }] };
    }
  },
};

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/graphql' });
useServer(
  {
    schema,
    roots: { query: roots, subscription: roots },
    onConnect: (ctx) => !token || ctx.connectionParams?.Authorization === `Bearer ${token}`,
  },
  server,
);
server.on('listening', () => console.log(`LISTENING ${server.address().port}`));
