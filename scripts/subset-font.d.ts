// The one function of subset-font that scripts/fonts.ts calls (the package ships no types).
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'truetype' | 'woff' | 'woff2';
      noHinting?: boolean;
      keepFeatures?: string[];
    },
  ): Promise<Uint8Array>;
}
