import ChannelBuffer from 'neo4j-driver-bolt-connection/lib/channel/channel-buf';
import { Chunker, Dechunker } from 'neo4j-driver-bolt-connection/lib/channel/chunking';

/*
 * patches/neo4j-driver-bolt-connection+6.3.0.patch (applied by `npm ci`, postinstall): the driver chunks what it
 * sends in a buffer of 64 KB, reused, instead of 1,400 bytes. Unpatched, a statement of 16 KB (the events page)
 * left in twelve socket writes, each a system call that wakes Neo4j; patched, in one. What Neo4j reads must stay
 * valid Bolt: chunks of at most 65,535 bytes, each message ended by an empty chunk.
 */
interface Sent { readonly writes: Buffer[] }

/** Each message's bytes through the patched Chunker, then one flush, as the driver sends a request's messages. */
function send(messages: readonly Buffer[]): Sent {
  const writes: Buffer[] = [];
  const chunker = new Chunker({ write: (buffer) => writes.push(buffer._buffer) });
  for (const message of messages) {
    chunker.putBytes(0, new ChannelBuffer(message));
    chunker.messageBoundary();
  }
  chunker.flush();
  return { writes };
}

/** The chunks' sizes as Neo4j reads them off the wire (0 ends a message). */
function chunkSizes(wire: Buffer): number[] {
  const sizes: number[] = [];
  for (let at = 0; at < wire.length;) {
    const size = wire.readUInt16BE(at);
    sizes.push(size);
    at += 2 + size;
  }
  return sizes;
}

function received(wire: Buffer): string[] {
  const dechunker = new Dechunker();
  const messages: string[] = [];
  dechunker.onmessage = (message) => messages.push(message._buffer.toString('utf8'));
  dechunker.write(new ChannelBuffer(wire));
  return messages;
}

// Arabic text, so that multi-byte characters straddle the chunk boundaries.
const statement = Buffer.from('MATCH (e:Event) WHERE e.title CONTAINS "حوار تشاوري" RETURN e // '.repeat(250), 'utf8');

describe('Bolt messages sent (patched driver)', () => {
  it('leave in one socket write when a request holds less than 64 KB, however long its statement', () => {
    expect(statement.length).toBeGreaterThan(16_000);
    const pull = Buffer.from('PULL');
    const { writes } = send([statement, pull]);
    expect(writes).toHaveLength(1);
    expect(received(writes[0]!)).toEqual([statement.toString('utf8'), 'PULL']);
  });

  it('are cut into chunks Neo4j accepts (at most 65,535 bytes) when larger than the buffer', () => {
    const large = Buffer.concat(Array.from({ length: 12 }, () => statement));
    const { writes } = send([large]);
    const wire = Buffer.concat(writes);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...chunkSizes(wire))).toBeLessThanOrEqual(65_535);
    expect(chunkSizes(wire).at(-1)).toBe(0);
    expect(received(wire)).toEqual([large.toString('utf8')]);
  });

  it('keep the bytes of an earlier write when the buffer is reused for the next message', () => {
    const writes: Buffer[] = [];
    const chunker = new Chunker({ write: (buffer) => writes.push(buffer._buffer) });
    for (const text of ['الأولى', 'الثانية']) {
      chunker.putBytes(0, new ChannelBuffer(Buffer.from(text, 'utf8')));
      chunker.messageBoundary();
      chunker.flush();
    }
    expect(writes.map((wire) => received(wire))).toEqual([['الأولى'], ['الثانية']]);
  });
});
