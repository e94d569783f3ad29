import { setZipBackend } from './backend';
import { nodeZip } from './nodeZip';

/** Node (the CLI, its reader threads, the tests): yauzl + zlib. */
export function useNodeZip(): void {
  setZipBackend(nodeZip);
}
