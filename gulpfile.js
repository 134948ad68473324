const { src, dest } = require('gulp');

/** tsc emits only JavaScript; n8n loads node and credential icons from beside the compiled files. */
function icons() {
  return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
    dest('dist'),
  );
}

exports.icons = icons;
exports.default = icons;
