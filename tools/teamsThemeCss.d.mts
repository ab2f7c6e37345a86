import type { Compiler } from 'webpack';
import type { Theme } from '@fluentui/react-components';

type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** HostTheme → Fluent's Teams theme the sheet is made from. */
export const TEAMS_THEMES: Record<TeamsThemeName, Theme>;
/** HostTheme → the selector its custom properties are set on. */
export const THEME_SELECTORS: Record<TeamsThemeName, string>;
/** One theme's style sheet: Fluent's own rule for it (createCSSRuleFromTheme) on the theme's selector. */
export function teamsThemeCss(name: TeamsThemeName): string;

/** The Teams themes as build-time style sheets (see teamsThemeCss.mjs). */
export class TeamsThemeCssPlugin {
  constructor(options: { filename: (name: string, hash: string) => string });
  apply(compiler: Compiler): void;
}
