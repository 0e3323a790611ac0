/** See table.mjs. */
export declare const f: (x: unknown) => string;
export declare function table(title: string, cols: readonly string[], rows: readonly (readonly unknown[])[]): void;
