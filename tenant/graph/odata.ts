// OData query options as Graph applies them: $filter (a parser for the subset Møtebok needs),
// $select, $orderby, $top and $skiptoken paging with @odata.nextLink.
import { GraphError } from '../http/graphError.js';

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: FilterNode; right: FilterNode }
  | { type: 'call'; name: 'startswith' | 'endswith' | 'contains'; args: FilterNode[] }
  | { type: 'lit'; value: string | number | boolean | null }
  | { type: 'path'; path: string };

type Token = { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'word'; value: string } | { kind: 'punct'; value: '(' | ')' | ',' };

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith', 'contains']);

function tokenize(input: string, fail: (msg: string) => GraphError): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ kind: 'punct', value: ch }); i++; continue; }
    if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= input.length) throw fail('Unterminated string literal');
        const c = input[i] ?? '';
        if (c === "'") {
          if (input[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'str', value });
      continue;
    }
    const word = /^[A-Za-z0-9_./:+\-@$]+/.exec(input.slice(i));
    if (!word) throw fail(`Syntax error at position ${i} in '${input}'.`);
    const text = word[0];
    i += text.length;
    if (/^-?\d+(\.\d+)?$/.test(text)) tokens.push({ kind: 'num', value: Number(text) });
    else tokens.push({ kind: 'word', value: text });
  }
  return tokens;
}

export function parseFilter(input: string, errorCode = 'BadRequest'): FilterNode {
  const fail = (msg: string): GraphError => new GraphError(400, errorCode, `Invalid filter clause: ${msg}`);
  const tokens = tokenize(input, fail);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (t: Token | undefined, w: string): boolean => t?.kind === 'word' && t.value.toLowerCase() === w;
  const expect = (p: '(' | ')' | ','): void => {
    const t = tokens[pos++];
    if (t?.kind !== 'punct' || t.value !== p) throw fail(`expected '${p}'.`);
  };

  function primary(): FilterNode {
    const t = tokens[pos++];
    if (!t) throw fail('unexpected end of expression.');
    if (t.kind === 'punct' && t.value === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (t.kind === 'str') return { type: 'lit', value: t.value };
    if (t.kind === 'num') return { type: 'lit', value: t.value };
    if (t.kind === 'word') {
      const lower = t.value.toLowerCase();
      if (FUNCTIONS.has(lower) && peek()?.kind === 'punct' && (peek() as { value: string }).value === '(') {
        pos++;
        const args: FilterNode[] = [orExpr()];
        while (peek()?.kind === 'punct' && (peek() as { value: string }).value === ',') { pos++; args.push(orExpr()); }
        expect(')');
        if (args.length !== 2) throw fail(`${lower} takes two arguments.`);
        return { type: 'call', name: lower as 'startswith' | 'endswith' | 'contains', args };
      }
      if (lower === 'true' || lower === 'false') return { type: 'lit', value: lower === 'true' };
      if (lower === 'null') return { type: 'lit', value: null };
      // Unquoted date-times and guids are literals in OData v4.
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(t.value)) return { type: 'lit', value: t.value };
      if (/^[A-Za-z_][A-Za-z0-9_/@.]*$/.test(t.value)) return { type: 'path', path: t.value };
    }
    throw fail(`unexpected token '${String((t as { value: unknown }).value)}'.`);
  }

  function comparison(): FilterNode {
    const left = primary();
    const t = peek();
    if (t?.kind === 'word' && COMPARISONS.has(t.value.toLowerCase())) {
      pos++;
      const right = primary();
      return { type: 'cmp', op: t.value.toLowerCase() as 'eq', left, right };
    }
    return left;
  }

  function notExpr(): FilterNode {
    if (isWord(peek(), 'not')) { pos++; return { type: 'not', operand: notExpr() }; }
    return comparison();
  }

  function andExpr(): FilterNode {
    let left = notExpr();
    while (isWord(peek(), 'and')) { pos++; left = { type: 'and', left, right: notExpr() }; }
    return left;
  }

  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), 'or')) { pos++; left = { type: 'or', left, right: andExpr() }; }
    return left;
  }

  const ast = orExpr();
  if (pos !== tokens.length) throw fail(`unexpected text after position ${pos}.`);
  return ast;
}

export function referencedPaths(node: FilterNode): string[] {
  switch (node.type) {
    case 'and': case 'or': return [...referencedPaths(node.left), ...referencedPaths(node.right)];
    case 'not': return referencedPaths(node.operand);
    case 'cmp': return [...referencedPaths(node.left), ...referencedPaths(node.right)];
    case 'call': return node.args.flatMap(referencedPaths);
    case 'path': return [node.path];
    case 'lit': return [];
  }
}

type Getter = (path: string) => unknown;

function value(node: FilterNode, get: Getter): unknown {
  if (node.type === 'lit') return node.value;
  if (node.type === 'path') return get(node.path);
  return evaluate(node, get);
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) return a - Number(b);
  if (typeof b === 'number' && typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a))) return Number(a) - b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  // Date-times in different spellings (with or without Z and fractions) compare by instant.
  const dateLike = /^\d{4}-\d{2}-\d{2}/;
  if (dateLike.test(sa) && dateLike.test(sb)) {
    const ta = Date.parse(/Z|[+-]\d{2}:\d{2}$/.test(sa) ? sa : `${sa.slice(0, 23)}Z`);
    const tb = Date.parse(/Z|[+-]\d{2}:\d{2}$/.test(sb) ? sb : `${sb.slice(0, 23)}Z`);
    if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
  }
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function evaluate(node: FilterNode, get: Getter): boolean {
  switch (node.type) {
    case 'and': return evaluate(node.left, get) && evaluate(node.right, get);
    case 'or': return evaluate(node.left, get) || evaluate(node.right, get);
    case 'not': return !evaluate(node.operand, get);
    case 'cmp': {
      const a = value(node.left, get);
      const b = value(node.right, get);
      if (node.op === 'eq') return (a ?? null) === (b ?? null) || (a !== null && a !== undefined && b !== null && b !== undefined && compareValues(a, b) === 0);
      if (node.op === 'ne') return !((a ?? null) === (b ?? null) || (a !== null && a !== undefined && b !== null && b !== undefined && compareValues(a, b) === 0));
      if (a === null || a === undefined || b === null || b === undefined) return false;
      const c = compareValues(a, b);
      return node.op === 'gt' ? c > 0 : node.op === 'ge' ? c >= 0 : node.op === 'lt' ? c < 0 : c <= 0;
    }
    case 'call': {
      const [x, y] = node.args.map((arg) => value(arg, get));
      if (typeof x !== 'string' || typeof y !== 'string') return false;
      const hay = x.toLowerCase();
      const needle = y.toLowerCase();
      return node.name === 'startswith' ? hay.startsWith(needle) : node.name === 'endswith' ? hay.endsWith(needle) : hay.includes(needle);
    }
    case 'lit': return Boolean(node.value);
    case 'path': return Boolean(get(node.path));
  }
}

/** Reads `a/b/c` from an object, case-insensitively as Graph does for property names. */
export function readPath(obj: unknown, path: string): unknown {
  let current: unknown = obj;
  for (const part of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === part.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

export interface OrderBy { path: string; desc: boolean }

export function parseOrderBy(input: string | null): OrderBy[] {
  if (!input) return [];
  return input.split(',').map((part) => {
    const [path = '', dir = 'asc'] = part.trim().split(/\s+/);
    if (!/^[A-Za-z_][A-Za-z0-9_/]*$/.test(path) || !/^(asc|desc)$/i.test(dir)) throw new GraphError(400, 'BadRequest', `Invalid $orderby clause: '${part.trim()}'.`);
    return { path, desc: dir.toLowerCase() === 'desc' };
  });
}

export function sortBy<T>(items: T[], order: OrderBy[], get: (item: T, path: string) => unknown): T[] {
  if (order.length === 0) return items;
  return [...items].sort((a, b) => {
    for (const o of order) {
      const c = compareValues(get(a, o.path), get(b, o.path));
      if (c !== 0) return o.desc ? -c : c;
    }
    return 0;
  });
}

export function applySelect(obj: Record<string, unknown>, select: string | null, alwaysKeep: string[] = ['id']): Record<string, unknown> {
  if (!select) return obj;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith('@odata') || wanted.has(k.toLowerCase()) || alwaysKeep.includes(k)) out[k] = v;
  }
  return out;
}

export function parseTop(raw: string | null, max: number, fallback: number): number {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new GraphError(400, 'BadRequest', `Invalid value '${raw}' for $top query option.`);
  const n = Number(raw);
  return Math.max(1, Math.min(n, max));
}

export function decodeSkipToken(raw: string | null): number {
  if (!raw) return 0;
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match) throw new GraphError(400, 'BadRequest', 'The $skiptoken is not valid.');
  return Number(match[1]);
}

export function encodeSkipToken(offset: number): string {
  // SharePoint's skip tokens look like this inside; opaque to clients either way.
  return Buffer.from(`Paged=TRUE&p_ID=${offset}`, 'utf8').toString('base64url');
}

/**
 * One page of results and, when more remain, the nextLink that fetches the rest. Outlook resources
 * (events, messages) page with `$skip` in their nextLinks; directory and drive with `$skiptoken`.
 */
export function page<T>(all: T[], query: URLSearchParams, origin: string, rawPath: string, pageSize: number, style: 'skiptoken' | 'skip' = 'skiptoken'): { items: T[]; nextLink?: string } {
  const offset = decodeSkipToken(query.get('$skiptoken'));
  const skip = query.get('$skip');
  if (skip !== null && !/^\d+$/.test(skip)) throw new GraphError(400, 'BadRequest', `Invalid value '${skip}' for $skip query option.`);
  const start = offset + (skip ? Number(skip) : 0);
  const items = all.slice(start, start + pageSize);
  if (start + pageSize >= all.length) return { items };
  const next = new URLSearchParams(query);
  if (style === 'skip') {
    next.delete('$skiptoken');
    next.set('$top', String(pageSize));
    next.set('$skip', String(start + pageSize));
  } else {
    next.delete('$skip');
    next.set('$skiptoken', encodeSkipToken(start + pageSize));
  }
  return { items, nextLink: `${origin}${rawPath}?${next.toString()}` };
}
