import { Buffer } from 'buffer';

/**
 * Node's Buffer for the code the page shares with the CLI (src/xlsx returns and reads Buffers; JSZip writes a
 * "nodebuffer" only where a Buffer exists). Imported first by the page's entry points, so it is in place before any
 * module that looks for it is evaluated. Set on the page's own global only: the add-in's bundles never load it.
 */
const scope = globalThis as { Buffer?: typeof Buffer };
scope.Buffer ??= Buffer;
