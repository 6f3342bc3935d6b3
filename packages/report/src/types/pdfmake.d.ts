// Minimal declarations of the parts of pdfmake 0.3 that the PDF renderer uses (pdfmake ships no types).
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Uint8Array>;
  }
  interface PdfMake {
    virtualfs: {
      writeFileSync(name: string, content: string, encoding: string): void;
      existsSync(name: string): boolean;
    };
    setFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy?(callback: (path: string) => boolean): void;
    createPdf(doc: Record<string, unknown>, options?: Record<string, unknown>): OutputDocument;
  }
  const pdfMake: PdfMake;
  export default pdfMake;
}
declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>;
  export default vfs;
}
