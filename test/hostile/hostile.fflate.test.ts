// The same suite on the browser's zip backend (fflate): every budget and every reading must hold there too.
import '../fflateBackend';
import { zipBackend } from '../../src/xlsx/zip/backend';
import './hostile.test';

it('runs on the fflate backend', () => {
  expect(zipBackend().name).toBe('fflate');
});
