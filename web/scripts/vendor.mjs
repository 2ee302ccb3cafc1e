// Copies the GraphiQL page's files from node_modules into dist/graphiql/ so
// that /graphiql needs no network. The files are the npm releases gqlgen's
// playground names (graphiql@4.1.2, react@18.2.0, react-dom@18.2.0,
// @graphiql/plugin-explorer@4.0.6); the build fails if one differs from the
// hash gqlgen pins.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [
  ['graphiql/graphiql.min.js', 'graphiql.min.js', 'sha256-hnImuor1znlJkD/FOTL3jayfS/xsyNoP04abi8bFJWs='],
  ['graphiql/graphiql.min.css', 'graphiql.min.css', 'sha256-MEh+B2NdMSpj9kexQNN3QKc8UzMrCXW/Sx/phcpuyIU='],
  ['react/umd/react.production.min.js', 'react.production.min.js', 'sha256-S0lp+k7zWUMk2ixteM6HZvu8L9Eh//OVrt+ZfbCpmgY='],
  ['react-dom/umd/react-dom.production.min.js', 'react-dom.production.min.js', 'sha256-IXWO0ITNDjfnNXIu5POVfqlgYoop36bDzhodR6LW5Pc='],
  ['@graphiql/plugin-explorer/dist/index.umd.js', 'plugin-explorer.umd.js', 'sha256-UM8sWOS0Xa9yLY85q6Clh0pF4qpxX+TOcJ41flECqBs='],
  // The CDN's style.min.css is minified by the CDN and is not in the npm
  // package; the package's own style.css is served instead, with its own hash.
  ['@graphiql/plugin-explorer/dist/style.css', 'plugin-explorer.css', null],
];

const out = join(root, 'dist', 'graphiql');
mkdirSync(out, { recursive: true });
for (const [from, to, want] of files) {
  const body = readFileSync(join(root, 'node_modules', from));
  const got = 'sha256-' + createHash('sha256').update(body).digest('base64');
  if (want && got !== want) {
    console.error(`vendor: ${from} is ${got}, gqlgen pins ${want}`);
    process.exit(1);
  }
  writeFileSync(join(out, to), body);
}
console.log(`vendor: ${files.length} GraphiQL files in dist/graphiql`);
