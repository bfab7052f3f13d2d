export * from './fill-fields';
export * from './import-file';
export * from './import-summary';
export * from './imported-article';
export * from './insert-blocks';
