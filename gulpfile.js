const { src, dest } = require('gulp');

/**
 * tsc emits only JavaScript; n8n loads node and credential icons, and each node's codex file
 * (`<Node>.node.json`: categories and documentation links), from beside the compiled files.
 */
function icons() {
  return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
    base: '.',
    encoding: false,
  }).pipe(dest('dist'));
}

exports.icons = icons;
exports.default = icons;
