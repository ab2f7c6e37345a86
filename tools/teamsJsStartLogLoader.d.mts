/** See teamsJsStartLogLoader.mjs: teams-js's start log made without the page's first Intl date format. */
export function withoutLocalStartTime(source: string): string;
export default function teamsJsStartLogLoader(source: string): string;
