/** A chosen file as base64, which the import mutations take (`contenuBase64`). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Lecture du fichier « ${file.name} » impossible.`));
    reader.readAsDataURL(file);
  });
}

/** Hands a file to the browser's download (the exports' `FichierExport`: name, MIME type, base64 content). */
export function saveBase64(nom: string, typeMime: string, contenuBase64: string): void {
  const bytes = Uint8Array.from(atob(contenuBase64), (c) => c.charCodeAt(0));
  saveBlob(nom, new Blob([bytes], { type: typeMime }));
}

export function saveBlob(nom: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = nom;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `attachment; filename="vue-copil.xlsx"` → `vue-copil.xlsx`. */
export const fileNameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
