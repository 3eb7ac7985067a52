// The parts of Eleventy's untyped JavaScript APIs that Dateline calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options: { configPath?: string; quietMode?: boolean; config?: (config: { addGlobalData(name: string, value: unknown): void; ignores: Set<string> }) => void });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void;
    reload(event: { files?: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options: { pathPrefix?: string; domDiff?: boolean; showVersion?: boolean }): DevServer;
  };
  export default EleventyDevServer;
}

declare module '@11ty/eleventy-plugin-rss' {
  /** RFC 3339 timestamp for Atom, seconds precision, UTC. */
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}
