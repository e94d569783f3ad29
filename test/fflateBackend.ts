import { useBrowserZip } from '../src/xlsx/zip/useBrowserZip';

/** Imported first by the *.fflate.test.ts files: the suite they import runs on the browser's zip backend (fflate). */
useBrowserZip();
