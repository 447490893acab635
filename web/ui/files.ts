/** The file's bytes as base64 (without the data-URL prefix), for an upload in JSON. */
export function readBase64(file: File) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** A file size as people say it: "640 kB", "1,8 MB". */
export function formatSize(bytes: number, language: string) {
  const mb = bytes >= 1_000_000;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1_000_000 : Math.max(1, bytes / 1000),
  )} ${mb ? "MB" : "kB"}`;
}
