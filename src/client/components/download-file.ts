/** Offers text or a file made on this device as a download; nothing is sent anywhere. */
export function downloadFile(data: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
