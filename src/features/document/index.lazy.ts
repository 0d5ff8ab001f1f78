/** The document's parts that only a canvas needs (Konva), for the chunks that draw one. */
export { DocumentPicture } from './components/DocumentPicture.tsx';
