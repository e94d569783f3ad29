import { useNodeZip } from '../src/xlsx/zip/useNodeZip';

useNodeZip();
