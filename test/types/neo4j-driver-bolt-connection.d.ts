// The internals of neo4j-driver's Bolt layer that test/unit/neo4j/bolt-contiguous-messages.test.ts and
// bolt-message-writes.test.ts drive, to check the patch in patches/; the package ships no declarations for them.
declare module 'neo4j-driver-bolt-connection/lib/channel/channel-buf' {
  // The driver's module exports its class as default; this only describes it.
  // eslint-disable-next-line no-restricted-syntax
  export default class ChannelBuffer {
    constructor(buffer: Buffer);
    readonly _buffer: Buffer;
  }
}

declare module 'neo4j-driver-bolt-connection/lib/channel/chunking' {
  import type ChannelBuffer from 'neo4j-driver-bolt-connection/lib/channel/channel-buf';
  export class Dechunker {
    onmessage: (message: ChannelBuffer) => void;
    write(buffer: ChannelBuffer): void;
  }
  /** Writes Bolt messages into `channel` as chunks; a message ends at messageBoundary(), bytes leave at flush(). */
  export class Chunker {
    constructor(channel: { write(buffer: ChannelBuffer): void });
    putBytes(position: number, data: ChannelBuffer): this;
    messageBoundary(): void;
    flush(): this;
  }
}
