import { useEffect, useEffectEvent, useState } from 'react';

/** The first image among pasted or dropped files. */
function imageFile(files: FileList | undefined | null): File | undefined {
  return Array.from(files ?? []).find((file) => file.type.startsWith('image/') || file.type === '');
}

/**
 * Images dropped anywhere on the page or pasted from the clipboard become the source, as
 * designers expect from their other tools — also while the prompt has focus, where a paste
 * with text on the clipboard still types the text. Answers whether a file is being dragged
 * over the page, so the drop target can light up.
 */
export function useDropAndPaste(onImage: (file: File) => void): boolean {
  const receive = useEffectEvent(onImage);
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
      const file = imageFile(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      receive(file);
    };
    const onPaste = (event: ClipboardEvent) => {
      const file = imageFile(event.clipboardData?.files);
      if (!file) return;
      const target = event.target as HTMLElement | null;
      const inText = target?.closest('input, textarea, [contenteditable="true"]');
      // Text on the clipboard goes where the caret is; only an image alone becomes the source there.
      if (inText && event.clipboardData?.types.includes('text/plain')) return;
      event.preventDefault();
      receive(file);
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
