// Kept in history only: removed in the next commit (the catalogues are ICU now; i18n.test.ts guards their syntax).
// It missed literal braces ({N}, {YY} in the case-number texts), which i18n.test.ts then caught and were quoted by hand.
// One-off: i18next catalogue syntax → ICU MessageFormat (Lingui). Run: node icuCodemod.mjs FILE…
// - `{{name}}` → `{name}`
// - plural keys `x_one` / `x_other` (and _zero/_two/_few/_many) of one block collapse into one key `x`:
//   `{count, plural, one {…} other {…}}`, `{{count}}` inside each form → `#`
// - an apostrophe ICU would read as a quote (before `{`, `}`, `#`, or doubled) is doubled
import { readFileSync, writeFileSync } from 'node:fs';

const ENTRY = /^(\s+)'?([\w.]+)'?: '((?:[^'\\]|\\.)*)',$/;
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function icu(text) {
  return text.replace(/\\'(?=[{}#']|\\')/g, "\\'\\'").replace(/\{\{(\w+)\}\}/g, '{$1}');
}

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let plural; // { base, indent, forms: [[form, text]], at }
  const flush = () => {
    if (!plural) return;
    const body = plural.forms.map(([form, text]) => `${form} {${icu(text).replace(/\{count\}/g, '#')}}`).join(' ');
    out.splice(plural.at, 0, `${plural.indent}'${plural.base}': '{count, plural, ${body}}',`);
    plural = undefined;
  };
  for (const line of lines) {
    const entry = ENTRY.exec(line);
    const suffix = entry && /^(.*)_(zero|one|two|few|many|other)$/.exec(entry[2]);
    if (suffix && FORMS.includes(suffix[2])) {
      if (plural && plural.base !== suffix[1]) flush();
      plural ??= { base: suffix[1], indent: entry[1], forms: [], at: out.length };
      plural.forms.push([suffix[2], entry[3]]);
      continue;
    }
    flush();
    out.push(entry ? line.replace(`'${entry[3]}',`, () => `'${icu(entry[3])}',`) : line.replace(/\{\{(\w+)\}\}/g, '{$1}'));
  }
  flush();
  writeFileSync(file, out.join('\n'));
}
