// Tests that build with the project's own webpack configuration (webpack.config.js), narrowed to
// what they check (an entry or two, some plugins left out), into a folder of their own.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import webpack, { type Configuration } from 'webpack';

/** What webpack.config.js exports, as far as the tests read it. */
export interface ProjectWebpackConfigModule {
  default: (env: object, argv: { mode: string }) => Promise<Configuration>;
  GRIFFEL_LOADER: unknown;
  GRIFFEL_EXTRACTION_LOADER: unknown;
}

/** The project's webpack configuration module, imported by URL so TypeScript needs no types for the plain-JS file. */
export async function projectWebpackConfigModule(): Promise<ProjectWebpackConfigModule> {
  return (await import(pathToFileURL(path.join(import.meta.dirname, '..', 'webpack.config.js')).href)) as ProjectWebpackConfigModule;
}

/**
 * Builds into `outDir` (MOTEBOK_OUT_DIR while the configuration is made) with the configuration
 * for `mode`, after `narrow` has changed it; rejects with webpack's errors. Returns the configuration built.
 */
export async function buildWithProjectConfig(outDir: string, mode: 'production' | 'development', narrow: (config: Configuration) => void): Promise<Configuration> {
  process.env.MOTEBOK_OUT_DIR = outDir;
  try {
    const config = await (await projectWebpackConfigModule()).default({}, { mode });
    narrow(config);
    await new Promise<void>((resolve, reject) => {
      webpack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve()));
    });
    return config;
  } finally {
    delete process.env.MOTEBOK_OUT_DIR;
  }
}
