import { Dechunker } from 'neo4j-driver-bolt-connection/lib/channel/chunking';
import ChannelBuffer from 'neo4j-driver-bolt-connection/lib/channel/channel-buf';

/*
 * patches/neo4j-driver-bolt-connection+6.3.0.patch (applied by `npm ci`, postinstall): a Bolt message that arrives
 * in several parts (every record larger than one chunk, or split by the socket) is handed to the unpacker as one
 * contiguous buffer. Unpatched, the driver wraps the parts in a CombinedBuffer, which walks every part for each
 * byte and string it reads: a page of flows with its evidence (one record of 80 KB) took longer to decode than
 * Neo4j took to compute it.
 */
interface Part { readonly _buffer: Buffer }

/** A Bolt message as the server frames it: chunks of at most `chunkSize` bytes, each after its 2-byte length, then 0x0000. */
function framed(message: Buffer, chunkSize: number): Buffer {
  const chunks: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunkSize) {
    const body = message.subarray(at, at + chunkSize);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(body.length);
    chunks.push(header, body);
  }
  return Buffer.concat([...chunks, Buffer.alloc(2)]);
}

function dechunk(wire: Buffer, socketReads: number): Part[] {
  const dechunker = new Dechunker();
  const messages: Part[] = [];
  dechunker.onmessage = (message: Part) => messages.push(message);
  const step = Math.ceil(wire.length / socketReads);
  for (let at = 0; at < wire.length; at += step) dechunker.write(new ChannelBuffer(wire.subarray(at, at + step)));
  return messages;
}

describe('Bolt messages received in parts (patched driver)', () => {
  // Arabic text, so that multi-byte characters straddle the chunk and socket boundaries.
  const message = Buffer.from('جسر بين المؤسسات الأمنية والمجتمع المدني — '.repeat(400), 'utf8');

  it('reach the unpacker as one contiguous buffer holding the whole message', () => {
    const [received, ...others] = dechunk(framed(message, 1_000), 7);
    expect(others).toHaveLength(0);
    expect(received).toBeInstanceOf(ChannelBuffer);
    expect(Buffer.compare(received!._buffer, message)).toBe(0);
  });

  it('come whole and in order when several arrive in one socket read', () => {
    const second = Buffer.from('الرسالة الثانية', 'utf8');
    const received = dechunk(Buffer.concat([framed(message, 4_096), framed(second, 5)]), 1);
    expect(received.map((m) => m._buffer.toString('utf8'))).toEqual([message.toString('utf8'), second.toString('utf8')]);
  });
});
