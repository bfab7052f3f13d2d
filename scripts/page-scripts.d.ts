export function builtPages(root: string): string[];
export function pageScripts(page: string): string[];
export function walk(folder: string): string[];
