export * from './article-meta';
export * from './carried-blocks';
export * from './clean-text';
export * from './evidence-link';
export * from './parse-article-file';
export * from './read-article';
export * from './segment';
