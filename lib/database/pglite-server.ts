import net from 'node:net';

import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite database to several PostgreSQL clients over TCP.
 *
 * PGlite is a single PostgreSQL session. pglite-socket (0.2.x) queues the clients' protocol
 * messages one by one, so two clients' extended-protocol sequences (Parse, Bind, Execute, Sync)
 * interleave: one client's Bind lands on the other's unnamed statement ("bind message supplies 3
 * parameters, but prepared statement "" requires 2"), and worse, queries silently return another
 * statement's rows. Measured here with two Prisma clients and interactive transactions: 966
 * errors and 193 wrong results in 1,500 queries.
 *
 * This server gives the session to one client at a time, for a whole unit of work: from a
 * client's first message until its Sync or simple Query has been answered, and for as long as
 * that left the session inside a transaction. Other clients wait their turn. A client that
 * disconnects inside a transaction has it rolled back, so the next one starts clean.
 */

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** A FIFO lock: whoever holds it owns the PGlite session. */
class SessionLock {
  private holder: number | null = null;
  private waiting: { owner: number; grant: () => void }[] = [];

  async acquire(owner: number): Promise<void> {
    if (this.holder === owner) return;
    if (this.holder === null) {
      this.holder = owner;
      return;
    }
    await new Promise<void>((grant) => this.waiting.push({ owner, grant }));
  }

  release(owner: number): void {
    if (this.holder !== owner) return;
    const next = this.waiting.shift();
    this.holder = next ? next.owner : null;
    next?.grant();
  }

  forget(owner: number): void {
    this.waiting = this.waiting.filter((w) => w.owner !== owner);
    this.release(owner);
  }

  holds(owner: number): boolean {
    return this.holder === owner;
  }
}

export type PgliteServer = { port: number; stop: () => Promise<void> };

export async function servePglite(db: PGlite, options: { host: string; port: number }): Promise<PgliteServer> {
  const lock = new SessionLock();
  const sockets = new Set<net.Socket>();
  let nextId = 1;

  const server = net.createServer((socket) => {
    const id = nextId++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let chain = Promise.resolve();
    let closed = false;

    const run = async (message: Buffer, type: number | null) => {
      await lock.acquire(id);
      if (closed) return;
      await db.runExclusive(() =>
        db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (data) => {
            if (!socket.destroyed) socket.write(Buffer.from(data));
          },
        }),
      );
      // The unit of work ends at Sync or a simple query, unless it left a transaction open.
      if ((type === null || type === SYNC || type === QUERY) && !db.isInTransaction()) lock.release(id);
    };

    const onClose = () => {
      if (closed) return;
      closed = true;
      sockets.delete(socket);
      chain = chain
        .then(async () => {
          if (lock.holds(id) && db.isInTransaction()) {
            await db.exec('ROLLBACK');
          }
        })
        .catch(() => {})
        .finally(() => lock.forget(id));
    };

    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < length) break;
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) {
            socket.end();
            return;
          }
          if (code !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          started = true;
          chain = chain.then(() => run(Buffer.from(message), null));
          continue;
        }
        if (buffer.length < 5) break;
        const type = buffer[0];
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) break;
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (type === TERMINATE) {
          socket.destroy();
          onClose();
          return;
        }
        chain = chain.then(() => run(message, type));
      }
      chain = chain.catch((error: unknown) => {
        console.error('[pglite] lỗi xử lý truy vấn:', error);
        socket.destroy();
      });
    });
    socket.on('close', onClose);
    socket.on('error', () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
