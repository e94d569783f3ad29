import { setZipBackend } from './backend';
import { browserZip } from './browserZip';

/** Browsers (the page and its workers): fflate. Call once before the first operation. */
export function useBrowserZip(): void {
  setZipBackend(browserZip);
}
