/** IE11 and the old Edge webview save a Blob through msSaveOrOpenBlob; the others through a link with `download`. */
interface LegacyNavigator {
  msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

/** Offers a file to the user as a download: the add-in's webview cannot write files itself. */
export function downloadFile(blob: Blob, name: string): void {
  const legacy = navigator as Navigator & LegacyNavigator;
  if (typeof legacy.msSaveOrOpenBlob === 'function') {
    legacy.msSaveOrOpenBlob(blob, name);
    return;
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
