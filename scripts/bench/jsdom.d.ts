// The little of jsdom the bundle measure uses (its types package is not installed): parse HTML, query the document.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
