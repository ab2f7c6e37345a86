import type { Compiler } from 'webpack';

/** See inlineStartupScriptsPlugin.mjs: a page's entry and named start-up chunks as inline scripts, allowed by their hashes in its policy. */
export class InlineStartupScriptsPlugin {
  constructor(options: {
    pages: Record<string, string[]>;
    styles?: boolean;
    policy?: (page: string, hashes: string[]) => string;
    emit?: (hashes: string[]) => Record<string, string>;
  });
  apply(compiler: Compiler): void;
}

/** The bodies of a page's inline scripts (`<script>` without `src`), in order. */
export function inlineScripts(html: string): string[];
/** `'sha256-…'` of an inline script's body. */
export function scriptHash(body: string): string;
/** The HTML with its Content-Security-Policy meta tag's value replaced. */
export function withPolicy(html: string, policy: string): string;
/** The HTML with each stand-in `<script data-motebok-inline=file>` replaced by an inline `<script>` holding the file's code. */
export function withInlineCode(html: string, codeOf: (file: string) => string): string;
/** The bodies of a page's inline style sheets (`<style>`), in order. */
export function inlineStyles(html: string): string[];
