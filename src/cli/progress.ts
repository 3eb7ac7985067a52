/**
 * Progress for long work: a self-rewriting line on a terminal, a plain line
 * per tenth of the work elsewhere (CI logs), nothing when quiet.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(message: string): void;
}

export function progress(label: string, out: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  let lastTenth = -1;
  const tty = Boolean(out.isTTY) && !process.env.CI;
  return {
    update(done, total) {
      if (quiet || total < 200) return;
      if (tty) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          out.write(`${label}: ${done}/${total}\n`);
        }
      }
    },
    done(message) {
      if (quiet) return;
      if (tty) out.write('\r\x1b[K');
      out.write(`${message}\n`);
    },
  };
}
