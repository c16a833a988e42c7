// The public face of the contract: import from here, except the preload, which takes channels.ts alone.
export * from './channels';
export * from './result';
export * from './common-schemas';
export * from './roles-schemas';
export * from './company-schemas';
export * from './app-schemas';
export * from './api';
