import { useEffect, useEffectEvent, useState } from 'react';

/** The images among pasted or dropped files (an unknown type is tried: the loader checks the bytes). */
function imageFiles(files: FileList | undefined | null): File[] {
  return Array.from(files ?? []).filter(
    (file) => file.type.startsWith('image/') || file.type === '' || /\.psd$/i.test(file.name),
  );
}

/**
 * Images dropped anywhere on the page or pasted from the clipboard are handed on (one becomes
 * the source, several a batch), as
 * designers expect from their other tools — also while the prompt has focus, where a paste
 * with text on the clipboard still types the text. Answers whether a file is being dragged
 * over the page, so the drop target can light up.
 */
export function useDropAndPaste(onImages: (files: File[]) => void): boolean {
  const receive = useEffectEvent(onImages);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the page is left.
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = imageFiles(event.dataTransfer?.files);
      if (files.length === 0) return;
      event.preventDefault();
      receive(files);
    };
    const onPaste = (event: ClipboardEvent) => {
      const files = imageFiles(event.clipboardData?.files);
      if (files.length === 0) return;
      const target = event.target as HTMLElement | null;
      const inText = target?.closest('input, textarea, [contenteditable="true"]');
      // Text on the clipboard goes where the caret is; only an image alone becomes the source there.
      if (inText && event.clipboardData?.types.includes('text/plain')) return;
      event.preventDefault();
      receive(files);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
  return dragging;
}
