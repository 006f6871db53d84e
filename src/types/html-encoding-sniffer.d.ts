// html-encoding-sniffer 7 ships no types (the DefinitelyTyped package describes version 3, without maxPrescanBytes).
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** The WHATWG name of the encoding an HTML byte stream declares (BOM, <meta>), or the default. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}
